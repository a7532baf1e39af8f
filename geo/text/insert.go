package text

// maxWhereWords bounds the lower-case words after the article of a phrase
// of where exactly ("on the left bank of the river" has five).
const maxWhereWords = 5

// isWherePreposition reports whether w, after a verb of place, opens a
// phrase saying where exactly the place stands ("stands on a wooded ridge",
// "lies along a dry riverbed"): a row of a prepositions.tsv flagged where.
func isWherePreposition(w string) bool {
	for _, l := range langs().all {
		if l.preps[w].where {
			return true
		}
	}
	return false
}

// whereInsertBefore reports whether a phrase of where exactly stands right
// before the distance at token ps, right after a verb of place: "The
// shrine of X stands on a wooded ridge 15 km north of Y", "X lies on the
// left bank of the river, 12 km south of Y". It returns the verb's token,
// from which the search for the distance's subject goes on, so the place
// before the verb is the subject rather than the sentence's opening words.
// The phrase is a where-preposition, an article and one to maxWhereWords
// lower-case words, optionally closed by a comma; a capitalised name
// inside it ("on the banks of the Niger") is no such phrase, so the name
// keeps the reading it had.
func (r *reader) whereInsertBefore(ps int, s *sentence) (int, bool) {
	e := ps
	if r.is(e-1, s.b, ",") {
		e-- // "on the left bank of the river, 12 km south of"
	}
	for i := e - 2; i > s.a && i >= e-2-maxWhereWords; i-- {
		if !isWherePreposition(r.lowerWord(i, s.b)) {
			continue
		}
		switch r.lowerWord(i+1, s.b) {
		case "a", "an", "the":
		default:
			return 0, false
		}
		if !isCopula(r.lowerWord(i-1, s.b)) || e-(i+2) < 1 {
			return 0, false
		}
		for j := i + 2; j < e; j++ {
			w := r.lowerWord(j, s.b)
			if w == "" || isCopula(w) || isRelativeWord(w) || w == "and" || w == "or" || w == "but" || r.mentionAt(j, s.b) >= 0 {
				return 0, false
			}
		}
		return i - 1, true
	}
	return 0, false
}
