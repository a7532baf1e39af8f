package locate

import "testing"

// TestAid20Texts reads humanitarian situation reports that name a
// division the way reports do rather than the way the gazetteer does:
// Fiji's "Western Division" is the extract's "Western", found by its name
// without "Division" (gazetteer.Admin1), so its towns stay in Fiji rather
// than in a second-level division of that name elsewhere.
func TestAid20Texts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Fiji: Tropical Cyclone Situation Report #4. Flooding affected Ba, Nadi and Lautoka in the Western Division. An evacuation centre at Natabua High School, 3 km south of Lautoka, sheltered 400 people.",
			place: "Natabua High School", anchor: "Lautoka", country: "FJ", km: 3, mapped: []string{"Ba", "Nadi"}},
		{doc: "Flooding affected Nadi and Lautoka in the Western Division. The Votualevu evacuation centre, 5 km east of Nadi, hosts 200 people.",
			place: "Votualevu", anchor: "Nadi", country: "FJ", km: 5, mapped: []string{"Lautoka"}},
	})
}
