package text

import (
	"strings"
	"testing"
)

// TestCorpusPolities: a noun of a state of the past, capitalised alone
// after its article (« l'Empire songhaï », "the Caliphate", « le
// Royaume »), names the state, not a town called Empire or Regency
// (polities.tsv); "Empire du Mali" stays one name.
func TestCorpusPolities(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le site est antérieur à l'Empire songhaï ; il se trouve près de Gao.", places: []string{"Gao"}, not: []string{"Empire"}},
		{doc: "Under the Caliphate, Basra grew rich; the Empire fell in 1453 and Bursa declined.", not: []string{"Caliphate", "Empire"}},
		{doc: "Une garnison fut installée à Biskra sous la Régence.", places: []string{"Biskra"}, not: []string{"Régence"}},
	})
}

// TestPolitiesRead reads every row of each polities.tsv, capitalised
// after its article, as no place.
func TestPolitiesRead(t *testing.T) {
	for _, c := range []struct{ lang, doc string }{
		{"en", "Gao grew rich under the %s."},
		{"fr", "Gao prospéra sous le %s."},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setPolities]) < 5 {
			t.Errorf("lexicon/%s/polities.tsv: %d rows, want at least 5", c.lang, len(l.sets[setPolities]))
		}
		for w := range l.sets[setPolities] {
			name := titleCase(w)
			doc := strings.Replace(c.doc, "%s", name, 1)
			if ev := mentionEvidence(doc, name); ev > EvidenceUnlikely {
				t.Errorf("Read(%q): %s is %s, want no place", doc, name, ev)
			}
		}
	}
}
