package locate

import "testing"

// TestLead30PositionlessDivisionAbroad: a second-level division the
// gazetteer knows by name only, in a country the text does not name, gives
// way to a town of its name within homeTownKm of the places the text does
// name (dropStrayDivisions, homeTown).
func TestLead30PositionlessDivisionAbroad(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkGazetteerCountries(t, []namedCountry{
		// Saint Lucia's quarter of Marigot has no position.
		{"Les habitants de Fond-Mapou, une localité de la commune de Marigot située à une quinzaine de kilomètres au nord-est de Jacmel, réclament un pont.", "Marigot", "HT"},
		{"Fond Cacao is a hamlet in the commune of Marigot, 12 km east of Jacmel.", "Marigot", "HT"},
		// So has a Canadian division named Paradise.
		{"Maracas Hill is a hamlet in the district of Paradise, 8 km north of Tunapuna.", "Paradise", "TT"},
	})
}
