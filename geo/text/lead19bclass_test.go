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
