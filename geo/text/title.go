package text

import (
	"strings"
	"unicode/utf8"
)

// MaxTitleRunes is the longest title ShortTitle returns, in characters
// (runes), its ellipsis included.
const MaxTitleRunes = 60

// ShortTitle returns a title to list doc by: its heading when it has one
// ("= Title =", or a short first line that reads as a heading), else its
// first non-blank line; either cut at a word boundary to at most
// MaxTitleRunes characters, ending in "…" when cut. Runs of white space
// become one space. A blank or non-UTF-8 doc gives "".
func ShortTitle(doc string) string {
	if !utf8.ValidString(doc) {
		return ""
	}
	t, _ := title(doc)
	if t == "" {
		for _, line := range strings.Split(doc, "\n") {
			if line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "=")); line != "" {
				t = line
				break
			}
		}
	}
	t = strings.Join(strings.Fields(t), " ")
	if utf8.RuneCountInString(t) <= MaxTitleRunes {
		return t
	}
	r := []rune(t)[:MaxTitleRunes-1]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:.-–—") + "…"
}
