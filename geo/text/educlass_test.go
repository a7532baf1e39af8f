package text

import "testing"

// TestCorpusEducationElections holds one text of each class of school,
// exam and election news that a probe of such reports failed on:
//   - a town named with an organisation's word before a landform's plural
//     ("Council Bluffs", as "Council Bluff" and "Carver's Gap") is a
//     place, "bluffs" being a toponym generic (possgenerics.tsv);
//   - « Élections Québec », « Élections Canada » is the electoral body,
//     no place (orgwords.tsv), and no subject of the distance after it;
//   - a French kind that opens a name capitalised after a preposition of
//     place (« au Domaine Lechasseur, à 25 km au sud de X », « dans le
//     Quartier Beaulieu, ... ») names the place the apposition is about,
//     as « au domaine Lechasseur » does (frenchKindOpensName).
func TestCorpusEducationElections(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Her running mate will speak in Des Moines and Council Bluffs on Sunday.",
			places: []string{"Council Bluffs"}},
		{doc: "The rally moved from Council Bluffs to Sioux City.",
			places: []string{"Council Bluffs", "Sioux City"}},
		{doc: "Élections Québec ouvrira un bureau de vote au Domaine Lechasseur, à 25 km au sud de Rimouski.",
			rels: []string{"Domaine Lechasseur: 25 km south of Rimouski"}, not: []string{"Élections Québec"}},
		{doc: "Le bureau sera installé dans le Quartier Beaulieu, à 12 km au nord de Gatineau.",
			rels: []string{"Quartier Beaulieu: 12 km north of Gatineau"}},
		{doc: "Les urnes ont été livrées au Rocher Percé, à 8 km à l'est de Gaspé.",
			rels: []string{"Rocher Percé: 8 km east of Gaspé"}},
	})
}
