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
