package text

// Impacts: a name followed by words that say the place suffered a
// disaster is a place ("Les Cayes, Jérémie and Anse-à-Veau were badly
// hit", "Al Bayda and Benghazi were also flooded", « Les communes d'X et
// d'Y ont été les plus touchées »). The words are the rows of
// lexicon/*/impacts.tsv: an auxiliary ("were", « ont été »), then at most
// four degree words ("also", "badly", « les plus »), then a participle
// ("hit", "flooded", « touchées »); or a verb of class active alone
// (« ont subi »). A list takes the evidence of its best member
// (findLists), so the words after the last name make every name a place.

// impactAfter reports whether the words from token q, right after a name
// of sentence s, say that the place suffered a disaster (see above).
func (r *reader) impactAfter(q int, s *sentence) bool {
	q = r.skipParen(q, s.b)
	for _, l := range langs().all {
		c, k, ok := phraseAt(r, l.impacts, q, s.b, true)
		if !ok {
			continue
		}
		if c == "active" {
			return true
		}
		if c == "report" {
			if r.countAt(k, s.b) {
				return true
			}
			continue
		}
		if c != "aux" {
			continue
		}
		for n := 0; n < 4; n++ {
			c, e, ok := phraseAt(r, l.impacts, k, s.b, true)
			if !ok || c == "aux" || c == "active" {
				break
			}
			if c == "impact" {
				return true
			}
			k = e
		}
	}
	return false
}

// countAt reports whether the words at token k open a count that a
// report verb (class report of impacts.tsv) takes as its object: a
// number ("reports 1,140 households displaced", « signale 300 ménages »),
// a number word ("two suspected cases") or a word of none ("no new
// cases", « aucun cas »). A place reports what a clinic or an office in
// it counts: "Kasane reports two new cases", "Labasa and Savusavu report
// 1,300 houses damaged".
func (r *reader) countAt(k, b int) bool {
	if k >= b {
		return false
	}
	if r.toks[k].kind == tokNum {
		return true
	}
	w := r.lowerWord(k, b)
	return isNumberWord(w) || w == "no" || w == "aucun" || w == "aucune"
}

// riverVerbAfter reports whether the name [p, q) of sentence s, after a
// definite article, is followed by words of class river of impacts.tsv,
// which only a river does: "The Limpopo burst its banks", « Le Niger est
// sorti de son lit ». Such a name is a river's, never the country's or
// the town's of that name.
func (r *reader) riverVerbAfter(p, q int, s *sentence) bool {
	switch {
	case q-p >= 2 && r.toks[p].cap && (r.toks[p].lower == "le" || r.toks[p].lower == "la"):
		// « Le Niger est sorti de son lit »: the article opens the run.
	case p-1 < s.a:
		return false
	default:
		switch w, art := elidedRest(r.toks[p-1].lower); {
		case art == 'l', w == "the" || w == "le" || w == "la":
		default:
			return false
		}
	}
	for _, l := range langs().all {
		if c, _, ok := phraseAt(r, l.impacts, q, s.b, true); ok && c == "river" {
			return true
		}
	}
	return false
}
