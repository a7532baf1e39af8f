package text

import "testing"

// TestLead26ThisCity: "of this city", "of this town", as a dateline's
// story writes it, is the town named before, as "of the city" is.
func TestLead26ThisCity(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "ZAMBOANGA CITY – Some 80 families from Sitio Lamlangil, a hamlet about 30 km west of this city, were moved to a school.",
			rels: []string{"Lamlangil: 30 km west of ZAMBOANGA CITY"}},
		{doc: "We spent a week in Kandy. The tea estate of Bogahawatte lies 18 km east of this town.",
			rels: []string{"Bogahawatte: 18 km east of Kandy"}},
		{doc: "ILOILO CITY, Philippines — Fishers from Barangay Talisay, some 25 kilometers north of this city, returned to sea on Monday.",
			rels: []string{"Talisay: 25 km north of ILOILO CITY"}},
	})
}

// TestLead26AppositionBeforeVerb: a comma after "of the city" that opens
// the clause's verb ("…, were evacuated by the Philippine Army") closes
// an apposition; the name after the verb does not name the city
// (namedAfter), which stays the town named before.
func TestLead26AppositionBeforeVerb(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We stayed in Kandy. Families from Maguirig, a hamlet some 40 kilometers east of the city, were evacuated by the Sri Lanka Army.",
			rels: []string{"Maguirig: 40 km east of Kandy"}},
		{doc: "We flew into Mount Hagen. Pupils from Tambul, a mission 30 km west of the town, are taught by Father Gerard.",
			rels: []string{"Tambul: 30 km west of Mount Hagen"}},
	})
}
