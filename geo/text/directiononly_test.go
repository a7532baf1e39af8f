package text

import (
	"strings"
	"testing"
)

// TestDirectionOnly reads a direction without a distance in both
// languages with one rule: the direction and the place, and the word
// orders of each language's syntax (a bare direction after an article is a
// part; a French one needs a verb of place, may come before its distance or
// take one after its place).
func TestDirectionOnly(t *testing.T) {
	tests := []struct {
		doc  string
		want string // subject->object, direction, kind of the one relation; "" for none
	}{
		{"Talahandak lies north of Gao.", "Talahandak->Gao north direction"},
		{"Talahandak lies to the south-east of the village of Gao.", "Talahandak->Gao south-east direction"},
		{"Talahandak lies due west from Gao.", "Talahandak->Gao west direction"},
		{"Talahandak lies in the north of Gao.", "Talahandak->Gao north in"},
		{"Talahandak est situé au nord de Gao.", "Talahandak->Gao nord direction"},
		{"Talahandak est situé à l'est du village de Gao.", "Talahandak->Gao est direction"},
		{"Talahandak se trouve au sud à 21 kilomètres de Gao.", "Talahandak->Gao sud distance"},
		{"Talahandak est situé à l'ouest de Gao, à environ 30 km.", "Talahandak->Gao ouest distance"},
		{"Très excentré au sud-est de Gao.", ""},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		got := ""
		for _, r := range d.Relations {
			got = d.Mentions[r.Subject].Name + "->" + d.Mentions[r.Object].Name + " " + r.Direction + " " + r.Kind.String()
		}
		if len(d.Relations) > 1 || got != tt.want {
			t.Errorf("Read(%q) = %q (%d relations), want %q", tt.doc, got, len(d.Relations), tt.want)
		}
	}
}

// TestOfRead reads every English of-word of distance.tsv that is not
// glued to its place between a direction and its place: "north of Gao",
// "north from Gao"; the direction-only rule shares them with the distance
// rule.
func TestOfRead(t *testing.T) {
	n := 0
	for first, rows := range langs().en.distance.of {
		for _, ph := range rows {
			if ph.row.elided {
				continue
			}
			n++
			w := strings.Join(ph.words, " ")
			doc := "Talahandak lies north " + w + " Gao."
			if r, subj, obj := onlyRelation(t, doc); r.Kind != KindDirection || subj != "Talahandak" || obj != "Gao" {
				t.Errorf("%s: Read(%q) = %v %s->%s, want direction Talahandak->Gao", first, doc, r.Kind, subj, obj)
			}
		}
	}
	if n == 0 {
		t.Error("distance.tsv holds no English of-word")
	}
}
