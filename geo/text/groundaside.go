package text

// groundLook is how many tokens a ground phrase between a participle of
// place and its distance may hold, the participle included: « posé au
// milieu des dunes », « accroché à flanc de colline au-dessus de la
// vallée ».
const groundLook = 10

// groundAsideStart reads backwards from token e, the last word before a
// distance, a ground phrase that a participle of place opens: the
// participle (a French verb of place that is not finite, « posé », «
// perché », « situé »; an English "lead" participle, "set", "perched"), a
// word of l's groundpreps.tsv right after it, and lower-case words up to
// e with no name, number, punctuation or other verb of place among them:
// « le campement de X, posé au milieu des dunes à 70 km au sud de Y »,
// "The hamlet, perched on a ridge 8 km east of Y". The participle opens
// an apposition: a comma or a name stands right before it. It returns the
// participle's token, or -1. The ground the place stands on is where it
// is, not what the distance places nor what it measures from, so the
// subject search passes over it to the name or the kind before the
// participle. A clause's own verb before the ground (« Les chauffeurs
// attendent sur un parking à 3 km », « découverts sur une aire
// d'autoroute à 4 km ») leaves the ground the place measured.
func (r *reader) groundAsideStart(l *language, e int, s *sentence) int {
	b := s.b
	for j := e; j > s.a && j > e-groundLook; j-- {
		t := &r.toks[j]
		if t.kind != tokWord || t.cap || r.at[j] >= 0 {
			return -1
		}
		if _, verb := l.verbs[t.lower]; !verb {
			continue
		}
		if j < e && isPlaceParticiple(l, t.lower) && l.has(setGroundPreps, r.lowerWord(j+1, b)) &&
			(r.is(j-1, b, ",") || r.mentionEndingAt(j-1, s.a) >= 0) {
			return j
		}
		return -1
	}
	return -1
}

// isPlaceParticiple reports whether w is a participle of place in l that
// may open a ground phrase: a French verb of place that is not finite
// (« situé », « posé », « perché »), an English "lead" row of verbs.tsv
// ("located", "set", "perched").
func isPlaceParticiple(l *language, w string) bool {
	v, ok := l.verbs[w]
	if !ok {
		return false
	}
	if l.code == "fr" {
		return !v.finite
	}
	return v.lead
}

// groundQuantity reads at token p an English participle of place and the
// ground it opens, then the quantity of the distance after that ground:
// "set among the dunes some 70 km", "perched on a ridge 8 km". It returns
// the quantity, which an aside after a nameless kind holds as "12 km west
// of X" does ("The camp, set among the dunes some 70 km south of X, has
// forty tents"; locatingAside).
func (r *reader) groundQuantity(p, b int) (quantity, bool) {
	en := langs().en
	if !isPlaceParticiple(en, r.lowerWord(p, b)) || !en.has(setGroundPreps, r.lowerWord(p+1, b)) {
		return quantity{}, false
	}
	for k := p + 2; k < b && k <= p+groundLook; k++ {
		if q, ok := r.parseQuantity(k, b); ok {
			return q, k > p+2
		}
		if r.toks[k].kind != tokWord || r.toks[k].cap || r.at[k] >= 0 {
			return quantity{}, false
		}
	}
	return quantity{}, false
}
