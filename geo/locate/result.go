package locate

import (
	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/text"
)

// Source says where a place's position comes from.
type Source string

// The sources of a place's position.
const (
	SourceGazetteer  Source = "gazetteer"  // a gazetteer entry (GeoNames place, OSM country or border)
	SourceDerived    Source = "derived"    // solved from what the text states about it
	SourceUnresolved Source = "unresolved" // named as a place but not placed; Place.Note says why
	SourceText       Source = "text"       // a position the text states in degrees ("20°19′N 1°48′E")
)

// Status says how a place came out of the solver.
type Status string

// The statuses of a place.
const (
	StatusLocated      Status = "located"      // every constraint on it holds
	StatusContradicted Status = "contradicted" // what the text states cannot all hold, even loosely, or not as written; see the failing checks
	StatusUnresolved   Status = "unresolved"   // no position at all
)

// Place is one place the document names, with where locus puts it.
type Place struct {
	ID       string      // "p1", "p2", ... in order of first mention
	Name     string      // as the text first gives it; a known place written in capitals only takes its gazetteer's form or title case (unshout)
	Feature  string      // descriptor: "village", "wadi", "country", "border", "coast", "region", "area", ...
	Source   Source      //
	Status   Status      //
	Mentions []text.Span // byte offsets of every mention in the document
	Country  string      // ISO 3166-1 alpha-2 of the country it lies in, when known

	// Point is the place's position or best estimate; valid when HasPoint.
	Point    orb.Point
	HasPoint bool
	// Geometry is the place's shape when it is a line or an area (a border,
	// a country, the area around a town); nil for a point place.
	Geometry orb.Geometry
	// Region is the uncertainty region of a derived place; nil otherwise.
	Region *geo.Region
	// Gazetteer is the gazetteer entry of a known place; nil otherwise.
	Gazetteer *gazetteer.Place
	// Note says, for an unresolved place, why it could not be placed; for
	// a located one, what its reader should know, e.g. that it was placed
	// from directions alone and its region is wide; for a region the
	// gazetteer knows by name only, that it has no position.
	Note string
}

// Check is one stated relation measured against where locus put its places.
type Check struct {
	ID      string // "c1", "c2", ...
	Subject *Place // the place the relation is about
	Object  *Place // the place it is measured from
	// Other is, for "between" and "midway", the second place the subject
	// lies between (Object is the first); nil otherwise.
	Other    *Place
	Relation string    // "distance", "direction", "border-distance", "coast-distance", "near", "in", "seat" (capital of), "between" or "midway"
	Phrase   string    // the phrase as written
	Span     text.Span // its byte offsets in the document
	Stated   text.Relation
	Allowed  Bounds
	// Strict is the face-value reading the check failed, when it holds
	// only under Allowed while the statements about its subject cannot all
	// hold as written (see Vagueness.Strict); nil otherwise.
	Strict *Bounds
	// MeasuredKm is the geodesic distance in km from the object (its nearest
	// point for a line or an area) to the subject's point; for "between",
	// the way from Object by the subject to Other (d(A,X) + d(X,B)), and
	// for "midway" the distance from the midpoint of Object–Other.
	MeasuredKm float64
	// MeasuredBearing is the geodesic azimuth in degrees at the object
	// towards the subject; meaningful only when Allowed.HasBearing.
	MeasuredBearing float64
	// Satisfied reports whether the subject's point meets the relation as
	// the vagueness model reads it; false when nothing was measured (see
	// Verdict, which tells the two apart).
	Satisfied bool
	// ResidualKm is how far in km the subject's point is from meeting the
	// relation; 0 when satisfied.
	ResidualKm float64
	// From and To are the ends of the line a map draws for the check: the
	// object's (nearest) point and the subject's point. For "between" and
	// "midway" the line goes on from To to Via, Other's point.
	From, To orb.Point
	Via      *orb.Point
	// Note explains a verdict the numbers alone do not, e.g. why a place
	// outside an admin1's hull still counts as in it; "" when none.
	Note string

	constraint geo.Constraint
	// measured records that both ends have a position and the relation
	// was measured; the engine sets it once, in checkRelation.
	measured bool
}

// Verdict returns the engine's answer about c: VerdictNotMeasured when the
// subject or the object has no position, else VerdictHolds or
// VerdictContradicted as Satisfied says. The CLI, the server and the page
// show this answer (the "status" property) and never derive their own.
func (c *Check) Verdict() Verdict {
	switch {
	case !c.measured:
		return VerdictNotMeasured
	case c.Satisfied:
		return VerdictHolds
	}
	return VerdictContradicted
}

// Result is everything locus read and placed in one document.
type Result struct {
	Text   string
	Title  string
	Places []*Place
	Checks []*Check
}

// Failed returns the measured checks that do not hold; a check whose
// subject or object has no position is not measured and not returned.
func (r *Result) Failed() []*Check {
	var out []*Check
	for _, c := range r.Checks {
		if c.Verdict() == VerdictContradicted {
			out = append(out, c)
		}
	}
	return out
}
