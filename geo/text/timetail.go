package text

// maxTimeTail is the most words a phrase of when after the object of a
// distance may hold: "early this morning", « le mois dernier », "on
// Monday 3 March".
const maxTimeTail = 5

// timeTailEnd returns the token after a phrase of when that opens at
// token e, as language l writes it, right after a kind noun that is the object of a distance, and
// closes the clause: "2 km east of the camp last week", "… of the well on
// Monday", "… of the site in March 2021", "… of the mine yesterday", «
// à 4 km du campement lundi dernier », « … du village la semaine
// dernière », « … du site en 2019 ». Its words are days, months, years,
// nouns of time (timenouns.tsv, timewords.tsv) and the words around them
// (timeleads.tsv); one of the first kind at least. It says when, not
// which place, so the kind noun still closes its own phrase. It returns
// e when none stands there.
func (r *reader) timeTailEnd(l *language, e, b int) int {
	core := false
	k := e
	for ; k < b && k < e+maxTimeTail; k++ {
		t := &r.toks[k]
		if t.kind == tokNum {
			if t.num < 1800 || t.num > 2100 {
				if !(t.num >= 1 && t.num <= 31 && (isMonth(r.word(k+1, b)) || isMonth(r.word(k-1, b)))) {
					return e
				}
			}
			core = true
			continue
		}
		if t.kind != tokWord {
			break
		}
		w, art := elidedRest(t.lower)
		if art != 0 && !anyHas(setTimeLeads, t.lower[:elidedLen(t.lower)]) {
			return e
		}
		switch {
		case isWeekday(w) || isMonth(w) || anyHas(setTimeNouns, w) || anyHas(setTimeWords, w):
			if t.cap && !isWeekday(w) && !isMonth(w) {
				return e // "Last", "Today" opening a new sentence are no tail of this one
			}
			core = true
		case t.cap || art != 0 || !anyHas(setTimeLeads, w):
			return e
		}
	}
	if !core || k == e {
		return e
	}
	if !r.clauseEndAt(l, k, b) {
		return e
	}
	return k
}
