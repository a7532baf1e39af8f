package text

// Places named only by their role: "some 25 km south-west of the
// provincial capital", "3 km west of the city centre", "à 40 km au
// nord-est de la capitale", "à 20 km au nord du chef-lieu de la province".
// The words are in lexicon/LANG/roles.tsv, each with the kind of place
// whose seat they name (Mention.Role). The reader makes the words a
// mention of their own, the object of the relation; which division or
// country the document names is the seat's, and where that seat is, the
// gazetteer says (geo/locate). Words followed by a name ("the regional
// capital Rzeszów", "the county seat, Suceava", "la capitale régionale
// Bol") are read as that name, by the rules before this one.

// roleAt reads, at token j of the object of a relation in language l, the
// words of a role with their article ("the provincial capital", "la
// capitale", "chef-lieu de la province" after "du"), closing the clause.
// It makes them a mention with Role set and returns it and the token after
// the words.
func (r *reader) roleAt(l *language, j, b int) (int, int, bool) {
	k := j
	switch r.word(k, b) {
	case "the", "le", "la", "l'", "l’":
		k++
	}
	if k >= b || r.toks[k].kind != tokWord || r.toks[k].cap && k > j {
		return -1, j, false // "the Capital Region" is a name
	}
	kind, e, ok := phraseAt(r, l.roles, k, b, false)
	if !ok {
		return -1, j, false
	}
	if !r.clauseEndAt(l, e, b) || r.namedAfter(e, b) {
		return -1, j, false // "the capital of Niger"; "the regional capital, Kayes"
	}
	var took []int
	for t := j; t < e; t++ {
		if o := r.at[t]; o >= 0 {
			if r.mtok[o][0] < k || r.mtok[o][1] > e {
				return -1, j, false
			}
			took = append(took, int(o)) // "HQ" of "the district HQ" is no name
		}
	}
	for _, o := range took {
		r.mentions[o].Evidence = EvidenceUnlikely
	}
	sp := Span{r.toks[j].start, r.toks[e-1].end}
	m := len(r.mentions)
	r.mentions = append(r.mentions, Mention{Name: r.text[sp.Start:sp.End], Span: sp, Feature: "seat",
		Evidence: EvidenceRelation, Role: kind})
	r.mtok = append(r.mtok, [2]int{j, e})
	for t := j; t < e; t++ {
		r.at[t] = int32(m)
	}
	r.inOf = append(r.inOf, -1)
	r.aliasOf = append(r.aliasOf, -1)
	r.namelessInit()
	r.nl.added = true // sortNameless puts the mention in its place
	return m, e, true
}

// roleKinds are the containers a row of roles.tsv may name (Mention.Role).
var roleKinds = map[string]bool{
	"country": true, "province": true, "region": true, "state": true, "county": true, "district": true,
	"department": true, "municipality": true, "commune": true, "cercle": true, "division": true, "town": true,
}

// namedAfter reports whether the role words ending before token e are
// followed by a comma and the name they stand for, within a few words of
// description: "the regional capital, Kayes", "the county seat, the port
// city of Tulcea".
func (r *reader) namedAfter(e, b int) bool {
	if !r.is(e, b, ",") {
		return false
	}
	for t := e + 1; t < b && t < e+8; t++ {
		if r.at[t] >= 0 {
			return true
		}
		if r.toks[t].kind != tokWord {
			return false
		}
	}
	return false
}
