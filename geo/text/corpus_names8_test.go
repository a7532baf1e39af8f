package text

import "testing"

// TestCorpusNameForms: names written with particles cut short by an
// apostrophe, Italian elided particles glued to the next word, a French
// elided article before a capitalised kind that opens a town's name, the
// ʿayn of an Arabic transliteration, and divisions whose names join two
// names with "and".
func TestCorpusNameForms(t *testing.T) {
	checkCorpus(t, []example{
		// A particle cut short with an apostrophe before a space.
		{doc: "Ta' Ħżejjeġ is a rural locality in central Malta, 2 km north of Attard, close to the national stadium at Ta' Qali.",
			rels: []string{"Ta' Ħżejjeġ: 2 km north of Attard"}, places: []string{"Ta' Qali"}, not: []string{"Ħżejjeġ", "Qali"}},
		{doc: "Borgo dell'Ortica lies 11 km east of L'Aquila, on the road to San Demetrio ne' Vestini.",
			rels: []string{"Borgo dell'Ortica: 11 km east of L'Aquila"}, places: []string{"San Demetrio ne' Vestini"}, not: []string{"Borgo", "San Demetrio", "Vestini"}},
		{doc: "Casale is a hamlet 5 km north of Anzola dell'Emilia.", rels: []string{"Casale: 5 km north of Anzola dell'Emilia"}},
		{doc: "Il borgo si trova a 10 km da Casal de' Pazzi.", not: []string{"Pazzi"}},
		// An apostrophe that closes a quotation or a plural's possessive
		// stays out of the name.
		{doc: "The farmers' market is 10 km from Gao.", rels: []string{"The farmers' market: 10 km from Gao"}, not: []string{"s-Gao"}},
		// A French elided article before a capitalised kind that opens a
		// town's name: the kind stays in the name.
		{doc: "Le village d'Ouled Sidi Mihoub se trouve à 12 km au nord d'Oued Rhiou, dans la wilaya de Relizane.",
			rels: []string{"Ouled Sidi Mihoub: 12 km north of Oued Rhiou"}, not: []string{"Rhiou"}},
		{doc: "Le douar est situé à 10 km de l'Oued Zem.", not: []string{"Zem"}},
		{doc: "L'oasis de Tinerkouk se trouve à 30 km de Timimoun.", rels: []string{"Tinerkouk: 30 km from Timimoun"}},
		// The ʿayn of a transliteration written with an apostrophe or a
		// quotation mark, at the start of a name or after its article.
		{doc: "Kobani-Tal is a hamlet 12 km east of 'Ayn al-Arab (Kurdish: Kobanî).", rels: []string{"Kobani-Tal: 12 km east of 'Ayn al-Arab"}},
		{doc: "Tell Saghir is a hamlet 14 km south of ‘Ayn al-‘Arab, in Aleppo Governorate.", rels: []string{"Tell Saghir: 14 km south of ‘Ayn al-‘Arab"}},
		{doc: "Kafr Ruma is 9 km west of Ma‘arrat an-Nu‘man.", rels: []string{"Kafr Ruma: 9 km west of Ma‘arrat an-Nu‘man"}},
		{doc: "Kalo lies 20 km north of 'Gao' and 'Operation Serval' began there.", not: []string{"'Gao", "'Operation Serval"}},
		// Divisions whose names join two names with "and".
		{doc: "Bell's Cove is an abandoned outport 25 km southwest of St. John's, Newfoundland and Labrador.",
			rels: []string{"Bell's Cove: 25 km southwest of St. John's"}, places: []string{"Newfoundland and Labrador"}, not: []string{"Labrador"}},
		{doc: "Wani-Pora is a hamlet in Jammu and Kashmir, 12 km north-east of Anantnag.",
			rels: []string{"Wani-Pora: 12 km northeast of Anantnag"}, places: []string{"Jammu and Kashmir"}, not: []string{"Kashmir"}},
	})
}
