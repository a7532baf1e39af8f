package text

// deskStaffBefore reports whether the name at token p follows "at"
// (« chez », « de », « du », « des », an elided « d' ») and perhaps an
// article after a lower-case noun of a body's office staff
// (deskstaff.tsv): "Analysts at Datanálisis", "geologists at Ivanhoe", «
// les analystes de Cenadep ». Analysts and economists work for a firm,
// not in a town. A lower-case kind of place or building after the name
// ("researchers at Makeni hospital") leaves it to the rest of the reader.
func (r *reader) deskStaffBefore(p int, s *sentence) bool {
	return r.nounPrepBefore(p, s, func(k int) bool {
		switch r.word(k, s.b) {
		case "at", "chez", "de", "du", "des":
			return true
		}
		return false
	}, setDeskStaff)
}

// deskStaffName reports whether the name [p, q) of s, or a name "and"
// joins it to, follows a noun of a body's office staff
// (deskStaffBefore), with no kind of place after it.
func (r *reader) deskStaffName(p, q int, s *sentence) bool {
	if w := r.lowerWord(q, s.b); w != "" && (isDescriptorNoun(w) || anyHas(setInstitutions, w) || anyHas(setEstablishments, w) || anyHas(setPremises, w) || anyHas(setVenues, w)) || r.namedKindAfter(q, s) {
		return false
	}
	return r.joinedAfter(p, s, r.deskStaffBefore)
}
