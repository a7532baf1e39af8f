package locate

import (
	"strings"
	"testing"
)

// TestAnch25BulletinAreasWithDate: the first area after a capitals
// dateline's dash in a bulletin's title dated "(20 May)" is mapped as
// the others are.
func TestAnch25BulletinAreasWithDate(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkMapped(t, false, []mappedCase{
		{doc: "PAPUA NEW GUINEA – Enga and Hela: Situation Report #3 (20 May). Fighting near Tari displaced 900 people.",
			want: map[string]string{"Enga": "PG", "Hela": "PG", "Tari": "PG"}},
		{doc: "PAPUA NEW GUINEA – Hela and Southern Highlands: Situation Report #3 (20 May). Fighting near Mendi displaced 900 people.",
			want: map[string]string{"Hela": "PG", "Southern Highlands": "PG", "Mendi": "PG"}},
		{doc: "SOMALIA – Bay and Bakool: Drought Situation Report No. 5 (3 March). Herders reached Baidoa with their camels.",
			want: map[string]string{"Bakool": "SO", "Baidoa": "SO"}},
	})
}

// TestAnch25BareCountyAfterFull: a county named the Irish way ("Co
// Clare", "County Kerry") and then bare is the county again, not a
// namesake abroad; a bare name that a town of the county's country
// bears is that town.
func TestAnch25BareCountyAfterFull(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct{ doc, bare, country string }{
		{"She taught at a school about six miles west of Ennis, Co Clare. Born in Kilrush in 1930, she trained in Dublin and returned to Clare in 1952.", "Clare", "IE"},
		{"He farmed near Killarney, County Kerry, until 1970, when he sold the land. His sons later left Kerry for good.", "Kerry", "IE"},
		{"The dance hall stood a mile outside Ballina, Co Mayo. Bands from all over Mayo played there on Sundays.", "Mayo", "IE"},
		{"The festival is held in Kinvara, Co. Galway, every summer. Visitors to Galway should book early.", "Galway", "IE"},
	} {
		res := analyse(t, c.doc)
		at := strings.LastIndex(c.doc, " "+c.bare+" ") + 1
		found := false
		for _, p := range res.Places {
			for _, sp := range p.Mentions {
				if sp.Start == at {
					found = true
					if p.Country != c.country || !p.HasPoint {
						t.Errorf("%q: the last %q placed %v in %q, want %s", c.doc, c.bare, p.HasPoint, p.Country, c.country)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: the last %q is no place", c.doc, c.bare)
		}
	}
}
