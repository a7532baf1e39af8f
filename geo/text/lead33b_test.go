package text

import "testing"

// TestLead33FrontedNamedKind: a place a preposition fronts at the head
// of a sentence ("In Sabha,", "Near Kidal,") takes no kind from an
// apposition after its comma that names a place of its own with a verb
// of naming ("an informal site known locally as X"): the kind is X's, and
// "the city" later in the sentence is the fronted town
// (frontedNamedKind). An apposition that names nothing is still the
// fronted place's ("At Gao, a town on the Niger,").
func TestLead33FrontedNamedKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Most migrants went on to Agadez. In Agadez, an informal site known locally as Garin Dogo, 6 km west of the city, sheltered 300 people.",
			rels: []string{"Garin Dogo: 6 km west of Agadez"}},
		{doc: "Near Kidal, a camp known as Tin Hama, 20 km north of the town, was attacked.",
			rels: []string{"Tin Hama: 20 km north of Kidal"}},
		{doc: "In Abéché, a site called Goz Amer hosted 400 families.",
			places: []string{"Abéché"}},
		{doc: "At Gao, a town on the Niger, troops arrived.",
			places: []string{"Gao"}},
	})
}

// TestLead33FrontedPlaceKindless: the fronted place itself is given no
// kind by the named apposition after it.
func TestLead33FrontedPlaceKindless(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"In Sabha, a site called Garat Ammar hosted 400 people.", "Sabha"},
		{"Outside Goma, a camp known locally as Mugunga was flooded.", "Goma"},
		{"Near Dori, an informal site known as Wendou sheltered 200 families.", "Dori"},
	} {
		d := Read(c.doc)
		found := false
		for _, m := range d.Mentions {
			if m.Name == c.name {
				found = true
				if m.Feature != "" {
					t.Errorf("%q: %s has kind %q, want none", c.doc, c.name, m.Feature)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %s", c.doc, c.name)
		}
	}
}
