package text

// saintBuildingIn reports whether the capitalised words [p, q) are the
// saint of a building that the text names by a lower-case noun of
// lexicon/en/establishments.tsv right after them, placed in a town by
// "in" or "at" and a capitalised name: "from Santa Bárbara hospital in
// Sucre", "the St. Anna hospital in Tartu", "the Sveti Nikola church at
// Ohrid". The first word is "saint" in one of the languages of
// lexicon/en/saints.tsv. The name is the building's, no place; the
// town after "in" is read as ever. Without the town ("taken to San
// Fernando hospital") the name may be the town whose hospital it is,
// and stays.
func (r *reader) saintBuildingIn(p, q int, s *sentence) bool {
	if q-p < 2 || !langs().en.has(setSaints, r.toks[p].lower) || q+2 >= s.b {
		return false
	}
	t := &r.toks[q]
	if t.kind != tokWord || t.cap || !langs().en.has(setEstablishments, t.lower) {
		return false
	}
	in := r.toks[q+1].lower
	town := &r.toks[q+2]
	return (in == "in" || in == "at") && town.kind == tokWord && town.cap
}
