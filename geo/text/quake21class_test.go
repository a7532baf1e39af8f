package text

import "testing"

// TestPlaceWordAdverb: a common word some place bears, opening a sentence
// before an adverb and a verb of action, names no place ("Rain also
// blocked the highway near X"); before an adverb and a verb of place it
// keeps its place ("Hope still lies 20 km east of Gao").
func TestPlaceWordAdverb(t *testing.T) {
	tests := []struct {
		doc, name string
		place     bool
	}{
		{"Rain also blocked the highway near Mugling, 30 km north of Bharatpur.", "Rain", false},
		{"Snow again stranded drivers near Kalo, 30 km north of Gao.", "Snow", false},
		{"Hope still lies 20 km east of Gao.", "Hope", true},
		{"Hope also lies 20 km east of Gao.", "Hope", true},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		got := false
		for _, m := range d.Mentions {
			if m.Name == tt.name && m.Evidence != EvidenceUnlikely {
				got = true
			}
		}
		if got != tt.place {
			t.Errorf("Read(%q): %s is a place %v, want %v", tt.doc, tt.name, got, tt.place)
		}
	}
}

// TestEventObjectMeasured: an event of events.tsv, the object of the
// clause's verb right before a distance, is the place the distance
// measures, with its size between its article and its noun ("GeoNet
// recorded a magnitude 5.4 earthquake 20 km east of Seddon"), though
// the clause's subject is a name.
func TestEventObjectMeasured(t *testing.T) {
	tests := []struct{ doc, subj string }{
		{"GeoNet recorded a magnitude 5.4 earthquake 20 km east of Seddon at a depth of 12 km.", "a magnitude 5.4 earthquake"},
		{"The Geophysical Institute of Peru reported a magnitude 7.0 earthquake 28 km southwest of Atiquipa.", "a magnitude 7.0 earthquake"},
		{"PHIVOLCS recorded an earthquake 12 km west of Davao.", "an earthquake"},
		{"Kalo lies 20 km east of Gao.", "Kalo"},
	}
	for _, tt := range tests {
		if _, subj, _ := onlyRelation(t, tt.doc); subj != tt.subj {
			t.Errorf("Read(%q): the distance places %q, want %q", tt.doc, subj, tt.subj)
		}
	}
}

// TestRoadAfterName: a road right after a name, set off before a
// distance, says where the named place stands and is stepped over: the
// distance places the name ("at Simaltal on the Prithvi Highway, 28 km
// north of X"), also when the road is named by the towns it joins in
// lower case ("on the Narayangadh-Mugling road").
func TestRoadAfterName(t *testing.T) {
	tests := []struct{ doc, subj string }{
		{"Two buses fell into the river at Simaltal on the Prithvi Highway, 28 km north of Bharatpur.", "Simaltal"},
		{"Two buses fell into the river at Simaltal on the Narayangadh-Mugling road, 28 km north of Bharatpur.", "Simaltal"},
		{"A landslide hit Simaltal on the Narayangadh road, 28 km north of Bharatpur.", "Simaltal"},
	}
	for _, tt := range tests {
		if _, subj, _ := onlyRelation(t, tt.doc); subj != tt.subj {
			t.Errorf("Read(%q): the distance places %q, want %q", tt.doc, subj, tt.subj)
		}
	}
}

// TestSizeOfNounNoLeg: a quantity after a noun and "of" is that thing's
// size, not a leg of a journey to the place a verb of arrival names
// after it ("A tsunami of 1.2 metres reached Anamizu"); a word of travel
// before "of" keeps the leg ("After a drive of 40 km we reached Bourem").
func TestSizeOfNounNoLeg(t *testing.T) {
	tests := []struct {
		doc string
		leg bool
	}{
		{"The quake struck Wajima. A tsunami of 1.2 metres reached Anamizu.", false},
		{"The storm hit Wajima. Waves of 3 metres reached Anamizu.", false},
		{"We left Gao at dawn. After a drive of 40 km we reached Bourem.", true},
		{"We left Gao at dawn. After 40 km we reached Bourem.", true},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		leg := false
		for _, r := range d.Relations {
			if r.Kind == KindDistance {
				leg = true
			}
		}
		if leg != tt.leg {
			t.Errorf("Read(%q): a distance read %v, want %v", tt.doc, leg, tt.leg)
		}
	}
}
