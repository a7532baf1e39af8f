package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// SectorsCross reports whether the compass sectors in cs that reach without
// end cross: whether the sectors measured from point or region anchors
// with no maximum distance (MaxM +Inf) and a bearing narrower than 180°,
// taken together, confine the subject to a bounded set (the intersection
// of the bearings, a resection by compass). It needs two or more distinct
// anchors; with fewer it reports false. The other constraints of cs are
// ignored.
//
// The test is on directions alone, as in the plane: far from the anchors,
// every point is seen from all of them in almost the same direction, so
// when one direction lies in every sector the sectors run out together to
// infinity along it (parallel or diverging sectors), and when none does
// their intersection is bounded: a patch between the anchors, or empty
// when they point away from each other. Sector edges belong to the
// sectors, so two sectors that only touch (west and north, each ±45°,
// share north-west) do not cross: they leave a strip of constant width.
func SectorsCross(cs []Constraint) bool {
	type arc struct{ lo, width float64 }
	var arcs []arc
	var anchors []orb.Point
	for _, c := range cs {
		theta, half, ok := c.sector()
		if !ok || !math.IsInf(c.MaxM, 1) || c.Anchor.Point == nil && c.Anchor.Region == nil {
			continue
		}
		arcs = append(arcs, arc{lo: normAzimuth(theta - half), width: 2 * half})
		if p := c.anchorPoint(); !containsPoint(anchors, p) {
			anchors = append(anchors, p)
		}
	}
	if len(anchors) < 2 {
		return false
	}
	// A direction common to closed arcs exists iff the start of one of
	// them lies in all of them: the intersection, when not empty, begins
	// where some arc begins.
	const eps = 1e-9
	for _, a := range arcs {
		common := true
		for _, b := range arcs {
			if normAzimuth(a.lo-b.lo) > b.width+eps && normAzimuth(a.lo-b.lo) < 360-eps {
				common = false
				break
			}
		}
		if common {
			return false
		}
	}
	return true
}

// containsPoint reports whether ps holds p.
func containsPoint(ps []orb.Point, p orb.Point) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}
