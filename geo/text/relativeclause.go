package text

// heightRelativeStart reads backwards from token v, the verb of a
// relative clause whose height elevationEndingAt read after it (« qui
// culmine à 1 350 m », « qui s'élève à 2 100 mètres », « qui se dresse à
// 900 m »), the relative pronoun and the comma before it. It returns the
// comma's token. The height says nothing of where the place lies, so a
// distance after the clause is about the name before the comma, as after
// « X, à 2 400 m d'altitude, ».
func (r *reader) heightRelativeStart(v int, s *sentence) (int, bool) {
	b := s.b
	if r.lowerWord(v, b) == "" || r.at[v] >= 0 {
		return v, false
	}
	q := v - 1
	if r.is(q, b, "se") {
		q--
	}
	if !r.is(q, b, "qui") || !r.is(q-1, b, ",") || q-1 <= s.a {
		return v, false
	}
	return q - 1, true
}

// coordinatedRelativeLook is how many tokens the first verb of a
// relative clause and its object may hold before « et ».
const coordinatedRelativeLook = 12

// coordinatedRelativeStart reads backwards from token k, an « et » that
// joins a verb of place to the first verb of a relative clause, the words
// of that first verb and its object (lower-case words and numbers, no name
// and no punctuation) up to « qui » after a comma: « au camp de X, qui
// abrite 12 000 personnes et se trouve à 25 km de Y ». It returns the
// token of « qui », or -1. Both verbs are the relative's, about the name
// before the comma.
func (r *reader) coordinatedRelativeStart(k int, s *sentence) int {
	b := s.b
	for j := k - 1; j > s.a && j >= k-coordinatedRelativeLook; j-- {
		if r.at[j] >= 0 {
			return -1
		}
		switch t := &r.toks[j]; {
		case t.kind == tokNum:
		case t.kind != tokWord || t.cap:
			return -1
		case t.lower == "qui":
			if j == k-1 || !r.is(j-1, b, ",") {
				return -1
			}
			return j
		}
	}
	return -1
}
