package text

import "strings"

// findContainers reads address-like containment before the relation pass, so
// that the subject search knows which names are containers:
//
//   - possessives: "Chad's Lac Region", "Mauritania's capital of Nouakchott";
//   - a region of a country: "the Kayes Region of western Mali";
//   - "the capital of Niger, Niamey";
//   - comma chains: "Talahandak, Kidal Region, Mali", "Tondikiwindi (also
//     Tondi Kiwindi), Ouallam Department, Tillabéri Region", "Tessalit,
//     Mali." A chain needs an administrative feature after its first name,
//     an infobox label ("Place:"), or exactly two names closing a clause; "A,
//     B and C" is a list, not a chain.
func (r *reader) findContainers() {
	m := 0
	for si := range r.sents {
		s := &r.sents[si]
		if s.heading || r.capsHeadline(s) {
			for m < len(r.mentions) && r.mtok[m][0] < s.b {
				m++
			}
			continue
		}
		for ; m < len(r.mentions) && r.mtok[m][0] < s.b; m++ {
			if r.mtok[m][0] < s.a || r.evidence(m) == EvidenceUnlikely {
				continue
			}
			r.possessive(m, s)
			r.regionOf(m, s)
			r.capitalComma(m, s)
			r.parenCountry(m, s)
			r.commaChain(m, s)
			r.objectInArea(m, s)
		}
	}
}

// addContainer records that mention in lies in mention out, phrase covering
// tokens [i, j).
func (r *reader) addContainer(in, out, i, j int, d *direction) {
	if in == out || r.mentions[in].Name == r.mentions[out].Name || r.inOf[out] >= 0 {
		return
	}
	rel := Relation{Kind: KindIn, Subject: in, Object: out, Other: -1, Phrase: r.span(i, j)}
	if d != nil {
		setDirection(&rel, *d)
	}
	r.addRelation(rel, EvidenceContainer)
}

// possessive reads "Chad's Lac Region" and "Mauritania's capital of
// Nouakchott" after mention m.
func (r *reader) possessive(m int, s *sentence) {
	e := r.mtok[m][1]
	if e >= s.b || r.toks[e].kind != tokPoss {
		return
	}
	for k := e + 1; k < s.b && k < e+6; k++ {
		if in := r.mentionAt(k, s.b); in >= 0 {
			if r.tradeAfter(m, in) {
				r.mentions[m].Evidence = EvidenceUnlikely // "at Dolan's Funeral Home": the owner
			} else if k == e+1 && (anyHas(setDeeds, r.lowerWord(r.mtok[in][1], s.b)) || r.personClauseAt(r.mtok[in][1], s.b)) {
				// "Kenya's Eliud Kipchoge won in 2h 01min", "Bahrain's
				// Pello Bilbao finished third": a contest's verb after
				// the name makes it an athlete's or a team's, and no
				// place, as does a relative clause about a person
				// ("Kurunegala's Hiruni Wijeratne, who had led"); the
				// country or the town before it is the athlete's
				// hometown, nationality or team, unlikely a place and
				// marked Hometown, which the resolver maps only as a
				// national capital or a town of the document's
				// countries ("Badulla's Nuwan Ekanayake won" in
				// Colombo).
				r.mentions[in].Evidence = EvidenceUnlikely
				r.mentions[m].Evidence = EvidenceUnlikely
				r.mentions[m].Hometown = true
			} else if r.evidence(in) > EvidenceUnlikely {
				r.addContainer(in, m, r.mtok[m][0], r.mtok[in][1], nil)
			} else if k == e+1 && anyHas(setClubTails, r.word(r.mtok[in][1]-1, s.b)) {
				// "held to a draw by Mpika's Muchinga Rangers": a team
				// (clubtails.tsv) is no place, and the town before it
				// is the team's home, looked up as an athlete's.
				r.mentions[m].Evidence = EvidenceUnlikely
				r.mentions[m].Hometown = true
			}
			return
		}
		w := r.lowerWord(k, s.b)
		if !r.toks[k].cap && r.isDirAdjective(k, s.b) {
			continue // "Colombia's southwestern Cauca province"
		}
		if !(isDescriptorNoun(w) || isPlainAdjective(w) || isCompoundModifier(w) || w == "of") {
			return
		}
	}
}

// personClauseAt reports whether a relative clause about a person opens
// at token k: a comma, then "who" ("Second was Kurunegala's Hiruni
// Wijeratne, who had led until the final lap"). A name so followed after
// a possessive is a person's, and the name before it the person's town or
// nationality, as before a verb of a contest. "whose" is said of places
// too ("Nigeria's Borno State, whose capital is Maiduguri").
func (r *reader) personClauseAt(k, b int) bool {
	return r.is(k, b, ",") && r.lowerWord(k+1, b) == "who"
}

// tradeAfter reports whether mention in, after the possessive of the
// one-word mention m, ends with a word of a family business (trades.tsv):
// "Reposing at Dolan's Funeral Home", "Murphy's Bar". Dolan owns the
// business and holds no place.
func (r *reader) tradeAfter(m, in int) bool {
	if r.mtok[m][1]-r.mtok[m][0] != 1 {
		return false // "Ruth Glacier's Sheldon Mountain House"
	}
	n := strings.ToLower(r.mentions[in].Name)
	for i := 0; i <= len(n); i++ {
		if (i == 0 || n[i-1] == ' ') && anyHas(setTrades, n[i:]) {
			return true
		}
	}
	return false
}

// regionOf reads "the Kayes Region of western Mali" at mention m.
func (r *reader) regionOf(m int, s *sentence) {
	e := r.mtok[m][1]
	if isTrailingDescriptor(r.lowerWord(e, s.b)) {
		e++ // "the Vakaga prefecture of ..."
	}
	if c := r.skipParen(e, s.b); c > e && r.is(e, s.b, "(") && r.is(c, s.b, "of") && !r.nameIn(e, c) {
		e = c // "the Central District (bakhsh) of Malayer County": a gloss
	}
	if !isAdminFeature(r.feature(m)) || !r.is(e, s.b, "of") {
		return
	}
	k := e + 1
	if r.is(k, s.b, "the") {
		k++
	}
	var dp *direction
	if d, k2, ok := r.parseDirAdjective(k, s.b); ok {
		dp, k = &d, k2
	}
	if out := r.mentionAt(k, s.b); out >= 0 && r.evidence(out) > EvidenceUnlikely {
		r.addContainer(m, out, r.mtok[m][0], r.mtok[out][1], dp)
	}
}

// nameIn reports whether a mention starts among tokens [i, j).
func (r *reader) nameIn(i, j int) bool {
	for t := i; t < j; t++ {
		if r.at[t] >= 0 {
			return true
		}
	}
	return false
}

// objectInArea reads "of Dundee in KwaZulu-Natal" at mention m: a name after
// "of", "from" or "de" (the place a distance or direction is measured
// from) that "in" or "en" and one more name closing the clause follow lies
// in that name ("Isandlwana lies about 70 km south-east of Dundee in
// KwaZulu-Natal", "à 12 km de Foix en Ariège"). The second name says which
// namesake the first is, as after a comma ("Dundee, KwaZulu-Natal").
func (r *reader) objectInArea(m int, s *sentence) {
	p, e := r.mtok[m][0], r.mtok[m][1]
	if p-1 < s.a || !(r.is(p-1, s.b, "of") || r.is(p-1, s.b, "from") || r.is(p-1, s.b, "de")) {
		return
	}
	if !r.is(e, s.b, "in") && !r.is(e, s.b, "en") {
		return
	}
	out := r.mentionAt(e+1, s.b)
	if out < 0 || r.evidence(out) == EvidenceUnlikely {
		return
	}
	if f := r.mtok[out][1]; f < s.b && r.toks[f].kind != tokPunct {
		return // "of Gao in 2012", "of X in Y's north": no clause end
	}
	r.addContainer(m, out, p, r.mtok[out][1], nil)
}

// parenCountry reads "Assamakka (Niger)": a name alone in parentheses after
// mention m holds m. So does a division's code of two capitals, as the
// Swiss and Italian press write a canton or a province after a town
// ("Zinal (VS)", "Bardonecchia (TO)"; divisionCode), which geo/locate
// looks up among the town's namesakes.
func (r *reader) parenCountry(m int, s *sentence) {
	e := r.mtok[m][1]
	if !r.is(e, s.b, "(") {
		return
	}
	out := r.mentionAt(e+1, s.b)
	if out < 0 || !r.is(r.mtok[out][1], s.b, ")") || r.evidence(out) == EvidenceUnlikely && !r.divisionCode(m, out) {
		return
	}
	if shortenedName(r.mentions[m].Name, r.mentions[out].Name) {
		return // "San Fabián de Alico (San Fabián)": another name (findAliases)
	}
	r.addContainer(m, out, r.mtok[m][0], r.mtok[out][1]+1, nil)
}

// divisionCode reports whether mention out, in brackets after the name m,
// is a code of two capital ASCII letters that may name m's division: no
// credited agency (credits.tsv: "(PA)", "(AP)"), after a name written in
// mixed case (a dateline, "PARIS (AP)", is none).
func (r *reader) divisionCode(m, out int) bool {
	p, q := r.mtok[out][0], r.mtok[out][1]
	if q != p+1 || anyHas(setCredits, r.toks[p].lower) || isAgency(r.toks[p].lower) {
		return false
	}
	w := r.text[r.toks[p].start:r.toks[p].end]
	if len(w) != 2 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'A' || w[1] > 'Z' {
		return false
	}
	t := &r.toks[r.mtok[m][1]-1]
	return t.cap && !t.upper
}

// shortenedName reports whether one of a and b is the other cut before a
// particle (lexicon/particles.tsv): "San Fabián" of "San Fabián de
// Alico", "Santiago" of "Santiago de los Caballeros". A name in brackets
// after such a name is the place's short name, not a place that holds it;
// "Mexico City (Mexico)" is none, nor "Victoria (Australia)".
func shortenedName(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if b == "" || !strings.HasPrefix(a, b+" ") {
		return false
	}
	rest := strings.Fields(a[len(b)+1:])
	return len(rest) > 1 && isParticle(strings.ToLower(rest[0]))
}

// capitalComma reads "the capital of Niger, Niamey" at mention m (Niger).
func (r *reader) capitalComma(m int, s *sentence) {
	p, e := r.mtok[m][0], r.mtok[m][1]
	if !r.is(p-1, s.b, "of") || !r.is(p-2, s.b, "capital") || p-2 < s.a || !r.is(e, s.b, ",") {
		return
	}
	if in := r.mentionAt(e+1, s.b); in >= 0 && r.evidence(in) > EvidenceUnlikely {
		r.addContainer(in, m, p, r.mtok[in][1], nil)
	}
}

// commaChain reads an address-like chain starting at mention m.
func (r *reader) commaChain(m int, s *sentence) {
	b := s.b
	p := r.mtok[m][0]
	if r.is(p-1, b, ",") && r.mentionEndingAt(p-2, s.a) >= 0 {
		return // inside a chain or list that started earlier
	}
	if r.is(p-1, b, "of") && r.is(p-2, b, "capital") {
		return // "the capital of Niger, Niamey"
	}
	var chain [6]int
	chain[0] = m
	n := 1
	k := r.mtok[m][1]
	for n < len(chain) {
		c := r.skipParen(k, b)
		if f := r.mentions[chain[n-1]].FeatureHead(); f != "" && isAdminFeature(f) && r.is(c, b, f) {
			c++ // "in Aurangabad district, Bihar": the kind written after the name
		}
		if !r.is(c, b, ",") {
			break
		}
		next := r.mentionAt(c+1, b)
		if next < 0 || r.evidence(next) == EvidenceUnlikely {
			break
		}
		chain[n] = next
		n++
		k = r.mtok[next][1]
	}
	if n < 2 || n == 2 && r.personFromTown(p, k, s) {
		return
	}
	label := false
	if r.is(p-1, b, ":") {
		switch r.word(p-2, b) {
		case "place", "location", "locale", "site", "address", "country", "region":
			label = true
		}
	}
	admin := false
	for x := 1; x < n; x++ {
		f := r.mentions[chain[x]].FeatureHead()
		if isAdminFeature(f) {
			admin = true
		}
		if x > 1 && f != "" && f == r.mentions[chain[x-1]].FeatureHead() {
			return // "Gao Region, Kidal Region, ..." is a list
		}
	}
	listy := r.is(k, b, "and") || r.is(k, b, "or") ||
		(r.is(k, b, ",") && (r.is(k+1, b, "and") || r.is(k+1, b, "or")))
	if listy && admin && r.is(k, b, ",") && k+2 < b && r.toks[k+2].kind == tokWord && !r.toks[k+2].cap &&
		isAdminFeature(r.mentions[chain[n-1]].FeatureHead()) {
		// "on the way to Newport, Co. Mayo, and locals still tell …":
		// a clause, no third name, follows the division.
		listy = false
	}
	// "Tonopah, Nevada is 200 miles north of Las Vegas": a pair that opens
	// the sentence before its verb is a place and its container.
	closes := k >= b || r.is(k, b, "in") || (n == 2 && p == s.first && isFiniteVerb(r.lowerWord(k, b)))
	if !closes {
		switch r.toks[k].lower {
		case ".", ",", ";", ")", ":", "!", "?":
			closes = true
		default:
			closes = isDash(r.toks[k].lower)
		}
	}
	if !closes && n == 2 && r.mtok[chain[1]][1]-r.mtok[chain[1]][0] == 1 && r.toks[r.mtok[chain[1]][0]].upper && r.postalStateAt(r.mtok[chain[1]][0], s) {
		closes = true // "25 mi NE of Flagstaff, AZ off 89": a state's postal code
	}
	if !closes && n == 2 && r.pairAfterTo(k, b) {
		closes = true // "Day 4: Paris, Texas to Hugo, Oklahoma": a stage between two addresses
	}
	// "Jefferson County, Alabama, United States": a division that opens
	// the chain makes it an address, however long.
	lead := isAdminFeature(r.mentions[m].FeatureHead()) && closes
	if !(label || (admin && !listy) || ((n == 2 || lead) && closes && !listy)) {
		return
	}
	for x := 0; x+1 < n; x++ {
		r.addContainer(chain[x], chain[x+1], r.mtok[chain[x]][0], r.mtok[chain[x+1]][1], nil)
	}
}

// personFromTown reports whether the pair of names from token p to token k
// is a town and the name of the person it tells where from, set off by
// commas before the person's verb: "A Fulani herder from Bauchi, Musa Ali,
// was arrested", "a resident of Gao, Moussa Ag Ali, said", « Un Peul de
// Mopti, Hamadoun Cissé, a été enlevé ». The person, one of a people or
// named by a lower-case noun after an indefinite article, stands before
// "from", "of" or « de »; "a native of Tonopah, Nevada, he moved" has no
// verb after its second comma and stays a town and its state.
func (r *reader) personFromTown(p, k int, s *sentence) bool {
	if !r.is(k, s.b, ",") {
		return false
	}
	switch w := r.lowerWord(k+1, s.b); {
	case w == "who" || w == "qui":
	case w == "" || !isFiniteVerb(w) && !isFrenchFiniteVerb(w) && !isSpeechVerb(w) && !anyHas(setAuxiliaries, w):
		return false
	}
	j := p - 1
	if _, art := elidedRest(r.toks[p].lower); art == 'd' {
		j = p // « un Peul d'Agadez »: the preposition inside the name's token
	} else {
		switch r.lowerWord(j, s.b) {
		case "from", "of", "de", "du":
		default:
			return false
		}
	}
	// The noun of the person, perhaps after one adjective, after its
	// indefinite article: "a herder", "A Fulani herder", « un éleveur
	// peul », « Un Peul ».
	for a := j - 1; a >= s.a && a >= j-3; a-- {
		if r.toks[a].kind != tokWord {
			return false
		}
		switch r.toks[a].lower {
		case "a", "an", "un", "une":
			return a < j-1 && !isDescriptorNoun(r.toks[j-1].lower)
		}
	}
	return false
}

// pairAfterTo reports whether "to" at k is followed by a name, a comma and
// another name that closes there: the second address of a stage ("Paris,
// Texas to Hugo, Oklahoma"), so the pair before "to" is an address too.
func (r *reader) pairAfterTo(k, b int) bool {
	if !r.is(k, b, "to") {
		return false
	}
	m := r.mentionAt(k+1, b)
	if m < 0 || !r.is(r.mtok[m][1], b, ",") {
		return false
	}
	o := r.mentionAt(r.mtok[m][1]+1, b)
	if o < 0 || r.evidence(o) == EvidenceUnlikely {
		return false
	}
	e := r.mtok[o][1]
	if e >= b {
		return true
	}
	switch r.toks[e].lower {
	case ".", ",", ";", ")", ":", "!", "?", "in":
		return true
	}
	return isDash(r.toks[e].lower)
}
