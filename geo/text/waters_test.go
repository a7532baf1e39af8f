package text

import "testing"

// TestWatersRead reads every word of lexicon/en/waters.tsv before "the"
// and a bare name: the name is a river's.
func TestWatersRead(t *testing.T) {
	set := langs().en.sets[setWaters]
	if len(set) == 0 {
		t.Fatal("waters.tsv is empty")
	}
	for w := range set {
		doc := "The boats went " + w + " the Niger at dawn."
		d := Read(doc)
		ok := false
		for _, m := range d.Mentions {
			ok = ok || m.Name == "Niger" && m.Feature == "river"
		}
		if !ok {
			t.Errorf("Read(%q): the Niger is no river; mentions %v", doc, d.Mentions)
		}
	}
}

// TestPlacePrepositionsRead reads every preposition of prepositions.tsv
// flagged place before a word of lexicon/peoples.txt: the word is a
// place there.
func TestPlacePrepositionsRead(t *testing.T) {
	n := 0
	for w, p := range langs().en.preps {
		if !p.place {
			continue
		}
		n++
		checkCorpus(t, []example{{doc: "The Egyptian column camped " + w + " Berber for a week.", places: []string{"Berber"}}})
	}
	if n == 0 {
		t.Fatal("prepositions.tsv flags no preposition place")
	}
}

// TestFrenchWatersRead reads every word of lexicon/fr/waters.tsv before
// « du » and a bare name, and before « de la », « de l' » or « le »: the
// name is a river's. A name after « la » alone, after no word of the
// table, stays a place ("au sud du Niger").
func TestFrenchWatersRead(t *testing.T) {
	set := langs().fr.sets[setWaters]
	if len(set) == 0 {
		t.Fatal("fr/waters.tsv is empty")
	}
	river := func(doc, name string) bool {
		for _, m := range Read(doc).Mentions {
			if m.Name == name && m.Feature == "river" {
				return true
			}
		}
		return false
	}
	for w := range set {
		for _, doc := range []string{
			"Le village de Kalo se trouve " + w + " du Niger, à 20 km de Gao.",
			"Le village de Kalo se trouve " + w + " de la Bénoué, à 20 km de Garoua.",
			"Le village de Kalo se trouve " + w + " de l'Oise, à 20 km de Compiègne.",
		} {
			if !river(doc, "Niger") && !river(doc, "Bénoué") && !river(doc, "Oise") {
				t.Errorf("Read(%q): no river", doc)
			}
		}
	}
	for _, doc := range []string{
		"Le village de Kouakourou se trouve sur la rive gauche du Niger, à 40 km au nord de Djenné.",
		"La route longe le Niger, à 20 km de Gao.",
		"Le village de Diafarabé-Kouma est situé dans le delta intérieur du Niger, à 79 km à l'ouest de Mopti.",
	} {
		if !river(doc, "Niger") {
			t.Errorf("Read(%q): the Niger is no river", doc)
		}
	}
	for _, doc := range []string{
		"Le village de Kalo se trouve au sud du Niger, à 20 km de Gao.",
		"Des réfugiés ont fui le long du Mali central vers Mopti.",
		"Le village se trouve au bord de la Nouvelle-Calédonie centrale.",
		"Après un long périple du Caire à Alexandrie, ils ont atteint Rosette.",
	} {
		for _, n := range []string{"Niger", "Mali", "Caire"} {
			if river(doc, n) {
				t.Errorf("Read(%q): %s read as a river", doc, n)
			}
		}
	}
}
