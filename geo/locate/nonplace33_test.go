package locate

import "testing"

// TestNonplace33Ways: a road or a railway named as a whole that the
// gazetteer does not hold is no place of the map: left out when no
// stated relation ties it to a place ("the Okuk Highway between Mendi
// and Tari" is a way between two towns), and not put at a town's point
// when the text sets it only near one ("the Highlands Highway was cut
// near Kundiawa": the cut was near the town). The towns stay mapped, and
// a place measured along a road is still solved.
func TestNonplace33Ways(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct {
		name, doc, way string
		towns          []string
	}{
		{"highway between towns", "A landslide has cut the Okuk Highway between Mendi and Tari.", "Okuk Highway", []string{"Mendi", "Tari"}},
		{"road near a town", "The Highlands Highway was closed for a day after a fuel tanker overturned near Kundiawa.", "Highlands Highway", []string{"Kundiawa"}},
		{"road with a town", "The West Coast Road reopened on Monday and buses left Greymouth at noon.", "West Coast Road", []string{"Greymouth"}},
		{"railway near a town", "Freight on the Tazara Railway stopped after a derailment near Mpika.", "Tazara Railway", []string{"Mpika"}},
	} {
		res := analyse(t, tc.doc)
		for _, p := range res.Places {
			if p.Name == tc.way {
				t.Errorf("%s: %q listed as %s, want no place", tc.name, p.Name, p.Status)
			}
		}
		for _, c := range res.Checks {
			if c.Subject != nil && c.Subject.Name == tc.way {
				t.Errorf("%s: check %s of %q kept, want none", tc.name, c.Relation, tc.way)
			}
		}
		for _, town := range tc.towns {
			found := false
			for _, p := range res.Places {
				found = found || p.Name == town && p.Status == StatusLocated
			}
			if !found {
				t.Errorf("%s: %s not mapped", tc.name, town)
			}
		}
	}
	res := analyse(t, "Kombiam lies 18 km along the Okuk Highway from Mendi towards Tari.")
	for _, p := range res.Places {
		if p.Name == "Kombiam" && p.Status != StatusLocated {
			t.Errorf("Kombiam: %s, want located by its distance along the road", p.Status)
		}
	}
}
