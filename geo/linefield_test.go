package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// lineGrid returns a grid of cell metres over a box of the given half-size
// around centre.
func lineGrid(centre orb.Point, half, cell float64) *grid {
	return newGrid(NewProjection(centre), box{-half, -half, half, half}, cell)
}

// TestLineFieldDistances compares the distance transform with the exact
// plane distance to the nearest segment, found by brute force, and with
// the geodesic distance to the original line.
func TestLineFieldDistances(t *testing.T) {
	zigzag := orb.MultiLineString{{}}
	for k := range 60 {
		// A sawtooth with 1 km teeth, sharper than any border.
		zigzag[0] = append(zigzag[0], orb.Point{5 + 0.01*float64(k), 10 + 0.008*float64(k%2)})
	}
	cases := []struct {
		name   string
		centre orb.Point
		line   orb.MultiLineString
		cell   float64
	}{
		{"wiggly border through the grid", orb.Point{1.9, 20.2}, wigglyLine(2000), 333},
		{"sawtooth", orb.Point{5.3, 10.1}, zigzag, 250},
		{"line beyond the grid", orb.Point{1.66, 20.2}, wigglyLine(2000), 333},
	}
	for _, c := range cases {
		g := lineGrid(c.centre, 15e3, c.cell)
		con := Constraint{Anchor: Anchor{Line: c.line}, MinM: 10e3, MaxM: 20e3}
		lf := newLineField(g, con, nil, false)
		worst, worstGeo := 0.0, 0.0
		for k := range lf.dist {
			x, y := g.x(k%g.nx), g.y(k/g.nx)
			want := math.Inf(1)
			for n := range lf.segs {
				want = min(want, lf.segs[n].dist2(x, y))
			}
			want = min(math.Sqrt(want), lf.reach)
			worst = max(worst, lf.dist[k]-want)
			if want < 0 || lf.dist[k] < want-1e-6 {
				t.Fatalf("%s: cell %d: distance %.3f below the brute-force %.3f", c.name, k, lf.dist[k], want)
			}
			if k%97 == 0 && want < lf.reach {
				geo, _ := DistanceToLine(g.lonLat(x, y), c.line)
				worstGeo = max(worstGeo, math.Abs(lf.dist[k]-geo))
			}
		}
		// Labels propagate between neighbours; the few misses are by a
		// small fraction of a cell (measured: 6 m at most, on the zigzag
		// through the grid).
		if worst > 0.05*c.cell {
			t.Errorf("%s: distance transform off the brute force by up to %.1f m (cell %.0f m)", c.name, worst, c.cell)
		}
		// Thinning (an eighth of a cell) and the plane's distortion.
		if worstGeo > c.cell/8+10 {
			t.Errorf("%s: plane distances off the geodesic ones by up to %.1f m", c.name, worstGeo)
		}
	}
}

func TestLineFieldArea(t *testing.T) {
	country := orb.MultiPolygon{
		{
			{{0, 0}, {0.3, 0.05}, {0.25, 0.3}, {0.1, 0.2}, {-0.1, 0.25}, {0, 0}},
			{{0.1, 0.1}, {0.15, 0.1}, {0.15, 0.15}, {0.1, 0.1}},
		},
		{{{0.3, -0.2}, {0.35, -0.2}, {0.35, -0.1}, {0.3, -0.2}}}, // an island
	}
	g := lineGrid(orb.Point{0.1, 0.05}, 25e3, 200)
	lf := newLineField(g, Constraint{Anchor: Anchor{Area: country}}, nil, false)
	wrong := 0
	for k, d := range lf.dist {
		p := g.lonLat(g.x(k%g.nx), g.y(k/g.nx))
		if math.Abs(d) < g.cell {
			continue // at the boundary, plane and lon/lat edges differ
		}
		if in := planar.MultiPolygonContains(country, p); in != (d < 0) {
			wrong++
		}
	}
	if wrong > 0 {
		t.Errorf("%d cells on the wrong side of the area's boundary", wrong)
	}
}
