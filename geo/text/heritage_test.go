package text

import "testing"

// TestCorpusHeritageKinds: French heritage writing sets an adjective of
// a church, a people or a period between the kind and its name (« la
// forteresse croisée de X », « le monastère copte de X », « la villa
// gallo-romaine de X », fr/adjectives.tsv), opens with an adjective and
// the elided article before the kind (« L'ancienne colline royale d'X »),
// and names kinds of its own (« la colline », « la villa », « le bordj »,
// « la nécropole », fr/descriptors.tsv).
func TestCorpusHeritageKinds(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le château croisé de Qalaat Sanjil se dresse à 3 km au sud-est de Tripoli, au Liban.",
			rels: []string{"Qalaat Sanjil: 3 km southeast of Tripoli"}},
		{doc: "Le monastère copte de Deir Anba Hadra se trouve à 4 km à l'ouest d'Assouan.",
			rels: []string{"Deir Anba Hadra: 4 km west of Assouan"}},
		{doc: "La villa gallo-romaine de Montmaurin se trouve à une douzaine de kilomètres au nord de Saint-Gaudens.",
			rels: []string{"Montmaurin: 12 km north of Saint-Gaudens"}},
		{doc: "L'ancienne abbaye cistercienne de Boulbonne se trouve à 5 km au sud de Cintegabelle.",
			rels: []string{"Boulbonne: 5 km south of Cintegabelle"}},
		{doc: "L'ancienne colline royale d'Ilafy se trouve à une dizaine de kilomètres au nord-est d'Antananarivo.",
			rels: []string{"Ilafy: 10 km northeast of Antananarivo"}},
		{doc: "La nécropole punique de Jbel Mlezza se trouve à 2 km au sud de Kerkouane.",
			rels: []string{"Jbel Mlezza: 2 km south of Kerkouane"}},
		{doc: "Le bordj de Tiout se dresse à 18 km à l'est d'Aïn Sefra.",
			rels: []string{"Tiout: 18 km east of Aïn Sefra"}},
		// Dynasties and peoples as adjectives, after an inner kind too.
		{doc: "Les ruines de la cité almoravide de Tamdoult se trouvent à environ 90 km au sud-est de Taroudant.",
			rels: []string{"Tamdoult: 90 km southeast of Taroudant"}},
		{doc: "Les vestiges de la villa romaine de Séviac se trouvent à 2 km au sud de Montréal, dans le Gers.",
			rels: []string{"Séviac: 2 km south of Montréal"}},
		{doc: "La kasbah saadienne de Tazenakht se trouve à 80 km au sud-ouest de Ouarzazate.",
			rels: []string{"Tazenakht: 80 km southwest of Ouarzazate"}},
		// An adjective alone after the elided article is no kind.
		{doc: "L'ancienne est à 12 km de Gao.", absent: []string{"Gao: 12 km from ?"}},
	})
}

// TestCorpusPastVerbsOfPlace: history tells where a lost building stood
// in the past tense (« s'élevait », « se dressait », « se trouvaient »)
// and with « s'élève » (fr/verbs.tsv).
func TestCorpusPastVerbsOfPlace(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le fort Saint-Frédéric, bâti en 1734 sur le lac Champlain, s'élevait à environ 15 km au nord de Ticonderoga.",
			rels: []string{"Saint-Frédéric: 15 km north of Ticonderoga"}},
		{doc: "Le château de Montaillé se dressait à 12 km au sud d'Orléans.",
			rels: []string{"Montaillé: 12 km south of Orléans"}},
		{doc: "La tour de Guet-Mahon s'élève à 4 km à l'est de Mahón.",
			rels: []string{"Guet-Mahon: 4 km east of Mahón"}},
	})
}
