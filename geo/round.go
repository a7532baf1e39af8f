package geo

import (
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// minRingAreaDeg2 is the smallest area, in square degrees of the lon/lat
// plane (about 1 m² at the equator), of a ring Round keeps: below it a ring
// is flat or nearly so (simplification leaves such slivers), its winding
// is noise, and RFC 7946 readers disagree about it.
const minRingAreaDeg2 = 1e-10

// Round returns a copy of g ([lon, lat] degrees) as locus writes GeoJSON:
// every coordinate rounded to 6 decimals (about 0.1 m), as RFC 7946
// section 11.2 advises, repeated positions dropped, and rings wound
// counter-clockwise (exteriors) and clockwise (holes) in the lon/lat
// plane. Polygons and lines that cross the antimeridian, or run beyond
// ±180 as a region solved near it does, are cut there (CutAntimeridian,
// CutLineAntimeridian), so a Polygon may come back a MultiPolygon and a
// LineString a MultiLineString. A ring left with fewer than 4 positions or
// no area (see minRingAreaDeg2) is dropped, and with an exterior ring its
// whole polygon; a line left with fewer than 2 positions is dropped from a
// MultiLineString and, alone, becomes a Point. When nothing is left (or g
// is nil) it returns nil: never an invalid or empty geometry.
func Round(g orb.Geometry) orb.Geometry {
	if g = roundGeometry(g); isEmpty(g) {
		return nil
	}
	return g
}

// roundGeometry is Round without the final check for emptiness.
func roundGeometry(g orb.Geometry) orb.Geometry {
	rp := func(p orb.Point) orb.Point { return orb.Point{round6(p[0]), round6(p[1])} }
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
			if n := len(rr); n > 1 && rr[0] != rr[n-1] {
				rr = append(rr, rr[0])
			}
			a := planar.Area(rr) // signed for a Ring: > 0 counter-clockwise
			if len(rr) < 4 || math.Abs(a) < minRingAreaDeg2 {
				if i == 0 {
					return nil // no exterior: no polygon
				}
				continue
			}
			if (i == 0) != (a > 0) {
				rr.Reverse()
			}
			out = append(out, rr)
		}
		return out
	}
	switch g := g.(type) {
	case orb.Point:
		return rp(g)
	case orb.MultiPoint:
		out := make(orb.MultiPoint, len(g))
		for i, p := range g {
			out[i] = rp(p)
		}
		return out
	case orb.LineString:
		if cut := CutLineAntimeridian(g); len(cut) > 1 {
			return roundGeometry(cut)
		}
		ls := rl(g)
		if len(ls) == 1 {
			return ls[0]
		}
		return orb.LineString(ls)
	case orb.MultiLineString:
		out := make(orb.MultiLineString, 0, len(g))
		for _, l := range g {
			for _, c := range CutLineAntimeridian(l) {
				if ls := rl(c); len(ls) >= 2 {
					out = append(out, ls)
				}
			}
		}
		return out
	case orb.Polygon:
		if cut := CutAntimeridian(g); len(cut) > 1 {
			return roundGeometry(orb.MultiPolygon(cut))
		}
		return rpoly(g)
	case orb.MultiPolygon:
		out := make(orb.MultiPolygon, 0, len(g))
		for _, p := range g {
			for _, c := range CutAntimeridian(p) {
				if rp := rpoly(c); len(rp) > 0 {
					out = append(out, rp)
				}
			}
		}
		return out
	case orb.Collection:
		out := make(orb.Collection, 0, len(g))
		for _, m := range g {
			if r := Round(m); r != nil {
				out = append(out, r)
			}
		}
		return out
	}
	return g
}

// isEmpty reports whether g has no position to draw: nil, or a line,
// polygon or collection of them with none left.
func isEmpty(g orb.Geometry) bool {
	switch g := g.(type) {
	case nil:
		return true
	case orb.LineString:
		return len(g) == 0
	case orb.MultiLineString:
		return len(g) == 0
	case orb.Polygon:
		return len(g) == 0
	case orb.MultiPolygon:
		return len(g) == 0
	case orb.MultiPoint:
		return len(g) == 0
	case orb.Collection:
		return len(g) == 0
	}
	return false
}
