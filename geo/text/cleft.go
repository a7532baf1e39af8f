package text

// cleftGap is how many words (a preposition, hedges) may stand between
// the words that open a cleft sentence and its distance's first token: «
// C'est à une vingtaine de kilomètres », "It was some 20 km".
const cleftGap = 3

// cleftFocusLook is how many tokens the place set off after a cleft's
// distance may take, with its preposition and kind, up to the comma before
// "that" or « que ».
const cleftFocusLook = 12

// cleftBefore reports whether the distance phrase that starts at token i
// is the focus of a cleft sentence: the sentence opens with a row of l's
// clefts.tsv ("It was", « C'est », « Ce fut ») and at most cleftGap
// lower-case words stand between it and i.
func (r *reader) cleftBefore(l *language, i int, s *sentence) bool {
	b := s.b
	j := s.first
	if j >= b || r.toks[j].kind != tokWord {
		return false
	}
	e := -1
	switch w := r.toks[j].lower; {
	case l.has(setClefts, w):
		e = j + 1
	case j+1 < b && r.toks[j+1].kind == tokWord && l.has(setClefts, w+" "+r.toks[j+1].lower):
		e = j + 2
	default:
		return false
	}
	if e > i || i-e > cleftGap {
		return false
	}
	for k := e; k < i; k++ {
		if r.lowerWord(k, b) == "" || r.at[k] >= 0 {
			return false
		}
	}
	return true
}

// cleftFocus reads at token k, right after the comma that closes a
// cleft's distance, the place the cleft sets off before its "that" or «
// que »: "at Tharuk", "at a roadside camp called Tharuk", « au lieu-dit X
// », « à X », « dans le village de X ». It returns the last name of that
// stretch, which must close it, followed by a comma and "that", « que »
// or « qu' ». The distance places that name: "It was some 20 km east of
// Leh, at Tharuk, that the convoy halted" puts Tharuk 20 km east of Leh.
func (r *reader) cleftFocus(k int, s *sentence) (int, bool) {
	b := s.b
	for e := k; e < b && e <= k+cleftFocusLook; e++ {
		if r.toks[e].kind != tokPunct {
			continue
		}
		if !r.is(e, b, ",") {
			return -1, false
		}
		w := r.lowerWord(e+1, b)
		if w != "that" && w != "que" && w != "qu'" && w != "qu’" && !isElidedQue(w) {
			return -1, false
		}
		m := r.mentionEndingAt(e-1, k)
		if m < 0 || r.evidence(m) == EvidenceUnlikely || e-1 < k {
			return -1, false
		}
		return m, true
	}
	return -1, false
}

// isElidedQue reports whether w is « que » elided before a vowel and
// glued to the next word (« qu'il », « qu’un »).
func isElidedQue(w string) bool {
	_, art := elidedRest(w)
	return art == 'q'
}

// afterComma returns e, or the token after it when e is a comma.
func (r *reader) afterComma(e, b int) int {
	if r.is(e, b, ",") {
		return e + 1
	}
	return e
}
