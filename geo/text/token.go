package text

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // letters, with inner apostrophes, hyphens and digits
	tokNum                      // a number written in digits: "120", "1,200", "1.5"
	tokPunct                    // any other rune, or one byte of invalid UTF-8
	tokPoss                     // the possessive "'s" split off a word
)

// token is one word, number or punctuation rune of the document.
type token struct {
	start, end int     // byte range in the document
	lower      string  // lower-cased text for words, the text itself otherwise
	num        float64 // value of a tokNum
	kind       tokKind
	cap        bool // word starting with an upper-case letter, or "al-Qaeda", "d'Ivoire"
	upper      bool // word whose letters are all upper-case ("NE", "AQIM")
}

// tokenize splits s into tokens. White space separates tokens and is dropped.
// Tokens never split a valid UTF-8 sequence.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/4+16)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
				i++
				continue
			case '0' <= c && c <= '9':
				j, v := scanNumber(s, i)
				toks = append(toks, token{start: i, end: j, kind: tokNum, num: v, lower: s[i:j]})
				i = j
				continue
			case ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'):
				toks = appendWord(toks, s, i)
				i = toks[len(toks)-1].end
				continue
			}
			if c == '\'' && (dutchArticleName(s, i) || ayinName(s, i)) {
				toks = appendWord(toks, s, i) // "'s-Hertogenbosch", "'Ayn al-Arab"
				i = toks[len(toks)-1].end
				continue
			}
			toks = append(toks, token{start: i, end: i + 1, kind: tokPunct, lower: s[i : i+1]})
			i++
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); r == '’' && dutchArticleName(s, i) || isAyin(r) && ayinName(s, i) {
			toks = appendWord(toks, s, i)
			i = toks[len(toks)-1].end
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if v, ok := vulgarFractions[r]; ok {
			toks = append(toks, token{start: i, end: i + w, kind: tokNum, num: v, lower: s[i : i+w]})
			i += w
			continue
		}
		switch {
		case r == utf8.RuneError && w == 1:
		case unicode.IsSpace(r):
			i += w
			continue
		case unicode.IsLetter(r):
			toks = appendWord(toks, s, i)
			i = toks[len(toks)-1].end
			continue
		}
		toks = append(toks, token{start: i, end: i + w, kind: tokPunct, lower: s[i : i+w]})
		i += w
	}
	return splitRoadPairs(s, mergeFractions(s, toks))
}

// vulgarFractions holds the value of each fraction glyph that old
// measures are written with ("1½ miles", "¾ mile", "2¼ leagues").
var vulgarFractions = map[rune]float64{
	'½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1.0 / 3, '⅔': 2.0 / 3,
	'⅕': 0.2, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875,
}

// mergeFractions joins to a whole number the fraction written after it as
// one number: a glyph after a space ("1 ½ miles") or a fraction of digits
// with a slash ("2 1/2 miles", "3 3/4 miles", as military histories and
// old reports give their distances). A glyph glued to the digits ("1½") is
// read by scanNumber. A slash fraction must have a denominator of 2, 3, 4
// or 8, above its numerator, and nothing glued after it ("5 1/2/2020").
func mergeFractions(s string, toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tokNum && allDigits(t.lower) && i+1 < len(toks) {
			u := toks[i+1]
			if u.kind == tokNum && u.start > t.end && u.end-u.start > 1 && !allDigits(u.lower) {
				if v, ok := vulgarFractions[[]rune(u.lower)[0]]; ok && len([]rune(u.lower)) == 1 {
					t.end, t.num, t.lower = u.end, t.num+v, s[t.start:u.end]
					out = append(out, t)
					i++
					continue
				}
			}
			if i+3 < len(toks) && u.kind == tokNum && u.start > t.end && toks[i+2].lower == "/" &&
				toks[i+2].start == u.end && toks[i+3].kind == tokNum && toks[i+3].start == toks[i+2].end {
				d := toks[i+3]
				glued := d.end < len(s) && (s[d.end] == '/' || isDigit(s[d.end]) || s[d.end] == '.' && d.end+1 < len(s) && isDigit(s[d.end+1]))
				switch d.lower {
				case "2", "3", "4", "8":
					if !glued && allDigits(u.lower) && u.num < d.num && u.num > 0 {
						t.end, t.num, t.lower = d.end, t.num+u.num/d.num, s[t.start:d.end]
						out = append(out, t)
						i += 3
						continue
					}
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// splitRoadPairs cuts a hyphenated word of two capitalised parts right
// after a French road noun into the two names and a dash between them:
// French news writes the road by the towns it joins with a plain hyphen,
// "sur l'axe Gao-Ansongo", "la route Mopti-Gao", "le tronçon Kaya-Dori",
// which reads as "l'axe Gao – Ansongo" (the dash token's lower is "–"). A
// word of three parts ("Ouagadougou-Bobo-Dioulasso"), a part shorter than
// three letters, or one that makes compound names ("Saint", "Nord",
// "Haut", isCompoundNamePart) is left whole: "la route Saint-Louis".
// English writes the pair between "the" and a road noun flagged before
// (namesRoadBefore): "on the Isiolo-Marsabit highway".
func splitRoadPairs(s string, toks []token) []token {
	var out []token // nil until a word is cut
	for i, t := range toks {
		if i == 0 || t.kind != tokWord || !t.cap || toks[i-1].kind != tokWord {
			out = appendIfCut(out, t)
			continue
		}
		h, hw := roadPairHyphen(s, t)
		if prev, _ := elidedRest(toks[i-1].lower); h < 0 || !isFrenchRoadNoun(prev) && !namesRoadBefore(toks, i) {
			out = appendIfCut(out, t)
			continue
		}
		if out == nil {
			out = make([]token, 0, len(toks)+8)
			out = append(out, toks[:i]...)
		}
		out = append(out, wordToken(s, t.start, h),
			token{start: h, end: h + hw, kind: tokPunct, lower: "–"},
			wordToken(s, h+hw, t.end))
	}
	if out == nil {
		return toks
	}
	return out
}

// namesRoadBefore reports whether the word at toks[i] stands between
// "the" and a road noun flagged before in roadnouns.tsv, the place of a
// road named by the two towns it joins ("the Kintampo-Tamale highway"),
// is no alliance of two peoples ("the Franco-German motorway"), and has a
// part the document writes alone.
func namesRoadBefore(toks []token, i int) bool {
	if toks[i-1].lower != "the" || i+1 >= len(toks) || toks[i+1].kind != tokWord {
		return false
	}
	before := false
	for _, l := range langs().all {
		before = before || l.rules.pairBefore[toks[i+1].lower]
	}
	if !before {
		return false
	}
	parts := strings.FieldsFunc(toks[i].lower, isHyphen)
	for _, part := range parts {
		if isPeopleOrDemonym(part) {
			return false
		}
	}
	// "the Bobo-Dioulasso road" is a road named after one town: the
	// reader, which knows no gazetteer, cuts the word only when the
	// document writes one of its parts as a word of its own, as a report
	// names the town it measures from ("30 km north of Isiolo").
	for _, t := range toks {
		if t.kind == tokWord && t.cap && (t.lower == parts[0] || t.lower == parts[len(parts)-1]) {
			return true
		}
	}
	return false
}

// appendIfCut appends t to out once out has been started.
func appendIfCut(out []token, t token) []token {
	if out == nil {
		return nil
	}
	return append(out, t)
}

// roadPairHyphen returns the byte offset and width of the one hyphen that
// joins the two names of a road pair in the word t (see splitRoadPairs),
// or -1.
func roadPairHyphen(s string, t token) (int, int) {
	h, hw := -1, 0
	for k, r := range s[t.start:t.end] {
		switch {
		case isApostrophe(r):
			return -1, 0
		case isHyphen(r) && h >= 0:
			return -1, 0
		case isHyphen(r):
			h, hw = t.start+k, utf8.RuneLen(r)
		}
	}
	if h < 0 {
		return -1, 0
	}
	a, b := s[t.start:h], s[h+hw:t.end]
	if utf8.RuneCountInString(a) < 3 || utf8.RuneCountInString(b) < 3 ||
		isCompoundNamePart(strings.ToLower(a)) || isCompoundNamePart(strings.ToLower(b)) {
		return -1, 0
	}
	if r, _ := decodeAt(s, h+hw); !unicode.IsUpper(r) {
		return -1, 0
	}
	return h, hw
}

// scanNumber scans a number in digits starting at s[i] and returns its end
// and value. Commas group thousands only before exactly three digits
// ("1,200", not "1,5"); a point followed by a digit starts decimals.
func scanNumber(s string, i int) (int, float64) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	grouped := false
	if j-i <= 3 {
		for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) &&
			(j+4 == len(s) || !isDigit(s[j+4])) {
			j += 4
			grouped = true
		}
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	if frac, w := fractionAfter(s, j); w > 0 && !strings.Contains(s[i:j], ".") {
		v, _ := strconv.ParseFloat(strings.ReplaceAll(s[i:j], ",", ""), 64)
		return j + w, v + frac // "1½ miles"
	}
	str := s[i:j]
	if grouped {
		str = strings.ReplaceAll(str, ",", "")
	}
	v, _ := strconv.ParseFloat(str, 64) // overflow gives ±Inf, which callers reject
	return j, v
}

// fractionAfter returns the value and width of the fraction glyph at
// s[j] ("½"), or 0, 0.
func fractionAfter(s string, j int) (float64, int) {
	if j >= len(s) || s[j] < utf8.RuneSelf {
		return 0, 0
	}
	r, w := utf8.DecodeRuneInString(s[j:])
	if v, ok := vulgarFractions[r]; ok {
		return v, w
	}
	return 0, 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// dutchArticleName reports whether the apostrophe at s[i] opens a Dutch
// name that starts with the elided article "'s-" before a capital, not a
// quotation: "'s-Hertogenbosch", "'s-Gravenhage". The apostrophe must not
// follow a letter (a possessive "s").
func dutchArticleName(s string, i int) bool {
	_, w := utf8.DecodeRuneInString(s[i:])
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(r) {
			return false
		}
	}
	j := i + w
	if j+2 >= len(s) || s[j] != 's' || s[j+1] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j+2:])
	return unicode.IsUpper(r)
}

// isApostrophe reports whether r may join the parts of a name: "N'Djamena".
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isAyin reports whether r may write the Arabic ʿayn or hamza inside or
// at the start of a transliterated name: an apostrophe, or the opening
// quotation mark GeoNames and many texts use ("Ma‘arrat an Nu‘mān",
// "‘Ayn al-‘Arab").
func isAyin(r rune) bool { return isApostrophe(r) || r == '‘' }

// isGlottalLetter reports whether r is a modifier letter that writes a
// glottal stop or an ʿayn: the Polynesian ʻokina (U+02BB: "ʻEua",
// "ʻUvea", "Vavaʻu") and the half rings of Arabic transliteration (U+02BE,
// U+02BF: "ʿAmran"). Unicode counts them letters, so they stay inside a
// word, and a word they open is capitalised by the letter after them.
func isGlottalLetter(r rune) bool { return r == 'ʻ' || r == 'ʾ' || r == 'ʿ' }

// ayinName reports whether the apostrophe or quotation mark at s[i] opens
// a transliterated name as its ʿayn ("'Ayn al-Arab", "‘Amran"): it starts
// the text or follows a space or an opening bracket, a capital letter
// follows it, and no closing quotation mark (an apostrophe after a letter
// and before a space or a mark) follows before the end of the sentence,
// which would make it a quotation ('Operation Serval').
func ayinName(s string, i int) bool {
	if i > 0 && s[i-1] != ' ' && s[i-1] != '(' && s[i-1] != '\n' {
		return false
	}
	_, w := decodeAt(s, i)
	if r, _ := decodeAt(s, i+w); !unicode.IsUpper(r) {
		return false
	}
	prevLetter := false
	for j := i + w; j < len(s) && j < i+w+200; {
		r, rw := decodeAt(s, j)
		if r == '.' || r == '!' || r == '?' || r == '\n' {
			break
		}
		if isAyin(r) && prevLetter {
			if r2, _ := decodeAt(s, j+rw); !unicode.IsLetter(r2) {
				return false // a closing quotation mark
			}
		}
		prevLetter = unicode.IsLetter(r)
		j += rw
	}
	return true
}

// isHyphen reports whether r may join the parts of a word: "Richard-Toll".
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// isDash reports whether r separates numbers of a range or the two sides of
// a border: "10–15 km", "the Mali–Algeria border".
func isDash(s string) bool {
	return s == "-" || s == "–" || s == "—" || s == "‐" || s == "‑" || s == "−"
}

// decodeAt decodes the rune at s[i], returning RuneError and 0 at the end.
func decodeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || ('0' <= r && r <= '9')
}

// appendWord scans the word starting with a letter at s[i] and appends it,
// splitting a trailing possessive "'s" into a token of its own.
func appendWord(toks []token, s string, i int) []token {
	j := i
	apostrophe := false
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && (isASCIILetter(c) || isDigit(c)) {
			j++
			continue
		}
		r, w := decodeAt(s, j)
		if isWordRune(r) && !(r == utf8.RuneError && w == 1) {
			j += w
			continue
		}
		if isAyin(r) || isHyphen(r) {
			apostrophe = apostrophe || isApostrophe(r)
			r2, w2 := decodeAt(s, j+w)
			if unicode.IsLetter(r2) || (isHyphen(r) && '0' <= r2 && r2 <= '9') {
				j += w
				continue
			}
			if r3, _ := decodeAt(s, j+w+w2); isHyphen(r) && isAyin(r2) && unicode.IsLetter(r3) {
				j += w + w2 // "al-‘Arab", "al-'Ula": the article before an ʿayn
				continue
			}
		}
		break
	}
	word := s[i:j]
	for _, g := range [...]string{"of", "from", "near", "de", "du"} {
		// "the city ofLa Paz": a space lost between a preposition and a
		// name, as garbled copies write it.
		if len(word) > len(g)+1 && strings.HasPrefix(word, g) {
			if r, _ := decodeAt(s, i+len(g)); unicode.IsUpper(r) {
				toks = append(toks, token{start: i, end: i + len(g), kind: tokWord, lower: g})
				return appendWord(toks, s, i+len(g))
			}
		}
	}
	if (word == "d" || word == "l") && j < len(s) {
		// "d' Ekaterinbourg", "l' est": an elision cut from its word by a
		// space, as copied pages write it, reads as "de" and "le".
		if r, w := decodeAt(s, j); isApostrophe(r) {
			if r2, _ := decodeAt(s, j+w); r2 == ' ' {
				t := token{start: i, end: j + w, kind: tokWord, lower: "de"}
				if word == "l" {
					t.lower = "le"
				}
				return append(toks, t)
			}
		}
	}
	if j < len(s) {
		// "San Demetrio ne' Vestini", "Ta' Qali": a particle of a name
		// cut short with an apostrophe before the next word keeps its
		// apostrophe (a row of lexicon/particles.tsv written with it).
		if r, w := decodeAt(s, j); isApostrophe(r) && j+w < len(s) && s[j+w] == ' ' && isParticle(strings.ToLower(s[i:j+w])) {
			return append(toks, wordToken(s, i, j+w))
		}
	}
	poss := 0
	if apostrophe {
		for _, a := range [...]string{"'s", "’s", "ʼs", "'S", "’S"} {
			if len(word) > len(a) && strings.HasSuffix(word, a) {
				poss = len(a)
				break
			}
		}
	}
	if poss == 0 && j < len(s) && pluralPossessive(s, word, j) {
		// "the herders' camp": the apostrophe of a plural, before a noun.
		_, w := decodeAt(s, j)
		return append(toks, wordToken(s, i, j), token{start: j, end: j + w, kind: tokPoss, lower: "'s"})
	}
	toks = append(toks, wordToken(s, i, j-poss))
	if poss > 0 {
		toks = append(toks, token{start: j - poss, end: j, kind: tokPoss, lower: "'s"})
	}
	return toks
}

// pluralPossessive reports whether the lower-case word ending in "s" that
// ends at s[j] is followed by an apostrophe, a space and a lower-case
// word: the possessive of a plural ("the herders' camp", "the farmers'
// market"). A closing quote before a capital or a mark is not one.
func pluralPossessive(s, word string, j int) bool {
	if len(word) < 3 || word[len(word)-1] != 's' || strings.ToLower(word) != word {
		return false
	}
	r, w := decodeAt(s, j)
	if !isApostrophe(r) || j+w >= len(s) || s[j+w] != ' ' {
		return false
	}
	r2, _ := decodeAt(s, j+w+1)
	return unicode.IsLower(r2)
}

// wordToken makes the word token for s[i:j].
func wordToken(s string, i, j int) token {
	word := s[i:j]
	t := token{start: i, end: j, kind: tokWord, lower: strings.ToLower(word)}
	first, w := decodeAt(s, i)
	if (isAyin(first) || isGlottalLetter(first)) && i+w < len(s) {
		if r, rw := decodeAt(s, i+w); unicode.IsUpper(r) {
			first, w = r, w+rw // "'Ayn al-Arab": the ʿayn before the capital
		}
	}
	t.cap = unicode.IsUpper(first) || unicode.IsTitle(first)
	if n := elidedLen(t.lower); t.cap && n > 0 && n < len(word) {
		// A French elided article capitalised at the start of a sentence
		// before a common noun: "L'embuscade", "D'après".
		if r, _ := decodeAt(s, i+n); unicode.IsLower(r) {
			t.cap = false
		}
	}
	if !t.cap {
		// A short lower-case particle glued to a capitalised word: "al-Qaeda",
		// "d'Ivoire", "el-Fasher", the Italian "dell'Ortica"; or two, a
		// French elision before an Arabic article: "d'el-Qamishli",
		// "l'al-Anbar".
		for k, n, parts := i+w, 1, 1; k < j && n <= 4; n++ {
			r, rw := decodeAt(s, k)
			if isApostrophe(r) || isHyphen(r) {
				r2, w2 := decodeAt(s, k+rw)
				if parts == 1 && isApostrophe(r) && unicode.IsLower(r2) {
					// the elision's word is over; a second particle may follow
					k, n, parts = k+rw+w2, 1, 2
					continue
				}
				if isHyphen(r) && isAyin(r2) {
					r2, _ = decodeAt(s, k+rw+w2) // "al-‘Arab"
				}
				t.cap = unicode.IsUpper(r2)
				break
			}
			if !unicode.IsLower(r) {
				break
			}
			k += rw
		}
	}
	if !t.cap && irishMutated(word) {
		t.cap = true // "Cathair na gCaorach", "Baile na hAbhann"
	}
	if t.cap && anyHas(setInstruments, t.lower) {
		// "the Grizzly Lake GPS station", « une station GNSS »: an
		// instrument's acronym (instruments.tsv) is a common word
		// written in capitals, which ends the name before it and names
		// nothing itself.
		t.cap = false
		return t
	}
	if !t.cap {
		return t // a lower-case first letter: not all upper-case
	}
	t.upper = true
	letters := 0
	for _, r := range word {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				t.upper = false
				break
			}
		}
	}
	t.upper = t.upper && letters > 0
	return t
}

// irishMutated reports whether word is an Irish name word under an
// initial mutation, which writes a lower-case letter or two before the
// capital: eclipsis ("gCaorach", "bhFear", "nGaillimh", "dTeampall",
// "mBó"), t-prothesis ("tSléibhe") and h-prothesis ("hAbhann"). Such a
// word is capitalised for a name ("Cathair na gCaorach"). A lower-case
// letter must follow the capital, and two more letters at least: "mRNA",
// "hPa" and "mSv" are none.
func irishMutated(word string) bool {
	for _, p := range [...]string{"bh", "n", "t", "h", "g", "b", "d", "m"} {
		rest, ok := strings.CutPrefix(word, p)
		if !ok {
			continue
		}
		first, w := utf8.DecodeRuneInString(rest)
		if !unicode.IsUpper(first) {
			return false
		}
		second, _ := utf8.DecodeRuneInString(rest[w:])
		return unicode.IsLower(second) && utf8.RuneCountInString(rest) >= 3
	}
	return false
}
