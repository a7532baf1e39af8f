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

// TestRepeatedStatementChecks checks that a statement repeated word for
// word gets a check of its own at each place in the text, measured alike,
// and that a different statement is measured on its own.
func TestRepeatedStatementChecks(t *testing.T) {
	doc := "Bara is 30 km north of Tonopah, Nevada. Later: Bara is 30 km north of Tonopah, Nevada. Bara is 40 km from Tonopah."
	res := analyseFake(t, doc)
	var dist []*Check
	for _, c := range res.Checks {
		if c.Relation == "distance" {
			dist = append(dist, c)
		}
	}
	if len(dist) != 3 {
		t.Fatalf("%d distance checks, want 3", len(dist))
	}
	a, b, other := dist[0], dist[1], dist[2]
	if a.Span == b.Span || doc[b.Span.Start:b.Span.End] != b.Phrase {
		t.Errorf("repeated check spans %v and %v, phrase %q: want its own place in the text", a.Span, b.Span, b.Phrase)
	}
	if a.MeasuredKm != b.MeasuredKm || a.Satisfied != b.Satisfied || a.To != b.To {
		t.Errorf("repeated statement measured %.3f and %.3f km", a.MeasuredKm, b.MeasuredKm)
	}
	if other.Allowed == a.Allowed {
		t.Errorf("a different statement copied the check of another: %+v", other.Allowed)
	}
}
