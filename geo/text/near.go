package text

// Vague nearness, one rule for every language: a lead from the language's
// near.tsv ("near", "close to", "on the outskirts of", "près de", "aux
// environs de") and the place after it. What the languages write
// differently is in their tables (the leads, their flags) and their syntax
// (how the place is read, whether a verb of place must come first).

// lead is a row of near.tsv: the words before a place that say the subject
// lies near it.
type lead struct {
	of     bool // the language's "of" comes between the lead and the place ("près de X")
	border bool // a lead only before a border ("on the border", "à la frontière")
	river  bool // the place is a river: "on the left bank of the Volga"
	name   bool // also a hedge ("around 20 km"): a lead only before a name or an article and a name
}

// nearWords is a language's near.tsv.
type nearWords struct {
	leads    leadTrie[lead]
	hedges   map[string]bool // a word before a lead that Relation.Hedge keeps: "just"
	articles map[string]bool // a word between a lead flagged name and its name: "the"
}

// readNear reads the rows of near.tsv into w.
func readNear(w *nearWords, f []string) error {
	var ld lead
	var hedge, article bool
	if err := flags(f[1], map[string]*bool{"of": &ld.of, "border": &ld.border, "river": &ld.river,
		"name": &ld.name, "hedge": &hedge, "article": &article}); err != nil {
		return err
	}
	switch {
	case hedge || article:
		if hedge == article || ld != (lead{}) || !isPlainWord(f[0]) {
			return errBadValue(f[0] + "\t" + f[1])
		}
		m := &w.hedges
		if article {
			m = &w.articles
		}
		if *m == nil {
			*m = map[string]bool{}
		}
		if (*m)[f[0]] {
			return errDuplicate(f[0])
		}
		(*m)[f[0]] = true
		return nil
	case ld.border && ld.of:
		return errBadValue(f[1])
	}
	return w.leads.add(f[0], ld)
}

// isPlainWord reports whether w is one word, with no pattern in it.
func isPlainWord(w string) bool {
	for _, c := range w {
		if c == ' ' || c == '|' || c == '?' {
			return false
		}
	}
	return true
}

// nearIn reads vague nearness of the language l at token i: "near X",
// "close to X", "not far from X", "outside X", "on the outskirts of X",
// "in the area around X", "around X", "on the left bank of X", "near the
// border", "just near X" (Hedge "just"), "près de X", "non loin de X",
// "aux environs de X", "sur la rive gauche du Niger", "à la frontière
// malienne". It is the rule named near (entry.go), which each language
// tries in its own order.
func (r *reader) nearIn(l *language, i int, s *sentence, last *lastPhrase) (found, bool) {
	b, syn := s.b, l.syntax()
	if l == langs().en {
		if f, ok := r.acrossWaterAt(i, s); ok {
			return f, true
		}
	}
	k, hedge := i, ""
	if w := r.word(k, b); l.near.hedges[w] {
		hedge, k = w, k+1
	}
	ld, e, ok := l.near.leads.longest(r, k, b)
	if !ok || !l.startsAt(r.word(i, b)) {
		return found{}, false
	}
	if syn.gate != nil && !syn.gate(r, i, s, last) {
		// « La tempête a touché terre près de Brest »: the phrase
		// places no subject, but the name after « près de » is a place
		// as the one after "near" is.
		if ld.of && !ld.border && !ld.river {
			if e2, ok := r.ofAt(l, e, b); ok {
				if m := r.mentionAt(e2, b); m >= 0 && r.evidence(m) > EvidenceUnlikely {
					r.raise(m, EvidencePreposition)
				}
			}
		}
		return found{}, false
	}
	if ld.name && r.mentionAt(e, b) < 0 && !(l.near.articles[r.word(e, b)] && r.mentionAt(e+1, b) >= 0) {
		return found{}, false // "around 20 km" is a hedge, read as such
	}
	if ld.of {
		if e, ok = r.ofAt(l, e, b); !ok {
			return found{}, false
		}
	}
	f := newFound(KindNear, i)
	f.french = syn.french
	f.rel.Hedge = hedge
	f, ok = syn.object(r, f, e, b)
	if !ok || ld.border && (f.rel.Border == nil || f.rel.Border.Coast) {
		return found{}, false
	}
	if o := f.rel.Object; !ld.river && o >= 0 && o < len(r.mtok) && isRoadNoun(r.lowerWord(r.mtok[o][1], b)) {
		// "along the Mumbwa road", "near the Mopti road": the subject
		// lies somewhere on the road that leads to the town, not at it.
		return found{}, false
	}
	if ld.river {
		r.markRiver(f.rel.Object)
	} else if syn.french {
		// « à la sortie sud de Langeac », « à la périphérie nord de
		// Toamasina »: the side of the town the lead names is where the
		// subject lies from it.
		for j := k; j < e; j++ {
			if d, _, ok := r.frenchCompassAt(j, b); ok {
				setDirection(&f.rel, d)
				break
			}
		}
	}
	return f, true
}

// nearLeadEnd returns the token after a lead of l at j that the
// language's "of" follows ("près", "non loin", "aux environs"), or j when
// there is none.
func (r *reader) nearLeadEnd(l *language, j, b int) int {
	if ld, e, ok := l.near.leads.longest(r, j, b); ok && ld.of {
		return e
	}
	return j
}

// markRiver gives the mention m, the object of "the bank of", the feature
// river when the text gives it none: "the Volga" is no town Volga, and "the
// Niger" no country.
func (r *reader) markRiver(m int) {
	r.giveFeature(m, "river")
}

// acrossWaterAt reads "across the Zambezi from X" at token i: the subject
// lies near X, on the other side of the water named between, which is
// given the feature river when the text gives it none (so that "the
// Zambezi" is no town Zambezi). "across the river from X", with no name,
// is a lead of lexicon/en/near.tsv.
func (r *reader) acrossWaterAt(i int, s *sentence) (found, bool) {
	b := s.b
	if !r.is(i, b, "across") || !r.is(i+1, b, "the") {
		return found{}, false
	}
	m := r.mentionAt(i+2, b)
	if m < 0 || !r.is(r.mtok[m][1], b, "from") {
		return found{}, false
	}
	f, st := r.finishObject(newFound(KindNear, i), r.mtok[m][1]+1, b)
	if st != objFound || f.rel.Object < 0 || f.rel.Object == m {
		return found{}, false
	}
	if r.feature(m) == "" {
		r.markRiver(m)
	}
	return f, true
}
