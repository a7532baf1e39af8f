package text

import "testing"

// TestTransport22MishapVerbs: the verbs of a road or rail accident are
// scene rows of lexicon/*/events.tsv, so the vehicle's mishap is the
// place a distance right after it measures ("derailed", "plunged into a
// ravine", "rolled over", « a déraillé », « s'est renversé », « a chuté
// dans un ravin », « est tombé dans une rivière », « a percuté »).
func TestTransport22MishapVerbs(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The train derailed about 20 km north of Hubli, Karnataka, early on Tuesday.",
			rels: []string{"The train derailed: 20 km north of Hubli"}},
		{doc: "A long-distance bus plunged into a ravine 60 km north-east of Arequipa early on Sunday.",
			rels: []string{"A long-distance bus plunged: 60 km northeast of Arequipa"}},
		{doc: "A tourist coach rolled over on a mountain road 35 km west of Cusco.",
			rels: []string{"A tourist coach rolled over: 35 km west of Cusco"}},
		{doc: "The freight train left the rails 8 km east of Kamloops on Monday.",
			rels: []string{"The freight train left the rails: 8 km east of Kamloops"}},
		{doc: "Un train de marchandises a déraillé à 12 km au nord de Bouaké, mercredi.",
			rels: []string{"Un train de marchandises a déraillé: 12 km north of Bouaké"}},
		{doc: "Un bus des TEC s'est renversé sur la N4 à 6 km au sud de Namur, lundi matin.",
			rels: []string{"Un bus des TEC s'est renversé: 6 km south of Namur"}},
		{doc: "Un autocar transportant une quarantaine de passagers a chuté dans un ravin à 20 km au sud d'Azilal, mardi.",
			rels: []string{"Un autocar transportant une quarantaine de passagers a chuté: 20 km south of Azilal"}},
		{doc: "Un taxi-brousse est tombé dans une rivière à 25 km au nord d'Antsirabe, sur la RN7.",
			rels: []string{"Un taxi-brousse est tombé dans une rivière: 25 km north of Antsirabe"}},
		{doc: "Un minibus a percuté un arbre à 15 km à l'est de Thiès.",
			rels: []string{"Un minibus a percuté: 15 km east of Thiès"}},
	})
}

// TestTransport22Operator: an operator's or owner's name after a craft's
// model, "of" or "operated by" and an organisation (operatorEnd), is part
// of the craft's words: the mishap after it is still the place measured.
func TestTransport22Operator(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A Let L-410 operated by Busy Bee Congo crashed about 12 km south-west of Goma shortly after take-off.",
			rels: []string{"A Let L-410 operated by Busy Bee Congo crashed: 12 km southwest of Goma"}, not: []string{"Busy Bee Congo"}},
		{doc: "An Antonov An-24 of Angara Airlines crashed in the taiga about 15 km south of Tynda on Thursday.",
			rels: []string{"An Antonov An-24 of Angara Airlines crashed: 15 km south of Tynda"}, not: []string{"Angara Airlines"}},
		{doc: "A Cessna Caravan owned by Safarilink made a forced landing 18 km north-east of Nanyuki.",
			rels: []string{"A Cessna Caravan owned by Safarilink made a forced landing: 18 km northeast of Nanyuki"}},
	})
}

// TestTransport22OperatorVehicle: an operator's name before a vehicle's
// noun ("A Greyhound bus", "A ScotRail passenger train"; "train" is a
// vehicle row) is no place, and the vehicle's mishap is the place.
func TestTransport22OperatorVehicle(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A Greyhound bus rolled over on the Trans-Canada Highway about 30 km east of Kamloops on Friday night.",
			rels: []string{"A Greyhound bus rolled over: 30 km east of Kamloops"}, not: []string{"Greyhound"}},
		{doc: "A ScotRail passenger train struck a landslip and derailed about 4 km south-west of Stonehaven.",
			rels: []string{"A ScotRail passenger train struck: 4 km southwest of Stonehaven"}, not: []string{"ScotRail"}},
	})
}

// TestTransport22FrenchCrossing: « un passage à niveau » is a crossing
// (fr/descriptors.tsv), a nameless place a distance measures, as "a level
// crossing" is in English.
func TestTransport22FrenchCrossing(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un car scolaire a été percuté par un TER à un passage à niveau situé à 3 km au sud de Millas, jeudi.",
			rels: []string{"un passage à niveau: 3 km south of Millas"}},
		{doc: "Un train de voyageurs a percuté un camion à un passage à niveau à 12 km au sud de Sousse, mercredi.",
			rels: []string{"un passage à niveau: 12 km south of Sousse"}},
	})
}

// TestTransport22FrenchCraftModel: « avion-cargo » is a craft row, so the
// model's name after it (« Antonov An-26 ») is the craft's and no place,
// and its mishap is measured.
func TestTransport22FrenchCraftModel(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un avion-cargo Antonov An-26 s'est abîmé en mer à environ 1 km au large d'Abidjan.",
			rels: []string{"Un avion-cargo Antonov An-26 s'est abîmé: 1 km from Abidjan"}, not: []string{"Antonov An-26"}},
	})
}

// TestTransport22RouteAux: the end of a route after « reliant A » may
// follow « aux » (« reliant Port-au-Prince aux Cayes »): both ends are
// where the vehicle plied, not its mishap's words (leadOrigin).
func TestTransport22RouteAux(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un autobus reliant Port-au-Prince aux Cayes s'est renversé à 10 km à l'ouest de Miragoâne, dimanche soir.",
			rels: []string{"Un autobus: 10 km west of Miragoâne"}},
	})
}

// TestTransport22VillageScene: a vehicle's mishap said to be near a
// village named with its kind and measured by a distance hands the
// distance to the village (distanceToVillage); an event noun's scene
// ("The attack") keeps both.
func TestTransport22VillageScene(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The bus overturned on the N3, 25 km north of Kaya, near the village of Tangsega.",
			rels: []string{"Tangsega: 25 km north of Kaya"}, absent: []string{"The bus overturned: 25 km north of Kaya"}},
		{doc: "Le car s'est renversé entre Kaya et Dori, près du village de Bani, à 40 km au nord de Kaya.",
			rels: []string{"Bani: 40 km north of Kaya"}},
	})
}

// TestTransport22Flight: a flight named by its number opening a sentence
// ("Ethiopian Airlines Flight 302", "Flight 691") is the subject of its
// mishap, and an apposition naming the aircraft's model (", a Boeing 737
// MAX 8,") may stand between it, or a craft's noun, and the verb: the
// scene is the place measured, and the airline and the model are no
// places (flightScene, modelApposition).
func TestTransport22Flight(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Ethiopian Airlines Flight 302, a Boeing 737 MAX 8, crashed in a field about 62 km south-east of Addis Ababa, near the town of Bishoftu.",
			rels:   []string{"Ethiopian Airlines Flight 302: 62 km southeast of Addis Ababa", "Ethiopian Airlines Flight 302: near Bishoftu"},
			absent: []string{"Addis Ababa: near Bishoftu"}, not: []string{"Boeing"}},
		{doc: "Flight 691 crashed about 2 km west of Pokhara, minutes before landing.",
			rels: []string{"Flight 691 crashed: 2 km west of Pokhara"}},
		{doc: "The plane, a Boeing 737 MAX 8, crashed in a field about 62 km south-east of Addis Ababa.",
			rels: []string{"The plane: 62 km southeast of Addis Ababa"}, not: []string{"Boeing"}},
	})
}

// TestTransport22FlightPair: « le vol » names a flight by the towns it
// joins, even with a plain hyphen (fr/roadnouns.tsv, pair), as « la
// liaison » and « la ligne » do: both towns are places.
func TestTransport22FlightPair(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "L'Airbus d'Air Inter assurant le vol Lyon-Strasbourg s'est écrasé à une trentaine de kilomètres au sud-ouest de Strasbourg.",
			places: []string{"Lyon", "Strasbourg"}},
		{doc: "Le vol Lyon-Nice a été annulé à cause du brouillard.",
			places: []string{"Lyon", "Nice"}},
	})
}

// TestTransport22VehicleWords: the words of a vehicle or boat between its
// noun and its mishap's verb: a French adjective of fr/adjectives.tsv («
// un autobus scolaire », « un car postal », « une embarcation motorisée
// »), a company named after a noun of orgnouns.tsv, no place (« un car de
// la compagnie STAF »; ownerEnd), and "fell into a ravine" is a scene row.
func TestTransport22VehicleWords(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un autobus scolaire a quitté la route à 12 km au sud de Rimouski, vendredi matin.",
			rels: []string{"Un autobus scolaire a quitté la route: 12 km south of Rimouski"}},
		{doc: "Un car postal est sorti de la route à 5 km au sud de Martigny, jeudi.",
			rels: []string{"Un car postal est sorti de la route: 5 km south of Martigny"}},
		{doc: "Une embarcation motorisée a chaviré sur le lac Kivu à environ 10 km au sud-ouest de Goma.",
			rels: []string{"Une embarcation motorisée a chaviré: 10 km southwest of Goma"}},
		{doc: "Un car de la compagnie STAF s'est renversé à 30 km au sud de Koudougou, dimanche soir.",
			rels: []string{"Un car de la compagnie STAF s'est renversé: 30 km south of Koudougou"}, not: []string{"STAF"}},
		{doc: "A bus carrying 45 passengers fell into a ravine 50 km south of Potosí on Sunday.",
			rels: []string{"A bus carrying 45 passengers fell into a ravine: 50 km south of Potosí"}},
	})
}
