package text

import "testing"

// TestCorpusTransitUnits: aviation reports write the nautical mile "nm"
// (lower case only: "NM" is New Mexico) and the statute mile in full.
func TestCorpusTransitUnits(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The glider landed out in a field at Brockhurst Farm, 6 nm south-west of Banbury, after losing lift.",
			rels: []string{"Brockhurst Farm: 11.1 km southwest of Banbury"}},
		{doc: "The helicopter was found on Ridgeway Hill, 12 nm north of Kalgoorlie, two days after it went missing.",
			rels: []string{"Ridgeway Hill: 22.2 km north of Kalgoorlie"}},
		{doc: "The wreckage lay on Sand Point Ranch, about 30 statute miles west of Elko, Nevada.",
			rels: []string{"Sand Point Ranch: 48.3 km west of Elko"}},
	})
}
