package text

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
)

// The lexicons live in lexicon/: words that are never places in
// lexicon/*.txt, one lower-cased entry a line, and each language's table of
// descriptor nouns in lexicon/LANG/, so that a reader of another language
// or region adds lines, not branches of code.
//
//go:embed lexicon/*.txt lexicon/*.tsv lexicon/en lexicon/fr lexicon/repair
var lexiconFiles embed.FS

// lexicon is a set of lower-cased entries read from one file of lexicon/.
type lexicon map[string]struct{}

// has reports whether w (lower-cased) is in l.
func (l lexicon) has(w string) bool {
	_, ok := l[w]
	return ok
}

// lexicons holds every lexicon, read once and never written after.
type lexicons struct {
	agencies, peoples, demonyms, organisations lexicon
	// periods holds lexicon/periods.txt: archaeological periods and
	// cultures that are no places ("iron age", "neolithic").
	periods lexicon
	// orgSuffixes holds lexicon/orgsuffixes.txt: endings of compound words
	// for an association ("turistföreningen", "alpenverein"), sorted.
	orgSuffixes []string
	// workSuffixes holds lexicon/worksuffixes.txt: endings of compound
	// words for a book ("bók" in "Landnámabók"), sorted.
	workSuffixes []string
	// folkNames holds lexicon/folknames.txt: peoples whose name a
	// country or a town bears too ("tonga").
	folkNames lexicon
	// particles holds the one-word rows of lexicon/particles.tsv, the
	// particles that join two capitalised words in one name ("del"), and
	// particlePairs its two-word rows, which join only together ("de
	// la").
	particles     map[string]bool
	particlePairs map[[2]string]bool
	// names holds place names with lower-case words inside, as word
	// lists ("république démocratique du congo").
	names [][]string
	// races holds lexicon/races.txt: races named after the towns they
	// join, one lower-cased name a line, its dashes as words ("paris -
	// roubaix"), the longest first.
	races [][]string
	// en and fr are the descriptor tables of English and French.
	en, fr descriptorTable
	// admin holds the English features of administrative areas.
	admin lexicon
	// roadHeads holds lexicon/en/roadheads.txt: the last words of a
	// numbered road's name ("Route", "Highway", "Interstate").
	roadHeads lexicon
	// townParts holds lexicon/en/towncentres.txt: the capitalised words
	// after a town's name that name a part of it ("Lusaka CBD").
	townParts lexicon
	// kindsAfter holds the rows of lexicon/en/kindsafter.tsv without
	// the flag skip: the kinds of place written after a name that are no
	// descriptor noun ("trading centre", "barracks"), each with its
	// feature.
	kindsAfter phrases[string]
	// trailing holds the rows of lexicon/en/kindsafter.tsv flagged skip:
	// the one-word kinds written after a name ("region", "valley") that
	// are skipped after an object or a container.
	trailing map[string]bool
	// bareKinds holds the rows of lexicon/en/kindsafter.tsv flagged bare:
	// natural kinds read only right after a name with no article, before
	// a relation ("at Kibenge hill, 18 km from X"), neither spot kinds nor
	// name heads.
	bareKinds map[string]bool
	// localKinds holds lexicon/en/localkinds.tsv: the words of other
	// languages written before a name to say its kind ("Barangay",
	// "Desa").
	localKinds map[string]localKind
	// kindGroups holds lexicon/en/kindgroups.tsv: the group of each
	// English feature that names a landform under several words
	// ("massif" and "mount" are both "relief").
	kindGroups map[string]string
	// leadKinds holds lexicon/en/leadkinds.tsv: the words of other
	// languages that open a landform's name ("Cerro", "Laguna"), each
	// with the English nouns that may later stand for it ("hill").
	leadKinds map[string][]string
	// backRefs holds lexicon/en/backrefs.tsv: for each kind noun a later
	// clause may write ("the property", « le permis »), the kinds of
	// named place it may stand for (kindBackRef).
	backRefs map[string]backRefRow
	// ordinals holds lexicon/en/ordinals.tsv and lexicon/fr/ordinals.tsv:
	// the rank of the named place "the first" or « le second » stands
	// for (formerOrLatterAt).
	ordinals map[string]ordinalRank
	// common holds the common English words that name no place in the
	// gazetteer (lexicon/en/common.txt.gz, written by
	// data/common-words.js), sorted bytewise.
	common []string
	// placeWords holds the common English words that some place of the
	// gazetteer bears ("snow", "hope"; lexicon/en/placewords.txt.gz,
	// written by data/common-words.js), sorted bytewise.
	placeWords []string
}

// descriptor is one row of a language's table of descriptor nouns.
type descriptor struct {
	feature string // the English feature it gives Mention.Feature
	anaphor bool   // "the W" / "le W" may stand for the topic
	at      bool   // "the W at X" names X
	// own: a landmark's kind whose name may follow the article contracted
	// with « de » (« le lac du Bourget », « le col du Galibier », « la
	// plage des Salins »): the name is the place's own, not a container's
	// (« le village du Mali » is a village of Mali).
	own bool
	// anyKind: "the W" may stand for a topic of any kind, as the remains
	// of a place stand for it ("Great Zimbabwe is a medieval city ... The
	// ruins lie 27 km south-east of Masvingo", "the site", "the tell").
	anyKind bool
	// bare: the kind is given only to a name that follows it bare or
	// with its own article (« la chapelle Saint-Roch », « la chapelle
	// du Calvaire »); « la chapelle de Séez » is the chapel of the town
	// Séez, which keeps no kind of its own.
	bare bool
	// role: after a copula, with a complement after it or ending the
	// clause, the W says what the place serves as, not what kind it is:
	// "X is the base for the hike", "X is the starting point", « X est
	// le point de départ ».
	role bool
	// kindOnly: "the W" stands only for a place the text gave that kind,
	// never for a topic of no kind: « La mission a visité le camp de X »
	// is a team on a visit, not the site the text is about.
	kindOnly bool
}

// localKind is one row of lexicon/en/localkinds.tsv.
type localKind struct {
	feature string // the English feature the name gets when cut
	cut     bool   // read the name without the word; else the word is part of the name
}

// descriptorTable maps a lower-cased descriptor noun to its row.
type descriptorTable map[string]descriptor

// loadLexicons reads the embedded files; it is called once, through lex.
var lex = sync.OnceValue(func() *lexicons {
	kindsAfter, trailing, bareKinds := readKindsAfter("lexicon/en/kindsafter.tsv")
	particles, pairs := readParticles("lexicon/particles.tsv")
	return &lexicons{
		particles:     particles,
		particlePairs: pairs,
		kindsAfter:    kindsAfter,
		trailing:      trailing,
		bareKinds:     bareKinds,
		agencies:      readLexicon("lexicon/agencies.txt"),
		peoples:       readLexicon("lexicon/peoples.txt"),
		folkNames:     readLexicon("lexicon/folknames.txt"),
		demonyms:      readLexicon("lexicon/demonyms.txt"),
		organisations: readLexicon("lexicon/organisations.txt"),
		periods:       readLexicon("lexicon/periods.txt"),
		orgSuffixes:   slices.Sorted(maps.Keys(readLexicon("lexicon/orgsuffixes.txt"))),
		workSuffixes:  slices.Sorted(maps.Keys(readLexicon("lexicon/worksuffixes.txt"))),
		names:         readNames("lexicon/names.txt"),
		races:         readNames("lexicon/races.txt"),
		en:            readDescriptors("lexicon/en/descriptors.tsv", false),
		fr:            readDescriptors("lexicon/fr/descriptors.tsv", true),
		admin:         readLexicon("lexicon/en/admin.txt"),
		roadHeads:     readLexicon("lexicon/en/roadheads.txt"),
		townParts:     readLexicon("lexicon/en/towncentres.txt"),
		localKinds:    readLocalKinds("lexicon/en/localkinds.tsv"),
		kindGroups:    readKindGroups("lexicon/en/kindgroups.tsv"),
		leadKinds:     readLeadKinds("lexicon/en/leadkinds.tsv"),
		backRefs:      readBackRefs("lexicon/en/backrefs.tsv"),
		ordinals:      readOrdinals("lexicon/en/ordinals.tsv", "lexicon/fr/ordinals.tsv"),
		common:        readSorted("lexicon/en/common.txt.gz"),
		placeWords:    readSorted("lexicon/en/placewords.txt.gz"),
	}
})

// readSorted reads a gzip-compressed list of lower-cased words, one a line
// and sorted bytewise; a defect in it is a build defect and panics.
func readSorted(name string) []string {
	b, err := lexiconFiles.ReadFile(name)
	if err != nil {
		panic("text: " + err.Error())
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		panic("text: " + name + ": " + err.Error())
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		panic("text: " + name + ": " + err.Error())
	}
	words := strings.Fields(string(raw))
	if !slices.IsSorted(words) {
		panic("text: " + name + " is not sorted")
	}
	return words
}

// isPlaceWord reports whether the lower-cased word w is a common English
// word that some place bears ("snow", "rain", "hope", "reading").
func isPlaceWord(w string) bool {
	_, ok := slices.BinarySearch(lex().placeWords, w)
	return ok
}

// isCommonWord reports whether the lower-cased word w is a common English
// word that names no place the gazetteer holds ("insecurity", "cholera";
// not "reading" or "nice").
func isCommonWord(w string) bool {
	_, ok := slices.BinarySearch(lex().common, w)
	return ok
}

// readNames reads lexicon/names.txt: one lower-cased name a line, split
// into its words.
func readNames(name string) [][]string {
	var out [][]string
	for w := range readLexicon(name) {
		out = append(out, strings.Fields(w))
	}
	slices.SortFunc(out, func(a, b []string) int { return len(b) - len(a) }) // longest first
	return out
}

// readDescriptors parses a table of descriptor nouns: "word <tab> flags" in
// English (the feature is the word itself) and "word <tab> feature <tab>
// flags" when withFeature; flags are comma-separated, "-" for none. A
// malformed line is a build defect and panics at first use.
func readDescriptors(name string, withFeature bool) descriptorTable {
	b, err := lexiconFiles.ReadFile(name)
	if err != nil {
		panic("text: " + err.Error())
	}
	t := descriptorTable{}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		want := 2
		if withFeature {
			want = 3
		}
		if len(f) != want {
			panic("text: " + name + ": malformed line " + line)
		}
		d := descriptor{feature: f[0]}
		if withFeature {
			d.feature = f[1]
			if d.feature == "-" {
				d.feature = ""
			}
		}
		for _, fl := range strings.Split(f[len(f)-1], ",") {
			switch fl {
			case "anaphor":
				d.anaphor = true
			case "at":
				d.at = true
			case "own":
				d.own = true
			case "any":
				d.anyKind = true
			case "bare":
				d.bare = true
			case "role":
				d.role = true
			case "kind":
				d.kindOnly = true
			case "-":
			default:
				panic("text: " + name + ": unknown flag " + fl)
			}
		}
		t[f[0]] = d
	}
	return t
}

// readKindsAfter reads a table of kinds written after a name: "words
// <tab> feature <tab> flags". It returns the rows without the flag skip
// as phrases and the words of those with it as a set, then the words of
// the rows flagged bare as a set; a row flagged skip or bare is one word
// and its own feature. A defect is a build defect and panics
// at first use.
func readKindsAfter(name string) (phrases[string], map[string]bool, map[string]bool) {
	p, skipped, bare := phrases[string]{}, map[string]bool{}, map[string]bool{}
	err := readTable(lexiconFiles, name, 3, func(f []string) error {
		var skip, isBare bool
		if err := flags(f[2], map[string]*bool{"skip": &skip, "bare": &isBare}); err != nil {
			return err
		}
		switch {
		case p.has(f[0]) || skipped[f[0]] || bare[f[0]]:
			return errDuplicate(f[0])
		case (skip || isBare) && (f[1] != f[0] || strings.Contains(f[0], " ")) || skip && isBare:
			return errBadValue(f[1])
		case skip:
			skipped[f[0]] = true
		case isBare:
			bare[f[0]] = true
		default:
			p.add(f[0], f[1])
		}
		return nil
	})
	if err != nil {
		panic(err)
	}
	return p, skipped, bare
}

// readParticles reads a table of particles: one word a line, or two
// words that join only together. A defect is a build defect and panics
// at first use.
func readParticles(name string) (map[string]bool, map[[2]string]bool) {
	one, two := map[string]bool{}, map[[2]string]bool{}
	err := readTable(lexiconFiles, name, 1, func(f []string) error {
		ws := strings.Split(f[0], " ")
		switch {
		case len(ws) == 1 && !one[ws[0]]:
			one[ws[0]] = true
		case len(ws) == 2 && !two[[2]string{ws[0], ws[1]}]:
			two[[2]string{ws[0], ws[1]}] = true
		case len(ws) > 2:
			return errBadValue(f[0])
		default:
			return errDuplicate(f[0])
		}
		return nil
	})
	if err != nil {
		panic(err)
	}
	return one, two
}

// readKindGroups reads a table of features and their groups: "feature
// <tab> group", one word each. A defect is a build defect and panics at
// first use.
func readKindGroups(name string) map[string]string {
	t := map[string]string{}
	err := readTable(lexiconFiles, name, 2, func(f []string) error {
		switch {
		case strings.Contains(f[0], " "):
			return errBadValue(f[0])
		case f[1] == "" || strings.Contains(f[1], " "):
			return errBadValue(f[1])
		}
		if _, dup := t[f[0]]; dup {
			return errDuplicate(f[0])
		}
		t[f[0]] = f[1]
		return nil
	})
	if err != nil {
		panic(err)
	}
	return t
}

// readLocalKinds reads a table of words of other languages before a
// name: "word <tab> feature <tab> cut|name". A defect is a build defect
// and panics at first use.
func readLocalKinds(name string) map[string]localKind {
	t := map[string]localKind{}
	err := readTable(lexiconFiles, name, 3, func(f []string) error {
		switch {
		case strings.Contains(f[0], " "):
			return errBadValue(f[0])
		case f[2] != "cut" && f[2] != "name":
			return errBadValue(f[2])
		}
		if _, dup := t[f[0]]; dup {
			return errDuplicate(f[0])
		}
		t[f[0]] = localKind{feature: f[1], cut: f[2] == "cut"}
		return nil
	})
	if err != nil {
		panic(err)
	}
	return t
}

// readLexicon parses one lexicon file: blank lines and lines starting with
// "#" are skipped, entries are trimmed and lower-cased. A missing file is a
// build defect and panics at first use.
func readLexicon(name string) lexicon {
	b, err := lexiconFiles.ReadFile(name)
	if err != nil {
		panic("text: " + err.Error())
	}
	l := lexicon{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.ToLower(strings.TrimSpace(line))
		if line == "" || line[0] == '#' {
			continue
		}
		l[line] = struct{}{}
	}
	return l
}

// isAgency reports whether the lower-cased word w names a news agency or
// outlet ("reuters", "afp").
func isAgency(w string) bool { return lex().agencies.has(w) }

// isPeople reports whether the lower-cased word w names a people, ethnic
// group or language ("quechua", "tuareg", "bambara").
func isPeople(w string) bool { return lex().peoples.has(w) }

// isPeopleOrDemonym reports whether w is a people or a nationality, in
// the singular or the plural in -s: "dogons", "congolais", "maliens".
func isPeopleOrDemonym(w string) bool {
	return isPeoplePlural(w) || isDemonym(w) || isDemonymPlural(w)
}

// isDemonymPlural reports whether w is the plural in -s of a nationality
// that names its people: "maliens", "nigériens", "somalis".
func isDemonymPlural(w string) bool {
	return isPlural(w) && isDemonym(w[:len(w)-1])
}

// isPeoplePlural reports whether w is a people of lexicon/peoples.txt or
// its plural in -s: "peuls", "dogons", "touaregs", "tuaregs".
func isPeoplePlural(w string) bool {
	return isPeople(w) || isPlural(w) && isPeople(w[:len(w)-1])
}

// isPlural reports whether w may be the plural in -s of a people or a
// nationality: longer than three letters, ending in "s", and not the
// name of a country that looks like one ("Laos" is no plural of "Lao").
func isPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && w != "laos"
}

// isOrganisationName reports whether the lower-cased name n, words separated
// by single spaces, names an organisation ("islamic maghreb").
func isOrganisationName(n string) bool { return lex().organisations.has(n) }

// isPeriodName reports whether the lower-cased name n, words separated by
// single spaces, is an archaeological period or culture of
// lexicon/periods.txt ("iron age", "late classic"), which names no place.
func isPeriodName(n string) bool { return lex().periods.has(n) }

// readLeadKinds reads lexicon/en/leadkinds.tsv: "word <tab> nouns", the
// word of another language that opens a landform's name and the English
// nouns that may later stand for the place. A defect is a build defect
// and panics at first use.
func readLeadKinds(name string) map[string][]string {
	t := map[string][]string{}
	err := readTable(lexiconFiles, name, 2, func(f []string) error {
		switch {
		case f[0] == "" || strings.Contains(f[0], " "):
			return errBadValue(f[0])
		case strings.TrimSpace(f[1]) == "":
			return errBadValue(f[1])
		}
		if _, dup := t[f[0]]; dup {
			return errDuplicate(f[0])
		}
		t[f[0]] = strings.Fields(f[1])
		return nil
	})
	if err != nil {
		panic(err)
	}
	return t
}
