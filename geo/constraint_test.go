package geo

import (
	"errors"
	"math"
	"testing"

	"github.com/paulmach/orb"
)

var tessalit = orb.Point{1.01186, 20.20126}

func ptr(p orb.Point) *orb.Point { return &p }

func TestValidate(t *testing.T) {
	p := ptr(tessalit)
	line := orb.MultiLineString{{{1, 20}, {2, 21}}}
	area := orb.MultiPolygon{{{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}}}
	cases := []struct {
		name string
		c    Constraint
		ok   bool
	}{
		{"point annulus", Constraint{Anchor: Anchor{Point: p}, MinM: 1, MaxM: 2}, true},
		{"open-ended", Constraint{Anchor: Anchor{Point: p}, MinM: 1, MaxM: math.Inf(1)}, true},
		{"line", Constraint{Anchor: Anchor{Line: line}, MaxM: 5}, true},
		{"area inside", Constraint{Anchor: Anchor{Area: area}}, true},
		{"region", Constraint{Anchor: Anchor{Region: &Region{Point: tessalit}}, MaxM: 5}, true},
		{"sector", Constraint{Anchor: Anchor{Point: p}, MaxM: 5, Bearing: &Sector{-45, 10}}, true},
		{"no anchor", Constraint{MaxM: 5}, false},
		{"two anchors", Constraint{Anchor: Anchor{Point: p, Line: line}, MaxM: 5}, false},
		{"negative MinM", Constraint{Anchor: Anchor{Point: p}, MinM: -1, MaxM: 5}, false},
		{"NaN MinM", Constraint{Anchor: Anchor{Point: p}, MinM: math.NaN(), MaxM: 5}, false},
		{"MaxM below MinM", Constraint{Anchor: Anchor{Point: p}, MinM: 6, MaxM: 5}, false},
		{"NaN MaxM", Constraint{Anchor: Anchor{Point: p}, MaxM: math.NaN()}, false},
		{"negative nominal", Constraint{Anchor: Anchor{Point: p}, MaxM: 5, NominalM: -1}, false},
		{"NaN azimuth", Constraint{Anchor: Anchor{Point: p}, MaxM: 5, Bearing: &Sector{math.NaN(), 10}}, false},
		{"negative half-width", Constraint{Anchor: Anchor{Point: p}, MaxM: 5, Bearing: &Sector{0, -1}}, false},
		{"latitude out of range", Constraint{Anchor: Anchor{Point: ptr(orb.Point{0, 91})}, MaxM: 5}, false},
		{"line without vertices", Constraint{Anchor: Anchor{Line: orb.MultiLineString{{}}}, MaxM: 5}, false},
		{"area without rings", Constraint{Anchor: Anchor{Area: orb.MultiPolygon{{}}}}, false},
	}
	for _, c := range cases {
		err := c.c.Validate()
		if (err == nil) != c.ok {
			t.Errorf("%s: Validate = %v, want ok %v", c.name, err, c.ok)
		}
		if err != nil && !errors.Is(err, ErrInvalidConstraint) {
			t.Errorf("%s: Validate = %v, want an ErrInvalidConstraint", c.name, err)
		}
		if !c.ok && !math.IsNaN(c.c.Residual(tessalit)) {
			t.Errorf("%s: Residual of an invalid constraint = %v, want NaN", c.name, c.c.Residual(tessalit))
		}
	}
}

// sectorEdges returns the radial edges of the annular sector around o from
// a to b metres at az ± half, as geodesic segments.
func sectorEdges(o orb.Point, a, b, az, half float64) orb.MultiLineString {
	var l orb.MultiLineString
	for _, e := range []float64{az - half, az + half} {
		l = append(l, orb.LineString{Destination(o, e, a), Destination(o, e, b)})
	}
	return l
}

func TestResidualPoint(t *testing.T) {
	o := tessalit
	band := Constraint{Anchor: Anchor{Point: &o}, MinM: 75e3, MaxM: 85e3}
	east := band
	east.Bearing = &Sector{90, 22.5}
	edges := sectorEdges(o, 75e3, 85e3, 90, 22.5)
	cases := []struct {
		name string
		c    Constraint
		p    orb.Point
		want float64
	}{
		{"inside the annulus", band, Destination(o, 200, 80e3), 0},
		{"beyond MaxM", band, Destination(o, 10, 90e3), 5e3},
		{"short of MinM", band, Destination(o, 300, 60e3), 15e3},
		{"at the anchor", band, o, 75e3},
		{"inside the sector", east, Destination(o, 100, 84e3), 0},
		{"on a sector edge", east, Destination(o, 112.5, 80e3), 0},
		{"beyond the sector's far arc", east, Destination(o, 95, 95e3), 10e3},
		{"out of the sector", east, Destination(o, 130, 80e3), denseDistance(Destination(o, 130, 80e3), edges)},
		{"behind the anchor", east, Destination(o, 270, 30e3), denseDistance(Destination(o, 270, 30e3), edges)},
		{"out of the sector and too far", east, Destination(o, 40, 120e3), denseDistance(Destination(o, 40, 120e3), edges)},
		{"open-ended sector", Constraint{Anchor: Anchor{Point: &o}, MinM: 5e3, MaxM: math.Inf(1), Bearing: &Sector{0, 10}},
			Destination(o, 30, 500e3), denseDistance(Destination(o, 30, 500e3), sectorEdges(o, 5e3, 600e3, 0, 10))},
		{"any direction", Constraint{Anchor: Anchor{Point: &o}, MaxM: 1e3, Bearing: &Sector{0, 180}}, Destination(o, 180, 3e3), 2e3},
	}
	for _, c := range cases {
		// The dense reference overestimates by up to a few metres.
		if got := c.c.Residual(c.p); !near(got, c.want, 5) || got > c.want+1e-3 {
			t.Errorf("%s: Residual = %.3f m, want %.3f m", c.name, got, c.want)
		}
	}
}

func TestResidualLineArea(t *testing.T) {
	border := wigglyLine(2000)
	dTess, _ := DistanceToLine(tessalit, border)
	square := orb.MultiPolygon{{
		{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}},
		{{0.4, 0.4}, {0.4, 0.6}, {0.6, 0.6}, {0.6, 0.4}, {0.4, 0.4}}, // a hole
	}}
	rings := areaRings(square)
	outside := orb.Point{1.5, 0.5}
	dOut, _ := DistanceToLine(outside, rings)
	deep := orb.Point{0.2, 0.5}
	dDeep, _ := DistanceToLine(deep, rings)
	hole := orb.Point{0.5, 0.5}
	dHole, _ := DistanceToLine(hole, rings)
	cases := []struct {
		name string
		c    Constraint
		p    orb.Point
		want float64
	}{
		{"far from the border", Constraint{Anchor: Anchor{Line: border}, MinM: 15e3, MaxM: 25e3}, tessalit, dTess - 25e3},
		{"too near the border", Constraint{Anchor: Anchor{Line: border}, MinM: 15e3, MaxM: 25e3}, orb.Point{1.9, 20}, 15e3 - 9026.2373},
		{"inside the area", Constraint{Anchor: Anchor{Area: square}}, deep, 0},
		{"outside the area", Constraint{Anchor: Anchor{Area: square}}, outside, dOut},
		{"in the area's hole", Constraint{Anchor: Anchor{Area: square}}, hole, dHole},
		{"within 60 km of the area", Constraint{Anchor: Anchor{Area: square}, MaxM: 60e3}, outside, 0},
		{"at least 10 km outside, but inside", Constraint{Anchor: Anchor{Area: square}, MinM: 10e3, MaxM: math.Inf(1)}, deep, 10e3 + dDeep},
		{"west of the border", Constraint{Anchor: Anchor{Line: border}, MaxM: 50e3, Bearing: &Sector{270, 45}}, orb.Point{1.9, 20}, 0},
	}
	for _, c := range cases {
		if got := c.c.Residual(c.p); !near(got, c.want, 0.01) {
			t.Errorf("%s: Residual = %.3f m, want %.3f m", c.name, got, c.want)
		}
	}
	// West of a north-south border by 9 km, measured against "east of it":
	// the point lies 180 degrees out of the sector, so d·sin(90°) = d.
	c := Constraint{Anchor: Anchor{Line: border}, MaxM: 50e3, Bearing: &Sector{90, 45}}
	if got := c.Residual(orb.Point{1.9, 20}); !near(got, 9026.2373, 1) {
		t.Errorf("east of the border: Residual = %.3f, want the distance 9026.237", got)
	}
}

// TestResidualRegion compares the residual from a Region anchor with the
// smallest residual over all of the region's cells, measured one by one
// from each centre, less the cell's half-diagonal (each cell stands for
// all of its points).
func TestResidualRegion(t *testing.T) {
	o := tessalit
	r, err := Solve([]Constraint{{Anchor: Anchor{Point: &o}, MinM: 20e3, MaxM: 30e3, Bearing: &Sector{90, 30}}}, Options{CellM: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var cells []orb.Point
	g := r.cells.g
	for k, in := range r.cells.in {
		if in {
			cells = append(cells, g.lonLat(g.x(k%g.nx), g.y(k/g.nx)))
		}
	}
	chained := []Constraint{
		{Anchor: Anchor{Region: r}, MinM: 2e3, MaxM: 5e3, Bearing: &Sector{180, 22.5}},
		{Anchor: Anchor{Region: r}, MinM: 40e3, MaxM: 45e3},
		{Anchor: Anchor{Region: r}, MaxM: 3e3},
	}
	points := []orb.Point{
		Destination(o, 90, 25e3), Destination(o, 95, 21e3), Destination(o, 180, 10e3),
		Destination(o, 90, 70e3), Destination(o, 0, 60e3), o,
	}
	for n, c := range chained {
		for _, p := range points {
			want := math.Inf(1)
			for _, q := range cells {
				want = min(want, max(0, pointResidual(q, p, c)-g.cell*math.Sqrt2/2))
			}
			if got := c.Residual(p); !near(got, want, 1e-6) {
				t.Errorf("constraint %d at %v: Residual = %.3f, want the minimum over the cells %.3f", n, p, got, want)
			}
		}
	}
	// Without cells a Region acts as its point.
	bare := Constraint{Anchor: Anchor{Region: &Region{Point: o}}, MaxM: 1e3}
	if got := bare.Residual(Destination(o, 0, 4e3)); !near(got, 3e3, 1e-6) {
		t.Errorf("bare region: Residual = %v, want 3000", got)
	}
}
