package text

import "testing"

// TestLead29dDemonymPerson: a nationality's adjective before two names or
// more that are no kind, body or common word names a person, as sports
// and news reports write (demonymPerson); a kind or a body after it keeps
// the run a place's or a body's name.
func TestLead29dDemonymPerson(t *testing.T) {
	for _, c := range []struct{ doc, not string }{
		{"L'Érythréen Henok Mulubrhan s'est imposé à Gisenyi.", "L'Érythréen Henok Mulubrhan"},
		{"Le Rwandais Eric Manizabayo termine deuxième à Rubavu.", "Rwandais Eric Manizabayo"},
		{"Kenyan Eliud Kipchoge won the marathon in Berlin.", "Kenyan Eliud Kipchoge"},
		{"Ethiopian Tigst Assefa set a record in Berlin.", "Ethiopian Tigst Assefa"},
	} {
		if ev := mentionEvidence(c.doc, c.not); ev >= EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want no place", c.doc, c.not, ev)
		}
	}
	for _, c := range []struct{ doc, place string }{
		{"Floods hit the Kenyan Rift Valley near Nakuru.", "Kenyan Rift Valley"},
		{"Fighting spread across Syrian Kurdistan near Qamishli.", "Syrian Kurdistan"},
	} {
		if ev := mentionEvidence(c.doc, c.place); ev < EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want a place", c.doc, c.place, ev)
		}
	}
}
