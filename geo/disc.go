package geo

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/tidwall/geodesic"
)

// discVertices is the number of vertices of a Disc's ring: the chord at
// the middle of each side falls short of the circle by 1 - cos(2.5°), under
// 0.1% of the radius.
const discVertices = 72

// Disc returns the region within radiusM metres of centre ([lon, lat]
// degrees) on the WGS84 ellipsoid: a counter-clockwise ring of 72 geodesic
// Destination points, its geodesic area, centre as its Point and only
// candidate. It stands for a place known by a point but not by its extent
// (a town from the gazetteer) or for a vague area ("the area around X").
// A radius <= 0, NaN or beyond MaxReachM gives nil. Near a pole or the
// antimeridian the ring's longitudes stay continuous and may leave
// [-180, 180].
func Disc(centre orb.Point, radiusM float64) *Region {
	if !(radiusM > 0) || radiusM > MaxReachM || !validPoint(centre) {
		return nil
	}
	ring := make(orb.Ring, 0, discVertices+1)
	poly := geodesic.WGS84.PolygonInit(false)
	for i := 0; i < discVertices; i++ {
		// Azimuths decreasing from north: west of north first, so the
		// ring runs counter-clockwise on a map.
		az := -float64(i) * 360 / discVertices
		p := Destination(centre, az, radiusM)
		p[0] = unwrapLon(p[0], centre[0])
		ring = append(ring, orb.Point{round6(p[0]), round6(p[1])})
		poly.AddPoint(p[1], p[0])
	}
	ring = append(ring, ring[0])
	var area float64
	poly.Compute(false, false, &area, nil)
	shape := orb.Polygon{ring}
	return &Region{
		Point:      centre,
		Shape:      orb.MultiPolygon{shape},
		AreaKm2:    area / 1e6,
		Candidates: []Candidate{{Point: centre, Shape: shape, AreaKm2: area / 1e6, Weight: 1}},
		Feasible:   true,
		CellM:      2 * math.Pi * radiusM / discVertices,
	}
}
