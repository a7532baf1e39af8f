package text

import "testing"

// TestLead28LocalKinds: local words for a summer pasture or a village
// that English writing keeps (descriptors.tsv: jailoo, qishloq, auyl,
// goth, dhok, kolkhoz …) give the name beside them its kind, and "the
// jailoo" takes up the pasture named before as the anchor of a distance.
func TestLead28LocalKinds(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"We rode to Kara-Suu, a jailoo some 20 km south of Kochkor. The Tash-Rabat pass lies 12 km beyond the jailoo.", "Tash-Rabat", "Kara-Suu"},
		{"Ahmed Goth, a goth some 25 km east of Thatta, was flooded.", "Ahmed Goth", "Thatta"},
		{"Dhok Pathan, a dhok about 30 km south of Talagang, has no road.", "Dhok Pathan", "Talagang"},
		{"Yangiobod, a qishloq some 18 km west of Nurota, lost its well.", "Yangiobod", "Nurota"},
		{"The herders moved to Saty, an auyl about 40 km east of Kegen.", "Saty", "Kegen"},
	} {
		if !hasRelation(Read(c.doc), KindDistance, c.subj, c.obj) {
			t.Errorf("Read(%q): no distance of %s from %s", c.doc, c.subj, c.obj)
		}
	}
}

// TestLead28StormAbbreviations: the abbreviations bulletins write before
// a storm's name (stormleads.tsv: "TC Kelera", "TS Daniel", "STY
// Haiyan") make the name a storm's, no place, and the towns it hit stay
// places.
func TestLead28StormAbbreviations(t *testing.T) {
	for _, c := range []struct{ doc, storm, place string }{
		{"Heavy rain from TC Kelera has flooded low-lying parts of Labasa.", "TC Kelera", "Labasa"},
		{"TS Daniel flooded Derna and Al Bayda.", "TS Daniel", "Derna"},
		{"STY Haiyan made landfall near Guiuan on 8 November.", "STY Haiyan", "Guiuan"},
	} {
		if ev := mentionEvidence(c.doc, c.storm); ev >= EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want no place", c.doc, c.storm, ev)
		}
		if ev := mentionEvidence(c.doc, c.place); ev < EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want a place", c.doc, c.place, ev)
		}
	}
}

// TestLead28CompassDivision: a division named by its side and "Division"
// ("the Western Division", Fiji's) is a place, though "Division" makes
// an army's unit of any other name ("the Armoured Division").
func TestLead28CompassDivision(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"The Fiji Meteorological Service warns of further flooding across the Western Division.", "Western Division"},
		{"Rain also hit the Northern Division, where rivers rose.", "Northern Division"},
		{"Cane farmers in the Central Division lost their crop.", "Central Division"},
	} {
		if ev := mentionEvidence(c.doc, c.name); ev < EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want a place", c.doc, c.name, ev)
		}
	}
	for _, c := range []struct{ doc, name string }{
		{"The Armoured Division reached Gao on Monday.", "Armoured Division"},
		{"The 3rd Infantry Division moved north.", "3rd Infantry Division"},
	} {
		if ev := mentionEvidence(c.doc, c.name); ev >= EvidenceCapitalised {
			t.Errorf("Read(%q): %s is %v, want no place", c.doc, c.name, ev)
		}
	}
}
