package locate

import "testing"

// TestFrenchNewsTextsBlind reads French texts written blind, before
// locus read them: dispatches, situation reports quoting OCHA or the
// HCR, local press and encyclopedia stubs across the francophone world.
// Each round is recorded as written; the classes it was built to probe
// are a second clause after a semicolon with its own subject, a people
// or group of a town ("les Nigériens de Diffa", "les déplacés de
// Djibo"), an event told mid-sentence after its source, an inverted
// relation ("Bouar se trouve à 40 km au sud de X"), a border with a
// direction beside a town, hedged distances ("une vingtaine de
// kilomètres", "à peine à 5 km"), lists, agencies, armed groups and
// namesakes. The located places are invented; the anchors are real.
func TestFrenchNewsTextsBlind(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// Semicolon: a second clause with its own subject.
		{doc: "Des boutiques ont été pillées à Kongoussi et à Kaya ; le camp de Tangsèga-Peulh se trouve à 20 km au sud-est de Kaya.",
			place: "Tangsèga-Peulh", anchor: "Kaya", country: "BF", km: 20, mapped: []string{"Kongoussi"}},
		{doc: "Les FAMa ont sécurisé Ménaka ; les assaillants se sont repliés sur Inékar-Ouest, à 45 km à l'ouest de Ménaka.",
			place: "Inékar-Ouest", anchor: "Ménaka", country: "ML", km: 45, notPlaces: []string{"FAMa"}},
		{doc: "Les pluies ont touché Moundou et Doba ; le site de Bébalem-Est se trouve à une trentaine de kilomètres à l'ouest de Doba, selon OCHA.",
			place: "Bébalem-Est", anchor: "Doba", country: "TD", km: 30, mapped: []string{"Moundou"}, notPlaces: []string{"OCHA"}},
		{doc: "Des inondations ont touché Bangui, Bimbo et Damara ; à Boali-Poste, à 80 km au nord-ouest de Bangui, un pont a cédé.",
			place: "Boali-Poste", anchor: "Bangui", country: "CF", km: 80, mapped: []string{"Bimbo", "Damara"}},
		{doc: "La MINUSMA a évacué sa base de Tessalit ; des casques bleus sont restés à Amachach-Est, à 10 km au sud de Tessalit.",
			place: "Amachach-Est", anchor: "Tessalit", country: "ML", km: 10, notPlaces: []string{"MINUSMA"}},
		// A people or group of a town.
		{doc: "Les Nigériens de Diffa ont fui vers Kablewa-Yamia, à 25 km à l'est de Diffa, selon le HCR.",
			place: "Kablewa-Yamia", anchor: "Diffa", country: "NE", km: 25, notPlaces: []string{"Nigériens", "HCR"}},
		{doc: "Les déplacés de Djibo s'installent à Gaskindé-Sud, à 40 km au sud de Djibo, dans des abris de fortune.",
			place: "Gaskindé-Sud", anchor: "Djibo", country: "BF", km: 40},
		{doc: "Les Marocains d'Oujda se sont rendus en nombre à Sidi Yahia-Oulad, à 15 km au sud d'Oujda, pour le moussem.",
			place: "Sidi Yahia-Oulad", anchor: "Oujda", country: "MA", km: 15, notPlaces: []string{"Marocains"}},
		{doc: "Les sinistrés de Toamasina ont été relogés à Ambodimanga-Ivondro, à 10 km au sud de Toamasina, selon le BNGRC.",
			place: "Ambodimanga-Ivondro", anchor: "Toamasina", country: "MG", km: 10, notPlaces: []string{"BNGRC"}},
		// An event told mid-sentence, after its source.
		{doc: "Selon des sources locales, l'attaque a eu lieu à Dinangourou-Bas, à 30 km au nord-est de Koro, dans la région de Mopti.",
			place: "Dinangourou-Bas", anchor: "Koro", country: "ML", km: 30},
		{doc: "Jeudi soir, selon OCHA, l'incendie s'est déclaré dans le camp de Farchana-Ouest, à 25 km à l'est d'Adré.",
			place: "Farchana-Ouest", anchor: "Adré", country: "TD", km: 25, notPlaces: []string{"OCHA"}},
		{doc: "Selon la préfecture, l'explosion s'est produite vendredi à La Combe-Noire, à 8 km au nord de Brive-la-Gaillarde.",
			place: "La Combe-Noire", anchor: "Brive-la-Gaillarde", country: "FR", km: 8},
		{doc: "D'après l'armée libanaise, la frappe a eu lieu à Kfar Zabad-Fawqa, à 6 km à l'est de Zahlé, dans la Békaa.",
			place: "Kfar Zabad-Fawqa", anchor: "Zahlé", country: "LB", km: 6},
		// An inverted relation: the anchor is the subject.
		{doc: "Bouar se trouve à 40 km au sud de Niem-Yelewa, où des rebelles ont été signalés mardi.",
			place: "Niem-Yelewa", anchor: "Bouar", country: "CF", km: 40},
		{doc: "Maradi se situe à une trentaine de kilomètres au nord de Madarounfa-Sud, où les eaux ont emporté un pont.",
			place: "Madarounfa-Sud", anchor: "Maradi", country: "NE", km: 30},
		{doc: "Rosso, en Mauritanie, se trouve à 15 km au sud de Garak-Nord, que les crues ont isolé.",
			place: "Garak-Nord", anchor: "Rosso", country: "MR", km: 15},
		{doc: "Parakou est à une cinquantaine de kilomètres au sud de Kika-Gando, où des éleveurs ont été enlevés.",
			place: "Kika-Gando", anchor: "Parakou", country: "BJ", km: 50},
		// A border with a direction beside a town.
		{doc: "Sikolo-Koura, à 40 km au sud-est de Sikasso et à une soixantaine de kilomètres au nord de la frontière ivoirienne, a été attaqué.",
			place: "Sikolo-Koura", anchor: "Sikasso", country: "ML", km: 40},
		{doc: "Des jihadistes ont attaqué Kpendjal-Ouest, à 10 km au sud de la frontière burkinabè et à 15 km au nord-est de Dapaong.",
			place: "Kpendjal-Ouest", anchor: "Dapaong", country: "TG", km: 15},
		{doc: "Le village de Mbama-Nord, à une vingtaine de kilomètres au sud de la frontière camerounaise, est situé à 45 km au nord d'Oyem.",
			place: "Mbama-Nord", anchor: "Oyem", country: "GA", km: 45},
		// Hedged distances.
		{doc: "Le site de Kigongo-Bas, à peine à 5 km au nord d'Uvira, accueille des milliers de déplacés.",
			place: "Kigongo-Bas", anchor: "Uvira", country: "CD", km: 5},
		{doc: "Des éleveurs ont été attaqués à Tabalak-Nord, une vingtaine de kilomètres au nord de Tahoua.",
			place: "Tabalak-Nord", anchor: "Tahoua", country: "NE", km: 20},
		{doc: "Le poste de Kouré-Gorou, 35 km au sud-est de Dosso, a été attaqué dans la nuit.",
			place: "Kouré-Gorou", anchor: "Dosso", country: "NE", km: 35},
		{doc: "Les déplacés affluent vers Goudébo-Nord, quelque 25 km au nord-est de Dori, selon le HCR.",
			place: "Goudébo-Nord", anchor: "Dori", country: "BF", km: 25, notPlaces: []string{"HCR"}},
		// Armed groups, agencies, namesakes, stubs.
		{doc: "Des éléments du JNIM et de l'État islamique au Sahel se sont affrontés près de Ber-Tichift, à 60 km à l'est de Tombouctou.",
			place: "Ber-Tichift", anchor: "Tombouctou", country: "ML", km: 60, notPlaces: []string{"JNIM", "État islamique au Sahel"}},
		{doc: "Des éboulements ont coupé la route de Mahapleu-Gbêpleu, à 30 km à l'ouest de Man, dans l'ouest ivoirien.",
			place: "Mahapleu-Gbêpleu", anchor: "Man", country: "CI", km: 30,
			failing: "a distance after a road's end (\"la route de X, à 30 km de Y\") places a point of the road, not X, by design (geo/text/french.go, frenchNewsObject); an unknown X is listed unresolved with a note that says so (TestFrenchRoadEndListed)"},
		{doc: "À Marfranc-Plaine, à 12 km à l'est de Jérémie, les sinistrés du séisme dorment encore sous des bâches, selon OCHA.",
			place: "Marfranc-Plaine", anchor: "Jérémie", country: "HT", km: 12, notPlaces: []string{"OCHA"}},
		{doc: "Un feu de forêt menace Lac-Édouard-Nord, à 35 km au nord-est de La Tuque, a indiqué la Sûreté du Québec.",
			place: "Lac-Édouard-Nord", anchor: "La Tuque", country: "CA", km: 35, notPlaces: []string{"Sûreté du Québec", "Québec"}},
		{doc: "Fraiture-Haut est un hameau de la commune de Tinlot, situé à 6 km au sud de Huy, en province de Liège.",
			place: "Fraiture-Haut", anchor: "Huy", country: "BE", km: 6},
		{doc: "Grattavache-Dessus est un hameau fribourgeois situé à 12 km à l'ouest de Bulle, dans le district de la Veveyse.",
			place: "Grattavache-Dessus", anchor: "Bulle", country: "CH", km: 12},
		{doc: "Des pluies diluviennes ont détruit le pont de Mbinda-Sud, à 25 km au nord de Dolisie, dans le Niari.",
			place: "Mbinda-Sud", anchor: "Dolisie", country: "CG", km: 25},
		{doc: "Un camion s'est renversé à Tountouroun-Bas, à 12 km au sud-ouest de Labé, faisant trois morts.",
			place: "Tountouroun-Bas", anchor: "Labé", country: "GN", km: 12},
	})
}

// TestFrenchNewsTextsBlind2 is a second blind round of 15 texts (the
// first six written with the first round, the other nine after its fix),
// each recorded unfixed: its known failures name their class.
func TestFrenchNewsTextsBlind2(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Les commerçants de Kongoussi ont fermé boutique ; le marché de Rollo-Peulh, à 30 km au nord de Kongoussi, a été pillé.",
			place: "Rollo-Peulh", anchor: "Kongoussi", country: "BF", km: 30},
		{doc: "Selon OCHA, les crues ont touché Bébédjia-Ouest, à une quinzaine de kilomètres au nord de Moundou.",
			place: "Bébédjia-Ouest", anchor: "Moundou", country: "TD", km: 15, notPlaces: []string{"OCHA"}},
		{doc: "Damara se trouve à 25 km au sud de Sibut-Gare, où des éléments de la coalition CPC ont été aperçus.",
			place: "Sibut-Gare", anchor: "Damara", country: "CF", km: 25, notPlaces: []string{"CPC"}},
		{doc: "Les Guinéens de Kindia se mobilisent pour Friguiagbé-Bas, un district situé à 18 km à l'est de Kindia.",
			place: "Friguiagbé-Bas", anchor: "Kindia", country: "GN", km: 18, notPlaces: []string{"Guinéens"}},
		{doc: "D'après la garde nationale, le naufrage a eu lieu au large de Zarrat-Plage, à 20 km au sud de Gabès.",
			place: "Zarrat-Plage", anchor: "Gabès", country: "TN", km: 20},
		{doc: "Nano-Kpendjal, à peine à 8 km au sud de la frontière burkinabè, se trouve à 35 km à l'est de Dapaong.",
			place: "Nano-Kpendjal", anchor: "Dapaong", country: "TG", km: 35},
		{doc: "Deux ponts ont cédé à Garoua ; la localité de Pitoa-Djabbé est à 20 km au nord-est de Garoua, selon OCHA.",
			place: "Pitoa-Djabbé", anchor: "Garoua", country: "CM", km: 20, notPlaces: []string{"OCHA"}},
		{doc: "Les Zindérois ont accueilli les sinistrés de Mirriah-Sud, à 18 km à l'est de Zinder.",
			place: "Mirriah-Sud", anchor: "Zinder", country: "NE", km: 18, notPlaces: []string{"Zindérois"}},
		{doc: "Selon des témoins, l'embuscade s'est produite près de Koumbia-Est, à 35 km au nord-est de Bobo-Dioulasso.",
			place: "Koumbia-Est", anchor: "Bobo-Dioulasso", country: "BF", km: 35},
		{doc: "Bossangoa est située à une soixantaine de kilomètres au sud de Nana-Bakassa-Est, où des éleveurs peuls ont été attaqués.",
			place: "Nana-Bakassa-Est", anchor: "Bossangoa", country: "CF", km: 60},
		{doc: "Le poste de Bongoville-Est, dans le Haut-Ogooué, se trouve à 25 km au nord-est de Franceville.",
			place: "Bongoville-Est", anchor: "Franceville", country: "GA", km: 25},
		{doc: "La piste est coupée à Kouroussa-Bas, à moins d'une dizaine de kilomètres au sud de Kankan.",
			place: "Kouroussa-Bas", anchor: "Kankan", country: "GN", km: 10},
		{doc: "Le PAM et l'UNICEF ont distribué des vivres à Kankossa-Nord, à 50 km au sud de Kiffa.",
			place: "Kankossa-Nord", anchor: "Kiffa", country: "MR", km: 50, notPlaces: []string{"PAM", "UNICEF"}},
		{doc: "En Haïti, les habitants de Pivert-Haut, à 10 km au nord de Saint-Marc, ont fui les gangs.",
			place: "Pivert-Haut", anchor: "Saint-Marc", country: "HT", km: 10},
		{doc: "Wépion-Haut est un hameau de la commune de Namur, à 7 km au sud du centre de Namur.",
			place: "Wépion-Haut", anchor: "Namur", country: "BE", km: 7},
	})
}
