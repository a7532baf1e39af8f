package text

import "testing"

// TestCorpusEnergy23Class holds the classes of the energy round (company
// releases, trade press and regulators' notices about solar parks, wind
// farms, wells, dams and substations):
//   - « Le puits Sabria-3, à 40 km au sud-ouest de X »: a French noun of
//     a spot ("well", "camp", "farm": the English row's at flag) before a
//     name is no natural feature the sentence lies on, and the name is
//     the distance's subject (genericBefore);
//   - « le puits X, foré à 25 km au sud-est de Y »: the participle of the
//     drilling places the well as "drilled" does (lexicon/fr/verbs.tsv);
//   - "the LMS-2 well", « au puits HBN-4 »: a well's code in capitals
//     with its number names the well, no acronym (wellCodeAt);
//   - "The 40 MW Huayllacayan hydroelectric plant": a name that ends like
//     a demonym, before modifiers kept in a kind and a kind after a name,
//     names the plant (guessedDemonymKind);
//   - "the 15 MW Nsunzu mini-hydro plant, 15 km west of X", "the Kalinda
//     biomass plant", "the Kalinda coal-fired plant": the words of the
//     source of power are modifiers kept in the kind
//     (lexicon/en/modifiers.tsv), as "hydropower" was;
//   - « La centrale de Péligre, sur l'Artibonite, à une dizaine de
//     kilomètres en amont de X »: a river after « sur » and its glued
//     article is an object, as after « sur le », and the distance places
//     the plant (frenchObjectOf);
//   - "the Bajo Verde x-1 exploration well, about 60 km north of X": a
//     well's number in lower case before the noun of a well ends its
//     name (lowerWellCodeAt);
//   - "The Moroccan wind farm lies 25 km north of X", "the new Kenyan
//     solar farm, 25 km north of Y": a listed demonym before the kind of
//     a work says whose work it is and names no place, though a distance
//     places the work (spotKindAt); "the Arabian Sea" stays a name.
func TestCorpusEnergy23Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le puits Sabria-3, à 40 km au sud-ouest de Kébili, a été mis en production.",
			rels: []string{"Sabria-3: 40 km southwest of Kébili"}},
		{doc: "Le camp Tassalit, à 30 km au nord de Kidal, a été évacué.",
			rels: []string{"Tassalit: 30 km north of Kidal"}},
		{doc: "Le puits Lamsa-2, foré à environ 25 km au sud-est de Larache, a confirmé la présence de gaz.",
			rels: []string{"Lamsa-2: 25 km southeast of Larache"}},
		{doc: "Le forage de Kalo, creusé à 12 km au nord de Kayes, fournit de l'eau.",
			rels: []string{"Kalo: 12 km north of Kayes"}},
		{doc: "Sonatrach a annoncé une découverte au puits HBN-4, foré à une cinquantaine de kilomètres au nord-est de Hassi Messaoud.",
			rels: []string{"HBN-4: 50 km northeast of Hassi Messaoud"}, not: []string{"Sonatrach"}},
		{doc: "The LMS-2 well, drilled about 25 km southeast of Larache, found gas.",
			rels: []string{"LMS-2: 25 km southeast of Larache"}},
		{doc: "The COVID-19 ward, 25 km southeast of Larache, is full.",
			not: []string{"COVID-19"}},
		{doc: "The 40 MW Huayllacayan hydroelectric plant, 25 km north of Huaraz, will be built.",
			rels: []string{"Huayllacayan: 25 km north of Huaraz"}},
		{doc: "The Olkerian solar farm lies 12 km east of Longido.",
			rels: []string{"Olkerian: 12 km east of Longido"}},
		{doc: "The Peruvian hydroelectric plant lies 25 km north of Huaraz.",
			not: []string{"Peruvian"}},
		{doc: "The 15 MW Nsunzu mini-hydro plant, 15 km west of Mbala, will feed the substation.",
			rels: []string{"Nsunzu: 15 km west of Mbala"}},
		{doc: "Kilembe Mines will buy power from the 42 MW Nyamwamba hydro plant, 12 km north-west of Kasese.",
			rels: []string{"Nyamwamba: 12 km northwest of Kasese"}, absent: []string{"Kilembe Mines: 12 km northwest of Kasese"}},
		{doc: "The 30 MW Kalinda biomass plant, 15 km west of Mbala, will feed the substation.",
			rels: []string{"Kalinda: 15 km west of Mbala"}},
		{doc: "The 300 MW Kalinda coal-fired plant, 15 km west of Mbala, will feed the substation.",
			rels: []string{"Kalinda: 15 km west of Mbala"}},
		{doc: "La centrale hydroélectrique de Péligre, sur l'Artibonite, à une dizaine de kilomètres en amont de Mirebalais, sera réhabilitée.",
			rels: []string{"Péligre: 10 km from Mirebalais"}, absent: []string{"Artibonite: 10 km from Mirebalais"}},
		{doc: "Le village de Kalo, sur l'Ouémé, à 10 km au nord de Bonou, a été inondé.",
			rels: []string{"Kalo: 10 km north of Bonou"}},
		{doc: "YPF said the Bajo Verde x-1 exploration well, about 60 km north of Neuquén, Argentina, flowed 800 barrels of oil per day.",
			rels: []string{"Bajo Verde x-1: 60 km north of Neuquén"}, not: []string{"YPF"}},
		{doc: "The Loma Campana x-2 well lies 40 km north-west of Añelo.",
			rels: []string{"Loma Campana x-2: 40 km northwest of Añelo"}},
		{doc: "The Moroccan wind farm lies 25 km north of Tangier.",
			places: []string{"Tangier"}, not: []string{"Moroccan"}},
		{doc: "The new Kenyan solar farm, 25 km north of Nakuru, opened on Monday.",
			places: []string{"Nakuru"}, not: []string{"Kenyan"}},
		{doc: "The Arabian Sea lies 25 km south of Karachi.",
			rels: []string{"Arabian Sea: 25 km south of Karachi"}},
	})
}
