package text

// A place reached along a way, named in the clause after a distance from a
// town: "35 km out of Tadjourah, the trucks stopped at X", "Twenty-five
// kilometres out of Uyuni on the Tupiza road we stopped at X", "About 40
// km out of Akureyri on the road to Húsavík, a gravel track leads down to
// X", "A turn-off 9 km past Bahla leads up a graded track to X". The
// place lies that far from the town: where the way leaves the road, or
// where the travellers stopped.

// wayReachLook is how many words may stand between a verb of a way's
// course and the words that lead to the place it reaches: "leads down
// to X", "climbs into the foothills to X", "leads up a graded track to
// X".
const wayReachLook = 6

// wayNounLook is how many lower-case words may follow the determiner of
// the noun that names the travellers or the way before their verb: "the
// trucks", "a gravel track", "a narrow dirt track".
const wayNounLook = 3

// reachedAfterFronted reads, at token k after a distance set off before
// its clause, the place that clause reaches. A road the distance is
// measured along may stand first, with its commas ("on the Tupiza road",
// "on the road to Húsavík", "on the Gao–Ansongo road"); then come
// travellers who arrive at the place (travel.tsv's arrive role: "we
// stopped at X"), or a noun and a phrase of its halt role ("the trucks
// stopped at X"), or a noun of a way and a verb that leads to the place
// (wayLeadsTo: "a gravel track leads down to X"), perhaps past the side
// of the road it leaves ("a side road to the left leads to X"). It
// returns the place.
func (r *reader) reachedAfterFronted(k, b int) (int, bool) {
	if r.is(k, b, ",") {
		k++
	}
	if f, ok := r.roadToAt(k, b); ok {
		k = f.end
	} else if f, ok := r.roadPairAt(k, b); ok {
		k = f.end
	}
	if r.is(k, b, ",") {
		k++
	}
	if m, _, ok := r.arrivedAfter(k, b); ok {
		return m, true
	}
	switch r.word(k, b) {
	case "a", "an", "the", "our", "their":
	default:
		return -1, false
	}
	for j := k + 1; j <= k+wayNounLook && r.lowerWord(j, b) != ""; j++ {
		if e, ok := r.wordsAt(langs().en.travel.halts, j+1, b); ok {
			m, _, ok := r.placeReachedAt(e, b)
			return m, ok
		}
		if m, ok := r.wayLeadsTo(r.sideEnd(j+1, b), b); ok {
			return m, true
		}
	}
	return -1, false
}

// arrivalAt reports whether the clause at token k tells travellers or
// their way arriving at a place (travel.tsv's arrive role,
// reachedAfterFronted): "you
// reach X", "we stopped at X", "the track brought us to X". After "About 9
// km out of town" it closes the object "town" as the clause's end would
// (topicObjectAt).
func (r *reader) arrivalAt(k, b int) bool {
	if _, ok := r.wordsAt(langs().en.travel.arrive, k, b); ok {
		return true // "we stopped at X for smoko"
	}
	_, ok := r.reachedAfterFronted(k, b)
	return ok
}

// sideEnd returns the token after a side of the way at token k, "to the
// left", "on the right" ("a rough side road to the left leads to X"), or
// k when none stands there.
func (r *reader) sideEnd(k, b int) int {
	if (r.is(k, b, "to") || r.is(k, b, "on")) && r.is(k+1, b, "the") && (r.is(k+2, b, "left") || r.is(k+2, b, "right")) {
		return k + 3
	}
	return k
}

// wayLeadsTo reads at token k a verb of travel.tsv's bring or course role
// ("leads", "climbs", "branches"), at most wayReachLook lower-case words
// of the way ("down", "up a graded track", "south into the foothills"),
// a phrase of its reach role and the place that ends the clause: "leads
// up a graded track to X". It returns the place.
func (r *reader) wayLeadsTo(k, b int) (int, bool) {
	t := &langs().en.travel
	if v := r.lowerWord(k, b); !t.brings[v] && !t.courses[v] {
		return -1, false
	}
	for j := k + 1; j <= k+1+wayReachLook && j < b; j++ {
		if e, ok := r.reachEnd(j, b); ok {
			if m, _, ok := r.placeReachedAt(e, b); ok {
				return m, true
			}
		}
		if r.lowerWord(j, b) == "" {
			return -1, false
		}
	}
	return -1, false
}

// boundNounBefore reports whether the word right before token i, in
// sentence s, is a noun of travel.tsv's bound role written in lower
// case: "A turn-off 9 km past Bahla leads to X", "the track 5 km north
// of X".
func (r *reader) boundNounBefore(i int, s *sentence) bool {
	return i-1 >= s.a && langs().en.travel.bounds[r.lowerWord(i-1, s.b)]
}

// passedAfter reads a way that passes a place before a distance with no
// object, at token i of sentence s: "The road from Isiolo to Marsabit
// passes X after some 140 km", "Leaving Salta, the trail crossed the
// post house of X after 55 km". Right before the distance stands "after"
// (travel.tsv's passing role: "after"), before it the place (a name or a
// kind of up to three lower-case words, "of" and the name), and before
// the place a verb of the pass role; a noun of a way stands before the
// verb, and the journey starts, by a phrase of the start role, before the
// distance. It returns the place passed, the start and the way's end when
// "to" and a name follow the start ("from Isiolo to Marsabit"), else -1.
func (r *reader) passedAfter(i int, s *sentence) (passed, from, to int, ok bool) {
	t, b := &langs().en.travel, s.b
	k := i - 1
	if !t.passing[r.lowerWord(k, b)] {
		return -1, -1, -1, false
	}
	m := r.mentionEndingAt(k-1, s.a)
	if m < 0 || r.evidence(m) <= EvidenceUnlikely {
		return -1, -1, -1, false
	}
	p := r.mtok[m][0]
	if r.is(p-1, b, "of") {
		// "the post house of X": the kind no table holds.
		j := p - 2
		for n := 0; n < 3 && r.lowerWord(j, b) != "" && r.word(j, b) != "the" && r.word(j, b) != "a"; n++ {
			j--
		}
		if w := r.word(j, b); w == "the" || w == "a" {
			p = j
		}
	}
	verb := -1
	for j := p - 1; j >= s.a && j >= p-passLook; j-- {
		if e, ok := r.wordsAt(t.passes, j, b); ok && e == p {
			verb = j
			break
		}
	}
	if verb < 0 || !r.wayNounIn(s.a, verb, b) {
		return -1, -1, -1, false
	}
	from = r.journeyStart(verb, s)
	end := verb
	if from < 0 && r.si > 0 && r.word(verb-2, b) == "the" && r.wayNounIn(verb-1, verb, b) {
		// "… the mule trail from Salta to Cachí was the only link. The
		// trail passed the post house of X after some 55 km": the way
		// the sentence before named by its start.
		ps := &r.sents[r.si-1]
		from, end = r.wayStartIn(ps), ps.b
		b = ps.b
	}
	if from < 0 || from == m {
		return -1, -1, -1, false
	}
	to = -1
	if e := r.mtok[from][1]; r.is(e, b, "to") {
		if n := r.mentionAt(e+1, b); n >= 0 && r.mtok[n][0] == e+1 && n != m && r.evidence(n) > EvidenceUnlikely && r.mtok[n][1] <= end {
			to = n
		}
	}
	return m, from, to, true
}

// wayStartIn returns the place a way named in sentence s starts from: a
// noun of a road or of travel.tsv's bound role right before a phrase of
// its start role and the name ("the mule trail from Salta to Cachí"), or
// -1.
func (r *reader) wayStartIn(s *sentence) int {
	for k := s.a + 1; k < s.b; k++ {
		if !r.wayNounIn(k-1, k, s.b) {
			continue
		}
		if e, ok := r.wordsAt(langs().en.travel.starts, k, s.b); ok {
			if m, _, _, ok := r.parseObject(e, s.b); ok && m >= 0 && r.evidence(m) > EvidenceUnlikely {
				return m
			}
		}
	}
	return -1
}

// passLook is how many words a phrase of travel.tsv's pass role may take:
// "passes through".
const passLook = 3

// wayNounIn reports whether a noun of a road (roadnouns.tsv) or of
// travel.tsv's bound role, in lower case, stands among tokens [a, e) of a
// sentence ending at b: "The road from X to Y", "the trail".
func (r *reader) wayNounIn(a, e, b int) bool {
	for j := a; j < e; j++ {
		if w := r.lowerWord(j, b); w != "" && (isRoadNoun(w) || langs().en.travel.bounds[w]) {
			return true
		}
	}
	return false
}

// wayPostAt reads at token i a kilometre post that ends its clause after
// the place it locates, on a road the sentence named before by its ends:
// « La piste qui mène de Gao à Ansongo traverse X au kilomètre 40 », "The
// road from Mbarara to Kasese passes X at kilometre 38". The place, right
// before the post, lies that far by road from the road's first end, on
// the road between its ends: the distance, and the road unless out, the
// phrases read before in the sentence, holds it already (« Sur la route
// de X à Y, on rencontre Z au kilomètre 65 »), are appended to out. It
// returns out and the token after the post.
func (r *reader) wayPostAt(i int, s *sentence, out []found) ([]found, int, bool) {
	b := s.b
	km, end, ok := r.kilometrePost(i, b)
	if !ok || !r.clauseEndAt(langs().en, end, b) {
		return out, i, false
	}
	m := r.mentionEndingAt(i-1, s.a)
	if m < 0 || r.evidence(m) <= EvidenceUnlikely {
		return out, i, false
	}
	for k := s.a; k < r.mtok[m][0]; k++ {
		for _, l := range langs().all {
			a, o, ok := r.roadEndsAt(l, k, b)
			if !ok || a == m || o == m || r.mtok[o][1] > r.mtok[m][0] {
				continue
			}
			f := newFound(KindDistance, i)
			f.french = l == langs().fr
			f.rel.MinKm, f.rel.MaxKm, f.rel.Unit, f.rel.Road, f.rel.Object = km, km, "km", true, a
			f.subject, f.end = m, end
			if !roadIn(out, k) && !r.roadRead(a, o) {
				g := newFound(KindBetween, k)
				g.french = f.french
				g.rel.Object, g.rel.Other, g.rel.Road, g.subject, g.end = a, o, true, m, r.mtok[o][1]
				out = append(out, g)
			}
			return append(out, f), end, true
		}
	}
	return out, i, false
}

// roadRead reports whether a relation read before puts a place on the
// road between the places a and o: « Sur la route de X à Y, on rencontre
// Z au kilomètre 65 » reads the road once.
func (r *reader) roadRead(a, o int) bool {
	for _, rel := range r.rels {
		if rel.Kind == KindBetween && rel.Object == a && rel.Other == o {
			return true
		}
	}
	return false
}

// roadIn reports whether fs holds a relation between two places whose
// phrase holds token k: the road was read already.
func roadIn(fs []found, k int) bool {
	for _, f := range fs {
		if f.rel.Kind == KindBetween && min(f.start, f.phraseStart) <= k && k < f.end {
			return true
		}
	}
	return false
}
