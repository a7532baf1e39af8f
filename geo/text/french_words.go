package text

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// French word classes, in the style of words.go: most read the tables of
// lexicon/fr/; every function takes the lower-cased word.

// isFrenchLead reports whether w may start a French relation phrase: "à 12
// km", "entre 2 et 5 km", "au nord de", "près de", "dans la région de", "un
// village du département de" (a word of lexicon/fr/entry.tsv). The words
// are French, so an English text rarely meets them.
func isFrenchLead(w string) bool {
	return langs().fr.entry[w] != nil
}

// isFrenchLocative reports whether w, before a relation phrase, places the
// subject there: "est situé à", "se trouve à", "se situe au nord de". They
// are the rows of lexicon/fr/verbs.tsv.
func isFrenchLocative(w string) bool {
	_, ok := langs().fr.verbs[w]
	return ok
}

// isFrenchFiniteVerb reports whether w, right after a comma, returns to the
// main clause: "Niéna, une commune du cercle de X, est située à" (a row of
// lexicon/fr/verbs.tsv flagged finite).
func isFrenchFiniteVerb(w string) bool {
	return langs().fr.verbs[w].finite
}

// isFrenchFiller reports whether w may sit between a subject and its relation
// without telling which of the two it belongs to: "est également à" (a
// row of lexicon/fr/fillers.tsv).
func isFrenchFiller(w string) bool {
	return langs().fr.has(setFillers, w)
}

// isFrenchArticle reports whether w is an article, a contracted article or a
// demonstrative (a row of lexicon/fr/articles.tsv).
func isFrenchArticle(w string) bool {
	return langs().fr.has(setArticles, w)
}

// isFrenchAnaphorNoun reports whether "le w" may stand for the place the text
// is about, as the English "the village" does.
func isFrenchAnaphorNoun(w string) bool {
	return lex().fr[w].anaphor
}

// frenchFeature returns the English feature (as Mention.Feature holds it)
// of a French word for a kind of place ("ville" gives "town", "département"
// gives "department"), or "" when w names none: a row of
// lexicon/fr/descriptors.tsv.
func frenchFeature(w string) string {
	return lex().fr[w].feature
}

// isFrenchAdjective reports whether w may stand next to a descriptor noun
// without changing the kind of place: "la principale ville", "le chef-lieu
// régional", "la région voisine", and the adjectives of a people or a
// nation written in lower case after the noun ("le village touareg de X",
// "le campement sami de X", "le village malien de X": lexicon/peoples.txt,
// isFrenchDemonym), which say whose the place is, not which; the others
// are the rows of lexicon/fr/adjectives.tsv.
func isFrenchAdjective(w string) bool {
	if isPeople(w) || isFrenchDemonym(w) {
		return true
	}
	return langs().fr.has(setAdjectives, w)
}

// frenchModifier returns the English compound modifier kept in a feature
// ("commune rurale" gives "rural commune"), or "".
func frenchModifier(w string) string {
	switch w {
	case "rural", "rurale":
		return "rural"
	case "urbain", "urbaine":
		return "urban"
	}
	return ""
}

// isFrenchDemonym reports whether w (lower-cased) is a French nationality
// adjective, as written after "la frontière": "ivoirienne", "malienne",
// "burkinabè", "nigériane", by the rules of lexicon/fr/demonyms.tsv. The
// gazetteer resolves them.
func isFrenchDemonym(w string) bool {
	is, _ := langs().fr.demonym(w)
	return is
}

// isFrenchPeoplePlural reports whether w (lower-cased), capitalised after
// "les", names the people of a town or region by the people endings of
// lexicon/fr/demonyms.tsv: "zindérois", "bamakoises", "kinois",
// "agadéziens". "Mois" or "bois" have no stem long enough, and the common
// nouns that places are named after ("Les Marais", "Les Fontaines") are
// no people.
func isFrenchPeoplePlural(w string) bool {
	return langs().fr.townPeople(w)
}

// isFrenchBorderWord reports whether w is the head of a French border
// phrase: a row of lexicon/fr/borders.tsv.
func isFrenchBorderWord(w string) bool {
	return langs().fr.has(setBorders, w)
}

// elidedLen returns the length in bytes of an elided article or preposition
// glued to the front of word, a row of an elisions.tsv ("l'" or "d'", with
// any apostrophe), or 0. Its letters must be lower case and a letter must
// follow: "l'Algérie", "d'Agadez", "l'est".
func elidedLen(word string) int {
	el := elisions()
	for i, r := range word {
		if i > el.longest {
			return 0
		}
		if isApostrophe(r) {
			if n := i + utf8.RuneLen(r); i > 0 && n < len(word) && el.prefixes[word[:i]] {
				return n
			}
			return 0
		}
	}
	return 0
}

// elisions holds the rows of every elisions.tsv without their
// apostrophe, and the length in bytes of the longest, read once.
var elisions = sync.OnceValue(func() (e struct {
	prefixes map[string]bool
	longest  int
}) {
	e.prefixes = map[string]bool{}
	for w := range langs().sets[setElisions] {
		p := strings.TrimSuffix(w, "'")
		e.prefixes[p] = true
		e.longest = max(e.longest, len(p))
	}
	return e
})

// elidedRest returns w without an elided "l'" or "d'", and the letter of the
// article ('l', 'd', or 0 when there is none).
func elidedRest(w string) (string, byte) {
	if n := elidedLen(w); n > 0 {
		return w[n:], w[0]
	}
	return w, 0
}

// frenchCompassLetters returns the compass letters of a French direction
// word ("nord" gives "N", "sud-ouest" "SW", "nord-nord-est" "NNE"), or
// false.
func frenchCompassLetters(w string) (string, bool) {
	return compassLetters(w, langs().fr.compass) // lexicon/fr/compass.tsv
}

// frenchCompassAbbrev returns the compass letters of a French abbreviation
// ("NO" for nord-ouest gives "NW", "SSE"), or false.
func frenchCompassAbbrev(t *token) (string, bool) {
	if t.kind != tokWord || !t.upper || len(t.lower) > 5 {
		return "", false
	}
	var buf [3]byte
	n := 0
	for i := 0; i < len(t.lower); i++ {
		if t.lower[i] == '-' && i > 0 && i+1 < len(t.lower) && t.lower[i-1] != '-' {
			continue // "S-E", "N-NO"
		}
		l, ok := frenchCompassInitial(t.lower[i])
		if !ok || n == len(buf) {
			return "", false
		}
		buf[n] = l
		n++
	}
	s := string(buf[:n])
	if _, _, ok := compassAzimuth(s); !ok {
		return "", false
	}
	return s, true
}

// frenchSmallNumber returns the value of a French number word and its
// class: 1 for a unit or teen, 2 for a ten, 3 for a hundred, 4 for a
// thousand, 0 for none (a row of lexicon/fr/numbers.tsv).
func frenchSmallNumber(w string) (float64, int) {
	n := langs().fr.numbers[w]
	switch n.class {
	case "unit", "teen":
		return n.value, 1
	case "ten":
		return n.value, 2
	case "hundred":
		return n.value, 3
	case "thousand":
		return n.value, 4
	}
	return 0, 0
}

// frenchRoundNumber returns the value of an approximate French number noun,
// "une dizaine (de)" being about ten (class round in
// lexicon/fr/numbers.tsv), or 0.
func frenchRoundNumber(w string) float64 {
	if n := langs().fr.numbers[w]; n.class == "round" {
		return n.value
	}
	return 0
}

// frenchCompassInitial returns the compass letter of c as the initial of a
// one-letter part of lexicon/fr/compass.tsv ('o' for "ouest" gives 'W').
func frenchCompassInitial(c byte) (byte, bool) {
	for w, l := range langs().fr.compass {
		if len(l) == 1 && w[0] == c {
			return l[0], true
		}
	}
	return 0, false
}

// isFrenchPartWord reports whether w names a part of a country or area
// the way a compass word does, in "une ville du centre du Togo" or "un
// village de l'extrême-nord du Cameroun": a row of
// lexicon/fr/partwords.tsv.
func isFrenchPartWord(w string) bool {
	return langs().fr.has(setPartWords, w)
}

// isFrenchPronoun reports whether w is a personal or demonstrative pronoun
// that stands for the place a French text is about: "il", "elle",
// "celui-ci", "celle-ci" (a row of lexicon/fr/pronouns.tsv).
func isFrenchPronoun(w string) bool {
	return langs().fr.has(setPronouns, w)
}

// isFrenchTimeNoun reports whether w is a noun of a time of day or a
// period that news writes before the object of a verb ("a attaqué dans la
// nuit X", "ont pris la veille X"): no kind of place, so the name after
// it is not named by it as "le fleuve Niger" is: a row of
// lexicon/fr/timenouns.tsv.
func isFrenchTimeNoun(w string) bool {
	return langs().fr.has(setTimeNouns, w)
}

// isFrenchRoleNoun reports whether w, lower-case, is a French title or
// role that news puts before a person's name ("le gouverneur Abdoulaye
// Maïga", "le porte-parole de l'armée, le colonel X"): a row of
// lexicon/fr/roles.tsv.
func isFrenchRoleNoun(w string) bool {
	return langs().fr.has(setRoles, w)
}

// isFrenchPortfolioLead reports whether w is a noun whose "de la X", "du
// X" names a portfolio, not a place: "le ministre de la Défense", "le
// ministère de l'Intérieur".
func isFrenchPortfolioLead(w string) bool {
	return w == "ministre" || w == "ministère"
}
