package text

import "strings"

// A direction without a distance, one rule for every language: "east of
// X", "to the north of X", "au nord de X", "à l'est du village de X". How
// each language writes the direction and the place is its syntax
// (syntax.go).

// directionOnlyIn reads the direction without a distance of the language
// l at token i: the direction, the language's "of" and the place. It is
// the rule named direction (entry.go), which each language tries in its
// own order.
func (r *reader) directionOnlyIn(l *language, i int, s *sentence, last *lastPhrase) (found, bool) {
	b, syn := s.b, l.syntax()
	if !l.startsAt(r.word(i, b)) {
		return found{}, false
	}
	d, e, ok := syn.direction(r, i, s)
	if !ok {
		return found{}, false
	}
	gated := syn.gate == nil || syn.gate(r, i, s, last)
	f := newFound(KindDirection, i)
	f.french = syn.french
	setDirection(&f.rel, d)
	o, ok := r.ofAt(l, e, b)
	if !ok {
		if gated && syn.noOf != nil {
			return syn.noOf(r, f, e, s)
		}
		return found{}, false
	}
	if f, ok = syn.object(r, f, o, b); !ok {
		return found{}, false
	}
	// "X lies north of Y, some 20 km out", "au nord de Tahoua, à une
	// trentaine de kilomètres": the distance set off after the place
	// (fronted.go). Opening the sentence, such a phrase places the
	// subject after the verb even where the gate asks for a verb before
	// it ("Au nord de Tahoua, à 30 km, se trouve X").
	f, setOff := r.setOffAfter(l, f, f.end, b)
	if !gated && !(setOff && i == s.first) {
		return found{}, false
	}
	return f, true
}

// englishBareDirection reads an English direction without a distance at
// token i: "to the east", "east", "due north". A bare direction after an
// article or a preposition ("the north of Mali", "towards the north of")
// names a part, not a relation, and one after a number or a unit ("12,000
// km² north of") belongs to them.
func (r *reader) englishBareDirection(i int, s *sentence) (direction, int, bool) {
	b := s.b
	k := i
	if r.seq(k, b, "to", "the") {
		k += 2
	} else {
		if prev := r.word(i-1, b); i-1 >= s.a && (prev == "the" || prev == "a" || prev == "an" ||
			prev == "far" || prev == "extreme" || prev == "its" || prev == "their" || isPreposition(prev)) {
			return direction{}, i, false
		}
		if r.superlativeBefore(i, s) {
			return direction{}, i, false
		}
		if i-1 >= s.a {
			p := &r.toks[i-1]
			if _, _, _, unit := r.unitAt(i-1, b); unit || p.kind == tokNum ||
				(p.kind == tokPunct && !strings.Contains(",;:()–—", p.lower)) {
				return direction{}, i, false
			}
		}
	}
	return r.parseDirection(k, b, k > i)
}

// frenchDirectionFirst reads a French direction that its distance
// follows, "se trouve au sud à 21 kilomètres de X", from token e after the
// direction of f.
func (r *reader) frenchDirectionFirst(f found, e int, s *sentence) (found, bool) {
	if !r.is(e, s.b, "à") {
		return found{}, false
	}
	d, ok := r.frenchDistanceAt(e, s)
	if !ok || d.rel.Points != 0 || d.rel.Kind != KindDistance {
		return found{}, false
	}
	d.rel.Direction, d.rel.Azimuth, d.rel.Points = f.rel.Direction, f.rel.Azimuth, f.rel.Points
	d.start, d.phraseStart = f.start, f.start
	return d, true
}

// superlativeBefore reports whether a superlative and its noun stand right
// before the direction at token i: "the largest city west of Winnipeg",
// "the highest peak east of the Rockies", "the most populous town north
// of X". The direction there bounds the superlative's field, half a
// continent, and says nothing a compass sector could check.
func (r *reader) superlativeBefore(i int, s *sentence) bool {
	k := i - 1
	if r.lowerWord(k, s.b) == "" {
		return false
	}
	k--
	if w := r.lowerWord(k, s.b); k >= s.a && isPlainAdjective(w) && !langs().en.has(setSuperlatives, w) {
		k-- // "the largest Canadian city", "the biggest market town"
	}
	w := r.lowerWord(k, s.b)
	return langs().en.has(setSuperlatives, w) || r.is(k-1, s.b, "most") && w != ""
}
