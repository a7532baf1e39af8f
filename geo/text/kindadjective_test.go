package text

import "testing"

// TestCorpusKindAdjectives: an adjective of the kind of place ("lacustre",
// "côtier", "minier") between the kind and its name keeps the name the
// subject.
func TestCorpusKindAdjectives(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le village lacustre de Ganvié se trouve sur le lac Nokoué, à une vingtaine de kilomètres au nord de Cotonou, au Bénin.",
			rels: []string{"Ganvié: 20 km north of Cotonou"}},
		{doc: "Le village côtier de Joal se trouve à 15 km au sud de Mbour.",
			rels: []string{"Joal: 15 km south of Mbour"}},
	})
}
