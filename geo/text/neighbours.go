package text

import "strings"

// Lists of the neighbours of the place the text is about, each neighbour
// with where it lies from that place: "Nearby localities include Tell
// Rifaat 8 kilometers to the west and Mare' to the southwest", "Nearby
// towns include Nabatieh (6 km) to the northwest", "Its nearest towns are
// Longreach, 31 km to the southwest, and Barcaldine", "It borders Mardan
// to the east", "Les localités voisines sont Ouahigouya au nord-ouest et
// Yako au sud", "Elle est limitrophe de Kaolack à l'ouest et de Kaffrine à
// l'est", "Les villages les plus proches sont Ségou (26 km au nord-ouest)
// et Bla". The leads are the rows of lexicon/LANG/neighbours.tsv. The
// place of the sentence is the origin: each neighbour with a distance or a
// side is the object of a Reversed relation (the subject lies the other
// way from it), and every neighbour, with or without, is a place. When no
// neighbour has a distance or a side and the lead says they lie near
// ("Nearby villages include A, B and C", flag near), each neighbour is
// the object of a OneWay KindNear relation: together they bound where the
// subject lies, and none is placed from it.

// neighbourLead is a row of neighbours.tsv.
type neighbourLead struct {
	// of: the language's "of" may stand before each neighbour ("limitrophe
	// de A au nord et de B à l'est").
	of bool
	// near: the neighbours lie near the place ("nearby villages",
	// « les villages voisins »), unlike those of a lead that says only
	// that they are the nearest or that they share a boundary ("its
	// nearest town is", "borders"), which may be far in empty country or
	// across a large district.
	near bool
}

// readNeighbours reads a row of neighbours.tsv into t.
func readNeighbours(t *leadTrie[neighbourLead], f []string) error {
	var ld neighbourLead
	if err := flags(f[1], map[string]*bool{"of": &ld.of, "near": &ld.near}); err != nil {
		return err
	}
	return t.add(f[0], ld)
}

// maxNeighbours bounds the neighbours read after one lead.
const maxNeighbours = 12

// neighboursAt reads a list of neighbours after a lead of any language at
// token i. Every neighbour is raised to a place; it returns the relations
// of those with a distance or a side appended to out and the token after
// the list. When the list gives no neighbour a distance or a side, it
// returns the OneWay nearness of each neighbour when the lead is flagged
// near, and otherwise false with out as it was (so that "voisin de X" is
// still read as nearness by the rules after).
func (r *reader) neighboursAt(i int, s *sentence, out []found) ([]found, int, bool) {
	b := s.b
	for _, l := range langs().all {
		ld, k, ok := l.neighbours.longest(r, i, b)
		if !ok {
			continue
		}
		if r.is(k, b, ":") {
			k++
		}
		subj := r.neighboursSubject(i, s)
		n0 := len(out)
		var bare []int   // the neighbours read with no distance or side
		var of *language // the language whose "of" the lead takes, if any
		if ld.of {
			of = l
		}
		if subj < 0 {
			// No place the list is measured from: its brackets are read
			// as brackets ("Other nearby villages are Kisumu (west of
			// Toravi), Kericho (SE)"), and its names stay what they were.
			return out, i, false
		}
		for n := 0; n < maxNeighbours && k < b; n++ {
			m := r.mentionAt(r.neighbourStart(k, b, of), b)
			if m < 0 {
				break
			}
			var e int
			before := len(out)
			out, e = r.neighbourItem(m, s, out)
			if len(out) > before {
				f := &out[len(out)-1]
				f.subject, f.start, f.french = subj, i, l == langs().fr
			} else if r.evidence(m) > EvidenceUnlikely {
				r.raise(m, EvidencePreposition) // "and Bla": a neighbour all the same
				bare = append(bare, m)
			}
			k = e
			// The next neighbour after ",", "and", ", and", ";".
			next := k
			if r.is(next, b, ",") || r.is(next, b, ";") {
				next++
			}
			if isListConjunction(r.word(next, b)) {
				next++
			}
			if next == k {
				break
			}
			if r.mentionAt(r.neighbourStart(next, b, of), b) < 0 {
				break
			}
			k = next
		}
		if len(out) == n0 {
			if !ld.near || len(bare) == 0 {
				return out, i, false
			}
			for _, m := range bare {
				f := newFound(KindNear, i)
				f.rel.Object, f.rel.OneWay = m, true
				f.subject, f.french = subj, l == langs().fr
				f.end = r.mtok[m][1] // the phrase runs from the lead
				out = append(out, f)
			}
		}
		return out, k, true
	}
	return out, i, false
}

// neighbourStart returns the token where the neighbour after token j
// starts: past an "of" of the language of when the lead takes one ("de
// Kaffrine"; of is nil when it takes none), and past a kind of place with
// its "of" and a definite article before it (lexicon/LANG/definite.tsv:
// "des communes de Kaolack", "the municipalities of X", "les communes de
// X").
func (r *reader) neighbourStart(j, b int, of *language) int {
	if of != nil && of.has(setOfWords, r.word(j, b)) {
		j++
	}
	k := j
	if anyHas(setDefinite, r.word(k, b)) {
		k++ // "the municipalities of X", "les communes de X"
	}
	if w := r.lowerWord(k, b); w != "" && isKindNoun(w) && isOfWord(r.word(k+1, b)) && r.mentionAt(k+2, b) >= 0 {
		return k + 2
	}
	return j
}

// isKindNoun reports whether w, or w without a plural "s", is a descriptor
// noun of English or French: "villages", "communes", "towns".
func isKindNoun(w string) bool {
	for _, v := range []string{w, strings.TrimSuffix(w, "s")} {
		if isDescriptorNoun(v) || frenchFeature(v) != "" {
			return true
		}
	}
	return false
}

// isPlaceVerb reports whether w is a verb of place of any language that may
// open a phrase ("located", "situé", "située"): a row of verbs.tsv flagged
// lead.
func isPlaceVerb(w string) bool {
	for _, l := range langs().all {
		if v, ok := l.verbs[w]; ok && v.lead {
			return true
		}
	}
	return false
}

// isOfWord reports whether w is an "of" of any language that may stand
// before a name: "of", "de", "d'", "du", "des" (a row of an ofwords.tsv).
func isOfWord(w string) bool {
	return anyHas(setOfWords, w)
}

// neighboursSubject returns the place a list of neighbours whose lead is
// at token i is measured from: the topic when the lead opens the sentence
// or follows words that name no place ("It borders", "Its nearest towns
// are", "Il est limitrophe de"), the name that opens the sentence when
// only words lie between it and the lead ("Garhi Kuma borders ...");
// -1 otherwise, or when there is no topic.
func (r *reader) neighboursSubject(i int, s *sentence) int {
	first := -1
	for k := s.first; k < i && k < s.first+maxLook; k++ {
		if m := int(r.at[k]); m >= 0 {
			if first >= 0 && m != first || k != s.first && first < 0 {
				return -1
			}
			first = m
		}
	}
	if first >= 0 {
		return first
	}
	return r.topic
}

// neighbourItem reads what follows the neighbour m: a distance and its
// direction ("8 kilometers to the west", ", 31 km to the southwest", "à 42
// km à l'ouest"), a side ("to the north", "au nord"), a bracket ("(6 km)",
// "(40 km north)", "(5 km à l'ouest)", "(NE)") and a side after it ("(6
// km) to the northwest"). A relation read is appended to out, with m its
// object, Reversed; it returns the token after what it read.
func (r *reader) neighbourItem(m int, s *sentence, out []found) ([]found, int) {
	b := s.b
	e := r.mtok[m][1]
	if e < b && (r.toks[e].lower == "'" || r.toks[e].lower == "’") && r.toks[e].start == r.toks[e-1].end {
		e++ // "Mare' 6 km to the southwest": a final ayn the name leaves out
	}
	k := e
	paren := r.is(k, b, "(")
	if paren {
		k++
	} else if r.is(k, b, ",") {
		k++ // ", 31 km to the southwest": only a distance after the comma
		if isPlaceVerb(r.lowerWord(k, b)) {
			k++ // ", situé à 15 km au sud-est"
		}
	}
	f, have := r.neighbourDistance(k, s)
	if have {
		k = f.end
	} else if paren || k == e {
		if d, e2, ok := r.sideAt(k, b); ok {
			f, have, k = newFound(KindDirection, k), true, e2
			setDirection(&f.rel, d)
		} else if d, e2, ok := r.parseDirection(k, b, true); ok && paren {
			f, have, k = newFound(KindDirection, k), true, e2 // "(NE)"
			setDirection(&f.rel, d)
		} else if d, e2, ok := r.frenchCompassAt(k, b); ok && paren {
			f, have, k = newFound(KindDirection, k), true, e2 // "(nord-ouest)"
			setDirection(&f.rel, d)
		}
	}
	if paren {
		if !have || !r.is(k, b, ")") {
			// A bracket that says nothing of where: skip it whole.
			for j := e + 1; j < b && j < e+maxLook; j++ {
				if r.is(j, b, ")") {
					return out, j + 1
				}
			}
			return out, e
		}
		k++
		if f.rel.Points == 0 {
			if d, e2, ok := r.sideAt(k, b); ok {
				setDirection(&f.rel, d) // "(6 km) to the northwest"
				k = e2
			}
		}
	} else if !have {
		return out, e
	}
	f.rel.Object, f.reversed, f.neighbour = m, true, true
	f.phraseStart, f.end = r.mtok[m][0], k
	return append(out, f), k
}

// neighbourDistance reads, at token k, a distance with no object in any
// language ("8 kilometers to the west", "à 12 km au sud-ouest", "5 km à
// l'ouest"), the reading that goes furthest.
func (r *reader) neighbourDistance(k int, s *sentence) (found, bool) {
	var best found
	have := false
	for _, l := range langs().all {
		f, st, _, ok := r.distanceAt(l, k, s)
		if ok && st == objAbsent && (!have || f.end > best.end) {
			best, have = f, true
		}
	}
	return best, have
}
