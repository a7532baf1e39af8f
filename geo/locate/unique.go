package locate

import (
	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
)

// constraintKey identifies a constraint up to repetition: the same anchor
// (the same point or foci, or the same region, line or area value) and the same
// bounds, nominal distance and sector.
type constraintKey struct {
	point              orb.Point
	hasPoint           bool
	region             *geo.Region
	line, area         *orb.Point // first vertex, shared by every constraint on the same border or country
	lineLen, areaLen   int
	foci               geo.Foci // "between": the two places
	hasFoci            bool
	minM, maxM, nomM   float64
	hasBearing         bool
	azimuth, halfWidth float64
}

func keyOf(c geo.Constraint) constraintKey {
	k := constraintKey{region: c.Anchor.Region, minM: c.MinM, maxM: c.MaxM, nomM: c.NominalM}
	if p := c.Anchor.Point; p != nil {
		k.point, k.hasPoint = *p, true
	}
	if l := c.Anchor.Line; len(l) > 0 && len(l[0]) > 0 {
		k.line, k.lineLen = &l[0][0], len(l)
	}
	if a := c.Anchor.Area; len(a) > 0 && len(a[0]) > 0 && len(a[0][0]) > 0 {
		k.area, k.areaLen = &a[0][0][0], len(a)
	}
	if f := c.Anchor.Foci; f != nil {
		k.foci, k.hasFoci = *f, true
	}
	if b := c.Bearing; b != nil {
		k.hasBearing, k.azimuth, k.halfWidth = true, b.Azimuth, b.HalfWidth
	}
	return k
}

// uniqueConstraints returns cs without repeats, in order. A report that
// states the same relation again (a long report often does, and a 1 MiB
// one may state it hundreds of times) gives no new evidence: solving with
// one copy gives the same feasible region, counts the statement once
// against the others when they conflict, and keeps the solver's work
// bounded by the distinct statements rather than by the length of the
// text.
func uniqueConstraints(cs []geo.Constraint) []geo.Constraint {
	if len(cs) < 2 {
		return cs
	}
	seen := make(map[constraintKey]bool, len(cs))
	out := cs[:0:0]
	for _, c := range cs {
		k := keyOf(c)
		if !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	return out
}
