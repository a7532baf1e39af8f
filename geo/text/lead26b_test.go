package text

import "testing"

// TestLead26DatelineCity: a dateline names the town a report was filed
// in, so a dateline bearing a country's name means the town
// (Mention.CityMeant): the capital that bears it.
func TestLead26DatelineCity(t *testing.T) {
	for _, doc := range []string{
		"DJIBOUTI, 3 juillet (ADI) – Une embarcation a chaviré au large d'Obock.",
		"KUWAIT, May 3 (Reuters) - Oil workers struck on Monday at Ahmadi.",
		"PANAMA, 4 juin (AFP) – Des manifestants ont bloqué la route près de Colón.",
	} {
		d := Read(doc)
		if len(d.Mentions) == 0 || !d.Mentions[0].CityMeant || d.Mentions[0].Evidence < EvidencePreposition {
			t.Errorf("Read(%q): first mention %+v, want a town meant", doc, d.Mentions)
		}
	}
}

// TestLead26HeadingPlace: a name in ordinary case that opens a report
// before a colon and a clause with a verb (headingPlace) is a place the
// resolver looks up, though a preposition opens the clause; a rubric or a
// label before a colon is none.
func TestLead26HeadingPlace(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Ituri : dans la nuit du 14 novembre, des combattants ont attaqué le site de Lala.",
			places: []string{"Ituri"}},
		{doc: "Tillabéri : depuis lundi, des centaines de familles ont quitté les villages du nord.",
			places: []string{"Tillabéri"}},
		{doc: "Cabo Delgado: on the night of 14 November, insurgents attacked the camp.",
			places: []string{"Cabo Delgado"}},
		{doc: "Update: the road reopened on Monday.",
			not: []string{"Update"}},
		{doc: "Justice : le tribunal a jugé l'affaire lundi.",
			not: []string{"Justice"}},
	})
}
