package text

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLanguageTables reads every table of every language: each is
// well-formed (readLanguage refuses a wrong column count, an unknown flag,
// an upper-case word or a duplicate row), not empty, and a unit both
// languages write has the same row in both.
func TestLanguageTables(t *testing.T) {
	for _, code := range []string{"en", "fr"} {
		l, err := readLanguage(lexiconFiles, "lexicon/"+code)
		if err != nil {
			t.Fatalf("readLanguage(%s): %v", code, err)
		}
		for name, n := range map[string]int{
			"units": len(l.units), "hedges": len(l.hedges), "numbers": len(l.numbers),
			"verbs": len(l.verbs), "prepositions": len(l.preps), "roads": len(l.roads),
			"amounts": len(l.amounts), "compass": len(l.compass), "events": len(l.events),
			"near": len(l.near.leads.next), "clauses": len(l.clauses), "between": len(l.between),
			"neighbours": len(l.neighbours.next),
		} {
			if n == 0 {
				t.Errorf("lexicon/%s/%s.tsv is empty", code, name)
			}
		}
	}
	en, fr := langs().en, langs().fr
	for _, rows := range fr.units {
		for _, ph := range rows {
			w := strings.Join(ph.words, " ")
			if u, ok := phraseRow(en.units, w); ok && u != ph.row {
				t.Errorf("unit %q: English row %+v, French row %+v", w, u, ph.row)
			}
		}
	}
}

// phraseRow returns the row of the phrase words in p.
func phraseRow[T any](p phrases[T], words string) (T, bool) {
	ws := strings.Fields(words)
	for _, ph := range p[ws[0]] {
		if strings.Join(ph.words, " ") == words {
			return ph.row, true
		}
	}
	var zero T
	return zero, false
}

// TestReadLanguageDefects shows that a defect in a table is an error that
// names the file and line, not a silent skip.
func TestReadLanguageDefects(t *testing.T) {
	good := map[string]string{
		"units.tsv":        "km\tkm\t1\tcut\n",
		"hedges.tsv":       "about\tabout\t-\n",
		"numbers.tsv":      "two\t2\tunit\n",
		"verbs.tsv":        "lies\tfinite\n",
		"prepositions.tsv": "in\tstop,intro\n",
		"roads.tsv":        "# comment\n\nby road\n",
		"amounts.tsv":      "a few\t2\t5\ta few\n",
		"compass.tsv":      "north\tN\n",
		"ranges.tsv":       "between\tbetween\nand\tand\nfrom\tfrom\nto\tto\nor\tor\n",
		"events.tsv":       "attack\tnoun\tattack\ntook place\tverb\t-\n",
		"distance.tsv":     "of\tof\t-\t-\nd'\tof\t-\telided\n",
		"near.tsv":         "just\thedge\nnear|close to?\t-\non\tborder\n",
		"clauses.tsv":      "and\nor\n",
		"between.tsv":      "between\tbetween\nand\tand\n",
		"travel.tsv":       "drove\tgo\nto reach\treach\ncalled\tname\n",
		"paces.tsv":        "hour\ttime\t1\nferry ride\tmeans\t35\n",
		"roles.tsv":        "provincial capital\tprovince\ncapital\tcountry\n",
		"neighbours.tsv":   "nearby towns include|are\t-\nlimitrophe\tof\n",
	}
	tests := []struct {
		name, file, text, want string
	}{
		{"good", "", "", ""},
		{"missing file", "roads.tsv", "", "file does not exist"},
		{"columns", "units.tsv", "km\tkm\t1\n", "units.tsv:1: want 4 columns"},
		{"bad factor", "units.tsv", "km\tkm\tx\t-\n", `bad value "x"`},
		{"zero factor", "units.tsv", "km\tkm\t0\t-\n", `bad value "0"`},
		{"unknown flag", "hedges.tsv", "about\tabout\tloose\n", `unknown flag "loose"`},
		{"duplicate", "hedges.tsv", "just over\tjust over\t-\njust over\tmore than\t-\n", `hedges.tsv:2: duplicate row "just over"`},
		{"upper case", "verbs.tsv", "Lies\t-\n", "not lower case"},
		{"double space", "roads.tsv", "by  road\n", "single spaces"},
		{"bad class", "numbers.tsv", "two\t2\tpair\n", `bad value "pair"`},
		{"negative", "numbers.tsv", "two\t-2\tunit\n", `bad value "-2"`},
		{"duplicate number", "numbers.tsv", "two\t2\tunit\ntwo\t2\tunit\n", "duplicate"},
		{"duplicate verb", "verbs.tsv", "is\t-\nis\tfinite\n", "duplicate"},
		{"duplicate preposition", "prepositions.tsv", "in\tstop\nin\tintro\n", "duplicate"},
		{"duplicate unit", "units.tsv", "km\tkm\t1\t-\nkm\tkm\t1\tcut\n", "duplicate"},
		{"no compass point", "compass.tsv", "north\tX\n", `bad value "X"`},
		{"duplicate part", "compass.tsv", "north\tN\nnorth\tN\n", "duplicate"},
		{"unknown role", "ranges.tsv", "between\tbetween\nand\tand\nfrom\tfrom\nto\tto\nor\tnor\n", `bad value "nor"`},
		{"missing role", "ranges.tsv", "between\tbetween\nand\tand\nfrom\tfrom\nto\tto\n", "no word for or"},
		{"two words for a role", "ranges.tsv", "between\tbetween\nand\tand\nfrom\tfrom\nto\tto\nor\tor\nou\tor\n", `duplicate row "or"`},
		{"reversed range", "amounts.tsv", "a few\t5\t2\t-\n", `bad value "5-2"`},
		{"event class", "events.tsv", "attack\tthing\tattack\n", `bad value "thing"`},
		{"event place with a noun", "events.tsv", "on\tplace\tattack\n", "bad value"},
		{"event place of two words", "events.tsv", "next to\tplace\t-\n", "bad value"},
		{"event noun of two words", "events.tsv", "air strike\tnoun\tairstrike\n", "bad value"},
		{"event verb with a noun", "events.tsv", "took place\tverb\tattack\n", "bad value"},
		{"duplicate event", "events.tsv", "attack\tnoun\tattack\nattack\tnoun\tattack\n", "duplicate"},
		{"distance piece", "distance.tsv", "of\tbefore\t-\t-\n", `bad value "before"`},
		{"distance flag", "distance.tsv", "of\tof\t-\tglued\n", `unknown flag "glued"`},
		{"elided without apostrophe", "distance.tsv", "de\tof\t-\telided\n", `bad value "de"`},
		{"duplicate distance word", "distance.tsv", "of\tof\t-\t-\nof\tof\t-\t-\n", `duplicate row "of"`},
		{"same word, two pieces", "distance.tsv", "of\tof\t-\t-\nof\tfrom\t-\twithin\n", ""},
		{"course phrase", "distance.tsv", "runs along\tcourse\t-\t-\n", `bad value "runs along"`},
		{"lead spelt twice", "near.tsv", "near to?\t-\nnear\tborder\n", `duplicate row "near"`},
		{"empty lead", "near.tsv", "near? to?\t-\n", "bad value"},
		{"empty choice", "near.tsv", "near|\t-\n", "bad value"},
		{"border of", "near.tsv", "near\tborder,of\n", "bad value"},
		{"hedge pattern", "near.tsv", "just|only\thedge\n", "bad value"},
		{"hedge and lead", "near.tsv", "just\thedge,river\n", "bad value"},
		{"unknown near flag", "near.tsv", "near\tclose\n", `unknown flag "close"`},
		{"duplicate clause word", "clauses.tsv", "and\nand\n", `duplicate row "and"`},
		{"clause phrase", "clauses.tsv", "and then\n", `bad value "and then"`},
		{"clause columns", "clauses.tsv", "and\t-\n", "want 1 columns"},
		{"between role", "between.tsv", "between\tamong\n", `bad value "among"`},
		{"between phrase", "between.tsv", "half way\tmidway\n", `bad value "half way"`},
		{"duplicate between word", "between.tsv", "road\tway\nroad\tstop\n", `duplicate row "road"`},
		{"between columns", "between.tsv", "between\n", "want 2 columns"},
		{"travel role", "travel.tsv", "drove\tgone\n", `bad value "gone"`},
		{"travel word of two", "travel.tsv", "drove off\tgo\n", `bad value "drove off"`},
		{"duplicate travel word", "travel.tsv", "drove\tgo\ndrove\tgo\n", `duplicate row "drove"`},
		{"duplicate reach phrase", "travel.tsv", "to reach\treach\nto reach\treach\n", `duplicate row "to reach"`},
		{"same word, two travel roles", "travel.tsv", "called\tgo\ncalled\tname\n", ""},
		{"no journey words", "travel.tsv", "# none\n", ""},
		{"pace role", "paces.tsv", "walk\tgait\t5\n", `bad value "gait"`},
		{"pace number", "paces.tsv", "walk\tmeans\t0\n", `bad value "0"`},
		{"duplicate pace", "paces.tsv", "walk\tmeans\t5\nwalk\tmeans\t4\n", `duplicate row "walk"`},
		{"same word, time and means", "paces.tsv", "hour\ttime\t1\nhour\tmeans\t5\n", ""},
		{"role kind", "roles.tsv", "provincial capital\tprovinces\n", `bad value "provinces"`},
		{"duplicate role", "roles.tsv", "capital\tcountry\ncapital\tstate\n", `duplicate row "capital"`},
		{"role columns", "roles.tsv", "capital\n", "want 2 columns"},
		{"no roles", "roles.tsv", "# none\n", ""},
		{"neighbours flag", "neighbours.tsv", "nearby towns are\tside\n", `unknown flag "side"`},
		{"neighbours lead spelt twice", "neighbours.tsv", "nearby towns are\t-\nnearby towns include|are\tof\n", `duplicate row "nearby towns are"`},
		{"neighbours columns", "neighbours.tsv", "nearby towns are\n", "want 2 columns"},
		{"no neighbours leads", "neighbours.tsv", "# none\n", ""},
	}
	for _, tt := range tests {
		fsys := fstest.MapFS{}
		for f, s := range good {
			fsys["x/"+f] = &fstest.MapFile{Data: []byte(s)}
		}
		if tt.file != "" {
			if tt.text == "" {
				delete(fsys, "x/"+tt.file)
			} else {
				fsys["x/"+tt.file] = &fstest.MapFile{Data: []byte(tt.text)}
			}
		}
		_, err := readLanguage(fsys, "x")
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: readLanguage = %v, want no error", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: readLanguage = %v, want an error with %q", tt.name, err, tt.want)
		}
	}
}

// onlyRelation reads doc and returns its one relation with the names of its
// subject and object, failing the test when there is not exactly one.
func onlyRelation(t *testing.T, doc string) (Relation, string, string) {
	t.Helper()
	d := Read(doc)
	if len(d.Relations) != 1 {
		t.Errorf("Read(%q): %d relations, want 1", doc, len(d.Relations))
		return Relation{}, "", ""
	}
	r := d.Relations[0]
	name := func(m int) string {
		if m < 0 {
			return ""
		}
		return d.Mentions[m].Name
	}
	return r, name(r.Subject), name(r.Object)
}

// distanceSentences gives, for each language, a sentence around a distance: %s is
// replaced by what the test reads.
var distanceSentences = map[string]string{
	"en": "Talahandak lies %s north of Gao.",
	"fr": "Talahandak est situé à %s au nord de Gao.",
}

// TestUnitsRead reads every unit of every language in a sentence: the
// distance is 12 of that unit, and a unit flagged cut, capitalised, is
// still the unit and no name ("12 Kilomètres").
func TestUnitsRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		for _, rows := range l.units {
			for _, ph := range rows {
				words := strings.Join(ph.words, " ")
				forms := []string{words}
				if ph.row.cut {
					forms = append(forms, strings.ToUpper(words[:1])+words[1:])
				}
				for _, form := range forms {
					doc := strings.Replace(distanceSentences[code], "%s", "12 "+form, 1)
					r, subj, obj := onlyRelation(t, doc)
					if r.Kind != KindDistance || subj != "Talahandak" || obj != "Gao" ||
						r.Unit != ph.row.name || !near(r.MinKm, 12*ph.row.km) || !near(r.MaxKm, 12*ph.row.km) {
						t.Errorf("%s: Read(%q) = %v %s->%s %g-%g %s, want distance Talahandak->Gao 12 %s",
							code, doc, r.Kind, subj, obj, r.MinKm, r.MaxKm, r.Unit, ph.row.name)
					}
				}
			}
		}
	}
	// An exact unit is no unit written otherwise.
	if d := Read("Talahandak lies 12 M north of Gao."); len(d.Relations) == 1 && d.Relations[0].Kind == KindDistance {
		t.Errorf(`Read("12 M north of Gao") gives a distance; "M" is no unit`)
	}
}

// TestHedgesRead reads every hedge of every language before a number, or
// after it for a row flagged trail: Relation.Hedge is the table's hedge,
// and the distance is unchanged.
func TestHedgesRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		for _, rows := range l.hedges {
			for _, ph := range rows {
				words := strings.Join(ph.words, " ")
				forms := []string{words}
				if ph.row.dot {
					forms = append(forms, words+".")
				}
				var numbers []string
				for _, form := range forms {
					numbers = append(numbers, form+" 12 km")
				}
				if ph.row.trail {
					// "12-odd km", "12 odd km": after the number only.
					numbers = []string{"12-" + words + " km", "12 " + words + " km"}
				}
				for _, form := range numbers {
					doc := strings.Replace(distanceSentences[code], "%s", form, 1)
					r, subj, obj := onlyRelation(t, doc)
					if r.Kind != KindDistance || subj != "Talahandak" || obj != "Gao" || r.Hedge != ph.row.english || r.MinKm != 12 {
						t.Errorf("%s: Read(%q) = %v %s->%s %g km hedge %q, want distance Talahandak->Gao 12 km hedge %q",
							code, doc, r.Kind, subj, obj, r.MinKm, r.Hedge, ph.row.english)
					}
				}
				if code == "en" && ph.row.english != words {
					t.Errorf("English hedge %q gives %q; in English Relation.Hedge holds the words as written", words, ph.row.english)
				}
				if ph.row.after {
					doc := "Talahandak est situé à 12 km " + words + " au nord de Gao."
					if r, _, _ := onlyRelation(t, doc); r.Hedge != ph.row.english || r.MinKm != 12 {
						t.Errorf("fr: Read(%q) hedge %q %g km, want %q 12 km", doc, r.Hedge, r.MinKm, ph.row.english)
					}
				}
				if ph.row.elides {
					// "plus d'une dizaine de km": the hedge's "de" is glued
					// to the number's article.
					glued := strings.Join(ph.words[:len(ph.words)-1], " ") + " d'"
					for _, c := range []struct {
						amount, hedge string
						km            float64
					}{{"une dizaine de kilomètres", joinHedge(ph.row.english, "about"), 10}, {"un kilomètre", ph.row.english, 1}} {
						doc := "Talahandak est situé à " + glued + c.amount + " au nord de Gao."
						if r, _, _ := onlyRelation(t, doc); r.Hedge != c.hedge || r.MinKm != c.km {
							t.Errorf("fr: Read(%q) hedge %q %g km, want %q %g km", doc, r.Hedge, r.MinKm, c.hedge, c.km)
						}
					}
				}
				if ph.row.before {
					doc := "Talahandak est situé " + words + " à 12 km au nord de Gao."
					if r, _, _ := onlyRelation(t, doc); r.Hedge != ph.row.english {
						t.Errorf("fr: Read(%q) hedge %q, want %q", doc, r.Hedge, ph.row.english)
					}
				}
			}
		}
	}
}

// TestNumbersRead reads every number word of every language as a distance:
// "twelve km", "a hundred km", "a dozen km", "cent km", "une dizaine de
// kilomètres" (about ten).
func TestNumbersRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		for w, n := range l.numbers {
			phrase, hedge := w+" km", ""
			switch {
			case code == "en" && n.class != "unit" && n.class != "teen" && n.class != "ten":
				phrase = "a " + phrase // "a hundred km", "a dozen km"
			case n.class == "round":
				phrase, hedge = "une "+w+" de kilomètres", "about"
			}
			doc := strings.Replace(distanceSentences[code], "%s", phrase, 1)
			r, subj, obj := onlyRelation(t, doc)
			if r.Kind != KindDistance || subj != "Talahandak" || obj != "Gao" || r.MinKm != n.value || r.MaxKm != n.value || r.Hedge != hedge {
				t.Errorf("%s: Read(%q) = %v %s->%s %g-%g km hedge %q, want distance Talahandak->Gao %g km hedge %q",
					code, doc, r.Kind, subj, obj, r.MinKm, r.MaxKm, r.Hedge, n.value, hedge)
			}
		}
	}
}

// distanceSubject returns the name of the subject of doc's first distance,
// or "".
func distanceSubject(doc string) string {
	d := Read(doc)
	for _, r := range d.Relations {
		if r.Kind == KindDistance && r.Subject >= 0 {
			return d.Mentions[r.Subject].Name
		}
	}
	return ""
}

// TestVerbsRead reads every verb of place of every language where the
// reader needs to know it: between "the village" and a distance (the
// anaphor stands for the topic only before a verb of place), after a comma
// (finite: back to the sentence's subject, not the name before the comma)
// opening a sentence (lead: the topic is placed) and before "in" (in:
// "Talahandak lies in the Kidal Region" is a containment).
func TestVerbsRead(t *testing.T) {
	type context struct{ anaphor, finite, lead string }
	contexts := map[string]context{
		"en": {
			"Talahandak is a village. The village %s 12 km north of Gao.",
			"Talahandak, a town near Kidal, %s 12 km north of Gao.",
			"Talahandak is a village. %s 12 km north of Gao, near the border.",
		},
		"fr": {
			"Talahandak est un village. Le village %s à 12 km au nord de Gao.",
			"Talahandak, une commune près de Kidal, %s à 12 km au nord de Gao.",
			"Talahandak est un village. %s à 12 km au nord de Gao, près de la frontière.",
		},
	}
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		c := contexts[code]
		for w, v := range l.verbs {
			docs := []string{strings.Replace(c.anaphor, "%s", w, 1)}
			if v.finite {
				docs = append(docs, strings.Replace(c.finite, "%s", w, 1))
			}
			if v.lead {
				docs = append(docs, strings.Replace(c.lead, "%s", strings.ToUpper(w[:1])+w[1:], 1))
			}
			for _, doc := range docs {
				if got := distanceSubject(doc); got != "Talahandak" {
					t.Errorf("%s: Read(%q): the distance's subject is %q, want Talahandak", code, doc, got)
				}
			}
			if code != "en" {
				continue
			}
			// Only a verb flagged in places its subject in what follows.
			doc := "Talahandak " + w + " in the Kidal Region."
			in := false
			for _, r := range Read(doc).Relations {
				in = in || r.Kind == KindIn
			}
			if in != v.in {
				t.Errorf("en: Read(%q) gives a containment: %v, want %v", doc, in, v.in)
			}
		}
	}
}

// TestLeadParticipleInName shows that a participle of place is no name
// only alone: "Lying 12 km north of Gao" names no place "Lying", but
// "Sitting Bull" is still one name.
func TestLeadParticipleInName(t *testing.T) {
	tests := []struct{ doc, want, not string }{
		{"Lying 12 km north of Gao, Talahandak is a village.", "Talahandak", "Lying"},
		{"Sitting Bull was born near Gao.", "Sitting Bull", "Bull"},
	}
	for _, tt := range tests {
		names := map[string]bool{}
		for _, m := range Read(tt.doc).Mentions {
			names[m.Name] = true
		}
		if !names[tt.want] || names[tt.not] {
			t.Errorf("Read(%q) names %v, want %q and not %q", tt.doc, names, tt.want, tt.not)
		}
	}
}

// TestPrepositionsRead reads every preposition of every language: one
// flagged stop ends the search for a subject ("popular in Kidal, 12 km
// north of Gao" is about the sentence's subject, not Kidal), one flagged
// intro makes the name after it a place ("took place near Talahandak").
func TestPrepositionsRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		for w, p := range l.preps {
			if p.stop {
				doc := "Talahandak is popular " + w + " Kidal 12 km north of Gao."
				if got := distanceSubject(doc); got != "Talahandak" {
					t.Errorf("%s: Read(%q): the distance's subject is %q, want Talahandak", code, doc, got)
				}
			}
			if p.intro {
				doc := "The talks took place " + w + " Talahandak yesterday."
				ev := Evidence(-1)
				for _, m := range Read(doc).Mentions {
					if m.Name == "Talahandak" {
						ev = m.Evidence
					}
				}
				if ev < EvidencePreposition {
					t.Errorf("%s: Read(%q): Talahandak has evidence %v, want at least %v", code, doc, ev, EvidencePreposition)
				}
			}
		}
	}
}

// TestRoadsRead reads every road marker of every language after a
// distance: the distance is by road.
func TestRoadsRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		for _, rows := range l.roads {
			for _, ph := range rows {
				doc := strings.Replace(distanceSentences[code], "%s", "12 km "+strings.Join(ph.words, " "), 1)
				if r, subj, obj := onlyRelation(t, doc); !r.Road || r.MinKm != 12 || subj != "Talahandak" || obj != "Gao" {
					t.Errorf("%s: Read(%q) = %s->%s %g km road %v, want Talahandak->Gao 12 km by road", code, doc, subj, obj, r.MinKm, r.Road)
				}
			}
		}
	}
}

// TestAmountsRead reads every vague amount of every language as a distance:
// "a few km" is 2 to 5 km, hedged "a few".
func TestAmountsRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		for _, rows := range l.amounts {
			for _, ph := range rows {
				doc := strings.Replace(distanceSentences[code], "%s", strings.Join(ph.words, " ")+" km", 1)
				r, subj, obj := onlyRelation(t, doc)
				if r.Kind != KindDistance || subj != "Talahandak" || obj != "Gao" || r.MinKm != ph.row.lo || r.MaxKm != ph.row.hi || r.Hedge != ph.row.hedge {
					t.Errorf("%s: Read(%q) = %v %s->%s %g-%g km hedge %q, want distance Talahandak->Gao %g-%g km hedge %q",
						code, doc, r.Kind, subj, obj, r.MinKm, r.MaxKm, r.Hedge, ph.row.lo, ph.row.hi, ph.row.hedge)
				}
			}
		}
	}
}

// TestCompassRead reads every compass part of every language as the
// direction of a distance, alone and, for the four cardinal points, as a
// French abbreviation ("12 km NO de Gao").
func TestCompassRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		initials := map[byte]bool{}
		for w, letters := range l.compass {
			az, _, _ := compassAzimuth(letters)
			var doc string
			switch {
			case code == "en":
				doc = "Talahandak lies 12 km " + w + " of Gao."
			case strings.ContainsRune("aeiou", rune(w[0])):
				doc = "Talahandak est situé à 12 km à l'" + w + " de Gao."
			default:
				doc = "Talahandak est situé à 12 km au " + w + " de Gao."
			}
			r, subj, obj := onlyRelation(t, doc)
			if r.Kind != KindDistance || subj != "Talahandak" || obj != "Gao" || r.Direction != w || r.Azimuth != az {
				t.Errorf("%s: Read(%q) = %v %s->%s %q %g°, want distance Talahandak->Gao %q %g°", code, doc, r.Kind, subj, obj, r.Direction, r.Azimuth, w, az)
			}
			if code == "fr" && len(letters) == 1 {
				if initials[w[0]] {
					t.Errorf("fr: two compass parts start with %q: their abbreviations are ambiguous", w[:1])
				}
				initials[w[0]] = true
			}
		}
	}
	for abbr, want := range map[string]string{"NO": "NW", "SSE": "SSE", "O": "W", "NNO": "NNW"} {
		got, ok := frenchCompassAbbrev(&token{kind: tokWord, upper: true, lower: strings.ToLower(abbr)})
		if !ok || got != want {
			t.Errorf("frenchCompassAbbrev(%s) = %q, %v, want %q", abbr, got, ok, want)
		}
	}
}

// TestRangesRead reads the range words of every language: "between 2 and
// 5 km", "from 2 to 5 km", "2 or 5 km".
func TestRangesRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		w := l.ranges
		for _, phrase := range []string{w.between + " 2 " + w.and + " 5 km", w.from + " 2 " + w.to + " 5 km", "2 " + w.or + " 5 km"} {
			doc := strings.Replace(distanceSentences[code], "%s", phrase, 1)
			if code == "fr" && !strings.HasPrefix(phrase, "2") {
				doc = strings.Replace(doc, "à "+phrase, phrase, 1) // "situé entre 2 et 5 km au nord"
			}
			r, subj, obj := onlyRelation(t, doc)
			if r.Kind != KindDistance || subj != "Talahandak" || obj != "Gao" || r.MinKm != 2 || r.MaxKm != 5 {
				t.Errorf("%s: Read(%q) = %v %s->%s %g-%g km, want distance Talahandak->Gao 2-5 km", code, doc, r.Kind, subj, obj, r.MinKm, r.MaxKm)
			}
		}
	}
}

// TestEventsRead reads every row of every language's events.tsv: each noun
// with an event verb, and each verb after an event noun, makes the event a
// nameless place of its own, measured from the town; each preposition
// between the noun and a name makes the name the place measured, in a
// reported clause too; a noun before "site" is a modifier ("The ambush
// site is ..."); each measure is skipped with its number, before the
// noun or after "of" and « de »; each site names its spot by its last
// word, or by its words when that is not its noun; each scene verb names its scene with its subject, after a
// phrase opened by each lead too; each craft, the object of a verb, is
// where a distance right after it puts it.
func TestEventsRead(t *testing.T) {
	frame := map[string]struct{ noun, verb, doc, place string }{
		"en": {"attack", "took place", "The %s %s 30 km east of Gao.", "Police said the attack %s Tinabaw took place 30 km east of Gao."},
		"fr": {"attaque", "a eu lieu", "L'%s %s à 30 km à l'est de Gao.", ""},
	}
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		f := frame[code]
		for _, rows := range l.events {
			for _, ph := range rows {
				if ph.row.measure {
					// "A magnitude 6.1 attack took place ...": the size
					// before the noun is skipped, and after it with "of".
					for _, doc := range []string{
						fmt.Sprintf("A %s 6.1 earthquake took place 30 km east of Gao.", ph.words[0]),
						fmt.Sprintf("An earthquake of %s 6.1 took place 30 km east of Gao.", ph.words[0]),
						fmt.Sprintf("Le séisme de %s 6,1 a eu lieu à 30 km à l'est de Gao.", ph.words[0]),
					} {
						if r, subj, obj := onlyRelation(t, doc); obj != "Gao" || r.MinKm != 30 || !strings.Contains(strings.ToLower(subj), "earthquake") && !strings.Contains(subj, "séisme") {
							t.Errorf("%s: Read(%q) = %q->%q %g km, want the earthquake 30 km from Gao", code, doc, subj, obj, r.MinKm)
						}
					}
					continue
				}
				if ph.row.site {
					// "Cyclone Freddy made landfall 30 km east of Gao": the
					// site's last word is the place measured when it is
					// the site's noun; else the whole phrase, a French
					// auxiliary aside ("crossed the coast", « touché
					// terre »).
					doc := "Cyclone Freddy " + strings.Join(ph.words, " ") + " 30 km east of Gao."
					want := ph.words[len(ph.words)-1]
					if want != ph.row.english {
						w := ph.words
						if w[0] == "a" {
							w = w[1:]
						}
						want = strings.Join(w, " ")
					}
					if r, subj, obj := onlyRelation(t, doc); obj != "Gao" || r.MinKm != 30 || subj != want {
						t.Errorf("%s: Read(%q) = %q->%q %g km, want %s 30 km from Gao", code, doc, subj, obj, r.MinKm, want)
					}
					continue
				}
				if ph.row.vehicle {
					// "Gunmen ambushed the convoy 30 km east of Gao": the
					// vehicle is where the distance puts it.
					subj := "the " + ph.words[0]
					doc := "Gunmen ambushed " + subj + " 30 km east of Gao."
					if code == "fr" {
						subj = "un " + ph.words[0]
						if ph.words[0] == "moto" || ph.words[0] != "véhicule" && strings.HasSuffix(ph.words[0], "e") {
							subj = "une " + ph.words[0]
						}
						doc = "Des hommes armés ont attaqué " + subj + " à 30 km à l'est de Gao."
					}
					if r, got, obj := onlyRelation(t, doc); got != subj || obj != "Gao" || r.MinKm != 30 {
						t.Errorf("%s: Read(%q) = %q->%q %g km, want %q 30 km from Gao", code, doc, got, obj, r.MinKm, subj)
					}
					continue
				}
				if ph.row.craft {
					// "Pirates boarded the tanker 30 km east of Gao": the
					// craft is where the distance puts it.
					subj := "the " + ph.words[0]
					doc := "Pirates boarded " + subj + " 30 km east of Gao."
					if code == "fr" {
						subj = "un " + ph.words[0]
						doc = "Des pirates ont attaqué " + subj + " à 30 km à l'est de Gao."
					}
					if r, got, obj := onlyRelation(t, doc); got != subj || obj != "Gao" || r.MinKm != 30 {
						t.Errorf("%s: Read(%q) = %q->%q %g km, want %q 30 km from Gao", code, doc, got, obj, r.MinKm, subj)
					}
					// "The trawler Ocean Star sank 30 km east of Gao": the
					// craft's name is no place, and the scene is named
					// with it.
					subj = "The " + ph.words[0] + " Spirit of Norway sank"
					doc = subj + " 30 km east of Gao."
					if code == "fr" {
						art := "Le "
						if strings.ContainsRune("aeéèiouh", []rune(ph.words[0])[0]) {
							art = "L'"
						}
						subj = art + ph.words[0] + " Ville de Dakar a chaviré"
						doc = subj + " à 30 km à l'est de Gao."
					}
					if r, got, obj := onlyRelation(t, doc); got != subj || obj != "Gao" || r.MinKm != 30 {
						t.Errorf("%s: Read(%q) = %q->%q %g km, want %q 30 km from Gao", code, doc, got, obj, r.MinKm, subj)
					}
					for _, m := range Read(doc).Mentions {
						if (m.Name == "Norway" || m.Name == "Dakar") && m.Evidence > EvidenceUnlikely {
							t.Errorf("%s: Read(%q) maps the craft's name %q", code, doc, m.Name)
						}
					}
					continue
				}
				if ph.row.prefix {
					// "The MV Spirit of Norway sank 30 km east of Gao": a
					// ship's prefix, written in capitals, opens its name.
					subj := "The " + strings.ToUpper(ph.words[0]) + " Spirit of Norway sank"
					doc := subj + " 30 km east of Gao."
					if r, got, obj := onlyRelation(t, doc); got != subj || obj != "Gao" || r.MinKm != 30 {
						t.Errorf("%s: Read(%q) = %q->%q %g km, want %q 30 km from Gao", code, doc, got, obj, r.MinKm, subj)
					}
					for _, m := range Read(doc).Mentions {
						if m.Name == "Norway" && m.Evidence > EvidenceUnlikely {
							t.Errorf("%s: Read(%q) maps the craft's name %q", code, doc, m.Name)
						}
					}
					continue
				}
				if ph.row.scene || ph.row.lead {
					// "The boat sank 30 km east of Gao", "The boat carrying
					// 40 people sank ...": the subject and its verb name
					// the scene, measured from the town.
					verb, lead := strings.Join(ph.words, " "), ""
					if ph.row.lead {
						verb, lead = map[string]string{"en": "sank", "fr": "a chaviré"}[code], strings.Join(ph.words, " ")+" 40 personnes "
						if code == "en" {
							lead = strings.Join(ph.words, " ") + " 40 people "
						}
					}
					subj := "The boat " + lead + verb
					doc := subj + " 30 km east of Gao."
					if code == "fr" {
						subj = "Le bateau " + lead + verb
						doc = subj + " à 30 km à l'est de Gao."
					}
					if r, got, obj := onlyRelation(t, doc); got != subj || obj != "Gao" || r.MinKm != 30 {
						t.Errorf("%s: Read(%q) = %q->%q %g km, want %q 30 km from Gao", code, doc, got, obj, r.MinKm, subj)
					}
					continue
				}
				if ph.row.place {
					doc := fmt.Sprintf(f.place, ph.words[0])
					if r, subj, obj := onlyRelation(t, doc); subj != "Tinabaw" || obj != "Gao" || r.MinKm != 30 {
						t.Errorf("%s: Read(%q) = %q->%q %g km, want Tinabaw 30 km from Gao", code, doc, subj, obj, r.MinKm)
					}
					continue
				}
				noun, verb := f.noun, f.verb
				if ph.row.verb {
					verb = strings.Join(ph.words, " ")
				} else {
					noun = ph.words[0]
				}
				doc := fmt.Sprintf(f.doc, noun, verb)
				if code == "fr" && !strings.ContainsRune("aeéèiouh", []rune(noun)[0]) {
					art := "Le " // "Le raid", "La fusillade", "Les combats"
					switch {
					case strings.HasSuffix(noun, "s"):
						art = "Les "
					case strings.HasSuffix(noun, "e"):
						art = "La "
					}
					doc = art + doc[len("L'"):]
				}
				r, subj, obj := onlyRelation(t, doc)
				if r.MinKm != 30 || obj != "Gao" || !strings.HasSuffix(strings.ToLower(subj), noun) {
					t.Errorf("%s: Read(%q) = %q->%q %g km, want the %s 30 km from Gao", code, doc, subj, obj, r.MinKm, noun)
				}
			}
		}
	}
	d := Read("The ambush site is about 40 km northeast of Ménaka.")
	if len(d.Relations) != 1 || d.Mentions[d.Relations[0].Subject].Name != "The ambush site" {
		t.Errorf("The ambush site: %+v", d.Relations)
	}
}

// distancePieceSentences gives, for each language and piece of
// distance.tsv, a sentence that reads a row of that piece: %s is replaced
// by the row's words.
var distancePieceSentences = map[string]map[string]string{
	"en": {
		"measure": "Talahandak lies %s 12 km north of Gao.",
		"crow":    "Talahandak lies 12 km %s north of Gao.",
		"pause":   "Talahandak lies 12 km (7 mi)%s north of Gao.",
		"adverb":  "Talahandak lies 12 km %s north of Gao.",
		"link":    "Talahandak lies 12 km %s north of Gao.",
		"of":      "Talahandak lies 12 km north %s Gao.",
		"away":    "Talahandak lies 12 km %s from Gao.",
		"from":    "Talahandak lies 12 km %s Gao.",
		"river":   "Talahandak lies 12 km %s of Gao.",
	},
	"fr": {
		"measure": "Talahandak est situé à %s 12 km au nord de Gao.",
		"lead":    "Talahandak est %s 12 km au nord de Gao.",
		"unhedge": "Talahandak est situé %s qu'à 12 km au nord de Gao.",
		"crow":    "Talahandak est situé à 12 km %s au nord de Gao.",
		"pause":   "Talahandak est situé à 12 km %s au nord de Gao.",
		"adverb":  "Talahandak est situé à 12 km %s au nord de Gao.",
		"link":    "Talahandak est situé à 12 km %s nord de Gao.",
		"of":      "Talahandak est situé à 12 km au nord %s Gao.",
		"from":    "Talahandak est situé à 12 km %s Gao.",
		"river":   "Talahandak est situé à 12 km %s de Gao.",
	},
}

// TestDistanceWordsRead reads every row of every language's distance.tsv
// in a sentence: each gives the distance of 12 km from Gao, with the
// row's hedge, by road for a row flagged road and offshore for a row
// flagged sea.
func TestDistanceWordsRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		w := &l.distance
		for piece, p := range map[string]phrases[distanceWord]{
			"measure": w.measures, "lead": w.leads, "unhedge": w.unhedge, "crow": w.crow,
			"pause": w.pause, "adverb": w.adverbs, "link": w.links, "of": w.of,
			"away": w.away, "from": w.from, "river": w.river,
		} {
			for _, rows := range p {
				for _, ph := range rows {
					words, row := strings.Join(ph.words, " "), ph.row
					form, wantHedge := distancePieceSentences[code][piece], row.hedge
					switch {
					case form == "":
						t.Errorf("%s: no sentence reads the piece %s (%q)", code, piece, words)
						continue
					case row.article:
						form = "Talahandak est situé à 12 km %s l'est de Gao."
					case row.words && row.of:
						form = "Talahandak lies 12 km %s north from Gao."
					case row.within:
						form, wantHedge = "Talahandak lies within 12 km %s Gao.", "within"
					case piece == "pause" && code == "en":
						words = "" // glued to what precedes it
						form = strings.Replace(form, "%s", ",", 1)
					case row.elided:
						form = strings.Replace(form, "%s Gao", "%sAgadez", 1)
					}
					doc := strings.Replace(form, "%s", words, 1)
					r, subj, obj := onlyRelation(t, doc)
					wantObj := "Gao"
					if row.elided {
						wantObj = "Agadez"
					}
					if r.Kind != KindDistance || subj != "Talahandak" || obj != wantObj || r.MinKm != 12 || r.Hedge != wantHedge || r.Road != row.road || r.Offshore != row.sea {
						t.Errorf("%s %s: Read(%q) = %v %s->%s %g km hedge %q road %v offshore %v, want distance Talahandak->%s 12 km hedge %q road %v offshore %v",
							code, piece, doc, r.Kind, subj, obj, r.MinKm, r.Hedge, r.Road, r.Offshore, wantObj, wantHedge, row.road, row.sea)
					}
				}
			}
		}
	}
}

// TestClausesRead reads every word of every language's clauses.tsv
// between two names: it closes the clause in its language, and a word of
// the other language's table that is not its own does not ("mais" closes
// no English clause). Punctuation and dashes close a clause in both.
func TestClausesRead(t *testing.T) {
	en, fr := langs().en, langs().fr
	for _, tc := range []struct{ l, other *language }{{en, fr}, {fr, en}} {
		if len(tc.l.clauses) == 0 {
			t.Errorf("lexicon/%s/clauses.tsv is empty", tc.l.code)
		}
		for w := range tc.l.clauses {
			r := newReader("Gao " + w + " Kidal")
			if !r.clauseEndAt(tc.l, 1, len(r.toks)) {
				t.Errorf("%s: %q closes no clause", tc.l.code, w)
			}
			if !tc.other.clauses[w] && r.clauseEndAt(tc.other, 1, len(r.toks)) {
				t.Errorf("%s: %q closes a clause", tc.other.code, w)
			}
		}
		for _, w := range []string{",", ".", ";", ")", ":", "!", "?", "-", "–", "—"} {
			if r := newReader("Gao " + w + " Kidal"); !r.clauseEndAt(tc.l, 1, len(r.toks)) {
				t.Errorf("%s: %q closes no clause", tc.l.code, w)
			}
		}
		if r := newReader("Gao north Kidal"); r.clauseEndAt(tc.l, 1, len(r.toks)) || !r.clauseEndAt(tc.l, 3, 3) {
			t.Errorf("%s: a word closes a clause, or the span's end does not", tc.l.code)
		}
	}
}

// borderSentences gives, for each language, a sentence that a border
// opens and is the subject of: %s is replaced by the words between the
// border and its distance.
var borderSentences = map[string]string{
	"en": "Aney is a village. The Chadian border %s 12 km east of Aney.",
	"fr": "Ngouri est un village. La frontière tchadienne %s à 12 km à l'est de Ngouri.",
}

// TestCourseWordsRead reads every course word of every language's
// distance.tsv, and every verb of its verbs.tsv flagged border, after a
// border that opens the sentence: the place of the distance lies west of
// the border (borderSubjectBefore), whatever the words.
func TestCourseWordsRead(t *testing.T) {
	want := map[string]string{"en": "Aney: 12 km west of border(Chadian)", "fr": "Ngouri: 12 km west of border(tchadienne)"}
	verbs := map[string]string{"en": "lies", "fr": "se trouve"}
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		if len(l.distance.course) == 0 {
			t.Errorf("lexicon/%s/distance.tsv has no course word", code)
		}
		var words []string
		for w := range l.distance.course {
			words = append(words, w)
		}
		for w, v := range l.verbs {
			if v.border && w != "se" {
				words = append(words, w) // "se" is read with "trouve"
			}
		}
		for _, w := range words {
			// A verb stands alone; an adverb ("only", "just") after the verb.
			var got []string
			if strings.HasPrefix(w, "'") {
				continue // "'s" is glued to the word before: "the border's" is read as no border
			}
			for _, form := range []string{w, verbs[code] + " " + w} {
				d := Read(strings.Replace(borderSentences[code], "%s", form, 1))
				for _, rel := range d.Relations {
					got = append(got, reading(d, rel))
				}
			}
			if !slices.Contains(got, want[code]) {
				t.Errorf("%s: %q after a border: read %q, want %q", code, w, got, want[code])
			}
		}
	}
}

// betweenSentences gives, for each language and role of between.tsv, a
// sentence around a word of that role (%s), and the reading it gives.
var betweenSentences = map[string]map[string][2]string{
	"en": {
		"midway": {"Tabrichat lies %s between Gao and Kidal.", "Tabrichat: midway between Gao and Kidal"},
		"way":    {"Tabrichat lies on the %s between Gao and Kidal.", "Tabrichat: on the road between Gao and Kidal"},
		"stop":   {"Tabrichat is a %s between Gao and Kidal.", "Tabrichat: between Gao and Kidal"},
	},
	"fr": {
		"midway": {"Tabrichat se trouve à %s entre Gao et Kidal.", "Tabrichat: midway between Gao and Kidal"},
		"way":    {"Tabrichat est situé sur la %s entre Gao et Kidal.", "Tabrichat: on the road between Gao and Kidal"},
		"stop":   {"Tabrichat est une %s entre Gao et Kidal.", "Tabrichat: between Gao and Kidal"},
	},
}

// TestBetweenRead reads every word of between.tsv of the roles midway,
// way and stop in a sentence of its language, and every word of the role
// not before "between": it makes the phrase no place's position.
func TestBetweenRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		for w, role := range l.between {
			got := func(doc string) []string {
				d := Read(doc)
				var out []string
				for _, rel := range d.Relations {
					out = append(out, reading(d, rel))
				}
				return out
			}
			if s, ok := betweenSentences[code][role]; ok {
				doc := strings.Replace(s[0], "%s", w, 1)
				if g := got(doc); !slices.Contains(g, s[1]) {
					t.Errorf("%s: Read(%q) = %q, want %q", code, doc, g, s[1])
				}
			}
			if role == "not" {
				doc := strings.Replace(betweenSentences[code]["stop"][0], "%s", w, 1)
				for _, g := range got(doc) {
					if strings.Contains(g, "between") {
						t.Errorf("%s: Read(%q) gives %q", code, doc, g)
					}
				}
			}
		}
	}
}
