package geo

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// field is one constraint evaluated over a grid.
type field interface {
	// apply lowers f[k] to the margin in metres by which the centre of
	// cell k satisfies the constraint, where that is smaller; the margin
	// is negative outside and its zero level is the constraint's edge.
	apply(f []float64)
	// violation adds to v, at every cell, the grid's estimate of the
	// constraint's Residual divided by scale.
	violation(v []float64, scale float64)
	// addLogLik adds the constraint's log-likelihood term to ll at every
	// cell where label >= 0.
	addLogLik(ll []float64, label []int32)
}

// band is the allowed distance range of a constraint on the grid.
type band struct {
	a, b      float64 // MinM, MaxM
	narrow    bool    // narrower than two cells: evaluated as two cells around mid
	mid, half float64
}

func newBand(c Constraint, cell float64) band {
	bd := band{a: c.MinM, b: c.MaxM}
	if c.MaxM-c.MinM < 2*cell {
		// A band narrower than two cells could fall between cell centres;
		// widening it to two cells keeps it visible on the grid, also
		// where it crosses another narrow feature.
		bd.narrow, bd.mid, bd.half = true, (c.MinM+c.MaxM)/2, cell
	}
	return bd
}

// margin returns the metres by which distance d lies inside the band.
func (bd band) margin(d float64) float64 {
	if bd.narrow {
		return bd.half - math.Abs(d-bd.mid)
	}
	m := bd.b - d
	if bd.a > 0 {
		m = min(m, d-bd.a)
	}
	return m
}

// excess returns the metres by which d falls outside [a, b].
func (bd band) excess(d float64) float64 { return max(0, bd.a-d, d-bd.b) }

// wedge is a compass sector in a plane whose y axis points to true north
// at the apex: the directions from azimuth az-h clockwise to az+h.
type wedge struct {
	on                 bool
	e1x, e1y, e2x, e2y float64 // unit vectors of the edges at az-h and az+h
	wide               bool    // h > 90: the union of two half-planes
	az, h              float64
	// strip, when positive, replaces a sector too narrow for the grid by
	// the strip of that half-width along its axis (ux, uy), ahead of the
	// apex.
	strip, ux, uy float64
}

func newWedge(az, h float64) wedge {
	if h >= 180 {
		return wedge{}
	}
	w := wedge{on: true, wide: h > 90, az: az, h: h}
	w.e1x, w.e1y = math.Sincos((az - h) * deg)
	w.e2x, w.e2y = math.Sincos((az + h) * deg)
	return w
}

// widen returns w as the grid evaluates it: a sector whose half-width at
// the farthest allowed distance reach is under a cell becomes a strip two
// cells wide along its axis, so that it still holds cell centres.
func (w wedge) widen(cell, reach float64) wedge {
	if w.on && reach*math.Sin(w.h*deg) < cell {
		w.strip = cell
		w.ux, w.uy = math.Sincos(w.az * deg)
	}
	return w
}

// margin returns the signed distance in metres from (x, y) to the nearer
// edge line, positive inside the sector.
func (w wedge) margin(x, y float64) float64 {
	if w.strip > 0 {
		return min(w.strip-math.Abs(w.ux*y-w.uy*x), w.ux*x+w.uy*y+w.strip)
	}
	s1 := w.e1y*x - w.e1x*y // > 0 clockwise of edge 1
	s2 := w.e2x*y - w.e2y*x // > 0 anticlockwise of edge 2
	if w.wide {
		return max(s1, s2)
	}
	return min(s1, s2)
}

// outside returns the distance from (x, y) to the part of the sector
// between radii a and b (b may be +Inf) when (x, y) lies outside its
// directions, or -1 when inside them.
func (w wedge) outside(x, y, a, b float64) float64 {
	if !w.on || w.margin(x, y) >= 0 {
		return -1
	}
	r := math.Hypot(x, y)
	far := min(b, max(a, r)*1.01+1000)
	d1, _ := segDist2(x, y, a*w.e1x, a*w.e1y, far*w.e1x, far*w.e1y)
	d2, _ := segDist2(x, y, a*w.e2x, a*w.e2y, far*w.e2x, far*w.e2y)
	return math.Sqrt(min(d1, d2))
}

// gauss is a Gaussian log-likelihood term; the zero value is flat.
type gauss struct {
	on        bool
	mu, sigma float64
}

func (g gauss) ll(v float64) float64 {
	if !g.on {
		return 0
	}
	z := (v - g.mu) / g.sigma
	return -0.5 * z * z
}

// distanceGauss peaks at the constraint's NominalM with sigma half the
// allowed width (for an open-ended range, the nominal's distance above
// MinM or a quarter of it), at least one cell.
func distanceGauss(c Constraint, cell float64) gauss {
	if !(c.NominalM > 0) {
		return gauss{}
	}
	sigma := (c.MaxM - c.MinM) / 2
	if math.IsInf(c.MaxM, 1) {
		sigma = max(c.NominalM-c.MinM, c.NominalM/4)
	}
	return gauss{on: true, mu: c.NominalM, sigma: max(sigma, cell)}
}

// angleGauss peaks at the sector's azimuth with sigma its half-width, at
// least one degree; the argument is the angle from the azimuth.
func angleGauss(c Constraint) gauss {
	_, h, ok := c.sector()
	if !ok {
		return gauss{}
	}
	return gauss{on: true, sigma: max(h, 1)}
}

// pointField is a constraint from a point anchor. The grid plane is
// carried to the anchor's own azimuthal equidistant plane, where the
// distance and the azimuth at the anchor are read off directly.
type pointField struct {
	g      *grid
	w      warp
	band   band
	wedge  wedge
	c      Constraint
	dist   gauss
	angle  gauss
	row    warpRow
	xs, ys []float64 // one row in the anchor's plane
}

func newPointField(g *grid, o orb.Point, c Constraint) *pointField {
	az, h, _ := c.sector()
	return &pointField{
		g: g, w: g.anchorWarp(o), band: newBand(c, g.cell), wedge: newWedge(az, h).widen(g.cell, c.MaxM), c: c,
		dist: distanceGauss(c, g.cell), angle: angleGauss(c),
		xs: make([]float64, g.nx), ys: make([]float64, g.nx),
	}
}

// loadRow fills p.xs, p.ys with row j in the anchor's plane.
func (p *pointField) loadRow(j int) {
	p.w.row(p.g.y(j), &p.row)
	p.row.fill2(p.g.x0, p.g.cell, p.xs, p.ys)
}

func (p *pointField) apply(f []float64) {
	g := p.g
	skip := -inactiveCells * g.cell
	for j := 0; j < g.ny; j++ {
		fr := f[j*g.nx : (j+1)*g.nx]
		if !slices.ContainsFunc(fr, func(v float64) bool { return v >= skip }) {
			continue // the row is already out
		}
		p.loadRow(j)
		for i := range fr {
			if fr[i] < skip {
				continue
			}
			x, y := p.xs[i], p.ys[i]
			m := p.band.margin(math.Sqrt(x*x + y*y))
			if p.wedge.on {
				m = min(m, p.wedge.margin(x, y))
			}
			if m < fr[i] {
				fr[i] = m
			}
		}
	}
}

func (p *pointField) violation(v []float64, scale float64) {
	g := p.g
	for j := 0; j < g.ny; j++ {
		p.loadRow(j)
		vr := v[j*g.nx : (j+1)*g.nx]
		for i := range vr {
			x, y := p.xs[i], p.ys[i]
			vr[i] += penalty(pointExcess(x, y, p.band, p.wedge) / scale)
		}
	}
}

// penalty is a constraint's share of the compromise objective for a
// violation of u tolerances: u, plus a small square that only breaks ties
// (between equally tolerant constraints it spreads the violation).
func penalty(u float64) float64 { return u + 1e-4*u*u }

// pointExcess is the plane version of pointResidual, for a vector (x, y)
// from the anchor in the anchor's plane.
func pointExcess(x, y float64, bd band, w wedge) float64 {
	if d := w.outside(x, y, bd.a, bd.b); d >= 0 {
		return d
	}
	return bd.excess(math.Hypot(x, y))
}

func (p *pointField) addLogLik(ll []float64, label []int32) {
	if !p.dist.on && !p.angle.on {
		return
	}
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
			x, y := p.xs[i], p.ys[i]
			ll[k] += p.dist.ll(math.Sqrt(x*x + y*y))
			if p.angle.on {
				ll[k] += p.angle.ll(AngleDiff(atan2Deg(x, y), p.wedge.az))
			}
		}
	}
}
