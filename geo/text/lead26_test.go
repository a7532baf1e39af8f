package text

import "testing"

// TestLead26TravelNotes: the nouns of a day's stages that open a line of
// French travel notes (stopcaps.tsv: « Départ », « Retour », « Arrivée »,
// « Sortie ») are no part of a name; « de » after « départ » or « sortie »
// (origins.tsv) and « par » after « retour », « descente » or « montée »
// (passes.tsv), perhaps with the means of travel between (« retour en
// train par », events.tsv), name the towns of the way.
func TestLead26TravelNotes(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Départ de Tozeur un vendredi à l'aube, direction les oasis de montagne.",
			places: []string{"Tozeur"}, not: []string{"Départ de Tozeur", "Départ"}},
		{doc: "Jour 3. Départ d'Atar vers 7 h, piste de sable jusqu'au soir.",
			places: []string{"Atar"}},
		{doc: "Retour en train par Martigny et Sion le lendemain.",
			places: []string{"Martigny", "Sion"}, not: []string{"Retour"}},
		{doc: "Retour par Nefta et la palmeraie, puis nuit à l'hôtel.",
			places: []string{"Nefta"}, not: []string{"Retour"}},
		{doc: "Descente par Zinal, où nous dormons au gîte.",
			places: []string{"Zinal"}},
		{doc: "Sortie de Tunis par l'autoroute du sud, puis deux heures de route.",
			places: []string{"Tunis"}, not: []string{"Sortie de Tunis"}},
		{doc: "Retour en bus par Ouarzazate, arrivée tardive à Marrakech.",
			places: []string{"Ouarzazate", "Marrakech"}},
	})
}

// TestLead26PlaceBeforeSpeech: a town after its dwellers or officials
// (dwellersOf) and a division named by its kind after its country's
// possessive are places, though a verb of speech follows them; a person
// before a verb of speech is still none.
func TestLead26PlaceBeforeSpeech(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Residents of Kidal said the town was calm on Friday.",
			places: []string{"Kidal"}},
		{doc: "The governor of Gao said the road would reopen.",
			places: []string{"Gao"}},
		{doc: "Villagers of Tinzawaten told reporters that the well was dry.",
			places: []string{"Tinzawaten"}},
		{doc: "Livestock farmers in Namibia's Karas Region say the drought has killed their stock.",
			places: []string{"Namibia", "Karas Region"}},
		{doc: "Herders in Kenya's Turkana County said the rains failed.",
			places: []string{"Kenya", "Turkana County"}},
		{doc: "Kenya's Eliud Kipchoge said he was ready for the race.",
			not: []string{"Eliud Kipchoge"}},
		{doc: "The family of John Smith said he was missing.",
			not: []string{"John Smith"}},
		{doc: "Florence Parly announced the withdrawal.",
			not: []string{"Florence Parly"}},
	})
}
