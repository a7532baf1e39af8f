package text

import "testing"

// TestCorpusFrenchSpotNamedByKind: a spot that a report names by its kind
// and then locates after a comma is the subject of the distance, whether
// the kind stands right before the name ("au lieu-dit X", "dans l'oued
// X", "au puits X") or the name follows an elided "d'" after a common
// noun ("dans la zone d'X", "le secteur d'X", "la localité d'X"). Such a
// sentence has no place for a subject of its own, so without this the
// distance was lost.
func TestCorpusFrenchSpotNamedByKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Des terroristes ont été neutralisés au lieu-dit Eraf-Naman, à 20 km au nord-est d'Ansongo.",
			rels: []string{"Eraf-Naman: 20 km northeast of Ansongo"}},
		{doc: "Une section tombe dans une embuscade au lieu-dit Oued Tiferguine, à une quinzaine de kilomètres au sud de Tizi Ouzou.",
			rels: []string{"Oued Tiferguine: 15 km south of Tizi Ouzou"}},
		{doc: "Les légionnaires ont été accrochés dans l'oued Amettetaï, à environ 30 km au sud de Tessalit.",
			rels: []string{"Amettetaï: 30 km south of Tessalit"}},
		{doc: "La colonne est attaquée au puits In-Tamellet, à 80 km au nord d'Agadez.",
			rels: []string{"In-Tamellet: 80 km north of Agadez"}},
		{doc: "La force a neutralisé des terroristes dans la zone d'Ouro Fitiéré, à 40 km au sud-est de Douentza.",
			rels: []string{"Ouro Fitiéré: 40 km southeast of Douentza"}},
		{doc: "Des VDP ont été pris pour cible dans le secteur d'Intangom, à une quarantaine de kilomètres au nord-est de Dori.",
			rels: []string{"Intangom: 40 km northeast of Dori"}, not: []string{"VDP"}},
		{doc: "Les assaillants ont revendiqué l'embuscade de la localité d'Ikarfane, à 70 km à l'ouest d'Ansongo.",
			rels: []string{"Ikarfane: 70 km west of Ansongo"}},
		// A natural feature named with its noun is still no subject.
		{doc: "Kalbou est une ville du sud de la Côte d'Ivoire, située entre la lagune Ébrié et l'océan Atlantique, à 14 km au sud de Dabou.",
			rels: []string{"Kalbou: 14 km south of Dabou"}, absent: []string{"Atlantique: 14 km south of Dabou"}},
	})
}

// TestCorpusFrenchForcesAcronyms: the armed forces and agencies of
// Sahel reports named by their acronym, some in mixed case ("les FAMa"),
// are no places, nor the subject of the distance after them.
func TestCorpusFrenchForcesAcronyms(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les FAMa ont repoussé une attaque contre le poste de Niamana, à 70 km à l'ouest de Ténenkou.",
			rels: []string{"Niamana: 70 km west of Ténenkou"}, not: []string{"FAMa", "Les FAMa"}},
		{doc: "Les FDS ont repoussé une attaque au poste de Tamalat, à 25 km au nord de Ouallam.",
			rels: []string{"Tamalat: 25 km north of Ouallam"}, not: []string{"FDS", "Les FDS"}},
		{doc: "Selon OCHA et le HCR, des affrontements ont été signalés à Inaloglog, à 60 km à l'est de Tombouctou.",
			rels: []string{"Inaloglog: 60 km east of Tombouctou"}, not: []string{"OCHA", "HCR"}},
	})
}

// TestCorpusFrenchKindsOfContainer: the kinds of settlement that French
// stubs of the Maghreb, the Sahel, Switzerland and Québec open with ("un
// lieu-dit du canton de", "un douar de la province de", "un ksar de la
// wilaya de", "une oasis de", "un campement du cercle de", "une
// municipalité du Québec") say what holds the subject, as "un village
// de" does.
func TestCorpusFrenchKindsOfContainer(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les Prés-d'Orvin-Dessus est un lieu-dit du canton de Berne, à 6 km au nord de Bienne.",
			rels: []string{"Les Prés-d'Orvin-Dessus: in Berne", "Les Prés-d'Orvin-Dessus: 6 km north of Bienne"}},
		{doc: "Aït Bouhlal est un douar de la province de Tinghir, situé à 18 km au nord de Tinghir.",
			rels: []string{"Aït Bouhlal: in Tinghir", "Aït Bouhlal: 18 km north of Tinghir"}},
		{doc: "Ksar Kalbou est un ksar de la wilaya d'Adrar, à 30 km au sud d'Adrar.",
			rels: []string{"Ksar Kalbou: in Adrar", "Ksar Kalbou: 30 km south of Adrar"}},
		{doc: "Kalbou est une oasis de la wilaya de Ouargla, à 40 km au sud de Ouargla.",
			rels: []string{"Kalbou: in Ouargla", "Kalbou: 40 km south of Ouargla"}},
		{doc: "Kalbou est un campement du cercle de Gourma-Rharous, à 40 km au sud de Gossi.",
			rels: []string{"Kalbou: in Gourma-Rharous", "Kalbou: 40 km south of Gossi"}},
		{doc: "Lac-Kalbou est une municipalité du Québec, située à 30 km au nord de Saint-Michel-des-Saints.",
			rels: []string{"Lac-Kalbou: in Québec", "Lac-Kalbou: 30 km north of Saint-Michel-des-Saints"}},
	})
}
