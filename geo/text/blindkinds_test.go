package text

import "testing"

// TestCorpusPluralKindsAndMissions: a plural kind after a name ("the
// Jamtara mines", "the Volubilis ruins") gives the name its kind, as "the
// Ajanta caves" does, and the distance after it is the name's; « la
// mission de X » names a place as « l'abbaye de X » does, with its verb in
// any tense.
func TestCorpusPluralKindsAndMissions(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Jamtara mines lie 20 km south of Dhanbad, Jharkhand.",
			rels: []string{"Jamtara: 20 km south of Dhanbad"}},
		{doc: "The Volubilis ruins lie 30 km north of Meknes.",
			rels: []string{"Volubilis: 30 km north of Meknes"}},
		{doc: "La mission de Sainte-Anne se trouvait à 40 km au nord de Saint-Louis, au Sénégal.",
			rels: []string{"Sainte-Anne: 40 km north of Saint-Louis"}},
		{doc: "La mission de Sainte-Anne est située à 40 km au nord de Saint-Louis.",
			rels: []string{"Sainte-Anne: 40 km north of Saint-Louis"}},
	})
}
