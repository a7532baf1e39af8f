package locate

import "testing"

// TestListedDivisions: a name listed with a first-level division is a
// division of that country when the gazetteer has one of its name,
// rather than a town of another country that the list would not name
// (listedDivisions): Somalia's region Bari, not Italy's city; Madagascar's
// Sava, not the Italian town.
func TestListedDivisions(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkMapped(t, false, []mappedCase{
		{"Aid convoys reached Sanaag, Bari and Nugaal last week.", map[string]string{"Sanaag": "SO", "Bari": "SO", "Nugaal": "SO"}, nil},
		{"Rains were poor in Sava and Analanjirofo this season.", map[string]string{"Sava": "MG", "Analanjirofo": "MG"}, nil},
		{"Gu rains were below average in Bakool and Gedo.", map[string]string{"Bakool": "SO", "Gedo": "SO"}, nil},
	})
}

// TestNepalProvinces: Nepal's provinces written "X Province", as relief
// reports write them, are Nepal's divisions, which GeoNames names "X
// Pradesh" (the gazetteer's admin1Spellings), not India's Karnal.
func TestNepalProvinces(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkMapped(t, false, []mappedCase{
		{"Nepal: Karnali Province – Food Security Bulletin\n- Rice prices in Jumla are up.", map[string]string{"Karnali Province": "NP", "Jumla": "NP"}, nil},
		{"Landslides blocked roads across Gandaki Province, west of Kathmandu.", map[string]string{"Gandaki Province": "NP"}, nil},
	})
}
