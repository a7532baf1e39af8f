package locate

import "testing"

// TestDivisionHoldsDocPlace: a first-level division whose seat lies far
// from the places the document names is no stray when its hull holds one
// of them: "Queensland police" in a report from Weipa, 2,000 km from
// Brisbane.
func TestDivisionHoldsDocPlace(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Tern Islet, a sandbank 14 km off Weipa, is where the two fishermen were found, Queensland police said.")
	if p := placeNamed(t, res, "Queensland"); p.Country != "AU" || p.Feature != "region" {
		t.Errorf("Queensland is a %q in %q, want the region of AU", p.Feature, p.Country)
	}
}
