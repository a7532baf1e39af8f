package text

import "testing"

// TestNorth24TradePossessives holds a class of the North round (Nordic,
// Arctic and Highland news, where a town is named by the trade that
// lives from it): the fishers, fishermen, miners, herders or whalers
// after a town's possessive are its people, as its residents or its
// mayor are (lexicon/en/lists.tsv, role dwellers; dwellersAfter), even
// as a sentence's first word: "Kotzebue's fishers reported the same",
// "Nikel's miners went on strike", "the herders of Karasjok". A person's
// possessive stays no place: "Mr Wilson's fishermen were paid late".
func TestNorth24TradePossessives(t *testing.T) {
	for _, c := range []struct {
		doc, name string
		place     bool
	}{
		{"Prices fell in Bodø. Mossel Bay's fishermen reported the same.", "Mossel Bay", true},
		{"The smelter shut down last year. Nikel's miners went on strike.", "Nikel", true},
		{"Demand rose in Kiruna. Gällivare's miners asked for more pay.", "Gällivare", true},
		{"Snow came early. Kautokeino's herders moved south in October.", "Kautokeino", true},
		{"Chokwe's fishers say the lake is drying.", "Chokwe", true},
		{"The quota was cut. Tromsø's whalers protested outside parliament.", "Tromsø", true},
		{"Wages were late. Mr Wilson's fishermen were paid in May.", "Wilson", false},
	} {
		ev := mentionEvidence(c.doc, c.name)
		if got := ev >= EvidencePreposition; got != c.place {
			t.Errorf("Read(%q): %s is %s, want place=%v", c.doc, c.name, ev, c.place)
		}
	}
}

// TestNorth24ArcticPeoples holds a class of the North round: the names of
// the Arctic's and Siberia's peoples (Nenets, Dolgans, Evenks, Yakuts,
// Chukchi, Yup'ik, Inupiat, Gwich'in, Khanty) name no place, as "the
// Tuareg" does (lexicon/peoples.txt): « les Dolganes et les Nenets de la
// région » is no okrug, "An Evenki reindeer camp" names no camp "Evenki".
// A town after them stays a town.
func TestNorth24ArcticPeoples(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les Dolganes et les Nenets de la toundra vont se faire soigner à Khatanga.", places: []string{"Khatanga"}, not: []string{"Nenets", "Dolganes"}},
		{doc: "The Nenets of the Yamal tundra sell their venison in Salekhard.", places: []string{"Salekhard"}, not: []string{"Nenets"}},
		{doc: "An Evenki reindeer camp, 60 km north of Tynda, was moved in March.", not: []string{"Evenki"}},
		{doc: "Yup'ik families from Hooper Bay fish the Yukon delta every summer.", places: []string{"Hooper Bay"}, not: []string{"Yup'ik"}},
		{doc: "Gwich'in hunters from Old Crow follow the caribou north in spring.", places: []string{"Old Crow"}, not: []string{"Gwich'in"}},
	})
}

// TestNorth24PeopleBetweenDwellersAndDe holds a class of the North round's
// French texts: a people's plural may stand between a noun of a town's
// dwellers and « de », as an adjective does (dwellersOf): « les éleveurs
// sames de Kautokeino », « les pêcheurs inuits de Narsaq », « les
// commerçants touaregs de Ménaka » name the town. After a noun of no
// dwellers the name gains nothing: « les costumes sames de Marja ».
func TestNorth24PeopleBetweenDwellersAndDe(t *testing.T) {
	for _, c := range []struct {
		doc, name string
		place     bool
	}{
		{"Un poste a été ouvert. Les éleveurs sames de Karasjok s'y opposaient.", "Karasjok", true},
		{"La pêche a repris. Les pêcheurs inuits de Paamiut ont signé l'accord.", "Paamiut", true},
		{"Le marché a rouvert. Les commerçants touaregs de Ménaka sont revenus.", "Ménaka", true},
		{"L'exposition a ouvert. Les costumes sames de Marja sont exposés.", "Marja", false},
	} {
		ev := mentionEvidence(c.doc, c.name)
		if got := ev >= EvidencePreposition; got != c.place {
			t.Errorf("Read(%q): %s is %s, want place=%v", c.doc, c.name, ev, c.place)
		}
	}
}
