package text

import "testing"

// TestCorpusMulti22AnchorContainer: a containment right after the place a
// distance is measured from ("60 km west of Letlhakane in the Central
// District") says which namesake the anchor is; a second distance after
// "and" is still said of the place the first one locates.
func TestCorpusMulti22AnchorContainer(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Drilling resumed at its Mokgoro prospect, located 60 km west of Letlhakane in Botswana's Central District and about 40 km west-south-west of the Orapa mine.",
			rels: []string{"Mokgoro: 60 km west of Letlhakane", "Mokgoro: 40 km west-southwest of Orapa"}},
		{doc: "The Kiabakari camp lies 30 km south of Musoma in the Mara Region and about 45 km north-west of Butiama.",
			rels: []string{"Kiabakari: 30 km south of Musoma", "Kiabakari: 45 km northwest of Butiama"}},
		{doc: "The ranch is 20 miles north of Roswell in Chaves County and 30 miles east of Capitan.",
			rels: []string{"The ranch: 32.2 km north of Roswell", "The ranch: 48.3 km east of Capitan"}},
	})
}

// TestCorpusMulti22JoinedTownName: a town whose name holds "or", "and" or
// "in the" (lexicon/names.txt) is one name, not a list of two.
func TestCorpusMulti22JoinedTownName(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A wildfire forced the evacuation of the Cuchillo Creek Ranch, about 20 miles northwest of Truth or Consequences, N.M., on Sunday.",
			rels: []string{"Cuchillo Creek Ranch: 32.2 km northwest of Truth or Consequences"}, not: []string{"Truth", "Consequences"}},
		{doc: "The new clinic is 5 miles west of Town and Country, a suburb of St. Louis.",
			rels: []string{"The new clinic: 8.05 km west of Town and Country"}},
		{doc: "Police said the crash happened on a farm road 3 miles north of Lake in the Hills.",
			rels: []string{"the crash: 4.83 km north of Lake in the Hills"}},
	})
}

// TestCorpusMulti22AnchorAddress: a state or province written after the
// anchor's comma ("Elko, Nev.,", "Moranbah, Qld,") only says which town
// the anchor is; a distance after the "and" that follows is said of the
// place the first distance locates, not of the state.
func TestCorpusMulti22AnchorAddress(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A driver was injured at the Long Canyon pit, about 30 miles west of Elko, Nev., and 15 miles northwest of Carlin.",
			rels: []string{"Long Canyon: 48.3 km west of Elko", "Long Canyon: 24.1 km northwest of Carlin"}},
		{doc: "A worker has died at the Saraji South mine, about 40 km south-west of Moranbah, Qld, and roughly 145 km north-north-west of Emerald.",
			rels: []string{"Saraji South: 40 km southwest of Moranbah", "Saraji South: 145 km north-northwest of Emerald"}},
		{doc: "Crews battled a fire near the Holt Lake cottages, 35 km east of Timmins, Ont., and about 70 km west-north-west of Kirkland Lake.",
			rels: []string{"Holt Lake: 35 km east of Timmins", "Holt Lake: 70 km west-northwest of Kirkland Lake"}},
	})
}
