package server

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// coordinateFactor rounds coordinates to 6 decimal places (about 0.1 m),
// the precision RFC 7946 section 11.2 recommends.
const coordinateFactor = 1e6

// normalize returns a copy of fc that RFC 7946 readers take as it is:
// coordinates rounded to 6 decimals, polygon rings wound by the right-hand
// rule (exterior counterclockwise, holes clockwise, in the lon/lat plane)
// and no "crs" member. A nil fc gives an empty collection. fc itself is
// not modified.
func normalize(fc *geojson.FeatureCollection) *geojson.FeatureCollection {
	out := geojson.NewFeatureCollection()
	if fc == nil {
		return out
	}
	out.BBox = fc.BBox
	out.ExtraMembers = withoutCRS(fc.ExtraMembers)
	out.Features = make([]*geojson.Feature, 0, len(fc.Features))
	for _, f := range fc.Features {
		if f == nil {
			continue
		}
		g := *f
		g.Geometry = normalizeGeometry(f.Geometry)
		g.ExtraMembers = withoutCRS(f.ExtraMembers)
		out.Features = append(out.Features, &g)
	}
	return out
}

func withoutCRS(m geojson.Properties) geojson.Properties {
	if _, ok := m["crs"]; !ok {
		return m
	}
	c := m.Clone()
	delete(c, "crs")
	return c
}

// normalizeGeometry returns a rounded, rewound deep copy of g; nil stays nil.
func normalizeGeometry(g orb.Geometry) orb.Geometry {
	if g == nil {
		return nil
	}
	g = orb.Round(orb.Clone(g), coordinateFactor)
	wind(g)
	return g
}

// wind applies windPolygon to every polygon in g, in place.
func wind(g orb.Geometry) {
	switch g := g.(type) {
	case orb.Polygon:
		windPolygon(g)
	case orb.MultiPolygon:
		for _, p := range g {
			windPolygon(p)
		}
	case orb.Collection:
		for _, m := range g {
			wind(m)
		}
	}
}

// windPolygon makes p's exterior ring counterclockwise and its holes
// clockwise, in place. Degenerate rings (no area) are left alone.
func windPolygon(p orb.Polygon) {
	for i, r := range p {
		if len(r) < 4 {
			continue
		}
		want := orb.CCW
		if i > 0 {
			want = orb.CW
		}
		if o := r.Orientation(); o != 0 && o != want {
			r.Reverse()
		}
	}
}
