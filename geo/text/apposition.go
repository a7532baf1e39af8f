package text

import "strings"

// maxLongAppositionTokens bounds the tokens between the comma after a name
// and the distance that longApposition reads as the name's apposition: "a
// family encampment of three gers and a log corral at the edge of the
// larch forest" has seventeen.
const maxLongAppositionTokens = 28

// maxLongAppositionHead bounds the words after the determiner of a long
// apposition among which its kind of place, perhaps plural, must stand
// ("her father's citrus and cattle farm" has five, "a scatter of stone
// barns and summer huts" seven).
const maxLongAppositionHead = 8

// longApposition returns the comma after a name that opens a long
// apposition ending right before the distance at ps: "Lola was born on
// Macaw Bank, her father's citrus and cattle farm some eight miles
// south-west of Y", "to Ushkhvanari, a handful of stone towers and
// farmhouses clinging to a ridge about 14 km east of Y", « jusqu'à X, un
// village de rizières en terrasses à 9 km à l'ouest de Y ». Writers
// describe the place at length, with a second noun, a participle or "and"
// inside, and the distance after it all places the name, not the last noun
// before the distance. The apposition opens with an indefinite article or
// a possessive determiner (apposition determiners: appositionDeterminer),
// holds a kind of place among its first maxLongAppositionHead words, and
// no finite verb, relative word, comma or other punctuation; the name is
// no division. Capitalised words inside it only qualify a lower-case
// noun after them ("above the Chamkhar valley", "a Late Roman
// farmstead"). One scan back from ps, bounded by maxLongAppositionTokens.
func (r *reader) longApposition(ps int, s *sentence) (int, bool) {
	e, least := ps, 4
	if isPlaceVerb(r.lowerWord(e-1, s.b)) && r.is(e-2, s.b, ",") {
		// « à X, son village natal, situé à une trentaine de km de Y »:
		// the participle set apart by its comma places the whole
		// apposition, however short (« à X, son village, situé à … »).
		e, least = e-1, 3
	}
	if r.is(e-1, s.b, ",") {
		e-- // « un hameau … entouré de girofliers, à environ 14 km »
	}
	for e-1 > s.a && (isFiller(r.lowerWord(e-1, s.b)) || isFrenchFiller(r.lowerWord(e-1, s.b))) {
		e--
	}
	k := e - 1
	for ; k > s.a && k >= e-maxLongAppositionTokens; k-- {
		if r.is(k, s.b, ",") {
			break
		}
		if !r.longAppositionToken(k, e, s) {
			return 0, false
		}
	}
	if !r.is(k, s.b, ",") || e-k < least {
		return 0, false
	}
	m := r.mentionEndingAt(k-1, s.a)
	if m < 0 || r.evidence(m) <= EvidenceUnlikely || isAdminFeature(r.feature(m)) || !appositionDeterminer(r.lowerWord(k+1, s.b)) {
		// « la région du Lac, une zone du Tchad située à 25 km de Bol »:
		// a division is no point a distance places.
		return 0, false
	}
	for j := k + 2; j < e && j <= k+1+maxLongAppositionHead; j++ {
		if r.kindWordAt(j, s) || isDescriptorNoun(strings.TrimSuffix(r.lowerWord(j, s.b), "s")) {
			return k, true
		}
		if w := r.lowerWord(j+1, s.b); anyHas(setCollectives, r.lowerWord(j, s.b)) && (w == "of" || w == "de" || w == "d'") {
			// « un ensemble de bâtiments agricoles situé à 7 km »: a
			// number of things, whatever they are, make up the place.
			return k, true
		}
		if w := r.lowerWord(j, s.b); w != "of" && w != "de" && w != "d'" && (isPreposition(w) || isWherePreposition(w) || isFrenchLocative(w)) {
			break
		}
	}
	return 0, false
}

// longAppositionToken reports whether token j, before e, may stand inside a
// long apposition: a lower-case word that is no finite verb or relative
// word, a number, a possessive, a hyphen, or up to three capitalised words
// before a lower-case one that they qualify.
func (r *reader) longAppositionToken(j, e int, s *sentence) bool {
	t := &r.toks[j]
	switch t.kind {
	case tokNum, tokPoss:
		return true
	case tokWord:
		if t.cap {
			// "a Late Roman farmstead", "an Early Bronze Age mound": up to
			// three capitalised words qualify the lower-case noun after.
			for k := j + 1; k < e && k <= j+3; k++ {
				if r.lowerWord(k, s.b) != "" {
					return true
				}
				if r.toks[k].kind != tokWord || !r.toks[k].cap {
					return false
				}
			}
			return false
		}
		w := t.lower
		return !isFiniteVerb(w) && !isFrenchFiniteVerb(w) && !isRelativeWord(w) && w != "but" && w != "mais"
	}
	return t.lower == "-" || t.lower == "'" || t.lower == "’"
}

// appositionDeterminer reports whether w opens a long apposition: an
// indefinite article or a possessive determiner, English or French ("a",
// "her", « un », « leur »).
func appositionDeterminer(w string) bool {
	switch w {
	case "a", "an", "un", "une", "son", "sa", "leur":
		return true
	}
	return isPossessiveDeterminer(w) || isFrenchPossessive(w)
}

// longAppositionName returns the name a long apposition ending right
// before the distance at ps describes (longApposition), when no shorter
// indefinite apposition reads it (indefiniteApposition), whose readings
// of the name's kind stand. A phrase of where after the apposition's kind
// ("X, a 40,000-acre cattle station on the plains some 60 miles north of
// Y") is read here, since the walk from the kind stops at the size.
func (r *reader) longAppositionName(ps int, s *sentence) (int, bool) {
	if _, short := r.indefiniteApposition(ps, s); short {
		if _, where := r.whereInsertBefore(ps, s); !where {
			return -1, false
		}
	}
	c, ok := r.longApposition(ps, s)
	if !ok {
		return -1, false
	}
	return r.mentionEndingAt(c-1, s.a), true
}

// maxNamedAside bounds the tokens of an aside that names a place, from its
// opening comma to its closing one: ", baptisé X par les autorités
// locales," has seven.
const maxNamedAside = 12

// namedAsideBefore returns the name given by an aside with a verb of
// naming that the comma at token k closes (namedAfterComma), with or
// without who gives the name: « Un nouveau site, baptisé X par les
// autorités locales, a été aménagé à 20 km de Y », "A camp, named X by
// officials, was set up 8 km west of Y".
func (r *reader) namedAsideBefore(k int, s *sentence) (int, bool) {
	for j := k - 1; j > s.a && j >= k-maxNamedAside; j-- {
		if !r.is(j, s.b, ",") {
			continue
		}
		m, ok := r.namedAfterComma(j, s.b)
		if !ok || r.namingAgentEnd(r.skipParen(r.mtok[m][1], s.b), s.b) != k {
			return -1, false
		}
		return m, true
	}
	return -1, false
}

// copulaNamesKind reports whether mention m is named by a copula as a kind
// of place and its name: "is the aldeia of X", "was the village of X".
func (r *reader) copulaNamesKind(m int, s *sentence) bool {
	k := r.mtok[m][0] - 1
	if !r.is(k, s.b, "of") || !isDescriptorNoun(r.lowerWord(k-1, s.b)) || !r.is(k-2, s.b, "the") {
		return false
	}
	switch r.lowerWord(k-3, s.b) {
	case "is", "was":
		return true
	}
	return false
}
