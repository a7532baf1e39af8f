package text

import "testing"

// TestCorpusNamelessAfterOpener: a participle clause that opens a
// sentence places the nameless place the main clause opens with, when a
// verb of that clause follows its kind (namelessAfterOpener): "Located 20
// km east of Mbarara, the school serves three parishes".
func TestCorpusNamelessAfterOpener(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Located 20 km east of Mbarara, the school serves three parishes.", rels: []string{"the school: 20 km east of Mbarara"}},
		{doc: "Situated 12 km north of Masaka, the camp hosts 4,000 people.", rels: []string{"the camp: 12 km north of Masaka"}},
		{doc: "Located 20 km east of Mbarara, Kalo has a school.", rels: []string{"Kalo: 20 km east of Mbarara"}}, // guard: a name
	})
}
