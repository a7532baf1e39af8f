package text

import (
	"io/fs"
	"strings"
)

// The words of a distance phrase around its quantity are the language's
// distance.tsv (distanceWords), one piece a value of its second column:
// "at a distance of" and "une distance de" open the quantity, "of" and
// "de" link the object.

// distanceWord is a row of lexicon/LANG/distance.tsv, whose header
// explains the pieces and flags.
type distanceWord struct {
	hedge   string // measure, lead: the English hedge the words give ("qu'à" gives "only")
	hedged  bool   // lead: a hedge flagged before may stand right before it ("environ à 12 km")
	words   bool   // link: only compass words follow, no abbreviation ("towards East")
	of      bool   // link: an of-word must follow the compass ("towards East from X")
	article bool   // link: the compass follows with an elided article ("à l'est")
	elided  bool   // of, from: glued to the object's first word ("d'Agadez")
	beside  bool   // from: a road named by its towns after it is what the distance is off
	within  bool   // from: read only after a hedge "within" ("within 5 km of X")
	road    bool   // from: the distance is by road ("up the road from X")
}

// distanceWords holds one language's distance.tsv, a table of phrases for
// each piece of the phrase.
type distanceWords struct {
	measures phrases[distanceWord] // "at a distance of", "une distance de"
	leads    phrases[distanceWord] // "à", "qu'à", "distant de"
	unhedge  phrases[distanceWord] // "ainsi" ("ainsi qu'à 20 km": as well as, not only)
	crow     phrases[distanceWord] // "as the crow flies", "à vol d'oiseau"
	pause    phrases[distanceWord] // ","
	adverbs  phrases[distanceWord] // "further", "directly"
	links    phrases[distanceWord] // "to the", "towards", "au", "à" (l'est)
	of       phrases[distanceWord] // "of", "from", "de", "d'"
	away     phrases[distanceWord] // "away", "far"
	from     phrases[distanceWord] // "from", "outside", "off", "de"
	river    phrases[distanceWord] // "upstream", "en aval"
}

// readDistanceWords reads the distance.tsv of the folder dir of fsys.
func readDistanceWords(fsys fs.FS, dir string) (distanceWords, error) {
	w := distanceWords{}
	pieces := map[string]*phrases[distanceWord]{
		"measure": &w.measures, "lead": &w.leads, "unhedge": &w.unhedge, "crow": &w.crow,
		"pause": &w.pause, "adverb": &w.adverbs, "link": &w.links, "of": &w.of,
		"away": &w.away, "from": &w.from, "river": &w.river,
	}
	for _, p := range pieces {
		*p = phrases[distanceWord]{}
	}
	err := readTable(fsys, dir+"distance.tsv", 4, func(f []string) error {
		p, ok := pieces[f[1]]
		if !ok {
			return errBadValue(f[1])
		}
		d := distanceWord{hedge: f[2]}
		if d.hedge == "-" {
			d.hedge = ""
		}
		if err := flags(f[3], map[string]*bool{"hedged": &d.hedged, "words": &d.words, "of": &d.of,
			"article": &d.article, "elided": &d.elided, "beside": &d.beside, "within": &d.within,
			"road": &d.road}); err != nil {
			return err
		}
		if d.elided && (strings.Contains(f[0], " ") || !strings.HasSuffix(f[0], "'")) {
			return errBadValue(f[0]) // an elided word is one word ending in its apostrophe: "d'"
		}
		if p.has(f[0]) {
			return errDuplicate(f[0])
		}
		p.add(f[0], d)
		return nil
	})
	return w, err
}

// linkWordAt reads a word of p at token k: an of-word or from-word before
// an object ("of", "out of", "de", "du"), or one glued to the object by an
// apostrophe ("d'Agadez", a row flagged elided). It returns the row and the
// token where the object starts.
func (r *reader) linkWordAt(p phrases[distanceWord], k, b int) (distanceWord, int, bool) {
	if row, e, ok := phraseAt(r, p, k, b, false); ok && !row.elided {
		return row, e, true
	}
	if w := r.word(k, b); elidedLen(w) > 0 {
		if row, ok := p.word(w[:1] + "'"); ok && row.elided {
			return row, k, true
		}
	}
	return distanceWord{}, k, false
}

// ofAt reads an of-word of language l at token k ("of", "from", "de",
// "du", "d'Agadez") and returns the token where the object starts.
func (r *reader) ofAt(l *language, k, b int) (int, bool) {
	_, o, ok := r.linkWordAt(l.distance.of, k, b)
	return o, ok
}
