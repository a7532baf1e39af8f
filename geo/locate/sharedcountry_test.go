package locate

import "testing"

// TestSharedCountryNames: a country name that two countries bear
// ("Congo", "Korea", « Corée ») is the one where the document's other
// places are, and the places put in it keep their namesake there.
func TestSharedCountryNames(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tt := range []struct {
		doc, name, country string
		anchor, anchorIn   string
	}{
		{"The army retook Kitshanga Deux, 80 km north-west of Goma, Congo.", "Congo", "CD", "Goma", "CD"},
		{"GOMA, Congo (Reuters) - Rebels seized Kitshanga Deux, some 80 km north-west of Goma, on Sunday.", "Congo", "CD", "Goma", "CD"},
		{"Le village de Kalo est situé à 40 km au nord de Bukavu, au Congo.", "Congo", "CD", "Bukavu", "CD"},
		{"Kalo lies 30 km north of Pointe-Noire, Congo.", "Congo", "CG", "Pointe-Noire", "CG"},
		{"Kalo lies 20 km north of Kaesong, Korea.", "Korea", "KP", "Kaesong", "KP"},
		{"Kalo lies 20 km south of Seoul, Korea.", "Korea", "KR", "Seoul", "KR"},
		{"Kalo se trouve à 20 km au nord de Pyongyang, en Corée.", "Corée", "KP", "Pyongyang", "KP"},
	} {
		res := analyse(t, tt.doc)
		if c := placeNamed(t, res, tt.name); c.Country != tt.country {
			t.Errorf("%s: %s is %q, want %s", tt.doc, tt.name, c.Country, tt.country)
		}
		if a := placeNamed(t, res, tt.anchor); a.Source != SourceGazetteer || a.Country != tt.anchorIn {
			t.Errorf("%s: %s is %s in %q, want the gazetteer's in %s", tt.doc, tt.anchor, a.Source, a.Country, tt.anchorIn)
		}
		for _, c := range res.Checks {
			if c.Verdict() != VerdictHolds {
				t.Errorf("%s: %q is %v, want it to hold", tt.doc, c.Phrase, c.Verdict())
			}
		}
	}
}
