package locate

import "testing"

// TestSpeciesNameNoCountry: a country's name that names a species or a
// mineral after it ("Iceland spar", "Greenland halibut",
// text/lexicon/en/species.tsv) is no country of the text, while the towns
// around it still are.
func TestSpeciesNameNoCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct{ doc, country, town string }{
		{"The cores drilled near Akureyri contained Iceland spar.", "Iceland", "Akureyri"},
		{"Greenland halibut were landed at Tromsø for the survey.", "Greenland", "Tromsø"},
	} {
		res := analyse(t, tc.doc)
		placeNamed(t, res, tc.town)
		for _, p := range res.Places {
			if p.Name == tc.country && p.Status != StatusUnresolved {
				t.Errorf("%s: %s is %s %q; want no country", tc.doc, p.Name, p.Status, p.Feature)
			}
		}
	}
}
