package text

import "testing"

// TestCorpusSea: shipwrecks, capsizings, air crashes and piracy as news
// wires and coast guards write them. A craft whose mishap a distance
// places names its scene with its verb (the scene rows of
// lexicon/*/events.tsv: "sank", "ran aground", « a chaviré », « s'est
// abîmé »), after its modifiers and after a phrase about it opened by a
// lead row ("carrying", « transportant ») and a maker's name ("An Mi-8
// helicopter crashed"); a craft (the craft rows) the object of a verb is
// where a distance right after it puts it; nautical miles are 1.852 km.
func TestCorpusSea(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A fishing boat carrying about 40 migrants capsized some 30 nautical miles off Lampedusa on Sunday night, the Italian coast guard said.",
			rels: []string{"A fishing boat carrying about 40 migrants capsized: 55.6 km from Lampedusa"}},
		{doc: "The wooden boat sank about 5 nautical miles off Sfax after leaving the Kerkennah islands, Tunisian authorities said.",
			rels: []string{"The wooden boat sank: 9.26 km from Sfax"}},
		{doc: "A passenger boat capsized on Lake Victoria about 10 km from Mwanza, killing at least 19 people.",
			rels: []string{"A passenger boat capsized: 10 km from Mwanza"}},
		{doc: "The ferry caught fire about 10 nautical miles off Kupang, on the island of Timor; all 230 passengers were rescued.",
			rels: []string{"The ferry caught fire: 18.5 km from Kupang"}},
		{doc: "The trawler sank 40 nautical miles north of Vardø in the Barents Sea; two crew members were rescued by helicopter.",
			rels: []string{"The trawler sank: 74.1 km north of Vardø"}},
		{doc: "A boat carrying Haitian migrants capsized about 4 miles off Alice Town, Bimini, the Royal Bahamas Defence Force said.",
			rels: []string{"A boat carrying Haitian migrants capsized: 6.44 km from Alice Town"}},
		{doc: "The overloaded fishing vessel sank about 47 nautical miles south-west of Pylos, Greece, in one of the deadliest shipwrecks in the Mediterranean.",
			rels: []string{"The overloaded fishing vessel sank: 87 km southwest of Pylos"}},
		{doc: "A ferry carrying more than 100 passengers ran aground on a reef 12 nautical miles north-east of Suva, Fiji, the navy said.",
			rels: []string{"A ferry carrying more than 100 passengers ran aground: 22.2 km northeast of Suva"}},
		{doc: "The dive boat caught fire and sank about 35 km north of Marsa Alam on the Red Sea coast of Egypt.",
			rels: []string{"The dive boat caught fire: 35 km north of Marsa Alam"}},
		{doc: "Le chalutier a sombré à 20 milles nautiques au large de Concarneau, dans la nuit de samedi à dimanche ; deux marins sont portés disparus.",
			rels: []string{"Le chalutier a sombré: 37 km from Concarneau"}},
		{doc: "Un hélicoptère s'est abîmé en mer à 30 km au large de Porto-Vecchio, en Corse-du-Sud.",
			rels: []string{"Un hélicoptère s'est abîmé: 30 km from Porto-Vecchio"}},
		{doc: "Une pirogue transportant une centaine de migrants a chaviré à 4 km au large de Joal-Fadiout, au Sénégal.",
			rels: []string{"Une pirogue transportant une centaine de migrants a chaviré: 4 km from Joal-Fadiout"}},
		{doc: "L'avion de tourisme s'est écrasé peu après son décollage, à 3 km au sud de Megève, en Haute-Savoie.",
			rels: []string{"L'avion de tourisme s'est écrasé: 3 km south of Megève"}},
		{doc: "Le caboteur s'est échoué sur un récif à 12 milles nautiques au nord-est de Toamasina, à Madagascar.",
			rels: []string{"Le caboteur s'est échoué: 22.2 km northeast of Toamasina"}},
		{doc: "A rubber dinghy carrying 35 migrants sank about 8 nautical miles off Kalymnos early on Friday, the Hellenic Coast Guard said.",
			rels: []string{"A rubber dinghy carrying 35 migrants sank: 14.8 km from Kalymnos"}},
		{doc: "The cargo ship ran aground on a sandbank 15 nautical miles north-east of Beira, Mozambique, during Cyclone Idai.",
			rels: []string{"The cargo ship ran aground: 27.8 km northeast of Beira"}},
		{doc: "A light aircraft crashed into the sea about 6 km off Darwin shortly after take-off, the Northern Territory police said.",
			rels: []string{"A light aircraft crashed: 6 km from Darwin"}},
		{doc: "The tanker was hijacked by pirates about 90 nautical miles south of Lomé, Togo, the shipping company said.",
			rels: []string{"The tanker was hijacked: 167 km south of Lomé"}},
		{doc: "Le bateau de pêche a fait naufrage à 25 milles nautiques au large de Dakhla ; sept marins ont été secourus.",
			rels: []string{"Le bateau de pêche a fait naufrage: 46.3 km from Dakhla"}},
		{doc: "Un voilier s'est échoué sur un récif à 6 km au nord de Mamoudzou, à Mayotte.",
			rels: []string{"Un voilier s'est échoué: 6 km north of Mamoudzou"}},
		{doc: "Un avion de ligne a dû se poser en urgence à 20 km au sud de Gaspé après une avarie moteur.",
			rels: []string{"Un avion de ligne a dû se poser: 20 km south of Gaspé"}},
		{doc: "Une embarcation transportant une soixantaine de migrants a chaviré à 12 km au large de Ziguinchor, selon la marine sénégalaise.",
			rels: []string{"Une embarcation transportant une soixantaine de migrants a chaviré: 12 km from Ziguinchor"}},
		// A maker's, a model's or an operator's name among a craft's words.
		{doc: "An Mi-8 helicopter crashed 25 km west of Norilsk shortly after take-off, the emergency ministry said.",
			rels: []string{"An Mi-8 helicopter crashed: 25 km west of Norilsk"}},
		{doc: "A Sikorsky S-92 helicopter carrying oil workers crashed into the North Sea about 40 km west of Stavanger.",
			rels: []string{"A Sikorsky S-92 helicopter carrying oil workers crashed: 40 km west of Stavanger"}},
		{doc: "The Ural Airlines Airbus A321 made an emergency landing in a cornfield about 5 km from Zhukovskiy after a bird strike.",
			rels: []string{"The Ural Airlines Airbus A321 made an emergency landing: 5 km from Zhukovskiy"}},
		// A noun that is also an adjective heads a French subject.
		{doc: "Un pétrolier a été attaqué par des pirates à 60 milles nautiques au large de Cotonou, au Bénin.",
			rels: []string{"Un pétrolier a été attaqué: 111 km from Cotonou"}},
		// A craft, the object of a verb, is where the distance after it
		// puts it, and on no coast.
		{doc: "The Coast Guard rescued three fishermen from a life raft 60 nautical miles south of Kodiak, Alaska, on Tuesday.",
			rels: []string{"a life raft: 111 km south of Kodiak"}},
		{doc: "Pirates boarded the bulk carrier about 120 nautical miles east of Eyl, on the coast of Somalia, the maritime security agency said.",
			rels: []string{"the bulk carrier: 222 km east of Eyl"}, absent: []string{"the bulk carrier: near border(Somalia)"}},
	})
}

// TestSeaScene: the scene of a mishap only on water (a scene row of
// events.tsv marked sea) lies at sea, whatever the distance's words, and
// an air crash or an "off" distance is read as before.
func TestSeaScene(t *testing.T) {
	for _, tt := range []struct {
		doc      string
		offshore bool
	}{
		{"The ferry sank 20 nautical miles south of Nouméa, in New Caledonia.", true},
		{"Le chalutier a chaviré à 12 km au nord de Lorient.", true},
		{"The helicopter crashed 20 km south of Nouméa.", false},
		{"The helicopter crashed 20 km off Nouméa.", true},
	} {
		d := Read(tt.doc)
		if len(d.Relations) == 0 || d.Relations[0].Kind != KindDistance || d.Relations[0].Offshore != tt.offshore {
			t.Errorf("Read(%q) = %+v, want a distance, offshore %v", tt.doc, d.Relations, tt.offshore)
		}
	}
}

// TestCorpusSeaNamedCraft: a ship or an aircraft named after its noun
// ("the trawler Ocean Star", « le chalutier Ville de Saint-Malo ») or its
// prefix ("MV", "HMS") names no place, whatever towns and countries its
// name holds, and its mishap is still the scene a distance places, named
// with the craft's name; a nationality before the noun ("The
// Panama-flagged bulk carrier") and an owner after it (« de la Marine
// nationale ») are among its words, and so is a model's name after "a"
// ("A Dash 8 crashed").
func TestCorpusSeaNamedCraft(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The fishing trawler Northern Dawn sank about 25 nautical miles off Lerwick on Sunday, the coastguard said.",
			rels: []string{"The fishing trawler Northern Dawn sank: 46.3 km from Lerwick"}},
		{doc: "The cruise ship Queen of Bermuda ran aground 3 nautical miles north of Hamilton.",
			rels: []string{"The cruise ship Queen of Bermuda ran aground: 5.56 km north of Hamilton"}, not: []string{"Bermuda"}},
		{doc: "The Panama-flagged bulk carrier Star of Kerala was hijacked 200 nautical miles east of Mogadishu.",
			rels: []string{"The Panama-flagged bulk carrier Star of Kerala was hijacked: 370 km east of Mogadishu"}, not: []string{"Kerala", "Panama-flagged"}},
		{doc: "The HMS Pride of Canada caught fire 12 nautical miles off Portsmouth.",
			rels: []string{"The HMS Pride of Canada caught fire: 22.2 km from Portsmouth"}, not: []string{"Canada", "HMS"}},
		{doc: "Somali pirates boarded the tanker Spirit of Lagos 90 nautical miles south of Eyl.",
			rels: []string{"the tanker Spirit of Lagos: 167 km south of Eyl"}, not: []string{"Lagos"}},
		{doc: "The research vessel Pride of Tasmania was moored at Hobart for the winter.",
			places: []string{"Hobart"}, not: []string{"Tasmania"}},
		{doc: "Le paquebot Ville d'Alger a fait naufrage à 30 milles nautiques au nord de Bizerte.",
			rels: []string{"Le paquebot Ville d'Alger a fait naufrage: 55.6 km north of Bizerte"}, not: []string{"Alger"}},
		{doc: "Le thonier Cap de Bonne-Espérance a été arraisonné à 40 milles nautiques au large de Victoria, aux Seychelles.",
			rels: []string{"Le thonier Cap de Bonne-Espérance a été arraisonné: 74.1 km from Victoria"}},
		{doc: "Le navire de pêche Reine de Paris a coulé à 15 km au large de Dieppe.",
			rels: []string{"Le navire de pêche Reine de Paris a coulé: 15 km from Dieppe"}, not: []string{"Paris"}},
		{doc: "Un hélicoptère de la Sécurité civile s'est écrasé à 6 km au sud de Gap.",
			rels: []string{"Un hélicoptère de la Sécurité civile s'est écrasé: 6 km south of Gap"}},
		{doc: "A Dash 8 crashed 4 km short of the runway at Goroka airport, killing both pilots.",
			rels: []string{"A Dash 8 crashed: 4 km from Goroka"}},
		{doc: "The light aircraft crashed 6 km short of the runway at Wilson airport in Nairobi.",
			rels: []string{"The light aircraft crashed: 6 km from Wilson"}},
		{doc: "The police helicopter came down in a paddock 8 km east of Dubbo.",
			rels: []string{"The police helicopter came down: 8 km east of Dubbo"}},
		{doc: "The catamaran was dismasted 120 nautical miles off Durban and drifted for three days.",
			rels: []string{"The catamaran was dismasted: 222 km from Durban"}},
		{doc: "Le cargo a heurté un récif à 4 milles nautiques au large d'Ouvéa.",
			rels: []string{"Le cargo a heurté: 7.41 km from Ouvéa"}},
		{doc: "La plateforme Girassol, à 210 km au large de Luanda, a été arrêtée pour maintenance.",
			rels: []string{"Girassol: 210 km from Luanda"}},
	})
}
