package gazetteer

import (
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// abbreviation is a word that names of places are written with in short,
// folded, and the words it stands for, in the order they are tried.
type abbreviation struct {
	short string
	words []string
	// first is set when the abbreviation stands for its words only as the
	// first word of a name: a single letter inside a name is a person's
	// initial ("Leandro N. Alem"), not a compass word.
	first bool
}

// nameAbbreviations are the abbreviations of English, French, Spanish,
// Portuguese, Italian and German place names that pages write and
// GeoNames often does not hold ("Ft. Worth", "Ste-Anne-des-Monts", "Pto.
// Montt", "Cd. Juárez", "N. Platte", "S. Paulo"), folded as Fold folds
// them. Each stands for a word only inside a name of two words or more:
// "St" or "N" alone names nothing.
var nameAbbreviations = []abbreviation{
	{short: "st", words: []string{"saint", "sankt"}},
	{short: "ste", words: []string{"sainte"}},
	{short: "sta", words: []string{"santa"}},
	{short: "sto", words: []string{"santo"}},
	{short: "mt", words: []string{"mount", "mont"}},
	{short: "mte", words: []string{"monte"}},
	{short: "ft", words: []string{"fort"}},
	{short: "pt", words: []string{"point", "port", "pointe"}},
	{short: "pte", words: []string{"pointe"}},
	{short: "pto", words: []string{"puerto"}},
	{short: "cd", words: []string{"ciudad"}, first: true},
	{short: "cdad", words: []string{"ciudad"}, first: true},
	{short: "gral", words: []string{"general"}, first: true},
	{short: "n", words: []string{"north"}, first: true},
	{short: "s", words: []string{"south", "san", "sao", "santa", "santo"}, first: true},
	{short: "e", words: []string{"east"}, first: true},
	{short: "w", words: []string{"west"}, first: true},
}

// maxAbbreviationForms caps how many spellings AbbreviationForms returns,
// so that a name made of abbreviations costs a few lookups at most.
const maxAbbreviationForms = 8

// AbbreviationForms returns the folded key with its abbreviations written
// out, as nameAbbreviations gives them: "ft worth" gives "fort worth", "st
// louis" gives "saint louis" and "sankt louis", "n platte" gives "north
// platte". Every abbreviation of the key is written out, each in every
// way, at most maxAbbreviationForms spellings in all; a key of one word,
// or with no abbreviation, gives none.
func AbbreviationForms(key string) []string {
	words := strings.Fields(key)
	if len(words) < 2 {
		return nil
	}
	forms := [][]string{nil}
	changed := false
	for i, w := range words {
		choices := []string{w}
		for _, a := range nameAbbreviations {
			if a.short == w && (!a.first || i == 0) {
				choices = a.words
				changed = true
				break
			}
		}
		var next [][]string
		for _, f := range forms {
			for _, c := range choices {
				if len(next) < maxAbbreviationForms {
					next = append(next, append(f[:len(f):len(f)], c))
				}
			}
		}
		forms = next
	}
	if !changed {
		return nil
	}
	out := make([]string, len(forms))
	for i, f := range forms {
		out[i] = strings.Join(f, " ")
	}
	return out
}

// FoldUmlauts returns the search key of s as Fold gives it, but with the
// letters that German and the Nordic languages write out when they lack
// them written out that way: ä, ö and ü as ae, oe and ue, å as aa, ø as
// oe ("Göttingen" gives "goettingen", "Køge" "koege", "Västerås"
// "vaesteraas"). It returns "" when s has none of these letters, so that
// the key is only ever an extra one: pages write "Goettingen" and
// "Koege", and GeoNames lists the written-out form for some towns only.
// No other word is changed, so "Blue", "Goes" or "Queen" never come to
// name a place through it.
func FoldUmlauts(s string) string {
	if !strings.ContainsAny(s, "äöüåøÄÖÜÅØ") && norm.NFC.IsNormalString(s) {
		return ""
	}
	key, changed := fold(s, true)
	if !changed {
		return ""
	}
	return key
}

// minSkeleton is the fewest letters a skeleton must have: shorter ones
// ("Dura" and "Doura" give "dr") are borne by too many places of one
// country to tell one of them.
const minSkeleton = 3

// skeletonDigraphs are the groups of letters that transliterations write
// for one sound, read as that sound before vowels are dropped: French
// "Djelfa" and English "Jelfa", "Phalaborwa" and "Falaborwa"; French
// "tch" and German "tsch" for English "ch" from Cyrillic («
// Lyssytchansk », Lysychansk), and English "zh" for the "j" of French and
// of Kazakh's Latin alphabet ("Zhanaozen", « Janaozen »). The longer group
// is tried first at each position.
var skeletonDigraphs = strings.NewReplacer("tsch", "ch", "tch", "ch", "dj", "j", "zh", "j", "ph", "f", "ck", "k")

// Skeleton returns the consonant skeleton of a place name: its folded key
// without a leading Arabic article, with the vowels and the letters that
// transliterations add or drop at will (h, w, y) left out, c and q read as
// k, and a doubled letter written once. Names that romanisations spell
// apart share it: "Boukamal" and "Abu Kamal" give "bkml", "Joal-Fadiouth"
// and "Joal-Fadiout" give "jlfdt", "Deir ez-Zor" and "Dayr az Zawr" give
// "drzr". It returns "" when fewer than minSkeleton letters are left.
// Many names share a skeleton: it is a last resort for a name nothing bears,
// among the places of a country already known (DB.SpelledLike).
func Skeleton(name string) string {
	key := Fold(name)
	if i := strings.IndexByte(key, ' '); i > 0 && slices.Contains(articles, key[:i]) {
		key = key[i+1:]
	}
	key = skeletonDigraphs.Replace(key)
	var b strings.Builder
	var last byte
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case c < 'a' || c > 'z':
			continue
		case strings.IndexByte("aeiouyhw", c) >= 0:
			continue
		case c == 'c' || c == 'q':
			c = 'k'
		}
		if c != last {
			b.WriteByte(c)
			last = c
		}
	}
	if b.Len() < minSkeleton {
		return ""
	}
	return b.String()
}
