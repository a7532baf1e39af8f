package text

// asideLook is the most tokens an aside may span: the words that name the
// source of a distance or call it hearsay, between a place and its
// distance, or the words between a distance's quantity and its direction.
const asideLook = 12

// asideReach is the most tokens between the end of a taken-out aside and
// the unit of the distance it interrupts ("is about 18 km", « à une
// quarantaine de kilomètres »).
const asideReach = 6

// dropAsides takes out of the token stream the asides that say who
// reports a distance, set between a place and the distance: "Kombolopa,
// which, according to police, is about 18 km west of X", "the camp, which
// according to the elders lies some 20 km east of X", « Ndjoré, un hameau
// situé, d'après des sources sécuritaires, à 12 km à l'est de X », « qui se
// trouve, d'après Ahmed, un berger de la zone, à 35 km au nord de X »; and
// the hearsay that opens a distance, "Sinaballan, said by residents to be
// some 25 km east of X", "X is believed to lie 20 km from Y" (hearsay.tsv).
// The rest reads as the writer would have put it without the aside: the
// relation keeps its subject, and the source, a person or the authorities,
// is no mention at all. An aside is taken out only when the unit of a
// distance follows it within asideReach tokens, so a source elsewhere
// ("According to Reuters, ...", "X lies 20 km north of Y, according to
// police") is read as before. Each token is looked at a bounded number of
// times, so the stage is linear in the document's length.
func (r *reader) dropAsides() {
	var out []token
	for i := 0; i < len(r.toks); i++ {
		a, e, ok := r.sourceAsideAt(i)
		if !ok {
			a, e, ok = r.hearsayAt(i)
		}
		if !ok {
			if out != nil {
				out = append(out, r.toks[i])
			}
			continue
		}
		if out == nil {
			out = make([]token, 0, len(r.toks))
			out = append(out, r.toks[:i]...)
		}
		out = append(out, r.toks[i:a]...)
		i = e - 1
	}
	if out != nil {
		r.toks = out
	}
}

// sourceWordsAt returns the token after a phrase of sources.tsv at token
// i ("according to", "selon", "d'après"), of up to three words.
func (r *reader) sourceWordsAt(i int) (int, bool) {
	sources := langs().sets[setSources]
	var buf [64]byte // the words joined by spaces, on the stack: the stage looks at every comma
	w := buf[:0]
	for n := 0; n < 3 && i+n < len(r.toks) && r.toks[i+n].kind == tokWord; n++ {
		if n > 0 {
			w = append(w, ' ')
		}
		w = append(w, r.toks[i+n].lower...)
		if sources[string(w)] {
			return i + n + 1, true
		}
	}
	return i, false
}

// sourceAsideAt reads a source aside opening at token i: a comma and a
// phrase of sources.tsv, or such a phrase right after a relative word or a
// verb of place ("which according to the elders lies"). It returns the
// tokens to take out, [a, e): from the opening comma, or the phrase, to
// the comma that closes the aside, or to the verb of place that ends one
// with no comma.
func (r *reader) sourceAsideAt(i int) (int, int, bool) {
	comma := r.toks[i].lower == ","
	p := i
	if comma {
		p = i + 1
		if i == 0 || r.toks[i-1].kind != tokWord && r.toks[i-1].kind != tokNum {
			return 0, 0, false
		}
	} else if i == 0 || !(anyHas(setRelatives, r.toks[i-1].lower) || isVerbOfPlace(r.toks[i-1].lower)) {
		return 0, 0, false
	}
	p, ok := r.sourceWordsAt(p)
	if !ok {
		return 0, 0, false
	}
	close, verb := -1, -1
	n := len(r.toks)
	for j := p + 1; j < n && j <= p+asideLook; j++ {
		switch w := r.toks[j].lower; {
		case w == ",":
			close, verb = j, -1
			continue
		case isClauseStop(w):
			return 0, 0, false
		case verb < 0 && isVerbOfPlace(w):
			verb = j
		}
		if _, _, ok := unitIn(r, j, n); !ok || r.toks[j-1].kind == tokWord && !isQuantityWord(r.toks[j-1].lower) {
			continue
		}
		switch {
		case close > 0 && j-close <= asideReach:
			return i, close + 1, true
		case !comma && verb > 0 && j-verb <= asideReach:
			return i, verb, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// hearsayAt reads at token i a word of hearsay.tsv after a comma or a verb,
// perhaps "by" and who says so, then "to" and a verb of place before a
// distance ("X, said by residents to be some 25 km east of Y", "X is
// believed to lie 20 km from Y"). It returns the tokens to take out:
// the word up to the verb after "to", inclusive.
func (r *reader) hearsayAt(i int) (int, int, bool) {
	if i == 0 || !anyHas(setHearsay, r.toks[i].lower) {
		return 0, 0, false
	}
	if w := r.toks[i-1].lower; w != "," && !isVerbOfPlace(w) {
		return 0, 0, false
	}
	n := len(r.toks)
	j := i + 1
	if j < n && r.toks[j].lower == "by" {
		for j++; j < n && j <= i+asideLook && r.toks[j].lower != "to"; j++ {
			if isClauseStop(r.toks[j].lower) || r.toks[j].lower == "," {
				return 0, 0, false
			}
		}
	}
	if j+1 >= n || r.toks[j].lower != "to" || !isVerbOfPlace(r.toks[j+1].lower) {
		return 0, 0, false
	}
	e := j + 2
	for k := e; k < n && k <= e+asideReach; k++ {
		if isClauseStop(r.toks[k].lower) || r.toks[k].lower == "," {
			return 0, 0, false
		}
		if _, _, ok := unitIn(r, k, n); ok && k > e {
			return i, e, true
		}
	}
	return 0, 0, false
}

// isVerbOfPlace reports whether w is a verb of place of any language
// (verbs.tsv): "is", "lies", "located", « se », « est », « situé ».
func isVerbOfPlace(w string) bool {
	for _, l := range langs().all {
		if _, ok := l.verbs[w]; ok {
			return true
		}
	}
	return false
}

// isQuantityWord reports whether w may stand right before a unit as
// part of a quantity: a number word, a vague amount (« une quarantaine
// de kilomètres »), "of" or « de » after one.
func isQuantityWord(w string) bool {
	switch w {
	case "de", "of", "d'":
		return true
	}
	for _, l := range langs().all {
		if _, ok := l.numbers[w]; ok {
			return true
		}
	}
	return false
}

// isClauseStop reports whether token w ends the reach of an aside: the
// end of a sentence or clause, or a bracket or quotation mark.
func isClauseStop(w string) bool {
	switch w {
	case ".", ";", ":", "!", "?", "(", ")", "«", "»", "\"", "“", "”":
		return true
	}
	return false
}

// quantityAsideAt skips an aside set off by a pair of commas or dashes,
// or in brackets, right after the quantity of a distance, at token k,
// when the direction with its of-word or a from-word follows it: "8 km,
// or about two hours on foot, north of X", "20 km (as the crow flies)
// east of X", "roughly 10 km, perhaps less, from X", « à 20 km
// — à vol d'oiseau — de X », « à environ 25 km, par la route, au nord de
// X », « à 15 km, soit environ trois heures de marche, au sud de X ». A
// road marker in it (roads.tsv) makes the distance one by road, unless
// the aside gives the road its own number ("18 km — by road nearer 30 —
// east of X": the 18 km is straight); anything
// else in it, a travel time, a hedge or "as the crow flies", leaves the
// stated number as it is. It returns the token after the closing mark, or
// k when no such aside opens there. An aside that opens with a direction
// (", north of X"), names a place or holds a unit (the distance a
// travel time before it stands for: "one hour's sail – 40 km – north of
// X") is not one.
func (r *reader) quantityAsideAt(l *language, rel *Relation, k, b int) int {
	if k >= b {
		return k
	}
	open := r.toks[k].lower
	if open != "," && open != "(" && !isDashWord(open) {
		return k
	}
	if _, _, ok := r.directionAt(l, k+1, b); ok {
		return k
	}
	road, number := false, false
	for j := k + 1; j < b && j <= k+asideLook; j++ {
		w := r.toks[j].lower
		if w == open && open != "(" || open == "(" && w == ")" || isDashWord(open) && isDashWord(w) {
			if j == k+1 || !r.distanceGoesOn(l, j+1, b) {
				return k
			}
			rel.Road = rel.Road || road && !number
			return j + 1
		}
		number = number || r.toks[j].kind == tokNum
		if isClauseStop(w) || r.mentionAt(j, b) >= 0 {
			return k
		}
		if _, _, ok := unitIn(r, j, b); ok {
			return k // "one hour's sail – 40 km – north of X": the distance itself
		}
		if _, e, ok := phraseAt(r, l.roads, j, b, false); ok {
			road, j = true, e-1
		}
	}
	return k
}

// distanceGoesOn reports whether a distance phrase of language l goes on
// at token k: a direction with its of-word ("north of", « au sud de »), or
// a from-word ("from", « de »).
func (r *reader) distanceGoesOn(l *language, k, b int) bool {
	if _, e, ok := r.directionAt(l, k, b); ok {
		_, ok := r.ofAt(l, e, b)
		return ok
	}
	fw, _, ok := r.linkWordAt(l.distance.from, k, b)
	return ok && !fw.within && !fw.beside && !fw.sea
}

// isDashWord reports whether w is a dash that may set off an aside: an em
// or en dash.
func isDashWord(w string) bool {
	return w == "—" || w == "–"
}
