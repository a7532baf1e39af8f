package geo

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// MaxReachM is the largest distance in metres Solve handles: 5,000 km for
// a stated distance, and one and a half times that for the reach of the
// bounding constraints from the centre of the azimuthal equidistant plane
// it works in. Beyond that the plane's distortion grows past what its grid can
// trace, and near the antipode the plane folds; relative descriptions of
// places are far shorter. Constraint.Residual has no such limit.
const MaxReachM = 5e6

// Errors returned by Solve.
var (
	// ErrNoConstraints is returned when there is nothing to solve.
	ErrNoConstraints = errors.New("geo: no constraints")
	// ErrUnbounded is returned when no constraint bounds the region: none
	// is measured from a Point or Region anchor with a finite MaxM (a line
	// or an area alone allows a band or a surface too large to grid).
	ErrUnbounded = errors.New("geo: region is unbounded: no point or region anchor with a finite maximum distance")
	// ErrTooFar is returned when a constraint states a distance beyond
	// MaxReachM, or the bounding constraints reach more than 1.5 times that
	// from the projection's centre (anchors on opposite sides of the world).
	ErrTooFar = errors.New("geo: distances beyond 5,000 km are not solved")
)

// DefaultMaxCells is the grid size Solve uses when Options.MaxCells is 0.
const DefaultMaxCells = 25000

// Options tune Solve. The zero value gives the defaults.
type Options struct {
	// CellM is the side of a grid cell in metres; 0 chooses it from the
	// constraints: a thirtieth of the narrowest distance band or sector
	// chord, and at least twenty cells across the region (so a 2–5 km band
	// gets 100 m cells, a 280–320 km one 1.3 km cells). MaxCells takes
	// precedence: cells grow until the grid fits.
	CellM float64
	// MaxCells caps the number of grid cells; 0 means DefaultMaxCells.
	MaxCells int
}

// Solve finds the points that satisfy every constraint in cs.
//
// It grids the plane of an azimuthal equidistant projection centred on the
// box that the Point and Region anchors with a finite MaxM leave possible
// (their annuli or annular sectors intersected), evaluates each constraint
// at every cell as a margin in metres, and traces the cells where all
// margins are >= 0 into polygons. Distances and azimuths from point anchors
// are exact up to a bilinear interpolation error below a metre; distances
// to lines and areas are planar in the projection, within 0.1% up to 500 km
// from its centre. A distance band narrower than two cells, or a sector
// narrower than two cells at its far end, is widened to two cells so that
// it still holds cell centres. Every residual Solve reports is then
// measured again with geodesics (Constraint.Residual), so a point on the
// region's edge may miss a constraint by up to about a cell.
//
// Each separate part of the region is a Candidate. Its weight is the sum
// over its cells of a likelihood that is the product, over the constraints,
// of a Gaussian in distance peaking at NominalM (sigma half the allowed
// width; flat without a nominal) and a Gaussian in azimuth peaking at the
// sector's centre (sigma its half-width). Region anchors are measured from
// their best point for this purpose. A candidate's Point is the
// likelihood-weighted centroid of its cells, moved to the nearest allowed
// cell centre of the part when the centroid falls outside it. Candidates
// are ordered by weight and the Region's Point is that of the first.
//
// When no cell satisfies every constraint, the Region is not Feasible: its
// Point is the best compromise, the cell centre that minimises the sum over
// the constraints of each one's residual divided by its tolerance (half its
// allowed width, at least 1 km; for an open-ended MinM, a tenth of MinM,
// at least 1 km), plus a ten-thousandth of the squares of those ratios,
// which only breaks ties: the most tolerant constraints give way first. It
// is searched on a coarse grid spanning all the bounding constraints, then
// on a fine one around the best coarse cell. The Region's Shape is empty
// and its Residuals show which constraints fail and by how much.
//
// Solve returns ErrNoConstraints for an empty cs, ErrUnbounded when no
// constraint bounds the region, and an error wrapping ErrInvalidConstraint
// for a constraint that fails Validate.
func Solve(cs []Constraint, opt Options) (*Region, error) {
	if len(cs) == 0 {
		return nil, ErrNoConstraints
	}
	for i, c := range cs {
		if err := c.Validate(); err != nil {
			return nil, fmt.Errorf("geo: constraint %d: %w", i, err)
		}
	}
	for i, c := range cs {
		if c.MinM > MaxReachM || c.NominalM > MaxReachM || c.MaxM > MaxReachM && !math.IsInf(c.MaxM, 1) {
			return nil, fmt.Errorf("geo: constraint %d: %w", i, ErrTooFar)
		}
	}
	maxCells := opt.MaxCells
	if maxCells <= 0 {
		maxCells = DefaultMaxCells
	}
	proj, inter, union, err := frame(cs)
	if err != nil {
		return nil, err
	}
	if max(-union.x0, union.x1, -union.y0, union.y1) > 1.5*MaxReachM {
		return nil, ErrTooFar
	}
	var r *Region
	if b := prune(proj, inter, cs); !b.empty() {
		cell := cellSize(cs, b, opt.CellM, maxCells)
		g := newGrid(proj, b.grow(cell), cell)
		fs, f := evaluate(g, cs)
		if slices.ContainsFunc(f, func(v float64) bool { return v >= 0 }) {
			r = feasible(g, f, fs)
		}
	}
	if r == nil {
		r = compromise(proj, reachLines(proj, union, cs), cs, opt.CellM, maxCells)
	}
	r.Residuals = make([]float64, len(cs))
	for i, c := range cs {
		r.Residuals[i] = c.Residual(r.Point)
	}
	return r, nil
}

// frame chooses the projection to grid in and returns, in its plane, the
// intersection and the union of the boxes of the bounding constraints.
func frame(cs []Constraint) (proj Projection, inter, union box, err error) {
	first, tightest := -1, math.Inf(1)
	for i, c := range cs {
		if c.bounds() && c.MaxM < tightest {
			first, tightest = i, c.MaxM
		}
	}
	if first < 0 {
		return proj, inter, union, ErrUnbounded
	}
	// A first frame at the tightest anchor, then one centred on the box
	// that the bounding constraints leave, where the plane is most true.
	proj = NewProjection(cs[first].anchorPoint())
	for range 2 {
		inter, union = box{-math.MaxFloat64, -math.MaxFloat64, math.MaxFloat64, math.MaxFloat64}, emptyBox
		for _, c := range cs {
			if c.bounds() {
				b := boundBox(c, proj)
				inter, union = inter.intersect(b), union.union(b)
			}
		}
		mid := union
		if !inter.empty() {
			mid = inter
		}
		lon, lat, _ := proj.inverse((mid.x0+mid.x1)/2, (mid.y0+mid.y1)/2)
		centre := orb.Point{normLon(lon), lat}
		if proj.centre == centre {
			break
		}
		proj = NewProjection(centre)
	}
	return proj, inter, union, nil
}

// bounds reports whether c confines the subject to a bounded set.
func (c Constraint) bounds() bool {
	return (c.Anchor.Point != nil || c.Anchor.Region != nil || c.Anchor.Foci != nil) && !math.IsInf(c.MaxM, 1)
}

// anchorPoint returns a point anchor's position, a region anchor's best
// point or the midpoint of foci.
func (c Constraint) anchorPoint() orb.Point {
	if c.Anchor.Point != nil {
		return *c.Anchor.Point
	}
	if c.Anchor.Foci != nil {
		return c.Anchor.Foci.Midpoint()
	}
	return c.Anchor.Region.Point
}

// boundBox returns a box of proj's plane holding every point that a
// bounding constraint allows.
func boundBox(c Constraint, proj Projection) box {
	theta, half, _ := c.sector()
	if f := c.Anchor.Foci; f != nil {
		// The ellipse lies within its semi-major axis of the midpoint.
		c = Constraint{Anchor: Anchor{Point: new(f.Midpoint())}, MaxM: f.semiMajor(c.MaxM)}
		theta, half = 0, 180
	}
	apex := emptyBox
	var gamma float64
	if m := regionCells(c); m != nil {
		rg := m.g
		const k = 4
		for a := 0; a <= k; a++ {
			for b := 0; b <= k; b++ {
				if a != 0 && a != k && b != 0 && b != k {
					continue
				}
				x := rg.x(m.i0) + float64(a)/k*(rg.x(m.i1)-rg.x(m.i0))
				y := rg.y(m.j0) + float64(b)/k*(rg.y(m.j1)-rg.y(m.j0))
				px, py, _ := proj.forward(rg.lonLat(x, y))
				apex = apex.add(px, py)
			}
		}
		// The region's box edges bow slightly in this plane.
		apex = apex.grow(0.01*max(apex.w(), apex.h()) + rg.cell)
		_, _, gamma = proj.forward(c.Anchor.Region.Point)
	} else {
		var x, y float64
		x, y, gamma = proj.forward(c.anchorPoint())
		apex = apex.add(x, y)
	}
	s := sectorBox(c.MinM, c.MaxM, theta+gamma, half)
	// Distances away from the projection centre stretch by (ρ/R)²/6, and
	// directions turn slightly: a generous margin.
	rho := math.Hypot(max(math.Abs(apex.x0), math.Abs(apex.x1)), max(math.Abs(apex.y0), math.Abs(apex.y1))) + c.MaxM
	margin := c.MaxM*(rho/wgs84A)*(rho/wgs84A) + 0.002*c.MaxM + 1
	return box{apex.x0 + s.x0, apex.y0 + s.y0, apex.x1 + s.x1, apex.y1 + s.y1}.grow(margin)
}

// coarseCells is the size of the coarse grids that narrow the search
// before the fine grid is laid out.
const coarseCells = 4096

// prune shrinks the box b to the part where the point anchors' constraints
// may all hold, found on a coarse grid: their margins change by at most a
// metre per metre, so a coarse cell whose centre misses them by more than
// its half-diagonal holds no allowed point. The boxes of annular sectors
// are much larger than their intersections, which this recovers. It
// returns an empty box when no point can satisfy them.
func prune(proj Projection, b box, cs []Constraint) box {
	if b.empty() {
		return b
	}
	var points []int
	for i, c := range cs {
		if c.Anchor.Point != nil {
			points = append(points, i)
		}
	}
	cell := math.Sqrt(max(b.w(), 1) * max(b.h(), 1) / coarseCells)
	if len(points) == 0 || cell < 1 {
		return b
	}
	g := newGrid(proj, b, cell)
	f := make([]float64, g.n())
	for k := range f {
		f[k] = math.Inf(1)
	}
	for _, i := range points {
		newPointField(g, *cs[i].Anchor.Point, cs[i]).apply(f)
	}
	out := emptyBox
	for k, v := range f {
		if v >= -0.75*cell {
			out = out.add(g.x(k%g.nx), g.y(k/g.nx))
		}
	}
	if out.empty() {
		return out
	}
	return out.grow(cell).intersect(b)
}

// regionCells returns the cells of c's Region anchor, or nil.
func regionCells(c Constraint) *cellMask {
	if c.Anchor.Region == nil {
		return nil
	}
	return c.Anchor.Region.cells
}

// fields returns each constraint evaluated over g. When f is not nil it
// also applies them to f: the point anchors' first, since they are cheap,
// and then the others only at the cells that the point anchors leave
// possibly allowed, which saves most of their cost.
func fields(g *grid, cs []Constraint, f []float64) []field {
	fs := make([]field, len(cs))
	for i, c := range cs {
		if c.Anchor.Point != nil {
			fs[i] = newPointField(g, *c.Anchor.Point, c)
			if f != nil {
				fs[i].apply(f)
			}
		}
	}
	var act []bool
	if f != nil {
		act = make([]bool, len(f))
		for k, v := range f {
			act[k] = v >= -inactiveCells*g.cell
		}
	}
	for i, c := range cs {
		switch {
		case c.Anchor.Point != nil:
			continue
		case c.Anchor.Region != nil:
			fs[i] = newRegionField(g, c.Anchor.Region, c, act)
		case c.Anchor.Foci != nil:
			fs[i] = newFociField(g, *c.Anchor.Foci, c)
		default:
			fs[i] = newLineField(g, c, act, f == nil)
		}
		if f != nil {
			fs[i].apply(f)
		}
	}
	return fs
}

// inactiveCells is the margin, in cells, below which a cell stays outside
// the region whatever the other constraints say: the margins change by at
// most a cell from cell to cell, so neither it nor its neighbours are
// allowed, and the outline's interpolation does not use it.
const inactiveCells = 1.5

// evaluate returns the constraints evaluated over g and their smallest
// margin at every cell; the padding ring is negative.
func evaluate(g *grid, cs []Constraint) ([]field, []float64) {
	f := make([]float64, g.n())
	for k := range f {
		f[k] = math.Inf(1)
	}
	fs := fields(g, cs, f)
	pad := -g.cell / 2
	for i := 0; i < g.nx; i++ {
		f[i] = min(f[i], pad)
		f[(g.ny-1)*g.nx+i] = min(f[(g.ny-1)*g.nx+i], pad)
	}
	for j := 0; j < g.ny; j++ {
		f[j*g.nx] = min(f[j*g.nx], pad)
		f[j*g.nx+g.nx-1] = min(f[j*g.nx+g.nx-1], pad)
	}
	return fs, f
}

// feasible builds the Region of the allowed cells of g (f >= 0), ranking
// its parts with the likelihood of the fields fs.
func feasible(g *grid, f []float64, fs []field) *Region {
	ct := newContour(g, f)
	// The likelihood is smooth: in large parts every other cell of every
	// other row is enough, weighted four times.
	size := make([]int, ct.comps)
	for _, l := range ct.label {
		if l >= 0 {
			size[l]++
		}
	}
	sel := slices.Clone(ct.label)
	for j := 0; j < g.ny; j++ {
		row := sel[j*g.nx : (j+1)*g.nx]
		for i, l := range row {
			if l >= 0 && size[l] >= 256 && (i%2 == 1 || j%2 == 1) {
				row[i] = -1
			}
		}
	}
	ll := make([]float64, g.n())
	for _, fd := range fs {
		fd.addLogLik(ll, sel)
	}
	llMax := math.Inf(-1)
	for k, l := range sel {
		if l >= 0 {
			llMax = max(llMax, ll[k])
		}
	}
	type acc struct{ w, x, y float64 }
	sums := make([]acc, ct.comps)
	total := 0.0
	for k, l := range sel {
		if l < 0 {
			continue
		}
		w := math.Exp(ll[k] - llMax)
		if size[l] >= 256 {
			w *= 4
		}
		s := &sums[l]
		s.w += w
		s.x += w * g.x(k%g.nx)
		s.y += w * g.y(k/g.nx)
		total += w
	}
	r := &Region{Feasible: true, CellM: g.cell, cells: ct.mask()}
	for comp, s := range sums {
		cx, cy := s.x/s.w, s.y/s.w
		if !ct.holds(comp, cx, cy) {
			cx, cy = ct.nearestCell(comp, cx, cy)
		}
		cand := Candidate{Point: g.lonLat(cx, cy), Weight: s.w / total}
		cand.Point[0] = normLon(cand.Point[0])
		tol := g.cell / 10
		simple := make([]ring, len(ct.shapes[comp]))
		for n, rg := range ct.shapes[comp] {
			simple[n] = simplifyRing(rg, tol)
		}
		cand.AreaKm2 = polygonPlaneAreaKm2(simple)
		for n, rg := range simple {
			out := g.outputRing(rg, n > 0)
			if out == nil {
				if n == 0 {
					break // the exterior vanished in rounding
				}
				continue
			}
			cand.Shape = append(cand.Shape, out)
		}
		r.Candidates = append(r.Candidates, cand)
	}
	slices.SortStableFunc(r.Candidates, func(a, b Candidate) int {
		switch {
		case a.Weight > b.Weight:
			return -1
		case a.Weight < b.Weight:
			return 1
		}
		return 0
	})
	for _, c := range r.Candidates {
		if len(c.Shape) > 0 {
			r.Shape = append(r.Shape, c.Shape)
			r.AreaKm2 += c.AreaKm2
		}
	}
	r.Point = r.Candidates[0].Point
	return r
}

// holds reports whether the plane point (x, y) lies in component comp: its
// nearest cell belongs to it and the field interpolated there is >= 0.
func (c *contour) holds(comp int, x, y float64) bool {
	g := c.g
	fx, fy := (x-g.x0)/g.cell, (y-g.y0)/g.cell
	i, j := int(math.Round(fx)), int(math.Round(fy))
	if i < 0 || j < 0 || i >= g.nx || j >= g.ny || c.label[j*g.nx+i] != int32(comp) {
		return false
	}
	i0, j0 := min(max(int(math.Floor(fx)), 0), g.nx-2), min(max(int(math.Floor(fy)), 0), g.ny-2)
	a, b := fx-float64(i0), fy-float64(j0)
	k := j0*g.nx + i0
	lo := c.f[k] + a*(c.f[k+1]-c.f[k])
	hi := c.f[k+g.nx] + a*(c.f[k+g.nx+1]-c.f[k+g.nx])
	return lo+b*(hi-lo) >= 0
}

// nearestCell returns the centre of the cell of component comp nearest to
// the plane point (x, y).
func (c *contour) nearestCell(comp int, x, y float64) (float64, float64) {
	g := c.g
	best, bx, by := math.Inf(1), x, y
	for k, l := range c.label {
		if l != int32(comp) {
			continue
		}
		cx, cy := g.x(k%g.nx), g.y(k/g.nx)
		if d := (cx-x)*(cx-x) + (cy-y)*(cy-y); d < best {
			best, bx, by = d, cx, cy
		}
	}
	return bx, by
}

// outputRing converts a plane ring to a closed lon/lat ring rounded to 6
// decimals, anticlockwise for an exterior and clockwise for a hole, or nil
// when fewer than three distinct points survive the rounding.
func (g *grid) outputRing(rg ring, hole bool) orb.Ring {
	out := make(orb.Ring, 0, len(rg)+1)
	for _, p := range rg {
		q := g.lonLat(p[0], p[1])
		q = orb.Point{round6(q[0]), round6(q[1])}
		if len(out) > 0 && out[len(out)-1] == q {
			continue
		}
		out = append(out, q)
	}
	for len(out) > 1 && out[0] == out[len(out)-1] {
		out = out[:len(out)-1]
	}
	if len(out) < 3 {
		return nil
	}
	out = append(out, out[0])
	if (out.Orientation() == orb.CW) != hole {
		out.Reverse()
	}
	return out
}

func round6(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// reachLines extends the box b, for the compromise search, to the point of
// each line or area anchor nearest to its centre.
func reachLines(proj Projection, b box, cs []Constraint) box {
	centre := proj.Inverse((b.x0+b.x1)/2, (b.y0+b.y1)/2)
	for _, c := range cs {
		var l orb.MultiLineString
		switch {
		case len(c.Anchor.Line) > 0:
			l = c.Anchor.Line
		case len(c.Anchor.Area) > 0:
			l = areaRings(c.Anchor.Area)
		default:
			continue
		}
		if d, q := DistanceToLine(centre, l); !math.IsInf(d, 1) {
			b = b.add(proj.Forward(q))
		}
	}
	return b
}

// compromise returns the infeasible Region: the cell that minimises the
// sum of the constraints' violations, each divided by its tolerance, found
// on a coarse grid over the union box of the bounding constraints, then on
// a fine grid around the best coarse cell.
func compromise(proj Projection, union box, cs []Constraint, cellM float64, maxCells int) *Region {
	coarse := math.Sqrt(max(union.w(), 1) * max(union.h(), 1) / coarseCells)
	g := newGrid(proj, union.grow(coarse), coarse)
	x, y := bestCompromise(g, cs)
	around := box{x, y, x, y}.grow(2 * coarse)
	cell := cellSize(cs, around, cellM, maxCells)
	if cell < coarse {
		g = newGrid(proj, around, cell)
		x, y = bestCompromise(g, cs)
	}
	p := g.lonLat(x, y)
	p[0] = normLon(p[0])
	return &Region{
		Point:      p,
		Candidates: []Candidate{{Point: p, Weight: 1}},
		CellM:      g.cell,
	}
}

// bestCompromise returns the centre of the cell of g with the smallest
// total violation.
func bestCompromise(g *grid, cs []Constraint) (x, y float64) {
	v := make([]float64, g.n())
	for i, fd := range fields(g, cs, nil) {
		fd.violation(v, cs[i].tolerance())
	}
	best, at := math.Inf(1), 0
	for j := 1; j < g.ny-1; j++ {
		for i := 1; i < g.nx-1; i++ {
			if k := j*g.nx + i; v[k] < best {
				best, at = v[k], k
			}
		}
	}
	return g.x(at % g.nx), g.y(at / g.nx)
}
