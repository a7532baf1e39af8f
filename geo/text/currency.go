package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// CurrencyMark is a price's currency mark that one country issues
// ("A$14.20", "KSh 4,000", "₦5,000"; lexicon/currencymarks.tsv).
type CurrencyMark struct {
	Span    Span   // the mark, without the number
	Country string // ISO 3166 alpha-2 code of the issuing country
}

// currencyMarks maps each mark of lexicon/currencymarks.tsv, with its
// case, to its country's code; a defect in the file is a build defect
// and panics.
var currencyMarks = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	err := readRows(lexiconFiles, "lexicon/currencymarks.tsv", 2, func(f []string) error {
		if _, dup := m[f[0]]; dup {
			return tableError("mark written twice")
		}
		m[f[0]] = f[1]
		return nil
	})
	if err != nil {
		panic("text: " + err.Error())
	}
	return m
})

// findCurrencies returns the currency marks of the text that stand
// right before or after a number: a code touching a currency sign
// ("A$14.20", "GH¢ 3,228"), a sign alone ("₦5,000") or a code alone
// ("KSh 4,000", "4,000 KES", "KSh4,000"), in order. A mark with no
// number beside it ("the KES exchange rate") is none: the text may be
// about the currency, not a price.
func (r *reader) findCurrencies() []CurrencyMark {
	marks := currencyMarks()
	var out []CurrencyMark
	n := len(r.toks)
	number := func(k int) bool { return k >= 0 && k < n && r.toks[k].kind == tokNum }
	for k := 0; k < n; k++ {
		t := &r.toks[k]
		start, end, next := t.start, t.end, k+1
		if t.kind == tokWord && next < n && r.toks[next].start == end && isCurrencySign(r.toks[next].lower) {
			end, next = r.toks[next].end, next+1 // "A$", "GH¢": a code and a sign
		}
		c, ok := marks[r.text[start:end]]
		if !ok && t.kind == tokWord {
			// "KSh4,000", "UGX4,200": a code glued to its number, one word
			if i := strings.IndexAny(r.text[start:end], "0123456789"); i > 0 {
				if c, ok = marks[r.text[start:start+i]]; ok {
					out = append(out, CurrencyMark{Span{start, start + i}, c})
				}
				continue
			}
		}
		if !ok || !number(next) && !number(k-1) {
			continue
		}
		out = append(out, CurrencyMark{Span{start, end}, c})
		k = next - 1
	}
	return out
}

// isCurrencySign reports whether the token text s is a single currency
// sign (Unicode category Sc): "$", "¢", "₦".
func isCurrencySign(s string) bool {
	c, size := utf8.DecodeRuneInString(s)
	return size == len(s) && unicode.Is(unicode.Sc, c)
}
