package text

// rubricWordsMost is the most words a rubric heading holds.
const rubricWordsMost = 3

// rubricHead reports whether the name [p, q) opens the document as a
// newspaper's rubric or a release's heading, before a dash, a colon, a
// bar, a slash or the end of its line: every word a rubric's
// (rubrics.tsv: « Nécrologie – », « CYCLISME – », « COMMUNIQUÉ – »,
// "TRAVEL | …", "OBITUARY: …"), or a stock exchange's or an agency's
// acronym of at most four letters in capitals before one ("ASX
// ANNOUNCEMENT"). Such a heading names no place, even when it stands
// where a dateline would.
func (r *reader) rubricHead(p, q int) bool {
	if p != 0 || q-p > rubricWordsMost || q > len(r.toks) || !anyHas(setRubrics, r.toks[q-1].lower) {
		return false
	}
	for k := p; k < q-1; k++ {
		t := &r.toks[k]
		if t.kind != tokWord || !anyHas(setRubrics, t.lower) && !(t.upper && len(t.lower) <= 4) {
			return false
		}
	}
	end := r.toks[q-1].end
	if q == len(r.toks) || r.toks[q].start >= lineEnd(r.text, end) {
		return true // "ASX ANNOUNCEMENT" on a line of its own
	}
	w := r.toks[q].lower
	return isDash(w) || w == ":" || w == "|" || w == "/"
}
