package text

import (
	"math"
	"strconv"
	"strings"
)

// frenchNumberAt reads a French number at token j: digits with a decimal
// comma ("1,5"), words ("vingt-cinq", "quatre-vingt-dix", "cent vingt",
// "vingt et un"), the vague "quelques" (2 to 5) and "plusieurs" (3 to 9),
// and the round nouns "une dizaine de", "une centaine de" (about 10, 100).
// It returns the range, the English hedge the wording implies, and the
// token after the number.
func (r *reader) frenchNumberAt(j, b int) (lo, hi float64, hedge string, next int, ok bool) {
	if j >= b {
		return 0, 0, "", j, false
	}
	if t := &r.toks[j]; t.kind == tokNum {
		if v, ok := frenchGroupedDecimal(t.lower); ok {
			return v, v, "", j + 1, true
		}
		j, v := r.spacedThousands(j, b)
		v2, next := r.decimalComma(j, b)
		v = v*1000 + v2
		return v, v, "", next, true
	}
	if a, k, ok := phraseAt(r, langs().fr.amounts, j, b, true); ok {
		return a.lo, a.hi, a.hedge, k, true // lexicon/fr/amounts.tsv
	}
	w := r.numberWord(j, b)
	article, elided := r.elidedArticleAt(langs().fr, j, b) // "plus d'une dizaine", "moins d'un km"
	if elided {
		w = article
	}
	switch w {
	case "un", "une":
		if v := frenchRoundNumber(r.lowerWord(j+1, b)); v > 0 && r.is(j+2, b, "de") {
			return v, v, "about", j + 3, true
		}
		if elided {
			return 1, 1, "", j + 1, true // "à moins d'un kilomètre"
		}
	}
	if elided {
		return 0, 0, "", j, false
	}
	v, next, ok := r.frenchWordsAt(j, b)
	return v, v, "", next, ok
}

// numberWord returns the word at j when it is written in lower case or
// opens the sentence being read, else "": a number may open a sentence in
// capitals (« Quinze kilomètres plus loin, … », « Une vingtaine de
// kilomètres après, … »).
func (r *reader) numberWord(j, b int) string {
	if r.si < len(r.sents) && j == r.sents[r.si].first {
		return r.word(j, b)
	}
	return r.lowerWord(j, b)
}

// spacedThousands reads the thousands of a number that French writes with a
// space ("1 500"): up to three digits, then one space before a group of
// exactly three. It returns the token of the last group and the thousands
// (0 when the number is not so written).
func (r *reader) spacedThousands(j, b int) (int, float64) {
	t := &r.toks[j]
	if len(t.lower) > 3 || !allDigits(t.lower) || j+1 >= b {
		return j, 0
	}
	u := &r.toks[j+1]
	if u.kind != tokNum || len(u.lower) < 3 || !allDigits(u.lower[:3]) || (len(u.lower) > 3 && isDigit(u.lower[3])) {
		return j, 0
	}
	switch r.text[t.end:u.start] {
	case " ", "\u00a0", "\u202f":
		return j + 1, t.num
	}
	return j, 0
}

// decimalComma returns the value of the number at token j, joining a
// decimal part written after a comma with no space ("1,5"), and the token
// after it. "1,200" is already read as twelve hundred by the tokenizer.
func (r *reader) decimalComma(j, b int) (float64, int) {
	t := &r.toks[j]
	if j+2 < b && r.toks[j+1].lower == "," && r.toks[j+1].start == t.end &&
		r.toks[j+2].kind == tokNum && r.toks[j+2].start == r.toks[j+1].end &&
		allDigits(t.lower) && allDigits(r.toks[j+2].lower) {
		if v, err := strconv.ParseFloat(t.lower+"."+r.toks[j+2].lower, 64); err == nil {
			return v, j + 3
		}
	}
	return t.num, j + 1
}

// frenchGroupedDecimal reads a number the tokenizer took for thousands
// grouped by one comma ("1,500") as French writes it: a decimal comma, 1.5.
// French groups thousands with a space ("1 500", see spacedThousands).
func frenchGroupedDecimal(s string) (float64, bool) {
	i := strings.IndexByte(s, ',')
	if i < 1 || i > 3 || len(s) != i+4 || !allDigits(s[:i]) || !allDigits(s[i+1:]) {
		return 0, false
	}
	v, err := strconv.ParseFloat(s[:i]+"."+s[i+1:], 64)
	return v, err == nil
}

// allDigits reports whether s is made of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// frenchWordsAt reads a number written in French words over at most six
// tokens, each of which may join parts with hyphens. Values add up, "cent"
// and "mille" multiply what comes before them, and "quatre-vingt" is
// eighty.
func (r *reader) frenchWordsAt(j, b int) (float64, int, bool) {
	total, cur := 0.0, 0.0
	prev := ""
	k, read := j, false
	for ; k < b && k < j+6; k++ {
		w := r.lowerWord(k, b)
		if k == j {
			w = r.numberWord(k, b)
		}
		if w == "et" && read {
			if n := r.lowerWord(k+1, b); n == "un" || n == "une" || n == "onze" {
				continue // "vingt et un"
			}
			break
		}
		t2, c2, p2, ok := total, cur, prev, w != ""
		for part := range strings.FieldsFuncSeq(w, isHyphen) {
			if part == "et" {
				continue // "vingt-et-un"
			}
			v, c := frenchSmallNumber(part)
			switch c {
			case 0:
				ok = false
			case 3:
				c2 = math.Max(c2, 1) * 100
			case 4:
				t2 += math.Max(c2, 1) * 1000
				c2 = 0
			default:
				if c == 2 && v == 20 && p2 == "quatre" {
					v = 76 // "quatre-vingt": four already counted
				}
				c2 += v
			}
			p2 = part
		}
		if !ok {
			break
		}
		total, cur, prev, read = t2, c2, p2, true
	}
	if !read {
		return 0, j, false
	}
	return total + cur, k, true
}

// frenchHedgeAt reads up to two French hedges before a number at token j
// and returns their English equivalents ("environ" gives "about", "plus
// de" "more than"; lexicon/fr/hedges.tsv), so that code written for
// English hedges reads them, with the token after them.
func (r *reader) frenchHedgeAt(j, b int) (string, int) {
	return r.hedgesIn(langs().fr, j, b)
}

// joinHedge joins two hedges with a space, either of which may be "".
func joinHedge(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

// frenchAmountAt reads a French number or range and its unit at token j:
// "17 km", "1,5 km", "vingt-cinq kilomètres", "entre 2 et 5 km", "de 10 à
// 15 km", "10 à 15 km", "10-15 km", "2 ou 3 km", "une dizaine de
// kilomètres".
func (r *reader) frenchAmountAt(j, b int) (amount, int, bool) {
	w := langs().fr.ranges
	w.number = (*reader).frenchNumberAt
	return r.amountIn(w, j, b)
}

// frenchRoadAt reads "par la route" or "par route" at token j
// (lexicon/fr/roads.tsv): the distance is by road.
func (r *reader) frenchRoadAt(j, b int) (int, bool) {
	_, k, ok := phraseAt(r, langs().fr.roads, j, b, false)
	return k, ok
}

// frenchQuantityAt reads a French distance at token j: an optional "une
// distance de" (a measure of lexicon/fr/distance.tsv), hedges, an amount,
// a hedge after the unit ("12 km environ", "5 km à peine") and "par la
// route".
func (r *reader) frenchQuantityAt(j, b int) (quantity, bool) {
	q := quantity{start: j}
	m, k, _ := phraseAt(r, langs().fr.distance.measures, j, b, false)
	h, k := r.frenchHedgeAt(k, b)
	a, k, ok := r.frenchAmountAt(k, b)
	if !ok {
		return q, false
	}
	q.amount = a
	q.hedge = joinHedge(joinHedge(m.hedge, h), a.hedge)
	if h, e, ok := phraseAt(r, langs().fr.hedges, k, b, true); ok && h.after {
		// "12 km environ", "5 km à peine": a hedge after the unit
		// (lexicon/fr/hedges.tsv, flagged after), unless one stood before.
		if q.hedge == "" {
			q.hedge = h.english
		}
		k = e
	}
	if k2, ok := r.frenchRoadAt(k, b); ok {
		q.road, k = true, k2
	}
	q.end = k
	return q, true
}
