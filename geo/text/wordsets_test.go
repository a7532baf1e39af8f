package text

import (
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"
)

// TestWordSetFiles reads every word set of every language: each file
// present has rows, and a duplicate row or a second column is an error.
func TestWordSetFiles(t *testing.T) {
	for _, l := range langs().all {
		for s, name := range wordSetFiles {
			if len(l.sets[s]) == 0 {
				t.Logf("lexicon/%s has no %s", l.code, name)
			}
		}
	}
	for _, bad := range []string{"village\nvillage\n", "village\tx\n", "Village\n"} {
		fsys := fstest.MapFS{"x/" + wordSetFiles[0]: {Data: []byte(bad)}}
		var sets [numWordSets]map[string]bool
		if err := readWordSets(fsys, "x/", &sets); err == nil {
			t.Errorf("readWordSets(%q): no error", bad)
		}
	}
}

// TestPartKindsRead reads every row of lexicon/en/partkinds.tsv and of
// each townparts.tsv after an indefinite article and before "of" (or
// "de"): a settlement lies in the place named after it, a part of a town
// near it.
func TestPartKindsRead(t *testing.T) {
	en, fr := langs().en, langs().fr
	if len(en.sets[setPartKinds]) < 5 || len(en.sets[setTownParts]) < 3 || len(fr.sets[setTownParts]) < 3 {
		t.Fatalf("partkinds.tsv or townparts.tsv: too few rows")
	}
	for w := range en.sets[setPartKinds] {
		doc := "Kalo is a small " + w + " of Gao."
		if r, subj, obj := onlyRelation(t, doc); subj != "Kalo" || obj != "Gao" || r.Kind != KindIn {
			t.Errorf("Read(%q) = %q %s %q, want Kalo in Gao", doc, subj, r.Kind, obj)
		}
	}
	for w := range en.sets[setTownParts] {
		doc := "Kalo is a small " + w + " of Gao."
		if r, subj, obj := onlyRelation(t, doc); subj != "Kalo" || obj != "Gao" || r.Kind != KindNear {
			t.Errorf("Read(%q) = %q %s %q, want Kalo near Gao", doc, subj, r.Kind, obj)
		}
	}
	for w := range fr.sets[setTownParts] {
		doc := "Kalo est un " + w + " de Gao."
		if r, subj, obj := onlyRelation(t, doc); subj != "Kalo" || obj != "Gao" || r.Kind != KindNear {
			t.Errorf("Read(%q) = %q %s %q, want Kalo near Gao", doc, subj, r.Kind, obj)
		}
	}
}

// TestFillersRead reads every row of each fillers.tsv between a subject
// and a distance after its verb: the relation is still the subject's.
func TestFillersRead(t *testing.T) {
	for _, c := range []struct{ lang, doc string }{
		{"en", "Kalo lies %s 20 km north of Gao."},
		{"fr", "Kalo est %s à 20 km au nord de Gao."},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setFillers]) < 10 {
			t.Errorf("lexicon/%s/fillers.tsv: %d rows, want at least 10", c.lang, len(l.sets[setFillers]))
		}
		for w := range l.sets[setFillers] {
			doc := strings.Replace(c.doc, "%s", w, 1)
			d := Read(doc)
			ok := len(d.Relations) == 1 && d.Relations[0].Subject >= 0 && d.Mentions[d.Relations[0].Subject].Name == "Kalo" &&
				d.Relations[0].Object >= 0 && d.Mentions[d.Relations[0].Object].Name == "Gao" && d.Relations[0].MinKm == 20
			if !ok {
				t.Errorf("Read(%q): %+v, want Kalo 20 km from Gao", doc, d.Relations)
			}
		}
	}
}

// TestArticlesRead checks lexicon/fr/articles.tsv and each definite.tsv:
// every French article is one; a definite article, or an elided one glued
// to it, is taken off the front of an organisation's name.
func TestArticlesRead(t *testing.T) {
	if n := len(langs().fr.sets[setArticles]); n < 8 {
		t.Errorf("lexicon/fr/articles.tsv: %d rows, want at least 8", n)
	}
	for w := range langs().fr.sets[setArticles] {
		if !isFrenchArticle(w) {
			t.Errorf("isFrenchArticle(%q) = false", w)
		}
	}
	for _, w := range []string{"village", "nord", "l'", "a"} {
		if isFrenchArticle(w) {
			t.Errorf("isFrenchArticle(%q) = true", w)
		}
	}
	n := 0
	for _, l := range langs().all {
		for a := range l.sets[setDefinite] {
			n++
			name := a + " hezbollah"
			if r, _ := utf8.DecodeLastRuneInString(a); isApostrophe(r) {
				name = a + "hezbollah"
			}
			if got := withoutLeadArticle(name); got != "hezbollah" {
				t.Errorf("withoutLeadArticle(%q) = %q, want hezbollah", name, got)
			}
		}
	}
	if n < 4 {
		t.Errorf("definite.tsv: %d rows, want at least 4", n)
	}
	for _, name := range []string{"lesotho", "theodore", "la", "l"} {
		if got := withoutLeadArticle(name); got != name {
			t.Errorf("withoutLeadArticle(%q) = %q, want it whole", name, got)
		}
	}
}

// TestPronounsRead reads every row of lexicon/fr/pronouns.tsv,
// capitalised, opening the sentence after one that names a village: the
// pronoun stands for the village, which is the subject of the distance.
func TestPronounsRead(t *testing.T) {
	if n := len(langs().fr.sets[setPronouns]); n < 4 {
		t.Errorf("lexicon/fr/pronouns.tsv: %d rows, want at least 4", n)
	}
	for w := range langs().fr.sets[setPronouns] {
		r, size := utf8.DecodeRuneInString(w)
		doc := "Kalo est un village du Mali. " + string(unicode.ToUpper(r)) + w[size:] + " est situé à 20 km au nord de Gao."
		d := Read(doc)
		found := false
		for _, rel := range d.Relations {
			if rel.Subject >= 0 && d.Mentions[rel.Subject].Name == "Kalo" && rel.Object >= 0 && d.Mentions[rel.Object].Name == "Gao" && rel.MinKm == 20 {
				found = true
			}
		}
		if !found {
			t.Errorf("Read(%q): %+v, want Kalo 20 km from Gao", doc, d.Relations)
		}
	}
}

// mentionEvidence returns the evidence of the mention named name in
// Read(doc), or -1 when there is none.
func mentionEvidence(doc, name string) Evidence {
	for _, m := range Read(doc).Mentions {
		if m.Name == name {
			return m.Evidence
		}
	}
	return -1
}

// TestRolesRead reads every row of each roles.tsv before a person's name:
// the name is unlikely a place ("the journalist Wassim Nasr"), where a
// noun of no role leaves it a capitalised name.
func TestRolesRead(t *testing.T) {
	for _, c := range []struct{ lang, doc string }{
		{"en", "The convoy carried %s Wassim Nasr to Gao."},
		{"fr", "Le convoi a transporté le %s Wassim Nasr à Gao."},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setRoles]) < 20 {
			t.Errorf("lexicon/%s/roles.tsv: %d rows, want at least 20", c.lang, len(l.sets[setRoles]))
		}
		for w := range l.sets[setRoles] {
			doc := strings.Replace(c.doc, "%s", w, 1)
			if ev := mentionEvidence(doc, "Wassim Nasr"); ev != EvidenceUnlikely {
				t.Errorf("Read(%q): Wassim Nasr %s, want %s", doc, ev, EvidenceUnlikely)
			}
		}
		doc := strings.Replace(c.doc, "%s", map[string]string{"en": "farmer", "fr": "fermier"}[c.lang], 1)
		if ev := mentionEvidence(doc, "Wassim Nasr"); ev < EvidenceCapitalised {
			t.Errorf("Read(%q): Wassim Nasr %s, want a name", doc, ev)
		}
	}
}

// TestAdjectivesRead reads every row of each adjectives.tsv between an
// article and a descriptor noun: the name gets the noun's kind. The rows
// with a possessive ("nation's") are left out: the tokenizer splits "'s"
// off, so no token holds them.
func TestAdjectivesRead(t *testing.T) {
	for _, c := range []struct{ lang, doc string }{
		{"en", "Kalo is a %s village 20 km north of Gao."},
		{"fr", "Kalo est un %s village situé à 20 km au nord de Gao."},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setAdjectives]) < 20 {
			t.Errorf("lexicon/%s/adjectives.tsv: %d rows, want at least 20", c.lang, len(l.sets[setAdjectives]))
		}
		for w := range l.sets[setAdjectives] {
			if strings.HasSuffix(w, "'s") {
				continue
			}
			doc := strings.Replace(c.doc, "%s", w, 1)
			d := Read(doc)
			if len(d.Mentions) == 0 || d.Mentions[0].Name != "Kalo" || d.Mentions[0].Feature != "village" {
				t.Errorf("Read(%q): mentions %+v, want Kalo a village", doc, d.Mentions)
			}
		}
	}
}

// TestModifiersRead reads every row of lexicon/en/modifiers.tsv before a
// descriptor noun: the name's kind keeps it.
func TestModifiersRead(t *testing.T) {
	if n := len(langs().en.sets[setModifiers]); n < 20 {
		t.Errorf("lexicon/en/modifiers.tsv: %d rows, want at least 20", n)
	}
	for w := range langs().en.sets[setModifiers] {
		doc := "Kalo is a small " + w + " town 20 km north of Gao."
		d := Read(doc)
		if len(d.Mentions) == 0 || d.Mentions[0].Name != "Kalo" || d.Mentions[0].Feature != w+" town" {
			t.Errorf("Read(%q): mentions %+v, want Kalo a %s town", doc, d.Mentions, w)
		}
	}
}

// TestNameKindsRead reads every row of lexicon/en/nameheads.tsv,
// capitalised, ending a name, and of each nameleads.tsv opening one: the
// name keeps the word and gets it as its kind.
func TestNameKindsRead(t *testing.T) {
	title := func(w string) string {
		r, size := utf8.DecodeRuneInString(w)
		return string(unicode.ToUpper(r)) + w[size:]
	}
	check := func(doc, name, feature string) {
		t.Helper()
		for _, m := range Read(doc).Mentions {
			if m.Name == name {
				if m.Feature != feature {
					t.Errorf("Read(%q): %s is a %q, want %q", doc, name, m.Feature, feature)
				}
				return
			}
		}
		t.Errorf("Read(%q): no mention %q", doc, name)
	}
	if n := len(langs().en.sets[setNameHeads]); n < 20 {
		t.Errorf("lexicon/en/nameheads.tsv: %d rows, want at least 20", n)
	}
	for w := range langs().en.sets[setNameHeads] {
		check("Kalo lies 20 km north of the Tinabaw "+title(w)+".", "Tinabaw "+title(w), w)
	}
	n := 0
	for _, l := range langs().all {
		for w := range l.sets[setNameLeads] {
			n++
			check("Kalo lies 20 km north of "+title(w)+" Tinabaw.", title(w)+" Tinabaw", w)
		}
	}
	if n < 10 {
		t.Errorf("nameleads.tsv: %d rows, want at least 10", n)
	}
}

// TestDatesRead reads every row of each months.tsv and weekdays.tsv,
// capitalised, after a place and opening a sentence: a date is never part
// of a name nor a place ("Troops reached Gao on Friday 12"). A month's
// short form that is also a qualifier of qualifiers.tsv ("Mar", the
// Syriac "Saint") opens the name after it instead.
func TestDatesRead(t *testing.T) {
	n := 0
	for _, l := range langs().all {
		for _, s := range []wordSet{setMonths, setWeekdays} {
			for w := range l.sets[s] {
				n++
				r, size := utf8.DecodeRuneInString(w)
				title := string(unicode.ToUpper(r)) + w[size:]
				for _, doc := range []string{"Troops reached Gao on " + title + " 12.", title + " Gao was calm."} {
					if l.has(setQualifiers, w) && strings.HasSuffix(doc, "calm.") {
						continue // "Mar Saba": a qualifier opens a name (qualifiers.tsv)
					}
					for _, m := range Read(doc).Mentions {
						if strings.Contains(m.Name, title) {
							t.Errorf("Read(%q): mention %q", doc, m.Name)
						}
					}
				}
			}
		}
	}
	if n < 50 {
		t.Errorf("months.tsv and weekdays.tsv: %d rows, want at least 50", n)
	}
}

// TestBordersRead reads every row of each borders.tsv as the object of a
// distance: the relation is to the border with the country named.
func TestBordersRead(t *testing.T) {
	for _, c := range []struct{ lang, doc string }{
		{"en", "Kalo lies 12 km from the %s with Niger."},
		{"fr", "Kalo est situé à 12 km de la %s avec le Niger."},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setBorders]) < 2 {
			t.Errorf("lexicon/%s/borders.tsv: %d rows, want at least 2", c.lang, len(l.sets[setBorders]))
		}
		for w := range l.sets[setBorders] {
			doc := strings.Replace(c.doc, "%s", w, 1)
			r, subj, _ := onlyRelation(t, doc)
			if subj != "Kalo" || r.Border == nil || strings.Join(r.Border.Countries, ",") != "Niger" || r.MinKm != 12 {
				t.Errorf("Read(%q) = %q %+v, want Kalo 12 km from the border with Niger", doc, subj, r.Border)
			}
		}
	}
}

// titleCase returns w with its first letter upper-cased.
func titleCase(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// TestPersonWordsRead reads every row of the English tables of the words
// that make a name no place: titles.tsv, speech.tsv, orgwords.tsv and
// things.tsv, each in a sentence where the name is then unlikely a place,
// against a word of no such table, where it is not.
func TestPersonWordsRead(t *testing.T) {
	for _, c := range []struct {
		file, doc, name, control string
		set                      wordSet
		title                    bool
	}{
		{"titles.tsv", "The convoy carried %s Wassim Nasr to Gao.", "Wassim Nasr", "farmer", setTitles, true},
		{"speech.tsv", "Wassim Nasr %s that Kalo lies 20 km north of Gao.", "Wassim Nasr", "knew", setSpeechVerbs, false},
		{"orgwords.tsv", "The Tinabaw %s attacked Gao.", "Tinabaw %s", "farm", setOrgWords, true},
		{"things.tsv", "Troops used two Tinabaw %s near Gao.", "Tinabaw", "sheep", setThingNouns, false},
	} {
		set := langs().en.sets[c.set]
		if len(set) < 20 {
			t.Errorf("lexicon/en/%s: %d rows, want at least 20", c.file, len(set))
		}
		read := func(w string) (string, Evidence) {
			if c.title {
				w = titleCase(w)
			}
			doc := strings.Replace(c.doc, "%s", w, 1)
			ev := mentionEvidence(doc, strings.Replace(c.name, "%s", w, 1))
			if ev < 0 && c.title {
				ev = mentionEvidence(doc, strings.Replace(c.name, "%s", w, 1)[len(w)+1:])
			}
			return doc, ev
		}
		for w := range set {
			if c.set == setOrgWords && (langs().en.has(setInstitutions, w) || langs().en.has(setTownBodies, w)) {
				continue // "Tinabaw University", "Tinabaw Carnival": the town before it stays a mention (institutionTailStart, building28_test.go; townBodyTailStart, known33_test.go)
			}
			if doc, ev := read(w); ev != EvidenceUnlikely {
				t.Errorf("Read(%q): %s, want %s", doc, ev, EvidenceUnlikely)
			}
		}
		if doc, ev := read(c.control); ev == EvidenceUnlikely {
			t.Errorf("Read(%q): %s, want more", doc, ev)
		}
	}
}

// TestEventVerbsRead reads every row of lexicon/en/eventverbs.tsv between
// a name and a distance: the distance places what happened, not the
// name.
func TestEventVerbsRead(t *testing.T) {
	set := langs().en.sets[setEventVerbs]
	if len(set) < 20 {
		t.Errorf("lexicon/en/eventverbs.tsv: %d rows, want at least 20", len(set))
	}
	for w := range set {
		doc := "Kalo was " + w + " 20 km north of Gao."
		d := Read(doc)
		for _, r := range d.Relations {
			if r.Subject >= 0 && d.Mentions[r.Subject].Name == "Kalo" {
				t.Errorf("Read(%q): Kalo is placed %g km from Gao", doc, r.MinKm)
			}
		}
	}
	if _, subj, _ := onlyRelation(t, "Kalo was calm 20 km north of Gao."); subj != "Kalo" {
		t.Errorf("Kalo was calm 20 km north of Gao: subject %q, want Kalo", subj)
	}
}

// TestNameGenericsRead reads every row of lexicon/en/possgenerics.tsv,
// capitalised after a possessive, and of lexicon/en/ofgenerics.tsv
// before "of": each is one name with the word, the object of the
// distance ("Carver's Gap", "the Gulf of Tinabaw"), where a word of
// neither table is no part of the name.
func TestNameGenericsRead(t *testing.T) {
	for _, c := range []struct {
		file, doc, name, control string
		set                      wordSet
	}{
		{"possgenerics.tsv", "Kalo lies 20 km north of Carver's %s.", "Carver's %s", "Tractor", setPossGenerics},
		{"ofgenerics.tsv", "Kalo lies 20 km north of the %s of Tinabaw.", "%s of Tinabaw", "Farm", setOfGenerics},
	} {
		set := langs().en.sets[c.set]
		if len(set) < 10 {
			t.Errorf("lexicon/en/%s: %d rows, want at least 10", c.file, len(set))
		}
		read := func(w string) (string, string, string) {
			doc := strings.Replace(c.doc, "%s", w, 1)
			_, _, obj := onlyRelation(t, doc)
			return doc, obj, strings.Replace(c.name, "%s", w, 1)
		}
		for w := range set {
			if doc, obj, want := read(titleCase(w)); obj != want {
				t.Errorf("Read(%q): object %q, want %q", doc, obj, want)
			}
		}
		doc := strings.Replace(c.doc, "%s", c.control, 1)
		if want := strings.Replace(c.name, "%s", c.control, 1); mentionEvidence(doc, want) >= 0 {
			t.Errorf("Read(%q): mention %q, want no such name", doc, want)
		}
	}
}

// TestQualifiersAndNumberedRead reads every row of lexicon/en/qualifiers.tsv
// opening a sentence before a name ("New Mampong is ..."), and every row of
// each numbered.tsv before a number and a code ("Chak 214 JB is ..."): the
// whole run is the subject's name; with a unit after the number ("Camp 3
// km north of ...") the number is a distance.
func TestQualifiersAndNumberedRead(t *testing.T) {
	en := langs().en
	if len(en.sets[setQualifiers]) < 4 || len(en.sets[setNumbered]) < 3 {
		t.Fatalf("qualifiers.tsv or numbered.tsv: too few rows")
	}
	for w := range en.sets[setQualifiers] {
		name := strings.ToUpper(w[:1]) + w[1:] + " Mampong"
		doc := name + " is a village 20 km north of Kumasi."
		if _, subj, obj := onlyRelation(t, doc); subj != name || obj != "Kumasi" {
			t.Errorf("Read(%q) = %q of %q, want %q of Kumasi", doc, subj, obj, name)
		}
	}
	for _, l := range langs().all {
		for w := range l.sets[setNumbered] {
			name := strings.ToUpper(w[:1]) + w[1:] + " 214 JB"
			doc := name + " is a village 20 km north of Kumasi."
			if l.code == "fr" {
				doc = name + " est un village à 20 km au nord de Kumasi."
			}
			if _, subj, _ := onlyRelation(t, doc); subj != name {
				t.Errorf("Read(%q): subject %q, want %q", doc, subj, name)
			}
		}
	}
	for _, m := range Read("Camp 3 km north of Gao is the village of Kalo.").Mentions {
		if m.Name == "Camp 3" {
			t.Errorf("Camp 3 km north of Gao: the distance is read as a name")
		}
	}
}

// TestStopCapsRead reads every row of each stopcaps.tsv, capitalised,
// opening a sentence on its own and before a name: the word is no part of
// any mention, where a word of no table is a name. A French row is read
// before a name and a French verb of place too, which makes an English
// stop word part of the name ("Had Gharbia est une commune") but not a
// French one; "le", "la" and "les" are left out there, as they open
// names ("Le Caire"), and so are the English qualifiers ("New Kalo":
// qualifiers.tsv).
func TestStopCapsRead(t *testing.T) {
	inMention := func(doc, w string) bool {
		for _, m := range Read(doc).Mentions {
			if m.Name == w || strings.HasPrefix(m.Name, w+" ") {
				return true
			}
		}
		return false
	}
	for _, c := range []struct{ lang, alone, before string }{
		{"en", "%s 20 km north of Gao lies Kalo.", "%s Kalo lies 20 km north of Gao."},
		{"fr", "%s il y a Kalo, à 20 km au nord de Gao.", "%s Kalo est situé à 20 km au nord de Gao."},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setStopCaps]) < 50 {
			t.Errorf("lexicon/%s/stopcaps.tsv: %d rows, want at least 50", c.lang, len(l.sets[setStopCaps]))
		}
		for w := range l.sets[setStopCaps] {
			if !isStopCap(w) || !l.stopCap(w) {
				t.Errorf("%s: isStopCap(%q) or stopCap = false", c.lang, w)
			}
			for _, form := range []string{c.alone, c.before} {
				if form == c.before && c.lang == "fr" && (w == "le" || w == "la" || w == "les") {
					continue
				}
				if form == c.before && l.has(setQualifiers, w) {
					continue // "New Kalo": a qualifier opens a name (qualifiers.tsv)
				}
				doc := strings.Replace(form, "%s", titleCase(w), 1)
				if inMention(doc, titleCase(w)) {
					t.Errorf("Read(%q): %q opens a mention", doc, titleCase(w))
				}
			}
		}
		if doc := strings.Replace(c.alone, "%s", "Tinabaw", 1); !inMention(doc, "Tinabaw") {
			t.Errorf("Read(%q): no mention Tinabaw", doc)
		}
	}
	if langs().fr.stopCap("had") {
		t.Errorf("French stopCap(had) = true")
	}
}

// TestDedicationsRead reads every row of lexicon/en/dedicated.tsv with
// every row of dedications.tsv ("the Monastery of Saint Cross of
// Tinabaw"): the building and its dedication are one name, the subject of
// the distance, opening a sentence or not; without a dedication ("the
// Monastery of Tinabaw") the name after "of" is the place.
func TestDedicationsRead(t *testing.T) {
	en := langs().en
	if len(en.sets[setDedicated]) < 8 || len(en.sets[setDedications]) < 5 {
		t.Fatalf("dedicated.tsv or dedications.tsv: too few rows")
	}
	for kind := range en.sets[setDedicated] {
		for lead := range en.sets[setDedications] {
			name := titleCase(kind) + " of " + titleCase(lead) + " Cross of Tinabaw"
			for _, doc := range []string{
				"The " + name + " lies 20 km north of Gao.",
				"Pilgrims reached the " + name + ", 20 km north of Gao.",
			} {
				if _, subj, obj := onlyRelation(t, doc); subj != name || obj != "Gao" {
					t.Errorf("Read(%q) = %q of %q, want %q of Gao", doc, subj, obj, name)
				}
			}
		}
		doc := "The " + titleCase(kind) + " of Tinabaw lies 20 km north of Gao."
		if _, subj, _ := onlyRelation(t, doc); subj != "Tinabaw" {
			t.Errorf("Read(%q): subject %q, want Tinabaw", doc, subj)
		}
	}
	doc := "The Church of the Holy Cross is 3 km north of Leiria."
	if _, subj, _ := onlyRelation(t, doc); subj != "Church of the Holy Cross" {
		t.Errorf("Read(%q): subject %q, want Church of the Holy Cross", doc, subj)
	}
}

// TestInWatersRead reads every row of lexicon/en/inwaters.tsv before "in
// the" and a bare name ("Kalo is an island in the Tinabaw"): the name is a
// river, where after a kind of no such table ("a village in the
// Tinabaw") it is not.
func TestInWatersRead(t *testing.T) {
	en := langs().en
	if len(en.sets[setInWaters]) < 5 {
		t.Fatalf("inwaters.tsv: too few rows")
	}
	feature := func(doc string) string {
		for _, m := range Read(doc).Mentions {
			if m.Name == "Tinabaw" {
				return m.Feature
			}
		}
		return "?"
	}
	for w := range en.sets[setInWaters] {
		doc := "Kalo is a " + w + " in the Tinabaw, 8 km west of Gao."
		if f := feature(doc); f != "river" {
			t.Errorf("Read(%q): Tinabaw is %q, want a river", doc, f)
		}
	}
	if doc := "Kalo is a village in the Tinabaw, 8 km west of Gao."; feature(doc) == "river" {
		t.Errorf("Read(%q): Tinabaw is a river", doc)
	}
}

// TestRegionNounsRead reads every row of lexicon/en/regionnouns.tsv after a
// nationality adjective ("the Bolivian highlands"): the adjective is a
// demonym of the document, where before a noun of no such table ("the
// Bolivian government") it is not.
func TestRegionNounsRead(t *testing.T) {
	en := langs().en
	if len(en.sets[setRegionNouns]) < 5 {
		t.Fatalf("regionnouns.tsv: too few rows")
	}
	for w := range en.sets[setRegionNouns] {
		doc := "Kalo lies in the Bolivian " + w + "."
		if d := Read(doc); len(d.Demonyms) != 1 || d.Repaired(d.Demonyms[0]) != "Bolivian" {
			t.Errorf("Read(%q).Demonyms = %v, want Bolivian", doc, d.Demonyms)
		}
	}
	if d := Read("Kalo was visited by the Bolivian government."); len(d.Demonyms) != 0 {
		t.Errorf("the Bolivian government: Demonyms = %v, want none", d.Demonyms)
	}
}

// TestRiverLeadsRead reads every row of lexicon/en/riverleads.tsv opening
// a name after "the" ("near the Rio Tinabaw"): the name is a river's,
// where without the article ("near Rio Tinabaw") or before a noun it
// qualifies ("near the Rio Tinabaw border") it is not.
func TestRiverLeadsRead(t *testing.T) {
	en := langs().en
	if len(en.sets[setRiverLeads]) < 2 {
		t.Fatalf("riverleads.tsv: too few rows")
	}
	feature := func(doc, name string) string {
		for _, m := range Read(doc).Mentions {
			if m.Name == name {
				return m.Feature
			}
		}
		return "?"
	}
	for w := range en.sets[setRiverLeads] {
		name := strings.ToUpper(w[:1]) + w[1:] + " Tinabaw"
		if doc := "Kalo lies 130 km south of Gao near the " + name + "."; feature(doc, name) != "river" {
			t.Errorf("Read(%q): %s is %q, want a river", doc, name, feature(doc, name))
		}
		if doc := "Kalo lies 130 km south of Gao near " + name + "."; feature(doc, name) == "river" {
			t.Errorf("Read(%q): %s is a river", doc, name)
		}
		if doc := "Kalo lies near the " + name + " border."; feature(doc, name) == "river" {
			t.Errorf("Read(%q): %s is a river", doc, name)
		}
	}
}

// TestTitleLeadsRead reads every row of each titleleads.tsv before a
// title and a name: the title stays in the town's name ("Villa General
// Belgrano"), while a title opening a run still cuts a person's name off.
func TestTitleLeadsRead(t *testing.T) {
	n := 0
	for _, l := range langs().all {
		for w := range l.sets[setTitleLeads] {
			n++
			r, size := utf8.DecodeRuneInString(w)
			name := string(unicode.ToUpper(r)) + w[size:] + " General Tinabaw"
			doc := "Kalo lies 20 km north of " + name + "."
			found := false
			for _, m := range Read(doc).Mentions {
				found = found || m.Name == name
			}
			if !found {
				t.Errorf("Read(%q): no mention %q", doc, name)
			}
		}
	}
	if n < 5 {
		t.Errorf("titleleads.tsv: %d rows, want at least 5", n)
	}
	for _, m := range Read("General Tinabaw visited Gao.").Mentions {
		if m.Name == "General Tinabaw" {
			t.Errorf("General Tinabaw read as one name")
		}
	}
}
