package text

// A distance set off by commas after the place it is measured from, one
// rule for every language: "North of Kenema, some 22 km out, is the camp
// of X", "X lies north of Y, some 20 km out", "Beyond Dori, about 45 km
// to the north-east, is the well of X", « Au nord de Tahoua, à une
// trentaine de kilomètres, se trouve le village de X », « Au-delà de
// Kayes, à 40 km vers l'ouest, ... ». The part before the comma gives the
// place measured from and maybe the direction; the distance gives the
// amount and maybe a direction, which wins ("Beyond X" states none: with
// no compass after it the place lies on a ring around X). The words are
// the language's distance.tsv: the beyond words before the place and the
// trail words after the quantity ("out", "further on", "down the road",
// "plus loin", "sur la route de Y").

// setOff is a distance set off by commas after its place: the quantity,
// the direction when one is stated after it, whether it is by road, and
// the token after it.
type setOff struct {
	q      quantity
	dir    direction
	hasDir bool
	road   bool
	end    int
}

// setOffAt reads a set-off distance of language l at token k, right after
// the comma: [lead] quantity, then trail words and at most one direction
// with its link, up to the end of the clause ("some 25 km further on to
// the south", "à 35 km environ vers le nord"). A direction followed by
// its of-word is a distance phrase of its own, not this one.
func (r *reader) setOffAt(l *language, k, b int) (setOff, bool) {
	w := &l.distance
	if _, e, ok := phraseAt(r, w.leads, k, b, false); ok {
		k = e
	}
	q, ok := r.quantityIn(l, k, b)
	if !ok {
		return setOff{}, false
	}
	d := setOff{q: q, road: q.road}
	k = q.end
	for n := 0; n < 4 && k < b; n++ {
		if t, e, ok := phraseAt(r, w.trail, k, b, true); ok {
			d.road, k = d.road || t.road, e
			for j := 0; t.open && j < maxLook && !r.clauseEndAt(l, k, b); j++ {
				k++ // "along the Yendi road", "sur la route de Djougou"
			}
			continue
		}
		if _, e, ok := phraseAt(r, w.away, k, b, true); ok {
			k = e // "some 20 km away"
			continue
		}
		if !d.hasDir {
			if dir, e, ok := r.directionAt(l, k, b); ok {
				d.dir, d.hasDir, k = dir, true, e
				continue
			}
		}
		break
	}
	if !r.clauseEndAt(l, k, b) {
		return setOff{}, false
	}
	d.end = k
	return d, true
}

// setOffAfter reads a set-off distance after the comma at token k, or
// after the container of f's place that follows it, or after "by" ("north
// of X by some 30 km"), and makes f (a
// direction, or a place beyond its object) the distance it states: its
// quantity, and its direction when it gives one. It reports false, and
// returns f unchanged, when none follows.
func (r *reader) setOffAfter(l *language, f found, k, b int) (found, bool) {
	if r.is(k, b, ",") && f.rel.Object >= 0 {
		if m := r.mentionAt(k+1, b); m >= 0 && int(r.inOf[m]) == f.rel.Object {
			k = r.mtok[m][1] // "North of Bozeman, Montana, roughly 20 miles out"
		}
	}
	var d setOff
	switch {
	case r.is(k, b, "by") && !f.french:
		// "North-west of Otjiwarongo by some 30 km lies X": the distance
		// after "by", which "by road" is not.
		q, ok := r.quantityIn(l, k+1, b)
		if !ok {
			return f, false
		}
		d = setOff{q: q, road: q.road, end: q.end}
	case r.is(k, b, ","):
		var ok bool
		if d, ok = r.setOffAt(l, k+1, b); !ok {
			return f, false
		}
	default:
		return f, false
	}
	g := r.quantityFound(l, d.q, f.start)
	g.french = f.french
	g.phraseStart, g.subject = f.phraseStart, f.subject
	g.rel.Object, g.rel.Border = f.rel.Object, f.rel.Border
	g.rel.Direction, g.rel.Azimuth, g.rel.Points = f.rel.Direction, f.rel.Azimuth, f.rel.Points
	if d.hasDir {
		setDirection(&g.rel, d.dir)
	}
	g.rel.Road = g.rel.Road || d.road || f.rel.Road
	g.end = d.end
	return g, true
}

// beyondIn reads the place beyond which a set-off distance lies, in
// language l at token i: "Beyond Dori, about 45 km to the north-east",
// "Past Maun, about 50 km", « Au-delà de Kankan, à 25 km ». It is the
// rule named beyond (entry.go). "Beyond X" alone states no distance and
// is not read. At the sentence's first word up to three words may open
// the phrase before the beyond word ("Just beyond", "A little beyond", "A
// few kilometres beyond"), where no name stands.
func (r *reader) beyondIn(l *language, i int, s *sentence) (found, bool) {
	b := s.b
	k := i
	if i == s.first {
		for n := 0; n < 3 && k < b && r.at[k] < 0 && (r.toks[k].kind == tokWord || r.toks[k].kind == tokNum); n++ {
			if _, _, ok := phraseAt(r, l.distance.beyond, k, b, false); ok {
				break
			}
			k++
		}
	}
	row, e, ok := phraseAt(r, l.distance.beyond, k, b, false)
	if !ok {
		return found{}, false
	}
	if row.of {
		if e, ok = r.ofAt(l, e, b); !ok {
			return found{}, false
		}
	}
	obj, br, e, ok := r.objectIn(l, e, b)
	if !ok || obj < 0 || br != nil {
		return found{}, false
	}
	f := newFound(KindDistance, i)
	f.french = l == langs().fr
	f.rel.Object = obj
	f, ok = r.setOffAfter(l, f, e, b)
	return f, ok
}
