package locate

import (
	"context"
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
)

// TestNamelessSubject checks that a place the text gives no name ("The
// camp is 60 km east of Karachi") is derived from its relations like a
// named one, under the words the text calls it by, and that a later "the
// camp" adds its relation to the same place.
func TestNamelessSubject(t *testing.T) {
	tests := []struct {
		name, doc, place string
		checks           int
	}{
		{"definite", "The camp is 60 km east of Karachi.", "The camp", 1},
		{"indefinite, then the same camp", "A camp lies 60 km east of Karachi. The camp is about 100 km south-west of Hyderabad.", "A camp", 2},
		{"French", "Le poste de contrôle est situé à 60 km à l'est de Karachi.", "Le poste de contrôle", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := analyseFake(t, tt.doc)
			p, k := placeNamed(t, res, tt.place), placeNamed(t, res, "Karachi")
			if p.Source != SourceDerived || !p.HasPoint {
				t.Fatalf("%s: %s is %s (%s), want derived with a point", tt.doc, tt.place, p.Source, p.Note)
			}
			d, az, _ := geo.Inverse(k.Point, p.Point)
			if math.Abs(d/1000-60) > 5 || math.Abs(az-90) > 20 {
				t.Errorf("%s: %s is %.1f km at %.0f° from Karachi, want about 60 km at 90°", tt.doc, tt.place, d/1000, az)
			}
			n := 0
			for _, c := range res.Checks {
				if c.Subject == p {
					n++
					if c.Verdict() != VerdictHolds {
						t.Errorf("%s: check %q is %s, want holds", tt.doc, c.Phrase, c.Verdict())
					}
				}
			}
			if n != tt.checks {
				t.Errorf("%s: %d checks of %s, want %d", tt.doc, n, tt.place, tt.checks)
			}
		})
	}
}

// TestNamelessNotLookedUp checks that a nameless place is never taken for
// a gazetteer entry its words happen to spell: "The village" is not The
// Village, Oklahoma, whether the text places it (15 km south of Reno) or
// not (from a place no gazetteer holds).
func TestNamelessNotLookedUp(t *testing.T) {
	g := newFakeGazetteer(t)
	g.places = append(g.places, gazetteer.Place{ID: 4552969, Name: "The Village", ASCIIName: "The Village",
		Class: "P", Code: "PPL", Country: "US", Admin1Code: "OK", Point: orb.Point{-97.55143, 35.56089}, Population: 9400})
	for _, doc := range []string{"The village lies 15 km south of Reno.", "The village lies 15 km south of Zorblat Wells."} {
		res, err := New(g, Options{}).Analyse(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		p := placeNamed(t, res, "The village")
		if p.Source == SourceGazetteer || p.Gazetteer != nil {
			t.Errorf("%s: The village is a gazetteer entry (%s), want a place of its own", doc, p.Source)
		}
	}
}
