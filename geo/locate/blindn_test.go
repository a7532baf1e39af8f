package locate

import "testing"

// TestInDivisionOfSmallCountry: a place the text puts only in a division
// of a country small enough to bound it is a containment alone, which
// places nothing (pointBound), not a point at the country's middle
// outside the division: "Fond-Melon, localité de la commune de Jacmel".
// With a distance from Jacmel it is placed, and the containment holds.
func TestInDivisionOfSmallCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Fond-Melon est une localité de la commune de Jacmel.")
	if p := placeNamed(t, res, "Fond-Melon"); p.Status != StatusUnresolved {
		t.Errorf("Fond-Melon is %s at %v; want unresolved", p.Status, p.Point)
	}
	res = analyse(t, "Fond-Melon est une localité de la commune de Jacmel, à 10 km au nord de Jacmel.")
	if p := placeNamed(t, res, "Fond-Melon"); p.Status != StatusLocated || p.Point[1] > 18.6 {
		t.Errorf("Fond-Melon is %s at %v; want located by Jacmel", p.Status, p.Point)
	}
	for _, c := range res.Checks {
		if c.Relation == "in" && c.Verdict() != VerdictHolds {
			t.Errorf("%s: %s", c.Phrase, c.Verdict())
		}
	}
}
