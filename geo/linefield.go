package geo

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// seg is a segment of the grid plane, metres, with its direction (dx, dy),
// length and the inverse of its squared length (0 for a point).
type seg struct{ ax, ay, bx, by, dx, dy, length, inv float64 }

func newSeg(ax, ay, bx, by float64) seg {
	s := seg{ax: ax, ay: ay, bx: bx, by: by, dx: bx - ax, dy: by - ay}
	if l2 := s.dx*s.dx + s.dy*s.dy; l2 > 0 {
		s.inv, s.length = 1/l2, math.Sqrt(l2)
	}
	return s
}

// dist2 returns the squared distance from (x, y) to s.
func (s *seg) dist2(x, y float64) float64 {
	u := min(max(((x-s.ax)*s.dx+(y-s.ay)*s.dy)*s.inv, 0), 1)
	ex, ey := s.ax+u*s.dx-x, s.ay+u*s.dy-y
	return ex*ex + ey*ey
}

// lineField is a constraint from a line (a border) or from an area (a
// country), whose boundary acts as the line and whose inside makes the
// distance negative. Only the part of the line within reach of the grid is
// used: it is carried to the grid plane, simplified to a fraction of a
// cell, and every cell learns its nearest segment by a distance transform
// that propagates segment labels (exact distances to the propagated
// segments, two raster passes), so the cost grows with the cells, not with
// cells times segments.
type lineField struct {
	g      *grid
	c      Constraint
	area   bool
	segs   []seg
	runOf  []int32   // per segment: the run of consecutive segments it belongs to
	dist   []float64 // per cell: metres to the line, negative inside an area
	near   []int32   // per cell: nearest segment, -1 when none within reach
	reach  float64   // distances beyond reach are reported as reach
	band   band
	wedge  wedge
	dgauss gauss
	agauss gauss
}

// newLineField evaluates c from a line or area over g; distances are
// exact only at the cells where act is true (all when act is nil). Beyond
// the constraint's own distances (plus a few cells) distances are capped,
// unless far is set: then the cap is twice the grid's diagonal, so that
// violations still grow towards a line that no cell can satisfy.
func newLineField(g *grid, c Constraint, act []bool, far bool) *lineField {
	lf := &lineField{g: g, c: c, area: len(c.Anchor.Area) > 0}
	lines := c.Anchor.Line
	if lf.area {
		lines = areaRings(c.Anchor.Area)
	}
	az, h, _ := c.sector()
	lf.band, lf.wedge = newBand(c, g.cell), newWedge(az, h).widen(g.cell, c.MaxM)
	if lf.area && c.MinM == 0 {
		lf.band.narrow = false // "inside" is not a thin band
	}
	lf.dgauss, lf.agauss = distanceGauss(c, g.cell), angleGauss(c)
	lf.reach = c.MinM + 4*g.cell
	if !math.IsInf(c.MaxM, 1) {
		lf.reach = max(lf.reach, c.MaxM+4*g.cell)
	}
	lf.reach = max(lf.reach, c.NominalM+4*g.cell)
	if far {
		e := g.extent()
		lf.reach = max(lf.reach, 2*math.Hypot(e.w(), e.h()))
	}
	lf.segs, lf.runOf = lf.planeSegments(lines)
	lf.transform(act)
	if lf.area {
		lf.sign(c.Anchor.Area)
	}
	return lf
}

// planeSegments selects the segments of lines that may come within reach
// of the grid and returns them in the grid plane, simplified, with the run
// of consecutive segments each belongs to.
func (lf *lineField) planeSegments(lines orb.MultiLineString) ([]seg, []int32) {
	g := lf.g
	e := g.extent().grow(lf.reach + g.cell)
	// The lon/lat rectangle around e, from points along its edges.
	clon := g.proj.centre[0]
	ll := orb.Bound{Min: orb.Point{math.Inf(1), math.Inf(1)}, Max: orb.Point{math.Inf(-1), math.Inf(-1)}}
	const k = 8
	for n := 0; n <= k; n++ {
		t := float64(n) / k
		for _, xy := range [4][2]float64{
			{e.x0 + t*e.w(), e.y0}, {e.x0 + t*e.w(), e.y1}, {e.x0, e.y0 + t*e.h()}, {e.x1, e.y0 + t*e.h()},
		} {
			lon, lat, _ := g.proj.inverse(xy[0], xy[1])
			ll = ll.Extend(orb.Point{lon, lat})
		}
	}
	pad := 0.1*max(ll.Max[0]-ll.Min[0], ll.Max[1]-ll.Min[1]) + 0.01
	ll.Min = orb.Point{ll.Min[0] - pad, max(ll.Min[1]-pad, -90)}
	ll.Max = orb.Point{ll.Max[0] + pad, min(ll.Max[1]+pad, 90)}
	if ll.Max[1] >= 89 || ll.Min[1] <= -89 {
		ll.Min[0], ll.Max[0] = clon-180, clon+180
	}

	// Runs of consecutive vertices whose segments touch the rectangle;
	// long geodesic segments are split first, as they bow away from the
	// straight line between their ends.
	var runs [][]orb.Point
	for _, ls := range lines {
		var run []orb.Point
		flush := func() {
			if len(run) > 0 {
				runs = append(runs, run)
				run = nil
			}
		}
		if len(ls) == 1 {
			ls = orb.LineString{ls[0], ls[0]}
		}
		for i := 0; i+1 < len(ls); i++ {
			a := orb.Point{unwrapLon(ls[i][0], clon), ls[i][1]}
			b := orb.Point{unwrapLon(ls[i+1][0], a[0]), ls[i+1][1]}
			// Long geodesic segments bow away from the straight line
			// between their ends: split them first.
			pieces := []orb.Point{a, b}
			if dlat, dlon := (b[1]-a[1])*111.7e3, (b[0]-a[0])*111.4e3; dlat*dlat+dlon*dlon > longSegM*longSegM {
				pieces = densify(a, b)
			}
			for n := 0; n+1 < len(pieces); n++ {
				a, b := pieces[n], pieces[n+1]
				if max(a[0], b[0]) < ll.Min[0] || min(a[0], b[0]) > ll.Max[0] || max(a[1], b[1]) < ll.Min[1] || min(a[1], b[1]) > ll.Max[1] {
					flush()
					continue
				}
				if len(run) == 0 {
					run = append(run, a)
				}
				run = append(run, b)
			}
		}
		flush()
	}
	if len(runs) == 0 {
		return nil, nil
	}

	// Carry the vertices to the plane: exactly when they are few, through
	// a lon/lat warp otherwise.
	count := 0
	vb := orb.Bound{Min: runs[0][0], Max: runs[0][0]}
	for _, r := range runs {
		count += len(r)
		for _, p := range r {
			vb = vb.Extend(p)
		}
	}
	var pw warp
	exact := count <= 64
	if !exact {
		pw = g.planeWarp(vb)
	}
	tol := g.cell / 8
	var segs []seg
	var runOf []int32
	var xs, ys []float64
	for ri, r := range runs {
		xs, ys = xs[:0], ys[:0]
		for _, p := range r {
			var x, y float64
			if exact {
				x, y, _ = g.proj.forward(p)
			} else {
				x, y = pw.at2(p[0], p[1])
			}
			xs, ys = append(xs, x), append(ys, y)
		}
		keep := thin(xs, ys, tol)
		for n := 0; n+1 < len(keep); n++ {
			a, b := keep[n], keep[n+1]
			s := newSeg(xs[a], ys[a], xs[b], ys[b])
			if max(s.ax, s.bx) < e.x0 || min(s.ax, s.bx) > e.x1 || max(s.ay, s.by) < e.y0 || min(s.ay, s.by) > e.y1 {
				// A gap: the segments after it get a run number of
				// their own (runs are numbered modulo len(runs)).
				ri += len(runs)
				continue
			}
			segs = append(segs, s)
			runOf = append(runOf, int32(ri))
		}
	}
	return segs, runOf
}

// longSegM is the length above which a geodesic segment is split before
// it is treated as straight, in lon/lat and in the plane.
const longSegM = 50e3

// densify returns the geodesic segment a→b ([lon, lat], b's longitude
// unwrapped near a's) as points no more than longSegM apart, with a and b.
func densify(a, b orb.Point) []orb.Point {
	s, azi, _ := Inverse(a, b)
	n := max(int(math.Ceil(s/longSegM)), 1)
	out := make([]orb.Point, 0, n+1)
	out = append(out, a)
	for k := 1; k < n; k++ {
		p := Destination(a, azi, s*float64(k)/float64(n))
		out = append(out, orb.Point{unwrapLon(p[0], a[0]), p[1]})
	}
	return append(out, b)
}

// thin returns the indices of the vertices of the polyline (xs, ys) kept
// when each vertex closer than tol metres to the last kept one is dropped;
// the first and last are always kept. The thinned line stays within about
// tol of the original, in time linear in its length.
func thin(xs, ys []float64, tol float64) []int {
	keep := make([]int, 0, len(xs))
	tol2 := tol * tol
	for i := range xs {
		if i > 0 && i < len(xs)-1 {
			k := keep[len(keep)-1]
			if dx, dy := xs[i]-xs[k], ys[i]-ys[k]; dx*dx+dy*dy < tol2 {
				continue
			}
		}
		keep = append(keep, i)
	}
	return keep
}

// transform computes every cell's nearest segment and distance to it, in
// two levels: a coarse lattice over the grid and its surroundings within
// reach, so that segments beyond the grid's edge are found, then the grid
// itself, each cell starting from the label of the nearest coarse node.
func (lf *lineField) transform(act []bool) {
	g := lf.g
	e := g.extent().grow(lf.reach + g.cell)
	step := max(g.cell, math.Sqrt(e.w()*e.h()/coarseNodes))
	coarse := newLabelGrid(e.x0, e.y0, step, int(math.Ceil(e.w()/step))+1, int(math.Ceil(e.h()/step))+1)
	coarse.seed(lf.segs)
	coarse.propagate(lf.segs, true)

	fine := newLabelGrid(g.x0, g.y0, g.cell, g.nx, g.ny)
	fine.active = act
	for j := 0; j < g.ny; j++ {
		y := g.y(j)
		cj := min(max(int(math.Round((y-coarse.y0)/coarse.step)), 0), coarse.ny-1)
		for i := 0; i < g.nx; i++ {
			x := g.x(i)
			ci := min(max(int(math.Round((x-coarse.x0)/coarse.step)), 0), coarse.nx-1)
			fine.try(j*g.nx+i, x, y, coarse.near[cj*coarse.nx+ci], lf.segs)
		}
	}
	// Where the line lies beyond the grid, its labels enter through the
	// border cells: there the coarse label is refined by searching the
	// segments along the line around it, as far as the coarse spacing.
	border := func(i, j int) {
		k := j*g.nx + i
		l := fine.near[k]
		if l < 0 || (act != nil && !act[k]) {
			return
		}
		x, y := g.x(i), g.y(j)
		for _, dir := range [2]int{-1, 1} {
			walked := 0.0
			for n := int(l) + dir; n >= 0 && n < len(lf.segs) && lf.runOf[n] == lf.runOf[l] && walked < 1.5*coarse.step; n += dir {
				fine.try(k, x, y, int32(n), lf.segs)
				walked += lf.segs[n].length
			}
		}
	}
	for i := 0; i < g.nx; i++ {
		border(i, 0)
		border(i, g.ny-1)
	}
	for j := 1; j < g.ny-1; j++ {
		border(0, j)
		border(g.nx-1, j)
	}
	fine.seed(lf.segs)
	fine.propagate(lf.segs, true)
	for k, d2 := range fine.d2 {
		fine.d2[k] = min(math.Sqrt(d2), lf.reach)
	}
	lf.dist, lf.near = fine.d2, fine.near
}

// coarseNodes is the size of the coarse lattice of lineField.transform.
const coarseNodes = 2048

// labelGrid holds, for each node of a lattice, the nearest segment found
// so far and the squared distance to it.
type labelGrid struct {
	x0, y0, step float64
	nx, ny       int
	d2           []float64
	near         []int32
	active       []bool // nodes to label; nil for all
}

func newLabelGrid(x0, y0, step float64, nx, ny int) *labelGrid {
	nx, ny = max(nx, 2), max(ny, 2)
	lg := &labelGrid{x0: x0, y0: y0, step: step, nx: nx, ny: ny, d2: make([]float64, nx*ny), near: make([]int32, nx*ny)}
	for k := range lg.d2 {
		lg.d2[k] = math.Inf(1)
		lg.near[k] = -1
	}
	return lg
}

// try makes segment l the nearest of node k, at (x, y), if it is nearer.
func (lg *labelGrid) try(k int, x, y float64, l int32, segs []seg) {
	if l < 0 || l == lg.near[k] || (lg.active != nil && !lg.active[k]) {
		return
	}
	if d := segs[l].dist2(x, y); d < lg.d2[k] {
		lg.d2[k], lg.near[k] = d, l
	}
}

func (lg *labelGrid) x(i int) float64 { return lg.x0 + float64(i)*lg.step }
func (lg *labelGrid) y(j int) float64 { return lg.y0 + float64(j)*lg.step }

// seed offers each segment to the four nodes around the middle of each
// piece of it no longer than the node spacing.
func (lg *labelGrid) seed(segs []seg) {
	for l, s := range segs {
		length := math.Hypot(s.bx-s.ax, s.by-s.ay)
		pieces := max(int(math.Ceil(length/lg.step)), 1)
		for q := 0; q < pieces; q++ {
			t := (float64(q) + 0.5) / float64(pieces)
			fx := (s.ax + t*(s.bx-s.ax) - lg.x0) / lg.step
			fy := (s.ay + t*(s.by-s.ay) - lg.y0) / lg.step
			if fx < -1 || fy < -1 || fx > float64(lg.nx) || fy > float64(lg.ny) {
				continue
			}
			i0, j0 := int(math.Floor(fx)), int(math.Floor(fy))
			for j := max(j0, 0); j <= min(j0+1, lg.ny-1); j++ {
				for i := max(i0, 0); i <= min(i0+1, lg.nx-1); i++ {
					lg.try(j*lg.nx+i, lg.x(i), lg.y(j), int32(l), segs)
				}
			}
		}
	}
}

// propagate passes labels between neighbours: a forward and a backward
// raster pass, each trying the labels of the neighbours already visited
// (the four direct ones, and the diagonals if asked).
// The nearest point of a line to a node is also the nearest to every point
// on the way to it, so labels travel along straight paths.
func (lg *labelGrid) propagate(segs []seg, diagonals bool) {
	nx, ny := lg.nx, lg.ny
	near, d2, act := lg.near, lg.d2, lg.active
	// offer tries the labels of the neighbours at the offsets nbs.
	offer := func(k int, x, y float64, nbs []int) {
		if act != nil && !act[k] {
			return
		}
		cur := near[k]
		for _, o := range nbs {
			l := near[k+o]
			if l < 0 || l == cur {
				continue
			}
			if d := segs[l].dist2(x, y); d < d2[k] {
				d2[k], near[k], cur = d, l, l
			}
		}
	}
	var nbs [4]int
	for j := 0; j < ny; j++ {
		y := lg.y(j)
		for i := 0; i < nx; i++ {
			n := 0
			if i > 0 {
				nbs[n] = -1
				n++
			}
			if j > 0 {
				nbs[n] = -nx
				n++
				if diagonals && i > 0 {
					nbs[n] = -nx - 1
					n++
				}
				if diagonals && i < nx-1 {
					nbs[n] = -nx + 1
					n++
				}
			}
			offer(j*nx+i, lg.x(i), y, nbs[:n])
		}
		for i := nx - 2; i >= 0; i-- {
			offer(j*nx+i, lg.x(i), y, []int{1})
		}
	}
	for j := ny - 1; j >= 0; j-- {
		y := lg.y(j)
		for i := nx - 1; i >= 0; i-- {
			n := 0
			if i < nx-1 {
				nbs[n] = 1
				n++
			}
			if j < ny-1 {
				nbs[n] = nx
				n++
				if diagonals && i < nx-1 {
					nbs[n] = nx + 1
					n++
				}
				if diagonals && i > 0 {
					nbs[n] = nx - 1
					n++
				}
			}
			offer(j*nx+i, lg.x(i), y, nbs[:n])
		}
		for i := 1; i < nx; i++ {
			offer(j*nx+i, lg.x(i), y, []int{-1})
		}
	}
}

// sign makes the distance negative at cells inside the area, by counting
// boundary crossings from a reference cell whose side is known from an
// exact point-in-polygon test: up the west column, then along each row.
func (lf *lineField) sign(area orb.MultiPolygon) {
	g := lf.g
	nx, ny := g.nx, g.ny
	// The reference is the west corner cell farther from the boundary,
	// so that simplifying the boundary cannot move it across.
	clear := func(x, y float64) float64 {
		d := math.Inf(1)
		for n := range lf.segs {
			d = min(d, lf.segs[n].dist2(x, y))
		}
		return d
	}
	ref := 0
	if clear(g.x(0), g.y(ny-1)) > clear(g.x(0), g.y(0)) {
		ref = ny - 1
	}
	in := planar.MultiPolygonContains(area, orb.Point(g.lonLat(g.x(0), g.y(ref))))
	// Crossings of the west column's line, bottom to top: the side flips
	// at each between consecutive cells.
	x := g.x(0)
	var cross []float64
	for _, s := range lf.segs {
		if (s.ax > x) != (s.bx > x) {
			cross = append(cross, s.ay+(x-s.ax)*(s.by-s.ay)/(s.bx-s.ax))
		}
	}
	slices.Sort(cross)
	between := func(ya, yb float64) int { // crossings with ya < y <= yb
		lo, _ := slices.BinarySearch(cross, math.Nextafter(ya, math.Inf(1)))
		hi, _ := slices.BinarySearch(cross, math.Nextafter(yb, math.Inf(1)))
		return hi - lo
	}
	col := make([]bool, ny)
	col[ref] = in
	for j := ref + 1; j < ny; j++ {
		col[j] = col[j-1] != (between(g.y(j-1), g.y(j))%2 == 1)
	}
	for j := ref - 1; j >= 0; j-- {
		col[j] = col[j+1] != (between(g.y(j), g.y(j+1))%2 == 1)
	}
	// Crossings of every row, bucketed by row.
	count := make([]int, ny+1)
	forRows := func(s seg, f func(j int, x float64)) {
		lo, hi := min(s.ay, s.by), max(s.ay, s.by)
		j0 := max(int(math.Ceil((lo-g.y0)/g.cell)), 0)
		j1 := min(int(math.Floor((hi-g.y0)/g.cell)), ny-1)
		for j := j0; j <= j1; j++ {
			y := g.y(j)
			if (s.ay > y) == (s.by > y) {
				continue
			}
			f(j, s.ax+(y-s.ay)*(s.bx-s.ax)/(s.by-s.ay))
		}
	}
	for _, s := range lf.segs {
		forRows(s, func(j int, _ float64) { count[j+1]++ })
	}
	for j := 1; j <= ny; j++ {
		count[j] += count[j-1]
	}
	xs := make([]float64, count[ny])
	fill := slices.Clone(count[:ny])
	for _, s := range lf.segs {
		forRows(s, func(j int, x float64) { xs[fill[j]] = x; fill[j]++ })
	}
	for j := 0; j < ny; j++ {
		row := xs[count[j]:count[j+1]]
		slices.Sort(row)
		inside := col[j]
		c := 0
		for c < len(row) && row[c] <= x {
			c++
		}
		for i := 0; i < nx; i++ {
			xi := g.x(i)
			for c < len(row) && row[c] <= xi {
				inside = !inside
				c++
			}
			if inside {
				lf.dist[j*nx+i] = -lf.dist[j*nx+i]
			}
		}
	}
}

// footVector returns the vector in the grid plane from the nearest point of
// the line to the centre of cell k, rotated to true north at the cell.
func (lf *lineField) footVector(k int) (vx, vy float64) {
	g := lf.g
	l := lf.near[k]
	x, y := g.x(k%g.nx), g.y(k/g.nx)
	if l < 0 {
		return 0, 0
	}
	s := lf.segs[l]
	_, u := segDist2(x, y, s.ax, s.ay, s.bx, s.by)
	vx, vy = x-(s.ax+u*(s.bx-s.ax)), y-(s.ay+u*(s.by-s.ay))
	var out [3]float64
	g.geo.at(x, y, out[:])
	sin, cos := math.Sincos(out[2] * deg)
	return vx*cos - vy*sin, vy*cos + vx*sin
}

// signed returns the distance of cell k as the constraint measures it:
// to the line, or to the area (negative inside).
func (lf *lineField) margin(k int) float64 {
	d := lf.dist[k]
	var m float64
	switch {
	case lf.area && !lf.band.narrow:
		m = lf.band.b - d
		if lf.band.a > 0 {
			m = min(m, d-lf.band.a)
		}
	default:
		m = lf.band.margin(d)
	}
	if lf.wedge.on && d > 0 {
		vx, vy := lf.footVector(k)
		m = min(m, lf.wedge.margin(vx, vy))
	}
	return m
}

func (lf *lineField) apply(f []float64) {
	skip := -inactiveCells * lf.g.cell
	for k := range f {
		if f[k] < skip {
			continue
		}
		if m := lf.margin(k); m < f[k] {
			f[k] = m
		}
	}
}

func (lf *lineField) violation(v []float64, scale float64) {
	for k := range v {
		d := lf.dist[k]
		e := max(0, d-lf.band.b)
		if lf.band.a > 0 {
			e = max(e, lf.band.a-d)
		}
		if lf.wedge.on && d > 0 {
			vx, vy := lf.footVector(k)
			if out := math.Abs(AngleDiff(math.Atan2(vx, vy)/deg, lf.wedge.az)) - lf.wedge.h; out > 0 {
				e = max(e, d*math.Sin(min(out, 90)*deg))
			}
		}
		v[k] += penalty(e / scale)
	}
}

func (lf *lineField) addLogLik(ll []float64, label []int32) {
	if !lf.dgauss.on && !lf.agauss.on {
		return
	}
	for k, l := range label {
		if l < 0 {
			continue
		}
		d := max(lf.dist[k], 0)
		ll[k] += lf.dgauss.ll(d)
		if lf.agauss.on && d > 0 {
			vx, vy := lf.footVector(k)
			ll[k] += lf.agauss.ll(AngleDiff(atan2Deg(vx, vy), lf.wedge.az))
		}
	}
}
