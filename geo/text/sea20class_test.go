package text

import "testing"

// TestSea20PossessiveScene holds a mishap told by a clause of time that a
// conjunction opens, its craft after a possessive determiner ("after
// their boat sank", « lorsque leur pirogue a chaviré »): the scene is the
// place the distance measures, as with "a boat" or "the boat"
// (namelessFromPoss).
func TestSea20PossessiveScene(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Rescuers are searching for 11 fishermen missing after their boat sank 40 kilometres north of Kupang.",
			rels: []string{"their boat sank: 40 km north of Kupang"}},
		{doc: "At least 45 migrants drowned when their boat capsized 10 kilometres north of Obock, Djibouti, on Tuesday.",
			rels: []string{"their boat capsized: 10 km north of Obock"}},
		{doc: "Trente migrants sont morts lorsque leur pirogue a chaviré à 3 km au nord de Kourou.",
			rels: []string{"leur pirogue a chaviré: 3 km north of Kourou"}},
	})
}

// TestSea20SceneVerbs holds the mishaps of a craft that events.tsv
// lists as scene verbs: a breakdown ("lost power", "was disabled", « a
// subi une avarie »), a ferry stuck in ice.
func TestSea20SceneVerbs(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The yacht was disabled 40 nautical miles east of Ushuaia on Sunday.",
			rels: []string{"The yacht was disabled: 74.1 km east of Ushuaia"}},
		{doc: "The ferry lost power 6 nautical miles north of Calais.",
			rels: []string{"The ferry lost power: 11.1 km north of Calais"}},
		{doc: "Un cargo a subi une avarie à 20 milles nautiques au nord de Jacmel.",
			rels: []string{"Un cargo a subi une avarie: 37 km north of Jacmel"}},
		{doc: "Le traversier est resté bloqué dans les glaces à 15 kilomètres au nord de Matane.",
			rels: []string{"Le traversier est resté bloqué: 15 km north of Matane"}},
	})
}
