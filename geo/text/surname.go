package text

// maxSurnameWords is the longest part of a person's name, in words, that a
// text repeats alone for the person: "Mejía", "Ó Flaithearta", "Ould
// Cheikh".
const maxSurnameWords = 2

// markSurnames reads a name of one or two words that is the end of a
// longer name the text gives a person ("environmental defender Juan
// Carlos Mejía … linked to Mejía's opposition", "Pádraig Ó Flaithearta …
// at Ó Flaithearta's Funeral Home", « le député Moussa Traoré … Traoré a
// déclaré ») as the person named again, no place. It runs after the
// evidence stage and before the containers, so that the owner before a
// possessive is no container ("Funeral Home in Ó Flaithearta").
//
// The short name is taken for the person only where the text says nothing
// of it as a place: capitalised alone, or before a possessive "'s" where
// only a preposition came before it ("linked to Mejía's opposition"). "in
// Kamara" or "the village of Kamara" stays a place. The longer name is a
// person's when nothing makes it a place (its evidence is capitalised or
// unlikely), every word of it is capitalised, and it opens with no word
// place names open with (a direction, a generic such as "Lake" or
// "Mount": "South Sudan … Sudan's", "Lake Chad … Chad's").
//
// It is linear in the number of mentions.
func (r *reader) markSurnames() {
	tails := map[string]bool{}
	for n := range r.mentions {
		if r.evidence(n) > EvidenceCapitalised || !r.personLike(n) {
			continue
		}
		a, b := r.mtok[n][0], r.mtok[n][1]
		for l := 1; l <= maxSurnameWords && l < b-a; l++ {
			tails[r.text[r.toks[b-l].start:r.toks[b-1].end]] = true
		}
	}
	if len(tails) == 0 {
		return
	}
	for m := range r.mentions {
		a, b := r.mtok[m][0], r.mtok[m][1]
		if b-a > maxSurnameWords || !tails[r.mentions[m].Name] {
			continue
		}
		switch ev := r.evidence(m); {
		case ev == EvidenceCapitalised:
		case ev == EvidencePreposition && b < len(r.toks) && r.toks[b].kind == tokPoss:
		default:
			continue
		}
		r.mentions[m].Evidence = EvidenceUnlikely
	}
}

// personLike reports whether mention n may be a person's full name: two
// words or more, all capitalised, none a direction, a qualifier, a generic
// of places or a word of organisations ("North", "New", "Lake", "Army"),
// the first no word that opens places' names (placeopeners.tsv: "Papua",
// "El"; nameleads.tsv: "Lake").
func (r *reader) personLike(n int) bool {
	a, b := r.mtok[n][0], r.mtok[n][1]
	if b-a < 2 {
		return false
	}
	first := r.toks[a].lower
	if isPlaceWord(first) || anyHas(setPlaceOpeners, first) || anyHas(setNameLeads, first) {
		return false
	}
	for k := a; k < b; k++ {
		t := &r.toks[k]
		if t.kind != tokWord || !t.cap || isOrgWord(t.lower) || isToponymGeneric(t.lower) || isCompassWord(t.lower) || anyHas(setQualifiers, t.lower) {
			return false
		}
	}
	return true
}
