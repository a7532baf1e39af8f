package locate

import (
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestStraySecondDivisionHoldsBuilding: a building put in a name that the
// gazetteer knows as a second-level division far from every other place
// ("St Mary's Church, Ballina" beside Killala and Crossmolina, not Ballina
// Shire of New South Wales) is put in the town of that name, and the
// stray division says nothing of the building's country.
// The building itself is not listed (facility28).
func TestStraySecondDivisionHoldsBuilding(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The baptismal register of St Mary's Church, Ballina, records the family in Killala and Crossmolina.")
	if p := placeNamed(t, res, "Ballina"); !p.HasPoint || p.Country != "IE" {
		t.Errorf("Ballina: point %v in %q, want the town in IE", p.HasPoint, p.Country)
	}
	// The church itself, a building the text only puts in Ballina, is
	// no place the map missed (unplacedDoubtful); if listed, not in AU.
	for _, p := range res.Places {
		if p.Name == "St Mary's Church" && p.Country == "AU" {
			t.Errorf("St Mary's Church put in AU")
		}
	}
}

// TestNearProvince: near a first-level division is near any part of it,
// not near its seat: "washed ashore at Sinalagu, about 40 kilometres east
// of Auki on the other side of Malaita" puts Sinalagu 40 km from Auki,
// Malaita's seat, not 20 km in a compromise between the two.
func TestNearProvince(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "HONIARA - The canoe that went missing on Tuesday has been found washed ashore at Sinalagu, about 40 kilometres east of Auki on the other side of Malaita. Their families in Gizo have been informed.")
	p, auki := placeNamed(t, res, "Sinalagu"), placeNamed(t, res, "Auki")
	if !p.HasPoint || !auki.HasPoint {
		t.Fatalf("Sinalagu or Auki unplaced")
	}
	if km := geo.Distance(p.Point, auki.Point) / 1000; km < 36 || km > 44 {
		t.Errorf("Sinalagu is %.1f km from Auki, want about 40", km)
	}
}

// TestRomanisedCityNotStray: a city found under another romanisation of
// its own name is no stray alias however far the one country the text
// names ("Ulaanbaatar" for Ulan Bator, beside "Shares fell 3% in Hong
// Kong"), and the places measured from it are placed.
func TestRomanisedCityNotStray(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "ULAANBAATAR, March 12 (Reuters) - A fire destroyed a yard at Khar Zeeg, about 38 km south-west of Dalanzadgad. Dalanzadgad lies roughly 520 km south-south-west of Ulaanbaatar. Shares fell 3% in Hong Kong.")
	for _, name := range []string{"Ulaanbaatar", "Dalanzadgad"} {
		if p := placeNamed(t, res, name); !p.HasPoint || p.Country != "MN" || p.Note != "" {
			t.Errorf("%s: point %v in %q, note %q; want placed in MN with no note", name, p.HasPoint, p.Country, p.Note)
		}
	}
	if p := placeNamed(t, res, "Khar Zeeg"); !p.HasPoint {
		t.Errorf("Khar Zeeg unplaced")
	}
}
