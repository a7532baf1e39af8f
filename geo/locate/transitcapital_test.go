package locate

import "testing"

// TestTransitCapital: where trains, buses or flights run from or to is a
// town's station or airport, so a country that bears its capital's name
// is the capital there ("Trains from Luxembourg", « les vols pour
// Djibouti »); a country whose capital bears another name stays the
// country ("Flights to France"). So is what French puts after « à », which
// takes towns (« vendus à Luxembourg »), while « à Madagascar » stays the
// country.
func TestTransitCapital(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		doc, name, country string
		city               bool
	}{
		{"Trains from Luxembourg run every hour to Trier and Koblenz.", "Luxembourg", "LU", true},
		{"De Dire Dawa, les trains pour Djibouti partent le mercredi.", "Djibouti", "DJ", true},
		{"Buses to Panama leave David every hour.", "Panama", "PA", true},
		{"Ferries leave daily from Djibouti for Tadjourah.", "Djibouti", "DJ", true},
		{"Bus drivers from Panama protested in David.", "Panama", "PA", false},
		{"Flights to France were cancelled after the strike in Dakar.", "France", "FR", false},
		{"Ses fromages sont vendus à Diekirch, à Luxembourg et à Esch-sur-Alzette.", "Luxembourg", "LU", true},
		{"Il a vécu à Madagascar avant de s'installer à Antsirabe.", "Madagascar", "MG", false},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		p := placeNamed(t, res, tt.name)
		if p.Country != tt.country || tt.city == (p.Feature == "country") {
			t.Errorf("%s: %s is a %q in %q, want in %s (city %v)", tt.doc, tt.name, p.Feature, p.Country, tt.country, tt.city)
		}
	}
}
