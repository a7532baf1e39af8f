package text

import (
	"strings"
	"sync"
)

// The sea coast as the object of a relation: "23 km from the coast", "near
// the sea", "10 km inland", "on the coast of the Gulf of Thailand", "a
// coastal town", "à vingt kilomètres de la côte Est de Madagascar", "sur le
// littoral", "au bord de la mer". A coast is a BorderRef with Coast set,
// so that a distance or nearness to it is read, attached and measured as
// one to a border is. The words are in lexicon/LANG/coast.tsv.

// coastTable holds one language's words of the coast (lexicon/en/coast.tsv).
type coastTable struct {
	head, adjective, sea, seaname, demonym, not map[string]bool
	at, inland                                  [][]string        // leads and inland phrases, each of one or more words
	side                                        map[string]string // word -> compass letters
}

// coastTables holds the English table, then the French one, read once.
var coastTables = sync.OnceValue(func() [2]*coastTable {
	return [2]*coastTable{readCoast("lexicon/en/coast.tsv"), readCoast("lexicon/fr/coast.tsv")}
})

// isSeaName reports whether the lower-case w names a sea or an ocean
// without its head ("atlantic", "pacific"): a seaname of a coast.tsv.
func isSeaName(w string) bool {
	for _, t := range coastTables() {
		if t.seaname[w] {
			return true
		}
	}
	return false
}

// isCoastHead reports whether the lower-case w is a head word of a coast
// ("coast", "coastline", "seaboard"): a head of a coast.tsv.
func isCoastHead(w string) bool {
	for _, t := range coastTables() {
		if t.head[w] {
			return true
		}
	}
	return false
}

// readCoast parses a table of "role <tab> word" lines (side lines add a
// third column, the compass letters); blank lines and lines starting with
// "#" are skipped. A malformed line or an unknown role is a build defect
// and panics at first use.
func readCoast(name string) *coastTable {
	b, err := lexiconFiles.ReadFile(name)
	if err != nil {
		panic("text: " + err.Error())
	}
	t := &coastTable{head: map[string]bool{}, adjective: map[string]bool{},
		sea: map[string]bool{}, seaname: map[string]bool{}, demonym: map[string]bool{}, not: map[string]bool{}, side: map[string]string{}}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f) > 3 || (len(f) == 3) != (f[0] == "side") {
			panic("text: " + name + ": malformed line " + line)
		}
		w := strings.ToLower(f[1])
		switch f[0] {
		case "head":
			t.head[w] = true
		case "adjective":
			t.adjective[w] = true
		case "inland":
			t.inland = append(t.inland, strings.Fields(w))
		case "sea":
			t.sea[w] = true
		case "seaname":
			t.seaname[w] = true
		case "demonym":
			t.demonym[w] = true
		case "not":
			t.not[w] = true
		case "at":
			t.at = append(t.at, strings.Fields(w))
		case "side":
			t.side[w] = f[2]
		default:
			panic("text: " + name + ": unknown role " + f[0])
		}
	}
	return t
}

// isCoastLead reports whether a coast phrase may start at a token whose
// lower-cased word is w, in either language: a coastal adjective, an
// inland word or the first word of a lead ("on", "au" of "au bord de").
func isCoastLead(w string) bool {
	for _, t := range coastTables() {
		if t.adjective[w] {
			return true
		}
		for _, at := range append(t.at, t.inland...) {
			if at[0] == w {
				return true
			}
		}
	}
	return false
}

// isCoastAdjective reports whether w is a coastal adjective of either
// language's coast table ("coastal", « côtière »): an adjective of a kind
// of place that a walk back over an apposition steps over as any other.
func isCoastAdjective(w string) bool {
	for _, t := range coastTables() {
		if t.adjective[w] {
			return true
		}
	}
	return false
}

// coastAt reads an English coast phrase at token j: "the coast", "the
// sea", "the east coast", "the Atlantic coast", "the Peruvian coast",
// "the coast of Madagascar", "the coast of the Gulf of Thailand". A head
// written with a capital ("Ivory Coast", "the Gold Coast") is a name, not
// a coast, and "sea level" is no sea. It returns the coast and the token
// after the phrase.
func (r *reader) coastAt(j, b int) (*BorderRef, int, bool) {
	t := coastTables()[0]
	k := j
	if w := r.word(k, b); w == "the" || w == "a" || w == "an" || w == "its" || w == "their" {
		k++
	}
	br := &BorderRef{Coast: true}
	head := false
	for n := 0; n < 5 && k < b && !head; n++ {
		if m := r.mentionAt(k, b); m >= 0 {
			r.coastName(m, t, br)
			k = r.mtok[m][1]
			continue
		}
		tk := &r.toks[k]
		if tk.kind != tokWord {
			return nil, j, false
		}
		w := tk.lower
		switch {
		case !tk.cap && t.head[w]:
			head = true
		case tk.cap && t.seaname[w]:
			br.Sea = joinName(br.Sea, r.text[tk.start:tk.end])
		case tk.cap && isDemonym(w):
			br.Countries = append(br.Countries, r.text[tk.start:tk.end])
		case tk.cap && !t.head[w]:
			br.Sea = joinName(br.Sea, r.text[tk.start:tk.end]) // "the Atlantic coast"
		case t.side[w] != "":
			br.Side = t.side[w]
		case !tk.cap && isCompassWord(w):
			br.Side, _ = compassWordLetters(w)
		case !tk.cap && isPlainAdjective(w):
		default:
			return nil, j, false
		}
		k++
	}
	if !head {
		return nil, j, false
	}
	for n := 0; n < 2 && t.head[r.lowerWord(k, b)]; n++ {
		k++ // "the sea coast", "the ocean shore"
	}
	if w := r.lowerWord(k, b); t.not[w] || isDescriptorNoun(w) || isBorderNounModifier(w) {
		return nil, j, false // "sea level", "the coast road", "coastline town"
	}
	if r.is(k, b, "of") {
		m := k + 1
		if r.is(m, b, "the") {
			m++
		}
		if o := r.mentionAt(m, b); o >= 0 {
			k = r.mtok[o][1]
			if e := r.mtok[o][1]; t.sea[strings.ToLower(r.mentions[o].Name)] && r.is(e, b, "of") {
				// "the Gulf of Thailand", read as two names.
				e++
				if r.is(e, b, "the") {
					e++
				}
				if o2 := r.mentionAt(e, b); o2 >= 0 {
					k = r.mtok[o2][1]
					br.Sea = joinName(br.Sea, r.text[r.toks[r.mtok[o][0]].start:r.toks[k-1].end])
					o = -1
				}
			}
			if o >= 0 {
				r.coastName(o, t, br)
			}
		}
	}
	br.Span = r.span(j, k)
	return br, k, true
}

// coastName files the mention m, named with a coast, as the sea ("Gulf of
// Thailand", "Red Sea") when a word of it opens or ends a sea's name, and
// else as what may be the country whose coast it is.
func (r *reader) coastName(m int, t *coastTable, br *BorderRef) {
	name := r.mentions[m].Name
	words := strings.Fields(strings.ToLower(name))
	if len(words) > 0 && (t.sea[words[0]] || t.sea[words[len(words)-1]] || t.seaname[strings.Join(words, " ")]) {
		br.Sea = joinName(br.Sea, name)
		if r.mentions[m].Feature == "" && t.seaname[strings.Join(words, " ")] {
			// "on the Atlantic coast of Namibia": the ocean's name, no
			// town Atlantic (Iowa).
			r.mentions[m].Feature = "sea"
		}
		return
	}
	br.Countries = append(br.Countries, name)
}

// joinName joins two parts of a name with a space.
func joinName(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// frenchCoastAt reads a French coast phrase at token j: "la côte", "la
// côte Est de Madagascar", "la côte atlantique", "la côte malgache", "le
// littoral", "la mer", "l'océan", "la côte du golfe de Thaïlande". "la
// Côte d'Ivoire" is a country, not a coast. It returns the coast and the
// token after the phrase.
func (r *reader) frenchCoastAt(j, b int) (*BorderRef, int, bool) {
	t := coastTables()[1]
	k := j
	if w := r.word(k, b); w == "la" || w == "le" || w == "les" {
		k++
	}
	if k >= b || r.toks[k].kind != tokWord || r.toks[k].cap || r.at[k] >= 0 {
		return nil, j, false
	}
	if w, art := elidedRest(r.toks[k].lower); !t.head[w] || art == 'd' || (art == 'l' && k != j) {
		return nil, j, false
	}
	k++
	if w := r.word(k, b); w == "d'ivoire" || w == "d’ivoire" || t.head[w] {
		return nil, j, false
	}
	br := &BorderRef{Coast: true}
	if head, _ := elidedRest(r.toks[k-1].lower); t.sea[head] && k < b && r.toks[k].kind == tokWord && r.toks[k].cap {
		// "la mer Rouge", "l'océan Indien": the sea's own name.
		e := k + 1
		if m := r.mentionAt(k, b); m >= 0 {
			e = r.mtok[m][1]
		}
		head := r.text[r.toks[k-1].start:r.toks[k-1].end]
		head = head[elidedLen(r.toks[k-1].lower):] // without the article of "l'océan"
		br.Sea = head + " " + r.text[r.toks[k].start:r.toks[e-1].end]
		k = e
	}
	for n := 0; n < 3 && k < b && r.toks[k].kind == tokWord && r.at[k] < 0; n++ {
		tk := &r.toks[k]
		w := tk.lower
		if l, ok := frenchCompassLetters(w); ok && (w != "est" || tk.cap || r.clauseEndAt(langs().fr, k+1, b) || r.word(k+1, b) == "de" || r.word(k+1, b) == "du") {
			br.Side = l // "la côte Est", "la côte sud-ouest", but not "la côte est située"
		} else if t.side[w] != "" {
			br.Side = t.side[w]
		} else if t.seaname[w] {
			br.Sea = joinName(br.Sea, r.text[tk.start:tk.end])
		} else if isFrenchDemonym(w) || t.demonym[w] || (tk.cap && isDemonym(w)) {
			br.Countries = append(br.Countries, r.text[tk.start:tk.end])
		} else {
			break
		}
		k++
	}
	if o, ok := r.frenchOfAt(k, b); ok {
		m := o
		if w := r.word(m, b); w == "la" || w == "le" || w == "les" {
			m++
		}
		if w, _ := elidedRest(r.word(m, b)); t.sea[w] && m < b && !r.toks[m].cap {
			// "du golfe de Thaïlande": the sea's name runs to the end of
			// the name after it.
			e := m + 1
			if o2, ok := r.frenchOfAt(e, b); ok {
				if x := r.mentionAt(o2, b); x >= 0 {
					e = r.mtok[x][1]
				}
			}
			br.Sea = strings.TrimSpace(r.text[r.toks[m].start:r.toks[e-1].end])
			k = e
		} else if x := r.mentionAt(m, b); x >= 0 {
			r.coastName(x, t, br)
			k = r.mtok[x][1]
		}
	}
	br.Span = r.span(j, k)
	return br, k, true
}

// coastNearAt reads a phrase that puts its subject on the coast, at token
// i: "on the coast", "along the coast of X", "by the sea", "a coastal
// town", "sur la côte du golfe de Thaïlande", "au bord de la mer", "en
// bord de mer", "sur le littoral", "une ville côtière". It gives KindNear
// with Border.At set. "near the coast" and "près de la mer" are nearness
// of the usual kind, read where nearness is.
func (r *reader) coastNearAt(i int, s *sentence, last *lastPhrase) (found, bool) {
	b := s.b
	for lang, t := range coastTables() {
		french := lang == 1
		if t.adjective[r.word(i, b)] && r.toks[i].kind == tokWord && !r.toks[i].cap {
			if e, ok := r.coastalNoun(i, b, french); ok {
				f := newFound(KindNear, i)
				f.french = french
				f.rel.Object, f.end = -1, i+1
				f.rel.Border = &BorderRef{Coast: true, At: true, Span: r.span(i, i+1)}
				if m := r.mentionAt(e+1, b); m >= 0 && r.is(e, b, "of") {
					f.subject = m // "the coastal town of Lamu" is Lamu
				}
				return f, true
			}
			continue
		}
		for _, at := range t.at {
			if !r.seq(i, b, at...) {
				continue
			}
			k := i + len(at)
			var br *BorderRef
			var e int
			var ok bool
			if french {
				if !r.frenchGate(i, s, last) && frenchFeature(r.word(i-1, b)) == "" {
					return found{}, false // placed after a verb of place or a kind of place ("un village au bord de la mer")
				}
				br, e, ok = r.frenchCoastAt(k, b)
			} else if r.is(k, b, "the") && !comparisonWord(r.lowerWord(i-1, b)) {
				br, e, ok = r.coastAt(k, b)
			}
			if !ok {
				continue
			}
			br.At = true
			f := newFound(KindNear, i)
			f.french = french
			f.rel.Object, f.rel.Border, f.end = -1, br, e
			return f, true
		}
	}
	return found{}, false
}

// comparisonWord reports whether the English word w, right before "on the
// coast", makes the coast a term of comparison rather than where the
// subject lies: "sugar costs twice what it does on the coast", "cooler
// than on the coast", "as on the coast".
func comparisonWord(w string) bool {
	switch w {
	case "than", "as", "like", "unlike", "does", "do", "did":
		return true
	}
	return false
}

// coastalNoun reports whether the coastal adjective at token i qualifies a
// kind of place that lies somewhere: "a coastal town", "a small coastal
// fishing village", "une ville côtière"; it returns the token after the
// noun. "The coastal region" or "la plaine côtière" is a wide area, not a
// place on the coast.
func (r *reader) coastalNoun(i, b int, french bool) (int, bool) {
	if french {
		w := r.word(i-1, b)
		return i + 1, lex().fr[w].anaphor || w == "port" || w == "station"
	}
	for k, n := i+1, 0; n < 3 && k < b; k, n = k+1, n+1 {
		w := r.lowerWord(k, b)
		switch {
		case isAnaphorNoun(w) || w == "port" || w == "resort":
			return k + 1, true
		case w == "fishing" || w == "market" || w == "trading" || isPlainAdjective(w):
		default:
			return i, false
		}
	}
	return i, false
}

// inlandAt reads an inland phrase after a distance at token k, in
// English or French ("10 km inland", "à 10 km à l'intérieur des terres";
// "about 10 km inland from the coast" is read by the caller as a distance
// from what follows): the distance is from the coast. It returns the
// coast and the token after the phrase.
func (r *reader) inlandAt(k, b int) (*BorderRef, int, bool) {
	for _, t := range coastTables() {
		for _, in := range t.inland {
			if !r.seq(k, b, in...) {
				continue
			}
			e := k + len(in)
			if w := r.word(e, b); w == "from" || w == "of" || w == "de" || w == "du" {
				return nil, k, false
			}
			return &BorderRef{Coast: true, Span: r.span(k, e)}, e, true
		}
	}
	return nil, k, false
}
