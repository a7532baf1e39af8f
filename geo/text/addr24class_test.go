package text

import "testing"

// TestAddr24HeadingReflexive holds the class of French headlines whose
// clause after the country's colon has a reflexive verb: « Madagascar :
// un taxi-brousse s'est renversé … », « Pérou : les eaux se retirent ».
// The reflexive form (frenchReflexive) is the clause's verb, and the name
// a place (headingPlace), as « Guinée : un camion a percuté » was; a
// rubric word (« Justice : … s'ouvre ») stays a label.
func TestAddr24HeadingReflexive(t *testing.T) {
	for _, tt := range []struct {
		doc, name string
		want      Evidence
	}{
		{"Madagascar : un taxi-brousse s'est renversé près de Toliara.", "Madagascar", EvidencePreposition},
		{"Bolivie : les eaux se retirent lentement autour de Trinidad.", "Bolivie", EvidencePreposition},
		{"Haïti : une école s'effondre à Jacmel.", "Haïti", EvidencePreposition},
		{"Justice : le procès s'ouvre lundi à Rennes.", "Justice", Evidence(-1)},
		{"Bolivie : inondations autour de Trinidad", "Bolivie", Evidence(-1)},
	} {
		checkEvidence(t, tt.doc, tt.name, tt.want)
	}
}

// TestAddr24HeadingSubject holds the class of French briefs whose
// clause after the country's colon places a named spot without a
// subject before the distance: « Madagascar : un taxi-brousse s'est
// renversé à 30 km de X, près du village de Y ». The country heading
// the brief is no subject of the clause after it (frenchSentSubject).
func TestAddr24HeadingSubject(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Pérou : un bus est tombé dans un ravin à 40 km de Cusco, près du hameau de Huarocondo Alto.",
			rels: []string{"Huarocondo Alto: 40 km from Cusco"}, absent: []string{"Pérou: 40 km from Cusco"}},
		{doc: "Madagascar : un camion s'est renversé à 25 km de Toliara, près du village d'Andranovory.",
			rels: []string{"Andranovory: 25 km from Toliara"}, absent: []string{"Madagascar: 25 km from Toliara"}},
		{doc: "Kalifabougou-Nord : village, à 30 km au nord de Kati.",
			rels: []string{"Kalifabougou-Nord: 30 km north of Kati"}},
	})
}

// TestAddr24BriefHeading holds the class of roundups of news briefs,
// each opened by the country or town it is about and a colon, past the
// document's first sentence: « … s'ouvre à Rennes. Burkina Faso : un
// camion a percuté un car près de Bobo-Dioulasso. » The heading is a
// place when the clause after the colon opens in lower case and has a
// verb (briefHeading); a speaker's label before a capital, as a
// transcript writes it, and a rubric word stay labels.
func TestAddr24BriefHeading(t *testing.T) {
	for _, tt := range []struct {
		doc, name string
		want      Evidence
	}{
		{"Le marché a rouvert à Lomé. Burkina Faso : un camion a percuté un car près de Bobo-Dioulasso.", "Burkina Faso", EvidencePreposition},
		{"Floods hit Beira on Monday. Malawi: a bridge collapsed near Zomba, officials said.", "Malawi", EvidencePreposition},
		{"Le marché a rouvert à Lomé. Santé : un centre a ouvert à Kara.", "Santé", Evidence(-1)},
		{"We reached Zomba at noon. Banda: We were stopped at the bridge by soldiers.", "Banda", Evidence(-1)},
	} {
		checkEvidence(t, tt.doc, tt.name, tt.want)
	}
}

// TestAddr24ContainedHeading holds the class of French briefs headed by
// their town and its container before a colon, whose clause names a spot
// by the town: « Orange, en Nouvelle-Galles du Sud : les pompiers … le
// hameau de X, à 25 km à l'ouest d'Orange ». The heading's colon opens a
// new clause (frenchNewClause), so the distance places the spot, not the
// heading's town; with no heading the reading is unchanged.
func TestAddr24ContainedHeading(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Ségou, au Mali : une crue menace le hameau de Dioro-Koura, à 18 km au nord de Ségou.",
			rels: []string{"Ségou: in Mali", "Dioro-Koura: 18 km north of Ségou"}},
		{doc: "Tamworth, en Nouvelle-Galles du Sud : les pompiers ont protégé la ferme de Bendemeer Park, à 30 km au nord de Tamworth.",
			rels: []string{"Bendemeer Park: 30 km north of Tamworth"}},
		{doc: "Les pompiers ont protégé la ferme de Bendemeer Park, à 30 km au nord de Tamworth.",
			rels: []string{"Bendemeer Park: 30 km north of Tamworth"}},
	})
}
