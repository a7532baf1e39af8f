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
	tests := []struct {
		doc     string
		want    map[string]string // place -> its country
		wantNot []string
	}{
		{"The 7.2 earthquake's epicentre was 12 km NE of Saint-Louis-du-Sud. Les Cayes, Jérémie and Anse-à-Veau were badly hit.",
			map[string]string{"Les Cayes": "HT", "Jérémie": "HT", "Anse-à-Veau": "HT"}, nil},
		{"The Abu Mansour dam, 13 km south of Derna, gave way during Storm Daniel. Al Bayda and Benghazi were also flooded.",
			map[string]string{"Derna": "LY", "Al Bayda": "LY", "Benghazi": "LY"}, nil},
		{"The Limpopo burst its banks near Chokwe on Monday, and Macia and Xai-Xai were flooded.",
			map[string]string{"Chokwe": "MZ", "Macia": "MZ", "Xai-Xai": "MZ"}, []string{"Limpopo"}},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		for name, country := range tt.want {
			p := placeNamed(t, res, name)
			if !p.HasPoint && p.Geometry == nil || p.Country != country {
				t.Errorf("%s: %s in %q (point %v), want placed in %s", tt.doc, name, p.Country, p.HasPoint, country)
			}
		}
		for _, p := range res.Places {
			for _, n := range tt.wantNot {
				if p.Name == n && (p.HasPoint || p.Geometry != nil) {
					t.Errorf("%s: %s is mapped (%s, %s)", tt.doc, n, p.Source, p.Country)
				}
			}
		}
	}
}
