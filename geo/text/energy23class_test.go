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
	})
}
