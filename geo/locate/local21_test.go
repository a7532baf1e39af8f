package locate

import (
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestFacilityBesideItsTown: a hospital named after a town the text also
// names ("Mandeville Regional Hospital" beside Mandeville) leaves the town
// (text.institutionTailStart), which lies in the country the ranking
// chooses.
func TestFacilityBesideItsTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, name, country string }{
		{"A farmer died after his car plunged down a gully near Mandeville on Sunday. He was pronounced dead at the Mandeville Regional Hospital.", "Mandeville", "JM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := analyse(t, tt.doc)
			if p := placeNamed(t, res, tt.name); p.Country != tt.country || !p.HasPoint {
				t.Errorf("%s: %s is in %q, want %s", tt.doc, tt.name, p.Country, tt.country)
			}
		})
	}
}

// TestCountyHoldingTheTowns: a county name many states share is the
// county that holds the towns the document names (pickHoldingTowns):
// Dickinson County beside Abilene and Solomon is Kansas's, not Iowa's.
func TestCountyHoldingTheTowns(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, county, town string }{
		{"ABILENE — Dickinson County commissioners voted Monday to resurface the road between Abilene and Solomon.", "Dickinson County", "Abilene"},
		{"Buffalo County deputies said the crash happened west of Kearney on Tuesday.", "Buffalo County", "Kearney"},
	}
	for _, tt := range tests {
		t.Run(tt.county, func(t *testing.T) {
			res := analyse(t, tt.doc)
			c, a := placeNamed(t, res, tt.county), placeNamed(t, res, tt.town)
			if !c.HasPoint || !a.HasPoint {
				t.Fatalf("%s: %s or %s has no point", tt.doc, tt.county, tt.town)
			}
			if d := geo.Distance(c.Point, a.Point) / 1000; d > 60 {
				t.Errorf("%s: %s is %.0f km from %s, want the county that holds it", tt.doc, tt.county, d, tt.town)
			}
		})
	}
}

// TestSmallPlaceInStatedTown: a lieu-dit the text puts in a commune is no
// namesake of it 500 km away (dropOutsideStatedTown): « au lieu-dit La
// Croix-Blanche, dans la commune de Loudéac » lies in Loudéac, not in
// Lot-et-Garonne.
func TestSmallPlaceInStatedTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, doc := range []string{
		"Le corps a été retrouvé au lieu-dit La Croix-Blanche, dans la commune de Loudéac.",
		"Le corps a été retrouvé au lieu-dit La Croix-Blanche, à Loudéac.",
	} {
		res := analyse(t, doc)
		p, town := placeNamed(t, res, "La Croix-Blanche"), placeNamed(t, res, "Loudéac")
		if !p.HasPoint || !town.HasPoint {
			t.Fatalf("%s: La Croix-Blanche or Loudéac has no point", doc)
		}
		if d := geo.Distance(p.Point, town.Point) / 1000; d > statedTownKm {
			t.Errorf("%s: La Croix-Blanche is %.0f km from Loudéac, want it in Loudéac", doc, d)
		}
	}
}
