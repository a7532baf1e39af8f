package locate

import (
	"testing"

	"github.com/paulmach/orb"
)

// TestLead28RegionalSeat: a first-level division's seat of at least
// regionalSeatPop people, named only capitalised in passing in a
// document on its own country, is that town, as a city of cityPop is
// (lookupKnownCities).
func TestLead28RegionalSeat(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkNamesakes(t, []namesakeCase{
		{doc: "Le PAM distribue des vivres au Tchad depuis son entrepôt d'Abéché.",
			name: "Abéché", country: "TD", at: orb.Point{20.8324, 13.82916}, km: 5},
		{doc: "Floods in Zambia: the Red Cross said that Mongu households lost their maize.",
			name: "Mongu", country: "ZM", at: orb.Point{23.13, -15.25}, km: 5},
		{doc: "In Ghana, cocoa buyers said Sunyani traders had raised prices.",
			name: "Sunyani", country: "GH", at: orb.Point{-2.33, 7.34}, km: 5},
	})
}
