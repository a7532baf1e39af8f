package text

import "testing"

// TestHist20Remains: history writing names a site and then speaks of it
// as "the battlefield" (of a battle named for the place) or "the caves"
// (descriptors.tsv), and measures a place from "the town" it named before
// though a phrase of where follows the noun ("25 km north of the town on
// the Bechuanaland border").
func TestHist20Remains(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Battle of Mill Springs was fought on January 19, 1862. The battlefield lies about 8 miles west of Somerset, Kentucky.",
			rels: []string{"Mill Springs: 12.9 km west of Somerset"}},
		{doc: "Aurel Stein reached the Mogao caves in March 1907. The caves lie about 25 km south-east of Dunhuang.",
			rels: []string{"Mogao: 25 km southeast of Dunhuang"}},
		{doc: "During the siege of Mafeking, Plumer's relief column waited at Ramathlabama, about 25 km north of the town on the Bechuanaland border.",
			rels: []string{"Ramathlabama: 25 km north of Mafeking"}},
	})
}

// TestHist20People: a word that is also a people (peoples.txt) is a town
// after a lower-case inhabited kind and its "of" ("the present town of
// Kikuyu"); after "the" before a noun it stays a people.
func TestHist20People(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The fort stood near the present town of Kikuyu.", places: []string{"Kikuyu"}},
		{doc: "The stockade was built in the village of Kikuyu in 1890.", places: []string{"Kikuyu"}},
		{doc: "The Kikuyu highlands rise west of Nairobi.", not: []string{"Kikuyu"}},
	})
}

// TestHist20French: French military histories write « le camp retranché
// de X » (adjectives.tsv), tell what a person did in the passé simple
// before an apposition placed by a distance (acts.tsv, frenchActor), and
// set a river off by commas between a place and its distance
// (frenchRiverApposition).
func TestHist20French(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le point d'appui Isabelle se trouvait à environ 6 km au sud du camp retranché de Diên Biên Phu.",
			rels: []string{"Isabelle: 6 km south of Diên Biên Phu"}},
		{doc: "René Caillié atteignit Tombouctou le 20 avril 1828, après avoir débarqué au port de Kabara, à 8 km au sud de la ville.",
			rels: []string{"Kabara: 8 km south of Tombouctou"}, absent: []string{"René Caillié: 8 km south of Tombouctou"}},
		{doc: "Caillié débarqua au port de Kabara, à 8 km au sud de Tombouctou.",
			rels: []string{"Kabara: 8 km south of Tombouctou"}},
		{doc: "Faidherbe fit construire le fort de Bafoulabé, à une quinzaine de kilomètres à l'est de Kayes.",
			rels: []string{"Bafoulabé: 15 km east of Kayes"}},
		{doc: "Faidherbe fit construire en 1855 le fort de Médine, sur le fleuve Sénégal, à une quinzaine de kilomètres à l'est de Kayes.",
			rels: []string{"Médine: 15 km east of Kayes"}, absent: []string{"Sénégal: 15 km east of Kayes", "Faidherbe: 15 km east of Kayes"}},
	})
}

// TestHist20Journeys: histories tell journeys and their halts: "by way
// of X" is a town the journey passed (placeIntroBefore), "withdrew to
// Prince Albert" a town whose name opens with a title (goneTo, the go
// words of travel.tsv), and "X, on the west bank of the Nile about 10 km
// north of Y" places X, the bank phrase stepped over with the river
// (bankPhraseStart).
func TestHist20Journeys(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Stein carried the manuscripts back to London by way of Kashgar.", places: []string{"London", "Kashgar"}},
		{doc: "The fort was burned in 1885, when the garrison withdrew to Prince Albert.", places: []string{"Prince Albert"}},
		{doc: "The column marched to Prince George.", places: []string{"Prince George"}},
		{doc: "Lee surrendered to General Grant at Appomattox.", places: []string{"Appomattox"}, not: []string{"General Grant", "Grant"}},
		{doc: "Kitchener's army camped at the village of El Egeiga, on the west bank of the Nile about 10 km north of Omdurman.",
			rels: []string{"El Egeiga: 10 km north of Omdurman"}, absent: []string{"Nile: 10 km north of Omdurman"}},
		{doc: "The army camped at El Egeiga, on the bank of the Nile about 10 km north of Omdurman.",
			rels: []string{"El Egeiga: 10 km north of Omdurman"}},
	})
}

// TestHist20Writers: a name before a verb of speech and "his" or "her"
// is a person's, never a capital speaking for its government
// (personalSpeech): Mention.Speaker stays false.
func TestHist20Writers(t *testing.T) {
	for _, tc := range []struct {
		doc, name string
		speaker   bool
	}{
		{"Wellington wrote his despatch at his headquarters in the village of Waterloo.", "Wellington", false},
		{"Napier told his officers to march on Magdala.", "Napier", false},
		{"Moscow denied any involvement in the attack.", "Moscow", true},
	} {
		d := Read(tc.doc)
		found := false
		for _, m := range d.Mentions {
			if m.Name == tc.name {
				found = true
				if m.Speaker != tc.speaker {
					t.Errorf("Read(%q): %s Speaker = %v, want %v", tc.doc, tc.name, m.Speaker, tc.speaker)
				}
			}
		}
		if !found && tc.speaker {
			t.Errorf("Read(%q): no mention %q", tc.doc, tc.name)
		}
	}
}

// TestHist20Departures: "set out", "set off", "set sail" start a journey
// and are no verb of place (departureAt): the distance set off after the
// place left is that place's, not the traveller's.
func TestHist20Departures(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Stanley set out from Bagamoyo, 70 km north of Dar es Salaam.",
			rels: []string{"Bagamoyo: 70 km north of Dar es Salaam"}, absent: []string{"Stanley: 70 km north of Dar es Salaam"}},
		{doc: "Stanley set off from Bagamoyo, north of Dar es Salaam.",
			rels: []string{"Bagamoyo: north of Dar es Salaam"}},
		{doc: "The monastery is set on a hill, 6 km north of Lalibela.",
			rels: []string{"The monastery: 6 km north of Lalibela"}},
	})
}

// TestHist20Coast: a phrase right after "on the coast" says more of the
// place the coast phrase placed (lastPhrase.coast), not of the traveller
// who opens the sentence.
func TestHist20Coast(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Stanley had set out from Bagamoyo, on the coast opposite Zanzibar.",
			rels: []string{"Bagamoyo: near Zanzibar"}, absent: []string{"Stanley: near Zanzibar"}},
		{doc: "The mission lies on the coast 30 km north of Tanga.",
			rels: []string{"The mission: 30 km north of Tanga"}},
	})
}

// TestHist20Confluence: « au confluent du X et du Y » names two rivers
// (frenchWaterBefore after « et », waterName before « et du »), not the
// country of the first one's name.
func TestHist20Confluence(t *testing.T) {
	for _, tc := range []struct{ doc, name string }{
		{"La ville de Mopti fut fondée au confluent du Niger et du Bani.", "Niger"},
		{"La ville de Mopti fut fondée au confluent du Niger et du Bani.", "Bani"},
		{"Fort-Lamy fut fondé en 1900 au confluent du Chari et du Logone.", "Chari"},
		{"Fort-Lamy fut fondé en 1900 au confluent du Chari et du Logone.", "Logone"},
	} {
		d := Read(tc.doc)
		found := false
		for _, m := range d.Mentions {
			if m.Name == tc.name {
				found = true
				if m.Feature != "river" {
					t.Errorf("Read(%q): %s read as %q, want a river", tc.doc, tc.name, m.Feature)
				}
			}
		}
		if !found {
			t.Errorf("Read(%q): no mention %q", tc.doc, tc.name)
		}
	}
	checkCorpus(t, []example{
		{doc: "Les réfugiés du Mali et du Niger ont fui vers Mopti.", places: []string{"Mali", "Niger", "Mopti"}},
	})
}
