package geo

import "math"

// contour traces the region where a field sampled at the cell centres of a
// grid is >= 0, by marching squares with linear interpolation along cell
// edges. Saddle squares are resolved by the mean of their four corners,
// and the cell components use the same rule, so that every component has
// exactly one exterior ring.
type contour struct {
	g        *grid
	f        []float64
	label    []int32 // component of each allowed cell, -1 elsewhere
	comps    int
	shapes   [][]ring // per component: the exterior ring then the holes
	runs     []run    // runs of allowed cells, row by row
	rowStart []int    // index of each row's first run; one more entry at the end
}

// run is a run of allowed cells i0..i1 along a row.
type run struct{ i0, i1 int }

// ring is a closed ring in the grid plane, its first point not repeated.
type ring [][2]float64

// newContour labels the components of f >= 0 on g and traces their rings.
// The grid's padding ring must hold negative values.
func newContour(g *grid, f []float64) *contour {
	c := &contour{g: g, f: f}
	c.labelComponents()
	c.traceRings()
	return c
}

func (c *contour) in(i, j int) bool { return c.f[j*c.g.nx+i] >= 0 }

// joined reports whether the square with lower-left cell (i, j) is a
// saddle whose two allowed corners are joined through its centre.
func (c *contour) joined(i, j int) bool {
	a, b, d, e := c.in(i, j), c.in(i+1, j), c.in(i+1, j+1), c.in(i, j+1)
	if a != d || b != e || a == b {
		return false
	}
	nx := c.g.nx
	k := j*nx + i
	return c.f[k]+c.f[k+1]+c.f[k+nx]+c.f[k+nx+1] >= 0
}

// labelComponents labels the allowed cells by component: runs of allowed
// cells along each row are joined with the runs they touch in the row
// below, through a shared column or the diagonal of a joined saddle.
func (c *contour) labelComponents() {
	g := c.g
	nx, ny := g.nx, g.ny
	f := c.f
	var runs []run
	rowStart := make([]int, ny+1)
	for j := 0; j < ny; j++ {
		rowStart[j] = len(runs)
		row := f[j*nx : (j+1)*nx]
		for i := 0; i < nx; i++ {
			if row[i] < 0 {
				continue
			}
			i0 := i
			for i+1 < nx && row[i+1] >= 0 {
				i++
			}
			runs = append(runs, run{i0, i})
		}
	}
	rowStart[ny] = len(runs)
	c.runs, c.rowStart = runs, rowStart
	parent := make([]int32, len(runs))
	for n := range parent {
		parent[n] = int32(n)
	}
	find := func(n int32) int32 {
		for parent[n] != n {
			parent[n] = parent[parent[n]]
			n = parent[n]
		}
		return n
	}
	union := func(a, b int) {
		ra, rb := find(int32(a)), find(int32(b))
		if ra != rb {
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	// centre reports whether the square with lower-left cell (i, j) has a
	// mean >= 0: its diagonal pair of allowed corners is joined.
	centre := func(i, j int) bool {
		k := j*nx + i
		return f[k]+f[k+1]+f[k+nx]+f[k+nx+1] >= 0
	}
	for j := 1; j < ny; j++ {
		a, aEnd := rowStart[j-1], rowStart[j]
		b, bEnd := rowStart[j], rowStart[j+1]
		for a < aEnd && b < bEnd {
			ra, rb := runs[a], runs[b]
			switch {
			case ra.i0 <= rb.i1 && rb.i0 <= ra.i1:
				union(a, b)
			case ra.i1+1 == rb.i0 && centre(ra.i1, j-1):
				union(a, b)
			case rb.i1+1 == ra.i0 && centre(rb.i1, j-1):
				union(a, b)
			}
			if ra.i1 < rb.i1 {
				a++
			} else {
				b++
			}
		}
	}
	c.label = make([]int32, g.n())
	for k := range c.label {
		c.label[k] = -1
	}
	ids := make([]int32, len(runs))
	for n := range runs {
		r := find(int32(n))
		if r == int32(n) {
			ids[n] = int32(c.comps)
			c.comps++
		} else {
			ids[n] = ids[r] // roots precede their members
		}
	}
	for j := 0; j < ny; j++ {
		for n := rowStart[j]; n < rowStart[j+1]; n++ {
			row := c.label[j*nx : (j+1)*nx]
			for i := runs[n].i0; i <= runs[n].i1; i++ {
				row[i] = ids[n]
			}
		}
	}
}

// mask returns the allowed cells as a cellMask.
func (c *contour) mask() *cellMask {
	g := c.g
	m := &cellMask{g: g, in: make([]bool, g.n()), i0: g.nx, j0: g.ny, i1: -1, j1: -1}
	for j := 0; j < g.ny; j++ {
		for n := c.rowStart[j]; n < c.rowStart[j+1]; n++ {
			r := c.runs[n]
			for i := r.i0; i <= r.i1; i++ {
				m.in[j*g.nx+i] = true
			}
			m.i0, m.i1 = min(m.i0, r.i0), max(m.i1, r.i1)
			m.j0, m.j1 = min(m.j0, j), max(m.j1, j)
		}
	}
	if m.i1 < 0 {
		return nil
	}
	return m
}

// Edge ids: the edge from cell (i, j) east to (i+1, j) is 2(j·nx+i), the
// edge from (i, j) north to (i, j+1) is 2(j·nx+i)+1.

// traceRings runs marching squares and links the segments into rings,
// oriented with the allowed side on the left: exteriors anticlockwise,
// holes clockwise.
func (c *contour) traceRings() {
	g := c.g
	nx, ny := g.nx, g.ny
	next := make([]int32, 2*g.n())
	for k := range next {
		next[k] = -1
	}
	var starts []int32
	for j := 0; j+1 < ny; j++ {
		lo, hi := c.f[j*nx:(j+1)*nx], c.f[(j+1)*nx:(j+2)*nx]
		bl, tl := lo[0] >= 0, hi[0] >= 0
		for i := 0; i+1 < nx; i++ {
			br, tr := lo[i+1] >= 0, hi[i+1] >= 0
			if bl == br && br == tr && tr == tl {
				continue
			}
			// Corners anticlockwise from the lower left, and the edge
			// leaving each corner anticlockwise.
			k := j*nx + i
			in := [4]bool{bl, br, tr, tl}
			bl, tl = br, tr
			edge := [4]int32{int32(2 * k), int32(2*(k+1) + 1), int32(2 * (k + nx)), int32(2*k + 1)}
			var inOut, outIn [4]bool
			crossings := 0
			for e := range 4 {
				a, b := in[e], in[(e+1)%4]
				inOut[e] = a && !b
				outIn[e] = !a && b
				if a != b {
					crossings++
				}
			}
			joined := crossings == 4 && c.joined(i, j)
			for e := range 4 {
				if !inOut[e] {
					continue
				}
				// The segment from an in→out edge ends at the out→in edge
				// next to it: across the outside corner it passes when
				// the square's allowed corners are joined (or when there
				// is only one out→in edge), across the inside corner
				// before it otherwise.
				var to int
				switch {
				case crossings == 2:
					for t := range 4 {
						if outIn[t] {
							to = t
						}
					}
				case joined:
					to = (e + 1) % 4
				default:
					to = (e + 3) % 4
				}
				next[edge[e]] = edge[to]
				starts = append(starts, edge[e])
			}
		}
	}
	c.shapes = make([][]ring, c.comps)
	var holes [][]ring // per component, until its exterior is known
	holes = make([][]ring, c.comps)
	for _, s := range starts {
		if next[s] < 0 {
			continue // already part of a ring
		}
		var r ring
		comp := int32(-1)
		for e := s; next[e] >= 0; {
			x, y, inside := c.crossing(int(e))
			if comp < 0 {
				comp = c.label[inside]
			}
			r = append(r, [2]float64{x, y})
			n := next[e]
			next[e] = -1
			e = n
		}
		if comp < 0 || len(r) < 3 {
			continue
		}
		if ringArea(r) > 0 {
			c.shapes[comp] = append([]ring{r}, c.shapes[comp]...)
		} else {
			holes[comp] = append(holes[comp], r)
		}
	}
	for k := range c.shapes {
		c.shapes[k] = append(c.shapes[k], holes[k]...)
	}
}

// crossing returns where the zero level crosses edge e, interpolated
// linearly, and the index of the edge's allowed cell.
func (c *contour) crossing(e int) (x, y float64, inside int) {
	g := c.g
	a := e / 2
	b := a + 1
	if e%2 == 1 {
		b = a + g.nx
	}
	va, vb := c.f[a], c.f[b]
	t := 0.5
	if va != vb {
		t = va / (va - vb)
	}
	if math.IsNaN(t) || t < 0 || t > 1 {
		t = 0.5
	}
	ax, ay := g.x(a%g.nx), g.y(a/g.nx)
	bx, by := g.x(b%g.nx), g.y(b/g.nx)
	inside = a
	if va < 0 {
		inside = b
	}
	return ax + t*(bx-ax), ay + t*(by-ay), inside
}

// ringArea returns the signed area of r, positive when anticlockwise.
func ringArea(r ring) float64 {
	s := 0.0
	for i := range r {
		p, q := r[i], r[(i+1)%len(r)]
		s += p[0]*q[1] - q[0]*p[1]
	}
	return s / 2
}

// simplifyRing drops the vertices of a closed ring that lie within tol
// metres of a straight run through their neighbours, in one pass
// (Reumann-Witkam: a strip of half-width tol follows the direction from
// the last kept vertex to the next one; the vertex before the first one
// to leave the strip is kept), so the simplified ring stays within 2·tol
// of the original. Rings of four or fewer vertices are kept.
func simplifyRing(r ring, tol float64) ring {
	n := len(r)
	if n <= 4 {
		return r
	}
	out := make(ring, 0, n/4+4)
	out = append(out, r[0])
	anchor := 0
	for i := 2; i <= n; i++ {
		a, b, p := r[anchor], r[(anchor+1)%n], r[i%n]
		dx, dy := b[0]-a[0], b[1]-a[1]
		l := math.Hypot(dx, dy)
		off := math.Abs((p[0]-a[0])*dy-(p[1]-a[1])*dx) / l
		if l == 0 || off > tol {
			anchor = i - 1
			out = append(out, r[anchor%n])
		}
	}
	if len(out) < 3 {
		return r
	}
	return out
}

// ringAreaKm2 returns the area in square kilometres of a polygon of the
// grid plane (exterior then holes), corrected for the stretch of the
// azimuthal equidistant projection at ρ from its centre, (ρ/R)²/6, which
// leaves an error far below the grid's resolution.
func polygonPlaneAreaKm2(rs []ring) float64 {
	total := 0.0
	for _, r := range rs {
		a := ringArea(r)
		var cx, cy float64
		for _, p := range r {
			cx += p[0]
			cy += p[1]
		}
		rho := math.Hypot(cx, cy) / float64(len(r)) / wgs84A
		total += a / (1 + rho*rho/6)
	}
	return math.Abs(total) / 1e6
}
