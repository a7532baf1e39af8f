package text

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Stage 1 opens with the repairs: small filters over the input, as
// Wikipedia mirrors and scraped pages deliver it, that give the reader
// the text its author wrote. Each is a char filter in the manner of
// bleve's analysis chain (a filter over the characters before the
// tokenizer), started at the bytes it may change and driven by a table
// of lexicon/repair/ where it reads words:
//
//   - mojibake: UTF-8 read as Windows-1252 ("situÃ© Ã  20 km", "Maliâ€™s")
//     is encoded back and read as UTF-8 ("situé à 20 km", "Mali’s"), a
//     sequence at a time, only where the bytes it stands for are valid
//     UTF-8 of a Latin letter or punctuation;
//   - entities.tsv: HTML character references ("45&nbsp;km", "situ&eacute;",
//     "&#233;", "&#xE9;");
//   - citations.tsv: reference and maintenance marks ("[2]", "[2][3]",
//     "[citation needed]", "[note 1]") are taken out;
//   - invisible.tsv: soft hyphens and zero-width spaces inside names and
//     numbers are taken out ("Tom<SHY>bouctou"), spaces of other widths
//     become plain spaces;
//   - a word cut by a hyphen at the end of a line ("Tom-\nbouctou") is
//     joined; a compass part keeps its hyphen ("sud-\nest");
//   - a line set in capitals ("LOCATED 20 KM NORTH OF GAO") or with every
//     word capitalised ("Lies 40 Km North Of Garissa") is written as a
//     sentence is (repairCase), from the words of the languages' tables.
//
// The reader reads the repaired text; every Span it returns is mapped
// back through the offsets the repairs kept (offsetMap), so that it
// points into the input as given. Clean text is read as it is: when no
// repair applies the input is the text read, byte for byte, and nothing is
// mapped. Each filter looks at a bounded number of bytes, so the repairs
// are linear in the input's length.

// edit is one repair: the repaired bytes [n, nEnd) stand for the input's
// [o, oEnd). A repair that changes only the case of letters of the same
// width ("KIDAL'S" read "Kidal's") is aligned: each of its bytes stands
// for the input's byte at the same place, so a span may start or end
// inside it ("Kidal" of "KIDAL'S").
type edit struct {
	n, nEnd, o, oEnd int
	aligned          bool
}

// sameShape reports whether rep may stand byte for byte for old: the same
// length, with runes starting at the same bytes.
func sameShape(old, rep string) bool {
	if len(old) != len(rep) {
		return false
	}
	for i := 0; i < len(old); i++ {
		if utf8.RuneStart(old[i]) != utf8.RuneStart(rep[i]) {
			return false
		}
	}
	return true
}

// offsetMap maps offsets in the repaired text back to the input's, and
// the input's to the repaired text's. A nil map is the identity.
type offsetMap struct{ edits []edit }

// start maps p, the start of a span in the repaired text, to the input:
// a span that starts inside a repair starts where the repair's input
// does, or at the same byte of an aligned one; one that starts where
// bytes were taken out starts after them.
func (m *offsetMap) start(p int) int {
	if m == nil {
		return p
	}
	k := sort.Search(len(m.edits), func(i int) bool { return m.edits[i].n > p }) - 1
	if k < 0 {
		return p
	}
	e := m.edits[k]
	if p < e.nEnd {
		if e.aligned {
			return e.o + p - e.n
		}
		return e.o
	}
	return e.oEnd + p - e.nEnd
}

// end maps p, the end of a span in the repaired text, to the input: a
// span that ends inside or at the end of a repair ends where the repair's
// input does, or at the same byte of an aligned one; one that ends where
// bytes were taken out ends before them.
func (m *offsetMap) end(p int) int {
	if m == nil {
		return p
	}
	k := sort.Search(len(m.edits), func(i int) bool { return m.edits[i].n >= p }) - 1
	if k < 0 {
		return p
	}
	e := m.edits[k]
	if p <= e.nEnd {
		if e.aligned {
			return e.o + p - e.n
		}
		return e.oEnd
	}
	return e.oEnd + p - e.nEnd
}

// span maps a span of the repaired text to the input; the zero Span stays
// zero.
func (m *offsetMap) span(s Span) Span {
	if m == nil || s.IsZero() {
		return s
	}
	return Span{m.start(s.Start), m.end(s.End)}
}

// inverse maps a span of the input to the repaired text: the repaired
// bytes of every repair it touches are inside, but for an aligned repair,
// whose bytes map one for one.
func (m *offsetMap) inverse(s Span) Span {
	if m == nil || s.IsZero() {
		return s
	}
	a, b := s.Start, s.End
	k := sort.Search(len(m.edits), func(i int) bool { return m.edits[i].o > a }) - 1
	if k >= 0 {
		if e := m.edits[k]; a < e.oEnd && e.aligned {
			a = e.n + a - e.o
		} else if a < e.oEnd {
			a = e.n
		} else {
			a = e.nEnd + a - e.oEnd
		}
	}
	k = sort.Search(len(m.edits), func(i int) bool { return m.edits[i].o >= b }) - 1
	if k >= 0 {
		if e := m.edits[k]; b <= e.oEnd && e.aligned {
			b = e.n + b - e.o
		} else if b <= e.oEnd {
			b = e.nEnd
		} else {
			b = e.nEnd + b - e.oEnd
		}
	}
	return Span{a, max(a, b)}
}

// repairFunc is one filter: at s[i] it returns how many bytes it replaces
// and the text it puts in their place, or 0 when it leaves s[i] alone.
type repairFunc func(s string, i int, st *repairState) (int, string)

// repairState is what the filters learn of the document as they go.
type repairState struct {
	t *repairTables
	// mojibake is 1 once the document is known to hold UTF-8 read as
	// Windows-1252, -1 once it is known not to, 0 until asked.
	mojibake int8
	// line is what repairCase learned of the line it reads.
	line caseLine
}

// repairTables holds lexicon/repair/, read once.
type repairTables struct {
	entities  map[string]string // "eacute" gives "é"
	invisible map[rune]string   // "" to delete, " " for a space
	citations [][]string        // the words of each mark, "<n>" a number, "<a>" a letter
	// at lists, for each first byte, the filters that may start there.
	at [256][]repairFunc
}

var repairs = sync.OnceValue(func() *repairTables {
	t := &repairTables{entities: map[string]string{}, invisible: map[rune]string{}}
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(readRepairTable("lexicon/repair/entities.tsv", 2, func(f []string) error {
		r, err := codePoint(f[1])
		if err != nil {
			return err
		}
		if _, dup := t.entities[f[0]]; dup {
			return errDuplicate(f[0])
		}
		t.entities[f[0]] = string(r)
		return nil
	}))
	must(readRepairTable("lexicon/repair/invisible.tsv", 3, func(f []string) error {
		r, err := codePoint(f[0])
		if err != nil {
			return err
		}
		if _, dup := t.invisible[r]; dup {
			return errDuplicate(f[0])
		}
		switch f[1] {
		case "delete":
			t.invisible[r] = ""
		case "space":
			t.invisible[r] = " "
		default:
			return errBadValue(f[1])
		}
		return nil
	}))
	must(readRepairTable("lexicon/repair/citations.tsv", 1, func(f []string) error {
		if f[0] != strings.ToLower(f[0]) {
			return tableError("not lower case")
		}
		t.citations = append(t.citations, strings.Fields(f[0]))
		return nil
	}))
	t.at['&'] = append(t.at['&'], repairEntity)
	t.at['['] = append(t.at['['], repairCitation)
	t.at['-'] = append(t.at['-'], repairLineHyphen)
	t.at[0xC3] = append(t.at[0xC3], repairMojibake) // "Ã", "â": the first byte of every Windows-1252 letter that stands for a UTF-8 lead byte
	t.at[0xC3] = append(t.at[0xC3], repairCase)     // "À", "É"
	for c := 'A'; c <= 'Z'; c++ {
		t.at[c] = append(t.at[c], repairCase)
	}
	var seen [256]bool
	for r := range t.invisible {
		var b [4]byte
		utf8.EncodeRune(b[:], r)
		if !seen[b[0]] {
			seen[b[0]] = true
			t.at[b[0]] = append(t.at[b[0]], repairInvisible)
		}
	}
	return t
})

// plain returns the text a repair puts for the character r: a plain space
// or nothing for a character of invisible.tsv, else r.
func (t *repairTables) plain(r rune) string {
	if rep, ok := t.invisible[r]; ok {
		return rep
	}
	return string(r)
}

// readRepairTable reads a table of lexicon/repair/ with n columns, whose
// first column may hold upper case (entity names) or a code point.
func readRepairTable(name string, n int, row func([]string) error) error {
	return readRows(lexiconFiles, name, n, row)
}

// codePoint parses "U+00E9".
func codePoint(s string) (rune, error) {
	if !strings.HasPrefix(s, "U+") {
		return 0, errBadValue(s)
	}
	v, err := strconv.ParseUint(s[2:], 16, 32)
	if err != nil || !utf8.ValidRune(rune(v)) {
		return 0, errBadValue(s)
	}
	return rune(v), nil
}

// repairText runs the repairs over s. It returns s itself and a nil map
// when none applies.
func repairText(s string) (string, *offsetMap) {
	t := repairs()
	st := repairState{t: t}
	var out []byte
	var m *offsetMap
	copied := 0 // s is copied to out up to here
	for i := 0; i < len(s); {
		fs := t.at[s[i]]
		if len(fs) == 0 {
			i++
			continue
		}
		n, rep := 0, ""
		for _, f := range fs {
			if n, rep = f(s, i, &st); n > 0 {
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		if m == nil {
			m = &offsetMap{}
			out = make([]byte, 0, len(s))
		}
		out = append(out, s[copied:i]...)
		m.edits = append(m.edits, edit{n: len(out), nEnd: len(out) + len(rep), o: i, oEnd: i + n, aligned: sameShape(s[i:i+n], rep)})
		out = append(out, rep...)
		i += n
		copied = i
	}
	if m == nil {
		return s, nil
	}
	out = append(out, s[copied:]...)
	return string(out), m
}

// repairEntity reads an HTML character reference at s[i] ("&eacute;",
// "&#233;", "&#xE9;").
func repairEntity(s string, i int, st *repairState) (int, string) {
	j := i + 1
	for j < len(s) && j < i+12 && (isASCIILetter(s[j]) || isDigit(s[j]) || (j == i+1 && s[j] == '#')) {
		j++
	}
	if j >= len(s) || s[j] != ';' || j == i+1 {
		return 0, ""
	}
	name := s[i+1 : j]
	if name[0] == '#' {
		var v uint64
		var err error
		if len(name) > 2 && (name[1] == 'x' || name[1] == 'X') {
			v, err = strconv.ParseUint(name[2:], 16, 32)
		} else {
			v, err = strconv.ParseUint(name[1:], 10, 32)
		}
		if err != nil || v == 0 || !utf8.ValidRune(rune(v)) {
			return 0, ""
		}
		return j + 1 - i, st.t.plain(rune(v))
	}
	if rep, ok := st.t.entities[name]; ok {
		r, _ := utf8.DecodeRuneInString(rep)
		return j + 1 - i, st.t.plain(r)
	}
	return 0, ""
}

// repairCitation takes out the reference marks that open at s[i] ("[2]",
// "[2][3]", "[citation needed]", "[note 1]"), with the space before the
// next mark's bracket.
func repairCitation(s string, i int, st *repairState) (int, string) {
	end := i
	for end < len(s) && s[end] == '[' {
		k := citationMark(st.t, s, end)
		if k == end {
			break
		}
		end = k
	}
	return end - i, ""
}

// citationMark returns the end of the mark of citations.tsv that opens at
// s[i], or i.
func citationMark(t *repairTables, s string, i int) int {
	close := -1
	for k := i + 1; k < len(s) && k < i+40; k++ {
		if s[k] == ']' {
			close = k
			break
		}
		if s[k] == '\n' || s[k] == '[' {
			return i
		}
	}
	if close < 0 {
		return i
	}
	words := strings.Fields(strings.ToLower(s[i+1 : close]))
	for _, mark := range t.citations {
		if len(mark) != len(words) {
			continue
		}
		ok := true
		for k, w := range mark {
			switch w {
			case "<n>":
				ok = len(words[k]) <= 4 && strings.Trim(words[k], "0123456789") == ""
			case "<a>":
				ok = len(words[k]) == 1 && isASCIILetter(words[k][0])
			default:
				ok = w == words[k]
			}
			if !ok {
				break
			}
		}
		if ok {
			return close + 1
		}
	}
	return i
}

// repairInvisible takes out or turns to a plain space a character of
// invisible.tsv.
func repairInvisible(s string, i int, st *repairState) (int, string) {
	r, w := utf8.DecodeRuneInString(s[i:])
	if rep, ok := st.t.invisible[r]; ok {
		return w, rep
	}
	return 0, ""
}

// repairLineHyphen joins a word cut by a hyphen at the end of a line
// ("Tom-\nbouctou"): after a letter, the hyphen, the line break and the
// indent of the next line are taken out when a lower-case letter follows.
// A compass part keeps its hyphen ("sud-\nest" gives "sud-est").
func repairLineHyphen(s string, i int, _ *repairState) (int, string) {
	if i == 0 {
		return 0, ""
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsLetter(r) {
		return 0, ""
	}
	j := i + 1
	if j < len(s) && s[j] == '\r' {
		j++
	}
	if j >= len(s) || s[j] != '\n' {
		return 0, ""
	}
	j++
	for j < len(s) && j < i+16 && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if r, _ := decodeAt(s, j); !unicode.IsLower(r) {
		return 0, ""
	}
	a := i
	for a > 0 && i-a < 24 {
		r, w := utf8.DecodeLastRuneInString(s[:a])
		if !unicode.IsLetter(r) {
			break
		}
		a -= w
	}
	part := strings.ToLower(s[a:i])
	for _, l := range langs().all {
		if _, ok := l.compass[part]; ok {
			return j - i, "-"
		}
	}
	return j - i, ""
}

// repairMojibake reads back a character of UTF-8 that was read as
// Windows-1252 ("Ã©" is "é", "â€™" is "’"): a letter that stands for a
// UTF-8 lead byte and the characters that stand for its continuation
// bytes, when together they are valid UTF-8 of a Latin letter or of
// punctuation. "Ã" followed by a plain space is "à" (its second byte, a
// no-break space, became a space) when the document holds mojibake
// elsewhere.
func repairMojibake(s string, i int, st *repairState) (int, string) {
	if n, rep := mojibakeAt(st.t, s, i); n > 0 {
		st.mojibake = 1
		return n, rep
	}
	if strings.HasPrefix(s[i:], "Ã ") {
		if st.mojibake == 0 {
			st.mojibake = -1
			for k := strings.IndexByte(s, 0xC3); k >= 0 && k < len(s); {
				if n, _ := mojibakeAt(st.t, s, k); n > 0 {
					st.mojibake = 1
					break
				}
				next := strings.IndexByte(s[k+1:], 0xC3)
				if next < 0 {
					break
				}
				k += 1 + next
			}
		}
		if st.mojibake > 0 {
			return len("Ã "), "à"
		}
	}
	return 0, ""
}

// mojibakeAt returns the length of the mojibake sequence at s[i] and the
// character it stands for, or 0.
func mojibakeAt(t *repairTables, s string, i int) (int, string) {
	lead, w := utf8.DecodeRuneInString(s[i:])
	if lead < 0xC2 || lead > 0xF4 {
		return 0, ""
	}
	var b [4]byte
	b[0] = byte(lead)
	need := 1
	switch {
	case lead >= 0xF0:
		need = 3
	case lead >= 0xE0:
		need = 2
	}
	j := i + w
	for k := 1; k <= need; k++ {
		r, rw := decodeAt(s, j)
		c, ok := windows1252Byte(r)
		if !ok || c < 0x80 || c > 0xBF {
			return 0, ""
		}
		b[k] = c
		j += rw
	}
	r, n := utf8.DecodeRune(b[:need+1])
	if r == utf8.RuneError || n != need+1 || !mojibakeTarget(r) {
		return 0, ""
	}
	return j - i, t.plain(r)
}

// windows1252Byte returns the byte that Windows-1252 writes as r; the
// five bytes it leaves undefined are read as Latin-1 does, as C1 controls.
func windows1252Byte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0x9F {
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}

// mojibakeTarget reports whether r is a character mojibake is repaired
// to: a Latin letter with its marks, Latin-1 punctuation and symbols, or
// the general punctuation of quotes, dashes and the ellipsis.
func mojibakeTarget(r rune) bool {
	return (r >= 0xA0 && r <= 0x24F) || (r >= 0x1E00 && r <= 0x1EFF) ||
		(r >= 0x2010 && r <= 0x2027) || (r >= 0x2030 && r <= 0x203A) || r == 0x20AC
}

// caseWords holds the lower-cased words that a line written in capitals
// writes in lower case once repaired: every word of the languages' tables
// of units, hedges, numbers, verbs of place, prepositions, compass parts,
// clause words and amounts ("km", "north", "of", "lies", "situé", "au").
var caseWords = sync.OnceValue(func() map[string]bool {
	w := map[string]bool{}
	addAll := func(s string) {
		for _, f := range strings.Fields(s) {
			w[f] = true
		}
	}
	for _, l := range langs().all {
		for _, rows := range l.units {
			for _, ph := range rows {
				addAll(strings.Join(ph.words, " "))
			}
		}
		for _, rows := range l.hedges {
			for _, ph := range rows {
				addAll(strings.Join(ph.words, " "))
			}
		}
		for _, rows := range l.amounts {
			for _, ph := range rows {
				addAll(strings.Join(ph.words, " "))
			}
		}
		for k := range l.numbers {
			addAll(k)
		}
		for k := range l.verbs {
			addAll(k)
		}
		for k := range l.preps {
			addAll(k)
		}
		for k := range l.compass {
			addAll(k)
		}
		for k := range l.clauses {
			addAll(k)
		}
	}
	return w
})

// caseLine is what repairCase learned of the line it is in.
type caseLine struct {
	end  int  // the line ends here (its line break or the text's end)
	mode int8 // 0: leave; 1: all capitals; 2: every word capitalised
}

// repairCase writes the words of a line set all in capitals ("LOCATED 20
// KM NORTH OF GAO, MALI", as tables and headings copy it) or with every
// word capitalised ("Camp Lies 40 Km North Of Garissa") as a sentence
// writes them: the words of caseWords in lower case ("located 20 km
// north of"), and, in a line all in capitals, the other words with a
// capital and lower-case letters ("Gao, Mali"), names as the reader
// knows them. The line's first word keeps its capital. A line is all in
// capitals when it has at least three words and ten letters and no
// lower-case letter; every word is capitalised when it has at least five
// words, none starting in lower case, two of them (after the first) in
// caseWords. Lines longer than 400 bytes are left as written.
func repairCase(s string, i int, st *repairState) (int, string) {
	if i >= st.line.end {
		st.line = caseLineAt(s, i)
	}
	if st.line.mode == 0 || (i > 0 && isWordByte(s[i-1])) {
		return 0, ""
	}
	j := i
	for j < st.line.end {
		r, w := decodeAt(s, j)
		if !(unicode.IsLetter(r) || isHyphen(r) || isApostrophe(r)) {
			break
		}
		j += w
	}
	word := s[i:j]
	lower := strings.ToLower(word)
	first := lineStart(s, i) == i
	var rep string
	switch {
	case st.line.mode == 1 && isCompassTableWord(lower) && compassClosesName(s, i, j, st.line.end):
		rep = titleWord(lower) // "TOUNGA NORD: ..." is Tounga Nord
	case st.line.mode == 2 && isCompassTableWord(lower) && compassOpensName(s, j, st.line.end):
		return 0, "" // "Sudan: North Darfur – Situation Report No. 14": a name's first word
	case caseWords()[lower] || (st.line.mode == 1 && isCommonWord(lower)):
		rep = lower
		if first {
			rep = titleWord(lower)
		}
	case st.line.mode == 1:
		rep = titleWord(lower)
	default:
		return 0, ""
	}
	if rep == word {
		return 0, ""
	}
	return j - i, rep
}

// isCompassTableWord reports whether w, lower case, is a word of a
// language's compass table ("north", "nord", "est").
func isCompassTableWord(w string) bool {
	for _, l := range langs().all {
		if _, ok := l.compass[w]; ok {
			return true
		}
	}
	return false
}

// compassClosesName reports whether the compass word s[i:j] of a line in
// capitals that ends at end closes a name ("TOUNGA NORD:", "KIVU NORD,
// ..."), as the last word of "Bardaï Sud" does: the word before it on the
// line is a name (no word of caseWords) and no word follows it on the
// line before a punctuation mark. "35 KM NORTH OF ZINDER" and "GAO NORTH
// OF" keep their compass word in lower case.
func compassClosesName(s string, i, j, end int) bool {
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
		k--
	}
	e := k
	for k > 0 && s[k-1] != '\n' {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if !(unicode.IsLetter(r) || isHyphen(r) || isApostrophe(r)) {
			break
		}
		k -= w
	}
	prev := strings.ToLower(s[k:e])
	if prev == "" || caseWords()[prev] || isCommonWord(prev) {
		return false
	}
	for j < end && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j >= end {
		return true
	}
	r, _ := decodeAt(s, j)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// compassOpensName reports whether the compass word ending at s[j], in a
// line with every word capitalised that ends at end, opens a name as the
// first word of "North Kivu" or "West Darfur" does: the next word on the
// line, after one space, is capitalised and neither a word of caseWords
// nor a common word. A report's title so writes its area ("DR Congo:
// North Kivu – Flash Update No. 4"), where "40 Km North Of Garissa" and
// "Lies North, Near Garissa" keep their compass word in lower case.
func compassOpensName(s string, j, end int) bool {
	if j+1 >= end || s[j] != ' ' {
		return false
	}
	k := j + 1
	r, _ := decodeAt(s, k)
	if !unicode.IsUpper(r) {
		return false
	}
	e := k
	for e < end {
		c, w := decodeAt(s, e)
		if !(unicode.IsLetter(c) || isHyphen(c) || isApostrophe(c)) {
			break
		}
		e += w
	}
	next := strings.ToLower(s[k:e])
	return !caseWords()[next] && !isCommonWord(next)
}

// isWordByte reports whether c may be inside a word: an ASCII letter or
// digit, or a byte of a multi-byte rune.
func isWordByte(c byte) bool { return isASCIILetter(c) || isDigit(c) || c >= utf8.RuneSelf }

// titleWord writes the lower-case word w with a capital at its start and
// after each hyphen or apostrophe ("tin-aouker" gives "Tin-Aouker").
func titleWord(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(r)
		}
		up = isHyphen(r) || isApostrophe(r)
	}
	return b.String()
}

// lineStart returns the start of the line that holds s[i].
func lineStart(s string, i int) int {
	for k := i - 1; k >= 0 && i-k <= 400; k-- {
		if s[k] == '\n' {
			return firstVisible(s, k+1)
		}
	}
	return firstVisible(s, max(0, i-400))
}

// firstVisible returns the first byte from k on that is no space or tab.
func firstVisible(s string, k int) int {
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	return k
}

// caseLineAt reads the line that holds s[i]: where it ends and whether it
// is all in capitals or has every word capitalised.
func caseLineAt(s string, i int) caseLine {
	end := strings.IndexByte(s[i:], '\n')
	if end < 0 {
		end = len(s)
	} else {
		end += i
	}
	start := lineStart(s, i)
	cl := caseLine{end: end}
	if end-start > 400 {
		return cl
	}
	words, letters, listed := 0, 0, 0
	lower, allCap := false, true
	for k := start; k < end; {
		r, w := decodeAt(s, k)
		if !unicode.IsLetter(r) {
			k += w
			continue
		}
		a := k
		for k < end {
			r2, w2 := decodeAt(s, k)
			if !(unicode.IsLetter(r2) || isHyphen(r2) || isApostrophe(r2)) {
				break
			}
			if unicode.IsLetter(r2) {
				letters++
				lower = lower || unicode.IsLower(r2)
			}
			k += w2
		}
		words++
		if !unicode.IsUpper(r) {
			allCap = false
		}
		if lower && !allCap {
			return cl // prose: a word in lower case
		}
		if words > 1 && caseWords()[strings.ToLower(s[a:k])] {
			listed++
		}
	}
	switch {
	case !lower && words >= 3 && letters >= 10:
		cl.mode = 1
	case allCap && words >= 5 && listed >= 2:
		cl.mode = 2
	}
	return cl
}
