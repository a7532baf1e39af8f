package text

import (
	"unicode"
	"unicode/utf8"
)

// frenchDivisionChainHead is divisionChainHead for French: the place
// before a chain of divisions set off by commas, each a division noun
// (perhaps with an adjective and, after « dans », an article) and « de »
// before its name: « le douar X, commune rurale d'Asni, province d'Al
// Haouz, à 45 km au sud de Marrakech », « Y, dans la commune rurale de
// Kassela, cercle de Ségou, à 35 km au sud-est de Ségou ». The place is no
// division itself, nor the country or area after « un village du ».
func (r *reader) frenchDivisionChainHead(ps int, s *sentence) (int, bool) {
	a, b := s.a, s.b
	k := ps - 1
	if isPlaceVerb(r.lowerWord(k, b)) {
		k-- // « région de Gao, situé à environ 35 km au sud d'Ansongo »
	}
	if !r.is(k, b, ",") {
		return -1, false
	}
	k--
	links, named := 0, 0
	for steps := 0; steps < 7 && k > a; steps++ {
		m := r.mentionEndingAt(k, a)
		if m < 0 {
			// « département de l'Ouest », « région du Nord »: a division
			// named by a compass word, which is no mention.
			j, ok := r.frenchCompassDivision(k, s)
			if !ok {
				return -1, false
			}
			links++
			named++
			if !r.is(j-1, b, ",") {
				return -1, false
			}
			k = j - 2
			continue
		}
		j := r.frenchDivisionNoun(m, s)
		if j < 0 {
			if named == 0 && r.evidence(m) > EvidenceUnlikely && r.is(r.mtok[m][0]-1, b, ",") && !r.frenchObjectOfDistance(m, s) {
				// « territoire de Beni, Nord-Kivu, à une trentaine de
				// kilomètres » : the province a chain ends with, bare.
				links++
				k = r.mtok[m][0] - 2
				continue
			}
			if named == 0 || r.evidence(m) <= EvidenceUnlikely || r.frenchKindOf(m, s) || r.frenchObjectOfDistance(m, s) {
				return -1, false
			}
			if r.frenchParticipleArea(m, s) {
				// « un village situé à Madagascar, dans la région X, à
				// 35 km »: the area after the participle is the chain's
				// first link, not its head (frenchSubject walks on).
				return -1, false
			}
			return m, true
		}
		links++
		named++
		j--
		if isFrenchArticle(r.word(j, b)) {
			j--
		}
		if r.is(j, b, "dans") {
			j--
		}
		if !r.is(j, b, ",") {
			return -1, false
		}
		k = j - 1
	}
	return -1, false
}

// frenchObjectOfDistance reports whether the name m closes a distance
// phrase (« à 30 km de X »), which is no place a later phrase is about.
func (r *reader) frenchObjectOfDistance(m int, s *sentence) bool {
	j, ok := r.frenchOfBefore(r.mtok[m][0], s)
	return ok && (isUnitWord(r.word(j, s.b)) || isFrenchCompass(r.word(j, s.b)))
}

// frenchDivisionNoun returns the token of the division noun whose « de »
// introduces the name m, past at most two lower-case words after the
// noun (« commune rurale d'Asni », « département du Moungo »), or -1 when
// no division noun does.
func (r *reader) frenchDivisionNoun(m int, s *sentence) int {
	j, ok := r.frenchOfBefore(r.mtok[m][0], s)
	if !ok {
		// « groupement Dhendro », « secteur Beni-Mbau »: the noun right
		// before the name, without « de ».
		j = r.mtok[m][0] - 1
		if w := r.lowerWord(j, s.b); j < s.a || !isAdminFeature(frenchFeature(w)) && !isChainNoun(w) {
			return -1
		}
		return j
	}
	for n := 0; n < 2 && j > s.a && frenchFeature(elidedWord(r.word(j, s.b))) == "" && !isChainNoun(elidedWord(r.word(j, s.b))) && r.lowerWord(j, s.b) != ""; n++ {
		j--
	}
	if w, _ := elidedRest(r.word(j, s.b)); j < s.a || !isAdminFeature(frenchFeature(w)) && !isChainNoun(w) {
		return -1
	}
	return j
}

// isChainNoun reports whether w is a noun of a division only inside a
// chain of divisions (lexicon/fr/chainnouns.tsv): « secteur de Beni-Mbau,
// territoire de Beni », « section communale de Crochus, commune de X »,
// where « dans le secteur d'Intangom » alone is an area, no division.
func isChainNoun(w string) bool {
	return anyHas(setChainNouns, w)
}

// elidedWord returns w without its elided article (« l'arrondissement »
// gives « arrondissement »).
func elidedWord(w string) string {
	w, _ = elidedRest(w)
	return w
}

// frenchCompassDivision returns the division noun of a division named by
// a compass word or a part of a country at token k (« département de
// l'Ouest », « région du Centre-Nord », « province de l'Est »), or false.
func (r *reader) frenchCompassDivision(k int, s *sentence) (int, bool) {
	w, art := elidedRest(r.word(k, s.b))
	if w == "" || !isFrenchCompass(w) && !isFrenchPartWord(w) {
		return -1, false
	}
	t := r.toks[k]
	raw := r.text[t.start:t.end]
	if art != 0 {
		raw = raw[len(raw)-len(w):]
	}
	if c, _ := utf8.DecodeRuneInString(raw); !unicode.IsUpper(c) {
		return -1, false // « de l'ouest » is a side, no division's name
	}
	j, ok := r.frenchOfBefore(k, s)
	if !ok || j < s.a || !isAdminFeature(frenchFeature(r.lowerWord(j, s.b))) {
		return -1, false
	}
	return j, true
}
