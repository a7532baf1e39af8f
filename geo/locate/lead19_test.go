package locate

import "testing"

// TestLoneStrayDivision: the one second-level division of a name, named
// only after a preposition, puts the document in its country, unless it
// lies more than strayTownKm from every one of at least two other places
// the document names: "high in the Pyrenees" beside Lourdes and Pau is
// not Victoria's Pyrenees Shire (loneDivisionCountry, farFromAll). Near
// the text's other places it stays.
func TestLoneStrayDivision(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The refuge sits high in the Pyrenees, 14 km south of Luz-Saint-Sauveur. Walkers come from Lourdes and Pau.")
	if p := placeNamed(t, res, "Pyrenees"); p.Country == "AU" {
		t.Errorf("the Pyrenees beside Lourdes are %s's %s (%s)", p.Country, p.Name, p.Status)
	}
	if p := placeNamed(t, res, "Lourdes"); p.Country != "FR" {
		t.Errorf("Lourdes is in %q, want FR", p.Country)
	}
	// Guard: beside Ballarat and Avoca the shire is meant.
	res = analyse(t, "Vineyards in the Pyrenees supply wineries in Ballarat and Avoca.")
	if p := placeNamed(t, res, "Pyrenees"); p.Country != "AU" {
		t.Errorf("the Pyrenees beside Ballarat are in %q (%s), want AU", p.Country, p.Status)
	}
}

// TestActorNoCountry: a name the reader takes for a person's or a
// side's (text.Mention.Actor: a word of kinship before it, a score after
// it) is no country: "her daughter Georgia", "beat Gabon 2-1".
func TestActorNoCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct{ doc, name string }{
		{"She taught in Camden, Tennessee, for 34 years. She is survived by her daughter Georgia.", "Georgia"},
		{"Cameroon beat Gabon 2-1 in Garoua on Sunday.", "Gabon"},
	} {
		for _, p := range analyse(t, tc.doc).Places {
			if p.Name == tc.name && p.Status == StatusLocated {
				t.Errorf("%s: %s is located in %s", tc.doc, p.Name, p.Country)
			}
		}
	}
}
