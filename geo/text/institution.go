package text

import "strings"

// This file reads the English name of a building or an institution named
// after the town that holds it, with its kind after: "Kisumu County
// Referral Hospital", "Aberystwyth University", "Makeni Police Station".
// The town is a place the map shows; the building, which says nothing
// else of where it stands, is none of its own. Which kinds keep their
// own place (an airport, a mine, a dam, a border post) is written in
// lexicon/en/institutions.tsv.

// institutionTailStart returns the first token of the words that end the
// run of capitalised words [i, j) and name an institution's kind: a word
// or two of lexicon/en/institutions.tsv last, perhaps after words of
// institutionkinds.tsv ("Teaching Hospital", "County Referral Hospital",
// "High School", "Police Station"). One or two plain words before them
// name the town. It returns -1 when no such words end the run, when none
// or more than two words stand before them ("Jaramogi Oginga Odinga
// Teaching Hospital" is a person's), when a word before them is a
// possessive's or a title's ("St Mary's Hospital", "King George
// Hospital"), after "and" ("the Sheffield and Hallam University"), when
// its town follows after a comma or "in" ("Okomfo Ntim Teaching
// Hospital, Kumasi", "Kotla Primary School in Basti Malook": the name
// before is a person's or a quarter's), when an aside after a comma
// places the building itself ("Glenalmond College, a boarding school
// some 10 miles west of Perth", "Natabua High School, 3 km south of
// Lautoka"), or when the whole name is an
// organisation's of lexicon/organisations.txt ("Harvard University").
func (r *reader) institutionTailStart(i, j int, s *sentence) int {
	if j-i < 2 || r.is(i-1, s.b, "and") || r.is(i-1, s.b, "&") {
		return -1
	}
	if (r.is(j, s.b, ",") || r.is(j, s.b, "in")) && r.institutionWordAt(j+1, s) {
		return -1 // "Okomfo Ntim Teaching Hospital, Kumasi": its town follows; the name before is a person's
	}
	if r.is(j, s.b, ",") && (r.is(j+1, s.b, "a") || r.is(j+1, s.b, "an") || r.is(j+1, s.b, "the") || j+1 < s.b && r.toks[j+1].kind == tokNum || r.hedgedNumberAt(j+1, s.b)) {
		return -1 // "Glenalmond College, a boarding school 10 miles west of Perth", "Natabua High School, 3 km south of Lautoka": the aside places the building
	}
	if n := strings.ToLower(r.text[r.toks[i].start:r.toks[j-1].end]); isOrganisationName(n) {
		return -1 // "Harvard University": a person's name, no town's (organisations.txt)
	}
	k := j - 1
	if !r.institutionWordAt(k, s) {
		return -1
	}
	if k-1 > i && r.institutionWordAt(k-1, s) && langs().en.has(setInstitutions, r.toks[k-1].lower+" "+r.toks[k].lower) {
		k-- // "Police Station", "Guest House"
	} else if !langs().en.has(setInstitutions, r.toks[k].lower) {
		return -1
	}
	for k-1 > i && r.institutionWordAt(k-1, s) && langs().en.has(setInstitutionKinds, r.toks[k-1].lower) {
		k--
	}
	if k-i > 2 {
		return -1
	}
	for t := i; t < k; t++ {
		w := r.toks[t].lower
		if r.toks[t].kind != tokWord || !r.toks[t].cap || r.toks[t].upper || isTitleWord(w) || isOrgWord(w) || isCommonWord(w) || langs().en.has(setInstitutionKinds, w) {
			return -1 // "Mission Hospital", "UN Clinic", "Air Force School"
		}
	}
	return k
}

// institutionHeadEnd returns the first token of the town's name that ends
// the run of capitalised words [i, j) after an institution's kind written
// first, as South Asian and Malaysian names of public institutions are:
// perhaps words of institutionkinds.tsv, then a word of
// lexicon/en/institutions.tsv, then one or two plain words, the town
// ("Teaching Hospital Turbat", "Base Hospital Point Pedro", "District
// General Hospital Vavuniya", "Hospital Sungai Buloh"). The institution
// is no place of its own; its town is. It returns -1 when the run opens
// otherwise, when no word or more than two follow the kind, or when one
// of them is a title's, an organisation's or an institution's, or the
// last is a common word or a kind's ("College Station", "Hospital Road",
// "School Board"), and, as institutionTailStart, when its town follows
// after a comma or "in" ("Hospital San Rafael in Tegucigalpa") or an
// aside after a comma places the building ("Government Girls Primary
// School Basti Malook, 20 km northeast of Multan").
func (r *reader) institutionHeadEnd(i, j int, s *sentence) int {
	if (r.is(j, s.b, ",") || r.is(j, s.b, "in")) && r.institutionWordAt(j+1, s) {
		return -1 // "Hospital San Rafael in Tegucigalpa": its town follows; the name after the kind is a saint's
	}
	if r.is(j, s.b, ",") && (r.is(j+1, s.b, "a") || r.is(j+1, s.b, "an") || r.is(j+1, s.b, "the") || j+1 < s.b && r.toks[j+1].kind == tokNum || r.hedgedNumberAt(j+1, s.b)) {
		return -1 // "Government Girls Primary School Basti Malook, 20 km northeast of Multan": the aside places the building
	}
	k := i
	if r.is(k, s.b, "the") {
		k++
	}
	for k < j && r.institutionWordAt(k, s) && langs().en.has(setInstitutionKinds, r.toks[k].lower) {
		k++
	}
	if k >= j || !r.institutionWordAt(k, s) || !langs().en.has(setInstitutions, r.toks[k].lower) {
		return -1
	}
	k++
	if j-k < 1 || j-k > 2 {
		return -1
	}
	for t := k; t < j; t++ {
		w := r.toks[t].lower
		if r.toks[t].kind != tokWord || !r.toks[t].cap || r.toks[t].upper || isTitleWord(w) || isOrgWord(w) || anyHas(setInstitutions, w) || langs().en.has(setInstitutionKinds, w) {
			return -1
		}
		// The last word names no kind ("Station", "Road"); a first one
		// may open the town's name ("Point Pedro").
		if t == j-1 && (isCommonWord(w) || isDescriptorNoun(w) || anyHas(setNameHeads, w)) {
			return -1
		}
	}
	return k
}

// institutionHead reports whether the name that opens at token p is a
// town's cut off the institution's kind before it (institutionHeadEnd):
// "Turbat" in "Teaching Hospital Turbat". Its hospital stands in it, but
// a person may be named so too ("Hospital Sultanah Aminah"), so the name
// is doubtful: mapped where the gazetteer knows it.
func (r *reader) institutionHead(p int) bool {
	return r.headInstitution[p]
}

// institutionWordAt reports whether token k of s is a capitalised plain
// word, such as the words of an institution's kind are.
func (r *reader) institutionWordAt(k int, s *sentence) bool {
	return k >= s.a && k < s.b && r.toks[k].kind == tokWord && r.toks[k].cap
}

// institutionTail reports whether the words from token q, right after a
// town's name, name an institution named after it (institutionTailStart):
// "Kandy" in "Kandy Museum". The kind after it makes the name a place
// ("Tamale Teaching Hospital received two ambulances"), as a court's does
// ("Derby Crown Court"), but a doubtful one: a person's name may stand
// there too ("Malcolm Moffat College"), which the gazetteer will not know
// and the map will not list.
func (r *reader) institutionTail(q int, s *sentence) bool {
	return q < s.b && r.cutInstitution[q]
}

// serviceDepartment reports whether the name [p, q) ends in "Department"
// after a word of a public service (departmentservices.tsv): "the
// Criminal Investigations Department", "the Malawi Forestry Department".
// It names a government body, no department of a country.
func (r *reader) serviceDepartment(p, q int) bool {
	return q-p >= 2 && r.toks[q-1].lower == "department" && r.toks[q-2].cap && langs().en.has(setDepartmentServices, r.toks[q-2].lower)
}

// townBodyTailStart returns the first token of the words that end the run
// of capitalised words [i, j) and name a body or an event named after its
// town (townbodies.tsv, one to three words: "Chamber", "Town Council",
// "Mountain Rescue Team", "Horse Fair", "Races"): "Tralee" in "the
// Tralee Chamber of Commerce", "Ballinasloe" in "Ballinasloe Horse
// Fair". One or two plain words before them name the town; an article
// opening the run is none of them. It returns -1 when no such words end
// the run, when none or more than two words stand before them, when a
// word before them is a title's, an organisation's, a common word or an
// acronym ("Upper Chamber", "UN Rescue Team"), after "and", or when the
// whole name is an organisation's of lexicon/organisations.txt.
func (r *reader) townBodyTailStart(i, j int, s *sentence) int {
	if r.is(i-1, s.b, "and") || r.is(i-1, s.b, "&") {
		return -1
	}
	a := i
	if r.toks[a].lower == "the" {
		a++
	}
	if j-a < 2 {
		return -1
	}
	if n := strings.ToLower(r.text[r.toks[a].start:r.toks[j-1].end]); isOrganisationName(n) {
		return -1
	}
	k := -1
	for n := min(3, j-a-1); n >= 1 && k < 0; n-- {
		words := make([]string, 0, 3)
		for t := j - n; t < j; t++ {
			if !r.institutionWordAt(t, s) {
				words = nil
				break
			}
			words = append(words, r.toks[t].lower)
		}
		if words != nil && langs().en.has(setTownBodies, strings.Join(words, " ")) {
			k = j - n
		}
	}
	if k < 0 || k-a > 2 {
		return -1
	}
	for t := a; t < k; t++ {
		w := r.toks[t].lower
		if r.toks[t].kind != tokWord || !r.toks[t].cap || r.toks[t].upper || isTitleWord(w) || isOrgWord(w) || isCommonWord(w) || isPeopleOrDemonym(w) {
			return -1 // "the Upper Chamber", "the UN Rescue Team", "the Norwegian Film Festival"
		}
	}
	return k
}
