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
		{"Madagascar : un taxi-brousse s'est renversé près de Toliara.", "Madagascar", EvidenceCapitalised},
		{"Bolivie : les eaux se retirent lentement autour de Trinidad.", "Bolivie", EvidenceCapitalised},
		{"Haïti : une école s'effondre à Jacmel.", "Haïti", EvidenceCapitalised},
		{"Justice : le procès s'ouvre lundi à Rennes.", "Justice", Evidence(-1)},
		{"Bolivie : inondations autour de Trinidad", "Bolivie", Evidence(-1)},
	} {
		checkEvidence(t, tt.doc, tt.name, tt.want)
	}
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
		{"Le marché a rouvert à Lomé. Burkina Faso : un camion a percuté un car près de Bobo-Dioulasso.", "Burkina Faso", EvidenceCapitalised},
		{"Floods hit Beira on Monday. Malawi: a bridge collapsed near Zomba, officials said.", "Malawi", EvidenceCapitalised},
		{"Le marché a rouvert à Lomé. Santé : un centre a ouvert à Kara.", "Santé", Evidence(-1)},
		{"We reached Zomba at noon. Banda: We were stopped at the bridge by soldiers.", "Banda", Evidence(-1)},
	} {
		checkEvidence(t, tt.doc, tt.name, tt.want)
	}
}
