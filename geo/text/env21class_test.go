package text

import "testing"

// TestEnv21Classes holds one text of each class of conservation and
// pollution report that a probe of such reports failed on:
//   - a lower-case kind of site after a name, with no comma before the
//     distance ("the Okpuhu manifold 30 km east of X"), is the subject of
//     the distance as "the X camp 30 km east of Y" is: the sites such
//     reports place (manifold, flow station, pumping station, nursery,
//     ranger post, breeding centre, overpass, tailings pond, well field)
//     are rows of en/kindsafter.tsv and give the name their kind;
//   - a French kind of such a site before a bare name (« La pépinière
//     Espoir Vert, à 6 km au nord des Cayes ») names the site as « Le camp
//     Espoir Vert » does: « pépinière », « station de pompage » and « poste de
//     garde » are rows of fr/descriptors.tsv;
//   - a French compound kind of fr/descriptors.tsv flagged own, before «
//     du » and a name (« La station de pompage du Ranquet se trouve à 5
//     km »), is read whole as « Le lac du Bourget » is (frenchKindBefore):
//     the name is the site's own; « Le centre de santé du Mali » names no
//     site Mali;
//   - a definite description opening a sentence, then the name with "the"
//     and its kind between commas ("The leak point, the Okpuhu manifold,
//     is 30 km east of X"), or a bare superlative standing for the noun
//     ("The largest, Ikenge Camp, lay 11 km north of Y"), gives the
//     sentence its subject as "The worst-hit village, Chingoni, lies"
//     does (appositiveName);
//   - the reflexive « se » of « se trouve » after a nameless French spot
//     with a named complement is the verb's, not the spot's last word: «
//     Le forage de la ferme des Lavoirs se trouve à 3 km au nord d'X »
//     places « la ferme des Lavoirs », not « la ferme des Lavoirs se »
//     (namelessBefore);
//   - "They" before a copula and a verb of what befell people
//     (eventverbs.tsv, now with "rescued") stands for people, not for the
//     place the text is about: "They were rescued from oil palm
//     plantations near X" does not put the rescue centre near X; "They
//     are on the western bank of Y" still places the temples.
func TestEnv21Classes(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The leak was found at the Okpuhu manifold 30 km east of Port Harcourt.",
			rels: []string{"Okpuhu: 30 km east of Port Harcourt"}},
		{doc: "Crews clamped the Bomu flow station 12 km north of Bori.",
			rels: []string{"Bomu: 12 km north of Bori"}},
		{doc: "Seedlings came from the Befasy nursery 20 km north-east of Morondava.",
			rels: []string{"Befasy: 20 km northeast of Morondava"}},
		{doc: "Rangers at the Enkusero ranger post 18 km south-east of Narok seized 40 kg of ivory.",
			rels: []string{"Enkusero: 18 km southeast of Narok"}},
		{doc: "La pépinière Espoir Vert, à 6 km au nord des Cayes, a produit 30 000 plants.",
			rels: []string{"Espoir Vert: 6 km north of Cayes"}},
		{doc: "Une fuite a été détectée à la station de pompage Kwé Ouest, à 45 km à l'est de Nouméa.",
			rels: []string{"Kwé Ouest: 45 km east of Nouméa"}},
		{doc: "La station de pompage du Ranquet se trouve à 5 km à l'est de Martigues.",
			rels: []string{"Ranquet: 5 km east of Martigues"}},
		{doc: "Les pêcheurs ont vu la station de pompage du Ranquet, à 5 km à l'est de Martigues.",
			rels: []string{"Ranquet: 5 km east of Martigues"}},
		{doc: "The leak point, the Okpuhu manifold, is 30 km east of Port Harcourt.",
			rels: []string{"Okpuhu: 30 km east of Port Harcourt"}},
		{doc: "Eco-guards destroyed 14 bushmeat camps. The largest, Ikenge Camp, lay 11 km north of Mundemba, and its hunters sold meat in Kumba.",
			rels: []string{"Ikenge Camp: 11 km north of Mundemba"}},
		{doc: "Le forage de la ferme des Lavoirs se trouve à 3 km au nord d'Andenne.",
			rels:   []string{"la ferme des Lavoirs: 3 km north of Andenne"},
			absent: []string{"la ferme des Lavoirs se: 3 km north of Andenne"}},
		{doc: "Le site 53 se trouve à 2 km au sud de Gao.",
			rels: []string{"Le site 53: 2 km south of Gao"}},
		{doc: "Three orphaned orangutans arrived at the Sepilok centre, 23 km west of Sandakan, this week. They were rescued from oil palm plantations near Lahad Datu.",
			rels:   []string{"Sepilok: 23 km west of Sandakan"},
			absent: []string{"Sepilok: near Lahad Datu"}},
		{doc: "The twin temples of Abu Simbel were carved in the 13th century BC. They are on the western bank of Lake Nasser, about 230 km south-west of Aswan.",
			rels: []string{"Abu Simbel: 230 km southwest of Aswan"}},
		{doc: "Le centre de santé du Mali se trouve à 5 km à l'est de Gao.",
			absent: []string{"Mali: 5 km east of Gao"}},
	})
}
