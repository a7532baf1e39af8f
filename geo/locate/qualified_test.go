package locate

import "testing"

// TestCountryQualified splits a French town name that adds its country.
func TestCountryQualified(t *testing.T) {
	tests := []struct{ name, town, country string }{
		{"Tripoli du Liban", "Tripoli", "Liban"},
		{"Saint-Louis du Sénégal", "Saint-Louis", "Sénégal"},
		{"Sainte-Marie de Madagascar", "Sainte-Marie", "Madagascar"},
		{"Tripoli de Libye", "Tripoli", "Libye"},
		{"Kalo d'Algérie", "Kalo", "Algérie"},
		{"Gao", "", ""},
		{"du Liban", "", ""},
	}
	for _, tt := range tests {
		town, country, ok := countryQualified(tt.name)
		if ok != (tt.town != "") || town != tt.town || country != tt.country {
			t.Errorf("countryQualified(%q) = %q, %q, %v; want %q, %q", tt.name, town, country, ok, tt.town, tt.country)
		}
	}
}

// TestCountryQualifiedTown: "Tripoli du Liban" is Lebanon's Tripoli, not
// Libya's capital; a name whose second part is no country is left alone.
func TestCountryQualifiedTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, name, country string }{
		{"Kalo se trouve à 5 km au nord de Tripoli du Liban.", "Tripoli du Liban", "LB"},
		{"Kalo est un village à 20 km de Saint-Louis du Sénégal.", "Saint-Louis du Sénégal", "SN"},
		{"Kalo se trouve à 20 km de Tripoli de Libye.", "Tripoli de Libye", "LY"},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		if p := placeNamed(t, res, tt.name); p.Source != SourceGazetteer || p.Country != tt.country {
			t.Errorf("%s: %s is %s in %q, want the gazetteer's in %s", tt.doc, tt.name, p.Source, p.Country, tt.country)
		}
	}
	res := analyse(t, "Kalo se trouve à 20 km de Tombouctou de Kidal.")
	if p := placeNamed(t, res, "Tombouctou de Kidal"); p.Source == SourceGazetteer {
		t.Errorf("Tombouctou de Kidal is taken from the gazetteer (%s), but Kidal is no country", p.Country)
	}
}
