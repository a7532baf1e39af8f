package geo

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/tidwall/geodesic"
)

// Distance returns the geodesic distance in metres between a and b on the
// WGS84 ellipsoid. Points are [lon, lat] in degrees.
func Distance(a, b orb.Point) float64 {
	var s float64
	geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0], &s, nil, nil)
	return s
}

// Inverse solves the inverse geodesic problem on the WGS84 ellipsoid between
// a and b ([lon, lat] degrees). It returns the distance in metres, the
// azimuth of the geodesic at a (azi1) and its forward azimuth on arrival at
// b (azi2), both in degrees clockwise from north normalised to [0, 360).
// For coincident points the distance is 0 and the azimuths carry no meaning.
func Inverse(a, b orb.Point) (metres, azi1, azi2 float64) {
	geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0], &metres, &azi1, &azi2)
	return metres, normAzimuth(azi1), normAzimuth(azi2)
}

// Azimuth returns the azimuth in degrees clockwise from north, in [0, 360),
// at which the geodesic from a to b leaves a: the compass bearing of b as
// seen from a.
func Azimuth(a, b orb.Point) float64 {
	var azi float64
	geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0], nil, &azi, nil)
	return normAzimuth(azi)
}

// Destination returns the point reached by travelling metres along the
// geodesic that leaves p at azimuth degrees clockwise from north. Negative
// distances travel backwards. The longitude is normalised to [-180, 180].
func Destination(p orb.Point, azimuth, metres float64) orb.Point {
	var lat, lon float64
	geodesic.WGS84.Direct(p[1], p[0], azimuth, metres, &lat, &lon, nil)
	return orb.Point{lon, lat}
}

// AngleDiff returns a - b, in degrees, reduced to (-180, 180]: how far the
// direction a lies clockwise of direction b (negative when anticlockwise).
// AngleDiff(10, 350) is 20 and AngleDiff(350, 10) is -20.
func AngleDiff(a, b float64) float64 {
	d := a - b
	if d > -180 && d <= 180 {
		return d
	}
	d = math.Mod(d, 360)
	switch {
	case d <= -180:
		d += 360
	case d > 180:
		d -= 360
	}
	return d
}

// normAzimuth reduces an angle in degrees to [0, 360).
func normAzimuth(a float64) float64 {
	a = math.Mod(a, 360)
	if a < 0 {
		a += 360
	}
	if a >= 360 { // -tiny + 360 rounds to 360
		a = 0
	}
	return a
}

// unwrapLon returns lon shifted by a multiple of 360 into [ref-180, ref+180),
// so that longitudes near ref stay continuous across the antimeridian.
func unwrapLon(lon, ref float64) float64 {
	if d := lon - ref; d >= -180 && d < 180 {
		return lon
	}
	return ref + math.Mod(math.Mod(lon-ref+180, 360)+360, 360) - 180
}

// normLon reduces a longitude to [-180, 180).
func normLon(lon float64) float64 { return unwrapLon(lon, 0) }

const deg = math.Pi / 180

// atan2Deg is math.Atan2(y, x) in degrees to within 0.001 degree, several
// times faster; for likelihoods, never for reported values.
func atan2Deg(y, x float64) float64 {
	ax, ay := math.Abs(x), math.Abs(y)
	if ax == 0 && ay == 0 {
		return 0
	}
	z := min(ax, ay) / max(ax, ay)
	z2 := z * z
	a := z * (0.9998660 + z2*(-0.3302995+z2*(0.1801410+z2*(-0.0851330+z2*0.0208351))))
	if ay > ax {
		a = math.Pi/2 - a
	}
	if x < 0 {
		a = math.Pi - a
	}
	if y < 0 {
		a = -a
	}
	return a / deg
}
