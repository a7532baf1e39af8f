package text

import "testing"

// TestNonplace35InstitutionHead: an institution whose kind is written
// before its town's name, as South Asian and Malaysian public hospitals
// and colleges are (institutionHeadEnd), is no place of its own: the town
// after its kind is the mention, doubtful ("Teaching Hospital Turbat").
// A town whose own name opens with such a word stays whole.
func TestNonplace35InstitutionHead(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "She was transferred to District Hospital Badulla, where she died on Sunday.",
			places: []string{"Badulla"}, not: []string{"District Hospital Badulla"}},
		{doc: "Doctors at Hospital Kuala Krai treated twelve flood victims.",
			places: []string{"Kuala Krai"}, not: []string{"Hospital Kuala Krai"}},
		{doc: "He studied at Government College Lahore before joining the army.",
			places: []string{"Lahore"}, not: []string{"Government College Lahore"}},
		{doc: "The boy was referred to Divisional Hospital Nuwara Eliya after the landslide.",
			places: []string{"Nuwara Eliya"}, not: []string{"Divisional Hospital Nuwara Eliya"}},
		{doc: "The team drove from College Station to Bryan on Friday.",
			places: []string{"College Station", "Bryan"}},
	})
}
