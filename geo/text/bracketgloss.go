package text

// bracketGloss reports whether the name at tokens [p, q) is the
// translation of the name before it, given in brackets as reports give
// one: "Khar Tolgoi (Black Hill)", "Shar Khujiriin Bulag (Yellow Salt
// Spring)", "Ain Zarqa ('Blue Spring')", « Bir Hamra (« le Puits rouge »)
// ». The bracket holds the name alone, perhaps in quotes, after an
// article or before lower-case words of translations (« (la Source
// bleue) »), right after a capitalised word. In quotes it is a gloss
// whatever its words; bare, its words are words of translations
// (lexicon/LANG/glosswords.tsv), kinds of place that are no division, or
// "of", "the", « de », « des », with a word of translations among them.
// "Goma (North Kivu)", "Port Sudan (Red Sea)" and "Gao (Mali)" name a
// container, and stay places.
func (r *reader) bracketGloss(p, q int, s *sentence) bool {
	a, b := p-1, q
	quoted := false
	if a > s.a && isQuoteMark(r.toks[a].lower) {
		a--
		quoted = true
	}
	if a > s.a && r.toks[a].kind == tokWord && !r.toks[a].cap && isFrenchArticle(r.toks[a].lower) {
		a-- // « (la Source verte) »
	}
	if a > s.a && isQuoteMark(r.toks[a].lower) {
		a--
		quoted = true
	}
	if a <= s.a || r.toks[a].lower != "(" || r.toks[a-1].kind != tokWord || !r.toks[a-1].cap {
		return false
	}
	for b < s.b && b < q+3 && r.toks[b].kind == tokWord && !r.toks[b].cap && anyHas(setGlossWords, r.toks[b].lower) {
		b++ // « (la Source bleue) »: French puts the adjective after, in lower case
	}
	if b < s.b && isQuoteMark(r.toks[b].lower) {
		b++
	} else if quoted {
		return false
	}
	if b >= s.b || r.toks[b].lower != ")" {
		return false
	}
	if quoted {
		return true
	}
	gloss := false
	for k := p; k < q; k++ {
		t := &r.toks[k]
		if t.kind != tokWord {
			return false
		}
		w, _ := elidedRest(t.lower)
		switch {
		case anyHas(setGlossWords, w):
			gloss = true
		case w == "of" || w == "the" || w == "de" || w == "des" || w == "du" || w == "la" || w == "le":
		case isToponymGeneric(w):
		case isDescriptorNoun(w) && !isAdminFeature(lex().en[w].feature):
		case frenchFeature(w) != "" && !isAdminFeature(frenchFeature(w)):
		default:
			return false
		}
	}
	return gloss
}

// isQuoteMark reports whether w is a quotation mark, straight, curly or
// French.
func isQuoteMark(w string) bool {
	switch w {
	case "\"", "'", "“", "”", "‘", "’", "«", "»":
		return true
	}
	return false
}
