package locate

import (
	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/text"
)

// addStatedPoints makes every position the text states in degrees
// (text.Document.Coordinates) a place of its own, at that point, and a
// statement that the place it is given for lies within its precision of
// it ("Talahandak (20°19′N 1°48′E)": within 0.93 km of 20.317 N, 1.8 E).
// The statement is solved and checked as any stated distance is: an
// unknown place is placed there, a gazetteer place is measured against
// it, and a position that breaks the text's distances is a contradiction.
// It runs after the namesakes are chosen, so that no rule for names
// judges the position; the point's place has no gazetteer entry.
func (s *session) addStatedPoints() {
	for i, c := range s.doc.Coordinates {
		sub := s.entityAt(c.Subject)
		if sub == nil {
			continue
		}
		name := c.Span.Text(s.doc.Text)
		m := len(s.doc.Mentions)
		s.doc.Mentions = append(s.doc.Mentions, text.Mention{Name: name, Span: c.Span, Feature: statedFeature, Evidence: text.EvidenceRelation})
		e := &entity{
			key: "\x00stated\x00" + name, name: name, feature: statedFeature, first: c.Span.Start,
			mentions: []text.Span{c.Span}, evidence: text.EvidenceRelation, statedKm: c.PrecisionKm,
			cands:  []gazetteer.Place{{ID: int64(-1 - i), Name: name, Point: orb.Point{c.Lon, c.Lat}, Class: "S"}},
			chosen: 0, runnerUp: -1, givenUp: -1,
		}
		s.ents = append(s.ents, e)
		s.ment = append(s.ment, e)
		r := len(s.doc.Relations)
		s.doc.Relations = append(s.doc.Relations, text.Relation{
			Kind: text.KindDistance, Subject: c.Subject, Object: m, Other: -1,
			MinKm: c.PrecisionKm, MaxKm: c.PrecisionKm, Unit: "km", Hedge: "within",
			Phrase: c.Span,
		})
		sub.subjectOf = append(sub.subjectOf, r)
		e.objectOf = append(e.objectOf, r)
	}
}

// statedFeature is the feature of a place that is a position the text
// states in degrees.
const statedFeature = "coordinates"
