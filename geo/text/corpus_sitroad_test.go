package text

import "testing"

// TestCorpusSitrepRoadOpener: a French sentence that opens with the road
// a distance runs along, named by its towns (« Sur l'axe X-Y, à 30 km de
// X, ... »), places the village its main clause names, as the distance
// alone at the head of the sentence does (frenchRoadOpenerEnd).
func TestCorpusSitrepRoadOpener(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Sur la route Mopti-Gao, à 30 km de Mopti, des hommes armés ont incendié le village de Kalo Peul.",
			rels: []string{"Kalo Peul: 30 km from Mopti"}},
		{doc: "Sur l'axe Kaya-Kongoussi, à 18 km de Kaya, un camion a sauté sur un engin explosif près du village de Sabcé-Mossi.",
			rels: []string{"Sabcé-Mossi: 18 km from Kaya"}},
	})
}
