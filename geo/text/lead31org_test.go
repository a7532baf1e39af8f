package text

import (
	"slices"
	"testing"
)

// TestLead31AgencyField reads the field of an organisation's name after
// "for" and its capitalised head (agencyField): capitalised words joined by
// "and", "&" or commas, one of them a common word, are no places; towns a
// traveller leaves "for" are.
func TestLead31AgencyField(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Alliance for Democracy and Progress held a rally in Kita on Sunday.",
			places: []string{"Kita"}, not: []string{"Democracy", "Progress"}},
		{doc: "Volunteers of the Centre for Research and Development visited Kasungu.",
			places: []string{"Kasungu"}, not: []string{"Research", "Development"}},
		{doc: "The Ministry for Agriculture, Fisheries and Forestry opened an office in Labasa.",
			places: []string{"Labasa"}, not: []string{"Agriculture", "Fisheries", "Forestry"}},
		{doc: "We stayed with the Friends for Conservation and Development rangers near Benque Viejo.",
			places: []string{"Benque Viejo"}, not: []string{"Conservation", "Development"}},
	})
	doc := "We left Kita for Gao and Bamako on Monday."
	d := Read(doc)
	for _, name := range []string{"Gao", "Bamako"} {
		if i := slices.IndexFunc(d.Mentions, func(m Mention) bool { return m.Name == name }); i < 0 || d.Mentions[i].Evidence <= EvidenceUnlikely {
			t.Errorf("Read(%q): %s is no name that may be a place: %+v", doc, name, d.Mentions)
		}
	}
}
