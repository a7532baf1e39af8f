package text

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// A corpus example is a text and what a reader must find in it, written as
// facebook/duckling writes its Corpus.hs: the examples of a class of
// phrasing are the tests of that class. Every sentence here is invented (the
// names are real towns or made-up villages); none is copied from an
// evaluation set.
type example struct {
	doc string
	// rels are readings that must be among Read(doc)'s relations, each as
	// reading() writes it: "Subject: 25 km east of Object",
	// "Subject: ? km east of Object" (number missing), "Subject: east of
	// Object", "Subject: near Object", "Subject: in Object", "Subject: 20 km
	// from border(Algerian)", "Subject: midway on the road between A and
	// B".
	rels []string
	// places must be mentions graded at least EvidencePreposition (what the
	// resolver looks up), by name.
	places []string
	// not must not be mentions graded above EvidenceUnlikely.
	not []string
	// absent are readings that must not be among the relations.
	absent []string
}

// reading writes rel as the corpus examples do.
func reading(d *Document, rel Relation) string {
	name := func(m int) string {
		if m < 0 {
			return "?"
		}
		return d.Mentions[m].Name
	}
	obj := name(rel.Object)
	if rel.Border != nil {
		obj = "border(" + strings.Join(rel.Border.Countries, ",") + ")"
	}
	var b strings.Builder
	b.WriteString(name(rel.Subject) + ": ")
	switch rel.Kind {
	case KindDistance:
		if rel.MinKm == rel.MaxKm {
			fmt.Fprintf(&b, "%.3g km ", rel.MinKm)
		} else {
			fmt.Fprintf(&b, "%.3g-%.3g km ", rel.MinKm, rel.MaxKm)
		}
		if rel.Points > 0 {
			fmt.Fprintf(&b, "%s of ", compassName(rel.Azimuth))
		} else {
			b.WriteString("from ")
		}
	case KindDirection:
		if rel.MissingNumber {
			b.WriteString("? km ")
		}
		fmt.Fprintf(&b, "%s of ", compassName(rel.Azimuth))
	case KindNear:
		b.WriteString("near ")
	case KindIn:
		b.WriteString("in ")
	case KindBetween:
		if rel.Midway {
			b.WriteString("midway ")
		}
		if rel.Road {
			b.WriteString("on the road ")
		}
		b.WriteString("between ")
		obj += " and " + name(rel.Other)
	}
	b.WriteString(obj)
	return b.String()
}

// compassName names an azimuth by the nearest of 16 points, in English.
func compassName(az float64) string {
	names := [...]string{"north", "north-northeast", "northeast", "east-northeast", "east",
		"east-southeast", "southeast", "south-southeast", "south", "south-southwest", "southwest",
		"west-southwest", "west", "west-northwest", "northwest", "north-northwest"}
	return names[int(normAngle(az+11.25)/22.5)%16]
}

// checkCorpus checks every example of a class.
func checkCorpus(t *testing.T, corpus []example) {
	t.Helper()
	for _, ex := range corpus {
		d := Read(ex.doc)
		checkSpans(t, ex.doc, d)
		var got []string
		for _, rel := range d.Relations {
			got = append(got, reading(d, rel))
		}
		for _, w := range ex.rels {
			if !slices.Contains(got, w) {
				t.Errorf("Read(%q): no reading %q; got %q", ex.doc, w, got)
			}
		}
		for _, w := range ex.absent {
			if slices.Contains(got, w) {
				t.Errorf("Read(%q): reading %q, want none such", ex.doc, w)
			}
		}
		placeEv := map[string]Evidence{}
		for _, m := range d.Mentions {
			if e, ok := placeEv[m.Name]; !ok || m.Evidence > e {
				placeEv[m.Name] = m.Evidence
			}
		}
		for _, p := range ex.places {
			if e, ok := placeEv[p]; !ok || e < EvidencePreposition {
				t.Errorf("Read(%q): %q is not a place mention (evidence %v, found %v); mentions %v", ex.doc, p, e, ok, mentionNames(d))
			}
		}
		for _, p := range ex.not {
			if e, ok := placeEv[p]; ok && e > EvidenceUnlikely {
				t.Errorf("Read(%q): %q is a place mention (evidence %v), want none", ex.doc, p, e)
			}
			for _, rel := range d.Relations {
				if d.Mentions[rel.Subject].Name == p || (rel.Object >= 0 && d.Mentions[rel.Object].Name == p) {
					t.Errorf("Read(%q): %q takes part in %q", ex.doc, p, reading(d, rel))
				}
			}
		}
	}
}

func mentionNames(d *Document) []string {
	var out []string
	for _, m := range d.Mentions {
		out = append(out, m.Name+"/"+m.Evidence.String())
	}
	return out
}
