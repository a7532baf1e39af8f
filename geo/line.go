package geo

import (
	"cmp"
	"math"
	"slices"

	"github.com/paulmach/orb"
	"github.com/tidwall/geodesic"
)

// WGS84 constants used by the local approximations that only pick which
// segments to measure exactly.
const (
	wgs84A  = 6378137.0
	wgs84F  = 1 / 298.257223563
	wgs84E2 = wgs84F * (2 - wgs84F)
	meanR   = 6371008.8 // mean radius, for along-track corrections
)

// DistanceToLine returns the geodesic distance in metres from p to the
// nearest point of l, and that point. Each line string of l is a chain of
// geodesic segments between consecutive vertices ([lon, lat] degrees); a
// line string of a single vertex is that point. The result is exact to
// GeographicLib precision (about a millimetre) for segments up to a few
// thousand kilometres long. For a line with no vertices it returns +Inf
// and p.
//
// It first ranks the segments with a local ellipsoidal approximation, then
// measures the few that may be nearest with geodesics, finding the foot of
// the perpendicular by Newton steps along each segment.
func DistanceToLine(p orb.Point, l orb.MultiLineString) (metres float64, nearest orb.Point) {
	lf := newLocalFrame(p)
	// Every vertex in the local frame, once.
	n := 0
	for _, ls := range l {
		n += len(ls)
	}
	xy := make([][2]float64, 0, n)
	for _, ls := range l {
		for _, q := range ls {
			x, y := lf.xy(q)
			xy = append(xy, [2]float64{x, y})
		}
	}
	// visit calls f for every segment (a point for a one-vertex string)
	// with its ends in the local frame.
	visit := func(f func(a, b orb.Point, ax, ay, bx, by float64)) {
		v := 0
		for _, ls := range l {
			for i := range ls {
				if i > 0 || len(ls) == 1 {
					a, b := xy[v+max(i-1, 0)], xy[v+i]
					f(ls[max(i-1, 0)], ls[i], a[0], a[1], b[0], b[1])
				}
			}
			v += len(ls)
		}
	}
	// A geodesic segment bows away from its chord in the local frame by
	// at most about L²·(|tan φ|+1)/(4a), and the frame's distances are off
	// by a relative localFrameError at most.
	bowK := (lf.tan + 1) / (4 * wgs84A)
	// First an upper bound of the distance from the nearest chord, then
	// the segments that may come under it.
	best := math.Inf(1)
	visit(func(_, _ orb.Point, ax, ay, bx, by float64) {
		d2, _ := segDist2(0, 0, ax, ay, bx, by)
		if d2 < best*best {
			l2 := (bx-ax)*(bx-ax) + (by-ay)*(by-ay)
			d := math.Sqrt(d2)
			best = min(best, d*(1+localFrameError(d+math.Sqrt(l2)))+l2*bowK+1)
		}
	})
	if math.IsInf(best, 1) {
		return best, p
	}
	type cand struct {
		lower float64
		a, b  orb.Point
		u     float64 // approximate position of the foot along a→b, 0..1
	}
	var cands []cand
	visit(func(a, b orb.Point, ax, ay, bx, by float64) {
		d2, u := segDist2(0, 0, ax, ay, bx, by)
		l2 := (bx-ax)*(bx-ax) + (by-ay)*(by-ay)
		// Cheap rejection first, in squares. The error bound grows with
		// the distance and never exceeds 1, so up to twice the reach the
		// bound at twice the reach holds, and beyond it rejects anyway.
		reach := best + l2*bowK + 1
		if r := reach * (1 + localFrameError(2*reach+math.Sqrt(l2))); d2 > r*r {
			return
		}
		d := math.Sqrt(d2)
		if lower := d/(1+localFrameError(d+math.Sqrt(l2))) - l2*bowK - 1; lower <= best {
			cands = append(cands, cand{lower, a, b, u})
		}
	})
	slices.SortFunc(cands, func(x, y cand) int {
		return cmp.Compare(x.lower, y.lower)
	})
	metres, nearest = math.Inf(1), p
	for _, c := range cands {
		if c.lower > metres {
			break
		}
		d, q := segmentDistance(p, c.a, c.b, c.u)
		if d < metres {
			metres, nearest = d, q
		}
	}
	return metres, nearest
}

// segmentDistance returns the geodesic distance from p to the geodesic
// segment a→b and the nearest point of the segment, starting the search at
// the fraction u0 of its length.
func segmentDistance(p, a, b orb.Point, u0 float64) (float64, orb.Point) {
	var length, azi float64
	geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0], &length, &azi, nil)
	if length == 0 {
		return Distance(p, a), a
	}
	t := min(max(u0, 0), 1) * length
	var s float64
	var q orb.Point
	for range 30 {
		var lat, lon, aziQ, beta float64
		geodesic.WGS84.Direct(a[1], a[0], azi, t, &lat, &lon, &aziQ)
		q = orb.Point{lon, lat}
		geodesic.WGS84.Inverse(lat, lon, p[1], p[0], &s, &beta, nil)
		if s == 0 {
			return 0, q
		}
		// Along-track distance from q to the foot of the perpendicular
		// from p, on a sphere of the mean radius: the Newton step.
		sr := s / meanR
		step := meanR * math.Atan2(math.Sin(sr)*math.Cos((beta-aziQ)*deg), math.Cos(sr))
		next := min(max(t+step, 0), length)
		if math.Abs(next-t) < 1e-4 {
			break
		}
		t = next
	}
	return s, q
}

// localFrame is a cheap approximation of a neighbourhood of an origin:
// metres east and north from the ellipsoid's radii of curvature at the
// origin, east distances scaled by the cosine of the mid-latitude. It only
// ranks candidates; exact answers come from geodesics. Its relative error
// in distances from the origin is bounded by localFrameError.
type localFrame struct {
	lon, lat      float64 // degrees
	phi, sin, cos float64 // latitude in radians and its sine and cosine
	tan           float64 // |tan φ|
	n, m          float64 // prime vertical and meridional radii, metres
}

func newLocalFrame(p orb.Point) localFrame {
	f := localFrame{lon: p[0], lat: p[1], phi: p[1] * deg}
	f.sin, f.cos = math.Sincos(f.phi)
	f.tan = math.Abs(f.sin / f.cos)
	w := 1 - wgs84E2*f.sin*f.sin
	f.n = wgs84A / math.Sqrt(w)
	f.m = wgs84A * (1 - wgs84E2) / (w * math.Sqrt(w))
	return f
}

// xy returns q's approximate position in metres east and north of the
// origin.
func (f localFrame) xy(q orb.Point) (x, y float64) {
	dphi := (q[1] - f.lat) * deg
	h := dphi / 2
	var c float64 // cos(φ + h), by its series while h is small
	if math.Abs(h) < 0.05 {
		c = f.cos*(1-h*h/2) - f.sin*h*(1-h*h/6)
	} else {
		c = math.Cos(f.phi + h)
	}
	dlon := unwrapLon(q[0], f.lon) - f.lon
	return dlon * deg * f.n * c, dphi * f.m
}

// localFrameError bounds the relative error of localFrame distances up to
// d metres from the origin below 80 degrees of latitude. Measured over
// random pairs, the error stays below 1.4·(0.006·r + r²), r = d/a, up to
// 1000 km and below 2·(0.006·r + r²) up to 2000 km (see
// TestLocalFrameError); the bound takes a margin over that. Beyond 2000 km
// it gives up.
func localFrameError(d float64) float64 {
	if d > 2e6 {
		return 1
	}
	r := d / wgs84A
	return (1.5+d/1e6)*(0.006*r+r*r) + 1e-7
}

// segDist2 returns the squared distance from (px, py) to the segment
// (ax, ay)-(bx, by) in the plane and the fraction u in [0, 1] along the
// segment of its nearest point.
func segDist2(px, py, ax, ay, bx, by float64) (d2, u float64) {
	dx, dy := bx-ax, by-ay
	l2 := dx*dx + dy*dy
	if l2 > 0 {
		u = ((px-ax)*dx + (py-ay)*dy) / l2
		u = min(max(u, 0), 1)
	}
	ex, ey := ax+u*dx-px, ay+u*dy-py
	return ex*ex + ey*ey, u
}
