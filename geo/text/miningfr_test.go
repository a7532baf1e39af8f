package text

import "testing"

// TestCorpusFrenchExtentAside: « X, composé de six aérogénérateurs, situé
// à 8 km de Y », « X, d'une superficie de 20 ha, situé à … »: the aside
// of what a site covers or counts (fr/extentverbs.tsv) or of its size is
// stepped over, and the participle after it places X
// (skipSizeAsideBack in frenchSubject).
func TestCorpusFrenchExtentAside(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "L'enquête porte sur le parc éolien des Grands Champs, composé de huit aérogénérateurs, situé à 12 km au nord de Bourges.",
			rels: []string{"Grands Champs: 12 km north of Bourges"}},
		{doc: "La mairie accueille le dossier de la centrale solaire de Bel-Air, d'une superficie de 25 ha, située à 6 km à l'ouest de Niort.",
			rels: []string{"Bel-Air: 6 km west of Niort"}},
		{doc: "The Ncojane licence area, covering 1,000 km², lies 60 km west of Ghanzi.",
			rels: []string{"Ncojane: 60 km west of Ghanzi"}},
	})
}

// TestCorpusFrenchProjectKind: « le projet aurifère de X » names X a
// project (fr/descriptors.tsv), with its adjective, as « le gisement de
// X » names a deposit.
func TestCorpusFrenchProjectKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le projet aurifère de Kossanto-Ouest, d'une superficie de 150 km², est situé à environ 35 km au nord de Bafoulabé.",
			rels: []string{"Kossanto-Ouest: 35 km north of Bafoulabé"}},
		{doc: "Le projet minier de Fadiaga se trouve à 20 km au sud de Kédougou.",
			rels: []string{"Fadiaga: 20 km south of Kédougou"}},
	})
}

// TestCorpusFrenchActorApposition: « La Comilog, filiale d'Eramet, a lancé
// les travaux sur le plateau de X, à 40 km de Y »: the firm acts, past its
// apposition, and the distance places the place it acts at (frenchActor).
func TestCorpusFrenchActorApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La Sominki, filiale de Banro, a lancé des travaux sur le plateau de Kamituga-Sud, à 25 km au sud de Kamituga.",
			rels: []string{"Kamituga-Sud: 25 km south of Kamituga"}, absent: []string{"Sominki: 25 km south of Kamituga"}},
	})
}

// TestCorpusFurtherLegOverPlacelessSentence: a further leg (« 5 km plus
// au sud », "5 km further south") is measured from the last place
// reached even when a sentence naming no place stands between
// (lastReached, namesPlace).
func TestCorpusFurtherLegOverPlacelessSentence(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les gendarmes ont démantelé le site de Saut Lavaud, à 30 km au nord de Saül. Deux pelles ont été détruites. Un second chantier, Saut Lavaud Amont, se trouvait 4 km plus au nord.",
			rels: []string{"Saut Lavaud: 30 km north of Saül", "Saut Lavaud Amont: 4 km north of Saut Lavaud"}},
	})
}

// TestCorpusWorkOnRiver: a dam or a plant built, planned or set « sur la
// Lom », "on the Teles Pires River", right before a distance is what the
// distance places; the river is stepped over (frenchSubject, verbs.tsv
// "planned", "proposed").
func TestCorpusWorkOnRiver(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le barrage de Nachtigal-Amont, d'une puissance de 420 MW, sera construit sur la Sanaga à environ 65 km au nord-est de Yaoundé.",
			rels: []string{"Nachtigal-Amont: 65 km northeast of Yaoundé"}, absent: []string{"Sanaga: 65 km northeast of Yaoundé"}},
		{doc: "The Colíder Norte hydroelectric plant is planned on the Teles Pires River about 70 km north of Sinop.",
			rels: []string{"Colíder Norte: 70 km north of Sinop"}},
		{doc: "The Tumbes Norte dam is proposed on the Tumbes River some 25 km south of Tumbes.",
			rels: []string{"Tumbes Norte: 25 km south of Tumbes"}},
	})
}
