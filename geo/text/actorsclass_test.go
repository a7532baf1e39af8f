package text

import (
	"strings"
	"testing"
)

// TestCorpusActorsClass holds the classes of names that hold a place's
// name without being a place, and of anaphors that stand for a place the
// text named, of the tenth round's blind set (news features: business,
// sports, adventure, history). The policy: a ship's, a war's, a rally's
// or a championship's name maps nothing of the place inside it; a firm
// (« La Compagnie … ») is no place and takes no distance; a government or
// a king of a country (« le roi du Maroc ») names that country; a
// university or a hospital « de X » stands in X (seats.tsv).
//   - "the wreck of the Star of Scotland", "aboard the Empress of
//     Ireland", "The City of Cairo was torpedoed": a ship's name
//     (lexicon/LANG/ships.tsv, lexicon/en/shipverbs.tsv, shipNameBefore);
//   - « la guerre du Vietnam », « la guerre d'Algérie »: a war's name
//     (lexicon/fr/namedof.tsv);
//   - « La Compagnie minière de l'Ogooué exploite le gisement de X, à 8
//     km de Y »: a firm, no subject of the distance
//     (lexicon/fr/orgwords.tsv);
//   - "12 km south-west of the oasis" after "Siwa lies in …": "oasis",
//     a modifier of "oasis town", is the noun when it closes the clause
//     (topicObjectAt);
//   - "Tourists crowd into Hallstatt … 6 km south of the village", «
//     Chinguetti est un ancien ksar … à 25 km au nord-est du village »:
//     "the village" is the last town named, or the topic of any inhabited
//     kind (isTownAnaphor, townBefore);
//   - "Ulaanbaatar is the coldest capital in the world … 20 km east of the
//     capital": the capital the text named (roleAt);
//   - « Les chutes de X sont une cascade … Elles se trouvent à 40 km … »:
//     a plural pronoun stands for the topic (lexicon/fr/pronouns.tsv);
//   - "Aliy Zirkle reached the shelter cabin, 25 km east of Ruby": the
//     actor opening the sentence is never what the apposition after its
//     verb's object places (actorObject);
//   - "the Sheikh Yasin refugee camp": a title before a name and a kind of
//     place is part of the place's name (kindAfterRun);
//   - "The lodge is run by Desert & Delta Safaris, which also has camps
//     near Kasane": the firm's relative clause places nothing
//     (actorClause, decideSubject);
//   - "the Tsagaan Davaa ovoo stands 20 km east of …": a head noun the
//     tables lack between the name and the verb of place (theNameHeadVerb);
//   - « La ville est la porte du Ténéré, et le puits d'Azzel se trouve à
//     35 km au nord de la ville »: the clause after « , et » has its own
//     subject (frenchSubject), and « la ville » no place of its own;
//   - "Bulawayo is the second city of Zimbabwe … west of the city": a
//     superlative or an ordinal before "city of" makes the country the
//     city's container, not the city (descriptorBefore).
func TestCorpusActorsClass(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Divers found the wreck of the Empress of Ireland, which lies 6 km north of Sainte-Luce.",
			places: []string{"Sainte-Luce"}, not: []string{"Ireland"}},
		{doc: "The Star of Bengal foundered in 1908; her crew reached Wrangell, Alaska.",
			places: []string{"Wrangell"}, not: []string{"Bengal"}},
		{doc: "Survivors aboard the City of Benares were landed at Greenock.",
			places: []string{"Greenock"}, not: []string{"Benares"}},
		{doc: "L'épave de l'Empress of Ireland repose au large de Pointe-au-Père, près de Rimouski.",
			places: []string{"Rimouski"}, not: []string{"Ireland"}},
		{doc: "Ancien de la guerre du Vietnam, il tient un ranch à 30 km au sud de Kingman.",
			places: []string{"Kingman"}, not: []string{"Vietnam"}},
		{doc: "Des anciens de la guerre d'Algérie se sont réunis à Carcassonne.",
			places: []string{"Carcassonne"}, not: []string{"Algérie"}},
		{doc: "La Compagnie minière de Mounana exploite le gisement de Boyindzi, à 6 km au nord de Franceville.",
			rels: []string{"Boyindzi: 6 km north of Franceville"}},
		{doc: "Siwa lies in the Western Desert. Aghurmi, a ruined temple, is 4 km east of the oasis.",
			rels: []string{"Aghurmi: 4 km east of Siwa"}},
		{doc: "Visitors pour into Zermatt all winter. The Fluhalp hut sits 9 km east of the village.",
			rels: []string{"Fluhalp: 9 km east of Zermatt"}},
		{doc: "Ouadane est un ancien ksar de l'Adrar. Le village compte quelques centaines d'habitants. Le puits de Tinlabé se trouve à 30 km au nord du village.",
			rels: []string{"Tinlabé: 30 km north of Ouadane"}},
		{doc: "Nouakchott is the youngest capital in Africa. The Tiwilit camp lies 40 km north of the capital.",
			rels: []string{"Tiwilit: 40 km north of Nouakchott"}},
		{doc: "Les gorges de Dounfing sont un canyon du Mali. Elles se trouvent à 25 km au sud de Kayes.",
			rels: []string{"Dounfing: 25 km south of Kayes"}},
		{doc: "Aliy Zirkle reached the shelter cabin, 25 km east of Ruby, late on Sunday.",
			places: []string{"Ruby"}, absent: []string{"Aliy Zirkle: 25 km east of Ruby"}},
		{doc: "Imran Khan visited the Sheikh Yasin refugee camp, 10 km west of Peshawar.",
			rels: []string{"Sheikh Yasin: 10 km west of Peshawar"}},
		{doc: "Bulawayo is a large city in Zimbabwe. Its markets are busy, and the Khami ruins sign stands 22 km west of the city.",
			rels: []string{"Khami: 22 km west of Bulawayo"}},
		{doc: "Bulawayo is the second city of Zimbabwe. Khami stands 22 km west of the city.",
			rels: []string{"Khami: 22 km west of Bulawayo"}},
		{doc: "Arlit est une ville minière du Niger. La ville vit de l'uranium, et le puits de Tadek se trouve à 40 km à l'ouest de la ville.",
			rels: []string{"Tadek: 40 km west of Arlit"}, absent: []string{"La ville: 40 km west of Arlit"}},
		{doc: "The lodge is run by Desert & Delta Safaris, which also has camps near Kasane.",
			places: []string{"Kasane"}, absent: []string{"The lodge: near Kasane"}},
	})
}

// TestShipWordsRead reads every row of lexicon/LANG/ships.tsv before a
// ship's name that holds a town's, and of lexicon/en/shipverbs.tsv after
// one: the town is then no place, and a control word keeps it one.
func TestShipWordsRead(t *testing.T) {
	for _, c := range []struct {
		lang, file, doc, control string
		set                      wordSet
	}{
		{"en", "ships.tsv", "Divers reached the %s Star of Kalo near Gao.", "lake", setShips},
		{"fr", "ships.tsv", "À Gao, les plongeurs ont vu le %s Étoile de Kalo.", "lac", setShips},
		{"en", "shipverbs.tsv", "The Star of Kalo %s near Gao.", "stayed", setShipVerbs},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[c.set]) < 6 {
			t.Errorf("lexicon/%s/%s: %d rows, want at least 6", c.lang, c.file, len(l.sets[c.set]))
		}
		for w := range l.sets[c.set] {
			doc := strings.Replace(c.doc, "%s", w, 1)
			for _, name := range []string{"Kalo", "Étoile de Kalo"} {
				if ev := mentionEvidence(doc, name); ev > EvidenceUnlikely {
					t.Errorf("Read(%q): %s is %s, want no place", doc, name, ev)
				}
			}
			if mentionEvidence(doc, "Gao") < EvidencePreposition {
				t.Errorf("Read(%q): Gao is no place", doc)
			}
		}
		doc := strings.Replace(c.doc, "%s", c.control, 1)
		if ev := max(mentionEvidence(doc, "Kalo"), mentionEvidence(doc, "Étoile de Kalo")); ev <= EvidenceUnlikely && c.set != setShipVerbs {
			t.Errorf("Read(%q): Kalo is %s, want a name", doc, ev)
		}
	}
}
