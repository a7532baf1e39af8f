package text

import (
	"strings"
	"testing"
)

// TestHeads26DatelineCountryBracket: a dateline in capitals with its
// country in brackets, then a comma and a date, perhaps an agency in
// brackets, and a dash names where the report was filed, French or
// English; the country in the brackets is a place too.
func TestHeads26DatelineCountryBracket(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "ZINDER (Niger), 12 juin (AFP) – Trois personnes ont été tuées lors d'une attaque contre un marché.",
			places: []string{"ZINDER"}},
		{doc: "KANDY (Sri Lanka), June 3 (Reuters) - Landslides buried two houses overnight, officials said.",
			places: []string{"KANDY"}},
		{doc: "GAROUA (Cameroun), 4 février 2025 – Les eaux de la Bénoué ont envahi plusieurs quartiers.",
			places: []string{"GAROUA"}},
		{doc: "Bunia (Ituri), 12 février (Radio Okapi) – Des miliciens ont attaqué un village.",
			places: []string{"Bunia"}},
	})
	// A bracket that is no country before a comma and no date or dash
	// makes no dateline.
	checkCorpus(t, []example{
		{doc: "ASEAN (Association of Southeast Asian Nations), a regional bloc, met on Monday.",
			not: []string{"ASEAN"}},
	})
}

// TestHeads26AgencyOfficeInCapitals: a bulletin's title in capitals that
// opens with a listed agency (organisations.txt) before the country its
// office covers names the country, not "WFP GHANA"; the agency stays no
// place. A heading in capitals without an agency keeps its words.
func TestHeads26AgencyOfficeInCapitals(t *testing.T) {
	for _, c := range []struct{ doc, country, agency string }{
		{"WFP MALAWI – DROUGHT RESPONSE UPDATE #4, July. Distributions reached Nsanje.", "MALAWI", "WFP"},
		{"IOM SOMALIA – DISPLACEMENT SNAPSHOT, March. Arrivals in Baidoa continued.", "SOMALIA", "IOM"},
		{"PAM TCHAD – BULLETIN D'URGENCE N°3, mai. Les distributions ont repris à Abéché.", "TCHAD", "PAM"},
		{"UNHCR SOUTH SUDAN – FLASH UPDATE, 2 May. Arrivals at Renk continued.", "SOUTH SUDAN", "UNHCR"},
	} {
		d := Read(c.doc)
		if !hasMention(d, c.country) {
			var names []string
			for _, m := range d.Mentions {
				names = append(names, m.Name)
			}
			t.Errorf("Read(%q): names %q, want %q", c.doc, names, c.country)
		}
		for _, m := range d.Mentions {
			if m.Name == c.agency && m.Evidence > EvidenceUnlikely || strings.HasPrefix(m.Name, c.agency+" ") {
				t.Errorf("Read(%q): %q graded %v", c.doc, m.Name, m.Evidence)
			}
		}
	}
}

// TestHeads26AgenciesRead reads every agency acronym this round added to
// organisations.txt at the head of a title in capitals: each is cut from
// the country after it.
func TestHeads26AgenciesRead(t *testing.T) {
	for _, a := range []string{"wfp", "pam", "iom", "oim", "undp", "pnud", "unfpa", "fao", "ifrc", "ficr", "unops", "unrwa"} {
		if !isOrganisationName(a) {
			t.Errorf("%q: not in organisations.txt", a)
			continue
		}
		doc := strings.ToUpper(a) + " KENYA – FLOOD RESPONSE UPDATE #1. Rains continued in Garissa."
		if !hasMention(Read(doc), "KENYA") {
			t.Errorf("%q: KENYA not read", doc)
		}
	}
}

// TestHeads26Rubrics: a rubric opening the document before a dash, a
// colon, a bar or its line's end names no place, French or English, in
// capitals or not; the places of its text are still read.
func TestHeads26Rubrics(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Nécrologie – Paul Ekwalla s'est éteint le 3 mars à Kribi, à l'âge de 77 ans.", not: []string{"Nécrologie"}, places: []string{"Kribi"}},
		{doc: "ATHLÉTISME – Le marathon de Lomé a réuni 2 000 coureurs dimanche.", not: []string{"ATHLÉTISME"}},
		{doc: "COMMUNIQUÉ – Kibali Resources annonce un nouveau forage près de Watsa.", not: []string{"COMMUNIQUÉ"}},
		{doc: "Hommage : Awa Diallo, institutrice à Sikasso pendant trente ans.", not: []string{"Hommage"}},
		{doc: "OBITUARY: Tom Hale, 1938–2024. Tom farmed near Mudgee all his life.", not: []string{"OBITUARY"}, places: []string{"Mudgee"}},
		{doc: "TRAVEL | A long weekend in Hoi An. We flew into Da Nang on Friday.", not: []string{"TRAVEL"}},
		{doc: "Cycling – The Tour of Rwanda finished in Kigali on Sunday.", not: []string{"Cycling"}},
		{doc: "ASX ANNOUNCEMENT\n\nNorthern Star Gold Ltd reports drilling results from near Leonora.", not: []string{"ASX ANNOUNCEMENT", "ASX"}},
		{doc: "NZX ANNOUNCEMENT\nKiwi Lithium Ltd has started drilling near Reefton.", not: []string{"NZX ANNOUNCEMENT"}},
	})
	// A rubric word as part of a longer name, or past the document's
	// head, is read as before.
	checkCorpus(t, []example{
		{doc: "Heavy rain fell on Sunday. The Travel Lodge at Lake Bunyonyi, 8 km west of Kabale, was cut off.", rels: []string{"Lake Bunyonyi: 8 km west of Kabale"}},
	})
}

// TestHeads26RubricWordsRead reads every row of rubrics.tsv, English and
// French, in capitals and in ordinary case, heading a document before a
// dash: none is a place.
func TestHeads26RubricWordsRead(t *testing.T) {
	for w := range langs().sets[setRubrics] {
		r := []rune(w)
		for _, head := range []string{strings.ToUpper(w), strings.ToUpper(string(r[:1])) + string(r[1:])} {
			doc := head + " – Marie Kouassi a présenté son rapport à Bouaké dimanche."
			for _, m := range Read(doc).Mentions {
				if m.Name == head && m.Evidence > EvidenceUnlikely {
					t.Errorf("%q: %q graded %v", doc, head, m.Evidence)
				}
			}
		}
	}
}
