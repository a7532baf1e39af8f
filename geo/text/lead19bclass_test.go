package text

import "testing"

// TestCorpusSpotAfterDistance: words of spotleads.tsv right after a
// distance name the spot it places (spotAfter): the spot is the subject
// of a phrase that has none ("Corps de ferme de 12 ha, situé à 8 km au
// sud-est de Rodez, au lieu-dit La Borie", the property round's leftover),
// and lies there with the subject of one that has ("The farmhouse, 8 km
// south-east of Rodez at the hamlet of La Borie").
func TestCorpusSpotAfterDistance(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Corps de ferme de 12 ha, situé à 8 km au sud-est de Rodez, au lieu-dit La Borie.", rels: []string{"La Borie: 8 km southeast of Rodez"}},
		{doc: "Une grange située à 6 km au nord de Millau, au hameau d'Aguessac.", rels: []string{"Aguessac: 6 km north of Millau"}},
		{doc: "The barn stands 8 km south-east of Rodez, at a place called La Borie.", rels: []string{"La Borie: 8 km southeast of Rodez"}},
		{doc: "The farmhouse, 8 km south-east of Rodez at the hamlet of La Borie, is for sale.", rels: []string{"The farmhouse: 8 km southeast of Rodez", "La Borie: 8 km southeast of Rodez"}},
		{doc: "The farm lies 8 km south-east of Rodez, in the commune of Druelle.", absent: []string{"Druelle: 8 km southeast of Rodez"}}, // guard: a division holds the farm
	})
}

// TestCorpusBlindW holds one text of each class that the nineteenth
// session's blind set W read wrong on the merged tree, written in other
// words:
//   - "We left Pokhara and reached Thulo Kharka. It sits … 18 km north-west
//     of the city": with no place the text is about, "it" opening a
//     sentence is the last place named (itAntecedent), and "the city" the
//     place named before it (townBefore passes "it" over);
//   - "a new site, Okugo Extension … Gambela town lies 45 km east of the
//     extension": "the" and a lower-case noun that ends a name named before
//     stand for it (nameHeadObject);
//   - « Dori se trouve à 30 km au sud de celui-ci », « de ce dernier »: the
//     last place named before the sentence (frenchLatterEnd);
//   - « Le mayen des Crêtes »: a Valais summer hut is a kind of place
//     (fr/descriptors.tsv).
func TestCorpusBlindW(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We left Jomsom and reached Thini Gaun. It sits on a terrace about 4 km east of the town.", rels: []string{"Thini Gaun: 4 km east of Jomsom"}},
		{doc: "We left Jomsom and reached Thini Gaun. It sits about 4 km east of Jomsom.", rels: []string{"Thini Gaun: 4 km east of Jomsom"}},
		{doc: "The agency opened a transit site, Kule Annex, last month. Pugnido lies about 30 km south of the annex.", rels: []string{"Pugnido: 30 km south of Kule Annex"}},
		{doc: "Des hommes armés ont attaqué le hameau de Tin-Akof. Markoye se trouve à 25 km au sud de celui-ci.", rels: []string{"Markoye: 25 km south of Tin-Akof"}},
		{doc: "Des hommes armés ont attaqué Tin-Akof. Markoye se trouve à 25 km au sud de ce dernier.", rels: []string{"Markoye: 25 km south of Tin-Akof"}},
		{doc: "Le mayen des Planches se trouve à 7 km au nord de Sierre.", rels: []string{"Planches: 7 km north of Sierre"}},
		{doc: "Kidal lies in the north. It is 300 km from Gao.", rels: []string{"Kidal: 300 km from Gao"}}, // guard: the topic
	})
}
