package locate

import (
	"math"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
)

// TestInvertedRelation checks that a relation written from a known place
// to an unknown one ("Karachi lies 50 km south-west of X") places the
// unknown one from the known: at the stated distance, in the opposite
// direction, with the check measured and holding.
func TestInvertedRelation(t *testing.T) {
	tests := []struct {
		name, doc, known, unknown string
		km, bearing               float64 // from the known place to the unknown
	}{
		{"lies west of", "Karachi lies 50 km south-west of Dhabejo Flats.", "Karachi", "Dhabejo Flats", 50, 45},
		{"miles, with a state", "Tonopah, Nevada, lies about 60 miles north of the mining camp of Goldarn Flats.", "Tonopah", "Goldarn Flats", 96.56, 180},
		{"an aside", "Karachi (30 km east of Qorbani) is a port.", "Karachi", "Qorbani", 30, 270},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := analyseFake(t, tt.doc)
			k, u := placeNamed(t, res, tt.known), placeNamed(t, res, tt.unknown)
			if k.Source != SourceGazetteer || u.Source != SourceDerived || !u.HasPoint {
				t.Fatalf("%s: %s is %s, %s is %s (%s); want gazetteer and derived", tt.doc, tt.known, k.Source, tt.unknown, u.Source, u.Note)
			}
			d, az, _ := geo.Inverse(k.Point, u.Point)
			if math.Abs(d/1000-tt.km) > 0.05*tt.km {
				t.Errorf("%s: %s is %.1f km from %s, want %.1f", tt.doc, tt.unknown, d/1000, tt.known, tt.km)
			}
			if diff := math.Abs(math.Mod(az-tt.bearing+540, 360) - 180); diff > 10 {
				t.Errorf("%s: %s is at %.0f° from %s, want %.0f°", tt.doc, tt.unknown, az, tt.known, tt.bearing)
			}
			n := 0
			for _, c := range res.Checks {
				if c.Subject == k && c.Object == u {
					n++
					if c.Verdict() != VerdictHolds {
						t.Errorf("%s: check %q is %s, want holds", tt.doc, c.Phrase, c.Verdict())
					}
				}
			}
			if n == 0 {
				t.Errorf("%s: no check from %s to %s", tt.doc, tt.known, tt.unknown)
			}
		})
	}
}

// TestInvertedChain checks that an unknown place placed from a known
// subject anchors a further unknown, whichever order the text gives them
// in, and that a known subject still waits for an unknown object that the
// text places otherwise.
func TestInvertedChain(t *testing.T) {
	for _, doc := range []string{
		"Karachi lies 50 km west of Dhabejo. Dhabejo lies 30 km west of Qorbani.",
		"Qorbani is 30 km east of Dhabejo. Karachi lies 50 km west of Dhabejo.",
	} {
		res := analyseFake(t, doc)
		k, d, q := placeNamed(t, res, "Karachi"), placeNamed(t, res, "Dhabejo"), placeNamed(t, res, "Qorbani")
		if !d.HasPoint || !q.HasPoint {
			t.Fatalf("%s: Dhabejo %s (%s), Qorbani %s (%s); want both placed", doc, d.Status, d.Note, q.Status, q.Note)
		}
		if km := geo.Distance(k.Point, q.Point) / 1000; math.Abs(km-80) > 8 {
			t.Errorf("%s: Qorbani is %.1f km from Karachi, want about 80", doc, km)
		}
		for _, c := range res.Checks {
			if c.Verdict() != VerdictHolds {
				t.Errorf("%s: check %q is %s, want holds", doc, c.Phrase, c.Verdict())
			}
		}
	}
	// Qorbani is placed from Sukkur, which measures it: Hyderabad, written
	// as lying 50 km from it, waits to be checked against it and is not
	// its anchor.
	res := analyseFake(t, "Qorbani is 20 km south of Sukkur. Hyderabad lies 50 km west of Qorbani.")
	q := placeNamed(t, res, "Qorbani")
	if km := geo.Distance(placeNamed(t, res, "Sukkur").Point, q.Point) / 1000; math.Abs(km-20) > 2 {
		t.Errorf("Qorbani is %.1f km from Sukkur, want 20", km)
	}
}

// TestUnmeasuredSaysWhy checks that a check left unmeasured says which
// place has no position and why, in the check and in its GeoJSON feature.
func TestUnmeasuredSaysWhy(t *testing.T) {
	tests := []struct{ doc, want string }{
		{"Zorbatin is 40 km east of Qorbani.", "Zorbatin has no position"},
		{"Zorbatin is 40 km from Pakistan.", "a whole country"},
	}
	for _, tt := range tests {
		res := analyseFake(t, tt.doc)
		if len(res.Checks) == 0 {
			t.Fatalf("%s: no check", tt.doc)
		}
		c := res.Checks[0]
		if c.Verdict() != VerdictNotMeasured || !strings.Contains(c.Note, "not measured") || !strings.Contains(c.Note, tt.want) {
			t.Errorf("%s: check %s with note %q, want not measured with a note containing %q", tt.doc, c.Verdict(), c.Note, tt.want)
		}
		for _, f := range res.FeatureCollection().Features {
			if f.Properties[KeyKind] == string(KindConstraint) && f.Properties["note"] != c.Note {
				t.Errorf("%s: constraint feature note %v, want %q", tt.doc, f.Properties["note"], c.Note)
			}
		}
	}
}

// TestNamesakeNearNamedBorder checks that a namesake near a land border of
// a country the document names outranks a larger one on another continent,
// and that without the border the larger one stays the choice.
func TestNamesakeNearNamedBorder(t *testing.T) {
	res := analyse(t, "Zorbatin is 60 km east of the Mauritanian border and 20 km from Nara.")
	if n := placeNamed(t, res, "Nara"); n.Source != SourceGazetteer || n.Country != "ML" {
		t.Errorf("Nara with the Mauritanian border = %s in %q (%s), want the gazetteer's in ML", n.Source, n.Country, n.Note)
	}
	res = analyse(t, "Zorbatin is 20 km from Nara.")
	if n := placeNamed(t, res, "Nara"); n.Country != "JP" {
		t.Errorf("Nara alone = %s in %q, want JP", n.Source, n.Country)
	}
}

// TestBorderAsSubject checks "the Nigerian border runs 10 km south of X":
// X is 10 km from the border, on the side the text names (north of it),
// also when a town is written as the subject, and every check holds.
// Jibia lies 3 km from the border, so 20 km from it reaches both sides.
func TestBorderAsSubject(t *testing.T) {
	for _, doc := range []string{
		"Maradi lies 30 km north of Inabag. The Nigerian border runs 10 km south of Inabag.",
		"The Nigerian border runs 10 km south of Inabag, which lies 30 km south of Maradi.",
		"Inabag lies 20 km from Jibia. The Nigerian border runs 10 km south of Inabag.",
	} {
		res := analyse(t, doc)
		x := placeNamed(t, res, "Inabag")
		if x.Source != SourceDerived || !x.HasPoint {
			t.Fatalf("%s: Inabag is %s (%s), want derived", doc, x.Source, x.Note)
		}
		var border *Place
		for _, p := range res.Places {
			if p.Feature == "border" {
				border = p
			}
		}
		if border == nil {
			t.Fatalf("%s: no border place", doc)
		}
		d, q := geo.DistanceToLine(x.Point, border.Geometry.(orb.MultiLineString))
		_, az, _ := geo.Inverse(q, x.Point)
		if d/1000 < 5.5 || d/1000 > 11.5 || math.Abs(math.Mod(az+540, 360)-180) > 90 {
			t.Errorf("%s: Inabag is %.1f km from the border at %.0f°, want 5.5–11.5 km on its north side", doc, d/1000, az)
		}
		for _, c := range res.Checks {
			if c.Verdict() != VerdictHolds {
				t.Errorf("%s: check %q is %s, want holds", doc, c.Phrase, c.Verdict())
			}
		}
	}
}

// TestOpenChoiceInFeatures checks that a namesake choice left open reaches
// the GeoJSON: the place feature carries the note and both candidates.
func TestOpenChoiceInFeatures(t *testing.T) {
	res := analyseFake(t, "Zorbatin is 40 km east of Hyderabad.")
	h := placeNamed(t, res, "Hyderabad")
	for _, f := range res.FeatureCollection().Features {
		if f.ID != h.ID {
			continue
		}
		note, _ := f.Properties["note"].(string)
		cands, _ := f.Properties["candidates"].([]map[string]any)
		if !strings.Contains(note, "stays open") || len(cands) != 2 {
			t.Errorf("Hyderabad's feature: note %q, %d candidates; want the open choice and 2", note, len(cands))
		}
		return
	}
	t.Fatal("no feature for Hyderabad")
}

// TestAnchorsTogether checks that of two anchors of one place, the one
// whose chosen namesake lies thousands of km from the other gives way to a
// namesake that lets both statements hold, and that the output says the
// choice stays open.
func TestAnchorsTogether(t *testing.T) {
	res := analyse(t, "Zorbatin lies 30 km north of Cairo and 55 km north-west of Paducah.")
	c := placeNamed(t, res, "Cairo")
	if c.Country != "US" || !strings.Contains(c.Note, "stays open") {
		t.Errorf("Cairo = %s in %q (%s), want the one in the US with an open choice", c.Source, c.Country, c.Note)
	}
	for _, ch := range res.Checks {
		if ch.Verdict() != VerdictHolds {
			t.Errorf("check %q is %s, want holds", ch.Phrase, ch.Verdict())
		}
	}
	res = analyse(t, "Zorbatin lies 30 km north of Cairo.")
	if c := placeNamed(t, res, "Cairo"); c.Country != "EG" {
		t.Errorf("Cairo alone is in %q, want EG", c.Country)
	}
}
