package text

import "testing"

// TestTownModifiers: a town used as a modifier before a noun of its
// people, officials or bodies (townnouns.tsv), or after a French one of
// lists.tsv and « de », is a place the text names; a noun a firm has too
// leaves a firm's name ("a Toyota supplier") alone.
func TestTownModifiers(t *testing.T) {
	for _, c := range []struct {
		name, doc, place string
		want             bool
	}{
		{"fans opening a sentence", "Inverness fans travelled to the friendly in Dingwall.", "Inverness", true},
		{"officials opening a sentence", "Zaria officials thanked the club.", "Zaria", true},
		{"colleagues", "Jaipur colleagues joined them on Tuesday.", "Jaipur", true},
		{"after an indefinite article", "A Machakos cooperative supplies its seedlings.", "Machakos", true},
		{"two-word town", "Fort Collins distributors will carry its beer.", "Fort Collins", true},
		{"guides", "Cusco guides lead treks to the ruins.", "Cusco", true},
		{"firm's supplier", "A Toyota supplier has built a parts plant.", "Toyota", false},
		{"airline's pilot", "An Emirates pilot has opened a guesthouse.", "Emirates", false},
		{"French buyers", "Des acheteurs de Port-Vila sont attendus.", "Port-Vila", true},
		{"French agencies", "Les agences de Papeete la recommandent.", "Papeete", true},
		{"French guides", "Les guides de Toliara y envoient leurs clients.", "Toliara", true},
	} {
		if got := mentionEvidence(c.doc, c.place) >= EvidencePreposition; got != c.want {
			t.Errorf("%s: Read(%q): %s a place = %v, want %v", c.name, c.doc, c.place, got, c.want)
		}
	}
}
