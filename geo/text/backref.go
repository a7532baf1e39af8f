package text

import "strings"

// backRefRow is one row of lexicon/en/backrefs.tsv: the kinds of named
// place a kind noun may stand for.
type backRefRow struct {
	kinds map[string]bool // English features; empty when any is true
	any   bool            // "*": every located kind but a town or a city
	bare  bool            // a name the text gave no kind may be meant
}

// readBackRefs reads lexicon/en/backrefs.tsv: "noun <tab> kinds <tab>
// flags". A defect is a build defect and panics at first use.
func readBackRefs(name string) map[string]backRefRow {
	t := map[string]backRefRow{}
	err := readTable(lexiconFiles, name, 3, func(f []string) error {
		if strings.Contains(f[0], " ") {
			return errBadValue(f[0])
		}
		if _, dup := t[f[0]]; dup {
			return errDuplicate(f[0])
		}
		row := backRefRow{kinds: map[string]bool{}}
		switch f[2] {
		case "bare":
			row.bare = true
		case "-":
		default:
			return errBadValue(f[2])
		}
		if f[1] == "*" {
			row.any = true
		} else {
			for _, k := range strings.Split(f[1], ",") {
				if k == "" || strings.Contains(k, " ") {
					return errBadValue(f[1])
				}
				row.kinds[k] = true
			}
		}
		t[f[0]] = row
		return nil
	})
	if err != nil {
		panic(err)
	}
	return t
}

// admits reports whether the kind noun of row may stand for a place the
// text called by the word w, an English feature or a noun in either
// language ("property", « licence », « site »).
func (row backRefRow) admits(w string) bool {
	if w == "" {
		return false
	}
	if f := frenchFeature(w); f != "" && row.admits1(f) {
		return true
	}
	return row.admits1(w)
}

// admits1 reports whether the kind noun of row may stand for a place of
// the English feature f.
func (row backRefRow) admits1(f string) bool {
	if row.any {
		return isNamelessKind(f) && f != "town" && f != "city"
	}
	return row.kinds[f]
}

// kindBackRef returns the named place that a definite or demonstrative
// kind noun, or one after a possessive of the first person ("our
// mission", « notre mission »), of the English feature head, opening a
// clause at token j stands for when no earlier rule of namelessSubject
// settled it: the
// nearest name before j, in j's paragraph and within antecedentWindow
// tokens, that the text called by a kind head may stand for
// (lexicon/en/backrefs.tsv) — in its feature, the noun written after it
// ("the Challapampa property"), before it (« son permis de X », "the
// mine at X"), its own last word, or an apposition after it ("X, its
// flagship lithium property") — or, for a noun flagged bare, a name the
// text gave no kind but a sign of place ("Refugees arrived at X. The site
// lies 18 km north of Y"). A name the text called by another kind is
// passed over for an earlier one. The place measured from (obj), a
// container, and a name an earlier relation of the window measured from,
// which a text names as a known town, are never meant. It returns -1 when
// no name qualifies: the noun then names a place of its own. An
// establishment's name, which alone is doubtful ("Lupaso Mission",
// "Mabvuku Mission Hospital"), qualifies when its last word is of an
// admitted kind.
func (r *reader) kindBackRef(head string, j, obj int) int {
	row, ok := lex().backRefs[head]
	if !ok {
		return -1
	}
	return r.backRefAs(row, head, j, obj)
}

// unheldBackRef returns the name of no kind a kind noun of a row not
// flagged bare (a site, a camp, a village) opening a clause at token j
// would stand for if it were (kindBackRef), or -1: the name the resolver
// makes the place when no gazetteer holds it (Alias.Unheld).
func (r *reader) unheldBackRef(head string, j, obj int) int {
	row, ok := lex().backRefs[head]
	if !ok || row.bare {
		return -1
	}
	row.bare = true
	m := r.backRefAs(row, head, j, obj)
	if m < 0 || r.evidence(m) != EvidencePreposition || r.feature(m) != "" {
		return -1
	}
	if _, named := r.kindWordsOf(m); named {
		return -1 // "the village of X": a place of another kind
	}
	return m
}

// backRefAs is kindBackRef for the row row of the noun head.
func (r *reader) backRefAs(row backRefRow, head string, j, obj int) int {
	if !r.bareKindAt(j, head) {
		return -1 // "the new camp", "the nearest village": another place
	}
	lo := max(0, j-antecedentWindow)
	sentA := r.sentOf(j).a
	found, foundAdmitted, bareSeen := -1, false, false
	for k := j - 1; k >= lo; k-- {
		if r.blankLineBefore(k + 1) {
			return -1 // the paragraph starts at k+1
		}
		m := int(r.at[k])
		if m < 0 || r.mtok[m][1]-1 != k || r.mentions[m].Nameless || r.evidence(m) == EvidenceUnlikely && !row.admits(r.lastNameWord(m)) {
			// "Greetings from Lupaso Mission. Our mission, 35 km west
			// of Kasama, …": an establishment's name, doubtful alone,
			// is the place its kind noun stands for.
			continue
		}
		if m == obj || r.sameNamed(m, obj) || r.isContainer(m) || r.isDivision(m) || r.evidence(m) == EvidenceContainer {
			continue
		}
		kinds, named := r.kindWordsOf(m)
		admitted := false
		for _, w := range kinds {
			if row.admits(w) {
				admitted = true
				break
			}
		}
		switch {
		case admitted:
		case named:
			continue // "the village of Tinsaman and Intabaret camp. The camp …"
		case !row.bare || r.evidence(m) < EvidencePreposition:
			continue
		case bareSeen:
			continue // only the nearest name of no kind may be meant
		default:
			bareSeen = true
			if k >= sentA || r.listed(m) || r.measuredFromBefore(m, lo) {
				// "Speaking from Goma, an aid worker said the camp …",
				// "Kirkuk, Erbil and Sulaymaniyah were hit; the camp
				// lies …", "… 30 km from Gulu. Trucks reached Gulu. The
				// camp …": a name of the clause's own sentence, of a
				// list, or one measured from, which the text takes as
				// a known town, is no bare antecedent.
				continue
			}
		}
		switch {
		case found < 0:
			found, foundAdmitted = m, admitted
		case r.sentOf(k) != r.sentOf(r.mtok[found][0]):
			return found
		case r.sameNamed(m, found):
		case admitted && !foundAdmitted:
			// "… crossed Punta Qillwa, the high point of the trek,
			// after leaving Llupa. The pass …": the name of the kind
			// before a name of none in the same sentence.
			found, foundAdmitted = m, true
		case admitted == foundAdmitted:
			// « le village de Kéra et le hameau de Doro. La localité
			// … »: two of the kind in one sentence leave it open.
			return -1
		}
	}
	return found
}

// bareKindAt reports whether the kind noun of the English feature head
// follows the determiner at token j right away ("the camp", « ce site »,
// « l'agglomération »), with no word between that makes it another place
// ("the new camp", "the nearest village").
func (r *reader) bareKindAt(j int, head string) bool {
	n := len(r.toks)
	w, art := elidedRest(r.lowerWord(j, n))
	if art == 0 {
		w = r.lowerWord(j+1, n)
	}
	if w == head {
		return true
	}
	if f := frenchFeature(w); f == head {
		return true
	}
	return false
}

// listed reports whether mention m stands in a list of names, a comma or
// a conjunction joining it to another name before or after it that is no
// container ("Kirkuk, Erbil and Sulaymaniyah"; not "Kyaburanga, Isingiro
// District").
func (r *reader) listed(m int) bool {
	n := len(r.toks)
	member := func(o int) bool {
		return o >= 0 && !r.isContainer(o) && !r.isDivision(o) && r.evidence(o) != EvidenceContainer
	}
	a, e := r.mtok[m][0], r.mtok[m][1]
	if e < n {
		switch r.toks[e].lower {
		case ",", "and", "et", "or", "ou":
			if member(r.mentionAt(e+1, n)) {
				return true
			}
		}
	}
	if a >= 2 {
		switch r.toks[a-1].lower {
		case ",", "and", "et", "or", "ou":
			return member(r.mentionEndingAt(a-2, 0))
		}
	}
	return false
}

// kindWordsOf returns the words that say what kind of place mention m is:
// its feature's head, the noun after it ("the Challapampa property", past
// modifiers kept in a kind), the noun before « de », "of" or "at" before
// it (« sa licence de X », "the mine at X"), the last word of its name
// ("Kandegolla Gap"), and the first kind noun of an apposition after it
// ("X, its flagship lithium property"). named reports whether any of them
// is a kind of place the tables know, so that a name called by another
// kind is not taken for one the text gave none.
func (r *reader) kindWordsOf(m int) (kinds []string, named bool) {
	n := len(r.toks)
	add := func(w string) {
		if w == "" {
			return
		}
		kinds = append(kinds, w)
		if isDescriptorNoun(w) || frenchFeature(w) != "" || isSpotFeature(w) || lex().kindGroups[w] != "" {
			named = true
		}
	}
	if f := r.feature(m); f != "" {
		if i := strings.LastIndexByte(f, ' '); i >= 0 {
			f = f[i+1:]
		}
		add(f)
	}
	add(r.kindNounAfter(r.mtok[m][1]))
	if a := r.mtok[m][0]; a >= 2 {
		switch r.lowerWord(a-1, n) {
		case "de", "of", "at", "du":
			add(r.lowerWord(a-2, n))
		}
	}
	if name := r.mentions[m].Name; strings.IndexByte(name, ' ') > 0 {
		if w := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:]); isDescriptorNoun(w) {
			add(w)
		}
	}
	add(r.appositionKind(r.mtok[m][1]))
	return kinds, named
}

// appositionKind returns the first kind noun of an apposition that opens
// at token e with a comma and a determiner ("X, its flagship lithium
// property, …", "X, a family vineyard founded in 1887", « X, un site
// d'orpaillage »), within three lower-case words after the determiner, or
// "" when there is none.
func (r *reader) appositionKind(e int) string {
	n := len(r.toks)
	if !r.is(e, n, ",") {
		return ""
	}
	switch r.lowerWord(e+1, n) {
	case "a", "an", "the", "its", "their", "his", "her", "our", "un", "une", "le", "la", "son", "sa", "ce", "cette":
	default:
		return ""
	}
	for k, end := e+2, e+5; k < n && k < end; k++ {
		if m := int(r.at[k]); m >= 0 && r.mtok[m][0] == k && r.evidence(m) == EvidenceUnlikely && r.mtok[m][1] < n {
			// "X, a Bronze Age mound", "X, an Iron Age hillfort": a
			// period or another name that is no place qualifies the
			// kind and does not count among its words.
			end += r.mtok[m][1] - k
			k = r.mtok[m][1] - 1
			continue
		}
		t := r.toks[k]
		if t.kind != tokWord || t.cap || r.at[k] >= 0 {
			return ""
		}
		if isDescriptorNoun(t.lower) || frenchFeature(t.lower) != "" {
			return t.lower
		}
	}
	return ""
}

// measuredFromBefore reports whether a relation read before, whose phrase
// starts at or after token lo, measured from a place of m's name: such a
// name is a town the text takes as known, not the place "the camp" is.
func (r *reader) measuredFromBefore(m, lo int) bool {
	start := r.toks[lo].start
	for i := len(r.rels) - 1; i >= 0 && r.rels[i].Phrase.Start >= start; i-- {
		if o := r.rels[i].Object; o >= 0 && r.rels[i].Kind != KindIn && r.sameNamed(o, m) {
			return true
		}
	}
	return false
}

// blankLineBefore reports whether a blank line stands between token k-1
// and token k: a new paragraph starts at k.
func (r *reader) blankLineBefore(k int) bool {
	if k <= 0 || k >= len(r.toks) {
		return false
	}
	return strings.Count(r.text[r.toks[k-1].end:r.toks[k].start], "\n") >= 2
}

// lastNameWord returns the last word of mention m's name of two words or
// more in lower case ("mission" for "Lupaso Mission"), or "".
func (r *reader) lastNameWord(m int) string {
	name := r.mentions[m].Name
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return ""
	}
	return strings.ToLower(name[i+1:])
}
