package text

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestFrSubject34GroundAside: a participle of place set off after a name
// or a nameless kind, and the ground it opens with no comma before the
// distance (« posé au milieu des dunes », « perché sur un éperon rocheux
// », "set among the dunes", groundpreps.tsv): the ground is no place the
// distance places; the name, or the kind, before the participle is.
func TestFrSubject34GroundAside(t *testing.T) {
	checkCorpus(t, []example{
		// After an object: the name before the participle.
		{doc: "Nous avons passé la nuit au bivouac de Tin Merzouga, installé au pied d'une grande dune à une cinquantaine de kilomètres au sud de Tataouine.",
			rels: []string{"Tin Merzouga: 50 km south of Tataouine"}},
		{doc: "Les gendarmes ont rejoint le hameau de Tagounite-Haut, accroché à flanc de montagne à 9 km au nord-est de Tinghir.",
			rels: []string{"Tagounite-Haut: 9 km northeast of Tinghir"}},
		{doc: "La mission a visité le village de Ndiaffé, niché dans une boucle du fleuve à environ 25 km à l'est de Podor.",
			rels: []string{"Ndiaffé: 25 km east of Podor"}},
		// A nameless kind opening the sentence: the kind, not the ground.
		{doc: "Le campement, établi au milieu des dunes à 40 km à l'ouest de Zagora, accueille une vingtaine de touristes.",
			rels: []string{"Le campement: 40 km west of Zagora"}, absent: []string{"des dunes: 40 km west of Zagora"}},
		{doc: "Le hameau, perché sur un piton à 6 km au sud de Hinche, n'a toujours pas d'électricité.",
			rels: []string{"Le hameau: 6 km south of Hinche"}, absent: []string{"un piton: 6 km south of Hinche"}},
		{doc: "The camp, set among the dunes some 45 km south of Kebili, has thirty tents.",
			rels: []string{"The camp: 45 km south of Kebili"}},
		{doc: "The hamlet, perched on a limestone ridge 11 km east of Gonaïves, still has no road.",
			rels: []string{"The hamlet: 11 km east of Gonaïves"}},
		// A clause's own verb before the ground: the ground is the place.
		{doc: "Les camionneurs patientent sur un parking à 5 km au sud de Malaba.",
			rels: []string{"un parking: 5 km south of Malaba"}},
	})
}

// TestFrSubject34NamelessAside: an aside with no name set off after a
// nameless kind that opens the sentence and closed by a comma right
// before its verb of place (« La ferme, bâtie en 1902 par un colon, se
// trouve à … », « Le village, dont l'école a fermé, est à … ») narrows
// the kind: the kind is the place the distance places.
func TestFrSubject34NamelessAside(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La ferme, bâtie en 1911 par une famille de colons savoyards, se trouve à 14 km au sud de Tiaret.",
			rels: []string{"La ferme: 14 km south of Tiaret"}},
		{doc: "Le village, dont le dispensaire a été détruit en 2021, se trouve à 22 km à l'est de Djibo.",
			rels: []string{"Le village: 22 km east of Djibo"}},
		{doc: "Le poste, abandonné depuis des années, est situé à 8 km au nord de Bouar.",
			rels: []string{"Le poste: 8 km north of Bouar"}},
	})
}

// TestFrSubject34IndefiniteHeadComplement: in an apposition, the
// complement after « de » of an indefinite head that is no kind of its own
// (« une succursale de collines », « un groupe de hameaux ») stands
// between the name and its participle or distance, as a kind's complement
// does.
func TestFrSubject34IndefiniteHeadComplement(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les glissements de terrain ont emporté 30 maisons à Mbuga-Rugano, une succursale de collines située à 7 km au nord-ouest de Kayanza.",
			rels: []string{"Mbuga-Rugano: 7 km northwest of Kayanza"}},
		{doc: "La campagne de vaccination a atteint Nyarutovu, un regroupement de ménages situé à 12 km au sud de Butare.",
			rels: []string{"Nyarutovu: 12 km south of Butare"}},
	})
}

// TestFrSubject34HeightRelative: a relative clause of height (« qui
// culmine à 1 350 m ») set between a name and a distance after a comma
// is as an elevation in apposition: the distance is the name's, and the
// height no distance.
func TestFrSubject34HeightRelative(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les randonneurs ont atteint le mont Zamay, qui culmine à 1 180 m, à 12 km au sud-ouest de Mokolo.",
			rels: []string{"Zamay: 12 km southwest of Mokolo"}, absent: []string{"Zamay: 1.2 km southwest of Mokolo"}},
		{doc: "Nous avons visité le piton de Bois-Noir, qui s'élève à 900 mètres, à 7 km au nord de Jacmel.",
			rels: []string{"Bois-Noir: 7 km north of Jacmel"}},
	})
}

// TestFrSubject34CoordinatedRelative: a relative clause whose first verb
// and object come before « et » and a verb of place (« qui abrite 12 000
// personnes et se trouve à 25 km de Y ») is about the name before its
// comma, as « qui se trouve à » is.
func TestFrSubject34CoordinatedRelative(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les familles ont été transférées au camp de Goz Amer, qui accueille 30 000 réfugiés et se trouve à 45 km au sud de Goz Beïda.",
			rels: []string{"Goz Amer: 45 km south of Goz Beïda"}},
		{doc: "Le préfet s'est rendu à Tounfafi, qui compte 2 400 habitants et se situe à 18 km à l'est de Madaoua.",
			rels: []string{"Tounfafi: 18 km east of Madaoua"}},
	})
}

// TestFrSubject34ClauseAside: a relative clause (« qui », « dont », « où
// ») or a participle clause set off by commas after a name, with no name
// and no distance of its own, stands between the name and its distance:
// the distance after it is the name's.
func TestFrSubject34ClauseAside(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les vaccinateurs ont atteint le village de Tiékoura-Peul, fondé en 1932 par des pasteurs peuls, à 35 km au nord de Ténenkou.",
			rels: []string{"Tiékoura-Peul: 35 km north of Ténenkou"}},
		{doc: "Nous avons déjeuné à Sainte-Foy-Haute, dont le clocher date du XIIIe siècle, à 8 km à l'est de Millau.",
			rels: []string{"Sainte-Foy-Haute: 8 km east of Millau"}},
		{doc: "Les secours sont arrivés au hameau de Mendé-Kouta, où vivent une quarantaine de familles, à 14 km de Kita.",
			rels: []string{"Mendé-Kouta: 14 km from Kita"}},
		{doc: "Heavy rain cut off Tamaguilelt, founded in 1962 by Tuareg herders, some 35 km north of Goundam.",
			rels: []string{"Tamaguilelt: 35 km north of Goundam"}},
		{doc: "The convoy reached Bir Anzarane, home to about 900 nomads, 60 km east of Dakhla.",
			rels: []string{"Bir Anzarane: 60 km east of Dakhla"}},
		// A participle of place the tables lacked: « dressé ».
		{doc: "Un campement, dressé au bord de l'oued à 35 km au sud de Tamanrasset, a été attaqué.",
			rels: []string{"Un campement: 35 km south of Tamanrasset"}},
	})
}

// TestFrSubject34Cleft: a cleft sentence whose focus is a distance and a
// place set off after it ("It was …, at X, that", « C'est à …, à X, que
// », clefts.tsv) places that place at the distance.
func TestFrSubject34Cleft(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "C'est à une trentaine de kilomètres au nord de Mopti, à Kouakourou, que la pirogue a chaviré.",
			rels: []string{"Kouakourou: 30 km north of Mopti"}},
		{doc: "C'est à 15 km de Dori, dans le village de Seytenga-Bas, que les assaillants ont frappé.",
			rels: []string{"Seytenga-Bas: 15 km from Dori"}},
		{doc: "It was some 18 km west of Kargil, at a roadside camp called Chanigund, that the trucks stopped for the night.",
			rels: []string{"Chanigund: 18 km west of Kargil"}},
		{doc: "It was about 12 miles north of Alice Springs, at Burt Creek, that the plane came down.",
			rels: []string{"Burt Creek: 19.3 km north of Alice Springs"}},
		// No cleft: the sentence's own subject, as before.
		{doc: "Some 18 km west of Kargil, at Chanigund, the trucks stopped for the night.",
			rels: []string{"Chanigund: 18 km west of Kargil"}},
	})
}

// TestFrSubject34GroundPrepsRows: every row of groundpreps.tsv opens a
// ground after a participle, past which the distance places the name or
// the kind before the participle.
func TestFrSubject34GroundPrepsRows(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		if len(l.sets[setGroundPreps]) < 8 {
			t.Errorf("lexicon/%s/groundpreps.tsv: %d rows, want at least 8", code, len(l.sets[setGroundPreps]))
		}
	}
	for w := range langs().fr.sets[setGroundPreps] {
		doc := "Nous avons dormi au campement de Tin Kasso, posé " + w + " la dune à 20 km au nord de Gao."
		if !hasReading(doc, "Tin Kasso: 20 km north of Gao") {
			t.Errorf("groundpreps.tsv row %q: Read(%q): no reading %q", w, doc, "Tin Kasso: 20 km north of Gao")
		}
	}
	for w := range langs().en.sets[setGroundPreps] {
		doc := "The hut, perched " + w + " the ridge 20 km north of Gao, was empty."
		if !hasReading(doc, "The hut: 20 km north of Gao") {
			t.Errorf("groundpreps.tsv row %q: Read(%q): no reading %q", w, doc, "The hut: 20 km north of Gao")
		}
	}
}

// TestFrSubject34CleftRows: every row of clefts.tsv opens a cleft whose
// focus the distance places.
func TestFrSubject34CleftRows(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		if len(l.sets[setClefts]) < 2 {
			t.Errorf("lexicon/%s/clefts.tsv: %d rows, want at least 2", code, len(l.sets[setClefts]))
		}
	}
	for w := range langs().fr.sets[setClefts] {
		doc := upperFirst(w) + " à 20 km au nord de Gao, à Tin Kasso, que le camion a été retrouvé."
		if !hasReading(doc, "Tin Kasso: 20 km north of Gao") {
			t.Errorf("clefts.tsv row %q: Read(%q): no reading %q", w, doc, "Tin Kasso: 20 km north of Gao")
		}
	}
	for w := range langs().en.sets[setClefts] {
		doc := upperFirst(w) + " 20 km north of Gao, at Tin Kasso, that the truck was found."
		if !hasReading(doc, "Tin Kasso: 20 km north of Gao") {
			t.Errorf("clefts.tsv row %q: Read(%q): no reading %q", w, doc, "Tin Kasso: 20 km north of Gao")
		}
	}
}

// upperFirst returns w with its first letter in capitals, as a row
// opening a sentence is written.
func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
