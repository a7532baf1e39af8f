package locate

import (
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestStatedPoints: a position the text states in degrees places an
// unknown place, is checked against what else the text states of it, and
// measures a gazetteer place.
func TestStatedPoints(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		doc, place string
		holds      bool
		withinKm   float64 // of the stated point, when it holds
	}{
		// The position and the distance agree: 83 km at 81° from Tessalit.
		{"Talahandak (20°19′N 1°48′E) lies about 80 km east of Tessalit.", "Talahandak", true, 1},
		// They cannot both hold: reported, not dropped.
		{"Talahandak (20°19′N 1°48′E) lies about 30 km west of Tessalit.", "Talahandak", false, 0},
		// A gazetteer town measured against the position given for it.
		{"Tessalit (20°12′N 1°01′E) is a town in the Kidal Region of Mali.", "Tessalit", true, 1},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		p := placeNamed(t, res, tt.place)
		var stated *Place
		for _, q := range res.Places {
			if q.Source == SourceText {
				stated = q
			}
		}
		if stated == nil || !stated.HasPoint {
			t.Errorf("%s: no place of the stated position", tt.doc)
			continue
		}
		ok := true
		for _, c := range res.Checks {
			if c.Subject == p && c.Verdict() != VerdictHolds {
				ok = false
			}
		}
		if ok != tt.holds {
			t.Errorf("%s: every check on %s holds = %v, want %v", tt.doc, tt.place, ok, tt.holds)
		}
		if tt.holds {
			if d := geo.Distance(p.Point, stated.Point) / 1000; !p.HasPoint || d > tt.withinKm {
				t.Errorf("%s: %s %.2f km from the stated position, want within %.0f km", tt.doc, tt.place, d, tt.withinKm)
			}
		}
	}
}
