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
