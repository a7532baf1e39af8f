package text

import "testing"

// TestWhereInsert reads a distance after a phrase of where exactly set
// between the verb of place and the distance: the place before the verb
// is the subject, whatever words open the sentence ("The shrine of X"),
// and a capitalised name inside the phrase does not take its place.
func TestWhereInsert(t *testing.T) {
	tests := []struct{ doc, want string }{
		{"The shrine of Talahandak stands on a wooded ridge 15 km north of Gao.", "Talahandak"},
		{"The shrine of Talahandak lies on the left bank of the river, 12 km south of Gao.", "Talahandak"},
		{"The tomb of Talahandak is perched on a hill about 8 km west of Gao.", "Talahandak"},
		{"Talahandak sits in a narrow valley some 20 km east of Gao.", "Talahandak"},
		{"Talahandak lies on the banks of the Niger, 25 km north of Gao.", "Talahandak"},
	}
	for _, tt := range tests {
		if got := distanceSubject(tt.doc); got != tt.want {
			t.Errorf("Read(%q): the distance's subject is %q, want %q", tt.doc, got, tt.want)
		}
	}
}

// TestWherePrepositionsRead reads every preposition flagged where of every
// language after a verb of place, in a phrase of where exactly before the
// distance: the place before the verb is the subject, though the
// sentence opens with words that name no place.
func TestWherePrepositionsRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		for w, p := range l.preps {
			if !p.where {
				continue
			}
			doc := "The shrine of Talahandak stands " + w + " a wooded ridge 15 km north of Gao."
			if got := distanceSubject(doc); got != "Talahandak" {
				t.Errorf("%s: Read(%q): the distance's subject is %q, want Talahandak", code, doc, got)
			}
		}
	}
}

// TestInsertedPronoun: "it" or "il" opening an insert set off by a dash or
// a bracket stands for the name right before the insert, not for the
// topic of the text: "Tin Abaw – it lies some 40 km east of Kidal – was
// attacked".
func TestInsertedPronoun(t *testing.T) {
	for _, tt := range []struct{ doc, subj, obj string }{
		{"Tin Abaw – it lies some 40 km east of Kidal – was attacked on Sunday.", "Tin Abaw", "Kidal"},
		{"Gao is a town in Mali. Tin Abaw – it lies some 40 km east of Kidal – was attacked on Sunday.", "Tin Abaw", "Kidal"},
		{"Sinkoro Fara (it is some 35 km west of Kankan) was cut off by the rains.", "Sinkoro Fara", "Kankan"},
		{"The village of Kariba Ndogo — it lies 25 km north of Mombasa — was flooded in May.", "Kariba Ndogo", "Mombasa"},
		{"In Tahaka-Est – il se trouve à 40 km à l'est de Gao – a été attaqué dimanche.", "In Tahaka-Est", "Gao"},
		{"In Tahaka-Est (il est à 40 km à l'est de Gao) a été attaqué dimanche.", "In Tahaka-Est", "Gao"},
		{"Bossangoa-Est – il se trouve à 15 km à l'est de Bossangoa – a été incendié.", "Bossangoa-Est", "Bossangoa"},
	} {
		d := Read(tt.doc)
		var got []string
		ok := false
		for _, rel := range d.Relations {
			if rel.Kind != KindDistance || rel.Subject < 0 || rel.Object < 0 {
				continue
			}
			s, o := d.Mentions[rel.Subject].Name, d.Mentions[rel.Object].Name
			got = append(got, s+" -> "+o)
			ok = ok || s == tt.subj && o == tt.obj
		}
		if !ok {
			t.Errorf("Read(%q): distances %q, want %s -> %s", tt.doc, got, tt.subj, tt.obj)
		}
	}
}
