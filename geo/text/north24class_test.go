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
