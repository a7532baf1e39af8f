package text

import "testing"

// TestLead35bSpeakerOpeners: a pronoun with its verb ("I'm", "I've";
// stopcaps.tsv) and a word of reply (« Oui », « Merci ») opening a
// speaker's sentence are no names, so the distance after them goes to the
// place named.
func TestLead35bSpeakerOpeners(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "I'm at the clinic in Ban Mae Ramat Luang, 12 km north of Mae Ramat.", not: []string{"I'm"}},
		{doc: "I've been in Kanchanaburi since Friday.", places: []string{"Kanchanaburi"}, not: []string{"I've"}},
		{doc: "Oui, je suis au village de Nkolmebanga, à une vingtaine de kilomètres au nord de Mongomo.",
			rels: []string{"Nkolmebanga: 20 km north of Mongomo"}, not: []string{"Oui"}},
		{doc: "Merci. Nous sommes au campement de Bikoula, à 8 km à l'est d'Ebolowa.",
			rels: []string{"Bikoula: 8 km east of Ebolowa"}, not: []string{"Merci"}},
	})
}

// TestLead35bPeriodsAndBoards: a period written with "Early", "Middle" or
// "Late" before an empire's or a culture's adjective (periods.txt: "Late
// Roman", "Early Byzantine") is a time, and "the Board" is a body.
func TestLead35bPeriodsAndBoards(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Excavations at Kato Kivides, an Early Byzantine church 5 km north of Pissouri, ended in May.",
			rels: []string{"Kato Kivides: 5 km north of Pissouri"}, not: []string{"Early Byzantine"}},
		{doc: "Agios Philon, a Late Roman harbour town on the Karpas coast, was surveyed in 2019.", not: []string{"Late Roman"}},
		{doc: "The appeal was remitted to the Board, which sits in Dublin.", places: []string{"Dublin"}, not: []string{"Board"}},
	})
}

// TestLead35bCapitalisedModifiers: capitalised words before the kind of a
// long apposition ("a Late Roman farmstead on a limestone terrace", "an
// Early Bronze Age tell on the river") qualify it; the distance after the
// apposition places the name before it.
func TestLead35bCapitalisedModifiers(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Excavations at Vrysoudia, a Late Roman farmstead on a limestone terrace roughly 6 km south-east of Polis, ended in May.",
			rels: []string{"Vrysoudia: 6 km southeast of Polis"}, not: []string{"Late Roman"}},
		{doc: "We reached Kili, an Early Bronze Age tell on the river some 9 km north of Harran.",
			rels: []string{"Kili: 9 km north of Harran"}},
		{doc: "The team moved to Agios Tychon, a Middle Byzantine chapel on a rocky spur about 4 km west of Kalavasos.",
			rels: []string{"Agios Tychon: 4 km west of Kalavasos"}},
	})
}

// TestLead35bFurtherAfterApposition: "Y, N km further east" set off after
// a name goes on from the last place the sentence placed, not from the
// town that place was measured from.
func TestLead35bFurtherAfterApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We camped at Lokori, some 40 km south-east of Lodwar, and the next night at Kangakipur, 12 km further east.",
			rels: []string{"Lokori: 40 km southeast of Lodwar", "Kangakipur: 12 km east of Lokori"}},
		{doc: "The brigade held Gornje Selo, a hamlet 9 km north-east of Višegrad, with one battalion, and placed an outpost at Kosovo Polje, about 4 km further north.",
			rels: []string{"Kosovo Polje: 4 km north of Gornje Selo"}},
		{doc: "The first well is at Bir Talha, 30 km west of Tobruk, and the second at Bir Hakeim Gharbi, 6 miles farther south.",
			rels: []string{"Bir Hakeim Gharbi: 9.66 km south of Bir Talha"}},
	})
}

// TestLead35bHolders: a person's name of two words or more before "'s"
// and a noun of what a household holds (holdings.tsv: farm, place, shop)
// is a person's, as is a name joined to it by "and"; a place's name with
// a possessive keeps its place.
func TestLead35bHolders(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Tea was served in the barn at Gwilym and Mair Pugh's farm next door.", not: []string{"Gwilym", "Mair Pugh"}},
		{doc: "We stayed at Tom and Ann Riley's place near Tok.", places: []string{"Tok"}, not: []string{"Tom", "Ann Riley"}},
		{doc: "We bought tea at Ali Hassan's shop in Garissa.", places: []string{"Garissa"}, not: []string{"Ali Hassan"}},
		{doc: "The ferry left for Martha's Vineyard at noon.", places: []string{"Martha's Vineyard"}},
	})
}
