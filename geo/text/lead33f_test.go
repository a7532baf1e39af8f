package text

import "testing"

// TestLead33DivineNames: a name of God or of a god alone (divinenames.tsv)
// names no place ("in Christ", "thanks to God", « grâce à Dieu »), while a
// longer name that opens with one ("Christ Church") stays a place.
func TestLead33DivineNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "With love in Christ, Margaret.", not: []string{"Christ"}},
		{doc: "We give thanks to God for the rains at Kwaiburu, 25 miles north of Auki.",
			rels: []string{"Kwaiburu: 40.2 km north of Auki"}, not: []string{"God"}},
		{doc: "Nous rendons grâce à Dieu pour la pluie tombée à Gulu.", places: []string{"Gulu"}, not: []string{"Dieu"}},
		{doc: "The parish of Christ Church lies 10 km east of Bridgetown.",
			rels: []string{"Christ Church: 10 km east of Bridgetown"}},
	})
}
