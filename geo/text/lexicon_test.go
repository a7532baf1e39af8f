package text

import (
	"bufio"
	"compress/gzip"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/locus-gis/locus/data"
)

func TestLexicons(t *testing.T) {
	l := lex()
	for name, set := range map[string]lexicon{"agencies": l.agencies, "peoples": l.peoples, "demonyms": l.demonyms, "organisations": l.organisations, "periods": l.periods} {
		if len(set) < 5 {
			t.Errorf("lexicon %s: %d entries, want at least 5", name, len(set))
		}
		for w := range set {
			if w != strings.ToLower(strings.TrimSpace(w)) || strings.Contains(w, "  ") {
				t.Errorf("lexicon %s: entry %q is not lower-cased and trimmed", name, w)
			}
		}
	}
	tests := []struct {
		f    func(string) bool
		name string
		w    string
		want bool
	}{
		{isAgency, "isAgency", "reuters", true},
		{isAgency, "isAgency", "gao", false},
		{isPeople, "isPeople", "quechua", true},
		{isPeople, "isPeople", "tuareg", true},
		{isPeople, "isPeople", "kidal", false},
		{isDemonym, "isDemonym", "ugandan", true},
		{isDemonym, "isDemonym", "pakistani", true},
		{isDemonym, "isDemonym", "uganda", false},
		{isOrganisationName, "isOrganisationName", "islamic maghreb", true},
		{isOrganisationName, "isOrganisationName", "maghreb", false},
	}
	for _, tt := range tests {
		if got := tt.f(tt.w); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", tt.name, tt.w, got, tt.want)
		}
	}
}

func TestDescriptorTables(t *testing.T) {
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"isDescriptorNoun(farm)", isDescriptorNoun("farm"), true},
		{"isDescriptorNoun(quechua)", isDescriptorNoun("quechua"), false},
		{"isAnaphorNoun(community)", isAnaphorNoun("community"), true},
		{"isAnaphorNoun(region)", isAnaphorNoun("region"), false},
		{"isAtDescriptor(camp)", isAtDescriptor("camp"), true},
		{"isAtDescriptor(village)", isAtDescriptor("village"), false},
		{"isAdminFeature(rural commune)", isAdminFeature("rural commune"), true},
		{"isAdminFeature(town)", isAdminFeature("town"), false},
		{"frenchFeature(ville)", frenchFeature("ville"), "town"},
		{"frenchFeature(ferme)", frenchFeature("ferme"), "farm"},
		{"frenchFeature(département)", frenchFeature("département"), "department"},
		{"frenchFeature(route)", frenchFeature("route"), ""},
		{"isFrenchAnaphorNoun(hameau)", isFrenchAnaphorNoun("hameau"), true},
		{"isFrenchAnaphorNoun(région)", isFrenchAnaphorNoun("région"), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	// Every anaphor noun of either language gives a feature the resolver
	// knows how to describe.
	for w, d := range lex().fr {
		if d.anaphor && d.feature == "" {
			t.Errorf("French anaphor noun %q has no feature", w)
		}
	}
}

// TestKindsAfterRead reads every row of lexicon/en/kindsafter.tsv after
// a name, before a distance set off by a comma: the name, without the
// kind, is the subject and gets the row's feature ("Traders fled the
// Tinabaw trading centre, 30 km north of Gao").
func TestKindsAfterRead(t *testing.T) {
	n := 0
	for _, rows := range lex().kindsAfter {
		for _, ph := range rows {
			n++
			doc := "Traders fled the Tinabaw " + strings.Join(ph.words, " ") + ", 30 km north of Gao."
			d := Read(doc)
			if len(d.Relations) != 1 {
				t.Errorf("Read(%q): %d relations, want 1", doc, len(d.Relations))
				continue
			}
			if m := d.Mentions[d.Relations[0].Subject]; m.Name != "Tinabaw" || m.Feature != ph.row || m.Evidence != EvidenceRelation {
				t.Errorf("Read(%q): subject %q (%q, %s), want Tinabaw (%q)", doc, m.Name, m.Feature, m.Evidence, ph.row)
			}
		}
	}
	if n < 5 {
		t.Errorf("kindsafter.tsv: %d rows, want at least 5", n)
	}
	// Alone, such a word names no kind of the name after "of".
	for _, m := range Read("Shops closed near the dam of Gao.").Mentions {
		if m.Name == "Gao" && m.Feature != "" {
			t.Errorf("the dam of Gao: Gao is a %q, want no kind", m.Feature)
		}
	}
}

// TestLocalKindsRead reads every row of lexicon/en/localkinds.tsv,
// capitalised before a name, in a sentence that opens with it and in one
// that names it after a verb: a word cut is no part of the name, which
// gets its feature ("Barangay Tinabaw Ilaya" is Tinabaw Ilaya, a
// barangay); a word of names is kept ("Kampung Tinabaw Ilaya").
func TestLocalKindsRead(t *testing.T) {
	if len(lex().localKinds) < 5 {
		t.Fatalf("localkinds.tsv: %d rows, want at least 5", len(lex().localKinds))
	}
	for w, lk := range lex().localKinds {
		word := strings.ToUpper(w[:1]) + w[1:]
		if w == "xã" {
			word = "Xã"
		}
		want, feature := word+" Tinabaw Ilaya", ""
		if lk.cut {
			want, feature = "Tinabaw Ilaya", lk.feature
		}
		for _, doc := range []string{
			word + " Tinabaw Ilaya lies 30 km north of Gao.",
			"Troops cleared " + word + " Tinabaw Ilaya, 30 km north of Gao.",
		} {
			r, subj, obj := onlyRelation(t, doc)
			if subj != want || obj != "Gao" || r.MinKm != 30 {
				t.Errorf("Read(%q) = %q->%q %g km, want %q 30 km from Gao", doc, subj, obj, r.MinKm, want)
			}
			if d := Read(doc); lk.cut && (len(d.Mentions) == 0 || d.Mentions[0].Feature != feature) {
				t.Errorf("Read(%q): mentions %+v, want the first with feature %q", doc, d.Mentions, feature)
			}
		}
	}
}

// TestListedNames reads every name of lexicon/names.txt, capitalised as a
// text writes it, in a sentence: each must be one mention, whole.
func TestListedNames(t *testing.T) {
	names := lex().names
	if len(names) < 5 {
		t.Fatalf("lexicon/names.txt: %d names, want at least 5", len(names))
	}
	for _, words := range names {
		if len(words) < 2 {
			t.Errorf("lexicon/names.txt: %q is one word, which the reader never cuts", words)
			continue
		}
		w := append([]string(nil), words...)
		r, size := utf8.DecodeRuneInString(w[0])
		w[0] = string(unicode.ToUpper(r)) + w[0][size:] // the rest as the file writes it
		name := strings.Join(w, " ")
		d := Read("Kalo is a village in " + name + ", 20 km from Gao.")
		found := false
		for _, m := range d.Mentions {
			if strings.EqualFold(m.Name, name) {
				found = true
			}
		}
		if !found {
			var got []string
			for _, m := range d.Mentions {
				got = append(got, m.Name)
			}
			t.Errorf("%q read as %q, want it one mention", name, got)
		}
	}
}

// TestCommonWords checks lexicon/en/common.txt.gz against the gazetteer
// extracts it was made from: no place of data/cities500.tsv.gz bears a
// common word as its name or ASCII name, so a sentence that opens with a
// town's name ("Reading lies 60 km west of London") still names a place.
func TestCommonWords(t *testing.T) {
	words := lex().common
	if len(words) < 10000 {
		t.Fatalf("lexicon/en/common.txt.gz: %d words, want at least 10,000", len(words))
	}
	for _, w := range words {
		for _, c := range w {
			if c < 'a' || c > 'z' {
				t.Fatalf("lexicon/en/common.txt.gz: %q is not lower-case ASCII letters", w)
			}
		}
	}
	for _, w := range []string{"insecurity", "cholera", "banditry", "violence"} {
		if !isCommonWord(w) {
			t.Errorf("isCommonWord(%q) = false, want true", w)
		}
	}
	f, err := data.Files().Open("cities500.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		cols := strings.SplitN(sc.Text(), "\t", 4)
		if len(cols) < 3 {
			continue
		}
		for _, name := range cols[1:3] {
			if w := strings.ToLower(name); isCommonWord(w) {
				t.Errorf("lexicon/en/common.txt.gz holds %q, the name of a place", w)
			}
		}
		n++
	}
	if err := sc.Err(); err != nil || n < 100000 {
		t.Fatalf("read %d places of cities500.tsv.gz: %v", n, err)
	}
}

// TestRoadHeadsRead reads every word of lexicon/en/roadheads.txt as the
// last word of a numbered road's name: the road, and the state inside its
// name, are no mentions, and the distance after it is the subject's.
func TestRoadHeadsRead(t *testing.T) {
	n := 0
	for w := range lex().roadHeads {
		n++
		head := strings.ToUpper(w[:1]) + w[1:]
		doc := "Kalbou lies along West Virginia " + head + " 47, 12 km east of Gao."
		d := Read(doc)
		for _, m := range d.Mentions {
			if m.Name != "Kalbou" && m.Name != "Gao" {
				t.Errorf("Read(%q): mention %q, want none but Kalbou and Gao", doc, m.Name)
			}
		}
		if got := readings(d); !slices.Contains(got, "Kalbou: 12 km east of Gao") {
			t.Errorf("Read(%q) = %q, want Kalbou: 12 km east of Gao", doc, got)
		}
	}
	if n == 0 {
		t.Fatal("lexicon/en/roadheads.txt is empty")
	}
}

// TestTownPartsRead reads every word of lexicon/en/towncentres.txt after a
// town's name: the distance is measured from the town ("Lusaka CBD").
func TestTownPartsRead(t *testing.T) {
	n := 0
	for w := range lex().townParts {
		n++
		part := strings.ToUpper(w)
		if w != "cbd" {
			part = strings.ToUpper(w[:1]) + w[1:]
		}
		doc := "Kalbou is a farming area 25 km west of Lusaka " + part + "."
		if got := readings(Read(doc)); !slices.Contains(got, "Kalbou: 25 km west of Lusaka") {
			t.Errorf("Read(%q) = %q, want Kalbou: 25 km west of Lusaka", doc, got)
		}
	}
	if n == 0 {
		t.Fatal("lexicon/en/towncentres.txt is empty")
	}
}

// readings returns every relation of d as reading writes it.
func readings(d *Document) []string {
	var out []string
	for _, rel := range d.Relations {
		out = append(out, reading(d, rel))
	}
	return out
}

// TestTrailingKindsRead reads every row of lexicon/en/kindsafter.tsv
// flagged skip after a name: as the object of a distance, the word is
// skipped and the relation ends at the name ("30 km north of the Tinabaw
// valley"); as a subject, the name gets the word as its kind ("Traders
// fled the Tinabaw valley, 30 km north of Gao") when the word is also a
// descriptor noun. The others ("hills", "basin") end no subject yet: the
// grammar takes a subject's kind only where it reads the name as a
// place.
func TestTrailingKindsRead(t *testing.T) {
	if len(lex().trailing) < 5 {
		t.Fatalf("kindsafter.tsv: %d rows flagged skip, want at least 5", len(lex().trailing))
	}
	for w := range lex().trailing {
		if !isTrailingDescriptor(w) {
			t.Errorf("isTrailingDescriptor(%q) = false", w)
		}
		if _, ok := lex().kindsAfter.word(w); ok {
			t.Errorf("kindsafter.tsv: %q is read both with and without skip", w)
		}
		doc := "Kalo lies 30 km north of the Tinabaw " + w + " and its wells."
		r, subj, obj := onlyRelation(t, doc)
		if subj != "Kalo" || obj != "Tinabaw" || r.MinKm != 30 {
			t.Errorf("Read(%q) = %q->%q %g km, want Kalo 30 km from Tinabaw", doc, subj, obj, r.MinKm)
		}
		if !isDescriptorNoun(w) {
			continue
		}
		doc = "Traders fled the Tinabaw " + w + ", 30 km north of Gao."
		d := Read(doc)
		if len(d.Relations) != 1 {
			t.Errorf("Read(%q): %d relations, want 1", doc, len(d.Relations))
			continue
		}
		if m := d.Mentions[d.Relations[0].Subject]; m.Name != "Tinabaw" || m.Feature != w {
			t.Errorf("Read(%q): subject %q (%q), want Tinabaw (%q)", doc, m.Name, m.Feature, w)
		}
	}
	if isTrailingDescriptor("dam") || isTrailingDescriptor("village") {
		t.Errorf("isTrailingDescriptor: dam or village is flagged skip")
	}
}
