package text

import "testing"

// TestNamesake26TownFacilityCityMeant: a name after a noun of a part, a
// facility or an office of a town (townof.tsv), right before it or
// before "of" or « de », names a town (Mention.CityMeant), so that a
// country bearing its capital's name is the capital; "the centre of"
// and a bare preposition leave it the country's.
func TestNamesake26TownFacilityCityMeant(t *testing.T) {
	checkCityMeant(t, []cityMeantCase{
		{"Hundreds marched through downtown Kuwait on Friday evening.", "Kuwait", true},
		{"Cranes stood idle at the port of Djibouti for a week.", "Djibouti", true},
		{"Water ran knee-deep in the streets of Guatemala after the storm.", "Guatemala", true},
		{"The mayor of Panama opened the new metro line.", "Panama", true},
		{"Shanties spread across the outskirts of Panama in the 1980s.", "Panama", true},
		{"Une exposition s'ouvre au musée de Luxembourg le 3 mai.", "Luxembourg", true},
		{"Les dockers du port de Djibouti sont en grève depuis lundi.", "Djibouti", true},
		{"Des barricades ont été dressées dans les rues de Panama.", "Panama", true},
		{"Le maire de Luxembourg a reçu la délégation.", "Luxembourg", true},
		{"The centre of Panama is hilly and green.", "Panama", false},         // guard: the middle of the country
		{"The embassy in Kuwait reopened on Monday.", "Kuwait", false},        // guard
		{"Le président de Djibouti a reçu la délégation.", "Djibouti", false}, // guard: a head of state
	})
}
