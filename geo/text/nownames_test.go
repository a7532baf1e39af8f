package text

import "testing"

// TestNowAliases: a name in brackets after a word of nownames.tsv is the
// name the place bears today, an alias marked Now: "Constantinople (now
// Istanbul)", "Smyrna (modern İzmir)", « Thèbes (aujourd'hui Louxor) »,
// « Cirta (l'actuelle Constantine) ».
func TestNowAliases(t *testing.T) {
	for doc, want := range map[string][2]string{
		"The monastery stood 12 km west of Constantinople (now Istanbul).":                    {"Constantinople", "Istanbul"},
		"Sardis lies 90 km east of Smyrna (modern İzmir), on the road to Ankara.":             {"Smyrna", "İzmir"},
		"Fort Laramie stood west of Bytown (present-day Ottawa).":                             {"Bytown", "Ottawa"},
		"Le monastère se trouve à 12 km au nord-ouest de Thèbes (aujourd'hui Louxor).":        {"Thèbes", "Louxor"},
		"Le fort se trouve à 40 km de Cirta (l'actuelle Constantine), sur la route de Batna.": {"Cirta", "Constantine"},
	} {
		d := Read(doc)
		ok := false
		for _, a := range d.Aliases {
			if d.Mentions[a.Name].Name == want[0] && d.Mentions[a.Alias].Name == want[1] && a.Now {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Read(%q): no alias %s (now %s)", doc, want[0], want[1])
		}
	}
	for _, c := range []string{"en", "fr"} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c]
		if len(l.sets[setNowNames]) < 5 {
			t.Errorf("lexicon/%s/nownames.tsv: %d rows, want at least 5", c, len(l.sets[setNowNames]))
		}
	}
}
