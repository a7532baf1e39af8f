package locate

import (
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestDivisionReachesStatedDistance: a place the text puts in a division
// known by a hull of few places, or in a town's commune, and measures far
// from the division's seat or the town, is not thereby contradicted: the
// division reaches as far as the text measures ("Tybo ... in Nye County,
// Nevada ... 137 km north-east of Tonopah", the county seat; « un village
// de la commune de Tamanrasset, à 110 km au nord-est de Tamanrasset »).
func TestDivisionReachesStatedDistance(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct {
		doc, name, anchor string
		km                float64
	}{
		{"Tybo is a ghost town in Nye County, Nevada, United States. It lies about 85 mi (137 km) north-east of Tonopah, Nevada.", "Tybo", "Tonopah", 137},
		{"Tahifet est un village de la commune de Tamanrasset, en Algérie, situé à 110 km au nord-est de Tamanrasset dans le massif du Hoggar.", "Tahifet", "Tamanrasset", 110},
		{"Cap-Rouge est une localité de la commune de Jacmel, en Haïti. Elle est située à 15 km au nord de Jacmel.", "Cap-Rouge", "Jacmel", 15}, // guard
	} {
		res := analyse(t, tc.doc)
		p, a := placeNamed(t, res, tc.name), placeNamed(t, res, tc.anchor)
		if p.Status != StatusLocated || !p.HasPoint || !a.HasPoint {
			t.Errorf("%s: %s is %s, want located", tc.doc, tc.name, p.Status)
			continue
		}
		if d := geo.Distance(p.Point, a.Point) / 1000; d < tc.km*0.85 || d > tc.km*1.15 {
			t.Errorf("%s: %s is %.0f km from %s, want about %.0f", tc.doc, tc.name, d, tc.anchor, tc.km)
		}
	}
}
