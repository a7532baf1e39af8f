package locate

import "testing"

// TestStraySecondDivisionHoldsBuilding: a building put in a name that the
// gazetteer knows as a second-level division far from every other place
// ("St Mary's Church, Ballina" beside Killala and Crossmolina, not Ballina
// Shire of New South Wales) is put in the town of that name, and the
// stray division says nothing of the building's country.
func TestStraySecondDivisionHoldsBuilding(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The baptismal register of St Mary's Church, Ballina, records the family in Killala and Crossmolina.")
	if p := placeNamed(t, res, "Ballina"); !p.HasPoint || p.Country != "IE" {
		t.Errorf("Ballina: point %v in %q, want the town in IE", p.HasPoint, p.Country)
	}
	if p := placeNamed(t, res, "St Mary's Church"); p.Country == "AU" {
		t.Errorf("St Mary's Church put in AU")
	}
}
