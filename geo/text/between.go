package text

import "sort"

// betweenTable maps a lower-cased word of one language to its role in a
// "between A and B" phrase: "between", "and", "from", "to", "midway",
// "way", "stop" or "not" (see lexicon/en/between.tsv); language.go reads
// it.
type betweenTable map[string]string

// betweenRoles are the roles a word of between.tsv may have.
var betweenRoles = map[string]bool{"between": true, "and": true, "from": true, "to": true,
	"midway": true, "way": true, "stop": true, "not": true, "towards": true, "leg": true}

// isMidwayWord reports whether w, lower-cased, puts a place midway between
// two others in any language ("halfway", "mi-chemin").
func isMidwayWord(w string) bool {
	for _, l := range langs().all {
		if l.between[w] == "midway" {
			return true
		}
	}
	return false
}

// betweenLang returns the table whose word for "between" (or for "from",
// as in "the road from A to B") w is, and its language; nil when w opens
// no such phrase.
func betweenLang(w string) (betweenTable, *language) {
	for _, l := range langs().all {
		if t := l.between; t[w] == "between" || t[w] == "from" {
			return t, l
		}
	}
	return nil, nil
}

// betweenAt reads "between A and B" at token i, with what may come before
// it: "midway" or "halfway" (Midway), a road the subject lies on ("on the
// road between A and B", "on the A363 highway between", "sur la route
// nationale 4, entre"; Road); and the French "entre A et B", "à mi-chemin
// entre A et B". A and B are names behind descriptors ("the mining town of Arlit"),
// perhaps each followed by brackets ("Bamako (112 miles)"), which the
// caller reads on their own. A number after "between" is a range ("between
// 2 and 5 km", read elsewhere), and a head noun such as "border" or
// "distance" before it makes the phrase no place's position.
func (r *reader) betweenAt(i int, s *sentence) (found, bool) {
	b := s.b
	t, lang := betweenLang(r.word(i, b))
	if t == nil || r.toks[i].cap && i != s.first {
		return found{}, false
	}
	join := "and"
	if t[r.word(i, b)] == "from" {
		// "on the road from A to B", "sur la route de A à B": only after
		// the road.
		if t[r.lowerWord(i-1, b)] != "way" && t[r.lowerWord(r.relativeOfWay(i, b), b)] != "way" {
			return found{}, false
		}
		join = "to"
	}
	french := lang == langs().fr
	object := func(k int) (int, int, bool) {
		var m, e int
		var ok bool
		var br *BorderRef
		if french {
			m, br, e, ok = r.frenchObject(k, b)
		} else {
			m, br, e, ok = r.parseObject(k, b)
		}
		if !ok || br != nil || m < 0 || r.evidence(m) == EvidenceUnlikely {
			return -1, k, false
		}
		return m, e, true
	}
	a, e, ok := object(i + 1)
	if !ok {
		return found{}, false
	}
	e = r.skipParen(e, b)
	if r.is(e, b, ",") {
		e++ // "between the capital of Niger, Niamey (...), and Arlit"
	}
	if t[r.word(e, b)] != join {
		return found{}, false
	}
	o, end, ok := object(e + 1)
	if !ok || r.mentions[o].Name == r.mentions[a].Name {
		return found{}, false
	}
	f := newFound(KindBetween, i)
	f.rel.Object, f.rel.Other, f.french = a, o, french
	f.end = end
	// Walk back over what may lead the phrase.
	start, way := i, false
	k0 := i - 1
	if j := r.relativeOfWay(i, b); j >= 0 && join == "to" {
		k0 = j // « la route qui va de X à Y »: from the road's noun
	}
	for k, n := k0, 0; k >= s.a && n < 8; k, n = k-1, n+1 {
		w := r.lowerWord(k, b)
		if k == s.first {
			w = r.word(k, b) // "Halfway between ...", "Situé entre ..."
		}
		switch role := t[w]; {
		case role == "not":
			return found{}, false
		case role == "midway":
			f.rel.Midway, start = true, k
			if french && r.is(k-1, b, "à") {
				start = k - 1
			}
			continue
		case role == "way":
			way, start = true, k
			continue
		case way && (w == "on" || w == "along" || w == "sur" || w == "long"):
			start = k // "on the road", "le long de la route"
			if w == "long" && r.is(k-1, b, "le") {
				start = k - 1
			}
			continue
		case way && (w == "the" || w == "la" || w == "le" || w == "les" || w == "l'"):
			start = k // "the road between": the road's article is the phrase's
			continue
		case way && (w == "main" || w == "old" || w == "new" || w == "principale" || w == "national" || isPlainAdjective(w)):
			continue
		case r.toks[k].kind == tokNum || (r.toks[k].cap && r.at[k] < 0 && k > s.first) || (way && r.at[k] >= 0):
			continue // "the A363 highway", "la route nationale 4 entre"
		case r.is(k, b, ","):
			continue // "sur la route nationale 4, entre"
		}
		break
	}
	if way {
		f.rel.Road = true
	}
	if !r.placesBefore(start, s, t, way) {
		return found{}, false // "Trucks travel between A and B", "Rebels cut the road between"
	}
	f.start, f.phraseStart = start, start
	return f, true
}

// placesBefore reports whether the word before a between phrase starting at
// token k places a subject there: a copula or a verb of place ("lies",
// "located", "situé", "se trouve"), a descriptor noun or a stop on a route
// ("a village between", "a transit hub between"), a filler, a comma or a
// bracket of apposition ("X, between A and B"), or nothing (the phrase
// opens the sentence: "Between A and B, the village of X ..."); before a
// road (way), also a preposition ("near the road between", "à proximité
// de la route entre").
func (r *reader) placesBefore(k int, s *sentence, t betweenTable, way bool) bool {
	if k <= s.first {
		return true
	}
	w := r.word(k-1, s.b)
	if !way {
		// « petite ville côtière entre », "a village maronite between":
		// the kind before at most two words after it.
		for j := k - 2; j >= s.a && j >= k-3 && r.lowerWord(j+1, s.b) != ""; j-- {
			if d := r.lowerWord(j, s.b); isDescriptorNoun(d) || frenchFeature(d) != "" {
				w = d
				break
			}
		}
	}
	switch {
	case r.is(k-1, s.b, ",") || r.is(k-1, s.b, "("):
		return true
	case w == "":
		return false
	case isCopula(w) || isLocative(w) || isFrenchLocative(w) || isFiller(w) || isDescriptorNoun(w) || frenchFeature(w) != "" || t[w] == "stop":
		return true
	case way && (isPreposition(w) || w == "de" || w == "du" || w == "près"):
		return true
	}
	return false
}

// roadBetweenEnd reports whether mention m of sentence s is the second
// end of a road between two places ("on the road between Gwoza and
// Pulka", "sur la route entre Beni et Butembo", "on the road from A to
// B"): a phrase set after it with a comma places the road, or what
// happened on it, not m.
func (r *reader) roadBetweenEnd(m int, s *sentence) bool {
	b := s.b
	j := r.mtok[m][0] - 1
	for n := 0; n < 3 && j > s.a && r.toks[j].kind == tokWord && !r.toks[j].cap && r.at[j] < 0; n++ {
		if isBetweenJoin(r.lowerWord(j, b)) {
			break
		}
		j-- // "and the village of Pulka"
	}
	for k, n := j-1, 0; k > s.a && n < maxLook; k, n = k-1, n+1 {
		t, _ := betweenLang(r.lowerWord(k, b))
		if t == nil {
			continue
		}
		join := "and"
		if t[r.lowerWord(k, b)] == "from" {
			join = "to"
		}
		return t[r.lowerWord(j, b)] == join && t[r.lowerWord(k-1, b)] == "way"
	}
	return false
}

// betweenEnd reports whether mention m is the second end of a between
// phrase of sentence s, with up to three lower-case words before each end:
// "derailed between Galudih and Ghatsila", « a déraillé entre les gares
// de Ndjolé et de Booué ». What a comma phrase after it says ("..., near
// the village of X, 25 km east of Y") places the stretch's spot or the
// sentence's event, not that end of the stretch.
func (r *reader) betweenEnd(m int, s *sentence) bool {
	b := s.b
	j := r.mtok[m][0] - 1
	for n := 0; n < 3 && j > s.a && r.toks[j].kind == tokWord && !r.toks[j].cap && r.at[j] < 0; n++ {
		if isBetweenJoin(r.lowerWord(j, b)) {
			break
		}
		j-- // "et de Booué", "and the town of X"
	}
	if w := r.lowerWord(j, b); w != "and" && w != "et" {
		return false
	}
	if j-1 <= s.a || r.at[j-1] < 0 {
		return false
	}
	k := r.mtok[r.at[j-1]][0] - 1
	for n := 0; n < 4 && k >= s.a; n, k = n+1, k-1 {
		w := r.lowerWord(k, b)
		if t, _ := betweenLang(w); t != nil && t[w] == "between" {
			return true
		}
		if w == "" || r.toks[k].cap || r.at[k] >= 0 {
			return false // « entre les gares de X », "between the towns of X"
		}
	}
	return false
}

// isBetweenJoin reports whether w, lower-cased, joins the two ends of a
// between phrase in any language ("and", "to", "et", "à").
func isBetweenJoin(w string) bool {
	for _, l := range langs().all {
		if role := l.between[w]; role == "and" || role == "to" {
			return true
		}
	}
	return false
}

// relativeOfWay returns the token of the noun of a way before a relative
// verb that ends right before token i, the from-word of a road named by
// its ends: « la route qui va de X à Y », « la piste menant de X à Y »,
// "the road that runs from X to Y", "the track leading from X to Y"; -1
// when no such verb stands there.
func (r *reader) relativeOfWay(i, b int) int {
	switch r.lowerWord(i-1, b) {
	case "allant", "menant", "leading", "running":
		return i - 2
	case "va", "mène", "part", "runs", "leads", "goes":
		if w := r.lowerWord(i-2, b); w == "qui" || w == "that" || w == "which" {
			return i - 3
		}
	}
	return -1
}

// maxMidwayOpener bounds the words between a midway word opening a
// sentence and its comma: « À mi-chemin du trajet, », "Halfway there,".
const maxMidwayOpener = 4

// midwayAfterJourney reads a sentence opening with a midway word and a
// comma right after a sentence that told a journey from one named place
// to another: « Nous avons quitté Dori pour Djibo. À mi-chemin, nous avons
// bivouaqué au village de X », "We drove from A to B. Halfway, we camped
// at X". The first name after the comma lies midway between the two ends.
// The journey is two names of the sentence before, the first after a
// from-word and joined to the second by a to-word ("from A to B", « de A
// à B »), or joined by a towards-word (« A pour B », "A for B", « A vers
// B »). Token i is the midway word or the « À » before it.
func (r *reader) midwayAfterJourney(i int, s *sentence) (found, bool) {
	b := s.b
	if i != s.first {
		return found{}, false
	}
	k := i
	if r.lowerWord(k, b) == "" && (r.toks[k].lower == "à" || r.toks[k].lower == "a") {
		k++ // « À mi-chemin »
	}
	if k >= b || !isMidwayWord(r.toks[k].lower) {
		return found{}, false
	}
	c := k + 1
	for ; c < b && c <= k+maxMidwayOpener && !r.is(c, b, ","); c++ {
		if r.toks[c].kind != tokWord || r.toks[c].cap || r.at[c] >= 0 || !r.midwayOpenerWord(r.toks[c].lower) {
			return found{}, false // "Halfway through the season, …"
		}
	}
	if !r.is(c, b, ",") {
		return found{}, false
	}
	subj := -1
	for j := c + 1; j < b; j++ {
		if m := r.mentionAt(j, b); m >= 0 {
			subj = m
			break
		}
	}
	if subj < 0 || r.evidence(subj) <= EvidenceUnlikely {
		return found{}, false
	}
	n := sort.Search(len(r.sents), func(x int) bool { return r.sents[x].a >= s.a })
	if n == 0 || n > len(r.sents) {
		return found{}, false
	}
	a, o, ok := r.journeyIn(&r.sents[n-1])
	if !ok || a == subj || o == subj {
		return found{}, false
	}
	f := newFound(KindBetween, i)
	f.rel.Object, f.rel.Other, f.rel.Midway = a, o, true
	f.subject = subj
	f.end = c + 1
	return f, true
}

// midwayApposed reads a midway word set off after a name by a comma and
// closing its clause, perhaps with « à » and words of the way between
// (midwayOpenerWord): « nous avons fait halte à X, à mi-chemin, », "we
// stopped at X, halfway along the road,". The name lies midway between
// the two ends of the journey this sentence or the one before tells
// (journeyIn), or else between the two places of the last distance the
// text read in them (« à A, un hameau à 25 km à l'ouest de B »). Token i
// is the midway word or the « à » before it.
func (r *reader) midwayApposed(i int, s *sentence) (found, bool) {
	b := s.b
	if !r.is(i-1, b, ",") {
		return found{}, false
	}
	k := i
	if r.is(k, b, "à") || r.is(k, b, "a") {
		k++
	}
	if k >= b || !isMidwayWord(r.toks[k].lower) {
		return found{}, false
	}
	c := k + 1
	for ; c < b && c <= k+maxMidwayOpener && !r.clauseEndAt(langs().en, c, b); c++ {
		if r.toks[c].kind != tokWord || r.toks[c].cap || r.at[c] >= 0 || !r.midwayOpenerWord(r.toks[c].lower) {
			return found{}, false // "X, halfway up the hill", « X, à mi-chemin entre A et B »
		}
	}
	if !r.clauseEndAt(langs().en, c, b) {
		return found{}, false
	}
	subj := r.mentionEndingAt(i-2, s.a)
	if subj < 0 || r.evidence(subj) <= EvidenceUnlikely {
		return found{}, false
	}
	a, o := r.journeyEnds(s, subj)
	if a < 0 {
		return found{}, false
	}
	f := newFound(KindBetween, i)
	f.rel.Object, f.rel.Other, f.rel.Midway = a, o, true
	f.subject = subj
	f.end = c
	return f, true
}

// journeyEnds returns the two ends of the journey told by sentence s or
// the one before it (journeyIn), neither of them the name subj; failing
// that the subject and object of the last distance the text read with its
// subject in those sentences; -1, -1 when there is none.
func (r *reader) journeyEnds(s *sentence, subj int) (int, int) {
	n := sort.Search(len(r.sents), func(x int) bool { return r.sents[x].a >= s.a })
	from := s.a
	for _, j := range []int{n, n - 1} {
		if j < 0 || j >= len(r.sents) {
			continue
		}
		from = r.sents[j].a
		if a, o, ok := r.journeyIn(&r.sents[j]); ok && a != subj && o != subj {
			return a, o
		}
	}
	for x := len(r.rels) - 1; x >= 0; x-- {
		rel := &r.rels[x]
		if rel.Subject < 0 {
			continue
		}
		if r.mtok[rel.Subject][0] < from {
			break // before the sentence before: the search stays short
		}
		if rel.Kind != KindDistance || rel.Object < 0 || rel.Border != nil {
			continue
		}
		if rel.Subject == subj || rel.Object == subj || r.sameName(rel.Subject, rel.Object) {
			return -1, -1
		}
		return rel.Subject, rel.Object
	}
	return -1, -1
}

// journeyIn returns the start and end of a journey sentence s tells:
// "from A to B", « de A à B », « A pour B », "A for B" (midwayAfterJourney).
// The last such pair of the sentence is taken.
func (r *reader) journeyIn(s *sentence) (int, int, bool) {
	b := s.b
	from, to := -1, -1
	for j := s.a; j < b; j++ {
		m := r.mentionAt(j, b)
		if m < 0 || r.evidence(m) <= EvidenceUnlikely {
			continue
		}
		e := r.mtok[m][1]
		o := r.mentionAt(e+1, b)
		if o < 0 || r.evidence(o) <= EvidenceUnlikely || r.mentions[o].Name == r.mentions[m].Name {
			continue
		}
		role := ""
		for _, l := range langs().all {
			if t := l.between[r.toks[e].lower]; t != "" {
				role = t
				break
			}
		}
		fromBefore := false
		for _, l := range langs().all {
			if j > s.a && l.between[r.toks[j-1].lower] == "from" {
				fromBefore = true
			}
		}
		if role == "towards" || role == "to" && fromBefore {
			from, to = m, o
		}
	}
	return from, to, from >= 0
}

// midwayOpenerWord reports whether w may stand between a midway word
// opening a sentence and its comma (midwayAfterJourney): a word of the
// journey or of the way (between.tsv roles leg and way: "there", "trip", «
// trajet », « route ») or an article or of-word (« du », "the", "of").
func (r *reader) midwayOpenerWord(w string) bool {
	switch w {
	case "the", "of", "along", "du", "de", "la", "le", "l'", "l’", "sur":
		return true
	}
	for _, l := range langs().all {
		if t := l.between[w]; t == "leg" || t == "way" {
			return true
		}
	}
	return false
}
