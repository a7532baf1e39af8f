package geo

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// Foci are the two places a "between" statement names ("between Kabul and
// Jalalabad"), [lon, lat] degrees each. As an Anchor they measure, from a
// point p, its detour: half of how much longer the way from the first focus
// to p and on to the second is than the geodesic between them,
// (d(A,p) + d(p,B) − d(A,B)) / 2. The detour is 0 on the geodesic segment
// A–B, equals the distance to the nearer focus beyond either end along the
// line through them, and is smaller than the distance to the segment
// elsewhere; its level sets are ellipses with foci A and B. A constraint
// with MaxM = D allows the ellipse d(A,p) + d(p,B) <= d(A,B) + 2D.
type Foci [2]orb.Point

// Midpoint returns the point halfway along the geodesic from f[0] to
// f[1].
func (f Foci) Midpoint() orb.Point {
	s, az, _ := Inverse(f[0], f[1])
	return Destination(f[0], az, s/2)
}

// Detour returns the detour in metres of p from the foci (see Foci): at
// least 0, 0 on the geodesic segment between them.
func (f Foci) Detour(p orb.Point) float64 {
	return max(0, (Distance(f[0], p)+Distance(p, f[1])-Distance(f[0], f[1]))/2)
}

// semiMajor returns the semi-major axis in metres of the ellipse whose
// detour is at most d: half the distance between the foci plus d.
func (f Foci) semiMajor(d float64) float64 { return Distance(f[0], f[1])/2 + d }

// fociResidual is Residual for a Foci anchor: how far the detour falls
// outside [MinM, MaxM]. The detour changes by at most one metre per metre
// the point moves, so this is a lower bound on the distance to the nearest
// allowed point, and equal to it along the line through the foci.
func fociResidual(f Foci, p orb.Point, c Constraint) float64 {
	d := f.Detour(p)
	return max(0, c.MinM-d, d-c.MaxM)
}

// fociField is a constraint from a Foci anchor: the detour at each cell
// from two anchor planes, read as a pointField reads one distance.
type fociField struct {
	g      *grid
	wa, wb warp
	base   float64 // the distance between the foci
	band   band
	near   gauss // peaks on the segment: sigma MaxM, at least a cell
	ra, rb warpRow
	xa, ya []float64
	xb, yb []float64
}

func newFociField(g *grid, f Foci, c Constraint) *fociField {
	return &fociField{
		g: g, wa: g.anchorWarp(f[0]), wb: g.anchorWarp(f[1]), base: Distance(f[0], f[1]),
		band: newBand(c, g.cell), near: gauss{on: true, sigma: max(c.MaxM, g.cell)},
		xa: make([]float64, g.nx), ya: make([]float64, g.nx),
		xb: make([]float64, g.nx), yb: make([]float64, g.nx),
	}
}

// loadRow fills the rows of both anchor planes for row j.
func (p *fociField) loadRow(j int) {
	p.wa.row(p.g.y(j), &p.ra)
	p.ra.fill2(p.g.x0, p.g.cell, p.xa, p.ya)
	p.wb.row(p.g.y(j), &p.rb)
	p.rb.fill2(p.g.x0, p.g.cell, p.xb, p.yb)
}

// detour returns the detour at cell i of the loaded row.
func (p *fociField) detour(i int) float64 {
	return max(0, (math.Hypot(p.xa[i], p.ya[i])+math.Hypot(p.xb[i], p.yb[i])-p.base)/2)
}

func (p *fociField) apply(f []float64) {
	g := p.g
	skip := -inactiveCells * g.cell
	for j := 0; j < g.ny; j++ {
		fr := f[j*g.nx : (j+1)*g.nx]
		if !slices.ContainsFunc(fr, func(v float64) bool { return v >= skip }) {
			continue
		}
		p.loadRow(j)
		for i := range fr {
			if fr[i] < skip {
				continue
			}
			if m := p.band.margin(p.detour(i)); m < fr[i] {
				fr[i] = m
			}
		}
	}
}

func (p *fociField) violation(v []float64, scale float64) {
	g := p.g
	for j := 0; j < g.ny; j++ {
		p.loadRow(j)
		vr := v[j*g.nx : (j+1)*g.nx]
		for i := range vr {
			vr[i] += penalty(p.band.excess(p.detour(i)) / scale)
		}
	}
}

// addLogLik favours the points nearest the segment: places said to lie
// between two others lie close to the line between them more often than at
// the edge of the allowance (README, "The vagueness model").
func (p *fociField) addLogLik(ll []float64, label []int32) {
	g := p.g
	for j := 0; j < g.ny; j++ {
		rowDone := false
		for i := 0; i < g.nx; i++ {
			k := j*g.nx + i
			if label[k] < 0 {
				continue
			}
			if !rowDone {
				p.loadRow(j)
				rowDone = true
			}
			ll[k] += p.near.ll(p.detour(i))
		}
	}
}
