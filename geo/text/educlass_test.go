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
//     as « au domaine Lechasseur » does (frenchKindOpensName);
//   - a distance set off after "X in Y," where X is a named school, clinic
//     or hotel (establishments.tsv) and Y a bare name is the town Y's,
//     which holds X ("The Shree Bhadrakali Secondary School in Lekhnath,
//     10 km east of Pokhara"); a division given its kind still passes
//     the distance on to what it holds;
//   - an indefinite kind of place that opens a reported clause ("results
//     showed that a girls' school in Armant", "police said a clinic in
//     X") is that clause's subject: the name that opens the sentence is
//     not in the place after "in" (reportedKindBefore);
//   - a school named by who runs it, its kind and its village
//     ("Government Girls Primary School Basti Malook", "Army Public School
//     Kharian") is a place, the organisation's word before the kind
//     notwithstanding (establishmentAfter);
//   - pupils, teachers and voters are people of the town after « de »
//     (lists.tsv, dwellers): « des élèves de Nîmes et d'Arles », « des
//     enseignants de Bulle et de Morat » name two towns, as « des habitants
//     de » does, and so do election results (« les résultats de Sélibaby
//     et de Rosso »);
//   - "Kyle of Lochalsh" is one town, "kyle" (a strait) joining the
//     generics that open a name with "of" (ofgenerics.tsv);
//   - a hall, a school or a polling station written in lower case after
//     the name of its village ("at Glenelg village hall, 15 km south of
//     X") gives the name its kind, and the distance after it is the
//     name's (kindsafter.tsv);
//   - a participle of place after a noun of no kind of place with its
//     article ("with help from a charity based in Bristol") says where
//     that thing is, and puts nothing the sentence is about in the
//     place (thingBefore).
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
		{doc: "The Shree Bhadrakali Secondary School in Lekhnath, 10 km east of Pokhara, reopened on Sunday.",
			rels: []string{"Shree Bhadrakali Secondary School: in Lekhnath", "Lekhnath: 10 km east of Pokhara"}},
		{doc: "The polling station at Kotla Primary School in Basti Malook, 20 km northeast of Multan, was closed.",
			rels: []string{"Basti Malook: 20 km northeast of Multan"}, absent: []string{"Kotla Primary School: 20 km northeast of Multan"}},
		{doc: "The Serena Hotel in Kalangala, 40 km south of Entebbe, was full.",
			rels: []string{"Kalangala: 40 km south of Entebbe"}},
		{doc: "Thanaweya Amma results showed that a girls' secondary school in Armant, 15 km southwest of Luxor, did well.",
			rels:   []string{"Armant: 15 km southwest of Luxor"},
			absent: []string{"Thanaweya Amma: in Armant", "Thanaweya Amma: 15 km southwest of Luxor"}},
		{doc: "The Kotla School in Kaski District, 10 km east of Pokhara, reopened.",
			rels: []string{"Kotla School: 10 km east of Pokhara"}},
		{doc: "The polling station at Government Girls Primary School Basti Malook, 20 km northeast of Multan, was declared void.",
			rels: []string{"Government Girls Primary School Basti Malook: 20 km northeast of Multan"}},
		{doc: "Voters queued at Army Public School Kharian, 12 km north of Gujrat.",
			rels: []string{"Army Public School Kharian: 12 km north of Gujrat"}},
		{doc: "The Government of Punjab said the Election Commission would rule.",
			not: []string{"Government of Punjab", "Election Commission"}},
		{doc: "Des élèves de Nîmes et d'Arles ont également passé l'examen.",
			places: []string{"Nîmes", "Arles"}},
		{doc: "Des enseignants de Bulle et de Morat y seront affectés, et les électeurs de Romont ont voté.",
			places: []string{"Bulle", "Morat", "Romont"}},
		{doc: "Les résultats de Sélibaby et de Rosso sont attendus.",
			places: []string{"Sélibaby", "Rosso"}},
		{doc: "Ballot boxes from Portree and Kyle of Lochalsh arrived by road.",
			places: []string{"Portree", "Kyle of Lochalsh"}, not: []string{"Kyle"}},
		{doc: "A new polling place was opened at Glenelg village hall, 15 km south of Kyle of Lochalsh.",
			rels: []string{"Glenelg: 15 km south of Kyle of Lochalsh"}},
		{doc: "Voters queued outside Ardtoe primary school, 8 km west of Acharacle.",
			rels: []string{"Ardtoe: 8 km west of Acharacle"}},
		{doc: "A school has opened at Ban Nong Khiaw, 25 km north of Luang Prabang, with help from a charity based in Bristol.",
			rels: []string{"Ban Nong Khiaw: 25 km north of Luang Prabang"}, absent: []string{"A school: in Bristol", "Ban Nong Khiaw: in Bristol"}},
		{doc: "Kalo is a village located in Mopti Region, and the school was built by a firm based in Lyon.",
			rels: []string{"Kalo: in Mopti Region"}, absent: []string{"Kalo: in Lyon"}},
		{doc: "Kenya Power officials confirmed that a school in Kiptere, 12 km south of Kericho, lost power.",
			rels: []string{"Kiptere: 12 km south of Kericho"}, absent: []string{"Kenya Power: in Kiptere"}},
	})
}
