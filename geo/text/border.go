package text

import "strings"

// borderAt reads a border phrase at token j: "the border", "the Algerian
// border", "the Mali–Algeria border", "the Mali-Algeria border", "the border
// with Niger", "the frontier with Mali", "the border between Mali and
// Algeria", "the border of Mali with Guinea", "the international border". It
// returns the border and the token after the phrase. "the border town of X"
// and "border guards" are not borders.
func (r *reader) borderAt(j, b int) (*BorderRef, int, bool) {
	k := j
	if r.is(k, b, "the") || r.is(k, b, "a") {
		k++
	}
	if w := r.lowerWord(k, b); w == "international" || w == "common" || w == "shared" || w == "national" {
		k++
	}
	var countries []string
	k = r.countriesAt(k, b, &countries, false)
	if !isBorderWord(r.lowerWord(k, b)) {
		return nil, j, false
	}
	k++
	if w := r.lowerWord(k, b); isDescriptorNoun(w) || isBorderNounModifier(w) {
		return nil, j, false
	}
	if w := r.lowerWord(k, b); w == "with" || w == "between" || w == "of" {
		n := len(countries)
		m := k + 1
		if r.is(m, b, "the") {
			m++
		}
		if e := r.countriesAt(m, b, &countries, true); len(countries) > n {
			k = e
		}
	}
	return &BorderRef{Countries: countries, Span: r.span(j, k)}, k, true
}

// sideDemonym reports whether mention m is a nationality of two words or
// more ("Costa Rican", "Sri Lankan": its last word a demonym), which
// names the side of a border rather than a place.
func (r *reader) sideDemonym(m int) bool {
	p, e := r.mtok[m][0], r.mtok[m][1]
	return e-p >= 2 && isDemonym(r.toks[e-1].lower)
}

// isBorderNounModifier reports whether "border w" is a thing at the border
// rather than the border itself.
func isBorderNounModifier(w string) bool {
	switch w {
	case "guard", "guards", "police", "security", "patrol", "patrols", "closure", "closures",
		"crossings", "posts", "point", "points", "dispute", "disputes", "control", "controls",
		"troops", "forces", "trade", "traffic", "clashes", "region", "regions", "areas", "zones":
		return true
	}
	return false
}

// countriesAt reads up to four country names at k, joined by dashes,
// slashes, "and" or (when list is set) commas and "with", appends them to
// out as written and returns the token after them.
func (r *reader) countriesAt(k, b int, out *[]string, list bool) int {
	for n := 0; n < 4 && k < b; n++ {
		if m := r.mentionAt(k, b); m >= 0 {
			*out = append(*out, r.mentions[m].Name)
			k = r.mtok[m][1]
			if r.sideDemonym(m) && isBorderWord(r.lowerWord(k, b)) {
				// "the Costa Rican border", "the Sri Lankan border": a
				// nationality of two words names a side, no place.
				r.mentions[m].Evidence = EvidenceUnlikely
			}
		} else if t := &r.toks[k]; t.kind == tokWord && t.cap && r.at[k] < 0 {
			word := r.text[t.start:t.end]
			if isBorderWord(r.word(k+1, b)) && !isHyphenatedCountry(t.lower) {
				// "the Mali-Algeria border": one token, two sides.
				for part := range strings.FieldsFuncSeq(word, isHyphen) {
					*out = append(*out, part)
				}
			} else {
				*out = append(*out, word)
			}
			k++
		} else {
			break
		}
		e := k
		switch {
		case k < b && (isDash(r.toks[k].lower) || r.toks[k].lower == "/"):
			k++
		case r.is(k, b, "and"), list && (r.is(k, b, ",") || r.is(k, b, "with")):
			k++
			if r.is(k, b, "and") {
				k++
			}
		default:
			return k
		}
		if r.is(k, b, "the") {
			k++
		}
		if k >= b || r.toks[k].kind != tokWord || !r.toks[k].cap {
			return e
		}
	}
	return k
}

// isHyphenatedCountry reports whether w is a country whose name has a hyphen.
func isHyphenatedCountry(w string) bool {
	switch w {
	case "guinea-bissau", "timor-leste", "bosnia-herzegovina":
		return true
	}
	return false
}
