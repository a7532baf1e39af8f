package text

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestWordSetFiles reads every word set of every language: each file
// present has rows, and a duplicate row or a second column is an error.
func TestWordSetFiles(t *testing.T) {
	for _, l := range langs().all {
		for s, name := range wordSetFiles {
			if len(l.sets[s]) == 0 {
				t.Logf("lexicon/%s has no %s", l.code, name)
			}
		}
	}
	for _, bad := range []string{"village\nvillage\n", "village\tx\n", "Village\n"} {
		fsys := fstest.MapFS{"x/" + wordSetFiles[0]: {Data: []byte(bad)}}
		var sets [numWordSets]map[string]bool
		if err := readWordSets(fsys, "x/", &sets); err == nil {
			t.Errorf("readWordSets(%q): no error", bad)
		}
	}
}

// TestPartKindsRead reads every row of lexicon/en/partkinds.tsv and of
// each townparts.tsv after an indefinite article and before "of" (or
// "de"): a settlement lies in the place named after it, a part of a town
// near it.
func TestPartKindsRead(t *testing.T) {
	en, fr := langs().en, langs().fr
	if len(en.sets[setPartKinds]) < 5 || len(en.sets[setTownParts]) < 3 || len(fr.sets[setTownParts]) < 3 {
		t.Fatalf("partkinds.tsv or townparts.tsv: too few rows")
	}
	for w := range en.sets[setPartKinds] {
		doc := "Kalo is a small " + w + " of Gao."
		if r, subj, obj := onlyRelation(t, doc); subj != "Kalo" || obj != "Gao" || r.Kind != KindIn {
			t.Errorf("Read(%q) = %q %s %q, want Kalo in Gao", doc, subj, r.Kind, obj)
		}
	}
	for w := range en.sets[setTownParts] {
		doc := "Kalo is a small " + w + " of Gao."
		if r, subj, obj := onlyRelation(t, doc); subj != "Kalo" || obj != "Gao" || r.Kind != KindNear {
			t.Errorf("Read(%q) = %q %s %q, want Kalo near Gao", doc, subj, r.Kind, obj)
		}
	}
	for w := range fr.sets[setTownParts] {
		doc := "Kalo est un " + w + " de Gao."
		if r, subj, obj := onlyRelation(t, doc); subj != "Kalo" || obj != "Gao" || r.Kind != KindNear {
			t.Errorf("Read(%q) = %q %s %q, want Kalo near Gao", doc, subj, r.Kind, obj)
		}
	}
}

// TestFillersRead reads every row of each fillers.tsv between a subject
// and a distance after its verb: the relation is still the subject's.
func TestFillersRead(t *testing.T) {
	for _, c := range []struct{ lang, doc string }{
		{"en", "Kalo lies %s 20 km north of Gao."},
		{"fr", "Kalo est %s à 20 km au nord de Gao."},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setFillers]) < 10 {
			t.Errorf("lexicon/%s/fillers.tsv: %d rows, want at least 10", c.lang, len(l.sets[setFillers]))
		}
		for w := range l.sets[setFillers] {
			doc := strings.Replace(c.doc, "%s", w, 1)
			d := Read(doc)
			ok := len(d.Relations) == 1 && d.Relations[0].Subject >= 0 && d.Mentions[d.Relations[0].Subject].Name == "Kalo" &&
				d.Relations[0].Object >= 0 && d.Mentions[d.Relations[0].Object].Name == "Gao" && d.Relations[0].MinKm == 20
			if !ok {
				t.Errorf("Read(%q): %+v, want Kalo 20 km from Gao", doc, d.Relations)
			}
		}
	}
}
