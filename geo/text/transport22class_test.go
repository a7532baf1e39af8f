package text

import "testing"

// TestTransport22MishapVerbs: the verbs of a road or rail accident are
// scene rows of lexicon/*/events.tsv, so the vehicle's mishap is the
// place a distance right after it measures ("derailed", "plunged into a
// ravine", "rolled over", « a déraillé », « s'est renversé », « a chuté
// dans un ravin », « est tombé dans une rivière », « a percuté »).
func TestTransport22MishapVerbs(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The train derailed about 20 km north of Hubli, Karnataka, early on Tuesday.",
			rels: []string{"The train derailed: 20 km north of Hubli"}},
		{doc: "A long-distance bus plunged into a ravine 60 km north-east of Arequipa early on Sunday.",
			rels: []string{"A long-distance bus plunged: 60 km northeast of Arequipa"}},
		{doc: "A tourist coach rolled over on a mountain road 35 km west of Cusco.",
			rels: []string{"A tourist coach rolled over: 35 km west of Cusco"}},
		{doc: "The freight train left the rails 8 km east of Kamloops on Monday.",
			rels: []string{"The freight train left the rails: 8 km east of Kamloops"}},
		{doc: "Un train de marchandises a déraillé à 12 km au nord de Bouaké, mercredi.",
			rels: []string{"Un train de marchandises a déraillé: 12 km north of Bouaké"}},
		{doc: "Un bus des TEC s'est renversé sur la N4 à 6 km au sud de Namur, lundi matin.",
			rels: []string{"Un bus des TEC s'est renversé: 6 km south of Namur"}},
		{doc: "Un autocar transportant une quarantaine de passagers a chuté dans un ravin à 20 km au sud d'Azilal, mardi.",
			rels: []string{"Un autocar transportant une quarantaine de passagers a chuté: 20 km south of Azilal"}},
		{doc: "Un taxi-brousse est tombé dans une rivière à 25 km au nord d'Antsirabe, sur la RN7.",
			rels: []string{"Un taxi-brousse est tombé dans une rivière: 25 km north of Antsirabe"}},
		{doc: "Un minibus a percuté un arbre à 15 km à l'est de Thiès.",
			rels: []string{"Un minibus a percuté: 15 km east of Thiès"}},
	})
}

// TestTransport22VillageScene: a vehicle's mishap said to be near a
// village named with its kind and measured by a distance hands the
// distance to the village (distanceToVillage); an event noun's scene
// ("The attack") keeps both.
func TestTransport22VillageScene(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The bus overturned on the N3, 25 km north of Kaya, near the village of Tangsega.",
			rels: []string{"Tangsega: 25 km north of Kaya"}, absent: []string{"The bus overturned: 25 km north of Kaya"}},
		{doc: "Le car s'est renversé entre Kaya et Dori, près du village de Bani, à 40 km au nord de Kaya.",
			rels: []string{"Bani: 40 km north of Kaya"}},
	})
}
