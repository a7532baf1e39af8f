package text

import "testing"

// TestCorpusFrwire22DatelineMonths: a French wire dateline may give its
// month in the agency's short form (« avr », « juil », « janv »); the
// capital before it is still the dateline's place.
func TestCorpusFrwire22DatelineMonths(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "DAKAR, 12 avr (APS) – Le ministre a inauguré lundi un forage à Kaolack.",
			places: []string{"DAKAR", "Kaolack"}},
		{doc: "MONTRÉAL, 22 juil (PC) – Un hydravion s'est écrasé samedi près de Roberval.",
			places: []string{"MONTRÉAL", "Roberval"}},
		{doc: "PORT-AU-PRINCE, 8 juil. (AFP) – Des pluies ont frappé Jacmel.",
			places: []string{"PORT-AU-PRINCE", "Jacmel"}},
		{doc: "ABIDJAN, 3 janv (AIP) – Le préfet a visité Bondoukou.",
			places: []string{"ABIDJAN", "Bondoukou"}},
		{doc: "NIAMEY, 14 déc (ANP) – Des pluies ont frappé Tillabéri.",
			places: []string{"NIAMEY", "Tillabéri"}},
	})
}

// TestCorpusFrwire22EventAdjective: a French event noun may take one
// adjective before its verb (« Une secousse tellurique a été enregistrée
// à 12 km », « Un incendie violent s'est déclaré »), and « a été
// ressentie » is the feminine of an event verb; the event's site is the
// place measured.
func TestCorpusFrwire22EventAdjective(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Une secousse tellurique de magnitude 4,8 a été enregistrée vendredi à 12 km au sud-est de Médéa.",
			rels: []string{"Une secousse: 12 km southeast of Médéa"}},
		{doc: "Une secousse tellurique a été enregistrée vendredi à 12 km au sud-est de Médéa.",
			rels: []string{"Une secousse: 12 km southeast of Médéa"}},
		{doc: "Une secousse a été ressentie vendredi à 12 km au sud-est de Médéa.",
			rels: []string{"Une secousse: 12 km southeast of Médéa"}},
		{doc: "Un incendie violent s'est déclaré lundi à 8 km au nord de Digne.",
			rels: []string{"Un incendie: 8 km north of Digne"}},
	})
}

// TestCorpusFrwire22VehicleRoute: a French vehicle whose origin or
// destination is named after it (« en provenance de Douala », « à
// destination de Marrakech », « en partance d'Abidjan ») is still the
// subject of its mishap, whose scene the distance places; the town named
// is mapped, but is no anchor of the scene. « de transport en commun »
// is one complement of the vehicle.
func TestCorpusFrwire22VehicleRoute(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un car en provenance de Douala s'est renversé dimanche à 40 km au sud de Mbalmayo.",
			rels: []string{"Un car: 40 km south of Mbalmayo"}, places: []string{"Douala"}},
		{doc: "Un autocar à destination de Marrakech s'est renversé samedi à 30 km à l'est d'Errachidia.",
			rels: []string{"Un autocar: 30 km east of Errachidia"}, places: []string{"Marrakech"}},
		{doc: "Un camion en provenance du Mali s'est renversé à 12 km au nord de Kayes.",
			rels: []string{"Un camion: 12 km north of Kayes"}},
		{doc: "Un minibus en partance d'Abidjan a fait une sortie de route à 20 km à l'ouest de Yamoussoukro.",
			rels: []string{"Un minibus: 20 km west of Yamoussoukro"}},
		{doc: "Un car de transport en commun s'est renversé dimanche à 40 km au sud de Mbalmayo.",
			rels: []string{"Un car de transport en commun s'est renversé: 40 km south of Mbalmayo"}},
	})
}

// TestCorpusFrwire22RoadTo: a place put on the road to a town (« sur la
// route de Jacmel », « sur la route d'Ebolowa », "on the road to Gao")
// before a comma and a distance is the place the distance measures; the
// town the road leads to is stepped over, and stays a place.
func TestCorpusFrwire22RoadTo(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Des pluies ont emporté un pont sur la route de Jacmel, à 15 km au sud de Léogâne.",
			rels: []string{"un pont: 15 km south of Léogâne"}, places: []string{"Jacmel"},
			absent: []string{"Jacmel: 15 km south of Léogâne"}},
		{doc: "Des hommes armés ont attaqué un poste sur la route d'Ebolowa, à 40 km au sud de Mbalmayo.",
			rels: []string{"un poste: 40 km south of Mbalmayo"}, places: []string{"Ebolowa"}},
		{doc: "Rains washed away a bridge on the road to Jacmel, 15 km south of Leogane.",
			rels: []string{"a bridge: 15 km south of Leogane"}, places: []string{"Jacmel"},
			absent: []string{"Jacmel: 15 km south of Leogane"}},
		{doc: "Kalo, on the road to Gao, 20 km north of Bourem, was attacked.",
			rels: []string{"Kalo: 20 km north of Bourem"}, absent: []string{"Gao: 20 km north of Bourem"}},
		{doc: "Kalo, sur la route de Gao, à 20 km au nord de Bourem, a été attaqué.",
			rels: []string{"Kalo: 20 km north of Bourem"}, absent: []string{"Gao: 20 km north of Bourem"}},
	})
}

// TestCorpusFrwire22InverseConcession: a town said to lie at a distance
// from a nameless mining or land concession (« Moramanga se trouve à 22
// km au sud de la concession ») places the concession from the town;
// « concession » is a nameless kind (fr/descriptors.tsv), and a Québec lot
// named after it (« la concession Sainte-Anne ») keeps its name.
func TestCorpusFrwire22InverseConcession(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Des villageois ont bloqué l'accès à la concession de la société Tsaralaza. Moramanga se trouve à 22 km au sud de la concession.",
			rels: []string{"Moramanga: 22 km south of concession"}},
		{doc: "Moramanga se trouve à 22 km au sud de la concession.",
			rels: []string{"Moramanga: 22 km south of concession"}},
		{doc: "La concession Sainte-Anne se trouvait à trois lieues au sud de Rivière-du-Loup.",
			rels: []string{"Sainte-Anne: 13.5 km south of Rivière-du-Loup"}},
	})
}

// TestCorpusFrwire22WordAbbrevEndsSentence: a French word that is also an
// abbreviation of sentence.go's list (« son lit », « au bar ») ends its
// sentence before a French opener, so the next sentence's nameless subject
// is not the last one's river.
func TestCorpusFrwire22WordAbbrevEndsSentence(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "À Vienne, la Gère est sortie de son lit. Un camping situé à 6 km au sud de Givors a été évacué.",
			rels: []string{"Un camping: 6 km south of Givors"}, absent: []string{"Gère: 6 km south of Givors"}},
		{doc: "Le Rhône est sorti de son lit. Un camping à 6 km au sud de Givors a été évacué.",
			rels: []string{"Un camping: 6 km south of Givors"}},
		// "lit." glossing a name in English still holds.
		{doc: "Dar es Salaam (lit. The Abode of Peace) lies 40 km south of Bagamoyo.",
			rels: []string{"Dar es Salaam: 40 km south of Bagamoyo"}},
	})
}

// TestCorpusFrwire22Moorings: where boats tie up ("dock", "pier",
// "jetty", "wharf", « jetée », « embarcadère ») is a nameless kind that a
// distance places, as a wire story of a seizure writes it.
func TestCorpusFrwire22Moorings(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Colombian troops seized 4 tonnes of cocaine at a clandestine dock 25 km south of Cartagena, Colombia, the navy said.",
			rels: []string{"a clandestine dock: 25 km south of Cartagena"}},
		{doc: "A fishing boat sank near a wooden pier 3 km north of Mombasa.",
			rels: []string{"a wooden pier: 3 km north of Mombasa"}},
		{doc: "Les douaniers ont saisi 2 tonnes de cocaïne sur une jetée à 25 km au sud de Carthagène.",
			rels: []string{"une jetée: 25 km south of Carthagène"}},
		{doc: "Une pirogue a chaviré près d'un embarcadère à 4 km au nord de Mopti.",
			rels: []string{"un embarcadère: 4 km north of Mopti"}},
	})
}

// TestCorpusFrwire22BoundForPossessive: a craft bound for a place a
// country's possessive qualifies ("bound for Spain's Canary Islands") is
// still the subject of its mishap; both names tell where it was going.
func TestCorpusFrwire22BoundForPossessive(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A boat bound for Spain's Canary Islands capsized about 20 km north of Saint-Louis.",
			rels: []string{"A boat: 20 km north of Saint-Louis"}, places: []string{"Canary Islands"}},
		{doc: "A pirogue carrying 150 migrants bound for Spain's Canary Islands capsized off the Senegalese coast about 20 km north of Saint-Louis, the navy said on Sunday.",
			absent: []string{"Canary Islands: 20 km north of Saint-Louis", "Spain: 20 km north of Saint-Louis"}},
	})
}

// TestCorpusFrwire22SceneOnWater: a mishap « sur le lac X » or « sur le
// fleuve X » right after its verb, then a comma and a distance: the
// distance places the scene, not the lake or the river.
func TestCorpusFrwire22SceneOnWater(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Une embarcation à destination de Goma a chaviré jeudi sur le lac Kivu, à 12 km au nord de Bukavu.",
			rels: []string{"Une embarcation: 12 km north of Bukavu"}, absent: []string{"Kivu: 12 km north of Bukavu"}},
		{doc: "Une embarcation a chaviré dimanche soir sur le fleuve Congo, à 12 km au nord de Mbandaka.",
			absent: []string{"Congo: 12 km north of Mbandaka"}},
		// A river set between commas after a name still leaves the distance the name's.
		{doc: "Le fort de Médine, sur le fleuve Sénégal, à 15 km de Kayes, a été restauré.",
			rels: []string{"Médine: 15 km from Kayes"}},
	})
}
