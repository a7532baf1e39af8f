package text

// maxWhereWords bounds the lower-case words after the article of a phrase
// of where exactly ("on the left bank of the river" has five).
const maxWhereWords = 5

// isKindPreposition reports whether w, after a kind of place, opens a
// phrase of lower-case words qualifying the kind ("the X camp for
// internally displaced persons"): a row of a prepositions.tsv flagged kind.
func isKindPreposition(w string) bool {
	for _, l := range langs().all {
		if l.preps[w].kind {
			return true
		}
	}
	return false
}

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

// isSecondPreposition reports whether w, after the kind of an apposition
// to a name, opens a second kind that a distance after it does not place
// ("X, a stone hut with a spring 11 km north of Y"): a row of a
// prepositions.tsv flagged second.
func isSecondPreposition(w string) bool {
	for _, l := range langs().all {
		if l.preps[w].second {
			return true
		}
	}
	return false
}

// secondKindAt reports whether the article at token k opens the second
// kind of an apposition to a name: a preposition flagged second before it,
// and before that the apposition's own kind, its article and at most three
// modifiers after the name and its comma. Travel writing and reports
// describe a place by two kinds, the distance after both placing the name:
// "Kiva, a turf hut on a reindeer camp 35 km north-east of Y", "Kiva, a
// small Huli settlement near an old mission airstrip 18 km south of Y",
// « Tenba, un campement nomade près d'un puits, à 40 km au nord de Y ».
func (r *reader) secondKindAt(k int, s *sentence) bool {
	p := k - 1
	if p <= s.a || !isSecondPreposition(r.lowerWord(p, s.b)) {
		return false
	}
	h := p - 1 // the apposition's kind, or a French adjective after it
	if !r.kindWordAt(h, s) && r.kindWordAt(h-1, s) {
		h-- // « un campement nomade près d'un puits »
	}
	if !r.kindWordAt(h, s) {
		return false
	}
	for j := h - 1; j > s.a && j >= h-5; j-- {
		if r.is(j, s.b, ",") {
			m := r.mentionEndingAt(j-1, s.a)
			return m >= 0 && r.evidence(m) > EvidenceUnlikely && j+1 < h && isSiteArticle(r.lowerWord(j+1, s.b))
		}
		if r.toks[j].kind != tokWord && r.toks[j].kind != tokPoss {
			return false
		}
	}
	return false
}

// kindWordAt reports whether token k is a lower-case word naming a kind of
// place, English or French ("hut", « campement »).
func (r *reader) kindWordAt(k int, s *sentence) bool {
	w := r.lowerWord(k, s.b)
	return w != "" && k > s.a && !r.toks[k].cap && (isDescriptorNoun(w) || frenchFeature(w) != "")
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
// keeps the reading it had. After the kind of an apposition instead of a
// verb ("X, a village on the Nile some six miles north of Y") the phrase
// may hold names, and the search goes on from the kind to X.
func (r *reader) whereInsertBefore(ps int, s *sentence) (int, bool) {
	e := ps
	if r.is(e-1, s.b, ",") {
		e-- // "on the left bank of the river, 12 km south of"
	}
	for i := e - 2; i > s.a && i >= e-2-maxWhereWords; i-- {
		verb := anyHas(setGroundVerbs, r.lowerWord(i, s.b))
		if r.is(i, s.b, "from") && langs().en.verbs[r.lowerWord(i-1, s.b)].act && r.is(i-2, s.b, ",") && r.mentionEndingAt(r.modifiersStart(i-3, s)-1, s.a) >= 0 {
			// "the Sarybulak-3 well, drilled from a pad 32 km north-east
			// of Aktobe": the work done from the pad is the name's.
			return i - 2, true
		}
		if !isWherePreposition(r.lowerWord(i, s.b)) && !verb && !r.secondKindAt(i+1, s) {
			continue // "X, a settlement near an airstrip 18 km south of Y" steps over "near" too
		}
		switch r.lowerWord(i+1, s.b) {
		case "a", "an", "the":
		default:
			return 0, false
		}
		if verb {
			// "The Inca fortress of X crowns a ridge about 25 km north
			// of Y": the verb's object is the ground the place stands
			// on (groundverbs.tsv), and the search goes on from the
			// name or the apposition before the verb.
			for j := i + 2; j < e; j++ {
				if w := r.lowerWord(j, s.b); w == "" || isCopula(w) || isRelativeWord(w) || w == "and" || w == "or" || w == "but" {
					return 0, false
				}
			}
			// Only right after the name or its apposition: "The troops
			// occupied a village 25 km north of Y" places the village.
			return i - 1, e-(i+2) >= 1 && (r.mentionEndingAt(i-1, s.a) >= 0 || r.is(i-1, s.b, ","))
		}
		// After a verb of place, or after the kind of an apposition
		// ("X, a village on the Nile some six miles north of Y"), whose
		// phrase may name a river or a range: the village is the subject.
		// A name inside the phrase only after "on", "along", ...: "an
		// outpost in the Wadi al-Shay area, 40 km south-west of Y" and "a
		// base in the hamlet of X, 40 km ..." name the place the distance
		// is about inside it; "a village in the hills 30 km south-west of
		// Y" names none.
		kind := isDescriptorNoun(r.lowerWord(i-1, s.b))
		named := !containerPreposition(r.lowerWord(i, s.b))
		if !isCopula(r.lowerWord(i-1, s.b)) && !kind || e-(i+2) < 1 {
			return 0, false
		}
		if named && r.kindedNameEndsAt(i+2, e, s) && (kind && !r.appositionKindAt(i-1, s) || !kind && !r.placeBeforeVerb(i-1, s)) {
			// "Remains were found on the Pobudje ridge, 12 km north-west
			// of Y", "exhumed remains at a site on the Pobudje ridge, …":
			// no place comes before the verb or the kind, and the name
			// with its kind closing the phrase is what the distance
			// places.
			return 0, false
		}
		for j := i + 2; j < e; j++ {
			if named && r.mentionAt(j, s.b) >= 0 {
				j = r.mtok[r.mentionAt(j, s.b)][1] - 1
				continue
			}
			if r.toks[j].kind == tokNum || (r.is(j, s.b, "-") && j > i+2 && r.toks[j-1].kind == tokNum) {
				continue // "on a 3,000-hectare site 10 km north of Y"
			}
			w := r.lowerWord(j, s.b)
			if w == "" || isCopula(w) || isRelativeWord(w) || w == "and" || w == "or" || w == "but" || r.mentionAt(j, s.b) >= 0 {
				return 0, false
			}
		}
		return i - 1, true
	}
	return 0, false
}

// kindedNameEndsAt reports whether the words from token a to e end with
// a name and a lower-case kind of place after it that is no river, lake
// or range (isLandmarkFeature): "the Pobudje ridge", "the Hollins farm".
// So does a name whose own last word is the kind of a holding a nameless
// place may stand on (isNamelessKind): "a line camp on the Alder Creek
// Ranch, about 30 miles north of Ely" places the ranch.
func (r *reader) kindedNameEndsAt(a, e int, s *sentence) bool {
	if m := r.mentionEndingAt(e-1, s.a); m >= 0 && r.mtok[m][0] >= a && r.mtok[m][1]-r.mtok[m][0] >= 2 && r.toks[e-1].cap &&
		r.evidence(m) > EvidenceUnlikely {
		w := r.toks[e-1].lower
		return isDescriptorNoun(w) && isNamelessKind(w) && !isLandmarkFeature(w)
	}
	w := r.lowerWord(e-1, s.b)
	if w == "" || r.toks[e-1].cap || !isDescriptorNoun(w) || isLandmarkFeature(w) {
		return false
	}
	m := r.mentionEndingAt(e-2, s.a)
	return m >= 0 && r.mtok[m][0] >= a && r.evidence(m) > EvidenceUnlikely
}

// placeBeforeVerb reports whether a place names the subject of the verb at
// token v: a name right before it, or before one or two auxiliaries
// ("Kalo lies", "X was found", "X has been found").
func (r *reader) placeBeforeVerb(v int, s *sentence) bool {
	k := v - 1
	for n := 0; n < 2 && k > s.a; n++ {
		switch r.lowerWord(k, s.b) {
		case "is", "was", "are", "were", "be", "been", "has", "have", "had":
			k--
			continue
		}
		break
	}
	m := r.mentionEndingAt(k, s.a)
	return m >= 0 && r.evidence(m) > EvidenceUnlikely
}

// appositionKindAt reports whether the kind noun at token k is the head
// of an apposition to a name: the name, a comma, an article and at most
// two modifiers before it ("X, a village on the Nile", "X, a small
// hamlet on the Y farm").
func (r *reader) appositionKindAt(k int, s *sentence) bool {
	for j := k - 1; j > s.a && j >= k-4; j-- {
		if r.is(j, s.b, ",") {
			m := r.mentionEndingAt(j-1, s.a)
			return m >= 0 && r.evidence(m) > EvidenceUnlikely
		}
		if r.toks[j].kind != tokWord || r.toks[j].cap {
			return false
		}
	}
	return false
}

// extentBefore returns the token before a verb of extent
// (extentverbs.tsv) and its area that stand right before the phrase at ps:
// "The licence covers 120 km² some 30 km south of Kangaba", "licence EPL
// 7234, covering 185 km² some 55 km east of Swakopmund". The area is the
// verb's object and no place; the search for the subject goes on from
// before the verb.
func (r *reader) extentBefore(ps int, s *sentence) (int, bool) {
	e := ps
	if r.is(e-1, s.b, ",") {
		e--
	}
	u := e - 1 // the area's unit: "hectares", "ha", "km²", "square miles"
	switch {
	case u > s.a && r.is(u, s.b, "²") && r.is(u-1, s.b, "km"):
		u--
	case u > s.a && anyHas(setMeasures, r.lowerWord(u, s.b)):
	case u > s.a && isUnitWord(r.lowerWord(u, s.b)) && (r.is(u-1, s.b, "square") || r.is(u-1, s.b, "sq")):
		u--
	default:
		return 0, false
	}
	n := u - 1
	if n <= s.a || r.toks[n].kind != tokNum {
		return 0, false
	}
	v := n - 1
	if isFiller(r.lowerWord(v, s.b)) {
		v-- // "covers some 120 km²"
	}
	if v <= s.a || !anyHas(setExtentVerbs, r.lowerWord(v, s.b)) {
		return 0, false
	}
	return v - 1, true
}

// containerPreposition reports whether w puts a place inside what follows
// ("in", "at", "within", "inside", "among"): a phrase so opened after a
// kind names the place itself ("a base in the hamlet of X"), not where it
// stands.
func containerPreposition(w string) bool {
	switch w {
	case "in", "at", "within", "inside", "among", "dans", "à":
		return true
	}
	return false
}
