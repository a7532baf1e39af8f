package locate

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/simplify"

	"github.com/locus-gis/locus/geo"
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
		if g = geo.Round(g); g == nil {
			continue // nothing left at 6 decimals: no region to draw
		}
		f := geojson.NewFeature(g)
		f.ID = "r-" + p.ID
		f.Properties = geojson.Properties{
			KeyKind:    string(KindRegion),
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
		if g = geo.Round(g); g == nil && p.HasPoint {
			g = geo.Round(p.Point) // a shape too small for 6 decimals
		}
	case p.HasPoint:
		g = geo.Round(p.Point)
	}
	f := &geojson.Feature{Type: "Feature", Geometry: g}
	f.ID = p.ID
	mentions := make([]map[string]any, 0, len(p.Mentions))
	for _, m := range p.Mentions {
		mentions = append(mentions, map[string]any{"start": m.Start, "end": m.End, "text": doc[m.Start:m.End]})
	}
	props := geojson.Properties{
		KeyKind:    string(KindPlace),
		"name":     p.Name,
		KeySource:  string(p.Source),
		KeyStatus:  string(p.Status),
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
		props["label_point"] = geo.Round(p.Point)
	}
	if p.Region != nil {
		props["area_km2"] = round(p.Region.AreaKm2, 3)
		if len(p.Region.Candidates) > 1 {
			cands := make([]map[string]any, 0, len(p.Region.Candidates))
			for _, c := range p.Region.Candidates {
				cands = append(cands, map[string]any{
					"point":    geo.Round(c.Point),
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

// checkFeature writes a check as a constraint feature. Its geometry is a
// LineString from the object's (nearest) point to the subject's point; a
// Point at the subject when the two coincide at 6 decimals (a distance of
// 0 km, a place inside an area: a LineString needs two distinct
// positions); nil when the check was not measured.
func checkFeature(c *Check) *geojson.Feature {
	verdict := c.Verdict()
	var g orb.Geometry
	switch {
	case verdict != VerdictNotMeasured && c.Via != nil:
		g = geo.Round(orb.LineString{c.From, c.To, *c.Via}) // A, the subject, B
	case verdict != VerdictNotMeasured:
		g = geo.Round(orb.LineString{c.From, c.To})
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
	if c.Allowed.Spread > 0 {
		allowed["spread"] = round(c.Allowed.Spread, 3)
	}
	props := geojson.Properties{
		KeyKind:    string(KindConstraint),
		"subject":  c.Subject.ID,
		"object":   c.Object.ID,
		"relation": c.Relation,
		"phrase":   c.Phrase,
		"start":    c.Span.Start,
		"end":      c.Span.End,
		"stated":   stated,
		"allowed":  allowed,
		KeyStatus:  string(verdict),
	}
	if c.Other != nil {
		props["other"] = c.Other.ID // "between Object and Other"
	}
	if verdict != VerdictNotMeasured {
		m := map[string]any{"km": round(c.MeasuredKm, 3)}
		if c.Allowed.HasBearing {
			m["bearing_deg"] = round(c.MeasuredBearing, 2)
		}
		props[KeyMeasured] = m
		props[KeySatisfied] = verdict == VerdictHolds
		props["residual_km"] = round(c.ResidualKm, 3)
		if c.Note != "" {
			props["note"] = c.Note
		}
		if c.Strict != nil {
			props["strict"] = boundsJSON(*c.Strict)
		}
	} else {
		props[KeyMeasured] = nil
		props[KeySatisfied] = nil
		if c.Note != "" {
			props["note"] = c.Note // why it is not measured
		}
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
