package gazetteer

import (
	"sort"

	"github.com/paulmach/orb"
)

// convexHull returns the convex hull of pts as a closed counter-clockwise
// ring in a one-ring polygon, treating [lon, lat] as plane coordinates
// (Andrew's monotone chain). It returns nil for fewer than 3 distinct
// points, for collinear points, and when the points span more than 180
// degrees of longitude (a set that crosses the antimeridian has no
// meaningful hull in these coordinates).
func convexHull(pts []orb.Point) orb.Polygon {
	if len(pts) < 3 {
		return nil
	}
	ps := append([]orb.Point(nil), pts...)
	sort.Slice(ps, func(i, j int) bool {
		if ps[i][0] != ps[j][0] {
			return ps[i][0] < ps[j][0]
		}
		return ps[i][1] < ps[j][1]
	})
	if ps[len(ps)-1][0]-ps[0][0] > 180 {
		return nil
	}
	cross := func(o, a, b orb.Point) float64 {
		return (a[0]-o[0])*(b[1]-o[1]) - (a[1]-o[1])*(b[0]-o[0])
	}
	h := make([]orb.Point, 0, 2*len(ps))
	for _, p := range ps { // lower hull
		for len(h) >= 2 && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	lower := len(h) + 1
	for i := len(ps) - 2; i >= 0; i-- { // upper hull
		p := ps[i]
		for len(h) >= lower && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	// h now ends where it started: a closed ring of len(hull)+1 points.
	if len(h) < 4 {
		return nil
	}
	return orb.Polygon{orb.Ring(h)}
}
