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
