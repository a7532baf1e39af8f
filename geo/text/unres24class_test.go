package text

import "testing"

// TestUnres24StateCodeClass: the capital code of a state of Australia
// (statecodes.tsv) after a town and a comma is the town's container, as
// a state's postal code of the United States is (postalStateAt): "near
// Broken Hill, NSW, last week", "Katherine, NT". A code before a word
// that starts no clause is left alone.
func TestUnres24StateCodeClass(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A grass fire burned near Cobar, NSW, last week.", rels: []string{"Cobar: in NSW"}},
		{doc: "Floods cut the highway at Katherine, NT, again.", rels: []string{"Katherine: in NT"}},
		{doc: "The show moves to Ballarat, VIC, in March.", rels: []string{"Ballarat: in VIC"}},
		{doc: "Shearers from Longreach, QLD were flown out.", rels: []string{"Longreach: in QLD"}},
		// negative case: an acronym that is no state's code stays one
		{doc: "Crews from Dubbo, RFS volunteers and police searched the scrub.", not: []string{"RFS"}},
	})
}
