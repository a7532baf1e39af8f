package locate

import "testing"

// TestDisasterBulletins: places a bulletin says were hit are mapped in
// the country of the place it measures from, the nameless event is placed
// from its anchor, and a river that burst its banks is no province of
// its name ("The Limpopo burst its banks" is no Limpopo of South Africa).
func TestDisasterBulletins(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkMapped(t, true, []mappedCase{
		{"The 7.2 earthquake's epicentre was 12 km NE of Saint-Louis-du-Sud. Les Cayes, Jérémie and Anse-à-Veau were badly hit.",
			map[string]string{"Les Cayes": "HT", "Jérémie": "HT", "Anse-à-Veau": "HT"}, nil},
		{"The Abu Mansour dam, 13 km south of Derna, gave way during Storm Daniel. Al Bayda and Benghazi were also flooded.",
			map[string]string{"Derna": "LY", "Al Bayda": "LY", "Benghazi": "LY"}, nil},
		{"The Limpopo burst its banks near Chokwe on Monday, and Macia and Xai-Xai were flooded.",
			map[string]string{"Chokwe": "MZ", "Macia": "MZ", "Xai-Xai": "MZ"}, []string{"Limpopo"}},
	})
}
