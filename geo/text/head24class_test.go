package text

import "testing"

// TestHead24BulletinTitleArea: the title line of a bulletin, a situation
// report or an update names the area it covers after a spaced dash,
// alone, in a list, or in brackets, with a word of a bulletin somewhere on
// the line (bulletins.tsv): "Cholera response – Sool and Sanaag (Update
// 4)", « Mali – Ségou : note d'information ». Such a name is a place
// (bulletinArea), though no preposition stands before it; the bulletin's
// own words are none, and a line without a bulletin's word, a line that
// is a sentence, and a later line are left as they were.
func TestHead24BulletinTitleArea(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Cholera response – Sool and Sanaag (Update 4)\n\nNew cases were confirmed this week.",
			places: []string{"Sool", "Sanaag"}},
		{doc: "Dengue outbreak – Vavuniya, Mannar and Mullaitivu situation update\n\nCases doubled in a fortnight.",
			places: []string{"Vavuniya", "Mannar", "Mullaitivu"}},
		{doc: "WFP Mozambique – Cabo Delgado market snapshot (May)\n\nPrices of maize rose again.",
			places: []string{"Cabo Delgado"}},
		{doc: "Bulletin humanitaire n°3 – Diffa et Zinder\n\nLes arrivées se poursuivent.",
			places: []string{"Diffa", "Zinder"}},
		{doc: "Mali – Ségou : note d'information humanitaire\n\nLes pluies ont repris.",
			places: []string{"Ségou"}},
		{doc: "Niger – Point de situation n°4 (Agadez)\n\nLes arrivées se poursuivent.",
			places: []string{"Agadez"}},
		{doc: "Kenya – Flash Update No. 2 (Turkana)\n\nRains eased on Sunday.",
			places: []string{"Turkana"}},
	})
	for _, c := range []struct{ doc, name string }{
		{"Niger – Point de situation n°4 (Agadez)\n\nLes arrivées se poursuivent.", "Point"},
		{"Floods – Sool and Sanaag\n\nRains eased on Sunday.", "Sanaag"},                      // no bulletin's word
		{"Rains eased on Sunday.\n\nCholera response – Sool and Sanaag (Update 4)", "Sanaag"}, // a later line
		{"Cholera response – Sool and Sanaag update was sent. Teams went.", "Sanaag"},         // a sentence
	} {
		for _, m := range Read(c.doc).Mentions {
			if m.Name == c.name && m.Evidence >= EvidencePreposition {
				t.Errorf("Read(%q): %q graded %v, want below preposition", c.doc, c.name, m.Evidence)
			}
		}
	}
}

// TestHead24AgencyBeforeCountry: an agency's acronym opening a bulletin's
// title line before the dash is followed by the country or area its
// office covers ("UNICEF Afghanistan –", "IOM Niger –"): the acronym is
// the agency, no part of the name, and the country a name of its own
// (agencyOfTitle). An acronym elsewhere, or with no dash after its run,
// is left as it was.
func TestHead24AgencyBeforeCountry(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "UNHCR Chad – Ouaddaï refugee update (June)\n\nArrivals continued.",
			not: []string{"UNHCR Chad", "UNHCR"}},
		{doc: "WHO Yemen – Hodeidah cholera dashboard\n\nCases fell.",
			not: []string{"WHO Yemen", "WHO"}},
		{doc: "OCHA Somalia – Gedo flash update\n\nRains fell.",
			not: []string{"OCHA Somalia"}},
	})
	for _, c := range []struct{ doc, name string }{
		{"UNHCR Chad – Ouaddaï refugee update (June)\n\nArrivals continued.", "Chad"},
		{"WHO Yemen – Hodeidah cholera dashboard\n\nCases fell.", "Yemen"},
		{"OCHA Somalia – Gedo flash update\n\nRains fell.", "Somalia"},
	} {
		if !hasMention(Read(c.doc), c.name) {
			t.Errorf("Read(%q): no mention %q; mentions %v", c.doc, c.name, mentionNames(Read(c.doc)))
		}
	}
	// a heading in capitals stays whole
	if d := Read("SITUATION REPORT – Upper Nile\n\nRains fell."); hasMention(d, "REPORT") {
		t.Errorf("Read: a heading in capitals was cut; mentions %v", mentionNames(d))
	}
	// an acronym with no dash after its run stays as it was
	d := Read("The USS Enterprise sailed from Norfolk.")
	if hasMention(d, "Enterprise") {
		t.Errorf("Read: the ship's name was cut from its prefix; mentions %v", mentionNames(d))
	}
}

func hasMention(d *Document, name string) bool {
	for _, m := range d.Mentions {
		if m.Name == name {
			return true
		}
	}
	return false
}

// TestHead24BulletinWordsRead reads every row of bulletins.tsv, English
// and French, on a title line after the area it covers: each makes the
// names after the dash places.
func TestHead24BulletinWordsRead(t *testing.T) {
	for w := range langs().sets[setBulletins] {
		doc := "Cholera response – Sool and Sanaag " + w + "\n\nRains fell."
		checkCorpus(t, []example{{doc: doc, places: []string{"Sool", "Sanaag"}}})
	}
}
