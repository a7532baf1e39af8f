package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitSentences returns the byte ranges of the sentences of s, trimmed of
// white space. A sentence ends at ".", "!" or "?" (with any closing quotes
// and brackets) followed by white space and something that can start a
// sentence, except after an initial ("N.E.", "A. Smith") or a common
// abbreviation ("Mr.", "approx.", "av. J.-C.", « Mgr. »), but after an era ("52 B.C.", "av.
// J.-C.") it does; a point inside a number never ends one,
// nor does "km." before a lower-case word. A line break ends a sentence
// unless the line stops mid-sentence and is a long run of prose, or the
// next line opens in lower case or, after a lower-case word, with a digit,
// and the next line is not a heading or list item (hard-wrapped text and
// text copied from a PDF: see joinLines).
func splitSentences(s string) []Span {
	out := make([]Span, 0, len(s)/80+1)
	start, last := -1, 0 // start of the open sentence (-1: none), end of its last non-space rune
	lineFirst := -1      // first non-space byte of the current line, -1 until seen
	wrapped := hardWrapped(s)
	emit := func(end int) {
		if start >= 0 && end > start {
			out = append(out, Span{start, end})
		}
		start = -1
	}
	for i := 0; i < len(s); {
		r, w := decodeAt(s, i)
		if r == '\n' {
			if start >= 0 && !joinLines(s, lineFirst, last, i+1, wrapped) {
				emit(last)
			}
			i++
			lineFirst = -1
			continue
		}
		if r == ' ' || r == '\t' || r == '\r' || r == '\v' || r == '\f' || (r >= utf8.RuneSelf && unicode.IsSpace(r)) {
			i += w
			continue
		}
		if lineFirst < 0 {
			lineFirst = i
		}
		if start < 0 {
			// "BAMAKO, Mali (AP) — Gunmen ...": the dateline is a sentence
			// of its own, and no subject of what follows. Only a line's
			// start is looked at, and for a name and a dash alone
			// ("Manaus - A team"), only the document's.
			if i == lineFirst {
				e := datelineEnd(s, i)
				if e == i && len(out) == 0 {
					e = leadDatelineEnd(s, i)
				}
				if e > i {
					out = append(out, Span{i, e})
					last, i = e, e
					continue
				}
			}
			start = i
		}
		last = i + w
		if r != '.' && r != '!' && r != '?' {
			i += w
			continue
		}
		j := i + w
		for j < len(s) {
			r2, w2 := decodeAt(s, j)
			if r2 == '[' {
				if k := citationEnd(s, j); k > j {
					j = k // "Yemen.[1][2] It lies": references after the point
					continue
				}
			}
			if !strings.ContainsRune(".!?\"'”’)]»", r2) {
				break
			}
			j += w2
		}
		last = j
		if endsSentence(s, start, i, j) {
			emit(j)
		}
		i = j
	}
	emit(last)
	return out
}

// endsSentence reports whether the terminator at s[dot] (its run ending at
// after) closes the sentence that began at start.
func endsSentence(s string, start, dot, after int) bool {
	if after < len(s) {
		r, _ := decodeAt(s, after)
		if !unicode.IsSpace(r) && !gluedSentence(s, start, dot, after) {
			return false // "1.5", "N.E.", "www.x"
		}
	}
	// The next visible rune.
	k := after
	for k < len(s) {
		r, w := decodeAt(s, k)
		if !unicode.IsSpace(r) {
			break
		}
		k += w
	}
	if k < len(s) {
		r, _ := decodeAt(s, k)
		if unicode.IsLower(r) {
			return false
		}
	}
	if s[dot] != '.' {
		return true
	}
	if unitBefore(s, start, dot) && compassAhead(s, k) {
		return false // "95 km. N.N.E. of Gao"
	}
	if dot >= start+2 && s[dot-1] == 'm' && s[dot-2] == ' ' && k+1 < len(s) && strings.IndexByte("NESW", s[k]) >= 0 && s[k+1] == '.' {
		return false // "4 m. N.W. of Dumfries": the mile of old gazetteers
	}
	// The word before the point.
	b := dot
	for b > start {
		r, w := utf8.DecodeLastRuneInString(s[:b])
		if !unicode.IsLetter(r) {
			break
		}
		b -= w
	}
	word := s[b:dot]
	if word == "" {
		return true
	}
	for _, era := range [...]string{" B.C", " A.D", " J.-C", " B.C.E", " C.E", " BC", " AD"} {
		if strings.HasSuffix(s[:dot], era) {
			// "in 52 B.C. The site lies ...", "en 52 av. J.-C. Le
			// site se trouve ...": an era closes the sentence before a
			// capital, though it ends as an initial does.
			return true
		}
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) && !openerAhead(s, k) {
			return false // an initial: "A. Smith", "N.E."
		}
	}
	if b > start && s[b-1] == '.' {
		return false // "U.S.", "e.g."
	}
	if frenchWordAbbrevs[word] && (frenchOpenerAhead(s, k) || frenchArticleAhead(s, k)) {
		// « La Gère est sortie de son lit. Un camping … », « au bar.
		// Les pompiers … »: a French word that is also an abbreviation
		// ends the sentence before a French opener.
		return true
	}
	if monthAbbrevs[word] {
		// "14 Aug. Left Wabag at dawn", "Monday 3 Sept. Reached Kandep":
		// a diary's date is a sentence of its own before a word that
		// opens no name; "Aug. 14" goes on.
		return dayBefore(s, start, b) && stopCapAhead(s, k)
	}
	switch word {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Gen", "Col", "Lt", "Capt", "Sgt", "Maj",
		"Prof", "Rev", "Jr", "Sr", "No", "Nos", "vs", "approx", "ca", "cf", "Fig", "fig", "Inc", "Ltd", "Co",
		"Corp", "Gov", "Sen", "Rep", "Hon", "Ave", "Rd", "Pres", "Gen.", "c", "lit", "ex", "var",
		"pron", "transl", "esp", "incl", "anc", "env", "resp", "Ste", "Mte", "pop", "elev", "alt",
		"Pt", "Pto", "Sta", "Sto", "Cd", "Cdad", "Gral", "av", "apr",
		// The abbreviations of old gazetteers: "a vil. in the par. of
		// Kilkenny West, co. Westmeath", « hameau de la comm. de Naveil,
		// cant. et arr. de Vendôme ».
		"co", "par", "vil", "bar", "cant", "arr", "comm",
		"Mme", "Mmes", "Mlle", "Mlles", "MM", "Mgr", "Pr", "Me": // « Mme. X », « Mgr. Y »
		return false
	}
	return true
}

// monthAbbrevs are the English months' abbreviations, after which
// endsSentence goes on ("Aug. 14") but after a diary's date.
var monthAbbrevs = map[string]bool{
	"Jan": true, "Feb": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

// dayBefore reports whether the word ending at s[b] (the space before a
// word that starts at b) is a day's number: "14 Aug".
func dayBefore(s string, start, b int) bool {
	e := b - 1
	if e <= start || s[e] != ' ' {
		return false
	}
	d := e
	for d > start && s[d-1] >= '0' && s[d-1] <= '9' {
		d--
	}
	return d < e && e-d <= 2
}

// stopCapAhead reports whether the word at s[k] is a word of stopcaps.tsv
// capitalised, which opens a sentence and no name ("Left", "Reached").
func stopCapAhead(s string, k int) bool {
	e := wordEndAt(s, k)
	return e > k && isStopCap(strings.ToLower(s[k:e]))
}

// sentenceOpeners are capitalised words that open a sentence and never
// follow an initial in a person's name: a letter standing alone before
// its point and one of them ends the sentence ("près du parc W. Les
// assaillants", "in Zone B. The convoy"). "Le" and "La" are none: "J.
// Le Pen", "A. La Rosa".
var sentenceOpeners = map[string]bool{
	"Les": true, "Des": true, "Un": true, "Une": true, "Il": true, "Ils": true, "Elle": true,
	"Elles": true, "Ces": true, "Cette": true, "Selon": true, "The": true, "They": true,
	"It": true, "He": true, "She": true, "This": true, "These": true,
}

// frenchWordAbbrevs are abbreviations of the list in endsSentence that
// are also French words, which end a sentence before a French opener:
// « de son lit », « au bar », « passer par ». "ex." and "var." are left
// out: they open a former or variant name (« Kamsé (ex. Les Trois Puits) »).
var frenchWordAbbrevs = map[string]bool{"lit": true, "bar": true, "par": true}

// frenchOpenerAhead reports whether the word at s[k] is one of
// sentenceOpeners that only French writes ("Un", "Les", "Selon"),
// followed by a space: "lit. The …" may still gloss a name in English.
func frenchOpenerAhead(s string, k int) bool {
	if !openerAhead(s, k) {
		return false
	}
	switch {
	case strings.HasPrefix(s[k:], "The "), strings.HasPrefix(s[k:], "They "), strings.HasPrefix(s[k:], "It "),
		strings.HasPrefix(s[k:], "He "), strings.HasPrefix(s[k:], "She "), strings.HasPrefix(s[k:], "This "),
		strings.HasPrefix(s[k:], "These "):
		return false
	}
	return true
}

// frenchArticleAhead reports whether the word at s[k] is a French
// definite article opening a sentence, "Le" or "La" followed by a space
// or "L'" glued to the next word: after a French word of
// frenchWordAbbrevs, which is no initial, it ends the sentence (« La
// rivière est sortie de son lit. Le village de X … »), as it may not
// after an initial ("J. Le Pen").
func frenchArticleAhead(s string, k int) bool {
	if strings.HasPrefix(s[k:], "L'") || strings.HasPrefix(s[k:], "L’") {
		return true
	}
	return strings.HasPrefix(s[k:], "Le ") || strings.HasPrefix(s[k:], "La ")
}

// wordEndAt returns the offset after the run of letters that opens at
// s[k], k itself when none does.
func wordEndAt(s string, k int) int {
	e := k
	for e < len(s) {
		r, w := decodeAt(s, e)
		if !unicode.IsLetter(r) {
			break
		}
		e += w
	}
	return e
}

// openerAhead reports whether the word at s[k] is one of sentenceOpeners,
// followed by a space.
func openerAhead(s string, k int) bool {
	e := wordEndAt(s, k)
	return e < len(s) && e > k && s[e] == ' ' && sentenceOpeners[s[k:e]]
}

// gluedSentence reports whether the point at s[dot], with no space after
// it, still ends a sentence, as mirrors that lose spaces write it: "in
// western Nepal.It is situated", "Mali.The town lies". The point must be
// alone, after a lower-case word of three letters or more, and before a
// capitalised word of two letters or more.
func gluedSentence(s string, start, dot, after int) bool {
	if s[dot] != '.' || after != dot+1 {
		return false
	}
	n := 0
	for b := dot; b > start && n < 3; {
		r, w := utf8.DecodeLastRuneInString(s[:b])
		if !unicode.IsLower(r) {
			break
		}
		b -= w
		n++
	}
	if n < 3 {
		return false
	}
	r, w := decodeAt(s, after)
	if !unicode.IsUpper(r) || after+w >= len(s) {
		return false
	}
	r2, _ := decodeAt(s, after+w)
	return unicode.IsLower(r2)
}

// joinLines reports whether the line break before s[next] continues the
// sentence: the line it ends (first visible byte first, last visible byte
// before lastEnd) stops on a letter, digit, comma or hyphen, neither line
// is a heading or list item, and either the line is prose of at least 40
// bytes, or the next line opens with a lower-case letter (no sentence
// does: "lies 20 km\nnorth of Gao", as text copied from a PDF's narrow
// columns breaks it), or the line stops on a lower-case word and the next
// opens with a digit ("est situé à\n20 km au nord de Gao"). Unless the
// text is hard-wrapped elsewhere (wrapped), a line that ends on a
// capitalised word runs into no line that opens with one: a caption with
// no full stop stands above the paragraph it illustrates ("Residents
// wade through the streets of Beledweyne\nCeel Jaale, a camp …"), where
// a wrap would split one name over two lines.
func joinLines(s string, first, lastEnd, next int, wrapped bool) bool {
	if first < 0 || isLineMarker(s[first]) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s[:lastEnd])
	if !(unicode.IsLetter(last) || unicode.IsDigit(last) || last == ',' || last == '-') {
		return false
	}
	for k := next; k < len(s); {
		r, w := decodeAt(s, k)
		if r == '\n' {
			return false // blank line
		}
		if unicode.IsSpace(r) {
			k += w
			continue
		}
		if isLineMarker(s[k]) || datelineEnd(s, k) > k {
			return false // "...IN PERU\nLIMA (Reuters) - ...": a headline, then the dateline
		}
		if unicode.IsUpper(r) && headlineBefore(s, first, lastEnd, k) {
			return false // "Tambacounda : le hameau de X coupé du monde\nSitué entre 20 et 25 km …"
		}
		if unicode.IsUpper(r) && numberedTitleEnd(s, first, lastEnd) {
			return false // "Cameroon: North-West – Situation Report No. 8\nAttacks were reported …"
		}
		if unicode.IsUpper(r) && furnitureAhead(s, k) {
			return false // "Oil spill reaches Nigerian fishing villages\nBy Chinedu Okafor"
		}
		if unicode.IsUpper(r) && !wrapped && capitalisedWordBefore(s, first, lastEnd) {
			return false // "… in the streets of Beledweyne\nCeel Jaale, a camp …"
		}
		return lastEnd-first >= 40 || unicode.IsLower(r) || (isDigit(s[k]) && lowerWordBefore(s, first, lastEnd))
	}
	return false
}

// hardWrapped reports whether some line of s stops mid-sentence on a
// letter, a digit or a comma and the next line goes on in lower case:
// the text is hard-wrapped, or copied from a PDF's columns, and a line
// break may fall anywhere in a sentence, even inside a name.
func hardWrapped(s string) bool {
	for i := strings.IndexByte(s, '\n'); i >= 0; {
		before := strings.TrimRight(s[:i], " \t\r")
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if before != "" && j < len(s) {
			last, _ := utf8.DecodeLastRuneInString(before)
			r, _ := decodeAt(s, j)
			if (unicode.IsLetter(last) || unicode.IsDigit(last) || last == ',') && unicode.IsLower(r) {
				return true
			}
		}
		k := strings.IndexByte(s[i+1:], '\n')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// capitalisedWordBefore reports whether the word that ends at s[end],
// after first, opens with a capital ("Beledweyne"; not "of", "km").
func capitalisedWordBefore(s string, first, end int) bool {
	r, ok := wordStartBefore(s, first, end)
	return ok && unicode.IsUpper(r)
}

// furnitureAhead reports whether the line that opens at s[k] opens with a
// word of a news page's furniture (furniture.tsv: "By", "Updated",
// « Par », « Publié »), capitalised and followed by a space or a colon:
// a byline or a time stamp under a headline, which the headline's words
// never run on into.
func furnitureAhead(s string, k int) bool {
	e := wordEndAt(s, k)
	if e == k || e >= len(s) || (s[e] != ' ' && s[e] != ':') {
		return false
	}
	return anyHas(setFurniture, strings.ToLower(s[k:e]))
}

// numberedTitleEnd reports whether the line from s[first] to s[lastEnd]
// ends as a report's title ends, on its number after a number sign
// (numbersigns.tsv: "Situation Report No. 8", "Flash Update #3"): no
// sentence of prose ends so, and the line below opens a sentence of its
// own.
func numberedTitleEnd(s string, first, lastEnd int) bool {
	line := s[first:lastEnd]
	i := len(line)
	for i > 0 && isDigit(line[i-1]) {
		i--
	}
	if i == len(line) || i == 0 {
		return false
	}
	if line[i-1] == '#' {
		return true // "Flash Update #3"
	}
	before := strings.TrimRight(line[:i], " ")
	if len(before) == len(line[:i]) {
		return false // "Camp3": no sign
	}
	before = strings.TrimSuffix(before, ".")
	sign := before[strings.LastIndexByte(before, ' ')+1:]
	return sign != "" && anyHas(setNumberSigns, strings.ToLower(sign))
}

// headlineBefore reports whether the line from s[first] to s[lastEnd] is
// a headline over the line that opens at s[next]: the first line of the
// text or of a paragraph, and the line after it at least twice as long.
// Hard-wrapped prose has lines of about one length, so its first line is
// never much shorter than the next unless the paragraph ends there.
func headlineBefore(s string, first, lastEnd, next int) bool {
	if strings.TrimSpace(s[:first]) != "" {
		before := strings.TrimRight(s[:first], " \t\r")
		if !strings.HasSuffix(before, "\n") || !strings.HasSuffix(strings.TrimRight(before[:len(before)-1], " \t\r"), "\n") {
			return false // not after a blank line
		}
	}
	end := strings.IndexByte(s[next:], '\n')
	if end < 0 {
		end = len(s) - next
	}
	n := len(strings.TrimRight(s[next:next+end], " \t\r"))
	return n >= 2*(lastEnd-first)
}

// lowerWordBefore reports whether the word that ends at s[end], after
// first, is written in lower case ("à", "of"; not "Kidal").
func lowerWordBefore(s string, first, end int) bool {
	r, ok := wordStartBefore(s, first, end)
	return ok && unicode.IsLower(r)
}

// wordStartBefore returns the first rune of the word of letters that ends
// at s[end], after first, and false when no letter ends there.
func wordStartBefore(s string, first, end int) (rune, bool) {
	a := end
	for a > first {
		r, w := utf8.DecodeLastRuneInString(s[:a])
		if !unicode.IsLetter(r) {
			break
		}
		a -= w
	}
	r, _ := decodeAt(s, a)
	return r, a < end
}

// isLineMarker reports whether a line starting with c is a heading, list item
// or table row.
func isLineMarker(c byte) bool {
	return c == '=' || c == '-' || c == '*' || c == '#' || c == '|' || c == '>' || c == '+'
}

// title returns the document title and its span: the inner text of a first
// line written "= Title =" (any number of "="), or the first line when it is
// short (at most 100 bytes), has no closing punctuation and more text follows.
func title(s string) (string, Span) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') {
		i++
	}
	end := strings.IndexByte(s[i:], '\n')
	rest := ""
	if end < 0 {
		end = len(s)
	} else {
		rest = strings.TrimSpace(s[i+end:])
		end += i
	}
	line := s[i:end]
	lt := strings.TrimRight(line, " \t\r")
	end = i + len(lt)
	if strings.HasPrefix(lt, "=") && strings.HasSuffix(lt, "=") && len(lt) > 2 {
		a, b := i, end
		for a < b && (s[a] == '=' || s[a] == ' ' || s[a] == '\t') {
			a++
		}
		for b > a && (s[b-1] == '=' || s[b-1] == ' ' || s[b-1] == '\t') {
			b--
		}
		if a < b && utf8.ValidString(s[a:b]) {
			return s[a:b], Span{a, b}
		}
		return "", Span{}
	}
	if rest == "" || len(lt) == 0 || len(lt) > 100 || !utf8.ValidString(lt) {
		return "", Span{}
	}
	last, _ := utf8.DecodeLastRuneInString(lt)
	if strings.ContainsRune(".!?,;:", last) || strings.Count(lt, " ") > 11 || isLineMarker(lt[0]) {
		return "", Span{}
	}
	hasLetter := false
	for _, r := range lt {
		if unicode.IsLetter(r) {
			hasLetter = true
			break
		}
	}
	if !hasLetter {
		return "", Span{}
	}
	return lt, Span{i, end}
}

// unitBefore reports whether an abbreviated unit of length ends at s[dot]:
// "km", "kms", "mi".
func unitBefore(s string, start, dot int) bool {
	for _, u := range [...]string{"km", "kms", "mi", "klm", "kil"} {
		if dot-len(u) >= start && strings.EqualFold(s[dot-len(u):dot], u) && (dot-len(u) == 0 || !isASCIILetter(s[dot-len(u)-1])) {
			return true
		}
	}
	return false
}

// compassAhead reports whether s[k:] starts with a compass abbreviation
// ("N", "NE", "N.N.E.", "S-W", French « N.-O. ») or a compass word
// ("North", "South-West") followed by white space or a point.
func compassAhead(s string, k int) bool {
	n := 0
	for i := k; i < len(s) && n < 6 && strings.IndexByte("NESWO.-", s[i]) >= 0; i++ {
		n++
	}
	if n > 0 && (k+n == len(s) || s[k+n] == ' ' || s[k+n] == '\t' || s[k+n] == '\n') {
		return true
	}
	e := k
	for e < len(s) && (isASCIILetter(s[e]) || s[e] == '-') {
		e++
	}
	return e > k && isCompassWord(strings.ToLower(s[k:e]))
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// citationEnd returns the byte after a reference mark that opens at s[j]
// ("[1]", "[note 2]", "[citation needed]"), or j when none does: a bracket
// closing within 24 bytes on the same line.
func citationEnd(s string, j int) int {
	for k := j + 1; k < len(s) && k < j+24; k++ {
		switch s[k] {
		case ']':
			if k > j+1 {
				return k + 1
			}
			return j
		case '\n', '[', '.':
			return j
		}
	}
	return j
}

// datelineEnd returns the end of a news dateline that opens the line at
// s[i], after its dash: a place in capitals ("BAMAKO", "PORT HARCOURT",
// "N'DJAMENA"), then perhaps a comma and a country or state ("BAMAKO,
// Mali", "GOMA, Democratic Republic of Congo"), perhaps an agency in
// brackets ("(AP)", "(Reuters)"), and a dash set off by spaces. It returns
// i when the line opens otherwise; a heading in capitals has no such
// dash, nor does a hyphenated name in capitals ("PORT-AU-PRINCE").
func datelineEnd(s string, i int) int {
	j, letters := i, 0
	for j < len(s) && j < i+40 {
		r, w := decodeAt(s, j)
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '-' && datelineDash(s, j):
			goto caps // "SIEM REAP - L'Autorité": the dash, not a hyphen
		case r == ' ' || r == '\'' || r == '’' || r == '-' || r == '.':
		default:
			goto caps
		}
		j += w
	}
caps:
	if letters < 2 {
		return datedDatelineEnd(s, i)
	}
	for j > i && s[j-1] == ' ' {
		j--
	}
	if j < len(s) && s[j] == ',' {
		// ", Mali", ", Democratic Republic of Congo": capitalised words;
		// perhaps a date after a second comma (", Mexico, June 3").
		k, commas := j+1, 0
		for k < len(s) && k < j+50 && s[k] != '(' && !datelineDash(s, k) {
			if c := s[k]; c == '.' && datelineAbbrev(s, k) {
				// "FRESNO, Calif. (AP) —": a state's abbreviation.
			} else if c == '.' || c == '\n' || c == ';' || (c == ',' && commas > 0) {
				return i
			} else if c == ',' {
				commas++
			}
			k++
		}
		j = k
	}
	return datelineClose(s, i, j, false)
}

// datelineAbbrev reports whether the full stop at s[k] ends an
// abbreviation that closes a dateline's state or province, an agency in
// brackets or the dash coming next: "FRESNO, Calif. (AP) —", "LONDON,
// Ont. —".
func datelineAbbrev(s string, k int) bool {
	if k == 0 || !unicode.IsLetter(rune(s[k-1])) {
		return false
	}
	j := k + 1
	for j < len(s) && s[j] == ' ' {
		j++
	}
	return j > k+1 && j < len(s) && (s[j] == '(' || datelineDash(s, j))
}

// datelineClose returns the end of a dateline whose name and country or
// date end at s[j]: after an agency in brackets, which bracket requires,
// and a dash set off by spaces; i when they are not there.
func datelineClose(s string, i, j int, bracket bool) int {
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j < len(s) && s[j] == '(' {
		k := strings.IndexByte(s[j:min(len(s), j+30)], ')')
		if k < 0 || strings.ContainsAny(s[j:j+k], ".\n") {
			return i
		}
		j += k + 1
	} else if bracket {
		return i
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if !datelineDash(s, j) {
		return i
	}
	return dashEnd(s, j)
}

// datedDatelineEnd returns the end of a dateline in ordinary case that
// opens the line at s[i], after its dash: a capitalised name, a comma, a
// date with a number in it and an agency in brackets (« Bunia, 12 février
// (Radio Okapi) - », "Port-au-Prince, 16 août (HPN) -"). Without the date
// and the bracket, a capitalised word and a dash may be a rubric («
// Espace — Des débris »), so i is returned.
//
// A name and its country or region, after a comma or in brackets, then
// a dash and a capitalised word, are a dateline too (« Maroua, Cameroun -
// Le poste », « Saint-Louis (Sénégal) – La station », "Bamako, Mali —
// Gunmen"): a rubric has one word before its dash.
func datedDatelineEnd(s string, i int) int {
	if r, _ := decodeAt(s, i); !unicode.IsUpper(r) {
		return i
	}
	if e := countryDatelineEnd(s, i); e > i {
		return e
	}
	c := strings.IndexByte(s[i:min(len(s), i+40)], ',')
	if c < 0 || strings.ContainsAny(s[i:i+c], ".\n;:(") {
		return i
	}
	j := i + c + 1
	o := strings.IndexByte(s[j:min(len(s), j+30)], '(')
	if o < 0 {
		return datedDashEnd(s, i, j)
	}
	if strings.ContainsAny(s[j:j+o], ".\n;:") || !strings.ContainsAny(s[j:j+o], "0123456789") {
		return i
	}
	return datelineClose(s, i, j+o, true)
}

// datedDashEnd returns the end of a dateline in ordinary case whose date,
// of one to four words with a number in it, runs from s[j], after the
// name's comma, to a dash before a capitalised word: « Mopti, avril 2024
// - Nos équipes », "Goma, 5 March – Fighting". It returns i otherwise.
func datedDashEnd(s string, i, j int) int {
	line := s[j:min(len(s), j+30)]
	d := spacedDash(line)
	if d < 0 {
		return i
	}
	date := line[:d]
	if n := len(strings.Fields(date)); n == 0 || n > 4 || strings.ContainsAny(date, ".\n;:,()") || !strings.ContainsAny(date, "0123456789") {
		return i
	}
	return capitalAfterDash(s, i, j+d+1)
}

// clauseWithVerb reports whether s, up to its first full stop, which it
// must hold, has a word of the past in -ed or an auxiliary ("A leopard
// was spotted near X."), as a report's first sentence has and a title
// has not ("Flash Update No. 3.").
func clauseWithVerb(s string) bool {
	end := strings.Index(s, ". ")
	if end < 0 {
		if !strings.HasSuffix(s, ".") {
			return false
		}
		end = len(s) - 1
	}
	for _, w := range strings.Fields(s[:end]) {
		switch w = strings.ToLower(strings.Trim(w, ",;")); w {
		case "is", "are", "was", "were", "has", "have", "had", "said", "says":
			return true
		default:
			if len(w) > 4 && strings.HasSuffix(w, "ed") {
				return true
			}
		}
	}
	return false
}

// lineEnd returns the end of the line that holds s[i]: the index of its
// line break, or len(s).
func lineEnd(s string, i int) int {
	if n := strings.IndexByte(s[i:], '\n'); n >= 0 {
		return i + n
	}
	return len(s)
}

// capitalAfterDash returns the end of the dash or colon at s[k] when a
// capitalised word comes after it on the line, and i otherwise.
func capitalAfterDash(s string, i, k int) int {
	_, w := decodeAt(s, k)
	e := max(k+w, dashEnd(s, k))
	for e < len(s) && s[e] == ' ' {
		e++
	}
	if r, _ := decodeAt(s, e); e >= len(s) || !unicode.IsUpper(r) {
		return i
	}
	return k + w
}

// leadDatelineEnd returns the end of a dateline of a name alone, one to
// four capitalised words, and a dash, or a colon right after the name,
// before a capitalised word, that opens the document at s[i]: "Manaus - A
// team from Funai", « Al Haouz - Six mois après », "Udaipur: A leopard
// was spotted … ." After a colon a sentence with a verb must follow
// (clauseWithVerb): a title ("Nigeria: Flash floods in Adamawa State",
// "North-east Nigeria: Flash Update No. 3.") is no dateline; nor is a
// label with a space before its colon, as French writes one («
// Itinéraire : Ouagadougou, puis … »). Within a document such a line may be a rubric («
// Espace — Des débris ») or a list's item ("Gao - The road"), so only the
// document's first line is read so (splitSentences); a rubric that opens
// a document is split off as well, and is no subject of what follows
// either. It returns i otherwise.
func leadDatelineEnd(s string, i int) int {
	line := s[i:min(len(s), i+60)]
	if n := strings.IndexByte(line, '\n'); n >= 0 {
		line = line[:n]
	}
	for k := range line {
		switch {
		case line[k] == ' ' && datelineDash(line, k+1):
			if !datelineWords(line[:k], 4, false) {
				return i
			}
			return capitalAfterDash(s, i, i+k+1)
		case line[k] == ':':
			// "Udaipur: A leopard was spotted …", the Indian press's
			// dateline; a title ("Nigeria: Flash floods in Adamawa
			// State") has no full stop on its line.
			if k == 0 || line[k-1] == ' ' || k+1 >= len(line) || line[k+1] != ' ' || !datelineWords(line[:k], 4, false) || !clauseWithVerb(s[i+k+1:lineEnd(s, i)]) {
				return i
			}
			return capitalAfterDash(s, i, i+k)
		}
	}
	return i
}

// countryDatelineEnd returns the end of a dateline in ordinary case
// without a date that opens the line at s[i] (datedDatelineEnd), after
// its dash: one to four capitalised words, then a comma and one to five
// words of a country or region, the first and last capitalised («
// République démocratique du Congo »), perhaps an agency in brackets; or
// the country in brackets; then a dash set off by spaces before a
// capitalised word. It returns i otherwise.
func countryDatelineEnd(s string, i int) int {
	line := s[i:min(len(s), i+120)]
	if n := strings.IndexByte(line, '\n'); n >= 0 {
		line = line[:n]
	}
	d := spacedDash(line)
	if d < 0 {
		return i
	}
	head, name, region := line[:d], "", ""
	if c := strings.IndexByte(head, ','); c >= 0 {
		name, region = head[:c], head[c+1:]
		if o := strings.IndexByte(region, '('); o >= 0 && strings.HasSuffix(region, ")") {
			region = region[:o] // "Maroua, Cameroun (AFP) -"
		}
	} else if o := strings.IndexByte(head, '('); o >= 0 && strings.HasSuffix(head, ")") {
		name, region = head[:o], head[o+1:len(head)-1]
	}
	if !datelineWords(name, 4, false) || !datelineWords(region, 5, true) && !nativeScript(region) {
		return i
	}
	e := dashEnd(line, d+1)
	k := e
	for k < len(line) && line[k] == ' ' {
		k++
	}
	if r, _ := decodeAt(line, k); k >= len(line) || !unicode.IsUpper(r) {
		return i
	}
	return i + e
}

// nativeScript reports whether s, a dateline's bracket, is a name written
// in a script without capitals, as news from Asia gives a town's own
// name after its romanisation: "Kunming (昆明) —", "Hat Yai (หาดใหญ่) -",
// "Andong (안동) –". Such a bracket is no region but the name again.
func nativeScript(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r):
			n++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return false
		}
	}
	return n > 0
}

// spacedDash returns the index in line of the space before its first
// dash set off by spaces (datelineDash), or -1.
func spacedDash(line string) int {
	for k := range line {
		if line[k] == ' ' && datelineDash(line, k+1) {
			return k
		}
	}
	return -1
}

// datelineWords reports whether s holds one to most words, each of
// letters, hyphens and apostrophes, all capitalised, or with inner set
// only the first and the last ("République démocratique du Congo").
func datelineWords(s string, most int, inner bool) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > most {
		return false
	}
	for n, w := range ws {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
		c := w
		for _, el := range []string{"d'", "d’", "l'", "l’"} {
			c = strings.TrimPrefix(c, el) // « Côte d'Ivoire »
		}
		if r, _ := decodeAt(c, 0); !unicode.IsUpper(r) && (!inner || n == 0 || n == len(ws)-1) {
			return false
		}
	}
	return true
}

// datelineDash reports whether s[j] is a dash set off by spaces after a
// dateline: "—", "–", "-", or "--" as wire copy typed in ASCII writes it
// ("GUILIN -- Tourists were …"), with a space after it.
func datelineDash(s string, j int) bool {
	return dashEnd(s, j) > j
}

// dashEnd returns the end of the dash set off by spaces at s[j]
// (datelineDash), or j when there is none there.
func dashEnd(s string, j int) int {
	r, w := decodeAt(s, j)
	if r != '—' && r != '–' && r != '-' || j == 0 || s[j-1] != ' ' {
		return j
	}
	e := j + w
	if r == '-' && e < len(s) && s[e] == '-' {
		e++ // "--"
	}
	if e < len(s) && s[e] == ' ' {
		return e
	}
	return j
}
