package text

// A road named by the places it joins: "on the Gao–Ansongo road", "along
// the Kabul–Jalalabad highway", "sur l'axe Gao–Ansongo", "sur la route
// Mopti – Sévaré". The subject lies on the road between the two places: a
// KindBetween with Road set, as "on the road between Gao and Ansongo" reads.
// The two names must be separate words joined by a dash or a spaced hyphen:
// "Bobo-Dioulasso" is one name, and the reader, which knows no gazetteer,
// does not cut it.

// isRoadNoun reports whether w names a road in any language: a row of a
// roadnouns.tsv.
func isRoadNoun(w string) bool {
	for _, l := range langs().all {
		if _, ok := l.rules.roadNouns[w]; ok {
			return true
		}
	}
	return false
}

// isFrenchRoadNoun reports whether w is a French road noun that names a
// road by the towns it joins right after it, "l'axe Gao-Ansongo", "la
// route Mopti-Gao" (splitRoadPairs): a row of lexicon/fr/roadnouns.tsv
// flagged pair.
func isFrenchRoadNoun(w string) bool {
	return langs().fr.rules.roadNouns[w]
}

// isCompoundNamePart reports whether w, lower-case, is a word that place
// names are made of with a hyphen ("Saint-Louis", "Kalo-Nord",
// "Haut-Mbomou", "Grand-Bassam", "Port-Gentil"), so that a hyphenated word
// with it is one name, not a road pair: a row of a nameparts.tsv.
func isCompoundNamePart(w string) bool {
	return anyHas(setNameParts, w)
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
		if !isRoadNoun(r.word(end, b)) {
			return found{}, false
		}
		end++
	}
	for _, m := range []int{a, o} {
		if r.evidence(m) == EvidenceUnlikely {
			return found{}, false
		}
	}
	f := newFound(KindBetween, i)
	f.rel.Object, f.rel.Other, f.rel.Road, f.french = a, o, true, french
	f.end = end
	return f, true
}

// roadToAt reads "on the road to Y" at token i, after a distance from X:
// "30 km from Morogoro on the road to Dodoma", "25 km west of Lusaka along
// the Mumbwa road", "à 5 km d'Azrou sur la route
// de Midelt", "18 km north of Douentza, on the way to Timbuktu". The
// subject lies on the road between X and Y; X is found when the phrase is
// attached (roadTo), as the object of the subject's previous distance or
// direction in the sentence.
func (r *reader) roadToAt(i, b int) (found, bool) {
	k := i
	french := false
	switch r.lowerWord(k, b) {
	case "on", "along":
		if !r.is(k+1, b, "the") {
			return found{}, false
		}
		k += 2
		if y := r.mentionAt(k, b); y >= 0 && r.mtok[y][0] == k && isRoadNoun(r.lowerWord(r.mtok[y][1], b)) &&
			r.evidence(y) != EvidenceUnlikely {
			// "along the Mumbwa road", "on the Kasama highway": the road
			// to Mumbwa, not Mumbwa.
			f := newFound(KindBetween, i)
			f.rel.Other, f.rel.Road, f.roadTo, f.end = y, true, true, r.mtok[y][1]+1
			return f, true
		}
		if r.is(k, b, "main") {
			k++
		}
		switch r.lowerWord(k, b) {
		case "road", "way", "route", "highway":
		default:
			return found{}, false
		}
		if !r.is(k+1, b, "to") {
			return found{}, false
		}
		k += 2
	case "sur":
		if !r.is(k+1, b, "la") || !r.is(k+2, b, "route") {
			return found{}, false
		}
		k += 3
		switch {
		case r.is(k, b, "de") || r.is(k, b, "vers"):
			k++
		case r.seq(k, b, "menant", "à"), r.seq(k, b, "qui", "mène"):
			k += 2
			if r.is(k, b, "à") {
				k++
			}
		default:
			if _, art := elidedRest(r.word(k, b)); art != 'd' {
				return found{}, false // "sur la route d'Agadez" glues the "de"
			}
		}
		french = true
	default:
		return found{}, false
	}
	if r.is(k, b, "the") || r.is(k, b, "la") || r.is(k, b, "le") {
		k++
	}
	y := r.mentionAt(k, b)
	if y < 0 || r.evidence(y) == EvidenceUnlikely {
		return found{}, false
	}
	e := r.mtok[y][1]
	if french && (r.is(e, b, "à") || r.is(e, b, "et")) {
		return found{}, false // "sur la route de A à B" is read by betweenAt
	}
	f := newFound(KindBetween, i)
	f.rel.Other, f.rel.Road, f.french, f.roadTo, f.end = y, true, french, true, e
	return f, true
}

// roadFrom returns the object of subject's latest distance or direction in
// sentence s, the place a road "to Y" starts from, or -1.
func (r *reader) roadFrom(subject int, s *sentence) int {
	for i := len(r.rels) - 1; i >= 0 && r.rels[i].Phrase.Start >= s.span.Start; i-- {
		rel := r.rels[i]
		if rel.Subject == subject && rel.Object >= 0 && rel.Border == nil &&
			(rel.Kind == KindDistance || rel.Kind == KindDirection) {
			return rel.Object
		}
	}
	return -1
}

// roadNounEndsRun reports whether the capitalised word at q, the last of
// the run of capitalised words [i, j), is the road noun of a road named by
// its ends ("the Kampala–Gulu Highway", "the Kampala–Entebbe Road"): the
// run starts right after a dash that follows a capitalised word, and the
// noun is no part of the second place's name.
func (r *reader) roadNounEndsRun(i, q, j int) bool {
	if q != j-1 || q == i || !isRoadNoun(r.toks[q].lower) || i < 2 {
		return false
	}
	d := i - 1
	if !r.is(d, len(r.toks), "–") && !r.is(d, len(r.toks), "—") &&
		!(r.is(d, len(r.toks), "-") && r.toks[d].start > r.toks[d-1].end) {
		return false
	}
	return r.toks[d-1].kind == tokWord && r.toks[d-1].cap
}
