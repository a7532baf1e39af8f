package text

import "testing"

// TestLead28ReportTitleHeading: a country or area in ordinary case opening
// the document before a colon and a report's title (bulletins.tsv,
// "report", "brief") is the place the report covers, as the same heading
// in capitals is (capsReportTitle); an agency's acronym (organisations.txt)
// before the country of its office is cut, and a single common word, an
// agency or a rubric stays a label.
func TestLead28ReportTitleHeading(t *testing.T) {
	for _, c := range []struct {
		doc, place string
		min        Evidence
	}{
		{"Mongolia: Dzud Situation Report No. 3 (Save the Children, 14 February). Night temperatures around Mandalgovi fell to -38°C.", "Mongolia", EvidencePreposition},
		{"Jordan: Southern Governorates Water Update (Norwegian Refugee Council, October). Families at the settlement rely on trucks.", "Jordan", EvidencePreposition},
		{"Eswatini: Drought Response Report #2 (Red Cross, 3 March). Boreholes near Siteki have dried up.", "Eswatini", EvidencePreposition},
		{"Cabo Delgado: Displacement Update (IOM, 12 June). New arrivals reached Montepuez.", "Cabo Delgado", EvidencePreposition},
		{"WFP Lesotho Country Brief, July: Heavy snowfall cut the road to Mokhotlong.", "Lesotho", EvidenceCapitalised},
		{"UNHCR Chad Operational Update (May). Refugees arrived in Adré.", "Chad", EvidenceCapitalised},
	} {
		if ev := mentionEvidence(c.doc, c.place); ev < c.min {
			t.Errorf("Read(%q): %s is %v, want at least %v", c.doc, c.place, ev, c.min)
		}
	}
	for _, c := range []struct{ doc, not string }{
		{"Update: Situation Report for the north. Fighting near Kidal.", "Update"},
		{"Reuters: Flash Update on the floods. Water rose in Kidal.", "Reuters"},
		{"WFP Lesotho Country Brief, July: Heavy snowfall cut the road to Mokhotlong.", "WFP Lesotho"},
		{"Mongolia: Dzud Situation Report No. 3 (14 February). Herds died near Mandalgovi.", "Dzud"},
	} {
		if ev := mentionEvidence(c.doc, c.not); ev >= EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want no place", c.doc, c.not, ev)
		}
	}
}

// TestLead28BeforeAfterTown: a distance "before" or "after" a town is
// measured from it by the road one travels, as « avant » and « après »
// are in French; "before it reaches", "after crossing" open a clause and
// measure nothing; "uphill from" and "downhill from" measure from the
// place after them.
func TestLead28BeforeAfterTown(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"On the way back we stopped at Pozo Yacaré, a water hole some 15 km before Filadelfia.", "Pozo Yacaré", "Filadelfia"},
		{"The checkpoint at Kibuye Hill sits about 8 km after Musanze on the road north.", "Kibuye Hill", "Musanze"},
		{"We camped at Tsagaan Bulag, a well some 20 km before Dalanzadgad.", "Tsagaan Bulag", "Dalanzadgad"},
		{"Villagers say Phadeng Kao lies roughly 3 km uphill from Muang Xay.", "Phadeng Kao", "Muang Xay"},
		{"The old mill of Kerrow stands some 2 km downhill from Tomintoul.", "Kerrow", "Tomintoul"},
	} {
		d := Read(c.doc)
		if !hasRelation(d, KindDistance, c.subj, c.obj) {
			t.Errorf("Read(%q): no distance of %s from %s", c.doc, c.subj, c.obj)
		}
	}
	for _, doc := range []string{
		"The dirt road out of Gobernador Gregores runs west for fifty kilometres before it reaches Estancia La Angostura Sur.",
		"He arrived 20 minutes before Gao was shelled.",
	} {
		for _, r := range Read(doc).Relations {
			if r.Kind == KindDistance && r.Road && r.MinKm == 20 {
				t.Errorf("Read(%q): a distance of 20 read before a clause", doc)
			}
		}
	}
	doc := "The dirt road out of Gobernador Gregores runs west for fifty kilometres before it reaches Estancia La Angostura Sur."
	if !hasRelation(Read(doc), KindDistance, "Estancia La Angostura Sur", "Gobernador Gregores") {
		t.Errorf("Read(%q): the place reached is not placed", doc)
	}
}

// TestLead28TurnedOffAtSign: a distance opening the sentence, perhaps
// hedged, before the clause in which travellers turn off or stop, places
// where they turned off for, also when a sign names it ("a hand-painted
// sign for X", "the signpost to X"; travel.tsv bound role).
func TestLead28TurnedOffAtSign(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"About 40 km short of Shakawe we turned off at a hand-painted sign for Xaraxa Camp, a little tented place.", "Xaraxa Camp", "Shakawe"},
		{"Some 25 km past Kasane we turned off at the sign to Mowana Lodge.", "Mowana Lodge", "Kasane"},
		{"Roughly 12 km beyond Tsumeb we turned off at the old signpost for Lake Otjikoto Farm.", "Lake Otjikoto Farm", "Tsumeb"},
		{"Two days later, about 30 km short of Murghob, we stopped at Karakul.", "Karakul", "Murghob"},
	} {
		if !hasRelation(Read(c.doc), KindDistance, c.subj, c.obj) {
			t.Errorf("Read(%q): no distance of %s from %s", c.doc, c.subj, c.obj)
		}
	}
}

// TestLead28TravelFirms: a firm named by its trade of taking travellers
// out (orgwords.tsv: Safaris, Trekking, Expeditions, Adventures,
// Outfitters, Travels) is no place; "Tours" alone stays the French city.
func TestLead28TravelFirms(t *testing.T) {
	for _, c := range []struct{ doc, firm string }{
		{"Desert Trails Safaris runs the camp near Maun.", "Desert Trails Safaris"},
		{"Kyrgyz Travels booked us into a guesthouse in Naryn.", "Kyrgyz Travels"},
		{"We hired horses through Altai Expeditions in Ölgii.", "Altai Expeditions"},
		{"The rafts belong to Zambezi Adventures of Livingstone.", "Zambezi Adventures"},
	} {
		if ev := mentionEvidence(c.doc, c.firm); ev >= EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want no place", c.doc, c.firm, ev)
		}
	}
	doc := "The train from Paris stops at Tours before Poitiers."
	if ev := mentionEvidence(doc, "Tours"); ev < EvidencePreposition {
		t.Errorf("Read(%q): Tours is %v, want a place", doc, ev)
	}
}
