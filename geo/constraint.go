package geo

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// ErrInvalidConstraint is returned (wrapped, with the reason) for a
// constraint that does not describe a set of points: no anchor or more than
// one, a negative or NaN distance, MaxM below MinM, a malformed sector.
var ErrInvalidConstraint = errors.New("geo: invalid constraint")

// Sector is a compass sector: the subject lies at Azimuth ± HalfWidth
// degrees as seen from the anchor. Azimuth is in degrees clockwise from
// true north (any finite value; it is taken modulo 360). HalfWidth is in
// degrees, from 0 to 180; 180 or more allows every direction. The sector's
// edges belong to it.
type Sector struct {
	Azimuth, HalfWidth float64
}

// Anchor is what a constraint is measured from: exactly one of Point,
// Region, Line, Area and Foci is set.
type Anchor struct {
	// Point is a known place, [lon, lat] degrees.
	Point *orb.Point
	// Region is an uncertain anchor, typically the result of an earlier
	// Solve: the constraint holds at a point if it holds as measured from
	// some point of the region, so the anchor's uncertainty carries over
	// along chains of constraints. The region is the union of its solver
	// cells; near its edge each boundary cell counts as reaching as far as
	// its corners in every direction, so distances from it may be
	// generous by up to about half its CellM. A Region with no cells
	// (built by hand, or infeasible) acts as its Point.
	Region *Region
	// Line is a line such as a border; distances are to its nearest point
	// and a bearing is taken from that point. Its segments are geodesics.
	Line orb.MultiLineString
	// Area is a surface such as a country; the distance is to the area, 0
	// inside, so MinM = MaxM = 0 means "inside the area". Its rings are
	// closed; holes are honoured.
	Area orb.MultiPolygon
	// Foci are two places the subject lies between; the distance is the
	// detour (see Foci), so MaxM bounds an ellipse with these foci. A
	// Bearing does not apply to them.
	Foci *Foci
}

// Constraint says where the subject lies relative to an anchor: at a
// geodesic distance between MinM and MaxM metres (inclusive) and, if
// Bearing is set, within a compass sector as seen from the anchor.
type Constraint struct {
	Anchor Anchor
	// MinM and MaxM bound the distance in metres: 0 <= MinM <= MaxM, and
	// MaxM may be math.Inf(1). For an Area anchor the distance is to the
	// area (0 inside); MinM > 0 then means outside the area by at least
	// MinM.
	MinM, MaxM float64
	// NominalM is the distance the text states, in metres, used to rank
	// the candidate points; 0 means none (any allowed distance is as
	// likely).
	NominalM float64
	// Bearing, if not nil, restricts the direction in which the subject
	// lies from the anchor: the azimuth of the geodesic as it leaves the
	// anchor point (for a Line or Area, as it leaves the nearest point of
	// the boundary). Nil means any direction.
	Bearing *Sector
}

// Validate reports why c does not describe a set of points, as an error
// wrapping ErrInvalidConstraint, or nil when it does.
func (c Constraint) Validate() error {
	a := c.Anchor
	n := 0
	if a.Point != nil {
		n++
		if !validPoint(*a.Point) {
			return fmt.Errorf("%w: anchor point %v is not a [lon, lat] position", ErrInvalidConstraint, *a.Point)
		}
	}
	if a.Region != nil {
		n++
		if !validPoint(a.Region.Point) {
			return fmt.Errorf("%w: anchor region has no valid point", ErrInvalidConstraint)
		}
	}
	if len(a.Line) > 0 {
		n++
		count := 0
		for _, ls := range a.Line {
			for _, p := range ls {
				if !validPoint(p) {
					return fmt.Errorf("%w: line vertex %v is not a [lon, lat] position", ErrInvalidConstraint, p)
				}
				count++
			}
		}
		if count == 0 {
			return fmt.Errorf("%w: anchor line has no vertices", ErrInvalidConstraint)
		}
	}
	if len(a.Area) > 0 {
		n++
		count := 0
		for _, poly := range a.Area {
			for _, ring := range poly {
				for _, p := range ring {
					if !validPoint(p) {
						return fmt.Errorf("%w: area vertex %v is not a [lon, lat] position", ErrInvalidConstraint, p)
					}
				}
				if len(ring) >= 3 {
					count++
				}
			}
		}
		if count == 0 {
			return fmt.Errorf("%w: anchor area has no ring", ErrInvalidConstraint)
		}
	}
	if a.Foci != nil {
		n++
		if !validPoint(a.Foci[0]) || !validPoint(a.Foci[1]) {
			return fmt.Errorf("%w: foci %v are not [lon, lat] positions", ErrInvalidConstraint, *a.Foci)
		}
		if c.Bearing != nil {
			return fmt.Errorf("%w: a bearing from two foci", ErrInvalidConstraint)
		}
	}
	switch {
	case n == 0:
		return fmt.Errorf("%w: no anchor", ErrInvalidConstraint)
	case n > 1:
		return fmt.Errorf("%w: %d anchors set, want exactly one", ErrInvalidConstraint, n)
	case !(c.MinM >= 0) || math.IsInf(c.MinM, 0):
		return fmt.Errorf("%w: MinM %v is not a finite distance >= 0", ErrInvalidConstraint, c.MinM)
	case !(c.MaxM >= c.MinM):
		return fmt.Errorf("%w: MaxM %v is below MinM %v", ErrInvalidConstraint, c.MaxM, c.MinM)
	case !(c.NominalM >= 0) || math.IsInf(c.NominalM, 0):
		return fmt.Errorf("%w: NominalM %v is not a finite distance >= 0", ErrInvalidConstraint, c.NominalM)
	}
	if b := c.Bearing; b != nil {
		if math.IsNaN(b.Azimuth) || math.IsInf(b.Azimuth, 0) {
			return fmt.Errorf("%w: sector azimuth %v", ErrInvalidConstraint, b.Azimuth)
		}
		if !(b.HalfWidth >= 0) {
			return fmt.Errorf("%w: sector half-width %v is not >= 0", ErrInvalidConstraint, b.HalfWidth)
		}
	}
	return nil
}

func validPoint(p orb.Point) bool {
	return !math.IsNaN(p[0]) && !math.IsInf(p[0], 0) && p[1] >= -90 && p[1] <= 90
}

// sector returns the constraint's sector centre and half-width in degrees,
// and false when any direction is allowed.
func (c Constraint) sector() (azimuth, half float64, ok bool) {
	if c.Bearing == nil || c.Bearing.HalfWidth >= 180 {
		return 0, 180, false
	}
	return normAzimuth(c.Bearing.Azimuth), c.Bearing.HalfWidth, true
}

// Residual returns the metres by which p ([lon, lat] degrees) violates c,
// measured with geodesics, or 0 when p satisfies it. For a point anchor it
// is the geodesic distance from p to the nearest point that satisfies c
// (the nearest point of the annulus or annular sector). For a Region anchor
// it is the smallest residual over the region's points. For a Line or Area
// it is how far the distance to the line or area falls outside
// [MinM, MaxM] (for Foci, how far the detour does: a lower bound on the
// distance to the allowed ellipse, exact along the line through the foci); with a Bearing, the larger of that and the distance
// d·sin(e) by which p lies outside the sector, e being the angle outside
// it (at most 90 degrees) and d the distance to the line. For an invalid
// constraint (see Validate) it returns NaN.
func (c Constraint) Residual(p orb.Point) float64 {
	if c.Validate() != nil {
		return math.NaN()
	}
	a := c.Anchor
	switch {
	case a.Point != nil:
		return pointResidual(*a.Point, p, c)
	case a.Region != nil:
		return regionResidual(a.Region, p, c)
	case len(a.Line) > 0:
		d, q := DistanceToLine(p, a.Line)
		return lineResidual(d, q, p, c)
	case a.Foci != nil:
		return fociResidual(*a.Foci, p, c)
	default:
		inside := planar.MultiPolygonContains(a.Area, p)
		if inside && c.MinM == 0 {
			return 0
		}
		d, q := DistanceToLine(p, areaRings(a.Area))
		if inside {
			// Inside, the distance to the area is 0 and no bearing
			// applies: only a minimum distance can be violated.
			return c.MinM + d
		}
		return lineResidual(d, q, p, c)
	}
}

// pointResidual is Residual for an anchor at the point o.
func pointResidual(o, p orb.Point, c Constraint) float64 {
	s, azi, _ := Inverse(o, p)
	dv := max(0, c.MinM-s, s-c.MaxM)
	theta, half, ok := c.sector()
	if !ok || s == 0 || math.Abs(AngleDiff(azi, theta)) <= half {
		return dv
	}
	// Out of the sector: the nearest allowed point lies on one of the
	// sector's radial edges, between MinM and MaxM from the anchor. On an
	// unbounded edge the foot of the perpendicular from p lies no farther
	// out than about s.
	far := min(c.MaxM, max(c.MinM, s)*1.01+1000)
	best := math.Inf(1)
	for _, az := range [2]float64{theta - half, theta + half} {
		near := Destination(o, az, c.MinM)
		out := Destination(o, az, far)
		d, _ := segmentDistance(p, near, out, 0.5)
		best = min(best, d)
	}
	return best
}

// lineResidual is Residual for a distance d from p to a line or area
// boundary whose nearest point is q.
func lineResidual(d float64, q, p orb.Point, c Constraint) float64 {
	dv := max(0, c.MinM-d, d-c.MaxM)
	theta, half, ok := c.sector()
	if !ok || d == 0 {
		return dv
	}
	out := math.Abs(AngleDiff(Azimuth(q, p), theta)) - half
	if out <= 0 {
		return dv
	}
	return max(dv, d*math.Sin(min(out, 90)*deg))
}

// regionResidual is Residual for a Region anchor: the smallest
// pointResidual over the region's cells. It is (nearly) 0 when the anchor
// position that would put p in the middle of the allowed band, on the
// sector's axis, lies in the region, and it is measured from there.
// Otherwise the minimum lies on the region's boundary (the boundary of a
// Minkowski sum lies in the sum of the boundaries): over each boundary
// cell it is at least the residual from the cell's centre less the cell's
// half-diagonal (a residual changes by at most the distance the anchor
// moves), which is what it returns, at least 0. A plane approximation
// ranks the cells so that only the few that may give the minimum are
// measured with geodesics.
func regionResidual(r *Region, p orb.Point, c Constraint) float64 {
	m := r.cells
	if m == nil {
		return pointResidual(r.Point, p, c)
	}
	g := m.g
	px, py, gamma := g.proj.forward(p)
	theta, half, _ := c.sector()
	best := math.Inf(1)
	if tx, ty, ok := m.inner(px, py, gamma, c); ok {
		best = pointResidual(g.lonLat(tx, ty), p, c)
		if best == 0 {
			return 0
		}
	}
	bd := band{a: c.MinM, b: c.MaxM}
	w := newWedge(theta, half)
	h := m.halfDiagonal()
	sin, cos := math.Sincos(gamma * deg)
	type ranked struct {
		lower float64
		k     int
	}
	var rs []ranked
	for _, k := range m.boundary(1) {
		vx, vy := px-g.x(k%g.nx), py-g.y(k/g.nx)
		vx, vy = vx*cos-vy*sin, vy*cos+vx*sin // to true north at p
		d := math.Hypot(vx, vy)
		// The plane and the rotation are off by a few per cent of d at most.
		rs = append(rs, ranked{lower: pointExcess(vx, vy, bd, w) - 0.05*d - 100 - h, k: k})
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		return cmp.Compare(a.lower, b.lower)
	})
	for _, rk := range rs {
		if rk.lower > best {
			break
		}
		q := g.lonLat(g.x(rk.k%g.nx), g.y(rk.k/g.nx))
		best = min(best, max(0, pointResidual(q, p, c)-h))
		if best == 0 {
			break
		}
	}
	return best
}

// DistanceToArea returns the geodesic distance in metres from p to the
// nearest point of area ([lon, lat] degrees, as for Anchor.Area) and that
// point; 0 and p itself when p lies inside area (in the lon/lat plane, as
// Residual decides it). An empty area gives +Inf and p.
func DistanceToArea(p orb.Point, area orb.MultiPolygon) (metres float64, nearest orb.Point) {
	if planar.MultiPolygonContains(area, p) {
		return 0, p
	}
	return DistanceToLine(p, areaRings(area))
}

// areaRings returns the rings of an area as closed line strings.
func areaRings(mp orb.MultiPolygon) orb.MultiLineString {
	var out orb.MultiLineString
	for _, poly := range mp {
		for _, ring := range poly {
			if len(ring) == 0 {
				continue
			}
			ls := orb.LineString(ring)
			if ring[0] != ring[len(ring)-1] {
				ls = append(slices.Clip(ls), ring[0])
			}
			out = append(out, ls)
		}
	}
	return out
}

// tolerance returns the metres that count as one unit of violation when
// the constraints cannot all hold (see Solve): half the allowed width of
// distances, at least 1 km; for a constraint with no upper bound, a tenth
// of MinM, at least 1 km.
func (c Constraint) tolerance() float64 {
	if math.IsInf(c.MaxM, 1) {
		return max(1000, c.MinM/10)
	}
	return max(1000, (c.MaxM-c.MinM)/2)
}
