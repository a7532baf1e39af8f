package text

import (
	"strings"
	"testing"
)

// TestTravelRead reads every word of travel and every phrase that leads
// to the end of a journey (lexicon/en/travel.tsv) in a traveller's
// account: the place reached lies the stated distance from the place the
// journey left, whether the distance names it ("40 km north from Gao") or
// an earlier "from" does ("From Gao we ... 40 km north to Y"), and
// whether the text names it or gives its kind and the name someone gave
// it ("... to a camp the porters called Y").
func TestTravelRead(t *testing.T) {
	tr := langs().en.travel
	if len(tr.goes) == 0 || len(tr.reach) == 0 {
		t.Fatal("travel.tsv read no words")
	}
	check := func(doc string) {
		t.Helper()
		r, subj, obj := onlyRelation(t, doc)
		if subj != "Tinzar" || obj != "Gao" || r.MinKm != 40 || r.Direction != "north" || r.Reversed {
			t.Errorf("Read(%q) = %s->%s %g km %q, want Tinzar->Gao 40 km north", doc, subj, obj, r.MinKm, r.Direction)
		}
	}
	for w := range tr.goes {
		check("We said the " + w + " went 40 km north from Gao to Tinzar.")
		check("From Gao, the " + w + " went 40 km north to Tinzar.")
	}
	for _, ph := range tr.reach {
		check("We drove 40 km north from Gao " + strings.Join(ph, " ") + " the village of Tinzar.")
		check("From Gao we drove 40 km north " + strings.Join(ph, " ") + " Tinzar.")
	}
	// The place reached given by its kind, then by the name someone gave
	// it: "a camp the porters called Tinzar".
	if len(tr.names) == 0 {
		t.Fatal("travel.tsv read no naming verbs")
	}
	for w := range tr.names {
		check("From Gao the column marched 40 km north to a camp the porters " + w + " Tinzar.")
		check("We rode 40 km north from Gao to a dry creek that Kerrigan " + w + " Tinzar.")
	}
	// No word of travel: nothing says the road's end lies there.
	d := Read("The pipeline runs 40 km north from Gao to Tinzar.")
	for _, r := range d.Relations {
		if d.Mentions[r.Subject].Name == "Tinzar" {
			t.Errorf("without a word of travel Tinzar is the subject of %q", r.Phrase.Text(d.Text))
		}
	}
	// A journey with no place it left: nothing is measured from the traveller.
	if d := Read("We drove 40 km north to Tinzar."); len(d.Relations) != 0 {
		t.Errorf("a journey from nowhere gives %d relations, want 0", len(d.Relations))
	}
}

// TestTimeMeasureRead reads every noun of time of lexicon/en/travel.tsv
// (time) in a measure of travel time set off between a place and its
// distance, by commas or dashes ("Tinzar, a day's march — some 40 km —
// north of Gao"): the place before the measure is the distance's
// subject. Without the possessive of time, the words between are no
// measure and Tinzar is not the subject.
func TestTimeMeasureRead(t *testing.T) {
	tr := langs().en.travel
	if len(tr.times) == 0 {
		t.Fatal("travel.tsv read no nouns of time")
	}
	check := func(doc string) {
		t.Helper()
		r, subj, obj := onlyRelation(t, doc)
		if subj != "Tinzar" || obj != "Gao" || r.MinKm > 40 || r.MaxKm < 40 || r.Direction != "north" || r.Reversed {
			t.Errorf("Read(%q) = %s->%s %g km %q, want Tinzar->Gao 40 km north", doc, subj, obj, r.MinKm, r.Direction)
		}
	}
	for w := range tr.times {
		poss := w + "'s" // "a day's", "two days'"
		if strings.HasSuffix(w, "s") {
			poss = w + "'"
		}
		check("The column camped at Tinzar, a " + poss + " march — some 40 km — north of Gao.")
		check("The column camped at Tinzar, two " + poss + " ride, about 40 km north of Gao.")
		check("Tinzar, one " + poss + " sail – 40 km – north of Gao, was abandoned.")
	}
	d := Read("The column camped at Tinzar, a long march, some 40 km north of Gao.")
	for _, r := range d.Relations {
		if d.Mentions[r.Subject].Name == "Tinzar" {
			t.Errorf("with no measure of time Tinzar is the subject of %q", r.Phrase.Text(d.Text))
		}
	}
}

// TestTimeMeasureReadFrench reads every noun of time of
// lexicon/fr/travel.tsv (time) in a French measure of travel time set off
// between a place and its distance ("Tinzar, à une journée de marche —
// quelque 40 km — au nord de Gao"), the distance after the dash with no
// lead: the place before the measure is the distance's subject.
func TestTimeMeasureReadFrench(t *testing.T) {
	tr := langs().fr.travel
	if len(tr.times) == 0 {
		t.Fatal("lexicon/fr/travel.tsv read no nouns of time")
	}
	check := func(doc string) {
		t.Helper()
		r, subj, obj := onlyRelation(t, doc)
		if subj != "Tinzar" || obj != "Gao" || r.MinKm > 40 || r.MaxKm < 40 || r.Direction != "nord" || r.Reversed {
			t.Errorf("Read(%q) = %s->%s %g km %q, want Tinzar->Gao 40 km nord", doc, subj, obj, r.MinKm, r.Direction)
		}
	}
	for w := range tr.times {
		check("La colonne campa à Tinzar, à une " + w + " de marche — quelque 40 km — au nord de Gao.")
		check("La colonne campa à Tinzar, à deux " + w + " de pirogue, à 40 km au nord de Gao.")
	}
}
