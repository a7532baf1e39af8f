package geo

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/tidwall/geodesic"
)

// Projection is the azimuthal equidistant projection of the WGS84 ellipsoid
// centred on a point: a point at geodesic distance s metres and azimuth α
// from the centre maps to x = s·sin α metres east and y = s·cos α metres
// north. Both directions are computed with exact geodesics, so distances and
// azimuths from the centre are exact; distances between other points are
// stretched across the radial direction by about (ρ/R)²/6 at ρ metres from
// the centre (0.01% at 150 km, 0.1% at 500 km). The zero value is centred on
// (0, 0). The projection is meaningful up to a few thousand kilometres from
// the centre; it is singular at the antipode.
type Projection struct {
	centre orb.Point
}

// NewProjection returns the azimuthal equidistant projection centred on
// centre ([lon, lat] degrees).
func NewProjection(centre orb.Point) Projection {
	return Projection{centre: centre}
}

// Centre returns the point the projection is centred on ([lon, lat] degrees).
func (p Projection) Centre() orb.Point { return p.centre }

// Forward maps q ([lon, lat] degrees) to plane coordinates: x metres east
// and y metres north of the centre.
func (p Projection) Forward(q orb.Point) (x, y float64) {
	x, y, _ = p.forward(q)
	return x, y
}

// Inverse maps plane coordinates (x metres east, y metres north of the
// centre) back to a point [lon, lat] in degrees, longitude in [-180, 180).
func (p Projection) Inverse(x, y float64) orb.Point {
	lon, lat, _ := p.inverse(x, y)
	return orb.Point{normLon(lon), lat}
}

// forward is Forward that also returns gamma, the rotation in degrees from
// true to plane azimuths at q: a direction leaving q at true azimuth β runs
// in the plane at azimuth β+gamma (exact along the radial direction, and to
// within the projection's small shear elsewhere).
func (p Projection) forward(q orb.Point) (x, y, gamma float64) {
	var s, azi1, azi2 float64
	geodesic.WGS84.Inverse(p.centre[1], p.centre[0], q[1], q[0], &s, &azi1, &azi2)
	if s == 0 {
		return 0, 0, 0
	}
	sin, cos := math.Sincos(azi1 * deg)
	return s * sin, s * cos, AngleDiff(azi1, azi2)
}

// inverse is Inverse that returns the longitude unwrapped to within 180
// degrees of the centre's (continuous across the antimeridian) and gamma as
// in forward.
func (p Projection) inverse(x, y float64) (lon, lat, gamma float64) {
	s := math.Hypot(x, y)
	if s == 0 {
		return p.centre[0], p.centre[1], 0
	}
	azi1 := math.Atan2(x, y) / deg
	var azi2 float64
	geodesic.WGS84.Direct(p.centre[1], p.centre[0], azi1, s, &lat, &lon, &azi2)
	return unwrapLon(lon, p.centre[0]), lat, AngleDiff(azi1, azi2)
}
