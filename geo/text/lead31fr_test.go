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
