package text

import (
	"slices"
	"strings"
)

// sentence is one sentence of the document with its token range.
type sentence struct {
	span    Span
	a, b    int  // tokens [a, b)
	first   int  // first word token, b when none
	heading bool // a section heading ("== History =="), not the title
	caps    bool // written wholly in capitals in the input, before repairCase re-cased it
}

// reader holds the state of one call to Read.
type reader struct {
	text      string
	toks      []token
	sents     []sentence
	mentions  []Mention
	mtok      [][2]int // token range [start, end) of each mention
	at        []int32  // the mention covering each token, -1 if none
	inOf      []int32  // for each mention, a mention said to lie in it, -1 if none
	lowerSeen map[string]struct{}
	// common holds the mentions made unlikely as a common word opening
	// a sentence ("Insecurity remains high"): unlike a person's or a
	// people's name, no copula after them makes them a subject.
	common map[int]bool
	// craftNamed holds the mentions that name a ship or an aircraft
	// (craftNameEnd): no place, but the craft a distance may place.
	craftNamed map[int]bool
	// buildingTown holds the tokens that open the name of the town a
	// building with a name of its own stands in, after « de » (« le
	// stade Lat-Dior de Thiès »: buildingNameDe): a town, as after «
	// l'hôpital de ».
	buildingTown map[int]bool
	// cutInstitution holds the first token of the words of an
	// institution's kind cut off a run after its town's name
	// (institutionTailStart): "Museum" in "Kandy Museum".
	cutInstitution map[int]bool
	// headInstitution holds the first token of a town's name cut off a
	// run after an institution's kind written first
	// (institutionHeadEnd): "Turbat" in "Teaching Hospital Turbat".
	headInstitution map[int]bool
	// buildingNamed holds the byte offsets of the mentions that name a
	// building after its French noun (« l'église Saint-Dominique »:
	// buildingNameAfter) or a mining or land right ("the San Lorenzo
	// concession": grantAfter): no place unless a relation places them
	// (settle).
	buildingNamed map[int]bool
	roles         roles // what relations say of the mentions; the table above is not rewritten
	rels          []Relation
	areas         []Relation // subjectless KindNear areas: Document.Areas
	lists         [][]int    // the mentions of each list: Document.Lists
	// plural holds the tokens of the plural openers read as standing for
	// the list of names just before them ("…; both lie …", pluralSubject),
	// whose relations findLists gives every member.
	plural  []int
	aliases []Alias
	// unheld are the aliases a kind noun may make with a name of no kind
	// before it (Alias.Unheld), kept apart from aliases, which the reader
	// itself trusts.
	unheld  []Alias
	aliasOf []int32        // for each mention, the name it is an alias of, -1 if none
	topic   int            // the mention the text is currently about, -1 if none
	filed   int            // the mention of the dateline's town ("PARIS, Texas (AP) —"), -1 if none
	si      int            // the sentence findRelations reads
	nl      *namelessState // nameless subjects (nameless.go), nil until one is weighed
	// rivers holds the lower-cased names of the rivers the text named
	// with their kind ("Jordan" from "the Jordan River"): a bare "the
	// Jordan" after them is the river (waterName).
	rivers map[string]bool
	// nameWords holds the lower-cased words of the names of the first
	// nameWordsN mentions, read as they are needed (namedWord).
	nameWords  map[string]bool
	nameWordsN int
	// bodies holds the spans of the names that end a body's name ("the
	// National Museum of Mongolia"; bodyOfBefore): Document.Bodies.
	bodies []Span
	// sea is 1 when the text is about the sea (aboutSea), -1 when not, 0
	// until read.
	sea int8
}

// namedWord reports whether w, lower case, is a word of the name of a
// mention found so far. Each mention is read once, so the calls over a
// document take time linear in its mentions.
func (r *reader) namedWord(w string) bool {
	if r.nameWords == nil {
		r.nameWords = map[string]bool{}
	}
	for ; r.nameWordsN < len(r.mentions); r.nameWordsN++ {
		for _, x := range strings.Fields(r.mentions[r.nameWordsN].Name) {
			r.nameWords[strings.ToLower(x)] = true
		}
	}
	return r.nameWords[w]
}

// maxLook bounds every backward or forward search over tokens so that Read
// stays linear however long a sentence is.
const maxLook = 40

func newReader(doc string) *reader {
	r := &reader{text: doc, topic: -1, filed: -1}
	r.toks = tokenize(doc)
	r.dropAsides()
	r.at = make([]int32, len(r.toks))
	for i := range r.at {
		r.at[i] = -1
	}
	_, ts := title(doc)
	spans := splitSentences(doc)
	r.sents = make([]sentence, len(spans))
	k := 0
	for i, sp := range spans {
		for k < len(r.toks) && r.toks[k].start < sp.Start {
			k++
		}
		a := k
		for k < len(r.toks) && r.toks[k].end <= sp.End {
			k++
		}
		s := sentence{span: sp, a: a, b: k, first: k}
		for j := a; j < k; j++ {
			if r.toks[j].kind == tokWord {
				s.first = j
				break
			}
		}
		c := doc[sp.Start]
		isTitle := ts.End > 0 && sp.Start <= ts.Start && ts.End <= sp.End
		s.heading = (c == '=' || c == '#') && !isTitle
		r.sents[i] = s
	}
	r.findLowerSeen()
	return r
}

// findLowerSeen records which capitalised sentence-initial words the document
// also writes in lower case ("Fighting ... the fighting"): such a word is an
// ordinary word, not a name.
func (r *reader) findLowerSeen() {
	r.lowerSeen = make(map[string]struct{})
	for _, s := range r.sents {
		if s.first < s.b && r.toks[s.first].cap {
			r.lowerSeen[r.toks[s.first].lower] = struct{}{}
		}
	}
	seen := make(map[string]struct{}, len(r.lowerSeen))
	for _, t := range r.toks {
		if t.kind == tokWord && !t.cap {
			if _, ok := r.lowerSeen[t.lower]; ok && t.lower == r.text[t.start:t.end] {
				seen[t.lower] = struct{}{}
			}
		}
	}
	r.lowerSeen = seen
}

// is reports whether token j, inside [0, b), is the word or punctuation w
// (lower-case).
func (r *reader) is(j, b int, w string) bool {
	return j >= 0 && j < b && r.toks[j].lower == w
}

// seq reports whether the tokens from j on are the words ws.
func (r *reader) seq(j, b int, ws ...string) bool {
	for k, w := range ws {
		if !r.is(j+k, b, w) {
			return false
		}
	}
	return true
}

// word returns the lower-cased word at j, or "" when j is outside [0, b) or
// not a word.
func (r *reader) word(j, b int) string {
	if j < 0 || j >= b || r.toks[j].kind != tokWord {
		return ""
	}
	return r.toks[j].lower
}

// lowerWord returns the word at j when it is written in lower case, else "".
func (r *reader) lowerWord(j, b int) string {
	if j < 0 || j >= b || r.toks[j].kind != tokWord || r.toks[j].cap {
		return ""
	}
	return r.toks[j].lower
}

// mentionAt returns the mention that starts at token j, or -1.
func (r *reader) mentionAt(j, b int) int {
	if j < 0 || j >= b {
		return -1
	}
	m := int(r.at[j])
	if m < 0 || r.mtok[m][0] != j {
		return -1
	}
	return m
}

// mentionEndingAt returns the mention whose last token is j, or -1.
func (r *reader) mentionEndingAt(j, a int) int {
	if j < a || j < 0 || j >= len(r.toks) {
		return -1
	}
	m := int(r.at[j])
	if m < 0 || r.mtok[m][1]-1 != j {
		return -1
	}
	return m
}

// skipParen returns the token after the parenthesis that opens at j, or
// after the aside that opens with a comma at j and gives only a size
// (skipSizeAside), or j when none opens there or it does not close within
// maxLook tokens.
func (r *reader) skipParen(j, b int) int {
	if r.is(j, b, ",") {
		return r.skipSizeAside(j, b) // "La cascade, haute de 65 m, se trouve ..."
	}
	if !r.is(j, b, "(") && !r.is(j, b, "[") {
		return j
	}
	opener, closer := "(", ")"
	if r.toks[j].lower == "[" {
		opener, closer = "[", "]"
	}
	depth := 0
	for k := j + 1; k < b && k < j+2*maxLook; k++ {
		switch r.toks[k].lower {
		case opener:
			depth++ // "(/ˌtʃæŋ/, from Thai: ... (listen), ...)"
		case closer:
			if depth == 0 {
				return k + 1
			}
			depth--
		}
	}
	return j
}

// skipParenBack returns the token before the parenthesis that closes at k, or
// k when none closes there or it does not open within maxLook tokens.
func (r *reader) skipParenBack(k, a int) int {
	if k < a || (r.toks[k].lower != ")" && r.toks[k].lower != "]") {
		return k
	}
	opener, closer := "(", ")"
	if r.toks[k].lower == "]" {
		opener, closer = "[", "]"
	}
	depth := 0
	for j := k - 1; j >= a && j > k-2*maxLook; j-- {
		switch r.toks[j].lower {
		case closer:
			depth++
		case opener:
			if depth == 0 {
				return j - 1
			}
			depth--
		}
	}
	return k
}

// skipSizeAside returns the token after the comma that closes the aside
// opened by the comma at j when that aside gives only a size
// (skipSizeAsideBack), or j.
func (r *reader) skipSizeAside(j, b int) int {
	for e := j + 2; e < b && e < j+16; e++ {
		if r.toks[e].lower == "," {
			if r.skipSizeAsideBack(e, j, b) == j-1 {
				return e + 1
			}
			return j
		}
	}
	return j
}

// skipSizeAsideBack returns the token before the comma that opens the
// aside ending at the comma k when that aside gives only a size: a word
// of lexicon/LANG/sizes.tsv, then numbers with their units joined by
// "de", "of", "and", "et" or another such word (« La cascade du Hérisson,
// haute de 65 m, se trouve à ... », « les gorges, longues de 21 km et
// profondes de 700 m, ... », "The hut, at 2,320 m, lies ..."). A height,
// length or depth says nothing of where the place is, and the name
// before the aside is the subject of what follows it. It returns k when
// the aside is no such phrase or there is none.
func (r *reader) skipSizeAsideBack(k, a, b int) int {
	if k < a || r.toks[k].lower != "," {
		return k
	}
	o := -1
	for j := k - 1; j >= a && j > k-16; j-- {
		if r.toks[j].lower == "," {
			o = j
			break
		}
	}
	v := o + 1 // the verb of extent
	if o >= 0 && o+2 < k && isRelativePronoun(r.toks[o+1].lower) {
		// « Le village, qui compte environ 1 200 habitants, se trouve à
		// 45 km de Y »: the same aside as a relative clause.
		v++
	}
	if o >= 0 && anyHas(setExtentVerbs, r.toks[v].lower) {
		// « le parc éolien de X, composé de six aérogénérateurs, situé
		// à 8 km de Y », "The licence area, covering 1,000 km², lies
		// 60 km west of Y": what the place covers or counts, with no
		// name inside, is stepped over (extentverbs.tsv).
		for j := v + 1; j < k; j++ {
			if r.at[j] >= 0 || isPlaceVerb(r.toks[j].lower) {
				return k
			}
		}
		return o - 1
	}
	if o >= 0 && o+2 < k && r.toks[o+1].kind == tokNum && anyHas(setMeasures, r.toks[o+2].lower) {
		// « Château Belcastel, 35 ha de vignes AOC, situé à 15 km de Y »,
		// "X, 300 hectares with title deeds, 30 km east of Y": a
		// property's size and what it holds, lower-case words or names
		// no more than unlikely (a label, "AOC"), is stepped over too.
		for j := o + 3; j < k; j++ {
			t := r.toks[j]
			if t.kind != tokWord || isPlaceVerb(t.lower) || isCopula(t.lower) || j-o-3 >= maxSizeWords ||
				r.at[j] >= 0 && r.evidence(int(r.at[j])) > EvidenceUnlikely {
				return k
			}
		}
		return o - 1
	}
	if o < 0 || !anyHas(setSizeWords, r.toks[o+1].lower) {
		return k
	}
	numbers := 0
	for j := o + 2; j < k; {
		t := r.toks[j]
		switch {
		case t.kind == tokNum:
			if j+2 < k && r.toks[j+2].lower == "²" && r.toks[j+1].kind == tokWord {
				numbers++ // « d'une superficie de 98 km² »
				j += 3
				continue
			}
			if _, e, ok := unitIn(r, j+1, k); ok {
				numbers++
				j = e
				continue
			}
			if j+1 < k && anyHas(setMeasures, r.toks[j+1].lower) {
				numbers++ // « d'une superficie de 25 ha », « d'une puissance de 180 MW »
				j += 2
				continue
			}
			j++
		case t.lower == "de" || t.lower == "of" || t.lower == "and" || t.lower == "et" || t.lower == "d'environ" ||
			t.lower == "environ" || t.lower == "about" || t.lower == "some" || anyHas(setSizeWords, t.lower):
			j++
		default:
			return k
		}
	}
	if numbers == 0 {
		return k
	}
	return o - 1
}

// extentClauseEnd reads at token e a verb of extent (extentverbs.tsv) and
// its complement of at most maxSizeWords tokens with no name, no comma and
// no verb of place, closed by "and" or « et »: "covers 140 km² and", «
// couvre 140 km² et », before the verb of place of the same subject ("The
// licence covers 140 km² and lies 40 km north-east of Y", « La licence
// couvre 140 km² et se trouve à 40 km de Y »). It returns the token after
// the conjunction.
func (r *reader) extentClauseEnd(e, b int) (int, bool) {
	if e >= b || r.toks[e].kind != tokWord || r.toks[e].cap || !anyHas(setExtentVerbs, r.toks[e].lower) {
		return e, false
	}
	for j := e + 1; j < b && j <= e+1+maxSizeWords; j++ {
		t := r.toks[j]
		switch {
		case r.at[j] >= 0, t.lower == ",", t.lower == ";", isPlaceVerb(t.lower), isCopula(t.lower) && t.lower != "is":
			return e, false
		case (t.lower == "and" || t.lower == "et") && j > e+1:
			return j + 1, true
		}
	}
	return e, false
}

// isRelativePronoun reports whether w, lower case, is a relative pronoun
// that may open an aside about the name before it: "which", "that", «
// qui ».
func isRelativePronoun(w string) bool {
	return w == "which" || w == "that" || w == "qui"
}

// span returns the byte range of tokens [i, j).
func (r *reader) span(i, j int) Span {
	if j <= i {
		return Span{}
	}
	return Span{r.toks[i].start, r.toks[j-1].end}
}

// roles is what the stages after the evidence stage learn of the names:
// the evidence a role in a relation gives a name ("Gao" as the object of
// "30 km south of Gao") and the kind a relation gives a name the text
// gives none (a river that "the bank of" reveals, the kind of the nameless
// place a name is given to: "A village ...; it is called X"). The
// evidence stage's mention table is not rewritten after it; these are kept
// beside it, one entry per mention, and settle folds them in when the
// reading is done.
type roles struct {
	ev      []Evidence // at least this grade; EvidenceUnlikely (the zero) adds nothing
	feature []string   // the kind, when the text gives the mention none; "" for none
}

// grow gives the roles of n mentions, keeping those already held.
func (ro *roles) grow(n int) {
	for len(ro.ev) < n {
		ro.ev = append(ro.ev, EvidenceUnlikely)
		ro.feature = append(ro.feature, "")
	}
}

// raise records that a role lifts the evidence of mention m to at least e.
func (r *reader) raise(m int, e Evidence) {
	if m < 0 {
		return
	}
	r.roles.grow(len(r.mentions))
	r.roles.ev[m] = max(r.roles.ev[m], e)
}

// evidence returns the evidence of mention m as the reading stands: its
// grade from the evidence stage or the roles given it since, whichever is
// higher.
func (r *reader) evidence(m int) Evidence {
	if m < len(r.roles.ev) {
		return max(r.mentions[m].Evidence, r.roles.ev[m])
	}
	return r.mentions[m].Evidence
}

// feature returns the kind of mention m as the reading stands: the kind the
// text gives it, or else the one a relation gave it.
func (r *reader) feature(m int) string {
	if f := r.mentions[m].Feature; f != "" || m >= len(r.roles.feature) {
		return f
	}
	return r.roles.feature[m]
}

// giveFeature records that a relation gives mention m the kind f, which
// holds when the text gives m none.
func (r *reader) giveFeature(m int, f string) {
	if m < 0 || r.mentions[m].Feature != "" {
		return
	}
	r.roles.grow(len(r.mentions))
	if r.roles.feature[m] == "" {
		r.roles.feature[m] = f
	}
}

// settle is the last stage: it folds the roles into the mention table that
// Read returns.
func (r *reader) settle() {
	var unplaced map[int]bool // building names in the town they stand in, no place of their own
	for m := range r.mentions {
		r.mentions[m].Evidence = r.evidence(m)
		r.mentions[m].Feature = r.feature(m)
		if r.buildingNamed[r.mentions[m].Span.Start] && (r.mentions[m].Evidence < EvidenceRelation || !r.placedBeyondIn(m)) {
			// « l'église Saint-Dominique », which the text does not
			// place, or only in the town it stands in ("the church of St
			// Paraskeva in Poienile Vinului", whose map shows the
			// town): the building's own name, no place to map, nor a
			// town or a country of the saint's or the person's name («
			// l'église Saint-Martin » is not Saint-Martin).
			r.mentions[m].Evidence = EvidenceUnlikely
			r.mentions[m].Actor = true
			if unplaced == nil {
				unplaced = map[int]bool{}
			}
			unplaced[m] = true
		}
	}
	if unplaced != nil {
		r.rels = slices.DeleteFunc(r.rels, func(rel Relation) bool { return rel.Kind == KindIn && unplaced[rel.Subject] })
	}
	r.roles = roles{}
}

// placedBeyondIn reports whether a relation other than its being in a
// place measures mention m or from it: "the church of St George, 5 km
// north of Kavala", "2 km from the chapel of St. Anne".
func (r *reader) placedBeyondIn(m int) bool {
	for i := range r.rels {
		rel := &r.rels[i]
		if rel.Subject == m && rel.Kind != KindIn || rel.Object == m || rel.Kind == KindBetween && rel.Other == m {
			return true
		}
	}
	return false
}

// elevationEndingAt reads back from token k, right before a comma or
// "and" (« et »: "at 1,250 m and 11 km north of X"), an
// elevation set after a name: "at 5,200 m", "at 4,100 m a.s.l.", "at an
// altitude of 3,000 ft", « à 3 200 m d'altitude ». A height above the sea
// says nothing of where the place is, so that a distance after the comma
// ("the Sajama glacier camp at 5,200 m, about 22 km west of X") is about
// the name before it. It returns the token before "at" or « à ».
func (r *reader) elevationEndingAt(k, a, b int) (int, bool) {
	if !r.is(k+1, b, ",") && !r.is(k+1, b, "and") && !r.is(k+1, b, "et") {
		return k, false
	}
	return r.elevationSpan(k, a, b)
}

// elevationSpan reads back from token k an elevation that ends there, as
// elevationEndingAt does, whatever follows it: "perched at 3,150 m some
// 9 km north-east of X" has no comma before its distance.
func (r *reader) elevationSpan(k, a, b int) (int, bool) {
	for j := k - 1; j >= a && j >= k-12; j-- {
		w := r.lowerWord(j, b)
		if w != "at" && w != "à" {
			continue
		}
		e := j + 1
		if r.is(e, b, "an") && (r.is(e+1, b, "elevation") || r.is(e+1, b, "altitude")) && r.is(e+2, b, "of") {
			e += 3 // "at an elevation of 4,100 m"
		}
		if w == "at" {
			_, e = r.hedgeAt(e, b)
		} else {
			_, e = r.frenchHedgeAt(e, b)
		}
		n := e
		for e <= k && r.toks[e].kind == tokNum {
			e++ // "3 200" is two numbers
		}
		if e == n || e > k || !isHeightUnit(r.lowerWord(e, b)) {
			return k, false
		}
		for e++; e <= k; e++ {
			if !isElevationTail(r.toks[e].lower) {
				return k, false
			}
		}
		if p := j - 1; p > a && isHeightParticiple(r.lowerWord(p, b)) && !isCopula(r.lowerWord(p-1, b)) {
			// "a shepherds' hut perched at 3,200 m, 12 km north of X", «
			// le refuge de X, perché à 2 100 m d'altitude, à 9 km de Y »:
			// the participle that sets the place at its height goes with
			// the height, unless a verb before it makes it the clause's
			// ("X is perched at 2,100 m, 9 km from Y").
			return p - 1, true
		}
		return j - 1, true
	}
	return k, false
}

// heightBracketStart returns the token before the bracket that closes
// at token k when the bracket opens with a height: "(5,020 m)", "(4,869
// m; 15 km long)", « (2 480 m) ». Such a bracket says nothing of where the
// name before it lies, so that a distance after it ("Q'omer Pass (5,020
// m), another 6 km further south", « le col de X (2 480 m), à 6 km plus
// au sud ») is about that name. It reports whether the bracket is one.
func (r *reader) heightBracketStart(k, a, b int) (int, bool) {
	if !r.is(k, b, ")") {
		return k, false
	}
	o := r.skipParenBack(k, a)
	if o == k {
		return k, false
	}
	_, e := r.hedgeAt(o+2, b)
	n := e
	for e < k && r.toks[e].kind == tokNum {
		e++ // "2 480" is two numbers
	}
	if e == n || e >= k || !isHeightUnit(r.lowerWord(e, b)) {
		return k, false
	}
	if w := r.lowerWord(e+1, b); e+1 != k && w != ";" && w != "," {
		return k, false
	}
	return o, true
}

// maxFurtherLook bounds the tokens between the number of a distance and
// its adverb of a further leg: "some 6 km further to the south".
const maxFurtherLook = 8

// heightBracketSubject returns the name right before a bracket that gives
// its height when that bracket ends right before the comma that opens the
// further leg at token ps of sentence s: "Stage 2 crosses Q'omer Pass (5,020
// m), another 6 km further south", « Elle franchit le col de X (2 480 m),
// à 6 km plus au sud ». Only the place itself has its height given, so
// the phrase after it is about that place rather than the clause's
// subject. It reports false when no such name is there.
func (r *reader) heightBracketSubject(ps int, s *sentence) (int, bool) {
	further := false
	for e := ps; e < s.b && e < ps+maxFurtherLook && !further; e++ {
		if w := r.lowerWord(e, s.b); w == "of" || w == "from" || w == "de" || w == "du" || strings.HasPrefix(w, "d'") || strings.HasPrefix(w, "d’") {
			break // "6 km south of Y": the phrase has an object of its own
		}
		for _, l := range langs().all {
			if d, _, ok := phraseAt(r, l.distance.adverbs, e, s.b, true); ok && d.further {
				further = true // "6 km further south", « à 6 km plus au sud »
			}
		}
	}
	for ps-1 > s.a && r.furtherWord(r.lowerWord(ps-1, s.b)) {
		ps-- // "another 6 km", "a further 6 km"
		further = true
	}
	if r.is(ps-1, s.b, "a") {
		ps--
	}
	if !further || !r.is(ps-1, s.b, ",") {
		// "situé au pied du Mont Memboukem (1635 m), à 5 km de Y": a
		// phrase that is no further leg has its subject found by the
		// walk, which steps over the bracket.
		return -1, false
	}
	o, ok := r.heightBracketStart(ps-2, s.a, s.b)
	if !ok {
		return -1, false
	}
	m := r.mentionEndingAt(o, s.a)
	if m < 0 || r.evidence(m) <= EvidenceUnlikely {
		return -1, false
	}
	return m, true
}

// furtherWord reports whether w, just before a distance, makes it a
// further leg in any language: a row of a travel.tsv flagged further
// ("another", "further").
func (r *reader) furtherWord(w string) bool {
	for _, l := range langs().all {
		if l.travel.further[w] {
			return true
		}
	}
	return false
}

// isHeightParticiple reports whether w is a participle of place that may
// set a place at its height ("perched at 3,200 m", "set at 2,035 metres",
// « perché à 2 100 m d'altitude », « situé à 1 450 m »): a row of a
// verbs.tsv that is no finite verb, and in English one flagged lead.
func isHeightParticiple(w string) bool {
	if v, ok := langs().en.verbs[w]; ok && v.lead && !v.finite {
		return true
	}
	v, ok := langs().fr.verbs[w]
	return ok && !v.finite && frenchParticiple(w)
}

// isHeightUnit reports whether w is a unit a height is given in.
func isHeightUnit(w string) bool {
	switch w {
	case "m", "metres", "meters", "ft", "feet", "mètres":
		return true
	}
	return false
}

// isElevationTail reports whether w may follow the unit of an elevation:
// "a.s.l.", "above sea level", « d'altitude ».
func isElevationTail(w string) bool {
	switch w {
	case "a", "s", "l", ".", "a.s.l", "a.s.l.", "asl", "amsl", "a.m.s.l", "a.m.s.l.", "above", "mean", "sea", "level", "elevation", "altitude", "d'altitude", "d’altitude", "high":
		return true
	}
	return false
}
