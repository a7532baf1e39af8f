package locate

import "testing"

// TestShoreOutOfReach: a shore the text names with no sea the data hold
// near the towns it measures the place from ("on the shore of the sea that
// gave Aral its name", the shore of a lake) is left unmeasured
// (coastFor, outOfReach), not measured to the country's only coast
// hundreds of kilometres off: Kazakhstan's coast is the Caspian's, 600 km
// from Aral; Malawi's and Chad's data hold none at all. The place is still
// placed from the town, and no check is contradicted.
func TestShoreOutOfReach(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []textCase{
		{doc: "Zhanakent, a fishing village on the shore of the sea, lies about 40 km south-west of Aral, Kazakhstan.",
			place: "Zhanakent", anchor: "Aral", country: "KZ", km: 40},
		{doc: "Le village de Koszhar, au bord de la mer, se trouve à 35 km au sud-ouest d'Aral, au Kazakhstan.",
			place: "Koszhar", anchor: "Aral", country: "KZ", km: 35},
		{doc: "The camp at Ulytau Kol, on the shore of the sea, lies 50 km north of Aral, Kazakhstan.",
			place: "Ulytau Kol", anchor: "Aral", country: "KZ", km: 50},
	}
	checkTexts(t, tests)
	for _, tt := range tests {
		for _, c := range analyse(t, tt.doc).Checks {
			if c.Verdict() == VerdictContradicted {
				t.Errorf("%s: %q is contradicted (%s)", tt.doc, c.Phrase, c.Note)
			}
		}
	}
}
