package text

import "testing"

// TestLead25CapsHeading: the country a relief report covers, in capitals
// before a colon and a title holding a dash or a bulletin's word
// (capsReportTitle), is a place; the area before the bulletin's own title
// words (titlewords.tsv) is the name, without them (titleTailAt). A rubric
// or an agency in capitals before a colon names no place.
func TestLead25CapsHeading(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "SOUTH SUDAN: Jonglei Flash Update No. 4 (12 August 2024). Heavy rains cut the road.",
			places: []string{"SOUTH SUDAN"}},
		{doc: "TAJIKISTAN: Gorno-Badakhshan – Mudflow Situation Report No. 2\n\nA mudflow struck Khorog.",
			places: []string{"TAJIKISTAN"}},
		{doc: "NIGER : Tillabéri – note de situation humanitaire\n\nLes arrivées se poursuivent.",
			places: []string{"NIGER"}},
		{doc: "BURKINA FASO: Centre-Nord Weekly Protection Update (May)\n\nDisplacement continued.",
			places: []string{"BURKINA FASO"}},
	})
	for _, c := range []struct{ doc, name string }{
		{"UPDATE: Flood Situation Report No. 2\n\nRains eased.", "UPDATE"},
		{"UNHCR: Weekly Protection Update\n\nRains eased.", "UNHCR"},
	} {
		for _, m := range Read(c.doc).Mentions {
			if m.Name == c.name && m.Evidence >= EvidencePreposition {
				t.Errorf("Read(%q): %q graded %v, want below preposition", c.doc, c.name, m.Evidence)
			}
		}
	}
}

// TestLead25TitleTail: a capitalised run on the first line that ends in a
// bulletin's title ("Flash Update", "Situation Report", "Weekly
// Protection Update") names the area before it only; a title alone names
// nothing; past the first line a name keeps every word.
func TestLead25TitleTail(t *testing.T) {
	for _, c := range []struct {
		doc  string
		want []string // the names read on the first line, in order
	}{
		{"SOUTH SUDAN: Jonglei Flash Update No. 4\n\nRains fell.", []string{"SOUTH SUDAN", "Jonglei"}},
		{"Cox's Bazar Weekly Protection Update (March)\n\nRains fell.", []string{"Cox's Bazar"}},
		{"Kenya – Turkana Drought Situation Report\n\nRains fell.", []string{"Kenya", "Turkana"}},
		{"Mudflow Situation Report No. 2\n\nRains fell.", nil},
	} {
		d := Read(c.doc)
		var got []string
		for _, m := range d.Mentions {
			if m.Span.End <= len(c.doc) && m.Span.End <= lineEnd(c.doc, 0) {
				got = append(got, m.Name)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("Read(%q): first-line names %q, want %q", c.doc, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("Read(%q): first-line names %q, want %q", c.doc, got, c.want)
				break
			}
		}
	}
	d := Read("Rains fell.\n\nThe Situation Report Hill lies 4 km east of Juba.")
	if !hasMention(d, "Situation Report Hill") {
		t.Error("a later line lost the name Situation Report Hill")
	}
}

// TestLead25TitleWordsRead reads every row of titlewords.tsv before
// "Update" after an area on a title line: each is cut from the area.
func TestLead25TitleWordsRead(t *testing.T) {
	for w := range langs().sets[setTitleWords] {
		doc := "SOUTH SUDAN: Jonglei " + w + " Update\n\nRains fell."
		d := Read(doc)
		if !hasMention(d, "Jonglei") {
			var names []string
			for _, m := range d.Mentions {
				names = append(names, m.Name)
			}
			t.Errorf("%q: names %q, want Jonglei", doc, names)
		}
	}
}

// TestLead25Peoples: peoples written in reports on Sudan, Chad, Ituri,
// Tanzania, the Chaco and Madagascar (peoples.txt) name no place.
func TestLead25Peoples(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un camp a été installé à 12 km d'Adré. Il abrite déjà 18 000 personnes, pour la plupart des Massalit.", not: []string{"Massalit"}},
		{doc: "Les survivants, pour la plupart des Hema, ont fui vers Bunia.", not: []string{"Hema"}},
		{doc: "Datoga herders graze their cattle 30 km west of Mbulu.", not: []string{"Datoga"}},
	})
}

// TestLead25TitleRunOnSentence: a first sentence with a dash and a
// bulletin's word is no title when it has a verb, French or English: the
// name after the dash is no area (bulletinArea).
func TestLead25TitleRunOnSentence(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"COMMUNIQUÉ – Kouroussa Gold SA a le plaisir d'annoncer une découverte d'or. Les travaux continuent.", "Kouroussa Gold SA"},
		{"COMMUNIQUÉ – Sahel Mining annonce un nouveau forage. Les travaux continuent.", "Sahel Mining"},
		{"Press release – Tullow Oil has started drilling. Work continues.", "Tullow Oil"},
	} {
		for _, m := range Read(c.doc).Mentions {
			if m.Name == c.name && m.Evidence >= EvidencePreposition {
				t.Errorf("Read(%q): %q graded %v, want below preposition", c.doc, c.name, m.Evidence)
			}
		}
	}
}

// TestLead25TitleFrenchRegionLikeVerb: a capitalised French region
// written like a verb (« Est ») in a title run into its text stays the
// area.
func TestLead25TitleFrenchRegionLikeVerb(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Cameroun – Est et Adamaoua : note de situation n°5 (mai). Les arrivées se poursuivent.", places: []string{"Adamaoua"}},
	})
}
