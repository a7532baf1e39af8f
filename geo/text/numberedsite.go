package text

import "strings"

// frenchNumberedSiteEnd returns the end of a French numbered site that
// opens at token i: a noun of lexicon/fr/numbered.tsv, in either case,
// before a number sign and a number (« le puits n° 7 », « Puits nº 12 »,
// « le camp no 4 »), or before a code of letters and digits (« le forage
// F12 », « le bloc C-12 »). French writes the noun in lower case and
// numbers the site after it: the noun, the sign and the number are its
// name, as reports write it. A unit after the number makes it a distance
// (« le puits n° 7 km » is none), and a kilometre post of a road is read
// as one (roadPostOf). It returns i when no such site opens there.
func (r *reader) frenchNumberedSiteEnd(i int, s *sentence) int {
	if i >= s.b {
		return i
	}
	t := &r.toks[i]
	if t.kind != tokWord || !langs().fr.has(setNumbered, t.lower) || isUnitWord(t.lower) || t.lower == "pk" {
		return i
	}
	if i > s.a && r.toks[i-1].kind == tokWord && r.toks[i-1].cap && !r.toks[i-1].upper && i-1 != s.first {
		return i // « Camp Puits 3 »: inside a capitalised run
	}
	j := i + 1
	if e := r.frenchNumberSignEnd(j, s); e > j {
		j = e
		if j >= s.b || r.toks[j].kind != tokNum || strings.ContainsAny(r.toks[j].lower, ".,") || isUnitWord(r.lowerWord(j+1, s.b)) {
			return i
		}
		return j + 1
	}
	if j < s.b && siteCode(&r.toks[j]) && r.toks[j].start > t.end {
		return j + 1
	}
	return i
}

// frenchNumberSignEnd returns the end of a French number sign at token j:
// « n° », « nº », « no », « No », « n. », « numéro »; j when none is there.
func (r *reader) frenchNumberSignEnd(j int, s *sentence) int {
	if j >= s.b || r.toks[j].kind != tokWord {
		return j
	}
	switch r.toks[j].lower {
	case "n°", "nº", "no", "numéro":
		if r.is(j+1, s.b, ".") && r.toks[j+1].start == r.toks[j].end {
			return j + 2
		}
		return j + 1
	case "n":
		if j+1 < s.b && r.toks[j+1].start == r.toks[j].end && (r.is(j+1, s.b, "°") || r.is(j+1, s.b, "º")) {
			return j + 2
		}
	}
	return j
}

// siteCode reports whether t is the code of a numbered site: one or two
// capital letters and one to three digits, perhaps joined by a hyphen
// ("F12", "C-12", "BH4"). Longer codes name drill holes and samples
// (sampleCode), and a bare number is no code.
func siteCode(t *token) bool {
	if t.kind != tokWord || !t.cap {
		return false
	}
	w := strings.Replace(t.lower, "-", "", 1)
	k := 0
	for k < len(w) && w[k] >= 'a' && w[k] <= 'z' {
		k++
	}
	n := len(w) - k
	return k >= 1 && k <= 2 && n >= 1 && n <= 3 && strings.Trim(w[k:], "0123456789") == ""
}

// signNumberedEnd returns the end of the sign and number that open an
// English name at token i before a capitalised kind of place: "No. 9
// Bore", "No 2 Shaft", "Number 4 Well". Australian and southern African
// stations and mines number their bores and shafts so; the name runs on
// through the kind. It returns i when the run opens otherwise: "No. 8"
// alone, or before a word that is no kind ("No. 10 Downing Street" keeps
// its street).
func (r *reader) signNumberedEnd(i int, s *sentence) int {
	t := &r.toks[i]
	if t.kind != tokWord || !t.cap || t.lower != "number" && !anyHas(setNumberSigns, t.lower) {
		return i
	}
	j := i + 1
	if r.is(j, s.b, ".") && r.toks[j].start == t.end {
		j++
	}
	if j+1 >= s.b || r.toks[j].kind != tokNum || strings.ContainsAny(r.toks[j].lower, ".,") {
		return i
	}
	k := &r.toks[j+1]
	if k.kind != tokWord || !k.cap || !isDescriptorNoun(k.lower) && !isToponymGeneric(k.lower) && !isSpotFeature(k.lower) {
		return i
	}
	return j + 1
}
