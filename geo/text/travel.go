package text

import "strings"

// travelTable holds the words of a journey of one language
// (lexicon/LANG/travel.tsv, read in language.go): goes holds the words of
// travel, reach the phrases that lead from a distance to where the
// journey ended, each as its words, longest first, and names the verbs by
// which a traveller names the place reached ("a camp the porters called
// X"), and times the nouns of time a journey is measured in ("a day's
// march").
type travelTable struct {
	goes  map[string]bool
	reach [][]string // longest first
	// arrive holds the phrases after a distance by which the traveller
	// arrives at the place after them ("After another 40 km we reached
	// X"), each as its words.
	arrive [][]string
	// halts holds the phrases by which travellers or a way named before
	// them by a noun arrive at the place after them ("the trucks stopped
	// at X", "our convoy reached X"), each as its words, longest first
	// (wayreach.go).
	halts [][]string
	// passes holds the verbs by which a way passes the place after them
	// before a distance measured from the way's start ("The road from X
	// passes Y after 140 km"), each as its words; passing holds the
	// words that open that distance ("after") (passedAfter).
	passes  [][]string
	passing map[string]bool
	// back holds the words between a public service and "to" that say
	// the traveller returns ("flew back to X"; transitBefore).
	back map[string]bool
	// bare holds the verbs of travel in the past whose bare object before
	// "to" is where a leg starts ("Flew Iqaluit to Pangnirtung";
	// routeMember).
	bare  map[string]bool
	names map[string]bool
	times map[string]bool
	// further holds the words that make a distance a further leg of a
	// journey ("a further 450 km", "another 150 km"): it is measured
	// from the last place the text reached.
	further map[string]bool
	// there holds the words that stand, after an of-word, for the last
	// place the text reached ("25 km from there", « à 25 km de là »).
	there map[string]bool
	// ways holds the nouns of the way a leg is measured along, read after
	// "de" right after its distance (« après 80 km de piste »).
	ways map[string]bool
	// headings holds the phrases that open the heading of a journey
	// before its compass word (« vers le nord », « vers l'est », « en
	// direction du sud »), each as its words, longest first.
	headings [][]string
	// after holds the phrases after a distance that make it a further leg
	// (« 40 km plus loin », « 30 km supplémentaires »), each as its words,
	// longest first.
	after [][]string
	// brings holds the verbs by which a distance takes the traveller to
	// the place reached ("Another 25 miles brings you to X").
	brings map[string]bool
	// next holds the words of the next stop of a journey and owners the
	// determiners before them ("The next stop, X, lies ...", "Our next
	// halt, X, ...").
	next, owners map[string]bool
	// bounds holds the words after which "for X" (« pour X ») names where
	// a way or a vehicle goes ("the turn-off for Coba", "buses for Hue",
	// « le bateau pour Gorée »): X is a place.
	bounds map[string]bool
	// starts holds the phrases before the place a journey starts from
	// ("from X", "the road out of X", "Leaving X, the trail ..."), each
	// as its words, longest first.
	starts [][]string
	// departs holds the verbs by which travellers leave the place named
	// after them, read only as where a leg told in the next sentence
	// starts (startedBefore): "We left Kidal at dawn. After 45 km we
	// stopped at X", "The convoy set off from Marsabit ...".
	departs [][]string
	// courses holds the verbs of the course of a way ("runs", "climbs"),
	// words of travel after a noun of the way ("the road out of X runs").
	courses map[string]bool
	// wayPreps holds the words that open a phrase of the way between a leg's
	// distance and the words that lead to the place reached ("35 km
	// west along the C106 and you will reach X").
	wayPreps map[string]bool
	// onward holds the verbs of travel by which a traveller carries on
	// from the last place the text reached ("After lunch in Nanyuki we
	// continued 40 km west to Y"): a leg with no start phrase starts there.
	onward map[string]bool
	// goals holds the verbs whose object, written right after them, is
	// where a journey ends (« avant de regagner Djibouti », « pour
	// rejoindre Luxembourg »): French writes a country there with its
	// article (« regagner le Panama »), so a bare name is a town
	// (goalBefore, Mention.CityMeant).
	goals map[string]bool
	// keeps holds the words that, before a heading set off by commas
	// after a leg, say the journey keeps the heading it had (« 15 km
	// après, toujours vers l'est, on atteignit X »; keptHeadingAt).
	keeps map[string]bool
}

// readTravel adds the row f ("phrase <tab> role") of travel.tsv to t: the
// word roles (go, name, time, further, there, way, bring, next, owner,
// bound, along, course, onward, goal, passing, back, keep, bare) take one word, the phrase roles (reach, after, heading,
// arrive, halt, pass, start, depart) one or more, and no phrase is written twice in a role. An unknown role is an
// error.
func readTravel(t *travelTable, f []string) error {
	sets := map[string]map[string]bool{"go": t.goes, "name": t.names, "time": t.times, "further": t.further,
		"there": t.there, "way": t.ways, "bring": t.brings, "next": t.next, "owner": t.owners, "bound": t.bounds,
		"along": t.wayPreps, "course": t.courses, "onward": t.onward, "goal": t.goals, "passing": t.passing, "back": t.back, "keep": t.keeps, "bare": t.bare}
	lists := map[string]*[][]string{"reach": &t.reach, "after": &t.after, "heading": &t.headings, "arrive": &t.arrive,
		"halt": &t.halts, "pass": &t.passes, "start": &t.starts, "depart": &t.departs}
	if set, ok := sets[f[1]]; ok {
		switch {
		case f[0] == "" || strings.Contains(f[0], " "):
			return errBadValue(f[0])
		case set[f[0]]:
			return errDuplicate(f[0])
		}
		set[f[0]] = true
		return nil
	}
	list, ok := lists[f[1]]
	if !ok {
		return errBadValue(f[1])
	}
	if f[0] == "" {
		return errBadValue(f[0])
	}
	for _, ph := range *list {
		if strings.Join(ph, " ") == f[0] {
			return errDuplicate(f[0])
		}
	}
	*list = append(*list, strings.Fields(f[0]))
	return nil
}

// boundFor reports whether the token before "for" or « pour » at k, in
// [a, k), is a word of the bound role of some language's travel.tsv: the
// name after it is where a way or a vehicle goes ("the turn-off for
// Coba").
func (r *reader) boundFor(k, a int) bool {
	if k-1 < a || !(r.is(k, len(r.toks), "for") || r.is(k, len(r.toks), "pour")) {
		return false
	}
	// The word may stand a few words back, before a distance that says
	// where the way leaves ("the turn-off 12 km past Tulum for Coba"),
	// never across punctuation.
	for j := k - 1; j >= a && j >= k-boundLook; j-- {
		if r.toks[j].kind == tokPunct {
			return false
		}
		w := r.lowerWord(j, len(r.toks))
		if j == a {
			w = r.word(j, len(r.toks)) // « Départ le lendemain pour Tupiza »: the sentence's first word
		}
		for _, l := range langs().all {
			if l.travel.bounds[w] {
				return true
			}
		}
	}
	return false
}

// boundLook is how many words before "for" a word of the bound role may
// stand: "the turn-off 12 km past Tulum for Coba".
const boundLook = 6

// carriedPronoun holds the pronouns a verb of the bring role takes as the
// travellers it carries ("took us", "brought them"): with one, the verb is
// a word of travel before a distance.
var carriedPronoun = map[string]bool{"us": true, "them": true, "me": true, "you": true, "him": true, "her": true}

// travelLook is how many words before a distance a word of travel may be:
// "our convoy travelled some 35 km", "the trail heads north up the Kali
// Gandaki for some 18 km".
const travelLook = 8

// journeyAt reads a distance at tokens [q0, end) as a leg of a journey
// told by a traveller: a word of travel shortly before it, in sentence s
// ("we drove", "our convoy travelled", "a two-hour drive", "the driver
// took us") or a word of its further role just before it ("then another
// 8 miles west to Y"), and after it
// the words that lead to where the journey ended, then that place: "We
// drove 40 km north from Mopti to reach Sarakoro", "From Gulu our convoy
// travelled 35 km north to Paminyai". It returns the place reached and the
// token after it; -1 when the distance is no such leg. The traveller is
// no place, so the place reached is what the distance locates.
func (r *reader) journeyAt(q0, end int, s *sentence) (int, int) {
	t := langs().en.travel
	gone := false
	for k := q0 - 1; k >= s.a && k >= q0-travelLook; k-- {
		if r.toks[k].kind == tokWord && (t.goes[r.toks[k].lower] || t.courses[r.toks[k].lower] && r.wayBefore(k, s)) {
			gone = true
			break
		}
		if r.toks[k].kind == tokWord && t.brings[r.toks[k].lower] && carriedPronoun[r.lowerWord(k+1, s.b)] {
			gone = true // "Our driver took us about 15 km north-east of X to Y"
			break
		}
	}
	if q0-1 >= s.a && t.further[r.lowerWord(q0-1, s.b)] {
		gone = true // "..., then another 8 miles west to Y"
	}
	if !gone && !r.opensWithStart(q0, s) {
		if m, e, ok := r.driveBrings(q0, end, s); ok {
			return m, e
		}
		return -1, end
	}
	end = r.wayPhraseEnd(end, s)
	for _, ph := range t.reach {
		k := end
		for _, w := range ph {
			if r.lowerWord(k, s.b) != w {
				k = -1
				break
			}
			k++
		}
		if k < 0 {
			continue
		}
		if m, _, e, ok := r.parseObject(k, s.b); ok && m >= 0 {
			return m, e
		}
		if m, e, ok := r.namedReached(k, s.b); ok {
			return m, e
		}
	}
	return -1, end
}

// wayBefore reports whether a noun of a road (roadnouns.tsv) or a word
// of travel.tsv's bound role ("trail", "path") stands at most four words
// (a name counting as one) before token k of sentence s, a verb of a way's course: "The road out
// of Leh runs", "the trail heads", "the Karakoram Highway runs".
func (r *reader) wayBefore(k int, s *sentence) bool {
	t := &langs().en.travel
	j := k - 1
	for n := 0; n < 4 && j >= s.a; n++ {
		if m := r.mentionEndingAt(j, s.a); m >= 0 {
			if isRoadNoun(r.toks[j].lower) {
				return true // "the Karakoram Highway runs"
			}
			j = r.mtok[m][0] - 1 // a name counts as one word: "out of Gobernador Gregores"
			continue
		}
		if r.toks[j].kind == tokWord && (isRoadNoun(r.toks[j].lower) || t.bounds[r.toks[j].lower]) {
			return true
		}
		j--
	}
	return false
}

// namedReached reads, at token k, a place reached that the text first
// gives by its kind and then by the name someone gave it: "a camp the
// porters called Kisitwe Ndogo", "a dry creek that Kerrigan called
// Ainslie's Creek", "a spring the Herero named X". It returns the name's
// mention and the token after it. The kind is an article and one to four
// lower-case words; the namer, between an optional "that" or "which" and
// a naming verb of travel.tsv, at most three words.
func (r *reader) namedReached(k, b int) (int, int, bool) {
	if w := r.lowerWord(k, b); w != "a" && w != "an" {
		return -1, k, false
	}
	k++
	n := 0
	for ; n < 4 && r.lowerWord(k, b) != "" && r.lowerWord(k, b) != "that" && r.lowerWord(k, b) != "which" && r.lowerWord(k, b) != "the"; n++ {
		k++
	}
	if n == 0 {
		return -1, k, false
	}
	if w := r.lowerWord(k, b); w == "that" || w == "which" {
		k++
	}
	names := langs().en.travel.names
	for n = 0; n < 4 && k < b && r.toks[k].kind == tokWord && !names[r.lowerWord(k, b)]; n++ {
		k++
	}
	if n == 0 || !names[r.lowerWord(k, b)] {
		return -1, k, false
	}
	m := r.mentionAt(k+1, b)
	if m < 0 {
		return -1, k, false
	}
	return m, r.mtok[m][1], true
}

// journeyStart returns the place a journey told in sentence s starts
// from, written before token q0 ("From Gulu our convoy travelled ...",
// "The road out of Leh runs east ...", "Leaving Jomsom, the trail ..."):
// the place after the last phrase of travel.tsv's start role at most
// maxLook tokens before q0, or -1 when there is none. A word of the there
// role after the phrase ("From there it is 15 km to Y") stands for the
// last place the text reached.
func (r *reader) journeyStart(q0 int, s *sentence) int {
	t := &langs().en.travel
	for k := q0 - 1; k >= s.a && k >= q0-maxLook; k-- {
		if r.toks[k].kind != tokWord {
			continue
		}
		e, ok := r.anyCaseWordsAt(t.starts, k, s.b)
		if !ok || e > q0 {
			continue
		}
		if w := r.lowerWord(e+1, s.b); t.there[r.lowerWord(e, s.b)] && (w == "" || w == "it" || w == "we" || isPreposition(w) || isCopula(w)) {
			return r.lastReached(q0, s, -1) // "From there it is 15 km to Y"
		}
		if m, _, _, ok := r.parseObject(e, s.b); ok && m >= 0 {
			return m
		}
		return -1
	}
	return -1
}

// driveBrings reads the distance at tokens [q0, end) of sentence s as a
// journey whose word of travel is a noun inside it and whose end a verb
// of travel.tsv's bring role names: "A 40 km drive north of Cusco brings
// you to Y", "A two-hour drive north of Cusco brings you to Y". The verb
// may take at most three words before a phrase of the reach role. It
// returns the place reached and the token after it.
func (r *reader) driveBrings(q0, end int, s *sentence) (int, int, bool) {
	t := &langs().en.travel
	drive := false
	for k := q0; k < end; k++ {
		drive = drive || r.toks[k].kind == tokWord && t.goes[r.toks[k].lower]
	}
	if !drive || !t.brings[r.lowerWord(end, s.b)] {
		return -1, end, false
	}
	k := end + 1
	for n := 0; n < 3 && r.lowerWord(k, s.b) != "" && !r.reachAt(k, s.b); n++ {
		k++
	}
	e, ok := r.reachEnd(k, s.b)
	if !ok {
		return -1, end, false
	}
	if m, _, me, ok := r.parseObject(e, s.b); ok && m >= 0 {
		return m, me, true
	}
	if m, me, ok := r.namedReached(e, s.b); ok {
		return m, me, true
	}
	return -1, end, false
}

// opensWithStart reports whether sentence s opens with a phrase of
// travel.tsv's start role and the place after it, before token q0: the
// sentence tells a leg from that place though no word of travel stands
// before the distance ("From Kharkhorin it's a bumpy 35 miles south-east
// to Y", "From Karatu it is 15 km north to Y"). The phrase may follow a
// day's heading ("Day 4: from Puerto Natales it's 110 km north to Y").
func (r *reader) opensWithStart(q0 int, s *sentence) bool {
	k := s.a
	if r.dayEntry(s) && r.is(s.first+2, s.b, ":") {
		k = s.first + 3 // "Day 4: from Puerto Natales it's 110 km north to Y"
	}
	e, ok := r.anyCaseWordsAt(langs().en.travel.starts, k, s.b)
	if !ok || e >= q0 {
		return false
	}
	if r.startsThere(q0, s) {
		return true // "From there it's a bone-rattling 100 km drive north to Y"
	}
	m, _, me, ok := r.parseObject(e, s.b)
	return ok && m >= 0 && me <= q0
}

// startsThere reports whether sentence s opens with a phrase of
// travel.tsv's start role and a word of its there role before token q0:
// the leg starts at the last place the text reached, as trip reports
// write the next leg ("We spent two nights in Mörön. From there it's a
// bumpy 120 km drive west to Y", "From there it was a 110 km snowmobile
// ride north-east to Y").
func (r *reader) startsThere(q0 int, s *sentence) bool {
	t := &langs().en.travel
	e, ok := r.anyCaseWordsAt(t.starts, s.a, s.b)
	return ok && e+1 <= q0 && t.there[r.lowerWord(e, s.b)]
}

// wayPhraseEnd steps over a phrase of the way right after a leg's
// distance, at token k of sentence s: a word of travel.tsv's along role
// and at most wayLook words up to a phrase of its reach role ("35 km west
// along the C106 and you will reach X", "18 km up the valley until it
// arrives at X"). It returns k when no such phrase stands there.
func (r *reader) wayPhraseEnd(k int, s *sentence) int {
	if !langs().en.travel.wayPreps[r.lowerWord(k, s.b)] {
		return k
	}
	for e := k + 1; e < s.b && e <= k+wayLook; e++ {
		if r.toks[e].kind == tokPunct && r.toks[e].lower != "-" {
			return k
		}
		if r.reachAt(e, s.b) {
			return e
		}
	}
	return k
}

// wayLook is how many words a phrase of the way may take: "along the
// old C106 track".
const wayLook = 6

// journeyHeading gives the leg f of a journey told in English, whose
// quantity starts at token q0 of sentence s and which starts from the
// place from, the heading the journey took before the distance when the
// distance says none: a compass word between the start and the quantity
// after a word of travel ("The road out of Leh runs east for some 40 km",
// "Drive north out of Marsabit; after 60 km you reach X", "Heading south
// from Moab ...") or that no of-word follows ("From Ushuaia the route
// follows Ruta 3 north-east for about 100 km"). The journey's start is
// where it is measured from, so the heading is that of the place reached
// from it.
func (r *reader) journeyHeading(f found, q0 int, s *sentence) found {
	if f.rel.Direction != "" || f.rel.Points > 0 {
		return f
	}
	t := &langs().en.travel
	from := s.a
	if r.si > 0 {
		from = r.sents[r.si-1].a
	}
	for k := q0 - 1; k >= from && k >= q0-maxLook; k-- {
		if r.toks[k].kind != tokWord || r.at[k] >= 0 {
			continue
		}
		d, e, ok := r.parseDirection(k, len(r.toks), true)
		if !ok || e > q0 {
			continue
		}
		after := r.lowerWord(e, len(r.toks))
		gone := k-1 >= from && r.toks[k-1].kind == tokWord && (t.goes[r.toks[k-1].lower] || t.bounds[r.toks[k-1].lower])
		if !gone && (after == "of" || after == "from" || after == "") {
			continue
		}
		setDirection(&f.rel, d)
		return f
	}
	return f
}

// timeMeasureBefore returns the punctuation that opens a measure of
// travel time set off right before the distance phrase at token ps, in
// sentence s of language l: "X, a day's march — some 30 km — east of Y",
// "X, two days' ride, about 60 km north of Y", "X, à une journée de
// marche — quelque 30 km — au nord de Y". Such an aside says how far X is
// in time, as the distance after it says in kilometres, and stands
// between X and that distance, so the subject is sought before it. The
// measure is the language's distance lead if it has one ("à"), an amount
// ("a", "an", a number, a number word of l), a noun of time of l's
// travel.tsv (time), its possessive or l's of-word ("de"), and a
// lower-case word of travel ("march", "ride", "marche", "pirogue": any,
// the noun of time is the sign), set off by commas or dashes on both
// sides, or by a comma before it and the language's of-word after it ("X,
// a day's march of some 25 km east of Y"); false when there is none.
func (r *reader) timeMeasureBefore(l *language, ps int, s *sentence) (int, bool) {
	t := &l.travel
	setOff := func(k int) bool {
		return k >= s.a && k < s.b && r.toks[k].kind == tokPunct && (r.toks[k].lower == "," || isDash(r.toks[k].lower))
	}
	opened := func(k int) bool { // "two hours' drive (about 80 km) north of Y"
		return setOff(k) || k >= s.a && k < s.b && r.toks[k].lower == "("
	}
	word := func(k int, set map[string]bool) bool {
		return k >= s.a && k < s.b && r.toks[k].kind == tokWord && (set == nil && !r.toks[k].cap || set[r.toks[k].lower])
	}
	k := ps - 1
	if _, ok := r.ofAt(l, k, s.b); !opened(k) && !(ok && r.toks[k].kind == tokWord) || !word(k-1, nil) || k-3 < s.a {
		return 0, false // "X, a day's march of some 25 km east of Y" is set off as well
	}
	k -= 2 // the possessive or the of-word
	if r.toks[k].kind == tokPoss {
		k--
	} else if o, ok := r.ofAt(l, k, s.b); ok && o == k+1 {
		k--
	} else {
		return 0, false
	}
	if !word(k, t.times) {
		return 0, false
	}
	k--
	if k < s.a {
		return 0, false
	}
	switch w := r.toks[k].lower; {
	case r.toks[k].kind == tokNum, w == "a", w == "an", isNumberWord(w):
	case r.toks[k].kind == tokWord:
		if _, ok := l.numbers[w]; !ok {
			return 0, false
		}
	default:
		return 0, false
	}
	if _, e, ok := phraseAt(r, l.distance.leads, k-1, s.b, false); ok && k-1 >= s.a && e == k {
		k-- // "à une journée de marche"
	}
	if !setOff(k-1) && !(k == s.first && r.is(ps-1, s.b, "(")) {
		// « À 3 heures de piste (environ 120 km) au sud de Y, on
		// atteint X »: a bracketed measure may open the sentence.
		return 0, false
	}
	return k - 1, true
}

// furtherLook is how many words before a distance a word of a further
// leg may be: "a further 450 km", "another some 150 km".
const furtherLook = 2

// furtherLeg reports whether the distance at token q0 of sentence s is a
// further leg of a journey: a word of travel.tsv's further role just
// before it ("a further 450 km to the east", "then another 150 km").
func (r *reader) furtherLeg(l *language, q0 int, s *sentence) bool {
	for k := q0 - 1; k >= s.a && k >= q0-furtherLook; k-- {
		w := r.lowerWord(k, s.b)
		if k == s.a && r.toks[k].kind == tokWord {
			w = r.toks[k].lower // "Another 8 km on is X": opening the sentence
		}
		if l.travel.further[w] {
			return true
		}
	}
	return false
}

// opensThere reports whether sentence s opens, before the quantity at
// token q0, with an of-word of l's distance.tsv and a word of its
// travel.tsv there role set off by a comma (« De là, 15 km de piste
// mènent au puits de X »): the leg starts at the last place the text
// reached, as a further leg does. So does a sentence that opens with a
// phrase of the after role set off by a comma (« Au-delà, à 25 km
// environ, se trouve X », « Plus loin, à 12 km, on atteint Y »).
func (r *reader) opensThere(l *language, q0 int, s *sentence) bool {
	if e, ok := r.anyCaseWordsAt(l.travel.after, s.first, s.b); ok && r.is(e, s.b, ",") && e+1 <= q0 {
		return true
	}
	_, e, ok := phraseAt(r, l.distance.of, s.first, s.b, false)
	return ok && l.travel.there[r.lowerWord(e, s.b)] && r.is(e+1, s.b, ",") && e+2 <= q0
}

// furtherAdverb reports whether an adverb of l's distance.tsv flagged
// further stands between the quantity at token q0 and the phrase's end:
// « Un second site, X, a été installé 6 km plus au nord » is a leg from
// the place the text last reached. A hedge before the number is no such
// adverb: « à plus de 150 km » is more than 150 km, no leg.
func (r *reader) furtherAdverb(l *language, q0, end, b int) bool {
	_, k0 := r.hedgesIn(l, q0, b)
	for k := k0; k < end; k++ {
		if d, _, ok := phraseAt(r, l.distance.adverbs, k, b, true); ok && d.further {
			return true
		}
	}
	return false
}

// lastReached returns the last place the text reached before token q0 of
// sentence s, the start of a further leg, other than the leg's subject
// (-1 when not known), or -1: the place the last
// distance of this sentence or the one before it located (its object when
// the text gave the direction the other way round), failing that the last
// name of a place in them ("The caravan reached Atar ... lies a further
// 12 km") that names no road ("the Bandiagara road"). A leg is measured
// from there, not from the journey's start.
func (r *reader) lastReached(q0 int, s *sentence, subject int) int {
	return r.lastReachedAbove(q0, s, subject, EvidenceUnlikely)
}

// lastReachedAbove is lastReached for a name the text gives with more
// than the evidence min: a French leg that halts somewhere (haltAfter) is
// first measured from a name the text said more of than its capital, not
// from the driver, the crew or the agency the sentence before named
// (« avec notre chauffeur Rivo », « l'équipage Peterhansel »).
func (r *reader) lastReachedAbove(q0 int, s *sentence, subject int, min Evidence) int {
	from := s.a
	if r.si > 0 {
		from = r.sents[r.si-1].a
		// « … à 6 km au nord-est de Tadoussac. Le ministère y a
		// recueilli des tessons. Un second site se trouve 1 km plus à
		// l'est »: a sentence that names no place does not end the
		// search; two such at most are passed.
		for j := r.si - 1; j > 0 && j >= r.si-2 && !r.placeNamedIn(r.sents[j]); j-- {
			from = r.sents[j-1].a
		}
	}
	for n := len(r.rels) - 1; n >= 0; n-- {
		rel := &r.rels[n]
		if rel.Kind != KindDistance {
			continue
		}
		m := rel.Subject
		if rel.Reversed {
			m = rel.Object
		}
		if m < 0 || r.mtok[m][0] >= q0 {
			continue
		}
		if r.mtok[m][0] < from && rel.Phrase.Start < r.toks[from].start {
			// Before the sentence before: the search stays linear. A
			// distance stated there of a place named earlier still
			// counts: "I was born at Estancia X. It lies 60 km north-west
			// of Y, … Puesto Z, 15 km further south" goes on from X.
			break
		}
		if !r.sameName(m, subject) {
			return m
		}
	}
	for k := q0 - 1; k >= from; k-- {
		if m := int(r.at[k]); m >= 0 && r.evidence(m) > min && !r.isContainer(m) && !r.sameName(m, subject) &&
			!isRoadNoun(r.lowerWord(r.mtok[m][1], len(r.toks))) {
			// "Drive east out of Mopti on the Bandiagara road; after 35
			// km you reach X": the road's far end is not reached.
			return m
		}
	}
	return -1
}

// placeNamedIn reports whether sentence s holds a mention that may be a
// place (one above EvidenceUnlikely).
func (r *reader) placeNamedIn(s sentence) bool {
	return r.placeIn(s.a, s.b)
}

// placeIn reports whether tokens [i, j) hold a mention that may be a place
// (one above EvidenceUnlikely).
func (r *reader) placeIn(i, j int) bool {
	for k := i; k < j; k++ {
		if m := int(r.at[k]); m >= 0 && r.evidence(m) > EvidenceUnlikely {
			return true
		}
	}
	return false
}

// sameName reports whether mentions m and n (n may be -1) bear the same
// name.
func (r *reader) sameName(m, n int) bool {
	return n >= 0 && (m == n || strings.EqualFold(r.mentions[m].Name, r.mentions[n].Name))
}

// thereObject reads a distance whose object, at f.end, is a word standing
// for the last place the text reached ("à 25 km de là", "25 km from
// there"), in language l: the object becomes that place, other than the
// subject (found by subject, from the phrase's start). It reports false
// for any other object, when a lower-case noun follows the word ("beyond
// that village"), or when the text reached no place.
func (r *reader) thereObject(l *language, f found, s *sentence, subject func(ps int) int) (found, bool) {
	if !l.travel.there[r.lowerWord(f.end, s.b)] {
		return f, false
	}
	if w := r.lowerWord(f.end+1, s.b); w != "" && !isPreposition(w) && !isCopula(w) && !r.lateVerbAt(l, f.end+1, s.b) && !r.clauseEndAt(l, f.end+1, s.b) {
		return f, false // "25 km beyond that village": a noun of its own
	}
	m := r.lastReached(f.start, s, subject(f.start))
	if m < 0 {
		return f, false
	}
	f.rel.Object = m
	f.end++
	return f, true
}

// lateVerbAt reports whether a verb of place of language l stands at
// token k, with its reflexive pronoun in French (« se trouve », « s'élève »):
// after a fronted distance from "there" (« À 5 km de là se trouve le
// hameau de X ») it opens the late subject.
func (r *reader) lateVerbAt(l *language, k, b int) bool {
	w := r.lowerWord(k, b)
	if w == "se" {
		w = r.lowerWord(k+1, b)
	} else if rest, art := elidedRest(w); art == 's' {
		w = rest
	}
	_, ok := l.verbs[w]
	return ok || reflexiveLocative(r.word(k, b))
}

// legWordsLook is how many words may stand between a distance of a
// further leg and the verb that names the place it reaches: "40 km on
// is X", "some 30 km further east is X", "12 km further, is X".
const legWordsLook = 4

// legTrail reads the words after the distance phrase f (quantity q) in
// sentence s that may stand before the place a leg of a journey reaches
// or before the phrase's end: at most legWordsLook trail words, adverbs
// and further words of the language's tables, commas, and one direction
// when the phrase gave none ("40 km on", "some 30 km further east", "12
// km further,", "20 miles further on"). It returns the token after them
// and whether a further word stands before or after the quantity.
func (r *reader) legTrail(l *language, f found, q quantity, s *sentence) (int, bool) {
	b, t, w := s.b, &l.travel, &l.distance
	further := r.furtherLeg(l, q.start, s)
	k := f.end
	for k0 := q.end; k0 < k; k0++ {
		further = further || t.further[r.lowerWord(k0, b)]
	}
	for n := 0; n < legWordsLook && k < b; n++ {
		if e := r.keptWayNounEnd(l, k, b); e > k {
			k = e // "Another 6 km along the same ridge is X", "6 km on the same track"
			continue
		}
		if t.further[r.lowerWord(k, b)] {
			further, k = true, k+1
			continue
		}
		if tr, e, ok := phraseAt(r, w.trail, k, b, true); ok && !tr.open && !tr.road {
			k = e
			continue
		}
		if _, e, ok := phraseAt(r, w.adverbs, k, b, true); ok {
			k = e
			continue
		}
		if r.is(k, b, ",") {
			k++
			if e, ok := r.insertAfterComma(k, b); ok && l == langs().en && !r.clauseEndAt(l, e+1, b) {
				// "Another 8 km on, over a 4,400 m pass, is X": the
				// way's landmark set between the leg and its verb.
				k = e + 1
			}
			continue
		}
		if f.rel.Direction == "" && f.rel.Points == 0 {
			if _, e, ok := r.directionAt(l, k, b); ok {
				if _, of := r.ofAt(l, e, b); !of {
					k = e
					continue
				}
			}
		}
		if _, e, ok := r.trailHeading(l, k, b); ok {
			k = e // "after about 14 km heading south-east, reached X"
			continue
		}
		break
	}
	return k, further
}

// keptWayNounEnd returns the token after the phrase of the way a leg
// keeps that opens at token k, ended by the word right after its word
// of samewords.tsv, whatever follows ("along the same ridge is X", "up
// the same valley lies X"); k when none opens there. keptWayEnd reads
// the phrase that closes its clause instead.
func (r *reader) keptWayNounEnd(l *language, k, b int) int {
	if !l.has(setKeptWays, r.lowerWord(k, b)) {
		return k
	}
	for j := k + 1; j+1 < b && j <= k+keptWayLook; j++ {
		if r.toks[j].kind != tokWord || r.toks[j].cap {
			return k
		}
		if l.has(setSameWords, r.toks[j].lower) {
			if r.lowerWord(j+1, b) == "" {
				return k
			}
			return j + 2
		}
	}
	return k
}

// trailHeading reads at token k a phrase of l's travel.tsv heading role
// and a compass direction with no of-word after it ("heading
// south-east", « vers le nord »). It returns the direction and the token
// after it.
func (r *reader) trailHeading(l *language, k, b int) (direction, int, bool) {
	e, ok := r.wordsAt(l.travel.headings, k, b)
	if !ok {
		return direction{}, k, false
	}
	d, e, ok := r.directionAt(l, e, b)
	if !ok {
		return direction{}, k, false
	}
	if _, of := r.ofAt(l, e, b); of {
		return direction{}, k, false
	}
	return d, e, true
}

// legReached reads, after the distance phrase f (quantity q) in sentence
// s, the place a leg of a journey reaches when the text names it after
// the distance: "A further 40 km on is X", "Some 30 km further east is
// X", "Beyond it, 12 km further, is the small market of X", "a further
// 20 miles to the north-west lies X", "Another 25 miles brings you to X",
// "Another 18 miles brought it to the wells of X", "After another 40 km
// we reached X". After the words legTrail steps over comes a verb of
// place of verbs.tsv ("is", "lies"), a verb of travel.tsv's bring role
// followed by at most three lower-case words and a phrase of its reach
// role ("brings you to", "brought the column to"), or a phrase of its
// arrive role ("we reached"). The place is a name, or a kind with its
// name ("the wells of X"), ending its clause. A verb of place makes the
// distance a leg only when a further word stands before or after the
// quantity, or when leg says the distance is one ("Ten miles beyond that
// is X"); a bring verb or an arrive phrase is one by itself. It returns
// the place, the token after it and whether the distance is a leg so
// read.
func (r *reader) legReached(l *language, f found, q quantity, s *sentence, leg bool) (int, int, bool) {
	b, t := s.b, &l.travel
	k, further := r.legTrail(l, f, q, s)
	v := r.lowerWord(k, b)
	_, place := l.verbs[v]
	switch {
	case t.brings[v]:
		k++
		for n := 0; n < 3 && r.lowerWord(k, b) != "" && !r.reachAt(k, b); n++ {
			k++
		}
		e, ok := r.reachEnd(k, b)
		if !ok {
			return -1, k, false
		}
		k = e
	case (further || leg) && place:
		k++
	default:
		if l == langs().en {
			if m, e, ok := r.arrivedAfter(k, b); ok {
				return m, e, true // "25 km further north, we passed the ovoo of X"
			}
			if m, ok := r.reachedAfterFronted(k, b); ok {
				// "Forty kilometres later the track brought us to X",
				// "Twenty-eight kilometres on the leaders were stopped at
				// the X checkpoint": the travellers or their way named
				// before the verb (wayreach.go).
				e := r.mtok[m][1]
				if isKindAfterName(r.lowerWord(e, b)) {
					e++
				}
				return m, e, true
			}
		}
		e, ok := r.wordsAt(t.arrive, k, b)
		if !ok {
			return -1, k, false
		}
		k = e
	}
	m, ok := r.describedAt(k, b)
	if !ok {
		m = r.kindNamedAt(k, b)
		ok = m >= 0
	}
	if !ok {
		k0 := k
		if r.is(k, b, "the") {
			k++ // "reached the Breitmatt farm"
		}
		if m = r.mentionAt(k, b); m < 0 || r.evidence(m) <= EvidenceUnlikely || k > k0 && !isKindAfterName(r.lowerWord(r.mtok[m][1], b)) {
			return -1, k, false
		}
	}
	e := r.mtok[m][1]
	if r.is(k-1, b, "the") && isKindAfterName(r.lowerWord(e, b)) {
		e++ // the kind after the name: "the Breitmatt farm"
	}
	if !r.clauseEndAt(l, e, b) {
		return -1, k, false
	}
	return m, e, true
}

// reachAt reports whether a phrase of travel.tsv's reach role starts at
// token k.
func (r *reader) reachAt(k, b int) bool {
	_, ok := r.reachEnd(k, b)
	return ok
}

// reachEnd returns the token after the phrase of travel.tsv's reach role
// that starts at token k ("to", "into"), the longest that does.
func (r *reader) reachEnd(k, b int) (int, bool) {
	return r.wordsAt(langs().en.travel.reach, k, b)
}

// wordsAt returns the token after the first phrase of list (each phrase
// as its lower-case words) written in lower case at token k of a sentence
// ending at b, or false when none is.
func (r *reader) wordsAt(list [][]string, k, b int) (int, bool) {
	return r.phraseWordsAt(list, k, b, false)
}

// anyCaseWordsAt is wordsAt for words that may open a sentence in
// capitals ("From X", "Leaving X").
func (r *reader) anyCaseWordsAt(list [][]string, k, b int) (int, bool) {
	return r.phraseWordsAt(list, k, b, true)
}

// phraseWordsAt is wordsAt, also for capitalised words when anyCase.
func (r *reader) phraseWordsAt(list [][]string, k, b int, anyCase bool) (int, bool) {
	for _, ph := range list {
		e := k
		for _, w := range ph {
			if e >= b || r.toks[e].kind != tokWord || r.toks[e].cap && !anyCase || r.toks[e].lower != w {
				e = -1
				break
			}
			e++
		}
		if e >= 0 {
			return e, true
		}
	}
	return k, false
}

// goneBefore reports whether a word of travel of l (travel.tsv, go) is
// written before token q0 in sentence s, at most maxLook tokens before
// it: "nous avons roulé 50 km", "la piste continue sur 25 km", "après 60
// km", "nous avons roulé depuis Maroua pendant deux heures : à 55 km".
func (r *reader) goneBefore(l *language, q0 int, s *sentence) bool {
	for k := q0 - 1; k >= s.a && k >= q0-maxLook; k-- {
		if r.toks[k].kind == tokWord && l.travel.goes[r.toks[k].lower] {
			return true
		}
	}
	return false
}

// legAt reads a distance of language l with no object, whose quantity
// starts at token q0 of sentence s, as a leg of a journey told in l's
// travel.tsv: a word of travel before it or a word of a further leg
// before or after it (« encore 40 km », « 40 km plus loin »), then,
// perhaps after a comma, the words that lead to the place reached and
// that place (« ... 45 km vers le nord jusqu'à X », « après 60 km, nous
// avons atteint le village de X »). The leg starts at the last place the
// text reached (lastReached): the place the last distance located, or
// the last place named, in this sentence or the one before (« Le convoi
// a quitté Mopti. Il a parcouru 45 km ... jusqu'à X »). The place reached
// is the subject, the leg's start the object. A further leg that reaches
// no place named after it (« X se trouve à 15 km plus loin ») measures
// the clause's subject, found by subject, from the last place reached.
// The place reached is read by object, l's reader of the object of a
// distance. It returns f completed and true, or false when the distance
// is no leg.
func (r *reader) legAt(l *language, f found, q0 int, s *sentence, subject func(ps int) int,
	object func(k, b int) (int, *BorderRef, int, bool)) (found, bool) {
	t := &l.travel
	b := s.b
	e := f.end
	if r.is(e, b, "de") && t.ways[r.lowerWord(e+1, b)] {
		e += 2 // "après 80 km de piste"
	}
	further := r.furtherLeg(l, q0, s) || r.furtherAdverb(l, q0, f.end, b) || r.opensThere(l, q0, s) || r.riverWayEnds(l, q0, f.end, b)
	if e2, ok := r.wordsAt(t.after, e, b); ok {
		further, e = true, e2
	}
	if further {
		e = r.keptWayEnd(l, e, b) // « Y, 6 km plus loin sur la même piste »
	}
	if further && f.rel.Direction == "" && f.rel.Points == 0 {
		// « Kouchta Bir, 12 km plus loin vers l'est sur la même piste »:
		// the leg's own heading, and the way it follows to the clause's
		// end.
		if d, e2, ok := r.legHeadingAt(l, e, b); ok {
			setDirection(&f.rel, d)
			e = r.wayTailEnd(l, e2, b)
		}
	}
	if !further && !r.goneBefore(l, q0, s) && r.legStart(l, q0, s) < 0 {
		return f, false // a start phrase tells a leg too: « départ de Mopti : 70 km vers l'est jusqu'au campement de X »
	}
	k := e
	if r.is(k, b, ",") || r.is(k, b, ":") {
		k++ // « ... sur 14 km vers le sud-est : vous atteindrez X »
	}
	if further && t.further[r.lowerWord(k, b)] {
		k++ // « À 10 km plus au sud encore se trouve le village de X »
	}
	if d, k2, ok := r.keptHeadingAt(l, k, b); ok && further && k > e {
		if f.rel.Direction == "" && f.rel.Points == 0 {
			setDirection(&f.rel, d)
		}
		k = k2
	}
	if k2, ok := r.wordsAt(t.reach, k, b); ok {
		if m, br, end, ok := object(k2, b); ok && m >= 0 && br == nil {
			from := r.startedBefore(l, r.lastReached(q0, s, m), s)
			if st := r.legStart(l, q0, s); !further && st >= 0 && !r.sameName(st, m) {
				from = st // « En partant de Briançon, suivez la route du col de l'Izoard sur 14 km »
			}
			if from >= 0 && !r.sameName(from, m) {
				f.rel.Object, f.subject, f.end = from, m, end
				return r.headingOf(l, f, q0, s), true
			}
		}
		return f, false
	}
	if k2, ok := r.haltAfter(l, k, b); ok && k > e {
		// « Quinze kilomètres plus loin, la caravane fit halte au puits
		// de X », « Après 25 km, halte à la guelta de Y »: the clause
		// after the leg's comma halts at the place reached.
		if m, br, end, ok := object(k2, b); ok && m >= 0 && br == nil {
			from := r.lastReachedAbove(q0, s, m, EvidenceCapitalised)
			if from < 0 {
				from = r.lastReached(q0, s, m)
			}
			from = r.startedBefore(l, from, s)
			if from >= 0 && !r.sameName(from, m) {
				f.rel.Object, f.subject, f.end = from, m, end
				return r.headingOf(l, f, q0, s), true
			}
		}
		return f, false
	}
	if further && k > e {
		// « et 20 km plus loin, le village de Y »: the place reached
		// closes the clause after the comma; « 12 km plus loin, au
		// puits de Y »: a preposition of place may open it.
		if isPlacePreposition(r.word(k, b)) && r.mentionAt(k, b) < 0 {
			k++
		}
		if m, br, end, ok := object(k, b); ok && m >= 0 && br == nil && r.clauseEndAt(l, end, b) {
			if from := r.startedBefore(l, r.lastReached(q0, s, m), s); from >= 0 && !r.sameName(from, m) {
				f.rel.Object, f.subject, f.end = from, m, end
				return r.headingOf(l, f, q0, s), true
			}
		}
	}
	if further && r.clauseEndAt(l, e, b) {
		// « puis vers le camp de Y, 15 km plus loin sur la même route »:
		// the name set off before the leg is the place it reaches.
		if m := r.apposedBefore(f, s); m >= 0 {
			if from := r.startedBefore(l, r.lastReached(q0, s, m), s); from >= 0 && !r.sameName(from, m) {
				f.rel.Object, f.subject, f.end = from, m, e
				return f, true
			}
		}
		subj := subject(f.phraseStart)
		if _, ok := r.openingNumbered(f.phraseStart-1, s); ok {
			subj = -1 // « Le site 53 se trouve 2 km plus au sud »: a new place, measured from the last one
		}
		if from := r.lastReached(q0, s, subj); from >= 0 {
			f.rel.Object, f.end = from, e
			return f, true
		}
	}
	return f, false
}

// legStart returns the place a journey told in sentence s of language l
// says it starts from, before the quantity at token q0: the name after a
// phrase of l's travel.tsv (start, or a lower-case depart verb: "We left
// X", "The convoy set off from X") and perhaps an of-word (« Au départ
// de X », « En partant de X », « Depuis X », « La piste quitte X »), the
// last such before q0; -1 when there is none. A place the journey heads
// for, named between the start and the distance (« suivez la route du
// col de l'Izoard sur 14 km »), is not where it starts.
func (r *reader) legStart(l *language, q0 int, s *sentence) int {
	for k := q0 - 1; k >= s.a && k >= q0-maxLook; k-- {
		if r.toks[k].kind != tokWord {
			continue
		}
		e, ok := r.anyCaseWordsAt(l.travel.starts, k, s.b)
		if !ok {
			e, ok = r.wordsAt(l.travel.departs, k, s.b)
		}
		if !ok || e >= q0 {
			continue
		}
		if w := r.word(e, s.b); w == "de" || w == "du" || w == "from" {
			e++
		}
		if m := r.mentionAt(e, s.b); m >= 0 && r.evidence(m) > EvidenceUnlikely {
			return m
		}
		return -1
	}
	return -1
}

// legHeadingAt reads at token k a phrase of l's travel.tsv heading role
// and a compass word, written as the language writes a heading: "heading
// south-east", « vers le nord », « vers l'est ». It returns the direction
// and the token after it.
func (r *reader) legHeadingAt(l *language, k, b int) (direction, int, bool) {
	if d, e, ok := r.trailHeading(l, k, b); ok {
		return d, e, true
	}
	e, ok := r.wordsAt(l.travel.headings, k, b)
	if !ok || l != langs().fr {
		return direction{}, k, false
	}
	if d, e2, ok := r.frenchCompassAt(e, b); ok {
		return d, e2, true
	}
	if d, e2, ok := r.frenchElidedCompassAt(e, b); ok {
		return d, e2, true
	}
	return direction{}, k, false
}

// wayTailEnd returns the token after the phrase of the way a leg follows
// that opens at token k and closes its clause: "on" or "along" in
// English, « sur » or « par » in French, then at most wayTailLook
// lower-case words ending on a road noun (roadnouns.tsv: « sur la même
// piste », "along the same track"); k when none does.
func (r *reader) wayTailEnd(l *language, k, b int) int {
	switch r.lowerWord(k, b) {
	case "sur", "par", "on", "along":
	default:
		return k
	}
	for j := k + 1; j < b && j <= k+wayTailLook; j++ {
		if r.toks[j].kind != tokWord || r.toks[j].cap {
			return k
		}
		if isRoadNoun(r.toks[j].lower) && r.clauseEndAt(l, j+1, b) {
			return j + 1
		}
	}
	return k
}

// keptWayEnd returns the token after the phrase of the way a leg keeps
// that opens at token k and closes its clause: a preposition of l's
// keptways.tsv, then at most keptWayLook lower-case words, a word of
// samewords.tsv among them ("on the same road", "up the same valley", "in
// the same direction", « sur la même piste », « dans la même direction »),
// or in English "the" and one noun of a road or of a valley ("up the
// valley", "along the track"); k when none does. Such a phrase says the
// journey goes on as it went, so the distance before it is a leg that
// ends its clause there.
func (r *reader) keptWayEnd(l *language, k, b int) int {
	if !l.has(setKeptWays, r.lowerWord(k, b)) {
		return k
	}
	if r.is(k+1, b, "the") && k+2 < b && r.toks[k+2].kind == tokWord && !r.toks[k+2].cap && (isRoadNoun(r.toks[k+2].lower) || isValleyWord(r.toks[k+2].lower)) && r.clauseEndAt(l, k+3, b) {
		return k + 3 // "10 km further north up the valley", "along the track": the one the text is in
	}
	same := false
	for j := k + 1; j < b && j <= k+keptWayLook; j++ {
		if r.toks[j].kind != tokWord || r.toks[j].cap {
			return k
		}
		same = same || l.has(setSameWords, r.toks[j].lower)
		if same && r.clauseEndAt(l, j+1, b) {
			return j + 1
		}
	}
	return k
}

// isValleyWord reports whether the English w names the ground a journey
// goes up, down or along: "valley", "gorge", "river", "coast".
func isValleyWord(w string) bool {
	switch w {
	case "valley", "gorge", "canyon", "river", "stream", "creek", "coast", "shore", "ridge", "glen", "wadi":
		return true
	}
	return false
}

// furtherApposed reads the English distance f, with a direction and no
// object, whose quantity q opens at token i of sentence s, as a further
// leg set off by a comma after a name: "the second at Y, 7 km further
// north", "on to Y, another 12 km further south on the same track". It
// returns the name and the last place the text reached before it, from
// which the leg is measured (lastReached).
func (r *reader) furtherApposed(i int, q quantity, f found, s *sentence) ([2]int, bool) {
	en, b := langs().en, s.b
	j := i
	for j-1 > s.a && r.furtherWord(r.lowerWord(j-1, b)) {
		j-- // "another 12 km", "a further 12 km"
	}
	if j < i && r.is(j-1, b, "a") {
		j--
	}
	wayOnly := false // "Awas Laya, 12 km further downstream, …": the way alone, no compass word
	if e, _ := r.wayOnlyEnd(en, q.end, b); f.rel.Points == 0 && e > q.end && e == f.end && (r.furtherWord(r.lowerWord(q.end, b)) || r.is(q.end, b, "farther")) {
		wayOnly = true
	}
	if f.rel.Points == 0 && !wayOnly || !r.is(j-1, b, ",") || !r.clauseEndAt(en, f.end, b) {
		return [2]int{}, false
	}
	if j == i && !wayOnly && !r.furtherAdverb(en, q.start, f.end, b) && !r.furtherWord(r.lowerWord(q.end, b)) {
		return [2]int{}, false // "Y, 7 km further north", "Y, 12 km farther east"
	}
	m := r.mentionEndingAt(j-2, s.a)
	if m < 0 || r.evidence(m) <= EvidenceUnlikely {
		return [2]int{}, false
	}
	from := r.lastReached(q.start, s, m)
	if n := len(r.rels); wayOnly && from >= 0 && n > 0 && r.rels[n-1].Object == from && r.rels[n-1].Subject >= 0 && r.rels[n-1].Subject != m {
		// "at Kanyakan, 30 km south of Bor; Mangala, 15 km farther
		// downstream": the leg goes on from the last stop, not from
		// the town that stop was measured from.
		from = r.rels[n-1].Subject
	}
	if from < 0 || r.sameName(from, m) {
		return [2]int{}, false
	}
	return [2]int{m, from}, true
}

// apposedBefore returns the name that a comma sets the distance phrase f
// of sentence s off from, with its « à » and a further word before the
// quantity ("another", « encore ») taken in: « le camp de Y, 15 km plus
// loin », "Y, another 12 km on"; -1 when none is there or the name is
// hardly a place.
func (r *reader) apposedBefore(f found, s *sentence) int {
	j := f.start
	for j-1 > s.a && (r.furtherWord(r.lowerWord(j-1, s.b)) || r.is(j-1, s.b, "à") || r.is(j-1, s.b, "a")) {
		j--
	}
	if !r.is(j-1, s.b, ",") {
		return -1
	}
	m := r.mentionEndingAt(j-2, s.a)
	if m < 0 || r.evidence(m) <= EvidenceUnlikely {
		return -1
	}
	return m
}

// keptWayLook is how many words after its preposition may name the way a
// leg keeps ("in the very same direction").
const keptWayLook = 5

// wayTailLook is how many words after its preposition may name the way a
// leg follows (« sur la même piste »).
const wayTailLook = 4

// headingOf gives the leg f of a journey, whose quantity starts at token
// q0 of sentence s, the heading the journey last took when the leg says
// none: a phrase of l's travel.tsv (heading) and a compass word, written
// before the quantity in this sentence or the one before (« Nous avons
// quitté Gao vers l'est ; après 60 km, ... », « Depuis X, la route file
// vers le nord sur 55 km ... »). The nearest heading holds; a journey
// turns by saying so.
func (r *reader) headingOf(l *language, f found, q0 int, s *sentence) found {
	if f.rel.Direction != "" {
		return f
	}
	from := s.a
	if r.si > 0 {
		from = r.sents[r.si-1].a
	}
	for k := q0 - 1; k >= from && k >= q0-2*maxLook; k-- {
		e, ok := r.wordsAt(l.travel.headings, k, len(r.toks))
		if !ok {
			continue
		}
		d, _, ok := r.frenchCompassAt(e, len(r.toks))
		if !ok {
			d, _, ok = r.frenchElidedCompassAt(e, len(r.toks))
		}
		if ok {
			setDirection(&f.rel, d)
			return f
		}
	}
	return f
}

// legRuleAt reads at token i a distance of l with no lead word and no
// object that is a leg of a journey (legAt): "il a parcouru 45 km vers le
// nord jusqu'à X", "après 60 km, nous avons atteint X", "puis encore 20 km
// jusqu'à Y". Its subject, when it reaches none, is found by the French
// steps.
func (r *reader) legRuleAt(l *language, i int, s *sentence) (found, bool) {
	f, st, q, ok := r.distanceAt(l, i, s)
	if ok && st == objFailed && r.is(q.end, s.b, "de") && l.travel.ways[r.lowerWord(q.end+1, s.b)] {
		// "après 80 km de piste": no object, a noun of the way.
		f, st = r.quantityFound(l, q, f.start), objNone
		f.end = q.end
	}
	if ok && st == objFailed && r.afterClosed(l, q, s) {
		f, st = r.quantityFound(l, q, f.start), objNone
		f.end = q.end
	}
	if !ok || (st != objAbsent && st != objNone) {
		return found{}, false
	}
	return r.legAt(l, f, q.start, s, func(ps int) int { m, _, _ := r.frenchSubject(ps, s, nil); return m }, r.frenchObject)
}

// nextStop reports whether sentence s opens with the next stop of a
// journey named in apposition: "The next stop, Goundam, lies some 90 km
// to the west", "Our next halt, X, is 40 km further": a determiner, a
// word of travel.tsv's next role, one or two lower-case words, a comma
// and a name. Its distance is a leg measured from the last place the
// text reached.
func (r *reader) nextStop(l *language, s *sentence) bool {
	k, b := s.first, s.b
	if k >= b || r.toks[k].kind != tokWord || !l.travel.owners[r.toks[k].lower] {
		return false
	}
	k++
	if !l.travel.next[r.lowerWord(k, b)] {
		return false
	}
	k++
	for n := 0; n < 2 && r.lowerWord(k, b) != ""; n++ {
		k++
	}
	return k > 2+s.first && r.is(k, b, ",") && r.mentionAt(k+1, b) >= 0
}

// sizeOfNoun reports whether the quantity at token k is the size of the
// lower-case noun before "of" right before it, which no journey covers:
// "A tsunami of 1.2 metres reached X", "waves of 3 metres reached Y". A
// word of travel.tsv's go role keeps its leg ("after a drive of 40 km we
// reached X").
func (r *reader) sizeOfNoun(k int, s *sentence) bool {
	if k-2 < s.a || !r.is(k-1, s.b, "of") || r.toks[k-2].kind != tokWord || r.toks[k-2].cap && k-2 != s.first {
		return false
	}
	t := &langs().en.travel
	w := r.toks[k-2].lower
	return !t.goes[w] && !t.further[w]
}

// legAfter makes the distance f (quantity q) of sentence s a leg whose
// place reached the text names after it (legReached), measured from the
// last place the text reached before it. It reports false when the
// distance is no such leg or the text reached no place.
func (r *reader) legAfter(f found, q quantity, s *sentence) (found, bool) {
	if r.sizeOfNoun(q.start, s) {
		return f, false
	}
	m, e, ok := r.legReached(langs().en, f, q, s, false)
	if !ok {
		return f, false
	}
	// "We left Kidal with our guide Ahmed ag Mohamed. After 45 km we
	// stopped at X": the leg starts where the journey told in the
	// sentence before did, not at the guide, the vehicle or the goal
	// named after it (startedBefore).
	from := r.startedBefore(langs().en, r.lastReached(q.start, s, m), s)
	if _, further := r.legTrail(langs().en, f, q, s); !further {
		// "From Freiburg we cycled up the Dreisam valley and, after
		// about 14 km, reached X": a first leg starts where the
		// journey does, not at the valley it went up.
		if st := r.journeyStart(q.start, s); st >= 0 && st != m {
			from = st
		}
	}
	if from < 0 {
		return f, false
	}
	if f.rel.Direction == "" && f.rel.Points == 0 {
		for k := f.end; k < r.mtok[m][0]; k++ {
			if d, _, ok := r.trailHeading(langs().en, k, s.b); ok {
				setDirection(&f.rel, d) // "after about 14 km heading south-east, reached X"
				break
			}
		}
	}
	f.subject, f.rel.Object, f.end = m, from, e
	return r.journeyHeading(f, q.start, s), true
}

// viaStopsAt reads at token i an English itinerary through stops, "X via
// A and the hamlet of B to Y", "from X via the wells of B to Y": a stop
// the text gives by its kind ("the hamlet of B"), a place too small for
// a gazetteer, lies on the way between the places before and after it in
// the itinerary. It returns one KindBetween for each such stop, with the
// stop as subject; false when no itinerary of two ends stands there. The
// names are joined by "via", commas, "and" and "to"; the itinerary's
// first end is the name right before "via".
func (r *reader) viaStopsAt(i int, s *sentence) ([]found, int, bool) {
	b := s.b
	if r.lowerWord(i, b) != "via" {
		return nil, i, false
	}
	first := r.mentionEndingAt(i-1, s.a)
	if first < 0 || r.evidence(first) == EvidenceUnlikely {
		return nil, i, false
	}
	stops := []int{first}
	kinds := []bool{false}
	k := i + 1
	for n := 0; n < 8 && k < b; n++ {
		m, described := -1, false
		if d, ok := r.describedAt(k, b); ok {
			m, described = d, true
		} else if m = r.mentionAt(k, b); m < 0 || r.evidence(m) == EvidenceUnlikely {
			return nil, i, false
		}
		stops, kinds = append(stops, m), append(kinds, described)
		k = r.mtok[m][1]
		switch w := r.lowerWord(k, b); {
		case r.is(k, b, ","):
			k++
			if r.lowerWord(k, b) == "and" {
				k++
			}
			continue
		case w == "and":
			k++
			continue
		case w == "to":
			last := r.mentionAt(k+1, b)
			if last < 0 || r.evidence(last) == EvidenceUnlikely {
				return nil, i, false
			}
			stops, kinds = append(stops, last), append(kinds, false)
			var out []found
			for j := 1; j+1 < len(stops); j++ {
				if !kinds[j] {
					continue
				}
				f := newFound(KindBetween, i)
				f.rel.Object, f.rel.Other, f.subject = stops[j-1], stops[j+1], stops[j]
				f.end = r.mtok[last][1]
				out = append(out, f)
			}
			return out, r.mtok[m][1], len(out) > 0
		}
		return nil, i, false
	}
	return nil, i, false
}

// routeMember reports whether the name at tokens [p, q) is a stop of a
// route as trip reports write one: joined to another name by an arrow
// ("Flagstaff → Page → Kanab"), in a chain of three or more names joined
// by dashes (« Tirana – Berat – Gjirokastër »), in a pair of names joined
// by a dash after a colon or a word of travel ("Day 4: Chamonix – Champex", « le bus Phnom Penh – Hô Chi
// Minh-Ville », "we flew Labasa–Suva"), in a pair after a comma that
// follows a noun of a race's stage ("Stage 14, Pau – Laruns"), or the start of a leg "X to Y"
// opening the sentence, following a colon ("Picton to Nelson via
// Havelock", "Day 2: Cusco to Ollantaytambo") or following a verb of
// travel of the bare role (travel.tsv: "Flew Iqaluit to Pangnirtung"). A route names places; a
// pair opening a sentence ("Real Madrid – Barcelona ended 2-1") may not.
func (r *reader) routeMember(p, q int, s *sentence) bool {
	link := func(j int) string { return r.routeLink(j, s) }
	capAt := func(j int) bool { return j >= s.a && r.isCapWord(j, s.b) }
	var d int // a link beside the name, -1 if none
	switch {
	case link(q) != "" && capAt(q+1):
		d = q
	case link(p-1) != "" && capAt(p-2):
		d = p - 1
	default:
		if !r.is(q, s.b, "to") || !capAt(q+1) || r.toks[q+1].lower == "the" {
			return false
		}
		// "Flew Iqaluit to Pangnirtung", "we drove Kigali to Musanze":
		// after a verb of travel the bare name is where the leg starts.
		return p == s.first || r.is(p-1, s.b, ":") || p-1 >= s.a && r.toks[p-1].kind == tokWord && langs().en.travel.bare[r.toks[p-1].lower] || r.legPairStart(p, q, s)
	}
	if w := link(d); w != "–" && w != "—" && w != "-" {
		return true // an arrow
	}
	// Dashes: the chain's links and where it starts.
	if r.dashLinks(s) >= 2 {
		return true
	}
	start := d
	for start > s.a && (capAt(start-1) || link(start-1) != "" && capAt(start-2)) {
		start--
	}
	if r.is(start-1, s.b, ":") {
		// "Day 3: Hpa-An – Mawlamyine", « Jour 4 : Chamonix – Champex »,
		// "Route: Kampot – Kep": a leg after a numbered day or a word of
		// the way; "Malawi: Cyclone Freddy – Flash Update No. 3" is a
		// report's title, which a dash splits, after the place it is
		// about.
		k := start - 2
		return k < s.a || r.toks[k].kind == tokNum || !r.toks[k].cap || isRouteWord(r.toks[k].lower)
	}
	if r.is(start-1, s.b, ",") {
		// "Stage 14, Pau – Laruns", « la 5e étape du Tour du Faso,
		// Koudougou – Ouahigouya »: the stage's two ends after a noun
		// of a stage (stages.tsv) and its comma.
		for k := s.a; k < start-1; k++ {
			if r.toks[k].kind == tokWord && anyHas(setStages, r.toks[k].lower) {
				return true
			}
		}
	}
	return isRouteWord(r.lowerWord(start-1, s.b))
}

// legPairStart reports whether the name at tokens [p, q), after "the"
// and before "to", opens a pair of names that a noun of a leg of a way
// follows (legnouns.tsv, or a road noun of roadnouns.tsv): "the Ella to
// Haputale section", "The Dilijan to Ijevan stretch of the trail", "the
// Chiang Mai to Pai road". Like the name after "to", the first is where
// the leg starts, a place.
func (r *reader) legPairStart(p, q int, s *sentence) bool {
	if !r.is(p-1, s.b, "the") || !r.is(q, s.b, "to") {
		return false
	}
	k := q + 1
	for k < s.b && r.isCapWord(k, s.b) && k-q <= 4 {
		k++
	}
	if k == q+1 || k >= s.b || r.toks[k].kind != tokWord || r.toks[k].cap {
		return false
	}
	w := r.toks[k].lower
	return langs().en.has(setLegNouns, w) || isRoadNoun(w)
}

// dashLinks counts the dashes and arrows of sentence s that stand between
// two capitalised words: the links of a route written as a chain,
// "Flagstaff → Page → Kanab", « Hué – Hoi An – Quy Nhon ».
func (r *reader) dashLinks(s *sentence) int {
	n := 0
	for j := s.a + 1; j < s.b-1; j++ {
		if r.routeLink(j, s) != "" && r.isCapWord(j-1, s.b) && r.isCapWord(j+1, s.b) {
			n++
		}
	}
	return n
}

// routeLink returns the arrow or dash at token j of sentence s that may
// join two stops of a route ("→", "–", "-"), or "" when there is none.
func (r *reader) routeLink(j int, s *sentence) string {
	if j < s.a || j >= s.b || r.toks[j].kind != tokPunct {
		return ""
	}
	switch w := r.toks[j].lower; w {
	case "→", "⟶", "⇒", "–", "—", "-":
		return w
	}
	return ""
}

// isRouteWord reports whether w, before a pair of names joined by a dash
// or before the colon of such a pair, says the pair is a way travelled:
// "the Labasa–Suva flight", « le bus Phnom Penh – Hô Chi Minh-Ville »,
// "Itinerary: Hué – Hoi An".
func isRouteWord(w string) bool {
	switch w {
	case "bus", "train", "flight", "ferry", "boat", "flew", "drove", "cycled", "rode", "took", "minibus",
		"vol", "route", "trajet", "liaison", "ligne", "bateau", "navette", "car",
		"itinerary", "itinéraire", "parcours", "étape", "leg", "stage":
		return true
	}
	return false
}

// lodgingAu reports whether the name at token p follows « au » or « aux »
// after a verb of a night's stay (lodgings.tsv): « nous avons dormi au
// Dar Zitouna », « on a campé au Tizi Nord ». Where a trip report slept is
// a place.
//
// Up to three lower-case words of kind may stand between « au » and the
// name, and « à la » or « à l' » for « au » before a feminine kind: « nous
// avons dormi au campement Keur Saloum », « séjourné à la maison d'hôtes
// An Bang », « passé trois nuits au lodge Tsarasoa ».
func (r *reader) lodgingAu(p int, s *sentence) bool {
	k := p - 1
	for n := 0; n < 3 && k > s.a && r.toks[k].kind == tokWord && !r.toks[k].cap && r.at[k] < 0; n++ {
		w, art := elidedRest(r.toks[k].lower)
		if art == 0 && (w == "au" || w == "aux" || w == "la") {
			break
		}
		if art == 'l' && r.is(k-1, s.b, "à") {
			k-- // « à l'auberge X »
			return anyHas(setLodgings, r.lowerWord(k-1, s.b))
		}
		k--
	}
	switch {
	case r.is(k, s.b, "au") || r.is(k, s.b, "aux"):
		k--
	case r.is(k, s.b, "la") && r.is(k-1, s.b, "à") && k < p-1:
		k -= 2
	default:
		return false
	}
	return anyHas(setLodgings, r.lowerWord(k, s.b))
}

// heldAu reports whether the name at tokens [p, q) follows « au » or
// « aux » after a verb of an event held, a film shot or a life lived
// (heldverbs.tsv): « le festival a lieu au Havre », « se tient aux
// Sables-d'Olonne », « il est né au Creusot ». A name cut short before
// another capitalised word (« au Petit Prince », a title after it) is no
// town's. Up to four lower-case words or numbers of time may stand
// between the verb and « au » (« se déroule chaque 24 mai aux
// Saintes-Maries-de-la-Mer »).
func (r *reader) heldAu(p, q int, s *sentence) bool {
	if !r.is(p-1, s.b, "au") && !r.is(p-1, s.b, "aux") {
		return false
	}
	if q < s.b && r.toks[q].kind == tokWord && r.toks[q].cap {
		return false
	}
	for k := p - 2; k >= s.a && k >= p-6; k-- {
		t := &r.toks[k]
		if t.kind == tokWord && !t.cap && anyHas(setHeldVerbs, t.lower) {
			return true
		}
		if t.kind != tokNum && (t.kind != tokWord || t.cap) {
			return false
		}
	}
	return false
}

// heldAfter reports whether the name ending before token q is the subject
// of a French verb of an event held, a film shot or a life lived
// (heldverbs.tsv), after its auxiliaries: « Les Francofolies se tiennent
// à X », « La Route du Rock s'est déroulée au fort de X », « Le Hellfest
// a eu lieu à X »; in English, "Womadelaide takes place in X",
// "AfrikaBurn is held on a farm". What is held, shot or born there is no
// place.
func (r *reader) heldAfter(q int, s *sentence) bool {
	for k := q; k < s.b && k < q+4; k++ {
		t := &r.toks[k]
		if t.kind != tokWord || t.cap {
			return false
		}
		switch t.lower {
		case "se", "s'est", "s’est", "s'était", "s’était", "s'étaient", "s’étaient", "a", "aura", "ont", "avait", "auront", "avaient", "eu", "est", "sont", "sera", "seront", "été", "était",
			"is", "was", "are", "were", "will", "be", "been", "has", "have", "had", "takes", "took", "take":
			continue
		}
		if t.lower == "held" || t.lower == "staged" {
			// "The festival is held in X", but "Kidal is held by the
			// rebels", "Gao was held for months": a town is held too.
			switch r.lowerWord(k+1, s.b) {
			case "in", "at", "on", "each", "every", "annually", "yearly":
			default:
				return false
			}
		}
		return k > q && anyHas(setHeldVerbs, t.lower)
	}
	return false
}

// frenchToTown reports whether the name at token p follows the French
// preposition « à » itself, which takes towns and islands where countries
// take « au », « aux » or « en »: « vendus à Diekirch, à Luxembourg et à
// Esch-sur-Alzette » (Mention.CityMeant).
func (r *reader) frenchToTown(p int, s *sentence) bool {
	return p-1 >= s.a && r.text[r.toks[p-1].start:r.toks[p-1].end] == "à"
}

// goalBefore reports whether the name at token p follows, right after
// it, a verb of the goal role of some language's travel.tsv (« avant de
// regagner Djibouti », « pour rejoindre Luxembourg »): French names a
// country there with its article (« regagner le Panama »), so the bare
// name is where the journey ends, a town (Mention.CityMeant).
func (r *reader) goalBefore(p int, s *sentence) bool {
	k := p - 1
	if k < s.a || r.toks[k].kind != tokWord || r.toks[k].cap {
		return false
	}
	for _, l := range langs().all {
		if l.travel.goals[r.toks[k].lower] {
			return true
		}
	}
	return false
}

// transitBefore reports whether the name at token p follows a public
// service of transport (services.tsv) and a word of where it goes or
// comes from: "trains from Luxembourg", "flights to Djibouti", « les
// trains pour Luxembourg », « les bus de Kigali ». Such a service runs
// from a town's station or airport (Mention.CityMeant).
func (r *reader) transitBefore(p int, s *sentence) bool {
	switch r.lowerWord(p-1, s.b) {
	case "from", "to", "for", "de", "pour", "vers", "depuis":
	default:
		return false
	}
	// The service may open the sentence: "Trains from Luxembourg run …";
	// a verb of its leaving or its course and an adverb may stand between
	// ("Trains leave from Luxembourg", "Buses run hourly to Kigali").
	for k := p - 2; k >= s.a && k >= p-4; k-- {
		t := &r.toks[k]
		if t.kind != tokWord {
			return false
		}
		if anyHas(setServices, t.lower) {
			w := r.toks[k+1].lower
			return k == p-2 || r.journeyVerb(w) || k == p-3 && langs().en.travel.back[w]
		}
		if t.cap {
			return false
		}
	}
	return false
}

// departureBefore reports whether the name at token p follows a phrase of
// French travel.tsv's start role, perhaps with « de »: « le convoi, parti
// de Djibouti », « au départ de Koweït », « depuis Luxembourg ». A
// journey starts from a town, so a country bearing its capital's name is
// the capital there (Mention.CityMeant); « au départ du Mexique », with
// its article, stays the country.
func (r *reader) departureBefore(p int, s *sentence) bool {
	k := p - 1
	if r.is(k, s.b, "de") {
		k--
	}
	for j := k; j >= s.a && j >= k-1; j-- {
		if e, ok := r.anyCaseWordsAt(langs().fr.travel.starts, j, s.b); ok && e == k+1 {
			return true
		}
	}
	return false
}

// journeyVerb reports whether the lower-case word w is a verb of leaving
// or of a way's course in some language's travel.tsv (bound or course
// role): "leave", "departs", "runs".
func (r *reader) journeyVerb(w string) bool {
	for _, l := range langs().all {
		if l.travel.bounds[w] || l.travel.courses[w] {
			return true
		}
	}
	return false
}

// isKindAfterName reports whether the lower-case w, after a name that
// "the" opens, is that place's kind: a row of kindsafter.tsv flagged
// skip or a descriptor noun that names no division ("the Breitmatt
// farm", "the Tilemsi valley").
func isKindAfterName(w string) bool {
	return isTrailingDescriptor(w) || isDescriptorNoun(w) && !isAdminFeature(w)
}

// onwardBefore reports whether a verb of travel.tsv's onward role stands
// at most travelLook words before token q0 of sentence s ("we continued
// 40 km west to Y").
func (r *reader) onwardBefore(q0 int, s *sentence) bool {
	t := &langs().en.travel
	for k := q0 - 1; k >= s.a && k >= q0-travelLook; k-- {
		if r.toks[k].kind == tokWord && t.onward[r.toks[k].lower] {
			return true
		}
	}
	return false
}

// arrivedAfter reads at token k a clause in which travellers reach a
// place, a phrase of travel.tsv's arrive role and the place ending the
// clause: "we reached the village of X", "we stopped at the yurt café of
// X", "we camped at X". A kind of up to three lower-case words before
// "of" and the name names it too ("the ovoo of X"). It returns the place
// and the token after it and its kind.
func (r *reader) arrivedAfter(k, b int) (int, int, bool) {
	e, ok := r.wordsAt(langs().en.travel.arrive, k, b)
	if !ok {
		return -1, k, false
	}
	m, end, ok := r.placeReachedAt(e, b)
	if !ok {
		// "we stopped at the tea house at X", "we stopped at a
		// shelter the drivers call X" (postleg.go).
		if m = r.kindNamedAt(e, b); m < 0 || !r.clauseEndAt(langs().en, r.mtok[m][1], b) {
			return -1, k, false
		}
		end = r.mtok[m][1]
	}
	return m, end, true
}

// placeReachedAt reads at token e the place a clause of arrival names
// after its verb, ending the clause: a name, a kind with its name ("the
// village of X"), a name with its kind after it ("the Breitmatt farm"),
// a kind of up to three lower-case words before "of" and the name ("the
// yurt café of X"), or the place a sign or a turn-off points to ("a
// hand-painted sign for X"). It returns the place and the token after it.
func (r *reader) placeReachedAt(e, b int) (int, int, bool) {
	if j, ok := r.boundAfter(e, b); ok {
		e = j // "we turned off at a hand-painted sign for X": the place the sign points to
	}
	m, ok := r.describedAt(e, b)
	if !ok && r.is(e, b, "the") {
		// "the yurt café of X", "the ovoo of X": a kind no table holds.
		j := e + 1
		for n := 0; n < 3 && j < b && r.toks[j].kind == tokWord && !r.toks[j].cap && !r.is(j, b, "of"); n++ {
			j++
		}
		if j > e+1 && r.is(j, b, "of") {
			if m = r.mentionAt(j+1, b); m >= 0 && r.mtok[m][0] == j+1 {
				ok = true
			}
		}
		if !ok {
			e++ // "we reached the Breitmatt farm"
		}
	}
	if !ok {
		if m = r.mentionAt(e, b); m < 0 || r.mtok[m][0] != e {
			return -1, e, false
		}
	}
	end := r.mtok[m][1]
	if isKindAfterName(r.lowerWord(end, b)) {
		end++
	}
	if r.evidence(m) <= EvidenceUnlikely || !r.clauseEndAt(langs().en, end, b) {
		return -1, e, false
	}
	return m, end, true
}

// boundAfter returns the token after "for" or "to" that closes, at
// token k, an article, a few lower-case words and a word of
// travel.tsv's bound role: "a hand-painted sign for X", "the turn-off to
// X". The name after it is where the way goes, and the place the
// traveller turned off for.
func (r *reader) boundAfter(k, b int) (int, bool) {
	if w := r.lowerWord(k, b); w != "a" && w != "an" && w != "the" {
		return k, false
	}
	t := &langs().en.travel
	for j := k + 1; j < b && j <= k+6; j++ {
		tok := &r.toks[j]
		if tok.lower == "-" && tok.start == r.toks[j-1].end {
			continue // "hand-painted"
		}
		if tok.kind != tokWord || tok.cap {
			return k, false
		}
		if t.bounds[tok.lower] && (r.is(j+1, b, "for") || r.is(j+1, b, "to")) {
			return j + 2, true
		}
	}
	return k, false
}

// landmarkAfter reports whether a landmark of the way closes the clause
// at token k after a comma, a preposition and what it governs: "X is
// another 6 km on, past the big chorten", "… 10 km on, over the ridge".
func (r *reader) landmarkAfter(k, b int) bool {
	if k > 0 && r.is(k-1, b, ",") {
		k-- // legTrail stepped over the comma
	}
	if w := r.lowerWord(k+1, b); !r.is(k, b, ",") || !isPreposition(w) && !anyHas(setOnward, w) {
		return false
	}
	for e := k + 2; e < b && e < k+10; e++ {
		if r.clauseEndAt(langs().en, e, b) {
			return e > k+2
		}
		if r.toks[e].kind != tokWord && r.toks[e].kind != tokNum {
			return false
		}
	}
	return false
}

// nameBeforeCopula returns the name right before the verb of place that
// stands before the further words of a leg whose quantity starts at q0,
// perhaps with a relative clause between commas after the name: "Pasang
// says Lhuri Phedi is another 6 km on", "X, where we camp tomorrow, is a
// further 10 km on". A speaker before it is no subject. It returns -1
// when no such name stands there.
func (r *reader) nameBeforeCopula(q0 int, s *sentence) int {
	t := &langs().en.travel
	j := q0 - 1
	for n := 0; n < 2 && j > s.a && (t.further[r.lowerWord(j, s.b)] || r.is(j, s.b, "a")); n++ {
		j--
	}
	if !isCopula(r.lowerWord(j, s.b)) {
		return -1
	}
	j--
	if r.is(j, s.b, ",") {
		// ", where we camp tomorrow,": back over the relative clause.
		k := j - 1
		for k > s.a && !r.is(k, s.b, ",") && j-k < 10 {
			k--
		}
		if !r.is(k, s.b, ",") || !isRelativeWord(r.lowerWord(k+1, s.b)) {
			return -1
		}
		j = k - 1
	}
	m := r.mentionEndingAt(j, s.a)
	if m < 0 || r.evidence(m) <= EvidenceUnlikely {
		return -1
	}
	return m
}

// haltSubjectWords is how many lower-case words, the travellers, may
// stand before a phrase of travel.tsv's halt role after a leg's comma:
// « la caravane fit halte au », « l'équipe s'est arrêtée au ».
const haltSubjectWords = 2

// haltAfter reads at token k of a sentence ending at b a phrase of l's
// travel.tsv halt role, perhaps after haltSubjectWords lower-case words,
// and returns the token after it: where the place the travellers halted
// at starts.
func (r *reader) haltAfter(l *language, k, b int) (int, bool) {
	for n := 0; n <= haltSubjectWords && k+n < b; n++ {
		if e, ok := r.wordsAt(l.travel.halts, k+n, b); ok {
			return e, true
		}
		if r.lowerWord(k+n, b) == "" {
			break
		}
	}
	return k, false
}

// keptHeadingAt reads at token k of a sentence ending at b perhaps a
// word of l's travel.tsv keep role, a heading (legHeadingAt) and a comma:
// « toujours vers l'est, », « vers le nord, ». It returns the heading and
// the token after the comma.
func (r *reader) keptHeadingAt(l *language, k, b int) (direction, int, bool) {
	h := k
	if l.travel.keeps[r.lowerWord(k, b)] {
		h++
	}
	d, e, ok := r.legHeadingAt(l, h, b)
	if !ok || !r.is(e, b, ",") {
		return direction{}, k, false
	}
	return d, e + 1, true
}

// afterClosed reports whether a phrase of l's travel.tsv after role
// follows the quantity q of sentence s and ends its clause, stands
// before a comma or, perhaps after a heading, before a phrase of the
// reach role: « 15 km après, on arrive à X », « Y se trouve 15 km
// après. », « 25 km de plus vers l'est nous mènent à X ». A word such as « après » may open an object (« 12 km après
// Montélimar »); so closed, it has none, and the distance is a further
// leg.
func (r *reader) afterClosed(l *language, q quantity, s *sentence) bool {
	e, ok := r.wordsAt(l.travel.after, q.end, s.b)
	if !ok {
		return false
	}
	if _, e2, ok := r.legHeadingAt(l, e, s.b); ok {
		e = e2 // « 25 km de plus vers l'est nous mènent à X »
	}
	_, reach := r.wordsAt(l.travel.reach, e, s.b)
	return r.is(e, s.b, ",") || r.clauseEndAt(l, e, s.b) || reach
}

// startedBefore returns where a leg told in sentence s starts when from,
// the last place the text reached, is a name a sentence before s gives
// after the place a journey starts from (legStart) with no phrase of
// l's travel.tsv reach or halt role between them and no leg reaching it:
// the way or the goal of the journey, not where the travellers are (« On
// quitte Zagora par la route de M'Hamid, le long de la palmeraie du
// Drâa. 15 km après, on arrive à X », « La caravane quitta Agadez pour
// les marchés de Bilma. Une quarantaine de kilomètres plus loin, … »).
// Otherwise it returns from.
func (r *reader) startedBefore(l *language, from int, s *sentence) int {
	if from < 0 || r.mtok[from][0] >= s.a {
		return from
	}
	t0 := r.mtok[from][0]
	for n := len(r.rels) - 1; n >= 0; n-- {
		rel := &r.rels[n]
		if rel.Subject < 0 || r.mtok[rel.Subject][0] < t0 {
			break // earlier than from: the search stays short
		}
		if rel.Kind == KindDistance && rel.Subject == from {
			return from
		}
	}
	for j := r.si - 1; j >= 0 && j >= r.si-3; j-- {
		sj := &r.sents[j]
		if t0 < sj.a {
			continue
		}
		st := r.legStart(l, t0, sj)
		if st < 0 || r.sameName(st, from) {
			return from
		}
		for k := r.mtok[st][1]; k < t0; k++ {
			if r.haltStartsAt(l, k, sj.b) {
				return from
			}
		}
		return st
	}
	return from
}

// haltStartsAt reports whether a phrase of l's travel.tsv reach or halt
// role starts at token k of a sentence ending at b.
func (r *reader) haltStartsAt(l *language, k, b int) bool {
	if _, ok := r.wordsAt(l.travel.reach, k, b); ok {
		return true
	}
	_, ok := r.wordsAt(l.travel.halts, k, b)
	return ok
}

// isPlacePreposition reports whether w, in lower case, is a preposition
// that opens the place a leg reaches after its comma: « au », « aux »,
// « à », "at" (« 12 km plus loin, au puits de Y »).
func isPlacePreposition(w string) bool {
	switch w {
	case "au", "aux", "à", "at":
		return true
	}
	return false
}

// riverWayEnds reports whether a river word of l's distance.tsv with no
// of-word after it ends the distance phrase whose quantity starts at
// token q0 and that ends at end: « Y est ouvert à une dizaine de
// kilomètres en amont » is a leg up the river from the place the text
// last reached, as « 8 km plus en aval » is.
func (r *reader) riverWayEnds(l *language, q0, end, b int) bool {
	for k := q0; k < end; k++ {
		if _, e, ok := phraseAt(r, l.distance.river, k, b, false); ok && e == end {
			_, of := r.ofAt(l, e, b)
			return !of
		}
	}
	return false
}
