package geo

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// Candidate is one separate part of a Region: a place the subject may be.
type Candidate struct {
	// Point is the part's best estimate, [lon, lat] degrees (see Solve for
	// the rule).
	Point orb.Point
	// Shape is the part's outline: one exterior ring, counter-clockwise,
	// then its holes, clockwise; rings closed, coordinates rounded to 6
	// decimals.
	Shape orb.Polygon
	// AreaKm2 is the area of Shape in square kilometres on the
	// ellipsoid, to within 0.1%.
	AreaKm2 float64
	// Weight is the part's share of the total likelihood, in (0, 1]; the
	// weights of a Region's candidates sum to 1.
	Weight float64
}

// Region is the result of Solve: where the subject can be.
type Region struct {
	// Point is the best estimate, [lon, lat] degrees: the Point of the
	// first candidate, or the best compromise when the constraints cannot
	// all hold.
	Point orb.Point
	// Shape holds all the points that satisfy every constraint, at the
	// solver's resolution, as RFC 7946 polygons: exterior rings
	// counter-clockwise, holes clockwise, rings closed, coordinates rounded
	// to 6 decimals. Longitudes stay continuous near the antimeridian and
	// may then leave [-180, 180]. Empty when Feasible is false.
	Shape orb.MultiPolygon
	// AreaKm2 is the area of Shape in square kilometres on the
	// ellipsoid, to within 0.1%.
	AreaKm2 float64
	// Candidates has one entry per separate part of Shape, most likely
	// first. When Feasible is false it holds the compromise point alone,
	// with an empty shape.
	Candidates []Candidate
	// Feasible reports whether some point satisfies every constraint.
	Feasible bool
	// Residuals holds, per constraint in the order given to Solve, the
	// metres by which Point misses it (Constraint.Residual; 0 when
	// satisfied).
	Residuals []float64
	// CellM is the side in metres of the solver's grid cells: the
	// resolution of Shape.
	CellM float64

	// cells is the raster Shape was traced from: it stands for the region
	// when the region is used as an anchor. Nil for a Region built by hand
	// or without a feasible point, which then acts as its Point.
	cells *cellMask
}

// cellMask is the set of allowed cells of a solved grid.
type cellMask struct {
	g  *grid
	in []bool
	// The range of allowed cells.
	i0, j0, i1, j1 int
}

// at reports whether the cell nearest to plane position (x, y) is allowed.
func (m *cellMask) at(x, y float64) bool {
	g := m.g
	fi, fj := (x-g.x0)/g.cell+0.5, (y-g.y0)/g.cell+0.5
	if !(fi >= 0 && fj >= 0) {
		return false
	}
	i, j := int(fi), int(fj)
	return i < g.nx && j < g.ny && m.in[j*g.nx+i]
}

// halfDiagonal returns the distance from a cell's centre to its corners.
func (m *cellMask) halfDiagonal() float64 { return m.g.cell * math.Sqrt2 / 2 }

// boundary returns the allowed cells with a 4-neighbour that is not, as
// cell indices. With stride k > 1 it keeps only those on every k-th row or
// column, which every boundary curve still crosses at least every k cells.
func (m *cellMask) boundary(k int) []int {
	g := m.g
	var out []int
	for j := m.j0; j <= m.j1; j++ {
		for i := m.i0; i <= m.i1; i++ {
			c := j*g.nx + i
			if !m.in[c] || (k > 1 && i%k != 0 && j%k != 0) {
				continue
			}
			// The padding ring is never allowed, so neighbours exist.
			if !m.in[c-1] || !m.in[c+1] || !m.in[c-g.nx] || !m.in[c+g.nx] {
				out = append(out, c)
			}
		}
	}
	return out
}

// Contains reports whether p ([lon, lat] degrees) lies in r.Shape, testing
// the rounded polygons in the lon/lat plane. Points on an exterior ring
// are considered in, points on a hole's ring out. Within about one CellM of
// the boundary the answer reflects the solver's resolution.
func (r *Region) Contains(p orb.Point) bool {
	if r == nil {
		return false
	}
	return planar.MultiPolygonContains(r.Shape, p)
}

// inner returns the anchor position from which the plane point (px, py)
// lies in the middle of c's distance band, on the sector's axis (gamma
// rotates true to plane azimuths there), and whether that position lies in
// an allowed cell. If it does, the region satisfies c at p from there. If
// it does not and no boundary cell satisfies c at p, no point of the
// region does: the anchor positions that satisfy c at p form a connected
// set, which would have to lie wholly inside the region.
func (m *cellMask) inner(px, py, gamma float64, c Constraint) (x, y float64, ok bool) {
	theta, _, _ := c.sector()
	r := c.MinM
	if !math.IsInf(c.MaxM, 1) {
		r = (c.MinM + c.MaxM) / 2
	}
	sin, cos := math.Sincos((theta + gamma) * deg)
	x, y = px-r*sin, py-r*cos
	return x, y, m.at(x, y)
}
