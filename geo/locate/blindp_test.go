package locate

import (
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestNearAreaIsVague: a place measured from a town and said to lie near
// a wide area the text names by its kind ("on the edge of the Orkhon
// valley", "on the southern edge of the Moremi reserve") is placed where
// the distance puts it when the gazetteer's namesake of the area, a
// district or a village hundreds of kilometres away, cannot meet it
// (vagueArea): the stated distance holds. The namesake, more than
// strayAreaKm beyond the stated distance from the anchor, is not the area
// (beyondNearSubjects): nothing is contradicted, and the area is not drawn
// at the namesake.
func TestNearAreaIsVague(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct {
		doc, place, anchor, area string
		km                       float64
	}{
		{"Our ger camp, Tsagaan Nuur, sits about 40 km south of Kharkhorin on the edge of the Orkhon valley.", "Tsagaan Nuur", "Kharkhorin", "Orkhon", 40},
		{"Khwai Pans Camp is about 60 km north of Maun, on the southern edge of the Moremi reserve.", "Khwai Pans Camp", "Maun", "Moremi", 60},
	} {
		res := analyse(t, c.doc)
		p, a := placeNamed(t, res, c.place), placeNamed(t, res, c.anchor)
		if d := geo.Distance(p.Point, a.Point) / 1000; !p.HasPoint || d < 0.95*c.km || d > 1.05*c.km {
			t.Errorf("%s: %s is %.1f km from %s; want %.0f", c.doc, c.place, d, c.anchor, c.km)
		}
		for _, ch := range res.Checks {
			if ch.Verdict() == VerdictContradicted {
				t.Errorf("%s: %s is contradicted", c.doc, ch.Phrase)
			}
		}
		if p.Status != StatusLocated {
			t.Errorf("%s: %s is %s", c.doc, c.place, p.Status)
		}
		if ar := placeNamed(t, res, c.area); ar.HasPoint && geo.Distance(ar.Point, p.Point)/1000 > 50 {
			t.Errorf("%s: %s is drawn %.0f km from %s", c.doc, c.area, geo.Distance(ar.Point, p.Point)/1000, c.place)
		}
	}
}
