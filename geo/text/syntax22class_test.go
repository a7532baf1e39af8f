package text

import "testing"

// TestCorpusSyntax22Relatives: a nameless place whose head noun a
// relative clause narrows before the phrase that places it: the writer's
// own clause ("where we stayed", "we visited", « où nous avons logé »),
// and a clause of place set off by commas ("which is located …", « qui se
// trouve … »).
func TestCorpusSyntax22Relatives(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The kasbah where we stayed is 12 km east of Skoura.",
			rels: []string{"The kasbah: 12 km east of Skoura"}},
		{doc: "The kasbah where we stayed, which is located 12 km east of Skoura, has a pool.",
			rels: []string{"The kasbah: 12 km east of Skoura"}},
		{doc: "The farm, which lies 20 km north of Nyeri, was sold in 2015.",
			rels: []string{"The farm: 20 km north of Nyeri"}},
		{doc: "The camp that we rented, 8 km south of Maun, had no water.",
			rels: []string{"The camp: 8 km south of Maun"}},
		// A two-word kind of mine after the noun of its stone.
		{doc: "Our base was Coober Pedy. The opal field we visited, some 30 km north-west of town, is worked by a dozen miners.",
			rels: []string{"The opal field: 30 km northwest of Coober Pedy"}},
		{doc: "L'îlet où nous avons logé, à 6 km à l'ouest de Cilaos, n'est accessible qu'à pied.",
			rels: []string{"L'îlet: 6 km west of Cilaos"}},
		{doc: "L'îlet où j'ai dormi est à 6 km à l'ouest de Cilaos.",
			rels: []string{"L'îlet: 6 km west of Cilaos"}},
		{doc: "Le village, qui se trouve à 6 km à l'ouest de Cilaos, n'est accessible qu'à pied.",
			rels: []string{"Le village: 6 km west of Cilaos"}},
		{doc: "La ferme qu'on a visitée, qui est située à 9 km au nord de Millau, élève des brebis.",
			rels: []string{"La ferme: 9 km north of Millau"}},
		// A relative clause of a person heads nothing.
		{doc: "The guide who met us lives 5 km north of Skoura.",
			absent: []string{"The guide: 5 km north of Skoura"}},
	})
}
