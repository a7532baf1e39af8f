package text

import "testing"

// TestLead33DwellersAfterFronted: after a distance set off before the
// clause, "the residents of X", "the families of X" as the subject of a
// main verb put X where the distance says (dwellersOfAt); "the residents
// said" names no place.
func TestLead33DwellersAfterFronted(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Roughly five miles north of Jakar, the families of Dorji Phedrang looked after the royal horses.",
			rels: []string{"Dorji Phedrang: 8.05 km north of Jakar"}},
		{doc: "About 20 km east of Gao, the residents of Tin Hama fled on Monday.",
			rels: []string{"Tin Hama: 20 km east of Gao"}},
		{doc: "Some 12 km south of Kandahar, the villagers of Deh Khwaja were evacuated.",
			rels: []string{"Deh Khwaja: 12 km south of Kandahar"}},
		{doc: "About 20 km east of Gao, the residents said the army had arrived.",
			places: []string{"Gao"}},
	})
}

// TestLead33OfficeEnds: a capitalised name of two words or more that
// ends with a noun of an office (officeends.tsv) is the office's holder,
// no place, even with a kind of division before it (officeEnds); a name
// ending in "Head" stays a place.
func TestLead33OfficeEnds(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Report any sudden death to the District Veterinary Officer in Kiteto.",
			places: []string{"Kiteto"}, not: []string{"District Veterinary Officer"}},
		{doc: "The Group shared its findings with the district Returning Officer.",
			not: []string{"Returning Officer"}},
		{doc: "The Regional Commissioner visited Babati on Monday.",
			places: []string{"Babati"}, not: []string{"Regional Commissioner"}},
		{doc: "Hook Head lies 20 km south of New Ross.",
			rels: []string{"Hook Head: 20 km south of New Ross"}},
	})
}

// TestLead33PersonOfTeam: a rider's team of two words after "of" is no
// town (personOfTown reads a name of one word only): it is not graded a
// place, while a town of one word is.
func TestLead33PersonOfTeam(t *testing.T) {
	d := Read("Kazakh rider Yerlan Dzhaksybekov of Astana Qazaqstan won the stage at Hayl al-Mazra.")
	for _, m := range d.Mentions {
		if m.Name == "Astana Qazaqstan" && m.Evidence >= EvidencePreposition {
			t.Errorf("Astana Qazaqstan graded %v, want below preposition", m.Evidence)
		}
	}
	checkCorpus(t, []example{
		{doc: "Gulnara Sadykova of Karakol won the women's race.", places: []string{"Karakol"}},
	})
}
