package locate

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/locus-gis/locus/geo/text"
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func TestVaguenessDistance(t *testing.T) {
	v := DefaultVagueness()
	tests := []struct {
		name           string
		rel            text.Relation
		wantLo, wantHi float64 // km
	}{
		// Below, a plain distance's lower bound also drops by 30% of it
		// (ShortfallRelative) for road distances written as straight ones.
		// 80 is rounded to 10: ±5.
		{"round number", text.Relation{Kind: text.KindDistance, MinKm: 80, MaxKm: 80, Unit: "km"}, 51, 85},
		// 85 is rounded to 5: ±2.5 but at least 5% (4.25).
		{"multiple of five", text.Relation{Kind: text.KindDistance, MinKm: 85, MaxKm: 85, Unit: "km"}, 55.25, 89.25},
		// 79 is exact to the km: 5% of it.
		{"exact number", text.Relation{Kind: text.KindDistance, MinKm: 79, MaxKm: 79, Unit: "km"}, 51.35, 82.95},
		// "about" widens ±5 by half.
		{"hedged", text.Relation{Kind: text.KindDistance, MinKm: 80, MaxKm: 80, Unit: "km", Hedge: "about"}, 48.5, 87.5},
		// A range widens by 5% of its top, at least 1 km (MinAbsoluteKm).
		{"range", text.Relation{Kind: text.KindDistance, MinKm: 2, MaxKm: 5, Unit: "km"}, 1, 6},
		{"long range", text.Relation{Kind: text.KindDistance, MinKm: 40, MaxKm: 60, Unit: "km"}, 37, 63},
		// 6 is exact to the km, but a town's point is no better than a km.
		{"short distance", text.Relation{Kind: text.KindDistance, MinKm: 6, MaxKm: 6, Unit: "km"}, 3.2, 7},
		// "more than 90" is 90 at face value; the allowed reading lets a road distance fall 30% short.
		{"more than", text.Relation{Kind: text.KindDistance, MinKm: 90, MaxKm: 90, Unit: "km", Hedge: "more than"}, 63, 117.5},
		{"nearly", text.Relation{Kind: text.KindDistance, MinKm: 84, MaxKm: 84, Unit: "km", Hedge: "nearly"}, 46.2, 86.1},
		// 10 would be rounded to 5 (±2.5), capped at 15% (±1.5).
		{"less than", text.Relation{Kind: text.KindDistance, MinKm: 10, MaxKm: 10, Unit: "km", Hedge: "less than"}, 0, 10.75},
		// A combined hedge is its bound, with the half-width widened by
		// its approximation: ±1.5 widened to ±2.25, half of it above 10
		// (« à moins d'une dizaine de kilomètres »).
		{"less than about", text.Relation{Kind: text.KindDistance, MinKm: 10, MaxKm: 10, Unit: "km", Hedge: "less than about"}, 0, 11.125},
		{"about less than", text.Relation{Kind: text.KindDistance, MinKm: 10, MaxKm: 10, Unit: "km", Hedge: "About less than"}, 0, 11.125},
		// ±5 widened to ±7.5 above 1.25 × 90.
		{"more than about", text.Relation{Kind: text.KindDistance, MinKm: 90, MaxKm: 90, Unit: "km", Hedge: "more than about"}, 63, 120},
		// 84 is exact to the km: 5% (4.2) widened to 6.3, half of it above.
		{"nearly about", text.Relation{Kind: text.KindDistance, MinKm: 84, MaxKm: 84, Unit: "km", Hedge: "nearly about"}, 46.2, 87.15},
		// 35 miles is rounded to 5 miles (8.05 km): ±4.02 km around 56.33.
		{"miles", text.Relation{Kind: text.KindDistance, MinKm: 56.32704, MaxKm: 56.32704, Unit: "mi"}, 35.41, 60.35},
		// 150 by road: at least 150/2.2 in a straight line, at most 150
		// plus half its rounding (50, capped at 15%: ±22.5).
		{"by road", text.Relation{Kind: text.KindDistance, MinKm: 150, MaxKm: 150, Unit: "km", Road: true}, 150 / 2.2, 161.25},
		{"no distance", text.Relation{Kind: text.KindDirection}, 0, math.Inf(1)},
	}
	for _, tt := range tests {
		lo, hi, _ := v.Distance(tt.rel)
		if !near(lo, tt.wantLo, 0.01) || !(near(hi, tt.wantHi, 0.01) || math.IsInf(hi, 1) && math.IsInf(tt.wantHi, 1)) {
			t.Errorf("%s: Distance = [%.2f, %.2f] km, want [%.2f, %.2f]", tt.name, lo, hi, tt.wantLo, tt.wantHi)
		}
	}
}

func TestVaguenessSector(t *testing.T) {
	v := DefaultVagueness()
	tests := []struct {
		name   string
		points int
		want   float64
	}{
		{"cardinal", 4, 45},
		{"intercardinal", 8, 35},
		{"16-point", 16, 25},
		{"32-point", 32, 15},
	}
	for _, tt := range tests {
		b := v.Bounds(text.Relation{Kind: text.KindDistance, MinKm: 10, MaxKm: 10, Azimuth: 45, Points: tt.points})
		if !b.HasBearing || b.Azimuth != 45 || b.HalfWidth != tt.want {
			t.Errorf("%s: Bounds = %+v, want 45°±%v°", tt.name, b, tt.want)
		}
	}
	if b := v.Bounds(text.Relation{Kind: text.KindNear}); b.MaxKm != v.NearKm || b.HasBearing {
		t.Errorf("near: Bounds = %+v, want 0 to %v km, no bearing", b, v.NearKm)
	}
	if b := v.Bounds(text.Relation{Kind: text.KindNear, OneWay: true}); b.MaxKm != v.NeighbourKm || b.HasBearing {
		t.Errorf("listed neighbour: Bounds = %+v, want 0 to %v km, no bearing", b, v.NeighbourKm)
	}
}

func TestVaguenessStrict(t *testing.T) {
	v := DefaultVagueness()
	tests := []struct {
		name           string
		rel            text.Relation
		wantLo, wantHi float64 // km
		wantHalf       float64 // degrees
	}{
		{"80 km east", text.Relation{Kind: text.KindDistance, MinKm: 80, MaxKm: 80, Unit: "km", Azimuth: 90, Points: 4}, 75, 85, 22.5},
		{"range NNE", text.Relation{Kind: text.KindDistance, MinKm: 2, MaxKm: 5, Unit: "km", Azimuth: 22.5, Points: 16}, 2, 5, 11.25},
		{"about 300", text.Relation{Kind: text.KindDistance, MinKm: 300, MaxKm: 300, Unit: "km", Hedge: "about"}, 232.5, 367.5, 0},
		{"by road", text.Relation{Kind: text.KindDistance, MinKm: 150, MaxKm: 150, Unit: "km", Road: true}, 150 / 2.2, 161.25, 0},
	}
	for _, tt := range tests {
		b := v.Strict(tt.rel)
		if !near(b.MinKm, tt.wantLo, 0.01) || !near(b.MaxKm, tt.wantHi, 0.01) || b.HalfWidth != tt.wantHalf {
			t.Errorf("%s: Strict = [%.2f, %.2f] km ±%v°, want [%.2f, %.2f] km ±%v°", tt.name, b.MinKm, b.MaxKm, b.HalfWidth, tt.wantLo, tt.wantHi, tt.wantHalf)
		}
		if l := v.Bounds(tt.rel); l.MinKm > b.MinKm || l.MaxKm < b.MaxKm || l.HalfWidth < b.HalfWidth {
			t.Errorf("%s: Bounds %+v does not hold Strict %+v", tt.name, l, b)
		}
	}
}

func TestRepresentativeInside(t *testing.T) {
	// A C shape whose centroid falls in its mouth.
	c := orb.Polygon{{{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 8}, {10, 8}, {10, 10}, {0, 10}, {0, 0}}}
	p := representative(orb.MultiPolygon{c})
	if !planar.PolygonContains(c, p) {
		t.Errorf("representative of a C shape = %v, outside it", p)
	}
	// A square with a hole where its centroid is.
	sq := orb.Polygon{{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}, {{4, 4}, {4, 6}, {6, 6}, {6, 4}, {4, 4}}}
	if p := representative(orb.MultiPolygon{sq}); !planar.PolygonContains(sq, p) {
		t.Errorf("representative of a square with a hole = %v, outside it", p)
	}
	// The largest part of a MultiPolygon wins.
	mp := orb.MultiPolygon{{{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}}, {{{20, 0}, {30, 0}, {30, 10}, {20, 10}, {20, 0}}}}
	if p := representative(mp); p != (orb.Point{25, 5}) {
		t.Errorf("representative of two squares = %v, want the larger's centre [25 5]", p)
	}
}

// TestVaguenessBetween checks that Between runs from the Strict reading to
// the allowed one.
func TestVaguenessBetween(t *testing.T) {
	v := DefaultVagueness()
	r := text.Relation{Kind: text.KindDistance, MinKm: 80, MaxKm: 80, Unit: "km", Direction: "north", Azimuth: 0, Points: 8}
	s, l, m := v.Strict(r), v.Bounds(r), v.Between(r, 0.5)
	if b := v.Between(r, 0); b != s {
		t.Errorf("Between(0) = %+v, want Strict %+v", b, s)
	}
	if b := v.Between(r, 1); b != l {
		t.Errorf("Between(1) = %+v, want Bounds %+v", b, l)
	}
	if !near(m.MinKm, (s.MinKm+l.MinKm)/2, 1e-9) || !near(m.MaxKm, (s.MaxKm+l.MaxKm)/2, 1e-9) || !near(m.HalfWidth, (s.HalfWidth+l.HalfWidth)/2, 1e-9) {
		t.Errorf("Between(0.5) = %+v, want halfway between %+v and %+v", m, s, l)
	}
	if b := v.Between(text.Relation{Kind: text.KindDirection, Direction: "east", Points: 8}, 0.5); !math.IsInf(b.MaxKm, 1) {
		t.Errorf("Between of a direction alone: max %.1f km, want unbounded", b.MaxKm)
	}
}

// TestVaguenessPlaceBetween checks the readings of "between A and B" and
// "midway between": the detour or the radius as a fraction of d(A,B), wider
// allowed than as written, interpolated by Between, no distance and no
// bearing of their own.
func TestVaguenessPlaceBetween(t *testing.T) {
	v := DefaultVagueness()
	for _, c := range []struct {
		midway        bool
		strict, loose float64
	}{
		{false, v.StrictBetweenDetour, v.BetweenDetour},
		{true, v.StrictMidwayFraction, v.MidwayFraction},
	} {
		r := text.Relation{Kind: text.KindBetween, Object: 1, Other: 2, Midway: c.midway}
		s, l, m := v.Strict(r), v.Bounds(r), v.Between(r, 0.5)
		if s.Spread != c.strict || l.Spread != c.loose || !(s.Spread < l.Spread) {
			t.Errorf("midway %v: Strict spread %v, Bounds %v; want %v < %v", c.midway, s.Spread, l.Spread, c.strict, c.loose)
		}
		if want := (c.strict + c.loose) / 2; math.Abs(m.Spread-want) > 1e-12 {
			t.Errorf("midway %v: Between(0.5) spread %v, want %v", c.midway, m.Spread, want)
		}
		if l.HasBearing || l.NominalKm != 0 || !math.IsInf(l.MaxKm, 1) {
			t.Errorf("midway %v: Bounds %+v, want no bearing, no nominal, no distance bound", c.midway, l)
		}
	}
}

func TestSplitHedge(t *testing.T) {
	tests := []struct {
		hedge, bound string
		approx       bool
	}{
		{"", "", false},
		{"about", "", true},
		{"Some", "", true},
		{"less than", "less than", false},
		{"less than about", "less than", true},
		{"Less Than About", "less than", true},
		{"up to some", "up to", true},
		{"about up to", "up to", true},
		{"more than about", "more than", true},
		{"plus de", "plus de", false},
		{"nearly about", "nearly", true},
		// Two approximations, or a bound and a word that is no hedge,
		// are no combined hedge: the number is read as written.
		{"about some", "", false},
		{"less than roughly-ish", "", false},
		{"only", "", false},
	}
	for _, tt := range tests {
		if b, a := splitHedge(tt.hedge); b != tt.bound || a != tt.approx {
			t.Errorf("splitHedge(%q) = %q, %v, want %q, %v", tt.hedge, b, a, tt.bound, tt.approx)
		}
	}
}
