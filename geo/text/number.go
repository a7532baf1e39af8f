package text

import (
	"math"
	"strings"
)

// maxKm is the largest distance accepted: half the equator, rounded up.
const maxKm = 20100

// smallNumber returns the value of a number word below a hundred and its
// class: 1 for zero to nine, 2 for ten to nineteen, 3 for the tens, 0 for
// none (a row of lexicon/en/numbers.tsv).
func smallNumber(w string) (float64, int) {
	switch n := langs().en.numbers[w]; n.class {
	case "unit":
		return n.value, 1
	case "teen":
		return n.value, 2
	case "ten":
		return n.value, 3
	}
	return 0, 0
}

// compoundNumber returns the value of "twenty-five" and the like.
func compoundNumber(w string) (float64, bool) {
	i := strings.IndexAny(w, "-‐‑")
	if i < 0 {
		return 0, false
	}
	tens, c1 := smallNumber(w[:i])
	_, hw := decodeAt(w, i)
	unit, c2 := smallNumber(w[i+hw:])
	if c1 != 3 || c2 != 1 || unit == 0 {
		return 0, false
	}
	return tens + unit, true
}

// isNumberWord reports whether w can continue a number written in words.
func isNumberWord(w string) bool {
	if _, ok := langs().en.numbers[w]; ok {
		return true
	}
	_, ok := compoundNumber(w)
	return ok
}

// isFrenchNumberWord reports whether w is a French number word of
// lexicon/fr/numbers.tsv other than the article « un », « une », or such
// words joined by hyphens: « Deux chasseurs se sont égarés » and «
// Trente-cinq kilomètres plus tard, … » open with no name.
func isFrenchNumberWord(w string) bool {
	_, ok := langs().fr.numbers[w]
	return ok && w != "un" && w != "une" || hyphenedNumber(w)
}

// isMultiplier reports whether the word at j is "hundred", "thousand" or
// "dozen" (their classes in lexicon/en/numbers.tsv), in any case.
func (r *reader) isMultiplier(j, b int) bool {
	if j < 0 || j >= b {
		return false
	}
	switch langs().en.numbers[r.toks[j].lower].class {
	case "hundred", "thousand", "dozen":
		return true
	}
	return false
}

// numberAt reads a number at token j: digits ("120", "1,200", "1.5"), words
// ("eighty", "twenty-five", "a hundred", "one hundred and twenty", "a
// dozen", "half a"), or the vague "a few" (2 to 5), "several" (3 to 9) and
// "a couple of" (2). It returns the range, a hedge word for the vague ones,
// and the token after the number.
func (r *reader) numberAt(j, b int) (lo, hi float64, hedge string, next int, ok bool) {
	if j >= b {
		return 0, 0, "", j, false
	}
	if t := &r.toks[j]; t.kind == tokNum {
		if h, e, ok := r.trailHedgeAt(j+1, b); ok {
			return t.num, t.num, h, e, true // "30-odd km"
		}
		return t.num, t.num, "", j + 1, true
	}
	if a, k, ok := phraseAt(r, langs().en.amounts, j, b, false); ok {
		return a.lo, a.hi, a.hedge, k, true // lexicon/en/amounts.tsv
	}
	switch {
	case (r.is(j, b, "a") || r.is(j, b, "one")) && (r.is(j+1, b, "kilometre") || r.is(j+1, b, "kilometer") || r.is(j+1, b, "mile")):
		return 1, 1, "", j + 1, true // "less than a kilometre from X"
	}
	total, cur := 0.0, 0.0
	last := 0 // 1 units or teens, 2 tens, 3 hundred, 4 thousand
	k := j
loop:
	for ; k < b && k < j+8; k++ {
		w := r.lowerWord(k, b)
		if k == j && w == "" && r.at[k] < 0 {
			w = r.word(k, b) // "Twenty kilometres north of Gao, ..." opening a sentence
		}
		n := langs().en.numbers[w]
		switch {
		case w == "":
			break loop
		case w == "a", w == "an":
			if k != j || !r.isMultiplier(k+1, b) {
				break loop
			}
			cur = 1
			continue
		case w == "and":
			if (last != 3 && last != 4) || !isNumberWord(r.lowerWord(k+1, b)) {
				break loop
			}
			continue
		case n.class == "hundred":
			if cur == 0 || last == 3 || last == 4 && cur == 0 {
				break loop
			}
			cur *= n.value
			last = 3
			continue
		case n.class == "thousand":
			if cur == 0 && total == 0 {
				break loop
			}
			total += cur * n.value
			cur = 0
			last = 4
			continue
		case n.class == "dozen":
			if last != 0 && cur != 1 {
				break loop
			}
			cur = math.Max(cur, 1) * n.value
			last = 1
			continue
		}
		if v, ok := compoundNumber(w); ok {
			if last == 1 || last == 2 {
				break loop
			}
			cur += v
			last = 1
			continue
		}
		v, c := smallNumber(w)
		switch {
		case c == 0:
			break loop
		case c == 3:
			if last == 1 || last == 2 {
				break loop
			}
			last = 2
		default:
			if last == 1 || (last == 2 && c == 2) {
				break loop
			}
			last = 1
		}
		cur += v
	}
	if last == 0 {
		return 0, 0, "", j, false
	}
	v := total + cur
	if e, ok := r.halfAt(k, b); ok {
		v, k = v+0.5, e // "two and a half miles"
	}
	return v, v, "", k, true
}

// halfAt reads "and a half" (« et demi », « et demie ») at token j, after
// a number ("two and a half miles") or its unit ("a mile and a half",
// « deux kilomètres et demi »), and returns the token after it.
func (r *reader) halfAt(j, b int) (int, bool) {
	switch {
	case r.seq(j, b, "and", "a", "half"):
		return j + 3, true
	case r.seq(j, b, "et", "demi"), r.seq(j, b, "et", "demie"):
		return j + 2, true
	}
	return j, false
}

// hedgeAt reads up to two English hedges before a number at token j
// ("about", "just over", "more than", "only about"; lexicon/en/hedges.tsv)
// and returns them lower-cased with single spaces, with the token after
// them; "" and j when there is none.
func (r *reader) hedgeAt(j, b int) (string, int) {
	return r.hedgesIn(langs().en, j, b)
}

// hedgesIn reads up to two hedges of language l before a number at token j
// and returns the English hedges of their rows joined with a space, with
// the token after them; "" and j when there is none.
func (r *reader) hedgesIn(l *language, j, b int) (string, int) {
	k, got := j, ""
	for n := 0; n < 2; n++ {
		h, e, ok := phraseAt(r, l.hedges, k, b, true)
		ok = ok && !h.trail
		if !ok && k < b && r.toks[k].kind == tokPunct {
			// A sign that hedges the number it is glued to: "~25 km",
			// « à ~45 km » (a row of hedges.tsv written as a sign).
			h, e, ok = phraseAt(r, l.hedges, k, b, false)
		}
		if !ok {
			if h, e, ok := r.elidedHedgeAt(l, k, b); ok {
				// "plus d'une dizaine": the number starts inside the
				// token that ends the hedge.
				got, k = joinHedge(got, h.english), e
			}
			break
		}
		if h.dot && r.is(e, b, ".") && r.toks[e].start == r.toks[e-1].end {
			e++ // "approx.", "c."
		}
		got, k = joinHedge(got, h.english), e
	}
	return got, k
}

// trailHedgeAt reads at token k, right after a number in digits, an
// English hedge written after it (hedges.tsv, flagged trail), glued to it
// by a hyphen or standing alone: "30-odd km", "40 odd miles". It returns
// the hedge and the token after it.
func (r *reader) trailHedgeAt(k, b int) (string, int, bool) {
	if r.is(k, b, "-") && r.toks[k].start == r.toks[k-1].end {
		k++
	}
	h, e, ok := phraseAt(r, langs().en.hedges, k, b, true)
	if !ok || !h.trail {
		return "", k, false
	}
	return h.english, e, true
}

// hedgedNumberAt reports whether token j, in any case, opens a hedge of
// either language that a number follows: "Barely 12 km south of X",
// « Environ 8 km plus loin ». Capitalised at the start of a sentence such
// a word opens no name, whatever else it may be ("Over" is a village in
// England).
func (r *reader) hedgedNumberAt(j, b int) bool {
	if _, k, ok := phraseAt(r, langs().en.hedges, j, b, false); ok {
		if _, _, _, _, ok := r.numberAt(k, b); ok {
			return true
		}
	}
	if _, k, ok := phraseAt(r, langs().fr.hedges, j, b, false); ok {
		if _, _, _, _, ok := r.frenchNumberAt(k, b); ok {
			return true
		}
	}
	return false
}

// elidedHedgeAt reads a hedge of language l at token j whose last word is
// elided onto the article of the number after it, as French writes "plus
// d'une dizaine de km" and "moins d'un kilomètre" (hedges.tsv, flagged
// elides): "plus" then the token "d'une", which holds both the hedge's
// "de" and the number's article. It returns the row and that token, where
// the number is read (elidedArticleAt).
func (r *reader) elidedHedgeAt(l *language, j, b int) (hedge, int, bool) {
	if j < 0 || j >= b {
		return hedge{}, j, false
	}
rows:
	for _, ph := range l.hedges[r.toks[j].lower] {
		n := len(ph.words)
		if !ph.row.elides || n < 2 {
			continue
		}
		for k, w := range ph.words[:n-1] {
			if r.lowerWord(j+k, b) != w {
				continue rows
			}
		}
		g := r.lowerWord(j+n-1, b)
		if elidedLen(g) > 0 && g[0] == ph.words[n-1][0] {
			return ph.row, j + n - 1, true
		}
	}
	return hedge{}, j, false
}

// elidedArticleAt reports whether the token j is the elided "de" of a hedge
// of language l glued to the article of a number ("d'une" in "plus d'une
// dizaine"), and returns the article ("une"). A hedge of up to four words
// is looked for before it, so the look is bounded.
func (r *reader) elidedArticleAt(l *language, j, b int) (string, bool) {
	rest, art := elidedRest(r.lowerWord(j, b))
	if art == 0 {
		return "", false
	}
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if _, e, ok := r.elidedHedgeAt(l, k, b); ok && e == j {
			return rest, true
		}
	}
	return "", false
}

// unitAt reads a unit of length at token j, in any language's units.tsv,
// and returns its normalised name ("km", "mi", "m", "nmi", "lea"), its length in
// kilometres and the token after it.
// A point glued to an abbreviation is taken along when a lower-case word, a
// parenthesis or a compass direction follows ("km. north", "km. North"), and
// so is an apostrophe's "s" ("45km's north"). Areas ("km²", "km2") are not lengths.
func (r *reader) unitAt(j, b int) (string, float64, int, bool) {
	w := r.word(j, b)
	if w == "" {
		return "", 0, j, false
	}
	u, k, ok := unitIn(r, j, b)
	if !ok || u.exact && r.text[r.toks[j].start:r.toks[j].end] != w {
		return "", 0, j, false // "M" is not a unit
	}
	unit, f := u.name, u.km
	if u.sea && r.aboutSea() {
		unit, f = "nmi", 1.852
	}
	if k < b && r.toks[k].start == r.toks[k-1].end && (r.toks[k].lower == "²" || r.toks[k].kind == tokNum) {
		return "", 0, j, false
	}
	if r.is(k, b, "squared") {
		return "", 0, j, false
	}
	if unit == "m" && r.gazetteerMileAt(k, b) {
		unit, f = "mi", 1.609344 // "4 m. N.W. of Dumfries": the mile of old gazetteers
	}
	if r.is(k, b, "'s") && r.toks[k].start == r.toks[k-1].end && len(w) <= 3 {
		k++ // "45km's north of Pretoria": a stray apostrophe of the plural
	}
	if r.is(k, b, ".") && r.toks[k].start == r.toks[k-1].end && len(w) <= 3 &&
		(r.lowerWord(k+1, b) != "" || r.is(k+1, b, "(") || (k+1 < b && (isCompassAbbrev(&r.toks[k+1]) || isCompassWord(r.toks[k+1].lower) || r.hyphenedCompassAt(k+1, b)))) {
		k++
	}
	return unit, f, k, true
}

// gazetteerMileAt reports whether the point at token k, glued to an "m"
// before it, is followed by a dotted compass abbreviation and "of": "4 m.
// N.W. of Dumfries", "9 m. E. by N. of Athlone". Nineteenth-century
// gazetteers of Britain and Ireland (Lewis, the Imperial Gazetteer) write
// the mile so; a distance in metres is not given so from a town.
func (r *reader) gazetteerMileAt(k, b int) bool {
	if !r.is(k, b, ".") || r.toks[k].start != r.toks[k-1].end || k+2 >= b {
		return false
	}
	u := &r.toks[k+1]
	if u.kind != tokWord || !u.upper || len(u.lower) != 1 || !strings.Contains("nesw", u.lower) ||
		!r.is(k+2, b, ".") || r.toks[k+2].start != u.end {
		return false
	}
	for e := k + 3; e < b && e <= k+8; e++ {
		if r.is(e, b, "of") {
			return true
		}
	}
	return false
}

// aboutSea reports whether the text is one about the sea: a word of a
// seawords.tsv (« chalutier », « îlot », « encablures ») anywhere in it.
// There a French « milles » without « marins » is the nautical mile, as
// sailors, harbour masters and the préfectures maritimes write it; in a
// text about land it stays the statute mile of Quebec and of translations
// (« à 30 milles de Montréal »). Read once per text.
func (r *reader) aboutSea() bool {
	if r.sea == 0 {
		r.sea = -1
		for i := range r.toks {
			w := r.toks[i].lower
			if rest, art := elidedRest(w); art != 0 && rest != "" {
				w = rest // « l'îlot »
			}
			if anyHas(setSeaWords, w) {
				r.sea = 1
				break
			}
		}
	}
	return r.sea > 0
}

// amount is a stated length.
type amount struct {
	lo, hi float64 // kilometres
	unit   string
	hedge  string // from a vague number: "a few", "several"
}

// rangeStart is a range's first number as read: [lo, hi] in its own unit,
// and that unit (km per unit in f) when one followed it.
type rangeStart struct {
	lo, hi  float64
	unit    string
	f       float64
	hasUnit bool
}

// closeRange finishes a range whose second number [lo2, hi2] ends before
// token k2. The second number's unit, or else the first's, converts both
// ("2 km to 5" and "2 to 5 km"); the unit reported is the one first written.
// It fails, returning j, when neither number has a unit.
func (r *reader) closeRange(a amount, s rangeStart, lo2, hi2 float64, k2, b, j int) (amount, int, bool) {
	u2, f2, ku2, uok2 := r.unitAt(k2, b)
	var f float64
	k := k2
	switch {
	case uok2:
		a.unit, f, k = u2, f2, ku2
	case s.hasUnit:
		a.unit, f = s.unit, s.f
	default:
		return a, j, false
	}
	first := f
	if s.hasUnit {
		a.unit, first = s.unit, s.f
	}
	return r.checkAmount(a, math.Min(s.lo*first, lo2*f), math.Max(s.hi*first, hi2*f), k)
}

// rangeWords are the words that join a range in one language
// (lexicon/LANG/ranges.tsv), and how it reads a number.
type rangeWords struct {
	between, and string // "between 2 and 5 km"
	from, to     string // "from 10 to 15 km"
	or           string // "2 or 3 km"
	number       func(r *reader, j, b int) (lo, hi float64, hedge string, next int, ok bool)
	// fromDigits makes "from" start a range only before digits: English
	// "from" far more often starts a place ("from Gao").
	fromDigits bool
}

// amountAt reads a number or range and its unit at token j: "80 km",
// "120km", "1.5 km", "twenty-five miles", "between two and five
// kilometres", "from 10 to 15 km", "10–15 km", "10 to 15 km", "2 or 3 km",
// "10 km to 15 km", "an 80-km".
func (r *reader) amountAt(j, b int) (amount, int, bool) {
	if a, e, ok := r.hyphenAmountAt(j, b); ok {
		return a, e, true // "an eight-mile drive", "a quarter-mile"
	}
	w := langs().en.ranges
	// English "from" far more often starts a place ("from Gao"): only
	// digits after it make a range.
	w.number, w.fromDigits = (*reader).numberAt, true
	return r.amountIn(w, j, b)
}

// hyphenAmountAt reads at token j an English number word or fraction and
// a unit written as one hyphenated word, as a distance used attributively
// is: "an eight-mile drive", "a five-kilometre walk", "a half-mile", "a
// quarter-mile". The number is a number word of numbers.tsv, "half" or
// "quarter", and the unit a one-word unit of units.tsv.
func (r *reader) hyphenAmountAt(j, b int) (amount, int, bool) {
	if j >= b || r.toks[j].kind != tokWord || r.toks[j].cap {
		return amount{}, j, false
	}
	num, word, ok := cutLast(r.toks[j].lower, "-")
	if !ok {
		return amount{}, j, false
	}
	en := langs().en
	var v float64
	switch num {
	case "half":
		v = 0.5
	case "quarter":
		v = 0.25
	default:
		nw, ok := en.numbers[num]
		if !ok {
			return amount{}, j, false
		}
		v = nw.value
	}
	u, ok := singleWord(en.units, word)
	if !ok || u.exact {
		return amount{}, j, false
	}
	return r.checkAmount(amount{unit: u.name}, v*u.km, v*u.km, j+1)
}

// cutLast slices s around the last instance of sep.
func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// amountIn reads a number or range in the language of w, and its unit, at
// token j.
func (r *reader) amountIn(w rangeWords, j, b int) (amount, int, bool) {
	var a amount
	between := r.is(j, b, w.between)
	from := !between && r.is(j, b, w.from) && (!w.fromDigits || r.toks[min(j+1, len(r.toks)-1)].kind == tokNum)
	if between || from {
		j++
	}
	if r.isEventMeasure(j-1, b) && !between && !from {
		// "M 6.1 - 14 km ENE of X": the number after "M" or "magnitude"
		// is an event's size, never the start of a range.
		return a, j, false
	}
	lo, hi, h, k, ok := w.number(r, j, b)
	if !ok {
		return a, j, false
	}
	a.hedge = h
	u1, f1, ku, uok := r.unitAt(k, b)
	if uok {
		k = ku
	}
	conn := false
	switch {
	case between:
		conn = r.is(k, b, w.and)
	case from:
		conn = r.is(k, b, w.to)
	default:
		conn = r.is(k, b, w.to) || r.is(k, b, w.or) || (k < b && isDash(r.toks[k].lower))
	}
	if conn {
		if lo2, hi2, _, k2, ok2 := w.number(r, k+1, b); ok2 {
			return r.closeRange(a, rangeStart{lo, hi, u1, f1, uok}, lo2, hi2, k2, b, j)
		}
	}
	if between || from {
		return a, j, false
	}
	if !uok {
		// "an 80-km drive".
		if k < b && isDash(r.toks[k].lower) {
			if u, f, ku2, ok := r.unitAt(k+1, b); ok {
				a.unit = u
				return r.checkAmount(a, lo*f, hi*f, ku2)
			}
		}
		return a, j, false
	}
	a.unit = u1
	if e, ok := r.halfAt(k, b); ok && lo == hi {
		lo, hi, k = lo+0.5, hi+0.5, e // "a mile and a half", « deux kilomètres et demi »
	}
	return r.checkAmount(a, lo*f1, hi*f1, k)
}

// checkAmount accepts a range of kilometres that is finite, not negative and
// shorter than half the equator.
func (r *reader) checkAmount(a amount, lo, hi float64, next int) (amount, int, bool) {
	if math.IsNaN(lo) || math.IsNaN(hi) || lo < 0 || hi > maxKm {
		return amount{}, next, false
	}
	a.lo, a.hi = lo, hi
	return a, next, true
}

// roadAt reads a statement that a distance is by road at token j: "by road",
// "(by road)", "by the road", "along the road", "via road", "road distance"
// (lexicon/en/roads.tsv), and returns the token after it.
func (r *reader) roadAt(j, b int) (int, bool) {
	_, k, ok := phraseAt(r, langs().en.roads, j, b, false)
	return k, ok
}

// quantity is a stated distance with its hedge and annotations.
type quantity struct {
	amount
	road  bool
	alt   amount // a conversion in parentheses: "31 miles (50 km)"
	start int    // first token
	end   int    // token after the quantity
}

// parseQuantity reads a distance at token i: an optional "at a distance
// of" (a measure of lexicon/en/distance.tsv), a hedge, an amount, and any
// "(by road)" or "(50 km)" after it.
func (r *reader) parseQuantity(i, b int) (quantity, bool) {
	q := quantity{start: i}
	m, j, _ := phraseAt(r, langs().en.distance.measures, i, b, false)
	hedge, j := r.hedgeAt(j, b)
	a, j, ok := r.amountAt(j, b)
	if !ok {
		return q, false
	}
	q.amount = a
	q.hedge = joinHedge(joinHedge(m.hedge, hedge), a.hedge)
	for n := 0; n < 2; n++ {
		if k, ok := r.roadAt(j, b); ok {
			q.road, j = true, k
			continue
		}
		if r.is(j, b, "(") && q.alt.unit == "" {
			_, k := r.hedgeAt(j+1, b)
			if alt, k, ok := r.amountAt(k, b); ok && r.is(k, b, ")") {
				q.alt, j = alt, k+1
				continue
			}
		}
		break
	}
	q.end = j
	return q, true
}

// hyphenedNumber reports whether w joins two or more French number words
// by hyphens ("trente-cinq", "quatre-vingt-dix", "vingt-et-un").
func hyphenedNumber(w string) bool {
	n := 0
	for part := range strings.FieldsFuncSeq(w, isHyphen) {
		if part == "et" {
			continue
		}
		if _, c := frenchSmallNumber(part); c == 0 {
			return false
		}
		n++
	}
	return n > 1
}
