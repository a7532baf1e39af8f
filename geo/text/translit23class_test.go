package text

import "testing"

// TestCorpusTranslit23Class holds the reading classes of the
// twenty-third round's texts on towns written in transliterations:
//   - « La coopérative Jibek Joly, à 20 km au nord de Tchimkent, cultive
//     du coton »: a cooperative is a kind of place (lexicon/fr/
//     descriptors.tsv), so the apposition after its name places it; «
//     la coopérative de Kolda » stays the town's; so too « le haras Ak
//     Yol » (a stud farm);
//   - "Farmland around Beledweyne remains under water": the land a flood
//     report says is hit, capitalised at the head of a sentence, is no
//     name (lexicon/en/stopcaps.tsv).
func TestCorpusTranslit23Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La coopérative Jibek Joly, à 20 km au nord de Tchimkent, cultive du coton et du melon dans le sud du Kazakhstan.",
			rels: []string{"Jibek Joly: 20 km north of Tchimkent"}},
		{doc: "La coopérative Bakhor, à 15 km à l'ouest de Khodjent, emploie 300 femmes.",
			rels: []string{"Bakhor: 15 km west of Khodjent"}},
		{doc: "Le haras Ak Yol, à 25 km à l'ouest d'Achgabat, accueille les visiteurs.",
			rels: []string{"Ak Yol: 25 km west of Achgabat"}},
		{doc: "Floods have displaced families to the Ceel Jaale camp, 10 km north of Beled Weyne. Farmland around Beledweyne remains under water.",
			rels: []string{"Ceel Jaale: 10 km north of Beled Weyne"}, not: []string{"Farmland"}},
		{doc: "Cropland near Kunduz was lost to the floods.",
			not: []string{"Cropland"}},
	})
}
