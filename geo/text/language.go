package text

import (
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// language is one language's tables of the words the relation grammar
// reads, each a file of lexicon/LANG/ read once: units of length
// (units.tsv), hedges (hedges.tsv), number words (numbers.tsv), vague
// amounts (amounts.tsv), verbs of place (verbs.tsv), prepositions
// (prepositions.tsv), road markers (roads.tsv), the parts of compass
// words (compass.tsv), the words of a range (ranges.tsv) and the nouns and
// verbs of events (events.tsv), the words of a distance phrase around its
// quantity (distance.tsv), the leads of nearness (near.tsv), the words
// that close a clause (clauses.tsv), the words of "between A and B"
// (between.tsv), those of a traveller's journey (travel.tsv), the units
// of time and the means of travel of a travel time (paces.tsv) and those
// that name a place by its role, a seat or capital (roles.tsv). The
// descriptor nouns (descriptors.tsv) sit beside them and are read by
// lexicon.go. A third language is a third folder of the same tables, named
// in langs. A lookup costs a map access and at most a phrase's few words,
// so the reader stays linear in the document's length.
type language struct {
	units   phrases[unit]
	hedges  phrases[hedge]
	numbers map[string]numberWord
	verbs   map[string]verb
	preps   map[string]preposition
	roads   phrases[struct{}]
	amounts phrases[vagueAmount]
	compass map[string]string // a part of a compass word and its letters: "nord" gives "N"
	// ranges holds the words of ranges.tsv; the grammar adds the language's
	// number reader (amountAt, frenchAmountAt).
	ranges rangeWords
	// events holds events.tsv: the nouns of what happens at a place
	// without being one ("attack", "embuscade") and the verbs that place
	// it ("took place", "a eu lieu").
	events phrases[event]
	// distance holds distance.tsv: the words of a distance phrase around
	// its quantity, piece by piece (distance.go).
	distance distanceWords
	// near holds near.tsv: the leads of nearness ("close to", "près
	// de") that nearIn reads.
	near nearWords
	// entry holds entry.tsv: the words a phrase of the language may
	// start at and the rules tried there (entry.go); nil when the
	// language has no such file and its phrases may start anywhere.
	entry map[string][]rule
	// clauses holds clauses.tsv: the words that close a clause or list
	// item ("and", "or"; "et", "ou", "mais"), which clauseEndAt reads.
	clauses map[string]bool
	// between holds between.tsv: the words of "between A and B" and their
	// roles (between.go).
	between betweenTable
	// travel holds travel.tsv: the words of a traveller's journey
	// (travel.go); empty in French, whose rules read no journey.
	travel travelTable
	// paces holds paces.tsv: the units of time a journey is measured in
	// and the means of travel with their top pace (pace.go).
	paces paceTable
	// roles holds roles.tsv: the words that name a place by its role,
	// the seat of a division or country ("provincial capital", "chef-lieu
	// de la province"), each with the kind of its container (role.go).
	roles phrases[string]
	// impacts holds impacts.tsv: the auxiliaries, degree words and
	// participles after a name that say the place suffered a disaster
	// ("X and Y were badly hit", « X et Y ont été inondés »; impact.go),
	// each with its class: "aux", "degree", "impact", "active", "report" (a
	// verb of a count, "X reports 12 new cases") or "river" (the
	// words after "the X" that make X a river: "burst its banks"). Empty when the
	// language has no such file.
	impacts phrases[string]
	// sets holds the plain word lists of the language (wordsets.go).
	sets [numWordSets]map[string]bool
	// rules holds the tables of the shapes of its words (wordrules.go).
	rules wordRules
	// neighbours holds neighbours.tsv: the leads of a list of the
	// neighbours of the place the text is about ("Nearby localities
	// include", "Les localités voisines sont"; neighbours.go).
	neighbours leadTrie[neighbourLead]
	// code names the language's folder of lexicon/ ("en", "fr"), and
	// with it its syntax (syntax.go); "" for a folder read outside langs.
	code string
}

// event is a row of events.tsv.
type event struct {
	verb    bool   // a verb that places the event ("took place"); else a noun or a preposition
	place   bool   // a preposition between an event noun and its place ("the attack on X")
	measure bool   // a word before an event's size ("magnitude", "M")
	site    bool   // a verb and the noun of the spot it happens at ("made landfall")
	scene   bool   // a verb of a mishap or an attack whose subject and verb name its scene ("sank", "a chaviré")
	lead    bool   // a word opening a phrase about a scene's subject before its verb ("carrying", "transportant")
	craft   bool   // a noun of a ship or an aircraft, a nameless place where a distance after it puts it ("boarded the tanker 120 nautical miles east of X")
	vehicle bool   // a vehicle on land, a nameless place where a distance after it puts it ("ambushed a convoy 40 km south of X"), with no name after it
	prefix  bool   // a ship's prefix, written in capitals before its name ("MV", "HMS"): the name is no place
	english string // for a noun or a site, the English noun: the feature of its nameless place
}

// vagueAmount is a row of amounts.tsv: words that stand for a number ("a
// few", "several", "half a").
type vagueAmount struct {
	lo, hi float64 // the range of the number
	hedge  string  // the English hedge Relation.Hedge then holds, "" for none
}

// unit is a row of units.tsv: a unit of length.
type unit struct {
	name  string  // normalised, as Relation.Unit holds it: "km", "mi", "m", "nmi", "lea"
	km    float64 // its length in kilometres
	cut   bool    // capitalised after a number, it is the unit, not a name ("21 Kilomètres")
	exact bool    // a unit only when written exactly so ("m", never "M")
	sea   bool    // the nautical mile in a text about the sea (seawords.tsv): French « milles »
}

// hedge is a row of hedges.tsv: words before a number that loosen or bound
// it.
type hedge struct {
	english string // the English hedge Relation.Hedge holds and geo/locate reads
	dot     bool   // an abbreviation that takes a glued point along ("approx.")
	before  bool   // French: may also stand before "à" ("environ à 12 km")
	after   bool   // French: may also stand after the unit ("12 km environ", "5 km à peine")
	elides  bool   // French: its last word is elided onto the number's article ("plus d'une dizaine")
	trail   bool   // English: written right after the number, hyphenated or not, never before it ("30-odd km")
}

// numberWord is a row of numbers.tsv: a number word and its value.
type numberWord struct {
	value float64
	class string // "unit" (0-9), "teen" (10-19), "ten" (20, 30 ... 90), "hundred", "thousand", "dozen", "round" (French "dizaine": about ten)
}

// verb is a row of verbs.tsv: a verb or auxiliary that may sit between a
// place and the relation said of it ("is", "lies", "located", "se
// trouve").
type verb struct {
	finite bool // after a comma, returns to the main clause ("X, which ..., is 50 km")
	lead   bool // a participle that may open a sentence and place its subject ("Located 20 km north of X, ...")
	in     bool // before "in", places its subject there now ("Gao is in Mali"), unlike "was in"
	border bool // may follow a border that opens the sentence and is the subject of a distance ("the border lies 5 km north of X")
	act    bool // an act done at a place ("drilled", "installed"): after a copula it is a passive, and a name after it is where the act was done
}

// preposition is a row of prepositions.tsv.
type preposition struct {
	stop  bool // ends the search for a relation's subject
	intro bool // before a capitalised name, evidence that the name is a place ("in Mali", "reached Satin")
	where bool // after a verb of place, opens a phrase of where exactly ("stands on a wooded ridge")
	kind  bool // after a kind of place, opens a phrase qualifying the kind ("the X camp for displaced persons")
	place bool // before a word that is also a people or a language, makes it a place ("at Berber", "near Kikuyu")
	// second, after the kind of an apposition to a name, opens a second
	// kind that a distance after it does not place ("X, a stone hut with
	// a spring 11 km north of Y" places X)
	second bool
}

// phrase is one row of a table of words that may span several tokens.
type phrase[T any] struct {
	words []string // lower-cased, the first included
	row   T
}

// phrases maps the first word of each phrase to its rows, longest first,
// so that the longest phrase written wins ("just over" before "just").
type phrases[T any] map[string][]phrase[T]

// add puts a row under its words (separated by single spaces).
func (p phrases[T]) add(words string, row T) {
	ws := strings.Split(words, " ")
	p[ws[0]] = append(p[ws[0]], phrase[T]{ws, row})
	slices.SortStableFunc(p[ws[0]], func(a, b phrase[T]) int { return len(b.words) - len(a.words) })
}

// has reports whether words (separated by single spaces) is a row of p.
func (p phrases[T]) has(words string) bool {
	ws := strings.Split(words, " ")
	for _, ph := range p[ws[0]] {
		if slices.Equal(ph.words, ws) {
			return true
		}
	}
	return false
}

// phraseAt returns the row of the longest phrase of p written at token j,
// and the token after it. With lower, every word must be written in lower
// case (hedges: "About" opening a sentence is not read here); else any
// case matches and a word may be punctuation ("( by road )").
func phraseAt[T any](r *reader, p phrases[T], j, b int, lower bool) (T, int, bool) {
	var zero T
	if j < 0 || j >= b {
		return zero, j, false
	}
	for _, ph := range p[r.toks[j].lower] {
		ok := true
		for k, w := range ph.words {
			if lower && r.lowerWord(j+k, b) != w || !lower && !r.is(j+k, b, w) {
				ok = false
				break
			}
		}
		if ok {
			return ph.row, j + len(ph.words), true
		}
	}
	return zero, j, false
}

// languages holds the tables of every language the reader knows, read once
// and never written after.
type languages struct {
	en, fr *language
	// all lists every language, English first, for the words the reader
	// takes in any language (a sentence's language is not told first).
	all []*language
	// entry lists every language in the order parseAt tries them at a
	// token: those whose phrases start only at the words of their
	// entry.tsv first, so that their own words are read by their own
	// rules before the rules of a language that starts anywhere.
	entry []*language
	// sets holds, for each word set, the union of every language's
	// (anyHas): one map access whatever the number of languages.
	sets [numWordSets]map[string]bool
}

// langs reads the embedded tables; a malformed table is a build defect
// and panics at first use (TestLanguageTables reads every one).
var langs = sync.OnceValue(func() *languages {
	l := &languages{en: mustLanguage("en"), fr: mustLanguage("fr")}
	l.all = []*language{l.en, l.fr}
	for _, x := range l.all {
		if x.entry != nil {
			l.entry = append(l.entry, x)
		}
	}
	for _, x := range l.all {
		if x.entry == nil {
			l.entry = append(l.entry, x)
		}
	}
	for s := range l.sets {
		l.sets[s] = map[string]bool{}
		for _, x := range l.all {
			for w := range x.sets[s] {
				l.sets[s][w] = true
			}
		}
	}
	return l
})

// mustLanguage reads lexicon/code/ and panics on a defect.
func mustLanguage(code string) *language {
	l, err := readLanguage(lexiconFiles, "lexicon/"+code)
	if err != nil {
		panic(err)
	}
	l.code = code
	return l
}

// readLanguage reads the tables of the folder dir of fsys. Each is a file of lines
// of tab-separated columns; blank lines and lines starting with "#" are
// skipped; words are lower case with single spaces between the words of a
// phrase. A wrong number of columns, a bad value, an unknown flag or a
// duplicate row is an error.
func readLanguage(fsys fs.FS, dir string) (*language, error) {
	l := &language{
		units:   phrases[unit]{},
		hedges:  phrases[hedge]{},
		numbers: map[string]numberWord{},
		verbs:   map[string]verb{},
		preps:   map[string]preposition{},
		roads:   phrases[struct{}]{},
		amounts: phrases[vagueAmount]{},
		compass: map[string]string{},
		events:  phrases[event]{},
		clauses: map[string]bool{},
		between: betweenTable{},
		travel:  travelTable{goes: map[string]bool{}, names: map[string]bool{}, times: map[string]bool{}, further: map[string]bool{}, there: map[string]bool{}, ways: map[string]bool{}, brings: map[string]bool{}, next: map[string]bool{}, owners: map[string]bool{}, bounds: map[string]bool{}, wayPreps: map[string]bool{}, courses: map[string]bool{}, onward: map[string]bool{}, goals: map[string]bool{}, passing: map[string]bool{}, back: map[string]bool{}, keeps: map[string]bool{}, bare: map[string]bool{}},
		roles:   phrases[string]{},
		impacts: phrases[string]{},
		paces:   paceTable{times: phrases[float64]{}, means: phrases[float64]{}},
	}
	dir += "/"
	readTable := func(name string, n int, row func([]string) error) error {
		return readTable(fsys, name, n, row)
	}
	err := readTable(dir+"units.tsv", 4, func(f []string) error {
		u := unit{name: f[1]}
		km, err := strconv.ParseFloat(f[2], 64)
		if err != nil || !(km > 0) {
			return errBadValue(f[2])
		}
		u.km = km
		if err := flags(f[3], map[string]*bool{"cut": &u.cut, "exact": &u.exact, "sea": &u.sea}); err != nil {
			return err
		}
		if l.units.has(f[0]) {
			return errDuplicate(f[0])
		}
		l.units.add(f[0], u)
		return nil
	})
	if err == nil {
		err = readTable(dir+"hedges.tsv", 3, func(f []string) error {
			h := hedge{english: f[1]}
			if err := flags(f[2], map[string]*bool{"dot": &h.dot, "before": &h.before, "after": &h.after, "elides": &h.elides, "trail": &h.trail}); err != nil {
				return err
			}
			if l.hedges.has(f[0]) {
				return errDuplicate(f[0])
			}
			l.hedges.add(f[0], h)
			return nil
		})
	}
	if err == nil {
		err = readTable(dir+"numbers.tsv", 3, func(f []string) error {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil || v < 0 {
				return errBadValue(f[1])
			}
			switch f[2] {
			case "unit", "teen", "ten", "hundred", "thousand", "dozen", "round":
			default:
				return errBadValue(f[2])
			}
			if _, dup := l.numbers[f[0]]; dup {
				return errDuplicate(f[0])
			}
			l.numbers[f[0]] = numberWord{v, f[2]}
			return nil
		})
	}
	if err == nil {
		err = readTable(dir+"verbs.tsv", 2, func(f []string) error {
			var v verb
			if err := flags(f[1], map[string]*bool{"finite": &v.finite, "lead": &v.lead, "in": &v.in, "border": &v.border, "act": &v.act}); err != nil {
				return err
			}
			if _, dup := l.verbs[f[0]]; dup {
				return errDuplicate(f[0])
			}
			l.verbs[f[0]] = v
			return nil
		})
	}
	if err == nil {
		err = readTable(dir+"prepositions.tsv", 2, func(f []string) error {
			var p preposition
			if err := flags(f[1], map[string]*bool{"stop": &p.stop, "intro": &p.intro, "where": &p.where, "kind": &p.kind, "place": &p.place, "second": &p.second}); err != nil {
				return err
			}
			if _, dup := l.preps[f[0]]; dup {
				return errDuplicate(f[0])
			}
			l.preps[f[0]] = p
			return nil
		})
	}
	if err == nil {
		err = readTable(dir+"roads.tsv", 1, func(f []string) error {
			if l.roads.has(f[0]) {
				return errDuplicate(f[0])
			}
			l.roads.add(f[0], struct{}{})
			return nil
		})
	}
	if err == nil {
		err = readTable(dir+"amounts.tsv", 4, func(f []string) error {
			lo, err1 := strconv.ParseFloat(f[1], 64)
			hi, err2 := strconv.ParseFloat(f[2], 64)
			if err1 != nil || err2 != nil || !(0 <= lo && lo <= hi) {
				return errBadValue(f[1] + "-" + f[2])
			}
			a := vagueAmount{lo, hi, f[3]}
			if a.hedge == "-" {
				a.hedge = ""
			}
			if l.amounts.has(f[0]) {
				return errDuplicate(f[0])
			}
			l.amounts.add(f[0], a)
			return nil
		})
	}
	if err == nil {
		err = readTable(dir+"compass.tsv", 2, func(f []string) error {
			if _, _, ok := compassAzimuth(f[1]); !ok {
				return errBadValue(f[1])
			}
			if _, dup := l.compass[f[0]]; dup {
				return errDuplicate(f[0])
			}
			l.compass[f[0]] = f[1]
			return nil
		})
	}
	if err == nil {
		err = readTable(dir+"events.tsv", 3, func(f []string) error {
			ev := event{verb: f[1] == "verb", place: f[1] == "place", measure: f[1] == "measure", site: f[1] == "site",
				scene: f[1] == "scene", lead: f[1] == "lead", craft: f[1] == "craft", vehicle: f[1] == "vehicle", prefix: f[1] == "prefix", english: f[2]}
			switch {
			case f[1] != "verb" && f[1] != "noun" && f[1] != "place" && f[1] != "measure" && f[1] != "site" && f[1] != "scene" && f[1] != "lead" && f[1] != "craft" && f[1] != "vehicle" && f[1] != "prefix":
				return errBadValue(f[1])
			case ev.scene && f[2] != "-" && f[2] != "sea",
				!ev.scene && (ev.verb || ev.place || ev.measure || ev.lead || ev.prefix) != (f[2] == "-"),
				!ev.verb && !ev.site && !ev.scene && strings.Contains(f[0], " "), ev.site && !strings.Contains(f[0], " "):
				return errBadValue(f[0] + " " + f[2])
			case l.events.has(f[0]):
				return errDuplicate(f[0])
			}
			l.events.add(f[0], ev)
			return nil
		})
	}
	if _, serr := fs.Stat(fsys, dir+"impacts.tsv"); err == nil && serr == nil {
		err = readTable(dir+"impacts.tsv", 2, func(f []string) error {
			switch {
			case f[1] != "aux" && f[1] != "degree" && f[1] != "impact" && f[1] != "active" && f[1] != "report" && f[1] != "river":
				return errBadValue(f[1])
			case l.impacts.has(f[0]):
				return errDuplicate(f[0])
			}
			l.impacts.add(f[0], f[1])
			return nil
		})
	}
	if err == nil {
		err = readTable(dir+"near.tsv", 2, func(f []string) error { return readNear(&l.near, f) })
	}
	if err == nil {
		err = readTable(dir+"neighbours.tsv", 2, func(f []string) error { return readNeighbours(&l.neighbours, f) })
	}
	if err == nil {
		err = readTable(dir+"clauses.tsv", 1, func(f []string) error {
			if strings.Contains(f[0], " ") {
				return errBadValue(f[0])
			}
			if l.clauses[f[0]] {
				return errDuplicate(f[0])
			}
			l.clauses[f[0]] = true
			return nil
		})
	}
	if err == nil {
		err = readTable(dir+"roles.tsv", 2, func(f []string) error {
			if !roleKinds[f[1]] {
				return errBadValue(f[1])
			}
			if l.roles.has(f[0]) {
				return errDuplicate(f[0])
			}
			l.roles.add(f[0], f[1])
			return nil
		})
	}
	if err == nil {
		err = readTable(dir+"between.tsv", 2, func(f []string) error {
			switch {
			case !betweenRoles[f[1]]:
				return errBadValue(f[1])
			case strings.Contains(f[0], " "):
				return errBadValue(f[0]) // the rule reads one word at a time
			case l.between[f[0]] != "":
				return errDuplicate(f[0])
			}
			l.between[f[0]] = f[1]
			return nil
		})
	}
	if err == nil {
		err = readTable(dir+"travel.tsv", 2, func(f []string) error { return readTravel(&l.travel, f) })
		// Longest first: "to reach" is tried before "to".
		slices.SortStableFunc(l.travel.reach, func(a, b []string) int { return len(b) - len(a) })
		slices.SortStableFunc(l.travel.after, func(a, b []string) int { return len(b) - len(a) })
		slices.SortStableFunc(l.travel.starts, func(a, b []string) int { return len(b) - len(a) })
		slices.SortStableFunc(l.travel.departs, func(a, b []string) int { return len(b) - len(a) })
		slices.SortStableFunc(l.travel.halts, func(a, b []string) int { return len(b) - len(a) })
		slices.SortStableFunc(l.travel.passes, func(a, b []string) int { return len(b) - len(a) })
		slices.SortStableFunc(l.travel.headings, func(a, b []string) int { return len(b) - len(a) })
	}
	if err == nil {
		err = readTable(dir+"paces.tsv", 3, func(f []string) error { return readPace(&l.paces, f) })
	}
	if err == nil {
		roles := map[string]*string{"between": &l.ranges.between, "and": &l.ranges.and,
			"from": &l.ranges.from, "to": &l.ranges.to, "or": &l.ranges.or}
		err = readTable(dir+"ranges.tsv", 2, func(f []string) error {
			p, ok := roles[f[1]]
			switch {
			case !ok:
				return errBadValue(f[1])
			case *p != "":
				return errDuplicate(f[1])
			}
			*p = f[0]
			return nil
		})
		for role, p := range roles {
			if err == nil && *p == "" {
				err = tableError("text: " + dir + "ranges.tsv: no word for " + role)
			}
		}
	}
	if err == nil {
		l.distance, err = readDistanceWords(fsys, dir)
	}
	if err == nil {
		err = readWordSets(fsys, dir, &l.sets)
	}
	if err == nil {
		err = readWordRules(fsys, dir, &l.rules)
	}
	if _, serr := fs.Stat(fsys, dir+"entry.tsv"); err == nil && serr == nil {
		l.entry = map[string][]rule{}
		err = readTable(dir+"entry.tsv", 2, func(f []string) error { return readEntry(l.entry, f) })
	}
	return l, err
}

// tableError is a defect in one line of a table.
type tableError string

func (e tableError) Error() string { return string(e) }

func errBadValue(v string) error  { return tableError("bad value " + strconv.Quote(v)) }
func errDuplicate(w string) error { return tableError("duplicate row " + strconv.Quote(w)) }

// readTable calls row with the columns of every line of the file name of
// fsys, which must have n columns and a first column of lower-case words
// separated by single spaces.
func readTable(fsys fs.FS, name string, n int, row func([]string) error) error {
	return readRows(fsys, name, n, func(f []string) error {
		if f[0] != strings.ToLower(f[0]) || strings.Join(strings.Fields(f[0]), " ") != f[0] {
			return tableError("words not lower case with single spaces")
		}
		return row(f)
	})
}

// readRows calls row with the columns of every line of the file name of
// fsys that is neither blank nor a comment (#), each of which must have n
// columns; an error names the file, the line and its text.
func readRows(fsys fs.FS, name string, n int, row func([]string) error) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return tableError("text: " + err.Error())
	}
	for i, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimRight(line, "\r"); strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n {
			err = tableError("want " + strconv.Itoa(n) + " columns")
		} else {
			err = row(f)
		}
		if err != nil {
			return tableError("text: " + name + ":" + strconv.Itoa(i+1) + ": " + err.Error() + ": " + strconv.Quote(line))
		}
	}
	return nil
}

// flags sets the booleans named in a comma-separated list ("-" for none).
func flags(list string, set map[string]*bool) error {
	if list == "-" {
		return nil
	}
	for _, f := range strings.Split(list, ",") {
		p, ok := set[f]
		if !ok {
			return tableError("unknown flag " + strconv.Quote(f))
		}
		*p = true
	}
	return nil
}

// word returns the row of the one-word phrase w.
func (p phrases[T]) word(w string) (T, bool) {
	for _, ph := range p[w] {
		if len(ph.words) == 1 {
			return ph.row, true
		}
	}
	var zero T
	return zero, false
}

// unitIn returns the longest unit of length of any language written at
// token j (a unit is read whatever the sentence's language: "12 miles"
// in French, "12 kilomètres" in English), and the token after it.
func unitIn(r *reader, j, b int) (unit, int, bool) {
	var best unit
	end, found := j, false
	for _, l := range langs().all {
		if u, k, ok := phraseAt(r, l.units, j, b, false); ok && k > end {
			best, end, found = u, k, true
		}
	}
	return best, end, found
}
