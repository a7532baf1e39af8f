package text

import "testing"

// TestKnown27Hometown: the name before the possessive of an athlete and a
// verb of a contest (deeds.tsv) or a relative clause about a person
// (", who"), or of a team (clubtails.tsv), is marked as the hometown,
// nationality or team, and stays unlikely a place; a possessive before a
// place ("Chad's Lac Region") or a mere owner marks none.
func TestKnown27Hometown(t *testing.T) {
	for _, tc := range []struct {
		doc, name string
		want      bool
	}{
		{"Badulla's Nuwan Ekanayake won the 5,000 m in Colombo.", "Badulla", true},
		{"In the final, Galle's Kamal Perera beat the champion.", "Galle", true},
		{"Bouaké's Yao Kouassi finished second in Abidjan.", "Bouaké", true},
		{"Second was Kurunegala's Hiruni Wijeratne, who had led until the final lap.", "Kurunegala", true},
		{"The hat-trick came from Jaffna's Arun Raj, who also scored twice last week.", "Jaffna", true},
		{"Nigeria's Borno State, whose capital is Maiduguri, was hit again.", "Nigeria", false},
		{"Chad's Lac Region lies west of N'Djamena.", "Chad", false},
		{"Chad's Lac Region, which lies west of N'Djamena, flooded.", "Chad", false},
		{"Reposing at Dolan's Funeral Home in Ballina.", "Dolan", false},
		// A team after the possessive (clubtails.tsv): its home town.
		{"Hosts Kasama Youth Academy were held to a 1-1 draw by Mpika's Muchinga Rangers on Saturday.", "Mpika", true},
		{"The cup went to Ndola's Forest Rangers after extra time.", "Ndola", true},
		{"Kano's Bauchi Pillars lost again.", "Kano", true},
	} {
		got, ev := false, Evidence(-1)
		for _, m := range Read(tc.doc).Mentions {
			if m.Name == tc.name {
				got, ev = m.Hometown, m.Evidence
			}
		}
		if got != tc.want {
			t.Errorf("Read(%q): %s Hometown = %v, want %v", tc.doc, tc.name, got, tc.want)
		}
		if tc.want && ev != EvidenceUnlikely {
			t.Errorf("Read(%q): %s evidence %v, want unlikely", tc.doc, tc.name, ev)
		}
	}
}
