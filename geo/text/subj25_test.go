package text

import "testing"

// TestCorpusSubj25Class holds the classes of the twenty-fifth round's
// companies, people and teams taken as the subject of a distance that
// places a later name.
//   - "Tullow Oil has completed a well at the Ekunyuk oil field (about 45
//     km south of Lodwar)": a bracket right after a name and its head noun
//     ("the X oil field", "its X gold project") places that name, as one
//     right after the name does; the firm opening the sentence is not what
//     it places.
//   - "Hosts Barotse Rangers were held to a draw at Kashiji Mission, about
//     25 km north of Mongu": a mission station named after "at" is the
//     place the phrase after the comma places, not the team.
func TestCorpusSubj25Class(t *testing.T) {
	checkCorpus(t, []example{
		// A bracket after a name and its head noun.
		{doc: "Savannah Energy has started drilling at the Kobari gas field (about 60 km east of Maroua), the company said.",
			rels: []string{"Kobari: 60 km east of Maroua"}, absent: []string{"Savannah Energy: 60 km east of Maroua"}},
		{doc: "Perseus Mining said first gold was poured at its Yaouré Nord gold project (some 40 km north-west of Bouaflé) on Monday.",
			rels: []string{"Yaouré Nord: 40 km northwest of Bouaflé"}, absent: []string{"Perseus Mining: 40 km north-west of Bouaflé"}},
		{doc: "Kenmare Resources commissioned a new dredge at the Nataka mineral sands deposit (30 km south of Moma) in June.",
			rels: []string{"Nataka: 30 km south of Moma"}, absent: []string{"Kenmare Resources: 30 km south of Moma"}},
		{doc: "Le groupe Orano a lancé les travaux sur le gisement d'Imouraren Sud (à 80 km au sud d'Arlit), selon un communiqué.",
			rels: []string{"Imouraren Sud: 80 km south of Arlit"}, absent: []string{"Orano: 80 km south of Arlit"}},
		// A mission station after "at".
		{doc: "Hosts Chipata Stars drew 2-2 with Lusaka Dynamos on Saturday at Chisitu Mission, about 30 km south of Chipata.",
			rels: []string{"Chisitu Mission: 30 km south of Chipata"}, absent: []string{"Hosts Chipata Stars: 30 km south of Chipata"}},
		{doc: "Father John Banda celebrated the jubilee Mass at Lubwe Mission, some 40 km east of Samfya.",
			rels: []string{"Lubwe Mission: 40 km east of Samfya"}, absent: []string{"Father John Banda: 40 km east of Samfya"}},
		{doc: "The Malawi Red Cross distributed maize flour at Nkhata Mission, 25 km north of Mzuzu, on Friday.",
			rels: []string{"Nkhata Mission: 25 km north of Mzuzu"}, absent: []string{"Malawi Red Cross: 25 km north of Mzuzu"}},
		{doc: "L'équipe de l'Union Sportive de Bangui s'est imposée à la mission de Ngoulinga, à 20 km au nord de Bangui.",
			rels: []string{"Ngoulinga: 20 km north of Bangui"}, absent: []string{"Union Sportive: 20 km north of Bangui"}},
	})
}
