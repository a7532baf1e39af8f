package locate

import (
	"testing"

	"github.com/paulmach/orb"
)

// TestFrreg25FrenchDivisions: a first-level division named as French
// writes it is mapped: after the title of its head (« le gouverneur du
// Ouaddaï », doubled letters GeoNames writes once, in a text naming
// another country), with its compass word after the name (« au Darfour
// occidental »), and in English after "the governor of".
func TestFrreg25FrenchDivisions(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct{ doc, name, country string }{
		{"Le gouverneur du Ouaddaï a demandé des vivres pour les réfugiés venus du Soudan.", "Ouaddaï", "TD"},
		{"Le gouverneur du Kanem a reçu l'aide du Niger.", "Kanem", "TD"},
		{"Au Darfour occidental, les déplacés affluent vers le Tchad.", "Darfour occidental", "SD"},
		{"Les combats ont gagné le Darfour méridional et le Kordofan méridional.", "Kordofan méridional", "SD"},
		{"Des pluies sont tombées sur le Darfour central cette semaine.", "Darfour central", "SD"},
		{"The governor of Kanem asked Niger for help.", "Kanem", "TD"},
	} {
		res := analyse(t, tc.doc)
		got := ""
		for _, p := range res.Places {
			if p.Name == tc.name && p.Source == SourceGazetteer && p.Feature == "region" {
				got = p.Country
			}
		}
		if got != tc.country {
			t.Errorf("%q: %s mapped in %q, want region of %s", tc.doc, tc.name, got, tc.country)
		}
	}
}

// TestFrreg25RegionPoint: a division the gazetteer knows with no seat
// and too few places for a hull (DR Congo's Lualaba and Kwango, Benin's
// Littoral) is shown at its largest place, so it has a label point.
func TestFrreg25RegionPoint(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct {
		doc, name string
		lat, lon  float64
	}{
		{"Le chantier se trouve dans la province du Lualaba, en RD Congo.", "Lualaba", -10.71, 25.47},
		{"La route de la province du Kwango, en RD Congo, est coupée.", "Kwango", -6.48, 16.82},
		{"Les pluies ont inondé le département du Littoral, au Bénin.", "Littoral", 6.37, 2.42},
	} {
		res := analyse(t, tc.doc)
		found := false
		for _, p := range res.Places {
			if p.Name != tc.name {
				continue
			}
			found = true
			if !p.HasPoint {
				t.Errorf("%q: %s has no point", tc.doc, tc.name)
				continue
			}
			if d := haversineM(p.Point, orb.Point{tc.lon, tc.lat}) / 1000; d > 150 {
				t.Errorf("%q: %s at %.2f,%.2f, %.0f km from %.2f,%.2f", tc.doc, tc.name, p.Point[1], p.Point[0], d, tc.lat, tc.lon)
			}
		}
		if !found {
			t.Errorf("%q: no place %s", tc.doc, tc.name)
		}
	}
}
