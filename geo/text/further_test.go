package text

import "testing"

// TestFurtherLegRead reads every word of a further leg of
// lexicon/en/travel.tsv (further) before a distance with no object: the
// leg is measured from the last place the text reached, the place the
// last distance located ("The next stop, Tinzar, lies a further 40 km to
// the east" after a sentence locating In Tafidet) or, when none did, the
// last place named ("The caravan reached Gao"). Without the word, a
// text about no place is read the same way (placeBeforeObject,
// TestCorpusDirectionFromPlaceBefore).
func TestFurtherLegRead(t *testing.T) {
	tr := langs().en.travel
	if len(tr.further) == 0 {
		t.Fatal("travel.tsv read no words of a further leg")
	}
	for w := range tr.further {
		for _, tt := range []struct{ doc, obj string }{
			{"The caravan reached Gao after four days. The village of Tinzar lies a " + w + " 40 km to the east.", "Gao"},
			{"The caravan stopped at Anefis, 100 km north of Gao. The next stop, Tinzar, lies a " + w + " 40 km to the east across the dunes.", "Anefis"},
		} {
			d := Read(tt.doc)
			ok := false
			for _, r := range d.Relations {
				if r.Kind == KindDistance && r.Subject >= 0 && r.Object >= 0 && d.Mentions[r.Subject].Name == "Tinzar" {
					ok = d.Mentions[r.Object].Name == tt.obj && r.MinKm == 40 && r.Direction == "east"
				}
			}
			if !ok {
				t.Errorf("Read(%q): Tinzar is not 40 km east of %s", tt.doc, tt.obj)
			}
		}
	}
}

// TestKindPrepositionsRead reads every preposition flagged kind in
// prepositions.tsv after a kind of place, opening lower-case words that
// qualify it before a comma and a distance: the name before the kind is
// the distance's subject ("the Tinzar camp for internally displaced
// persons, located 20 km north of Gao"). An article after the
// preposition opens a phrase of its own, and the search stops there as
// before.
func TestKindPrepositionsRead(t *testing.T) {
	n := 0
	for w, p := range langs().en.preps {
		if !p.kind {
			continue
		}
		n++
		for _, doc := range []string{
			"Gunmen shelled the Tinzar camp " + w + " internally displaced persons, located 20 km north of Gao, on Tuesday.",
			"Gunmen shelled the Tinzar camp " + w + " displaced families, some 20 km north of Gao, on Tuesday.",
		} {
			if got := distanceSubject(doc); got != "Tinzar" {
				t.Errorf("Read(%q): the distance's subject is %q, want Tinzar", doc, got)
			}
		}
	}
	if n == 0 {
		t.Fatal("prepositions.tsv flags no preposition kind")
	}
}

// TestSpeakerMention: a name before a verb of speech with nothing else
// said of it is a speaker (Mention.Speaker), unlikely a place, and the
// subject of no distance after it; a name after a word of place before
// the verb is not ("Survivors who fled to Tinzar said").
func TestSpeakerMention(t *testing.T) {
	d := Read("Rebels shelled the village of Tinzar, about 15 km east of Gao, officials said. Moscow denied any involvement.")
	for _, m := range d.Mentions {
		if m.Name == "Moscow" && (!m.Speaker || m.Evidence != EvidenceUnlikely) {
			t.Errorf("Moscow before \"denied\": Speaker %v, evidence %v, want a speaker, unlikely", m.Speaker, m.Evidence)
		}
		if m.Name != "Moscow" && m.Speaker {
			t.Errorf("%s is read as a speaker", m.Name)
		}
	}
	d = Read("Survivors who fled to Tinzar said the town was empty.")
	for _, m := range d.Mentions {
		if m.Speaker {
			t.Errorf("%s after \"fled to\" is read as a speaker", m.Name)
		}
	}
}

// TestThereRead reads every word of travel.tsv's there role, English and
// French, after the of-word of a distance: the object is the last place
// the text reached, not the subject.
func TestThereRead(t *testing.T) {
	for code, tt := range map[string]struct {
		l   *language
		doc func(w string) string
	}{
		"en": {langs().en, func(w string) string {
			return "The convoy reached Anefis at noon. The camp of Tinzar lies 25 km from " + w + "."
		}},
		"fr": {langs().fr, func(w string) string {
			return "Le convoi a atteint Anefis. Le campement de Tinzar se trouve à 25 km de " + w + "."
		}},
	} {
		if len(tt.l.travel.there) == 0 {
			t.Fatalf("%s: travel.tsv read no word for there", code)
		}
		for w := range tt.l.travel.there {
			doc := tt.doc(w)
			r, subj, obj := onlyRelation(t, doc)
			if subj != "Tinzar" || obj != "Anefis" || r.MinKm != 25 {
				t.Errorf("%s: Read(%q) = %s->%s %g km, want Tinzar->Anefis 25 km", code, doc, subj, obj, r.MinKm)
			}
		}
	}
}
