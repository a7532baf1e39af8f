package locate

import (
	"testing"

	"github.com/locus-gis/locus/geo/text"
)

// TestHedge29Bounds: the bounds reporters put on a distance ("a little over
// 20 km", "a good 10 km", « pas moins de 30 km » read "no less than",
// "well over 100 km", "barely 3 km", "30-odd km") are read at face value
// (Strict) as a minimum, a maximum or a number just reached, so the place
// lies where the text says.
func TestHedge29Bounds(t *testing.T) {
	v := DefaultVagueness()
	tests := []struct {
		hedge  string
		km     float64
		lo, hi float64 // the Strict reading must lie in [lo, hi] and hold lo and hi's sides
		side   string  // "min": MinKm is the number; "max": MaxKm is about the number; "just": a little under it
	}{
		{"a little over", 20, 20, 30, "min"},
		{"a little more than", 20, 20, 30, "min"},
		{"slightly more than", 40, 40, 60, "min"},
		{"slightly over", 40, 40, 60, "min"},
		{"no less than", 30, 30, 45, "min"},
		{"not less than", 15, 15, 22, "min"},
		{"a good", 10, 10, 15, "min"},
		{"fully", 50, 50, 70, "min"},
		{"odd", 30, 30, 45, "min"},
		{"some odd", 30, 30, 50, "min"},
		{"well over", 100, 100, 200, "min"},
		{"well under", 5, 0, 5.5, "max"},
		{"not more than", 2, 0, 2.6, "max"},
		{"barely", 3, 2.5, 3.6, "just"},
		{"a little under", 20, 17, 21.5, "just"},
		{"a little less than", 20, 17, 21.5, "just"},
		{"slightly less than", 40, 34, 42.5, "just"},
		{"little less than", 10, 8.5, 11, "just"},
	}
	for _, tt := range tests {
		r := text.Relation{Kind: text.KindDistance, MinKm: tt.km, MaxKm: tt.km, Unit: "km", Hedge: tt.hedge}
		b := v.Strict(r)
		if b.MinKm < tt.lo-1e-9 || b.MaxKm > tt.hi+1e-9 {
			t.Errorf("%s %g km: Strict = [%.2f, %.2f] km, want inside [%g, %g]", tt.hedge, tt.km, b.MinKm, b.MaxKm, tt.lo, tt.hi)
		}
		switch tt.side {
		case "min":
			if b.MinKm != tt.km || b.MaxKm <= tt.km*1.1 {
				t.Errorf("%s %g km: Strict = [%.2f, %.2f] km, want a minimum of %g with room above", tt.hedge, tt.km, b.MinKm, b.MaxKm, tt.km)
			}
		case "max":
			if b.MinKm != 0 {
				t.Errorf("%s %g km: Strict MinKm = %.2f, want 0", tt.hedge, tt.km, b.MinKm)
			}
		case "just":
			if b.MinKm >= tt.km || b.MinKm < tt.km*0.8 {
				t.Errorf("%s %g km: Strict MinKm = %.2f, want a little under %g", tt.hedge, tt.km, b.MinKm, tt.km)
			}
		}
	}
	// "well over 100 km" reaches further than "over 100 km".
	well := v.Strict(text.Relation{Kind: text.KindDistance, MinKm: 100, MaxKm: 100, Unit: "km", Hedge: "well over"})
	over := v.Strict(text.Relation{Kind: text.KindDistance, MinKm: 100, MaxKm: 100, Unit: "km", Hedge: "over"})
	if well.MaxKm <= over.MaxKm {
		t.Errorf("well over 100 km: MaxKm = %.2f, want more than over's %.2f", well.MaxKm, over.MaxKm)
	}
}
