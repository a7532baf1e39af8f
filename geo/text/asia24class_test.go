package text

import "testing"
// TestAsia24DatelineNativeScript holds the class of news datelines from
// East and Southeast Asia that give the town's own name, in a script
// without capitals, in brackets after its romanisation: "Kunming (昆明) —
// Archaeologists …", "Hat Yai (หาดใหญ่) - Police …". The bracket is the
// name again, no region nor agency, so the line is a dateline
// (countryDatelineEnd, nativeScript): its town is the text's topic ("the
// city") and does not swallow the sentence after it. A bracket in Latin
// letters is still a region ("Kunming (Yunnan) —") or an agency.
func TestAsia24DatelineNativeScript(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kunming (昆明) — Archaeologists found a Han-era kiln at Beiyaotou, 20 km east of the city.",
			rels: []string{"Beiyaotou: 20 km east of Kunming"}, not: []string{"Archaeologists"}},
		{doc: "Hat Yai (หาดใหญ่) - Police raided a rubber farm in Ban Khlong Wa, 30 km south of the city, on Monday.",
			rels: []string{"Ban Khlong Wa: 30 km south of Hat Yai"}},
		{doc: "Xi'an (西安) — Des ouvriers ont mis au jour un four près du village de Sanliqiao, à 15 km au nord de Xi'an.",
			rels: []string{"Sanliqiao: 15 km north of Xi'an"}, absent: []string{"Xi'an: 15 km north of Xi'an"}},
		{doc: "Mandalay (မန္တလေး) – Monks at the Sagyin monastery, 25 km north of the city, asked for rice.",
			rels: []string{"Sagyin: 25 km north of Mandalay"}},
		{doc: "Kunming (Yunnan) — Archaeologists found a kiln at Beiyaotou, 20 km east of the city.",
			rels: []string{"Kunming: in Yunnan", "Beiyaotou: 20 km east of Kunming"}},
	})
}
