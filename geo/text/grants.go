package text

// grantAfter reports whether the name [p, q) of sentence s is a mining or
// land right's: a lower-case noun of grants.tsv right after it in
// English ("the San Lorenzo concession", "the Tsogttsetsii licence"), or
// right before it in French, without « de » (« le permis Tijirit », « la
// concession Santa Rosa »). A right named after a town lies by it as
// often as far from it, so the name is no place the map should show
// unless a relation the text states places it (settle, buildingNamed):
// "the Kalenga North licence, 20 km west of Solwezi".
func (r *reader) grantAfter(p, q int, s *sentence) bool {
	if q < s.b && r.toks[q].kind == tokWord && !r.toks[q].cap && langs().en.has(setGrants, r.toks[q].lower) {
		return true
	}
	k := p - 1
	return k > s.a && r.toks[k].kind == tokWord && !r.toks[k].cap && langs().fr.has(setGrants, r.toks[k].lower) &&
		anyHas(setArticles, r.toks[k-1].lower)
}
