package gazetteer

import (
	"context"
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// TestSettlements checks that Settlements gives the positions Within
// gives, to within a metre, and honours its limit.
func TestSettlements(t *testing.T) {
	ctx := context.Background()
	b := orb.Bound{Min: orb.Point{-10, 10}, Max: orb.Point{5, 25}}
	places, err := testDB.Within(ctx, b, 100000)
	if err != nil {
		t.Fatal(err)
	}
	got, err := testDB.Settlements(ctx, b, 0)
	if err != nil {
		t.Fatalf("Settlements(%v) error: %v", b, err)
	}
	if len(got) != len(places) || len(got) == 0 {
		t.Fatalf("Settlements(%v) = %d positions, Within %d places: want the same, and some", b, len(got), len(places))
	}
	for _, p := range places {
		found := false
		for _, q := range got {
			// 1e-5° is about a metre: the R-tree's 32-bit floats.
			if math.Abs(q[0]-p.Point[0]) < 1e-5 && math.Abs(q[1]-p.Point[1]) < 1e-5 {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("Settlements(%v) lacks %s at %v", b, p.Name, p.Point)
		}
	}
	if got, err := testDB.Settlements(ctx, b, 2); err != nil || len(got) != 2 {
		t.Errorf("Settlements(%v, 2) = %d positions, %v; want 2", b, len(got), err)
	}
	if got, err := testDB.Settlements(ctx, orb.Bound{Min: orb.Point{-30, -50}, Max: orb.Point{-29, -49}}, 0); err != nil || len(got) != 0 {
		t.Errorf("Settlements(open sea) = %d positions, %v; want none", len(got), err)
	}
}
