package text

import "testing"

// TestReportClasses reads the classes of wire, relief and field reports
// the reader once got wrong: a dateline in capitals of one word ("BAMAKO,
// Mali (AP) —"), a place before a speech verb after a word that
// introduces places ("refugees arriving in Teknaf told UNHCR"), an armed
// group or panel named with a word of lexicon/en/orgwords.tsv ("the
// Sinaloa Cartel", "the UN Panel of Experts"), "the Democratic Republic of
// Congo" without its article, a kind written after a name ("the Vorukh
// exclave"), a Philippine sub-village before its name ("Sitio Tubig
// Dakula"), a person named after a role and a comma ("the
// Secretary-General, El-Ghassim Wane,"), a demonym joined to a
// participle ("Kurdish-led forces") and a phrase of where naming a river
// after the kind of an apposition ("Egeiga, a village on the Nile some
// six miles north of Omdurman").
func TestReportClasses(t *testing.T) {
	ev := []struct {
		doc, name string
		want      Evidence
	}{
		{"BAMAKO, Mali (AP) — Gunmen killed 23 people in Ansongo.", "BAMAKO", EvidencePreposition},
		{"BEIRUT (AP) — A car bomb exploded in Manbij.", "BEIRUT", EvidencePreposition},
		{"MOGADISHU — Gunmen attacked a base in Afgooye.", "MOGADISHU", EvidencePreposition},
		{"GOMA, Democratic Republic of Congo (Reuters) - Rebels took Sake.", "GOMA", EvidencePreposition},
		// An acronym that opens a sentence is no dateline.
		{"UNAMA documented an airstrike in Kunduz.", "UNAMA", EvidenceUnlikely},
		{"MSF, which runs the hospital, said 40 were hurt in Tawila.", "MSF", EvidenceUnlikely},
		{"ICRC teams — working in Gao — said 40 were hurt.", "ICRC", EvidenceUnlikely},
		// The speaker is the subject before the place.
		{"Rohingya refugees arriving in Teknaf told UNHCR they had walked for days.", "Teknaf", EvidencePreposition},
		{"Survivors who fled to Mek'ele and Adigrat said they had seen bodies.", "Adigrat", EvidencePreposition},
		{"Florence Parly announced the death of Droukdel.", "Florence Parly", EvidenceUnlikely},
		// Armed groups and panels.
		{"Gunmen of the Sinaloa Cartel attacked a ranch near Culiacán.", "Sinaloa Cartel", EvidenceUnlikely},
		{"The area is contested by Carteles Unidos, which also operate around Uruapan.", "Carteles Unidos", EvidenceUnlikely},
		{"According to the UN Panel of Experts, shells hit a camp near Marib.", "UN Panel", EvidenceUnlikely},
		// A person after a role and a comma; a hyphenated title.
		{"The Special Representative of the Secretary-General, El-Ghassim Wane, condemned the attack near Kidal.", "El-Ghassim Wane", EvidenceUnlikely},
		{"The Special Representative of the Secretary-General, El-Ghassim Wane, condemned the attack near Kidal.", "Secretary-General", Evidence(-1)},
		{"The UN envoy for Yemen, Hans Grundberg, visited a camp near Taiz.", "Hans Grundberg", EvidenceUnlikely},
		{"The mayors of Gao, Kidal, Ménaka and Timbuktu met in Bamako.", "Kidal", EvidenceCapitalised},
		// A demonym joined to a participle is an adjective.
		{"Fighters captured it from Kurdish-led forces in 2019.", "Kurdish-led", Evidence(-1)},
		{"Turkish-backed fighters took Tal Abyad.", "Turkish-backed", Evidence(-1)},
	}
	for _, tt := range ev {
		checkEvidence(t, tt.doc, tt.name, tt.want)
	}
	// A place after "the capital of Niger," follows no role.
	for _, m := range Read("Troops reached the capital of Niger, Niamey, on Monday.").Mentions {
		if m.Name == "Niamey" && m.Evidence == EvidenceUnlikely {
			t.Errorf("Niamey after the capital of Niger is unlikely")
		}
	}
	// The dateline is a sentence of its own: the first place after it is
	// the subject of the sentence's distance, not the dateline.
	checkDistance(t, "BEIRUT (AP) — A checkpoint near the village of Tal Halaf, 12 km west of Ras al-Ain, was bombed.", "Tal Halaf", "Ras al-Ain")
	// A phrase of where that names a river, after the kind of an
	// apposition: the distance is the village's.
	checkDistance(t, "The army camped at Egeiga, a village on the Nile some six miles north of Omdurman.", "Egeiga", "Omdurman")
	checkDistance(t, "The army camped at Egeiga, a village on the Nile, some 10 miles north of Omdurman.", "Egeiga", "Omdurman")
	d := Read("MOGADISHU — AMISOM troops, working alongside the Somali National Army, repulsed an attack.")
	for _, r := range d.Relations {
		if r.Subject == 0 {
			t.Errorf("the dateline is the subject of %+v", r)
		}
	}
	for _, tt := range []struct {
		doc, name, feature string
	}{
		{"Fighting spread to positions around Isfara and the Vorukh exclave.", "Vorukh", "exclave"},
		{"Soldiers clashed with gunmen in Sitio Tubig Dakula, 15 km south-east of Jolo.", "Tubig Dakula", "hamlet"},
		{"Floods reached Purok Malinawon, 10 km south of Marawi.", "Malinawon", "hamlet"},
		{"GOMA, Democratic Republic of Congo (Reuters) - Rebels took Sake.", "Democratic Republic of Congo", ""},
	} {
		found := false
		for _, m := range Read(tt.doc).Mentions {
			if m.Name == tt.name {
				found = true
				if m.Feature != tt.feature {
					t.Errorf("Read(%q): %s has feature %q, want %q", tt.doc, tt.name, m.Feature, tt.feature)
				}
			}
		}
		if !found {
			t.Errorf("Read(%q): no mention %q", tt.doc, tt.name)
		}
	}
}

// TestDatelineEnd: the dateline that opens a line ends after its dash.
func TestDatelineEnd(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want string // the dateline, "" for none
	}{
		{"BAMAKO, Mali (AP) — Gunmen", "BAMAKO, Mali (AP) —"},
		{"GOMA, Democratic Republic of Congo (Reuters) - M23", "GOMA, Democratic Republic of Congo (Reuters) -"},
		{"BEIRUT (AP) — A car", "BEIRUT (AP) —"},
		{"MOGADISHU — AMISOM", "MOGADISHU —"},
		{"PORT HARCOURT, Nigeria – Gunmen", "PORT HARCOURT, Nigeria –"},
		{"N'DJAMENA (AFP) - Floods", "N'DJAMENA (AFP) -"},
		{"PORT-AU-PRINCE is the capital.", ""},
		{"KEY FIGURES", ""},
		{"Bamako, Mali — Gunmen", "Bamako, Mali —"},
		{"Maroua, Cameroun - Le poste", "Maroua, Cameroun -"},
		{"Saint-Louis (Sénégal) – La station", "Saint-Louis (Sénégal) –"},
		{"Man, Côte d'Ivoire – Le village", "Man, Côte d'Ivoire –"},
		{"Goma, République démocratique du Congo (Reuters) - Des", "Goma, République démocratique du Congo (Reuters) -"},
		{"Bamako, Mali — the capital", ""},
		{"Espace — Des débris", ""},
		{"Sport, football et rugby — Des", ""},
		{"UNICEF, the children's fund, said.", ""},
		{"Mopti, avril 2024 - Nos équipes", "Mopti, avril 2024 -"},
		{"Goma, 5 March – Fighting", "Goma, 5 March –"},
		{"Goma, 5 March – the", ""},
		{"Sport, football et rugby - Des", ""},
	} {
		got := ""
		if e := datelineEnd(tt.s, 0); e > 0 {
			got = tt.s[:e]
		}
		if got != tt.want {
			t.Errorf("datelineEnd(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
