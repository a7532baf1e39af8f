package text

import "testing"

// TestCorpusFrenchApposition: the participle after "X est une ville du
// sud du Pays, située à ..." and after an area named in passing ("situé
// sur la Côte, à ...", ", en Basse-Région, située à ...") is about X.
func TestCorpusFrenchApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kalbou est une ville du sud du Niger, située à 21 km à l'est de Zinder.",
			rels: []string{"Kalbou: 21 km east of Zinder"}, absent: []string{"Niger: 21 km east of Zinder"}},
		{doc: "Kalbou est un village berbère du sud-est de la Tunisie, situé à 39 km au sud de Gabès.",
			rels: []string{"Kalbou: 39 km south of Gabès"}, absent: []string{"Tunisie: 39 km south of Gabès"}},
		{doc: "Kalbou est une ville de l'ouest de la Côte d'Ivoire, située à 75 km au sud de Guiglo.",
			rels: []string{"Kalbou: 75 km south of Guiglo"}},
		{doc: "Kalbou est une commune du centre du Togo, située à 30 km au nord de Sokodé.",
			rels: []string{"Kalbou: 30 km north of Sokodé"}},
		{doc: "Kalbou est un village de pêcheurs du Sénégal, situé sur la Petite-Côte, à environ 25 km au sud de Mbour.",
			rels: []string{"Kalbou: 25 km south of Mbour"}, absent: []string{"Petite-Côte: 25 km south of Mbour"}},
		{doc: "Kalbou est une localité du sud-ouest du Sénégal, en Basse-Casamance, située à 31 km à l'ouest de Ziguinchor.",
			rels: []string{"Kalbou: 31 km west of Ziguinchor"}},
		{doc: "Kalbou est un village du Mali, dans le Gourma, situé à 50 km au sud de Gossi.",
			rels: []string{"Kalbou: 50 km south of Gossi"}},
		// The apposition to a town named with its kind stays the town's.
		{doc: "Kalbou se trouve près de la ville de Gorgadji, située à 12 km au sud de Dori.",
			rels: []string{"Gorgadji: 12 km south of Dori"}},
		// A kind with a complement and adjectives before the name.
		{doc: "La ville de subordination régionale Kalbou est située au pied du mont Tor sur la rivière Kalbou, à 50 km au nord-ouest de Perm.",
			rels: []string{"Kalbou: 50 km northwest of Perm"}},
		// A division named with "de la" or "de l'" is a container too.
		{doc: "Kalbou est une commune française du département de la Vendée, située à 9 km au nord-est de Challans.",
			rels: []string{"Kalbou: 9 km northeast of Challans"}, absent: []string{"Vendée: 9 km northeast of Challans"}},
		{doc: "Kalbou est une commune française située dans la Sarthe en région Pays de la Loire, à 19 km au nord de Sablé.",
			rels: []string{"Kalbou: 19 km north of Sablé"}, absent: []string{"Loire: 19 km north of Sablé"}},
		// A name of an area the participle passes through is no subject.
		{doc: "Kalbou est une ville du Mali, chef-lieu du cercle homonyme, située sur le fleuve Niger, à 90 km au sud-est de Gao.",
			rels: []string{"Kalbou: 90 km southeast of Gao"}, absent: []string{"Niger: 90 km southeast of Gao"}},
		{doc: "Kalbou est une commune du Mali, située dans la plaine du Séno à 32 km au sud de Bandiagara.",
			rels: []string{"Kalbou: 32 km south of Bandiagara"}, absent: []string{"Séno: 32 km south of Bandiagara"}},
		{doc: "Le village de Kalbou est situé au bord du lac Faguibine à 20 km au nord de Goundam.",
			rels: []string{"Kalbou: 20 km north of Goundam"}, absent: []string{"Faguibine: 20 km north of Goundam"}},
		// Natural features named with their common noun, and countries
		// named with common words, are no subjects.
		{doc: "Kalbou est une ville du sud de la Côte d'Ivoire, située entre la lagune Ébrié et l'océan Atlantique, à 14 km au sud de Dabou.",
			rels: []string{"Kalbou: 14 km south of Dabou"}, absent: []string{"Atlantique: 14 km south of Dabou"}},
		{doc: "Kalbou est une commune du Cameroun située dans la région de l'Extrême-Nord, dans les monts Mandara, à 17 km au nord de Mokolo.",
			rels: []string{"Kalbou: 17 km north of Mokolo"}, absent: []string{"Mandara: 17 km north of Mokolo"}},
		{doc: "Kalbou est une ville de la république démocratique du Congo, située à 27 km à l'ouest de Lubumbashi.",
			rels: []string{"Kalbou: 27 km west of Lubumbashi"}, absent: []string{"Congo: 27 km west of Lubumbashi"}},
		{doc: "Kalbou est une ville du Liban, chef-lieu du caza du Kesrouan, située sur la côte à 15 km au nord-est de Beyrouth.",
			rels: []string{"Kalbou: 15 km northeast of Beyrouth"}, absent: []string{"Kesrouan: 15 km northeast of Beyrouth"}},
		{doc: "Kalbou est une commune du gouvernorat de Gabès, située à 39 km au sud de Gabès.",
			rels: []string{"Kalbou: 39 km south of Gabès"}},
		{doc: "Kalbou est une cité minière de la république démocratique du Congo, située à 20 km au nord-ouest de Likasi.",
			rels: []string{"Kalbou: 20 km northwest of Likasi"}, absent: []string{"Congo: 20 km northwest of Likasi"}},
		// A later clause names the subject by an anaphor.
		{doc: "Kalbou est le chef-lieu de la province du Loroum ; la ville se trouve à 43 km à l'est de Kaya.",
			rels: []string{"Kalbou: 43 km east of Kaya"}},
		{doc: "Kalbou est le chef-lieu de la province du Loroum ; elle se trouve à 43 km à l'est de Kaya.",
			rels: []string{"Kalbou: 43 km east of Kaya"}},
		// Garbled spacing after an elided article.
		{doc: "Kalbou est une localité du Sénégal , située à 24 km à l' est de Thiès , sur la route de Diourbel .",
			rels: []string{"Kalbou: 24 km east of Thiès"}},
		{doc: "Kalbou est situé à 24 km à l’ ouest-sud-ouest de Thiès.", rels: []string{"Kalbou: 24 km west-southwest of Thiès"}},
		// A common noun opening the sentence in apposition is no subject.
		{doc: "Porte du désert, l'oasis de Kalbou est située à une soixantaine de kilomètres au sud de Zagora.",
			rels: []string{"Kalbou: 60 km south of Zagora"}, absent: []string{"Porte: 60 km south of Zagora"}},
		{doc: "Kalbou, un village du Mali, est situé à 20 km au sud de Gao.", rels: []string{"Kalbou: 20 km south of Gao"}},
		// "Le chef-lieu" stands for a department or commune the text is
		// about, whose seat bears its name.
		{doc: "Kalbou est un département et une commune rurale de la province du Kadiogo. Le chef-lieu se trouve à 23 km au sud-est de Ouagadougou.",
			rels: []string{"Kalbou: 23 km southeast of Ouagadougou"}},
		{doc: "Kalbou est un village situé à 5 km de Tikaré, le chef-lieu du département, et à 12 km de Kaya.",
			rels: []string{"Kalbou: 5 km from Tikaré", "Kalbou: 12 km from Kaya"}},
	})
}

// TestCorpusFrenchNameLeads: a name whose first word is an English word
// ("Had", "Bir") opens a French sentence.
func TestCorpusFrenchNameLeads(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Had Kourt est un village situé à 40 km au sud de Tanger.", rels: []string{"Had Kourt: 40 km south of Tanger"}},
		{doc: "Had Gharbia est une ville côtière du nord-ouest du Maroc, située à 40 km au sud de Tanger.",
			rels: []string{"Had Gharbia: 40 km south of Tanger"}, absent: []string{"Maroc: 40 km south of Tanger"}},
		{doc: "Had Kourt been reached, the town would be safe.", not: []string{"Had Kourt"}},
	})
}

// TestCorpusFrenchCompactForms: compass abbreviations without "au" and
// bracketed conversions between the distance and its direction.
func TestCorpusFrenchCompactForms(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kalbou se trouve à 45 km S-E de Dori.", rels: []string{"Kalbou: 45 km southeast of Dori"}},
		{doc: "Kalbou se trouve à 12 km NO de Kaya.", rels: []string{"Kalbou: 12 km northwest of Kaya"}},
		{doc: "Kalbou se trouve à 5 km SE d'Agadez.", rels: []string{"Kalbou: 5 km southeast of Agadez"}, not: []string{"SE d'Agadez"}},
		{doc: "Kalbou se trouve à 30 km (19 mi) au nord de Dori.", rels: []string{"Kalbou: 30 km north of Dori"}},
		{doc: "Kalbou se trouve à 30 km (Dori) au nord.", absent: []string{"Kalbou: 30 km north of Dori"}},
	})
}

// TestCorpusFrenchPronouns: demonstrative pronouns stand for the topic and
// are no names.
func TestCorpusFrenchPronouns(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kalbou est un village du Mali. Celui-ci se trouve à 12 km au sud de Gao.",
			rels: []string{"Kalbou: 12 km south of Gao"}, not: []string{"Celui-ci"}},
		{doc: "Kalbou est une commune du Mali. Celle-ci est située à 12 km au sud de Gao.",
			rels: []string{"Kalbou: 12 km south of Gao"}, not: []string{"Celle-ci"}},
	})
}
