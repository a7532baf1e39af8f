package locate

import "testing"

// TestTour19TownOfCountryName: a country's name the text calls a town
// (its airport: "Liberia airport"; where a shuttle runs: "shuttles to
// Liberia") is the town of that name in another country the text names,
// not the country: Liberia in a text on Costa Rica is Guanacaste's
// capital. With no such country named, or none holding such a town, the
// country stays.
func TestTour19TownOfCountryName(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct{ doc, name, country, feature string }{
		{"Casa Tucán Lodge is 7 km west of La Fortuna, Costa Rica. Shuttles run to San José and Liberia airports daily.", "Liberia", "CR", ""},
		{"The lodge is 7 km west of La Fortuna, Costa Rica. Shuttles run daily to Liberia.", "Liberia", "CR", ""},
		{"The camp lies 20 km north of Kumasi, Ghana. Shuttles run daily to Liberia.", "Liberia", "LR", "country"},
		{"Flights to Liberia leave Accra twice a week.", "Liberia", "LR", "country"},
	} {
		res := analyse(t, tc.doc)
		if p := placeNamed(t, res, tc.name); p.Country != tc.country || p.Feature != tc.feature {
			t.Errorf("%s: %s is a %q in %s, want a %q in %s", tc.doc, tc.name, p.Feature, p.Country, tc.feature, tc.country)
		}
	}
}

// TestTour19BuildingNamedLikeDivision: a second-level division the
// gazetteer knows by name only, written after "the", is a building ("the
// Radisson in Tromsø"): it puts the text in no country, so Tromsø is no
// stray and the camp measured from it is placed, and the division, far
// from the text's places, is given up. "Militants attacked Mocímboa da
// Praia and Palma" (TestStrayAnchorCountriesOnly) still names Mozambique.
func TestTour19BuildingNamedLikeDivision(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	doc := "Our Aurora Camp lies 30 km south-east of Tromsø. Guests are picked up at the Radisson in Tromsø at 18:00."
	res := analyse(t, doc)
	if p := placeNamed(t, res, "Radisson"); p.Source == SourceGazetteer {
		t.Errorf("the Radisson in Tromsø is the gazetteer's %s in %s", p.Feature, p.Country)
	}
	checkTexts(t, []textCase{
		{doc: doc, place: "Aurora Camp", anchor: "Tromsø", country: "NO", km: 30, unplaced: []string{"Radisson"}},
	})
}
