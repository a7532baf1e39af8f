package geo

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/clip"
)

// CrossesAntimeridian reports whether the edge pq jumps more than 180
// degrees of longitude, and so, read as the shorter way round, crosses the
// antimeridian. An edge with an end on ±180 is taken to run along the map
// edge instead: data already cut at the antimeridian (Antarctica's base)
// has those.
func CrossesAntimeridian(p, q orb.Point) bool {
	if math.Abs(p[0]) == 180 || math.Abs(q[0]) == 180 {
		return false
	}
	return math.Abs(q[0]-p[0]) > 180
}

// CutAntimeridian returns poly ([lon, lat] degrees) unchanged when none of
// its edges crosses the antimeridian (see CrossesAntimeridian) and all its
// longitudes lie in [-180, 180]. Otherwise it reads each such edge as
// crossing the antimeridian, unwraps the rings to continuous longitudes
// (a region solved near the antimeridian already has them, beyond ±180)
// and clips them into the pieces west and east of ±180 degrees, each
// shifted back into [-180, 180], as RFC 7946 section 3.1.9 asks. A ring
// round a pole cannot be cut and is returned as it is. The pieces' winding
// is not set; the caller orients the rings it writes.
func CutAntimeridian(poly orb.Polygon) []orb.Polygon {
	crosses := false
	for _, r := range poly {
		for i := 1; i < len(r); i++ {
			if CrossesAntimeridian(r[i-1], r[i]) {
				crosses = true
			}
		}
		for _, p := range r {
			if p[0] < -180 || p[0] > 180 {
				crosses = true
			}
		}
	}
	if !crosses {
		return []orb.Polygon{poly}
	}
	unwrapped := make(orb.Polygon, len(poly))
	for i, r := range poly {
		u := make(orb.Ring, len(r))
		for j, p := range r {
			if j > 0 {
				for p[0]-u[j-1][0] > 180 {
					p[0] -= 360
				}
				for p[0]-u[j-1][0] < -180 {
					p[0] += 360
				}
			}
			u[j] = p
		}
		// Holes start within 180 degrees of the outer ring.
		if i > 0 && len(u) > 0 && len(unwrapped[0]) > 0 {
			shift := 360 * math.Round((unwrapped[0][0][0]-u[0][0])/360)
			for j := range u {
				u[j][0] += shift
			}
		}
		if len(u) > 0 && u[0] != u[len(u)-1] {
			// The ring goes round a pole; clipping cannot cut it, so it is
			// left as the data gives it.
			return []orb.Polygon{poly}
		}
		unwrapped[i] = u
	}
	var out []orb.Polygon
	b := unwrapped.Bound()
	for k := math.Floor((b.Min[0] + 180) / 360); k <= math.Floor((b.Max[0]+180)/360); k++ {
		lo := -180 + 360*k
		piece := clip.Polygon(orb.Bound{Min: orb.Point{lo, -90}, Max: orb.Point{lo + 360, 90}}, unwrapped.Clone())
		if len(piece) == 0 {
			continue
		}
		for _, r := range piece {
			for j := range r {
				r[j][0] -= 360 * k
			}
		}
		out = append(out, piece)
	}
	return out
}

// CutLineAntimeridian returns ls ([lon, lat] degrees) as the lines it
// makes once cut where it crosses the antimeridian (an edge that jumps
// more than 180 degrees of longitude, see CrossesAntimeridian, or runs
// beyond ±180), each shifted into [-180, 180], as RFC 7946 section 3.1.9
// asks; the crossing point's latitude is interpolated linearly in the
// lon/lat plane. A line that does not cross comes back alone, unchanged.
func CutLineAntimeridian(ls orb.LineString) orb.MultiLineString {
	u := make(orb.LineString, len(ls))
	cross := false
	for i, p := range ls {
		if i > 0 {
			for p[0]-u[i-1][0] > 180 {
				p[0] -= 360
			}
			for p[0]-u[i-1][0] < -180 {
				p[0] += 360
			}
		}
		if p[0] < -180 || p[0] > 180 {
			cross = true
		}
		u[i] = p
	}
	if !cross {
		return orb.MultiLineString{ls}
	}
	// sheet numbers the 360-degree band holding a longitude: 0 for
	// [-180, 180), 1 for [180, 540), ...
	sheet := func(lon float64) float64 { return math.Floor((lon + 180) / 360) }
	shift := func(p orb.Point, k float64) orb.Point { return orb.Point{p[0] - 360*k, p[1]} }
	var out orb.MultiLineString
	k := sheet(u[0][0])
	cur := orb.LineString{shift(u[0], k)}
	for i := 1; i < len(u); i++ {
		a, b := u[i-1], u[i]
		for kb := sheet(b[0]); kb != k; {
			// The edge leaves sheet k through its east or west edge.
			edge := -180 + 360*k
			next := k - 1
			if kb > k {
				edge, next = -180+360*(k+1), k+1
			}
			lat := a[1] + (b[1]-a[1])*(edge-a[0])/(b[0]-a[0])
			cur = append(cur, shift(orb.Point{edge, lat}, k))
			out = append(out, cur)
			k = next
			cur = orb.LineString{shift(orb.Point{edge, lat}, k)}
		}
		cur = append(cur, shift(b, k))
	}
	return append(out, cur)
}
