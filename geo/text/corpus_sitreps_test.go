package text

import "testing"

// TestCorpusSitrepChains holds the classes a set of conflict and
// humanitarian situation reports (ACLED notes, OCHA, IOM and UNHCR
// updates, local press) failed on, where a village is placed by a chain
// of divisions and a distance after it:
//   - the chain may end with a province or state named bare ("Masisi
//     territory, North Kivu, 14 km ...", « territoire de Beni, Nord-Kivu,
//     à 30 km ») and hold bare names before any named division
//     ("Barangay Y, Datu Salibo, Maguindanao del Sur, 30 km ...")
//     (bareChainLink);
//   - a compass adjective or "central" before a division ("northern Shan
//     State", "central Rakhine State") and a
//     participle before the distance ("Hiraan region, located 12 km
//     north") leave the chain whole;
//   - zone, township and chiefdom are divisions (en/admin.txt);
//   - "in X kebele, Y woreda, ..." after a verb: the first division is
//     the place;
//   - ", municipality of X," without "the" is a link, and "X village of
//     Y LGA", "X village in Y township" open the chain with X (chainPlace);
//   - French: « groupement X » without « de », « secteur de X » and
//     « section communale de X » inside a chain (fr/chainnouns.tsv), a
//     division named by a compass word (« département de l'Ouest ») and
//     « situé » before the distance.
func TestCorpusSitrepChains(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Heavy fighting was reported in Bihambwe locality, Bapfuna chiefdom, Masisi territory, North Kivu, some 9 km south of Masisi.",
			rels: []string{"Bihambwe: 9 km south of Masisi"}, absent: []string{"North Kivu: 9 km south of Masisi", "Masisi: 9 km south of Masisi"}},
		{doc: "Soldiers clashed with gunmen in Sitio Lumbac, Barangay Tuka, Shariff Aguak, Maguindanao del Sur, about 12 km east of Datu Piang.",
			rels: []string{"Lumbac: 12 km east of Datu Piang"}, absent: []string{"Maguindanao del Sur: 12 km east of Datu Piang"}},
		{doc: "An airstrike hit Mong Hko village, Kutkai township, northern Shan State, about 20 km south of Kutkai.",
			rels: []string{"Mong Hko: 20 km south of Kutkai"}, absent: []string{"Shan State: 20 km south of Kutkai"}},
		{doc: "Gunmen killed nine people in Ruku Kasa village of Bokkos LGA in Plateau State, about 18 km west of Bokkos.",
			rels: []string{"Ruku Kasa: 18 km west of Bokkos"}, absent: []string{"Bokkos LGA: 18 km west of Bokkos"}},
		{doc: "Airstrikes hit Nam Lim village in Waingmaw township, Kachin State, 20 km east of Myitkyina.",
			rels: []string{"Nam Lim: 20 km east of Myitkyina"}, absent: []string{"Kachin State: 20 km east of Myitkyina"}},
		{doc: "Shelling was reported in Thit Tan village, Minbya township, central Rakhine State, about 15 km east of Minbya.",
			rels: []string{"Thit Tan: 15 km east of Minbya"}, absent: []string{"Rakhine State: 15 km east of Minbya"}},
		{doc: "Some 900 households fled Ceel Garas village, Bulo Burto district, Hiraan region, located 15 km east of Bulo Burto.",
			rels: []string{"Ceel Garas: 15 km east of Bulo Burto"}},
		{doc: "Clashes were reported in Gedeb Mariam kebele, Lay Armachiho woreda, Central Gondar Zone, Amhara region, about 40 km north of Gondar.",
			rels: []string{"Gedeb Mariam: 40 km north of Gondar"}, absent: []string{"Lay Armachiho: 40 km north of Gondar", "Central Gondar Zone: 40 km north of Gondar"}},
		{doc: "Dissidents forced 120 families out of vereda La Balsa, municipality of Argelia, Cauca department, about 25 km south of El Plateado.",
			rels: []string{"La Balsa: 25 km south of El Plateado"}, absent: []string{"Argelia: 25 km south of El Plateado"}},
		{doc: "Des miliciens ont attaqué le village de Loda, groupement Walendu Pitsi, secteur de Walendu, territoire de Djugu, Ituri, à environ 40 km au nord de Bunia.",
			rels: []string{"Loda: 40 km north of Bunia"}, absent: []string{"Walendu Pitsi: 40 km north of Bunia", "Ituri: 40 km north of Bunia"}},
		{doc: "Les FARDC ont repris la localité de Kashebere, groupement de Kisimba, territoire de Walikale, Nord-Kivu, à 60 km à l'ouest de Kitshanga.",
			rels: []string{"Kashebere: 60 km west of Kitshanga"}, absent: []string{"Nord-Kivu: 60 km west of Kitshanga"}},
		{doc: "Des hommes armés ont incendié le village de Bounti, commune de Tessit, cercle d'Ansongo, région de Gao, situé à environ 50 km à l'ouest de Tessit.",
			rels: []string{"Bounti: 50 km west of Tessit"}},
		{doc: "Des gangs ont attaqué Morne Bleu, section communale de Trou Chouchou, commune de Mirebalais, département du Centre, à environ 9 km à l'est de Mirebalais.",
			rels: []string{"Morne Bleu: 9 km east of Mirebalais"}},
	})
}

// TestChainNounsRead reads every row of lexicon/fr/chainnouns.tsv as a
// link of a chain of divisions: the distance after the chain is about the
// village it starts from. Alone, « dans le secteur de X » stays no
// division.
func TestChainNounsRead(t *testing.T) {
	set := langs().fr.sets[setChainNouns]
	if len(set) < 3 {
		t.Fatalf("lexicon/fr/chainnouns.tsv: %d rows, want at least 3", len(set))
	}
	for w := range set {
		doc := "Des hommes armés ont attaqué le village de Kalo, " + w + " de Bema, territoire de Beni, à 20 km au nord de Beni."
		checkCorpus(t, []example{{doc: doc, rels: []string{"Kalo: 20 km north of Beni"}, absent: []string{"Bema: 20 km north of Beni"}}})
	}
}
