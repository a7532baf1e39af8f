package text

import "testing"

// TestCorpusGovernmentsMeto24Class holds the twenty-fourth round's class
// of a capital that speaks for its government with a verb of reproach or
// protest: "Kinshasa accuse Kigali", "Moscow accused Kyiv", "Beijing
// protested", « Alger condamne » (lexicon/LANG/speech.tsv). The capital
// is a speaker, never the subject of a distance the sentence states for
// a place it names later.
func TestCorpusGovernmentsMeto24Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kinshasa accuse Kigali d'armer les rebelles qui tiennent la localité de Rubare, à une trentaine de kilomètres au nord de Rutshuru.",
			rels: []string{"Rubare: 30 km north of Rutshuru"}, absent: []string{"Kinshasa: 30 km north of Rutshuru"}},
		{doc: "Moscow accused Kyiv of shelling the village of Pishchane, about 20 km east of Kupiansk.",
			rels: []string{"Pishchane: 20 km east of Kupiansk"}, absent: []string{"Moscow: 20 km east of Kupiansk"}},
		{doc: "Bamako condamne l'attaque contre le camp de Tessit, à 80 km au sud d'Ansongo.",
			absent: []string{"Bamako: 80 km south of Ansongo"}},
		{doc: "Beijing protested after Manila built an outpost on the islet of Pag-asa Cay, 3 km west of Thitu.",
			absent: []string{"Beijing: 3 km west of Thitu"}},
	})
}

// TestFrenchPrepositionOpenersMeto24 holds the twenty-fourth round's class
// of French sentences opened by a preposition of circumstance, capitalised
// but no name (lexicon/fr/stopcaps.tsv): « Autour d'un verre de Chablis,
// les propriétaires de l'auberge de X, à 25 km … », « Malgré la pluie,
// … », « Face à la crue, … ». The subject of the distance is the place
// named in the sentence, not the preposition.
func TestFrenchPrepositionOpenersMeto24(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Autour d'un verre de vin, les propriétaires de l'auberge du Lac-Noir, à 25 km au sud de Rimouski, ont présenté leur projet.",
			rels: []string{"Lac-Noir: 25 km south of Rimouski"}, not: []string{"Autour"}},
		{doc: "Malgré la pluie, le campement de Tin Essako, à 60 km à l'est de Kidal, a reçu des vivres.",
			rels: []string{"Tin Essako: 60 km east of Kidal"}, not: []string{"Malgré"}},
		{doc: "Face à la crue, les habitants de Ouro Modi, à 15 km au nord de Mopti, ont quitté leurs maisons.",
			rels: []string{"Ouro Modi: 15 km north of Mopti"}, not: []string{"Face"}},
		{doc: "Parmi les sites visités, le hameau de Dar Chafaï, à 12 km à l'ouest de Settat, manque d'eau.",
			rels: []string{"Dar Chafaï: 12 km west of Settat"}, not: []string{"Parmi"}},
	})
}
