package text

// A road named by the places it joins: "on the Gao–Ansongo road", "along
// the Kabul–Jalalabad highway", "sur l'axe Gao–Ansongo", "sur la route
// Mopti – Sévaré". The subject lies on the road between the two places: a
// KindBetween with Road set, as "on the road between Gao and Ansongo" reads.
// The two names must be separate words joined by a dash or a spaced hyphen:
// "Bobo-Dioulasso" is one name, and the reader, which knows no gazetteer,
// does not cut it.

// isRoadNoun reports whether w names a road in English or French.
func isRoadNoun(w string) bool {
	switch w {
	case "road", "highway", "motorway", "route", "axis", "track", "corridor",
		"axe", "piste", "autoroute", "tronçon":
		return true
	}
	return false
}

// roadPairAt reads a road named by the places it joins, led by the word at
// token i ("on", "along", "off", "sur"), and returns the relation: "8 km off
// the Songea–Mbinga road" is by that road too, a road distance the reader
// cannot measure without the road.
func (r *reader) roadPairAt(i, b int) (found, bool) {
	w := r.lowerWord(i, b)
	if w != "on" && w != "along" && w != "off" && w != "sur" {
		return found{}, false
	}
	k := i + 1
	french := w == "sur"
	switch r.word(k, b) {
	case "the", "la", "le":
		k++
	default:
		if _, art := elidedRest(r.word(k, b)); art != 'l' {
			return found{}, false
		}
		// "sur l'axe Gao–Ansongo": the article is glued to the noun.
		rest, _ := elidedRest(r.word(k, b))
		if !isRoadNoun(rest) {
			return found{}, false
		}
		return r.roadPair(i, k+1, b, french, false)
	}
	if isRoadNoun(r.lowerWord(k, b)) {
		return r.roadPair(i, k+1, b, french, false) // "sur la route Mopti – Sévaré"
	}
	return r.roadPair(i, k, b, french, true) // "on the Gao–Ansongo road"
}

// roadPair reads "A – B" at token k, followed by a road noun when after is
// set, and returns the relation that starts at token i.
func (r *reader) roadPair(i, k, b int, french, after bool) (found, bool) {
	a := r.mentionAt(k, b)
	if a < 0 {
		return found{}, false
	}
	d := r.mtok[a][1]
	if !r.is(d, b, "–") && !r.is(d, b, "—") && !(r.is(d, b, "-") && r.toks[d].start > r.toks[d-1].end) {
		return found{}, false
	}
	o := r.mentionAt(d+1, b)
	if o < 0 || r.mentions[o].Name == r.mentions[a].Name {
		return found{}, false
	}
	end := r.mtok[o][1]
	if after {
		if !isRoadNoun(r.lowerWord(end, b)) {
			return found{}, false
		}
		end++
	}
	for _, m := range []int{a, o} {
		if r.mentions[m].Evidence == EvidenceUnlikely {
			return found{}, false
		}
	}
	f := newFound(KindBetween, i)
	f.rel.Object, f.rel.Other, f.rel.Road, f.french = a, o, true, french
	f.end = end
	return f, true
}
