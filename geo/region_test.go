package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestRegionContains(t *testing.T) {
	square := orb.Polygon{
		{{0, 0}, {2, 0}, {2, 2}, {0, 2}, {0, 0}},
		{{0.5, 0.5}, {0.5, 1.5}, {1.5, 1.5}, {1.5, 0.5}, {0.5, 0.5}},
	}
	r := &Region{Shape: orb.MultiPolygon{square, {{{5, 5}, {6, 5}, {6, 6}, {5, 5}}}}}
	cases := []struct {
		name string
		p    orb.Point
		want bool
	}{
		{"in the square", orb.Point{0.2, 1}, true},
		{"in the hole", orb.Point{1, 1}, false},
		{"on the exterior ring", orb.Point{0, 1}, true},
		{"in the second polygon", orb.Point{5.8, 5.5}, true},
		{"outside", orb.Point{3, 3}, false},
	}
	for _, c := range cases {
		if got := r.Contains(c.p); got != c.want {
			t.Errorf("%s: Contains(%v) = %v, want %v", c.name, c.p, got, c.want)
		}
	}
	var none *Region
	if none.Contains(orb.Point{0, 0}) {
		t.Error("a nil Region contains a point")
	}
}

func TestCellMaskBoundary(t *testing.T) {
	g, f := fieldGrid(10, func(x, y float64) float64 { return 3.5 - max(math.Abs(x-5), math.Abs(y-5)) })
	m := newContour(g, f).mask()
	if m == nil {
		t.Fatal("no allowed cells")
	}
	// A 7×7 block of allowed cells has 24 boundary cells; with stride 2
	// only those on even rows or columns remain.
	if n := len(m.boundary(1)); n != 24 {
		t.Errorf("boundary(1) has %d cells, want 24", n)
	}
	for _, k := range m.boundary(2) {
		if i, j := k%g.nx, k/g.nx; i%2 != 0 && j%2 != 0 {
			t.Errorf("boundary(2) kept cell (%d, %d)", i, j)
		}
	}
	if !m.at(g.x(5), g.y(5)) || m.at(g.x(0), g.y(0)) || m.at(-100, 5) {
		t.Error("at: wrong cells allowed")
	}
	neg := make([]float64, g.n())
	for k := range neg {
		neg[k] = -1
	}
	if newContour(g, neg).mask() != nil {
		t.Error("a negative field allows cells")
	}
}
