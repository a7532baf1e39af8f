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
	for n := 0; n < 2; n++ {
		switch r.lowerWord(j, b) {
		case "also", "locally", "commonly", "now", "simply", "usually":
			j++
		}
	}
	switch w := r.lowerWord(j, b); {
	case isNamingWord(w):
		j++
		if w := r.lowerWord(j, b); w == "locally" || w == "localement" {
			j++ // « appelé localement X »
		}
	case w == "known" || w == "connu" || w == "connue":
		j++
		if w := r.lowerWord(j, b); w == "locally" || w == "also" || w == "commonly" || w == "localement" {
			j++ // "known locally as X"
		}
		switch {
		case r.is(j, b, "as"):
			j++
		case r.seq(j, b, "sous", "le", "nom", "de"):
			j += 4 // « connu sous le nom de X »
		default:
			return -1, false
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
		m, ok := r.relativeNameAt(k+1, s.b, false) // "a market 25 km south of Uyuni that the locals call X"
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
		case anyHas(setAsNamings, t.lower) && r.is(j+1, b, "as"):
			n = j + 2
		case anyHas(setAsNamings, t.lower) && r.seq(j+1, b, "sous", "le", "nom", "de"):
			n = j + 5
		default:
			continue
		}
		m := r.mentionAt(n, b)
		if m < 0 || r.evidence(m) == EvidenceUnlikely || r.mentions[m].Nameless {
			return -1, false
		}
		return m, true
	}
	return -1, false
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
			switch r.lowerWord(j+1, b) {
			case "le", "la", "les", "the":
				j++
			}
			m := r.mentionAt(j+1, b)
			if m < 0 || r.mtok[m][0] != j+1 || r.evidence(m) == EvidenceUnlikely || r.mentions[m].Nameless {
				return -1, false
			}
			return m, true
		}
		w, _ := elidedRest(t.lower)
		kind = kind || frenchFeature(w) != "" || isDescriptorNoun(w)
	}
	return -1, false
}
