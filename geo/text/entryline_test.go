package text

import "testing"

// TestEntryLines: a line that opens with a name and a colon, and goes on
// with a kind of place, a distance or a participle of place, is a
// gazetteer entry or a headline about that name, in capitals or not; a
// common word before the colon stays a label ("Location: 20 km north of
// Gao").
func TestEntryLines(t *testing.T) {
	for _, tt := range []struct{ doc, subj, obj string }{
		{"TAKALOTE: LOCATED 20 KM NORTH OF MENAKA", "Takalote", "Menaka"},
		{"Kouréga: village, 60 km SE of Niamey.", "Kouréga", "Niamey"},
		{"Nyamasheke Hill: hamlet, 15 km north of Kibuye.", "Nyamasheke Hill", "Kibuye"},
		{"ANKOBRA JUNCTION: 30 KM WEST OF TAKORADI", "Ankobra Junction", "Takoradi"},
		{"Bir Gandouz Ouest — 12 km W of Dakhla.", "Bir Gandouz Ouest", "Dakhla"},
		{"TIN-HAMMA-EST : SITUÉ À 20 KM AU NORD DE GAO", "Tin-Hamma-Est", "Gao"},
		{"Kalifabougou-Nord : village, à 30 km au nord de Kati.", "Kalifabougou-Nord", "Kati"},
		{"Ndiosmone-Est — à 12 km à l'ouest de Kaolack.", "Ndiosmone-Est", "Kaolack"},
	} {
		if _, subj, obj := onlyRelation(t, tt.doc); subj != tt.subj || obj != tt.obj {
			t.Errorf("Read(%q) = %q of %q, want %q of %q", tt.doc, subj, obj, tt.subj, tt.obj)
		}
	}
	for _, doc := range []string{"Location: 20 km north of Gao.", "Distance: 12 km from Gao."} {
		for _, m := range Read(doc).Mentions {
			if m.Name != "Gao" {
				t.Errorf("Read(%q): %q is a place", doc, m.Name)
			}
		}
	}
}
