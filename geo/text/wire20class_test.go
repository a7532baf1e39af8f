package text

import "testing"

// TestWire20SeaBeforeCoast holds the name of an ocean or a sea before a
// coast word after a country's possessive ("Mexico's southern Pacific
// coast"): the ocean, no town the country holds (Pacific, Missouri).
func TestWire20SeaBeforeCoast(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Hurricane Erick made landfall Thursday on Mexico's southern Pacific coast, toppling trees.",
			not:    []string{"Pacific"},
			absent: []string{"Pacific: in Mexico"}},
		{doc: "Heavy rain hit Morocco's Atlantic coastline on Sunday.",
			not:    []string{"Atlantic"},
			absent: []string{"Atlantic: in Morocco"}},
	})
}

// TestWire20Resort holds "the resort of X": a kind of place
// (descriptors.tsv), so that X is a place measured from.
func TestWire20Resort(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The storm came ashore near the fishing village of Chacahua, about 55 kilometers west of the resort of Puerto Escondido.",
			rels: []string{"Chacahua: 55 km west of Puerto Escondido"}},
		{doc: "An avalanche buried a chalet 3 km north of the ski resort of Verbier.",
			rels: []string{"a chalet: 3 km north of Verbier"}},
	})
}
