package text

import "strings"

// companionName reports whether the name from token p to q of sentence s
// is a person's by a noun of companions.tsv set beside it after a
// determiner: before it, with or without a comma ("our guide, Rado,", «
// notre chauffeur Rivo », « l'hôte, Rivo, »), or after it and a comma
// ("Rado, our host,", « Rivo, notre chauffeur, »), or, after it and a
// comma, a noun of a trade or an office that ends the apposition
// (personNounAt, personNounEnds: "Nelu, the head shepherd, who …"). A
// name so set is never a place, nor a stop a journey reaches or starts
// from.
func (r *reader) companionName(p, q int, s *sentence) bool {
	b := s.b
	k := p - 1
	comma := r.is(k, b, ",")
	if comma {
		k--
	}
	if k >= s.a && r.companionAt(k, s) {
		// "our guide, Rado" is closed where the apposition ends;
		// "our guide Rado" is the person's name as it stands.
		return !comma || q >= b || r.toks[q].kind == tokPunct
	}
	if !r.is(q, b, ",") || !isCompanionDeterminer(r.word(q+1, b)) {
		return false
	}
	switch r.word(p-1, b) {
	case "in", "at", "à", "au":
		return false // "in Gulu, our host's town": a place the apposition is about
	}
	for k := q + 2; k < b && k <= q+2+companionLook; k++ {
		if r.toks[k].kind != tokWord || r.toks[k].cap {
			return false
		}
		if r.companionAt(k, s) {
			// « à Ambalavao, notre chauffeur, Rivo, »: the noun is the
			// apposition of the name after it.
			return k+1 >= b || r.toks[k+1].kind == tokPunct && !(r.is(k+1, b, ",") && k+2 < b && r.toks[k+2].cap)
		}
		if r.personNounAt(k, s) && r.personNounEnds(k+1, s) {
			// "Aizada Omurova, a schoolteacher from Karakol,", "Nelu,
			// the head shepherd, who …": a trade or an office names a
			// person.
			return true
		}
	}
	return false
}

// companionAt reports whether token k of sentence s is a lower-case noun
// of companions.tsv after a determiner, with at most companionLook
// lower-case words between them ("our local guide", « notre fidèle
// chauffeur »), or glued to an elided article (« l'hôte »).
func (r *reader) companionAt(k int, s *sentence) bool {
	w := r.lowerWord(k, s.b)
	if rest, art := elidedRest(w); art == 'l' {
		return anyHas(setCompanions, rest)
	}
	if !anyHas(setCompanions, w) {
		return false
	}
	for j := k - 1; j >= s.a && j >= k-1-companionLook; j-- {
		if r.toks[j].kind != tokWord {
			return false
		}
		if isCompanionDeterminer(r.toks[j].lower) {
			return true
		}
		if r.toks[j].cap {
			return false
		}
	}
	return false
}

// isCompanionDeterminer reports whether w may open the noun of a
// companion: an article or a possessive of English or French ("our",
// "the", « notre », « son », « le »).
func isCompanionDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "son", "sa", "ses", "leur", "leurs":
		return true
	}
	return isPossessiveDeterminer(w) || isFrenchPossessive(w) || isFrenchArticle(w)
}

// companionLook is how many lower-case words may stand between a
// determiner and the noun of a companion ("our trusted local guide").
const companionLook = 2

// hostSubject reports whether the name from token p to q of sentence
// s is the subject of a verb of hostverbs.tsv by which a person hosts,
// guides or drives travellers: in English the verb then a pronoun of
// them ("Okello put us up", "Okello cooked for us"), in French a pronoun
// of them, perhaps an auxiliary, then the verb (« Rivo nous a hébergés
// », « Rivo m'a conduit », « Rivo nous conduisit »). Such a name is a
// person's, never a place nor a stop of a journey. A name after a
// preposition is the place the subject comes from or is in: « un Zaghawa
// de Bahaï nous guide », "a driver from Gulu drove us".
func (r *reader) hostSubject(p, q int, s *sentence) bool {
	b := s.b
	if _, art := elidedRest(r.toks[p].lower); art == 'd' {
		return false
	}
	switch w := r.word(p-1, b); w {
	case "de", "du", "des", "à", "au", "aux", "from", "of", "in", "at", "to":
		return false
	default:
		if isPreposition(w) {
			return false
		}
	}
	if v := r.lowerWord(q, b); langs().en.has(setHostVerbs, v) {
		k := q + 1
		if r.is(k, b, "for") {
			k++
		}
		switch r.lowerWord(k, b) {
		case "us", "me", "them":
			return true
		}
		return false
	}
	k := q
	if r.is(k, b, "ne") {
		k++
	}
	w := r.lowerWord(k, b)
	switch {
	case w == "nous" || w == "vous" || w == "me":
		k++
	default:
		// « m'a hébergé », « Rivo m'avait conduit »: the pronoun glued to
		// the auxiliary or the verb.
		rest, ok := strings.CutPrefix(w, "m'")
		if !ok {
			rest, ok = strings.CutPrefix(w, "m’")
		}
		if !ok {
			return false
		}
		if frenchAuxiliaries[rest] {
			return langs().fr.has(setHostVerbs, r.lowerWord(k+1, b))
		}
		return langs().fr.has(setHostVerbs, rest)
	}
	if frenchAuxiliaries[r.lowerWord(k, b)] {
		k++
	}
	return langs().fr.has(setHostVerbs, r.lowerWord(k, b))
}

// frenchAuxiliaries are the forms of « avoir » that may stand between
// the pronoun and the verb of hostSubject (« nous a logés », « nous
// avait conduits »).
var frenchAuxiliaries = map[string]bool{
	"a": true, "avait": true, "ont": true, "avaient": true, "eut": true, "aura": true,
}

// personNounAt reports whether token k of sentence s is a lower-case noun
// of a trade or a standing (occupations.tsv) or of an office
// (offices.tsv) after a determiner, with at most companionLook
// lower-case words between them: "a schoolteacher", "the head shepherd",
// « un éleveur ».
func (r *reader) personNounAt(k int, s *sentence) bool {
	w := r.lowerWord(k, s.b)
	if w == "" || r.toks[k].cap || !anyHas(setOccupations, w) && !anyHas(setRoles, w) {
		return false
	}
	for j := k - 1; j >= s.a && j >= k-1-companionLook; j-- {
		if r.toks[j].kind != tokWord || r.toks[j].cap {
			return false
		}
		if isCompanionDeterminer(r.toks[j].lower) {
			return true
		}
	}
	return false
}

// personNounEnds reports whether the noun of a person in apposition ends
// right before token k of sentence s: at a punctuation mark that opens no
// further name, at a relative pronoun, or at a preposition that says
// where the person is from or works ("a schoolteacher from Karakol", "a
// resident of Gulu", « un éleveur de Bauchi »). "Kidal, the rebel
// capital" goes on with a noun and is a place's apposition.
func (r *reader) personNounEnds(k int, s *sentence) bool {
	if k >= s.b {
		return true
	}
	if r.toks[k].kind == tokPunct {
		return !(r.is(k, s.b, ",") && k+1 < s.b && r.toks[k+1].cap)
	}
	if _, art := elidedRest(r.toks[k].lower); art == 'd' {
		return true // « un éleveur d'Agadez »
	}
	switch r.lowerWord(k, s.b) {
	case "from", "of", "at", "in", "who", "whose", "with", "de", "du", "des", "à", "au", "qui", "dont":
		return true
	}
	return false
}
