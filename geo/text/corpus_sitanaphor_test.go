package text

import "testing"

// TestCorpusSitrepAnaphor: with no topic, "the settlement" or "the
// village" that opens the sentence after one that names one place (the
// divisions that hold it aside) is that place (onlyPlaceBefore).
func TestCorpusSitrepAnaphor(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Gunmen raided Kwapre Kasa (Hong LGA, Adamawa State) on Sunday. The village lies some 15 km east of Hong.",
			rels: []string{"Kwapre Kasa: 15 km east of Hong"}},
		{doc: "Militants burned Dar Jamal (Nganzai LGA, Borno State) at dawn. The settlement is about 20 km north of Gajiram.",
			rels: []string{"Dar Jamal: 20 km north of Gajiram"}},
	})
}
