package text

// findDemonyms returns the byte ranges of the nationality adjectives that
// qualify a kind of place and are no place themselves: "a Palestinian town",
// "the Mexican state of Jalisco", "a small Honduran village". They say which
// country the text is about, which the resolver uses to choose among the
// namesakes of the places it names ("2 km east of Bethlehem"). A demonym in
// brackets ("(French pronunciation: ...)") names a language, and one before
// any other noun ("Ugandan troops") says whose the thing is, not where:
// neither is reported.
func (r *reader) findDemonyms() []Span {
	var out []Span
	for _, s := range r.sents {
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
			j := k + 1
			for n := 0; n < 3 && (isPlainAdjective(r.lowerWord(j, s.b)) || isCompoundModifier(r.lowerWord(j, s.b))); n++ {
				j++
			}
			if isDescriptorNoun(r.lowerWord(j, s.b)) {
				out = append(out, Span{t.start, t.end})
			}
		}
	}
	return out
}
