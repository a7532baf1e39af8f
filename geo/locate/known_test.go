package locate

import (
	"testing"
)

// TestRelationBetweenKnownPlaces checks that a distance stated between two
// places the gazetteer knows, in apposition with no place for a subject
// ("near Sirte and in Misrata, 250 km to the west"), is measured as a
// check: the second place from the first, both kept as the gazetteer's.
func TestRelationBetweenKnownPlaces(t *testing.T) {
	tests := []struct {
		doc, subject, object string
		minKm, maxKm         float64 // the measured distance
	}{
		{"Fighting was reported near Sirte and in Misrata, 250 km to the west.", "Misrata", "Sirte", 150, 260},
		{"Clashes were reported near Lyon and in Grenoble, 100 km to the south-east.", "Grenoble", "Lyon", 80, 110},
		{"There were protests in Delhi and in Agra (200 km to the south).", "Agra", "Delhi", 150, 220},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		var c *Check
		for _, k := range res.Checks {
			if k.Subject != nil && k.Object != nil && k.Subject.Name == tt.subject && k.Object.Name == tt.object {
				c = k
			}
		}
		if c == nil {
			t.Errorf("%q: no check of %s from %s", tt.doc, tt.subject, tt.object)
			continue
		}
		if c.Subject.Source != SourceGazetteer || c.Object.Source != SourceGazetteer {
			t.Errorf("%q: %s is %s and %s is %s, want both from the gazetteer", tt.doc, tt.subject, c.Subject.Source, tt.object, c.Object.Source)
		}
		if c.Verdict() != VerdictHolds {
			t.Errorf("%q: %s, want it to hold", tt.doc, c.Verdict())
		}
		if c.MeasuredKm < tt.minKm || c.MeasuredKm > tt.maxKm {
			t.Errorf("%q: measured %.1f km, want %.0f to %.0f", tt.doc, c.MeasuredKm, tt.minKm, tt.maxKm)
		}
	}
}
