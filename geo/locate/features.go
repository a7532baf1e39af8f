package locate

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/orb/simplify"
)

// borderToleranceDeg is the Douglas-Peucker tolerance, in degrees, of
// border lines in the output: about 100 m, finer than any stated distance
// locus reads.
const borderToleranceDeg = 0.001

// FeatureCollection returns the result in locus's output contract (see the
// README): a place feature per place, a region feature per located derived
// place and a constraint feature per stated relation. Coordinates are
// [lon, lat] with at most 6 decimals and polygon rings wound per RFC 7946.
func (r *Result) FeatureCollection() *geojson.FeatureCollection {
	fc := geojson.NewFeatureCollection()
	for _, p := range r.Places {
		fc.Append(placeFeature(r.Text, p))
	}
	for _, p := range r.Places {
		if p.Region == nil || len(p.Region.Shape) == 0 {
			continue
		}
		var g orb.Geometry = p.Region.Shape
		if len(p.Region.Shape) == 1 {
			g = p.Region.Shape[0]
		}
		f := geojson.NewFeature(Round(g))
		f.ID = "r-" + p.ID
		f.Properties = geojson.Properties{
			"kind":     "region",
			"place":    p.ID,
			"name":     p.Name,
			"area_km2": round(p.Region.AreaKm2, 3),
			"parts":    len(p.Region.Candidates),
		}
		fc.Append(f)
	}
	for _, c := range r.Checks {
		fc.Append(checkFeature(c))
	}
	return fc
}

func placeFeature(doc string, p *Place) *geojson.Feature {
	var g orb.Geometry
	switch {
	case p.Geometry != nil:
		g = p.Geometry
		if ml, ok := g.(orb.MultiLineString); ok {
			g = simplify.DouglasPeucker(borderToleranceDeg).Simplify(ml.Clone())
		}
		g = Round(g)
	case p.HasPoint:
		g = Round(p.Point)
	}
	f := &geojson.Feature{Type: "Feature", Geometry: g}
	f.ID = p.ID
	mentions := make([]map[string]any, 0, len(p.Mentions))
	for _, m := range p.Mentions {
		mentions = append(mentions, map[string]any{"start": m.Start, "end": m.End, "text": doc[m.Start:m.End]})
	}
	props := geojson.Properties{
		"kind":     "place",
		"name":     p.Name,
		"source":   string(p.Source),
		"status":   string(p.Status),
		"mentions": mentions,
	}
	if p.Feature != "" {
		props["feature"] = p.Feature
	}
	if p.Country != "" {
		props["country"] = p.Country
	}
	if p.Note != "" {
		props["note"] = p.Note
	}
	if p.Gazetteer != nil {
		props["gazetteer_id"] = p.Gazetteer.ID
		props["feature_code"] = p.Gazetteer.Code
		props["population"] = p.Gazetteer.Population
	}
	if p.Geometry != nil && p.HasPoint {
		props["label_point"] = Round(p.Point)
	}
	if p.Region != nil {
		props["area_km2"] = round(p.Region.AreaKm2, 3)
		if len(p.Region.Candidates) > 1 {
			cands := make([]map[string]any, 0, len(p.Region.Candidates))
			for _, c := range p.Region.Candidates {
				cands = append(cands, map[string]any{
					"point":    Round(c.Point),
					"area_km2": round(c.AreaKm2, 3),
					"weight":   round(c.Weight, 4),
				})
			}
			props["candidates"] = cands
		}
	}
	f.Properties = props
	return f
}

func checkFeature(c *Check) *geojson.Feature {
	var g orb.Geometry
	if c.hasGeom {
		g = Round(orb.LineString{c.From, c.To})
	}
	f := &geojson.Feature{Type: "Feature", Geometry: g}
	f.ID = c.ID
	st := c.Stated
	stated := map[string]any{"hedge": st.Hedge, "direction": st.Direction}
	if st.MaxKm > 0 {
		stated["min_km"], stated["max_km"] = round(st.MinKm, 3), round(st.MaxKm, 3)
		stated["unit"] = st.Unit
	}
	if st.Points > 0 {
		stated["bearing_deg"] = st.Azimuth
	}
	if st.Road {
		stated["road"] = true
	}
	allowed := boundsJSON(c.Allowed)
	props := geojson.Properties{
		"kind":     "constraint",
		"subject":  c.Subject.ID,
		"object":   c.Object.ID,
		"relation": c.Relation,
		"phrase":   c.Phrase,
		"start":    c.Span.Start,
		"end":      c.Span.End,
		"stated":   stated,
		"allowed":  allowed,
	}
	if c.hasGeom {
		m := map[string]any{"km": round(c.MeasuredKm, 3)}
		if c.Allowed.HasBearing {
			m["bearing_deg"] = round(c.MeasuredBearing, 2)
		}
		props["measured"] = m
		props["satisfied"] = c.Satisfied
		props["residual_km"] = round(c.ResidualKm, 3)
		if c.Note != "" {
			props["note"] = c.Note
		}
		if c.Strict != nil {
			props["strict"] = boundsJSON(*c.Strict)
		}
	} else {
		props["measured"] = nil
		props["status"] = "unmeasured"
	}
	f.Properties = props
	return f
}

// boundsJSON writes a reading of a relation: min_km, max_km (absent when
// unbounded), and bearing_deg with half_width_deg when it has a direction.
func boundsJSON(b Bounds) map[string]any {
	m := map[string]any{"min_km": round(b.MinKm, 3)}
	if !math.IsInf(b.MaxKm, 1) {
		m["max_km"] = round(b.MaxKm, 3)
	}
	if b.HasBearing {
		m["bearing_deg"], m["half_width_deg"] = b.Azimuth, b.HalfWidth
	}
	return m
}

func round(v float64, decimals int) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	p := math.Pow(10, float64(decimals))
	return math.Round(v*p) / p
}

// Round returns a copy of g with every coordinate rounded to 6 decimals
// (about 0.1 m), as RFC 7946 section 11.2 advises, and rings wound
// counter-clockwise (exteriors) and clockwise (holes).
func Round(g orb.Geometry) orb.Geometry {
	rp := func(p orb.Point) orb.Point { return orb.Point{round(p[0], 6), round(p[1], 6)} }
	rl := func(ps []orb.Point) []orb.Point {
		out := make([]orb.Point, 0, len(ps))
		for _, p := range ps {
			q := rp(p)
			if n := len(out); n > 0 && out[n-1] == q {
				continue
			}
			out = append(out, q)
		}
		return out
	}
	rpoly := func(p orb.Polygon) orb.Polygon {
		out := make(orb.Polygon, 0, len(p))
		for i, r := range p {
			rr := orb.Ring(rl(r))
			if len(rr) < 4 {
				continue
			}
			if a := planar.Area(rr); (i == 0) != (a > 0) {
				rr.Reverse()
			}
			out = append(out, rr)
		}
		return out
	}
	switch g := g.(type) {
	case orb.Point:
		return rp(g)
	case orb.LineString:
		return orb.LineString(rl(g))
	case orb.MultiLineString:
		out := make(orb.MultiLineString, 0, len(g))
		for _, l := range g {
			if ls := rl(l); len(ls) >= 2 {
				out = append(out, ls)
			}
		}
		return out
	case orb.Polygon:
		return rpoly(g)
	case orb.MultiPolygon:
		out := make(orb.MultiPolygon, 0, len(g))
		for _, p := range g {
			if rp := rpoly(p); len(rp) > 0 {
				out = append(out, rp)
			}
		}
		return out
	}
	return g
}
