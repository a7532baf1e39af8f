package text

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// tableRows returns the rows of the table name of lexicon/, each split
// into its columns, for the tests that read every row.
func tableRows(t *testing.T, name string, n int) [][]string {
	t.Helper()
	var rows [][]string
	err := readTable(lexiconFiles, "lexicon/"+name, n, func(f []string) error {
		rows = append(rows, f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("lexicon/%s: no rows", name)
	}
	return rows
}

// mentionNamed returns the mention named name in Read(doc), and whether
// there is one.
func mentionNamed(doc, name string) (Mention, bool) {
	for _, m := range Read(doc).Mentions {
		if m.Name == name {
			return m, true
		}
	}
	return Mention{}, false
}

// TestDemonymsRead reads every row of each demonyms.tsv, an ending on a
// made-up stem: an English demonym before a noun is no place, a word
// listed as none is one; a French demonym after "la frontière" names the
// country of the border, a word listed as none does not; a town's people
// after "les" is no place, a common noun listed as none opens the name
// of one ("Les Marais").
func TestDemonymsRead(t *testing.T) {
	word := func(w string) string {
		if strings.HasPrefix(w, "-") {
			return "tinab" + w[1:]
		}
		return w
	}
	for _, f := range tableRows(t, "en/demonyms.tsv", 2) {
		if f[1] == "compound" {
			// "Kurdish-led forces": the compound is no place, where a
			// demonym before a word of no row is part of a name.
			w := "Kurdish-" + strings.TrimPrefix(f[0], "-")
			if strings.HasPrefix(f[0], "-") {
				w = "Kurdish-back" + f[0][1:]
			}
			doc := "Fighters captured Kalo from " + w + " forces in 2019."
			if m, ok := mentionNamed(doc, w); ok && m.Evidence > EvidenceUnlikely {
				t.Errorf("Read(%q): %q is %s, want no place", doc, w, m.Evidence)
			}
			if !isDemonymCompound(strings.ToLower(w)) {
				t.Errorf("isDemonymCompound(%q) = false, row %q", w, f)
			}
			continue
		}
		w := titleCase(word(f[0]))
		doc := "The " + w + " troops reached Gao."
		m, ok := mentionNamed(doc, w)
		if place := ok && m.Evidence > EvidenceUnlikely; place != (f[1] == "not-demonym") {
			t.Errorf("Read(%q): %q a place %v, row %q", doc, w, place, f)
		}
	}
	for _, f := range tableRows(t, "fr/demonyms.tsv", 2) {
		w := word(f[0])
		switch f[1] {
		case "demonym", "not-demonym":
			doc := "Kalo est situé à 12 km de la frontière " + w + "."
			r, _, _ := onlyRelation(t, doc)
			if named := r.Border != nil && strings.Join(r.Border.Countries, ",") == w; named != (f[1] == "demonym") {
				t.Errorf("Read(%q): border %+v, row %q", doc, r.Border, f)
			}
		case "people":
			doc := "Les " + titleCase(w) + " ont accueilli les habitants de Kalo."
			if m, ok := mentionNamed(doc, titleCase(w)); ok && m.Evidence > EvidenceUnlikely {
				t.Errorf("Read(%q): %q is %s, want no place", doc, m.Name, m.Evidence)
			}
		case "not-people":
			doc := "Les " + titleCase(w) + " est situé à 20 km au nord de Gao."
			if _, ok := mentionNamed(doc, "Les "+titleCase(w)); !ok {
				t.Errorf("Read(%q): no mention %q", doc, "Les "+titleCase(w))
			}
		}
	}
	if isDemonymCompound("kurdish-tinab") || isDemonymCompound("saint-louis") {
		t.Errorf("isDemonymCompound: true for kurdish-tinab or saint-louis")
	}
	if !isDemonym("algerian") || isDemonym("tinabaw") || isDemonym("kasese") || !isFrenchDemonym("malienne") {
		t.Errorf("isDemonym or isFrenchDemonym: wrong on algerian, tinabaw, kasese or malienne")
	}
}

// TestWordRulesErrors reads defective word rule tables: each is an error.
func TestWordRulesErrors(t *testing.T) {
	for _, bad := range []string{"malian\tdemonym\nmalian\tnot-demonym\n", "-ian\tdemonym\n-ian\tdemonym\n",
		"malian\tpeople\n", "-\tdemonym\n", "mali-an\tdemonym\n", "malian\n"} {
		var w wordRules
		if err := readWordRules(fstest.MapFS{"x/demonyms.tsv": {Data: []byte(bad)}}, "x/", &w); err == nil {
			t.Errorf("readWordRules(%q): no error", bad)
		}
	}
}

// TestParticlesRead reads every row of lexicon/particles.tsv between two
// capitalised words, the object of a distance: they are one name, where
// where words of no row ("with", "sur la") end the name before them.
func TestParticlesRead(t *testing.T) {
	controls := map[string]bool{"with": true, "sur la": true}
	for _, f := range append(tableRows(t, "particles.tsv", 1), []string{"with"}, []string{"sur la"}) {
		name := "Tinab " + f[0] + " Mawa"
		doc := "Kalo lies 20 km north of " + name + "."
		_, _, obj := onlyRelation(t, doc)
		if (obj == name) == controls[f[0]] {
			t.Errorf("Read(%q): object %q, row %q", doc, obj, f[0])
		}
	}
}

// kinds returns the kinds of the relations of Read(doc), and whether one
// is on a road.
func kinds(doc string) (string, bool) {
	var ks []string
	road := false
	for _, r := range Read(doc).Relations {
		ks = append(ks, r.Kind.String())
		road = road || r.Road
	}
	return strings.Join(ks, ","), road
}

// TestRoadNounsRead reads every row of each roadnouns.tsv after two towns
// joined by a dash: the subject lies on the road between them. A French
// row flagged pair names the road by the towns right after it even joined
// by a plain hyphen, which then cuts them; a row without the flag leaves
// the hyphenated word one name.
func TestRoadNounsRead(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		for _, f := range tableRows(t, lang+"/roadnouns.tsv", 2) {
			doc := "Kalo lies on the Gao–Ansongo " + f[0] + "."
			if k, road := kinds(doc); k != "between" || !road {
				t.Errorf("Read(%q): %s road %v, want between on a road", doc, k, road)
			}
			if lang != "fr" {
				continue
			}
			doc = "Kalo est situé sur la " + f[0] + " Gao-Ansongo."
			if k, road := kinds(doc); (k == "between" && road) != (f[1] == "pair") {
				t.Errorf("Read(%q): %s road %v, row %q", doc, k, road, f)
			}
		}
	}
	if k, _ := kinds("Kalo lies on the Gao–Ansongo bridge."); k == "between" {
		t.Errorf("a bridge is read as a road")
	}
}

// TestBorderedRead reads every row of each bordered.tsv opening a list of
// neighbours with their sides: each is placed on its side of the subject,
// where a word of no row ("boarded") places none.
func TestBorderedRead(t *testing.T) {
	for _, c := range []struct{ lang, doc string }{
		{"en", "Kalo is %s by Gao to the north and Mopti to the south."},
		{"fr", "Kalo est %s au nord par Gao et au sud par Mopti."},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setBordered]) < 2 {
			t.Errorf("lexicon/%s/bordered.tsv: %d rows, want at least 2", c.lang, len(l.sets[setBordered]))
		}
		for w := range l.sets[setBordered] {
			doc := strings.Replace(c.doc, "%s", w, 1)
			if k, _ := kinds(doc); k != "direction,direction" {
				t.Errorf("Read(%q): %s, want two directions", doc, k)
			}
		}
	}
	if k, _ := kinds("Kalo is boarded by Gao to the north and Mopti to the south."); k != "" {
		t.Errorf("boarded: %s, want no relation", k)
	}
}

// TestOfWordsRead reads every row of each ofwords.tsv in a list of
// neighbours, after the lead that takes an "of" (French) and after a kind
// of place: the neighbour is placed on its side, where a word of no row
// ("with", "avec") places none.
func TestOfWordsRead(t *testing.T) {
	const enDoc = "Ndiaffate is a town in Senegal. Its neighbours are the towns %s Kaolack to the west."
	const frLead = "Ndiaffate est une commune rurale du Sénégal. Elle est limitrophe %s Kaolack à l'ouest."
	const frKind = "Ndiaffate est une commune rurale du Sénégal. Elle est limitrophe des communes %s Kaolack à l'ouest."
	for _, c := range []struct {
		lang, control string
		docs          []string
	}{
		{"en", "with", []string{enDoc}},
		{"fr", "avec", []string{frLead, frKind}},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setOfWords]) == 0 {
			t.Errorf("lexicon/%s/ofwords.tsv: no rows", c.lang)
		}
		for _, form := range c.docs {
			for w := range l.sets[setOfWords] {
				doc := strings.Replace(form, "%s", w, 1)
				if k, _ := kinds(doc); k != "in,direction" {
					t.Errorf("Read(%q): %s, want in,direction", doc, k)
				}
			}
			doc := strings.Replace(form, "%s", c.control, 1)
			if k, _ := kinds(doc); k != "in" {
				t.Errorf("Read(%q): %s, want in", doc, k)
			}
		}
	}
}

// TestCopulasRead reads every row of lexicon/fr/copulas.tsv between a
// name and a descriptor noun: the name gets the noun's kind, where a verb
// of no row ("visite") gives it none.
func TestCopulasRead(t *testing.T) {
	set := langs().fr.sets[setCopulas]
	if len(set) < 3 {
		t.Errorf("lexicon/fr/copulas.tsv: %d rows, want at least 3", len(set))
	}
	for w := range set {
		doc := "Kalo " + w + " une petite ville."
		if m, ok := mentionNamed(doc, "Kalo"); !ok || m.Feature != "town" {
			t.Errorf("Read(%q): Kalo %+v, want a town", doc, m)
		}
	}
	if m, _ := mentionNamed("Kalo visite une petite ville.", "Kalo"); m.Feature != "" {
		t.Errorf("Kalo visite une petite ville: Kalo is a %q", m.Feature)
	}
}

// TestListsRead reads every row of each lists.tsv in its role in a list
// of two names followed by a distance that holds for both: each row lets
// the distance hold for both, where a word of no row ("zzz") does not.
// A dweller noun before "of" makes the name after it a place; a count
// row before a noun of places and a participle or filler row after a
// shared word are read as part of the shared words (sharedRun); a
// respective row shares out a list of numbers, one to each member.
func TestListsRead(t *testing.T) {
	tpl := map[string][2]string{
		"and":         {"Kalo %s Bema, both 30 km south of Gao, were shelled.", "Kalo %s Bema, tous deux à 30 km au sud de Gao, ont été attaqués."},
		"preposition": {"Troops left Kalo and %s Bema, both 30 km south of Gao.", "Kalo et %s Bema, tous deux à 30 km au sud de Gao, ont été attaqués."},
		"article":     {"Kalo and %s village of Bema, both 30 km south of Gao, were shelled.", "Kalo et %s village de Bema, tous deux à 30 km au sud de Gao, ont été attaqués."},
		"of":          {"The villages %s Kalo and Bema, 30 km south of Gao, were shelled.", "Les villes %s Kalo et Bema, à 30 km au sud de Gao, ont été attaquées."},
		"places":      {"The %s of Kalo and Bema, 30 km south of Gao, were shelled.", "Les %s de Kalo et Bema, à 30 km au sud de Gao, ont été attaqués."},
		"shared":      {"Kalo and Bema, %s 30 km south of Gao, were shelled.", "Kalo et Bema, %s à 30 km au sud de Gao, ont été attaqués."},
		"dwellers":    {"The %s of Tinabaw fled.", "Les %s de Tinabaw ont fui."},
		"plural":      {"Kalo and Bema %s 30 km south of Gao.", "Kalo et Bema %s à 30 km au sud de Gao."},
	}
	both := func(doc string) bool {
		d := Read(doc)
		n := 0
		for _, r := range d.Relations {
			if r.Subject >= 0 && r.Object >= 0 && d.Mentions[r.Object].Name == "Gao" &&
				(d.Mentions[r.Subject].Name == "Kalo" || d.Mentions[r.Subject].Name == "Bema") {
				n++
			}
		}
		return n == 2
	}
	place := func(doc string) bool {
		m, ok := mentionNamed(doc, "Tinabaw")
		return ok && m.Evidence >= EvidencePreposition
	}
	for i, lang := range []string{"en", "fr"} {
		for _, f := range tableRows(t, lang+"/lists.tsv", 2) {
			if f[1] == "count" || f[1] == "located" || f[1] == "filler" {
				// A count with a noun of places, a participle after a
				// shared word: the run of shared words reaches the
				// distance, and stops at a word of no row.
				run := map[string][2]string{
					"count":   {"Kalo and Bema, %s villages 30 km south of Gao.", "Kalo et Bema, %s villages à 30 km au sud de Gao."},
					"located": {"Kalo and Bema, both %s 30 km south of Gao.", "Kalo et Bema, tous deux %s à 30 km au sud de Gao."},
					"filler":  {"Kalo and Bema, both %s 30 km south of Gao.", "Kalo et Bema, tous %s deux à 30 km au sud de Gao."},
				}[f[1]][i]
				for _, w := range []string{f[0], "zzz"} {
					r := newReader(strings.Replace(run, "%s", w, 1))
					c := 0
					for r.toks[c].lower != "," {
						c++
					}
					end, ok := r.sharedRun(c + 1)
					if got := ok && r.toks[end].lower != "zzz"; got != (w != "zzz") {
						t.Errorf("sharedRun(%q) = %d, %v: the row %q is not read", run, end, ok, f)
					}
				}
				continue
			}
			if f[1] == "respective" {
				// One number of the list to each member, in order; with
				// a word of no row the list of numbers is not shared
				// out.
				form := [2]string{"Kalo and Bema, located 10 and 20 km south of Gao %s, were shelled.",
					"Kalo et Bema, situés %s à 10 et 20 km au sud de Gao, ont été attaqués."}[i]
				for _, w := range []string{f[0], "zzz"} {
					doc := strings.Replace(form, "%s", w, 1)
					km := map[string]float64{}
					d := Read(doc)
					for _, r := range d.Relations {
						if r.Kind == KindDistance && r.Subject >= 0 && r.Object >= 0 && d.Mentions[r.Object].Name == "Gao" {
							km[d.Mentions[r.Subject].Name] = r.MinKm
						}
					}
					if got := km["Kalo"] == 10 && km["Bema"] == 20; got != (w != "zzz") {
						t.Errorf("Read(%q): Kalo and Bema at %v km from Gao", doc, km)
					}
				}
				continue
			}
			form, ok := tpl[f[1]]
			if !ok {
				t.Fatalf("%s/lists.tsv: no test of the role %q", lang, f[1])
			}
			check := both
			if f[1] == "dwellers" {
				check = place
			}
			doc := strings.Replace(form[i], "%s", f[0], 1)
			if strings.HasSuffix(f[0], "'") {
				doc = strings.Replace(form[i], "%s ", f[0], 1) // « ainsi qu'Bema »: glued to the name after it
			}
			if !check(doc) {
				t.Errorf("Read(%q): the row %q is not read", doc, f)
			}
			if doc := strings.Replace(form[i], "%s", "zzz", 1); check(doc) {
				t.Errorf("Read(%q): read as the row %q", doc, f)
			}
		}
	}
}

// TestElisionsRead reads every row of each elisions.tsv, with either
// apostrophe, glued to a name: the name is read without it. The elision must end in an apostrophe and be followed by a letter,
// and a word of no row keeps its apostrophe.
func TestElisionsRead(t *testing.T) {
	n := 0
	for _, l := range langs().all {
		for w := range l.sets[setElisions] {
			n++
			if !strings.HasSuffix(w, "'") || len(w) < 2 {
				t.Errorf("lexicon/%s/elisions.tsv: %q does not end in an apostrophe", l.code, w)
				continue
			}
			for _, apo := range []string{"'", "’"} {
				e := strings.TrimSuffix(w, "'") + apo
				doc := "Les troupes ont quitté la ville " + e + "Tinabaw hier."
				if _, ok := mentionNamed(doc, "Tinabaw"); !ok {
					t.Errorf("Read(%q): no mention Tinabaw", doc)
				}
				if got := elidedLen(e + "est"); got != len(e) {
					t.Errorf("elidedLen(%q) = %d, want %d", e+"est", got, len(e))
				}
				if got := elidedLen(e); got != 0 {
					t.Errorf("elidedLen(%q) = %d, want 0", e, got)
				}
			}
		}
	}
	if n < 2 {
		t.Errorf("elisions.tsv: %d rows, want at least 2", n)
	}
	for _, w := range []string{"x'est", "L'est", "'est", "lest"} {
		if got := elidedLen(w); got != 0 {
			t.Errorf("elidedLen(%q) = %d, want 0", w, got)
		}
	}
}

// TestKindTablesAgree checks that lexicon/en/nameheads.tsv (kinds that
// end a name capitalised) and the rows of lexicon/en/kindsafter.tsv
// flagged skip (the same kinds in lower case after a name) hold the same
// words, but the words the header of kindsafter.tsv lists with the reason
// they differ.
func TestKindTablesAgree(t *testing.T) {
	differ := map[string]bool{"dam": true, "road": true, "highway": true, "railway": true, "airport": true,
		"camp": true, "base": true, "crossing": true, "corridor": true, "market": true,
		"village": true, "town": true, "city": true, "sea": true, "coast": true}
	heads := langs().en.sets[setNameHeads]
	for w := range heads {
		if !lex().trailing[w] && !differ[w] {
			t.Errorf("nameheads.tsv: %q is no row of kindsafter.tsv flagged skip", w)
		}
		if lex().trailing[w] && differ[w] {
			t.Errorf("kindsafter.tsv: %q is flagged skip and listed as differing", w)
		}
	}
	for w := range lex().trailing {
		if !heads[w] {
			t.Errorf("kindsafter.tsv: %q is flagged skip and no row of nameheads.tsv", w)
		}
	}
	for w := range differ {
		if !heads[w] {
			t.Errorf("%q is listed as differing and no row of nameheads.tsv", w)
		}
	}
}

// TestNamePartsRead reads every row of lexicon/fr/nameparts.tsv,
// capitalised and hyphenated to a name after a French road noun: it is one
// name, not a road between two towns, where two names are ("la route
// Gao-Tinab").
func TestNamePartsRead(t *testing.T) {
	set := langs().fr.sets[setNameParts]
	if len(set) < 20 {
		t.Errorf("lexicon/fr/nameparts.tsv: %d rows, want at least 20", len(set))
	}
	for w := range set {
		doc := "Kalo est situé sur la route " + titleCase(w) + "-Tinab."
		if k, road := kinds(doc); road {
			t.Errorf("Read(%q): %s on a road, want one name", doc, k)
		}
	}
	if _, road := kinds("Kalo est situé sur la route Gao-Tinab."); !road {
		t.Errorf("la route Gao-Tinab: no road")
	}
}

// TestTimeNounsRead reads every row of lexicon/fr/timenouns.tsv between
// "dans la" and the object of a verb: the name after it is a place, the
// subject of the distance that follows, where after another common noun
// ("la tempête Kalo", a storm) it is the noun's name and no subject. (A
// kind of place right before the name, "dans la lagune Kalo, à 20 km",
// makes it the subject too: frenchKindRightBefore.) It reads every row of
// lexicon/en/timenouns.tsv after "in the" between a name and a distance,
// which then does not place the name.
func TestTimeNounsRead(t *testing.T) {
	set := langs().fr.sets[setTimeNouns]
	if len(set) < 5 {
		t.Errorf("lexicon/fr/timenouns.tsv: %d rows, want at least 5", len(set))
	}
	for _, w := range append(slices.Collect(maps.Keys(set)), "tempête") {
		doc := "Les rebelles ont attaqué dans la " + w + " Kalo, à 20 km au nord de Gao."
		placed := placesAt(doc, "Kalo", 20)
		if placed == (w == "tempête") {
			t.Errorf("Read(%q): Kalo placed %v", doc, placed)
		}
	}
	// English: a time after "in the" between a name and a distance is no
	// ground the name stands on (lowerLocativeBefore), where a landform
	// is.
	en := langs().en.sets[setTimeNouns]
	if len(en) < 5 {
		t.Errorf("lexicon/en/timenouns.tsv: %d rows, want at least 5", len(en))
	}
	for _, w := range append(slices.Collect(maps.Keys(en)), "valley") {
		doc := "They built Fort Kalo in the " + w + " some 20 km north of Gao."
		placed := placesAt(doc, "Fort Kalo", 20)
		if placed != (w == "valley") {
			t.Errorf("Read(%q): Fort Kalo placed %v", doc, placed)
		}
	}
}

// TestRelativesRead reads every row of each relatives.tsv after a comma
// and a name: the distance after it places that name, where after a word
// of no row it places the sentence's subject.
func TestRelativesRead(t *testing.T) {
	n := 0
	for _, l := range langs().all {
		for w := range l.sets[setRelatives] {
			n++
			doc := "Kalo is near Bema, " + w + " is 20 km north of Gao."
			if subj := distanceSubject(doc); subj != "Bema" {
				t.Errorf("Read(%q): distance of %q, want Bema", doc, subj)
			}
		}
	}
	if n < 3 {
		t.Errorf("relatives.tsv: %d rows, want at least 3", n)
	}
	if subj := distanceSubject("Kalo is near Bema, zzz is 20 km north of Gao."); subj == "Bema" {
		t.Errorf("zzz opens a relative clause")
	}
}

// TestPartWordsRead reads every row of lexicon/fr/partwords.tsv before
// "de" and the name a distance follows: the distance places a part of the
// name, not the name, where after a noun of no row ("marché") it places
// the name, and so it does after a row of the middle of a place
// (middles.tsv: "centre", "cœur"), which lies where the town does.
func TestPartWordsRead(t *testing.T) {
	set := langs().fr.sets[setPartWords]
	if len(set) < 5 {
		t.Errorf("lexicon/fr/partwords.tsv: %d rows, want at least 5", len(set))
	}
	for _, w := range append(slices.Collect(maps.Keys(set)), "marché") {
		doc := "Des hommes armés ont attaqué le " + w + " de Kalo, à 20 km au nord de Gao."
		if placed := distanceSubject(doc) == "Kalo"; placed != (w == "marché" || langs().fr.has(setMiddles, w)) {
			t.Errorf("Read(%q): Kalo placed %v", doc, placed)
		}
	}
}

// TestSelvesRead reads every row of each selves.tsv after the comma that
// closes a distance phrase: the distance after it places that phrase's
// object, where after a word of no row it places the sentence's subject.
func TestSelvesRead(t *testing.T) {
	for _, c := range []struct{ lang, doc string }{
		{"en", "The well at Kalo, 10 km north of Bema, %s 20 km east of Gao, was repaired."},
		{"fr", "Le puits de Kalo, à 10 km au nord de Bema, %s à 20 km à l'est de Gao, a été réparé."},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setSelves]) < 2 {
			t.Errorf("lexicon/%s/selves.tsv: %d rows, want at least 2", c.lang, len(l.sets[setSelves]))
		}
		for w := range l.sets[setSelves] {
			doc := strings.Replace(c.doc, "%s", w, 1)
			d := Read(doc)
			found := false
			for _, r := range d.Relations {
				if r.MinKm == 20 && r.Subject >= 0 && r.Object >= 0 {
					found = true
					if d.Mentions[r.Subject].Name != "Bema" || d.Mentions[r.Object].Name != "Gao" {
						t.Errorf("Read(%q): 20 km places %q from %q, want Bema from Gao", doc, d.Mentions[r.Subject].Name, d.Mentions[r.Object].Name)
					}
				}
			}
			if !found {
				t.Errorf("Read(%q): no 20 km relation: %+v", doc, d.Relations)
			}
		}
	}
}

// placesAt reports whether Read(doc) has a relation whose subject is name
// and whose least distance is km.
func placesAt(doc, name string, km float64) bool {
	d := Read(doc)
	for _, r := range d.Relations {
		if r.Subject >= 0 && d.Mentions[r.Subject].Name == name && r.MinKm == km {
			return true
		}
	}
	return false
}
