package text

import (
	"strconv"
	"strings"
)

// Where a language enters the relation rules. parseAt tries, at a token,
// every language whose phrases may start at its word, each with the rules
// that language tries there and in its order: English at any word, in the
// order of englishSyntax.rules; French only at the words of
// lexicon/fr/entry.tsv, each with its own list ("à" opens a distance, a
// direction or nearness; "dans" nearness or containment). The rules are
// shared (distance, direction, near) or named in the language's syntax
// (its containment, part-of and the subject steps after a distance).

// rule names a relation rule the entry tries at a token.
type rule uint8

const (
	ruleDistance      rule = iota // distanceAt, with the language's subject steps (syntax.distance)
	ruleDirection                 // a direction without a distance (directionOnlyIn)
	ruleNear                      // vague nearness (nearIn)
	ruleIn                        // containment (syntax.in)
	rulePartOf                    // a kind of place and its container (syntax.partOf)
	ruleMissingNumber             // a distance whose number was lost (missingNumberAt)
	ruleBeyond                    // a place with its distance set off after it, "Beyond X, 45 km ..." (beyondIn)
	// English steps that read no table of words yet.
	ruleBordered     // "bordered by X" (borderedAt)
	ruleBracket      // a bracket after a name, "Bamako (112 miles)" (parseParen)
	ruleDistanceNoun // "a distance of 12 km" (distanceNounAt)
	ruleBetween      // "between X and Y" (betweenAt)
	ruleCapitalOf    // "the capital of X" (capitalOfAt)
	// A distance with no lead word, read only as an apposition right
	// after a comma: "Tabalak, 20 km au nord de Tahoua".
	ruleApposedDistance
	// A leg of a journey with no lead word: "il a parcouru 45 km vers le
	// nord jusqu'à X", "puis encore 20 km jusqu'à Y" (legAt, travel.go).
	ruleLeg
)

// numberEntry is the word entry.tsv keys a number written in digits by
// (entryWord): a row for it lets a phrase start at any such number.
const numberEntry = "<number>"

// ruleNames are the names lexicon/LANG/entry.tsv calls the rules by.
var ruleNames = map[string]rule{
	"distance": ruleDistance, "direction": ruleDirection, "near": ruleNear, "in": ruleIn,
	"part-of": rulePartOf, "missing-number": ruleMissingNumber, "beyond": ruleBeyond, "bordered": ruleBordered,
	"bracket": ruleBracket, "distance-noun": ruleDistanceNoun, "between": ruleBetween,
	"capital-of": ruleCapitalOf, "apposed-distance": ruleApposedDistance,
	"leg": ruleLeg,
}

// readEntry reads a row of entry.tsv: a word and the comma-separated
// names of the rules tried at it, in order.
func readEntry(entry map[string][]rule, f []string) error {
	if strings.Contains(f[0], " ") {
		return errBadValue(f[0]) // the entry is tried at one token
	}
	if _, dup := entry[f[0]]; dup {
		return errDuplicate(f[0])
	}
	var rs []rule
	for _, n := range strings.Split(f[1], ",") {
		ru, ok := ruleNames[n]
		if !ok {
			return tableError("unknown rule " + strconv.Quote(n))
		}
		rs = append(rs, ru)
	}
	entry[f[0]] = rs
	return nil
}

// startsAt reports whether a phrase of l may start at the word w: any
// word for a language without entry.tsv, else a word of it.
func (l *language) startsAt(w string) bool {
	return l.entry == nil || l.entry[w] != nil
}

// rulesAt returns the rules l tries at the word w, in order: the row of
// entry.tsv, or the syntax's list for a language without one.
func (l *language) rulesAt(w string) []rule {
	if l.entry != nil {
		return l.entry[w]
	}
	return l.syntax().rules
}

// enterAt tries the rules of every language at token i, the languages of
// langs().entry in turn, and returns what the first rule to read a phrase
// appended to out with the token to go on from; false when none did.
func (r *reader) enterAt(i int, s *sentence, last *lastPhrase, out []found) ([]found, int, bool) {
	w := r.entryWord(i, s.b)
	for _, l := range langs().entry {
		for _, ru := range l.rulesAt(w) {
			if out2, next, ok := r.ruleAt(ru, l, i, s, last, out); ok {
				return out2, next, true
			}
		}
	}
	return out, i, false
}

// entryWord returns the word entry.tsv keys token i by: its lower-case
// form, numberEntry for a number written in digits, "" for punctuation.
// A number written in French words joined by hyphens is keyed by its
// first word, so that « Trente-cinq kilomètres plus tard » opens the
// phrases « Trente kilomètres … » does.
func (r *reader) entryWord(i, b int) string {
	if i >= 0 && i < b && r.toks[i].kind == tokNum {
		return numberEntry
	}
	w := r.word(i, b)
	if head, _, ok := strings.Cut(w, "-"); ok && hyphenedNumber(w) {
		return head
	}
	return w
}

// ruleAt tries the rule ru of language l at token i. It returns what it
// read appended to out and the token to go on from, and whether the rule
// took the token (a distance whose object is missing takes its quantity
// and reads nothing).
func (r *reader) ruleAt(ru rule, l *language, i int, s *sentence, last *lastPhrase, out []found) ([]found, int, bool) {
	var f found
	var ok bool
	switch ru {
	case ruleDistance:
		return l.syntax().distance(r, i, s, last, out)
	case ruleDirection:
		f, ok = r.directionOnlyIn(l, i, s, last)
	case ruleNear:
		f, ok = r.nearIn(l, i, s, last)
	case ruleIn:
		f, ok = l.syntax().in(r, i, s, last)
	case rulePartOf:
		f, ok = l.syntax().partOf(r, i, s)
	case ruleMissingNumber:
		f, ok = r.missingNumberAt(l, i, s)
	case ruleBeyond:
		f, ok = r.beyondIn(l, i, s)
	case ruleBordered:
		out2, next := r.borderedAt(i, s, out)
		return out2, next, next > i
	case ruleBracket:
		if r.is(i, s.b, "(") {
			if m := r.mentionEndingAt(i-1, s.a); m >= 0 {
				if out2, next := r.parseParen(i, m, s, out); next > i {
					return out2, next, true
				}
			}
		}
	case ruleDistanceNoun:
		f, ok = r.distanceNounAt(i, s)
	case ruleBetween:
		if f, ok := r.betweenAt(i, s); ok {
			// The names' own brackets ("between Bamako (112 miles) and
			// Kayes") are read next, as phrases of their own.
			return append(out, f), i + 1, true
		}
		f, ok = r.midwayAfterJourney(i, s)
		if !ok {
			f, ok = r.midwayApposed(i, s)
		}
	case ruleCapitalOf:
		f, ok = r.capitalOfAt(i, s)
	case ruleLeg:
		f, ok = r.legRuleAt(l, i, s)
	case ruleApposedDistance:
		if _, timed := r.timeMeasureBefore(l, i, s); timed && r.is(i-1, s.b, "(") {
			// « À 3 heures de piste (environ 120 km) au sud d'Atar »:
			// the distance in brackets after a measure of time.
			return l.syntax().distance(r, i, s, last, out)
		}
		if r.is(i-1, s.b, ",") || i-1 >= s.a && r.toks[i-1].kind == tokPunct && isDash(r.toks[i-1].lower) {
			// ", 20 km au nord de X", "— quelque 30 km — au nord de X"
			return l.syntax().distance(r, i, s, last, out)
		}
		if i == s.a {
			// « Plus de 40 km au sud de Y, le ksar X … », « Une
			// trentaine de kilomètres au nord de Y se trouve X »: a
			// distance opening the sentence, the « à » left out.
			return l.syntax().distance(r, i, s, last, out)
		}
		if _, verb := l.verbs[r.lowerWord(i-1, s.b)]; verb && i-1 >= s.a && !r.toks[i-1].cap {
			// « X est situé 20 km au nord de Y », « X a été construit 4
			// km au sud de Y »: a participle of place, the « à » left out.
			return l.syntax().distance(r, i, s, last, out)
		}
	}
	if !ok {
		return out, i, false
	}
	return append(out, f), f.end, true
}
