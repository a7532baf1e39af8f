package text

// Neighbours named with their side: "X is bordered by Mardan to the north
// and Nowshera to the south", "bounded on the east by Y", "La commune est
// limitée au nord par A et à l'est par B". Each neighbour lies on its side
// of the subject: a direction from the subject to the neighbour, read as
// the neighbour's bracketed annotations are ("Limuru (NW)"), Reversed.

// isBorderedLead reports whether w opens a list of neighbours: "bordered",
// "bounded", "limité", "bordé" and their forms, the rows of a
// bordered.tsv.
func isBorderedLead(w string) bool {
	return anyHas(setBordered, w)
}

// borderedAt reads the neighbours listed after the word at token i,
// appends one reversed KindDirection per neighbour with a side and returns
// the token to go on from; nothing is appended when no neighbour has one.
func (r *reader) borderedAt(i int, s *sentence, out []found) ([]found, int) {
	b := s.b
	if !isBorderedLead(r.toks[i].lower) {
		return out, i
	}
	n0 := len(out)
	k := i + 1
	for n := 0; n < 8 && k < b; n++ {
		// "to the north by X" / "au nord par X", or "by X to the north".
		if d, e, ok := r.sideAt(k, b); ok {
			if w := r.word(e, b); w == "by" || w == "par" {
				if m := r.mentionAt(e+1, b); m >= 0 {
					out = append(out, r.neighbour(k, m, d, r.mtok[m][1]))
					k = r.mtok[m][1]
				} else {
					break
				}
			} else {
				break
			}
		} else if w := r.word(k, b); w == "by" || w == "par" || n > 0 {
			j := k
			if w == "by" || w == "par" {
				j++
			}
			m := r.mentionAt(j, b)
			if m < 0 {
				break
			}
			d, e, ok := r.sideAt(r.mtok[m][1], b)
			if !ok {
				k = r.mtok[m][1] // a neighbour with no side: "bordered by X, Y to the south"
			} else {
				out = append(out, r.neighbour(j, m, d, e))
				k = e
			}
		} else {
			break
		}
		switch {
		case r.is(k, b, ","):
			k++
			if w := r.word(k, b); w == "and" || w == "et" {
				k++
			}
		case r.is(k, b, "and") || r.is(k, b, "et"):
			k++
		default:
			if len(out) == n0 {
				return out, i
			}
			return out, k
		}
	}
	if len(out) == n0 {
		return out, i
	}
	return out, k
}

// neighbour returns the relation "the neighbour m lies d of the subject",
// read from token a to e.
func (r *reader) neighbour(a, m int, d direction, e int) found {
	f := newFound(KindDirection, a)
	setDirection(&f.rel, d)
	f.rel.Object, f.reversed, f.neighbour, f.end = m, true, true, e
	return f
}

// sideAt reads a side at token k: "to the north", "on the east", "in the
// south-west", "au nord", "à l'est".
func (r *reader) sideAt(k, b int) (direction, int, bool) {
	switch r.word(k, b) {
	case "to", "on", "in":
		if r.is(k+1, b, "the") {
			return r.parseDirection(k+2, b, false)
		}
		return direction{}, k, false
	case "au", "à":
		return r.frenchDirectionAt(k, b)
	}
	return direction{}, k, false
}
