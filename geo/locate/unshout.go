package locate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/locus-gis/locus/geo/gazetteer"
)

// maxCodeLetters is the most letters of a name in capitals that unshout
// keeps as written: a code ("CA", "VS", "NZ") alone; initials in a name
// of more words ("RD CONGO") when one letter shorter.
const maxCodeLetters = 3

// lowerParticles are the short words a place's name keeps in lower case
// when unshout writes it in title case: "Agusan del Norte", "Democratic
// Republic of the Congo", « Mont-de-Marsan ».
var lowerParticles = map[string]bool{
	"de": true, "del": true, "della": true, "di": true, "da": true, "do": true, "dos": true, "das": true,
	"du": true, "des": true, "la": true, "le": true, "les": true, "el": true, "y": true, "e": true,
	"of": true, "the": true, "and": true, "et": true, "en": true, "sur": true, "on": true, "upon": true,
}

// unshout returns the name a place the text writes in capitals only
// (shouted) should carry, given gaz, the name of the gazetteer entry
// chosen for it: gaz itself when the two fold alike ("BAMAKO, Mali (AP)
// —" names Bamako); otherwise the text's words in title case, each word
// the gazetteer's name holds taking its form there ("TUGUEGARAO CITY"
// for Tuguegarao names Tuguegarao City, « TCHAD » for Chad Tchad). A
// code of at most maxCodeLetters letters, and a name not shouted, are
// returned as they are.
func unshout(name, gaz string) string {
	if !shouted(name) {
		return name
	}
	if gazetteer.Fold(name) == gazetteer.Fold(gaz) {
		return gaz
	}
	if utf8.RuneCountInString(name) <= maxCodeLetters {
		return name // "Ridgecrest, CA", "NZ": a code, no name
	}
	forms := map[string]string{}
	for _, w := range strings.FieldsFunc(gaz, nameSpace) {
		forms[gazetteer.Fold(w)] = w
	}
	var b strings.Builder
	first := true
	for i := 0; i < len(name); {
		j := i
		for j < len(name) {
			c, size := utf8.DecodeRuneInString(name[j:])
			if nameSpace(c) {
				break
			}
			j += size
		}
		if j == i {
			_, size := utf8.DecodeRuneInString(name[i:])
			b.WriteString(name[i : i+size])
			i += size
			continue
		}
		w := name[i:j]
		switch f, ok := forms[gazetteer.Fold(w)]; {
		case ok:
			b.WriteString(f)
		case !first && lowerParticles[strings.ToLower(w)]:
			b.WriteString(strings.ToLower(w))
		case utf8.RuneCountInString(w) <= maxCodeLetters-1:
			b.WriteString(w) // « RD CONGO »: the initials stay

		default:
			b.WriteString(titleWord(w))
		}
		first = false
		i = j
	}
	return b.String()
}

// nameSpace reports whether c parts the words of a name: a space or a
// hyphen ("BOBO-DIOULASSO").
func nameSpace(c rune) bool { return c == ' ' || c == '-' || c == '\u2010' || c == '\t' }

// titleWord writes the word w with its first letter in capitals and the
// rest in lower case; a letter after an elided one-letter article keeps
// its capital ("N'DJAMENA" is N'Djamena, "COX'S" Cox's).
func titleWord(w string) string {
	var b strings.Builder
	up, letters := true, 0
	for _, c := range w {
		switch {
		case up && unicode.IsLetter(c):
			b.WriteRune(unicode.ToUpper(c))
			up = false
		case c == '\'' || c == '\u2019':
			b.WriteRune(c)
			up = letters == 1
		default:
			b.WriteRune(unicode.ToLower(c))
		}
		if unicode.IsLetter(c) {
			letters++
		}
	}
	return b.String()
}
