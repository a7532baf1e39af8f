package text

import "testing"

// TestAnch25MonthInTitleDate: a bulletin's title run into its report
// dates itself in brackets, and a capitalised month there ("May",
// "March") is no finite verb that would make the line a sentence: the
// areas after the dash are the title's, graded by a preposition. A
// modal "may" in lower case still makes the line a sentence.
func TestAnch25MonthInTitleDate(t *testing.T) {
	for _, c := range []struct {
		doc   string
		names []string
	}{
		{"SOMALIA – Bay and Bakool: Drought Situation Report No. 5 (3 March). Herders reached Baidoa.", []string{"Bay", "Bakool"}},
		{"HAITI – Nippes and Grand'Anse: Situation Report #2 (14 May). Rains cut the road to Jérémie.", []string{"Nippes", "Grand'Anse"}},
		{"MYANMAR – Rakhine: Flash Update (May 2024). Fighting spread to Mrauk-U.", []string{"Rakhine"}},
		{"TCHAD – Ouaddaï et Sila : Rapport de situation n° 4 (20 mai). Les arrivées se poursuivent à Adré.", []string{"Ouaddaï", "Sila"}},
		{"NIGER – Tillabéri : Note de situation (mars 2024). Des déplacés sont arrivés à Ayorou.", []string{"Tillabéri"}},
	} {
		d := Read(c.doc)
		for _, n := range c.names {
			found := false
			for _, m := range d.Mentions {
				if m.Name == n {
					found = true
					if m.Evidence < EvidencePreposition {
						t.Errorf("Read(%q): %q graded %v, want a place of the title", c.doc, n, m.Evidence)
					}
				}
			}
			if !found {
				t.Errorf("Read(%q): no mention %q", c.doc, n)
			}
		}
	}
	doc := "Cholera response – Sool and Sanaag update may be sent later."
	for _, m := range Read(doc).Mentions {
		if m.Name == "Sool" && m.Evidence >= EvidencePreposition {
			t.Errorf("Read(%q): Sool graded %v in a sentence", doc, m.Evidence)
		}
	}
}
