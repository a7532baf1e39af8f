package text

import (
	"strings"
	"testing"
)

// TestLifeVerbsRead reads every row of each lifeverbs.tsv after a
// person's name, then a place set off by a comma with its distance: the
// name is a person's (unlikely a place), and the distance places the name
// after the verb. A verb of no such table ("grew" alone, which a town does)
// leaves the name a capitalised one.
func TestLifeVerbsRead(t *testing.T) {
	n := 0
	for _, l := range langs().all {
		for w := range l.sets[setLifeVerbs] {
			n++
			doc := "Amadou Kalo " + w + " at Tinabaw, 20 km north of Gao."
			want := "Tinabaw: 20 km north of Gao"
			if l == langs().fr {
				doc = "Amadou Kalo " + w + " à Tinabaw, village situé à 20 km au nord de Gao."
			}
			if ev := mentionEvidence(doc, "Amadou Kalo"); ev != EvidenceUnlikely {
				t.Errorf("Read(%q): Amadou Kalo is %v, want unlikely", doc, ev)
			}
			if _, subj, obj := onlyRelation(t, doc); subj+": 20 km north of "+obj != want {
				t.Errorf("Read(%q): %s of %s, want %q", doc, subj, obj, want)
			}
		}
	}
	if n < 20 {
		t.Errorf("lifeverbs.tsv: %d rows, want at least 20", n)
	}
	for _, doc := range []string{"Tinabaw grew rapidly after 1900.", "The fair at Tinabaw was attended by thousands."} {
		if mentionEvidence(doc, "Tinabaw") == EvidenceUnlikely {
			t.Errorf("Read(%q): Tinabaw is unlikely a place", doc)
		}
	}
}

// TestCorpusLives: biographies, obituaries, genealogies and local
// histories. The subject of a verb of a person's life ("was born",
// "grew up", « naquit », « est né »; lexicon/*/lifeverbs.tsv) is a
// person, and a distance after the place of birth, set off by a comma, is
// that place's, not the person's; the kinds of place of rural life
// (townland, shtetl, manor, croft, sheep run, school) describe the name
// before them; "Kirkton of X", "Bridge of Allan" and "the Hacienda X" are
// one name each.
func TestCorpusLives(t *testing.T) {
	checkCorpus(t, []example{
		// The place of birth, not the person born there.
		{doc: "Michael Doyle (1842–1919) was born in the townland of Ballyfad, about 6 miles north-east of Gorey in County Wexford.",
			rels: []string{"Ballyfad: 9.66 km northeast of Gorey"}, not: []string{"Michael Doyle"},
			absent: []string{"Michael Doyle: 9.66 km northeast of Gorey"}},
		{doc: "Wangari Muta was born in 1940 in the village of Ihithe, about 15 km north-west of Nyeri.",
			rels: []string{"Ihithe: 15 km northwest of Nyeri"}, not: []string{"Wangari Muta"}},
		{doc: "Rabbi Isaac Friedman was born in 1862 in the shtetl of Berezdiv, some 30 miles east of Novohrad-Volynskyi in Volhynia.",
			rels: []string{"Berezdiv: 48.3 km east of Novohrad-Volynskyi"}, not: []string{"Rabbi Isaac Friedman"}},
		{doc: "Sarah Ellen Baker was born in 1858 in a log cabin on Twin Creek, roughly 10 miles south of Dayton, Ohio.",
			rels: []string{"Twin Creek: 16.1 km south of Dayton"}, not: []string{"Sarah Ellen Baker"}},
		{doc: "Jacob Weaver grew up on the family farm near Salem Grove, about 20 km west of Lancaster, Pennsylvania.",
			rels: []string{"Salem Grove: 20 km west of Lancaster"}, not: []string{"Jacob Weaver"}},
		{doc: "Ana Lucia Ferreira was born on a coffee fazenda near Santa Rita, about 40 km north of Campinas.",
			rels: []string{"Santa Rita: 40 km north of Campinas"}, not: []string{"Ana Lucia Ferreira"}},
		{doc: "Chinua Okafor was born in 1934 at Umuaka. His father was a catechist, and Chinua attended school in Enugu before studying at Ibadan.",
			not: []string{"Chinua Okafor", "Chinua"}},
		{doc: "Marie Chabrol naquit en 1878 au hameau de la Besse, à 6 km à l'ouest de Saint-Flour, dans une famille de cultivateurs.",
			rels: []string{"Besse: 6 km west of Saint-Flour"}, not: []string{"Marie Chabrol"}},
		{doc: "Léopold Diouf est né en 1912 à Joal, petite ville côtière située à environ 110 km au sud-est de Dakar.",
			rels: []string{"Joal: 110 km southeast of Dakar"}, not: []string{"Léopold Diouf"}},
		// Kinds of place of rural life.
		{doc: "Jack Riley grew up on Bundarra Station, a sheep run some 60 km west of Armidale, New South Wales.",
			rels: []string{"Bundarra Station: 60 km west of Armidale"}, not: []string{"Jack Riley"}},
		{doc: "He was educated at Glenalmond College, a boarding school some 10 miles west of Perth, and went up to Oxford in 1908.",
			rels: []string{"Glenalmond College: 16.1 km west of Perth"}},
		{doc: "She attended St. Cecilia's School in Nyeri.", places: []string{"St. Cecilia's School", "Nyeri"}},
		{doc: "Il a grandi à Gunsbach, village de la vallée de Munster situé à environ 20 km à l'ouest de Colmar.",
			rels: []string{"Gunsbach: 20 km west of Colmar"}},
		// One name each.
		{doc: "Margaret Sinclair was born on 14 March 1871 at Kirkton of Auchterless, a small hamlet some 8 miles south of Turriff in Aberdeenshire.",
			rels: []string{"Kirkton of Auchterless: 12.9 km south of Turriff"}},
		{doc: "She was born at Bridge of Allan and moved to Milton of Campsie in 1900, then to Boat of Garten.",
			places: []string{"Bridge of Allan", "Milton of Campsie", "Boat of Garten"}},
		{doc: "The painter was born in 1886 on the Hacienda San Gabriel, about 18 km south of Guanajuato, and moved with his family to Mexico City in 1892.",
			rels: []string{"Hacienda San Gabriel: 18 km south of Guanajuato"}},
	})
	for _, doc := range []string{
		"The painter was born on the Hacienda San Gabriel, about 18 km south of Guanajuato.",
		"The family lived on the Fazenda Santa Maria, 30 km north of Campinas.",
	} {
		for _, m := range Read(doc).Mentions {
			if strings.HasPrefix(m.Name, "Hacienda") || strings.HasPrefix(m.Name, "Fazenda") {
				if m.Feature == "river" {
					t.Errorf("Read(%q): %s is a river", doc, m.Name)
				}
			}
		}
	}
}

// TestEmigrationRead reads every row of each emigration.tsv before "to"
// (« au ») and a name, with words between and without: the name is where
// someone emigrated (Mention.Emigration). A verb of no such table ("moved
// to") leaves the flag unset.
func TestEmigrationRead(t *testing.T) {
	emigration := func(doc, name string) bool {
		for _, m := range Read(doc).Mentions {
			if m.Name == name {
				return m.Emigration
			}
		}
		t.Errorf("Read(%q): no mention %q", doc, name)
		return false
	}
	n := 0
	for _, l := range langs().all {
		for w := range l.sets[setEmigration] {
			n++
			docs := []string{"In 1901 they " + w + " to Tinabaw.", "In 1901 they " + w + " with their children to the Tinabaw."}
			if l == langs().fr {
				docs = []string{"En 1901 ils " + w + " au Tinabaw.", "En 1901 ils " + w + " avec leurs enfants à Tinabaw."}
			}
			for _, doc := range docs {
				if !emigration(doc, "Tinabaw") {
					t.Errorf("Read(%q): Tinabaw is no place of emigration", doc)
				}
			}
		}
	}
	if n < 10 {
		t.Errorf("emigration.tsv: %d rows, want at least 10", n)
	}
	if doc := "In 1901 they moved to Tinabaw."; emigration(doc, "Tinabaw") {
		t.Errorf("Read(%q): Tinabaw is a place of emigration", doc)
	}
}
