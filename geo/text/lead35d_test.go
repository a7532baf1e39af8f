package text

import "testing"

// TestLead35dRiverDivision: a division's kind written before a name whose
// last word is "River" (« la région de l'Upper River », "the district of
// Lower River") makes the name the division's, named after its river; a
// river with no such kind stays one, and "Lake Chad" keeps its lake.
func TestLead35dRiverDivision(t *testing.T) {
	d := Read("Les pluies ont touché la région de l'Upper River. Le district de Lower River est épargné. The ferry crosses the Gambia River at Farafenni. They live in the region of Lake Chad.")
	want := map[string]string{"Upper River": "region", "Lower River": "district", "Gambia River": "river", "Lake Chad": "lake"}
	for _, m := range d.Mentions {
		if f, ok := want[m.Name]; ok {
			if m.Feature != f {
				t.Errorf("%s: feature %q, want %q", m.Name, m.Feature, f)
			}
			delete(want, m.Name)
		}
	}
	for n := range want {
		t.Errorf("no mention %q", n)
	}
}
