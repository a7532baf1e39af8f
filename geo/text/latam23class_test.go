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
