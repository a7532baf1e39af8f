package text

// Containment stated by a kind of place with an indefinite article: "X is a
// village of the Mopti Region", "a suburb of Ulaanbaatar", "une banlieue de
// Dakar", "un quartier d'Oulan-Bator"; a part of a town (suburb, quarter,
// quartier, banlieue) is near the town (KindNear), a settlement is in the
// division (KindIn). With a definite article the same
// words name the place ("the village of Tessalit", "le village de X") and are
// read as descriptors instead.

// isPartKind reports whether the English noun w names a place that lies in
// or by another: a settlement (lexicon/en/partkinds.tsv), a part of a
// town, or a word of another language that says what kind of place a name
// is, flagged cut in localkinds.tsv ("a tambon of Nakhon Si Thammarat
// Province", "a barangay of Bontoc").
func isPartKind(w string) bool {
	return langs().en.has(setPartKinds, w) || isTownPart(w) || localKindCut(w)
}

// isTownPart reports whether w, English or French, names a part of a town,
// which lies by the town rather than in a division of that name: "a suburb
// of Dakar" is near the city, not in the Dakar Region (a row of a
// townparts.tsv).
func isTownPart(w string) bool {
	return anyHas(setTownParts, w)
}

// partOfAt reads "a <kind> of <Name>" at token i, the article: the subject
// of the clause lies in Name. At most two modifiers may come before the
// noun ("a small village of", "a northern suburb of"), and "the" before the
// name ("a village of the Mopti Region").
func (r *reader) partOfAt(i int, s *sentence) (found, bool) {
	b := s.b
	if w := r.lowerWord(i, b); w != "a" && w != "an" {
		return found{}, false
	}
	k := i + 1
	for n := 0; n < 2 && !isPartKind(r.lowerWord(k, b)); n++ {
		if w := r.lowerWord(k, b); w == "" || isPreposition(w) || isCopula(w) {
			return found{}, false
		}
		k++
	}
	if !isPartKind(r.lowerWord(k, b)) || !r.is(k+1, b, "of") {
		return found{}, false
	}
	j := k + 2
	if r.is(j, b, "the") {
		j++
	}
	obj := r.mentionAt(j, b)
	if obj < 0 || r.evidence(obj) == EvidenceUnlikely {
		return found{}, false
	}
	f := newFound(KindIn, i)
	if isTownPart(r.lowerWord(k, b)) {
		f.rel.Kind = KindNear
	}
	f.rel.Object, f.end = obj, r.mtok[obj][1]
	return f, true
}
