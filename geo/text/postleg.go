package text

import "strconv"

// postSentences is how many sentences before a kilometre post the
// departure it is counted from may be told in: "Left X at dawn on the C43.
// We filled the tanks. At km 58 …".
const postSentences = 3

// postLook is how many tokens after a kilometre post the place it locates
// may start: "At km 52 I stopped at the roadside shelter of X".
const postLook = 14

// departPostAt reads at token i a kilometre or mile post counted from the
// town a journey left, with no road named by its ends after it (that is
// kilometrePostAt's): "Left X on the C43 heading south and stopped at km
// 37, at a seep called Y", « Le convoi a quitté X par la RN7 et s'est
// arrêté au PK 42, près du hameau de Y », "at the 7-mile mark stands the
// bothy of Y", "at kilometre 64 of the X–Z Highway, beside a pit called
// Y". The post is "at km N", "at kilometre N", « au PK N », « au
// kilomètre N », or "at the N km mark". It is counted from the place a
// start or depart phrase of travel.tsv names (legStart) in its sentence
// or the postSentences before it, or from the first end of the road
// named by its ends right after it ("of the X–Z Highway"). The place it
// locates is the first name after the post, at most postLook tokens on,
// that may be a place: no container, no road's name, no goal after "to"
// or « vers ». The place lies that far by road from the start, in the
// heading the journey gave. It reports false when no start is known:
// nothing is measured from nowhere.
func (r *reader) departPostAt(i int, s *sentence) (found, bool) {
	b := s.b
	km, end, ok := r.kilometrePost(i, b)
	if !ok {
		km, end, ok = r.markPost(i, b)
	}
	if !ok || i == 0 || r.toks[i].kind != tokWord {
		return found{}, false
	}
	if r.roadPostOf(end, s) {
		return found{}, false // « au PK 35 de la RN 1 »: a point of a numbered road
	}
	l := langs().en
	if r.word(i, b) == "au" {
		l = langs().fr
	}
	from, after := r.dashRoadStart(end, b), end
	if from >= 0 {
		after = r.mtok[from][1]
	}
	for j := r.si; from < 0 && j >= 0 && j >= r.si-postSentences; j-- {
		sj := &r.sents[j]
		q0 := sj.b
		if j == r.si {
			q0 = i
		}
		from = r.postStart(l, q0, sj)
	}
	if from < 0 {
		return found{}, false
	}
	m := r.postPlace(from, after, b)
	if m < 0 {
		return found{}, false
	}
	f := newFound(KindDistance, i)
	f.french = l == langs().fr
	f.rel.MinKm, f.rel.MaxKm, f.rel.Unit, f.rel.Road, f.rel.Object = km, km, "km", true, from
	f.subject, f.end = m, end
	if f.french {
		f = r.headingOf(l, f, i, s)
	} else {
		f = r.journeyHeading(f, i, s)
	}
	if f.rel.Direction == "" && f.rel.Points == 0 {
		r.postHeading(&f.rel, from)
	}
	return f, true
}

// postHeadingLook is how many relations back postHeading looks for a post
// counted from the same start.
const postHeadingLook = 8

// postHeading gives rel, a post counted from the place from with no
// heading of its own, the heading of the last post counted from there
// ("Left X heading south and stopped at km 37 … At km 58 …": both lie
// south of X).
func (r *reader) postHeading(rel *Relation, from int) {
	for n := len(r.rels) - 1; n >= 0 && n >= len(r.rels)-postHeadingLook; n-- {
		p := &r.rels[n]
		if p.Kind == KindDistance && p.Road && p.Object == from && (p.Direction != "" || p.Points > 0) {
			rel.Direction, rel.Azimuth, rel.Points = p.Direction, p.Azimuth, p.Points
			return
		}
	}
}

// markPost reads at token i "at the N km mark", "at the 7-mile mark",
// "at the 85-kilometre mark": a post written as a mark. It returns its
// distance in km and the token after "mark".
func (r *reader) markPost(i, b int) (float64, int, bool) {
	if !r.seq(i, b, "at", "the") || i+2 >= b || r.toks[i+2].kind != tokNum {
		return 0, i, false
	}
	n, err := strconv.ParseFloat(r.text[r.toks[i+2].start:r.toks[i+2].end], 64)
	if err != nil || n <= 0 || n > 5000 {
		return 0, i, false
	}
	k := i + 3
	if r.is(k, b, "-") {
		k++ // "the 7-mile mark"
	}
	_, f, k, ok := r.unitAt(k, b)
	if !ok || !r.is(k, b, "mark") {
		return 0, i, false
	}
	return n * f, k + 1, true
}

// dashRoadStart returns the first end of a road named by its two ends
// right after a post, "of the X–Z Highway", "on the X–Z road": the name
// before a dash, a name and a road noun. -1 when none stands there.
func (r *reader) dashRoadStart(k, b int) int {
	if w := r.word(k, b); w != "of" && w != "on" {
		return -1
	}
	k++
	if r.is(k, b, "the") {
		k++
	}
	a := r.mentionAt(k, b)
	if a < 0 {
		return -1
	}
	d := r.mtok[a][1]
	if !r.is(d, b, "–") && !r.is(d, b, "—") && !r.is(d, b, "-") {
		return -1
	}
	o := r.mentionAt(d+1, b)
	if o < 0 {
		return -1
	}
	e := r.mtok[o][1]
	if !isRoadNoun(r.word(e, b)) && !isRoadNoun(r.toks[e-1].lower) {
		return -1
	}
	return a
}

// postPlace returns the first name from token k on, at most postLook
// tokens after it in a sentence ending at b, that may be a place the post
// locates: above EvidenceUnlikely, no container, not from, no name before
// a noun of a group ("the Naro herders"), not the name of a road (a road noun after it or right before it, « la route du Nord
// »), and not a goal after "to", "towards", "for", « vers » or « pour ».
// Another number first ends the search. -1 when none is.
func (r *reader) postPlace(from, k, b int) int {
	for j := k; j < b && j < k+postLook; j++ {
		if r.toks[j].kind == tokNum || r.is(j, b, ";") {
			return -1
		}
		m := r.mentionAt(j, b)
		if m < 0 {
			continue
		}
		j = r.mtok[m][1] - 1
		if r.evidence(m) <= EvidenceUnlikely || r.isContainer(m) || r.sameName(m, from) {
			continue
		}
		e := r.mtok[m][1]
		if r.groupNounAfter(e, r.sentOf(e-1)) {
			continue // "at a low kopje that the Naro herders call X": a people's name
		}
		if isRoadNoun(r.word(e, b)) || isRoadNoun(r.toks[e-1].lower) || isRoadNoun(r.lowerWord(r.mtok[m][0]-1, b)) || isRoadNoun(r.lowerWord(r.mtok[m][0]-2, b)) {
			continue
		}
		switch r.lowerWord(r.mtok[m][0]-1, b) {
		case "to", "towards", "toward", "for", "vers", "pour":
			continue
		}
		return m
	}
	return -1
}

// postStart returns the place a journey told in sentence s starts from,
// before token q0: legStart's, or the name after a depart verb of l's
// travel.tsv that opens the sentence in capitals, as a diary or a guide
// writes it ("Left X at 06:40 on the main road west", "Leave X by the
// A835"). -1 when there is none.
func (r *reader) postStart(l *language, q0 int, s *sentence) int {
	if m := r.legStart(l, q0, s); m >= 0 {
		return m
	}
	e, ok := r.anyCaseWordsAt(l.travel.departs, s.first, s.b)
	if !ok || e >= q0 {
		return -1
	}
	if m := r.mentionAt(e, s.b); m >= 0 && r.evidence(m) > EvidenceUnlikely {
		return m
	}
	return -1
}

// kindNamedLook is how many lower-case words a kind of place may take
// before the word that gives its name: "a salt-block shelter the drivers
// call X" takes six.
const kindNamedLook = 7

// kindNamedAt reads at token e the place a journey reaches when the text
// gives it by a kind no table holds and then its name: an article, at
// most kindNamedLook lower-case words (hyphens inside them), then the
// name after "of" or "at" ("the tea house at X", "the cactus-covered
// outcrop of X"), after a word of namings.tsv ("a shelter called X", "a
// seep the herders call X") or after "known as" ("a bar known locally as
// X"). It returns the name, or -1 when none is given so.
func (r *reader) kindNamedAt(e, b int) int {
	if w := r.word(e, b); w != "a" && w != "an" && w != "the" {
		return -1
	}
	for j := e + 1; j < b && j <= e+kindNamedLook; j++ {
		if n := r.asNamedAt(j, b); n >= 0 && r.is(j, b, "known") {
			return r.mentionAt(n, b)
		}
		w := r.lowerWord(j, b)
		if r.is(j, b, "-") && r.toks[j].start == r.toks[j-1].end {
			continue // "salt-block", "cactus-covered"
		}
		if w == "" {
			return -1
		}
		if j > e+1 && (w == "of" || w == "at" || anyHas(setNamings, w)) {
			if m := r.mentionAt(j+1, b); m >= 0 && r.evidence(m) > EvidenceUnlikely {
				return m
			}
			if w != "at" && w != "of" {
				return -1
			}
		}
	}
	return -1
}
