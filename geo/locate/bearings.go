package locate

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
)

// BearingReachFactor is how far a direction stated without a distance
// reaches when directions from two or more places cross ("west of Ruiru
// and south-east of Limuru"): at most this many times the greatest
// distance between those places, and at least Vagueness.NearKm.
//
// A direction without a number means the place is near the town it is
// measured from: an author names the towns that frame a place, and a place
// twice as far from two towns as they are from each other sees them less
// than 30° apart (2·asin(1/4)), so the compass words from them could hardly
// differ enough for their sectors to cross at face value. The face-value
// crossing itself lies within that reach unless the sectors meet at a
// shallow angle; the cap keeps the loose reading (sectors of ±35° or ±45°,
// which may run out side by side) from reaching farther than the text
// supports. When the sectors cross only beyond it, the reach grows
// (bearingReachSteps) rather than contradict the text.
const BearingReachFactor = 2

// bearingReachSteps are the factors by which the reach of crossing
// directions is multiplied, in turn, while the sectors do not meet within
// it: the face-value crossing of sectors that meet at a shallow angle may
// lie farther out than BearingReachFactor allows.
var bearingReachSteps = []float64{1, 4, 16}

// openSector reports whether c is a direction from a point or region with
// no distance: a sector that runs without end.
func openSector(c geo.Constraint) bool {
	return c.Bearing != nil && c.Bearing.HalfWidth < 180 && math.IsInf(c.MaxM, 1) &&
		(c.Anchor.Point != nil || c.Anchor.Region != nil)
}

// bearingReach returns the reach in metres of the open sectors in cs
// (BearingReachFactor times the greatest distance between their anchors,
// at least nearKm), and false when strict, the same relations read at face
// value, holds no directions that cross (geo.SectorsCross): one direction,
// or directions that run out side by side, do not place a place. The
// crossing is decided at face value because the loose reading of two
// compass words at right angles (west and north, each ±45°) shares a
// direction, though the text puts the place at their corner.
func bearingReach(cs, strict []geo.Constraint, nearKm float64) (float64, bool) {
	if !geo.SectorsCross(strict) {
		return 0, false
	}
	var anchors []geo.Constraint
	for _, c := range cs {
		if openSector(c) {
			anchors = append(anchors, c)
		}
	}
	far := 0.0
	for i, a := range anchors {
		for _, b := range anchors[i+1:] {
			far = math.Max(far, geo.Distance(sectorApex(a), sectorApex(b)))
		}
	}
	return math.Max(BearingReachFactor*far, nearKm*1000), true
}

// sectorApex returns the point an open sector is measured from: its point
// anchor, or its region anchor's best point.
func sectorApex(c geo.Constraint) orb.Point {
	if c.Anchor.Point != nil {
		return *c.Anchor.Point
	}
	return c.Anchor.Region.Point
}

// reachBearings returns cs with every open sector cut at reachM metres
// from its anchor; cs itself is not changed. A reach of 0 returns cs.
func reachBearings(cs []geo.Constraint, reachM float64) []geo.Constraint {
	if reachM <= 0 {
		return cs
	}
	out := slices.Clone(cs)
	for i, c := range out {
		if openSector(c) {
			out[i].MaxM = reachM
		}
	}
	return out
}

// bearingsNote is the note of a place placed from directions alone: its
// region is where the sectors cross, wide by nature.
func (s *session) bearingsNote(e *entity, reachM float64) string {
	var names []string
	for _, ri := range s.spatialRelations(e) {
		rel := s.doc.Relations[ri]
		if rel.Points == 0 || rel.MaxKm > 0 || rel.Border != nil {
			continue
		}
		o := s.entityAt(rel.Object)
		if o == e {
			o = s.entityAt(rel.Subject)
		}
		if _, placed := anchorOf(o); placed && o != e && !slices.Contains(names, o.name) {
			names = append(names, o.name)
		}
	}
	return fmt.Sprintf("placed from directions alone (from %s), with no distance: the region is where their sectors cross, within %.0f km of the places they are measured from, and is wide",
		strings.Join(names, ", "), reachM/1000)
}

// errApart is what solveCrossing returns when directions that cross at
// face value do not meet, nor meet what else the text states, within the
// reach of their last step.
var errApart = errors.New("locate: the directions do not meet")

// solveCrossing locates a place that no distance bounds, from directions
// that cross (bearingReach): the open sectors are cut at their reach, and
// the reach grows by bearingReachSteps while the constraints cannot all
// hold within it. It sets e.reachM to the reach used. It returns
// geo.ErrUnbounded when the directions do not cross, and errApart when
// they cross but do not meet within the largest reach.
func (s *session) solveCrossing(e *entity, cs []geo.Constraint) (*geo.Region, error) {
	e.reachM = 0
	reach, ok := bearingReach(cs, s.strictFor(e), s.r.v.NearKm)
	if !ok {
		return nil, geo.ErrUnbounded
	}
	for i, k := range bearingReachSteps {
		r := math.Min(k*reach, geo.MaxReachM)
		reg, err := geo.Solve(reachBearings(cs, r), geo.Options{})
		if err != nil && i > 0 {
			break // a reach too far to solve: they do not meet nearer
		}
		if err != nil {
			return nil, err
		}
		if reg.Feasible {
			e.reachM = r
			return reg, nil
		}
		if r == geo.MaxReachM {
			break
		}
	}
	return nil, errApart
}

// strictFor returns the spatial relations on e read at face value
// (Vagueness.Strict), with open sectors cut at testReach(e.reachM).
func (s *session) strictFor(e *entity) []geo.Constraint {
	var strict []geo.Constraint
	for _, ri := range s.spatialRelations(e) {
		rel := s.doc.Relations[ri]
		if c, ok := s.constraintWith(rel, e, s.r.v.Strict(rel)); ok {
			strict = append(strict, c)
		}
	}
	return reachBearings(strict, testReach(e.reachM))
}

// testReach is the reach, in metres, of open sectors in the readings that
// test whether the statements hold as written (strictFor, holdBetween):
// four times the region's reachM, at most half of geo.MaxReachM, so that
// the face-value crossing of sectors that meet at a shallow angle, which
// may lie beyond the region's reach, is no contradiction. 0 stays 0.
func testReach(reachM float64) float64 {
	return math.Min(4*reachM, geo.MaxReachM/2)
}
