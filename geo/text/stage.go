package text

import "strings"

// stageWords is the most words a row of stagefinish.tsv or stagestart.tsv
// holds.
const stageWords = 5

// stageLook is how many sentences before the current one may name the
// two ends of the stage or journey a distance from its start or finish
// is measured on.
const stageLook = 3

// stageEndAt reads at token k, right after the quantity of a distance,
// the words that measure it from the finish or the start of the stage,
// race or journey the text tells ("18 km from the finish", "60 km into
// the stage", « à une quinzaine de kilomètres de l'arrivée », « 30 km
// après le départ »: rows of lexicon/LANG/stagefinish.tsv and
// stagestart.tsv), and returns the place that end is, named in this
// sentence or the few before by its two ends ("from Kasese to Fort
// Portal", « entre Tambacounda et Kédougou », "Pau – Laruns"), and the
// token after the words. A GIS reading: the distance runs along the
// course from that town, the way to the other end.
func (r *reader) stageEndAt(k, b int) (int, int, bool) {
	var ws [stageWords]string
	finish, e := false, -1
	for n := 1; n <= stageWords && k+n <= b; n++ {
		ws[n-1] = r.toks[k+n-1].lower
		p := strings.Join(ws[:n], " ")
		if anyHas(setStageFinish, p) {
			finish, e = true, k+n
		} else if anyHas(setStageStart, p) {
			finish, e = false, k+n
		}
	}
	if e < 0 {
		return -1, k, false
	}
	start, end := r.stageEnds(k)
	m := start
	if finish {
		m = end
	}
	if m < 0 {
		return -1, k, false
	}
	return m, e, true
}

// stageEnds returns the two places the last stage or journey named before
// token k, in its sentence or the stageLook before, runs between: "from
// A to B", "between A and B", « de A à B », « entre A et B », or "A – B"
// joined by a dash. Either is -1 when none is named.
func (r *reader) stageEnds(k int) (int, int) {
	a := r.sents[max(r.si-stageLook, 0)].a
	start, end := -1, -1
	for j := a; j < k; j++ {
		w := r.toks[j].lower
		var joins []string
		switch w {
		case "from", "de", "between", "entre":
			joins = []string{"to", "à", "and", "et"}
		case "relie", "reliait", "reliant", "relier", "reliera", "joins", "joined", "linking", "links":
			joins = []string{"à", "et", "to", "and"} // « L'étape reliait Mopti à Gao »
		}
		if _, art := elidedRest(w); art == 'd' && len(w) > 2 {
			// « d'Atar à Chinguetti »: the first name is glued to « d' ».
			if m := int(r.at[j]); m >= 0 && r.mtok[m][0] == j {
				if o := r.joinedEnd(m, []string{"à"}); o >= 0 {
					start, end = m, o
				}
			}
			continue
		}
		if joins != nil {
			if m := r.mentionAt(j+1, len(r.toks)); m >= 0 && r.evidence(m) > EvidenceUnlikely {
				if o := r.joinedEnd(m, joins); o >= 0 {
					start, end = m, o
				}
			}
			continue
		}
		if m := r.mentionAt(j, len(r.toks)); m >= 0 && r.evidence(m) > EvidenceUnlikely && r.pairDash(r.mtok[m][1], len(r.toks)) {
			if o := r.mentionAt(r.mtok[m][1]+1, len(r.toks)); o >= 0 && r.evidence(o) > EvidenceUnlikely && r.mtok[o][1] <= k {
				start, end = m, o // "Stage 14, Pau – Laruns"
			}
		}
	}
	return start, end
}

// joinedEnd returns the place named right after mention m and one of the
// words joins ("to", « et »), or -1.
func (r *reader) joinedEnd(m int, joins []string) int {
	e := r.mtok[m][1]
	if e >= len(r.toks) {
		return -1
	}
	for _, w := range joins {
		if r.toks[e].lower == w {
			if o := r.mentionAt(e+1, len(r.toks)); o >= 0 && o != m && r.evidence(o) > EvidenceUnlikely {
				return o
			}
		}
	}
	return -1
}
