package text

import (
	"slices"
	"strings"
	"testing"
)

// leadSequences returns every word sequence the trie t spells, with its
// row.
func leadSequences[T any](t *leadTrie[T]) map[string]T {
	out := map[string]T{}
	var walk func(n *leadTrie[T], words []string)
	walk = func(n *leadTrie[T], words []string) {
		if n.ok {
			// A possessive is a word of the trie, glued to the word
			// before it in a text: "a stone's throw from".
			out[strings.ReplaceAll(strings.Join(words, " "), " 's", "'s")] = n.row
		}
		for w, c := range n.next {
			walk(c, append(slices.Clip(words), w))
		}
	}
	walk(t, nil)
	return out
}

// nearSentences gives, for each language, a sentence around a lead of
// nearness (%s), and one around a lead flagged border.
var nearSentences = map[string][2]string{
	"en": {"Talahandak lies %s Gao.", "Talahandak lies %s the Malian border."},
	"fr": {"Talahandak est situé %s de Gao.", "Talahandak est situé %s la frontière malienne."},
}

// TestNearRead reads every lead of near.tsv of every language, each word
// sequence its pattern spells, in a sentence: the subject lies near the
// place, or near the border for a lead flagged border, with the hedge of
// the English rows ("just") kept; a lead flagged river makes the place a
// river. A lead starts at a word where the language tries nearness
// (rulesAt: any word in English, a row of entry.tsv naming near in French).
func TestNearRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		hedge := ""
		for w := range l.near.hedges {
			hedge = w
		}
		for seq, ld := range leadSequences(&l.near.leads) {
			if !slices.Contains(l.rulesAt(strings.Fields(seq)[0]), ruleNear) {
				t.Errorf("%s: lead %q starts at no word where the language tries nearness", code, seq)
			}
			lead := strings.TrimSpace(hedge + " " + seq)
			sentence, wantObj := nearSentences[code][0], "Gao"
			if ld.border {
				sentence, wantObj = nearSentences[code][1], ""
			} else if code == "fr" && !ld.of {
				sentence = "Talahandak est situé %s Gao." // « face à Gao »: no « de »
			}
			doc := strings.Replace(sentence, "%s", lead, 1)
			r, subj, obj := onlyRelation(t, doc)
			if r.Kind != KindNear || subj != "Talahandak" || obj != wantObj || r.Hedge != hedge || ld.border != (r.Border != nil) {
				t.Errorf("%s: Read(%q) = %v %s->%s hedge %q border %v, want near Talahandak->%q hedge %q border %v",
					code, doc, r.Kind, subj, obj, r.Hedge, r.Border != nil, wantObj, hedge, ld.border)
				continue
			}
			if ld.river {
				for _, m := range Read(doc).Mentions {
					if m.Name == "Gao" && m.Feature != "river" {
						t.Errorf("%s: Read(%q): Gao has feature %q, want river", code, doc, m.Feature)
					}
				}
			}
		}
	}
}

// TestNearLeads reads the leads where their flags tell: a capitalised word
// inside a lead makes it none, a lead flagged name is a hedge before a
// number, and a French lead needs a verb of place before it.
func TestNearLeads(t *testing.T) {
	tests := []struct {
		doc, want string // want: subject->object of the one nearness, "" for none
	}{
		{"Talahandak lies near Gao.", "Talahandak->Gao"},
		{"Talahandak lies on the outskirts of Gao.", "Talahandak->Gao"},
		{"Talahandak lies around Gao.", "Talahandak->Gao"},
		{"Talahandak lies around the town of Gao.", ""},
		{"Talahandak lies on the West Bank of Gao.", ""},
		{"Talahandak lies around 20 km north of Gao.", ""},
		{"Talahandak est situé près de Gao.", "Talahandak->Gao"},
		{"Talahandak est situé non loin du village de Gao.", "Talahandak->Gao"},
		{"Talahandak est situé dans les environs de Gao.", "Talahandak->Gao"},
		{"Talahandak est situé à la frontière malienne.", "Talahandak->"},
		{"Talahandak est situé à la côte.", ""},
		{"Le marché de Talahandak près de Gao.", ""},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		got := ""
		for _, r := range d.Relations {
			if r.Kind != KindNear {
				continue
			}
			got = d.Mentions[r.Subject].Name + "->"
			if r.Object >= 0 {
				got += d.Mentions[r.Object].Name
			}
		}
		if got != tt.want {
			t.Errorf("Read(%q): nearness %q, want %q", tt.doc, got, tt.want)
		}
	}
}

// TestSyntaxes holds every language the reader knows to a syntax with
// the readers every language needs.
func TestSyntaxes(t *testing.T) {
	for _, l := range langs().all {
		if syn := l.syntax(); syn == nil || syn.object == nil || syn.direction == nil {
			t.Errorf("language %q has no syntax, or one without an object or direction reader", l.code)
		}
	}
}
