package text

import "strings"

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
// the words. "The capital" with no nationality, after a place the text
// called a capital ("Ulaanbaatar is the coldest capital in the world"),
// is that place.
func (r *reader) roleAt(l *language, j, b int) (int, int, bool) {
	k := j
	switch r.word(k, b) {
	case "the", "le", "la", "l'", "l’":
		k++
	}
	k0 := k
	// "the Malian capital", "the Sierra Leonean capital": a nationality
	// adjective names the country whose capital it is.
	var people Span
	for n := 0; n < 2 && k+n < b && r.toks[k+n].kind == tokWord && r.toks[k+n].cap && k > j; n++ {
		if isDemonym(r.toks[k+n].lower) {
			people = Span{r.toks[k].start, r.toks[k+n].end}
			k += n + 1
			break
		}
	}
	if k >= b || r.toks[k].kind != tokWord || r.toks[k].cap && k > j {
		return -1, j, false // "the Capital Region" is a name
	}
	kind, e, ok := phraseAt(r, l.roles, k, b, false)
	if !ok {
		return -1, j, false
	}
	if kind == "country" && people.IsZero() && e < b && r.toks[e].kind == tokWord && !r.toks[e].cap && isDemonym(r.toks[e].lower) {
		// "la capitale malienne"
		people = Span{r.toks[e].start, r.toks[e].end}
		e++
	}
	if !people.IsZero() && kind != "country" {
		return -1, j, false // "the Malian regional capital" names no region
	}
	if !r.clauseEndAt(l, e, b) || r.namedAfter(e, b) {
		return -1, j, false // "the capital of Niger"; "the regional capital, Kayes"
	}
	if kind == "country" && people.IsZero() {
		if m := r.kindAntecedent("capital", j); m >= 0 && r.feature(m) == "capital" {
			// "Ulaanbaatar is the coldest capital in the world … 20 km
			// east of the capital": the capital the text named.
			return m, e, true
		}
	}
	if m := r.roleAntecedent(k, e, j); m >= 0 {
		// "Our team arrived in Kibaya, the district headquarters … 12 km
		// north of the district headquarters": the town the text gave
		// the role.
		return m, e, true
	}
	var took []int
	for t := j; t < e; t++ {
		if o := r.at[t]; o >= 0 {
			if r.mtok[o][0] < k0 || r.mtok[o][1] > e {
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
		Evidence: EvidenceRelation, Role: kind, RoleCountry: r.text[people.Start:people.End]})
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

// roleAntecedent returns the last mention before token j, within
// antecedentWindow tokens, whose kind is the role's words at tokens
// [k, e) as the text wrote them before, as its kind or in apposition
// right after it ("Kibaya, the district headquarters", « Kongoussi,
// chef-lieu de la province »): the role stands for that town, as "the
// camp" stands for the camp named before. It returns -1 when there is
// none.
func (r *reader) roleAntecedent(k, e, j int) int {
	var words []string
	for t := k; t < e; t++ {
		if r.toks[t].kind != tokWord {
			return -1
		}
		words = append(words, r.toks[t].lower)
	}
	role := strings.Join(words, " ")
	for t := j - 1; t >= 0 && t >= j-antecedentWindow; t-- {
		m := int(r.at[t])
		if m < 0 || r.mtok[m][1]-1 != t || r.mentions[m].Role != "" || r.isContainer(m) {
			continue
		}
		if strings.ToLower(r.mentions[m].Feature) == role || r.roleWordsAt(t+1, words) || r.roleWordsBefore(r.mtok[m][0], words) {
			return m
		}
	}
	return -1
}

// roleWordsBefore reports whether the words of a role, lower case, and
// « de » or "of" stand right before the name at token p: the text gave
// the name that role as its kind (« le bourg de Fonds-Tranquille … à 3 km
// au sud du bourg »).
func (r *reader) roleWordsBefore(p int, words []string) bool {
	n := len(r.toks)
	p--
	switch r.word(p, n) {
	case "de", "d'", "d’", "of":
	default:
		return false
	}
	p -= len(words)
	if p < 0 {
		return false
	}
	for i, w := range words {
		if r.toks[p+i].kind != tokWord || r.toks[p+i].lower != w {
			return false
		}
	}
	return true
}

// roleWordsAt reports whether the tokens from p are a comma, perhaps an
// article, and the words of a role, lower case: the apposition that gives
// the name before p that role (", the district headquarters", « ,
// chef-lieu de la province », « , le chef-lieu provincial »).
func (r *reader) roleWordsAt(p int, words []string) bool {
	n := len(r.toks)
	if !r.is(p, n, ",") {
		return false
	}
	p++
	switch r.word(p, n) {
	case "the", "le", "la", "l'", "l’":
		p++
	}
	for i, w := range words {
		if p+i >= n || r.toks[p+i].kind != tokWord || r.toks[p+i].lower != w {
			return false
		}
	}
	return true
}

// roleKinds are the containers a row of roles.tsv may name (Mention.Role).
var roleKinds = map[string]bool{
	"country": true, "province": true, "region": true, "state": true, "county": true, "district": true,
	"department": true, "municipality": true, "commune": true, "cercle": true, "division": true, "town": true,
	"mandal": true, "tehsil": true, "taluk": true, "taluka": true, "upazila": true, "block": true,
	"governorate": true, "wilaya": true,
}

// namedAfter reports whether the role words ending before token e are
// followed by a comma and the name they stand for, within a few words of
// description: "the regional capital, Kayes", "the county seat, the port
// city of Tulcea".
func (r *reader) namedAfter(e, b int) bool {
	if !r.is(e, b, ",") {
		return false
	}
	if w := r.lowerWord(e+1, b); isPreposition(w) || isPlaceIntro(w) || isRelativeWord(w) {
		// "the city, where the Northern Lights are brightest": a relative
		// clause, no name.
		return false
	}
	if w := r.lowerWord(e+1, b); isPreposition(w) || isPlaceIntro(w) {
		// "the regional capital, in the Mopti Region", "la capitale
		// régionale, dans la région de Mopti": a container, no name.
		return false
	}
	if _, ok := r.sourceWordsAt(e + 1); ok {
		// "12 km north of the city, according to the Policía Nacional":
		// who reports it (sources.tsv), no name of the noun.
		return false
	}
	if w := r.lowerWord(e+1, b); isCopula(w) || isModal(w) {
		// "some 40 km east of the city, were evacuated by the Army": the
		// comma closes an apposition before the clause's verb, no name.
		return false
	}
	for t := e + 1; t < b && t < e+8; t++ {
		if r.at[t] >= 0 {
			return !r.speakerAt(t, b)
		}
		if t > e+1 && isRelativeWord(r.toks[t].lower) && !r.toks[t].cap {
			// "25 miles north-west of town, right where the Orkhon valley
			// opens up": a clause of where, no name.
			return false
		}
		if w := r.toks[t].lower; isSpeechVerb(w) || w == "selon" || (w == "a" || w == "ont") && strings.HasSuffix(r.lowerWord(t+1, b), "é") {
			// « à 4 km au sud du centre-ville, a indiqué le SDIS 13 »:
			// who reports it, no name of the noun.
			return false
		}
		switch r.toks[t].lower {
		case "et", "ainsi", "ou", "and", "or":
			// « à l'ouest de la capitale, ainsi qu'à Bobo-Dioulasso »,
			// "west of the capital, and in Bouaké": a conjunction adds
			// another place to the clause; it names no noun.
			return false
		}
		if notSeatKind(r.toks[t].lower) {
			// « à l'ouest de la capitale, le quartier de X »: a part of
			// a town or a village is no seat; the phrase names the place
			// the clause is about.
			return false
		}
		if r.toks[t].kind != tokWord || langs().en.clauses[r.toks[t].lower] || isPersonalPronoun(r.toks[t].lower) {
			// "25 km north-west of the refugio, and we flew in from
			// Arica": a clause of its own, no name of the noun.
			return false
		}
	}
	return false
}

// notSeatKind reports whether w, in English or French, is a kind of
// place that is never the seat of a division: a part of a town, a
// village, a hamlet, a camp.
func notSeatKind(w string) bool {
	f := w
	if !isDescriptorNoun(w) {
		f = frenchFeature(w)
	}
	switch f {
	case "quarter", "neighbourhood", "neighborhood", "suburb", "village", "hamlet", "camp":
		return true
	}
	return false
}

// isPersonalPronoun reports whether w is an English personal pronoun that
// opens a clause of its own: "we", "they", "i", "you", "he", "she".
func isPersonalPronoun(w string) bool {
	switch w {
	case "we", "they", "i", "you", "he", "she":
		return true
	}
	return false
}

// speakerAt reports whether a name opens at token k and a verb of speech
// follows it ("4 km beyond the camp, Superintendent Joseph Mensah told
// reporters"): the name is who reports the clause before the comma, no
// name of the noun before it.
func (r *reader) speakerAt(k, b int) bool {
	m := r.mentionAt(k, b)
	return m >= 0 && isSpeechVerb(r.lowerWord(r.mtok[m][1], b))
}
