package locate

import "testing"

// TestTownOfCountryName: a country's name that the text puts in another
// country, or in a first-level division of one, is a town of that name
// there ("Liberia, Costa Rica", "Mexico, Missouri"); put in no other
// country, it is the country.
func TestTownOfCountryName(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		doc, name, country, feature string
	}{
		{"Tamarindo is a beach village in Guanacaste, some 70 km west of Liberia, Costa Rica.", "Liberia", "CR", ""},
		{"Bara is a farm 12 km north of Mexico, Missouri.", "Mexico", "US", ""},
		{"Refugees from Liberia crossed into Guinea.", "Liberia", "LR", "country"},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		p := placeNamed(t, res, tt.name)
		if p.Country != tt.country || (tt.feature == "country") != (p.Feature == "country") {
			t.Errorf("%s: %s is a %q in %q, want in %s (country %v)", tt.doc, tt.name, p.Feature, p.Country, tt.country, tt.feature == "country")
		}
	}
	res := analyse(t, "Tamarindo is a beach village in Guanacaste, some 70 km west of Liberia, Costa Rica.")
	for _, c := range res.Checks {
		if c.Verdict() == VerdictContradicted || c.Verdict() == VerdictNotMeasured {
			t.Errorf("Tamarindo: %q %s (%s)", c.Phrase, c.Verdict(), c.Note)
		}
	}
}

// TestDivisionOfAnchorCountry: a name whose towns all lie abroad is the
// first-level division of the country of the towns the text measures
// from, when one bears it, though the text names no country: Faryab is
// Afghanistan's province, not the town in Iran 1,250 km away.
func TestDivisionOfAnchorCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Hazrat Sultan camp, which lies 18 km east of Sheberghan, shelters families displaced from Faryab.")
	if p := placeNamed(t, res, "Faryab"); p.Country != "AF" || p.Feature != "region" {
		t.Errorf("Faryab is a %q in %q, want a region of AF", p.Feature, p.Country)
	}
}

// TestDivisionOfCountryNamed: « l'Extrême-Nord du Cameroun » is the
// first-level division of the country it names, and a place put in it is
// put in that country too: a distance alone from Mokolo, near the
// Nigerian border, is read on the Cameroonian side, and every check holds.
func TestDivisionOfCountryNamed(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, division, country, place string }{
		{"Le camp de réfugiés de Minawao se trouve à une trentaine de kilomètres de Mokolo, dans l'Extrême-Nord du Cameroun.", "Extrême-Nord du Cameroun", "CM", "Minawao"},
		{"La ville de Kaya se trouve dans le Centre-Nord du Burkina Faso, à 100 km de Ouagadougou.", "Centre-Nord du Burkina Faso", "BF", "Kaya"},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		if d := placeNamed(t, res, tt.division); d.Feature != "region" || d.Country != tt.country {
			t.Errorf("%s: %s is a %q in %q, want a region of %s", tt.doc, tt.division, d.Feature, d.Country, tt.country)
		}
		if p := placeNamed(t, res, tt.place); !p.HasPoint || p.Country != tt.country {
			t.Errorf("%s: %s in %q (point %v), want placed in %s", tt.doc, tt.place, p.Country, p.HasPoint, tt.country)
		}
		for _, c := range res.Checks {
			if v := c.Verdict(); v != VerdictHolds {
				t.Errorf("%s: %q %s (%s)", tt.doc, c.Phrase, v, c.Note)
			}
		}
	}
}
