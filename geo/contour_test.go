package geo

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"
)

// fieldGrid returns a grid of n×n cells of 1 m (plus padding) and the
// field f evaluated at its cell centres, the padding made negative.
func fieldGrid(n int, f func(x, y float64) float64) (*grid, []float64) {
	g := newGrid(NewProjection(orb.Point{0, 0}), box{0, 0, float64(n), float64(n)}, 1)
	v := make([]float64, g.n())
	for j := 0; j < g.ny; j++ {
		for i := 0; i < g.nx; i++ {
			v[j*g.nx+i] = f(g.x(i), g.y(j))
			if i == 0 || j == 0 || i == g.nx-1 || j == g.ny-1 {
				v[j*g.nx+i] = -1
			}
		}
	}
	return g, v
}

// checkRings checks that every component has exactly one ring of positive
// (anticlockwise) area, first, and holes of negative area after it.
func checkRings(t *testing.T, name string, c *contour) {
	t.Helper()
	for comp, rs := range c.shapes {
		if len(rs) == 0 || ringArea(rs[0]) <= 0 {
			t.Errorf("%s: component %d has no anticlockwise exterior ring", name, comp)
			continue
		}
		for n, r := range rs[1:] {
			if ringArea(r) >= 0 {
				t.Errorf("%s: component %d ring %d is not a clockwise hole", name, comp, n+1)
			}
		}
	}
}

func TestContourShapes(t *testing.T) {
	cases := []struct {
		name  string
		f     func(x, y float64) float64
		comps int
		rings []int   // per component, largest first
		area  float64 // total, exterior minus holes
	}{
		{"disk", func(x, y float64) float64 { return 20 - math.Hypot(x-30, y-30) }, 1, []int{1}, math.Pi * 400},
		{"annulus", func(x, y float64) float64 { return 8 - math.Abs(math.Hypot(x-30, y-30)-16) }, 1, []int{2}, math.Pi * (24*24 - 8*8)},
		{"two disks", func(x, y float64) float64 {
			return max(10-math.Hypot(x-15, y-30), 8-math.Hypot(x-45, y-30))
		}, 2, []int{1, 1}, math.Pi * (100 + 64)},
		{"square with two holes", func(x, y float64) float64 {
			return min(25-max(math.Abs(x-30), math.Abs(y-30)), math.Hypot(x-20, y-30)-5, math.Hypot(x-40, y-30)-5)
		}, 1, []int{3}, 50*50 - 2*math.Pi*25},
	}
	for _, c := range cases {
		g, f := fieldGrid(60, c.f)
		ct := newContour(g, f)
		checkRings(t, c.name, ct)
		if ct.comps != c.comps {
			t.Errorf("%s: %d components, want %d", c.name, ct.comps, c.comps)
			continue
		}
		area := 0.0
		for comp, rs := range ct.shapes {
			if len(rs) != c.rings[comp] {
				t.Errorf("%s: component %d has %d rings, want %d", c.name, comp, len(rs), c.rings[comp])
			}
			for _, r := range rs {
				area += ringArea(r)
			}
		}
		// Linear interpolation along cell edges: area within 1%.
		if !near(area, c.area, 0.01*c.area) {
			t.Errorf("%s: area %.1f, want %.1f", c.name, area, c.area)
		}
	}
}

func TestContourSaddles(t *testing.T) {
	// Two allowed cells touching at a corner: joined through the saddle
	// when the square's mean is >= 0, separate otherwise.
	for _, c := range []struct {
		name  string
		out   float64
		comps int
	}{{"joined", -0.5, 1}, {"separate", -1.5, 2}} {
		g, f := fieldGrid(4, func(x, y float64) float64 { return c.out })
		set := func(i, j int, v float64) { f[j*g.nx+i] = v }
		set(2, 2, 1)
		set(3, 3, 1)
		ct := newContour(g, f)
		checkRings(t, c.name, ct)
		if ct.comps != c.comps || len(ct.shapes) != c.comps {
			t.Errorf("%s: %d components, %d outlines; want %d", c.name, ct.comps, len(ct.shapes), c.comps)
		}
	}
}

// TestContourRandom checks on noise that labelling and tracing agree:
// every component gets exactly one exterior ring, whatever the saddles.
func TestContourRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for trial := range 20 {
		g, f := fieldGrid(40, func(x, y float64) float64 { return rng.Float64()*2 - 1 + 0.1*float64(trial%3) })
		ct := newContour(g, f)
		checkRings(t, "noise", ct)
		allowed := 0
		for _, v := range f {
			if v >= 0 {
				allowed++
			}
		}
		labelled := 0
		for _, l := range ct.label {
			if l >= 0 {
				labelled++
			}
		}
		if labelled != allowed {
			t.Fatalf("trial %d: %d cells labelled, %d allowed", trial, labelled, allowed)
		}
	}
}

func TestSimplifyRing(t *testing.T) {
	var r ring
	for k := range 1000 {
		a := float64(k) / 1000 * 2 * math.Pi
		r = append(r, [2]float64{1000 * math.Cos(a), 1000 * math.Sin(a)})
	}
	s := simplifyRing(r, 1)
	if len(s) >= len(r)/5 || len(s) < 20 {
		t.Errorf("circle of %d points simplified to %d, want between 20 and %d", len(r), len(s), len(r)/5)
	}
	// Every dropped point lies within the tolerance of the simplified ring.
	for _, p := range r {
		best := math.Inf(1)
		for i := range s {
			a, b := s[i], s[(i+1)%len(s)]
			d2, _ := segDist2(p[0], p[1], a[0], a[1], b[0], b[1])
			best = min(best, d2)
		}
		if math.Sqrt(best) > 1+1e-9 {
			t.Fatalf("point %v lies %.3f from the simplified ring, tolerance 1", p, math.Sqrt(best))
		}
	}
}
