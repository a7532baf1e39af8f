package text

import "testing"

// TestCorpusLatam23TownPart: a neighbourhood that a lowercase Spanish or
// Portuguese word (or "neighbourhood of") introduces and "in" puts in a
// town lies by that town, as "a suburb of X" does: "the colonia Guerrero
// in Mexico City" is no state of Guerrero. A division after "in" stays a
// container.
func TestCorpusLatam23TownPart(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Police patrolled the colonia Guerrero in Mexico City after a shooting on Monday.",
			rels: []string{"Guerrero: near Mexico City"}},
		{doc: "Residents of the barrio La Vega in Caracas queued for hours for water.",
			rels: []string{"La Vega: near Caracas"}},
		{doc: "Police patrolled the neighbourhood of Guerrero in Mexico City on Monday.",
			rels: []string{"Guerrero: near Mexico City"}},
		{doc: "Floods hit the bairro Triângulo in Porto Velho.",
			rels: []string{"Triângulo: near Porto Velho"}},
		{doc: "Triângulo is a bairro of Porto Velho.",
			rels: []string{"Triângulo: near Porto Velho"}},
	})
}

// TestCorpusLatam23FrenchTownPart: in French, « à » after a comma and a
// part of a town (« le quartier de X », « la colonia X », « le barrio X »)
// puts the part by the town, not in it as a container holds a place, and
// a post or a station keeps its containment (« le poste de Pont
// Saint-Louis, à Menton »).
func TestCorpusLatam23FrenchTownPart(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La police a patrouillé dans la colonia Guerrero, à Mexico, lundi.",
			rels: []string{"Guerrero: near Mexico"}},
		{doc: "Les habitants du barrio La Vega, à Caracas, manquent d'eau.",
			rels: []string{"La Vega: near Caracas"}},
		{doc: "Il habite au quartier de Bellevue, à Nantes.",
			rels: []string{"Bellevue: near Nantes"}},
		{doc: "Les douaniers du poste de Pont Saint-Louis, à Menton, ont saisi de la drogue.",
			rels: []string{"Pont Saint-Louis: in Menton"}},
	})
}
