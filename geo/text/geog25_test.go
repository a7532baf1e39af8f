package text

import "testing"

// TestCorpusGeog25 holds the classes of natural features and areas as
// anchors or containers that the twenty-fifth session's round on them
// read wrong at first, fixed since:
//   - "The worst-hit site, X kebele, lies 18 km north-east of Y": the
//     name between the commas of a description opening the sentence may
//     carry its kind in lower case (appositiveKindEnd: a phrase of
//     kindsafter.tsv or a descriptor noun);
//   - « X, sur la rive nord du lac Y, à 60 km au nord-ouest de Z »: a
//     bank or a shore with its compass side is a nearness (fr/near.tsv),
//     so the distance after it places X, not the lake.
func TestCorpusGeog25(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The hardest-hit village, Dera Gudo kebele, lies about 22 km south-east of Gode.",
			rels: []string{"Dera Gudo: 22 km southeast of Gode"}},
		{doc: "The largest settlement, Kambona fishing camp, is some 20 km north of Nkhotakota.",
			rels: []string{"Kambona: 20 km north of Nkhotakota"}},
		{doc: "The new resettlement area, Mulanda farm block, is 35 km west of Choma.",
			rels: []string{"Mulanda: 35 km west of Choma"}},
		{doc: "Les pêcheurs se sont repliés à Tin Ouldia, sur la rive nord du lac Débo, à environ 25 km à l'est de Youwarou.",
			rels: []string{"Tin Ouldia: 25 km east of Youwarou"}, absent: []string{"Débo: 25 km east of Youwarou"}},
		{doc: "Le campement de Wuro Kessa, sur la rive orientale du lac Horo, à 30 km de Goundam, a été inondé.",
			rels: []string{"Wuro Kessa: 30 km from Goundam", "Wuro Kessa: near Horo"}},
		{doc: "Le village de Ngarbo, sur la rive sud-ouest du lac Fitri, est à 15 km au nord de Yao.",
			rels: []string{"Ngarbo: 15 km north of Yao", "Ngarbo: near Fitri"}},
	})
}
