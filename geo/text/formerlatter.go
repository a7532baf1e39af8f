package text

import "strings"

// ordinalRank says which of the places a text has named an ordinal word
// after its article stands for (lexicon/en/ordinals.tsv,
// lexicon/fr/ordinals.tsv).
type ordinalRank int8

const (
	rankFirst  ordinalRank = iota // "the first", « le premier »
	rankSecond                    // "the second", « le second »
	rankFormer                    // "the former": the one before the last
	rankLatter                    // "the latter", « le dernier »: the last
)

// readOrdinals reads the ordinal tables of both languages into one map:
// "word <tab> rank". A defect is a build defect and panics at first use.
func readOrdinals(names ...string) map[string]ordinalRank {
	ranks := map[string]ordinalRank{"first": rankFirst, "second": rankSecond, "former": rankFormer, "latter": rankLatter}
	t := map[string]ordinalRank{}
	for _, name := range names {
		err := readTable(lexiconFiles, name, 2, func(f []string) error {
			rank, ok := ranks[f[1]]
			switch {
			case f[0] == "" || strings.Contains(f[0], " "):
				return errBadValue(f[0])
			case !ok:
				return errBadValue(f[1])
			}
			if old, dup := t[f[0]]; dup && old != rank {
				return errDuplicate(f[0]) // « second » is English too, of one rank
			}
			t[f[0]] = rank
			return nil
		})
		if err != nil {
			panic(err)
		}
	}
	return t
}

// inPair returns the index, 0 or 1, in a pair just named of the place
// the rank stands for: 1 for "the latter" and « le second », 0 for "the
// former" and "the first".
func (k ordinalRank) inPair() int {
	if k == rankSecond || k == rankLatter {
		return 1
	}
	return 0
}

// pick returns the place of rank k among the places cands, in the order
// the text located them, or -1 when there are too few.
func (k ordinalRank) pick(cands []int) int {
	i := 0
	switch k {
	case rankSecond:
		i = 1
	case rankFormer:
		i = max(0, len(cands)-2)
	case rankLatter:
		i = len(cands) - 1
	}
	if i < 0 || i >= len(cands) {
		return -1
	}
	return cands[i]
}

// pairLook is how many tokens before "the former" the pair it refers to
// may end.
const pairLook = 24

// formerOrLatterAt reads at token j an ordinal word of the ordinal tables
// after its article ("the former", "the first", « la première », « le
// second », and « premier » after « du ») closing an object, and returns
// the place it stands for and the token after the words: the first or the
// second of the last pair of names joined by "and" or « et » before it in
// the same sentence ("Between Mestia and Zugdidi, about 20 km from the
// former" measures from Mestia); with no such pair, one of the places the
// text itself located before it (locatedBefore): "Okwir camp lies 28 km
// north-west of Gulu. … Aculu B, a smaller camp about 11 km south of the
// first" measures from Okwir, « Le premier, à la Baume, à 9 km de Millau
// ; le second, à 3 km au sud du premier » from la Baume. With neither, it
// fails and the distance stays unmeasured.
func (r *reader) formerOrLatterAt(j, b int) (int, int, bool) {
	w := j + 1
	switch r.lowerWord(j, b) {
	case "the", "la", "le":
	default:
		if r.lowerWord(j-1, b) != "du" {
			return -1, j, false
		}
		w = j // « à 3 km au sud du premier »: the article is in « du »
	}
	rank, ok := lex().ordinals[r.lowerWord(w, b)]
	if !ok || r.at[w] >= 0 {
		return -1, j, false
	}
	if e := w + 1; e < b && r.toks[e].kind == tokWord && !r.toks[e].cap && !isPreposition(r.lowerWord(e, b)) && r.lowerWord(e, b) != "et" {
		return -1, j, false // "the former mayor", « le premier ministre »
	}
	for k := j - 1; k > 0 && k >= j-pairLook; k-- {
		if t := r.toks[k]; t.kind == tokPunct && (t.lower == "." || t.lower == "!" || t.lower == "?") {
			break
		}
		if !isBetweenJoin(r.lowerWord(k, b)) || r.lowerWord(k, b) == "to" || r.lowerWord(k, b) == "à" {
			continue
		}
		first, second := r.mentionEndingAt(k-1, 0), r.mentionAt(k+1, b)
		if first < 0 || second < 0 || r.mtok[second][0] != k+1 || r.mentions[first].Name == r.mentions[second].Name {
			continue
		}
		if rank.inPair() == 0 {
			return first, w + 1, true
		}
		return second, w + 1, true
	}
	if !r.clauseEndAt(langs().en, w+1, b) && !r.clauseEndAt(langs().fr, w+1, b) {
		return -1, j, false
	}
	located := r.locatedBefore(j)
	if rank == rankFormer && len(located) < 2 || len(located) == 0 {
		// "… the herds rest at X, some 35 km south of the latter, and
		// at Y, 20 km north of the former": with fewer places located
		// than the rank needs, the pair named in the sentence before.
		if first, second, ok := r.pairBeforeSentence(j); ok {
			if rank.inPair() == 0 {
				return first, w + 1, true
			}
			return second, w + 1, true
		}
	}
	if m := rank.pick(located); m >= 0 {
		return m, w + 1, true
	}
	return -1, j, false
}

// pairBeforeSentence returns the last pair of places named in the
// sentence before the one of token j, in its paragraph, joined by "and",
// "to", « et », « à » or « vers » with at most a few words of their own before each
// ("from the pastures around Kautokeino to the coast near Alta. … some
// 35 km south of the latter" measures from Alta): the pair an ordinal
// closing an object stands for when its own sentence names none and the
// text located too few places itself.
func (r *reader) pairBeforeSentence(j int) (int, int, bool) {
	s := r.sentOf(j)
	if s.a == 0 || r.blankLineBefore(s.a) {
		return -1, -1, false
	}
	p := r.sentOf(s.a - 1)
	for k := p.b - 1; k > p.a; k-- {
		switch r.lowerWord(k, p.b) {
		case "and", "to", "et", "à", "vers":
		default:
			continue
		}
		first, second := -1, -1
		for i := k - 1; i >= p.a && i >= k-maxPairGap && first < 0; i-- {
			first = r.mentionEndingAt(i, p.a)
		}
		for i := k + 1; i < p.b && i <= k+maxPairGap && second < 0; i++ {
			if m := r.mentionAt(i, p.b); m >= 0 && r.mtok[m][0] == i {
				second = m
			}
		}
		if first < 0 || second < 0 || r.sameNamed(first, second) {
			continue
		}
		if r.evidence(first) <= EvidenceUnlikely || r.evidence(second) <= EvidenceUnlikely || r.isContainer(first) || r.isContainer(second) {
			continue
		}
		return first, second, true
	}
	return -1, -1, false
}

// maxPairGap bounds the words between the join of a pair and each of its
// names: "to the coast near Alta", « vers les mares proches de Gao ».
const maxPairGap = 5

// maxLocatedBefore bounds the places locatedBefore gathers: an ordinal
// counts among a few.
const maxLocatedBefore = 8

// locatedBefore returns the named places the text located itself, by a
// distance or a direction, in relations read before token j, in its
// paragraph and within antecedentWindow tokens, in the order the text
// first located them, each name once: the places "the first" and "the
// latter" count among when no pair of names stands before them in their
// sentence. A place measured from is no such place: the text takes it as
// known.
func (r *reader) locatedBefore(j int) []int {
	lo := max(0, j-antecedentWindow)
	for k := j; k > lo; k-- {
		if r.blankLineBefore(k) {
			lo = k
			break
		}
	}
	start, end := r.toks[lo].start, r.toks[j].start
	var cands []int
	for i := len(r.rels) - 1; i >= 0 && len(cands) < maxLocatedBefore; i-- {
		rel := &r.rels[i]
		if rel.Phrase.Start < start {
			break
		}
		if rel.Phrase.Start >= end || rel.Kind != KindDistance && rel.Kind != KindDirection {
			continue
		}
		s := rel.Subject
		if s < 0 || r.mentions[s].Nameless || r.isContainer(s) || r.isDivision(s) || r.evidence(s) == EvidenceUnlikely {
			continue
		}
		cands = append(cands, s)
	}
	// cands runs from the last located back; keep each name at its first
	// place in the text, then turn the list round.
	var out []int
	for i := len(cands) - 1; i >= 0; i-- {
		dup := false
		for _, o := range out {
			if r.sameNamed(o, cands[i]) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, cands[i])
		}
	}
	return out
}

// ordinalSubjectAt reads at token j an ordinal word of the ordinal tables
// after its article opening a subject ("the former", "the second", « le
// premier », « la seconde »), with no kind noun after it ("the first
// camp" is a place of its own), and returns the place it stands for: the
// first or the second of the last pair of names joined by "and" or « et »
// before it, in its paragraph and within pairSubjectLook tokens
// ("Mardijin and Gurrwala were cut off. The former lies 35 km south-west
// of Katherine; the latter is 22 km east of the town", « Kéra et Doro ont
// été évacués. Le premier se trouve à 12 km de X »). It fails when no such
// pair stands there.
func (r *reader) ordinalSubjectAt(j, b int) (int, bool) {
	switch r.word(j, b) {
	case "the", "le", "la":
	default:
		return -1, false
	}
	rank, ok := lex().ordinals[r.word(j+1, b)]
	if !ok || r.at[j+1] >= 0 {
		return -1, false
	}
	switch t := r.toks[min(j+2, len(r.toks)-1)]; {
	case j+2 >= b || t.kind == tokPunct || t.kind == tokNum:
	case t.kind == tokWord && !t.cap && ordinalVerbOrHedge(t.lower):
	default:
		return -1, false // "the first camp", « le premier ministre »
	}
	for k := j - 1; k > 0 && k >= j-pairSubjectLook; k-- {
		if r.blankLineBefore(k + 1) {
			return -1, false
		}
		if w := r.lowerWord(k, b); w != "and" && w != "et" {
			continue
		}
		first, second := r.mentionEndingAt(k-1, 0), r.mentionAt(k+1, b)
		if w := r.lowerWord(k+1, b); second < 0 && (w == "à" || w == "au" || w == "at" || w == "in" || isPreposition(w)) {
			second = r.mentionAt(k+2, b) // "at Kossoum and at Badinko", « à X et à Y »
		}
		if first < 0 || second < 0 || r.sameNamed(first, second) {
			continue
		}
		if r.evidence(first) <= EvidenceUnlikely || r.evidence(second) <= EvidenceUnlikely || r.isContainer(first) || r.isContainer(second) {
			continue
		}
		if rank.inPair() == 0 {
			return first, true
		}
		return second, true
	}
	return -1, false
}

// pairSubjectLook is how many tokens before "the former" opening a
// subject the pair it refers to may stand: about two sentences.
const pairSubjectLook = 60

// ordinalVerbOrHedge reports whether the lower-case word w, right after
// "the first" or « le premier », goes on with the clause of a pronoun: a
// verb of place of either language ("lies", « se trouve », « est »), a
// preposition or a hedge before a distance ("some", « environ »), rather
// than a noun the ordinal qualifies ("the first camp", « le premier
// ministre »).
func ordinalVerbOrHedge(w string) bool {
	for _, l := range langs().all {
		if _, ok := l.verbs[w]; ok {
			return true
		}
		if len(l.hedges[w]) > 0 {
			return true
		}
	}
	switch w {
	case "se", "s'est", "est", "is", "was", "lies", "sits", "stands":
		return true
	}
	return isPreposition(w)
}

// ordinalBefore returns what an ordinal subject (ordinalSubjectAt)
// between the start of the clause and the phrase at token ps stands for:
// « Le premier se trouve à 14 km de Y », « le second à 9 km de Z ». The
// walk back stops at a name, a comma that is not right before the
// phrase, or after maxLook tokens.
func (r *reader) ordinalBefore(ps int, s *sentence) (int, bool) {
	for k := ps - 1; k > s.a && k >= ps-maxLook; k-- {
		if r.at[k] >= 0 {
			return -1, false
		}
		if r.is(k, s.b, ",") && k != ps-1 {
			return -1, false
		}
		if m, ok := r.ordinalSubjectAt(k-1, s.b); ok {
			return m, true
		}
	}
	return -1, false
}

// latterSignedPlace returns the place "the latter" or « ce dernier »
// before token j stands for: the last place named (latterPlace), unless
// the text gave that name no sign of a place and a name it did give one
// (a kind, a preposition of place) stands before it in the same sentence:
// « le camp de chasse de Wachiskun sera raccordé au réseau d'Hydro-Québec.
// Ce dernier se trouve à 40 km de Chibougamau » is the camp, not the firm
// that owns the network.
func (r *reader) latterSignedPlace(j int) int {
	m := r.latterPlace(j)
	if m < 0 || r.evidence(m) > EvidenceCapitalised {
		return m
	}
	if m2 := r.latterPlace(r.mtok[m][0]); m2 >= 0 && r.evidence(m2) >= EvidencePreposition && r.sentOf(r.mtok[m2][0]) == r.sentOf(r.mtok[m][0]) {
		return m2
	}
	return m
}

// ordinalApposition returns the name an ordinal subject set off by commas
// gives itself at the start of the clause of the phrase at token ps: "The
// first, at Dirib Olla, is some 40 km north of X; the second, at Y, lies
// 25 km east of the first", « Le premier, Ankilibe-Sud, se trouve à 20 km
// au nord de la ville ; le second, Befasy-Kely, à 12 km à l'est du
// premier ». The clause opens the sentence or follows a semicolon, and no
// other name stands between the ordinal's name and the phrase. The name,
// not a pair named before, is what the distance places.
func (r *reader) ordinalApposition(ps int, s *sentence) (int, bool) {
	c := s.a
	for k := ps - 1; k > s.a; k-- {
		if r.is(k, s.b, ";") {
			c = k + 1
			break
		}
	}
	m, ok := r.ordinalAppositionAt(c, ps, s)
	if !ok {
		return -1, false
	}
	for k := r.mtok[m][1] + 1; k < ps; k++ {
		if r.at[k] >= 0 {
			return -1, false
		}
	}
	return m, true
}

// ordinalAppositionAt reads at token c, before token end, an ordinal
// after its article set off by commas with the name it gives ("the first,
// at Pombeli,", « le second, Befasy-Kely, »), the name maybe after a
// preposition or a kind ("at the well of X", « au lieu-dit X »), and
// returns that name.
func (r *reader) ordinalAppositionAt(c, end int, s *sentence) (int, bool) {
	for c < end && r.toks[c].kind == tokPunct {
		c++
	}
	switch r.word(c, s.b) {
	case "the", "le", "la":
	default:
		return -1, false
	}
	if _, ok := lex().ordinals[r.word(c+1, s.b)]; !ok || r.at[c+1] >= 0 || !r.is(c+2, s.b, ",") {
		return -1, false
	}
	j := c + 3
	for n := 0; n < 4 && j < end && r.at[j] < 0 && r.lowerWord(j, s.b) != ""; n++ {
		j++ // "at", "at the well of", « au lieu-dit »
	}
	m := r.mentionAt(j, s.b)
	if m < 0 || r.mtok[m][0] != j {
		return -1, false
	}
	if e := r.mtok[m][1]; e >= end || !r.is(e, s.b, ",") {
		return -1, false
	}
	return m, true
}
