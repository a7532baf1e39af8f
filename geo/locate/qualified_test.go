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

// TestCountryPart: a compass word joined to a country's name ("Liban-Sud",
// "South Lebanon", "Nord-Mali") names a part of that country, which then
// chooses the namesakes of the document (Saida in Lebanon, not the
// Algerian Saïda); a country ("South Sudan"), a first-level division
// ("Western Australia") or a town the text puts in a state ("South
// Jordan, Utah") keeps its own reading, and an English compass word
// joins only the country's English name: "North Island" is no part of
// Iceland, whose other spellings hold "Island".
func TestCountryPart(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		doc, name, feature, country string
		anchor, anchorCountry       string // a namesake the part chooses
	}{
		{"Une frappe a visé une voiture à Kfar Hatta, à 12 km à l'est de Saïda, au Liban-Sud.", "Liban-Sud", "region", "LB", "Saïda", "LB"},
		{"An Israeli drone hit a car in Kfar Hatta, 12 km east of Saida in South Lebanon.", "South Lebanon", "region", "LB", "Saida", "LB"},
		{"Les combats ont repris près de Kidal, dans le Nord-Mali.", "Nord-Mali", "region", "ML", "Kidal", "ML"},
		{"Fighting in South Sudan displaced thousands near Juba.", "South Sudan", "country", "SS", "Juba", "SS"},
		{"Rains hit Western Australia, 30 km east of Perth.", "Western Australia", "region", "AU", "Perth", "AU"},
		{"A shooting was reported in South Jordan, Utah, on Monday.", "South Jordan", "", "US", "Utah", "US"},
		{"Najjembe is a town in Buikwe District, Central Uganda, 46 km east of Kampala.", "Central Uganda", "region", "UG", "Kampala", "UG"},
	}
	res := analyse(t, "Martha Hill is a town on the North Island of New Zealand, 45 km northwest of Tauranga.")
	if p := placeNamed(t, res, "North Island"); p.Country == "IS" {
		t.Errorf("North Island is read as a part of Iceland: %q", p.Note)
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		p := placeNamed(t, res, tt.name)
		if p.Source != SourceGazetteer || p.Feature != tt.feature || p.Country != tt.country {
			t.Errorf("%s: %s is %s %q in %q, want the gazetteer's %q in %s", tt.doc, tt.name, p.Source, p.Feature, p.Country, tt.feature, tt.country)
		}
		if a := placeNamed(t, res, tt.anchor); a.Country != tt.anchorCountry {
			t.Errorf("%s: %s is in %q, want %s", tt.doc, tt.anchor, a.Country, tt.anchorCountry)
		}
	}
}
