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
		{doc: "Their dinghy started sinking 20 nautical miles north of Sabratha.",
			rels: []string{"Their dinghy started sinking: 37 km north of Sabratha"}},
		{doc: "Le voilier Marie-Galante a démâté à 40 milles nautiques à l'ouest de La Rochelle.",
			rels: []string{"Le voilier Marie-Galante a démâté: 74.1 km west of La Rochelle"}},
		{doc: "Le traversier est resté bloqué dans les glaces à 15 kilomètres au nord de Matane.",
			rels: []string{"Le traversier est resté bloqué: 15 km north of Matane"}},
	})
}

// TestSea20RelativeScene holds a mishap told by a relative clause right
// after the craft it befell, the distance ending the clause: the craft,
// with its article, modifiers and name, is the scene the distance places
// (sceneAfterRelative), whoever is the actor of the main clause.
func TestSea20RelativeScene(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Coast Guard rescued four crew from the fishing vessel Northern Dawn, which sank about 30 miles southwest of Kodiak, Alaska, early Saturday.",
			rels: []string{"the fishing vessel Northern Dawn: 48.3 km southwest of Kodiak"}},
		{doc: "Fishermen found the wreckage of a light plane that went missing 40 kilometres west of Lomé on Monday.",
			rels: []string{"a light plane: 40 km west of Lomé"}},
		{doc: "Les secours ont récupéré les marins du chalutier Sainte-Anne, qui a coulé à 7 milles nautiques au sud de Groix.",
			rels: []string{"chalutier Sainte-Anne: 13 km south of Groix"}},
	})
}

// TestSea20Leads holds a craft's route or port of departure between its
// noun and its mishap ("A boat bound for Lampedusa capsized", « Une
// embarcation partie de Zarzis a fait naufrage »): a lead of events.tsv,
// the name in it the place those aboard came from or went to.
func TestSea20Leads(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A boat bound for Lampedusa capsized 20 kilometres south of Zarzis.",
			rels: []string{"A boat: 20 km south of Zarzis"}},
		{doc: "A plane flying from Cotonou to Accra crashed 40 kilometres west of Lomé.",
			rels: []string{"A plane: 40 km west of Lomé"}},
		{doc: "Une embarcation partie de Zarzis a fait naufrage à 30 km au nord de Djerba.",
			rels: []string{"Une embarcation: 30 km north of Djerba"}},
	})
}

// TestSea20JusquAux holds « jusqu'aux » before a town whose name opens
// with « Les »: a preposition of prepositions.tsv as « jusqu'au » is, so
// the town is read with its article (« remorqué jusqu'aux
// Sables-d'Olonne »).
func TestSea20JusquAux(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le voilier a été remorqué jusqu'aux Sables-d'Olonne.", places: []string{"Sables-d'Olonne"}},
		{doc: "Les rescapés ont été conduits jusqu’aux Saintes-Maries-de-la-Mer.", places: []string{"Saintes-Maries-de-la-Mer"}},
	})
}

// TestSea20SceneAside holds an aside of where a mishap happened between
// its verb and the distance, in a clause of time: "in heavy seas", "in
// the dark" (sceneTailTo).
func TestSea20SceneAside(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Rescuers are searching for 11 fishermen missing after their boat sank in heavy seas 40 kilometres north of Kupang.",
			rels: []string{"their boat sank: 40 km north of Kupang"}},
		{doc: "Four died when a bus crashed in the dark 20 km north of Gao.",
			rels: []string{"a bus crashed: 20 km north of Gao"}},
	})
}

// TestSea20RouteLead holds the route a craft plies between its noun and
// its mishap ("The ferry linking Dover and Calais lost power", « Le
// traversier reliant Matane à Baie-Comeau est resté bloqué »): both ends
// are places of their own, and the craft is the scene (isRouteLead).
func TestSea20RouteLead(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The ferry linking Dover and Calais lost power 6 nautical miles north of Calais.",
			rels: []string{"The ferry: 11.1 km north of Calais"}},
		{doc: "Le traversier reliant Matane à Baie-Comeau est resté bloqué dans les glaces à 15 kilomètres au nord de Matane.",
			rels: []string{"Le traversier: 15 km north of Matane"}},
	})
}

// TestSea20LowerOwner holds a French craft's owner written in lower case
// between its noun and its mishap (« Un hélicoptère de la sécurité civile
// s'est abîmé », « Un avion de la gendarmerie s'est écrasé »), read as
// ownerEnd reads « de la Marine nationale ».
func TestSea20LowerOwner(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un hélicoptère de la sécurité civile s'est abîmé en mer à 3 km au sud de Cassis lors d'un exercice.",
			rels: []string{"Un hélicoptère de la sécurité civile s'est abîmé: 3 km south of Cassis"}},
		{doc: "Un avion de la gendarmerie s'est écrasé à 10 km au nord de Gap.",
			rels: []string{"Un avion de la gendarmerie s'est écrasé: 10 km north of Gap"}},
	})
}

// TestSea20CraftLoad holds a craft, the object of a verb, whose load
// comes between it and the distance ("seized a dhow carrying 1.2 tonnes
// of heroin 60 nautical miles off Lamu", « un bateau transportant 40
// migrants à 20 km de X »): the craft is the place measured
// (craftLeadStart), named without its load.
func TestSea20CraftLoad(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kenyan authorities seized a dhow carrying 1.2 tonnes of heroin 60 nautical miles north of Lamu on Wednesday.",
			rels: []string{"a dhow: 111 km north of Lamu"}},
		{doc: "Pirates boarded the tanker Ocean Star with 12 crew 120 nautical miles east of Eyl.",
			rels: []string{"the tanker Ocean Star: 222 km east of Eyl"}},
		{doc: "La marine a intercepté un bateau transportant 40 migrants à 20 km au nord de Kourou.",
			rels: []string{"un bateau: 20 km north of Kourou"}},
	})
}

// TestSea20OperatorCraft holds an operator's name between the article and
// the craft's noun of a mishap ("The Interislander ferry Kaitaki lost
// power", "A Maersk container ship caught fire"): no place, and the scene
// is the craft's (operatorCraftEnd).
func TestSea20OperatorCraft(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Interislander ferry Kaitaki lost power about 20 kilometres south-west of Wellington.",
			rels: []string{"The Interislander ferry Kaitaki lost power: 20 km southwest of Wellington"}},
		{doc: "A Maersk container ship caught fire 40 nautical miles west of Colombo.",
			rels: []string{"A Maersk container ship caught fire: 74.1 km west of Colombo"}},
	})
}
