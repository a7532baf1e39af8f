package locate

import (
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestReferUnheldName: a kind noun opening a later clause ("The site",
// « Le camp ») stands for the last name of no kind said after a
// preposition of place when the gazetteer does not hold that name; the
// distance then places the name, and no nameless place is listed. A name
// the gazetteer holds keeps its town, and the noun names a place of its
// own.
func TestReferUnheldName(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tt := range []struct {
		doc, name, anchor string
		km                float64
	}{
		{"Le ministère a suspendu les travaux de la société Koro Mining à Mbélé-Dizangué, après un éboulement. Le site, à 30 km au nord de Batouri, employait 150 orpailleurs.", "Mbélé-Dizangué", "Batouri", 30},
		{"Police said 40 miners were trapped after a collapse at Kyabatemba on Tuesday. The site lies about 25 km west of Mubende, according to the district commissioner.", "Kyabatemba", "Mubende", 25},
		{"Des familles déplacées se sont installées à Tchawanga depuis mars. Le camp se trouve à 18 km à l'est de Kaga-Bandoro.", "Tchawanga", "Kaga-Bandoro", 18},
	} {
		res := analyse(t, tt.doc)
		p, a := placeNamed(t, res, tt.name), placeNamed(t, res, tt.anchor)
		if !p.HasPoint || !a.HasPoint {
			t.Errorf("%s: %s or %s has no point", tt.doc, tt.name, tt.anchor)
			continue
		}
		if d := geo.Distance(p.Point, a.Point) / 1000; d < tt.km*0.8 || d > tt.km*1.2 {
			t.Errorf("%s: %s %.1f km from %s, want %.0f", tt.doc, tt.name, d, tt.anchor, tt.km)
		}
		for _, q := range res.Places {
			if q.Name == "The site" || q.Name == "Le site" || q.Name == "Le camp" {
				t.Errorf("%s: nameless %q listed", tt.doc, q.Name)
			}
		}
	}
	// The gazetteer holds Kidal: the camp is its own place.
	res := analyse(t, "Fighting was reported in Kidal on Monday. The camp lies 20 km north of Tessalit.")
	if k := placeNamed(t, res, "Kidal"); !k.HasPoint || k.Source != SourceGazetteer {
		t.Errorf("Kidal: %+v, want the gazetteer's town", k)
	}
	placeNamed(t, res, "The camp")
}
