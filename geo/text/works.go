package text

import "strings"

// This file reads the names of written works (books, sagas, chronicles,
// cartularies) where a place's name could stand: after the verb that
// cites them ("first mentioned in Landnámabók", « cité dans le Livre des
// Fiefs »), before the noun of the work ("the Sturlunga saga"), after
// the capitalised noun that opens their title (« le Cartulaire de
// Saint-Père »), or by the ending of the word ("Íslendingabók").

// writtenWork reports whether the name [p, q) of sentence s is a written
// work's (workBefore, workTailAfter, workHeadName, workSuffix).
func (r *reader) writtenWork(p, q int, s *sentence) bool {
	return r.workBefore(p, s) || r.workTailAfter(q, s) || r.workHeadName(p, q) || r.workSuffix(p, q)
}

// workBefore reports whether the two words before the name at token p,
// perhaps past an article, are a phrase of citings.tsv: "mentioned in
// Landnámabók", « cité dans le Livre des Fiefs ». A town is where
// something is recorded, never where it is mentioned.
func (r *reader) workBefore(p int, s *sentence) bool {
	k := p - 1
	if k >= s.a && (r.toks[k].lower == "the" || anyHas(setArticles, r.toks[k].lower)) {
		k--
	}
	v := k - 1
	return v >= s.a && r.toks[k].kind == tokWord && r.toks[v].kind == tokWord && !r.toks[k].cap &&
		anyHas(setCitings, r.toks[v].lower+" "+r.toks[k].lower)
}

// workTailAfter reports whether token q, right after a name, is a
// lower-case noun of a written work (worktails.tsv): "the Sturlunga
// saga", "the Kilwa chronicle".
func (r *reader) workTailAfter(q int, s *sentence) bool {
	return r.lowerWordIn(q, s, setWorkTails)
}

// workHeadName reports whether the name [p, q) of two words or more
// opens with a capitalised noun of a written work (workheads.tsv): « le
// Polyptyque d'Irminon », « le Cartulaire de Saint-Père », « le Livre des
// Fiefs ». The place in its title, if any, is the owner's, not the
// place the text speaks of.
func (r *reader) workHeadName(p, q int) bool {
	if q-p < 2 || !r.toks[p].cap {
		return false
	}
	w := r.toks[p].lower
	if rest, art := elidedRest(w); art != 0 && rest != "" {
		w = rest
	}
	return anyHas(setWorkHeads, w)
}

// workSuffix reports whether the name [p, q) ends in a word that ends as
// a compound word for a book does (lexicon/worksuffixes.txt):
// "Landnámabók", "Íslendingabók".
func (r *reader) workSuffix(p, q int) bool {
	w := r.toks[q-1].lower
	for _, e := range lex().workSuffixes {
		if strings.HasSuffix(w, e) && len(w) > len(e) {
			return true
		}
	}
	return false
}
