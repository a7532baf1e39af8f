package text

import "testing"

// TestCorpusFrench: the same classes written in French.
func TestCorpusFrench(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "À une vingtaine de kilomètres au sud de Kayes se trouve le hameau de Sébékoro.", rels: []string{"Sébékoro: 20 km south of Kayes"}},
		{doc: "À 15 km à l'est de Gao se trouve le campement de Tinfadimata.", rels: []string{"Tinfadimata: 15 km east of Gao"}},
		{doc: "Se trouvant à 30 km au nord de Toliara, Ankililoaka est une commune rurale.", rels: []string{"Ankililoaka: 30 km north of Toliara"}, not: []string{"Se"}},
		{doc: "Situé à 12 km à l'ouest de Dori, Yakouta est un village.", rels: []string{"Yakouta: 12 km west of Dori"}},
		{doc: "Tiguidit est une localité. Situé à 18 km de la frontière avec le Niger, le village est isolé.", rels: []string{"Tiguidit: 18 km from border(Niger)"}},
		{doc: "La Commune rurale de Tsaramasoandro est une commune. Elle se trouve à 12 km au sud de Toamasina.", rels: []string{"Tsaramasoandro: 12 km south of Toamasina"}},
		{doc: "Kobadi est une ferme située à 8 km au sud de Niono.", rels: []string{"Kobadi: 8 km south of Niono"}},
		// A distance with no lead word, apposed after a comma.
		{doc: "Des éleveurs ont été attaqués à Tchintabaraden-Sud, une trentaine de kilomètres au nord de Tahoua.", rels: []string{"Tchintabaraden-Sud: 30 km north of Tahoua"}},
		{doc: "Ingall-Bas, 40 km à l'ouest d'Agadez, a été inondé.", rels: []string{"Ingall-Bas: 40 km west of Agadez"}},
		{doc: "Les crues ont isolé Bangou-Koirey, environ 15 km au sud de Niamey.", rels: []string{"Bangou-Koirey: 15 km south of Niamey"}},
		{doc: "Inkadewan est un puits à 45 km au nord de Kidal.", rels: []string{"Inkadewan: 45 km north of Kidal"}},
		{doc: "Tabankort est un site situé à 50 km au sud d'Anéfis.", rels: []string{"Tabankort: 50 km south of Anéfis"}},
		{doc: "Le lieu-dit Tin Essako est à 20 km au nord de Kidal.", rels: []string{"Tin Essako: 20 km north of Kidal"}},
		{doc: "Bandio est un village. Il se trouve au sud à 21 Kilomètres de Dori.", rels: []string{"Bandio: 21 km south of Dori"}},
		{doc: "Les combats se sont déplacés vers Kalehe, à 60 km au nord de Bukavu, et vers Minova, sur la rive du lac Kivu, à 45 km à l'ouest de Goma.",
			rels: []string{"Kalehe: 60 km north of Bukavu", "Minova: 45 km west of Goma"}, absent: []string{"Kalehe: 45 km west of Goma"}},
		{doc: "Le village de Kalo se trouve à 30 km plein nord de Gao.", rels: []string{"Kalo: 30 km north of Gao"}},
		{doc: "Kalo est situé à 3 kilomètres à l'ouest du centre-ville de Gao.", rels: []string{"Kalo: 3 km west of Gao"}},
		{doc: "Le village de Kalo est situé à 1,500 km de Gao.", rels: []string{"Kalo: 1.5 km from Gao"}},
		{doc: "Kalo se trouve à 1 500 km de Gao.", rels: []string{"Kalo: 1.5e+03 km from Gao"}},
		{doc: "Le hameau des Combes se situe à 4 km au nord de Morteau.", rels: []string{"Combes: 4 km north of Morteau"}},
		{doc: "Le camp militaire de Tabankort se trouve à environ 100 km au nord-est de Gao.", rels: []string{"Tabankort: 100 km northeast of Gao"}},
		{doc: "Le village du Mali se trouve à 4 km au nord de Morteau.", absent: []string{"Mali: 4 km north of Morteau"}},
		// Appositions of news reports: to the object of "près de" when
		// no place is what the sentence is about, and to a name before a
		// comma ("à la frontière" is near it).
		{doc: "L'embuscade a eu lieu près de Tessit, à 150 km au sud-ouest de Ménaka.", rels: []string{"Tessit: 150 km southwest of Ménaka"}},
		{doc: "Kalo est un village situé près de Tessit, à 15 km au sud-ouest de Ménaka.",
			rels: []string{"Kalo: near Tessit", "Kalo: 15 km southwest of Ménaka"}, absent: []string{"Tessit: 15 km southwest of Ménaka"}},
		{doc: "Des jihadistes ont attaqué Boulkessi, à la frontière malienne, à 40 km au nord de Djibo.",
			rels: []string{"Boulkessi: near border(malienne)", "Boulkessi: 40 km north of Djibo"}},
		{doc: "En Province Nord, à 35 km de Koumac, les routes sont coupées.", absent: []string{"Province Nord: 35 km from Koumac"}},
		{doc: "Le village, nommé Kalo, est situé à 25 km au nord de Bouira.", rels: []string{"Kalo: 25 km north of Bouira"}},
		{doc: "Au village de Kalo, à 25 km de Ségou, les habitants ont fui.", rels: []string{"Kalo: 25 km from Ségou"}},
		{doc: "La localité, connue sous le nom de Kalo, se trouve à 25 km au nord de Bouira.", rels: []string{"Kalo: 25 km north of Bouira"}},
		{doc: "Mbalmayo est une ville du Cameroun ; le village de Ngoulmekong se trouve à 12 km au sud-est de Mbalmayo.",
			rels: []string{"Mbalmayo: in Cameroun", "Ngoulmekong: 12 km southeast of Mbalmayo"}},
		{doc: "Ngouri est un village. La frontière tchadienne passe à 12 km à l'est de Ngouri.", rels: []string{"Ngouri: 12 km west of border(tchadienne)"}},
		{doc: "Ngouri est un village. La frontière tchadienne est située à 12 km à l'est de Ngouri.", rels: []string{"Ngouri: 12 km west of border(tchadienne)"}},
		{doc: "Koumbri est situé à km au sud-est de Ouahigouya.", rels: []string{"Koumbri: ? km southeast of Ouahigouya"}},
		{doc: "Gassan est situé à 5,1 km du chef-lieu communal, Tougan.", rels: []string{"Gassan: 5.1 km from Tougan"}},
		{doc: "Kamsé (ex. Les Trois Puits) est située à environ 6 km au sud-est d'Ouagadougou.", rels: []string{"Kamsé: 6 km southeast of Ouagadougou"}},
		{doc: "Kiembara se trouve à 40 km au nord de la ville d' Ouahigouya.", rels: []string{"Kiembara: 40 km north of Ouahigouya"}},
		{doc: "Dagomba est une commune. Elle se trouve à 10 km de la frontière avec le Ghana, à 30 km à l'est de Bittou.", rels: []string{"Dagomba: 10 km from border(Ghana)", "Dagomba: 30 km east of Bittou"}},
	})
}

// TestCorpusFrenchNames: French names with particles, articles, hyphens and
// brackets.
func TestCorpusFrenchNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Bir Ould Brini est un puits situé à 40 km au nord de Ouadane.", rels: []string{"Bir Ould Brini: 40 km north of Ouadane"}},
		{doc: "Aïn Ben Khelil est une commune située à 30 km à l'ouest de Mécheria.", rels: []string{"Aïn Ben Khelil: 30 km west of Mécheria"}},
		{doc: "Sidi Bel Abbès se trouve à 80 km au sud d'Oran.", rels: []string{"Sidi Bel Abbès: 80 km south of Oran"}},
		{doc: "Tin-Zaouatine est une localité située à 400 km au sud de Tamanrasset, à la frontière du Mali.", rels: []string{"Tin-Zaouatine: 400 km south of Tamanrasset"}},
		{doc: "Kani-Bonzon (en bambara : Kani Bɔnzɔn) est un village situé à 20 km à l'est de Bandiagara.", rels: []string{"Kani-Bonzon: 20 km east of Bandiagara"}, not: []string{"Kani Bɔnzɔn"}},
		{doc: "El Oued, aussi appelée la ville aux mille coupoles, est à 620 km au sud-est d'Alger.", rels: []string{"El Oued: 620 km southeast of Alger"}},
		{doc: "Ouégoa est une commune au nord de la Grande Terre en Province Nord, à 35 km au nord-ouest de Pouébo.", rels: []string{"Ouégoa: 35 km northwest of Pouébo"}, not: []string{"Grande Terre en Province", "Grande Terre en Province Nord"}},
		{doc: "Le Caire est à 200 km d'Alexandrie.", rels: []string{"Le Caire: 200 km from Alexandrie"}},
		{doc: "La Commune rurale de Tsaramasoandro est une commune.", not: []string{"La Commune"}},
		{doc: "Saint-Louis du Sénégal est à 260 km au nord de Dakar.", rels: []string{"Saint-Louis du Sénégal: 260 km north of Dakar"}},
		{doc: "Les villages de Koumbri, Séguénéga et Kalsaka sont au nord de Ouahigouya.", places: []string{"Koumbri", "Séguénéga", "Kalsaka"}},
	})
}

// TestCorpusFrenchBetween: « entre A et B », « à mi-chemin entre A et B »,
// sur la route entre A et B.
func TestCorpusFrenchBetween(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le village de Wardin est situé entre Bastogne et Martelange.", rels: []string{"Wardin: between Bastogne and Martelange"}},
		{doc: "Koulikoro se trouve à mi-chemin entre Bamako et Ségou.", rels: []string{"Koulikoro: midway between Bamako and Ségou"}},
		{doc: "Bangou est situé sur la route nationale 1 entre Dosso et Birni N'Gaouré, à 40 km de Dosso.",
			rels: []string{"Bangou: on the road between Dosso and Birni N'Gaouré", "Bangou: 40 km from Dosso"}},
		{doc: "Sandaré est un hameau. À proximité de la route nationale 1, entre Kayes et Diéma, ce village est entouré de collines.",
			rels: []string{"Sandaré: on the road between Kayes and Diéma"}},
		{doc: "Sandaré est un hameau. Entre Kayes et Diéma, le village compte 900 habitants.", rels: []string{"Sandaré: between Kayes and Diéma"}},
		{doc: "Le village de Kaba est situé entre 2 et 5 km au sud de Kita.", rels: []string{"Kaba: 2-5 km south of Kita"}, absent: []string{"Kaba: between 2 and Kita"}},
		{doc: "Tessit est près de la frontière entre le Mali et le Niger.", absent: []string{"Tessit: between Mali and Niger"}},
		{doc: "Situé entre Gao et Kidal, le village de Tinzaw compte 500 habitants.", rels: []string{"Tinzaw: between Gao and Kidal"}},
		{doc: "Tinzaw est situé sur la route de Gao à Kidal.", rels: []string{"Tinzaw: on the road between Gao and Kidal"}},
		{doc: "Tinzaw est une commune située entre Gao et Kidal, à 50 km de Gao.", rels: []string{"Tinzaw: between Gao and Kidal", "Tinzaw: 50 km from Gao"}},
	})
}
