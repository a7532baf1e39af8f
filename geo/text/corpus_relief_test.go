package text

import "testing"

// TestCorpusReliefLanding: "landing" (landing site) written after a name
// gives its kind, as "camp" does, and the distance set off after it
// locates the name: "a distribution point at Ogodwal landing, 18 km
// north of Kodok".
func TestCorpusReliefLanding(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A food distribution point has opened at Akurwa landing, 12 km south of Tonga.",
			rels: []string{"Akurwa: 12 km south of Tonga"}},
		{doc: "Boats unloaded at the Wathkec landing site, 9 km north of Nyal.",
			rels: []string{"Wathkec: 9 km north of Nyal"}},
	})
}

// TestCorpusReliefCaritas: "Caritas" before a town names the diocesan
// relief agency (orgwords.tsv), no place, in English and French, so that
// it is made the subject of no relation: "Caritas Goma reports no access
// … on the Kalemie–Nyunzu road".
func TestCorpusReliefCaritas(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Caritas Uvira reports no access beyond Baraka on the Uvira–Fizi road.",
			not:    []string{"Caritas Uvira"},
			places: []string{"Baraka"}},
		{doc: "Caritas Kaga-Bandoro signale que l'axe Kaga-Bandoro–Mbrès est coupé.",
			not: []string{"Caritas Kaga-Bandoro"}},
	})
}
