package text

// actorSite reports whether subj, the subject findSubject gave the English
// containment at token in ("in Y"), is a name that is no place the clause
// takes to a site a lower-case noun phrase gives, the noun the containment
// follows: "stopped the men's Toyota Camry at a checkpoint in Y", "the
// Cambodian Red Cross at a checkpoint in Y", "Fr. Romeo Dacles and the
// Youth Ministry repaired the roof of the chapel in Y". What lies in Y is
// the checkpoint or the chapel, not the vehicle, the body or the person,
// so the containment has no subject; a distance set off after Y then
// places Y.
//
// The words between the nearest name before the containment and "in" must
// all be lower case, hold an article or a possessive, and open with a
// preposition of sitepreps.tsv or a verb that is no copula ("lies",
// "is"): "Kalo lies on a hill in Y" keeps Kalo in Y. A name the text
// gives a kind of place, or more evidence than a preposition before it,
// stays the subject; a preposition alone ("belonging to the Cambodian
// Red Cross at a checkpoint") does not make it a place.
func (r *reader) actorSite(subj, in int, s *sentence) bool {
	if subj < 0 || r.feature(subj) != "" || r.evidence(subj) > EvidencePreposition {
		return false
	}
	k := in - 1
	if k <= s.a || r.toks[k].kind != tokWord || r.toks[k].cap || r.mentionEndingAt(k, s.a) >= 0 {
		return false
	}
	det := false
	for ; k > s.a; k-- {
		if r.mentionEndingAt(k, s.a) >= 0 {
			break
		}
		t := &r.toks[k]
		if t.kind == tokPoss {
			continue
		}
		if t.kind != tokWord || t.cap || in-k > 12 {
			return false
		}
		switch w := t.lower; {
		case isCopula(w), isRelativeWord(w), langs().en.has(setCopulas, w):
			return false
		case w == "a", w == "an", w == "the", isPossessiveDeterminer(w):
			det = true
		}
	}
	m := r.mentionEndingAt(k, s.a)
	if m < 0 || !det || r.feature(m) != "" || r.evidence(m) > EvidencePreposition {
		return false
	}
	w := r.lowerWord(k+1, s.b)
	if langs().en.has(setSitePreps, w) {
		return true
	}
	// A verb right after the name acts on what follows it: neither a
	// preposition nor an article nor a filler opens the words.
	return !isPreposition(w) && !isFiller(w) && w != "a" && w != "an" && w != "the" && w != "and" && w != "or" &&
		!isPossessiveDeterminer(w) && !r.is(k+1, s.b, ",")
}
