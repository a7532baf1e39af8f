package gazetteer

import (
	"bufio"
	"compress/gzip"
	"context"
	"os"
	"slices"
	"testing"
)

func TestAbbreviationForms(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"fort", "Ft. Worth", []string{"fort worth"}},
		{"fort without a point", "Ft Portal", []string{"fort portal"}},
		{"mount", "Mt. Vernon", []string{"mount vernon", "mont vernon"}},
		{"point", "Pt. Pleasant", []string{"point pleasant", "port pleasant", "pointe pleasant"}},
		{"saint", "St. Louis", []string{"saint louis", "sankt louis"}},
		{"French saint", "St-Louis", []string{"saint louis", "sankt louis"}},
		{"French sainte", "Ste-Anne-des-Monts", []string{"sainte anne des monts"}},
		{"inside a name", "Sault Ste. Marie", []string{"sault sainte marie"}},
		{"santa", "Sta. Cruz", []string{"santa cruz"}},
		{"puerto", "Pto. Montt", []string{"puerto montt"}},
		{"ciudad", "Cd. Juárez", []string{"ciudad juarez"}},
		{"ciudad written longer", "Cdad. Obregón", []string{"ciudad obregon"}},
		{"general", "Gral. Roca", []string{"general roca"}},
		{"compass initial", "N. Platte", []string{"north platte"}},
		{"S. for south and the saints", "S. Paulo", []string{"south paulo", "san paulo", "sao paulo", "santa paulo", "santo paulo"}},
		{"two abbreviations", "Ft. St. John", []string{"fort saint john", "fort sankt john"}},
		{"an initial inside a name is kept", "Leandro N. Alem", nil},
		{"one word names nothing", "St.", nil},
		{"a single letter alone names nothing", "N", nil},
		{"no abbreviation", "Fort Worth", nil},
		{"a word that starts like one", "Stanley Falls", nil},
	}
	for _, tt := range tests {
		if got := AbbreviationForms(Fold(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: AbbreviationForms(Fold(%q)) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
	// However many abbreviations a name has, its forms stay few.
	if got := AbbreviationForms("s st st st st"); len(got) > maxAbbreviationForms {
		t.Errorf("AbbreviationForms of five abbreviations gives %d forms, want at most %d", len(got), maxAbbreviationForms)
	}
}

func TestFoldUmlauts(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"o umlaut", "Göttingen", "goettingen"},
		{"u umlaut", "Düsseldorf", "duesseldorf"},
		{"u umlaut and sharp s", "Fürstenfeldbrück Straße", "fuerstenfeldbrueck strasse"},
		{"a umlaut", "Jyväskylä", "jyvaeskylae"},
		{"capital", "Ödemiş", "oedemis"},
		{"ring", "Århus", "aarhus"},
		{"ring and umlaut", "Västerås", "vaesteraas"},
		{"slashed o", "Køge", "koege"},
		{"slashed o and ring", "Tromsø Ålesund", "tromsoe aalesund"},
		{"decomposed", "Go\u0308ttingen", "goettingen"},
		{"other marks kept as Fold keeps them", "Hajdúböszörmény", "hajduboeszoermeny"},
		{"a diaeresis on another letter", "Ghardaïa", ""},
		{"no umlaut", "Tessalit", ""},
		{"ae already written out", "Goettingen", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		if got := FoldUmlauts(tt.in); got != tt.want {
			t.Errorf("%s: FoldUmlauts(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestNamedSpellings: a name written with its umlauts or abbreviations
// written out finds the place that GeoNames spells otherwise, and the
// written-out spellings of GeoNames's names find it too.
func TestNamedSpellings(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	ctx := context.Background()
	tests := []struct {
		in      string
		id      int64 // GeoNames id of the place meant
		country string
	}{
		{"Ft. Worth", 4691930, "US"},
		{"Ft Portal", 233476, "UG"},
		{"Ste. Genevieve", 4407294, "US"},
		{"Ste-Anne-des-Monts", 6137749, "CA"},
		{"N. Platte", 5697939, "US"},
		{"Koege", 2618415, "DK"},
		{"Hilleroed", 2620320, "DK"},
		{"Lillestroem", 3147465, "NO"},
		{"Vaesteraas", 2664454, "SE"},
		{"Saint Kilda East", 7303250, "AU"},
	}
	for _, tt := range tests {
		ps, err := testDB.Named(ctx, tt.in)
		if err != nil {
			t.Fatalf("Named(%q): %v", tt.in, err)
		}
		if !slices.ContainsFunc(ps, func(p Place) bool { return p.ID == tt.id && p.Country == tt.country }) {
			var got []string
			for _, p := range ps {
				got = append(got, p.Name+" "+p.Country)
			}
			t.Errorf("Named(%q) = %q, want place %d in %s among them", tt.in, got, tt.id, tt.country)
		}
	}
}

// TestSpellingsNameNoCommonWord: the written-out spellings the database
// adds (altSpelling) make no common English word a place name
// (../text/lexicon/en/common.txt.gz lists the words that none names), and
// common English and French words, capitalised as a sentence's first
// word, still find nothing.
func TestSpellingsNameNoCommonWord(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	ctx := context.Background()
	rows, err := testDB.sql.QueryContext(ctx, `SELECT DISTINCT fold FROM place_name WHERE alt = ?`, altSpelling)
	if err != nil {
		t.Fatal(err)
	}
	spelt := map[string]bool{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			t.Fatal(err)
		}
		spelt[k] = true
	}
	rows.Close()
	if len(spelt) == 0 {
		t.Fatal("the database holds no written-out spelling")
	}
	f, err := os.Open("../text/lexicon/en/common.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	n := 0
	for sc.Scan() {
		n++
		if spelt[sc.Text()] {
			t.Errorf("the common word %q is a written-out spelling of a place name", sc.Text())
		}
	}
	if err := sc.Err(); err != nil || n < 10000 {
		t.Fatalf("read %d common words: %v", n, err)
	}
	// Goes, Rue and St (Sète) are left out: places bear them.
	for _, w := range []string{
		// English words with ae, oe, ue, or that end like an abbreviation.
		"Does", "Queen", "Blue", "True", "Value", "Avenue", "Canoe", "Shoe", "Aerial",
		"Maestro", "Poem", "Coerce", "Guess", "Issue", "Argue", "Ft", "Mt", "N",
		// French words.
		"Quelque", "Poète", "Soeur", "Cœur", "Aéroport", "Oeuvre", "Bleue", "Statue", "Ste",
	} {
		ps, err := testDB.Named(ctx, w)
		if err != nil {
			t.Fatalf("Named(%q): %v", w, err)
		}
		if len(ps) > 0 {
			t.Errorf("Named(%q) = %s in %s and %d more, want nothing", w, ps[0].Name, ps[0].Country, len(ps)-1)
		}
	}
}

func TestSkeleton(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Boukamal", "bkml"},
		{"Abu Kamal", "bkml"},
		{"Joal-Fadiouth", "jlfdt"},
		{"Joal-Fadiout", "jlfdt"},
		{"Deir ez-Zor", "drzr"},
		{"Dayr az Zawr", "drzr"},
		{"Al-Qamishli", "kmsl"},
		{"Kamishli", "kmsl"},
		{"Djelfa", "jlf"},
		{"Jelfa", "jlf"},
		{"Phalaborwa", "flbr"},
		{"Lyssytchansk", "lsknsk"},
		{"Lysychansk", "lsknsk"},
		{"Tschernobyl", "krnbl"},
		{"Zhanaozen", "jnzn"},
		{"Janaozen", "jnzn"},
		{"Bitunya", "btn"},
		{"Baytūnyā", "btn"},
		// Too short to tell a place: "" rather than a loose key.
		{"Doura", ""},
		{"Dūrā", ""},
		{"Al Hasakah", ""},
		{"", ""},
		{"123", ""},
	}
	for _, tt := range tests {
		if got := Skeleton(tt.in); got != tt.want {
			t.Errorf("Skeleton(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSpelledLike: a name that no place bears finds the places of the
// countries asked whose names romanise it otherwise, and only those.
func TestSpelledLike(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	ctx := context.Background()
	tests := []struct {
		in        string
		countries []string
		id        int64 // GeoNames id of the place meant; 0 for none
	}{
		{"Joal-Fadiouth", []string{"SN"}, 2251084},
		{"Dayr az-Zawr", []string{"SY", "IQ"}, 170794},
		// French "tch" for the English "ch" of a Cyrillic name.
		{"Lyssytchansk", []string{"UA"}, 702972},
		// French "ch" for the English "sh" of Persian and Turkic names.
		{"Mazar-e Charif", []string{"AF"}, 1133616},
		{"Douchanbé", []string{"TJ"}, 1221874},
		{"Mazar-e Charif", []string{"PK"}, 0},
		// Too short a skeleton ("zm"), but French "ou" for English "u".
		{"Izioum", []string{"UA"}, 707292},
		{"Izioum", []string{"RU"}, 0},
		// Not in the countries asked: nothing, however the name is spelled.
		{"Joal-Fadiouth", []string{"ML"}, 0},
		{"Dayr az-Zawr", nil, 0},
		// Too short a skeleton: nothing, unless it is French "ou" for
		// English "u" (« Doura », Dūrā near Hebron).
		{"Dhura", []string{"PS"}, 0},
		{"Doura", []string{"PS"}, 284011},
		// The skeleton of Te Kauwhata, but five letters of ten apart.
		{"Te Kuiti", []string{"NZ"}, 0},
	}
	for _, tt := range tests {
		ps, err := testDB.SpelledLike(ctx, tt.in, tt.countries)
		if err != nil {
			t.Fatalf("SpelledLike(%q): %v", tt.in, err)
		}
		if tt.id == 0 {
			if len(ps) != 0 {
				t.Errorf("SpelledLike(%q, %v) = %d places, want none", tt.in, tt.countries, len(ps))
			}
			continue
		}
		if !slices.ContainsFunc(ps, func(p Place) bool { return p.ID == tt.id }) {
			var got []string
			for _, p := range ps {
				got = append(got, p.Name+" "+p.Country)
			}
			t.Errorf("SpelledLike(%q, %v) = %q, want place %d among them", tt.in, tt.countries, got, tt.id)
		}
		for _, p := range ps {
			if !slices.Contains(tt.countries, p.Country) {
				t.Errorf("SpelledLike(%q, %v) gave %s in %s", tt.in, tt.countries, p.Name, p.Country)
			}
		}
	}
}

// TestFrenchSh: French "ch" is respelled English "sh", but not the "ch"
// of "tch" or "sch".
func TestFrenchSh(t *testing.T) {
	tests := []struct{ in, want string }{
		{"mazar e charif", "mazar e sharif"},
		{"achgabat", "ashgabat"},
		{"tchimkent", ""},
		{"kharkiv", ""},
		{"bischkek", ""},
		{"tachkent", "tashkent"},
	}
	for _, tt := range tests {
		if got := frenchSh(tt.in); got != tt.want {
			t.Errorf("frenchSh(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpelledAlike(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Kedugu", "Kédougou", true},
		{"Tal Abiad", "Tall Abyaḑ", true},
		{"Nuakchott", "Nouakchott", true},
		{"Joal-Fadiouth", "Joal-Fadiout", true},
		{"Te Kuiti", "Te Kauwhata", false}, // skeleton tkt, 5 edits of 10
		{"Doura", "Dura", false},           // skeleton too short
		{"Kedugu", "Kedugu", true},
		{"Gao", "Gao", false}, // "g": no skeleton to compare
		// French "ou" and "tch" counted as the one sound they spell.
		{"Ouroumtchi", "Ürümqi", true},
		// French "ch" for English "sh".
		{"Kachgar", "Kashgar", true},
		{"Ouroumtchi", "Urmia", false},
	}
	for _, tt := range tests {
		if got := SpelledAlike(tt.a, tt.b); got != tt.want {
			t.Errorf("SpelledAlike(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	for _, tt := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"abc", "", 3}, {"kedugu", "kedougou", 2}, {"kitten", "sitting", 3}} {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
