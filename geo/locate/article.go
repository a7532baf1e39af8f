package locate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// contractedArticle returns the name of entity e with the French article
// that a contraction or an elision before one of its mentions holds: "au
// nord du Mans" names Le Mans, "à 9 km des Sables-d'Olonne" Les
// Sables-d'Olonne, "au Havre" Le Havre, "de l'Isle-Adam" L'Isle-Adam;
// so does an article written in lower case before it, "à la Possession"
// La Possession, "vers le Robert" Le Robert;
// and the English "The" written capitalised inside a sentence, "from The
// Pas" The Pas. It returns false when no mention follows "du", "des",
// "au", "aux", a glued "l'" or such a "The", or when the name already
// starts with a capital article.
func contractedArticle(doc string, e *entity) (string, bool) {
	if e.name == "" || hasFrenchArticle(e.name) {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(e.name); r < 'A' || r > 'Z' && r < 0xC0 {
		return "", false
	}
	for _, sp := range e.mentions {
		if art, ok := articleAt(doc, sp.Start, e.name); ok {
			return art, true
		}
	}
	return "", false
}

// articleAt returns name with the French article written before its
// mention at byte offset start of doc, as contractedArticle reads it, and
// whether there is one.
func articleAt(doc string, start int, name string) (string, bool) {
	if start <= 0 || start > len(doc) {
		return "", false
	}
	if elidedArticleBefore(doc[:start]) {
		return "L'" + name, true // "à 5 km au nord de l'Isle-Adam"
	}
	before := strings.TrimRight(doc[:start], " \u00a0")
	if len(before) == start {
		return "", false // glued to the word before: no separate article
	}
	i := strings.LastIndexAny(before, " \u00a0\n\t(,;'’") + 1
	switch strings.ToLower(before[i:]) {
	case "du", "au":
		return "Le " + name, true
	case "des", "aux":
		return "Les " + name, true
	}
	switch before[i:] {
	case "la", "le", "les":
		// « un arrêt à la Possession », « les usagers de la
		// Trinité », « vers le Robert »: the article written in
		// lower case before a capitalised name inside a sentence
		// is the town's own (La Possession, La Trinité, Le Robert).
		return strings.ToUpper(before[i:i+1]) + before[i+1:] + " " + name, true
	}
	if before[i:] == "The" && !sentenceStartBefore(before[:i]) {
		// "searchers from The Pas and Flin Flon": "The" written
		// capitalised inside a sentence is the name's own (The Pas,
		// The Hague, The Dalles).
		return "The " + name, true
	}
	return "", false
}

// sentenceStartBefore reports whether the text before a word opens a
// sentence there: nothing, or a line break or the end of a sentence
// (".", "!", "?", a dash of a dateline, a quote) before it.
func sentenceStartBefore(before string) bool {
	t := strings.TrimRight(before, " \u00a0\t")
	if t == "" || strings.HasSuffix(before[len(t):], "\n") || strings.HasSuffix(t, "\n") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?—–-\"“”:", r)
}

// hasFrenchArticle reports whether name opens with a French article ("Le
// Mans", "La Rochelle", "Les Andelys", "L'Aigle").
func hasFrenchArticle(name string) bool {
	for _, a := range []string{"Le ", "La ", "Les ", "L'", "L’"} {
		if strings.HasPrefix(name, a) {
			return true
		}
	}
	return false
}

// withoutFrenchArticle returns name without its leading French article
// ("Réunion" for "La Réunion") and whether it had one.
func withoutFrenchArticle(name string) (string, bool) {
	for _, a := range []string{"Le ", "La ", "Les ", "L'", "L’"} {
		if rest, ok := strings.CutPrefix(name, a); ok && rest != "" {
			return rest, true
		}
	}
	return name, false
}

// elidedArticleBefore reports whether before, the text up to a name, ends
// with the elided article "l'" or "l’" glued to it, as a word of its own.
func elidedArticleBefore(before string) bool {
	for _, a := range []string{"l'", "l’"} {
		if strings.HasSuffix(before, a) {
			rest := before[:len(before)-len(a)]
			r, _ := utf8.DecodeLastRuneInString(rest)
			return rest == "" || !unicode.IsLetter(r)
		}
	}
	return false
}

// countryQualified splits a French town name that adds its country to
// tell it from its namesakes, "Tripoli du Liban", "Saint-Louis du
// Sénégal", "Tripoli de Libye", "Sainte-Marie de Madagascar", into the
// town and the country as written (without "du", "de", "des", "de la",
// "de l'" or "d'"). It reports false when the name has no such ending or
// either part would be empty; whether the second part is a country is
// the caller's to check.
func countryQualified(name string) (town, country string, ok bool) {
	for _, sep := range []string{" de la ", " de l'", " de l’", " du ", " des ", " de ", " d'", " d’"} {
		if i := strings.LastIndex(name, sep); i > 0 {
			town, country = name[:i], name[i+len(sep):]
			if town != "" && country != "" {
				return town, country, true
			}
		}
	}
	return "", "", false
}
