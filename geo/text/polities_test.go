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

// TestCorpusOrdersOfPlaces: a knightly order, a count or a prince "of" a
// place names a body or a person, not the place (namedof.tsv): "the
// Order of Santiago" is no Santiago de Chile, "the Count of Toulouse"
// and « le prince de Condé » no towns of the text.
func TestCorpusOrdersOfPlaces(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The tower stood 25 km south of Seville; it was given to the Order of Santiago, and later to the Knights of Calatrava.",
			places: []string{"Seville"}, not: []string{"Santiago", "Calatrava"}},
		{doc: "The Count of Toulouse besieged the castle of Termes, 30 km south of Carcassonne, in 1210.",
			not: []string{"Toulouse"}, rels: []string{"Termes: 30 km south of Carcassonne"}},
		{doc: "Le château passa en 1640 à l'ordre de Malte, puis au prince de Condé ; il se trouve à 8 km de Chantilly.",
			not: []string{"Malte", "Condé"}, places: []string{"Chantilly"}},
	})
}
