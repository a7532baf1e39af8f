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

// TestDivisionOfStatedCountry: "X, <country>" with X one of the country's
// first-level divisions and no town of its name in it is the division
// (divisionOfStatedCountry): "the Yukon-Koyukuk Census Area of Alaska,
// United States" is the state, not Fort Ashby, West Virginia, which
// GeoNames also calls Alaska. A town in its own division ("Kano,
// Nigeria") and a big town elsewhere ("Washington, United States") stay
// towns.
func TestDivisionOfStatedCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct {
		doc, name string
		division  bool
	}{
		{"Qavinaq is in the Yukon-Koyukuk Census Area of Alaska, United States. It lies 97 km west of Fairbanks.", "Alaska", true},
		{"Flooding hit Borno, Nigeria.", "Borno", true},
		{"Kalo is a village near Kano, Nigeria.", "Kano", false},
		{"Talks were held in Washington, United States.", "Washington", false},
	} {
		p := placeNamed(t, analyse(t, c.doc), c.name)
		if got := p.Feature == "region"; got != c.division {
			t.Errorf("%s: %s is %q at %v; want a division: %v", c.doc, c.name, p.Feature, p.Point, c.division)
		}
	}
}
