package text

import "testing"

// TestReferOrdinalApposition: an ordinal subject set off by commas with
// the name it gives ("The first, at X, …", « Le premier, X, … »), opening
// the sentence or the clause after a semicolon, is that name: the distance
// places it, and a later "the first", « du premier » or "it" measures from
// it.
func TestReferOrdinalApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Two schools were rebuilt after the floods near Kitgum. The first, at Lagoro Pii, is about 18 km west of the town; the second, at Orom Kal, lies 7 km north of the first.",
			rels: []string{"Lagoro Pii: 18 km west of Kitgum", "Orom Kal: 7 km north of Lagoro Pii"}},
		{doc: "The agency repaired two dams in Balochistan. The first, Kach Tangi, sits some 30 km east of Quetta; the second, at Sor Karez, lies 12 km south of it.",
			rels: []string{"Kach Tangi: 30 km east of Quetta", "Sor Karez: 12 km south of Kach Tangi"}},
		{doc: "Deux forages ont été réalisés près de Tahoua. Le premier, Tinkim-Est, se trouve à 25 km au nord de la ville ; le second, Bagaré-Kouara, à 9 km à l'ouest du premier.",
			rels: []string{"Tinkim-Est: 25 km north of Tahoua", "Bagaré-Kouara: 9 km west of Tinkim-Est"}},
		{doc: "La mission a visité deux camps. Le premier, à Sarakawa-Nord, est situé à 14 km à l'est de Kara ; le second, à Pya-Bas, à 6 km au sud du premier.",
			rels: []string{"Sarakawa-Nord: 14 km east of Kara", "Pya-Bas: 6 km south of Sarakawa-Nord"}},
	})
}
