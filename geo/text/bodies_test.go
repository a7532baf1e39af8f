package text

import (
	"slices"
	"testing"
)

// TestBodyNames: the name after a capitalised learned body and "of", «
// de » or « du » ("the National Museum of Mongolia", « le Musée national
// du Mali ») is no mention, and its span is kept in Document.Bodies; the
// body's own words are no mention either. In lower case the body is a
// building in its town (« l'université de Ouagadougou »), and a noun of no
// body before "of" leaves the name a place.
func TestBodyNames(t *testing.T) {
	for _, c := range []struct {
		doc    string
		bodies []string
		places []string
	}{
		{"A mirror is on display at the National Museum of Mongolia in Ulaanbaatar.", []string{"Mongolia"}, []string{"Ulaanbaatar"}},
		{"Dates from a University of Pennsylvania laboratory place the burials near Gao.", []string{"Pennsylvania"}, []string{"Gao"}},
		{"Experts from the University of the Witwatersrand dug at Kalo, 8 km east of Gao.", []string{"Witwatersrand"}, []string{"Gao"}},
		{"Le Musée national du Mali a reçu les objets trouvés à Kanfou.", []string{"Mali"}, []string{"Kanfou"}},
		{"Les étudiants de l'université de Ouagadougou ont rejoint Kaya.", nil, []string{"Ouagadougou", "Kaya"}},
		{"The market of Kano sent traders to Gao.", nil, []string{"Kano", "Gao"}},
	} {
		d := Read(c.doc)
		var got []string
		for _, sp := range d.Bodies {
			got = append(got, sp.Text(d.Text))
		}
		if !slices.Equal(got, c.bodies) {
			t.Errorf("Read(%q).Bodies = %q, want %q", c.doc, got, c.bodies)
		}
		for _, m := range d.Mentions {
			if slices.Contains(c.bodies, m.Name) || m.Name == "National Museum" || m.Name == "Musée" {
				t.Errorf("Read(%q): mention %q, want none", c.doc, m.Name)
			}
		}
		for _, p := range c.places {
			if ev := mentionEvidence(c.doc, p); ev < EvidencePreposition {
				t.Errorf("Read(%q): %s is %s, want a place", c.doc, p, ev)
			}
		}
	}
}
