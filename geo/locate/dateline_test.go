package locate

import "testing"

// TestDatelineName: a place a dateline writes in capitals and the text
// later writes in ordinary case is named as the text writes it.
func TestDatelineName(t *testing.T) {
	res := analyseFake(t, "MULTAN, Pakistan (Reuters) - Floods reached Zorbatin, 40 km east of Multan, officials said.")
	if p := placeNamed(t, res, "Multan"); p.Source != SourceGazetteer || p.Country != "PK" {
		t.Errorf("Multan is %s in %q, want the gazetteer's in PK", p.Source, p.Country)
	}
	for _, p := range res.Places {
		if p.Name == "MULTAN" {
			t.Errorf("the dateline's MULTAN is a place of its own: %+v", p)
		}
	}
	for _, tc := range []struct {
		name string
		want bool
	}{{"MULTAN", true}, {"Multan", false}, {"N'DJAMENA", true}, {"A", false}, {"", false}, {"42", false}} {
		if got := shouted(tc.name); got != tc.want {
			t.Errorf("shouted(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
