package text

import "testing"

// TestLead35cLeaders: a name after a phrase of leading or directing
// (leaderships.tsv: "under the direction of", "led by", « sous la
// direction de », « dirigée par », with « de » elided or not) is the
// leader's, no place; the place after stays.
func TestLead35cLeaders(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The fourth season ran under the direction of Eleni Procopiou near Paphos.", places: []string{"Paphos"}, not: []string{"Eleni Procopiou"}},
		{doc: "A survey team led by Tom Riley reached Tok in June.", places: []string{"Tok"}, not: []string{"Tom Riley"}},
		{doc: "La campagne s'est déroulée sous la direction de Katerina Zachou, à Ioannina.", places: []string{"Ioannina"}, not: []string{"Katerina Zachou"}},
		{doc: "Une mission dirigée par Moussa Ag Assarid est arrivée à Kidal.", places: []string{"Kidal"}, not: []string{"Moussa Ag Assarid"}},
		{doc: "Les sondages ont été menés sous la direction d'Anne Roux près de Konitsa.", places: []string{"Konitsa"}, not: []string{"Anne Roux"}},
	})
}

// TestLead35cElidedKindName: a French kind written capitalised after an
// elided « d' » or « l' », before a capitalised word, opens the name
// (« originaire d'Anse Boileau », « d'Île Rodrigues »), as a kind of
// nameleads.tsv did (« d'Oued Rhiou »); « l'oasis de Tinerkouk » keeps its
// kind out.
func TestLead35cElidedKindName(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le capitaine, originaire d'Anse Boileau, sera entendu à Victoria.", places: []string{"Anse Boileau", "Victoria"}, not: []string{"Boileau"}},
		{doc: "Le pêcheur vient d'Anse Royale.", places: []string{"Anse Royale"}},
		{doc: "Les élèves viennent d'Île Rodrigues par bateau.", places: []string{"Île Rodrigues"}},
		{doc: "L'oasis de Tinerkouk est à 20 km de Timimoun.", rels: []string{"Tinerkouk: 20 km from Timimoun"}},
	})
}
