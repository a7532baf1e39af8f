package text

import (
	"fmt"
	"strings"
	"testing"
)

// TestCorpusBlindP holds one text of each class that the fourteenth
// session's blind set P, and what set O still failed on, read wrong at
// their first run, fixed since, written in other words:
//   - « du gîte » stands for « Gîte de X », a name the text gave no kind
//     that opens with the noun, as "the bore" stands for "X Bore"
//     (kindAntecedent, nameHoldsKind);
//   - "X, a small trading centre; Kitgum town is roughly 25 km to its
//     north-east": in a text about no place, "its" is the last place named
//     before the clause's own subject (possessorOf);
//   - "at its X ruby licence, lying 35 km east of Y": a possessive
//     determiner, as "the", opens a name and its lower-case head
//     (nameHeadEndingAt, isPossessiveDeterminer);
//   - a dateline with a date before the dash ("PERTH, Western Australia,
//     4 March --"), or in ordinary case with its country or agency
//     (« Maroua, Cameroun - », « Kédougou (APS) - », « Saint-Louis
//     (Sénégal) – »), is a sentence of its own, no subject of what follows;
//   - « Notre bivouac, X, est installé à … »: a possessive opens no name,
//     and the name between commas after the opening noun phrase is the
//     subject (isFrenchPossessive, frenchAppositiveName);
//   - "Grand County deputies rescued two hikers near X": the people of a
//     place act, and the clause places no county (peopleOfPlaceAfter);
//   - "Try X — it's a village 9 km north-west of Y": an imperative that
//     opens a sentence opens no name (en/stopcaps.tsv);
//   - "Bedouin-run X Camp", "rebel-held X": a compound adjective of
//     keeping opening a run is no part of the name (isCompoundAdjective);
//   - "along Route J", "along Ruta 3": a road by a letter or a number is no
//     place (letteredRoad, en/roadheads.txt);
//   - "X, a stone village of about 30 souls roughly 16 km north-east of
//     Y": a hedged count in an indefinite apposition (countHedgeAt), whose
//     words do not count toward its length, perhaps after a name in
//     another script in brackets;
//   - « Le poste de X fut fondé en 1899 par la Compagnie forestière Y, à 50
//     km au sud de Z »: a founder, past a year and a firm's word and kind,
//     is no place, and the distance is the post's (operatorBefore);
//   - "12 km out of X by road, heading west", « à 30 km de X en direction
//     du nord », « à 25 km en amont de X, c'est-à-dire plein sud »: a word
//     of heading after the object gives the direction (distance.tsv,
//     heading; trailingDirection);
//   - set Q, kept aside until the merges: a dateline whose country has an
//     elided article (« Man, Côte d'Ivoire – »), and "the X Mission
//     Station", an organisation's word inside a name that a place's
//     generic ends ("the Kenya Police Reserve" is still a force); "a Balti
//     family", "the Tonga staff": a people whose name is a town's or a
//     country's, before a noun of its members (folknames.txt, folknouns.tsv),
//     while "to Balti" stays the town; "Uyuni is about 30 km north of our
//     camp at X": a possessive determiner opens the object as "the" does.
func TestCorpusBlindP(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Refuge du Col-Haut (2 100 m). Pour situer : le village de Saint-Véran se trouve à 5 km au nord-ouest du refuge.",
			rels: []string{"Saint-Véran: 5 km northwest of Refuge du Col-Haut"}},
		{doc: "The boy was found at Ongako West, a small fishing village; Lira town is some 30 km to its south-east.",
			rels: []string{"Lira: 30 km southeast of Ongako West"}},
		{doc: "The group reported first gold at its Kalenga North licence, 20 km west of Solwezi.",
			rels: []string{"Kalenga North: 20 km west of Solwezi"}},
		{doc: "DURBAN, KwaZulu-Natal, 12 June -- Tongaat Minerals said drilling at Mhlali East, 15 km north of Ballito, had begun.",
			rels: []string{"Mhlali East: 15 km north of Ballito"}, places: []string{"DURBAN"}},
		{doc: "Bobo-Dioulasso, Burkina Faso - Le campement de Koro-Yiri, à 12 km au sud de Bobo-Dioulasso, a été évacué.",
			rels: []string{"Koro-Yiri: 12 km south of Bobo-Dioulasso"}},
		{doc: "Tambacounda (APS) - Le forage de Sinthiou-Bas, à 30 km à l'est de Tambacounda, est en panne.",
			rels: []string{"Sinthiou-Bas: 30 km east of Tambacounda"}},
		{doc: "Notre gîte, Ferme Tizgui, se trouve à 8 km au sud de Midelt.",
			rels: []string{"Ferme Tizgui: 8 km south of Midelt"}, not: []string{"Notre"}},
		{doc: "Teton County deputies found the climbers on Friday near Granite Canyon Camp, 9 miles west of Wilson.",
			rels: []string{"Granite Canyon Camp: 14.5 km west of Wilson"}, absent: []string{"Teton County: near Granite Canyon Camp"}},
		{doc: "Looking for a quiet base near Leh? Try Saboo Gongma — a small village some 8 km east of Leh.",
			rels: []string{"Saboo Gongma: 8 km east of Leh"}},
		{doc: "Family-run Wadi Dana Lodge sits about 6 km south of Qadisiyya.",
			rels: []string{"Wadi Dana Lodge: 6 km south of Qadisiyya"}},
		{doc: "The shearing shed stands 25 km north of Río Grande along Ruta B.",
			not: []string{"Ruta B"}},
		{doc: "We stayed at Kato Rachi, a hill hamlet of about 40 souls some 12 km west of Konitsa.",
			rels: []string{"Kato Rachi: 12 km west of Konitsa"}},
		{doc: "We stayed at Ano Pedina (Άνω Πεδινά), a stone hamlet of some 60 souls about 9 km north of Aristi.",
			rels: []string{"Ano Pedina: 9 km north of Aristi"}},
		{doc: "La mission de Lokolama fut fondée en 1910 par la Société missionnaire Saint-Joseph, à une trentaine de kilomètres au nord de Boende.",
			rels: []string{"Lokolama: 30 km north of Boende"}},
		{doc: "Bouaké, Côte d'Ivoire – Le campement de Koffi-Kro, à 12 km au nord de Bouaké, a été inondé.",
			rels: []string{"Koffi-Kro: 12 km north of Bouaké"}},
		{doc: "The Kundiawa Mission Station lies some 15 km north of Kerowagi.",
			rels: []string{"Kundiawa Mission Station: 15 km north of Kerowagi"}},
		{doc: "Our cook at the Hushe camp comes from a Balti family, and the Tonga staff at the lodge near Kazungula were lovely; flights from Islamabad to Skardu resumed.",
			places: []string{"Islamabad", "Skardu"}, not: []string{"Balti", "Tonga"}},
		{doc: "We drove from Chisinau to Balti.", places: []string{"Balti"}},
		{doc: "Tupiza is about 25 km south of our field camp at Quebrada Seca.",
			rels: []string{"Tupiza: 25 km south of Quebrada Seca"}},
		{doc: "Officers from the Kenya Police Reserve tracked the cattle towards Merti.",
			not: []string{"Kenya Police Reserve"}},
		{doc: "A helicopter from Eielson Air Force Base flew him to Fairbanks.",
			places: []string{"Eielson Air Force Base"}},
		{doc: "Families are sheltering at Ceel Barde Camp, 20 km out of Xuddur by road, heading north.",
			rels: []string{"Ceel Barde Camp: 20 km north of Xuddur"}},
		{doc: "Le campement de Tin-Ezzou se trouve à 35 km de Kidal en direction de l'est.",
			rels: []string{"Tin-Ezzou: 35 km east of Kidal"}},
		{doc: "Nous dormons au dégrad de Saut-Wayana, à 18 km en aval de Grand-Santi, c'est-à-dire plein nord.",
			rels: []string{"Saut-Wayana: 18 km north of Grand-Santi"}},
	})
}

// TestHeadingWordsRead reads every heading row of every language's
// distance.tsv after the object of a distance with no direction: each
// places Talahandak 12 km north of Gao, with a comma before it and
// without.
func TestHeadingWordsRead(t *testing.T) {
	forms := map[string]struct{ doc, north string }{
		"en": {"Talahandak lies 12 km from Gao%s%s.", " north"},
		"fr": {"Talahandak se trouve à 12 km de Gao%s%s.", " nord"},
	}
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		if len(l.distance.heading) == 0 {
			t.Errorf("lexicon/%s/distance.tsv has no heading word", code)
		}
		f := forms[code]
		for _, rows := range l.distance.heading {
			for _, ph := range rows {
				words := strings.Join(ph.words, " ") + f.north
				if ph.row.article {
					words = strings.Join(ph.words, " ") + " l'est"
				}
				for _, sep := range []string{" ", ", "} {
					doc := fmt.Sprintf(f.doc, strings.TrimSuffix(sep, " ")+" ", words)
					r, subj, obj := onlyRelation(t, doc)
					want := map[bool]string{false: "north", true: "east"}[ph.row.article]
					if code == "fr" {
						want = map[bool]string{false: "nord", true: "est"}[ph.row.article]
					}
					if r.Kind != KindDistance || subj != "Talahandak" || obj != "Gao" || r.MinKm != 12 || r.Direction != want {
						t.Errorf("%s: Read(%q) = %v %s->%s %g km %q, want distance Talahandak->Gao 12 km %s", code, doc, r.Kind, subj, obj, r.MinKm, r.Direction, want)
					}
				}
			}
		}
	}
}
