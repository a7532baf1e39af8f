package text

import "testing"

// TestLead33PostPeople: the place a kilometre post locates is never a
// people's name before a noun of a group ("that the Naro herders call
// X"): the post locates the named place after it (postPlace).
func TestLead33PostPeople(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Left Ghanzi at dawn on the main road west and stopped at km 42, at a low kopje that the Naro herders call Qhaa Koppie.",
			rels: []string{"Qhaa Koppie: 42 km west of Ghanzi"}},
		{doc: "Left Tsumkwe on the sand road east and stopped at km 30, by a pan the Ju herders call Nhoma Pan.",
			rels: []string{"Nhoma Pan: 30 km east of Tsumkwe"}},
		{doc: "Left Marsabit on the A2 north and stopped at km 55, at a well the Gabra herders call Dakabaricha.",
			rels: []string{"Dakabaricha: 55 km north of Marsabit"}},
	})
}
