package locate

import "testing"

// TestRegions26DivisionOfDocCountry: a division named as the document's
// country writes it in French, or in another romanisation, is that
// country's division, not a namesake elsewhere: « la région du Nord » of
// Cameroon is its North, not Burkina Faso's Nord; « la Province Sud » of
// New Caledonia its South Province; a province of Laos or Mongolia
// spelled otherwise than GeoNames is found by its consonants; « l'Atacora »
// of Benin is GeoNames' Atakora.
func TestRegions26DivisionOfDocCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct{ doc, name, country string }{
		{"Au Cameroun, le choléra gagne la région du Nord, où Garoua compte 40 cas.", "Nord", "CM"},
		{"Des affrontements ont eu lieu dans la région du Nord-Ouest, au Cameroun, près de Bamenda.", "Nord-Ouest", "CM"},
		{"En Nouvelle-Calédonie, la Province Sud a voté son budget à Nouméa.", "Province Sud", "NC"},
		{"Au Burkina Faso, la région du Nord accueille des déplacés à Ouahigouya.", "Nord", "BF"},
		{"Flooding hit Savannakhet province in Laos after the Mekong rose.", "Savannakhet", "LA"},
		{"Herders in Khovd province, Mongolia, lost thousands of goats to the dzud.", "Khovd", "MN"},
		{"Les pluies ont coupé les routes de l'Atacora, près de Natitingou.", "Atacora", "BJ"},
	} {
		got := gazetteerCountry(analyse(t, tc.doc), tc.name)
		if got != tc.country {
			t.Errorf("%q: %s mapped in %q, want %s", tc.doc, tc.name, got, tc.country)
		}
	}
}
