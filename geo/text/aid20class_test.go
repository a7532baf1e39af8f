package text

import "testing"

// TestAid20Classes holds one text of each class of humanitarian situation
// report that a probe of such reports failed on:
//   - a French compound kind of fr/descriptors.tsv opening a sentence
//     before a passive verb or a locative (« Un centre de santé a été
//     ouvert à 2 km de X », « Le centre d'hébergement se trouve à 3 km
//     de Y ») is a nameless place of that kind, as « Un camp » is
//     (frenchCompoundKind in frenchNamelessHead); so is one with a
//     lower-case complement after « de » or « d' » before a distance (« Le
//     centre d'hébergement de l'aréna, à 2 km au nord de X »,
//     frenchSpotKind); « centre d'hébergement », « centre d'évacuation »,
//     « centre de santé », « poste de santé » are such kinds;
//   - a French kind of place whose definite article is elided and glued
//     to it (« l'abri », « L'hôpital » opening the sentence) is a nameless
//     place before a distance as « le camp » is (gluedArticleAt), with an
//     adjective and a complement after it (« L'abri provisoire de l'école
//     nationale, à 2 km », frenchSpotKind); « l'Aveyron » stays a name;
//   - a colon right after a plural noun of places opens a list of places
//     ("Affected districts: Nsanje, Chikwawa, Phalombe and Mulanje", «
//     Communes touchées : Djibo, Arbinda et Gorom-Gorom »: dwellersBefore);
//     "Key people: Smith, Jones and Brown" lists no places;
//   - a word that ends like a demonym only by a suffix rule ("Ghoryan",
//     "Abovyan") is a place when it follows a list's conjunction after a
//     capitalised name and closes its own name ("Zinda Jan and Ghoryan
//     districts": listMemberAfterName); "Kenya and Nigerian troops" keeps
//     its adjective.
func TestAid20Classes(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le centre d'hébergement de l'aréna, à 2 km au nord de Baie-Saint-Paul, accueille 300 sinistrés.",
			rels: []string{"Le centre d'hébergement de l'aréna: 2 km north of Baie-Saint-Paul"}},
		{doc: "Un centre d'hébergement d'urgence a été ouvert à 2 km au nord de Baie-Saint-Paul.",
			rels: []string{"Un centre d'hébergement d'urgence: 2 km north of Baie-Saint-Paul"}},
		{doc: "Un centre de santé a été ouvert à 2 km au nord de Mokolo.",
			rels: []string{"Un centre de santé: 2 km north of Mokolo"}},
		{doc: "Le centre d'hébergement se trouve à 3 km au sud de Jérémie.",
			rels: []string{"Le centre d'hébergement: 3 km south of Jérémie"}},
		{doc: "Un poste de santé a été installé à 14 km à l'ouest de Surkhet.",
			rels: []string{"Un poste de santé: 14 km west of Surkhet"}},
		{doc: "A health post was set up 14 km west of Surkhet.",
			rels: []string{"A health post: 14 km west of Surkhet"}},
		{doc: "L'abri provisoire de l'école nationale, à 2 km au sud de Hinche, accueille 400 personnes.",
			rels: []string{"L'abri provisoire de l'école nationale: 2 km south of Hinche"}},
		{doc: "L'abri de l'école, à 2 km au sud de Hinche, accueille 400 personnes.",
			rels: []string{"L'abri de l'école: 2 km south of Hinche"}},
		{doc: "Ils dorment dans l'abri à 2 km au sud de Hinche.",
			rels: []string{"l'abri: 2 km south of Hinche"}},
		{doc: "L'hôpital de campagne, à 3 km au nord de Bunia, est saturé.",
			rels: []string{"L'hôpital de campagne: 3 km north of Bunia"}},
		{doc: "Affected districts: Nsanje, Chikwawa, Phalombe and Mulanje.",
			places: []string{"Nsanje", "Chikwawa", "Phalombe", "Mulanje"}},
		{doc: "Communes touchées : Djibo, Arbinda et Gorom-Gorom.",
			places: []string{"Djibo", "Arbinda", "Gorom-Gorom"}},
		{doc: "WHO deployed 12 mobile health teams to Zinda Jan and Ghoryan districts.",
			places: []string{"Zinda Jan", "Ghoryan"}},
		{doc: "Convoys reached Herat, Farah and Ghoryan on Monday.",
			places: []string{"Herat", "Farah", "Ghoryan"}},
		{doc: "Shelling hit Yerevan and Abovyan.",
			places: []string{"Yerevan", "Abovyan"}},
		{doc: "Troops from Kenya and Nigerian police met in Garissa.",
			places: []string{"Kenya", "Garissa"}, not: []string{"Nigerian"}},
	})
}

// TestAid20PeopleColon checks that a colon after "people" opens no list of
// places: the names keep the evidence of a bare capitalised word.
func TestAid20PeopleColon(t *testing.T) {
	d := Read("Key people: Smith, Jones and Brown.")
	for _, m := range d.Mentions {
		if m.Evidence >= EvidencePreposition {
			t.Errorf("%q has evidence %v, want less than preposition", m.Name, m.Evidence)
		}
	}
}
