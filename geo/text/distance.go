package text

import (
	"io/fs"
	"math"
	"strings"
)

// One rule reads a distance phrase in every language (distanceAt), in the
// order the languages share:
//
//	[lead] quantity [conversion] [crow] [road] [pause] [adverb]
//	then [link] compass [crow] [road] of-word object
//	or   [away] (river of-word | from-word) object, or an inland phrase
//
// "à environ 12 km à vol d'oiseau au nord-est de la ville de X" and "about
// 12 km as the crow flies to the north-east of the town of X" are the same
// pieces. The words of each piece are the language's distance.tsv
// (distanceWords); what each language writes in a way of its own is code,
// named here: how it writes a quantity (its number reader, quantityIn), a
// compass direction after its link (compassIn) and the object
// (objectIn).

// distanceWord is a row of lexicon/LANG/distance.tsv, whose header
// explains the pieces and flags.
type distanceWord struct {
	hedge   string // measure, lead: the English hedge the words give ("qu'à" gives "only")
	hedged  bool   // lead: a hedge flagged before may stand right before it ("environ à 12 km")
	words   bool   // link: only compass words follow, no abbreviation ("towards East")
	of      bool   // link: an of-word must follow the compass ("towards East from X")
	article bool   // link: the compass follows with an elided article ("à l'est")
	elided  bool   // of, from: glued to the object's first word ("d'Agadez")
	beside  bool   // from: a road named by its towns after it is what the distance is off
	within  bool   // from: read only after a hedge "within" ("within 5 km of X")
	road    bool   // from, trail: the distance is by road ("up the road from X", "down the road")
	open    bool   // trail: the words after it up to the clause's end belong to it ("along the Yendi road")
	sea     bool   // from, river: the subject lies at sea off the object ("off X", "offshore from X", « au large de X »)
	further bool   // adverb: the distance is a further leg from the last place reached (« 6 km plus au nord »)
	compass bool   // lead: read only when a compass direction follows the quantity (« a 7 kms au sud-ouest de X »)
}

// distanceWords holds one language's distance.tsv, a table of phrases for
// each piece of the phrase.
type distanceWords struct {
	measures phrases[distanceWord] // "at a distance of", "une distance de"
	leads    phrases[distanceWord] // "à", "qu'à", "distant de"
	unhedge  phrases[distanceWord] // "ainsi" ("ainsi qu'à 20 km": as well as, not only)
	crow     phrases[distanceWord] // "as the crow flies", "à vol d'oiseau"
	pause    phrases[distanceWord] // ","
	adverbs  phrases[distanceWord] // "further", "directly"
	links    phrases[distanceWord] // "to the", "towards", "au", "à" (l'est)
	of       phrases[distanceWord] // "of", "from", "de", "d'"
	away     phrases[distanceWord] // "away", "far"
	from     phrases[distanceWord] // "from", "outside", "off", "de"
	river    phrases[distanceWord] // "upstream", "en aval"
	// beyond and trail are the words of a distance set off by commas
	// after the place it is measured from (fronted.go): "beyond", "past",
	// "au-delà" before that place, and "out", "further on", "down the
	// road", "plus loin" after the quantity.
	beyond phrases[distanceWord]
	trail  phrases[distanceWord]
	// course holds the words, beside the verbs of verbs.tsv flagged
	// border, that may stand between a border opening the sentence and the
	// distance it is the subject of ("runs", "only"; "passe", "serpente";
	// borderSubjectBefore).
	course phrases[distanceWord]
	// heading holds the words after the object of a distance with no
	// direction that give its direction, a comma before them or not:
	// "heading", « en direction du », « c'est-à-dire » (trailingDirection).
	heading phrases[distanceWord]
	// side holds links read only after a quantity: « à 10 km à la sortie
	// est de X » is 10 km east of X, where « à la sortie est de X » alone
	// is near X (near.tsv).
	side phrases[distanceWord]
}

// readDistanceWords reads the distance.tsv of the folder dir of fsys.
func readDistanceWords(fsys fs.FS, dir string) (distanceWords, error) {
	w := distanceWords{}
	pieces := map[string]*phrases[distanceWord]{
		"measure": &w.measures, "lead": &w.leads, "unhedge": &w.unhedge, "crow": &w.crow,
		"pause": &w.pause, "adverb": &w.adverbs, "link": &w.links, "of": &w.of,
		"away": &w.away, "from": &w.from, "river": &w.river, "course": &w.course,
		"beyond": &w.beyond, "trail": &w.trail, "heading": &w.heading, "side": &w.side,
	}
	for _, p := range pieces {
		*p = phrases[distanceWord]{}
	}
	err := readTable(fsys, dir+"distance.tsv", 4, func(f []string) error {
		p, ok := pieces[f[1]]
		if !ok {
			return errBadValue(f[1])
		}
		d := distanceWord{hedge: f[2]}
		if d.hedge == "-" {
			d.hedge = ""
		}
		if err := flags(f[3], map[string]*bool{"hedged": &d.hedged, "words": &d.words, "of": &d.of,
			"article": &d.article, "elided": &d.elided, "beside": &d.beside, "within": &d.within,
			"road": &d.road, "open": &d.open, "sea": &d.sea, "further": &d.further, "compass": &d.compass}); err != nil {
			return err
		}
		if d.elided && !strings.HasSuffix(f[0], "'") {
			return errBadValue(f[0]) // an elided word ends in its apostrophe: "d'", "au large d'"
		}
		if p == &w.course && strings.Contains(f[0], " ") {
			return errBadValue(f[0]) // a course word is read one word at a time
		}
		if p.has(f[0]) {
			return errDuplicate(f[0])
		}
		p.add(f[0], d)
		return nil
	})
	return w, err
}

// distanceAt reads a distance phrase of language l at token i: a lead if
// the language has one ("à", "qu'à", "distant de"), the quantity, and what
// follows it (afterQuantity). It returns the phrase, how its object was
// read, and the quantity; false when no quantity stands there.
func (r *reader) distanceAt(l *language, i int, s *sentence) (found, objState, quantity, bool) {
	b := s.b
	start, phraseStart, k, hedge := i, -1, i, ""
	needCompass := false
	if ld, e, ok := phraseAt(r, l.distance.leads, i, b, false); ok {
		k, hedge, needCompass = e, ld.hedge, ld.compass
		if _, _, ok := phraseAt(r, l.distance.unhedge, i-1, b, false); ok {
			hedge = ""
		}
		if h, ok := l.hedges.word(r.lowerWord(i-1, b)); ok && h.before && ld.hedged && i-1 >= s.a {
			// "environ à 12 km", "seulement à 5 km": the hedge opens the phrase.
			hedge, start, phraseStart = joinHedge(h.english, hedge), i-1, i-1
		}
		if h, he, ok := r.hedgeOverLead(l, i, e, b); ok {
			k, hedge, needCompass = he, h, false // « À peine 6 km à l'est de X, … »
		}
	} else if h, he, ok := phraseAt(r, l.hedges, i, b, false); ok && i == s.a && r.toks[i].cap && !h.trail {
		k, hedge = he, h.english // « Plus de 40 km au sud de X, … », capitalised as it opens the sentence
	}
	if j, ok := r.respectiveNumbersAt(l, k, b); ok {
		k = j // "respectivement à 10 et 20 km de X": read at the last number
	}
	q, ok := r.quantityIn(l, k, b)
	pace := ""
	if ok {
		q.end = r.paceAfter(l, q.end, b) // "a 12 km walk from X"
	} else if q, pace, ok = r.travelTimeIn(l, k, b); !ok {
		return found{}, objNone, q, false
	} else if sq, ok := r.statedAfterPace(l, q.end, b); ok {
		// "an hour's walk (4 km) south-west of X": the stated distance,
		// in a phrase that opens with the travel time.
		sq.start = q.start
		q, pace = sq, ""
	}
	f := r.quantityFound(l, q, start)
	f.rel.Pace = pace
	f.rel.Hedge = joinHedge(hedge, q.hedge)
	if f.rel.Hedge == "" && q.start == i {
		f.rel.Hedge = r.openingHedge(l, i, s)
	}
	if phraseStart >= 0 {
		f.phraseStart = phraseStart
	}
	f, st := r.afterQuantity(l, f, q.end, b)
	if st == objFound {
		f = r.trailingDirection(l, f, b)
	}
	if needCompass && f.rel.Points == 0 {
		return found{}, objNone, q, false // « le Niger a 1 000 km de frontière »: the verb
	}
	return f, st, q, true
}

// openingHedge returns the English hedge of a hedge of language l that
// opens sentence s, capitalised, right before the quantity at token i:
// "More than 40 km south of X, the Y camp …", "Barely 5 km from X, Y …",
// "About 30 km north of X lies …" (hedges.tsv; the number readers take
// hedges in lower case only, as "About 300 people fled" opens with no
// distance). "" when none does.
func (r *reader) openingHedge(l *language, i int, s *sentence) string {
	if i <= s.a || !r.toks[s.a].cap {
		return ""
	}
	if h, e, ok := phraseAt(r, l.hedges, s.a, s.b, false); ok && e == i && !h.trail {
		return h.english
	}
	return ""
}

// hedgeOverLead reads at token i a hedge of language l whose first word
// is the lead of a distance ending at token e, with a quantity after it:
// « À peine 6 km à l'est de X, … » opens with the hedge « à peine »
// (hedges.tsv, capitalised as it opens the sentence) and no lead, as
// "Barely 6 km east of X" does. It returns the English hedge and the
// token after it.
func (r *reader) hedgeOverLead(l *language, i, e, b int) (string, int, bool) {
	h, he, ok := phraseAt(r, l.hedges, i, b, false)
	if !ok || he <= e || h.trail {
		return "", i, false
	}
	if _, ok := r.quantityIn(l, he, b); !ok {
		return "", i, false
	}
	return h.english, he, true
}

// trailingDirection reads a direction set after the object of a distance
// with no direction, between a comma and the end of the clause: « est
// distante de 15 km de Pétion-Ville, au sud. », "lies 15 km from X, to
// the north."; or after a word of heading, a comma before it or not: "12
// km out of Baidoa by road, heading west", « à 30 km de Gao en direction
// du nord », « à 25 km en amont de X, c'est-à-dire plein sud »; or a
// course, "18 km from Socorro, bearing 045°", "15 km from X in a
// north-easterly direction" (courseAt). It is the
// direction of the subject from the object. A direction followed by an
// of-word (« , au sud du Mali ») is a part of a place, not read here.
func (r *reader) trailingDirection(l *language, f found, b int) found {
	if f.rel.Points > 0 || f.rel.Object < 0 {
		return f
	}
	// "18 km from Socorro, New Mexico, bearing 045°", "15 miles from
	// Tonopah, Nevada, to the north": the direction follows the
	// object's containers.
	k := r.containerChainEnd(f.rel.Object, f.end, b)
	comma := r.is(k, b, ",")
	if comma {
		k++
	}
	if d, e, ok := r.courseAt(k, b); ok && l != langs().fr {
		// "18 km from Socorro, bearing 045°", "18 km from X in a
		// north-easterly direction": a course gives the direction with
		// or without a comma.
		if !r.clauseEndAt(l, e, b) {
			return f
		}
		setDirection(&f.rel, d)
		f.end = e
		return f
	}
	var ln distanceWord
	e := k
	hd, e2, heading := phraseAt(r, l.distance.heading, k, b, false)
	if heading {
		ln, e = hd, e2
		if lk, e3, ok := phraseAt(r, l.distance.links, e, b, false); ok {
			ln, e = lk, e3 // « c'est-à-dire plein sud »
		}
	} else {
		lk, e3, ok := phraseAt(r, l.distance.links, k, b, false)
		if !ok || !comma {
			return f
		}
		ln, e = lk, e3
	}
	d, e, ok := r.compassIn(l, e, b, &ln)
	if !ok || !r.clauseEndAt(l, e, b) {
		return f
	}
	if _, ok := r.ofAt(l, e, b); ok {
		return f
	}
	setDirection(&f.rel, d)
	f.end = e
	return f
}

// containerChainEnd returns the token after the containers set after
// mention m, which ends before token k, each after a comma ("Socorro, New
// Mexico", "Tessalit, Kidal Region, Mali"), as findContainers recorded
// them; k when none follows.
func (r *reader) containerChainEnd(m, k, b int) int {
	for n := 0; n < 3 && r.is(k, b, ","); n++ {
		o := r.mentionAt(k+1, b)
		if o < 0 || !r.recordedIn(m, o) {
			break
		}
		m, k = o, r.mtok[o][1]
	}
	return k
}

// recordedIn reports whether a relation already read puts mention m in
// mention o.
func (r *reader) recordedIn(m, o int) bool {
	for i := range r.rels {
		if rel := &r.rels[i]; rel.Kind == KindIn && rel.Subject == m && rel.Object == o {
			return true
		}
	}
	return false
}

// quantityFound starts a distance phrase at token start with the quantity
// q of language l. A French phrase is marked so (found.french): its
// subject is found by the French rules (french.go).
func (r *reader) quantityFound(l *language, q quantity, start int) found {
	f := newFound(KindDistance, start)
	f.french = l == langs().fr
	f.phraseStart = q.start
	rel := &f.rel
	rel.MinKm, rel.MaxKm, rel.Unit, rel.Hedge, rel.Road = q.lo, q.hi, q.unit, q.hedge, q.road
	if q.alt.unit != "" {
		rel.AltMinKm, rel.AltMaxKm, rel.AltUnit = q.alt.lo, q.alt.hi, q.alt.unit
	}
	return f
}

// pausedDirectionOf reports whether a pause (a comma) at token k opens a
// direction with its link and of-word, perhaps after adverbs ("due"):
// ", due north of X", ", to the north of X".
func (r *reader) pausedDirectionOf(l *language, k, b int) bool {
	w := &l.distance
	_, e, ok := phraseAt(r, w.pause, k, b, false)
	if !ok {
		return false
	}
	for n := 0; n < 2; n++ {
		if _, e2, ok := phraseAt(r, w.adverbs, e, b, true); ok {
			e = e2
		}
	}
	_, k2, ok := r.directionAt(l, e, b)
	if !ok {
		return false
	}
	_, ok = r.ofAt(l, k2, b)
	return ok
}

// afterQuantity reads what follows the quantity of f, from token k: a
// conversion in brackets, "as the crow flies", a road marker, a direction
// with its link ("east of", "to the north-east of", "NNE of", "au sud-est
// de", "à l'ouest de") and then the object after its of-word ("the village
// of Tessalit", "the Algerian border", "la frontière ivoirienne"), or with
// no direction "from X", "away from X", "outside X", "within 5 km of X",
// "upstream of X", "en aval de X", "by road from X", "10 km inland".
func (r *reader) afterQuantity(l *language, f found, k, b int) (found, objState) {
	w := &l.distance
	rel := &f.rel
	k = r.crowFliesAt(l, r.skipConversion(k, b), b)
	k = r.quantityAsideAt(l, rel, k, b)
	if _, k2, ok := phraseAt(r, l.roads, k, b, false); ok {
		rel.Road, k = true, k2
	}
	if _, e, ok := phraseAt(r, w.trail, k, b, false); ok && r.pausedDirectionOf(l, e, b) {
		k = e // "4 km further on, due north of X": the leg's end is the direction's
	}
	if _, e, ok := phraseAt(r, w.pause, k, b, false); ok {
		// "150 kilometres (93 mi), by road, south of X", "60 kilometres
		// (37 mi), north of X": a comma inside the phrase.
		if _, k2, ok := phraseAt(r, l.roads, e, b, false); ok {
			rel.Road, k = true, k2
			if _, e, ok := phraseAt(r, w.pause, k, b, false); ok {
				k = e
			}
		} else if _, k2, ok := r.directionAt(l, e, b); ok {
			// "— east of X", "— au nord de X": the direction with its link.
			if _, ok := r.ofAt(l, k2, b); ok {
				k = e
			}
		}
	}
	adv, further := k, false
	for n := 0; n < 2; n++ {
		if d, e, ok := phraseAt(r, w.adverbs, k, b, true); ok {
			k, further = e, further || d.further
		}
	}
	if _, _, ok := r.directionAt(l, k, b); further && !ok {
		k = adv // « 15 km plus loin »: « plus » before no direction is none
	}
	d, e, ok := r.directionAt(l, k, b)
	if !ok {
		d, e, ok = r.sideDirectionAt(l, k, b) // « à 10 km à la sortie est de X »
	}
	if ok {
		setDirection(rel, d)
		if d2, e2, ok := r.bracketedDirection(l, e, b); ok && math.Abs(angleDiff(d.az, d2.az)) <= 45 {
			// "15 km north-northeast (NNE) of X": the bracket restates
			// the direction, perhaps more finely ("east (ENE)").
			if d2.points > d.points {
				setDirection(rel, d2)
			}
			e = e2
		}
		k = r.crowFliesAt(l, e, b)
		if _, k2, ok := phraseAt(r, l.roads, k, b, false); ok {
			rel.Road, k = true, k2
		}
		o, ok := r.ofAt(l, k, b)
		if !ok {
			f.end = k
			return f, objAbsent
		}
		return r.objectAfter(l, f, o, b)
	}
	if _, e, ok := phraseAt(r, w.away, k, b, false); ok {
		k = e // "30 km away from X", "12 km far from X"
	}
	if rw, e, ok := phraseAt(r, w.river, k, b, false); ok {
		if d, e2, ok := r.bracketedDirection(l, e, b); ok {
			// "45 km downstream (north-east) of X", « en aval (au
			// nord-est) de X »: the bracket says where downstream lies.
			if _, ok := r.ofAt(l, e2, b); ok {
				setDirection(rel, d)
				e = e2
			}
		}
		if o, ok := r.ofAt(l, e, b); ok {
			rel.Offshore = rel.Offshore || rw.sea
			rel.SeaStated = rel.SeaStated || rw.sea
			return r.objectAfter(l, f, o, b) // "upstream of X", "en aval de X"
		}
	}
	if o, e, ok := r.stageEndAt(k, b); ok {
		// "caught at X, 18 km from the finish" of a stage "from Kasese
		// to Fort Portal": from Fort Portal, by the course.
		rel.Object, rel.Road, f.end = o, true, e
		return f, objFound
	}
	if fw, o, ok := r.linkWordAt(w.from, k, b); ok && (!fw.within || strings.HasPrefix(rel.Hedge, "within")) && !r.beforeVerbAt(k, o, b) {
		if fw.beside {
			if _, ok := r.roadPairAt(k, b); ok {
				// "8 km off the Songea–Mbinga road": no distance from
				// Songea; the road is read on its own.
				f.end = k
				return f, objNone
			}
		}
		rel.Road = rel.Road || fw.road
		rel.Offshore = rel.Offshore || fw.sea
		rel.SeaStated = rel.SeaStated || fw.sea
		return r.objectAfter(l, f, o, b)
	}
	if w := r.lowerWord(k, b); w == "along" || w == "down" || w == "up" {
		if rp, ok := r.roadPairAt(k, b); ok && !rp.french {
			// "a settlement about 35 kilometres along the Jos–Bauchi
			// road": from the road's first end, by the road; the road
			// itself is read on its own after (roadPairAt).
			rel.Object, rel.Road, f.end = rp.rel.Object, true, k
			return f, objFound
		}
	}
	if o, ok := r.namedRoadFrom(l, k, b); ok {
		// "22 km along the Highlands Highway from Wabag": by that road
		// from Wabag; "towards Mount Hagen" after it is read next
		// (roadToAt).
		if f2, st := r.objectAfter(l, f, o, b); st == objFound && f2.rel.Object >= 0 {
			f2.rel.Road = true
			return f2, st
		}
	}
	if rt, ok := r.roadToAt(k, b); ok && rt.rel.Other >= 0 {
		// "45 km along the Iringa road from Mbeya", "30 km on the road
		// to Dodoma from Morogoro": the distance is by road from X; the
		// road is read next (roadToAt), from X to Y.
		if fw, o, ok := r.linkWordAt(w.from, rt.end, b); ok && !fw.within && !fw.beside && !fw.sea {
			if f2, st := r.objectAfter(l, f, o, b); st == objFound && f2.rel.Object >= 0 && f2.rel.Object != rt.rel.Other {
				f2.rel.Road = true
				f2.end = k
				return f2, objFound
			}
		}
	}
	if br, e, ok := r.inlandAt(k, b); ok {
		rel.Object, rel.Border, f.end = -1, br, e // "10 km inland" (coast.go)
		return f, objFound
	}
	if e, road := r.wayOnlyEnd(l, adv, b); e > adv && r.clauseEndAt(l, e, b) {
		// "The nearest settlement is Karash, 2 km down the valley", "X,
		// 3 km upstream": the way the distance runs, with no direction
		// and no object, closes it as "away" does.
		rel.Road = rel.Road || road
		f.end, f.way = e, true
		return f, objAbsent
	} else if e > adv {
		if d, e2, ok := r.directionAt(l, e, b); ok {
			if o, ok := r.ofAt(l, e2, b); ok {
				// "the summer pasture at Ak-Moyun, about 15 km up the
				// valley south of town": the way, then the direction
				// and the place it is measured from.
				setDirection(rel, d)
				rel.Road = rel.Road || road
				return r.objectAfter(l, f, o, b)
			}
		}
	}
	f.end = k
	if r.clauseEndAt(l, k, b) {
		return f, objAbsent
	}
	return f, objNone
}

// wayOnlyEnd reads at token k, after the quantity of a distance, the way
// it runs when no direction and no object follow: a river word of l's
// distance.tsv alone ("upstream", « en aval »), perhaps after "further"
// or « plus » ("12 km further downstream"), or in English "up",
// "down", "along" or "across" and "the" and a lower-case noun, perhaps
// after "further" and one adjective ("2 km down the valley", "4 km
// further along the dirt track"), closing the clause or followed by a
// compass direction ("15 km up the valley south of town"). It returns the
// token after the phrase, and whether the noun is a road's; k when none
// stands there.
func (r *reader) wayOnlyEnd(l *language, k, b int) (int, bool) {
	if _, e, ok := phraseAt(r, l.distance.river, k, b, false); ok {
		return e, false
	}
	if w := r.lowerWord(k, b); w == "further" || w == "farther" || w == "plus" {
		if _, e, ok := phraseAt(r, l.distance.river, k+1, b, false); ok {
			return e, false // "Awas Laya, 12 km further downstream, …", « 8 km plus en aval »
		}
	}
	if l != langs().en {
		return k, false
	}
	j := k
	if w := r.lowerWord(j, b); w == "further" || w == "farther" {
		j++
	}
	switch r.lowerWord(j, b) {
	case "up", "down", "along", "across":
	default:
		return k, false
	}
	if !r.is(j+1, b, "the") {
		return k, false
	}
	j += 2
	for n := 0; n < 2 && j < b && r.toks[j].kind == tokWord && !r.toks[j].cap && r.at[j] < 0; n, j = n+1, j+1 {
		if _, _, dir := r.directionAt(l, j+1, b); r.clauseEndAt(l, j+1, b) || dir {
			return j + 1, isRoadNoun(r.toks[j].lower)
		}
	}
	return k, false
}

// bracketedDirection reads a compass direction of language l alone in
// brackets at token k, with or without its link ("(north-east)", "(to
// the east)", « (au nord-est) », « (à l'ouest) »): the direction a river
// word before it ("downstream", « en aval ») takes there. It returns the
// direction and the token after the closing bracket.
func (r *reader) bracketedDirection(l *language, k, b int) (direction, int, bool) {
	if !r.is(k, b, "(") {
		return direction{}, k, false
	}
	d, e, ok := r.directionAt(l, k+1, b)
	if !ok && l == langs().fr {
		d, e, ok = r.frenchCompassAt(k+1, b) // « (nord-est) »
	}
	if !ok || !r.is(e, b, ")") {
		return direction{}, k, false
	}
	return d, e + 1, true
}

// crowFliesAt returns the token after "as the crow flies" or "à vol
// d'oiseau" at k, or k: the distance is a straight line, as the reader
// assumes anyway. A pause after it is skipped when an of-word follows ("as
// the crow flies, from X"). Set off by commas, it is skipped with them:
// "some 7 km, as the crow flies, south-east of X", « à 12 km, à vol
// d'oiseau, au nord de X ».
func (r *reader) crowFliesAt(l *language, k, b int) int {
	if r.is(k, b, ",") {
		if _, e, ok := phraseAt(r, l.distance.crow, k+1, b, false); ok && r.is(e, b, ",") {
			return e + 1
		}
	}
	_, e, ok := phraseAt(r, l.distance.crow, k, b, false)
	if !ok {
		return k
	}
	if _, e2, ok := phraseAt(r, l.distance.pause, e, b, false); ok {
		if _, ok := r.ofAt(l, e2, b); ok {
			return e2
		}
	}
	return e
}

// statedAfterPace reads a distance of language l in brackets at token k,
// right after a travel time: "an hour's walk (4 km) south-west of X", «
// une journée de marche (24 km) de X ». The writer states the distance
// the time stands for, and it is the distance, not the bound the pace
// gives; the quantity ends after the closing bracket.
func (r *reader) statedAfterPace(l *language, k, b int) (quantity, bool) {
	if !r.is(k, b, "(") {
		return quantity{}, false
	}
	q, ok := r.quantityIn(l, k+1, b)
	if !ok || !r.is(q.end, b, ")") {
		return quantity{}, false
	}
	q.end++
	return q, true
}

// skipConversion skips a conversion of the distance in brackets right
// after it, "30 km (19 mi) au nord de X", and returns the token after it
// (k when there is none).
func (r *reader) skipConversion(k, b int) int {
	if !r.is(k, b, "(") || k+1 >= b || r.toks[k+1].kind != tokNum {
		return k
	}
	if _, _, ok := unitIn(r, k+2, b); !ok {
		return k
	}
	return r.skipParen(k, b)
}

// linkWordAt reads a word of p at token k: an of-word or from-word before
// an object ("of", "out of", "de", "du"), or one glued to the object by an
// apostrophe ("d'Agadez", a row flagged elided). It returns the row and the
// token where the object starts.
func (r *reader) linkWordAt(p phrases[distanceWord], k, b int) (distanceWord, int, bool) {
	if row, e, ok := phraseAt(r, p, k, b, false); ok && !row.elided {
		return row, e, true
	}
	if w := r.word(k, b); elidedLen(w) > 0 {
		if row, ok := p.word(w[:1] + "'"); ok && row.elided {
			return row, k, true
		}
	}
	if k < 0 || k >= b {
		return distanceWord{}, k, false
	}
	// "au large d'Ajaccio": words before the elided one.
	for _, ph := range p[r.toks[k].lower] {
		n := len(ph.words)
		if !ph.row.elided || n < 2 {
			continue
		}
		ok := true
		for i, w := range ph.words[:n-1] {
			if !r.is(k+i, b, w) {
				ok = false
				break
			}
		}
		if e := k + n - 1; ok {
			if w := r.word(e, b); elidedLen(w) > 0 && w[:1]+"'" == ph.words[n-1] {
				return ph.row, e, true
			}
		}
	}
	return distanceWord{}, k, false
}

// directionAt reads a compass direction of language l at token k, after a
// link word of its table ("to the north", "towards East", "au nord", "à
// l'est", "plein nord") or without one ("north-east", "NNE", "NO de"). It
// returns the direction and the token after it.
func (r *reader) directionAt(l *language, k, b int) (direction, int, bool) {
	ln, e, ok := phraseAt(r, l.distance.links, k, b, false)
	if !ok {
		return r.compassIn(l, k, b, nil)
	}
	d, e, ok := r.compassIn(l, e, b, &ln)
	if !ok {
		return direction{}, k, false
	}
	if ln.of {
		if _, ok := r.ofAt(l, e, b); !ok {
			return direction{}, k, false // "23 KM towards East from X", as census stubs write it
		}
	}
	return d, e, true
}

// sideDirectionAt reads, at token k right after a quantity, a compass
// direction after a side link of language l (distance.tsv piece side: «
// à la sortie est »). It returns the direction and the token after it.
func (r *reader) sideDirectionAt(l *language, k, b int) (direction, int, bool) {
	ln, e, ok := phraseAt(r, l.distance.side, k, b, false)
	if !ok {
		return direction{}, k, false
	}
	return r.compassIn(l, e, b, &ln)
}

// compassIn reads the compass direction at token j that follows link (nil
// for none), as language l writes it. This is code, one case a language:
// French writes a bare direction only as an abbreviation before its
// of-word ("à 12 km NO de Kaya"; a bare "nord" is no direction here) and
// glues the article of "à l'est" to the compass word; English writes words
// and abbreviations with or without a link ("80 km east of X", "to the
// NNE of X").
func (r *reader) compassIn(l *language, j, b int, link *distanceWord) (direction, int, bool) {
	if l != langs().fr {
		if d, e, ok := r.courseAt(j, b); ok && link == nil {
			return d, e, true // "18 km bearing 045° from X", "15 km in a north-easterly direction from X"
		}
		return r.parseDirection(j, b, link == nil || !link.words)
	}
	switch {
	case link == nil:
		if j < b {
			if _, ok := frenchCompassAbbrev(&r.toks[j]); ok {
				if _, ok := r.ofAt(l, j+1, b); ok {
					return r.frenchCompassAt(j, b) // "à 45 km S-E de Dori", "à 12 km NO de Kaya"
				}
			}
			if _, e, ok := r.frenchDottedCompassAt(j, b); ok {
				if _, ok := r.ofAt(l, e, b); ok {
					return r.frenchCompassAt(j, b) // « à 14 kil. N.-O. de Vendôme »
				}
			}
		}
		return direction{}, j, false
	case link.article:
		if j < b && r.word(j, b) == "le" && !strings.EqualFold(r.text[r.toks[j].start:r.toks[j].end], "le") {
			return r.frenchCompassAt(j+1, b) // "à l' est de Thiès", with a space after the article
		}
		return r.frenchElidedCompassAt(j, b)
	}
	return r.frenchCompassAt(j, b)
}

// quantityIn reads the quantity of a distance at token j as language l
// writes it, with its own number reader (number.go, french_number.go).
func (r *reader) quantityIn(l *language, j, b int) (quantity, bool) {
	if l == langs().fr {
		return r.frenchQuantityAt(j, b)
	}
	return r.parseQuantity(j, b)
}

// objectIn reads the object of a relation at token j, after its of-word,
// as language l writes it (parseObject, frenchObject).
// A place named only by its role ("the provincial capital", role.go) is
// read in English before a name, so that "the district HQ" is not read as
// a place called HQ; in French after the rules of frenchObject, whose "le
// chef-lieu" after a named commune is that commune (bareSeatAt).
func (r *reader) objectIn(l *language, j, b int) (int, *BorderRef, int, bool) {
	var m, e int
	var br *BorderRef
	var ok bool
	if l == langs().fr {
		m, br, e, ok = r.frenchObject(j, b)
	} else {
		if m, e, ok := r.roleAt(l, j, b); ok {
			return m, nil, e, true
		}
		m, br, e, ok = r.parseObject(j, b)
	}
	if ok {
		return m, br, e, true
	}
	if m, e, ok := r.roleAt(l, j, b); ok {
		return m, nil, e, true
	}
	if l == langs().fr {
		if m, e, ok := r.frenchKindObjectAt(j, b); ok {
			return m, nil, e, true
		}
		if m, e, ok := r.placedAtBefore(j, b); ok {
			return m, nil, e, true // « … au nord de la base-vie » after « La base-vie sera établie au lieu-dit X »
		}
		if m, e, ok := r.frenchNamelessObjectAt(j, b); ok {
			return m, nil, e, true // « Dori se trouve à 30 km au sud du camp »
		}
		if m, e, ok := r.ownPartObjectAt(l, j, b); ok {
			return m, nil, e, true // « Florac se trouve à 7 km au sud-ouest de ses ruines »
		}
	} else {
		if m, ok := r.itObject(j, b); ok {
			return m, nil, j + 1, true
		}
		if m, ok := r.theCityObject(j, b); ok {
			return m, nil, j + 2, true
		}
		if m, e, ok := r.topicObjectAt(j, b); ok {
			if t := r.frontedSetting(m); t >= 0 && r.mentions[m].FeatureHead() == "" && (r.is(e-1, b, "city") || r.is(e-1, b, "town")) {
				// "In Tarija, the government said the dam at Chorcoya
				// would be finished … The reservoir is built 18 km
				// north-west of the city": the town a fronted phrase set
				// the sentence of the place in, not a name of no kind
				// said there.
				return t, nil, e, true
			}
			return m, nil, e, true
		}
		if m, ok := r.nameHeadObject(j, b); ok {
			return m, nil, j + 2, true
		}
		if m, e, ok := r.placedAtBefore(j, b); ok {
			return m, nil, e, true // "… 9 km north of the base camp" after "The base camp will be set up at X"
		}
		if m, e, ok := r.namelessObjectAt(j, b); ok {
			return m, nil, e, true // "Sainshand is 25 km north of the camp"
		}
		if m, e, ok := r.ownPartObjectAt(l, j, b); ok {
			return m, nil, e, true // "Florac lies 7 km south-west of its ruins"
		}
	}
	return m, br, e, false
}

// ownPartObjectAt reads at token j, closing the object of a distance, a
// possessive ("its", « ses », « son », « sa ») and a noun of a place's
// remains or parts (ownparts.tsv: "ruins", "mouth", « vestiges », «
// embouchure »), and returns the place the possessive stands for: the
// topic, or else the last place named before the sentence. « Le château
// de Montgrenier … Florac se trouve à 7 km au sud-ouest de ses ruines »
// measures Florac from the castle, which the distance so places. It
// returns the token after the noun.
func (r *reader) ownPartObjectAt(l *language, j, b int) (int, int, bool) {
	switch r.lowerWord(j, b) {
	case "its", "ses", "son", "sa":
	default:
		return -1, j, false
	}
	if !l.has(setOwnParts, r.lowerWord(j+1, b)) || !r.clauseEndAt(l, j+2, b) {
		return -1, j, false
	}
	m := r.topic
	if m < 0 || r.isContainer(m) {
		m = r.latterPlace(r.sentOf(j).a)
	}
	if m < 0 {
		return -1, j, false
	}
	return m, j + 2, true
}

// theCityObject reports whether "the city" or "the town" at token j,
// closing a clause, is the object of a relation that stands for the place
// the last relation before it was measured from: "The Ajanta caves lie
// some 100 km north-east of Aurangabad, while the smaller Pitalkhora caves
// are about 78 km north-west of the city"; or what that relation was
// said of, when the text gave it that kind ("X is a town 20 km north of
// Y; Z lies 5 km west of the town"). It returns that mention.
func (r *reader) theCityObject(j, b int) (int, bool) {
	if !r.is(j, b, "the") || !(r.is(j+1, b, "city") || r.is(j+1, b, "town")) || j+2 < b && r.toks[j+2].kind != tokPunct {
		return -1, false
	}
	for i := len(r.rels) - 1; i >= 0; i-- {
		rel := r.rels[i]
		if rel.Kind == KindIn || rel.Object < 0 {
			continue
		}
		noun := r.toks[j+1].lower
		if rel.Subject >= 0 && r.mentions[rel.Subject].FeatureHead() == noun {
			return rel.Subject, true // "X is a town 20 km north of Y. Z is 5 km west of the town."
		}
		if f := r.mentions[rel.Object].FeatureHead(); f != "" && f != noun {
			return -1, false
		}
		return rel.Object, true
	}
	return -1, false
}

// nameHeadObject reports whether "the" and a lower-case noun at token j,
// closing a clause, stand for a place named before whose name ends in
// that noun: "UNHCR has opened a new site, Okugo Extension. … Gambela town
// lies about 45 km east of the extension" is measured from Okugo
// Extension. It looks back antecedentWindow tokens, and returns the
// nearest such name of two words or more.
func (r *reader) nameHeadObject(j, b int) (int, bool) {
	if !r.is(j, b, "the") || j+1 >= b || r.toks[j+1].kind != tokWord || r.toks[j+1].cap || !r.clauseEndAt(langs().en, j+2, b) {
		return -1, false
	}
	noun := r.toks[j+1].lower
	for k := j - 1; k >= 0 && k >= j-antecedentWindow; k-- {
		m := int(r.at[k])
		if m < 0 || r.mtok[m][1]-1 != k || r.evidence(m) == EvidenceUnlikely {
			continue
		}
		if w := strings.Fields(r.mentions[m].Name); len(w) > 1 && strings.ToLower(w[len(w)-1]) == noun {
			return m, true
		}
	}
	return -1, false
}

// itObject reports whether "it" at token j, closing a clause, is the
// object of a relation that stands for the place the text is about: the
// topic, or in the text's first sentence the subject of the clause before a
// semicolon ("Chak Jhumra is a town in Faisalabad District; the village
// of Chak 211 RB lies 9 km north of it"). It returns that mention.
func (r *reader) itObject(j, b int) (int, bool) {
	if !r.is(j, b, "it") || j+1 < b && r.toks[j+1].kind != tokPunct && !r.lateSubjectAt(j+1, b) {
		return -1, false
	}
	if r.topic >= 0 {
		return r.topic, true
	}
	s := r.sentOf(j)
	semi := false
	for k := s.a; k < j; k++ {
		semi = semi || r.is(k, s.b, ";")
	}
	if !semi {
		if m, ok := r.itOutsideRelative(j, s); ok {
			return m, true
		}
		return r.itBeforeClause(j, s)
	}
	for k := s.a; k < j; k++ {
		if !r.is(k, s.b, ";") {
			continue
		}
		if m, ok := r.ordinalAppositionAt(s.a, k, s); ok {
			// "The first, at Pombeli, is 25 km east of X; the second, at
			// Yaraka, sits 9 km south of it": the ordinal's name.
			return m, true
		}
		break
	}
	m, ana, ok := r.sentSubject(s, false)
	if !ok || !ana.IsZero() || r.mtok[m][1] > j {
		return -1, false
	}
	e := r.skipParen(r.mtok[m][1], s.b)
	if r.is(e, s.b, ",") && r.mtok[m][0] > s.first && r.is(r.mtok[m][0]-1, s.b, ",") {
		e++ // "Our guesthouse, Hrafnabjörg, is a converted farmhouse; Egilsstaðir lies 25 km south-east of it"
	}
	if !isCopula(r.lowerWord(e, s.b)) {
		return -1, false
	}
	return m, true
}

// itOutsideRelative returns the place "it" at token j stands for when it
// closes a relative clause about another place: the subject of the
// sentence's main clause, a name that opens it, which the clause's
// antecedent is not ("Tonopah, Nevada, is the nearest town to the Silver
// Ridge mine, which lies 30 km west of it" measures the mine from
// Tonopah).
func (r *reader) itOutsideRelative(j int, s *sentence) (int, bool) {
	m := r.mentionAt(s.first, s.b)
	if m < 0 || r.evidence(m) == EvidenceUnlikely {
		return -1, false
	}
	for k := j - 1; k > r.mtok[m][1]; k-- {
		if !isRelativeWord(r.lowerWord(k, s.b)) || !r.is(k-1, s.b, ",") {
			continue
		}
		if a := r.mentionEndingAt(k-2, s.a); a == m || a >= 0 && int(r.inOf[a]) == m {
			return -1, false // "Tonopah, which is 30 km west of it"
		}
		return m, true
	}
	return -1, false
}

// itBeforeClause returns the place "it" at token j stands for when it
// closes a clause joined to an earlier one by a comma and "and" or "but":
// the last place the earlier clause names as one (a kind, a preposition
// of place), no river or lake it stands on. "By 1790 the Ballydrennan
// mill was the largest flour mill on the Suir, and the town of Clonmel
// lay some six kilometres to the east of it" measures Clonmel from the
// mill.
func (r *reader) itBeforeClause(j int, s *sentence) (int, bool) {
	k := j - 1
	for k > s.a && !(r.is(k, s.b, ",") && (r.is(k+1, s.b, "and") || r.is(k+1, s.b, "but"))) {
		k--
	}
	if k <= s.a {
		return -1, false
	}
	for i := k - 1; i >= s.a; i-- {
		m := int(r.at[i])
		if m < 0 || r.mtok[m][1]-1 != i || r.isContainer(m) {
			continue
		}
		if f := r.feature(m); f == "river" || f == "lake" || r.evidence(m) < EvidencePreposition {
			continue
		}
		return m, true
	}
	return -1, false
}

// lateSubjectAt reports whether a verb of place at token e has a name or
// a noun phrase after it, the late subject of a fronted phrase: "… of the
// town lies Lwang Kharka", "… of the town stands the ruined fort".
func (r *reader) lateSubjectAt(e, b int) bool {
	return isCopula(r.lowerWord(e, b)) && (r.mentionAt(e+1, b) >= 0 || r.is(e+1, b, "the") || r.is(e+1, b, "a") || r.is(e+1, b, "an"))
}

// topicObjectAt reads, at token j of the object of an English relation,
// "the <kind>" closing the clause, where the kind is an anaphor noun
// (lexicon/en/descriptors.tsv) and the text is about a place of that kind:
// "Fort Chipewyan is a hamlet on Lake Athabasca. Old Fort lies 25 km east
// of the hamlet" measures Old Fort from Fort Chipewyan, the topic. The
// topic is taken when its feature's head is the noun, its name holds the
// noun ("Hacienda San Antonio ... west of the hacienda") or the text gave
// it no kind; never when it is a division. A place the text gave that kind
// before (kindAntecedent) is taken first: "Aid agencies opened a point at
// Wunkur, a river crossing …. Malakal lies 60 km south of the crossing";
// then the one place the document names with a noun of the at kind
// (namedKind: "The new camp stands … at Khazir Jadid").
// "of town", with no article, is "of the town", and "of this city", as
// news datelines write it, too; a fronted phrase may end before the verb
// of its late subject ("Some 14 km north-west of the town
// lies X"). It returns the mention and the token after the words.
func (r *reader) topicObjectAt(j, b int) (int, int, bool) {
	k := j + 1
	if !r.is(j, b, "the") && !r.is(j, b, "this") {
		if !r.is(j, b, "town") {
			return -1, j, false
		}
		k = j // "11 km north-east of town": English drops the article
	}
	if r.openKindWord(k, b) {
		k++ // "the colonial town"
	}
	for n := 0; n < 3 && (isPlainAdjective(r.lowerWord(k, b)) || isCompoundModifier(r.lowerWord(k, b))); n++ {
		if isAnaphorNoun(r.lowerWord(k, b)) && r.clauseEndAt(langs().en, k+1, b) {
			break // "the oasis" closing the clause: a modifier of "oasis town" is the noun here
		}
		k++
	}
	noun := r.lowerWord(k, b)
	if k >= b || r.toks[k].cap || r.at[k] >= 0 {
		return -1, j, false
	}
	given := -1 // what a noun that is no anaphor stands for: the place the text gave that kind
	for i := j + 1; i <= k && given < 0 && !isAnaphorNoun(noun); i++ {
		// "the Lolkuniyani water point … 6 km north of the water point":
		// a kind of two words or more (kindsafter.tsv) stands for the
		// last place of that kind.
		if feat, e, ok := phraseAt(r, lex().kindsAfter, i, b, true); ok && e > i+1 && e > k {
			if given = r.kindAntecedent(feat, j); given >= 0 {
				k, noun = e-1, r.lowerWord(e-1, b)
			}
		}
	}
	if given < 0 && !isAnaphorNoun(noun) {
		if given = r.kindNamedBefore(noun, j); given < 0 || k == j {
			return -1, j, false
		}
	}
	e := k + 1
	if isTownAnaphor(noun) && langs().en.has(setMainAdjs, r.lowerWord(e, b)) {
		e++ // "7 km from the town proper": the town named before, not its outskirts
	}
	bare := k == j // "of town": English drops the article of the town it is in
	if w := r.lowerWord(e, b); bare && (isRelativeWord(w) || w != "of" && isPreposition(w)) {
		// "a hamlet perched 18 km east of town where a family presses
		// olives", "5 km south of town on the N2": the idiom ends there.
	} else if w != "of" && isPreposition(w) && isTownAnaphor(noun) && r.mentionAt(e+1, b) < 0 {
		// "waited at X, about 25 km north of the town on the Bechuanaland
		// border": a phrase of where after "the town" says more of the
		// town the text named; "the town near X" is another town.
	} else if r.wayAfterObject(e, b) {
		// "Puerto Maldonado lies 50 km north-east of the camp along the
		// Interoceanic highway", "… of the camp by road": the way the
		// distance is measured along says nothing of which camp.
	} else if r.timeTailEnd(langs().en, e, b) > e {
		// "Amassine was drilled 2 km east of the camp last week": a
		// phrase of when closes the object as its clause's end would.
	} else if !r.clauseEndAt(langs().en, e, b) && !r.lateSubjectAt(e, b) && !r.arrivalAt(e, b) || r.namedAfter(e, b) {
		return -1, j, false // "the village of X", "the town, X"
	}
	if given >= 0 {
		return given, e, true // "the hill of X, 42 km north-east of Uyuni … 6 km west of the hill"
	}
	if m := r.kindAntecedent(noun, j); m >= 0 {
		return m, e, true // "Wunkur, a river crossing … 60 km south of the crossing"
	}
	if m := r.namedKind(noun); m >= 0 && r.mtok[m][0] < j && isAtDescriptor(noun) {
		return m, e, true // "The new camp stands … at Khazir Jadid. Mosul lies 35 km west of the camp"
	}
	t := r.topic
	if a := r.sents[r.si].a; t >= 0 && r.mtok[t][0] >= a && r.mtok[t][0] < j {
		// The topic is this sentence's own subject, which the object does
		// not stand for: "Elephants damaged paddy fields in X. The town of
		// Dambulla lies 18 km north-east of the village" measures X, the
		// town the sentence before names.
		if isTownAnaphor(noun) {
			if m := r.townBefore(a, b, noun); m >= 0 {
				return m, e, true
			}
		}
		return -1, j, false
	}
	if t < 0 && isTownAnaphor(noun) {
		if m := r.townBefore(j, b, noun); m >= 0 {
			return m, e, true
		}
	}
	if t >= 0 && isTownAnaphor(noun) && r.establishmentNamed(t) {
		// "slept at the Desert Cave Hotel … 95 km north-west of town": a
		// hotel, a hospital or a school is no town; the town is the
		// place named before it.
		if m := r.townBefore(j, b, noun); m >= 0 {
			return m, e, true
		}
		return -1, j, false
	}
	if t < 0 || r.isContainer(t) {
		return -1, j, false
	}
	feat := r.feature(t)
	if i := strings.LastIndexByte(feat, ' '); i >= 0 {
		feat = feat[i+1:]
	}
	named := false
	for _, w := range strings.Fields(strings.ToLower(r.mentions[t].Name)) {
		named = named || w == noun
	}
	if feat != "" && feat != noun && !named && !(isTownAnaphor(feat) && isTownAnaphor(noun)) {
		return -1, j, false
	}
	return t, e, true
}

// wayAfterObject reports whether the words at token e, after the object
// of a distance, name the way the distance runs along: "along" or "via"
// and a road, or a river or lake named by no name, or "by road", "by
// track", "by river": "of the camp along the Interoceanic highway", "of
// the site by road", "downstream of the camp along the river".
func (r *reader) wayAfterObject(e, b int) bool {
	switch r.lowerWord(e, b) {
	case "along", "via":
		k := e + 1
		if r.is(k, b, "the") {
			k++
		}
		for n := 0; n < 3 && k < b && r.toks[k].kind == tokWord; n, k = n+1, k+1 {
			if isRoadNoun(r.toks[k].lower) || isWaterFeature(r.toks[k].lower) && r.clauseEndAt(langs().en, k+1, b) {
				// "8 km downstream of the site along the seasonal
				// river": the river the distance runs along, no name.
				return true
			}
		}
		return false
	case "by":
		return isRoadNoun(r.lowerWord(e+1, b)) || r.lowerWord(e+1, b) == "river"
	}
	return false
}

// isTownAnaphor reports whether the English feature or anaphor noun w
// names an inhabited place (isSettlementKind), an oasis or a ksar: "the
// village", "the town", "the oasis" may stand for a place the text gave
// another of these kinds ("Siwa is an oasis town … 12 km south-west of
// the oasis", « Chinguetti est un ancien ksar … au nord-est du village »).
func isTownAnaphor(w string) bool {
	return isSettlementKind(w) || w == "oasis" || w == "ksar"
}

// headedTowards reports whether mention m follows a word of the heading
// piece of English distance.tsv ("towards"): the town a journey heads for,
// not the one it is at ("heading north on the A2 towards Marsabit. About 9
// km out of town …" is the town left).
func (r *reader) headedTowards(m, b int) bool {
	k := r.mtok[m][0]
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if _, e, ok := phraseAt(r, langs().en.distance.heading, j, b, true); ok && e == k {
			return true
		}
	}
	return false
}

// establishmentNamed reports whether the name of mention m ends with a
// word of establishments.tsv, one word or two ("the Desert Cave Hotel",
// "Chivaraidze Mission Hospital", "Kalo Health Centre"): a building, which
// "the town" or "of town" never stands for.
// It reads the mention's tokens, not its name: it runs for every name
// townBefore passes.
func (r *reader) establishmentNamed(m int) bool {
	return r.establishmentEnds(r.mtok[m][0], r.mtok[m][1])
}

// establishmentEnds reports whether the name of tokens [p, q), two words
// or more, ends with a word of establishments.tsv, one word or two
// ("Chivaraidze Mission Hospital", "Kalo Health Centre").
func (r *reader) establishmentEnds(p, q int) bool {
	if q-p < 2 {
		return false
	}
	en, last := langs().en, r.toks[q-1].lower
	return en.has(setEstablishments, last) || en.has(setEstablishments, r.toks[q-2].lower+" "+last)
}

// townBefore returns the town "the city", "the town" or "the village"
// (noun, an English feature) at token j stands for in a text about no
// place: the last name before it, within townWindow tokens, that the text
// gives a sign of a place ("left Tromsø", "crowd into Hallstatt") and no
// kind, or an inhabited kind (isTownAnaphor), other than the name before
// the comma of the clause that holds j, which is the clause's subject
// ("We left Tromsø … to Skarvbukta Lodge, a huddle of cabins 45 km east
// of the city" is Tromsø), perhaps with up to three lower-case words of
// its kind after it ("the Trapeang Sangke pepper farm, 11 km north-east
// of town" is Kampot). It returns -1 when there is none.
func (r *reader) townBefore(j, b int, noun string) int {
	skip := -1
	for k := j - 1; k >= 0 && k >= j-townWindow; k-- {
		if r.toks[k].kind == tokPunct && (r.toks[k].lower == "." || r.toks[k].lower == ";") {
			break
		}
		if r.toks[k].lower == "," {
			skip = r.mentionEndingAt(k-1, 0)
			for i := k - 1; skip < 0 && i > k-4 && i > 0 && r.toks[i].kind == tokWord && !r.toks[i].cap; i-- {
				skip = r.mentionEndingAt(i-1, 0) // "the Trapeang Sangke pepper farm, 11 km north-east of town"
			}
			break
		}
	}
	if skip < 0 {
		skip = r.clauseOpener(j)
	}
	if s := r.sentOf(j); skip < 0 && r.word(s.first, s.b) == "it" {
		// "We left Pokhara and reached Thulo Kharka. It sits 18 km
		// north-west of the city": "it" is the clause's subject.
		skip = r.itAntecedent(s.first, s)
	}
	bare := -1 // the last name with no sign of a place, and no sign of anything else
	lead := -1 // the last name whose only kind is its own lead word ("Mount Hagen")
	for k := j - 1; k >= 0 && k >= j-townWindow; k-- {
		m := int(r.at[k])
		if m < 0 || r.mtok[m][1]-1 != k || m == skip || r.headedTowards(m, b) {
			continue
		}
		if r.establishmentNamed(m) {
			continue // "the Desert Cave Hotel": a building, no town
		}
		f := r.mentions[m].FeatureHead()
		if r.evidence(m) >= EvidencePreposition && (!r.isContainer(m) || isTownDivision(f)) && (f == "" || f == noun || isTownAnaphor(f) || isTownDivision(f)) {
			if t := r.frontedSetting(m); f == "" && (noun == "city" || noun == "town") && t >= 0 && t != skip {
				// "In Sabha, officials told the UN mission in Libya that
				// migrants were held at X, 7 km north-east of the city":
				// the town a fronted phrase sets the sentence in, not a
				// name of no kind said in it.
				return t
			}
			return m
		}
		if bare < 0 && r.evidence(m) == EvidenceCapitalised && f == "" && !r.common[m] {
			bare = m
		}
		if lead < 0 && r.evidence(m) >= EvidencePreposition && r.kindOfLeadOnly(m) {
			lead = m
			if bare < 0 {
				// "Day 9 of our Red Centre road trip! We left Alice
				// Springs … 45 km south of town": a town named with its
				// kind, introduced as a place, nearer than a bare name.
				return lead
			}
		}
	}
	// "Hamilton's new cycle trail passes X, 11 km south-west of the
	// city", "Most trekkers see Pokhara only as a place to rest. Yet some
	// 14 km north-west of the town lies X": the only name before, which
	// the text gives no sign of, is the town.
	if bare < 0 {
		// "We flew into Mount Hagen. The mission lies 30 km north of the
		// town": a town may be named after a landform.
		return lead
	}
	return bare
}

// frontedSetting returns the town that a fronted phrase of place sets
// the sentence of mention m in, "In X," or « À X, » opening it with
// nothing but the name before the comma ("In Sabha, local officials told
// …", « À Tarija, le gouvernement … »), when m comes after it; -1 when
// the sentence opens otherwise or the name has a kind other than a
// town's.
func (r *reader) frontedSetting(m int) int {
	s := r.sentOf(r.mtok[m][0])
	k, b := s.first, s.b
	switch r.word(k, b) {
	case "in", "à":
	default:
		return -1
	}
	t := r.mentionAt(k+1, b)
	if t < 0 || t == m || r.mtok[t][0] != k+1 || !r.is(r.mtok[t][1], b, ",") || r.mtok[t][1] > r.mtok[m][0] {
		return -1
	}
	if f := r.mentions[t].FeatureHead(); f != "" && f != "town" && f != "city" || r.evidence(t) < EvidencePreposition {
		return -1
	}
	return t
}

// kindOfLeadOnly reports whether mention m's only kind is the one its own
// first word gives it (lexicon/en/nameleads.tsv: "Mount Hagen", "Lake
// Placid"), or its own last word ("Alice Springs", "Victoria Falls"),
// which many towns are named with; false when a descriptor outside the
// name gives it another kind ("Mount Kenya, the highest peak").
func (r *reader) kindOfLeadOnly(m int) bool {
	a, e := r.mtok[m][0], r.mtok[m][1]
	if e-a < 2 {
		return false
	}
	f := featureOfLead(r.toks[a].lower)
	if f == "" && r.toks[e-1].cap && r.toks[e-1].lower == r.mentions[m].Feature {
		f = r.mentions[m].Feature // "We left Alice Springs … 45 km south of town"
	}
	return f != "" && r.mentions[m].Feature == f
}

// clauseOpener returns the name that opens the sentence read
// (findRelations' r.si), after lower-case words only ("The town of
// Dambulla"), when no clause ends between it and token j: the subject of
// the clause that holds j, which a town anaphor there does not stand for
// ("The town of Dambulla lies 18 km north-east of the village"). It
// returns -1 otherwise ("X is a market town and the camp lies 5 km west
// of the town" is X).
func (r *reader) clauseOpener(j int) int {
	s := r.sents[r.si]
	if j <= s.a || j > s.b {
		return -1
	}
	for k := s.a; k < j; k++ {
		m := int(r.at[k])
		if m < 0 {
			if r.toks[k].kind != tokWord || r.toks[k].cap && k != s.first {
				return -1
			}
			continue
		}
		for i := r.mtok[m][1]; i < j; i++ {
			if r.clauseEndAt(langs().en, i, j) {
				return -1
			}
		}
		return m
	}
	return -1
}

// isTownDivision reports whether the feature f names a division that is
// a town and its outskirts, named for the town: "la commune de Jacmel …
// à 15 km au nord-est de la ville" measures from Jacmel.
func isTownDivision(f string) bool {
	return f == "commune" || f == "municipality"
}

// townWindow is how many tokens back townBefore looks: about two
// sentences.
const townWindow = 60

// frenchKindObjectAt reads, at token j of the object of a French relation,
// a place noun of lexicon/fr/descriptors.tsv with the anaphor flag that
// closes the clause, its article before it or glued to it (« à 80 km au
// sud-est du site », « à 5 km de la localité », « de l'agglomération »),
// and returns the place it stands for, as topicObjectAt does in English:
// the last place the text gave that kind (kindAntecedent), or the topic
// when the text gave it that kind or none; with no topic, « la ville » is
// the last town named, as "the city" is (townBefore). It returns the
// token after the noun.
func (r *reader) frenchKindObjectAt(j, b int) (int, int, bool) {
	if e := r.frenchLatterEnd(j, b); e > j && r.clauseEndAt(langs().fr, e, b) {
		// « Des hommes armés ont attaqué le village de X. Dori se trouve
		// à 30 km au sud de celui-ci »: the last place named before the
		// sentence.
		if m := r.latterPlace(r.sentOf(j).a); m >= 0 {
			return m, e, true
		}
	}
	k := j
	switch r.word(k, b) {
	case "le", "la", "ce", "cette", "cet":
		k++
	}
	w, art := elidedRest(r.word(k, b))
	if k+1 < b && !r.toks[k].cap && langs().fr.has(setAdjectives, w) && !r.toks[k+1].cap && isFrenchAnaphorNoun(r.word(k+1, b)) {
		// « à 8 km au sud du nouveau site », « de l'ancien camp »: an
		// adjective before the noun keeps the place of that kind named
		// before.
		k++
		w = r.word(k, b)
	}
	if k >= b || r.toks[k].cap || art != 0 && art != 'l' {
		return -1, j, false
	}
	given := -1 // what a noun that is no anaphor stands for: the place the text gave that kind
	if !isFrenchAnaphorNoun(w) {
		if given = r.kindNamedBefore(w, j); given < 0 {
			return -1, j, false
		}
	}
	e := k + 1
	if langs().fr.has(setMainAdjs, r.lowerWord(e, b)) {
		e++ // « à 6 km au nord du gisement principal »: the deposit named before
	}
	feat := frenchFeature(w)
	if isTownAnaphor(feat) && langs().fr.has(setTownWhere, r.lowerWord(e, b)) && r.mentionAt(e+1, b) < 0 {
		// « à 3 km du bourg en direction de X », « à 7 km du village en
		// remontant la palmeraie », « à 10 km de la ville sur la route de
		// X »: a phrase of where after « la ville » says more of the town
		// the text named, as "the town on the border" does.
	} else if _, _, ok := phraseAt(r, langs().fr.roads, e, b, false); ok && r.mentionAt(e, b) < 0 {
		// « à 20 km au sud-est du campement par la piste »: the way the
		// distance is measured along says nothing of which camp, as "of
		// the camp by road" in English.
	} else if !r.clauseEndAt(langs().fr, e, b) && r.timeTailEnd(langs().fr, e, b) == e || r.mentionAt(e, b) >= 0 {
		return -1, j, false // « du site de X »
	}
	if given >= 0 {
		return given, e, true // « à 8 km au nord du plateau » after « le plateau de X »
	}
	if m := r.kindAntecedent(feat, j); m >= 0 {
		return m, e, true
	}
	if m := r.kindAntecedent(w, j); m >= 0 {
		return m, e, true // « Gîte de Bras-Sec … à 6 km au sud-est du gîte »
	}
	if r.topic < 0 && isTownAnaphor(feat) {
		if m := r.townBefore(j, b, feat); m >= 0 {
			return m, e, true // « Depuis Tadjourah, une piste monte vers X, à 25 km au nord-ouest de la ville »
		}
	}
	t := r.topic
	if t < 0 || r.isContainer(t) {
		return -1, j, false
	}
	if f := r.mentions[t].FeatureHead(); r.feature(t) != "" && f != feat && !(isTownAnaphor(f) && isTownAnaphor(feat)) {
		return -1, j, false
	}
	return t, e, true
}

// frenchLatterEnd returns the token after a French pronoun of the last
// thing named at token j, « celui-ci », « celle-ci », « ce dernier », «
// cette dernière », or j when none stands there.
func (r *reader) frenchLatterEnd(j, b int) int {
	switch w := r.word(j, b); {
	case w == "celui-ci" || w == "celle-ci":
		return j + 1
	case w == "ce" && r.word(j+1, b) == "dernier", w == "cette" && r.word(j+1, b) == "dernière":
		return j + 2
	}
	return j
}

// kindAntecedent returns the last mention before token j, within
// antecedentWindow tokens, whose kind's head (Mention.FeatureHead) is
// feature or of its group (kindgroups.tsv), other than a division: the place "the crossing" or « du site »
// stands for ("Wunkur, a river crossing … 60 km south of the crossing",
// « le site d'orpaillage de Tchintoulous … à 80 km au sud-est du site »).
// It returns -1 when there is none.
func (r *reader) kindAntecedent(feature string, j int) int {
	en := feature // the feature a French noun gives (« le gisement » stands for a deposit)
	if f := frenchFeature(feature); f != "" {
		en = f
	}
	if m := r.writtenKindAntecedent(feature, j); m >= 0 {
		return m
	}
	for k := j - 1; k >= 0 && k >= j-antecedentWindow; k-- {
		m := int(r.at[k])
		if m < 0 || r.mtok[m][1]-1 != k {
			continue
		}
		if h := r.mentions[m].FeatureHead(); (h == feature || h == en || sameKindGroup(h, en) || h == "" && r.nameHoldsKind(m, feature) || r.leadGivesKind(m, feature, en) && r.mtok[m][1] <= r.sentOf(j).a || r.word(r.mtok[m][0]-1, len(r.toks)) == feature || r.kindOpensBefore(m, j, feature) || r.calledKind(m) == feature ||
			genericSite(feature) && h != "" && isNamelessKind(h) && !isSettlementKind(h)) && !r.isContainer(m) {
			// "Sitio Malipayon … in the sitio": the local kind the reader
			// cut from the name stands before it.
			return m // "the Refugio Paine Grande ... The lodge, on the shore of Lake Pehoé, lies ..."
		}
		if w := r.kindNounAfter(k + 1); (w == feature || sameKindGroup(w, feature)) && !r.isContainer(m) {
			// "has secured the Wodgina East tenement. The tenement covers
			// …", "the Lac Vassan property. The property …": the noun
			// the text wrote after the name, whatever kind the name's
			// own words or the tables gave it.
			return m
		}
	}
	return -1
}

// writtenKindAntecedent returns the last mention before token j, within
// antecedentWindow tokens, after which the text wrote the noun itself as
// its kind ("the Kyzylsai prospect … the older Karsakpay deposit … some 5
// km north of the prospect" is Kyzylsai): a place of the very kind the
// anaphor names goes before a kin one (kindgroups.tsv) named after it. It
// returns -1 when there is none.
func (r *reader) writtenKindAntecedent(noun string, j int) int {
	for k := j - 1; k >= 0 && k >= j-antecedentWindow; k-- {
		m := int(r.at[k])
		if m < 0 || r.mtok[m][1]-1 != k || r.isContainer(m) || r.evidence(m) == EvidenceUnlikely {
			continue
		}
		if r.kindNounAfter(k+1) == noun {
			return m
		}
	}
	return -1
}

// kindNamedBefore returns the last mention before token j, within
// antecedentWindow tokens, that the text itself gave the kind noun: written
// right before it with "of" or « de » ("the plateau of X", « le baï de
// Moukandi », « l'oued Tin-Essako » reads through the mention's own kind),
// right after it ("the Kalo plateau"), or as its kind (Mention.Feature,
// "X, a clearing"). A noun that is no anaphor of the lexicons (plateau,
// hill, baï) stands for such a place alone, never for the topic of another
// kind: « Une base sera construite à X, à 8 km au nord du plateau » after «
// le plateau de Bowal » measures from Bowal. A river, a road or a border
// is a line no distance is measured from: -1 for those, and when no
// mention qualifies.
func (r *reader) kindNamedBefore(noun string, j int) int {
	feat := noun
	if f := frenchFeature(noun); f != "" {
		feat = f
	}
	if isRoadNoun(noun) || isRoadNoun(feat) || feat == "river" || feat == "stream" || feat == "coast" || isBorderWord(noun) || isFrenchBorderWord(noun) {
		return -1
	}
	n := len(r.toks)
	for k := j - 1; k >= 0 && k >= j-antecedentWindow; k-- {
		m := int(r.at[k])
		if m < 0 || r.mtok[m][1]-1 != k || r.isContainer(m) || r.evidence(m) == EvidenceUnlikely {
			continue // "a Bronze Age mound": an era's name is no mound
		}
		if h := r.mentions[m].FeatureHead(); h != "" && (h == feat || h == noun) {
			return m
		}
		if (r.leadGivesKind(m, noun, feat) || r.apposedKind(m, j, noun)) && r.mtok[m][1] <= r.sentOf(j).a {
			// "Küçükyurt Höyük lies 3 km north of the mound": a name of
			// the distance's own sentence is its subject, not its object.
			return m // "Cerro Kollpa Loma … west of the hill", "X, a row of cabins … from the cabins"
		}
		a := r.mtok[m][0]
		if w, _ := elidedRest(r.word(a-1, n)); w == noun && a-1 >= 0 && !r.toks[a-1].cap {
			return m // « l'oued X »: the noun glued to its article
		}
		if of := r.lowerWord(a-1, n); (of == "of" || of == "de" || of == "du" || of == "d'" || of == "d’") && a-2 >= 0 && !r.toks[a-2].cap {
			if w, _ := elidedRest(r.toks[a-2].lower); w == noun {
				return m
			}
		}
		if e := r.mtok[m][1]; e < n && e < j && r.toks[e].kind == tokWord && !r.toks[e].cap && r.toks[e].lower == noun {
			return m
		}
	}
	return -1
}

// leadGivesKind reports whether the first or the last word of mention m's
// name is a word of another language that says a landform's kind
// (lexicon/en/leadkinds.tsv) and may be called noun, or its English
// feature feat: "Cerro Kollpa Loma" is "the hill", "Laguna Sacsacocha"
// "the lake", "Tepe Kızıldamlar" and "Küçükyurt Höyük" "the mound", «
// Gunung Batu Raen » « le volcan ».
func (r *reader) leadGivesKind(m int, noun, feat string) bool {
	p, q := r.mtok[m][0], r.mtok[m][1]
	if q-p < 2 {
		return false
	}
	for _, w := range [2]string{r.toks[p].lower, r.toks[q-1].lower} {
		for _, k := range lex().leadKinds[w] {
			if k == noun || k == feat {
				return true
			}
		}
	}
	return false
}

// apposedKind reports whether the noun is written, lower-case, in the
// apposition that follows mention m after a comma and an article, before
// token j and before its first comma, number, or preposition other than
// "of" and « de », at most apposedLook words on: the description the
// text gave the place, which a later "the W" repeats ("Naidi Bay, a row
// of timber cabins … 3 km inland from the cabins", « Dâbbahou-Kôma, une
// zone de fumerolles … à 4 km en contrebas des fumerolles », « X,
// quelques cases en bois … à l'est des cases »).
func (r *reader) apposedKind(m, j int, noun string) bool {
	n := len(r.toks)
	e := r.mtok[m][1]
	if !r.is(e, n, ",") || e+1 >= j {
		return false
	}
	switch w, art := elidedRest(r.toks[e+1].lower); {
	case art == 'l':
		if w == noun {
			return true
		}
	case art != 0:
		return false
	case !anyHas(setApposeds, w):
		return false
	}
	for q := e + 2; q < n && q < j && q <= e+1+apposedLook; q++ {
		t := r.toks[q]
		if t.kind != tokWord {
			return false
		}
		w, _ := elidedRest(t.lower)
		if !t.cap && w == noun {
			return true
		}
		if isPreposition(t.lower) && !anyHas(setOfWords, t.lower) {
			return false
		}
	}
	return false
}

// apposedLook is how many words after its article an apposition's noun
// may stand ("a row of timber cabins", « une zone de fumerolles »).
const apposedLook = 6

// calledKind returns the kind noun written before the verb of naming right
// before mention m, as its English feature: "village" for "a village
// called Umm Jaris", "camp" for "a camp known locally as X" and for « un
// campement appelé X », which "the village" or « le camp » later stands
// for. It returns "" when there is none.
func (r *reader) calledKind(m int) string {
	n := len(r.toks)
	k := r.mtok[m][0] - 1
	switch {
	case isNamingWord(r.lowerWord(k, n)):
		k--
	case r.is(k, n, "as") && r.is(k-1, n, "known"):
		k -= 2
	case r.is(k, n, "as") && r.is(k-1, n, "locally") && r.is(k-2, n, "known"):
		k -= 3
	default:
		return ""
	}
	w := r.lowerWord(k, n)
	if w == "" {
		return ""
	}
	if f := frenchFeature(w); f != "" && !isDescriptorNoun(w) {
		return f
	}
	if !isDescriptorNoun(w) {
		return ""
	}
	return w
}

// kindNounAfter returns the lower-case word at token q, past one or two
// lower-case modifiers kept in a kind (lexicon/en/modifiers.tsv): the
// noun a text wrote after a name, "permit" in "the Banfara exploration
// permit" or "deposit" in "the Serra Azul iron ore deposit", which "the
// permit" or "the deposit" later repeats.
func (r *reader) kindNounAfter(q int) string {
	n := len(r.toks)
	for k := q; k < n && k < q+2 && r.toks[k].kind == tokWord && !r.toks[k].cap && isKindModifier(r.toks[k].lower); k++ {
		q = k + 1
	}
	return r.lowerWord(q, n)
}

// genericSite reports whether the English feature f names any spot a
// holding or a work stands on, whatever its kind: "Hólmsbær, a turf farm
// … 8 km south-west of the site", « la station de Pwaraoua … au sud-est
// de la propriété », « le barrage de Kologo-Naaba … au sud-ouest du site ».
func genericSite(f string) bool {
	return f == "site" || f == "property"
}

// kindOpensBefore reports whether the French words before mention m,
// from its « de » back over at most two lower-case words of complement,
// open with the noun: « le site de fouilles de Gadafaoua … au sud du site
// », « le camp de déplacés de Zamzam … du camp », where the kind the
// reader gave the name is the compound's (ruins) and not the noun's. A
// noun of the same group of kinds counts, right before « de » too
// (kindgroups.tsv: « son permis uranifère de Tagharsa … Le gisement », «
// la concession de Tiguent … Le gisement »). So does a noun before a
// comma the name follows in apposition, in an earlier sentence than token
// j: « un nouveau site, Hadjer-Tamourt, … Un point d'eau … à 8 km au sud
// du nouveau site »; "A second camp, Isoko, lies 6 km downstream of the
// camp" is measured from another camp.
func (r *reader) kindOpensBefore(m, j int, noun string) bool {
	n := len(r.toks)
	k := r.mtok[m][0] - 1
	comma := r.is(k, n, ",") && r.mtok[m][1] <= r.sentOf(j).a
	if !r.is(k, n, "de") && !comma {
		return false
	}
	for c, j := 0, k-1; c < 3 && j >= 0; c, j = c+1, j-1 {
		t := r.toks[j]
		if t.kind != tokWord || t.cap || r.at[j] >= 0 {
			return false
		}
		if w, art := elidedRest(t.lower); (art == 0 || art == 'l') && ((c > 0 || comma) && w == noun || sameKindGroup(frenchFeature(w), frenchFeature(noun))) {
			return true // « le gisement » for « son permis uranifère de Tagharsa »: one kind of group (kindgroups.tsv)
		}
	}
	return false
}

// nameHoldsKind reports whether the name of mention m, which the text
// gave no kind, of two words or more, ends or opens with the word noun, in
// any case: "the bore" stands for "Warrawee Bore", "the mission" for
// "Ngarinyin Mission", « du gîte » for « Gîte de Bras-Sec-Amont », or
// opens or ends with a word of the noun's group (kindgroups.tsv: "the
// ranch" for "Rancho de Las Ánimas").
func (r *reader) nameHoldsKind(m int, noun string) bool {
	n := r.mentions[m].Name
	i, k := strings.LastIndexByte(n, ' '), strings.IndexByte(n, ' ')
	if i < 0 {
		return false
	}
	// "We booked two nights at Bamboo Lodge. The property is ...": a
	// noun of the group of the name's last word stands for it too
	// (lexicon/en/kindgroups.tsv).
	// "Rancho de Las Ánimas ... The ranch stands …": the word of another
	// language that opens the name, of the noun's group, stands for it.
	last, first := strings.ToLower(n[i+1:]), strings.ToLower(n[:k])
	return strings.EqualFold(last, noun) || strings.EqualFold(first, noun) || sameKindGroup(last, noun) || sameKindGroup(first, noun)
}

// latterPlace returns the last mention before token j, in the window
// kindAntecedent looks at, that the text gives evidence of being a place
// (a kind, a preposition of place: "son gisement aurifère de
// Bléguédougou", « un verger à X ») and that is no container, or -1: what
// a demonstrative pronoun (« celui-ci ») stands for when the text is
// about no place.
func (r *reader) latterPlace(j int) int {
	for k := j - 1; k >= 0 && k >= j-antecedentWindow; k-- {
		m := int(r.at[k])
		if m < 0 || r.mtok[m][1]-1 != k {
			continue
		}
		if r.evidence(m) >= EvidenceCapitalised && !r.isContainer(m) {
			return m
		}
	}
	return -1
}

// antecedentWindow is how many tokens back kindAntecedent looks, a few
// sentences: it keeps the reader linear in the document's length.
const antecedentWindow = 400

// objectAfter reads the object of f at token k, in language l, and any
// road marker after it ("by road", "par la route").
func (r *reader) objectAfter(l *language, f found, k, b int) (found, objState) {
	obj, border, e, ok := r.objectIn(l, k, b)
	if !ok {
		f.end = k
		return f, objFailed
	}
	if border == nil && e < b && r.toks[e].kind == tokWord && !r.toks[e].cap && isRoadNoun(r.toks[e].lower) {
		// "40 km west of the Shakawe road": a road named by a town it
		// leads to or through, which is no point; the distance from it
		// places nothing, and the town is read on its own.
		f.end = k
		return f, objNone
	}
	f.rel.Object, f.rel.Border = obj, border
	if _, e2, ok := phraseAt(r, l.roads, e, b, false); ok {
		f.rel.Road, e = true, e2
	}
	f.end = e
	return f, objFound
}

// missingNumberAt reads a distance of language l at token i whose number
// was lost, as garbled copies write it: "X is located km north of Y", "à
// km au sud-est de X". What remains is a direction, a KindDirection marked
// MissingNumber, so that the distance is reported as not measured rather
// than the whole statement dropped; with no direction either ("lies about
// km from Y", "à km de X") it is a KindDistance marked MissingNumber,
// with MinKm and MaxKm 0 and no Direction, which places nothing but keeps
// the place listed. With no lead word, a verb of place or
// a filler must stand right before the unit or its hedge ("lies about km
// east of Y").
func (r *reader) missingNumberAt(l *language, i int, s *sentence) (found, bool) {
	b := s.b
	k := i
	if _, e, ok := phraseAt(r, l.distance.leads, i, b, false); ok {
		k = e
	} else if i-1 < s.a || r.toks[i-1].kind == tokNum || isNumberWord(r.lowerWord(i-1, b)) {
		return found{}, false
	} else if w := r.lowerWord(i-1, b); !isFiller(w) {
		if _, ok := l.verbs[w]; !ok {
			return found{}, false // "is located km north of Y"
		}
	}
	if k >= b || r.toks[k].kind != tokWord {
		return found{}, false
	}
	u := k
	if _, e, ok := phraseAt(r, l.hedges, k, b, true); ok {
		u = e // "lies about km east of Y", "à environ km au nord de X"
	}
	_, _, e, ok := r.unitAt(u, b)
	if !ok {
		return found{}, false
	}
	kind := KindDirection
	d, e2, ok := r.directionAt(l, e, b)
	if ok {
		e = e2
	} else {
		// "lies about km from Y", "à km de X": no direction either; the
		// distance is kept, unmeasured, so that the place is still listed.
		kind = KindDistance
	}
	o, ok := r.ofAt(l, e, b)
	if !ok {
		return found{}, false
	}
	obj, br, end, ok := r.objectIn(l, o, b)
	if !ok {
		return found{}, false
	}
	f := newFound(kind, i)
	f.french = l == langs().fr
	f.phraseStart = k
	if kind == KindDirection {
		setDirection(&f.rel, d)
	}
	f.rel.MissingNumber = true
	f.rel.Object, f.rel.Border, f.end = obj, br, end
	return f, true
}

// ofAt reads an of-word of language l at token k ("of", "from", "de",
// "du", "d'Agadez") and returns the token where the object starts.
func (r *reader) ofAt(l *language, k, b int) (int, bool) {
	_, o, ok := r.linkWordAt(l.distance.of, k, b)
	return o, ok
}

// beforeVerbAt reports whether the from-word at token k is « avant »,
// "before" or "after" opening a clause rather than a place ("une
// cinquantaine de kilomètres avant d'atteindre X", "runs west for fifty
// kilometres before it reaches X": before reaching; « à 40 km avant
// Tuléar », "a water hole some 15 km before Filadelfia" are short of the
// town): no name starts at o, the token after it.
func (r *reader) beforeVerbAt(k, o, b int) bool {
	return (r.is(k, b, "avant") || r.is(k, b, "before") || r.is(k, b, "after")) && r.mentionAt(o, b) < 0
}
