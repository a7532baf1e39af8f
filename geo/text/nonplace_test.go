package text

import (
	"strings"
	"testing"
)

// TestCorpusLookAlikes holds one text of each class of name that looks like
// a place and is none, beside real places, that a blind set of news and
// travel texts failed on:
//   - a name before a lower-case noun of a product, a dynasty or a
//     meeting (namedafter.tsv: "Panama hats", "the Ming dynasty", "the
//     Doha talks") is no mention;
//   - a people whose name a country or a town bears too
//     (folknames.txt) before a noun of its members or ways (folknouns.tsv:
//     "Tonga fishermen") is no mention;
//   - a name after "of" and a capitalised noun of a bank or a noble title
//     ("Bank of Kigali", "the Duke of Edinburgh"), or after « de » and a
//     French noun of a treaty, a bank or a title (« l'accord de Paris »,
//     « la convention de Lomé »), is no mention (namedof.tsv);
//   - "Kurdish" is a demonym;
//   - a French verb of coming from before « de » makes the name a place
//     like "from" (origins.tsv: « viendront aussi de Kolwezi »), and so
//     does a noun of traders or producers of a place before « de » (lists.tsv
//     dwellers: « les commerçants de Bouaké et de Ferkessédougou »);
//   - a name after "against" or « contre » with a noun of a game before
//     it is the opponent, a club (matches.tsv: "the cup final against
//     Valencia");
//   - a name after « de » and a French noun of a trade in goods, or in
//     a list that opens so, is a wine's or a cheese's (goods.tsv: « les
//     ventes de Cognac et de Champagne »);
//   - a name in a list right after a place ("from Katsina and Zaria
//     attended") is no person for a verb of a life after it;
//   - the Dutch particle "ter" joins a name ("Hof ter Kouter").
func TestCorpusLookAlikes(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Weavers in Montecristi still make Panama hats by hand, and a good Panama hat sells in Quito for 500 dollars.",
			places: []string{"Montecristi", "Quito"}, not: []string{"Panama"}},
		{doc: "The Ming dynasty walls of Xi'an were restored, and a Qing era temple at Hancheng, 30 km north of Xi'an, reopened.",
			rels: []string{"Hancheng: 30 km north of Xi'an"}, not: []string{"Ming", "Qing"}},
		{doc: "Smiths in Mardin sell Damascus steel knives and Kashmir shawls to visitors from Gaziantep.",
			places: []string{"Mardin", "Gaziantep"}, not: []string{"Damascus", "Kashmir"}},
		{doc: "Officials who attended the Doha talks visited Baraki, 12 km south of Kabul, while a second round of talks in Doha was planned.",
			rels: []string{"Baraki: 12 km south of Kabul"}, places: []string{"Doha"}},
		{doc: "Yao elders met at Mangochi; the Tonga fishermen of Nkhata Bay sell fish in Mzuzu.",
			places: []string{"Mangochi", "Mzuzu"}, not: []string{"Yao", "Tonga"}},
		{doc: "The ship sailed from Tonga to Samoa.", places: []string{"Tonga", "Samoa"}},
		{doc: "Bank of Zambia opened a branch in Kasama, and the Duke of Edinburgh visited Mpika, 200 km south of Kasama.",
			rels: []string{"Mpika: 200 km south of Kasama"}, not: []string{"Zambia", "Edinburgh"}},
		{doc: "Kalo lies on the west bank of Gao.", places: []string{"Gao"}},
		{doc: "Au titre de l'accord de Paris et de la convention de Ramsar, une réserve a été créée à Dindéresso, à 15 km à l'ouest de Bobo-Dioulasso.",
			rels: []string{"Dindéresso: 15 km west of Bobo-Dioulasso"}, not: []string{"Paris", "Ramsar"}},
		{doc: "Kurdish officials opened a clinic at Batifa, 30 km east of Zakho.",
			rels: []string{"Batifa: 30 km east of Zakho"}, not: []string{"Kurdish"}},
		{doc: "Les supporters viendront aussi de Kolwezi et de Kipushi.", places: []string{"Kolwezi", "Kipushi"}},
		{doc: "Les éleveurs de Dori et les commerçants de Djibo ont signé un accord à Kaya.", places: []string{"Dori", "Djibo", "Kaya"}},
		{doc: "Ses joueurs viennent surtout de Toulon et d'Avignon.", places: []string{"Toulon", "Avignon"}},
		{doc: "The Edo period temple at Kameoka, 20 km west of Kyoto, reopened.",
			rels: []string{"Kameoka: 20 km west of Kyoto"}, not: []string{"Edo"}},
		{doc: "Le Comté a brillé à la foire de Besançon et au salon de Dijon.", places: []string{"Besançon", "Dijon"}},
		{doc: "Fans flew to Lisbon for the league match against Porto, and others drove from Braga.",
			places: []string{"Lisbon", "Braga"}, not: []string{"Porto"}},
		{doc: "Le PSG a remporté la finale contre Lyon au Stade de France, à Saint-Denis.", not: []string{"Lyon"}},
		{doc: "Traders from Katsina and Zaria attended the fair.", places: []string{"Katsina", "Zaria"}},
		{doc: "Les ventes de Cognac et de Champagne ont reculé, mais les caves de Jarnac ont reçu des visiteurs venus d'Angoulême.",
			places: []string{"Angoulême"}, not: []string{"Cognac", "Champagne"}},
		{doc: "A farm at Hof ter Kouter, 5 km south of Roeselare, grows chicory.", rels: []string{"Hof ter Kouter: 5 km south of Roeselare"}},
	})
}

// TestNonPlaceWordsRead reads every row of namedafter.tsv, folknouns.tsv,
// each namedof.tsv, each bodies.tsv, each goods.tsv, each tongueverbs.tsv, each namedbefore.tsv, placesuffixes.tsv, origins.tsv, natives.tsv and likenesses.tsv in a sentence where the name is then
// no place (or, for origins.tsv and natives.tsv, is one), against a word of no table.
func TestNonPlaceWordsRead(t *testing.T) {
	for _, c := range []struct {
		lang, file, doc string
		set             wordSet
		place, title    bool
		min             int // rows the file must hold; 8 when 0
	}{
		{"en", "namedafter.tsv", "Traders sold Kalo %s in Gao.", setNamedAfter, false, false, 0},
		{"en", "folknouns.tsv", "The Tonga %s met in Gao.", setFolkNouns, false, false, 0},
		{"en", "namedof.tsv", "The %s of Kalo opened an office in Gao.", setNamedOf, false, true, 0},
		{"fr", "namedof.tsv", "Le %s de Kalo a ouvert un bureau à Gao.", setNamedOf, false, false, 0},
		{"en", "bodies.tsv", "The National %s of Kalo opened an office in Gao.", setBodies, false, true, 0},
		{"fr", "bodies.tsv", "Le %s national de Kalo a ouvert un bureau à Gao.", setBodies, false, true, 0},
		{"fr", "origins.tsv", "Les renforts %s de Kalo ont été signalés.", setOrigins, true, false, 0},
		{"en", "matches.tsv", "Fans in Gao watched the %s against Kalo.", setMatches, false, false, 0},
		{"fr", "matches.tsv", "À Gao, les supporters ont suivi le %s contre Kalo.", setMatches, false, false, 0},
		{"fr", "goods.tsv", "À Gao, les %s de Kalo ont progressé.", setGoods, false, false, 0},
		{"en", "goods.tsv", "In Gao we were offered a %s of Kalo.", setGoods, false, false, 0},
		{"en", "tongueverbs.tsv", "In Gao the guides %s Kalo.", setTongueVerbs, false, false, 4},
		{"fr", "tongueverbs.tsv", "À Gao, les guides %s Kalo.", setTongueVerbs, false, false, 4},
		{"fr", "namedbefore.tsv", "À Gao, le %s Kalo a été détecté.", setNamedBefore, false, false, 0},
		{"en", "namedbefore.tsv", "The %s Kalo was fined in Gao.", setNamedBefore, false, false, 0},
		{"en", "placesuffixes.tsv", "Officials of the Kalo-%s group met in Gao.", setSuffixes, true, false, 5},
		{"en", "natives.tsv", "Police in Gao questioned a Kalo %s on Friday.", setNatives, true, false, 0},
		{"en", "likenesses.tsv", "The %s of Kalo stands in Gao.", setLikenesses, false, false, 4},
		{"fr", "likenesses.tsv", "Une %s de Kalo se dresse à Gao.", setLikenesses, false, false, 4},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		min := c.min
		if min == 0 {
			min = 8
		}
		if len(l.sets[c.set]) < min {
			t.Errorf("lexicon/%s/%s: %d rows, want at least %d", c.lang, c.file, len(l.sets[c.set]), min)
		}
		name := "Kalo"
		if c.file == "folknouns.tsv" {
			name = "Tonga"
		}
		for w := range l.sets[c.set] {
			if c.title {
				w = titleCase(w)
			}
			doc := strings.Replace(c.doc, "%s", w, 1)
			ev := mentionEvidence(doc, name)
			if c.place && ev < EvidencePreposition {
				t.Errorf("Read(%q): %s is %s, want a place", doc, name, ev)
			}
			if !c.place && ev > EvidenceUnlikely {
				t.Errorf("Read(%q): %s is %s, want no place", doc, name, ev)
			}
			if !c.place && mentionEvidence(doc, "Gao") < EvidencePreposition {
				t.Errorf("Read(%q): Gao is no place", doc)
			}
		}
	}
	if ev := mentionEvidence("Rebels launched an attack against Gao.", "Gao"); ev <= EvidenceUnlikely {
		t.Errorf("Gao after \"against\" and no noun of a game: %s, want more", ev)
	}
	if ev := mentionEvidence("The painting of Kalo hangs in Gao.", "Kalo"); ev <= EvidenceUnlikely {
		t.Errorf("Kalo after \"of\" and a noun of no likeness: %s, want more", ev)
	}
	if ev := mentionEvidence("In Gao we were offered a tour of Kalo.", "Kalo"); ev <= EvidenceUnlikely {
		t.Errorf("Kalo after \"of\" and a noun of no goods: %s, want more", ev)
	}
	if ev := mentionEvidence("The Tonga fleet met in Gao.", "Tonga"); ev <= EvidenceUnlikely {
		t.Errorf("Tonga before a noun of no table: %s, want more", ev)
	}
}
