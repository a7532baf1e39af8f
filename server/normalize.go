package server

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/locus-gis/locus/geo"
)

// normalize returns a copy of fc that RFC 7946 readers take as it is:
// coordinates rounded to 6 decimals, polygon rings wound by the right-hand
// rule (exterior counterclockwise, holes clockwise, in the lon/lat plane),
// cut at the antimeridian (see geo.Round) and no "crs" member. A nil fc
// gives an empty collection. fc itself is not modified.
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

// normalizeGeometry returns a rounded, rewound copy of g by the output
// contract's one rule (geo.Round: 6 decimals, right-hand winding, cut at
// the antimeridian, flat rings dropped); nil stays nil, and a geometry with
// nothing left becomes nil.
func normalizeGeometry(g orb.Geometry) orb.Geometry {
	if g == nil {
		return nil
	}
	return geo.Round(g)
}
