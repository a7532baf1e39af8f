package locate

import "testing"

// TestNamedAfterFact: a place first given no name and named afterwards is
// placed under that name, and its descriptor is no place of its own.
func TestNamedAfterFact(t *testing.T) {
	res := analyseFake(t, "A village 40 km east of Multan was flooded; it is called Zorbatin.")
	if p := placeNamed(t, res, "Zorbatin"); !p.HasPoint || p.Source != SourceDerived {
		t.Errorf("Zorbatin is %s with point %v, want derived", p.Source, p.HasPoint)
	}
	for _, p := range res.Places {
		if p.Name == "A village" {
			t.Errorf("the descriptor is a place of its own: %+v", p)
		}
	}
}
