package locate

import "testing"

// TestUnres24DoubtfulUnlisted: a name only ever written before a noun of
// a group or an event, or before its initials (text.Mention.Doubtful:
// "Sarvodaya volunteers", "the Nabhani sultans", "the Mutomboko
// ceremony"), that the gazetteer does not know and the text does not
// place is no unresolved place (unplacedDoubtful); a town named so is
// still mapped ("Zaria officials"), and a place the text measures or
// names elsewhere still listed.
func TestUnres24DoubtfulUnlisted(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkUnlisted(t, []unlistedCase{
		{"Sarvodaya volunteers handed out rice in Trincomalee.", "Sarvodaya", "Trincomalee"},
		{"The falaj is credited to the Nabhani sultans by historians in Bahla.", "Nabhani", "Bahla"},
		{"Crowds left Mansa later this month for the Mutomboko ceremony.", "Mutomboko", "Mansa"},
		{"According to the National Disaster Management Authority (NDMA), roads into Muzaffarabad are closed.", "National Disaster Management Authority", "Muzaffarabad"},
		{"Zaria officials thanked the Kalo elders for the welcome.", "Kalo", "Zaria"},
		{"Kalo elders met on Monday. Kalo lies 20 km east of Gao.", "", "Kalo"},
		{"The herders reached Tin-Adar. Tin-Adar elders said the well was dry.", "", "Tin-Adar"},
	})
}

// unlistedCase is a text, a name the text must not list as a place ("" for
// none) and a place it must still map.
type unlistedCase struct{ doc, gone, kept string }

// checkUnlisted resolves each case's text and checks that it maps kept and
// lists no place named gone.
func checkUnlisted(t *testing.T, cases []unlistedCase) {
	t.Helper()
	for _, c := range cases {
		res := analyse(t, c.doc)
		placeNamed(t, res, c.kept)
		for _, p := range res.Places {
			if c.gone != "" && p.Name == c.gone {
				t.Errorf("%q: %q listed (%s, %q), want none such", c.doc, c.gone, p.Status, p.Note)
			}
		}
	}
}
