package text

import "testing"

// TestRegion28ElidedCompassDivision: a French division named by a compass
// word behind an elided article after its kind and « de » (« la région de
// l'Est », « la province de l'Ouest ») is a name, as « la région du Nord »
// is; « à l'est de X » and « l'Est du pays » without a kind before them
// stay directions or parts of a country.
func TestRegion28ElidedCompassDivision(t *testing.T) {
	for _, tc := range []struct {
		name, doc, want string
	}{
		{"region, end of sentence", "Une épidémie de rougeole touche la région de l'Est.", "Est"},
		{"province, before a comma", "Le gouverneur de la province de l'Ouest, en visite à Kibuye, a promis des vivres.", "Ouest"},
		{"department, apostrophe", "Les crues ont touché le département de l’Est, selon la préfecture.", "Est"},
		{"region, country after", "Les réfugiés affluent dans la région de l'Est du Cameroun, près de Bertoua.", "Est du Cameroun"},
	} {
		d := Read(tc.doc)
		found := false
		for _, m := range d.Mentions {
			found = found || m.Name == tc.want && m.Evidence > EvidenceUnlikely
		}
		if !found {
			t.Errorf("%s: Read(%q) has no mention %q", tc.name, tc.doc, tc.want)
		}
	}
	for _, doc := range []string{
		"Le camp se trouve à 20 km à l'Est de Bertoua.",
		"Les pluies ont frappé l'Est, dit le gouverneur.",
		"La région de l'Est de Mopti est aride.",
	} {
		for _, m := range Read(doc).Mentions {
			if m.Name == "Est" && m.Evidence > EvidenceUnlikely {
				t.Errorf("Read(%q): %q graded %v, want no division", doc, m.Name, m.Evidence)
			}
		}
	}
}

// TestRegion28GoalVerbCity: a name bare right after a French verb of the
// goal of a journey (lexicon/fr/travel.tsv, role goal) is a town
// (Mention.CityMeant): French writes a country there with its article.
func TestRegion28GoalVerbCity(t *testing.T) {
	for _, tc := range []struct{ doc, name string }{
		{"Après l'escale d'Obock, la délégation a pu regagner Djibouti avant la nuit.", "Djibouti"},
		{"Le peloton a quitté Wiltz pour rejoindre Luxembourg en fin de journée.", "Luxembourg"},
		{"Les camions devaient rallier Panama avant le samedi.", "Panama"},
		{"Le ministre rejoignit Koweït le soir même.", "Koweït"},
	} {
		ok := false
		for _, m := range Read(tc.doc).Mentions {
			ok = ok || m.Name == tc.name && m.CityMeant
		}
		if !ok {
			t.Errorf("Read(%q): %s is no town meant", tc.doc, tc.name)
		}
	}
	for _, tc := range []struct{ doc, name string }{
		{"Le ministre a regagné le Panama après sa tournée.", "Panama"},
		{"Les exilés ont pu rejoindre le Luxembourg en 1945.", "Luxembourg"},
	} {
		for _, m := range Read(tc.doc).Mentions {
			if m.Name == tc.name && m.CityMeant {
				t.Errorf("Read(%q): %s after its article is a town meant", tc.doc, tc.name)
			}
		}
	}
}

// TestRegion28GoalRowsRead reads every row of the goal role of
// lexicon/fr/travel.tsv: each makes the bare name after it a town meant.
func TestRegion28GoalRowsRead(t *testing.T) {
	goals := langs().fr.travel.goals
	if len(goals) < 10 {
		t.Fatalf("lexicon/fr/travel.tsv: %d goal rows, want at least 10", len(goals))
	}
	for w := range goals {
		doc := "Le convoi devait " + w + " Kalo le lendemain."
		ok := false
		for _, m := range Read(doc).Mentions {
			ok = ok || m.Name == "Kalo" && m.CityMeant
		}
		if !ok {
			t.Errorf("Read(%q): Kalo is no town meant", doc)
		}
	}
}
