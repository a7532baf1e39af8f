package text

import "testing"

// TestCorpusHist23PeopleCapital: in colonial-era accounts a people or a
// kingdom named like a region (peoples.txt: "the Ashanti", "the Zulu") is
// no place, and "X, the Ashanti capital" says what X is, as "X, the
// Malian capital" does with a nation's adjective.
func TestCorpusHist23PeopleCapital(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Ashanti fell back before the column, and on 6 February Kumasi, the Ashanti capital, was burnt.",
			places: []string{"Kumasi"}, not: []string{"Ashanti"}},
		{doc: "Chelmsford's column burnt Ulundi, the Zulu capital, on 4 July 1879.",
			places: []string{"Ulundi"}},
		{doc: "The Matabele watched the column, and Bulawayo, the Matabele capital, was abandoned.",
			places: []string{"Bulawayo"}, not: []string{"Matabele"}},
	})
}
