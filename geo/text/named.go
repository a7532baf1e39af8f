package text

// nameGivenAt returns the name that a naming phrase at token j gives, and
// true: "called X", "named X", "dubbed X", "known as X", with "also",
// "locally", "commonly" or "now" before them ("locally known as X"). The
// name must be a mention that may be a place; "named after X" names none.
func (r *reader) nameGivenAt(j, b int) (int, bool) {
	for n := 0; n < 2; n++ {
		switch r.lowerWord(j, b) {
		case "also", "locally", "commonly", "now", "simply", "usually":
			j++
		}
	}
	switch r.lowerWord(j, b) {
	case "called", "named", "dubbed":
		j++
	case "known":
		if !r.is(j+1, b, "as") {
			return -1, false
		}
		j += 2
	default:
		return -1, false
	}
	m := r.mentionAt(j, b)
	if m < 0 || r.mentions[m].Evidence == EvidenceUnlikely || r.mentions[m].Nameless {
		return -1, false
	}
	return m, true
}

// nameAfterFact reads, in sentence s, the name the text gives the topic
// after placing it, when the topic is a place given no name (nameless.go):
// "A village 20 km south of Kasese was hit; it is called Bukirova", "The
// farm lies 25 km east of Nakuru. It is known as Kiamboru", "The village
// is called X", "Its name is X". The name becomes an alias of the nameless
// place, so the place bears it. A topic that has a name is left alone.
func (r *reader) nameAfterFact(s *sentence) {
	if r.topic < 0 || !r.mentions[r.topic].Nameless {
		return
	}
	b := s.b
	for k := s.a; k < b; k++ {
		m := -1
		switch {
		case r.is(k, b, "its") && r.is(k+1, b, "name") && isCopula(r.lowerWord(k+2, b)):
			if m = r.mentionAt(k+3, b); m >= 0 && (r.mentions[m].Evidence == EvidenceUnlikely || r.mentions[m].Nameless) {
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
		if r.mentions[m].Feature == "" {
			r.mentions[m].Feature = r.mentions[r.topic].Feature
		}
		return
	}
}
