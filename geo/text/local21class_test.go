package text

import "testing"

// TestCorpusLocalNatives: local papers put an adjective between "a" and a
// person's home town ("a rural Boone man", nativeadjs.tsv, nativeBefore);
// the town is a place all the same. A word of no such list keeps the
// name free: "a Ford worker" names no town.
func TestCorpusLocalNatives(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Deputies said a rural Boone man was injured Thursday.",
			places: []string{"Boone"}},
		{doc: "Police said an elderly Kearney woman was taken to hospital.",
			places: []string{"Kearney"}},
		{doc: "The driver, a local Dubbo teen, was not hurt.",
			places: []string{"Dubbo"}},
	})
}
