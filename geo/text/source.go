package text

// maxSourceTokens bounds the words of the source a reported relative
// clause names: "the Karenni Human Rights Group" has five.
const maxSourceTokens = 6

// sourceClauseBefore reads a relative clause that credits the phrase at
// ps to a source, right before it: a relative word or none, the source,
// a verb of speech and a copula or verb of place: "Naung Kawng, a village
// the Karenni Human Rights Group says is roughly 25 km south of Y",
// "Mabote, which the UN says lies some 40 km west of Y", "a camp that
// residents say is 10 km from Y". The source is capitalised words after
// an optional "the" (perhaps with a possessive inside: "the Kachin
// Women's Association"), one or two lower-case words ("residents",
// "local officials"), or both ("UPDF officers"). It returns the first token of the clause (the
// relative word, or the source's first word when there is none): the
// phrase is said of the name before it, as after "which is".
func (r *reader) sourceClauseBefore(ps int, s *sentence) (int, bool) {
	j := ps - 1
	if j-2 <= s.a || !isCopula(r.lowerWord(j, s.b)) || !isSpeechVerb(r.lowerWord(j-1, s.b)) {
		return 0, false
	}
	j -= 2
	caps, lower := 0, 0
	for n := 0; n < maxSourceTokens && j > s.a; n++ {
		t := &r.toks[j]
		if t.kind == tokPoss && caps > 0 {
			j-- // "the Kachin Women's Association"
			continue
		}
		if t.kind != tokWord {
			break
		}
		if t.cap {
			caps++ // "the UN", "UPDF officers"
			j--
			continue
		}
		w := t.lower
		if caps == 0 && lower < 2 && !isRelativeWord(w) && !isDescriptorNoun(w) && !isCopula(w) && !isFiniteVerb(w) &&
			!isPreposition(w) && w != "the" && w != "a" && w != "an" {
			lower++
			j--
			continue
		}
		break
	}
	if caps == 0 && lower == 0 {
		return 0, false
	}
	if caps > 0 && r.is(j, s.b, "the") {
		j--
	}
	w := r.lowerWord(j, s.b)
	switch {
	case isRelativeWord(w):
		return j, true
	case isDescriptorNoun(w) && !r.toks[j].cap:
		return j + 1, true
	}
	return 0, false
}
