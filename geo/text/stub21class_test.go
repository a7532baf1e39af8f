package text

import "testing"

// TestCorpusFrenchAdjectiveDivisionContainer: in the French gazetteer
// formula "X est un village du département et la commune rurale de Y,
// situé dans la province de Z", Y follows a division noun with its
// adjective, so Y is X's container and the participle, and the pronoun of
// the next sentence, stay X's.
func TestCorpusFrenchAdjectiveDivisionContainer(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kounkoubguin est un village du département et la commune urbaine de Kaya, situé dans la province du Sanmatenga. Il est situé à 18 km au nord de Kaya.",
			rels: []string{"Kounkoubguin: 18 km north of Kaya", "Kounkoubguin: in Sanmatenga"}},
		{doc: "Tanghin est un village du département et la commune rurale de Pabré, situé dans la province du Kadiogo. Il se trouve à 12 km au nord de Pabré.",
			rels: []string{"Tanghin: 12 km north of Pabré"}},
		{doc: "Kounkoubguin est un village du département de Kaya, situé à 18 km au nord de Kaya.",
			rels: []string{"Kounkoubguin: 18 km north of Kaya"}}, // guard
	})
}

// TestCorpusAncientPeoples: the peoples of ancient empires ("Inca",
// "Aztec") qualify a noun and name no place ("used in Inca rituals"),
// though towns bear their names.
func TestCorpusAncientPeoples(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Chacan is an archaeological site 6 km north of Cusco. The site was used in Inca rituals.", not: []string{"Inca"}},
		{doc: "Tlalpan is a village 20 km south of Puebla known for Aztec pottery.", not: []string{"Aztec"}},
		{doc: "The ferry docked at Alcúdia, 25 km north-east of Inca.", rels: []string{"Alcúdia: 25 km northeast of Inca"}}, // guard
	})
}

// TestCorpusCoordinatedModifiers: "and" between two lower-case modifiers
// of an indefinite kind ("a copper and gold mine") ends no phrase, so the
// distance after the kind places the subject of the copula.
func TestCorpusCoordinatedModifiers(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Ulaan Tolgoi mine is a copper and molybdenum prospect 22 km north-west of Erdenet, in Orkhon Province.",
			rels: []string{"Ulaan Tolgoi: 22 km northwest of Erdenet"}},
		{doc: "The Kasiya dam is a water and irrigation dam 12 km south of Lilongwe.",
			rels: []string{"Kasiya: 12 km south of Lilongwe"}},
		{doc: "The Ulaan Tolgoi mine is a copper prospect 22 km north-west of Erdenet.",
			rels: []string{"Ulaan Tolgoi: 22 km northwest of Erdenet"}}, // guard
	})
}

// TestCorpusObjectRelativeKeepsTopic: in a sentence that opens with "it"
// for the topic, a relative clause about the object of a preposition ("It
// belongs to the district of Antsirabe II, which is a part of
// Vakinankaratra Region") leaves the topic alone, so the next "it" is
// still the topic's (the Madagascar commune formula).
func TestCorpusObjectRelativeKeepsTopic(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Ambohimanarivo is a rural commune in Madagascar. It belongs to the district of Antsirabe II, which is a part of Vakinankaratra Region. The population of the commune was estimated to be approximately 14,000 in 2001 commune census. It is situated 24 km west of Antsirabe.",
			rels: []string{"Ambohimanarivo: 24 km west of Antsirabe"}, absent: []string{"Antsirabe II: 24 km west of Antsirabe"}},
		{doc: "Ankazomiriotra is a rural municipality in Madagascar. It belongs to the district of Mandoto, which is a part of Vakinankaratra Region. It is situated 60 km west of Antsirabe.",
			rels: []string{"Ankazomiriotra: 60 km west of Antsirabe"}},
		{doc: "Fighting erupted in Kidal, which lies 300 km north of Gao.",
			rels: []string{"Kidal: 300 km north of Gao"}}, // guard
	})
}

// TestCorpusSaharanInNames: a capitalised "In" opening a sentence opens
// the name when the run is the subject of "is a" ("In Salah is a town"),
// and stays a preposition before a clause ("In Gao, shops were closed").
func TestCorpusSaharanInNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "In Tagalt is a Tuareg encampment and well in the Aïr Mountains of Niger, about 65 km north-east of Agadez.",
			rels: []string{"In Tagalt: 65 km northeast of Agadez"}},
		{doc: "In Ekker is a small village in Algeria, 150 km north of Tamanrasset.",
			rels: []string{"In Ekker: 150 km north of Tamanrasset"}},
		{doc: "In Gao, shops were closed. The camp lies 20 km north of Gao.", places: []string{"Gao"}, not: []string{"In Gao"}}, // guard
	})
}

// TestCorpusArabicAssimilatedArticle: the Arabic article assimilated
// before a consonant joins one name: as "en" or "et" right after a lead of
// Arabic names ("the Jebel en Negueb"), and as "ez", "ed", "er", "ech",
// "esh" or "ej" anywhere (particles.tsv: "Bir ed Dabbaghat"); French
// "en" and "et" between names elsewhere stay French.
func TestCorpusArabicAssimilatedArticle(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Ain Tarfaya is a small oasis 22 km north of Tozeur at the foot of the Jebel en Negueb.",
			rels: []string{"Ain Tarfaya: near Jebel en Negueb"}, not: []string{"Jebel"}},
		{doc: "The well of Bir ed Dabbaghat lies 40 km south of Remada.",
			rels: []string{"Bir ed Dabbaghat: 40 km south of Remada"}},
		{doc: "Oglat Sidi Moussa est un ksar de la wilaya de Ghardaïa en Algérie, situé à 45 km au sud de Ghardaïa.",
			rels: []string{"Oglat Sidi Moussa: 45 km south of Ghardaïa"}, not: []string{"Ghardaïa en Algérie"}}, // guard
		{doc: "Les routes entre Gao et Kidal sont coupées.", places: []string{"Gao", "Kidal"}}, // guard
	})
}
