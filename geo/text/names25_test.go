package text

import "testing"

// TestNames25CapsHeading holds a class of the names round: a region or
// a town written in capitals opens a line before a colon and a report's
// sentence, as situation reports head the news of each region ("NORTH
// KIVU: Fighting resumed …", « ADAMAOUA : Des éleveurs signalent … »).
// The heading is a place though the tables lack the sentence's verb
// (capsHeading, reportSentence). A label of one common word, a rubric,
// an acronym of three letters and a speaker's label before a reply
// opening with a pronoun (speakeropeners.tsv) stay no place.
func TestNames25CapsHeading(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "ADAMAOUA : Des éleveurs mbororo signalent des vols de bétail autour de Meiganga.",
			places: []string{"ADAMAOUA"}},
		{doc: "OUADDAÏ : Les pluies diluviennes de la semaine ont emporté plusieurs ponts près d'Adré.",
			places: []string{"OUADDAÏ", "Adré"}},
		{doc: "Update on the floods.\nKATANGA: Heavy rains destroyed hundreds of homes around Kalemie this week.",
			places: []string{"KATANGA", "Kalemie"}},
		{doc: "SOUTH KIVU: Armed men looted two health centres near Uvira overnight on Monday.",
			places: []string{"SOUTH KIVU", "Uvira"}},
		// unchanged: a rubric, an acronym, a speaker's label
		{doc: "PROTECTION: Several hundred households remain displaced around Uvira this week.",
			not: []string{"PROTECTION"}},
		{doc: "NFI: Kits were distributed to four hundred families in Kalemie last week.",
			not: []string{"NFI"}},
		{doc: "MORENO: We left the village at dawn and walked for many hours.",
			not: []string{"MORENO"}},
		{doc: "DUPONT : Nous sommes partis du village à l'aube, sans rien emporter.",
			not: []string{"DUPONT"}},
	})
}
