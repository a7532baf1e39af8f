package locate

import "testing"

// TestLead34SaintsPossessive: a saint's name in the possessive that the
// gazetteer does not hold ("St Monica's", "St. Columba's") names a church,
// a school or a hospital and is not listed; one the gazetteer holds
// ("St. John's", "St. George's") is still the town.
func TestLead34SaintsPossessive(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct {
		doc, not string
		towns    []string
	}{
		{"Dear friends at St Monica's, greetings from Mzuzu.", "St Monica's", []string{"Mzuzu"}},
		{"The nurses of St. Columba's travelled to Kitgum last week.", "St. Columba's", []string{"Kitgum"}},
		{"Boys from Saint Aidan's played a match in Kumasi.", "Saint Aidan's", []string{"Kumasi"}},
		{"We flew from St. John's to Halifax on Monday.", "", []string{"St. John's", "Halifax"}},
	} {
		res := analyse(t, tc.doc)
		for _, p := range res.Places {
			if tc.not != "" && p.Name == tc.not {
				t.Errorf("%q: %q listed as %s, want no place", tc.doc, p.Name, p.Status)
			}
		}
		for _, town := range tc.towns {
			found := false
			for _, p := range res.Places {
				found = found || p.Name == town && p.Status == StatusLocated
			}
			if !found {
				t.Errorf("%q: %s not mapped", tc.doc, town)
			}
		}
	}
}
