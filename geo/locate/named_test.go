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

// TestStrayHamlet: a small place the text names only after a preposition,
// on another continent from every other place it names, is given up; near
// them, or with a relation, it stays.
func TestStrayHamlet(t *testing.T) {
	res := analyseFake(t, "Fighting broke out in Zorbatin, 20 km east of Multan, on Bogoro.")
	if p := placeNamed(t, res, "Bogoro"); p.HasPoint || p.Source != SourceUnresolved {
		t.Errorf("Bogoro, Nigeria, in a text on Multan is %s at %v, want unresolved", p.Source, p.Point)
	}
	res = analyseFake(t, "Fighting broke out in Zorbatin, 20 km east of Multan. Bogoro lies 20 km north of Bogor.")
	if p := placeNamed(t, res, "Bogoro"); p.Source == SourceUnresolved {
		t.Errorf("Bogoro with a relation of its own is unresolved (%q)", p.Note)
	}
}
