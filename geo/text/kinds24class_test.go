package text

import "testing"

// TestBareTrailingKind: a natural kind of kindsafter.tsv flagged skip
// ("escarpment", "valley") or bare ("hill", "pass", "bog"), written after a name with no
// article before it, gives the name its kind, and the distance after the
// comma places the name, not the clause's subject: "a truck overturned at
// Chiweta escarpment, 55 km north of Karonga". With "the" before the
// name it already did; a name with no kind after it is unchanged.
func TestBareTrailingKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A bus overturned at Lubalo escarpment, 30 km west of Mzuzu, on Sunday.",
			rels: []string{"Lubalo: 30 km west of Mzuzu"}, not: []string{"A bus overturned"}},
		{doc: "Protesters camped at Nyakasura hill, 12 km north of Kasese, for three days.",
			rels: []string{"Nyakasura: 12 km north of Kasese"}},
		{doc: "Peat cutters found the remains at Derrynagun bog, about 9 km south of Sligo.",
			rels: []string{"Derrynagun: 9 km south of Sligo"}},
		{doc: "A herd of elephants was seen at Olkiramatian valley, 40 km south of Nakuru.",
			rels: []string{"Olkiramatian: 40 km south of Nakuru"}},
		{doc: "The convoy was stuck for a day at Khardung pass, about 40 km north of Leh.",
			rels: []string{"Khardung: 40 km north of Leh"}},
		// guards: "the" before the name, a name with no kind after it, and
		// a hill with no name, which is no place the distance places.
		{doc: "The Inca fort stands on a hill about 3 km east of Cusco.", not: []string{"a hill"}},
		{doc: "A bus overturned at the Lubalo escarpment, 30 km west of Mzuzu.",
			rels: []string{"Lubalo: 30 km west of Mzuzu"}},
		{doc: "A bus overturned at Lubalo, 30 km west of Mzuzu.",
			rels: []string{"Lubalo: 30 km west of Mzuzu"}},
	})
}

// TestPeopleBeforeKind: a people's name between an indefinite article and
// a kind, perhaps past a modifier of it ("a Sami fishing camp", "a Khanty
// reindeer camp", "a Maasai cattle market"), says whose the place is: the
// phrase is the nameless place a distance places, and the people names no
// place. A people set off as a name with a kind after a comma ("Zulu, a
// fishing village") stays a place.
func TestPeopleBeforeKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A Sami fishing camp, 20 km north of Kiruna, was evacuated.",
			rels: []string{"A Sami fishing camp: 20 km north of Kiruna"}, not: []string{"Sami"}},
		{doc: "Rangers visited a Maasai cattle market 25 km south of Arusha on Thursday.",
			rels: []string{"a Maasai cattle market: 25 km south of Arusha"}, not: []string{"Maasai"}},
		{doc: "A Tuareg camp, 60 km north of Agadez, was hit by the storm.",
			rels: []string{"A Tuareg camp: 60 km north of Agadez"}, not: []string{"Tuareg"}},
		{doc: "Gunmen raided a Fulani herders' camp about 30 km east of Mopti.",
			rels: []string{"a Fulani herders' camp: 30 km east of Mopti"}, not: []string{"Fulani"}},
		// guard: a people's name set off as a name, its kind after a comma.
		{doc: "Zulu, a fishing village, lies 30 km north of Durban.",
			rels: []string{"Zulu: 30 km north of Durban"}},
	})
}

// TestHeadBeforeIndefiniteApposition: "the", a name and a head noun the
// tables lack ("pitch", "boathouse", "paddock"), then an indefinite
// apposition that holds the distance: the distance places the name, not
// the clause's subject. "the Ballycarty pitch, a club ground about 6 km
// east of Tralee".
func TestHeadBeforeIndefiniteApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Cork GAA said the replay will be held at the Dromahane pitch, a club ground about 8 km west of Mallow.",
			rels: []string{"Dromahane: 8 km west of Mallow"}, not: []string{"Cork GAA"}},
		{doc: "The rowers train at the Oranmore boathouse, a timber shed 5 km east of Galway.",
			rels: []string{"Oranmore: 5 km east of Galway"}},
		{doc: "Shearers gathered at the Wirrabara paddock, a fenced block some 12 km north of Laura.",
			rels: []string{"Wirrabara: 12 km north of Laura"}},
		// guard: the apposition after a bare name still places the name.
		{doc: "The replay will be held at Dromahane, a club ground about 8 km west of Mallow.",
			rels: []string{"Dromahane: 8 km west of Mallow"}},
	})
}

// TestSuperlativeParticipleApposition: a sentence that opens with "the", a
// superlative and a participle standing for the noun ("The best
// preserved", "The oldest surviving"), then a name between commas and a
// copula or a verb of place: the distance places the name, as after "The
// largest, X, lies".
func TestSuperlativeParticipleApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Four Spanish missions remain in the valley. The best preserved, Santa Rosalía de Mulegé, lies 3 km west of Mulegé.",
			rels: []string{"Santa Rosalía de Mulegé: 3 km west of Mulegé"}},
		{doc: "Several stone churches stand in the district. The oldest surviving, Kirkeby, is 12 km north of Ribe.",
			rels: []string{"Kirkeby: 12 km north of Ribe"}},
		// guard: a superlative alone already did.
		{doc: "Three camps were opened. The largest, Kakuma Nord, is 15 km south of Lodwar.",
			rels: []string{"Kakuma Nord: 15 km south of Lodwar"}},
	})
}
