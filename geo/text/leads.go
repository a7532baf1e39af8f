package text

import (
	"slices"
	"strings"
)

// leadTrie is a table of the words that open a phrase, each row a pattern
// of words, some optional or one of several ("on|near? the bank of"). The
// patterns are spelt out into a trie of words when the table is read, so
// that the longest lead written at a token is found in as many map lookups
// as it has words, however many rows the table has.
type leadTrie[T any] struct {
	next map[string]*leadTrie[T]
	row  T
	ok   bool // a lead ends here
}

// add puts row under every word sequence the pattern spells: words
// separated by single spaces, "a|b" for either word and a trailing "?"
// for an optional word. A sequence already in the trie, or a pattern that
// spells the empty sequence, is an error.
func (t *leadTrie[T]) add(pattern string, row T) error {
	seqs := [][]string{nil}
	for _, w := range strings.Split(pattern, " ") {
		w, optional := strings.CutSuffix(w, "?")
		alts := strings.Split(w, "|")
		if slices.Contains(alts, "") {
			return errBadValue(pattern)
		}
		var next [][]string
		for _, s := range seqs {
			if optional {
				next = append(next, s)
			}
			for _, a := range alts {
				next = append(next, append(slices.Clip(s), a))
			}
		}
		seqs = next
	}
	for _, s := range seqs {
		if len(s) == 0 {
			return errBadValue(pattern)
		}
		n := t
		for _, w := range s {
			if n.next == nil {
				n.next = map[string]*leadTrie[T]{}
			}
			if n.next[w] == nil {
				n.next[w] = &leadTrie[T]{}
			}
			n = n.next[w]
		}
		if n.ok {
			return errDuplicate(strings.Join(s, " "))
		}
		n.row, n.ok = row, true
	}
	return nil
}

// longest returns the row of the longest lead written at token j and the
// token after it. The first word may be capitalised ("Near the town"); the
// others must be written in lower case, since a capitalised word inside a
// lead is more likely a name's ("on the West Bank of the Jordan"); a
// possessive is a word of its own ("a stone 's throw from").
func (t *leadTrie[T]) longest(r *reader, j, b int) (T, int, bool) {
	var row T
	end, found := j, false
	n := t
	for k := j; k < b && n.next != nil; k++ {
		w := r.lowerWord(k, b)
		if k == j {
			w = r.word(k, b)
		} else if r.toks[k].kind == tokPoss {
			w = r.toks[k].lower // "a stone 's throw from", written with the possessive as a word
		}
		if n = n.next[w]; n == nil {
			break
		}
		if n.ok {
			row, end, found = n.row, k+1, true
		}
	}
	return row, end, found
}
