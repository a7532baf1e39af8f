package text

import "testing"

// TestCorpusSharedRelation: one stated relation said of several places
// at once, in English and French ("Kalo and Bema, both 30 km south of
// Gao", "toutes trois à moins de 10 km d'Ansongo", "deux villages situés
// chacun à 25 km", "Two hamlets, A and B, lie 15 km north of Gao"): every
// member of the list is given the relation, also when the sentence gives
// the phrase no other subject (the list is the object of its verb).
func TestCorpusSharedRelation(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Gunmen attacked Tagarost and Intahaka, both about 30 km south of Gao, on Tuesday night, killing at least twelve civilians, local officials said.",
			rels: []string{"Tagarost: 30 km south of Gao", "Intahaka: 30 km south of Gao"}},
		{doc: "The villages of Tamkelt and Irézar, each about 20 km from Ménaka, are inhabited mainly by Tuareg herders.",
			rels: []string{"Tamkelt: 20 km from Ménaka", "Irézar: 20 km from Ménaka"}},
		{doc: "Aid workers reported that Amassine, Tadjalalt and Intillit, all within 10 km of Ansongo, had received no food deliveries since March.",
			rels: []string{"Amassine: 10 km from Ansongo", "Tadjalalt: 10 km from Ansongo", "Intillit: 10 km from Ansongo"}},
		{doc: "Two hamlets, Tinfagat and Kourfeye, lie 15 km north of Gao on the road to Bourem.",
			rels: []string{"Tinfagat: 15 km north of Gao", "Kourfeye: 15 km north of Gao"}},
		{doc: "Floods destroyed hundreds of homes in Ogolène and Ezzouk, two villages each located about 40 km west of Agadez, the Red Cross said on Friday.",
			rels: []string{"Ogolène: 40 km west of Agadez", "Ezzouk: 40 km west of Agadez"}},
		// French.
		{doc: "Les combats ont touché Tagarost et Intahaka, tous deux à 30 km au sud de Gao, selon des sources locales.",
			rels: []string{"Tagarost: 30 km south of Gao", "Intahaka: 30 km south of Gao"}},
		{doc: "Selon les humanitaires, Amassine, Tadjalalt et Intillit, toutes trois à moins de 10 km d'Ansongo, n'ont reçu aucune distribution de vivres depuis le mois de mars.",
			rels: []string{"Amassine: 10 km from Ansongo", "Tadjalalt: 10 km from Ansongo", "Intillit: 10 km from Ansongo"}},
		{doc: "Des hommes armés ont incendié Gassikoira et Tingara, deux villages situés chacun à environ 25 km à l'est de Mopti, a indiqué le gouverneur de la région.",
			rels: []string{"Gassikoira: 25 km east of Mopti", "Tingara: 25 km east of Mopti"}},
		{doc: "Les inondations ont frappé Ogolène et Ezzouk, toutes deux situées à une quarantaine de kilomètres à l'ouest d'Agadez, a annoncé la protection civile.",
			rels: []string{"Ogolène: 40 km west of Agadez", "Ezzouk: 40 km west of Agadez"}},
		{doc: "Les combats ont touché Tagarost et Intahaka, tous les deux à 30 km au sud de Gao.",
			rels: []string{"Tagarost: 30 km south of Gao", "Intahaka: 30 km south of Gao"}},
		{doc: "Tagarost and Intahaka, both of which lie about 30 km south of Gao, were shelled.",
			rels: []string{"Tagarost: 30 km south of Gao", "Intahaka: 30 km south of Gao"}},
		{doc: "Kalo et Bema sont à 30 km au sud de Gao.",
			rels: []string{"Kalo: 30 km south of Gao", "Bema: 30 km south of Gao"}},
		// The neighbours named with "les communes de", as "the
		// municipalities of" is read.
		{doc: "Kourfeye est une commune du Niger située à 35 km au nord de Tahoua. Ses voisins sont les communes de Tinfagat au nord, Ogolène à l'est et Ezzouk au sud.",
			rels: []string{"Kourfeye: south of Tinfagat", "Kourfeye: west of Ogolène", "Kourfeye: north of Ezzouk"}},
		// A list with no shared word keeps its own subjects, and shared
		// words far from a phrase give it to no list.
		{doc: "Troops moved from Gao and Kidal, both held by the army, to Tinab, 30 km south of Mopti.",
			rels:   []string{"Tinab: 30 km south of Mopti"},
			absent: []string{"Gao: 30 km south of Mopti", "Kidal: 30 km south of Mopti"}},
		{doc: "Gao and Kidal were shelled; Tinab lies 15 km north of Kidal.",
			rels:   []string{"Tinab: 15 km north of Kidal"},
			absent: []string{"Gao: 15 km north of Kidal"}},
	})
}
