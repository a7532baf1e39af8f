package text

import (
	"slices"
	"sort"
	"strings"
)

// findLists gives every member of a list of names the evidence of the
// best-attested member, here or anywhere in the document, up to
// EvidencePreposition: in "We visited Gao,
// Kidal and Niamey" the verb introduces all three, and in "Residents of
// Mosul, Erbil and Kirkuk" a noun of dwellers does. A list is two or more
// names joined by commas and a last "and", "or", "et" or "ou"; members the
// reader judged unlikely places (persons, organisations) stay so. A
// container said of the last member after the list ("Mosul and Erbil in
// northern Iraq") holds them all, and so does a distance, direction or
// nearness that the list shares out ("Kalo and Bema, both 30 km south of
// Gao"; "the villages of Kalo and Bema, 10 km east of Mopti"). It runs in
// one pass over the mentions.
func (r *reader) findLists() {
	inOfSubject := make(map[int]int) // mention -> index in r.rels of its first KindIn
	for i, rel := range r.rels {
		if _, ok := inOfSubject[rel.Subject]; !ok && rel.Kind == KindIn {
			inOfSubject[rel.Subject] = i
		}
	}
	// A name is as well attested as its best occurrence anywhere: "El
	// Fasher and Nyala were shelled; the camp lies 15 km south of El
	// Fasher" makes the list one of places.
	byName := make(map[string]Evidence, len(r.mentions))
	for m, mn := range r.mentions {
		byName[mn.Name] = max(byName[mn.Name], r.evidence(m))
	}
	nearTo := make(map[int]int) // mention -> index in r.rels of the first nearness it is the object of
	for i, rel := range r.rels {
		if _, ok := nearTo[rel.Object]; !ok && rel.Kind == KindNear && rel.Subject >= 0 && rel.Object >= 0 {
			nearTo[rel.Object] = i
		}
	}
	relsOf := make(map[int][]int) // mention -> indexes in r.rels of the spatial relations it is the subject of
	for i, rel := range r.rels {
		if rel.Kind != KindIn && rel.Subject >= 0 {
			relsOf[rel.Subject] = append(relsOf[rel.Subject], i)
		}
	}
	for m := 0; m < len(r.mentions); {
		n := r.listFrom(m)
		if n < 2 {
			m++
			continue
		}
		list := make([]int, n)
		for x := range list {
			list[x] = m + x
		}
		r.lists = append(r.lists, list)
		added := len(r.rels) // relations from here on are copies made for this list
		best := EvidenceCapitalised
		if r.dwellersBefore(r.mtok[m][0]) {
			best = EvidencePreposition
		}
		for x := m; x < m+n; x++ {
			if r.evidence(x) > EvidenceUnlikely {
				best = max(best, byName[r.mentions[x].Name])
			}
		}
		best = min(best, EvidencePreposition)
		for x := m; x < m+n; x++ {
			if r.evidence(x) > EvidenceUnlikely {
				r.raise(x, best)
			}
		}
		// "Mosul and Erbil in northern Iraq": a container after the list
		// holds every member. One set off by a comma is the last
		// member's address: "her sons in Limerick and Boston,
		// Massachusetts" puts Boston alone in Massachusetts.
		last := m + n - 1
		if i, ok := inOfSubject[last]; ok && r.rels[i].Phrase.Start >= r.mentions[last].Span.Start && !r.is(r.mtok[last][1], len(r.toks), ",") {
			for x := m; x < last; x++ {
				if _, has := inOfSubject[x]; !has && r.evidence(x) > EvidenceUnlikely && !r.bracketAside(x) {
					rel := r.rels[i]
					rel.Subject = x
					r.rels = append(r.rels, rel)
				}
			}
		}
		// "Russians shelled X and the nearby settlements of A and B": a
		// nearness whose object is the first member, named among plural
		// places, holds for every member.
		if i, ok := nearTo[m]; ok && r.placesOfBefore(m) {
			for x := m + 1; x <= last; x++ {
				if _, has := nearTo[x]; !has && r.evidence(x) > EvidenceUnlikely && !r.bracketAside(x) {
					rel := r.rels[i]
					rel.Object = x
					r.rels = append(r.rels, rel)
				}
			}
		}
		// "Kalo and Bema, both about 30 km south of Gao", "the villages
		// of Kalo and Bema, 10 km east of Mopti": a phrase right after
		// the list that shares it out holds for every member.
		if e, ok := r.sharedAfter(m, last); ok {
			var shared []Relation
			for y := m; y <= last; y++ {
				for _, i := range relsOf[y] {
					if ph := r.rels[i].Phrase.Start; ph >= r.toks[e].start && ph <= r.toks[min(e+3, len(r.toks)-1)].end {
						shared = append(shared, r.rels[i])
					}
				}
			}
			for _, rel := range shared {
				for x := m; x <= last; x++ {
					if r.evidence(x) > EvidenceUnlikely && len(relsOf[x]) == 0 && !r.bracketAside(x) {
						c := rel
						c.Subject = x
						r.rels = append(r.rels, c)
					}
				}
			}
		}
		r.shareRespective(m, last, relsOf, added)
		// "Sama and Koro were burned; both lie about 20 km south of
		// Bankass": a clause that a plural opener starts right after
		// the list (pluralSubject) is said of every member.
		for _, k := range r.plural {
			if f, l := r.listJustBefore(k); f != m || l != last {
				continue
			}
			for _, i := range relsOf[m] {
				if rel := r.rels[i]; rel.Phrase.Start >= r.toks[k].start {
					for x := m + 1; x <= last; x++ {
						if r.evidence(x) > EvidenceUnlikely && len(relsOf[x]) == 0 && !r.bracketAside(x) {
							c := rel
							c.Subject = x
							r.rels = append(r.rels, c)
						}
					}
				}
			}
		}
		m += n
	}
}

// pluralSubject returns the first member of the list of names that ends
// right before the clause at token k, when the clause opens with words
// that stand for several places and a verb of place follows them: "Both
// lie …", "They lie …", "The two villages lie …", « Les deux villages se
// trouvent … », « Ils se trouvent … ». The opener is recorded
// (reader.plural), and findLists gives the clause's relations to every
// member.
func (r *reader) pluralSubject(k, b int) (int, bool) {
	w := r.word(k, b)
	e := k + 1
	if w != "they" && w != "ils" && w != "elles" {
		j := k
		if w == "the" || w == "les" {
			j++
		}
		var ok bool
		if e, ok = r.sharedRun(j); !ok || e == j {
			return -1, false
		}
	}
	verb := false
	for j := k; j <= e && !verb; j++ {
		v := r.lowerWord(j, b)
		verb = isCopula(v) || isFrenchLocative(v) // "both lie", "lie" read in the run too
	}
	if !verb {
		return -1, false
	}
	first, _ := r.listJustBefore(k)
	if first < 0 {
		return -1, false
	}
	if !slices.Contains(r.plural, k) {
		r.plural = append(r.plural, k)
	}
	return first, true
}

// listJustBefore returns the first and the last member of a list of two or
// more names whose last member is the last name before token k, or -1, -1.
func (r *reader) listJustBefore(k int) (int, int) {
	last := -1
	for j := k - 1; j >= 0 && j >= k-maxLook; j-- {
		if r.at[j] >= 0 {
			last = int(r.at[j])
			break
		}
	}
	if last < 1 {
		return -1, -1
	}
	for first := last - 1; first >= 0 && first >= last-8; first-- {
		if n := r.listFrom(first); n >= 2 && first+n-1 == last {
			return first, last
		}
	}
	return -1, -1
}

// sharedAfter reports whether the list of mentions m to last is followed by
// a phrase that holds for all of them: after "both", "all", "each", "tous
// (deux)", "toutes (deux)", "two villages each located", "deux villages
// situés chacun", after a plural verb ("Kalo and Bema lie ..."), or after
// a list of places named by their plural kind ("the villages of A and B,
// ..."). It returns the token where the shared phrase may start.
func (r *reader) sharedAfter(m, last int) (int, bool) {
	b := len(r.toks)
	e := r.skipParen(r.mtok[last][1], b)
	if !r.is(e, b, ",") {
		if end, plural := r.sharedRun(e); plural {
			return end, true // "Kalo and Bema lie 15 km north of Gao"
		}
		return e, false
	}
	e++
	if end, ok := r.sharedRun(e); ok {
		return end, true
	}
	p := r.mtok[m][0]
	if k := p - 1; isListWord(r.word(k, b), listOf) && k > 0 && r.toks[k-1].kind == tokWord && isPlacesNoun(r.toks[k-1].lower) {
		return e, true
	}
	return e, false
}

// sharedRun reads, from token e after a list of names, the words that say
// the phrase after them holds for every member (lexicon/LANG/lists.tsv): a
// shared word ("both", "each", "tous", "chacun"), or a count with a
// plural noun of places ("two villages", "deux villages"), or a plural
// verb ("lie", "sont"), with the counts, nouns of places, participles
// ("located", "situés"), plural verbs and fillers around them: "both
// located", "tous deux", "tous les deux", "toutes trois situées", "two
// villages each located", "both of which lie", "deux villages situés
// chacun". It returns the token after the run and
// whether it says so; at most six words are read.
func (r *reader) sharedRun(e int) (int, bool) {
	b := len(r.toks)
	shared, count, places := false, false, false
	k := e
	for ; k < b && k < e+6; k++ {
		w := r.word(k, b)
		if w == "" {
			break
		}
		x := listRoleOfAny(w)
		switch {
		case x&(listShared|listPlural|listRespective) != 0:
			shared = true
		case x&listCount != 0:
			count = true
		case x&listPlaces != 0:
			places = true
		case x&(listLocated|listFiller) != 0:
		case isCompoundModifier(w) && listRoleOfAny(r.word(k+1, b))&listPlaces != 0:
			// "Dadaab, Ifo and Hagadera refugee camps lie near
			// Garissa": the modifier of the plural noun of places.
		default:
			return k, shared || count && places
		}
	}
	return k, shared || count && places
}

// listRoleOfAny returns the roles of w in a list of names in every
// language together.
func listRoleOfAny(w string) listRole {
	var x listRole
	for _, l := range langs().all {
		x |= l.rules.lists[w]
	}
	return x
}

// listBefore returns the last member of a list of two or more names that
// ends right before the shared words ending at token k ("Kalo and Bema,
// both" before "30 km south of Gao"; "Kalo et Bema, tous deux" before
// "à 30 km au sud de Gao"), or -1 when none does. It looks back at most
// six words, so that a phrase whose subject the sentence does not
// otherwise give ("Les combats ont touché Kalo et Bema, tous deux à 30
// km au sud de Gao") is said of the list; findLists then gives it to
// every member.
func (r *reader) listBefore(k, a int) int {
	j := k - 1
	for ; j >= a && j >= k-6 && r.toks[j].kind == tokWord && listRoleOfAny(r.toks[j].lower)&(listShared|listCount|listPlaces|listLocated|listFiller) != 0; j-- {
	}
	if j == k-1 || j < a || r.toks[j].lower != "," {
		return -1
	}
	if _, ok := r.sharedRun(j + 1); !ok {
		return -1
	}
	last := r.mentionEndingAt(j-1, a)
	if last < 1 {
		return -1
	}
	// A mention shortly before last must open a list that last closes.
	for first := last - 1; first >= 0 && first >= last-8 && r.mtok[first][0] >= a; first-- {
		if n := r.listFrom(first); n >= 2 && first+n-1 == last {
			return last
		}
	}
	return -1
}

// listFrom returns how many mentions, from m on, form a list ending in a
// conjunction ("Gao, Kidal and Niamey" gives 3), or 0 or 1 when none does.
// Members may be parted by semicolons when the conjunction follows one
// too ("Cebu; Tacloban; and Ormoc"), the conjunction may be of several
// words ("as well as", « ainsi que »), and a list once closed goes on
// after another ("Mosul and Erbil, as well as Kirkuk").
func (r *reader) listFrom(m int) int {
	n := 1
	k := r.mtok[m][1]
	b := len(r.toks)
	semi, closed := false, false
	for m+n < len(r.mentions) && n < maxLook {
		next := m + n
		p := r.mtok[next][0]
		if r.is(k, b, "(") && p == k+1 && r.bracketAside(next) {
			// "near San Fabián de Alico (San Fabián) and Coihueco",
			// "around Sainte-Marie (Martinique) and Le Lorrain": the
			// short name or the container in brackets belongs to the
			// member before it.
			n++
			k = r.mtok[next][1] + 1
			continue
		}
		c := r.conjunctionEnd(k, b)
		sep := r.is(k, b, ",") || r.is(k, b, ";") && (semi || n == 1)
		switch {
		case !closed && p == k+1 && sep:
			// "Gao, Kidal": the list goes on, but only a conjunction
			// closes it.
			semi = r.is(k, b, ";")
			n++
			k = r.mtok[next][1]
			continue
		case !closed && p == k+2 && sep && isRepeatedPreposition(r.word(k+1, b)):
			// « des Cayes, de Jérémie et de Camp-Perrin », "in Gao, in
			// Kidal and in Mopti": the preposition repeated after the
			// comma.
			semi = r.is(k, b, ";")
			n++
			k = r.mtok[next][1]
			continue
		case !semi && p == c,
			sep && p == r.conjunctionEnd(k+1, b),
			c > k && p == c+1 && isRepeatedPreposition(r.word(c, b)),
			sep && p == r.conjunctionEnd(k+1, b)+1 && isRepeatedPreposition(r.word(p-1, b)),
			c > k && r.kindBeforeAt(c, p),
			c > k && r.dirAdjectiveEnd(c, b) == p:
			// "Gao and Kidal", "Gao, and Kidal", "Gao; and Kidal", "de
			// Gao et de Kidal", « d'Amizmiz, puis de Ouarzazate »,
			// "Limbé et le bourg d'Acul", "Dinagat and southern Leyte".
			closed = true
			n++
			k = r.mtok[next][1]
			continue
		}
		break
	}
	if !closed {
		return 0
	}
	return n
}

// dirAdjectiveEnd returns the token after a direction adjective at k
// ("southern", "north-eastern"), or -1 when none stands there: a list
// member may be a part of a place ("Dinagat and southern Leyte").
func (r *reader) dirAdjectiveEnd(k, b int) int {
	if _, e, ok := r.parseDirAdjective(k, b); ok {
		return e
	}
	return -1
}

// bracketAside reports whether mention x stands alone in brackets right
// after the mention before it and is its other name or holds it
// ("San Fabián de Alico (San Fabián)", "Sainte-Marie (Martinique)"): in a
// list it is no member of its own.
func (r *reader) bracketAside(x int) bool {
	b := len(r.toks)
	return x > 0 && r.is(r.mtok[x][0]-1, b, "(") && r.is(r.mtok[x][1], b, ")") &&
		r.mtok[x][0]-2 == r.mtok[x-1][1]-1 && (int(r.aliasOf[x]) == x-1 || int(r.inOf[x]) == x-1)
}

// conjunctionEnd returns the token after a conjunction that closes a list
// of names at token k ("and", "et", "as well as", « ainsi que »: rows of a
// lists.tsv with the role and, of one word or more), or -1 when none
// starts there. The longest row wins: "and even", « et même ».
func (r *reader) conjunctionEnd(k, b int) int {
	w := r.word(k, b)
	if w == "" {
		return -1
	}
	if e := r.phraseConjunctionEnd(k, b); e > 0 {
		return e
	}
	if isListConjunction(w) {
		return k + 1
	}
	return -1
}

// phraseConjunctionEnd returns the token after a conjunction of two words
// or more that starts at token k, or -1.
func (r *reader) phraseConjunctionEnd(k, b int) int {
	phrase := r.word(k, b)
	for j := k + 1; j < b && j < k+4; j++ {
		x := r.word(j, b)
		if n := elidedLen(r.toks[j].lower); n > 0 && r.toks[j].cap && x != "" {
			// « ainsi qu'Erbil »: the conjunction's last word is elided
			// onto the name, which is the member.
			if isListConjunction(phrase + " " + strings.TrimRightFunc(x[:n], isApostrophe) + "'") {
				return j
			}
			return -1
		}
		if x == "" || r.toks[j].cap {
			return -1
		}
		phrase += " " + x
		if isListConjunction(phrase) {
			return j + 1
		}
	}
	return -1
}

// kindBeforeAt reports whether the tokens from k up to the name at p name
// its kind with an article: "le bourg de", "la ville d'", "the village
// of", so that "Cap-Haïtien, Limbé et le bourg de X" is one list.
func (r *reader) kindBeforeAt(k, p int) bool {
	b := len(r.toks)
	if !isListWord(r.word(k, b), listArticle) {
		return false
	}
	k++
	w := r.word(k, b)
	if frenchFeature(w) == "" && !isDescriptorNoun(w) {
		return false
	}
	if _, art := elidedRest(r.toks[p].lower); art == 'd' {
		return p == k+1 // "la ville d'Agadez"
	}
	return p == k+2 && isListWord(r.word(k+1, b), listOf)
}

// isListConjunction reports whether w closes a list of names: a row of a
// lists.tsv with the role and.
func isListConjunction(w string) bool {
	return isListWord(w, listAnd)
}

// isRepeatedPreposition reports whether w, after the conjunction of a
// list, repeats the preposition of its first member: "les habitants de
// Gao et de Kidal", "in Gao and in Kidal" (role preposition of a
// lists.tsv).
func isRepeatedPreposition(w string) bool {
	return isListWord(w, listPreposition)
}

// dwellersBefore reports whether the name at token p follows, within four
// words, "residents of", "the towns of", "villages such as", "towns,
// including", "les habitants de" and the like, or a colon after a plural
// noun of places ("Affected districts: A, B and C"): the names after it
// are places.
func (r *reader) dwellersBefore(p int) bool {
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		switch r.toks[k].lower {
		case ":":
			// "Affected districts: Nsanje, Chikwawa and Mulanje", «
			// Communes touchées : Djibo, Arbinda et Gorom-Gorom »: a
			// plural noun of places, perhaps with one lower-case word
			// after it, right before the colon that opens the list.
			return k == p-1 && (r.placesNounAt(k-1) || r.placesNounAt(k-2) && r.toks[k-1].kind == tokWord && !r.toks[k-1].cap)
		case ".", ";", "!", "?":
			return false
		default:
			if isDwellerNoun(r.toks[k].lower) || isPlacesNoun(r.toks[k].lower) {
				return r.toks[k].kind == tokWord
			}
		}
	}
	return false
}

// placesNounAt reports whether token k is a word of a plural noun of
// places (role places of a lists.tsv: "districts", "communes"), not
// "people", which is one only before "such as" ("Key people: Smith and
// Jones" lists persons).
func (r *reader) placesNounAt(k int) bool {
	return k >= 0 && k < len(r.toks) && r.toks[k].kind == tokWord && r.toks[k].lower != "people" && isPlacesNoun(r.toks[k].lower)
}

// placesOfBefore reports whether mention m follows a plural noun of
// places and the language's "of": "the nearby settlements of A", "les
// villages de A".
func (r *reader) placesOfBefore(m int) bool {
	k := r.mtok[m][0] - 1
	return k > 0 && r.toks[k].kind == tokWord && isListWord(r.toks[k].lower, listOf) &&
		r.toks[k-1].kind == tokWord && isPlacesNoun(r.toks[k-1].lower)
}

// isDwellerNoun reports whether w names the dwellers, the parts or the
// local officials of a place, so that a name right after "w of" or "w de"
// is one: "residents of Mosul", "les habitants de Gao", "the outskirts of
// Kidal", "le maire de Gao", "le préfet de Kouka", and the French groups
// that news reports name by their town, "les sinistrés de X", "les
// déplacés de Djibo" (role dwellers of a lists.tsv).
func isDwellerNoun(w string) bool {
	return isListWord(w, listDwellers)
}

// isPlacesNoun reports whether w, in the four words before a list of
// names, says they are places: "towns such as", "the provinces of",
// "people in" (role places of a lists.tsv).
func isPlacesNoun(w string) bool {
	return isListWord(w, listPlaces)
}

// isRespective reports whether token k is a word that shares out a list
// of numbers to the members of a list of names, one each in order
// (lists.tsv, respective): "respectively", "respectivement".
func (r *reader) isRespective(k, b int) bool {
	return k >= 0 && k < b && r.toks[k].kind == tokWord && listRoleOfAny(r.toks[k].lower)&listRespective != 0
}

// respectiveNumbersAt reads, at token k of a distance phrase of l right
// after its lead, a list of numbers that a word of lists.tsv (respective)
// shares out, right before or after the lead or at the end of the
// phrase's clause: "respectivement à 10 et 20 km", "à respectivement 8 et
// 14 km", "distants respectivement de 12 et 18 km", "15 km and 25 km north
// of X respectively". It returns the token of the last number, where the quantity
// is read; respectiveValues gives the others back.
func (r *reader) respectiveNumbersAt(l *language, k, b int) (int, bool) {
	after := false // the word follows the phrase: "15 and 25 km north of X respectively"
	if r.isRespective(k, b) {
		k++
	} else if !r.isRespective(k-1, b) && !r.isRespective(k-2, b) {
		after = true
	}
	last, n := -1, 0
	for j := k; j < b && n < 8; n++ {
		if r.toks[j].kind != tokNum {
			break
		}
		last = j
		j++
		if _, e, ok := phraseAt(r, l.units, j, b, false); ok {
			j = e // "à 25 km et à 40 km"
		}
		switch w := r.lowerWord(j, b); {
		case r.is(j, b, ","), isListConjunction(w):
			j++
		default:
			j = b
		}
		if _, e, ok := phraseAt(r, l.distance.leads, j, b, false); ok && e > j {
			j = e
		}
	}
	if n < 2 || last <= k || after && !r.respectiveAfter(last, b) {
		return k, false
	}
	return last, true
}

// respectiveAfter reports whether a word of lists.tsv (respective) ends
// the clause of the distance phrase whose last number is token k, within
// a few words: "15 and 25 km north of Tahoua respectively".
func (r *reader) respectiveAfter(k, b int) bool {
	for j := k + 1; j < b && j <= k+12; j++ {
		if r.isRespective(j, b) {
			return true
		}
		if t := r.toks[j]; t.kind == tokPunct && t.lower != "-" && t.lower != "'" {
			return false
		}
	}
	return false
}

// respectiveValues returns the numbers of the list that a distance
// phrase starting at its last number shares out (respectiveNumbersAt),
// in the order written, the phrase's own number last ("15 and 25 km
// north of X respectively", "à 25 km et à 40 km"), or nil when the
// number of the phrase ends no such list or no word of lists.tsv
// (respective) stands right before the list or right after the phrase.
func (r *reader) respectiveValues(l *language, rel *Relation) []float64 {
	q := sort.Search(len(r.toks), func(k int) bool { return r.toks[k].start >= rel.Phrase.Start })
	b := len(r.toks)
	if q >= b || r.toks[q].kind != tokNum {
		return nil
	}
	vals := []float64{r.toks[q].num}
	j := q - 1
	for n := 0; n < 8 && j > 0; n++ {
		if _, e, ok := phraseAt(r, l.distance.leads, j, b, false); ok && e == j+1 {
			j-- // "à 25 km et à 40 km"
		}
		if !r.is(j, b, ",") && !isListConjunction(r.lowerWord(j, b)) {
			break
		}
		i := j - 1
		if _, e, ok := phraseAt(r, l.units, i, b, false); ok && e == i+1 {
			i--
		}
		if i < 0 || r.toks[i].kind != tokNum {
			if len(vals) < 2 {
				return nil
			}
			break // "Tinabou and Kersadé, 15 and 25 km …": the comma ends the numbers
		}
		vals = append(vals, r.toks[i].num)
		j = i - 1
	}
	if len(vals) < 2 {
		return nil
	}
	e := sort.Search(len(r.toks), func(k int) bool { return r.toks[k].start >= rel.Phrase.End })
	if !r.isRespective(j, b) && !r.isRespective(j-1, b) && !r.isRespective(e, b) {
		return nil
	}
	slices.Reverse(vals)
	return vals
}

// shareRespective gives each member of the list of mentions m to last
// its own value of a distance that shares out a list of numbers, in
// order: "Kalo et Bema, situés respectivement à 10 et 20 km de Gao" puts
// Kalo 10 km and Bema 20 km from Gao, "A and B, located 15 and 25 km
// north of X respectively" likewise. The distance, said of any member,
// is copied to those that lack it; a list of numbers whose count is not
// the list's changes nothing. relsOf holds the relations of each mention
// as findLists found them, and added the index of the first relation
// findLists copied for this list: only those are looked at, so that the
// lists of a document cost time in proportion to their members, not to
// all its relations.
func (r *reader) shareRespective(m, last int, relsOf map[int][]int, added int) {
	n := last - m + 1
	var own []int // the relations of the members, found or copied
	for y := m; y <= last; y++ {
		own = append(own, relsOf[y]...)
	}
	for k := added; k < len(r.rels); k++ {
		if s := r.rels[k].Subject; s >= m && s <= last {
			own = append(own, k)
		}
	}
	for _, i := range own {
		rel := r.rels[i]
		if rel.Kind != KindDistance {
			continue
		}
		for _, l := range langs().all {
			vals := r.respectiveValues(l, &rel)
			if len(vals) != n {
				continue
			}
			// The phrase's number is the last value; the others scale
			// with it (a unit other than km).
			scale := rel.MinKm / vals[n-1]
			if vals[n-1] == 0 || rel.MinKm != rel.MaxKm {
				return
			}
			has := make([]bool, n)
			for _, k := range own {
				c := &r.rels[k]
				if c.Kind == KindDistance && c.Phrase == rel.Phrase {
					c.MinKm, c.MaxKm = vals[c.Subject-m]*scale, vals[c.Subject-m]*scale
					has[c.Subject-m] = true
				}
			}
			for x := m; x <= last; x++ {
				if !has[x-m] && r.evidence(x) > EvidenceUnlikely {
					c := rel
					c.Subject = x
					c.MinKm, c.MaxKm = vals[x-m]*scale, vals[x-m]*scale
					r.rels = append(r.rels, c)
				}
			}
			return
		}
	}
}
