package text

import (
	"slices"
	"sort"
	"strings"
)

// nameGivenAt returns the name that a naming phrase at token j gives, and
// true: "called X", "named X", "dubbed X", "nicknamed X", "known as X", «
// surnommé X », « appelé localement X », « connu sous le nom de X », with
// "also", "locally", "commonly" or "now" before them ("locally known as
// X"). The name must be a mention that may be a place; "named after X"
// names none.
func (r *reader) nameGivenAt(j, b int) (int, bool) {
	for n := 0; n < 2 && r.namingAdverbAt(j, b); n++ {
		j++
	}
	switch w := r.lowerWord(j, b); {
	case isNamingWord(w):
		j++
		if r.namingAdverbAt(j, b) {
			j++ // « appelé localement X », "called simply X"
		}
	case anyHas(setAsParticiples, w):
		if j = r.asNamedAt(j+1, b); j < 0 {
			return -1, false // "known locally as X", "entered in the register as X"
		}
	default:
		return -1, false
	}
	m := r.mentionAt(j, b)
	if m < 0 || r.evidence(m) == EvidenceUnlikely || r.mentions[m].Nameless {
		return -1, false
	}
	return m, true
}

// namingAdverbAt reports whether the word at token j is an adverb that
// may stand around a verb of naming, before the name it gives
// (namingadverbs.tsv): "which the guides simply call X", « qu'on appelle
// ici X ».
func (r *reader) namingAdverbAt(j, b int) bool {
	return anyHas(setNamingAdverbs, r.lowerWord(j, b))
}

// maxAsNamedWords bounds the words between a participle or verb of naming
// and the "as" that gives the name: "entered in the register of the
// Antiquities Service as X" takes six.
const maxAsNamedWords = 7

// asNamedAt returns the token where a name starts after the words at
// token k, which follow a participle or a verb of naming that gives the
// name after "as" or « sous le nom de » (asparticiples.tsv,
// asnamings.tsv): perhaps an adverb ("known locally as X"), then up to
// maxAsNamedWords words that say where or by whom it is so named ("entered
// in the register as X", "referred to in the lease as X", "known to the
// Warlpiri as X", "listed in the 1911 census as X", « inscrit au cadastre
// sous le nom de X »). A comma, a copula, a relative word or any token
// but a word or a number ends the search; it returns -1 when no name is
// given.
func (r *reader) asNamedAt(k, b int) int {
	if r.namingAdverbAt(k, b) {
		k++
	}
	for j := k; j < b && j <= k+maxAsNamedWords; j++ {
		if n := r.asNameAt(j, b); n >= 0 {
			return n
		}
		if r.toks[j].kind == tokNum {
			continue // "listed in the 1911 census as X"
		}
		if w := r.word(j, b); w == "" || isCopula(w) || isRelativeWord(w) {
			return -1
		}
	}
	return -1
}

// asNameAt returns the token after "as" or « sous le nom de » at token
// k, where the name they give starts, or -1; the name may carry the
// elided « d' » of « sous le nom d'Ambohibe Atsimo ».
func (r *reader) asNameAt(k, b int) int {
	switch {
	case r.is(k, b, "as"):
		return k + 1
	case r.seq(k, b, "sous", "le", "nom", "de"):
		return k + 4
	case r.seq(k, b, "sous", "le", "nom"):
		if _, art := elidedRest(r.word(k+3, b)); art == 'd' {
			return k + 3
		}
	}
	return -1
}

// nameAfterFact reads, in sentence s whose relations start at index r0
// of r.rels, the name the text gives the topic
// after placing it, when the topic is a place given no name (nameless.go):
// "A village 20 km south of Kasese was hit; it is called Bukirova", "The
// farm lies 25 km east of Nakuru. It is known as Kiamboru", "The village
// is called X", "Its name is X", "Locals call it X". The name becomes an alias of the nameless
// place, so the place bears it. A topic that has a name is left alone.
func (r *reader) nameAfterFact(s *sentence, r0 int) {
	r.namedApposition(s, r0)
	if r.topic < 0 || !r.mentions[r.topic].Nameless {
		return
	}
	b := s.b
	for k := s.a; k < b; k++ {
		m := -1
		switch {
		case callsIt(r.lowerWord(k, b)) && r.is(k+1, b, "it"):
			// "Locals call it Lopa Bas", "which residents named it X".
			if m = r.mentionAt(k+2, b); m >= 0 && (r.evidence(m) == EvidenceUnlikely || r.mentions[m].Nameless) {
				m = -1
			}
		case r.is(k, b, "its") && r.is(k+1, b, "name") && isCopula(r.lowerWord(k+2, b)):
			if m = r.mentionAt(k+3, b); m >= 0 && (r.evidence(m) == EvidenceUnlikely || r.mentions[m].Nameless) {
				m = -1
			}
		default:
			e, ok := r.anaphorAt(k, b)
			if !ok {
				continue
			}
			for isCopula(r.lowerWord(e, b)) {
				e++ // "it has been called"
			}
			if g, ok := r.nameGivenAt(e, b); ok {
				m = g
			}
		}
		if m < 0 || m == r.topic || r.aliasOf[m] >= 0 {
			continue
		}
		r.addAlias(r.topic, m)
		r.raise(m, EvidenceDescriptor)
		r.giveFeature(m, r.feature(r.topic))
		return
	}
}

// namedApposition reads a name given in an apposition or a relative
// clause right after a relation phrase of sentence s (relations from
// index r0 of r.rels) whose subject the text gave no name: "A settlement
// 18 km east of Lodwar, known locally as Nakwamoru Ekal, was flooded", "a
// camp 45 km south-east of Khovd, which the family calls X", "a market
// 25 km south of Uyuni that the locals call X", « un campement situé à 12
// km d'Agadez, surnommé X » name the settlement, not Lodwar, so the alias
// findAliases read for the object moves to the subject.
func (r *reader) namedApposition(s *sentence, r0 int) {
	for i := r0; i < len(r.rels); i++ {
		rel := &r.rels[i]
		if rel.Subject < 0 || !r.mentions[rel.Subject].Nameless {
			continue
		}
		k := s.a + sort.Search(s.b-s.a, func(n int) bool { return r.toks[s.a+n].end >= rel.Phrase.End })
		if k >= s.b || r.toks[k].end != rel.Phrase.End {
			continue
		}
		// "a market 25 km south of Uyuni that the locals call X"; a
		// restrictive "that" right after the phrase names the nameless
		// place in the past too ("a palm grove 30 km north-east of Atar
		// that our guide called X"), as no clause without a comma tells
		// the old name of the town measured from.
		m, ok := r.relativeNameAt(k+1, s.b, r.is(k+1, s.b, "that"))
		if !ok && r.is(k+1, s.b, ",") {
			if m, ok = r.nameGivenAt(k+2, s.b); !ok {
				m, ok = r.relativeNameAt(k+2, s.b, false) // "…, which the family calls X"
			}
		}
		if !ok {
			continue
		}
		if o := r.aliasOf[m]; o >= 0 {
			if int(o) != rel.Object {
				continue // named in an alias of another place
			}
			r.aliases = slices.DeleteFunc(r.aliases, func(a Alias) bool { return a.Alias == m })
			r.aliasOf[m] = -1
		}
		r.addAlias(rel.Subject, m)
		r.raise(m, EvidenceDescriptor)
		r.giveFeature(m, r.feature(rel.Subject))
	}
}

// maxNamingAgentWords bounds the words between the word that opens a
// relative clause of naming and its verb: "which the local Turkana
// herders call X" takes four.
const maxNamingAgentWords = 5

// relativeNameAt returns the name that a relative clause of naming at
// token k gives the place before it: "which the family calls X", "that
// locals call X", "which herders know as X", "which is called X", « que
// les habitants nomment X », « qu'on appelle X », « que les nomades
// connaissent sous le nom de X ». The clause opens with a word of
// namingrels.tsv (or « qu' » and a pronoun in one token); up to
// maxNamingAgentWords words that say who names it ("the family",
// "residents", "Karimojong herders", « les déplacés »), none of them a
// name with more sign of place than its capitals, stand before a
// verb of namings.tsv right before the name, a verb of asnamings.tsv
// before "as" or « sous le nom de », or a copula and a naming phrase
// (nameGivenAt). The name must be a mention that may be a place, not a
// nameless one. Unless past, a verb in the past ("which the Belgians
// called X", "which was called X") gives none: after a place measured from, such a clause
// tells that place's old name ("20 km north of Kalemie, which the
// Belgians called Albertville").
func (r *reader) relativeNameAt(k, b int, past bool) (int, bool) {
	w := r.lowerWord(k, b)
	switch rest, art := elidedRest(w); {
	case anyHas(setNamingRels, w):
		k++
	case art == 'q' && rest != "":
		k++ // « qu'on appelle X »: the pronoun is in the token
	default:
		return -1, false
	}
	for j := k; j < b && j <= k+maxNamingAgentWords; j++ {
		t := &r.toks[j]
		if t.kind != tokWord || r.at[j] >= 0 && r.evidence(int(r.at[j])) > EvidenceCapitalised {
			return -1, false
		}
		if t.cap {
			continue // "which the Himba call X", "which Karimojong herders know as X": who names it
		}
		n := j + 1
		if !past && (strings.HasSuffix(t.lower, "ed") || t.lower == "was" || t.lower == "were") {
			return -1, false
		}
		switch {
		case isCopula(t.lower):
			return r.nameGivenAt(j+1, b) // "which is known locally as X"
		case anyHas(setNamings, t.lower):
			if r.namingAdverbAt(n, b) {
				n++ // « qu'on appelle ici X »
			}
		case anyHas(setAsNamings, t.lower) && r.asNamedAt(j+1, b) >= 0:
			n = r.asNamedAt(j+1, b) // "which herders know as X", "which old maps mark as X"
		default:
			continue
		}
		m := r.mentionAt(r.givenNameStart(n, b), b)
		if m < 0 || r.evidence(m) == EvidenceUnlikely || r.mentions[m].Nameless {
			return -1, false
		}
		return m, true
	}
	return -1, false
}

// givenNameStart returns the token where the name a verb of naming gives
// starts, from token j right after the verb: past an article the name
// keeps (« un lieu-dit appelé le Fays-Broquet ») and a lower-case kind
// that opens it (nameleads.tsv: « un lac que l'on appelle ici le lac X »,
// whose name is X). It returns j when neither stands there.
func (r *reader) givenNameStart(j, b int) int {
	k := j
	switch r.lowerWord(k, b) {
	case "le", "la", "les", "the":
		k++
	}
	if r.mentionAt(k, b) < 0 && anyHas(setNameLeads, r.lowerWord(k, b)) {
		k++
	}
	if k > j && r.mentionAt(k, b) >= 0 {
		return k
	}
	return j
}

// callsIt reports whether w, before "it" and a name, gives the place that
// name: "Locals call it X", "residents named it X".
func callsIt(w string) bool {
	switch w {
	case "call", "calls", "called", "name", "names", "named", "dub", "dubbed", "nickname", "nicknamed":
		return true
	}
	return false
}

// maxNamedKindWords bounds the words between the article and the word
// that names the kind: « un site de déplacés que les habitants appellent
// X » takes eight.
const maxNamedKindWords = 12

// indefiniteNamedKind reads, from token k, an indefinite article, a kind of
// place and a word of namings.tsv that gives the kind the name right
// after it, and returns the name's mention: « À 18 km de Tozeur, un
// campement baptisé X propose des nuits sous la tente », « …, un site de
// déplacés que les habitants appellent X accueille … », « À 9 km de Koné
// se trouve un hameau appelé X », "Some 18 km south-west of Tozeur, a
// camp called X offers …". Between the article and the naming word stand
// lower-case words, one of them a kind of place, and perhaps the name of
// the people who name it, never a place's (« que les Touaregs appellent
// »), no more than maxNamedKindWords in all. The name may keep its article after
// the naming word: « un lieu-dit appelé le Fays-Broquet ».
func (r *reader) indefiniteNamedKind(k, b int) (int, bool) {
	switch r.lowerWord(k, b) {
	case "un", "une", "a", "an":
	default:
		return -1, false
	}
	kind := false
	for j := k + 1; j < b && j <= k+maxNamedKindWords; j++ {
		t := &r.toks[j]
		if t.kind != tokWord || r.at[j] >= 0 && r.evidence(int(r.at[j])) > EvidenceUnlikely {
			return -1, false
		}
		if t.cap {
			continue // « un campement que les Touaregs appellent X »: the people who name it
		}
		if anyHas(setNamings, t.lower) && kind {
			if r.namingAdverbAt(j+1, b) {
				j++ // « un lac que l'on appelle ici le lac X »
			}
			m := r.mentionAt(r.givenNameStart(j+1, b), b)
			if m < 0 || r.evidence(m) == EvidenceUnlikely || r.mentions[m].Nameless {
				return -1, false
			}
			return m, true
		}
		w, _ := elidedRest(t.lower)
		kind = kind || frenchFeature(w) != "" || isDescriptorNoun(w)
	}
	return -1, false
}

// maxNamingKindWords bounds the lower-case words of the kind of place an
// apposition names: "the small stone chapel" takes four.
const maxNamingKindWords = 5

// namingApposition reports whether mention m is the name that an
// apposition set between commas gives, with a word of naming, to its kind
// of place: "A second locus, the rock shelter known locally as Mavri
// Spilia, lies …", "the first, a well called Bir Tawil, is …", « Le second
// gîte, une kasbah restaurée appelée Tighremt, se trouve … ». The
// apposition opens right after a comma with an article or an indefinite
// word and holds lower-case words of a kind before the word of naming,
// none a noun of a person ("a man called Gela"); the name closes it with
// a comma. Callers ask it only when the clause's verb follows that comma,
// so the thing named is the clause's subject.
func (r *reader) namingApposition(m int, s *sentence) bool {
	b := s.b
	p := r.mtok[m][0]
	if !r.is(r.skipParen(r.mtok[m][1], b), b, ",") {
		return false
	}
	j := -1
	for i := p - 1; i >= s.a && i >= p-maxAsNamedWords-3; i-- {
		if n, ok := r.nameGivenAt(i, b); ok && n == m {
			j = i // the earliest start, with its adverbs: "locally known as X"
		}
	}
	if j < 0 {
		return false
	}
	k := j - 1
	for n := 0; k > s.a && n < maxNamingKindWords && r.toks[k].kind == tokWord && !r.toks[k].cap && r.at[k] < 0; n++ {
		if r.appositionArticle(k, b) {
			// "our guide, a man called Gela, lives …", "an old man
			// called": the head is a person's; « une cabane de berger
			// nommée X » is the hut's name, whose head comes before its
			// complement.
			h := j - 1
			for i := k + 1; i < j; i++ {
				if w := r.lowerWord(i, b); w == "of" || w == "de" || w == "du" || w == "des" {
					h = i - 1
					break
				}
			}
			return k < j-1 && r.is(k-1, b, ",") && !r.personWordAt(k+1, b) && !r.personWordAt(h, b)
		}
		k--
	}
	return false
}

// personWordAt reports whether token k is a noun of a person, a trade or
// a companion (personnouns.tsv, occupations.tsv, companions.tsv), with or
// without a determiner before it: "man", "teacher", « guide ».
func (r *reader) personWordAt(k, b int) bool {
	w, _ := elidedRest(r.lowerWord(k, b))
	return anyHas(setPersonNouns, w) || anyHas(setOccupations, w) || anyHas(setCompanions, w)
}

// appositionArticle reports whether token k is an article or an
// indefinite word that may open an apposition: "the", "a", "one" (apposeds.tsv),
// « le », « une », « l'abri ».
func (r *reader) appositionArticle(k, b int) bool {
	w, art := elidedRest(r.lowerWord(k, b))
	if art == 'l' {
		return true
	}
	switch w {
	case "the", "le", "la", "les":
		return true
	}
	return anyHas(setApposeds, w)
}
