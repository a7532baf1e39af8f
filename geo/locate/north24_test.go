package locate

import "testing"

// TestNorth24ListsInAnchorDivision holds a class of the North round: two
// names a text gives no sign of a place but their list ("Jokkmokk and
// Arvidsjaur had heavy snow") are towns when both lie in the first-level
// division of a town the text measures from, however far apart the
// North's towns are (findListAnchors): Norrbotten's Kiruna, Sakha's
// Yakutsk, Murmansk Oblast's Murmansk. Persons listed so stay unmapped.
func TestNorth24ListsInAnchorDivision(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkMapped(t, false, []mappedCase{
		{"A herders' camp lies 30 km west of Kiruna. Jokkmokk and Arvidsjaur had heavy snow.",
			map[string]string{"Jokkmokk": "SE", "Arvidsjaur": "SE"}, nil},
		{"A herding camp lies 40 km west of Yakutsk. Olenyok and Saskylakh are far to the north.",
			map[string]string{"Olenyok": "RU", "Saskylakh": "RU"}, nil},
		{"The Tuloma camp lies 20 km south of Murmansk. Kirovsk and Apatity lie further south.",
			map[string]string{"Kirovsk": "RU", "Apatity": "RU"}, nil},
		{"The Tuloma camp lies 20 km south of Murmansk. Smith and Jones were there.",
			nil, []string{"Smith", "Jones"}},
		{"A ranch lies 30 km west of Amarillo, Texas. Johnson and Nelson ran it for years.",
			nil, []string{"Johnson", "Nelson"}},
	})
}
