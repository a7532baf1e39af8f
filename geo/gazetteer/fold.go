package gazetteer

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// transliterate returns the usual Latin spelling of the lower-case letters
// that Unicode does not decompose into a base letter plus marks.
func transliterate(r rune) (string, bool) {
	switch r {
	case 'ß':
		return "ss", true
	case 'æ':
		return "ae", true
	case 'œ':
		return "oe", true
	case 'þ':
		return "th", true
	case 'ø':
		return "o", true
	case 'đ', 'ð':
		return "d", true
	case 'ł', 'ŀ':
		return "l", true
	case 'ı':
		return "i", true
	case 'ħ':
		return "h", true
	case 'ŧ':
		return "t", true
	}
	return "", false
}

// isApostrophe reports whether r is one of the apostrophes and quotes that
// writers put inside names (N'Djamena, Ma’arrat, Hawai‘i, Ghardaïa with ʼ).
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', 'ʽ', '`', '´', 'ʹ', 'ʾ', 'ʿ':
		return true
	}
	return false
}

// Fold returns the search key of a place or country name: lower case, accents
// and other combining marks removed (NFD), a few letters with no decomposition
// transliterated (ß to ss, æ to ae, ø to o, ł to l, ...), apostrophes dropped,
// and every run of other non-letter, non-digit characters (spaces, hyphens,
// dots, commas, brackets, FTS or SQL operators) turned into one space, with no
// leading or trailing space. Letters of other scripts are kept, lower-cased.
//
// So "Ténenkou", "TENENKOU" and "tenenkou" fold to "tenenkou", "Richard-Toll"
// and "Richard  Toll" to "richard toll", and "N'Djamena" to "ndjamena".
// A string with no letter or digit folds to "".
func Fold(s string) string {
	key, _ := fold(s, false)
	return key
}

// fold is Fold, and with umlauts set FoldUmlauts' writing out of ä, ö, ü,
// å and ø; changed tells whether one of them was written out.
func fold(s string, umlauts bool) (key string, changed bool) {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	var last rune // the last base letter written, lower case; 0 after any other
	for _, r := range norm.NFD.String(s) {
		switch {
		case umlauts && r == '\u0308' && (last == 'a' || last == 'o' || last == 'u'):
			b.WriteByte('e') // ä, ö, ü
			changed, last = true, 0
		case umlauts && r == '\u030a' && last == 'a':
			b.WriteByte('a') // å
			changed, last = true, 0
		case unicode.Is(unicode.Mn, r), isApostrophe(r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			r = unicode.ToLower(r)
			last = r
			if umlauts && r == 'ø' {
				b.WriteString("oe")
				changed = true
			} else if t, ok := transliterate(r); ok {
				b.WriteString(t)
			} else {
				b.WriteRune(r)
			}
		default:
			space, last = true, 0
		}
	}
	return b.String(), changed
}

// ftsQuery returns an FTS4 MATCH expression that finds documents holding
// every word of the folded key, the last word as a prefix. Each word is a
// quoted phrase of letters and digits only (Fold removed every quote and
// operator character), and lower case, so words such as "or" and "near" are
// never read as operators. It returns "" when key has no word.
func ftsQuery(key string) string {
	words := strings.Fields(key)
	const maxWords = 8
	if len(words) > maxWords {
		words = words[:maxWords]
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(w)
		if i == len(words)-1 {
			b.WriteByte('*')
		}
		b.WriteByte('"')
	}
	return b.String()
}
