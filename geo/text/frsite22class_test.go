package text

import "testing"

// TestCorpusFrsite22Class holds the classes of the twenty-second round's
// French industrial, mining and forestry news:
//   - « une coupe forestière à 15 km à l'est de X »: a logging cut is a
//     kind of place (lexicon/fr/descriptors.tsv), so that the event
//     before it (« L'accident s'est produit dans … ») is not what the
//     distance places;
//   - « sur un chantier de la Compagnie des Bois de Mouila, à 50 km de X
//     »: the firm owns the site and is no place; the site is what the
//     distance places (frenchFirmOwnerBefore); so too a firm named after
//     its country (« un chantier de la Société d'exploitation des bois
//     du Cameroun, à 20 km »), whose country takes no distance;
//   - "A lumber yard 15 km west of X", "a timber yard": the yards of the
//     timber trade are kinds of place (lexicon/en/kindsafter.tsv);
//   - « Blessé à la jambe, l'homme … », « Happé par un engin, un
//     conducteur est mort … à 10 km de X »: a past participle opening
//     the sentence before a comma is no place (frenchParticipleOpener).
func TestCorpusFrsite22Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "L'accident s'est produit dans une coupe forestière à 15 km à l'est d'Eymoutiers.",
			rels: []string{"une coupe forestière: 15 km east of Eymoutiers"}},
		{doc: "Un bûcheron a été blessé dans une coupe de bois à 20 km au nord de Tulle.",
			rels: []string{"une coupe de bois: 20 km north of Tulle"}},
		{doc: "Un accident s'est produit sur un chantier de la Compagnie des Bois de Mouila, à une cinquantaine de kilomètres au nord-est de Lambaréné.",
			rels:   []string{"un chantier de la Compagnie des Bois de Mouila: 50 km northeast of Lambaréné"},
			not:    []string{"Compagnie des Bois de Mouila"},
			absent: []string{"Un accident: 50 km northeast of Lambaréné"}},
		{doc: "Un éboulement s'est produit sur un chantier de la Société d'exploitation des bois du Cameroun, à une vingtaine de kilomètres à l'ouest de Bertoua.",
			rels:   []string{"un chantier de la Société d'exploitation des bois du Cameroun: 20 km west of Bertoua"},
			absent: []string{"Cameroun: 20 km west of Bertoua"}},
		{doc: "A lumber yard 15 km west of Prince George, British Columbia, was evacuated as a wildfire approached.",
			rels: []string{"A lumber yard: 15 km west of Prince George"}},
		{doc: "A timber yard 10 km north of Rotorua burned overnight.",
			rels: []string{"A timber yard: 10 km north of Rotorua"}},
		{doc: "Happé par un engin, un conducteur est mort dans une coupe forestière à 10 km au nord d'Ussel.",
			rels: []string{"une coupe forestière: 10 km north of Ussel"},
			not:  []string{"Happé"}},
		{doc: "Écrasé par un arbre, un bûcheron est mort à 10 km au nord d'Ussel.",
			not: []string{"Écrasé"}},
		{doc: "Lomé, la capitale du Togo, est à 10 km au nord d'Aného.",
			places: []string{"Lomé"}},
	})
}
