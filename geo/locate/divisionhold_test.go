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

// TestCemeteryAtTown: "burial in Clara cemetery" names the cemetery after
// the town that holds it, which the gazetteer lacks as a cemetery: it is
// placed at the nearby town of that name, with a note; "the Tiwi
// cemetery, 5 km north of Darwin" stays placed by its distance.
func TestCemeteryAtTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The funeral took place in Tullamore and burial followed in Clara cemetery.")
	if p := placeNamed(t, res, "Clara"); p.Country != "IE" || p.Status != "located" {
		t.Errorf("Clara cemetery: %q in %q, want located at Clara, Ireland", p.Status, p.Country)
	}
	res = analyse(t, "The Tiwi cemetery, 5 km north of Darwin, was flooded.")
	if p := placeNamed(t, res, "Tiwi"); p.Source != "derived" {
		t.Errorf("Tiwi cemetery: source %q, want derived from its distance", p.Source)
	}
}
