package text

import "slices"

// findDemonyms returns the byte ranges of the nationality adjectives that
// qualify a kind of place and are no place themselves: "a Palestinian town",
// "the Mexican state of Jalisco", "a small Honduran village", or a part of
// its land (lexicon/LANG/regionnouns.tsv: "the Bolivian highlands"). They
// say which country the text is about, which the resolver uses to choose
// among the namesakes of the places it names ("2 km east of Bethlehem"),
// and to look up a city named with no other sign of a place. A demonym in
// brackets ("(French pronunciation: ...)") names a language, and one before
// any other noun ("Ugandan troops") says whose the thing is, not where:
// neither is reported.
func (r *reader) findDemonyms() []Span {
	var out []Span
	r.eachDemonym(func(k int, s *sentence) {
		j := k + 1
		for n := 0; n < 3 && (isPlainAdjective(r.lowerWord(j, s.b)) || isCompoundModifier(r.lowerWord(j, s.b))); n++ {
			j++
		}
		if w := r.lowerWord(j, s.b); isDescriptorNoun(w) || anyHas(setRegionNouns, w) {
			out = append(out, Span{r.toks[k].start, r.toks[k].end})
		}
	})
	// « l'île italienne de Lampedusa », « la ville malienne de Gao »: French
	// writes the adjective in lower case, after the kind of place.
	for si := range r.sents {
		s := &r.sents[si]
		for k := s.a + 1; k+1 < s.b; k++ {
			t := &r.toks[k]
			if t.kind != tokWord || t.cap || r.at[k] >= 0 || !isFrenchDemonym(t.lower) || isPeople(t.lower) {
				continue
			}
			kind, _ := elidedRest(r.toks[k-1].lower)
			_, art := elidedRest(r.toks[k+1].lower)
			if frenchFeature(kind) != "" && !r.toks[k-1].cap && (r.is(k+1, s.b, "de") || r.is(k+1, s.b, "du") || r.is(k+1, s.b, "des") || art == 'd') {
				out = append(out, Span{t.start, t.end})
			}
		}
	}
	slices.SortFunc(out, func(a, b Span) int { return a.Start - b.Start })
	return out
}

// findVoices returns the byte ranges of the nationality adjectives right
// before a noun of local voices (isLocalVoice): "Lebanese officials said",
// "Palestinian sources", "Iraqi police". News names the country of the
// place it reports by whose officials speak, so with no other country
// named "a convoy 20 km east of Tripoli, Lebanese officials said" is in
// Lebanon. None inside brackets.
func (r *reader) findVoices() []Span {
	var out []Span
	r.eachDemonym(func(k int, s *sentence) {
		if isLocalVoice(r.lowerWord(k+1, s.b)) {
			out = append(out, Span{r.toks[k].start, r.toks[k].end})
		}
	})
	return out
}

// eachDemonym calls visit with each capitalised nationality adjective
// (isDemonym) of the text that stands outside brackets, where demonyms
// name languages, and outside every name, with its sentence, in order.
func (r *reader) eachDemonym(visit func(k int, s *sentence)) {
	for si := range r.sents {
		s := &r.sents[si]
		depth := 0
		for k := s.a; k < s.b; k++ {
			t := &r.toks[k]
			switch t.lower {
			case "(", "[":
				depth++
				continue
			case ")", "]":
				depth = max(0, depth-1)
				continue
			}
			if depth > 0 || t.kind != tokWord || !t.cap || r.at[k] >= 0 || !isDemonym(t.lower) {
				continue
			}
			visit(k, s)
		}
	}
}

// isLocalVoice reports whether w, after a nationality adjective, names
// people who speak for or live in the place reported: officials, sources,
// authorities, police, residents, villagers. Troops, soldiers, forces and
// refugees are left out: they are often abroad.
func isLocalVoice(w string) bool {
	switch w {
	case "officials", "official", "sources", "authorities", "police", "residents", "villagers",
		"townspeople", "locals":
		return true
	}
	return false
}
