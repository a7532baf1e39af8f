package text

// maxPlacedAtWords bounds the lower-case words of the noun phrase that
// placedAtBefore matches ("base camp", « camp de base », « base-vie »).
const maxPlacedAtWords = 3

// placedAtWindow is how many tokens back placedAtBefore looks for the
// sentence that set the thing up: about two sentences.
const placedAtWindow = 120

// maxPlacedAtVerb bounds the words between that phrase and the preposition
// of where it was set up: "will be set up at", « a été installé à ».
const maxPlacedAtVerb = 6

// placedAtBefore reads, at token j, the object of a relation that
// repeats, with its article, a noun phrase in lower case that an earlier
// sentence opened with and set up at a named place, and returns that
// place and the token after the phrase: "The base camp will be set up at
// Kamoto, 45 km south-west of Kolwezi. A fly camp, Mukuba, will open 9 km
// north of the base camp", « La base-vie sera établie au lieu-dit X, … et
// un camp de chantier, Y, sera ouvert à 9 km au nord de la base-vie ».
// The earlier phrase is the subject of its clause (it opens the sentence
// or follows a comma), and between it and the preposition of where (at,
// in, on, « à », « au », « dans », « sur ») stand only lower-case words,
// the verb; a kind in lower case may stand before the name (« au lieu-dit
// X »). A division or a country is no such place ("The new camp will be
// set up in Kasese District").
func (r *reader) placedAtBefore(j, b int) (int, int, bool) {
	k := j
	if j < b && isArticleWord(r.toks[j].lower) {
		k++
	}
	var words []string
	e := k
	for ; e < b && len(words) < maxPlacedAtWords; e++ {
		t := &r.toks[e]
		if t.kind != tokWord || t.cap || r.at[e] >= 0 {
			break
		}
		if (t.lower == "de" || t.lower == "of") && len(words) > 0 {
			words = append(words, t.lower) // « camp de base »
			continue
		}
		if isPreposition(t.lower) || isFiniteVerb(t.lower) || isFrenchFiniteVerb(t.lower) {
			break
		}
		words = append(words, t.lower)
	}
	if len(words) == 0 || words[len(words)-1] == "de" || words[len(words)-1] == "of" {
		return -1, j, false
	}
	if !r.clauseEndAt(langs().en, e, b) && !r.clauseEndAt(langs().fr, e, b) {
		return -1, j, false
	}
	n := len(words)
	for p := j - n; p > 0 && p >= j-placedAtWindow; p-- {
		if !r.lowerWordsAt(p, words) || !isArticleWord(r.toks[p-1].lower) {
			continue
		}
		s := r.sentOf(p)
		if p-1 != s.first && !r.is(p-2, s.b, ",") {
			continue
		}
		if m, ok := r.placedAfter(p+n, s); ok {
			return m, e, true
		}
	}
	return -1, j, false
}

// lowerWordsAt reports whether the tokens from p are the lower-case words ws.
func (r *reader) lowerWordsAt(p int, ws []string) bool {
	for i, w := range ws {
		if p+i >= len(r.toks) || r.toks[p+i].kind != tokWord || r.toks[p+i].cap || r.toks[p+i].lower != w {
			return false
		}
	}
	return true
}

// placedAfter returns the place named after the verb that follows a
// subject ending right before token q of sentence s: up to
// maxPlacedAtVerb lower-case words, a preposition of where, perhaps an
// article and a lower-case kind, then a name that may be a place and is
// no division.
func (r *reader) placedAfter(q int, s *sentence) (int, bool) {
	for i := q; i < s.b && i <= q+maxPlacedAtVerb; i++ {
		t := &r.toks[i]
		if t.kind != tokWord || t.cap || r.at[i] >= 0 {
			return -1, false
		}
		switch t.lower {
		case "at", "in", "on", "à", "au", "dans", "sur":
		default:
			continue
		}
		k := i + 1
		if isArticleWord(r.lowerWord(k, s.b)) {
			k++
		}
		for n := 0; n < 2 && k < s.b && r.at[k] < 0 && r.toks[k].kind == tokWord && !r.toks[k].cap; n++ {
			k++ // « au lieu-dit X », "at the village of"? no: a kind in lower case
		}
		m := r.mentionAt(k, s.b)
		if m < 0 || r.evidence(m) <= EvidenceUnlikely || r.isContainer(m) || isAdminFeature(r.feature(m)) {
			return -1, false
		}
		return m, true
	}
	return -1, false
}

// isArticleWord reports whether w is an English or French article that
// may open a noun phrase repeated as a relation's object: "the", "a",
// "an", « le », « la », « les », « un », « une », or the elided « l' ».
func isArticleWord(w string) bool {
	switch w {
	case "the", "a", "an", "le", "la", "les", "un", "une", "l'", "l’":
		return true
	}
	return false
}
