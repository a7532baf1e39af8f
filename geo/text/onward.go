package text

import (
	"sort"
	"strings"
)

// onwardWords is the most words a row of onward.tsv holds.
const onwardWords = 3

// markOnward sets Relation.Onward on the distances with no direction whose
// phrase carries on the way the text came ("roughly 25 km beyond X",
// "Y is another 6 km on", « 20 km plus loin »): a row of
// lexicon/LANG/onward.tsv among the phrase's words. A journey goes on in
// the direction it was going; the resolver reads the direction from how
// the text reached the relation's object. Each phrase's tokens are read
// once, so the pass is linear in the document's length.
func (r *reader) markOnward() {
	for i := range r.rels {
		rel := &r.rels[i]
		if rel.Kind != KindDistance || rel.Points != 0 || rel.Border != nil || rel.Object < 0 || rel.MissingNumber {
			continue
		}
		a := sort.Search(len(r.toks), func(k int) bool { return r.toks[k].start >= rel.Phrase.Start })
		// The two words before the phrase too: "Another 8 km on is X",
		// "a further 10 km brings you to X".
		rel.Onward = r.onwardIn(max(a-2, 0), rel.Phrase.End)
	}
}

// onwardIn reports whether the tokens from a on that end by the byte
// offset end hold a row of onward.tsv.
func (r *reader) onwardIn(a, end int) bool {
	var ws [onwardWords]string
	for j := a; j < len(r.toks) && r.toks[j].end <= end; j++ {
		for n := 1; n <= onwardWords && j+n <= len(r.toks) && r.toks[j+n-1].end <= end; n++ {
			ws[n-1] = r.toks[j+n-1].lower
			if anyHas(setOnward, strings.Join(ws[:n], " ")) {
				return true
			}
		}
	}
	return false
}
