package text

import "testing"

// TestCorpusNameless: a descriptor with an article and no name ("the camp",
// "a military base", "le poste de contrôle") opening a sentence is the
// subject of its relations, a place of its own; every relation of the
// sentence is kept. Containers, borders and "the nearest town" are not such
// places, and "the village" still stands for a named topic of its kind.
func TestCorpusNameless(t *testing.T) {
	checkCorpus(t, []example{
		// English, definite and indefinite.
		{doc: "The camp is 60 km east of the Mauritanian border, near Nara.",
			rels: []string{"The camp: 60 km east of border(Mauritanian)", "The camp: near Nara"}, places: []string{"The camp", "Nara"}},
		{doc: "The camp is 60 km east of Gao.", rels: []string{"The camp: 60 km east of Gao"}},
		{doc: "A camp lies 60 km east of Gao, near Ansongo.",
			rels: []string{"A camp: 60 km east of Gao", "A camp: near Ansongo"}, absent: []string{"Gao: near Ansongo"}},
		{doc: "The bivouac was 12 km north of Kidal.", rels: []string{"The bivouac: 12 km north of Kidal"}},
		{doc: "The checkpoint sits 8 km south of Sévaré on the road to Mopti.", rels: []string{"The checkpoint: 8 km south of Sévaré"}},
		{doc: "A military base lies 25 km west of Tessalit, close to the Algerian border.",
			rels: []string{"A military base: 25 km west of Tessalit", "A military base: near border(Algerian)"}},
		{doc: "The ambush site is about 40 km northeast of Ménaka.", rels: []string{"The ambush site: 40 km northeast of Ménaka"}},
		{doc: "The village lies 15 km south of Bourem.", rels: []string{"The village: 15 km south of Bourem"}},
		{doc: "The small well is 3 km from Araouane.", rels: []string{"The small well: 3 km from Araouane"}},
		// Events (lexicon/*/events.tsv): what happens at a place is
		// placed by the text, and a scene an earlier sentence gives it
		// without placing it ("near Tinabaw", "attacked Tinabaw") is near
		// it; never the topic, never a place the document names.
		{doc: "The ambush took place 20 km south of Gao.", rels: []string{"The ambush: 20 km south of Gao"}},
		{doc: "Gao is a town in Mali. The attack took place 30 km east of Gao.",
			rels: []string{"The attack: 30 km east of Gao"}, absent: []string{"Gao: 30 km east of Gao"}},
		{doc: "The attack occurred about 30 km east of Ménaka, near the village of Tinabaw.",
			rels: []string{"The attack: 30 km east of Ménaka", "The attack: near Tinabaw"}, absent: []string{"Ménaka: near Tinabaw"}},
		{doc: "Gunmen attacked a convoy near the village of Tinabaw on Monday. The attack took place 30 km east of Ménaka.",
			rels: []string{"The attack: near Tinabaw", "The attack: 30 km east of Ménaka"}},
		{doc: "Gunmen attacked the village of Tinabaw on Monday. The ambush occurred 30 km east of Ménaka.",
			rels: []string{"The ambush: near Tinabaw", "The ambush: 30 km east of Ménaka"}},
		{doc: "Des hommes armés ont attaqué le village de Tinabaw lundi. L'attaque a eu lieu à 30 km à l'est de Ménaka.",
			rels: []string{"L'attaque: near Tinabaw", "L'attaque: 30 km east of Ménaka"}},
		{doc: "Les combats se sont déroulés à 20 km au sud de Gao.", rels: []string{"Les combats: 20 km south of Gao"}},
		// What an event happened to, where it happened.
		{doc: "The convoy was ambushed some 30 km south of Gao.", rels: []string{"The convoy was ambushed: 30 km south of Gao"}},
		{doc: "A bus crashed 12 km from Kidal.", rels: []string{"A bus crashed: 12 km from Kidal"}},
		{doc: "The army was deployed 30 km south of Gao.", absent: []string{"The army: 30 km south of Gao"}},
		// No event told where the scene is named; or told too long before.
		{doc: "Officials met near Tinabaw on Monday. The attack took place 30 km east of Ménaka.",
			absent: []string{"The attack: near Tinabaw"}},
		{doc: "Gunmen attacked Tinabaw. Gao is a town. Kidal is a town. Ménaka is a town. The attack took place 30 km east of Ménaka.",
			absent: []string{"The attack: near Tinabaw"}},
		// After an introductory phrase; with a "for" phrase after the noun.
		{doc: "According to officials, the camp is 60 km east of Gao.", rels: []string{"the camp: 60 km east of Gao"}},
		{doc: "Near Nara, the camp is 60 km east of the Mauritanian border.",
			rels: []string{"the camp: near Nara", "the camp: 60 km east of border(Mauritanian)"}},
		{doc: "A camp for displaced families lies 60 km east of Gao.", rels: []string{"A camp for displaced families: 60 km east of Gao"}},
		{doc: "The camp, set up in 2012, lies 60 km east of Gao.", rels: []string{"The camp: 60 km east of Gao"}},
		// A late subject after a fronted relation.
		{doc: "About 20 km north of Gao is a checkpoint.", rels: []string{"a checkpoint: 20 km north of Gao"}},
		{doc: "20 km north of Gao lies the village of Tinzawaten.", rels: []string{"Tinzawaten: 20 km north of Gao"}},
		{doc: "Near Gao is the region.", absent: []string{"the region: near Gao"}},
		{doc: "The village chief said the attack was 20 km north of Kidal.", not: []string{"The village chief", "The village"}},
		// A later "the camp" is the same place; a kind the topic does not
		// have is a place of its own, and the topic as object is no subject.
		{doc: "A camp lies 60 km east of Gao. The camp is 20 km from Bourem.",
			rels: []string{"A camp: 60 km east of Gao", "A camp: 20 km from Bourem"}},
		{doc: "Gao is a town on the Niger. The camp is 60 km east of Gao.",
			rels: []string{"The camp: 60 km east of Gao"}, absent: []string{"Gao: 60 km east of Gao"}},
		{doc: "Anéfis is a town. The base is 30 km north of Anéfis. The base is 90 km south of Kidal.",
			rels: []string{"The base: 30 km north of Anéfis", "The base: 90 km south of Kidal"}},
		// Named elsewhere in the document: it is that place.
		{doc: "The camp is 60 km east of Gao. Fighters left the camp at Inabag on Monday.",
			rels: []string{"Inabag: 60 km east of Gao"}, absent: []string{"The camp: 60 km east of Gao"}},
		{doc: "Residents fled the village of Tinzawaten. The village is 20 km from the Algerian border.",
			rels: []string{"Tinzawaten: 20 km from border(Algerian)"}},
		// Not over-firing: containers, borders, capitals, the nearest town.
		{doc: "The region is 60 km east of Gao.", absent: []string{"The region: 60 km east of Gao"}},
		{doc: "The capital is 300 km west of Gao.", absent: []string{"The capital: 300 km west of Gao"}},
		{doc: "The border is 60 km east of Gao.", absent: []string{"The border: 60 km east of Gao"}},
		{doc: "Kona is a small town. The nearest town is Konna, 55 km to the northeast.", not: []string{"The nearest town"}},
		// A named topic keeps its pronoun and its "the village".
		{doc: "Kona is a small town. The village is 55 km northeast of Mopti.", rels: []string{"Kona: 55 km northeast of Mopti"}},
		{doc: "Inabag is a camp. It is 20 km north of Gao.", rels: []string{"Inabag: 20 km north of Gao"}},
		{doc: "Tarkint is a village. The camp is 5 km west of Tarkint.", rels: []string{"The camp: 5 km west of Tarkint"}},
		// The object of a verb or preposition, right before its distance:
		// the distance measures from that place, not from the clause's
		// subject. After a copula or a comma it is an apposition.
		{doc: "Villagers from Gilgit and Skardu fled to a camp 12 km south of Gilgit, officials said.",
			rels: []string{"a camp: 12 km south of Gilgit"}, places: []string{"Gilgit", "Skardu", "a camp"}},
		{doc: "Gunmen attacked a small military base 30 km east of Kidal on Monday.",
			rels: []string{"a small military base: 30 km east of Kidal"}},
		{doc: "Troops reached a camp located 12 km south of Gilgit.", rels: []string{"a camp: 12 km south of Gilgit"}},
		{doc: "A checkpoint 40 km north of Gao was overrun.", rels: []string{"A checkpoint: 40 km north of Gao"}},
		{doc: "Kidal is a town 80 km from Tessalit.", rels: []string{"Kidal: 80 km from Tessalit"}, not: []string{"a town"}},
		{doc: "Kidal, a town 80 km from Tessalit, was calm.", rels: []string{"Kidal: 80 km from Tessalit"}, not: []string{"a town"}},
		{doc: "Rebels crossed the region 60 km east of Gao.", absent: []string{"the region: 60 km east of Gao"}},
		// A spot named by its kind after a possessive or "its".
		{doc: "The earthquake's epicentre was 25 km south-west of Amizmiz.",
			rels: []string{"The earthquake's epicentre: 25 km southwest of Amizmiz"}},
		{doc: "Its epicenter was located 30 km north of Herat.", rels: []string{"Its epicenter: 30 km north of Herat"}},
	})
}

// TestCorpusNamelessFrench: the same in French.
func TestCorpusNamelessFrench(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le camp est situé à 60 km à l'est de la frontière mauritanienne, près de Nara.",
			rels: []string{"Le camp: 60 km east of border(mauritanienne)", "Le camp: near Nara"}},
		{doc: "La base se trouve à 60 km à l'est de Gao, près d'Ansongo.",
			rels: []string{"La base: 60 km east of Gao", "La base: near Ansongo"}},
		{doc: "Le poste de contrôle est situé à 12 km au nord de Gao.", rels: []string{"Le poste de contrôle: 12 km north of Gao"}},
		{doc: "Une base militaire est installée à 25 km à l'ouest de Tessalit.", rels: []string{"Une base militaire: 25 km west of Tessalit"}},
		{doc: "L'oasis se trouve à 30 km au sud de Tamanrasset.", rels: []string{"L'oasis: 30 km south of Tamanrasset"}},
		{doc: "Le campement est à 15 km de Kidal. Le campement est à 40 km au nord d'Anéfis.",
			rels: []string{"Le campement: 15 km from Kidal", "Le campement: 40 km north of Anéfis"}},
		{doc: "Selon l'armée, le camp est situé à 60 km à l'est de Gao.", rels: []string{"le camp: 60 km east of Gao"}},
		{doc: "À 15 km à l'est de Gao se trouve un campement.", rels: []string{"un campement: 15 km east of Gao"}},
		{doc: "La région est située à 60 km à l'est de Gao.", absent: []string{"La région: 60 km east of Gao"}},
		{doc: "Bandio est un village. Le village se trouve à 21 km de Dori.", rels: []string{"Bandio: 21 km from Dori"}},
		{doc: "Les combattants ont quitté le camp de Tinfadimata. Le camp est situé à 15 km à l'est de Gao.",
			rels: []string{"Tinfadimata: 15 km east of Gao"}},
		{doc: "Les habitants ont fui vers un campement à 8 km au sud de Gao.", rels: []string{"un campement: 8 km south of Gao"}},
		{doc: "Les habitants ont fui vers un campement situé à 8 km au sud de Gao.", rels: []string{"un campement: 8 km south of Gao"}},
		{doc: "Gao est une ville à 300 km de Mopti.", absent: []string{"une ville: 300 km from Mopti"}},
		// A complement of the noun before the name.
		{doc: "Le poste de contrôle de Bakassa se trouve à 45 km au nord de Bossangoa.",
			rels: []string{"Bakassa: 45 km north of Bossangoa"}},
		{doc: "Le camp de réfugiés de Mentao est situé à 10 km au nord de Djibo.", rels: []string{"Mentao: 10 km north of Djibo"}},
	})
}

// FuzzReadNameless checks the invariants of Read (spans inside the text,
// mentions in order, indices in range) on texts whose nameless subjects
// add mentions while relations are read.
func FuzzReadNameless(f *testing.F) {
	f.Add("Gao is a town. The camp is 60 km east of Gao, near Nara. A base lies 5 km from the camp at Inabag. The base is 3 km from Kidal.")
	f.Add("Selon l'armée, le poste de contrôle est situé à 12 km au nord de Gao. Le camp de Tin est à 5 km. Le camp est près de Kidal.")
	f.Add("A camp for displaced families lies 60 km east of Gao. The camp, Kidal (Tamasheq: X), is 5 km north of Anéfis and 3 km from the Algerian border.")
	f.Fuzz(func(t *testing.T, doc string) {
		checkSpans(t, doc, Read(doc))
	})
}
