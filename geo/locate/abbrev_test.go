package locate

import (
	"context"
	"testing"
)

// TestStateAbbreviations: every abbreviation names a division the
// gazetteer holds, and a town followed by one is taken in that division.
func TestStateAbbreviations(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	db := openTestDB(t)
	for ab, full := range stateAbbreviations {
		if as, err := db.Admin1(context.Background(), full, ""); err != nil || len(as) == 0 {
			t.Errorf("%s: the gazetteer holds no division %q (%v)", ab, full, err)
		}
	}
	checkTexts(t, []textCase{
		{doc: "The hamlet of Pine Knot lies 20 km south of Springfield, Ill.",
			place: "Pine Knot", anchor: "Springfield", country: "US", km: 20},
		{doc: "The village of Bear Paw lies 12 km west of Havre, Mont.",
			place: "Bear Paw", anchor: "Havre", country: "US", km: 12},
		{doc: "Greenvale lies 18 km south of London, Ont.",
			place: "Greenvale", anchor: "London", country: "CA", km: 18},
		{doc: "The village of Ash Grove lies 20 km north of Paris, Tenn., near the lake.",
			place: "Ash Grove", anchor: "Paris", country: "US", km: 20},
	})
}
