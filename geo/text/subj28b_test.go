package text

import "testing"

// TestSubj28bSemicolonOpener: a further leg with no object after a
// semicolon, in a text that has reached no place before, is measured from
// the place that opens the sentence, the subject of the clause before the
// semicolon; the kind in the apposition may have its owners before it
// ("a herders' winter camp", "the fishermen's camp").
func TestSubj28bSemicolonOpener(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Marsabit has a hospital and an airstrip; a cattle camp, Kargi Dakaba, lies some 35 km further north.",
			rels: []string{"Kargi Dakaba: 35 km north of Marsabit"}},
		{doc: "Kidal has a weekly market; a herders' camp, Tin-Essako Ouest, lies about 60 km further north.",
			rels: []string{"Tin-Essako Ouest: 60 km north of Kidal"}},
		{doc: "Moyale received 300 tonnes of maize; the pastoralists' camp, Dambala Fachana, lies roughly 20 km further west.",
			rels: []string{"Dambala Fachana: 20 km west of Moyale"}},
		{doc: "Lodwar was cut off for a week; the fishermen's camp, Nachukui Beach, is about 15 km further east.",
			rels: []string{"Nachukui Beach: 15 km east of Lodwar"}},
		{doc: "Gao a reçu 200 tonnes de vivres ; un campement de bergers, Tin-Hama-Est, se trouve à 25 km plus au nord.",
			rels: []string{"Tin-Hama-Est: 25 km north of Gao"}},
		{doc: "Erdenet has a copper mine; a herders' winter camp, Khöshööt Am, lies some 40 km further north.",
			rels: []string{"Khöshööt Am: 40 km north of Erdenet"}},
		// Lower-case words the tables lack may qualify the kind after
		// the owners.
		{doc: "Tahoua has a weekly market; a herders' dry-season camp, Tchin-Adaran, lies about 60 km further north.",
			rels: []string{"Tchin-Adaran: 60 km north of Tahoua"}},
		{doc: "Garoowe has an airstrip; the nomads' rainy-season well, Dhabar Dalool, lies some 30 km further east.",
			rels: []string{"Dhabar Dalool: 30 km east of Garoowe"}},
		{doc: "Sumbawanga lies 100 km from Lake Rukwa. It has a market; the fishermen's landing camp, Muze Beach, lies some 25 km further south.",
			rels: []string{"Muze Beach: 25 km south of Sumbawanga"}},
	})
}

// TestSubj28bFrenchParticipleArea: « situé à » or « au » before a country
// or an area, then a chain of divisions set off by commas and a distance:
// the chain and the distance are the participle's subject's, not the area's.
func TestSubj28bFrenchParticipleArea(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Ankazomiriotra-Sud est un village situé à Madagascar, dans la région Vakinankaratra, à environ 30 km à l'ouest d'Antsirabe.",
			rels:   []string{"Ankazomiriotra-Sud: 30 km west of Antsirabe", "Ankazomiriotra-Sud: in Vakinankaratra"},
			absent: []string{"Madagascar: 30 km west of Antsirabe", "Madagascar: in Vakinankaratra"}},
		{doc: "Agou-Nyogbo-Kpodzi est un village situé au Togo, dans la préfecture d'Agou, à 20 km au sud-est de Kpalimé.",
			rels: []string{"Agou-Nyogbo-Kpodzi: 20 km southeast of Kpalimé"}, absent: []string{"Togo: 20 km south-east of Kpalimé"}},
		{doc: "Dioumanzana-Peulh est un hameau situé au Sénégal, région de Kolda, à 18 km au nord de Vélingara.",
			rels: []string{"Dioumanzana-Peulh: 18 km north of Vélingara"}, absent: []string{"Sénégal: 18 km north of Vélingara"}},
		{doc: "Kalalé-Gando est une localité située au Bénin, dans le département du Borgou, à 40 km à l'est de Nikki.",
			rels: []string{"Kalalé-Gando: 40 km east of Nikki"}, absent: []string{"Bénin: 40 km east of Nikki"}},
		// A town after the participle, with no chain of areas, is kept.
		{doc: "Dori est situé au Burkina Faso, à 260 km de Ouagadougou.",
			rels: []string{"Dori: 260 km from Ouagadougou"}},
	})
}
