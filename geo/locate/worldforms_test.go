package locate

import "testing"

// TestIslandCountries: a French text names a country after « l'île » or «
// les îles » when the country's French name holds the word (« l'île
// Maurice » is Mauritius, not Maurice in Louisiana), and the country then
// settles its towns' namesakes.
func TestIslandCountries(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct{ doc, name, country string }{
		{"Le cyclone a touché l'île Maurice dimanche. Le hameau de Grand Sable, à 12 km au sud de Mahébourg, est isolé.", "Maurice", "MU"},
		{"À l'île Maurice, le village de Bel Ombre se trouve à 15 km à l'ouest de Souillac.", "Maurice", "MU"},
		{"Le séisme a frappé les îles Salomon. Le village de Tangarare, à 40 km à l'ouest de Honiara, est détruit.", "Salomon", "SB"},
	} {
		res := analyse(t, tc.doc)
		if p := placeNamed(t, res, tc.name); p.Feature != "country" || p.Country != tc.country {
			t.Errorf("%s: %s is a %s in %q, want the country %s", tc.doc, tc.name, p.Feature, p.Country, tc.country)
		}
	}
	checkTexts(t, []textCase{
		{doc: "À l'île Maurice, le village de Bel Ombre se trouve à 15 km à l'ouest de Souillac.",
			place: "Bel Ombre", anchor: "Souillac", country: "MU", km: 15},
	})
}

// TestHeadlands: « la pointe » and « le cap » name headlands and capes,
// which the gazetteer does not hold: « le cap Corse » is no Corse in
// Gloucestershire, and « la pointe des Châteaux » is placed from what
// the text states.
func TestHeadlands(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Le cap Corse est balayé par les vents. Le hameau de Barcaggio, à 20 km au nord de Bastia, est isolé.")
	for _, p := range res.Places {
		if p.Name == "Corse" && p.Source == SourceGazetteer {
			t.Errorf("le cap Corse is the gazetteer's %s in %s", p.Feature, p.Country)
		}
	}
	checkTexts(t, []textCase{
		{doc: "Un voilier s'est échoué près de la pointe des Colibris, à 9 km à l'est de Saint-François, en Guadeloupe.",
			place: "Colibris", anchor: "Saint-François", country: "GP", km: 9},
	})
}
