package geo

import (
	"math"
)

// regionField is a constraint from a Region anchor: a cell is allowed when
// the constraint holds from some cell of the anchor region. The allowed set
// is the union of the annular sectors around the region's boundary cells,
// painted row by row as exact intervals, together with the cells for which
// the inner test (cellMask.inner) finds an anchor cell inside the region.
// The margin is ±half a cell, so its outline is resolved to a cell.
type regionField struct {
	g       *grid
	c       Constraint
	covered []bool
	band    band
	wedge   wedge
	// The anchor's best point in the grid plane, for the likelihood, and
	// a few boundary cells for the violation of an infeasible problem.
	bx, by, bgamma float64
	reps           [][3]float64 // x, y, gamma in the grid plane
	dgauss, agauss gauss
}

// newRegionField evaluates c from the region r over g; the inner test runs
// only at the cells where act is true (all when act is nil).
func newRegionField(g *grid, r *Region, c Constraint, act []bool) *regionField {
	theta, half, _ := c.sector()
	rf := &regionField{
		g: g, c: c, band: band{a: c.MinM, b: c.MaxM}, wedge: newWedge(theta, half).widen(g.cell, c.MaxM),
		dgauss: distanceGauss(c, g.cell), agauss: angleGauss(c),
		covered: make([]bool, g.n()),
	}
	rf.bx, rf.by, rf.bgamma = g.proj.forward(r.Point)
	m := r.cells
	if m == nil {
		rf.reps = [][3]float64{{rf.bx, rf.by, rf.bgamma}}
		rf.paintAll(rf.reps, 0)
		return rf
	}
	// The region's plane, carried to this grid's plane (x, y, gamma).
	rg := m.g
	to := rg.geo
	to.k = 3
	to.val = make([]float64, to.nu*to.nv*3)
	for j := 0; j < to.nv; j++ {
		for i := 0; i < to.nu; i++ {
			x, y, gm := g.proj.forward(rg.nodeLonLat(i, j))
			to.set(i, j, x, y, gm)
		}
	}
	// Boundary cells, every one when the region's cells are no coarser
	// than half of ours, else thinned. Each stands for its whole cell, so
	// the sector around it is widened by the cell's half-diagonal (as in
	// regionResidual), and by the thinning's gaps.
	stride := max(1, int(g.cell/(2*rg.cell)))
	widen := m.halfDiagonal()
	if stride > 1 {
		widen += float64(stride) * rg.cell / 2
	}
	var samples [][3]float64
	var out [3]float64
	for _, k := range m.boundary(stride) {
		to.at(rg.x(k%rg.nx), rg.y(k/rg.nx), out[:])
		samples = append(samples, out)
	}
	rf.paintAll(samples, widen)
	for n := 0; n < len(samples) && len(rf.reps) < 16; n += max(1, len(samples)/16) {
		rf.reps = append(rf.reps, samples[n])
	}
	rf.reps = append(rf.reps, [3]float64{rf.bx, rf.by, rf.bgamma})

	// Cells whose middle-of-the-band anchor position is in the region.
	back := g.geo
	back.k = 2
	back.val = make([]float64, back.nu*back.nv*2)
	for j := 0; j < back.nv; j++ {
		for i := 0; i < back.nu; i++ {
			x, y := rg.proj.Forward(g.nodeLonLat(i, j))
			back.set(i, j, x, y)
		}
	}
	r0 := c.MinM
	if !math.IsInf(c.MaxM, 1) {
		r0 = (c.MinM + c.MaxM) / 2
	}
	// The shift is constant along a row to within the small turn of
	// gamma across it, so the shifted positions run along one row of the
	// warp.
	var brow warpRow
	ax, ay := make([]float64, g.nx), make([]float64, g.nx)
	ylo, yhi := rg.y(m.j0)-rg.cell, rg.y(m.j1)+rg.cell
	for j := 0; j < g.ny; j++ {
		y := g.y(j)
		var gm [3]float64
		g.geo.at((g.x(0)+g.x(g.nx-1))/2, y, gm[:])
		sin, cos := math.Sincos((theta + gm[2]) * deg)
		dx, dy := -r0*sin, -r0*cos
		back.row(y+dy, &brow)
		brow.fill2(g.x0+dx, g.cell, ax, ay)
		if max(ay[0], ay[g.nx-1]) < ylo || min(ay[0], ay[g.nx-1]) > yhi {
			continue // the row's anchor positions all miss the region
		}
		row := rf.covered[j*g.nx : (j+1)*g.nx]
		for i := range row {
			if !row[i] && (act == nil || act[j*g.nx+i]) && m.at(ax[i], ay[i]) {
				row[i] = true
			}
		}
	}
	return rf
}

// paintAll marks the cells within the annular sector around each sample
// (x, y, gamma in the grid plane), widened by widen metres all round.
func (rf *regionField) paintAll(samples [][3]float64, widen float64) {
	g := rf.g
	a, b := max(rf.band.a-widen, 0), rf.band.b+widen
	if b-a < 2*g.cell { // as newBand does
		mid := (rf.band.a + rf.band.b) / 2
		a, b = max(mid-g.cell, 0), mid+g.cell
	}
	if math.IsInf(b, 1) {
		b = 2 * math.Hypot(float64(g.nx), float64(g.ny)) * g.cell
	}
	stride := g.nx + 1
	diff := make([]int32, g.ny*stride)
	var ivs, ws, res [4][2]float64
	for _, s := range samples {
		qx, qy := s[0], s[1]
		w := rf.wedge
		if w.on {
			w = newWedge(rf.wedge.az+s[2], rf.wedge.h).widen(g.cell, rf.band.b)
		}
		sb := sectorBox(a, b, w.az, w.h).grow(w.strip + widen)
		if !w.on {
			sb = sectorBox(a, b, 0, 180)
		}
		j0 := max(int(math.Ceil((qy+sb.y0-g.y0)/g.cell)), 0)
		j1 := min(int(math.Floor((qy+sb.y1-g.y0)/g.cell)), g.ny-1)
		for j := j0; j <= j1; j++ {
			dy := g.y(j) - qy
			xb := math.Sqrt(max(b*b-dy*dy, 0))
			n := 0
			if math.Abs(dy) < a {
				xa := math.Sqrt(a*a - dy*dy)
				ivs[0], ivs[1], n = [2]float64{-xb, -xa}, [2]float64{xa, xb}, 2
			} else {
				ivs[0], n = [2]float64{-xb, xb}, 1
			}
			if w.on {
				nw := w.rowIntervals(dy, widen, &ws)
				n = intersectIntervals(ivs[:n], ws[:nw], &res)
				ivs = res
			}
			for _, iv := range ivs[:n] {
				i0 := max(int(math.Ceil((qx+iv[0]-g.x0)/g.cell)), 0)
				i1 := min(int(math.Floor((qx+iv[1]-g.x0)/g.cell)), g.nx-1)
				if i0 <= i1 {
					diff[j*stride+i0]++
					diff[j*stride+i1+1]--
				}
			}
		}
	}
	for j := 0; j < g.ny; j++ {
		var run int32
		for i := 0; i < g.nx; i++ {
			run += diff[j*stride+i]
			if run > 0 {
				rf.covered[j*g.nx+i] = true
			}
		}
	}
}

// rowIntervals returns, in out, the x intervals (relative to the apex) of
// the line at height dy above the apex where the wedge's margin is at
// least -off: inside the wedge with its edges moved out by off.
func (w wedge) rowIntervals(dy, off float64, out *[4][2]float64) int {
	if w.strip > 0 {
		// |ux·dy - uy·x| <= strip+off and ux·x + uy·dy >= -strip-off.
		s := w.strip + off
		h1 := halfLine(w.uy, s-w.ux*dy)
		h2 := halfLine(-w.uy, w.ux*dy+s)
		h3 := halfLine(w.ux, w.uy*dy+s)
		lo, hi := max(h1[0], h2[0], h3[0]), min(h1[1], h2[1], h3[1])
		if lo > hi {
			return 0
		}
		out[0] = [2]float64{lo, hi}
		return 1
	}
	// Edge 1: e1y·x - e1x·dy >= -off; edge 2: e2x·dy - e2y·x >= -off.
	h1 := halfLine(w.e1y, off-w.e1x*dy)
	h2 := halfLine(-w.e2y, w.e2x*dy+off)
	if !w.wide {
		lo, hi := max(h1[0], h2[0]), min(h1[1], h2[1])
		if lo > hi {
			return 0
		}
		out[0] = [2]float64{lo, hi}
		return 1
	}
	n := 0
	for _, h := range [2][2]float64{h1, h2} {
		if h[0] <= h[1] {
			out[n] = h
			n++
		}
	}
	return n
}

// halfLine returns the interval of x with alpha·x + beta >= 0, empty as
// lo > hi.
func halfLine(alpha, beta float64) [2]float64 {
	inf := math.Inf(1)
	switch {
	case alpha > 0:
		return [2]float64{-beta / alpha, inf}
	case alpha < 0:
		return [2]float64{-inf, -beta / alpha}
	case beta >= 0:
		return [2]float64{-inf, inf}
	}
	return [2]float64{inf, -inf}
}

// intersectIntervals writes the non-empty intersections of every interval
// of a with every interval of b into out and returns their count (at most
// four: a and b hold at most two each).
func intersectIntervals(a, b [][2]float64, out *[4][2]float64) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			lo, hi := max(x[0], y[0]), min(x[1], y[1])
			if lo <= hi && n < len(out) {
				out[n] = [2]float64{lo, hi}
				n++
			}
		}
	}
	return n
}

func (rf *regionField) apply(f []float64) {
	h := rf.g.cell / 2
	for k, in := range rf.covered {
		m := -h
		if in {
			m = h
		}
		if m < f[k] {
			f[k] = m
		}
	}
}

func (rf *regionField) violation(v []float64, scale float64) {
	g := rf.g
	rot := make([][2]float64, len(rf.reps))
	for n, s := range rf.reps {
		rot[n][0], rot[n][1] = math.Sincos(s[2] * deg)
	}
	for j := 0; j < g.ny; j++ {
		for i := 0; i < g.nx; i++ {
			k := j*g.nx + i
			if rf.covered[k] {
				continue
			}
			best := math.Inf(1)
			for n, s := range rf.reps {
				vx, vy := g.x(i)-s[0], g.y(j)-s[1]
				sin, cos := rot[n][0], rot[n][1]
				vx, vy = vx*cos-vy*sin, vy*cos+vx*sin
				best = min(best, pointExcess(vx, vy, rf.band, rf.wedge))
			}
			v[k] += penalty(best / scale)
		}
	}
}

func (rf *regionField) addLogLik(ll []float64, label []int32) {
	if !rf.dgauss.on && !rf.agauss.on {
		return
	}
	g := rf.g
	sin, cos := math.Sincos(rf.bgamma * deg)
	for j := 0; j < g.ny; j++ {
		for i := 0; i < g.nx; i++ {
			k := j*g.nx + i
			if label[k] < 0 {
				continue
			}
			vx, vy := g.x(i)-rf.bx, g.y(j)-rf.by
			vx, vy = vx*cos-vy*sin, vy*cos+vx*sin
			ll[k] += rf.dgauss.ll(math.Sqrt(vx*vx + vy*vy))
			if rf.agauss.on {
				ll[k] += rf.agauss.ll(AngleDiff(atan2Deg(vx, vy), rf.wedge.az))
			}
		}
	}
}
