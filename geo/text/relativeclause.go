package text

import "strings"

// heightRelativeStart reads backwards from token v, the verb of a
// relative clause whose height elevationEndingAt read after it (« qui
// culmine à 1 350 m », « qui s'élève à 2 100 mètres », « qui se dresse à
// 900 m »), the relative pronoun and the comma before it. It returns the
// comma's token. The height says nothing of where the place lies, so a
// distance after the clause is about the name before the comma, as after
// « X, à 2 400 m d'altitude, ».
func (r *reader) heightRelativeStart(v int, s *sentence) (int, bool) {
	b := s.b
	if r.lowerWord(v, b) == "" || r.at[v] >= 0 {
		return v, false
	}
	q := v - 1
	if r.is(q, b, "se") {
		q--
	}
	if !r.is(q, b, "qui") || !r.is(q-1, b, ",") || q-1 <= s.a {
		return v, false
	}
	return q - 1, true
}

// coordinatedRelativeLook is how many tokens the first verb of a
// relative clause and its object may hold before « et ».
const coordinatedRelativeLook = 12

// coordinatedRelativeStart reads backwards from token k, an « et » that
// joins a verb of place to the first verb of a relative clause, the words
// of that first verb and its object (lower-case words and numbers, no name
// and no punctuation) up to « qui » after a comma: « au camp de X, qui
// abrite 12 000 personnes et se trouve à 25 km de Y ». It returns the
// token of « qui », or -1. Both verbs are the relative's, about the name
// before the comma.
func (r *reader) coordinatedRelativeStart(k int, s *sentence) int {
	b := s.b
	for j := k - 1; j > s.a && j >= k-coordinatedRelativeLook; j-- {
		if r.at[j] >= 0 {
			return -1
		}
		switch t := &r.toks[j]; {
		case t.kind == tokNum:
		case t.kind != tokWord || t.cap:
			return -1
		case t.lower == "qui":
			if j == k-1 || !r.is(j-1, b, ",") {
				return -1
			}
			return j
		}
	}
	return -1
}

// clauseAsideLook is how many tokens an aside of a relative or
// participle clause between a name and its distance may hold.
const clauseAsideLook = 16

// frenchClauseAsideStart reads backwards from the comma at token c, right
// before a distance, an aside set off by commas after a name: a relative
// clause (« qui », « dont », « où ») or a participle of place or of
// building (verbs.tsv, builds.tsv) and the words after it, with no name,
// no distance and no clause break among them: « au village de X, fondé en
// 1920 par des éleveurs peuls, à 30 km au nord de Y », « à X, dont
// l'église date du XIIe siècle, à 6 km de Y », « au hameau de X, où
// vivent une trentaine de familles, à 12 km de Y ». It returns the comma
// that opens the aside, or -1. The aside says something of the name and
// nothing of where it lies, so the distance after it is the name's.
func (r *reader) frenchClauseAsideStart(c int, s *sentence) int {
	b := s.b
	opens := func(w string, j int) bool {
		rel := w == "qui" || w == "dont" || w == "où"
		return rel || isFrenchLocative(w) && !isFrenchFiniteVerb(w) || langs().fr.has(setBuilds, w)
	}
	ownDistance := func(j int) bool {
		t := &r.toks[j]
		return t.kind == tokWord && (t.lower == "à" || t.lower == "au" || t.lower == "aux") && j+1 < b && r.toks[j+1].kind == tokNum // « qui se trouve à 20 km »
	}
	return r.clauseAsideStart(c, s, opens, ownDistance)
}

// englishClauseAsideStart reads backwards from the comma at token c,
// right before a distance, an aside set off by commas after a name: a
// past participle ("founded", "built", a "lead" row of verbs.tsv) or "home
// to", and the words after it, with no name, no distance and no clause
// break among them: "Floods reached X, founded in 1890 by herders, 40 km
// north of Y", "X, home to some 3,000 herders, 40 km north of Y". It
// returns the comma that opens the aside, or -1. The aside says something
// of the name and nothing of where it lies, so the distance after it is
// the name's.
func (r *reader) englishClauseAsideStart(c int, s *sentence) int {
	b := s.b
	opens := func(w string, j int) bool {
		part := langs().en.verbs[w].lead || strings.HasSuffix(w, "ed") || isIrregularParticiple(w)
		return part || w == "home" && r.is(j+2, b, "to")
	}
	ownDistance := func(j int) bool {
		_, ok := r.parseQuantity(j, b)
		return ok && r.toks[j].kind == tokNum && j+1 < c && isUnitWord(r.lowerWord(j+1, b)) // "located 20 km east of Z"
	}
	return r.clauseAsideStart(c, s, opens, ownDistance)
}

// clauseAsideStart reads backwards from the comma at token c the aside of
// a clause set off by commas after a name, with no name among its words:
// opens tells, of the word after the aside's opening comma (at token
// j+1), whether it opens such a clause, and ownDistance whether token j
// starts a distance of the aside's own, which ends the search. It returns
// the comma that opens the aside, or -1.
func (r *reader) clauseAsideStart(c int, s *sentence, opens func(w string, j int) bool, ownDistance func(j int) bool) int {
	b := s.b
	if !r.is(c, b, ",") {
		return -1
	}
	for j := c - 1; j > s.a && j >= c-clauseAsideLook; j-- {
		if r.at[j] >= 0 {
			return -1
		}
		t := &r.toks[j]
		if t.kind == tokPunct {
			if t.lower != "," || j == c-1 {
				return -1
			}
			if !opens(r.lowerWord(j+1, b), j) || r.mentionEndingAt(j-1, s.a) < 0 {
				return -1
			}
			return j
		}
		if ownDistance(j) {
			return -1
		}
	}
	return -1
}

// placingLook is how many tokens the subject of a placing relative may
// hold between its pronoun and its verb.
const placingLook = 8

// placingRelativeStart reads backwards from token v, the last word before
// a distance, a relative clause whose subject, a source, places the name
// before its comma by a verb of lexicon/LANG/placings.tsv: « au Saut
// Kapiwa, que les cartes de l'IGN placent entre 35 et 40 km au sud-ouest
// du bourg », "Toloven, which older maps put 35 miles north-west of Tok".
// The subject holds lower-case words and no name but one of little
// evidence (an agency's acronym). It returns the comma before the
// pronoun, or -1. The distance is the name's, as after « X, à 35 km ».
func (r *reader) placingRelativeStart(v int, s *sentence) int {
	b := s.b
	if w := r.lowerWord(v, b); w == "entre" || w == "between" {
		v-- // « que les cartes placent entre 35 et 40 km »
	}
	if v <= s.a || r.toks[v].cap || !anyHas(setPlacings, r.toks[v].lower) {
		return -1
	}
	for j := v - 1; j > s.a && j >= v-placingLook; j-- {
		if m := r.at[j]; m >= 0 && r.mentions[m].Evidence > EvidenceUnlikely {
			return -1
		}
		t := &r.toks[j]
		switch {
		case isCopula(t.lower) || isFrenchFiniteVerb(t.lower) || isFrenchAuxiliary(t.lower):
			return -1 // "which in itself is located": the place's own verb, no source's
		case t.lower == "que" || t.lower == "qu'" || t.lower == "which" || t.lower == "that":
			if j == v-1 || !r.is(j-1, b, ",") || r.mentionEndingAt(j-2, s.a) < 0 {
				return -1
			}
			return j - 1
		case t.kind == tokPunct:
			return -1
		}
	}
	return -1
}
