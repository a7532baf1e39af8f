package text

import (
	"strings"
	"testing"
)

// TestCorpusExtentBeforeDistance: a verb of extent and its area right
// before a distance ("covers 120 km² some 30 km south of Y", "covering
// 2,300 hectares about 40 km east of Y") are stepped over, and the
// distance places what the verb is said of (extentBefore,
// extentverbs.tsv).
func TestCorpusExtentBeforeDistance(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Mirrabooka project covers 412 km² some 60 km north of Kalgoorlie.",
			rels: []string{"Mirrabooka: 60 km north of Kalgoorlie"}},
		{doc: "The Lac Doré property spans 2,300 hectares about 40 km east of Val-d'Or.",
			rels: []string{"Lac Doré: 40 km east of Val-d'Or"}},
		{doc: "The Tumba Ridge tenement, covering 38 square miles, 25 km south of Mount Isa, was pegged in 2021.",
			rels: []string{"Tumba Ridge: 25 km south of Mount Isa"}},
		// The area's hedge may stand before its number.
		{doc: "The Kolo project covers some 85 km² 30 km south of Kayes.",
			rels: []string{"Kolo: 30 km south of Kayes"}},
	})
}

// TestExtentVerbsRead reads every row of extentverbs.tsv between a
// project and its area before a distance: the distance is the project's.
func TestExtentVerbsRead(t *testing.T) {
	l := langs().en
	if len(l.sets[setExtentVerbs]) < 10 {
		t.Errorf("lexicon/en/extentverbs.tsv: %d rows, want at least 10", len(l.sets[setExtentVerbs]))
	}
	for w := range l.sets[setExtentVerbs] {
		doc := "The Kalo project " + w + " 120 km² some 30 km south of Kayes."
		checkCorpus(t, []example{{doc: doc, rels: []string{"Kalo: 30 km south of Kayes"}}})
	}
}

// TestCorpusFirmNoSubject: a firm named with its legal form (firmwords.tsv)
// or a word of a mining firm's name (orgwords.tsv: "Resources", "Mining")
// is no place, and no phrase of distance after it places it
// (firmWordIn).
func TestCorpusFirmNoSubject(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kalahari Copper Ltd has been granted licence PL 112, covering 950 km² some 40 km west of Ghanzi.",
			absent: []string{"Kalahari Copper Ltd: 40 km west of Ghanzi"}},
		{doc: "Lake Tanganyika Resources said drilling at Kipili North, 20 km south of Kigoma, had begun.",
			rels: []string{"Kipili North: 20 km south of Kigoma"}, not: []string{"Lake Tanganyika Resources"}},
		{doc: "Andes Mining Corp. reported that its Cerro Blanco project lies 35 km east of Calama.",
			rels: []string{"Cerro Blanco: 35 km east of Calama"}, not: []string{"Andes Mining Corp"}},
	})
}

// TestFirmWordsRead reads every row of firmwords.tsv after a firm's name
// before a distance the firm holds: the firm is placed nowhere.
func TestFirmWordsRead(t *testing.T) {
	l := langs().en
	if len(l.sets[setFirmWords]) < 10 {
		t.Errorf("lexicon/en/firmwords.tsv: %d rows, want at least 10", len(l.sets[setFirmWords]))
	}
	for w := range l.sets[setFirmWords] {
		firm := "Sahel Copper " + strings.ToUpper(w[:1]) + w[1:]
		doc := firm + " has been granted a licence, covering 120 km² some 30 km south of Kayes."
		checkCorpus(t, []example{{doc: doc, absent: []string{firm + ": 30 km south of Kayes"}}})
	}
}

// TestCorpusKindAnaphorOverTown: "the project" after "the X project, N km
// east of Y" stands for X, the place of that kind measured from the town,
// even where the town became the text's topic (topicAnaphor,
// measuredFrom).
func TestCorpusKindAnaphorOverTown(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Zambezi Metals received a licence for the Mufumbwe project, 40 km west of Kasempa in North-Western Province. The project lies between the Kabompo and Lufupa rivers.",
			rels: []string{"Mufumbwe: 40 km west of Kasempa"}, absent: []string{"Kasempa: between Kabompo and Lufupa"}},
		{doc: "Gold Corp. has acquired the Birchwater property, 28 km south-east of Red Lake in Ontario. The property lies north of the Trout Lake road.",
			rels: []string{"Birchwater: 28 km southeast of Red Lake"}, absent: []string{"Red Lake: north of Trout Lake"}},
	})
}

// TestCorpusNounAfterNameAntecedent: "the X tenement. The tenement …"
// stands for X, the name the text wrote that noun after, whatever kind
// its own words ("Lac Vassan") or the tables gave it (kindAntecedent).
func TestCorpusNounAfterNameAntecedent(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Hamersley Iron Ltd has secured the Yandi West tenement. The tenement covers 96 km² some 40 km south-east of Newman.",
			rels: []string{"Yandi West: 40 km southeast of Newman"}},
		{doc: "Abitibi Copper Inc. has optioned the Lac Matagami property. The property lies approximately 30 km east of Amos.",
			rels: []string{"Lac Matagami: 30 km east of Amos"}},
		{doc: "The Kvitfjell Nord wind farm will consist of 18 turbines and covers 12 km² some 25 km west of Alta.",
			rels: []string{"Kvitfjell Nord: 25 km west of Alta"}},
	})
}

// TestCorpusClaimsNoSpeech: "the X claims" before a copula, a bracket or a
// distance is the mining claims' name, not a speaker (speakerAfter,
// kindsafter.tsv).
func TestCorpusClaimsNoSpeech(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Silver Cloud claims (96 unpatented lode claims) are located 25 miles north of Battle Mountain.",
			rels: []string{"Silver Cloud: 40.2 km north of Battle Mountain"}},
		{doc: "Prospectors staked the Copper Basin claims, 12 km west of Ely.",
			rels: []string{"Copper Basin: 12 km west of Ely"}},
		{doc: "The governor claims the mine is safe.", not: []string{"governor"}},
	})
}

// TestCorpusFarmNumber: a South African farm's registered number after
// its name ("the farm Rietfontein 87, about 30 km south of Y") is stepped
// over, and the distance places the farm (findSubject).
func TestCorpusFarmNumber(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The sheep were moved to the farm Rietfontein 87, about 30 km south of Calvinia.",
			rels: []string{"Rietfontein: 30 km south of Calvinia"}},
	})
}

// TestCorpusFirmNames: a mining or energy firm's name of firmnames.tsv is
// no place, alone or as a possessor ("Glencore's Kamoto operations").
func TestCorpusFirmNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Glencore's Mutanda operations lie 40 km west of Likasi; Barrick and Newmont hold ground to the south.",
			not: []string{"Glencore", "Barrick", "Newmont"}},
		{doc: "Orano a annoncé la fermeture du site de Tagaza, à 60 km au nord d'Arlit.",
			rels: []string{"Tagaza: 60 km north of Arlit"}, not: []string{"Orano"}},
	})
}
