package text

import (
	"strings"
	"testing"
)

// TestPlaceWordsRead reads every word of lexicon/en/placewords.txt.gz
// opening a sentence: before a verb of action it names no place ("Snow
// stranded drivers near X", "Slaughter will take place at a plant outside
// X"); before a verb of place it is the place the
// sentence places ("Hope lies 20 km east of Gao", "Split, a small town, is ...").
func TestPlaceWordsRead(t *testing.T) {
	words := lex().placeWords
	if len(words) < 1000 {
		t.Fatalf("placewords.txt.gz holds %d words, want the dictionary's place names", len(words))
	}
	for _, w := range words {
		if isCommonWord(w) {
			t.Errorf("%q is both a common word no place bears and a place's", w)
		}
		name := strings.ToUpper(w[:1]) + w[1:]
		for _, verb := range []string{"stranded", "will strand", "could strand"} {
			d := Read(name + " " + verb + " drivers near Kalo, 30 km north of Gao.")
			for _, m := range d.Mentions {
				if m.Name == name && m.Evidence != EvidenceUnlikely {
					t.Errorf("%s before %q is %s, want unlikely", name, verb, m.Evidence)
				}
			}
		}
	}
	for _, name := range []string{"Hope", "Reading", "Split", "Nice", "Snow", "Rain"} {
		if _, subj, obj := onlyRelation(t, name+" lies 20 km east of Gao."); subj != name || obj != "Gao" {
			t.Errorf("%s lies 20 km east of Gao: read %s->%s", name, subj, obj)
		}
		if _, subj, _ := onlyRelation(t, name+" will lie 20 km east of Gao."); subj != name {
			t.Errorf("%s will lie 20 km east of Gao: read %s", name, subj)
		}
		if _, subj, _ := onlyRelation(t, name+", a small town, is 20 km east of Gao."); subj != name {
			t.Errorf("%s, a small town: read %s", name, subj)
		}
	}
}

// TestShortWordsCarried: a word of three letters, in neither word list,
// opening a sentence before a copula or "would be" and a participle of
// finding or carrying is a thing, not a place ("Ore would be trucked to a
// plant near X"); before any other verb it keeps its place ("Van was hit by
// an earthquake", "Hue lies 20 km …").
func TestShortWordsCarried(t *testing.T) {
	tests := []struct {
		doc, name string
		place     bool
	}{
		{"Ore would be trucked to a toll-treatment plant near Coolgardie, some 37 km south-west of Kalgoorlie.", "Ore", false},
		{"Oil was struck at a well near Kalo, 30 km north of Gao.", "Oil", false},
		{"Tin is mined near Kalo, 30 km north of Gao.", "Tin", false},
		{"Van was hit by an earthquake near Kalo, 30 km north of Gao.", "Van", true},
		{"Hue lies 20 km east of Gao.", "Hue", true},
		{"Hue was flooded near Kalo.", "Hue", true},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		place := false
		for _, m := range d.Mentions {
			if m.Name == tt.name && m.Evidence != EvidenceUnlikely {
				place = true
			}
		}
		if place != tt.place {
			t.Errorf("Read(%q): %s a place = %v, want %v", tt.doc, tt.name, place, tt.place)
		}
	}
}

// TestNearApposition: a distance after "near X," places X when what the
// sentence says happened near X is no place lying there, and places the
// subject when a verb of place or a descriptor joins it to "near".
func TestNearApposition(t *testing.T) {
	tests := []struct{ doc, subj string }{
		{"Mali's army clashed with rebels near Tinzar, 30 km north of Kidal.", "Tinzar"},
		{"Kalo lies near the river Niger, 30 km north of Kidal.", "Kalo"},
		{"Kalo is on a plain beside the Waipa River, 30 km north of Kidal.", "Kalo"},
		{"Kalo, a village near Tinzar, 30 km north of Kidal, was attacked.", "Kalo"},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		got := ""
		for _, r := range d.Relations {
			if r.Kind == KindDistance {
				got = d.Mentions[r.Subject].Name
			}
		}
		if got != tt.subj {
			t.Errorf("Read(%q): the distance places %q, want %q", tt.doc, got, tt.subj)
		}
	}
}
