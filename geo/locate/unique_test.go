package locate

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
)

func TestUniqueConstraints(t *testing.T) {
	p := orb.Point{1, 20}
	q := orb.Point{1, 20} // equal to p, another variable
	border := orb.MultiLineString{{{0, 19}, {2, 21}}}
	east := &geo.Sector{Azimuth: 90, HalfWidth: 45}
	cs := []geo.Constraint{
		{Anchor: geo.Anchor{Point: &p}, MinM: 1000, MaxM: 5000, NominalM: 3000},
		{Anchor: geo.Anchor{Point: &q}, MinM: 1000, MaxM: 5000, NominalM: 3000},                                                   // repeat, another pointer
		{Anchor: geo.Anchor{Point: &p}, MinM: 1000, MaxM: 5000, NominalM: 3000, Bearing: east},                                    // a sector
		{Anchor: geo.Anchor{Point: &p}, MinM: 1000, MaxM: 5000, NominalM: 3000, Bearing: &geo.Sector{Azimuth: 90, HalfWidth: 45}}, // repeat
		{Anchor: geo.Anchor{Point: &p}, MinM: 1000, MaxM: 6000, NominalM: 3000},                                                   // other bounds
		{Anchor: geo.Anchor{Line: border}, MaxM: 20000},
		{Anchor: geo.Anchor{Line: border}, MaxM: 20000},                                  // repeat
		{Anchor: geo.Anchor{Line: orb.MultiLineString{{{0, 19}, {2, 21}}}}, MaxM: 20000}, // another line value
	}
	got := uniqueConstraints(cs)
	want := []int{0, 2, 4, 5, 7}
	if len(got) != len(want) {
		t.Fatalf("uniqueConstraints kept %d of %d, want %d", len(got), len(cs), len(want))
	}
	for i, w := range want {
		a, b := got[i], cs[w]
		if a.MaxM != b.MaxM || (a.Bearing == nil) != (b.Bearing == nil) || (a.Anchor.Line == nil) != (b.Anchor.Line == nil) {
			t.Errorf("uniqueConstraints[%d] = %+v, want cs[%d] = %+v", i, a, w, b)
		}
	}
	if len(cs) != 8 {
		t.Errorf("uniqueConstraints changed its argument's length to %d", len(cs))
	}
}

// TestUniqueBetween checks that "between" constraints with the same bounds
// but other foci are kept apart, and a repeat is dropped.
func TestUniqueBetween(t *testing.T) {
	f1 := geo.Foci{{1, 20}, {2, 20}}
	f2 := geo.Foci{{1, 20}, {1, 21}}
	f3 := f1
	cs := []geo.Constraint{
		{Anchor: geo.Anchor{Foci: &f1}, MaxM: 10000},
		{Anchor: geo.Anchor{Foci: &f2}, MaxM: 10000}, // other foci
		{Anchor: geo.Anchor{Foci: &f3}, MaxM: 10000}, // repeat, another pointer
	}
	if got := uniqueConstraints(cs); len(got) != 2 || *got[0].Anchor.Foci != f1 || *got[1].Anchor.Foci != f2 {
		t.Errorf("uniqueConstraints kept %d of 3, want the first two", len(got))
	}
}
