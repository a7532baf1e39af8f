package locate

import "testing"

// TestInDivisionOfSmallCountry: a place the text puts only in a division
// of a country small enough to bound it is placed in the division's hull,
// not at the country's middle outside the division (pointBound,
// divisionArea): "Fond-Melon, localité de la commune de Jacmel" is in the
// south of Haiti, and its containment holds.
func TestInDivisionOfSmallCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Fond-Melon est une localité de la commune de Jacmel.")
	p := placeNamed(t, res, "Fond-Melon")
	if p.Status != StatusLocated || p.Point[1] > 18.6 {
		t.Errorf("Fond-Melon is %s at %v; want located in the south, by Jacmel", p.Status, p.Point)
	}
	for _, c := range res.Checks {
		if c.Relation == "in" && c.Verdict() != VerdictHolds {
			t.Errorf("%s: %s", c.Phrase, c.Verdict())
		}
	}
}
