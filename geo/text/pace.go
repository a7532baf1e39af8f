package text

import (
	"strconv"
	"strings"
)

// A travel time is no distance: "a 4-hour walk from X" says how long the
// way takes, not how far it is, and the way may climb, wind or wait for a
// ferry. The reader reads such a time as a bound: the place lies no
// farther from X than the means of travel goes in that time at its top
// pace (lexicon/LANG/paces.tsv), so the relation is a distance with the
// hedge "within" and the resolver puts the place inside that disc around
// X, never on a ring at a guessed distance. A time with no means of travel
// ("two hours from X") is read as nothing.

// paceTable holds paces.tsv: the units of time a journey is measured in,
// each with its length in hours, and the means of travel, each with its
// top pace in kilometres an hour.
type paceTable struct {
	times phrases[float64]
	means phrases[float64]
}

// readPace adds the row f ("phrase <tab> role <tab> number") of paces.tsv
// to t: role "time" (a unit of time and its hours) or "means" (a means of
// travel and its top pace in km/h). The number must be positive, and no
// phrase is written twice in a role.
func readPace(t *paceTable, f []string) error {
	v, err := strconv.ParseFloat(f[2], 64)
	if err != nil || !(v > 0) {
		return errBadValue(f[2])
	}
	var p *phrases[float64]
	switch f[1] {
	case "time":
		p = &t.times
	case "means":
		p = &t.means
	default:
		return errBadValue(f[1])
	}
	if p.has(f[0]) {
		return errDuplicate(f[0])
	}
	p.add(f[0], v)
	return nil
}

// travelTimeIn reads at token j a travel time as language l writes it, the
// number, a unit of time and a means of travel ("4-hour walk", "25-minute
// cable car ride", "an hour and a half ferry ride"; « quatre heures de
// marche », « vingt minutes de chaloupe », « une heure et demie de
// marche »), and returns it as the range it bounds, from 0 to the farthest
// the means goes in that time, in kilometres, hedged "within", and the
// words read, which the caller keeps in Relation.Pace. False when no such
// time stands at j.
func (r *reader) travelTimeIn(l *language, j, b int) (quantity, string, bool) {
	q := quantity{start: j}
	var n float64
	k := j
	switch w := r.lowerWord(j, b); {
	case j < b && r.toks[j].kind == tokNum:
		n, k = r.toks[j].num, j+1
	case w == "a" || w == "an" || w == "une" || w == "un":
		n, k = 1, j+1 // "an hour's walk", « une heure de marche »
	case w == "half" && (r.is(j+1, b, "an") || r.is(j+1, b, "a")):
		n, k = 0.5, j+2 // "half an hour's walk"
	case strings.Contains(w, "-"):
		// "a one-hour ferry ride", "a two-hour drive": the number word
		// and the unit of time written as one word.
		num, unit, _ := strings.Cut(w, "-")
		nw, ok := l.numbers[num]
		hours, ok2 := singleWord(l.paces.times, unit)
		if !ok || !ok2 {
			return q, "", false
		}
		n, k = nw.value*hours, j+1
		return r.paceAt(l, q, n, hours, j, k, b)
	case l == langs().fr:
		v, e, ok := r.frenchWordsAt(j, b)
		if !ok {
			return q, "", false
		}
		n, k = v, e
	default:
		lo, _, _, e, ok := r.numberAt(j, b)
		if !ok {
			return q, "", false
		}
		n, k = lo, e
	}
	if r.is(k, b, "-") {
		k++ // "4-hour"
	}
	hours, e, ok := phraseAt(r, l.paces.times, k, b, false)
	if !ok {
		return q, "", false
	}
	return r.paceAt(l, q, n*hours, hours, j, e, b)
}

// singleWord returns the value of the one-word phrase w of p.
func singleWord(p phrases[float64], w string) (float64, bool) {
	for _, ph := range p[w] {
		if len(ph.words) == 1 {
			return ph.row, true
		}
	}
	return 0, false
}

// paceAt finishes a travel time of language l begun at token j whose
// number and unit of time, n hours (the unit being hours long), end
// before token k: a half after it, a possessive, and the means of travel.
func (r *reader) paceAt(l *language, q quantity, n, hours float64, j, k, b int) (quantity, string, bool) {
	switch {
	case r.is(k, b, "and") && r.is(k+1, b, "a") && r.is(k+2, b, "half"):
		n, k = n+hours/2, k+3 // "an hour and a half"
	case r.is(k, b, "et") && (r.is(k+1, b, "demie") || r.is(k+1, b, "demi")):
		n, k = n+hours/2, k+2 // « une heure et demie »
	}
	if r.is(k, b, "'s") || r.is(k, b, "’s") {
		k++ // "an hour's walk"
	} else if r.is(k, b, "'") || r.is(k, b, "’") {
		k++ // "two hours' walk"
	}
	pace, e, ok := phraseAt(r, l.paces.means, k, b, false)
	if !ok {
		return q, "", false
	}
	q.lo, q.hi, q.unit, q.hedge, q.end = 0, n*pace, "km", "within", e
	return q, r.text[r.toks[j].start:r.toks[e-1].end], true
}

// paceAfter returns the token after a means of travel of language l at k
// that a distance stands before attributively ("a 12 km walk from X", « 20
// km de piste depuis X »), when a from-word follows it; k otherwise.
func (r *reader) paceAfter(l *language, k, b int) int {
	if _, e, ok := phraseAt(r, l.paces.means, k, b, false); ok {
		if _, _, ok := r.linkWordAt(l.distance.from, e, b); ok {
			return e
		}
	}
	return k
}
