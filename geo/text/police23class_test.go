package text

import "testing"

// TestPolice23Spots: the spots of police reports, where a body is found or
// a fight breaks out, are nameless places before a distance: "a sugarcane
// field", "a bar", "a farm shop", "a nightclub" (kindsafter.tsv), « une station-service »,
// « une discothèque » (fr/descriptors.tsv).
func TestPolice23Spots(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The body of a farmer was found in a sugarcane field about 8 km south of Bais on Friday.",
			rels: []string{"a sugarcane field: 8 km south of Bais"}},
		{doc: "Two tourists were stabbed outside a bar about 2 km north of Kuta on Saturday night.",
			rels: []string{"a bar: 2 km north of Kuta"}},
		{doc: "Two men robbed a farm shop about 10 km west of Swellendam on Tuesday.",
			rels: []string{"a farm shop: 10 km west of Swellendam"}},
		{doc: "A brawl broke out at a nightclub 5 km west of Ayia Napa.",
			rels: []string{"a nightclub: 5 km west of Ayia Napa"}},
		{doc: "Un braquage a eu lieu dans une station-service à 3 km au nord de Dinant.",
			rels: []string{"une station-service: 3 km north of Dinant"}},
		{doc: "Une bagarre a éclaté devant une discothèque à 4 km au sud d'Arles.",
			rels: []string{"une discothèque: 4 km south of Arles"}},
	})
}
