package text

import (
	"embed"
	"strings"
	"sync"
)

// The lexicons of words that are never places live in lexicon/*.txt, one
// lower-cased entry a line, so that a reader of another language or region
// adds a line, not a branch of code.
//
//go:embed lexicon/*.txt
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
}

// loadLexicons reads the embedded files; it is called once, through lex.
var lex = sync.OnceValue(func() *lexicons {
	return &lexicons{
		agencies:      readLexicon("lexicon/agencies.txt"),
		peoples:       readLexicon("lexicon/peoples.txt"),
		demonyms:      readLexicon("lexicon/demonyms.txt"),
		organisations: readLexicon("lexicon/organisations.txt"),
	}
})

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

// isOrganisationName reports whether the lower-cased name n, words separated
// by single spaces, names an organisation ("islamic maghreb").
func isOrganisationName(n string) bool { return lex().organisations.has(n) }
