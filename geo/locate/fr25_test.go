package locate

import "testing"

// TestFr25SmallCapitalOpens: a national capital that opens a sentence is
// taken however small when the document names its country (« Moroni, où
// siège le gouvernement … » in a text on the Comoros), as a capital of
// cityPop people is anywhere; a small capital in a text on another
// country is not.
func TestFr25SmallCapitalOpens(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct {
		doc, name, country string // country "" when the name must not be mapped
	}{
		{"Les Comores attendent la saison des pluies. Moroni, où siège le gouvernement, manque d'eau depuis juillet.", "Moroni", "KM"},
		{"Le Vanuatu a été frappé par un cyclone. Port-Vila, la capitale, est privée de courant.", "Port-Vila", "VU"},
		{"Le Liechtenstein vote dimanche. Vaduz, siège du parlement, accueille les bureaux de vote.", "Vaduz", "LI"},
		{"Sambou a quitté le Sénégal en 2010. Moroni, son frère, est resté à Dakar.", "Moroni", ""},
	} {
		got := gazetteerCountry(analyse(t, tc.doc), tc.name)
		if got != tc.country {
			t.Errorf("%q: %s mapped in %q, want %q", tc.doc, tc.name, got, tc.country)
		}
	}
}

// TestFr25NowCountry: an old name the gazetteer lacks, given the country's
// present name in brackets (« les Nouvelles-Hébrides (l'actuel Vanuatu)
// », "Upper Volta (now Burkina Faso)"), is that country.
func TestFr25NowCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct{ doc, country string }{
		{"L'archipel des Nouvelles-Hébrides (l'actuel Vanuatu) était un condominium.", "VU"},
		{"Les missionnaires arrivèrent en Oubangui-Chari (l'actuelle Centrafrique) en 1894.", "CF"},
		{"He served in Basutoland (now Lesotho) for ten years.", "LS"},
	} {
		res := analyse(t, tc.doc)
		ok := false
		for _, p := range res.Places {
			if p.Country == tc.country && p.Source == SourceGazetteer {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: no place mapped in %s", tc.doc, tc.country)
		}
	}
}
