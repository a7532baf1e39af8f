package text

import "testing"

// TestCorpusFrenchAdjectiveDivisionContainer: in the French gazetteer
// formula "X est un village du département et la commune rurale de Y,
// situé dans la province de Z", Y follows a division noun with its
// adjective, so Y is X's container and the participle, and the pronoun of
// the next sentence, stay X's.
func TestCorpusFrenchAdjectiveDivisionContainer(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kounkoubguin est un village du département et la commune urbaine de Kaya, situé dans la province du Sanmatenga. Il est situé à 18 km au nord de Kaya.",
			rels: []string{"Kounkoubguin: 18 km north of Kaya", "Kounkoubguin: in Sanmatenga"}},
		{doc: "Tanghin est un village du département et la commune rurale de Pabré, situé dans la province du Kadiogo. Il se trouve à 12 km au nord de Pabré.",
			rels: []string{"Tanghin: 12 km north of Pabré"}},
		{doc: "Kounkoubguin est un village du département de Kaya, situé à 18 km au nord de Kaya.",
			rels: []string{"Kounkoubguin: 18 km north of Kaya"}}, // guard
	})
}

// TestCorpusAncientPeoples: the peoples of ancient empires ("Inca",
// "Aztec") qualify a noun and name no place ("used in Inca rituals"),
// though towns bear their names.
func TestCorpusAncientPeoples(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Chacan is an archaeological site 6 km north of Cusco. The site was used in Inca rituals.", not: []string{"Inca"}},
		{doc: "Tlalpan is a village 20 km south of Puebla known for Aztec pottery.", not: []string{"Aztec"}},
		{doc: "The ferry docked at Alcúdia, 25 km north-east of Inca.", rels: []string{"Alcúdia: 25 km northeast of Inca"}}, // guard
	})
}

// TestCorpusCoordinatedModifiers: "and" between two lower-case modifiers
// of an indefinite kind ("a copper and gold mine") ends no phrase, so the
// distance after the kind places the subject of the copula.
func TestCorpusCoordinatedModifiers(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Ulaan Tolgoi mine is a copper and molybdenum prospect 22 km north-west of Erdenet, in Orkhon Province.",
			rels: []string{"Ulaan Tolgoi: 22 km northwest of Erdenet"}},
		{doc: "The Kasiya dam is a water and irrigation dam 12 km south of Lilongwe.",
			rels: []string{"Kasiya: 12 km south of Lilongwe"}},
		{doc: "The Ulaan Tolgoi mine is a copper prospect 22 km north-west of Erdenet.",
			rels: []string{"Ulaan Tolgoi: 22 km northwest of Erdenet"}}, // guard
	})
}
