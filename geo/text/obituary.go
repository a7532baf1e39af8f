package text

// obituaryHead reports whether the name [p, q) is a part of an obituary's
// heading: a surname in capitals opening its sentence, a comma, the
// given names, then a word of obituarymarks.tsv, perhaps after an
// opening bracket ("MARTEL, Rosalie (née Lafferty) passed away", "WIEBE,
// Helena passed away", « GAGNON, Thérèse (née Bouchard) — »). Both the
// surname and the given names are a person's. A dateline is written so
// too ("KOTIDO, Uganda —", "BAMAKO, Mali (AP) -"), but no word of the
// table follows its land.
func (r *reader) obituaryHead(p, q int, s *sentence) bool {
	if p == s.first {
		return q-p <= 2 && r.allUpper(p, q) && r.is(q, s.b, ",") && r.obituaryGiven(q+1, s)
	}
	// the given names: "SURNAME, " before them
	k := p - 2
	for k > s.first && k > p-4 && r.toks[k-1].kind == tokWord && r.toks[k-1].upper {
		k--
	}
	return k == s.first && r.is(p-1, s.b, ",") && r.allUpper(k, p-1) && r.obituaryGiven(p, s)
}

// allUpper reports whether every token of [p, q) is a word in capitals.
func (r *reader) allUpper(p, q int) bool {
	for k := p; k < q; k++ {
		if r.toks[k].kind != tokWord || !r.toks[k].upper || len(r.toks[k].lower) < 2 {
			return false
		}
	}
	return q > p
}

// obituaryGiven reports whether one to four capitalised words not in
// capitals start at token j, followed by a word of obituarymarks.tsv,
// perhaps after an opening bracket: "Rosalie (née", "Helena passed".
func (r *reader) obituaryGiven(j int, s *sentence) bool {
	k := j
	for k < s.b && k-j < 4 && r.toks[k].kind == tokWord && r.toks[k].cap && !r.toks[k].upper {
		k++
	}
	if k == j {
		return false
	}
	if r.is(k, s.b, "(") {
		k++
	}
	w := r.word(k, s.b)
	return w != "" && anyHas(setObituaryMarks, w)
}
