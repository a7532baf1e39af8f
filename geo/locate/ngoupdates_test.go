package locate

import "testing"

// TestDivisionNameAbroadGivesWay: a bare name that is a division of one
// country ("Bali", Indonesia's province) is not taken for it when the
// other places the gazetteer knows in the document all lie in another
// country: "310 people fled Bali for a site 12 km west of Bamenda" is
// Cameroon's Bali, and Bamenda stays placed (placedOnlyAbroad).
func TestDivisionNameAbroadGivesWay(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct{ doc, name, country, anchor string }{
		{"Région du Nord-Ouest : 310 personnes ont fui Bali après des affrontements et se sont réfugiées à Mbengwi-Ntoh, à 12 km à l'ouest de Bamenda.", "Bali", "CM", "Bamenda"},
		{"Some 400 households fled Bali after clashes and reached Mbengwi-Ntoh, 12 km west of Bamenda.", "Bali", "CM", "Bamenda"},
	} {
		res := analyse(t, tc.doc)
		if p := placeNamed(t, res, tc.name); p.Country != tc.country {
			t.Errorf("%s: %s in %s %q; want %s", tc.doc, p.Name, p.Country, p.Feature, tc.country)
		}
		if p := placeNamed(t, res, tc.anchor); p.Status == StatusUnresolved || p.Country != tc.country {
			t.Errorf("%s: %s is %s in %q; want placed in %s", tc.doc, p.Name, p.Status, p.Country, tc.country)
		}
	}
}
