package geo

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"
)

// TestWarpAccuracy checks the interpolation error of the grid's warps
// against exact geodesics, over 300 km boxes at several latitudes: the
// plane to lon/lat, and the plane to another anchor's plane.
func TestWarpAccuracy(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, lat := range []float64{0, 20, 45, 65} {
		centre := orb.Point{10, lat}
		g := newGrid(NewProjection(centre), box{-150e3, -150e3, 150e3, 150e3}, 1000)
		anchor := Destination(centre, 60, 250e3)
		aw := g.anchorWarp(anchor)
		ap := NewProjection(anchor)
		worstLL, worstA := 0.0, 0.0
		for range 2000 {
			x, y := rng.Float64()*300e3-150e3, rng.Float64()*300e3-150e3
			exact := g.proj.Inverse(x, y)
			worstLL = max(worstLL, Distance(exact, g.lonLat(x, y)))
			ex, ey := ap.Forward(exact)
			ax, ay := aw.at2(x, y)
			worstA = max(worstA, math.Hypot(ax-ex, ay-ey))
		}
		if worstLL > 0.5 || worstA > 0.5 {
			t.Errorf("latitude %v: worst warp errors %.2f m to lon/lat, %.2f m to the anchor plane; want under 0.5 m", lat, worstLL, worstA)
		}
	}
}

func TestWarpRowFill(t *testing.T) {
	w := newWarp(0, 0, 100, 50, 30, 30, 2)
	w.fill(func(u, v float64, out []float64) {
		out[0], out[1] = u*u+v, math.Sin(u/20)*v
	})
	var r warpRow
	for _, v := range []float64{-10, 0, 17.5, 50, 70} {
		w.row(v, &r)
		a, b := make([]float64, 41), make([]float64, 41)
		r.fill2(-7, 3.1, a, b)
		for i := range a {
			u := -7 + float64(i)*3.1
			wa, wb := w.at2(u, v)
			if !near(a[i], wa, 1e-9) || !near(b[i], wb, 1e-9) {
				t.Fatalf("row %v, u %v: fill2 = (%v, %v), at2 = (%v, %v)", v, u, a[i], b[i], wa, wb)
			}
		}
	}
}

// TestWarpAccuracyCoarse checks the warps of a continent-wide grid, whose
// lattice has one node per cell: their error stays under a hundredth of a
// cell, to lon/lat and to a far anchor's plane.
func TestWarpAccuracyCoarse(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const half, cell = 3000e3, 150e3
	for _, lat := range []float64{0, 30, 55} {
		centre := orb.Point{10, lat}
		g := newGrid(NewProjection(centre), box{-half, -half, half, half}, cell)
		anchor := Destination(centre, 60, 2500e3)
		aw := g.anchorWarp(anchor)
		ap := NewProjection(anchor)
		worstLL, worstA := 0.0, 0.0
		for range 2000 {
			x, y := rng.Float64()*2*half-half, rng.Float64()*2*half-half
			exact := g.proj.Inverse(x, y)
			worstLL = max(worstLL, Distance(exact, g.lonLat(x, y)))
			ex, ey := ap.Forward(exact)
			ax, ay := aw.at2(x, y)
			worstA = max(worstA, math.Hypot(ax-ex, ay-ey))
		}
		if worstLL > cell/100 || worstA > cell/100 {
			t.Errorf("latitude %v: worst warp errors %.0f m to lon/lat, %.0f m to the anchor plane; want under %.0f m", lat, worstLL, worstA, cell/100)
		}
	}
}
