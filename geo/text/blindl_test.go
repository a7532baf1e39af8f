package text

import "testing"

// TestCorpusBlindL holds one text of each class a twelfth blind set, and
// the eleventh set kept aside, failed on at first run, fixed since, written
// in other words:
//   - "X, a small temple, can be reached from Y: it stands 19 km north-east
//     of the town": "it" after a colon stands for the clause's subject, past
//     its apposition and a modal (clauseTopic);
//   - "above" and "below" are prepositions (en/prepositions.tsv), so that
//     "the town, above the X river" is no town named after the comma;
//   - a place word before a modal and a verb of action ("Slaughter will
//     take place at a plant outside X") names no place (placeWordActs);
//   - "X Police are appealing for information about a man last seen at Y,
//     85 km south-west of Z": a copula before a present participle of
//     action is an auxiliary, and the sentence's subject no place the
//     distance describes (progressiveAt);
//   - "Our base for the season is X fishing camp. It lies 30 km north-east
//     of Y": the name a copula gives a common noun phrase is the topic
//     (predicateName);
//   - "X fishing camp", "X yurt camp": a camp with its modifier gives the
//     name before it its kind (en/kindsafter.tsv);
//   - "Flooding affected A, B and C in Y": "affected" introduces places
//     (en/prepositions.tsv), and a list of names before "in" and a name
//     lies in that name (townListBefore), unless a word of origin opens
//     the list ("visitors from A, B and C in Y");
//   - « au CHU de Toulouse », « l'IUT de Lannion »: an institution's
//     acronym before « de » names the town, as « l'hôpital de Sion » does
//     (institutionBeforeDe, seatOfBefore); a division after its article stays
//     in the run (« le SDIS de l'Aveyron » is no town L'Aveyron);
//   - "A Roman-era quarry, now known as X, has been identified some 7 km
//     south-west of Y": a hyphenated adjective of time or making names no
//     place (isCompoundAdjective), an adverb may stand before "known as"
//     (namedAfterComma), and the name an apposition gives a kind opening
//     the sentence with "a" is the subject (indefiniteNamed); "quarry" is
//     a descriptor noun;
//   - "the Temple of Jupiter", "the Sanctuary of Apollo": a temple and
//     the god it is dedicated to are one name (en/dedications.tsv), not
//     Jupiter in Florida;
//   - "Some 15 km east of Aksum — a day on foot — the cliff church of X
//     is reached by a ladder": church, mosque, chapel, cathedral and
//     basilica are descriptor nouns, and an insert between spaced dashes
//     after a fronted distance is stepped over (closingDash).
func TestCorpusBlindL(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Northern Territory Police are searching for two tourists last seen at Kulgera Bore, 40 km south of Kulgera.",
			rels: []string{"Kulgera Bore: 40 km south of Kulgera"}, absent: []string{"Northern Territory Police: 40 km south of Kulgera"}},
		{doc: "Our home for the week was Lake Ohau tented camp. It lies 12 km west of Twizel, on the lake shore.",
			rels: []string{"Lake Ohau: 12 km west of Twizel"}},
		{doc: "Flooding affected Tanauan, Talisay and Laurel in Batangas.",
			rels: []string{"Tanauan: in Batangas", "Talisay: in Batangas", "Laurel: in Batangas"}},
		{doc: "Delegates from Lyon, Nantes and Lille in Dakar met the mayor.",
			absent: []string{"Lille: in Dakar", "Lyon: in Dakar"}},
		{doc: "Le blessé a été transféré au CHU de Limoges puis au CHR d'Orléans. L'IUT de Lannion a fermé.",
			places: []string{"Limoges", "Orléans", "Lannion"}, not: []string{"CHU de Limoges", "CHU", "IUT de Lannion"}},
		{doc: "Les pompiers du SDIS de l'Aveyron, venus de Rodez, ont sauvé les brebis.",
			places: []string{"Rodez"}, not: []string{"L'Aveyron", "l'Aveyron", "Aveyron"}},
		{doc: "A Byzantine-era quarry, now known as Bir el-Qasr, has been identified some 4 km north of Jerash. Its stones went to the Temple of Artemis and the Sanctuary of Apollo.",
			rels: []string{"Bir el-Qasr: 4 km north of Jerash"}, not: []string{"Byzantine-era", "Artemis", "Apollo"}},
		{doc: "Some 15 km east of Aksum — a day on foot — the cliff church of Abba Yohani is reached by a ladder.",
			rels: []string{"Abba Yohani: 15 km east of Aksum"}},
		{doc: "About 9 km south of Harar lies the mosque of Dire Koremi.",
			rels: []string{"Dire Koremi: 9 km south of Harar"}},
		{doc: "The nearest settlement is Aqsay. It lies 30 km east of Kokpekty.",
			rels: []string{"Aqsay: 30 km east of Kokpekty"}},
		{doc: "Tashi Gompa, a small 18th-century monastery, can be reached on foot in two days from Trongsa: it stands 24 km north of the town, above the Mangde Chhu.",
			rels: []string{"Tashi Gompa: 24 km north of Trongsa"}},
		{doc: "Kalo Wells, a watering point, lies below the escarpment at Marsabit; it is 12 km west of the town.",
			rels: []string{"Kalo Wells: 12 km west of Marsabit"}},
		{doc: "Herders have rebuilt the corral at Vuoskojaure, 20 km west of Kiruna. Slaughter will take place at a plant outside Gällivare.",
			rels: []string{"Vuoskojaure: 20 km west of Kiruna"}, not: []string{"Slaughter"}, absent: []string{"Slaughter: near Gällivare"}},
	})
}

// TestCenturyKinds: an ordinal century before a kind of place ("a small
// 17th-century temple", en/adjectives.tsv) leaves the kind read.
func TestCenturyKinds(t *testing.T) {
	for doc, want := range map[string]string{
		"Tashi Gompa, a small 17th-century temple, lies 19 km north-east of Jakar.": "temple",
		"Qasr Bint Amir, a ruined 21st-century fort, lies 9 km east of Azraq.":      "fort",
		"Kolo, a 2nd-century shrine, lies 9 km east of Kondoa.":                     "shrine",
	} {
		d := Read(doc)
		if len(d.Mentions) == 0 || d.Mentions[0].FeatureHead() != want {
			t.Errorf("Read(%q): first mention %+v, want kind %q", doc, d.Mentions, want)
		}
	}
}

// TestFrenchKindsBlindL: « l'alpage de X », « l'estive de X », « la station
// de quinquina de X » (fr/descriptors.tsv), and a kind with its complement
// before a name with its article, « le camp de chasse de la X »
// (frenchDescriptorBefore), give the name its kind; after « un » the name
// holds the place instead (« un village de villégiature du Mont-Liban »).
func TestFrenchKindsBlindL(t *testing.T) {
	for doc, want := range map[string]string{
		"Un berger a été secouru à l'alpage de Louvie-Dessus, à 9 km au sud de Verbier.":           "pasture",
		"Les brebis montent à l'estive d'Anéou, à 12 km au sud de Laruns.":                         "pasture",
		"La station de quinquina de Bana-Haut se trouvait à 8 km au nord de Dalat.":                "station",
		"Un feu menace le camp de chasse de la Rivière-Noire, à 30 km à l'ouest de Bathurst.":      "camp",
		"Les pompiers ont protégé le camp de pêche de la Pointe-Sèche, à 20 km au nord de Matane.": "camp",
	} {
		d := Read(doc)
		got := ""
		for _, m := range d.Mentions {
			if m.Evidence > EvidenceUnlikely && m.FeatureHead() != "" {
				got = m.FeatureHead()
				break
			}
		}
		if got != want {
			t.Errorf("Read(%q): kind %q, want %q", doc, got, want)
		}
	}
	d := Read("Bhamdoun est un village de villégiature du Mont-Liban, à 20 km de Beyrouth.")
	for _, m := range d.Mentions {
		if m.Name == "Mont-Liban" && m.Feature != "" {
			t.Errorf("Mont-Liban is a %q", m.Feature)
		}
	}
}
