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
