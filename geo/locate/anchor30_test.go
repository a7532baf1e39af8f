package locate

import (
	"strings"
	"testing"
)

// TestAnchor30SeatTown: a role of a division ("the regional capital", «
// le chef-lieu ») with no division of its kind named is the one town the
// text names that the gazetteer records as such a seat (PPLA for the
// first level, PPLA2 for the second): Tamale is a regional capital.
func TestAnchor30SeatTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Health officials in Tamale confirmed four cases of meningitis. All the patients come from Kpalgbani, a farming community about 15 km north-west of the regional capital.",
			place: "Kpalgbani", anchor: "Tamale", country: "GH", km: 15},
		{doc: "Gunmen attacked a market in Ségou on Friday. Traders fled to Dioforongo-Bas, some 20 km east of the regional capital.",
			place: "Dioforongo-Bas", anchor: "Ségou", country: "ML", km: 20},
		{doc: "Des pluies ont inondé Kaya. Le village de Koulgo-Peulh, à 12 km du chef-lieu, est coupé du reste de la province.",
			place: "Koulgo-Peulh", anchor: "Kaya", country: "BF", km: 12},
	})
}

// TestAnchor30SeatTownTwo: with two such seats named and no division of
// the role's kind, the role stays unresolved with its note: which one the
// text means is a guess.
func TestAnchor30SeatTownTwo(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	doc := "Traders travel between Mopti and Sikasso every week. A new market opened at Dialakoro-Bas, 20 km east of the regional capital."
	res := analyse(t, doc)
	for _, q := range res.Places {
		if strings.Contains(q.Name, "Dialakoro") && q.HasPoint {
			t.Errorf("%s: %s placed (%s), want it unplaced: two regional capitals are named", doc, q.Name, q.Source)
		}
	}
}
