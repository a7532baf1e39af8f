package text

import (
	"io/fs"
	"strings"
	"unicode/utf8"
)

// wordRules holds the tables of lexicon/LANG/ that are rules of the
// language about the shape of words rather than plain word lists
// (wordsets.go): the endings of its demonyms (demonyms.tsv) and its road
// nouns with the word order they name a road in (roadnouns.tsv), and the
// roles of the words of a list of names (lists.tsv). A language
// may lack a file, and then has no such rule; a third language adds its
// own files.
type wordRules struct {
	// demonyms maps a word of demonyms.tsv to whether it is a demonym
	// (rows demonym and not-demonym).
	demonyms map[string]bool
	// demonymEnds holds the endings of demonyms ("ian", "ienne"), and
	// peopleEnds those of the plural of a town's people ("ois").
	demonymEnds, peopleEnds []string
	// notPeople holds the words that end like a people and are none
	// ("marais").
	notPeople map[string]bool
	// compounds holds the words that, after a demonym and a hyphen, make
	// an adjective ("led": "Kurdish-led"), and compoundEnds their endings
	// ("ed": "Turkish-backed"): rows compound of demonyms.tsv.
	compounds    map[string]bool
	compoundEnds []string
	// roadNouns maps a road noun of roadnouns.tsv to its flag pair: it
	// names a road by the towns written right after it ("l'axe
	// Gao-Ansongo").
	roadNouns map[string]bool
	// pairBefore holds the road nouns of roadnouns.tsv flagged before:
	// they name a road by the two towns written right before them, which
	// local news joins with a plain hyphen ("the Isiolo-Marsabit
	// highway").
	pairBefore map[string]bool
	// lists maps a word of lists.tsv to its roles in a list of names.
	lists map[string]listRole
}

// listRole is a set of the roles of a word in a list of names, the second
// column of lists.tsv.
type listRole uint16

// The roles of lists.tsv.
const (
	listAnd         listRole = 1 << iota // closes a list ("and", "et")
	listPreposition                      // repeats the first member's preposition ("in Gao and in Kidal")
	listArticle                          // opens a member's kind ("the village of X")
	listOf                               // joins a kind or a noun of places to the name ("of", "de")
	listDwellers                         // dwellers, parts or officials of a place ("residents")
	listPlaces                           // a noun that says the names after it are places ("towns")
	listShared                           // after a list, the phrase after holds for all ("both")
	listCount                            // after a shared word, the number of members ("deux")
	listLocated                          // a participle among shared words ("located", "situés")
	listPlural                           // a plural verb right after a list says it of all ("lie", "sont")
	listFiller                           // a word that may stand among shared words ("both of which", "tous les deux")
	listRespective                       // shares out one value of a list of numbers to each member, in order ("respectively")
)

// listRoles names the roles of lists.tsv.
var listRoles = map[string]listRole{"and": listAnd, "preposition": listPreposition, "article": listArticle,
	"of": listOf, "dwellers": listDwellers, "places": listPlaces, "shared": listShared, "count": listCount,
	"located": listLocated, "plural": listPlural, "filler": listFiller, "respective": listRespective}

// listRoleOf returns the language of the first language whose lists.tsv
// gives w the role x, or nil.
func listRoleOf(w string, x listRole) *language {
	for _, l := range langs().all {
		if l.rules.lists[w]&x != 0 {
			return l
		}
	}
	return nil
}

// isListWord reports whether w has the role x in a list of names in any
// language: a row of a lists.tsv.
func isListWord(w string, x listRole) bool { return listRoleOf(w, x) != nil }

// readWordRules reads the word rules of the folder dir (ending in "/")
// of fsys into w; a missing file leaves its rule empty.
func readWordRules(fsys fs.FS, dir string, w *wordRules) error {
	w.demonyms, w.notPeople, w.compounds, w.roadNouns, w.lists = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]listRole{}
	w.pairBefore = map[string]bool{}
	if err := readDemonyms(fsys, dir, w); err != nil {
		return err
	}
	if _, err := fs.Stat(fsys, dir+"lists.tsv"); err == nil {
		err = readTable(fsys, dir+"lists.tsv", 2, func(f []string) error {
			x, ok := listRoles[f[1]]
			switch {
			case !ok:
				return errBadValue(f[1])
			case w.lists[f[0]]&x != 0:
				return errDuplicate(f[0])
			}
			w.lists[f[0]] |= x
			return nil
		})
		if err != nil {
			return err
		}
	}
	if _, err := fs.Stat(fsys, dir+"roadnouns.tsv"); err != nil {
		return nil
	}
	return readTable(fsys, dir+"roadnouns.tsv", 2, func(f []string) error {
		var pair, before bool
		if err := flags(f[1], map[string]*bool{"pair": &pair, "before": &before}); err != nil {
			return err
		}
		if _, dup := w.roadNouns[f[0]]; dup || strings.Contains(f[0], " ") {
			return errDuplicate(f[0])
		}
		w.roadNouns[f[0]] = pair
		if before {
			w.pairBefore[f[0]] = true
		}
		return nil
	})
}

// readDemonyms reads the demonyms.tsv of the folder dir of fsys, if any,
// into w.
func readDemonyms(fsys fs.FS, dir string, w *wordRules) error {
	if _, err := fs.Stat(fsys, dir+"demonyms.tsv"); err != nil {
		return nil
	}
	ends := map[string]bool{}
	return readTable(fsys, dir+"demonyms.tsv", 2, func(f []string) error {
		word, end := f[0], strings.HasPrefix(f[0], "-")
		if end {
			word = word[1:]
		}
		if word == "" || strings.ContainsAny(word, " -'’") {
			return errBadValue(f[0])
		}
		switch {
		case end && (f[1] == "demonym" || f[1] == "people" || f[1] == "compound"):
			if ends[f[1]+" "+word] {
				return errDuplicate(f[0])
			}
			ends[f[1]+" "+word] = true
			switch f[1] {
			case "demonym":
				w.demonymEnds = append(w.demonymEnds, word)
			case "people":
				w.peopleEnds = append(w.peopleEnds, word)
			default:
				w.compoundEnds = append(w.compoundEnds, word)
			}
		case !end && f[1] == "compound":
			if w.compounds[word] {
				return errDuplicate(f[0])
			}
			w.compounds[word] = true
		case !end && (f[1] == "demonym" || f[1] == "not-demonym"):
			if _, dup := w.demonyms[word]; dup {
				return errDuplicate(f[0])
			}
			w.demonyms[word] = f[1] == "demonym"
		case !end && f[1] == "not-people":
			if w.notPeople[word] {
				return errDuplicate(f[0])
			}
			w.notPeople[word] = true
		default:
			return errBadValue(f[1])
		}
		return nil
	})
}

// demonym reports whether w (lower-cased, one word) is a demonym by the
// demonyms.tsv of l: a word listed as one, or, unless listed as none,
// a word ending in one of its endings after a stem of more than two
// bytes. Words with a hyphen or an apostrophe are none. listed reports
// whether the table names the word itself.
func (l *language) demonym(w string) (is, listed bool) {
	if strings.ContainsAny(w, "-'’") {
		return false, true
	}
	if is, ok := l.rules.demonyms[w]; ok {
		return is, true
	}
	for _, suf := range l.rules.demonymEnds {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true, false
		}
	}
	return false, false
}

// demonymCompound reports whether rest, the part of a hyphenated word
// after a demonym, makes the word an adjective by the demonyms.tsv of l
// (rows compound): a word listed ("led", "speaking") or one of more than
// three bytes with a listed ending ("backed").
func (l *language) demonymCompound(rest string) bool {
	if l.rules.compounds[rest] {
		return true
	}
	for _, suf := range l.rules.compoundEnds {
		if len(rest) > 3 && strings.HasSuffix(rest, suf) {
			return true
		}
	}
	return false
}

// townPeople reports whether w (lower-cased, one word), capitalised after
// "les", names the people of a town or region by the demonyms.tsv of l: it
// ends in one of the table's people endings after a stem of at least
// three letters, and is no common noun the table lists ("marais").
func (l *language) townPeople(w string) bool {
	if strings.ContainsAny(w, "-'’ ") || l.rules.notPeople[w] {
		return false
	}
	for _, suf := range l.rules.peopleEnds {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w[:len(w)-len(suf)]) >= 3 {
			return true
		}
	}
	return false
}
