package text

import (
	"strings"
	"testing"
)

// TestLead29Dedication: the saint or the mystery a building named by its
// lower-case kind is given to ("the church of St. Nicholas", "the
// monastery of Saint John", "the church of the Archangels"), and the name
// after a French noun of a building opening the sentence (« L'église
// Saint-Martin »), are no place and no person's namesake town (Actor),
// and a relation that only puts them in their town is dropped; a distance
// still places the building.
func TestLead29Dedication(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"The village church of St. Nicholas was built in 1864 on the site of an older chapel.", "St. Nicholas"},
		{"The small church of the Archangels at Lekhtagi is first mentioned in a charter of 1140.", "Archangels"},
		{"The wooden church of St Paraskeva in Desești was raised in 1780 by local carpenters.", "St Paraskeva"},
		{"Pilgrims still climb to the monastery of Saint Catherine every August.", "Saint Catherine"},
		{"The parish church of the Assumption was rebuilt after the fire of 1902.", "Assumption"},
		{"L'église Saint-Martin a été restaurée en 1990 grâce aux dons des paroissiens.", "Saint-Martin"},
		{"La chapelle Sainte-Anne domine le bourg depuis le XVe siècle.", "Sainte-Anne"},
	} {
		d := Read(c.doc)
		seen := false
		for _, m := range d.Mentions {
			if m.Name != c.name {
				continue
			}
			seen = true
			if m.Evidence != EvidenceUnlikely || !m.Actor {
				t.Errorf("Read(%q): %s is %v (actor %v), want unlikely and no namesake", c.doc, c.name, m.Evidence, m.Actor)
			}
		}
		for _, r := range d.Relations {
			if r.Kind == KindIn && d.Mentions[r.Subject].Name == c.name {
				t.Errorf("Read(%q): %s is put in %s", c.doc, c.name, d.Mentions[r.Object].Name)
			}
		}
		if !seen {
			t.Errorf("Read(%q): no mention %s", c.doc, c.name)
		}
	}
	for _, c := range []struct{ doc, subj, obj string }{
		{"The church of St George, 5 km north of Kavala, was burnt in 1913.", "St George", "Kavala"},
		{"We walked to the chapel of St. Anne, about 3 km south of Ohrid.", "St. Anne", "Ohrid"},
		{"La chapelle Saint-Roch, à 4 km au nord de Bouillon, date de 1636.", "Saint-Roch", "Bouillon"},
	} {
		if !hasRelation(Read(c.doc), KindDistance, c.subj, c.obj) {
			t.Errorf("Read(%q): no distance of %s from %s", c.doc, c.subj, c.obj)
		}
	}
}

// TestLead29FrenchKindAntecedent: a French noun of a kind taking up a
// place named before stands for the place whose kind is of its group
// (kindgroups.tsv), when the text's subject is a firm: « son permis
// uranifère de Tagharsa … Le gisement se trouve à … », and a firm named
// with its legal form is placed by no phrase (« …, au Niger »).
func TestLead29FrenchKindAntecedent(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"Sahel Mining SA publie une estimation des ressources de son permis aurifère de Kalana Nord, au Mali. Le gisement se trouve à environ 40 km au sud de Kéniéba.", "Kalana Nord", "Kéniéba"},
		{"Atlas Phosphates SARL a obtenu la concession de Tiguent. Le gisement est situé à 25 km au nord d'Akjoujt.", "Tiguent", "Akjoujt"},
		{"Nimba Gold SARL détient le permis de Tokadeh. Le permis se trouve à 30 km au nord de Nzérékoré.", "Tokadeh", "Nzérékoré"},
		{"Luapula Copper plc holds the Mwenda licence. The deposit lies 20 km west of Mansa.", "Mwenda", "Mansa"},
	} {
		d := Read(c.doc)
		if !hasRelation(d, KindDistance, c.subj, c.obj) {
			t.Errorf("Read(%q): no distance of %s from %s", c.doc, c.subj, c.obj)
		}
		for _, r := range d.Relations {
			if n := d.Mentions[r.Subject].Name; n == "Sahel Mining SA" || n == "Atlas Phosphates SARL" {
				t.Errorf("Read(%q): the firm %s is placed by %q", c.doc, n, d.Text[r.Phrase.Start:r.Phrase.End])
			}
		}
	}
}

// TestLead29CourtRecord: in a court's record a numbered record ("Suit
// No. PLD/J/214/2019", "Case No. 45/2019", records.tsv) is no place, and
// a party named with its role, before the name or alone in brackets after
// it (offices.tsv: "Danladi Pam (Claimant)", "defendant Ruth Okafor"), is
// a person; a town's numbered part ("Dawadawa No. 2") stays a place.
func TestLead29CourtRecord(t *testing.T) {
	for _, c := range []struct{ doc, not string }{
		{"Suit No. PLD/J/214/2019, between Danladi Gyang Pam (Claimant) and Emmanuel Choji Bot (Defendant).", "Danladi Gyang Pam"},
		{"Suit No. PLD/J/214/2019, between Danladi Gyang Pam (Claimant) and Emmanuel Choji Bot (Defendant).", "Emmanuel Choji Bot"},
		{"Suit No. PLD/J/214/2019, between Danladi Gyang Pam (Claimant) and Emmanuel Choji Bot (Defendant).", "Suit No"},
		{"Case No. 45/2019 was heard at Kaduna on Monday.", "Case No. 45"},
		{"In the appeal between Grace Mensah (Appellant) and Kofi Boateng (Respondent), the court sat at Kumasi.", "Grace Mensah"},
		{"Counsel for plaintiff Ruth Okafor told the court in Enugu that the land lies near Nsukka.", "Ruth Okafor"},
	} {
		if ev := mentionEvidence(c.doc, c.not); ev >= EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want no place", c.doc, c.not, ev)
		}
	}
	for _, c := range []struct{ doc, place string }{
		{"Flood victims returned to Dawadawa No. 2 near Kintampo.", "Dawadawa No. 2"},
		{"In the appeal between Grace Mensah (Appellant) and Kofi Boateng (Respondent), the court sat at Kumasi.", "Kumasi"},
	} {
		if ev := mentionEvidence(c.doc, c.place); ev < EvidencePreposition {
			t.Errorf("Read(%q): %s is %v, want a place", c.doc, c.place, ev)
		}
	}
}

// TestLead29RecordsRead reads every row of lexicon/en/records.tsv,
// capitalised, before "No." and a number: no place is named, where a
// town's name there keeps its numbered part.
func TestLead29RecordsRead(t *testing.T) {
	l := langs().en
	if len(l.sets[setRecords]) < 20 {
		t.Errorf("lexicon/en/records.tsv: %d rows, want at least 20", len(l.sets[setRecords]))
	}
	for w := range l.sets[setRecords] {
		name := strings.ToUpper(w[:1]) + w[1:]
		doc := "The papers of " + name + " No. 12 were filed at Kaduna."
		for _, m := range Read(doc).Mentions {
			if strings.HasPrefix(m.Name, name) && m.Evidence >= EvidenceCapitalised {
				t.Errorf("Read(%q): %s is %v, want no place", doc, m.Name, m.Evidence)
			}
		}
	}
}

// TestLead29DedicationsRead reads every word of lexicon/en/dedications.tsv
// that is no ancient god's, capitalised after "the church of": the
// dedication is no place and no namesake town.
func TestLead29DedicationsRead(t *testing.T) {
	for _, w := range []string{"saint", "st", "holy", "all", "archangels", "apostles", "assumption", "annunciation", "ascension", "nativity", "transfiguration", "dormition", "resurrection", "epiphany", "redeemer", "saviour", "trinity", "virgin", "immaculate", "intercession"} {
		if !langs().en.has(setDedications, w) {
			t.Errorf("lexicon/en/dedications.tsv lacks %q", w)
			continue
		}
		name := strings.ToUpper(w[:1]) + w[1:] + " Mary"
		doc := "The old church of " + name + " was rebuilt in 1902."
		for _, m := range Read(doc).Mentions {
			if strings.HasPrefix(m.Name, name[:2]) && (m.Evidence != EvidenceUnlikely || !m.Actor) {
				t.Errorf("Read(%q): %s is %v (actor %v), want no place", doc, m.Name, m.Evidence, m.Actor)
			}
		}
	}
}

// TestLead29FrenchTitleNoun: a French noun of an action or an event that
// opens a title before « de » and a name (frenchActionEndings) is no part
// of the name: « Prospection de la Békaa septentrionale » names the
// Bekaa; a kind of place keeps its name (« La Station de Kalo »).
func TestLead29FrenchTitleNoun(t *testing.T) {
	for _, c := range []struct{ doc, place string }{
		{"Prospection de la Békaa septentrionale, campagne 2019. Le tell de Qasr Nabaa a été fouillé.", "Békaa"},
		{"Inondations de la Sirba, bilan provisoire. Le village de Koulou a été touché.", "Sirba"},
		{"Recensement du Zou : les chiffres sont en hausse.", "Zou"},
		{"Évacuation d'Agadez, 12 mars. Les convois sont partis à l'aube.", "Agadez"},
	} {
		if ev := mentionEvidence(c.doc, c.place); ev < EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want a name", c.doc, c.place, ev)
		}
	}
	for _, c := range []struct{ doc, name string }{
		{"Le campement de Tin-Essako, à 40 km de Kidal, a reçu des vivres.", "Tin-Essako"},
		{"La Station de Kalo se trouve à 12 km de Gao.", "Station de Kalo"},
	} {
		if ev := mentionEvidence(c.doc, c.name); ev < EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want a name", c.doc, c.name, ev)
		}
	}
}

// TestLead29CapsHeadingJoined: a heading in capitals of common words
// joined by "to", "for" or "and" is no place ("NOTICE TO PASSENGERS",
// "CALL FOR TENDERS"); "of" joins a place's name ("BAY OF ISLANDS").
func TestLead29CapsHeadingJoined(t *testing.T) {
	for _, c := range []struct{ doc, not string }{
		{"NOTICE TO PASSENGERS – Naviera Austral. Repairs at Chaitén delay the ferry.", "NOTICE TO PASSENGERS"},
		{"CALL FOR TENDERS – Ministry of Works. The road from Kasama to Mbala will be resurfaced.", "CALL FOR TENDERS"},
		{"TERMS AND CONDITIONS – Lodges near Maun accept bookings by e-mail.", "TERMS AND CONDITIONS"},
	} {
		if ev := mentionEvidence(c.doc, c.not); ev >= EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want no place", c.doc, c.not, ev)
		}
	}
	doc := "BAY OF ISLANDS – Ferries to Russell run every hour."
	if ev := mentionEvidence(doc, "BAY OF ISLANDS"); ev < EvidenceCapitalised {
		t.Errorf("Read(%q): BAY OF ISLANDS is %v, want a name", doc, ev)
	}
}

// TestLead29FaithCompound: a people's adjective joined to a church or a
// faith by a hyphen (demonyms.tsv compound rows) names no place: "the
// Greek-Catholics", "the Armenian-Orthodox", "Bosnian-Muslims".
func TestLead29FaithCompound(t *testing.T) {
	for _, c := range []struct{ doc, not string }{
		{"The church was returned to the Greek-Catholics in 1992 by the court in Baia Mare.", "Greek-Catholics"},
		{"Most of the Armenian-Orthodox families left Aleppo for Yerevan.", "Armenian-Orthodox"},
		{"Bosnian-Muslims returned to villages near Srebrenica.", "Bosnian-Muslims"},
	} {
		if ev := mentionEvidence(c.doc, c.not); ev >= EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want no place", c.doc, c.not, ev)
		}
	}
}

// TestLead29AlongRoadPair: a distance along, down or up a road named by
// the places it joins is measured from its first end, by the road ("35
// kilometres along the Jos–Bauchi road"); "off" the road measures from
// the road, from neither end.
func TestLead29AlongRoadPair(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"The claimant owns farmland at Dogon Rafi, a settlement about 35 kilometres along the Jos–Bauchi road.", "Dogon Rafi", "Jos"},
		{"Kwanar Dutse lies 40 km down the Kano–Katsina highway.", "Kwanar Dutse", "Kano"},
		{"Police set up a checkpoint at Mile Twelve, some 20 km up the Mbale–Soroti road.", "Mile Twelve", "Mbale"},
	} {
		d := Read(c.doc)
		ok := false
		for _, r := range d.Relations {
			if r.Kind == KindDistance && r.Road && d.Mentions[r.Subject].Name == c.subj && d.Mentions[r.Object].Name == c.obj {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Read(%q): no road distance of %s from %s", c.doc, c.subj, c.obj)
		}
	}
	doc := "The camp is 8 km off the Songea–Mbinga road."
	if hasRelation(Read(doc), KindDistance, "The camp", "Songea") {
		t.Errorf("Read(%q): a distance from Songea", doc)
	}
}
