package text

import "strings"

// This file reads the names that the words around them mark as something
// other than a place, though a place could stand there too: a name before
// a noun of a group or an event ("Karakalpak officials said", "the
// Kuomboka ceremony"), an organisation's name before its initials in
// brackets ("the Disaster Management Centre (DMC)").

// doubtfulAt reports whether the bare name [p, q) of sentence s, which
// the text gives no kind, qualifies a lower-case noun of a group or an
// event after it (groupNounAfter), or stands before its own initials in
// brackets (initialsAfter): "Karakalpak officials said", "the Ya'ariba
// imams", "the Disaster Management Centre (DMC)". A town may be named so
// ("Zaria officials", "the Kandy festival"), so the name stays a mention,
// marked Doubtful for the resolver.
func (r *reader) doubtfulAt(p, q int, s *sentence) bool {
	return r.groupNounAfter(q, s) || r.initialsAfter(p, q, s)
}

// groupNounAfter reports whether token q, right after a name, is a
// lower-case noun of a group of people or of an event (groupnouns.tsv,
// townnouns.tsv, folknouns.tsv): "Sarvodaya volunteers", "Ngati Porou
// elders", "the Nabhani sultans", "the Mutomboko festival".
func (r *reader) groupNounAfter(q int, s *sentence) bool {
	return r.lowerWordIn(q, s, setGroupNouns) || r.lowerWordIn(q, s, setTownNouns) || r.lowerWordIn(q, s, setFolkNouns)
}

// initialsAfter reports whether the name [p, q) of two or more
// capitalised words is followed by its initials in capitals between
// brackets, as an organisation is introduced: "the National Disaster
// Management Authority (NDMA)", "the Rural Water Supply Agency
// (RWSA)". Lower-case words of the name ("of", "and") give no letter.
func (r *reader) initialsAfter(p, q int, s *sentence) bool {
	if q-p < 2 || !r.is(q, s.b, "(") || !r.is(q+2, s.b, ")") || !r.toks[q+1].upper {
		return false
	}
	var b strings.Builder
	for k := p; k < q; k++ {
		if r.toks[k].cap {
			b.WriteString(r.toks[k].lower[:1])
		}
	}
	return b.Len() >= 2 && b.String() == r.toks[q+1].lower
}
