package text

import "strings"

// This file reads the name of a body of a first-level division that
// opens with the division's own name and kind word: "Plateau State
// Independent Electoral Commission", "Lagos State Government", "Manyara
// Region Agricultural Extension Bulletin". The division is a place the
// map shows; the body, which says nothing else of where it is, is none.

// divisionBodyStart returns the first token of the words that follow a
// division's name and kind word (divisionkinds.tsv) in the run of
// capitalised words [i, j) and name one of its bodies: a noun of a
// public body (divisionbodies.tsv: "Government", "Commission",
// "Agency") or a bulletin's word (bulletins.tsv) among them, and no
// institution's (institutions.tsv: "Ohio State University" is a
// university's name, which the reader reads whole). The
// division's name is one or two capitalised words, none an
// organisation's word, a title or an acronym, nor the whole an
// organisation's name ("Islamic State Central Command" is a group's).
// It returns -1 when the run is no such name.
func (r *reader) divisionBodyStart(i, j int, s *sentence) int {
	k := -1
	for t := i + 1; t < j-1 && t <= i+2; t++ {
		if r.toks[t].cap && langs().en.has(setDivisionKinds, r.toks[t].lower) {
			k = t + 1
			break
		}
	}
	if k < 0 {
		return -1
	}
	for t := i; t < k-1; t++ {
		w := r.toks[t].lower
		if r.toks[t].kind != tokWord || !r.toks[t].cap || r.toks[t].upper || isOrgWord(w) || isTitleWord(w) {
			return -1
		}
	}
	if n := strings.ToLower(r.text[r.toks[i].start:r.toks[k-1].end]); isOrganisationName(n) || isOrganisationName(strings.ToLower(r.text[r.toks[i].start:r.toks[k-2].end])) {
		return -1 // "Islamic State", "the Free State Party"
	}
	k0 := -1
	for t := k; t < j; t++ {
		w := r.toks[t].lower
		if r.toks[t].kind == tokWord && langs().en.has(setInstitutions, w) {
			return -1 // "Ohio State University", "Kano State Specialist Hospital": an institution's name
		}
		if r.toks[t].kind == tokWord && (langs().en.has(setDivisionBodies, w) || anyHas(setBulletins, w)) {
			k0 = k
		}
	}
	return k0
}
