package text

import "testing"

// TestCorpusHealthBulletins holds one text of each class of health and
// humanitarian bulletin that a probe of outbreak reports failed on:
//   - a name before a lower-case noun of a disease, a virus or a variant
//     (namedafter.tsv: "Sudan virus disease", "Rift Valley fever", "Lyme
//     disease", "the Delta variant"), after « de » and a French noun of
//     a disease (namedof.tsv: « la fièvre de Lassa », « la maladie de
//     Lyme ») or right after a French noun of a virus or a variant
//     (namedbefore.tsv: « le virus Zika », « le variant Delta ») is no
//     mention: the disease is named after where it was first found;
//   - a name that ends with the head of an agency's name before "for" and
//     a capitalised common word ("the Nigeria Centre for Disease
//     Control", "the Africa Centres for Disease Control") is no mention;
//   - common words after a capitalised agency head and "of" ("the
//     Department of Health", "the Department of Public Works") are the
//     agency's field, no place, while a division so written ("the
//     Department of Antioquia") still is one, and so is a name after
//     "of" that follows the field ("the Department of Health of Cebu");
//   - a name after the French "en" that closes its clause is a region or
//     a country, once a disease's name before it no longer makes it a
//     container (« 9 cas de maladie de Lyme en Estrie. »), unless it is
//     a word names are made of (« en Haut »);
//   - a French kind of place in apposition may take a complement after
//     the elided « d' » as after « de » (« X, un site d'orpaillage situé
//     à 35 km au sud-ouest de Y »): the distance places X;
//   - a verb of a campaign's reach (prepositions.tsv intro: « ciblera »,
//     « couvrira », "will target") introduces the places it reaches, also
//     with a French adverb between (fillers.tsv: « couvrira aussi
//     Bafoulabé », « ciblera aussi Makary et Goulfey »).
func TestCorpusHealthBulletins(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Health officials declared an outbreak of Sudan virus disease in Mubende district; cases were also confirmed in Kassanda.",
			places: []string{"Mubende", "Kassanda"}, not: []string{"Sudan"}},
		{doc: "Officials in Kenya reported Rift Valley fever in Garissa and Wajir, and the Delta variant in Mombasa.",
			places: []string{"Kenya", "Garissa", "Wajir", "Mombasa"}, not: []string{"Rift Valley", "Delta"}},
		{doc: "Cases of Lyme disease and West Nile virus rose in Ontario, mostly around Kingston.",
			places: []string{"Ontario", "Kingston"}, not: []string{"Lyme", "West Nile"}},
		{doc: "La fièvre de Lassa progresse à Owo, où le virus Zika a aussi été détecté, et à Akure.",
			places: []string{"Owo", "Akure"}, not: []string{"Lassa", "Zika"}},
		{doc: "Les autorités ont confirmé la maladie à virus Soudan à Abéché, au Tchad, et le variant Delta à Mongo.",
			places: []string{"Abéché", "Mongo"}, not: []string{"Soudan", "Delta"}},
		{doc: "The Nigeria Centre for Disease Control sent a rapid response team to Bauchi.",
			places: []string{"Bauchi"}, not: []string{"Nigeria Centre", "Nigeria"}},
		{doc: "The Africa Centres for Disease Control and Prevention opened a hub in Lusaka.",
			places: []string{"Lusaka"}, not: []string{"Africa Centres", "Africa"}},
		{doc: "After the typhoon, the Department of Health reported 152 leptospirosis cases in Tacloban, and the Department of Public Works cleared roads to Palo.",
			places: []string{"Tacloban", "Palo"}, not: []string{"Health", "Public Works"}},
		{doc: "Officials said the Department of Health of Cebu reported 3,400 dengue cases.",
			places: []string{"Cebu"}, not: []string{"Health"}},
		{doc: "L'agence a confirmé 9 cas de maladie de Lyme en Estrie. Une épidémie de rougeole sévit aussi en Casamance, surtout à Ziguinchor.",
			places: []string{"Estrie", "Casamance", "Ziguinchor"}, not: []string{"Lyme"}},
		{doc: "The Department of Antioquia reported dengue cases in Turbo.",
			places: []string{"Antioquia", "Turbo"}},
		{doc: "Les cas proviennent de Faraba-Kouta, un site d'orpaillage situé à 35 km au sud-ouest de Kita.",
			rels: []string{"Faraba-Kouta: 35 km southwest of Kita"}},
		{doc: "Les malades viennent de Wouro Dialo, un campement d'éleveurs à 12 km au nord de Djibo.",
			rels: []string{"Wouro Dialo: 12 km north of Djibo"}},
		{doc: "Une campagne de vaccination de masse couvrira aussi Bafoulabé. La riposte ciblera aussi Makary et Goulfey.",
			places: []string{"Bafoulabé", "Makary", "Goulfey"}},
		{doc: "The oral cholera vaccine campaign will target Chikwawa and Nsanje.",
			places: []string{"Chikwawa", "Nsanje"}},
	})
}
