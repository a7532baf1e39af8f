package text

import "testing"

// TestCorpusSitrepFronted: a distance that opens an English report ("About
// 20 km south of X, ...") places the village the main clause's verb of
// event names with its kind ("militants raided Y village"), and may close
// with its anchor's divisions in brackets ("Around 15 km north of Dikwa
// (Dikwa LGA, Borno State), ...") (frontedSceneAfter).
func TestCorpusSitrepFronted(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Around 12 km east of Gwoza (Gwoza LGA, Borno State), Boko Haram fighters attacked Ngoshe Sama village.",
			rels: []string{"Ngoshe Sama: 12 km east of Gwoza"}},
		{doc: "About 25 km north of Kaya, JNIM militants raided Dablo Peulh village on Sunday night.",
			rels: []string{"Dablo Peulh: 25 km north of Kaya"}},
	})
}
