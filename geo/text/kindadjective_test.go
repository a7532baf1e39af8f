package text

import "testing"

// TestCorpusKindAdjectives: an adjective of the kind of place ("lacustre",
// "agricole", "minier") between the kind and its name keeps the name the
// subject.
func TestCorpusKindAdjectives(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le village lacustre de Ganvié se trouve sur le lac Nokoué, à une vingtaine de kilomètres au nord de Cotonou, au Bénin.",
			rels: []string{"Ganvié: 20 km north of Cotonou"}},
		{doc: "Le village agricole de Sandiara se trouve à 15 km au nord-est de Mbour.",
			rels: []string{"Sandiara: 15 km northeast of Mbour"}},
	})
}
