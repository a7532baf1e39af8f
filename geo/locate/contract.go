package locate

import "github.com/paulmach/orb/geojson"

// The output contract (see the README) is written by FeatureCollection and
// read back by other packages (the server's counts) through the names
// below, so that renaming a key or a value is one edit that every reader
// follows, never a string that silently stops matching. Values are
// written as plain strings (string(KindPlace)), so that a reader of the
// in-process FeatureCollection and a reader of its JSON see the same.

// Kind is the "kind" property of a feature in the output contract.
type Kind string

// The kinds of feature.
const (
	KindPlace      Kind = "place"      // a place the document names
	KindRegion     Kind = "region"     // the uncertainty region or extent of a place
	KindConstraint Kind = "constraint" // a stated relation, measured
)

// Verdict is the engine's one answer about a stated relation, written as a
// constraint's "status" property. Every face (CLI, server, page) shows it
// as it is and never decides it again.
type Verdict string

// The verdicts on a constraint.
const (
	// VerdictHolds: measured, and the subject's point meets the relation
	// as the vagueness model reads it ("satisfied": true).
	VerdictHolds Verdict = "holds"
	// VerdictContradicted: measured, and it does not hold ("satisfied":
	// false); "residual_km" says by how much.
	VerdictContradicted Verdict = "contradicted"
	// VerdictNotMeasured: the subject or the object has no position, so
	// nothing was measured ("satisfied" and "measured": null, no geometry).
	VerdictNotMeasured Verdict = "not measured"
)

// Property keys of the output contract that other packages read.
const (
	KeyKind      = "kind"      // every feature: a Kind
	KeySource    = "source"    // place: a Source
	KeyStatus    = "status"    // place: a Status; constraint: a Verdict
	KeySatisfied = "satisfied" // constraint: true, false, or null when not measured
	KeyMeasured  = "measured"  // constraint: {km, bearing_deg}, or null when not measured
	KeyDocument  = "document"  // added by the server to name a feature's document
)

// KindOf returns the kind of a feature in the output contract, "" when it
// has none (a feature from elsewhere).
func KindOf(f *geojson.Feature) Kind {
	return Kind(f.Properties.MustString(KeyKind, ""))
}

// SourceOf returns where a place feature's position comes from, "" for a
// feature that is not a place.
func SourceOf(f *geojson.Feature) Source {
	if KindOf(f) != KindPlace {
		return ""
	}
	return Source(f.Properties.MustString(KeySource, ""))
}

// StatusOf returns how a place feature came out of the solver, "" for a
// feature that is not a place.
func StatusOf(f *geojson.Feature) Status {
	if KindOf(f) != KindPlace {
		return ""
	}
	return Status(f.Properties.MustString(KeyStatus, ""))
}

// VerdictOf returns the verdict written on a constraint feature, "" for a
// feature that is not a constraint.
func VerdictOf(f *geojson.Feature) Verdict {
	if KindOf(f) != KindConstraint {
		return ""
	}
	return Verdict(f.Properties.MustString(KeyStatus, ""))
}
