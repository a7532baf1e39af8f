package text

import "strings"

// Alias says that two mentions name one place: "Satin, often referred to
// as simply Nioro", "Timbuktu (also Tombouctou)", "Agadez, also spelled
// Agades", "Tondikiwindi (also Tondi Kiwindi)".
type Alias struct {
	Name   int  // index in Document.Mentions of the name written first
	Alias  int  // index of the other name
	Phrase Span // from the first name to the end of the other
	// Now says that Alias is the name the place bears today, after a
	// word of nownames.tsv in brackets: "Constantinople (now
	// Istanbul)", « Thèbes (aujourd'hui Louxor) ».
	Now bool
	// Unheld says that Alias, a place the text names only by a kind noun
	// opening a later clause ("The site lies 35 km south of Y", « Le site,
	// à 35 km de Y, … »), is Name, the last name before it the text gave
	// no kind but a preposition of place (« la société X à Ndjombé-Kissi »),
	// only when no gazetteer holds Name: a town the gazetteer knows is
	// where the news happened, not the site ("Fighting was reported in
	// Kidal. The camp lies 20 km north of Tessalit"), which the reader,
	// knowing no gazetteer, cannot tell.
	Unheld bool
}

// aliasLead reports whether w, right after "(" or ",", may start the words
// that introduce another name of a place: a row of aliasleads.tsv or
// aliasverbs.tsv in any language.
func aliasLead(w string) bool {
	return anyHas(setAliasLeads, w) || anyHas(setAliasVerbs, w)
}

// aliasVerb reports whether w says that what follows is a name: a row of
// aliasverbs.tsv in any language.
func aliasVerb(w string) bool {
	return anyHas(setAliasVerbs, w)
}

// findAliases reads the aliases of every mention: a mention followed, in
// brackets or after a comma (past a bracket of scripts or pronunciations),
// by a few words among aliasLead's and at least one aliasVerb ("also" will
// do in brackets), then another mention or a list of them ("also spelt A, B
// or C"); or two names joined by "or" that open a sentence ("Tizgui or
// Tizguit (Berber: ...) is"). It looks at most maxLook tokens ahead of each
// mention. Every alias is recorded against the name written first, and
// aliasOf maps it back to that name.
func (r *reader) findAliases() {
	r.aliasOf = make([]int32, len(r.mentions))
	for i := range r.aliasOf {
		r.aliasOf[i] = -1
	}
	for m := range r.mentions {
		if r.aliasOf[m] >= 0 {
			continue
		}
		j := r.mtok[m][1]
		b := min(len(r.toks), j+maxLook)
		if r.is(j, b, "or") {
			r.sentenceOr(m, j, b)
			continue
		}
		if a := r.mentionAt(j+1, b); r.is(j, b, "(") && a >= 0 && a != m && r.is(r.mtok[a][1], b, ")") &&
			shortenedName(r.mentions[m].Name, r.mentions[a].Name) {
			r.addAlias(m, a) // "San Fabián de Alico (San Fabián)"
			continue
		}
		if r.is(j, b, "(") && anyHas(setNowNames, r.lowerWord(j+1, b)) {
			// "Thebes (now Luxor)", « Thèbes (aujourd'hui Louxor) ».
			if a := r.mentionAt(j+2, b); a >= 0 && a != m && r.is(r.mtok[a][1], b, ")") && r.mentions[a].Name != r.mentions[m].Name {
				r.addAlias(m, a)
				r.aliases[len(r.aliases)-1].Now = true
				if r.evidence(a) > EvidenceUnlikely {
					// « l'archipel des Nouvelles-Hébrides (l'actuel
					// Vanuatu) »: the name a place bears today is a
					// place's, as a kind before it would say.
					r.raise(a, EvidenceDescriptor)
				}
			}
			continue
		}
		if r.is(j, b, "(") && r.skipParen(j, b) > j && r.is(r.skipParen(j, b), b, ",") {
			j = r.skipParen(j, b) // "Ghamer (Template:Lang-tr), also spelt ..."
		}
		if !r.is(j, b, "(") && !r.is(j, b, ",") {
			continue
		}
		// "(also Tombouctou)": in brackets, "also" is enough.
		bracket := r.is(j, b, "(")
		k, verb := j+1, false
		if !bracket && r.lowerWord(k, b) == "pronounced" {
			// ", pronounced /ta.la.fer/ and also spelt ...": skip the
			// pronunciation up to "and".
			for k++; k < b && !r.is(k, b, "and") && !r.is(k, b, ","); k++ {
			}
			if r.is(k, b, "and") {
				k++
			}
		}
		for ; k < b; k++ {
			w := r.lowerWord(k, b)
			if verb && w == "in" && k+2 < b && r.toks[k+1].cap && isDemonym(r.toks[k+1].lower) && r.is(k+2, b, "as") {
				// "known in Kurdish as Girê Spî": the language the name
				// is of, which is no place.
				if l := r.at[k+1]; l >= 0 && r.mtok[l][1] == k+2 {
					r.mentions[l].Evidence = EvidenceUnlikely
				}
				k++
				continue
			}
			if w == "" || !(aliasLead(w) || w == "to" || w == "as" || w == "simply") {
				break
			}
			verb = verb || aliasVerb(w) || bracket && w == "also"
		}
		if !verb {
			continue
		}
		if r.is(k, b, "the") && r.mentionAt(k+1, b) >= 0 {
			k++ // "Bayanzag, also known as the Flaming Cliffs"
		}
		for n := 0; n < 8; n++ {
			a := r.mentionAt(k, b)
			if a < 0 || a == m {
				break
			}
			if r.mentions[a].Name != r.mentions[m].Name {
				r.addAlias(m, a)
			}
			k = r.mtok[a][1]
			if !r.is(k, b, ",") && !r.is(k, b, "or") && !r.is(k, b, "and") {
				break
			}
			k++
			if r.is(k, b, "or") || r.is(k, b, "and") {
				k++
			}
		}
	}
	r.campShortNames()
}

// campShortNames records a later mention of a camp's name without its
// lead word as another name of the camp: "a water point at Camp
// Lorebatu, 30 km west of Palu … A second site, Tondo Atas, is 8 km
// further north of Lorebatu". Only "Camp" is so dropped: "Lake Chad" and
// "Chad", "Fort Portal" and "Portal" are other places.
func (r *reader) campShortNames() {
	long := map[string]int{}
	for m := range r.mentions {
		name := r.mentions[m].Name
		if rest, ok := strings.CutPrefix(name, "Camp "); ok && r.evidence(m) > EvidenceUnlikely && !strings.Contains(rest, " ") {
			if _, seen := long[rest]; !seen {
				long[rest] = m
			}
			continue
		}
		if c, ok := long[name]; ok && r.aliasOf[m] < 0 && r.evidence(m) > EvidenceUnlikely {
			r.addAlias(c, m)
		}
	}
}

// sentenceOr records "X or Y" opening a sentence, before a bracket or a
// copula, as one place with two names; j is the token of "or".
func (r *reader) sentenceOr(m, j, b int) {
	p := r.mtok[m][0]
	if p > 0 && p-1 >= r.sentOf(p).a {
		return
	}
	a := r.mentionAt(j+1, b)
	if a < 0 {
		return
	}
	e := r.mtok[a][1]
	if r.is(e, b, "(") || r.is(e, b, ",") || isCopula(r.lowerWord(e, b)) {
		r.addAlias(m, a)
	}
}

// sentOf returns the sentence that holds token k.
func (r *reader) sentOf(k int) *sentence {
	lo, hi := 0, len(r.sents)
	for lo < hi {
		mid := (lo + hi) / 2
		if r.sents[mid].b <= k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo >= len(r.sents) {
		return &sentence{}
	}
	return &r.sents[lo]
}

// addAlias records that a is another name of m.
func (r *reader) addAlias(m, a int) {
	r.aliases = append(r.aliases, Alias{Name: m, Alias: a, Phrase: r.span(r.mtok[m][0], r.mtok[a][1])})
	r.aliasOf[a] = int32(m)
}

// aliasRoot returns the name written first for m when m is an alias, else m.
func (r *reader) aliasRoot(m int) int {
	if m >= 0 && m < len(r.aliasOf) && r.aliasOf[m] >= 0 {
		return int(r.aliasOf[m])
	}
	return m
}
