package text

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
	if !r.is(k, b, ",") {
		return -1, false
	}
	k--
	links := 0
	for steps := 0; steps < 6 && k > a; steps++ {
		m := r.mentionEndingAt(k, a)
		if m < 0 {
			return -1, false
		}
		j := r.frenchDivisionNoun(m, s)
		if j < 0 {
			if links == 0 || r.evidence(m) <= EvidenceUnlikely || r.frenchKindOf(m, s) || r.frenchObjectOfDistance(m, s) {
				return -1, false
			}
			return m, true
		}
		links++
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
		return -1
	}
	for n := 0; n < 2 && j > s.a && frenchFeature(elidedWord(r.word(j, s.b))) == "" && r.lowerWord(j, s.b) != ""; n++ {
		j--
	}
	if w, _ := elidedRest(r.word(j, s.b)); j < s.a || !isAdminFeature(frenchFeature(w)) {
		return -1
	}
	return j
}

// elidedWord returns w without its elided article (« l'arrondissement »
// gives « arrondissement »).
func elidedWord(w string) string {
	w, _ = elidedRest(w)
	return w
}
