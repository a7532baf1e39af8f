package text

import "testing"

// TestCorpusCultureEvents holds one text of each class of festival, fair,
// pilgrimage and film-shoot news that a probe of such reports failed on:
//   - a town after « au » or « aux » where an event is held, a film shot
//     or a life lived (heldverbs.tsv: « a lieu au Havre », « se déroule
//     chaque 24 mai aux Saintes-Maries-de-la-Mer », « est né au
//     Creusot ») is a place, as one after a verb of a night's stay is
//     (heldAu).
func TestCorpusCultureEvents(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le festival a lieu au Havre chaque été.", places: []string{"Havre"}},
		{doc: "Le pèlerinage se déroule chaque 24 mai aux Saintes-Maries-de-la-Mer, à 30 km au sud-ouest d'Arles.",
			places: []string{"Saintes-Maries-de-la-Mer", "Arles"}},
		{doc: "La foire se tiendra aux Herbiers en septembre.", places: []string{"Herbiers"}},
		{doc: "Le réalisateur est né au Creusot en 1960.", places: []string{"Creusot"}},
	})
}
