package text

import "strings"

// divisionChainHead returns the place a relation phrase at token ps is
// about when a chain of divisions stands between that place and the
// phrase: "Gara Lencha, a village in Kebele 04 of Gursum woreda, 22 km
// east of Harar", "Ban X, a hamlet in Tambon Y, Amphoe Z, 9 km south-west
// of W", "Kanyogoga village, Nakitoma parish, Kyankwanzi sub-county, 25
// km north of Kiboga", "the reservoir at X in Tambon Y, Amphoe Y, 8 km
// north of Y town". Each link of the chain is a division (divisionEndingAt)
// joined to the one before by "of", "in" or a comma; the first is reached
// from the place by "in" or "of", by an indefinite apposition of kind
// (", a village in"), or by a comma after a name that is itself no
// division. A division says where the place lies, never the point a
// distance is measured to, so the phrase is about the place; when that
// place is itself a container of an earlier name ("X is a town in southern
// Algeria, an oasis town in the Gourara region, 160 km north-east of Y"),
// about the name it contains (root).
func (r *reader) divisionChainHead(ps int, s *sentence) (int, bool) {
	a, b := s.a, s.b
	k := ps - 1
	for k > a && (isFiller(r.lowerWord(k, b)) || isPlaceVerb(r.lowerWord(k, b))) {
		k-- // "X village, Y district, Z region, located 12 km north of W"
	}
	if r.is(k, b, ",") {
		k--
	}
	links, named, first := 0, 0, -1
	for steps := 0; k > a && steps < 8; steps++ {
		m, start, ok := r.divisionEndingAt(k, a, b)
		if ok {
			named++
		} else if m, start, ok = r.bareChainLink(k, named, s); !ok {
			break
		}
		links++
		first = m
		k = start - 1
		if r.is(k, b, "the") {
			k--
		}
		if _, _, ok := r.parseDirAdjective(k, b); ok && r.toks[k].kind == tokWord && !r.toks[k].cap || r.lowerWord(k, b) == "central" {
			k-- // "Lashio township, northern Shan State", "central Rakhine State"
		}
		switch {
		case r.is(k, b, "of") || r.is(k, b, "in"):
			in := r.is(k, b, "in")
			k--
			if _, _, ok := r.divisionEndingAt(k, a, b); ok {
				continue
			}
			if named == 0 {
				return -1, false
			}
			if x, ok := r.chainPlace(k, s); ok {
				return x, true
			}
			// "clashes were reported in Tikil Dingay kebele, Dembia
			// woreda, Central Gondar Zone, 35 km south-west of Gondar":
			// a verb of event, no name, before "in", so the first
			// division is the place; "X is a small rancheria in the
			// municipality of Y" is about X, found the ordinary way.
			if w := r.lowerWord(k, b); in && links >= 2 && first >= 0 && k >= a && (isEventVerb(w) || strings.HasSuffix(w, "ed") && !isDescriptorNoun(w)) && r.evidence(first) > EvidenceUnlikely {
				return r.root(first), true
			}
			return -1, false
		case r.is(k, b, ","):
			k--
			if _, _, ok := r.divisionEndingAt(k, a, b); ok {
				continue
			}
			if named == 0 {
				if _, _, ok := r.bareChainLink(k, named, s); ok {
					continue // "Barangay Pagatin, Datu Salibo, Maguindanao del Sur"
				}
				return -1, false
			}
			// "Kanyogoga village, Nakitoma parish, ...": the name before
			// the first comma, when it is no division itself.
			if links < 2 {
				return -1, false
			}
			if isSettlementKind(r.lowerWord(k, b)) {
				k--
			}
			if x := r.mentionEndingAt(k, a); x >= 0 && !r.isDivision(x) && r.evidence(x) > EvidenceUnlikely {
				return r.root(x), true
			}
			return -1, false
		default:
			return -1, false
		}
	}
	return -1, false
}

// divisionHeadingEnd returns the colon that closes a heading of two or
// more divisions opening sentence s at token k, set off by commas, each a
// name that is a division (isDivision), perhaps with its kind after it in
// lower case: "Hiiraan region, Beledweyne district: …", "Mandera County,
// Lafey Sub-County: …". It returns -1 otherwise. The divisions contain
// what the clause after the colon places; none is its subject.
func (r *reader) divisionHeadingEnd(k int, s *sentence) int {
	b := s.b
	for links := 0; links < 6; links++ {
		m := r.mentionAt(k, b)
		if m < 0 || !r.isDivision(m) {
			return -1
		}
		k = r.mtok[m][1]
		if w := r.lowerWord(k, b); w != "" && isAdminFeature(w) {
			k++
		}
		switch {
		case r.is(k, b, ":") && links > 0:
			return k
		case r.is(k, b, ","):
			k++
		default:
			return -1
		}
	}
	return -1
}

// bareChainLink returns the name that ends at token k and its first token
// when it may be a link of a chain of divisions though no word of kind
// goes with it: a name between commas closer to the phrase than any
// division of the chain (none named yet, as named counts), the province
// or state a chain ends with ("Masisi territory, North Kivu, 14 km
// north-west of Sake", "Barangay Pagatin, Datu Salibo, Maguindanao del
// Sur, 30 km south-east of X"). After a named division, a bare name before
// a comma is the place the chain is about, never a link.
func (r *reader) bareChainLink(k, named int, s *sentence) (int, int, bool) {
	if named > 0 {
		return -1, 0, false
	}
	m := r.mentionEndingAt(k, s.a)
	if m < 0 || r.evidence(m) <= EvidenceUnlikely || isLandmarkFeature(r.feature(m)) {
		return -1, 0, false
	}
	start := r.mtok[m][0]
	if !r.is(start-1, s.b, ",") {
		return -1, 0, false
	}
	return m, start, true
}

// chainPlace returns the place before the "in" or "of" that opens a chain
// of divisions, its last token at k: a name ("X in Tambon Y"), a name
// before its kind ("X village of Y LGA"), a name before a comma ("X, in
// the municipio of Y"), or the name before an
// indefinite apposition of kind ("X, a village in", "X, a small
// village of"), never a division.
func (r *reader) chainPlace(k int, s *sentence) (int, bool) {
	a, b := s.a, s.b
	if r.is(k, b, ",") {
		// "Families from X, in the municipio of Y, 35 km east of Y":
		// the name before the comma the containment opens with.
		if x := r.mentionEndingAt(k-1, a); x >= 0 && !r.isDivision(x) && r.evidence(x) > EvidenceUnlikely && !isLandmarkFeature(r.feature(x)) {
			return r.root(x), true
		}
		return -1, false
	}
	if isSettlementKind(r.lowerWord(k, b)) {
		// "Kanam Kasa village of Bokkos LGA", "Hpa Lap village in
		// Waingmaw township": the name before its kind.
		if x := r.mentionEndingAt(k-1, a); x >= 0 && !r.isDivision(x) && r.evidence(x) > EvidenceUnlikely && !isLandmarkFeature(r.feature(x)) {
			return r.root(x), true
		}
	}
	if x := r.mentionEndingAt(k, a); x >= 0 {
		if r.isDivision(x) || r.evidence(x) <= EvidenceUnlikely || isLandmarkFeature(r.feature(x)) ||
			r.is(r.mtok[x][0]-1, b, "the") || r.is(r.mtok[x][0]-1, b, "of") {
			// "on the east bank of the Tigris in the Saladin
			// Governorate, 90 km north of Baghdad": the river or lake
			// the place stands by is no subject.
			return -1, false
		}
		return r.root(x), true
	}
	j := k
	for j > a && j > k-4 && r.lowerWord(j, b) != "" && r.lowerWord(j, b) != "a" && r.lowerWord(j, b) != "an" {
		w := r.lowerWord(j, b)
		if !isDescriptorNoun(w) && !isPlainAdjective(w) && !isCompoundModifier(w) {
			return -1, false
		}
		j--
	}
	if !(r.is(j, b, "a") || r.is(j, b, "an")) || j == k || !isDescriptorNoun(r.lowerWord(k, b)) || !r.is(j-1, b, ",") {
		return -1, false
	}
	if x := r.mentionEndingAt(j-2, a); x >= 0 && !r.isDivision(x) && r.evidence(x) > EvidenceUnlikely {
		return r.root(x), true
	}
	return -1, false
}

// divisionEndingAt returns the division whose phrase ends at token k and
// the token the phrase starts at: a name of administrative kind ("Kitui
// County", "Gursum" read as a woreda), a name with a word of admin.txt
// after it ("Gursum woreda", "the Bashtanka hromada"), or a name after a
// word of localkinds.tsv that gives it such a kind ("Tambon Y").
func (r *reader) divisionEndingAt(k, a, b int) (int, int, bool) {
	k = r.skipParenBack(k, a) // "Tân Hòa commune (xã Tân Hòa)"
	if isAdminFeature(r.lowerWord(k-1, b)) && polishAdjective(r.lowerWord(k, b)) {
		return -1, k - 1, true // "powiat siedlecki": a division named by an adjective
	}
	end := k
	if w := r.lowerWord(k, b); w != "" && isAdminFeature(w) {
		end = k - 1
	}
	m := r.mentionEndingAt(end, a)
	if m < 0 {
		return -1, 0, false
	}
	if end == k && !r.isDivision(m) {
		return -1, 0, false
	}
	start := r.mtok[m][0]
	if start-1 >= a && r.toks[start-1].kind == tokWord && r.toks[start-1].cap && r.at[start-1] < 0 && localDivisionWord(r.toks[start-1].lower) {
		start-- // "Tambon Y", "Barangay San Roque"
	}
	if isAdminFeature(r.lowerWord(start-1, b)) {
		start-- // "gmina Siedlce", "xã Tân Hòa"
	} else if r.is(start-1, b, "of") && isAdminFeature(r.lowerWord(start-2, b)) && r.is(start-3, b, "the") && start-3 >= a {
		start -= 3 // "the municipio of Ocosingo"
	} else if r.is(start-1, b, "of") && isAdminFeature(r.lowerWord(start-2, b)) && r.is(start-3, b, ",") && start-3 >= a {
		start -= 2 // "vereda X, municipality of Tumaco, Nariño department"
	}
	return m, start, true
}

// isDivision reports whether mention m is named as an administrative
// division: its kind is one of admin.txt or a word of localkinds.tsv
// that is its own kind ("barangay"), its first word is a word of
// localkinds.tsv of such a kind ("Kebele 04", "Amphoe Mae Sai") or its
// last word is one of admin.txt ("Gwadabawa LGA").
func (r *reader) isDivision(m int) bool {
	f := r.feature(m)
	if isAdminFeature(f) {
		return true
	}
	if localDivisionWord(f) {
		return true // "Barangay San Roque": a division English has no word for
	}
	p, e := r.mtok[m][0], r.mtok[m][1]
	if localDivisionWord(r.toks[p].lower) {
		return true
	}
	return e-p > 1 && isAdminFeature(r.toks[e-1].lower)
}

// localDivisionWord reports whether the lower-cased w is a word of
// localkinds.tsv that names a division: its feature is one of admin.txt
// ("tambon" a subdistrict, "amphoe" a district), or it is cut from the
// name and is its own feature, a division English has no word for
// ("barangay", "kebele").
func localDivisionWord(w string) bool {
	lk, ok := lex().localKinds[w]
	return ok && (isAdminFeature(lk.feature) || lk.cut && lk.feature == w)
}

// polishAdjective reports whether the lower-case w is a Polish adjective
// of place, as names a powiat after its seat ("powiat siedlecki",
// "powiat sokólski", "powiat nowodworski").
func polishAdjective(w string) bool {
	for _, e := range []string{"ski", "cki", "dzki"} {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
