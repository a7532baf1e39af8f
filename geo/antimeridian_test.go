package geo

import (
	"testing"

	"github.com/paulmach/orb"
)

func TestCutAntimeridian(t *testing.T) {
	// A 20-degree square centred on the antimeridian, written the way data
	// that wraps longitudes does.
	square := orb.Polygon{{{170, -10}, {-170, -10}, {-170, 10}, {170, 10}, {170, -10}}}
	got := CutAntimeridian(square)
	if len(got) != 2 {
		t.Fatalf("CutAntimeridian(square) = %d pieces, want 2: %v", len(got), got)
	}
	var west, east bool
	for _, p := range got {
		b := p.Bound()
		switch {
		case near(b.Min[0], 170, 1e-9) && near(b.Max[0], 180, 1e-9):
			east = true
		case near(b.Min[0], -180, 1e-9) && near(b.Max[0], -170, 1e-9):
			west = true
		default:
			t.Errorf("piece with bound %v, want [170, 180] or [-180, -170] in longitude", b)
		}
		if !near(b.Min[1], -10, 1e-9) || !near(b.Max[1], 10, 1e-9) {
			t.Errorf("piece with latitudes %v to %v, want -10 to 10", b.Min[1], b.Max[1])
		}
	}
	if !west || !east {
		t.Errorf("CutAntimeridian(square) = %v, want one piece on each side", got)
	}

	plain := orb.Polygon{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}
	if got := CutAntimeridian(plain); len(got) != 1 || !got[0].Equal(plain) {
		t.Errorf("CutAntimeridian(plain) = %v, want it unchanged", got)
	}
}

func TestCutAntimeridianContinuous(t *testing.T) {
	// A region solved near the antimeridian keeps continuous longitudes.
	square := orb.Polygon{{{175, -10}, {185, -10}, {185, 10}, {175, 10}, {175, -10}}}
	got := CutAntimeridian(square)
	if len(got) != 2 {
		t.Fatalf("CutAntimeridian(%v) = %d pieces, want 2: %v", square, len(got), got)
	}
	for _, p := range got {
		b := p.Bound()
		if b.Min[0] < -180 || b.Max[0] > 180 {
			t.Errorf("piece %v leaves [-180, 180]", p)
		}
		if w := b.Max[0] - b.Min[0]; !near(w, 5, 1e-9) {
			t.Errorf("piece %v is %v degrees wide, want 5", p, w)
		}
	}
}

func TestCutLineAntimeridian(t *testing.T) {
	tests := []struct {
		name string
		in   orb.LineString
		want orb.MultiLineString
	}{
		{"no crossing", orb.LineString{{0, 0}, {10, 10}}, orb.MultiLineString{{{0, 0}, {10, 10}}}},
		{"jump east to west", orb.LineString{{178, -17}, {-178, -19}},
			orb.MultiLineString{{{178, -17}, {180, -18}}, {{-180, -18}, {-178, -19}}}},
		{"continuous beyond 180", orb.LineString{{179, 0}, {181, 2}},
			orb.MultiLineString{{{179, 0}, {180, 1}}, {{-180, 1}, {-179, 2}}}},
		{"westward", orb.LineString{{-179, 5}, {179, 5}},
			orb.MultiLineString{{{-179, 5}, {-180, 5}}, {{180, 5}, {179, 5}}}},
	}
	for _, tt := range tests {
		got := CutLineAntimeridian(tt.in)
		if !got.Equal(tt.want) {
			t.Errorf("%s: CutLineAntimeridian(%v) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}
