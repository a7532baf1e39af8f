package geo

import "math"

// warp approximates a smooth map from a rectangle (of the plane, or of
// lon/lat) to k channels by bilinear interpolation between exact values at
// the nodes of a regular lattice. It keeps the solver's per-cell work free
// of geodesic calls: the map is computed exactly at a few hundred nodes and
// the interpolation error of a map that is this smooth (a change of
// azimuthal equidistant centre, or a correction to a spherical projection)
// stays below half a metre for a node spacing of 20 km. Outside the
// rectangle the edge cells are extrapolated linearly.
type warp struct {
	u0, v0 float64 // first node
	du, dv float64 // node spacing
	nu, nv int     // nodes per axis, at least 2
	k      int     // channels
	val    []float64
}

// newWarp lays out a lattice over [u0,u1]×[v0,v1] with node spacing at most
// stepU and stepV along each axis and k channels; the caller fills it.
func newWarp(u0, v0, u1, v1, stepU, stepV float64, k int) warp {
	nodes := func(span, step float64) int {
		n := int(math.Ceil(span/step)) + 1
		return max(n, 2)
	}
	w := warp{u0: u0, v0: v0, nu: nodes(u1-u0, stepU), nv: nodes(v1-v0, stepV), k: k}
	w.du = (u1 - u0) / float64(w.nu-1)
	w.dv = (v1 - v0) / float64(w.nv-1)
	if !(w.du > 0) {
		w.du = 1
	}
	if !(w.dv > 0) {
		w.dv = 1
	}
	w.val = make([]float64, w.nu*w.nv*k)
	return w
}

// node returns the position of lattice node (i, j).
func (w *warp) node(i, j int) (u, v float64) {
	return w.u0 + float64(i)*w.du, w.v0 + float64(j)*w.dv
}

// set stores the exact map value at node (i, j).
func (w *warp) set(i, j int, vals ...float64) {
	copy(w.val[(j*w.nu+i)*w.k:], vals)
}

// get returns channel c at node (i, j).
func (w *warp) get(i, j, c int) float64 { return w.val[(j*w.nu+i)*w.k+c] }

// fill evaluates f at every node.
func (w *warp) fill(f func(u, v float64, out []float64)) {
	for j := 0; j < w.nv; j++ {
		for i := 0; i < w.nu; i++ {
			u, v := w.node(i, j)
			f(u, v, w.val[(j*w.nu+i)*w.k:(j*w.nu+i+1)*w.k])
		}
	}
}

// locate returns the lattice cell containing t (index into n nodes with the
// given origin and spacing, clamped so edge cells extrapolate) and the
// fraction across it.
func locate(t, origin, step float64, n int) (int, float64) {
	f := (t - origin) / step
	i := int(math.Floor(f))
	i = min(max(i, 0), n-2)
	return i, f - float64(i)
}

// at interpolates all channels at (u, v) into out.
func (w *warp) at(u, v float64, out []float64) {
	i, a := locate(u, w.u0, w.du, w.nu)
	j, b := locate(v, w.v0, w.dv, w.nv)
	p00 := (j*w.nu + i) * w.k
	p10 := p00 + w.k
	p01 := p00 + w.nu*w.k
	p11 := p01 + w.k
	for c := 0; c < w.k; c++ {
		lo := w.val[p00+c] + a*(w.val[p10+c]-w.val[p00+c])
		hi := w.val[p01+c] + a*(w.val[p11+c]-w.val[p01+c])
		out[c] = lo + b*(hi-lo)
	}
}

// at2 interpolates the first two channels at (u, v).
func (w *warp) at2(u, v float64) (float64, float64) {
	var out [4]float64
	w.at(u, v, out[:w.k])
	return out[0], out[1]
}

// warpRow is a warp interpolated along v at one fixed v, so that values
// along a grid row cost one linear interpolation each.
type warpRow struct {
	w   *warp
	buf []float64 // nu*k values at the row
}

// row prepares the interpolation along the row at v, reusing r's buffer.
func (w *warp) row(v float64, r *warpRow) {
	r.w = w
	if cap(r.buf) < w.nu*w.k {
		r.buf = make([]float64, w.nu*w.k)
	}
	r.buf = r.buf[:w.nu*w.k]
	j, b := locate(v, w.v0, w.dv, w.nv)
	lo := w.val[j*w.nu*w.k : (j+1)*w.nu*w.k]
	hi := w.val[(j+1)*w.nu*w.k : (j+2)*w.nu*w.k]
	for n := range r.buf {
		r.buf[n] = lo[n] + b*(hi[n]-lo[n])
	}
}

// fill2 writes the first two channels along the row at u = u0 + i·du for
// i < len(a), into a and b: linear within each lattice cell, so each value
// costs two additions.
func (r *warpRow) fill2(u0, du float64, a, b []float64) {
	w := r.w
	n := len(a)
	i := 0
	for i < n {
		u := u0 + float64(i)*du
		c, t := locate(u, w.u0, w.du, w.nu)
		// Cells up to the end of this lattice cell (the last lattice cell
		// also extrapolates beyond).
		end := n
		if c < w.nu-2 {
			uEnd := w.u0 + float64(c+1)*w.du
			end = min(max(int(math.Ceil((uEnd-u0)/du)), i+1), n)
		}
		p := c * w.k
		sa := (r.buf[p+w.k] - r.buf[p]) / w.du
		sb := (r.buf[p+w.k+1] - r.buf[p+1]) / w.du
		va := r.buf[p] + t*w.du*sa
		vb := r.buf[p+1] + t*w.du*sb
		da, db := sa*du, sb*du
		for ; i < end; i++ {
			a[i], b[i] = va, vb
			va += da
			vb += db
		}
	}
}
