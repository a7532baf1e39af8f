package text

import "testing"

// TestLead31FrenchReflexiveSite: a French report's body names a new
// site in an apposition or an aside after its kind, then places it with
// the compound past of a reflexive verb (« s'est formé », « s'est
// installé », « s'était constitué »): the auxiliary glued to « s' »
// belongs to the participle, as « a été » does, and the distance is the
// named site's.
func TestLead31FrenchReflexiveSite(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un nouveau site, Bélé-Koura, s'est formé à 8 km à l'ouest de Bossangoa.",
			rels: []string{"Bélé-Koura: 8 km west of Bossangoa"}},
		{doc: "Un camp de fortune, Kilo-Ndeke, s'est installé à 15 km au sud de Bunia.",
			rels: []string{"Kilo-Ndeke: 15 km south of Bunia"}},
		{doc: "Un site de déplacés, appelé Gbadou-Yaka, s'est formé à 12 km au nord de Batangafo.",
			rels: []string{"Gbadou-Yaka: 12 km north of Batangafo"}},
		{doc: "Un campement, Tin-Fadimata, s'était constitué à 30 km à l'est de Ménaka.",
			rels: []string{"Tin-Fadimata: 30 km east of Ménaka"}},
	})
}

// TestLead31FrenchAdverbOpeners: a French adverb or conjunction opening a
// sentence (« Alors que », « Moins connu que », « Pourtant », « Déjà »;
// fr/stopcaps.tsv) opens no name, and the place the sentence locates is
// its subject.
func TestLead31FrenchAdverbOpeners(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Alors que la pluie tombait, les secours ont rejoint le village de Tautira, à 12 km à l'est de Taravao.",
			rels: []string{"Tautira: 12 km east of Taravao"}, not: []string{"Alors"}},
		{doc: "Moins connu que ses voisins, le ksar de Guermessa se dresse à 18 km à l'ouest de Tataouine.",
			rels: []string{"Guermessa: 18 km west of Tataouine"}, not: []string{"Moins"}},
		{doc: "Pourtant, le puits de Tin-Zaouaten se trouve à 12 km au nord de Kidal.",
			rels: []string{"Tin-Zaouaten: 12 km north of Kidal"}, not: []string{"Pourtant"}},
		{doc: "Déjà en 1950, le poste de Bilma comptait une garnison. Encore aujourd'hui, le puits de Séguédine est à 5 km au sud de Bilma.",
			rels: []string{"Séguédine: 5 km south of Bilma"}, not: []string{"Déjà", "Encore"}},
	})
}
