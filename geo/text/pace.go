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

// singleWord returns the row of the one-word phrase w of p.
func singleWord[T any](p phrases[T], w string) (T, bool) {
	for _, ph := range p[w] {
		if len(ph.words) == 1 {
			return ph.row, true
		}
	}
	var zero T
	return zero, false
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
// km de piste depuis X »), when a from-word or a compass direction
// follows it ("a 20 km drive north of X", "Y is a 20 km drive north");
// k otherwise.
func (r *reader) paceAfter(l *language, k, b int) int {
	if _, e, ok := phraseAt(r, l.paces.means, k, b, false); ok {
		if _, _, ok := r.linkWordAt(l.distance.from, e, b); ok {
			return e
		}
		if _, _, ok := r.directionAt(l, e, b); ok {
			return e
		}
	}
	return k
}

// travelTimeAfter reports whether the name ending before token q is the
// subject of a travel time, as guidebooks and trip reports place the next
// stop: "Hobart is four hours south", "Kanazawa is an hour further",
// "Tokyo is two hours by train", « Kairouan est à une heure de Sousse »,
// « Sarandë est une heure plus loin », « Puno, côté péruvien, est à trois
// heures de Copacabana »; so is the way on with no time, "Kautokeino is
// further inland", "Salta is a long way north". One travels to a place,
// so the name is one. The
// time must be followed by a word of the way (further, away, from, by, a
// compass point, « de », « plus », « au ») or end the clause: "Smith is two
// hours late" places nobody.
func (r *reader) travelTimeAfter(q int, s *sentence) bool {
	k := q
	if r.is(k, s.b, ",") { // « Puno, côté péruvien, est à … »: an aside of a few words
		j := k + 1
		for j < s.b && j <= k+5 && !r.is(j, s.b, ",") && r.toks[j].kind == tokWord {
			j++
		}
		if !r.is(j, s.b, ",") || j == k+1 {
			return false
		}
		k = j + 1
	}
	switch r.lowerWord(k, s.b) {
	case "is", "lies", "est":
		k++
	case "se":
		if !r.is(k+1, s.b, "trouve") && !r.is(k+1, s.b, "situe") {
			return false
		}
		k += 2
	default:
		return false
	}
	for n := 0; n < 3 && isTimeHedge(r.lowerWord(k, s.b)); n++ {
		k++
	}
	// "Kautokeino is further inland", "Salta is a long way north": the
	// way on, with no time, places the subject as well.
	if w := r.lowerWord(k, s.b); w == "further" || w == "farther" {
		next := r.lowerWord(k+1, s.b)
		return next == "inland" || next == "upstream" || next == "downstream" || next == "along" || next == "on" || isCompassWord(next)
	}
	if r.seq(k, s.b, "a", "long", "way") {
		next := r.lowerWord(k+3, s.b)
		return next == "inland" || next == "from" || next == "away" || isCompassWord(next)
	}
	en, fr := langs().en, langs().fr
	unitAt := func(j int) bool {
		w := r.lowerWord(j, s.b)
		_, ok := singleWord(en.paces.times, w)
		_, ok2 := singleWord(fr.paces.times, w)
		return ok || ok2
	}
	switch w := r.lowerWord(k, s.b); {
	case k < s.b && r.toks[k].kind == tokNum:
		k++
	case w == "a" || w == "an" || w == "une" || w == "un":
		k++
		if num, unit, ok := strings.Cut(r.lowerWord(k, s.b), "-"); ok && unit != "" { // "a two-hour drive"
			_, n1 := en.numbers[num]
			_, u1 := singleWord(en.paces.times, unit)
			if n1 && u1 {
				return true
			}
		}
	case w == "half" && (r.is(k+1, s.b, "an") || r.is(k+1, s.b, "a")):
		k += 2
	default:
		_, n1 := en.numbers[w]
		_, n2 := fr.numbers[w]
		if !n1 && !n2 {
			return false
		}
		k++
	}
	if !unitAt(k) {
		return false
	}
	k++
	if k >= s.b || r.toks[k].kind == tokPunct && r.toks[k].lower != "'" {
		return true
	}
	if r.toks[k].kind == tokPoss {
		return true // "three hours' drive"
	}
	w := r.lowerWord(k, s.b)
	switch w {
	case "further", "farther", "away", "from", "by", "on", "past", "beyond", "up", "down", "inland", "along", "de", "d'", "du", "des", "plus", "au", "en", "par", "drive", "ride", "walk", "and", "et", "of":
		return true
	}
	if strings.HasPrefix(w, "d'") {
		return true
	}
	return isCompassWord(w)
}

// isTimeHedge reports whether w may stand between a verb and a travel
// time: "is only two hours", "is another 30 minutes", « est à environ une
// heure ».
func isTimeHedge(w string) bool {
	switch w {
	case "only", "just", "about", "around", "roughly", "another", "à", "seulement", "environ", "encore":
		return true
	}
	return false
}
