package text

import "testing"

// TestIsle22OpenedSpot holds places to stay, shops and schools of the
// coast that a travel text places without a name, opening the sentence:
// "hotel", "resort", "lighthouse" and "marina" are kinds of
// descriptors.tsv, "dive centre" a kind of kindsafter.tsv, « distillerie »
// and « centre de plongée » kinds of fr/descriptors.tsv; "opened" right
// before the distance (namelessVerbAfter) and the French perfect « a
// ouvert », « s'est installé » (frenchAuxiliary) are their verbs, the
// auxiliary no part of the name.
func TestIsle22OpenedSpot(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A new hotel has opened 6 km north of Senggigi.",
			rels: []string{"A new hotel: 6 km north of Senggigi"}},
		{doc: "A new dive centre opened 8 km south of Mulifanua this year.",
			rels: []string{"A new dive centre: 8 km south of Mulifanua"}},
		{doc: "A surf lodge opened 5 km south of Tofino.",
			rels: []string{"A surf lodge: 5 km south of Tofino"}},
		{doc: "A small resort lies about 25 km north of Luganville.",
			rels: []string{"A small resort: 25 km north of Luganville"}},
		{doc: "The lighthouse stands 3 km south of Castro.",
			rels: []string{"The lighthouse: 3 km south of Castro"}},
		{doc: "Une distillerie se trouve à 6 km au nord de Basse-Terre.",
			rels: []string{"Une distillerie: 6 km north of Basse-Terre"}},
		{doc: "Un hôtel écologique a ouvert à 12 km au nord de Hell-Ville.",
			rels: []string{"Un hôtel écologique: 12 km north of Hell-Ville"}},
		{doc: "Un centre de plongée s'est installé à 3 km à l'ouest de Sainte-Luce.",
			rels: []string{"Un centre de plongée: 3 km west of Sainte-Luce"}},
		{doc: "Une école de pêche a ouvert à 10 km au nord de Moroni.",
			rels: []string{"Une école de pêche: 10 km north of Moroni"}},
		{doc: "A salmon farm operates in the channel 12 km south of Castro.",
			rels: []string{"A salmon farm: 12 km south of Castro"}},
	})
}

// TestIsle22PlacedAside holds a name opening a clause with an aside that
// says which island or coast it lies on, closed by the clause's finite
// verb (placedAside): the name is a place as one after a preposition is.
// A person's aside ("on Monday", "on behalf of") says no such thing.
func TestIsle22PlacedAside(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Dzaoudzi, sur Petite-Terre, est reliée à Mamoudzou par la barge.",
			places: []string{"Dzaoudzi", "Mamoudzou"}},
		{doc: "Dzaoudzi, sur l'île de Petite-Terre, est reliée à Mamoudzou.",
			places: []string{"Dzaoudzi"}},
		{doc: "Castro, on the island of Chiloé, is known for its stilt houses.",
			places: []string{"Castro"}},
		{doc: "Smith, on Monday, is expected to resign.",
			not: []string{}},
	})
	for _, doc := range []string{"Smith, on Monday, is expected to resign.", "Smith, on behalf of Oxfam, is expected to resign."} {
		for _, m := range Read(doc).Mentions {
			if m.Name == "Smith" && m.Evidence >= EvidencePreposition {
				t.Errorf("%s: Smith is graded %v, want below preposition", doc, m.Evidence)
			}
		}
	}
}

// TestIsle22SpotWith holds more kinds a coast text places without a name
// ("museum", "quinta", "beach bar") and the phrase with "with" between the
// kind and its verb, which says what the place has and is no part of its
// name (namelessVerbAfter).
func TestIsle22SpotWith(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A quinta with a vineyard stands 3 km north of Câmara de Lobos.",
			rels: []string{"A quinta: 3 km north of Câmara de Lobos"}},
		{doc: "A farm with a pool lies about 10 km east of Gao.",
			rels: []string{"A farm: 10 km east of Gao"}},
		{doc: "A sugar mill museum is 3 km east of Lautoka.",
			rels: []string{"A sugar mill museum: 3 km east of Lautoka"}},
		{doc: "A beach bar is 4 km east of Hvar, and catamarans continue from Hvar to Korčula.",
			rels: []string{"A beach bar: 4 km east of Hvar"}},
	})
}

// TestIsle22OnWhat holds a phrase with "on a" or "in a" between a
// nameless kind and its verb, which says what the place stands on and is
// no part of its name ("An eco-resort on a small island sits ...").
func TestIsle22OnWhat(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "An eco-resort on a small island sits about 10 km west of El Nido in Bacuit Bay.",
			rels: []string{"An eco-resort: 10 km west of El Nido"}},
		{doc: "A lodge on a hill lies 5 km north of Gao.",
			rels: []string{"A lodge: 5 km north of Gao"}},
	})
}

// TestIsle22AuHeads holds the Creole names of coasts and islands whose
// head joins « aux » or « au » and the capitalised word after it in one
// name (lexicon/fr/auheads.tsv): « Anse aux Pins », « Pointe aux Piments
// ». Between two names « aux » still parts them.
func TestIsle22AuHeads(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un hôtel de plage a ouvert à 8 km au sud de Victoria, à Anse aux Pins.",
			places: []string{"Anse aux Pins"}, not: []string{"Anse"}},
		{doc: "Un gîte se trouve à Pointe aux Piments, à 12 km au nord de Port-Louis.",
			places: []string{"Pointe aux Piments"}},
		{doc: "Les bateaux vont de Port-Louis aux Seychelles.",
			not: []string{"Port-Louis aux Seychelles"}},
	})
}
