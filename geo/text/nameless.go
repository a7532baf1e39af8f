package text

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Nameless subjects: "The camp is 60 km east of the Mauritanian border",
// "A military base lies 60 km east of Gao", "Le poste de contrôle est situé
// à 12 km de X". A descriptor noun of a located kind (a camp, base, well,
// village; not a region, border or capital) with an article and no name,
// opening a sentence as the subject of its verb of place, becomes a mention
// of its own (Mention.Nameless) when no named place can be what it stands
// for. The decision is taken when a relation phrase of the sentence finds
// no subject, or finds the topic through the words "the camp":
//
//  1. a definite phrase keeps the topic when the topic's kind agrees (a
//     "village" for "the town", a "camp" for "the camp") and the topic is
//     not the relation's object ("Gao is a town. The camp is 60 km east of
//     Gao" is not about Gao);
//  2. a definite phrase stands for the one place the document names with
//     the same noun ("the camp at Inabag", "the village of X", "le camp de
//     X"), wherever it does;
//  3. a definite phrase stands for the earlier nameless place of the same
//     kind ("A camp lies ... The camp is ...");
//  4. otherwise the phrase is a new nameless place, named by its words as
//     written ("The camp", "A military base").
//
// An event ("The attack took place ...", events.tsv) skips steps 1 and 2:
// it is no place the document names. A new "the attack" joins the scene an
// earlier sentence gave an event without placing it (noteScene, joinScene).

// namelessPhrase is a nameless descriptor phrase opening a sentence.
type namelessPhrase struct {
	a, b     int    // tokens [a, b): article, modifiers, noun and what follows it
	feature  string // the English feature of the head noun ("camp", "post")
	definite bool   // "the", "this", "le", "la", "l'", "ce"; not "a", "un"
	event    bool   // an event ("The attack took place ..."), never a named place or the topic
	craft    bool   // a ship or an aircraft (events.tsv, craft), on no coast
	owned    bool   // its words end with its owner's name, no place (« un poste des FAMa »; frenchOwnerBefore)
	sea      bool   // a mishap only on water ("The trawler sank"): at sea
	// poss: the phrase opens with a possessive ("Its snout", « Son
	// sommet »): a part of the topic when the head names a part of a
	// landform of the topic's group (lexicon/en/kindgroups.tsv).
	poss bool
	// mine: the phrase opens with a possessive of the first person ("our
	// hospital", « notre mission »): the writer's own place, which is
	// the one of its kind the text named before if any (kindBackRef).
	mine bool
	// numbered: a noun and its number that name the place as a name
	// does (« la cote 304 », « au camp 3 »): it is the object of the
	// clause's verb and the distance places it, not the clause's subject.
	numbered bool
	// junction: "the junction of the A40 and the A4215", named by the
	// roads it joins, whose names inside it are no places of their own.
	junction bool
}

// namelessState is what the nameless reading remembers over a document.
type namelessState struct {
	bySent  map[int]int    // first token of a nameless phrase -> the mention it stands for
	byKind  map[string]int // feature -> the first nameless mention of that kind
	named   map[string]int // feature -> the one name the document gives it, -2 when several
	feature map[string]string
	events  map[int]bool // the nameless mentions that are events
	crafts  map[int]bool // the nameless mentions that are ships or aircraft
	sea     map[int]bool // the nameless mentions of mishaps on water, which lie at sea
	added   bool
	// scene is where an earlier sentence put an event it did not place
	// otherwise ("Gunmen attacked a convoy near Tinabaw"), for a later
	// "the attack" that the text does place: the event is near it.
	scene      Relation
	sceneSent  int // the sentence of scene, -1 when none
	sceneTaken bool
	// lastEvent is the last nameless event or mishap added, in sentence
	// lastEventSent, -1 when none (lastEventBefore).
	lastEvent, lastEventSent int
	// verbSent-1 is the sentence whose scene verb sceneVerb last found,
	// at token verbAt.
	verbSent, verbAt int
}

// isNamelessKind reports whether a descriptor of the English feature f may
// be a located place without a name: a kind "the W" may stand for or that
// names a spot ("the camp at X"), not an administrative area.
func isNamelessKind(f string) bool {
	d, ok := lex().en[f]
	return ok && (d.anaphor || d.at) && !isAdminFeature(f)
}

// isSpotFeature reports whether f is the feature of a row of
// lexicon/en/kindsafter.tsv that is no descriptor noun elsewhere ("transit
// centre", "refinery", "polling station"): a spot that an indefinite
// phrase may name before a distance ("a transit centre 15 km north of X",
// « un centre de transit à 5 km de Y »), as "a camp" does.
func isSpotFeature(f string) bool {
	return spotFeatures()[f]
}

// spotFeatures holds the features of the rows of lexicon/en/kindsafter.tsv
// without the skip flag, read once.
var spotFeatures = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, phs := range lex().kindsAfter {
		for _, ph := range phs {
			out[ph.row] = true
		}
	}
	return out
})

// eventLastWords holds the last word of every phrase of every language's
// events.tsv ("quake", "landing" of "made an emergency landing"), read once.
var eventLastWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, l := range langs().all {
		for _, phs := range l.events {
			for _, ph := range phs {
				out[ph.words[len(ph.words)-1]] = true
			}
		}
	}
	return out
})

// kindAfterSpot reads a kind of lexicon/en/kindsafter.tsv of one or two
// lower-case words ending at token e of s ("transit centre", "refinery"),
// with no mention on it, where no phrase of events.tsv ends ("made an
// emergency landing"; "a fishing landing" is a spot). It returns its
// first token and its feature.
func (r *reader) kindAfterSpot(e int, s *sentence) (int, string, bool) {
	if w := r.lowerWord(e, s.b); eventLastWords()[w] && r.eventEndsAt(e, s.b) {
		return -1, "", false // "made an emergency landing 30 km east of X": an event
	}
	for h := e - 1; h <= e; h++ {
		if h <= s.a || r.lowerWord(h, s.b) == "" || r.at[h] >= 0 {
			continue
		}
		if fe, end, ok := phraseAt(r, lex().kindsAfter, h, s.b, true); ok && end == e+1 {
			return h, fe, true
		}
	}
	return -1, "", false
}

// frontedDemonstrative returns the topic that nameless phrase np stands
// for when it opens with a demonstrative ("this", « ce », « cette », «
// cet ») right after a comma that closes a fronted phrase naming no
// place ("Less visited than its neighbours, this granary stands …", «
// Moins connu que ses voisins, ce grenier se dresse … »), the topic is
// not obj, the place the sentence measures from, and its kind agrees
// with np's. It returns -1 otherwise.
func (r *reader) frontedDemonstrative(np namelessPhrase, s *sentence, obj int) int {
	t := r.topic
	if t < 0 && r.si > 0 && &r.sents[r.si] == s {
		// "Ksar Oum Tlili. Less visited …": the name that opened the
		// sentence before, a guide entry's title.
		if m, ok := r.openingName(&r.sents[r.si-1]); ok && !r.isContainer(m) && r.evidence(m) > EvidenceUnlikely {
			t = m
		}
	}
	if t < 0 || np.event || np.numbered || np.a-1 <= s.first || !r.is(np.a-1, s.b, ",") ||
		t == obj || obj >= 0 && r.sameNamed(t, obj) {
		return -1
	}
	switch r.lowerWord(np.a, s.b) {
	case "this", "ce", "cette", "cet":
	default:
		return -1
	}
	for j := s.first; j < np.a-1; j++ {
		if r.is(j, s.b, ",") || r.at[j] >= 0 && r.evidence(int(r.at[j])) > EvidenceUnlikely {
			return -1
		}
	}
	head := np.feature
	if i := lastSpace(head); i >= 0 {
		head = head[i+1:]
	}
	if !r.kindAgrees(t, head) {
		return -1
	}
	return t
}

// eventEndsAt reports whether a phrase of some language's events.tsv of
// up to four words ends at token e, before b: "made an emergency landing"
// does, "a fishing landing" (a spot where boats land their catch) does
// not.
func (r *reader) eventEndsAt(e, b int) bool {
	for h := max(e-3, 0); h <= e; h++ {
		for _, l := range langs().all {
			if _, end, ok := phraseAt(r, l.events, h, b, true); ok && end == e+1 {
				return true
			}
		}
	}
	return false
}

// sameNamed reports whether mentions m and o are one mention or bear one
// name (case aside): "the Mandya substation" and the Mandya that a later
// substation is measured from.
func (r *reader) sameNamed(m, o int) bool {
	return m == o || m >= 0 && o >= 0 && strings.EqualFold(r.mentions[m].Name, r.mentions[o].Name)
}

// kindOpensAt reports whether a kind of lexicon/en/kindsafter.tsv of
// two or more words starts at token j and ends before b: "site office",
// "field office", whose first word is a descriptor noun of its own.
func (r *reader) kindOpensAt(j, b int) bool {
	_, e, ok := phraseAt(r, lex().kindsAfter, j, b, true)
	return ok && e > j+1
}

// isSettlementKind reports whether f names a kind of inhabited place that
// another such kind may stand for ("the village" for a town).
func isSettlementKind(f string) bool {
	switch f {
	case "village", "town", "city", "hamlet", "settlement", "locality", "commune", "municipality",
		"community", "parish", "township":
		return true
	}
	return false
}

// actorClause reports whether the phrase at token ps lies in a relative
// clause of a name that is no place, a firm or a person, with no comma
// between: "The camp is run by Wilderness Safaris, which also operates
// lodges near Maun" says where the firm works, not where the camp is.
func (r *reader) actorClause(ps int, s *sentence) bool {
	for k := ps - 1; k > s.a; k-- {
		if r.is(k, s.b, ",") {
			return false
		}
		if isRelativeWord(r.lowerWord(k, s.b)) && r.is(k-1, s.b, ",") {
			m := r.mentionEndingAt(k-2, s.a)
			return m >= 0 && r.evidence(m) == EvidenceUnlikely
		}
	}
	return false
}

// personClause reports whether the phrase at token ps lies in a
// relative clause about people, opened by "who" or "whom" after a comma,
// with no comma between.
func (r *reader) personClause(ps int, s *sentence) bool {
	for k := ps - 1; k > s.a; k-- {
		if r.is(k, s.b, ",") {
			return false
		}
		if w := r.lowerWord(k, s.b); (w == "who" || w == "whom") && r.is(k-1, s.b, ",") {
			return true
		}
	}
	return false
}

// labelLook is how many tokens after a sentence's first word a colon may
// close a label that opens it ("IMD bulletin, 0830 IST:"), the clause
// after which may open with a nameless place.
const labelLook = 8

// namelessAt reads the nameless descriptor phrase opening sentence s, if
// any: an article, at most three modifiers, a located kind of place and its
// verb ("The camp is", "A small rebel camp lies", "Le poste de contrôle est
// situé", "L'oasis se trouve"). "The nearest town is X" is no such phrase.
func (r *reader) namelessAt(s *sentence) (namelessPhrase, bool) {
	if np, ok := r.namelessFrom(s.first, s); ok {
		return np, true
	}
	if e := r.timeOpenerEnd(s.first, s.b); e > s.first {
		// "At 0830 IST the deep depression was centred 320 km south-east
		// of X": after the time of day that opens the bulletin.
		if np, ok := r.namelessFrom(e, s); ok {
			return np, true
		}
	}
	for j := s.first + 1; j < s.b && j <= s.first+labelLook; j++ {
		if r.is(j, s.b, ":") {
			// "IMD bulletin, 0830 IST: the deep depression lay centred
			// 320 km south-east of X": after a bulletin's label.
			if np, ok := r.namelessFrom(j+1, s); ok {
				return np, true
			}
			break
		}
	}
	if np, ok := r.namelessAfterOpener(s); ok {
		return np, true // "Located 20 km east of Mbarara, the school serves three parishes"
	}
	if np, ok := r.namelessReported(s); ok {
		return np, true // "an aid worker told AFP that the camp, 30 km south of X, held …"
	}
	// "According to officials, the camp is ...", "Près de Nara, le camp
	// est ...": after an introductory phrase that has no verb of its own.
	for j := s.first; j < s.b && j < s.first+maxLook; j++ {
		w := r.lowerWord(j, s.b)
		if np, ok := r.namelessSpoken(j, s); ok && isSpeechVerb(w) {
			return np, true
		}
		if anyHas(setAliasVerbs, w) && j > s.first {
			// "The Black Summer bushfire known as the Currowan fire was
			// burning 25 km west of X": the event under its other name.
			k := j + 1
			if r.is(k, s.b, "as") {
				k++
			}
			if np, ok := r.namelessFrom(k, s); ok && np.event {
				return np, true
			}
		}
		if isCopula(w) || isFiniteVerb(w) || isFrenchLocative(w) {
			return r.namelessLate(j, s)
		}
		if (w == "its" || w == "son" || w == "sa") && j > s.first && r.at[j-1] < 0 {
			// "In 2019 its snout lay 2 km east of X": a possessive part
			// after a fronted time.
			if np, ok := r.namelessFrom(j, s); ok && np.poss {
				return np, true
			}
		}
		if r.is(j, s.b, ",") {
			if j > s.first {
				return r.namelessFrom(j+1, s)
			}
			return namelessPhrase{}, false
		}
	}
	return namelessPhrase{}, false
}

// namelessReported reads the nameless place that opens the clause a verb
// of speech reports after "that" or « que », with at most three words
// between the verb and the conjunction: "an aid worker told AFP that the
// new camp, 30 km south of X, now held 40,000 people", « raconte que le
// campement, à 25 km de Y, a été emporté ». Testimony places the
// witness's camp or village this way.
func (r *reader) namelessReported(s *sentence) (namelessPhrase, bool) {
	for j := s.first; j < s.b; j++ {
		if !isSpeechVerb(r.lowerWord(j, s.b)) {
			continue
		}
		for k := j + 1; k < s.b && k <= j+4; k++ {
			w := r.lowerWord(k, s.b)
			if w == "that" || w == "que" {
				if np, ok := r.namelessFromPoss(k+1, s, true); ok {
					return np, true
				}
				break
			}
			if rest, art := elidedRest(r.toks[k].lower); art == 'q' && rest != "" {
				if np, ok := r.frenchNamelessHead(k, k, rest, true, s); ok && rest != "il" && rest != "elle" {
					return np, true
				}
				break
			}
			if r.toks[k].kind != tokWord && r.at[k] < 0 || isCopula(w) || isFiniteVerb(w) {
				break
			}
		}
	}
	return namelessPhrase{}, false
}

// namelessAfterSemicolon reads the nameless descriptor phrase that opens
// the clause after the last semicolon before the phrase of f: "Residents
// of Fishguard were evacuated; the camp lies 12 km east of it" places the
// camp as a new sentence would.
func (r *reader) namelessAfterSemicolon(f *found, s *sentence) (namelessPhrase, bool) {
	for k := f.phraseStart - 1; k > s.a && k >= f.phraseStart-maxLook; k-- {
		if r.is(k, s.b, ";") {
			return r.namelessFrom(k+1, s)
		}
	}
	return namelessPhrase{}, false
}

// namelessAfterOpener reads the nameless place that a participle clause
// opening sentence s is about: after the clause's comma, an article, at
// most two modifiers, a located kind of place and a verb of the main
// clause ("Located 20 km east of Mbarara, the school serves three
// parishes", « Située à 20 km à l'est de Mbarara, l'école accueille 300
// élèves »). A name of the main clause is found by openerSubject.
func (r *reader) namelessAfterOpener(s *sentence) (namelessPhrase, bool) {
	k0 := s.first
	if k0 >= s.b || !r.toks[k0].cap || !isParticipleLead(r.toks[k0].lower) {
		return namelessPhrase{}, false
	}
	j := k0 + 1
	for j < s.b && j < k0+maxLook && !r.is(j, s.b, ",") {
		if isCopula(r.lowerWord(j, s.b)) && !isParticipleLead(r.lowerWord(j, s.b)) {
			return namelessPhrase{}, false // the main clause has begun
		}
		j++
	}
	a := j + 1
	if a >= s.b || r.at[a] >= 0 {
		return namelessPhrase{}, false
	}
	w, art := elidedRest(r.toks[a].lower)
	k := a + 1
	switch {
	case art == 'l' && !r.toks[a].cap: // « l'école »
		k = a
	case art == 0 && (w == "the" || w == "le" || w == "la"):
		w = r.lowerWord(k, s.b)
	default:
		return namelessPhrase{}, false
	}
	for n := 0; n < 2 && k+1 < s.b && (isPlainAdjective(w) || isCompoundModifier(w) || isFrenchAdjective(w)); n++ {
		k++
		w = r.lowerWord(k, s.b)
	}
	f := w
	if !isDescriptorNoun(w) {
		f = frenchFeature(w)
	}
	if f == "" || !isNamelessKind(f) || r.at[k] >= 0 || r.mentionAt(k+1, s.b) >= 0 {
		return namelessPhrase{}, false
	}
	if v := r.lowerWord(k+1, s.b); !r.mainVerbAt(k+1, s.b) && !isCopula(v) && !isFrenchLocative(v) && !isMainVerb(v) {
		return namelessPhrase{}, false
	}
	return namelessPhrase{a: a, b: k + 1, feature: f, definite: true}, true
}

// sceneAfterConjunction reads a mishap or an attack told by a clause that
// a conjunction of time opens right before the phrase of f, its scene verb
// ending the clause: "Coastguards recovered 19 bodies after a boat sank
// 12 km off X", "Four died when a bus crashed 20 km north of Y", « lorsque
// leur pirogue a chaviré à 3 km de Z ». The scene is the place measured,
// as when it opens the sentence.
func (r *reader) sceneAfterConjunction(f *found, s *sentence) (namelessPhrase, bool) {
	for k := f.phraseStart - 1; k > s.a && k >= f.phraseStart-maxLook; k-- {
		if r.is(k, s.b, ",") || r.is(k, s.b, ";") {
			break
		}
		switch r.lowerWord(k, s.b) {
		case "after", "when", "as", "before", "lorsque", "quand", "après", "alors":
		default:
			continue
		}
		j := k + 1
		if r.is(j, s.b, "que") || r.is(j, s.b, "qu'") {
			j++ // « après que », « alors que »
		}
		np, ok := r.namelessFromPoss(j, s, true)
		if !ok || !np.event || np.b > f.phraseStart {
			return namelessPhrase{}, false
		}
		if !r.sceneTailTo(np.b, f.phraseStart, s) {
			return namelessPhrase{}, false
		}
		return np, true
	}
	return namelessPhrase{}, false
}

// sceneAfterRelative reads a mishap told by a relative clause after the
// craft it befell, its scene verb ending the clause right before the
// phrase of f: "rescued four crew from the fishing vessel Northern Dawn,
// which sank about 30 miles southwest of X", "the wreckage of a light
// plane that went missing 40 km west of Y", « le chalutier Z, qui a coulé
// à 20 milles au large de W ». The scene is the craft's, named by its
// article, its modifiers, its noun and its name.
func (r *reader) sceneAfterRelative(f *found, s *sentence) (namelessPhrase, bool) {
	b := s.b
	for k := f.phraseStart - 1; k > s.a && k >= f.phraseStart-maxLook; k-- {
		w := r.lowerWord(k, b)
		if r.is(k, b, ",") || r.is(k, b, ";") {
			break
		}
		if w != "which" && w != "that" && w != "qui" {
			continue
		}
		e, sea := r.sceneVerbEnd(k+1, b, f.french)
		if e <= k+1 {
			return namelessPhrase{}, false
		}
		if !r.sceneTailTo(e, f.phraseStart, s) {
			return namelessPhrase{}, false
		}
		end := k
		if r.is(end-1, b, ",") {
			end--
		}
		c := end - 1
		for n := 0; n < 4 && c > s.a && r.lowerWord(c, b) == "" && r.toks[c].kind == tokWord && r.toks[c].cap; n++ {
			if m := r.mentionAt(c, b); m >= 0 && !r.craftNamed[m] {
				return namelessPhrase{}, false // "the boat off Lamu, which sank": a place, no craft's name
			}
			c-- // the craft's name: "the fishing vessel Northern Dawn"
		}
		feature := craftNoun(r.lowerWord(c, b))
		if feature == "" {
			return namelessPhrase{}, false
		}
		for a := c - 1; a >= s.a && a >= c-4; a-- {
			switch w := r.lowerWord(a, b); w {
			case "the", "a", "an", "le", "la", "un", "une":
				return namelessPhrase{a: a, b: end, feature: feature, definite: w != "a" && w != "an" && w != "un" && w != "une", event: true, sea: sea}, true
			case "du", "des", "au", "aux":
				// « les marins du chalutier Sainte-Anne, qui a coulé »:
				// the article is contracted with its preposition.
				return namelessPhrase{a: a + 1, b: end, feature: feature, definite: true, event: true, sea: sea}, true
			case "":
				return namelessPhrase{}, false
			}
			if isPreposition(r.lowerWord(a, b)) || isFiniteVerb(r.lowerWord(a, b)) {
				return namelessPhrase{}, false
			}
		}
		return namelessPhrase{}, false
	}
	return namelessPhrase{}, false
}

// sceneTailTo reports whether the tokens from e to p, between a scene's
// verb and the distance phrase at p, are fillers (sceneTail), after at
// most one aside of where it happened: "in", "en" or "dans" and up to
// three lower-case words that no mention holds ("after their boat sank in
// heavy seas 40 km north of X", « qui s'est abîmé en mer à 3 km de Y »).
func (r *reader) sceneTailTo(e, p int, s *sentence) bool {
	if w := r.lowerWord(e, s.b); (w == "in" || w == "en" || w == "dans") && e+1 < p {
		k := e + 1
		for n := 0; n < 3 && k < p && r.lowerWord(k, s.b) != "" && r.mentionAt(k, s.b) < 0 && r.lowerWord(k, s.b) != "à"; n++ {
			k++
		}
		if k > e+1 {
			e = k
		}
	}
	for ; e < p; e++ {
		if !r.sceneTail(e, s) {
			return false
		}
	}
	return true
}

// sceneTail reports whether token e, between a scene's verb and the
// distance that places it, is a filler ("about") or the French « à »,
// so the distance is the scene's own.
func (r *reader) sceneTail(e int, s *sentence) bool {
	w := r.lowerWord(e, s.b)
	return isFiller(w) || w == "à" || w == "some" || w == "roughly" || w == "around"
}

// namelessBefore reads a nameless descriptor phrase that ends right before
// the distance phrase of f, as the object of a verb or preposition: "fled
// to a camp 12 km south of Gilgit", "attacked a military base 30 km east of
// X", "un campement à 8 km de X". The distance measures from that place, not
// from the clause's subject; a participle may come between ("a camp located
// 12 km south of X", "un campement situé à 8 km de X"). So does an event
// of events.tsv right after its article ("An ambush 25 km north of X
// killed four soldiers", « une embuscade à 25 km de X »). A phrase after a
// copula or a comma is an apposition ("Kidal is a town 80 km from X",
// "Kidal, a town 80 km from X") and names no new place.
func (r *reader) namelessBefore(f *found, s *sentence) (namelessPhrase, bool) {
	if f.rel.Kind != KindDistance || f.reversed {
		return namelessPhrase{}, false
	}
	e := f.phraseStart - 1
	b := s.b
	if np, ok := r.eventSiteBefore(e, s); ok {
		return np, true // "made landfall about 40 km south of X"
	}
	if w := r.lowerWord(e, b); w == "à" && f.french {
		if np, ok := r.eventSiteBefore(e-1, s); ok {
			return np, true // « a touché terre à 15 km au nord de X »
		}
	}
	if np, ok := r.magnitudeTitleBefore(e, s); ok {
		return np, true // "M 6.1 - 14 km ENE of Kalamata, Greece"
	}
	if w := r.lowerWord(e, b); w == "à" || w == "qu'à" || w == "qu’à" {
		e-- // "un campement à 8 km": the French phrase starts at its number
		for j := e - 1; j > s.a && j >= e-6 && f.french; j-- {
			if r.sizeComplementEnd(j, b) == e+1 {
				e = j - 1 // « un entrepôt de 40 000 m² à 8 km »: the size after the kind
				break
			}
		}
	}
	gl := langs().en
	if f.french {
		gl = langs().fr
	}
	if j := r.groundAsideStart(gl, e, s); j > s.a {
		// « Le campement, posé au milieu des dunes à 70 km », "The hamlet,
		// perched on a ridge 8 km east of X": the ground after the
		// participle is no kind the distance places ("un piton", "a
		// ridge"); the phrase before the participle is.
		e = j
		if !f.french && !isCopula(r.lowerWord(e, b)) {
			e--
		}
	}
	if w := r.lowerWord(e, b); (isCopula(w) || isFrenchLocative(w)) && !isFiniteVerb(w) && !isFrenchFiniteVerb(w) {
		e-- // "a camp located 12 km", "un campement situé à 8 km"
	} else if !f.french {
		e = r.passiveBefore(e, b) // "a new transit site had been opened 4 km east of X"
	}
	if r.is(e, b, ",") && f.french {
		e-- // "près d'un puits, à 20 km à l'est de X"
	}
	if k := r.sameNameStart(e, s); k > s.a {
		// "starts at a farm of that name about 9 km south-east of X", «
		// au hameau du même nom, à 9 km de X »: the kind is what the
		// distance places, not the clause's subject.
		e = k - 1
	}
	if c := e; r.is(c, b, ",") && !f.french || f.french && r.is(c+1, b, ",") {
		if !f.french {
			c--
		}
		if j, ok := r.elevationEndingAt(c, s.a, b); ok && j > s.a {
			// "a herders' camp at 4,900 metres, 18 km south of X", «
			// un refuge perché à 2 100 m d'altitude, à 9 km de Y »: the
			// height says nothing of where the place is; the kind before
			// it is what the distance places.
			e = j
		}
	}
	if r.is(e, b, ",") || f.french {
		k := e
		if !f.french {
			k--
		}
		if j := r.waterAsideStart(k, s); j > s.a {
			// "will open a new pumping station on the banks of the Niger,
			// 12 km east of X", « Un seuil d'irrigation sur la rivière
			// Artibonite, à 10 km à l'est de Y »: the water the work
			// stands on is no subject.
			e = j - 1
		}
	}
	if k := e; k > s.a {
		if r.is(k, b, ",") {
			k--
		}
		if j := r.wildAsideStart(k, s); j > s.a {
			// "a kidnappers' camp in the bush, about 40 km east of X", «
			// un campement dans la brousse, à 40 km de X »: the open
			// country the place stands in is no subject.
			e = j - 1
		}
	}
	junctionEnd := -1 // the last token of "the junction of the A40 and the A4215"
	if !f.french {
		k := e
		if r.is(e, b, ",") {
			k--
		}
		if j := r.junctionOfRoadsStart(k, s); j >= 0 {
			// "a collision at the junction of the A40 and the A4215,
			// about 4 km west of X": the junction is the spot, named
			// by its roads.
			junctionEnd, e = k, j
		}
	}
	switch {
	case junctionEnd >= 0: // the roads name the junction; no road aside to skip
	case !f.french && !r.is(e, b, ","):
		if k := r.roadAsideStart(e, s); k >= 0 {
			// "a crash on State Highway 1 about 20 km south of X", "in a
			// lay-by on the A9 about 8 miles north of Y": with no comma
			// too, a road is a line no distance places, so the phrase
			// before it is what the distance measures.
			e = k
		}
	case !f.french:
		if k := r.roadAsideStart(e-1, s); k >= 0 {
			e = k // "in a lay-by on the A17, 4 miles east of X": the road is no subject
		} else if k := r.roadToAsideStart(e-1, s); k >= 0 {
			e = k // "a bridge on the road to Jacmel, 15 km south of X"
		}
	case r.frenchRoadAsideStart(e, s) >= 0:
		// « Un accident sur la RN1 à 12 km au nord de X », « une
		// discothèque située sur la RD 559, à 2 km à l'ouest de Y »: a
		// numbered road is a line no distance places; what stands on it
		// is the subject, as in English.
		if _, near := r.frenchNearAfter(f, s); !near {
			e = r.frenchRoadAsideStart(e, s)
			if w := r.lowerWord(e, b); isFrenchLocative(w) && !isFrenchFiniteVerb(w) {
				e--
			}
		}
	case e+1 < b && r.is(e+1, b, ","):
		// « un pont sur la route de Jacmel, à 15 km au sud de X »; but a
		// nearness phrase after the distance says what it places (« sur
		// la route de Dori, à 30 km de Dori, près de X »: frenchNearAfter).
		if _, near := r.frenchNearAfter(f, s); !near {
			if k := r.roadToAsideStart(e, s); k >= 0 {
				e = k
			}
		}
	}
	if !f.french && e-2 > s.a && r.is(e-1, b, "on") && groundNouns[r.lowerWord(e, b)] {
		e -= 2 // "approved a new subdivision on land about 3 miles north of X": the ground it is built on
	}
	if np, ok := r.numberedFire(e, s); ok {
		return np, true // « combat l'incendie 344, situé à 12 km au sud de X »
	}
	if np, ok := r.openingNumbered(e, s); ok && f.french {
		return np, true // « Le site 53 se trouve 2 km plus au sud »
	}
	if f.french && r.is(e, b, "se") && isFrenchLocative(r.lowerWord(e+1, b)) {
		e-- // « Le forage de la ferme des Lavoirs se trouve à 3 km »: the pronoun is the verb's
	}
	if k := r.craftLeadStart(e, s); k > s.a {
		e = k - 1 // "seized a dhow carrying 1.2 tonnes of heroin 60 nautical miles off Lamu": the craft before its load
	}
	named := -1
	if e > s.a && r.at[e] >= 0 && r.craftNamed[int(r.at[e])] {
		// "Pirates boarded the bulk carrier Ville de Marseille 65
		// nautical miles south of X": the craft's name ends the phrase.
		named, e = e, r.mtok[r.at[e]][0]-1
		if craftNoun(r.lowerWord(e, b)) == "" {
			return namelessPhrase{}, false
		}
	}
	owned, poss, mine := false, false, false
	if f.french && named < 0 {
		if k, l := r.frenchOwnerBefore(e, s); k >= 0 {
			named, e, owned = l, k, true // « un poste des Forces démocratiques syriennes (FDS) à 20 km »
		}
	}
	if e < s.a || e == s.a && !r.gluedArticleAt(e, s, f.french) || r.at[e] >= 0 {
		return namelessPhrase{}, false
	}
	v := r.lowerWord(e, b)
	if r.gluedArticleAt(e, s, f.french) {
		v, _ = elidedRest(v) // « dans l'abri à 2 km »: the kind after its glued article
	}
	head := v
	if !isDescriptorNoun(v) {
		head = frenchFeature(v)
	}
	last := e // the phrase's last word
	if named >= 0 {
		last = named
	}
	if junctionEnd >= 0 {
		last = junctionEnd
	}
	craft, event := "", false
	if head == "" || !isNamelessKind(head) {
		if h, fe, ok := r.kindAfterSpot(e, s); ok && !f.french {
			// "moved to a transit centre 15 km north of X", "held at a
			// refinery 20 km south of Y": a kind of kindsafter.tsv.
			e, head = h, fe
		}
	}
	if head == "" || !isNamelessKind(head) && !isSpotFeature(head) {
		craft = craftNoun(v)
		head = craft
	}
	vehicle := false
	if craft == "" && (head == "" || !isNamelessKind(head) && !isSpotFeature(head)) {
		if ve := vehicleNoun(v, f.french); ve != "" {
			head, vehicle = ve, true // "ambushed a supply convoy 40 km south of X"
		} else if f.french && e-1 > s.a && r.at[e-1] < 0 && r.toks[e].kind == tokWord && !r.toks[e].cap && isFrenchAdjective(v) {
			if ve := vehicleNoun(r.lowerWord(e-1, b), true); ve != "" {
				head, vehicle, e = ve, true, e-1 // « un convoi humanitaire à 30 km »: one adjective after it
			}
		}
	}
	if ev, ok := eventNoun(v); ok && craft == "" {
		// "An ambush 25 km north of X killed four soldiers", "staged an
		// ambush 25 km north of X": the event is the place measured, as
		// before its verb (namelessFrom).
		head, event = ev, true
	}
	if junctionEnd >= 0 {
		head = "junction"
	}
	if craft == "" && !event && !vehicle && junctionEnd < 0 && (head == "" || !isNamelessKind(head) && !isSpotFeature(head)) {
		if !f.french {
			return namelessPhrase{}, false
		}
		// "un poste militaire", "un point d'eau", "une mine d'or"
		h, fe, ok := r.frenchSpotKind(e, s)
		if !ok {
			return namelessPhrase{}, false
		}
		e, head = h, fe
	}
	if r.gluedArticleAt(e, s, f.french) && craft == "" && !event {
		// « L'abri provisoire de l'école, à 2 km », « dans l'abri à 2
		// km »: the definite article is glued to the kind's word.
		if e > s.a {
			p := r.toks[e-1].lower
			if (isCopula(p) || isFrenchLocative(p)) && !r.frenchActiveVerb(e-1, s) || p == "," || p == "(" || p == "-" || p == "—" || p == "–" {
				return namelessPhrase{}, false
			}
		}
		return namelessPhrase{a: e, b: last + 1, feature: head, definite: true}, true
	}
	ev := e // the event's noun, or the measure that opens its size before it
	if event {
		ev = r.eventSizeBefore(e, s.a)
	}
	for k, least := ev-1, ev-4; k >= s.a && k >= least; k-- {
		if k > s.a && isDash(r.toks[k].lower) && r.toks[k-1].kind == tokNum && anyHas(setMeasures, r.lowerWord(k+1, b)) {
			k-- // "a 10-acre tract situated 5 miles west of X": the size before the kind
			continue
		}
		if q := r.quantityBefore(k, s.a); q <= k {
			// "a 75 MW solar farm 18 km west of X", "a US$1.5 billion
			// plant": a size or a cost is no modifier of the kind and
			// counts none of the four.
			least -= k - q + 1
			k = q
			continue
		}
		if r.toks[k].kind == tokPoss && k-1 > s.a && r.lowerWord(k-1, b) != "" && r.at[k-1] < 0 && !f.french {
			k-- // "a smugglers' compound", "a farmer's hut": whose it is
			continue
		}
		if j := r.orgModifierStart(k, s); j >= 0 && !f.french && !event {
			// "a Frontier Corps camp 15 km east of X", "a Rapid
			// Support Forces (RSF) fuel convoy": an organisation's name
			// says whose the place is and counts as one modifier.
			least -= k - j
			k, owned = j, true
			continue
		}
		w, art := elidedRest(r.toks[k].lower)
		if r.at[k] >= 0 || r.toks[k].kind != tokWord {
			return namelessPhrase{}, false
		}
		if (w == "and" || w == "or") && !f.french && k+1 < e && k-1 > s.a && r.lowerWord(k-1, b) != "" && r.at[k-1] < 0 &&
			!isCopula(r.lowerWord(k-1, b)) && !isPreposition(r.lowerWord(k-1, b)) {
			// "a chip assembly and test plant 15 km south of X", "an oil
			// and gas terminal": two modifiers of one kind, the
			// conjunction counting none of the four words.
			least--
			continue
		}
		if langs().en.verbs[w].lead && !f.french && k-1 > s.a && isSiteArticle(r.lowerWord(k-1, b)) {
			least-- // "its planned plant", "a proposed mine": a participle right after the article, counting none of the four
			continue
		}
		definite := false
		switch {
		case art == 'l':
			definite = true
		case art == 'd' && (w == "un" || w == "une"):
			// "près d'un puits"
		case art != 0:
			return namelessPhrase{}, false
		case w == "the" || w == "this" || w == "le" || w == "la" || w == "ce" || w == "cette":
			definite = true
		case w == "a" || w == "an" || w == "un" || w == "une":
		case w == "des" && f.french && event && k == e-1:
			// « ont essuyé des tirs à 12 km au nord de X », « l'armée a
			// signalé des combats à 15 km de Y »: the plural's article.
		case isPossessiveDeterminer(w) && !f.french:
			mine = w == "our" || w == "my"
			// "opened its first overseas assembly plant 100 km north of
			// X": the firm's new plant, a place of its own; "at our farm
			// 10 km south of X", "his hut 8 km west of Y": a witness's.
		case f.french && (isFrenchPossessive(w) || w == "son" || w == "sa" || w == "leur"):
			// « Son campement, situé à 25 km à l'est de X », « notre
			// ferme, à 12 km de Y »: the speaker's own place, which
			// stands for no place named before; « son » and « sa » may
			// still stand for a landform's part (« Son sommet »).
			poss = w == "son" || w == "sa"
			mine = isFirstPersonPossessive(w)
		case isCopula(w) || isPreposition(w) || isFrenchLocative(w) || w == "and" || w == "or" || w == "et":
			return namelessPhrase{}, false
		default:
			continue // a modifier: "a small military camp"
		}
		if event && (k < ev-1 && !r.eventModifier(k, ev, f.french) || f.french && (w == "a" || w == "an")) {
			// « Le bateau a fait naufrage à 30 km »: the event's article
			// stands right before it, or before one English noun of what
			// burned or crashed (eventModifier); the French verb « a »
			// is none.
			return namelessPhrase{}, false
		}
		if r.secondKindAt(k, s) {
			return namelessPhrase{}, false // "Kiva, a stone hut with a spring 11 km north of Y": the apposition's name
		}
		if k > s.a {
			// A verb of place before the article says what the subject
			// is ("Kalo is a camp 20 km …"), unless it acts on the phrase
			// as its object ("Suncor built a camp 60 km north of X").
			p := r.toks[k-1].lower
			if (isCopula(p) || isFrenchLocative(p)) && !r.frenchActiveVerb(k-1, s) && !r.activeObjectAt(k-1, b) || p == "," || p == "(" || p == "-" || p == "—" || p == "–" {
				return namelessPhrase{}, false
			}
		}
		f := head
		if e-1 > k && isCompoundModifier(r.lowerWord(e-1, b)) {
			f = r.lowerWord(e-1, b) + " " + head // "refugee camp"
		}
		return namelessPhrase{a: k, b: last + 1, feature: f, definite: definite, poss: poss, mine: mine, event: craft != "" || event || vehicle, craft: craft != "", owned: owned, junction: junctionEnd >= 0}, true
	}
	return namelessPhrase{}, false
}

// sameNameStart returns the first token of the words that end at token e
// and say a kind of place bears the name just written, "of that name",
// "of the same name", « du même nom », « de ce nom » (the demonstrative or
// "same" a row of namesakes.tsv), or -1.
func (r *reader) sameNameStart(e int, s *sentence) int {
	if w := r.lowerWord(e, s.b); w != "name" && w != "nom" {
		return -1
	}
	k := e - 1
	if !anyHas(setNamesakes, r.lowerWord(k, s.b)) {
		return -1
	}
	if r.is(k-1, s.b, "the") {
		k-- // "of the same name"
	}
	switch r.lowerWord(k-1, s.b) {
	case "of", "du", "de":
		return k - 1
	}
	return -1
}

// namesakeOf returns the mention whose name the nameless phrase np bears
// when "of that name", "of the same name" or « du même nom » follows it
// (sameNameStart): the nearest name before np in its sentence that may be
// a place, or -1.
func (r *reader) namesakeOf(np namelessPhrase, s *sentence) int {
	found := false
	for e := np.b + 1; e <= np.b+3 && e < s.b; e++ {
		if r.sameNameStart(e, s) == np.b {
			found = true
			break
		}
	}
	if !found {
		return -1
	}
	for k := np.a - 1; k >= s.a; k-- {
		if m := r.at[k]; m >= 0 {
			if r.evidence(int(m)) > EvidenceUnlikely {
				return int(m)
			}
			return -1
		}
	}
	return -1
}

// groundNouns are the English nouns of the bare ground a planned place is
// built on, after "on" between the place and a distance: "a subdivision
// on land about 3 miles north of X", "homes on farmland 2 km east of Y".
var groundNouns = map[string]bool{"land": true, "farmland": true, "grassland": true}

// eventModifier reports whether the one word between the English article
// at token k and the event's noun at ev is a lower-case noun of what the
// event befell, as local news writes a fire or a crash: "called to a barn
// fire on Line 86, 6 km north of X", "a grass fire", "a two-car
// collision". Such a word is no verb, no preposition and no copula.
func (r *reader) eventModifier(k, ev int, french bool) bool {
	if french || k != ev-2 || r.toks[k+1].kind != tokWord || r.toks[k+1].cap || r.at[k+1] >= 0 {
		return false
	}
	w := r.toks[k+1].lower
	return !isCopula(w) && !isPreposition(w) && !isFiniteVerb(w) && !langs().en.verbs[w].lead
}

// siteObject reports whether the nameless phrase np, right before a
// distance, is the object of the clause's verb and not its subject's
// kind: "Scatec has reached financial close on a 75 MW solar farm 18 km
// west of X", "Walmart will open a distribution center 8 km north of Y",
// « Green Datacenter ouvrira un centre de données à 5 km au nord de Z »
// place the farm, the center and the centre, not the firm. A verb of place
// before the phrase ("Gao lies on a plateau 20 km ...", « X est situé
// sur un plateau à »), or a participle that opens the sentence, keeps the
// clause's subject; one used actively with the phrase as its object does
// not ("Suncor built a work camp 60 km north of X", activeObjectAt).
func (r *reader) siteObject(np namelessPhrase, s *sentence) bool {
	if np.a <= s.first || langs().en.verbs[r.toks[s.first].lower].lead {
		return false // "Tucked into the birch woods 18 km south of X, the guesthouse ..."
	}
	for k := s.first; k < np.a; k++ {
		w := r.toks[k].lower
		if r.toks[k].kind != tokWord || r.at[k] >= 0 {
			continue
		}
		if isCopula(w) && r.progressiveAt(k+1, s.b) {
			continue // "Whitehorse RCMP are investigating a fire that destroyed a remote cabin 20 km north of X"
		}
		if v := langs().fr.verbs[w]; (isLocative(w) || v.border || v.lead) && !r.activeObjectAt(k, s.b) {
			return false
		}
	}
	return true
}

// quantityBefore returns the first token of a size or a cost that ends at
// token k, between an article and a kind of place: a number, perhaps after
// a currency mark ("US$", "€"), and the words after it of measures.tsv or
// quantities.tsv ("a 75 MW solar farm", "a US$800 million data center",
// "a 1.2 million square foot distribution center"). It returns k+1 when
// no such size ends at k; no token of it is before token a.
func (r *reader) quantityBefore(k, a int) int {
	j := k
	if j-2 > a && r.toks[j].kind == tokWord && r.hyphenAfterNumber(j-2) {
		j -= 2 // "a 400-room work camp", "a 1,000-bed hospital"
	} else {
		for j > a && r.isQuantityWord(j) {
			j--
		}
	}
	if j <= a || r.toks[j].kind != tokNum {
		return k + 1
	}
	for j-1 > a && r.toks[j-1].kind == tokNum {
		j-- // "40 000"
	}
	if c := j - 1; c > a && r.toks[c].kind == tokPunct && isCurrencySign(r.toks[c].lower) && r.toks[c].end == r.toks[j].start {
		j = c // "$800"
		if c-1 > a && r.toks[c-1].kind == tokWord && r.toks[c-1].end == r.toks[c].start {
			j = c - 1 // "US$800"
		}
	}
	return j
}

// isSiteArticle reports whether w opens an English nameless site before a
// distance: an article or the possessive of a firm ("its", "their").
func isSiteArticle(w string) bool {
	switch w {
	case "a", "an", "the", "this", "its", "their":
		return true
	}
	return false
}

// plainModifier reports whether mention m, at token k inside the
// nameless phrase np, is a word in capitals that no reading took for a
// place, between the phrase's article and its kind: "An LNG terminal is
// planned 15 km north of X" places a terminal, not a name.
func (r *reader) plainModifier(m, k int, np namelessPhrase) bool {
	if k == np.a || r.mtok[m][0] != k || r.mtok[m][1] != k+1 || r.mtok[m][1] >= np.b {
		return false
	}
	t := r.toks[k]
	return r.mentions[m].Evidence == EvidenceUnlikely && r.evidence(m) == EvidenceUnlikely && t.kind == tokWord && strings.ToUpper(r.text[t.start:t.end]) == r.text[t.start:t.end]
}

// quantityAfter returns the token after a size or a cost that starts at
// token j, read forward as quantityBefore reads it back: "A US$5 billion
// floating LNG terminal is planned ...", "A 400-room work camp lies ...".
// It returns j when none starts there; b ends the sentence.
func (r *reader) quantityAfter(j, b int) int {
	k := j
	if k+1 < b && r.toks[k].kind == tokWord && isCurrencySign(r.toks[k+1].lower) && r.toks[k].end == r.toks[k+1].start {
		k++ // "US$"
	}
	if k+1 < b && r.toks[k].kind == tokPunct && isCurrencySign(r.toks[k].lower) && r.toks[k].end == r.toks[k+1].start {
		k++ // "$5"
	}
	if k >= b || r.toks[k].kind != tokNum {
		return j
	}
	for k < b && r.toks[k].kind == tokNum {
		k++
	}
	if k+1 < b && r.toks[k+1].kind == tokWord && r.hyphenAfterNumber(k-1) {
		return k + 2 // "400-room"
	}
	for k < b && r.isQuantityWord(k) {
		k++
	}
	return k
}

// hyphenAfterNumber reports whether the number at token n is joined by a
// dash to the word after it, all three touching: "400-room", "10-acre".
func (r *reader) hyphenAfterNumber(n int) bool {
	if n < 0 || n+2 >= len(r.toks) || r.toks[n].kind != tokNum || !isDash(r.toks[n+1].lower) || r.toks[n+2].kind != tokWord {
		return false
	}
	return r.toks[n].end == r.toks[n+1].start && r.toks[n+1].end == r.toks[n+2].start
}

// isQuantityWord reports whether the word at token j is a unit of
// measures.tsv or a word of quantities.tsv ("MW", "million", "square").
func (r *reader) isQuantityWord(j int) bool {
	return r.toks[j].kind == tokWord && (anyHas(setMeasures, r.toks[j].lower) || anyHas(setQuantities, r.toks[j].lower))
}

// possessedEvent reads, at token k, a storm's or a fire's name that is no
// place, its possessive and an event noun of events.tsv before its verb:
// "Typhoon Haiyan's eye passed about 10 km south of X" places the eye.
func (r *reader) possessedEvent(k int, s *sentence) (namelessPhrase, bool) {
	b := s.b
	m := r.mentionAt(k, b)
	if m < 0 || r.mtok[m][0] != k || r.mentions[m].Evidence != EvidenceUnlikely {
		return namelessPhrase{}, false
	}
	p := r.mtok[m][1]
	if p >= b || r.toks[p].kind != tokPoss {
		return namelessPhrase{}, false
	}
	f, ok := eventNoun(r.lowerWord(p+1, b))
	if !ok {
		return namelessPhrase{}, false
	}
	if e := r.eventVerbEnd(p+2, b); e > p+2 && r.mentionAt(e, b) < 0 {
		// The noun alone names it: the storm's name is a mention of its
		// own, and no two mentions start together.
		return namelessPhrase{a: p + 1, b: p + 2, feature: f, definite: true, event: true}, true
	}
	return namelessPhrase{}, false
}

// numberedFire reads a fire that a fire service numbers, its noun and its
// number ending at token e: « l'incendie 344 », "the fire 12". The number
// is its name, so the phrase is a place of its own.
func (r *reader) numberedFire(e int, s *sentence) (namelessPhrase, bool) {
	h := e - 1
	if h < s.a || e >= s.b || r.toks[e].kind != tokNum || r.at[e] >= 0 || r.at[h] >= 0 || r.toks[h].kind != tokWord {
		return namelessPhrase{}, false
	}
	w, art := elidedRest(r.toks[h].lower)
	feature, event := "fire", true
	if f, ok := eventNoun(w); !ok || f != "fire" {
		// « la cote 281 », « au camp 3 »: a French noun of
		// lexicon/fr/numbered.tsv, which French writes in lower case,
		// names with its number a height or a site of its own.
		if !langs().fr.has(setNumbered, w) || r.toks[h].cap {
			return namelessPhrase{}, false
		}
		feature, event = numberedFeature(w), false
	}
	a := h
	if art == 0 {
		w0 := r.lowerWord(h-1, s.b)
		if h-1 == s.first && r.toks[h-1].kind == tokWord {
			w0 = r.toks[h-1].lower // « Le site 53 se trouve … »: the article opens the sentence
		}
		switch w0 {
		case "le", "the":
			a = h - 1
		case "la":
			if event {
				return namelessPhrase{}, false
			}
			a = h - 1
		case "au":
			if event {
				return namelessPhrase{}, false
			}
			// « au camp 3 »: the contraction holds the preposition.
		default:
			return namelessPhrase{}, false
		}
	} else if art != 'l' {
		return namelessPhrase{}, false
	}
	return namelessPhrase{a: a, b: e + 1, feature: feature, definite: true, event: event, numbered: !event}, true
}

// openingNumbered reads a numbered French place that opens sentence s
// and is the subject of the verb of place ending at token e: « Le site 52
// est à 9 km au sud de X », « Le camp 3 se trouve à 5 km de Y ». The
// number names the place (numberedFire), as it does after a participle.
func (r *reader) openingNumbered(e int, s *sentence) (namelessPhrase, bool) {
	if r.is(e, s.b, "à") {
		e--
	}
	switch w := r.lowerWord(e, s.b); {
	case (w == "trouve" || w == "trouvent") && r.is(e-1, s.b, "se"):
		e -= 2
	case w == "se" && (r.is(e+1, s.b, "trouve") || r.is(e+1, s.b, "trouvent")):
		e-- // namelessBefore stepped over the participle-like « trouve »
	case w == "est" || w == "sont" || w == "était" || w == "étaient":
		e--
	default:
		return namelessPhrase{}, false
	}
	np, ok := r.numberedFire(e, s)
	if !ok || np.event || np.a != s.first {
		return namelessPhrase{}, false
	}
	return np, true
}

// numberedFeature returns the English feature of a place that the French
// noun w of lexicon/fr/numbered.tsv names with a number: the cote of a
// height on the staff map is a hill, the others are their own kind
// (« camp », « secteur ») or a site.
func numberedFeature(w string) string {
	switch w {
	case "cote", "côte":
		return "hill"
	}
	if f := frenchFeature(w); f != "" {
		return f
	}
	return "site"
}

// craftNoun returns the English noun of a craft of events.tsv in either
// language ("tanker", « pétrolier »), or "".
func craftNoun(w string) string {
	for _, l := range langs().all {
		for _, ph := range l.events[w] {
			if ph.row.craft && len(ph.words) == 1 {
				return ph.row.english
			}
		}
	}
	return ""
}

// passiveBefore returns the token before an English passive verb ending
// at token e ("was opened", "had been set up", "were established") whose
// participle is a regular one or "set up", or e when there is none: "UNHCR
// said a new transit site had been opened 4 km east of X" places the site.
func (r *reader) passiveBefore(e, b int) int {
	j := e
	if r.is(j, b, "up") && r.is(j-1, b, "set") {
		j-- // "was set up"
	} else if w := r.lowerWord(j, b); len(w) < 5 || !strings.HasSuffix(w, "ed") || r.toks[j].cap {
		return e
	}
	if isEventVerb(r.lowerWord(j, b)) {
		return e // "A patrol was ambushed 20 km north of X": the event, named with its verb
	}
	for _, ph := range langs().en.events[r.lowerWord(j-1, b)] {
		if ph.row.scene && len(ph.words) == 2 && r.lowerWord(j, b) == ph.words[1] {
			return e // "The boat was boarded 30 km east of X": a scene, named with its verb
		}
	}
	switch r.lowerWord(j-1, b) {
	case "was", "were":
		return j - 2
	case "been":
		if w := r.lowerWord(j-2, b); w == "has" || w == "have" || w == "had" {
			return j - 3
		}
	}
	return e
}

// orgModifierStart returns the first token of a name the reader took for
// no place (an organisation: EvidenceUnlikely) that ends at token k of s,
// perhaps followed by its acronym in brackets ("Rapid Support Forces
// (RSF)"), or -1.
func (r *reader) orgModifierStart(k int, s *sentence) int {
	if r.is(k, s.b, ")") && k-2 > s.a && r.is(k-2, s.b, "(") && r.at[k-1] >= 0 && r.mentions[r.at[k-1]].Evidence == EvidenceUnlikely {
		k -= 3
	}
	if k <= s.a || r.at[k] < 0 {
		return -1
	}
	m := int(r.at[k])
	if r.mentions[m].Evidence != EvidenceUnlikely || r.mtok[m][1] != k+1 || r.mtok[m][0] <= s.a {
		return -1
	}
	return r.mtok[m][0]
}

// frenchOwnerBefore reads, ending at token e of s, the owner of a French
// kind of place: « des » or « du » and at most four words opening with a
// capital that the text gives no sign of a place (an armed force, a
// firm), perhaps followed by its acronym in brackets: « un poste des FDS
// », « un poste des Forces démocratiques syriennes (FDS) ». It returns
// the token before « des » or « du », the kind's, and the owner's last
// token, or -1, -1.
func (r *reader) frenchOwnerBefore(e int, s *sentence) (int, int) {
	b, last := s.b, e
	if k, ok := r.frenchFirmOwnerBefore(e, s); ok {
		return k, last // « un chantier de la Compagnie des Bois de Mouila, à 50 km »
	}
	if r.is(e, b, ")") && e-2 > s.a && r.is(e-2, b, "(") && r.toks[e-1].kind == tokWord && r.toks[e-1].cap {
		e -= 3 // « (FDS) »
	}
	for k := e; k > s.a && k >= e-4; k-- {
		if r.toks[k].kind != tokWord {
			return -1, -1
		}
		if m := r.at[k]; m >= 0 && r.mentions[m].Evidence > EvidenceCapitalised {
			return -1, -1 // « un quartier de Gao »: a place
		}
		w := r.lowerWord(k, b)
		if w != "des" && w != "du" {
			continue
		}
		if k == e || !r.toks[k+1].cap || r.at[k-1] >= 0 {
			return -1, -1
		}
		if f := frenchFeature(r.lowerWord(k-1, b)); f == "" || !isNamelessKind(f) {
			return -1, -1
		}
		if w == "du" && last == e && !r.toks[k+1].upper {
			// « l'ancienne ferme du Try-au-Chêne »: after « du », a name
			// of capitalised words alone with no acronym is the place's
			// own, as « le camp du Lac » is; an owner is a body (« du
			// CNDP », « du Programme alimentaire mondial »).
			lower := false // « du Programme alimentaire mondial »: a body's name
			for j := k + 2; j <= e; j++ {
				lower = lower || r.lowerWord(j, b) != ""
			}
			if m := r.at[k+1]; !lower && (m < 0 || r.mentions[m].Evidence != EvidenceUnlikely) {
				return -1, -1
			}
		}
		return k - 1, last
	}
	return -1, -1
}

// frenchFirmOwnerBefore reads, ending at token e of s, a firm's name
// that owns a French kind of place: the kind, « de la », « de », « du »
// or « des », perhaps « société » or « compagnie » in lower case, and a
// name the text gives as no place: « un chantier de la Compagnie des Bois
// de Mouila », « un chantier de la société Rougier », or a firm's word
// and lower-case words before a place's name: « un chantier de la
// Société d'exploitation des bois du Cameroun ». It returns the kind's
// token.
func (r *reader) frenchFirmOwnerBefore(e int, s *sentence) (int, bool) {
	b := s.b
	if e <= s.a || r.at[e] < 0 {
		return -1, false
	}
	m := int(r.at[e])
	if r.mtok[m][1] != e+1 {
		return -1, false
	}
	k := r.mtok[m][0] - 1
	if r.mentions[m].Evidence != EvidenceUnlikely {
		// « de la Société d'exploitation des bois du Cameroun »: a
		// firm's word opens a run of lower-case words and particles
		// that ends in the place the firm is named after.
		f := -1
		for j := k; j > s.a && j >= k-5 && r.toks[j].kind == tokWord && r.at[j] < 0; j-- {
			if r.toks[j].cap {
				if isOrgWord(r.toks[j].lower) {
					f = j
				}
				break
			}
		}
		if f < 0 {
			return -1, false
		}
		k = f - 1
	}
	if k > s.a && r.at[k] < 0 && !r.toks[k].cap && anyHas(setOrgNouns, r.lowerWord(k, b)) {
		k-- // « de la société Rougier »
	}
	switch {
	case r.is(k, b, "la") && r.is(k-1, b, "de"):
		k -= 2
	case r.is(k, b, "de") || r.is(k, b, "du") || r.is(k, b, "des"):
		k--
	default:
		return -1, false
	}
	if k <= s.a || r.at[k] >= 0 || r.toks[k].cap {
		return -1, false
	}
	if f := frenchFeature(r.lowerWord(k, b)); f == "" || !isNamelessKind(f) {
		return -1, false
	}
	return k, true
}

// vehicleNoun returns the English feature of a vehicle on land of
// events.tsv, in French when french is set and in English otherwise
// ("convoy", « moto »), or "". Conflict reports place such a vehicle, the
// object of a verb right before a distance, where it was hit ("ambushed a
// supply convoy 40 km south of X"); unlike a craft's, the capitalised
// words after it name no vehicle ("the night bus Hué – Hanoï").
func vehicleNoun(w string, french bool) string {
	l := langs().en
	if french {
		l = langs().fr
	}
	for _, ph := range l.events[w] {
		if ph.row.vehicle && len(ph.words) == 1 {
			return ph.row.english
		}
	}
	return ""
}

// frenchActiveVerb reports whether the French verb of place at token k
// of s is the past participle of an active verb, after the auxiliary
// "a", "ont", "avait" or "avaient": "L'armée a installé un poste
// militaire à 30 km de X" installs the post there, where "X est installé
// à 30 km de Y" places X.
func (r *reader) frenchActiveVerb(k int, s *sentence) bool {
	switch r.lowerWord(k-1, s.b) {
	case "a", "ont", "avait", "avaient", "aurait", "auraient":
		return k-1 >= s.a && !isCopula(r.lowerWord(k, s.b))
	}
	return false
}

// frenchSpotKind reads a French kind of place whose last word is at
// token e of s and whose head noun is not that word: a compound kind of
// lexicon/fr/descriptors.tsv ("point d'eau", "point de contrôle"), or a
// located kind followed by one lower-case adjective ("poste militaire")
// or by "de" and one lower-case noun ("mine d'or", "site d'orpaillage",
// "poste de contrôle"), or by an adjective, "de" or "du" and one noun
// (« l'abri provisoire de l'école »), perhaps with one more adjective
// after it (« site d'orpaillage clandestin »); or a compound kind followed
// by "de", "du" or "d'" and one lower-case noun (« centre d'hébergement
// de l'aréna »). The head may carry its elided article (« L'abri »
// opening the sentence: gluedArticleAt). It returns the head's token and
// the English feature.
func (r *reader) frenchSpotKind(e int, s *sentence) (int, string, bool) {
	b := s.b
	plain := func(k int) bool {
		return (k > s.a || r.gluedArticleAt(k, s, true)) && k < b && r.at[k] < 0 && r.toks[k].kind == tokWord && (!r.toks[k].cap || r.gluedArticleAt(k, s, true))
	}
	if plain(e) && plain(e-1) && isFrenchAdjective(r.lowerWord(e, b)) && !isFrenchAdjective(r.lowerWord(e-1, b)) {
		// « un site d'orpaillage clandestin », « un point d'eau
		// temporaire »: one adjective after the compound kind.
		if h, f, ok := r.frenchSpotKind(e-1, s); ok {
			return h, f, true
		}
	}
	for h := e - 1; h >= e-3 && plain(h); h-- {
		key := r.lowerWord(h, b)
		for k := h + 1; k <= e; k++ {
			if !plain(k) {
				return -1, "", false
			}
			key += " " + strings.ReplaceAll(r.lowerWord(k, b), "’", "'")
		}
		if d, ok := lex().fr[key]; ok && (isNamelessKind(d.feature) || isSpotFeature(d.feature)) {
			return h, d.feature, true
		}
		hw := r.lowerWord(h, b)
		if rest, art := elidedRest(hw); art == 'l' && rest != "" {
			hw = rest // « l'abri provisoire », « l'entrepôt de Sévaré »: the kind after its elided article
		}
		f := frenchFeature(hw)
		if f == "" || !isNamelessKind(f) {
			continue
		}
		switch rest, art := elidedRest(r.lowerWord(h+1, b)); {
		case h+1 == e && art == 'd' && rest != "":
			return h, f, true // "mine d'or"
		case h+1 == e && art == 0 && isFrenchAdjective(rest):
			return h, f, true // "poste militaire"
		case h+2 == e && (r.is(h+1, b, "de") || r.is(h+1, b, "du")):
			return h, f, true // "poste de contrôle", « la plage du lac »
		case h+3 == e && r.is(h+1, b, "de") && r.is(h+2, b, "la"):
			return h, f, true // « un poste de la gendarmerie », « un poste de la police »
		case h+3 == e && isFrenchAdjective(r.lowerWord(h+1, b)) && (r.is(h+2, b, "de") || r.is(h+2, b, "du")):
			return h, f, true // « l'abri provisoire de l'école », « le camp militaire du port »
		}
		return -1, "", false
	}
	// « le centre d'hébergement de l'aréna », « un centre d'hébergement
	// d'urgence »: a compound kind and one lower-case noun after « de »,
	// « du » or « d' » that says whose or what for.
	c := -1
	if rest, art := elidedRest(r.lowerWord(e, b)); plain(e) && art == 'd' && rest != "" {
		c = e - 1
	} else if plain(e) && plain(e-1) && (r.is(e-1, b, "de") || r.is(e-1, b, "du")) {
		c = e - 2
	}
	for h := c - 1; c > s.a && h >= c-2 && h > s.a; h-- {
		if end, f, ok := r.frenchCompoundKind(h, b); ok && end == c+1 {
			return h, f, true
		}
	}
	return -1, "", false
}

// namelessSpoken reads an event that opens the clause reported by the
// verb of speech at token j (speech.tsv): "The National Hurricane Center
// said the eye came ashore 10 km south-east of X", "Forecasters said the
// eye ...". The article, at most three modifiers, the event noun and its
// verb (events.tsv) must follow the verb.
func (r *reader) namelessSpoken(j int, s *sentence) (namelessPhrase, bool) {
	b := s.b
	k := j + 1
	if r.is(k, b, "that") {
		k++
	}
	w := r.lowerWord(k, b)
	if w != "the" && w != "a" && w != "an" {
		return namelessPhrase{}, false
	}
	if r.mentionAt(k+1, b) >= 0 {
		// "The BC Wildfire Service says the Sparks Lake wildfire, about
		// 30 km north-west of X, ...": a named fire.
		if np, ok := r.namelessFrom(k, s); ok && np.event {
			return np, true
		}
		return namelessPhrase{}, false
	}
	for e := k + 1; e < b && e <= k+4; e++ {
		v := r.lowerWord(e, b)
		if v == "" || isCopula(v) || isPreposition(v) {
			return namelessPhrase{}, false
		}
		ev, ok := eventNoun(v)
		if !ok {
			continue
		}
		if end := r.eventVerbEnd(e+1, b); end > e+1 && r.mentionAt(end, b) < 0 {
			return namelessPhrase{a: k, b: e + 1, feature: ev, definite: w == "the", event: true}, true
		}
		return namelessPhrase{}, false
	}
	return namelessPhrase{}, false
}

// namelessLate reads a nameless subject that comes after its verb, at
// token j, behind a fronted relation whose object ends right before the
// verb: "About 20 km north of Gao is a checkpoint", "À 15 km de Gao se
// trouve un campement". The phrase must end the clause.
func (r *reader) namelessLate(j int, s *sentence) (namelessPhrase, bool) {
	b := s.b
	if r.mentionAt(s.first, b) >= 0 || r.mentionEndingAt(j-1, s.a) < 0 {
		return namelessPhrase{}, false
	}
	k := j + 1
	if r.is(j, b, "se") && isFrenchLocative(r.lowerWord(k, b)) {
		k++
	}
	w := r.lowerWord(k, b)
	definite := false
	switch w {
	case "the", "le", "la":
		definite = true
	case "a", "an", "un", "une":
	default:
		return namelessPhrase{}, false
	}
	for e := k + 1; e < b && e <= k+4; e++ {
		v := r.lowerWord(e, b)
		f := ""
		switch {
		case v == "":
			return namelessPhrase{}, false
		case isDescriptorNoun(v):
			f = v
		case frenchFeature(v) != "":
			f = frenchFeature(v)
		case isPreposition(v) || isCopula(v) || v == "de" || v == "du":
			return namelessPhrase{}, false
		default:
			continue
		}
		if !isNamelessKind(f) || !r.clauseEndAt(langs().en, e+1, b) {
			return namelessPhrase{}, false
		}
		return namelessPhrase{a: k, b: e + 1, feature: f, definite: definite}, true
	}
	return namelessPhrase{}, false
}

// flightScene reads the mishap of a flight named by its number, opening
// sentence s at token k: "Flight" or an airline's name ending in "Flight"
// and the flight's number ("Ethiopian Airlines Flight 302 crashed 62 km
// south-east of X", "Flight 691 crashed"), perhaps with an apposition
// naming the aircraft's model before the verb ("Flight 302, a Boeing 737
// MAX 8, crashed"; craftAppositionEnd). The scene is named with the flight
// and its verb, or with the flight alone when an apposition comes between.
// The names among its words (the airline's, the model's) are no places.
func (r *reader) flightScene(k int, s *sentence) (namelessPhrase, bool) {
	b := s.b
	if k != s.first {
		return namelessPhrase{}, false
	}
	m := r.mentionAt(k, b)
	if m < 0 || r.mtok[m][0] != k || r.toks[r.mtok[m][1]-1].lower != "flight" {
		return namelessPhrase{}, false
	}
	e := r.mtok[m][1]
	if e >= b || r.toks[e].kind != tokNum {
		return namelessPhrase{}, false
	}
	e++
	name, v := e, e
	if a := r.craftAppositionEnd(e, b); a > e {
		v = a
	}
	end, sea := r.sceneAfter(v, b, false)
	if end <= v || r.mentionAt(end, b) >= 0 {
		return namelessPhrase{}, false
	}
	if v == e {
		name = end
	}
	for j := k; j < v; j++ {
		if n := int(r.at[j]); n >= 0 {
			r.mentions[n].Evidence = EvidenceUnlikely
		}
	}
	return namelessPhrase{a: k, b: name, feature: "craft", event: true, sea: sea}, true
}

// craftAppositionEnd returns the token after an apposition at token e
// that names a craft's model: a comma, "a" or "an", at most
// maxModelWords words and numbers, capitalised ones among them, no
// name the text gives evidence of being a place, and a comma (", a
// Boeing 737 MAX 8,"). It returns e when there is none.
func (r *reader) craftAppositionEnd(e, b int) int {
	if !r.is(e, b, ",") || !r.is(e+1, b, "a") && !r.is(e+1, b, "an") {
		return e
	}
	named := false
	for j := e + 2; j < b && j <= e+2+maxModelWords; j++ {
		switch t := r.toks[j]; {
		case t.lower == ",":
			if !named {
				return e
			}
			return j + 1
		case t.kind == tokNum:
		case t.kind != tokWord:
			if !isDash(t.lower) {
				return e
			}
		case t.cap:
			if n := int(r.at[j]); n >= 0 && r.mentions[n].Evidence > EvidenceCapitalised {
				return e
			}
			named = true
		}
	}
	return e
}

// modelApposition reads the mishap of a craft or a vehicle whose noun,
// opened by the article at token k, ends right before an apposition at
// token j naming its model (craftAppositionEnd) and followed by a scene's
// verb: "The plane, a Boeing 737 MAX 8, crashed 62 km south-east of X".
// The scene is named with the words before the apposition, whose names
// are no places.
func (r *reader) modelApposition(k, j int, definite bool, b int) (namelessPhrase, bool) {
	if j <= k+1 {
		return namelessPhrase{}, false
	}
	w := r.lowerWord(j-1, b)
	f := craftNoun(w)
	if f == "" {
		f = vehicleNoun(w, false)
	}
	a := r.craftAppositionEnd(j, b)
	if f == "" || a <= j {
		return namelessPhrase{}, false
	}
	e, sea := r.sceneAfter(a, b, false)
	if e <= a || r.mentionAt(e, b) >= 0 {
		return namelessPhrase{}, false
	}
	for q := j; q < a; q++ {
		if n := int(r.at[q]); n >= 0 {
			r.mentions[n].Evidence = EvidenceUnlikely
		}
	}
	return namelessPhrase{a: k, b: j, feature: f, definite: definite, event: true, sea: sea}, true
}

// maxModelWords bounds the words of an aircraft's model in an apposition
// (craftAppositionEnd): "a Boeing 737 MAX 8", "a de Havilland Canada
// DHC-6 Twin Otter".
const maxModelWords = 8

// namelessFrom reads a nameless descriptor phrase starting at token k of s.
func (r *reader) namelessFrom(k int, s *sentence) (namelessPhrase, bool) {
	return r.namelessFromPoss(k, s, false)
}

// namelessFromPoss is namelessFrom; with poss a possessive determiner
// opens the phrase wherever k is, not only at the start of the sentence
// ("after their boat sank 40 km north of X", « lorsque leur pirogue a
// chaviré à 3 km de X »): a clause of time opened by a conjunction.
func (r *reader) namelessFromPoss(k int, s *sentence, poss bool) (namelessPhrase, bool) {
	b := s.b
	if k >= b {
		return namelessPhrase{}, false
	}
	if np, ok := r.possessedEvent(k, s); ok {
		return np, true // "Typhoon Haiyan's eye passed 10 km south of X"
	}
	if np, ok := r.flightScene(k, s); ok {
		return np, true // "Ethiopian Airlines Flight 302 crashed 62 km south-east of X"
	}
	w, art := elidedRest(r.toks[k].lower)
	switch {
	case art == 'l' && r.toks[k].kind == tokWord: // "L'oasis"
		return r.frenchNamelessHead(k, k, w, true, s)
	case art != 0:
		return namelessPhrase{}, false
	case w == "the" || w == "this" || w == "a" || w == "an" || w == "its" || isPossessiveDeterminer(w) && (k == s.first || poss):
		// "Our guesthouse sits … 6 miles north of Sapa": a possessive
		// determiner other than "its" opening the sentence names a place
		// as "the" does; "injured when their minibus overturned near X"
		// is about X.
		definite, poss := w != "a" && w != "an", w == "its"
		j := k + 1
		for n := 0; n < 4 && j < b; n++ {
			if m := r.mentionAt(j, b); m >= 0 && j == k+1 && (w == "a" || w == "an") && r.mentions[m].Evidence == EvidenceCapitalised {
				// "A Twin Otter crashed 12 km short of the runway at X": a
				// model's name, after "a", whose mishap a distance places.
				v := r.mtok[m][1]
				if v < b && r.toks[v].kind == tokNum {
					v++ // "A Dash 8 crashed"
				}
				if e, sea := r.sceneAfter(v, b, false); e > v && r.mentionAt(e, b) < 0 {
					r.mentions[m].Evidence = EvidenceUnlikely
					return namelessPhrase{a: k, b: e, feature: "craft", definite: definite, event: true, sea: sea}, true
				}
			}
			if m := r.mentionAt(j, b); m >= 0 && j == k+1 && r.mentions[m].Evidence == EvidenceCapitalised && r.mtok[m][0] == j {
				if v := r.operatorCraftEnd(r.mtok[m][1], b); v > 0 {
					if e, _ := r.sceneAfter(v, b, false); e > v && r.mentionAt(e, b) < 0 {
						// "The Interislander ferry Kaitaki lost power 20 km
						// south-west of X", "A Maersk container ship caught
						// fire": the operator's name before the craft's
						// noun is no place, and the scene is the craft's.
						r.mentions[m].Evidence = EvidenceUnlikely
					}
				}
			}
			if m := r.mentionAt(j, b); m >= 0 && j == k+1 && (r.mentions[m].Evidence <= EvidenceCapitalised || r.mentions[m].Evidence == EvidenceDescriptor) {
				// "The Currowan fire was burning 25 km west of X": a
				// fire's or an eruption's name, whatever place it was
				// named after, a lake's or a mountain's too ("The Sparks
				// Lake wildfire, about 30 km north-west of X"); the
				// event is the place measured. An attack "The Bamako
				// attack" keeps its town.
				v := r.mtok[m][1]
				if f, ok := eventNoun(r.lowerWord(v, b)); ok && (f == "fire" || f == "eruption") {
					if e := r.eventVerbEnd(v+1, b); (e > v+1 || r.eventApposition(v+1, b)) && r.mentionAt(e, b) < 0 {
						r.mentions[m].Evidence = EvidenceUnlikely
						return namelessPhrase{a: k, b: v + 1, feature: f, definite: definite, event: true}, true
					}
				}
			}
			if m := r.mentionAt(j, b); m >= 0 && r.evidence(m) == EvidenceUnlikely && r.mentions[m].Evidence == EvidenceUnlikely {
				// "An Mi-8 helicopter crashed", "The Ural Airlines Airbus
				// A321 made an emergency landing": a maker's, a model's or
				// an operator's name among the words of a craft.
				f := "craft"
				if c := craftNoun(r.lowerWord(j-1, b)); c != "" && r.craftNamed[m] {
					f = c // "The fishing trawler Ocean Star sank": a trawler
				}
				j = r.mtok[m][1]
				if e, sea := r.sceneAfter(j, b, false); e > j && r.mentionAt(e, b) < 0 {
					return namelessPhrase{a: k, b: e, feature: f, definite: definite, event: true, sea: sea}, true
				}
				continue
			}
			if np, ok := r.modelApposition(k, j, definite, b); ok {
				return np, true // "The plane, a Boeing 737 MAX 8, crashed 62 km south-east of X"
			}
			if r.toks[j].kind == tokPoss && j > k+1 {
				j++ // "the earthquake's epicentre"
				continue
			}
			if q := r.quantityAfter(j, b); q > j && (w == "a" || w == "an") && !r.isEventMeasure(j, b) {
				// "A US$5 billion floating LNG terminal is planned 15 km
				// north of X": the size or cost is none of the four words.
				j = q
				n--
				continue
			}
			if r.toks[j].kind == tokNum || r.isEventMeasure(j, b) && r.mentionAt(j, b) < 0 {
				j++ // "A magnitude 6.1 earthquake", "A M 5.4 earthquake", "The 7.2 earthquake's epicentre"
				continue
			}
			if j > k+1 && r.toks[j-1].kind == tokNum && isDash(r.toks[j].lower) && r.isEventMeasure(j+1, b) {
				j++ // "A 6.2-magnitude quake"
				continue
			}
			if j > k+1 && r.toks[j-1].kind == tokNum && isDash(r.toks[j].lower) && anyHas(setMeasures, r.lowerWord(j+1, b)) {
				j += 2 // "a 10-acre tract", "a 400-hectare farm": the size before the kind
				continue
			}
			w := r.lowerWord(j, b)
			if j > k+1 && (isFiniteVerb(w) || isSpeechVerb(w) || w == "the" || w == "a" || w == "an") {
				// "The National Hurricane Center said the eye came
				// ashore": a verb or a new article ends the phrase.
				return namelessPhrase{}, false
			}
			if w == "" && r.flagModifier(j, b) {
				j++ // "The Liberian-flagged tanker", "A Greek fishing boat"
				continue
			}
			if w == "" || w == "nearest" || w == "closest" || w == "next" {
				return namelessPhrase{}, false
			}
			if anyHas(setRelatives, w) {
				// "A walker who went missing was found near X": a
				// relative clause follows the head, and "who" heads
				// nothing; the head before it was no kind of place.
				return namelessPhrase{}, false
			}
			if f, ok := eventNoun(w); ok {
				// "The attack took place 30 km east of X", "An ambush
				// occurred near X", "An earthquake of magnitude 6.8
				// struck 71 km south-west of X": the event is the place
				// measured. Not "The ambush site is ...", whose head is
				// "site".
				v := r.eventSizeEnd(j+1, b)
				if o := r.overWaterEnd(v, b); o > v && r.eventVerbEnd(o, b) > o {
					v = o // "The deep depression over the west-central Bay of Bengal lay centred ..."
				}
				if e := r.eventVerbEnd(v, b); e > v && r.mentionAt(e, b) < 0 && (v > j+1 || r.mentionAt(j+2, b) < 0) {
					return namelessPhrase{a: k, b: j + 1, feature: f, definite: definite, event: true}, true
				}
			}
			if e, sea, origin := r.sceneAfterOrigin(j+1, b, false); e > j+1 {
				// "The convoy was ambushed 30 km south of Gao", "A bus
				// crashed 12 km from X", "A boat carrying 40 migrants
				// capsized 30 nautical miles off X": where it happened
				// is the place, named by the words that tell it.
				if r.mentionAt(e, b) < 0 {
					if origin {
						e = j + 1 // "A boat carrying migrants from Libya capsized": "A boat"
					}
					return namelessPhrase{a: k, b: e, feature: w, definite: definite, event: true, sea: sea}, true
				}
				return namelessPhrase{}, false
			}
			spot := ""
			if h, fe, ok := r.kindAfterSpot(j, s); ok && (!isDescriptorNoun(w) || h < j && !isNamelessKind(w)) && isSpotFeature(fe) {
				// "The new plant will be built 15 km north-east of X": a
				// kind of kindsafter.tsv; "The crane staging area is 3
				// miles north of Y": of two words, the last a descriptor
				// noun that names no spot alone.
				spot = fe
			}
			if e, end, ok := r.namelessVerbAfter(j+1, b); (isDescriptorNoun(w) || spot != "") && ok {
				if spot == "" && !isNamelessKind(w) || r.mentionAt(e+1, b) >= 0 || r.actsOnObject(e, b) {
					return namelessPhrase{}, false
				}
				if r.toks[k].lower == "its" && r.seatNamedAt(e+1, b) {
					// "Its headquarters are in the town of X": the topic's
					// seat is X, named right there.
					return namelessPhrase{}, false
				}
				f := w
				if p := r.lowerWord(j-1, b); j-1 > k && isCompoundModifier(p) {
					f = p + " " + w // "refugee camp"
				}
				if spot != "" {
					f = spot
				}
				return namelessPhrase{a: k, b: end, feature: f, definite: definite, poss: poss}, true
			}
			if j == k+1 && langs().en.verbs[w].lead && isSiteArticle(r.toks[k].lower) {
				j++ // "The proposed compressor station would be built ...": a participle right after the article
				continue
			}
			if isCopula(w) || isPreposition(w) || w == "and" || w == "or" {
				return namelessPhrase{}, false
			}
			if isDescriptorNoun(w) && !isDescriptorNoun(r.lowerWord(j+1, b)) && !r.kindOpensAt(j, b) {
				return namelessPhrase{}, false
			}
			j++ // a modifier, or a kind before the head: "The park gate is ...", "The site office is ..."
		}
	case w == "les" || w == "des":
		// "Les combats ont eu lieu à ...": plural, only events.
		if hw := r.lowerWord(k+1, b); hw != "" {
			if _, ok := eventNoun(hw); ok {
				return r.frenchNamelessHead(k, k+1, hw, w == "les", s)
			}
		}
	case w == "le" || w == "la" || w == "ce" || w == "cette" || w == "cet" || w == "un" || w == "une" || w == "son" || w == "sa" || poss && (w == "leur" || w == "leurs"):
		// « Son sommet se trouve à ... »: the topic's part, as "Its
		// snout lies ..." in English.
		j := k + 1
		for n := 0; n < 2 && isFrenchAdjective(r.lowerWord(j, b)); n++ {
			j++
		}
		hw := r.lowerWord(j, b)
		if hw == "" && j > k+1 && r.at[j] >= 0 && r.craftNamed[int(r.at[j])] {
			j-- // « Le pétrolier Ville de Dakar »: the noun before the craft's name
			hw = r.lowerWord(j, b)
		}
		if hw == "" {
			return namelessPhrase{}, false
		}
		np, ok := r.frenchNamelessHead(k, j, hw, w != "un" && w != "une", s)
		if !ok && j > k+1 {
			// « Un pétrolier a été attaqué »: a noun that is also an
			// adjective heads the phrase.
			np, ok = r.frenchNamelessHead(k, j-1, r.lowerWord(j-1, b), w != "un" && w != "une", s)
		}
		np.poss = w == "son" || w == "sa"
		return np, ok
	}
	return namelessPhrase{}, false
}

// seatNamedAt reports whether the words from token j, right after the
// verb of "Its headquarters are ...", name the place: "in X", "at the town
// of X", "the village of X".
func (r *reader) seatNamedAt(j, b int) bool {
	if r.is(j, b, "in") || r.is(j, b, "at") {
		j++
	}
	if r.mentionAt(j, b) >= 0 {
		return true
	}
	_, ok := r.describedAt(j, b)
	return ok
}

// namelessVerbAfter reports whether the English head noun before token j is
// followed by its verb of place, perhaps after a phrase with "for" or
// "with" of at most four lower-case words ("A camp for displaced families
// lies ...", "A quinta with a vineyard stands ..."),
// or an aside between commas ("The camp, set up in 2012, lies ..."), and
// returns the verb's token and the end of the phrase that names the place.
func (r *reader) namelessVerbAfter(j, b int) (verb, end int, ok bool) {
	if e, ok := r.areaPhraseEnd(j, b); ok {
		// "A bungalow on half an acre lies …", "A farm of 40 hectares,
		// 12 km …": the size is no part of the place's name.
		v, end, ok := r.namelessVerbAfter(e, b)
		if ok && end == e {
			end = j
		}
		return v, end, ok
	}
	if isCopula(r.lowerWord(j, b)) {
		return j, j, true
	}
	if e, ok := r.extentClauseEnd(j, b); ok && isCopula(r.lowerWord(e, b)) {
		return e, j, true // "The property covers 140 km² and lies 55 km west of Y"
	}
	if w := r.lowerWord(j, b); strings.HasSuffix(w, "ed") && anyHas(setBuilds, w) {
		// "A new dive centre opened 8 km south of X": a verb of building
		// right before the distance places what was built; with an object
		// between ("The carmaker opened its first plant 100 km north of
		// X") the verb builds that object instead.
		if _, ok := r.parseQuantity(j+1, b); ok {
			return j, j, true
		}
	}
	if e, ok := r.speakerClauseEnd(j, b); ok {
		// "The kasbah where we stayed is …", "The opal field we
		// visited, some 30 km north-west of X, is …": a clause of the
		// writer's own visit narrows the head and names no place.
		v, end, ok := r.namelessVerbAfter(e, b)
		if ok && end == e {
			end = j
		}
		return v, end, ok
	}
	if r.is(j, b, ",") {
		if e, ok := r.locatingAside(j, b); ok {
			return e, j, true
		}
		if e, ok := r.locatingRelative(j, b); ok {
			return e, j, true // "The kasbah, which is located 12 km east of X, has a pool"
		}
		// "The camp, set up in 2012, lies ...": an aside with no name.
		for e := j + 1; e < b && e <= j+12; e++ {
			if r.at[e] >= 0 {
				return j, j, false
			}
			if r.is(e, b, ",") {
				if e > j+1 && isCopula(r.lowerWord(e+1, b)) {
					return e + 1, j, true
				}
				return j, j, false
			}
		}
		return j, j, false
	}
	if e, ok := r.waterAsideEnd(j, b); ok {
		// "An irrigation weir on the Murray River, 15 km east of
		// Mildura, will be removed": the river or lake the work stands
		// on is no part of its name, and the distance after it is the
		// work's.
		if v, ok := r.locatingAside(e, b); ok {
			return v, j, true
		}
	}
	// "with", "on" and "in": "A quinta with a vineyard stands ...", "An
	// eco-resort on a small island sits ...": what the place has or stands
	// on is no part of its name.
	with := r.is(j, b, "with") || (r.is(j, b, "on") || r.is(j, b, "in")) && (r.is(j+1, b, "a") || r.is(j+1, b, "an"))
	if !r.is(j, b, "for") && !with {
		return j, j, false
	}
	for e := j + 1; e < b && e <= j+5; e++ {
		w := r.lowerWord(e, b)
		switch {
		case r.is(e, b, ",") && e > j+1:
			// "A camp for displaced families, 12 km west of X, was ..."
			if v, ok := r.locatingAside(e, b); ok {
				return v, e, true
			}
			return j, j, false
		case w == "" || isPreposition(w) || w == "and" || w == "or":
			return j, j, false
		case isCopula(w) && e > j+1 && with:
			// "A quinta with a vineyard stands 3 km north of X": what
			// it has is no part of its name.
			return e, j, true
		case isCopula(w) && e > j+1:
			return e, e, true
		}
	}
	return j, j, false
}

// waterAsideEnd reads at token j a preposition of place and a river or
// lake ("on the Murray River", "on Lake Kariba", "along the Niger") that
// ends at a comma, and returns the comma's token.
func (r *reader) waterAsideEnd(j, b int) (int, bool) {
	if !r.is(j, b, "on") && !r.is(j, b, "along") {
		return j, false
	}
	k := j + 1
	if r.is(k, b, "the") {
		k++
	}
	m := r.mentionAt(k, b)
	if m < 0 || r.mtok[m][0] != k || !isWaterFeature(r.feature(m)) {
		return j, false
	}
	e := r.mtok[m][1]
	if !r.is(e, b, ",") {
		return j, false
	}
	return e, true
}

// waterAsideStart returns the first token of a phrase that ends at token
// e and says which river or lake a place stands on: "on the Murray River",
// "on the banks of the Niger", « sur le fleuve Sénégal », « sur la
// rivière Artibonite », « au bord du lac Kivu »; or -1.
func (r *reader) waterAsideStart(e int, s *sentence) int {
	m := r.mentionEndingAt(e, s.a)
	if m < 0 || !isWaterFeature(r.feature(m)) {
		return -1
	}
	k := r.mtok[m][0] - 1
	if w := r.lowerWord(k, s.b); w == "fleuve" || w == "rivière" || w == "lac" {
		k-- // « le fleuve Sénégal », « la rivière Artibonite »
	}
	if k <= s.a {
		return -1 // the water opens the sentence: "Nyamyumba Lake is a city ..."
	}
	switch w := r.lowerWord(k, s.b); {
	case w == "the" || w == "le" || w == "la" || w == "du":
		k--
	case strings.HasPrefix(r.toks[k].lower, "l'") || strings.HasPrefix(r.toks[k].lower, "l’"):
		k-- // « sur l'Artibonite »
	}
	if r.is(k, s.b, "of") {
		if j := r.bankPhraseStart(k-1, s); j >= 0 {
			return j // "on the banks of the Niger"
		}
		return -1
	}
	if r.is(k, s.b, "bord") && r.is(k-1, s.b, "au") {
		return k - 1 // « au bord du lac Kivu »
	}
	switch r.lowerWord(k, s.b) {
	case "on", "along", "sur":
		return k
	}
	return -1
}

// wildAsideStart returns the first token of a phrase of open country
// that ends at token e, between a nameless place's kind and its distance,
// or -1: "in the bush", "deep in the forest", "in the dense jungle", «
// dans la brousse », « en pleine forêt », « en brousse ». The nouns are
// in wilds.tsv; one adjective of adjectives.tsv may stand before the
// English noun.
func (r *reader) wildAsideStart(e int, s *sentence) int {
	b := s.b
	if e <= s.a || r.toks[e].kind != tokWord || r.toks[e].cap || !anyHas(setWilds, r.toks[e].lower) {
		return -1
	}
	k := e - 1
	switch w := r.lowerWord(k, b); {
	case w == "pleine" && r.is(k-1, b, "en"):
		return k - 1 // « en pleine brousse »
	case w == "en":
		return k // « en brousse »
	case isFrenchArticle(w) && r.is(k-1, b, "dans"):
		return k - 1 // « dans la brousse »
	}
	if anyHas(setAdjectives, r.lowerWord(k, b)) {
		k-- // "in the dense forest"
	}
	if !r.is(k, b, "the") || !(r.is(k-1, b, "in") || r.is(k-1, b, "inside")) {
		return -1
	}
	if r.is(k-2, b, "deep") {
		return k - 2 // "deep in the forest"
	}
	return k - 1
}

// isWaterFeature reports whether the feature f names a river or a lake.
func isWaterFeature(f string) bool {
	return f == "river" || f == "lake"
}

// speakerClauseEnd reads at token j, right after the head noun of a
// nameless place, a relative clause whose subject is a personal pronoun
// and whose verb ends it: "where we stayed", "that we rented", "we
// visited" (no relative word), "where we slept"; up to two words of the
// verb's object may follow it before a comma ("where we tasted torrontés,
// …"). It returns the token after the clause.
func (r *reader) speakerClauseEnd(j, b int) (int, bool) {
	k := j
	if w := r.lowerWord(k, b); w == "where" || w == "that" || w == "which" {
		k++
	}
	if !isPersonalPronoun(r.lowerWord(k, b)) || r.at[k] >= 0 {
		return j, false
	}
	v := r.lowerWord(k+1, b)
	if v == "" || r.at[k+1] >= 0 || isCopula(v) || isPreposition(v) || anyHas(setArticles, v) || v == "and" || v == "or" {
		return j, false
	}
	e := k + 2
	// "where we tasted torrontés, …": at most two words of the verb's
	// object, when a comma closes the clause right after them.
	for n := 0; n < 2 && !r.is(e, b, ","); n++ {
		if w := r.lowerWord(e, b); w == "" || r.at[e] >= 0 || isCopula(w) || isPreposition(w) || anyHas(setArticles, w) {
			break
		}
		e++
	}
	if !r.is(e, b, ",") {
		e = k + 2
	}
	return e, true
}

// locatingRelative reports whether the comma at token j opens a relative
// clause that says where the place before it lies, closed by a comma and
// the main clause's verb: "The kasbah, which is located 12 km east of X,
// has a pool", "The camp, which lies 20 km north of Y, was …". It returns
// the main verb's token.
func (r *reader) locatingRelative(j, b int) (int, bool) {
	if w := r.lowerWord(j+1, b); w != "which" && w != "that" {
		return j, false
	}
	if !isCopula(r.lowerWord(j+2, b)) {
		return j, false
	}
	for e := j + 3; e < b && e <= j+20; e++ {
		switch r.toks[e].lower {
		case ",":
			if w := r.lowerWord(e+1, b); w != "" && (isCopula(w) || r.mainVerbAt(e+1, b)) {
				return e + 1, true
			}
			if r.at[e+1] < 0 && r.lowerWord(e+1, b) != "" {
				continue // "which lies 12 km east of X, on the road to Y, has …"
			}
			return j, false
		case ";", ":", "(", ")":
			return j, false
		}
	}
	return j, false
}

// actsOnObject reports whether the verb at token e is "has", "have" or
// "had" and a past participle with an object after it ("The project has
// moved its base to X, 20 km north of Y", "The firm has opened a depot
// …"): the subject acts on that object, and the place the clause goes on
// to measure is the object's, not the subject's.
func (r *reader) actsOnObject(e, b int) bool {
	switch r.lowerWord(e, b) {
	case "has", "have", "had":
	default:
		return false
	}
	p := r.lowerWord(e+1, b)
	if p == "" || p == "been" || !strings.HasSuffix(p, "ed") && !isIrregularParticiple(p) {
		return false
	}
	switch w := r.lowerWord(e+2, b); {
	case w == "a", w == "an", w == "the", isPossessiveDeterminer(w):
		return true
	}
	return false
}

// areaPhraseEnd reads at token j a phrase of a place's size after its
// noun: "on", "of" or "with", perhaps a filler, an amount ("half an", a
// number, a number word) and a measure of measures.tsv ("on half an
// acre", "of some 40 hectares", "with 3 acres"). It returns the token
// after it.
func (r *reader) areaPhraseEnd(j, b int) (int, bool) {
	switch r.lowerWord(j, b) {
	case "on", "of", "with":
	default:
		return j, false
	}
	k := j + 1
	for k < b && isFiller(r.lowerWord(k, b)) {
		k++
	}
	switch w := r.lowerWord(k, b); {
	case w == "half" && (r.is(k+1, b, "a") || r.is(k+1, b, "an")):
		k += 2
	case k < b && r.toks[k].kind == tokNum, isNumberWord(w):
		k++
	default:
		return j, false
	}
	if !anyHas(setMeasures, r.lowerWord(k, b)) {
		return j, false
	}
	return k + 1, true
}

// locatingAside reports whether the comma at token j opens an aside that
// says where the place before it lies, closed by a comma and the clause's
// verb: "A camp, 12 km west of Bunia, was attacked", "A camp for displaced
// families, 12 km west of Bunia, was attacked". It returns the verb's
// token.
func (r *reader) locatingAside(j, b int) (int, bool) {
	q, ok := r.parseQuantity(j+1, b)
	if !ok {
		q, ok = r.groundQuantity(j+1, b)
	}
	if !ok {
		return j, false
	}
	for e := q.end; e < b && e <= j+16; e++ {
		switch r.toks[e].lower {
		case ",":
			if w := r.lowerWord(e+1, b); w != "" && !isPreposition(w) && w != "and" && w != "or" {
				return e + 1, true
			}
			return j, false
		case ";", ":", "(", ")":
			return j, false
		}
	}
	return j, false
}

// frenchNamelessHead reads a French nameless phrase whose article is at a
// and head noun w at j: the noun may be followed by lower-case words ("de
// contrôle", "militaire") before its verb of place.
func (r *reader) frenchNamelessHead(a, j int, w string, definite bool, s *sentence) (namelessPhrase, bool) {
	b := s.b
	if f, ok := eventNoun(w); ok {
		// "L'attaque a eu lieu à 30 km de X", "L'embuscade s'est produite
		// près de X", « Le séisme de magnitude 6,8 s'est produit à 71 km
		// de X », « Un feu de forêt s'est déclaré à 10 km de X ».
		n := j + 1 // after the noun and one adjective: « Une secousse tellurique a été enregistrée »
		if w := r.lowerWord(n, b); w != "" && !r.toks[n].cap && r.at[n] < 0 && isFrenchAdjective(w) {
			n++
		}
		v := r.sizeComplementEnd(r.eventSizeEnd(n, b), b) // « Un incendie d'environ 300 hectares brûle »
		if v == j+1 && f == "fire" && v < b && r.toks[v].kind == tokNum && r.at[v] < 0 {
			// « L'incendie 344 est situé à 12 km au sud de X »: a fire
			// service's number names it.
			if r.eventVerbAt(v+1, b) {
				return namelessPhrase{a: a, b: v + 1, feature: f, definite: definite, event: true}, true
			}
		}
		if v == n && r.is(v, b, "de") && r.lowerWord(v+1, b) != "" && r.mentionAt(v+1, b) < 0 {
			// « feu de forêt », « glissement de terrain », « tremblement
			// de terre », and a size after: « Un feu de forêt d'environ
			// 300 hectares ».
			v = r.sizeComplementEnd(r.eventSizeEnd(v+2, b), b)
		} else if rest, art := elidedRest(r.word(v, b)); v == n && art == 'd' && rest != "" && !r.toks[v].cap && r.at[v] < 0 {
			v++ // « Une nappe d'hydrocarbures a été repérée »
		}
		if !r.eventVerbAt(v, b) {
			return namelessPhrase{}, false
		}
		return namelessPhrase{a: a, b: j + 1, feature: f, definite: definite, event: true}, true
	}
	f := frenchFeature(w)
	if end, cf, ok := r.frenchCompoundKind(j, b); ok {
		// « Un centre de santé a été ouvert à 2 km au nord de X », « Le
		// centre d'hébergement se trouve à 3 km de Y »: a compound kind
		// of fr/descriptors.tsv whose head alone is no located kind.
		f, j = cf, end-1
	}
	if f == "" || !isNamelessKind(f) && !isSpotFeature(f) {
		// « Le chalutier a sombré à 20 milles au large de X », « Une
		// pirogue transportant 80 migrants a chaviré à 4 km de X »: the
		// scene of a mishap, named by the words that tell it.
		e := j + 1
		if w := r.lowerWord(e, b); w != "" && r.at[e] < 0 && isFrenchAdjective(w) {
			e++ // « Un bateau pneumatique transportant 30 migrants a chaviré »
		}
		for n := 0; n < 2 && r.is(e, b, "de") && r.mentionAt(e+1, b) < 0 && r.lowerWord(e+1, b) != ""; n++ {
			e += 2 // « Une embarcation de migrants », « L'avion de tourisme »
			if w := r.lowerWord(e, b); w != "" && r.at[e] < 0 && isFrenchAdjective(w) {
				e++ // « Un car de transport interurbain s'est retourné »
			}
			if r.is(e, b, "en") && r.is(e+1, b, "commun") {
				e += 2 // « Un car de transport en commun s'est renversé »
			}
		}
		if o := r.routeComplementEnd(e, b); o > e {
			// « Un car en provenance de Douala s'est renversé à 40 km au
			// sud de X », « Un autocar à destination de Marrakech »: where
			// the vehicle came from or went, not where the mishap was.
			if v, sea, _ := r.sceneAfterOrigin(o, b, true); v > o && r.mentionAt(v, b) < 0 {
				if f == "" {
					f = w
				}
				return namelessPhrase{a: a, b: e, feature: f, definite: definite, event: true, sea: sea}, true
			}
		}
		if e < b && r.at[e] >= 0 && r.craftNamed[int(r.at[e])] {
			e = r.mtok[r.at[e]][1] // « Le chalutier Ville de Saint-Malo a coulé »: the craft's name
		}
		if o := r.ownerEnd(j+1, b); o > j+1 {
			if v, _ := r.sceneAfter(o, b, true); v > o {
				e = o // « Un hélicoptère de la Marine nationale s'est abîmé »: its owner
			}
		}
		if v, sea, origin := r.sceneAfterOrigin(e, b, true); v > e && r.mentionAt(v, b) < 0 {
			if f == "" {
				f = w
			}
			if origin {
				v = e // « Un bateau transportant des migrants vers Mayotte a chaviré »: « Un bateau »
			}
			return namelessPhrase{a: a, b: v, feature: f, definite: definite, event: true, sea: sea}, true
		}
		return namelessPhrase{}, false
	}
	e := j + 1
	end := -1 // where the phrase's words end, when an aside of size follows them
	// Up to five words between the kind and its verb: « Un poste de la
	// gendarmerie nationale a été attaqué ».
	for n := 0; n < 5; n++ {
		if e2, ok := r.extentClauseEnd(e, b); ok {
			end, e = e, e2 // « La licence couvre 140 km² et se trouve à »
		}
		e = r.eventSizeEnd(e, b)      // « L'épicentre du séisme de magnitude 7,2 était situé »
		e = r.sizeComplementEnd(e, b) // « Une ferme de 30 hectares située »
		if e2 := r.skipSizeAside(e, b); e2 != e && r.is(e, b, ",") {
			end, e = e, e2 // « Le terrain, d'une superficie de 2 ha, se trouve »
		}
		if end < 0 || end > e {
			end = e
		}
		v := r.lowerWord(e, b)
		if isFrenchLocative(v) {
			if r.mentionAt(e+1, b) >= 0 {
				return namelessPhrase{}, false // "Le village est Kona"
			}
			return namelessPhrase{a: a, b: end, feature: f, definite: definite}, true
		}
		if (v == "a" || v == "ont") && r.is(e+1, b, "été") && e > j {
			// "Un poste de contrôle a été érigé à 5 km de X": a passive
			// verb after the kind's own words places the spot.
			return namelessPhrase{a: a, b: end, feature: f, definite: definite}, true
		}
		if frenchAuxiliary(v) && isFrenchLocative(r.lowerWord(e+1, b)) {
			// « Une école de pêche a ouvert à 10 km au nord de X », « Un
			// centre de plongée s'est installé à 3 km de Y »: the perfect
			// of a verb of place; the auxiliary is no part of the name.
			return namelessPhrase{a: a, b: end, feature: f, definite: definite}, true
		}
		end = -1
		if k, ok := r.frenchSpeakerClauseEnd(e, b); ok && (r.is(k, b, ",") || isFrenchLocative(r.lowerWord(k, b)) || r.is(k, b, "se")) {
			// « L'îlet où nous avons logé, à 6 km à l'ouest de X, n'est
			// accessible qu'à pied »: the writer's own clause narrows the
			// kind and names no place.
			return namelessPhrase{a: a, b: e, feature: f, definite: definite}, true
		}
		if r.is(e, b, ",") && r.is(e+1, b, "qui") && (isFrenchLocative(r.lowerWord(e+2, b)) || r.is(e+2, b, "se") && isFrenchLocative(r.lowerWord(e+3, b))) {
			// « Le village, qui se trouve à 6 km de X, n'est … »
			return namelessPhrase{a: a, b: e, feature: f, definite: definite}, true
		}
		if r.frenchPlainAside(e, b) {
			// « La ferme, bâtie en 1902 par un colon alsacien, se trouve à
			// 12 km », « Le village, dont l'école a fermé en 2019, est à
			// 14 km »: an aside with no name, closed by a comma and the
			// verb of place, narrows the kind.
			return namelessPhrase{a: a, b: e, feature: f, definite: definite}, true
		}
		if v == "" || v == "qui" || v == "à" || v == "au" || v == "aux" || v == "et" || v == "ou" {
			return namelessPhrase{}, false
		}
		e++
	}
	return namelessPhrase{}, false
}

// frenchAuxiliary reports whether w is the auxiliary of a French perfect
// that a verb of place may follow: « a », « ont », « s'est ».
func frenchAuxiliary(w string) bool {
	switch strings.ReplaceAll(w, "’", "'") {
	case "a", "ont", "s'est":
		return true
	}
	return false
}

// frenchSpeakerClauseEnd reads at token e, right after a French kind of
// place, a relative clause whose subject is a personal pronoun of the
// writer or the reader: « où nous avons logé », « que nous avons visité »,
// « où j'ai dormi ». It returns the token after its last word, a comma or
// a verb of place.
func (r *reader) frenchSpeakerClauseEnd(e, b int) (int, bool) {
	rel, art := elidedRest(r.toks[e].lower)
	k := e + 1
	switch {
	case art == 0 && (rel == "où" || rel == "que"):
	case art == 'q':
		k = e // « qu'on a visité »
	default:
		return e, false
	}
	switch w := r.lowerWord(k, b); {
	case k > e && (w == "nous" || w == "on" || w == "je" || w == "vous"):
		k++
	case k > e && (strings.HasPrefix(w, "j'") || strings.HasPrefix(w, "j’")):
		k++ // « j'ai »
	case k == e && (rel == "on" || rel == "nous"):
		k++
	default:
		return e, false
	}
	for n := 0; n < 3 && k < b; n++ {
		if r.is(k, b, ",") || r.at[k] >= 0 || r.toks[k].kind != tokWord || r.toks[k].cap {
			break
		}
		w := r.lowerWord(k, b)
		if w == "à" || w == "de" || w == "au" || w == "est" || w == "se" || isFrenchLocative(w) {
			break
		}
		k++
	}
	return k, k > e+1
}

// gluedArticleAt reports whether token k of s, in French text, is a
// lower-case word glued to the elided definite article « l' » (« l'abri »,
// « L'hôpital » opening the sentence): the article and the kind of
// place in one token.
func (r *reader) gluedArticleAt(k int, s *sentence, french bool) bool {
	if !french || k < s.a || k >= s.b || r.toks[k].kind != tokWord {
		return false
	}
	rest, art := elidedRest(r.toks[k].lower)
	if art != 'l' || rest == "" {
		return false
	}
	t := r.text[r.toks[k].start:r.toks[k].end]
	i := strings.IndexAny(t, "'’")
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(t[i:])
	c, _ := utf8.DecodeRuneInString(t[i+n:])
	return unicode.IsLower(c) // « l'abri », not « l'Aveyron »
}

// frenchCompoundKind reads a compound kind of lexicon/fr/descriptors.tsv
// of two or three lower-case words opening at token j of a sentence ending
// at b, with no mention on them (« centre d'hébergement », « centre de
// santé »), whose English feature names a spot (isNamelessKind,
// isSpotFeature). It returns the token after its last word and the feature.
func (r *reader) frenchCompoundKind(j, b int) (int, string, bool) {
	key := ""
	for k := j; k < j+3 && k < b; k++ {
		if r.at[k] >= 0 || r.toks[k].kind != tokWord || r.toks[k].cap {
			return -1, "", false
		}
		w := strings.ReplaceAll(r.lowerWord(k, b), "’", "'")
		if key == "" {
			key = w
			continue
		}
		key += " " + w
		if d, ok := lex().fr[key]; ok && (isNamelessKind(d.feature) || isSpotFeature(d.feature)) {
			return k + 1, d.feature, true
		}
	}
	return -1, "", false
}

// namelessSubject weighs a nameless phrase opening s as the subject of f,
// given what the ordinary search found (subj, ana, ok), and returns the
// subject to use.
func (r *reader) namelessSubject(f *found, s *sentence, subj int, ana Span, ok bool) (int, Span, bool) {
	// "The Sparks Lake wildfire, about 30 km north-west of X": the name
	// found is the event's, which the phrase opening s may place.
	if m, long := r.longAppositionName(f.start, s); ok && long && m == subj && !f.reversed {
		// "X, a pasture with two yurts and a stone hut 30 km south-west
		// of Y": the nouns of the apposition describe the name.
		return subj, ana, ok
	}
	event := ok && ana.IsZero() && r.namesEvent(subj, s)
	numbered := false
	if ok && ana.IsZero() && !event && !f.reversed {
		// « Les Allemands attaquent la cote 304, à 10 km au nord-ouest de
		// X »: a numbered height right before the distance is what it
		// places, though the clause's subject is a name; so is the
		// clause's object, a site or an event ("GeoNet recorded a
		// magnitude 5.4 earthquake 20 km east of X").
		np, found := r.namelessBefore(f, s)
		numbered = found && (np.numbered || r.siteObject(np, s))
	}
	relative := false
	if !f.reversed && (!ok || ana.IsZero() && !event && subj >= 0 && r.craftNamed[subj]) {
		// "The Coast Guard rescued four crew from the fishing vessel
		// Northern Dawn, which sank 30 miles southwest of X": the
		// craft's scene, which the relative clause places, whatever
		// the clause's actor or the craft's name.
		_, relative = r.sceneAfterRelative(f, s)
	}
	reported := false
	if !f.reversed && ok && ana.IsZero() && !event && !numbered && !relative && subj >= 0 {
		// "Speaking from Cox's Bazar, an aid worker told AFP that the
		// camp, 30 km south of X, …": the place the witness spoke from
		// comes before the reported clause, whose own nameless subject
		// the distance places.
		if np, found := r.namelessReported(s); found && r.mtok[subj][1] <= np.a && np.b <= f.phraseStart {
			reported = true
		}
	}
	dwelling := false
	if !ok && !relative && r.personClause(f.start, s) {
		// "\"…,\" says Mr Jones, who lives on a farm 12 km south of X":
		// the place a person's clause puts the person at is placed,
		// though the person is nowhere.
		if np, found := r.namelessBefore(f, s); found && np.a > s.a && isPreposition(r.lowerWord(np.a-1, s.b)) {
			dwelling = true
		}
	}
	if f.reversed || (ok && ana.IsZero() && !event && !numbered && !relative && !reported) || !ok && !relative && !dwelling && r.actorClause(f.start, s) {
		return subj, ana, ok
	}
	subj0, ana0, ok0 := subj, ana, ok
	if event || relative || reported {
		ok = false
	}
	np, found := r.namelessBefore(f, s)
	switch {
	case !found:
		// A clause after a semicolon has its own subject: « Un séisme a
		// frappé Lombok ; l'épicentre se trouvait à 27 km de X » places
		// the epicentre.
		np, found = r.namelessAfterSemicolon(f, s)
		if !found {
			np, found = r.sceneAfterConjunction(f, s)
		}
		if !found {
			np, found = r.sceneAfterRelative(f, s)
		}
		if !found && r.ownClauseBefore(f.start, s) {
			return subj0, ana0, ok0 // "The village sits …; the nearest hospital is in X"
		}
		if !found && r.personClause(f.start, s) {
			// "The estate … passed to the Liphart family, who also held
			// lands around Elva": the clause is about people, and the
			// place opening the sentence is not where they held lands.
			return subj0, ana0, ok0
		}
		if !found {
			np, found = r.namelessAt(s)
		}
	case np.a > s.first:
		ok = false // the phrase measures from the place named right before it
	}
	if !found || event && !np.event {
		return subj0, ana0, ok0
	}
	if t := r.frontedDemonstrative(np, s, f.rel.Object); t >= 0 {
		// "Ksar Oum Tlili. Less visited than its neighbours, this
		// fortified granary stands 18 km south-west of X", « Moins connu
		// que ses voisins, ce grenier se dresse à … »: the demonstrative
		// after a fronted phrase is the topic.
		r.namelessInit()
		r.nl.bySent[np.a] = t
		return t, r.span(np.a, np.b), true
	}
	if m := r.namesakeOf(np, s); m >= 0 && m != f.rel.Object {
		// "the Kuuse stage, which starts at a farm of that name about
		// 9 km south-east of X": the farm bears the name before it.
		return m, Span{}, true
	}
	if m := r.builtOn(np, s); m >= 0 && m != f.rel.Object {
		// "built Combat Outpost Sharukay on a mud-walled compound
		// about 30 km west of Kandahar": the outpost stands there.
		return m, Span{}, true
	}
	sp := r.span(np.a, np.b)
	if ok && ana.Start != sp.Start {
		return subj, ana, ok // "it" or another anaphor
	}
	r.namelessInit()
	if m, seen := r.nl.bySent[np.a]; seen {
		if m >= 0 && m != f.rel.Object {
			return m, r.namelessAnaphor(m, sp), true
		}
		return subj, ana, ok
	}
	head := np.feature
	if i := lastSpace(head); i >= 0 {
		head = head[i+1:]
	}
	if ok && subj != f.rel.Object && !(subj >= 0 && f.rel.Object >= 0 && r.sameNamed(subj, f.rel.Object)) && !np.event && !np.numbered && r.kindAgrees(subj, head) {
		// Not when the topic is the place measured from, named again:
		// "Nefta is 20 km west of Tozeur. The camp, 15 km south of
		// Nefta, …" places the camp.
		r.nl.bySent[np.a] = subj
		return subj, ana, ok
	}
	if np.poss && !np.event && lex().kindGroups[head] != "" {
		// "Gorner Glacier is a valley glacier ... Its snout lies 4 km
		// south-east of Zermatt", « Le piton de la Fournaise ... Son
		// sommet se trouve à 22 km de X »: the part of a landform is
		// where the text places the landform the possessive stands for.
		if ok && subj >= 0 && subj != f.rel.Object {
			r.nl.bySent[np.a] = subj
			return subj, ana, ok
		}
		if t := r.topic; t >= 0 && t != f.rel.Object && sameKindGroup(r.feature(t), head) {
			r.nl.bySent[np.a] = t
			return t, sp, true
		}
		if m := r.landformBefore(head); r.topic < 0 && m >= 0 && m != f.rel.Object {
			// "The Upper Grindelwald Glacier descends from the
			// Schreckhorn. Its snout lies 2 km east of Grindelwald."
			r.nl.bySent[np.a] = m
			return m, sp, true
		}
	}
	if np.definite && !np.event && !np.numbered {
		// « Le site 53 se trouve 2 km plus au sud »: a number names a
		// place of its own, never the site named before.
		if m := r.namedKind(head); m >= 0 && !r.sameNamed(m, f.rel.Object) {
			// "The Mandya substation will shut down ... The new
			// substation is being built 9 km north-west of Mandya": the
			// place measured from Mandya is no Mandya.
			r.nl.bySent[np.a] = m
			return m, sp, true
		}
		if m := r.namedSettlement(head); m >= 0 && m != f.rel.Object {
			r.nl.bySent[np.a] = m
			return m, sp, true
		}
		if m := r.onlyPlaceBefore(head); m >= 0 && m != f.rel.Object {
			r.nl.bySent[np.a] = m
			return m, sp, true
		}
		if m := r.heldKindBefore(head, np.a); m >= 0 && m != f.rel.Object && !r.sameNamed(m, f.rel.Object) {
			// "We had lunch at Bilungurra Pool; the pool lies 9 km
			// north of Kalbarri": the last name that says the kind.
			r.nl.bySent[np.a] = m
			return m, sp, true
		}
		if m, seen := r.nl.byKind[head]; seen && m != f.rel.Object {
			r.nl.bySent[np.a] = m
			return m, sp, true
		}
		if m, ok := r.openerBefore(np.a, s); ok && np.a == s.first && m != f.rel.Object && r.kindAgrees(m, head) {
			// "Plawangan Sembalun, the crater-rim camp on Mount
			// Rinjani, is reached after a 7-hour walk. The camp lies
			// some 45 km east of Mataram": with no topic, the name that
			// opened the sentence before.
			r.nl.bySent[np.a] = m
			return m, sp, true
		}
		if isTownAnaphor(head) && (r.topic < 0 || !r.kindAgrees(r.topic, head)) {
			// "… le site de Fadougou-Bé, à 25 km à l'ouest de Siguiri. La
			// ville, située à 115 km au nord de Kankan, …": the last town
			// named, which the site is not.
			// Two towns named in that sentence leave it open (« le village
			// de Kéra et le hameau de Doro. La localité … »).
			if m := r.townBefore(np.a, s.b, head); m >= 0 && m != f.rel.Object {
				// A name with no sign of a place there is no second town
				// (« L'association Tichka a inauguré … à Aït Ouqadir. Le
				// village est situé à … » is Aït Ouqadir), unless the two
				// are listed together (« contrôler Kalo et Doro »).
				if m2 := r.townBefore(r.mtok[m][0], s.b, head); m2 < 0 || r.evidence(m2) < EvidencePreposition && !r.listed(m) || r.sentOf(r.mtok[m2][0]) != r.sentOf(r.mtok[m][0]) {
					r.nl.bySent[np.a] = m
					return m, sp, true
				}
			}
		}
	}
	if np.definite && np.event && !r.namedPhrase(np) {
		// "An ambush took place ... The ambush occurred ...": the event
		// met before; a named one ("The Sparks Lake fire") is its own.
		if m, seen := r.nl.byKind[head]; seen && m != f.rel.Object {
			r.nl.bySent[np.a] = m
			return m, sp, true
		}
		if m := r.lastEventBefore(); m >= 0 && m != f.rel.Object {
			r.nl.bySent[np.a] = m
			return m, sp, true
		}
	}
	for k := np.a; k < np.b; k++ {
		if m := r.at[k]; m >= 0 && !((np.event || np.junction) && r.evidence(int(m)) == EvidenceUnlikely) && !r.plainModifier(int(m), k, np) &&
			!(np.owned && r.mentions[m].Evidence <= EvidenceCapitalised) {
			if event {
				return subj0, ana0, ok0
			}
			return subj, ana, ok // a name inside the phrase: not nameless
		}
	}
	if (np.definite || np.mine) && !np.event && !np.numbered && !np.poss {
		// "… drilling at its Challapampa property. The property is
		// located 55 km west of Tarija", « … arrivées à Kouri-Peulh. Ce
		// site se trouve à 35 km de Djibo »: the named place of the kind.
		if m := r.kindBackRef(head, np.a, f.rel.Object); m >= 0 {
			r.nl.bySent[np.a] = m
			return m, sp, true
		}
	}
	if _, art := elidedRest(r.toks[np.a].lower); art == 'd' {
		// "près d'un puits": the place is "un puits".
		sp.Start += elidedLen(r.toks[np.a].lower)
	}
	m := r.addNameless(np, sp)
	if (np.definite || np.mine) && !np.event && !np.numbered && !np.poss {
		// "Miners were evacuated at X. The site lies 35 km south of Y":
		// X is the site if no gazetteer holds it (Alias.Unheld).
		if c := r.unheldBackRef(head, np.a, f.rel.Object); c >= 0 {
			r.unheld = append(r.unheld, Alias{Name: c, Alias: m, Phrase: Span{r.mentions[c].Span.Start, sp.End}, Unheld: true})
		}
	}
	if np.event {
		r.nl.events[m] = true
		r.nl.lastEvent, r.nl.lastEventSent = m, r.si
	}
	if np.craft {
		r.nl.crafts[m] = true
	}
	if np.sea {
		r.nl.sea[m] = true
	}
	if np.event && np.definite {
		r.joinScene(m)
	}
	if _, seen := r.nl.byKind[head]; !seen {
		r.nl.byKind[head] = m
	}
	return m, Span{}, true
}

// addNameless adds the nameless place np, written at sp, as a mention of
// kind np.feature and returns it. A name that is no place opening the
// phrase ("Ethiopian Airlines Flight" in "Ethiopian Airlines Flight 302
// crashed") becomes that mention, widened to the phrase, as two mentions
// never start at one token.
func (r *reader) addNameless(np namelessPhrase, sp Span) int {
	if m := int(r.at[np.a]); m >= 0 && r.mtok[m][0] == np.a && r.mtok[m][1] <= np.b && r.mentions[m].Evidence == EvidenceUnlikely {
		r.mentions[m] = Mention{Name: r.text[sp.Start:sp.End], Span: sp, Feature: np.feature, Evidence: EvidenceDescriptor, Nameless: true}
		r.mtok[m] = [2]int{np.a, np.b}
		for k := np.a; k < np.b; k++ {
			r.at[k] = int32(m)
		}
		r.nl.added = true
		r.nl.bySent[np.a] = m
		return m
	}
	m := len(r.mentions)
	r.mentions = append(r.mentions, Mention{Name: r.text[sp.Start:sp.End], Span: sp, Feature: np.feature,
		Evidence: EvidenceDescriptor, Nameless: true})
	r.mtok = append(r.mtok, [2]int{np.a, np.b})
	for k := np.a; k < np.b; k++ {
		r.at[k] = int32(m)
	}
	r.inOf = append(r.inOf, -1)
	r.aliasOf = append(r.aliasOf, -1)
	r.nl.added = true
	r.nl.bySent[np.a] = m
	return m
}

// namelessObjectAt reads at token j, as the object of a relation, "the"
// and a kind of place that a nameless place may be (a camp, a site, a
// well, a mine; no town or village, which stand for a place named
// before), closing its clause, when no place named or read before stands
// for it: "A new camp opened last week. Sainshand is 25 km north of the
// camp" measures the camp from Sainshand. The camp is the nameless place
// of that kind read before, if any, else a new one. It returns the
// mention and the token after the noun.
func (r *reader) namelessObjectAt(j, b int) (int, int, bool) {
	if !r.is(j, b, "the") {
		return -1, j, false
	}
	k := j + 1
	for n := 0; n < 3 && (isPlainAdjective(r.lowerWord(k, b)) || isCompoundModifier(r.lowerWord(k, b))) && !r.clauseEndAt(langs().en, k+1, b); n++ {
		k++
	}
	noun := r.lowerWord(k, b)
	if noun == "" || r.at[k] >= 0 || !isObjectKind(noun) || !r.clauseEndAt(langs().en, k+1, b) && r.timeTailEnd(langs().en, k+1, b) == k+1 {
		return -1, j, false
	}
	np := namelessPhrase{a: j, b: k + 1, feature: noun, definite: true}
	return r.kindObject(np, r.span(j, k+1)), k + 1, true
}

// isObjectKind reports whether the English feature f is a kind of place a
// nameless place may be as a relation's object (namelessObjectAt): a camp,
// a site, a well or a spot of kindsafter.tsv, no settlement, which stands
// for a place the text named.
func isObjectKind(f string) bool {
	return (isNamelessKind(f) || isSpotFeature(f)) && !isSettlementKind(f) && !isTownAnaphor(f)
}

// kindObject returns the place the kind np, written at sp as a relation's
// object, stands for: the topic a sentence before named (topicBefore),
// else the nameless place of that kind read before, else a new nameless
// place.
func (r *reader) kindObject(np namelessPhrase, sp Span) int {
	if m := r.topicBefore(np.a); m >= 0 {
		return m // "Tuura-Suu is a seasonal yurt camp … Kochkor is 20 km north of the camp"
	}
	r.namelessInit()
	if m, ok := r.nl.byKind[np.feature]; ok && m >= 0 {
		return m
	}
	if m := r.frenchKindNamed(np); m >= 0 {
		return m // « La ferme avicole Sèwanou … Parakou se trouve à 12 km au sud de la ferme »
	}
	m := r.addNameless(np, sp)
	r.nl.byKind[np.feature] = m
	return m
}

// frenchKindNamed returns the last name before np that a French kind
// noun of np's feature opens bare, perhaps with an adjective between («
// la ferme avicole Sèwanou », « le campement X »), or -1: « la ferme »
// later stands for it.
func (r *reader) frenchKindNamed(np namelessPhrase) int {
	for k := np.a - 1; k >= 0 && k >= np.a-antecedentWindow; k-- {
		m := int(r.at[k])
		if m < 0 || r.mtok[m][0] != k || r.mentions[m].Nameless {
			continue
		}
		j := k - 1
		if j > 0 && r.toks[j].kind == tokWord && !r.toks[j].cap && frenchFeature(r.toks[j].lower) == "" && isFrenchAdjective(r.toks[j].lower) {
			j--
		}
		if j < 0 || r.toks[j].kind != tokWord || r.toks[j].cap && j != 0 {
			continue
		}
		if w, _ := elidedRest(r.toks[j].lower); frenchFeature(w) == np.feature {
			return m
		}
	}
	return -1
}

// topicBefore returns the place the text is about (reader.topic) when a
// sentence before the one of token j names it and it is no container: a
// kind of place as a relation's object stands for it before any nameless
// place ("Tuura-Suu is a seasonal yurt camp … Kochkor is 20 km north of
// the camp"). It returns -1 otherwise.
func (r *reader) topicBefore(j int) int {
	t := r.topic
	if t < 0 || r.isContainer(t) || r.mentions[t].Nameless || r.mtok[t][0] >= r.sentOf(j).a {
		return -1
	}
	return t
}

// frenchNamelessObjectAt reads at token j, as the object of a French
// relation after « du », « de la » or « de l' », a kind of place that a
// nameless place may be, closing its clause, as namelessObjectAt reads the
// English: « Un nouveau camp a ouvert. Dori se trouve à 30 km au sud du
// camp » measures the camp from Dori.
func (r *reader) frenchNamelessObjectAt(j, b int) (int, int, bool) {
	k := j
	switch r.word(k, b) {
	case "la", "le":
		k++
	}
	w, art := elidedRest(r.word(k, b))
	if k >= b || r.toks[k].cap || art != 0 && art != 'l' || r.at[k] >= 0 {
		return -1, j, false
	}
	f := frenchFeature(w)
	e := k + 1
	if langs().fr.has(setMainAdjs, r.lowerWord(e, b)) {
		e++ // « à 2 km à l'ouest du site principal »
	}
	if f == "" || !isObjectKind(f) || !r.clauseEndAt(langs().fr, e, b) && r.timeTailEnd(langs().fr, e, b) == e {
		return -1, j, false
	}
	sp := r.span(k, k+1)
	if art == 'l' {
		sp.Start += elidedLen(r.toks[k].lower)
	}
	// « Le puits de Tin Lebbé … Atar se trouve à 50 km au sud du puits »
	return r.kindObject(namelessPhrase{a: k, b: k + 1, feature: f, definite: true}, sp), e, true
}

// namedPhrase reports whether a name or a number lies among the words of
// np ("The Sparks Lake fire", « L'incendie 344 »).
func (r *reader) namedPhrase(np namelessPhrase) bool {
	for k := np.a; k < np.b; k++ {
		if r.at[k] >= 0 || r.toks[k].kind == tokNum {
			return true
		}
	}
	return false
}

// namesEvent reports whether mention m opens sentence s, or the clause a
// verb of speech reports, after an article and names the fire or the
// eruption written right after it ("The Sparks Lake wildfire", "officials
// said the Creek fire").
func (r *reader) namesEvent(m int, s *sentence) bool {
	if m < 0 || m >= len(r.mtok) {
		return false
	}
	p, q := r.mtok[m][0], r.mtok[m][1]
	k := p - 2
	if r.is(k, s.b, "that") {
		k--
	}
	if p-1 != s.first && !(k >= s.a && isSpeechVerb(r.lowerWord(k, s.b))) {
		return false
	}
	if w := r.toks[p-1].lower; w != "the" && w != "a" && w != "an" {
		return false
	}
	f, ok := eventNoun(r.lowerWord(q, s.b))
	return ok && (f == "fire" || f == "eruption")
}

// namelessAnaphor returns the anaphor span for a later phrase of a sentence
// whose nameless words stand for m: none when m is the phrase's own mention.
func (r *reader) namelessAnaphor(m int, sp Span) Span {
	if r.mentions[m].Span == sp {
		return Span{}
	}
	return sp
}

// lastSpace returns the index of the last space in s, or -1.
func lastSpace(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return i
		}
	}
	return -1
}

// kindAgrees reports whether the place m may be what "the <head>" stands
// for: the document gives m no kind, the same kind, m and head are both
// inhabited places or landforms of one group (lexicon/en/kindgroups.tsv),
// the text wrote head right after m's name ("the Misema River property"),
// or head is a word for what remains of any place ("the
// ruins", "the site", "the tell": descriptors flagged any).
func (r *reader) kindAgrees(m int, head string) bool {
	if r.nl.feature == nil {
		r.nl.feature = map[string]string{}
		for m, mm := range r.mentions {
			if mm.Feature = r.feature(m); mm.Feature != "" && !mm.Nameless {
				if _, ok := r.nl.feature[mm.Name]; !ok {
					r.nl.feature[mm.Name] = mm.FeatureHead()
				}
			}
		}
	}
	f := r.nl.feature[r.mentions[m].Name]
	if name := r.mentions[m].Name; len(name) > len(head) && strings.EqualFold(name[len(name)-len(head):], head) && name[len(name)-len(head)-1] == ' ' {
		return true // "Preikestolen Mountain Lodge is the trailhead ... The lodge lies ...": the name says its kind
	}
	if w := r.kindNounAfter(r.mtok[m][1]); w == head || sameKindGroup(w, head) {
		return true // "the Misema River property … The property lies …": the noun after the name is its kind
	}
	return f == "" || f == head || (isSettlementKind(f) && isSettlementKind(head)) || sameKindGroup(f, head) ||
		lex().en[head].anyKind
}

// sameKindGroup reports whether the English features f and g name one
// kind of landform under two words ("mount" and "massif", "waterfall" and
// "falls"): both are rows of one group of lexicon/en/kindgroups.tsv.
func sameKindGroup(f, g string) bool {
	gf, ok := lex().kindGroups[f]
	return ok && gf == lex().kindGroups[g]
}

// namedKind returns the one name the document gives a place of the kind
// head ("the camp at Inabag", "the village of X", "le camp de X"), or -1
// when it gives none or several. A kind written as one word that ends
// with head ("watermill" for "the mill") counts when it is the only one.
// The document is read for it once.
func (r *reader) namedKind(head string) int {
	r.namelessInit()
	if r.nl.named == nil {
		r.nl.named = map[string]int{}
		for _, s := range r.sents {
			for j := s.a; j < s.b; j++ {
				w := r.lowerWord(j, s.b)
				f := ""
				switch {
				case w == "":
					continue
				case isDescriptorNoun(w):
					f = w
				case frenchFeature(w) != "":
					f = frenchFeature(w)
				default:
					continue
				}
				if !isNamelessKind(f) {
					continue
				}
				m := -1
				if n := r.mentionEndingAt(j-1, s.a); n >= 0 && r.is(r.mtok[n][0]-1, s.b, "the") && r.evidence(n) > EvidenceUnlikely {
					// "has optioned the Lac Vassan property. The
					// property lies …": the name before the kind noun.
					m = n
				}
				p := r.lowerWord(j-1, s.b)
				if n := r.mentionEndingAt(j-2, s.a); m < 0 && j-2 >= s.a && isCompoundModifier(p) && n >= 0 &&
					r.is(r.mtok[n][0]-1, s.b, "the") && r.evidence(n) > EvidenceUnlikely {
					// "visited the Khar Nuruu winter camp ... 60 km
					// north-west of the camp": the name before the
					// kind's modifier.
					m = n
				}
				opens := isAtDescriptor(w) && r.opensSentence(j, &s)
				called := -1
				if m < 0 {
					called = r.calledNameAt(j+1, &s)
				}
				if m < 0 && called < 0 && !opens && !(p == "the" || p == "a" || p == "an" || p == "le" || p == "la" || p == "un" || p == "une" ||
					isPlainAdjective(p) || isCompoundModifier(p)) {
					continue
				}
				switch w1 := r.word(j+1, s.b); {
				case m >= 0:
				case called >= 0:
					m = called // "a ger camp called Khar Zurkh … The camp", « un campement appelé X … le campement »
				case w1 == "of" || w1 == "de" || w1 == "du":
					m = r.mentionAt(j+2, s.b)
				case w1 == "at":
					if isAtDescriptor(w) {
						m = r.mentionAt(j+2, s.b)
					}
				case opens:
					m = r.standsAt(j+1, &s) // "The new camp … stands in wheat fields at X"
				default:
					if _, art := elidedRest(w1); art == 'd' {
						m = r.mentionAt(j+1, s.b)
					}
				}
				if m < 0 || r.evidence(m) == EvidenceUnlikely {
					continue
				}
				if old, ok := r.nl.named[f]; !ok {
					r.nl.named[f] = m
				} else if old >= 0 && r.mentions[old].Name != r.mentions[m].Name {
					r.nl.named[f] = -2
				}
			}
		}
	}
	if m, ok := r.nl.named[head]; ok && m >= 0 {
		return m
	}
	if m, ok := r.nl.named[head]; ok || len(head) < 3 {
		return min(m, -1)
	}
	// "the watermill at Podkosa … the mill": one compound kind that
	// ends with the head stands for it.
	one := -1
	for f, m := range r.nl.named {
		if len(f) > len(head) && strings.HasSuffix(f, head) && !strings.HasSuffix(f, " "+head) {
			if m < 0 || one >= 0 && r.mentions[one].Name != r.mentions[m].Name {
				return -1
			}
			one = m
		}
	}
	return one
}

// calledNameAt returns the mention a verb of naming at token k gives the
// kind noun before it: "a camp called X", "a ger camp named X", "a village
// known as X", "a hamlet known locally as X", « un hameau appelé X », « un
// campement baptisé X ». The kind before it is indefinite, perhaps past
// one word no table lists ("ger" in "a ger camp"), as a text writes a
// place it names for the first time. It returns -1 otherwise.
func (r *reader) calledNameAt(k int, s *sentence) int {
	switch w := r.lowerWord(k, s.b); {
	case isNamingWord(w):
		k++
	case w == "known" && r.is(k+1, s.b, "as"):
		k += 2
	case w == "known" && r.lowerWord(k+1, s.b) == "locally" && r.is(k+2, s.b, "as"):
		k += 3
	default:
		return -1
	}
	if !r.indefiniteKindBefore(k, s) {
		return -1
	}
	return r.mentionAt(k, s.b)
}

// indefiniteKindBefore reports whether the kind noun before the verb of
// naming that ends before token k stands after an indefinite article, at
// most two words before it: "a camp", "a ger camp", "un petit hameau".
func (r *reader) indefiniteKindBefore(k int, s *sentence) bool {
	j := k - 1
	for j > s.a && !r.toks[j].cap && r.toks[j].kind == tokWord && !isDescriptorNoun(r.lowerWord(j, s.b)) && frenchFeature(r.lowerWord(j, s.b)) == "" {
		j-- // the naming words
	}
	for i := j - 1; i >= s.a && i >= j-3; i-- {
		switch r.lowerWord(i, s.b) {
		case "a", "an", "un", "une":
			return true
		}
		if r.toks[i].cap || r.toks[i].kind != tokWord {
			return false
		}
	}
	return false
}

// builtOn returns the named place that stands on the indefinite site np
// when the words before np are a verb of building (builds.tsv), perhaps an
// article, the name, and "on", "in" or "at" (« sur », « dans », « à »):
// "soldiers built Combat Outpost Sharukay on a mud-walled compound about
// 30 km west of Kandahar" places the outpost, the name of what stands
// there; "set up" counts as one verb. It returns -1 otherwise, and for a
// definite site ("on the compound"), which the text has met before.
func (r *reader) builtOn(np namelessPhrase, s *sentence) int {
	if np.definite || np.event || np.poss || np.numbered || np.a-2 < s.a {
		return -1
	}
	switch r.lowerWord(np.a-1, s.b) {
	case "on", "in", "at", "atop", "sur", "dans", "à":
	default:
		return -1
	}
	m := r.at[np.a-2]
	if m < 0 || r.mentions[m].Nameless || r.evidence(int(m)) == EvidenceUnlikely {
		return -1
	}
	k := r.mtok[m][0] - 1
	if w := r.lowerWord(k, s.b); frenchFeature(w) != "" && r.at[k] < 0 {
		k-- // « installé le camp Kalo sur … »: the kind before the name
	}
	if w := r.lowerWord(k, s.b); w == "the" || w == "a" || w == "its" || w == "their" || anyHas(setArticles, w) {
		k-- // "built the Kalo camp on …"
	}
	switch w := r.lowerWord(k, s.b); {
	case k < s.a || !anyHas(setBuilds, w):
		return -1
	case w == "up" && r.lowerWord(k-1, s.b) != "set":
		return -1
	}
	return int(m)
}

// dropNearScenes gives up each scene (a nameless event or mishap,
// namelessSubject) that the text places only near places it names: "A
// wind-driven grass fire burned 300 acres near Cedar Flat Ranch, roughly
// 12 miles east of Moscow" puts the fire where the ranch is, and the ranch
// is the place, with its distance; "A hunter was rescued near the
// Nunatarsuaq hut" adds no place to the hut. Such a scene becomes
// unlikely and loses its nearness. A scene that a distance, a direction
// or a containment places ("The attack took place 30 km east of X"), or
// that another place is measured from, stays.
func (r *reader) dropNearScenes() {
	if r.nl == nil {
		return
	}
	// One walk over the relations: a scene is near only, or held by
	// another relation too.
	near, other := map[int]bool{}, map[int]bool{}
	for _, rel := range r.rels {
		for _, m := range [...]int{rel.Object, rel.Other} {
			if r.nl.events[m] {
				other[m] = true
			}
		}
		if !r.nl.events[rel.Subject] {
			continue
		}
		if rel.Kind == KindNear && rel.Object >= 0 && rel.Border == nil && !r.mentions[rel.Object].Nameless {
			near[rel.Subject] = true
		} else {
			other[rel.Subject] = true
		}
	}
	for m := range near {
		if other[m] && r.distanceToVillage(m) {
			other[m] = false
		}
	}
	drop := map[int]bool{}
	for m := range near {
		if !other[m] {
			drop[m] = true
		}
	}
	if len(drop) == 0 {
		return
	}
	out := r.rels[:0]
	for _, rel := range r.rels {
		if !drop[rel.Subject] {
			out = append(out, rel)
		}
	}
	r.rels = out
	r.roles.grow(len(r.mentions))
	for m := range drop {
		r.mentions[m].Evidence = EvidenceUnlikely
		r.roles.ev[m] = EvidenceUnlikely
	}
}

// distanceToVillage hands the distances that measure scene m to the
// village the scene is near, named with its kind in the same sentence,
// when the scene is a craft's or a vehicle's mishap, not an event noun's,
// has no other relation than a containment (which goes with it), and the
// village no distance of its own: « Le camion s'est renversé sur la RN3,
// à 25 km au nord de Kaya, au niveau du village de Tangsèga » places
// Tangsèga, where the truck lies. It reports whether it did.
func (r *reader) distanceToVillage(m int) bool {
	if _, ok := eventNoun(r.mentions[m].Feature); ok {
		return false // "The attack occurred 30 km east of X, near the village of Y": the attack keeps both
	}
	village := -1
	for _, rel := range r.rels {
		switch {
		case rel.Subject == m && rel.Kind == KindNear:
			o := rel.Object
			if o < 0 || r.mentions[o].Nameless || !isVillageFeature(r.mentions[o].Feature) || r.sentOf(r.mtok[o][0]) != r.sentOf(r.mtok[m][0]) {
				return false
			}
			if village >= 0 && village != o {
				return false
			}
			village = o
		case rel.Subject == m && (rel.Kind == KindDistance || rel.Kind == KindIn):
		case rel.Subject == m || rel.Object == m || rel.Other == m:
			return false
		}
	}
	if village < 0 {
		return false
	}
	for _, rel := range r.rels {
		if rel.Subject == village && rel.Kind == KindDistance {
			return false
		}
	}
	moved := false
	for i := range r.rels {
		if r.rels[i].Subject == m && r.rels[i].Kind == KindDistance {
			r.rels[i].Subject = village
			moved = true
		}
	}
	return moved
}

// isVillageFeature reports whether feature f, given by a descriptor noun
// before a name ("the village of X", « du village de X »), is a small
// settlement's.
func isVillageFeature(f string) bool {
	switch f {
	case "village", "hamlet", "settlement", "locality":
		return true
	}
	return false
}

// opensSentence reports whether the noun at token j opens sentence s
// after its article and at most three adjectives or modifiers: "The new
// camp", "A small rebel camp".
func (r *reader) opensSentence(j int, s *sentence) bool {
	w := r.word(s.first, s.b)
	if w != "the" && w != "a" && w != "an" || j-s.first > 4 || j == s.first {
		return false
	}
	for k := s.first + 1; k < j; k++ {
		if w := r.lowerWord(k, s.b); !isPlainAdjective(w) && !isCompoundModifier(w) {
			return false
		}
	}
	return true
}

// standsAt returns the place a sentence's nameless subject, whose words
// end before token e, is said to stand at: its verb of place, then "at"
// and a name before any comma ("The new camp for families returning from
// al-Hol stands in open wheat fields at Khazir Jadid"), within
// standsLook tokens. It returns -1 when there is none.
func (r *reader) standsAt(e int, s *sentence) int {
	verb := false
	for k := e; k < s.b && k < e+standsLook; k++ {
		w := r.lowerWord(k, s.b)
		switch {
		case r.toks[k].kind == tokPunct:
			return -1
		case !verb:
			verb = isCopula(w) && w != "has" && w != "had" && w != "have"
		case w == "at":
			m := r.mentionAt(k+1, s.b)
			if m >= 0 && r.is(k-1, s.b, "is") {
				return -1 // "The camp is at risk"
			}
			return m
		case r.at[k] >= 0:
			return -1 // "… stands near X at …": another place first
		}
	}
	return -1
}

// standsLook is how far standsAt reads: "The new camp for families
// returning from al-Hol stands in open wheat fields at X".
const standsLook = 16

// namedSettlement returns the one place the document names by a kind of
// settlement when head is a word for any settlement ("locality",
// "settlement": "Des hommes armés ont attaqué le village de X. La localité
// se trouve à 30 km de Y" is about X), or -1 when head is another kind, the
// document names no settlement so, or several under different names.
func (r *reader) namedSettlement(head string) int {
	if head != "locality" && head != "settlement" {
		return -1
	}
	r.namedKind(head) // reads the document once
	one := -1
	for f, m := range r.nl.named {
		if !isSettlementKind(f) {
			continue
		}
		if m < 0 || (one >= 0 && r.mentions[one].Name != r.mentions[m].Name) {
			return -1
		}
		one = m
	}
	return one
}

// onlyPlaceBefore returns the one place the sentence before the current
// one names, for "la localité" or "the settlement" when the text has no
// topic: "Les rebelles affirment contrôler X. La localité se trouve à 25
// km au sud de Damas" is about X, and so is "The village lies ..." after
// "attacked X (Gwoza LGA, Borno State)": the divisions that hold the place
// do not count, nor does a name said of nothing but its possessive ("a
// team of Funai, Brazil's indigenous affairs agency, reached X"). It
// returns -1 for another kind, when the text has a topic,
// or when that sentence names no place or several.
func (r *reader) onlyPlaceBefore(head string) int {
	if (head != "locality" && head != "settlement" && head != "village" && head != "hamlet") || r.topic >= 0 || r.si == 0 {
		return -1
	}
	s := &r.sents[r.si-1]
	one := -1
	for k := s.a; k < s.b; k++ {
		m := int(r.at[k])
		if m < 0 || r.mtok[m][0] != k || r.mentions[m].Nameless || r.evidence(m) == EvidenceUnlikely {
			continue
		}
		if e := r.mtok[m][1]; e < s.b && r.toks[e].kind == tokPoss && r.evidence(m) == EvidenceCapitalised {
			continue // "Funai, Brazil's indigenous affairs agency, reached X": whose agency
		}
		if (r.isContainer(m) || r.isDivision(m) || r.evidence(m) == EvidenceContainer) && one >= 0 {
			continue // "Kirawa Jimine (Gwoza LGA, Borno State)": where the place lies
		}
		if f := r.feature(m); f != "" && f != head && !(head == "settlement" || head == "locality") && isSettlementKind(f) {
			return -1 // "attacked Bama town. The village lies ...": another place
		}
		if one >= 0 && r.mentions[one].Name != r.mentions[m].Name {
			return -1
		}
		one = m
	}
	return one
}

// heldKindBefore returns the last place named before token j, in the
// window kindAntecedent looks at, whose own words say it is of the kind
// head and which the text gave no other kind: "the pool" stands for
// "Bilungurra Pool", "the hut" for "Kauri Flat Hut". It returns -1 when
// there is none, and for a container.
func (r *reader) heldKindBefore(head string, j int) int {
	for k := j - 1; k >= 0 && k >= j-antecedentWindow; k-- {
		m := int(r.at[k])
		if m < 0 || r.mtok[m][1]-1 != k || r.mentions[m].Nameless || r.evidence(m) == EvidenceUnlikely {
			continue
		}
		if h := r.mentions[m].FeatureHead(); h != "" && h != head || r.isContainer(m) {
			continue
		}
		if r.nameHoldsKind(m, head) {
			return m
		}
	}
	return -1
}

// landformBefore returns the first place the sentence before the current
// one names whose kind is of the group of head (lexicon/en/kindgroups.tsv),
// for a possessive part when the text has no topic: "The Upper
// Grindelwald Glacier descends from the Schreckhorn. Its snout lies ..."
// is the glacier's. It returns -1 when that sentence names none.
func (r *reader) landformBefore(head string) int {
	if r.si == 0 {
		return -1
	}
	s := &r.sents[r.si-1]
	for k := s.a; k < s.b; k++ {
		m := int(r.at[k])
		if m < 0 || r.mtok[m][0] != k || r.mentions[m].Nameless || r.evidence(m) == EvidenceUnlikely {
			continue
		}
		if sameKindGroup(r.feature(m), head) {
			return m
		}
	}
	return -1
}

// sortNameless puts the nameless mentions added while reading relations in
// their place in the order of Document.Mentions and renumbers every index
// into the mention table.
func (r *reader) sortNameless() {
	if r.nl == nil || !r.nl.added {
		return
	}
	n := len(r.mentions)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return r.mentions[order[i]].Span.Start < r.mentions[order[j]].Span.Start })
	to := make([]int, n) // old index -> new index
	for nw, old := range order {
		to[old] = nw
	}
	re := func(m int) int {
		if m < 0 || m >= n {
			return m
		}
		return to[m]
	}
	re32 := func(m int32) int32 { return int32(re(int(m))) }
	mentions := make([]Mention, n)
	mtok := make([][2]int, n)
	inOf := make([]int32, n)
	aliasOf := make([]int32, n)
	r.roles.grow(n)
	ro := roles{ev: make([]Evidence, n), feature: make([]string, n)}
	for old, nw := range to {
		mentions[nw] = r.mentions[old]
		mtok[nw] = r.mtok[old]
		inOf[nw] = re32(r.inOf[old])
		aliasOf[nw] = re32(r.aliasOf[old])
		ro.ev[nw], ro.feature[nw] = r.roles.ev[old], r.roles.feature[old]
	}
	r.mentions, r.mtok, r.inOf, r.aliasOf, r.roles = mentions, mtok, inOf, aliasOf, ro
	for k := range r.at {
		r.at[k] = re32(r.at[k])
	}
	for _, rels := range [][]Relation{r.rels, r.areas} {
		for i := range rels {
			// "The checkpoint sits midway between Gao and Ansongo": the
			// second end (Other) moves with the rest.
			rels[i].Subject, rels[i].Object, rels[i].Other = re(rels[i].Subject), re(rels[i].Object), re(rels[i].Other)
		}
	}
	for i := range r.aliases {
		r.aliases[i].Name, r.aliases[i].Alias = re(r.aliases[i].Name), re(r.aliases[i].Alias)
	}
	for i := range r.unheld {
		r.unheld[i].Name, r.unheld[i].Alias = re(r.unheld[i].Name), re(r.unheld[i].Alias)
	}
	r.topic = re(r.topic)
	r.nl.added = false
}

// eventNoun returns the English noun of an event noun of either language
// (events.tsv): "attack" for "attacks" and for "attaque".
func eventNoun(w string) (string, bool) {
	for _, l := range langs().all {
		if ev, ok := l.events.word(w); ok && !ev.verb && !ev.place && !ev.measure && !ev.site && !ev.scene && !ev.lead && !ev.craft && !ev.vehicle && !ev.prefix {
			return ev.english, true
		}
	}
	return "", false
}

// eventVerbAt reports whether the words from token j place an event: a
// verb of events.tsv in either language ("took place", "a eu lieu", with
// either apostrophe: "s’est produite") or a verb of place of verbs.tsv
// ("The ambush was 20 km from X").
func (r *reader) eventVerbAt(j, b int) bool {
	return r.eventVerbEnd(j, b) > j
}

// eventVerbEnd returns the token after the verb that places an event at
// token j (see eventVerbAt), the longest phrase of events.tsv first, or j
// when there is none.
func (r *reader) eventVerbEnd(j, b int) int {
	if j < 0 || j >= b {
		return j
	}
	for _, l := range langs().all {
	rows:
		for _, ph := range l.events[apostrophe(r.toks[j].lower)] {
			if !ph.row.verb {
				continue
			}
			for k, w := range ph.words {
				if j+k >= b || r.toks[j+k].kind != tokWord || apostrophe(r.toks[j+k].lower) != w {
					continue rows
				}
			}
			return j + len(ph.words)
		}
	}
	if w := r.lowerWord(j, b); isCopula(w) || isFrenchLocative(w) {
		return j + 1
	}
	return j
}

// eventApposition reports whether token j opens an apposition that
// places the event before it: a comma, then a hedge, a number or a verb
// of events.tsv ("The Sparks Lake wildfire, about 30 km north-west of X",
// "The Creek fire, burning 14 miles north-east of X").
func (r *reader) eventApposition(j, b int) bool {
	if !r.is(j, b, ",") || j+1 >= b {
		return false
	}
	if r.toks[j+1].kind == tokNum || r.eventVerbEnd(j+2-1, b) > j+1 {
		return true
	}
	w := r.lowerWord(j+1, b)
	for _, l := range langs().all {
		if _, ok := l.hedges.word(w); ok {
			return true
		}
	}
	return false
}

// isEventMeasure reports whether the word token j is a measure of
// events.tsv in either language, a word before an event's size
// ("magnitude", "M", "Mw", « catégorie »), in any case.
func (r *reader) isEventMeasure(j, b int) bool {
	if j < 0 || j >= b || r.toks[j].kind != tokWord {
		return false
	}
	for _, l := range langs().all {
		if ev, ok := l.events.word(r.toks[j].lower); ok && ev.measure {
			return true
		}
	}
	return false
}

// eventSizeBefore returns the token of the measure that opens an event's
// size right before the event's noun at token e ("recorded a magnitude
// 5.4 earthquake 20 km east of X": "magnitude"), or e when there is none.
func (r *reader) eventSizeBefore(e, a int) int {
	k := e - 1
	for k > a && r.toks[k].kind == tokNum {
		k--
	}
	if k == e-1 || !r.isEventMeasure(k, e) || r.at[k] >= 0 {
		return e
	}
	return k
}

// eventSizeEnd returns the token after the size an event noun may take
// right after it, at token j: "of magnitude 6.8", "of M 5.4", « de
// magnitude 6,8 », « d'une magnitude de 5,2 »; j when there is none.
func (r *reader) eventSizeEnd(j, b int) int {
	if j >= b || r.toks[j].kind != tokWord {
		return j
	}
	k := j
	switch w, art := elidedRest(r.toks[k].lower); {
	case art == 0 && (w == "of" || w == "de"):
	case art == 'd' && (w == "une" || w == "un"):
	default:
		return j
	}
	k++
	if !r.isEventMeasure(k, b) {
		return j
	}
	k++
	if r.is(k, b, "of") || r.is(k, b, "de") {
		k++ // « d'une magnitude de 5,2 »
	}
	n := k
	for k < b && (r.toks[k].kind == tokNum || r.toks[k].lower == "," && k > n && r.toks[k].start == r.toks[k-1].end && k+1 < b && r.toks[k+1].kind == tokNum) {
		k++
	}
	if k == n {
		return j
	}
	return k
}

// eventSiteBefore reads a site of events.tsv ("made landfall") whose
// last word is the token e, right before a distance phrase: that word is
// a nameless event of its own, whatever the clause's subject ("Tropical
// Cyclone Freddy made landfall about 40 km south of Quelimane"). When the
// last word is not the site's English noun, the whole phrase but a French
// auxiliary names the spot ("crossed the coast", « touché terre »).
func (r *reader) eventSiteBefore(e int, s *sentence) (namelessPhrase, bool) {
	if e <= s.a || e >= s.b || r.toks[e].kind != tokWord || r.at[e] >= 0 {
		return namelessPhrase{}, false
	}
	for _, l := range langs().all {
		for k := e - 1; k >= s.a && k >= e-3; k-- {
		rows:
			for _, ph := range l.events[r.toks[k].lower] {
				if !ph.row.site || k+len(ph.words) != e+1 {
					continue
				}
				for n, w := range ph.words {
					if r.toks[k+n].kind != tokWord || r.toks[k+n].lower != w {
						continue rows
					}
				}
				a := e
				if r.toks[e].lower != ph.row.english {
					// "crossed the coast", « touché terre »: the words
					// name the spot, the auxiliary aside.
					a = k
					if r.toks[k].lower == "a" && k+1 < e {
						a = k + 1
					}
				}
				return namelessPhrase{a: a, b: e + 1, feature: ph.row.english, event: true}, true
			}
		}
	}
	return namelessPhrase{}, false
}

// magnitudeTitleBefore reads the size that opens a seismological
// agency's title, a measure of events.tsv and its number before a dash
// that ends at token e, right before a distance phrase: "M 6.1 - 14 km
// ENE of Kalamata, Greece" places the earthquake "M 6.1".
func (r *reader) magnitudeTitleBefore(e int, s *sentence) (namelessPhrase, bool) {
	b := s.b
	if e-2 < s.a || e >= b || !isDash(r.toks[e].lower) {
		return namelessPhrase{}, false
	}
	n, m := e-1, e-2
	if r.toks[n].kind != tokNum || !r.isEventMeasure(m, b) || r.at[m] >= 0 {
		return namelessPhrase{}, false
	}
	if m > s.a && r.toks[m-1].kind == tokWord {
		return namelessPhrase{}, false // "... reported a magnitude 5 - ..."
	}
	return namelessPhrase{a: m, b: n + 1, feature: "earthquake", event: true}, true
}

// isEvent reports whether mention m is a nameless event the relation
// stage added ("The attack", "A car bomb hit"). It is read before
// sortNameless renumbers the mentions.
func (r *reader) isEvent(m int) bool {
	return r.nl != nil && r.nl.events[m]
}

// isEventPlacePrep reports whether w links an event noun to the place it
// happened at (events.tsv, place: "the attack on X").
func isEventPlacePrep(w string) bool {
	for _, l := range langs().all {
		if ev, ok := l.events.word(w); ok && ev.place {
			return true
		}
	}
	return false
}

// eventPlaceBefore returns the place named in an event phrase that is
// the subject of the verb right before the relation phrase at token ps:
// "Police said the ambush on X occurred 25 km south of Y", "the raid on
// the village of X took place 20 km west of Y". The event happened at X,
// so the relation places X; a report's clause ("Police said ...")
// leaves the sentence no subject of its own to find. It reports false
// when no event noun, preposition of events.tsv, name and event verb
// come in that order right before the phrase.
func (r *reader) eventPlaceBefore(ps int, s *sentence) (int, bool) {
	b := s.b
	for v := ps - 1; v > s.a && v >= ps-5; v-- {
		m := r.mentionEndingAt(v-1, s.a)
		if m < 0 {
			continue
		}
		e := r.eventVerbEnd(v, b)
		if e == v || e > ps || ps-e > 2 {
			return -1, false
		}
		for k := e; k < ps; k++ {
			if r.lowerWord(k, b) == "" || r.at[k] >= 0 {
				return -1, false // "... occurred about 25 km": at most a hedge between
			}
		}
		if r.evidence(m) == EvidenceUnlikely {
			return -1, false
		}
		k := r.mtok[m][0] - 1
		if _, ok := r.localKindBefore(k+1, s.a); ok {
			k-- // "the raid on Barangay X"
		} else if _, ok := r.descriptorBefore(k+1, s.a); ok {
			// "the raid on the village of X": back over "the village of".
			for n := 0; n < 4 && k > s.a && !isEventPlacePrep(r.lowerWord(k, b)) && r.lowerWord(k, b) != ""; n++ {
				k--
			}
		}
		if !isEventPlacePrep(r.lowerWord(k, b)) {
			return -1, false
		}
		if _, ok := eventNoun(r.lowerWord(k-1, b)); !ok || k-1 < s.a {
			return -1, false
		}
		return m, true
	}
	return -1, false
}

// apostrophe returns w with its typographic apostrophes (’, ʼ) written '.
func apostrophe(w string) string {
	if !strings.ContainsAny(w, "’ʼ") {
		return w
	}
	return strings.NewReplacer("’", "'", "ʼ", "'").Replace(w)
}

// namelessInit makes the nameless state on first use.
func (r *reader) namelessInit() {
	if r.nl == nil {
		r.nl = &namelessState{bySent: map[int]int{}, byKind: map[string]int{}, events: map[int]bool{}, crafts: map[int]bool{}, sea: map[int]bool{}, sceneSent: -1, lastEvent: -1}
	}
}

// maxSceneGap is how many sentences after the one that names an event's
// scene a definite "the attack" may still be about that event.
const maxSceneGap = 2

// noteScene remembers where sentence si puts an event that found no subject
// to attach to: the place of a nearness phrase with no subject ("Gunmen
// attacked a convoy near the village of Tinabaw", rel), or else the place
// an event verb takes as its object ("Gunmen attacked the village of
// Koutougou", "ont attaqué le village de Koutougou"). Only a sentence that
// tells of an event (an event verb or noun) has a scene.
func (r *reader) noteScene(si int, rel *Relation) {
	s := &r.sents[si]
	r.namelessInit()
	verb := r.sceneVerb(si)
	if verb < 0 {
		return
	}
	if rel != nil {
		r.nl.scene, r.nl.sceneSent, r.nl.sceneTaken = *rel, si, false
		return
	}
	if r.nl.sceneSent == si || verb >= s.b {
		return
	}
	m, ok := r.mentionAt(verb+1, s.b), true
	if m < 0 {
		m, ok = r.describedAt(verb+1, s.b)
	}
	for j := verb + 2; !ok && j < s.b && j <= verb+5; j++ {
		// "ont attaqué le village de Koutougou", "la localité d'Inatès"
		if m = r.mentionAt(j, s.b); m >= 0 {
			_, ok = r.frenchDescriptorBefore(j, verb+1)
			break
		}
	}
	if !ok || m < 0 || r.evidence(m) == EvidenceUnlikely || r.isContainer(m) {
		return
	}
	rel = &Relation{Kind: KindNear, Subject: -1, Object: m, Other: -1, Phrase: r.span(verb, r.mtok[m][1])}
	r.nl.scene, r.nl.sceneSent, r.nl.sceneTaken = *rel, si, false
}

// sceneVerb returns the first verb of sentence si that tells of an event
// on its object (isSceneVerb), the sentence's end when only an event noun
// tells of one, or -1 when none does. It reads each sentence once.
func (r *reader) sceneVerb(si int) int {
	nl := r.nl
	if nl.verbSent == si+1 {
		return nl.verbAt
	}
	s := &r.sents[si]
	verb := -1
	for j := s.a; j < s.b; j++ {
		w := r.lowerWord(j, s.b)
		if isSceneVerb(w) {
			verb = j
			break
		}
		if _, ok := eventNoun(w); ok && verb < 0 {
			verb = s.b // an event told by its noun: only a nearness phrase places it
		}
	}
	nl.verbSent, nl.verbAt = si+1, verb
	return verb
}

// lastEventBefore returns the nameless event or mishap an earlier sentence,
// at most maxSceneGap before, told and placed, for a definite event of
// another noun that a later sentence places by nearness: "A bus overturned
// 15 km south of X. The accident happened near the village of Y", « Le car
// s'est renversé à 15 km de X. L'accident a eu lieu près du village de Y »
// put Y near the point 15 km from X. It returns -1 when none, or when an
// earlier sentence left an event's scene for the definite event to join
// (joinScene).
func (r *reader) lastEventBefore() int {
	nl := r.nl
	m := nl.lastEvent
	if m < 0 || r.si <= nl.lastEventSent || r.si-nl.lastEventSent > maxSceneGap || !r.subjectOfDistance(m) {
		return -1
	}
	if nl.sceneSent >= nl.lastEventSent && !nl.sceneTaken && r.si-nl.sceneSent <= maxSceneGap {
		return -1
	}
	return m
}

// eventVerbEndsAt reports whether a verb of events.tsv ends at token k:
// « a eu lieu », « s'est produit ».
func (r *reader) eventVerbEndsAt(k int, s *sentence) bool {
	for j := k; j >= s.a && j >= k-3; j-- {
		if e := r.eventVerbEnd(j, s.b); e == k+1 && !isFrenchLocative(r.lowerWord(j, s.b)) && !isCopula(r.lowerWord(j, s.b)) {
			return true
		}
	}
	return false
}

// eventAgain reports whether an earlier sentence told and placed an
// event (lastEventBefore) that the verb of an event in the sentence being
// read may be about.
func (r *reader) eventAgain() bool {
	r.namelessInit()
	return r.lastEventBefore() >= 0
}

// subjectOfDistance reports whether mention m, the last event, is the
// subject of a distance read since its sentence.
func (r *reader) subjectOfDistance(m int) bool {
	from := r.toks[r.sents[r.nl.lastEventSent].a].start
	for i := len(r.rels) - 1; i >= 0 && r.rels[i].Phrase.Start >= from; i-- {
		if r.rels[i].Subject == m && r.rels[i].Kind == KindDistance {
			return true
		}
	}
	return false
}

// joinScene puts the new nameless event m near the scene an earlier
// sentence gave an event: "Gunmen attacked a convoy near Tinabaw on
// Monday. The attack took place 30 km east of Ménaka." places Tinabaw
// near the point 30 km east of Ménaka.
func (r *reader) joinScene(m int) {
	nl := r.nl
	if nl.sceneSent < 0 || nl.sceneTaken || r.si <= nl.sceneSent || r.si-nl.sceneSent > maxSceneGap {
		return
	}
	rel := nl.scene
	rel.Subject = m
	nl.sceneTaken = true
	r.addRelation(rel, EvidenceRelation)
}

// sceneAfter returns the token after the verb of a mishap or an attack
// that follows a scene's subject at token j: a scene row of events.tsv
// ("sank", "ran aground", « a chaviré », « s'est abîmé »), or a verb of
// isSceneVerb after "was" or "were" in English and after « a », « ont »
// or « a été » in French. A phrase about the subject may come first,
// opened by a lead of events.tsv ("carrying", « transportant ») and of
// at most maxSceneLead words and numbers, without a name but one that
// says where those carried came from or went (leadOrigin: "A boat
// carrying about 40 migrants from Libya capsized"). It returns j when
// there is no such verb.
func (r *reader) sceneAfter(j, b int, french bool) (end int, sea bool) {
	end, sea, _ = r.sceneAfterOrigin(j, b, french)
	return end, sea
}

// sceneAfterOrigin is sceneAfter, and reports too whether the lead phrase
// holds a name of where those aboard came from or went (leadOrigin): the
// scene's words then stop before the lead, the name being a place of its
// own ("A boat carrying migrants from Somalia capsized" places "A boat").
func (r *reader) sceneAfterOrigin(j, b int, french bool) (end int, sea, origin bool) {
	if e, sea := r.sceneVerbEnd(j, b, french); e > j {
		return e, sea, false
	}
	if o := r.operatorEnd(j, b); !french && o > j {
		if e, sea := r.sceneVerbEnd(o, b, french); e > o {
			return e, sea, false // "An Antonov An-24 of Angara Airlines crashed"
		}
	}
	if !r.eventRowAt(j, b, func(ev event) bool { return ev.lead }) {
		return j, false, false
	}
	for k := j + 1; k < b && k <= j+maxSceneLead; k++ {
		if m := int(r.at[k]); m >= 0 && r.mtok[m][0] == k && r.leadOrigin(k, j, b) {
			k = r.mtok[m][1] - 1 // "A boat carrying migrants from Somalia capsized"
			origin = true
			continue
		}
		if origin && r.toks[k].kind == tokPoss && r.at[k] < 0 {
			continue // "bound for Spain's Canary Islands": the country's possessive
		}
		if r.at[k] >= 0 || r.toks[k].kind != tokWord && r.toks[k].kind != tokNum {
			return j, false, false
		}
		if e, sea := r.sceneVerbEnd(k, b, french); e > k {
			return e, sea, origin
		}
	}
	return j, false, false
}

// routeComplementEnd returns the end of a French complement at token e
// that names where a vehicle comes from or goes to, or e: « en provenance
// de Douala », « en partance d'Abidjan », « à destination de Marrakech »,
// « en provenance du Mali ». The name must follow the preposition.
func (r *reader) routeComplementEnd(e, b int) int {
	k := e
	switch {
	case r.is(k, b, "en") && (r.is(k+1, b, "provenance") || r.is(k+1, b, "partance")),
		r.is(k, b, "à") && r.is(k+1, b, "destination"):
		k += 2
	default:
		return e
	}
	if r.is(k, b, "de") || r.is(k, b, "du") || r.is(k, b, "des") {
		k++
	} else if _, art := elidedRest(r.word(k, b)); art != 'd' {
		return e
	}
	m := r.mentionAt(k, b)
	if m < 0 || r.mtok[m][0] != k {
		return e
	}
	return r.mtok[m][1]
}

// operatorEnd returns the end of an English complement naming a craft's
// operator or owner at token e, or e: "of", "operated by", "owned by" or
// "chartered by" and an organisation's name, an unlikely mention ("A Let
// L-410 operated by Busy Bee Congo crashed", "An Antonov An-24 of Angara
// Airlines crashed"). A place's name there ("A boat from Libya") is no
// operator.
func (r *reader) operatorEnd(e, b int) int {
	k := e
	switch {
	case r.is(k, b, "of"):
		k++
	case r.is(k+1, b, "by") && (r.is(k, b, "operated") || r.is(k, b, "owned") || r.is(k, b, "chartered")):
		k += 2
	default:
		return e
	}
	if m := r.mentionAt(k, b); m >= 0 && r.mtok[m][0] == k && r.mentions[m].Evidence == EvidenceUnlikely {
		return r.mtok[m][1]
	}
	return e
}

// leadOrigin reports whether the name starting at token k, inside the
// lead phrase that token j opens, follows a preposition of origin or
// destination, perhaps with "the" between ("carrying migrants from the
// Horn of Africa", « transportant des migrants vers Mayotte »): it tells
// where those aboard came from, not where the mishap was.
func (r *reader) leadOrigin(k, j, b int) bool {
	p := k - 1
	if r.is(p, b, "the") {
		p--
	}
	route := false
	for q := j; q < k; q++ {
		if isRouteLead(r.lowerWord(q, b)) {
			route = true // "The ferry linking Dover and Calais", « Le traversier reliant Matane à Baie-Comeau »
		}
	}
	if p == j {
		return route
	}
	if p < j {
		return false
	}
	if p > j && r.toks[p].kind == tokPoss {
		// "bound for Spain's Canary Islands": a country's possessive
		// before the name, itself after the preposition.
		if m := r.mentionEndingAt(p-1, j); m >= 0 && r.mtok[m][0] > j {
			return r.leadOrigin(r.mtok[m][0], j, b)
		}
	}
	switch r.lowerWord(p, b) {
	case "from", "to", "for", "towards", "toward", "de", "d'", "du", "vers", "pour", "depuis":
		return true
	case "and", "et", "à", "au", "aux":
		return route
	}
	return false
}

// craftLeadStart returns the token of a lead of events.tsv ("carrying",
// « transportant ») that opens a phrase of a craft's load ending at token
// e, right after the craft's noun or name ("a dhow carrying 1.2 tonnes of
// heroin", "the trawler Ocean Star with 12 crew"), or -1. The phrase holds
// lower-case words and numbers only.
func (r *reader) craftLeadStart(e int, s *sentence) int {
	b := s.b
	for k := e; k > s.a+1 && k >= e-maxSceneLead; k-- {
		if r.at[k] >= 0 || r.toks[k].kind != tokWord && r.toks[k].kind != tokNum {
			return -1
		}
		if v, _ := r.sceneVerbEnd(k, b, false); v > k || isFiniteVerb(r.lowerWord(k, b)) {
			return -1 // "A boat carrying 40 migrants capsized 30 km off X": the craft's own verb
		}
		if v, _ := r.sceneVerbEnd(k, b, true); v > k {
			return -1
		}
		if !r.eventRowAt(k, b, func(ev event) bool { return ev.lead }) {
			continue
		}
		if k == e {
			return -1
		}
		if m := int(r.at[k-1]); m >= 0 && r.craftNamed[m] || craftNoun(r.lowerWord(k-1, b)) != "" {
			return k
		}
		return -1
	}
	return -1
}

// operatorCraftEnd returns the token after a craft's or a vehicle's noun
// that starts at token v or after up to two lower-case modifiers
// ("ferry", "container ship", "passenger train"), and after the craft's
// name if one follows ("ferry Kaitaki"), or -1: the words after an
// operator's name ("The Interislander ferry", "A Greyhound bus").
func (r *reader) operatorCraftEnd(v, b int) int {
	for n := 0; n < 3 && v < b; n++ {
		w := r.lowerWord(v, b)
		if w == "" {
			return -1
		}
		if craftNoun(w) != "" || vehicleNoun(w, false) != "" {
			v++
			if m := r.mentionAt(v, b); m >= 0 && r.craftNamed[m] {
				v = r.mtok[m][1]
			}
			return v
		}
		v++
	}
	return -1
}

// isRouteLead reports whether w, a lead of events.tsv, names the route a
// craft plies between two places ("linking", « reliant »): the names
// right after it and after "and", « à » or « et » are its ends, not where
// the mishap was.
func isRouteLead(w string) bool {
	switch w {
	case "linking", "connecting", "serving", "reliant", "desservant":
		return true
	}
	return false
}

// ownerEnd returns the end of a French complement naming a craft's owner
// at token e, or e: « de la » or « du » and an organisation's name (an
// unlikely mention, or one capitalised word no mention holds) with at most one lower-case adjective after it (« de
// la Marine nationale », « de la Sécurité civile »).
func (r *reader) ownerEnd(e, b int) int {
	k := e
	switch {
	case r.is(k, b, "de") && (r.is(k+1, b, "la") || r.is(k+1, b, "l'")):
		k += 2
	case r.is(k, b, "du") || r.is(k, b, "des"):
		k++
	default:
		return e
	}
	switch m := r.mentionAt(k, b); {
	case m >= 0 && r.mentions[m].Evidence == EvidenceUnlikely:
		k = r.mtok[m][1]
	case m < 0 && k < b && r.at[k] < 0 && r.toks[k].kind == tokWord && r.toks[k].cap:
		k++ // « de la Sécurité civile », a name no mention holds
	case m < 0 && r.lowerWord(k, b) != "" && r.at[k] < 0 && !r.toks[k].upper:
		k++ // « de la sécurité civile », « de la gendarmerie »: an owner in lower case
		if n := r.mentionAt(k, b); n >= 0 && r.mtok[n][0] == k && anyHas(setOrgNouns, r.lowerWord(k-1, b)) && r.mentions[n].Evidence <= EvidenceCapitalised {
			// « Un car de la compagnie STAF s'est renversé »: the
			// company's name after a noun of orgnouns.tsv is no place.
			r.mentions[n].Evidence = EvidenceUnlikely
			return r.mtok[n][1]
		}
	default:
		return e
	}
	if w := r.lowerWord(k, b); w != "" && w != "a" && w != "ont" && !strings.HasPrefix(apostrophe(w), "s'") {
		k++
	}
	return k
}

// flagModifier reports whether token j, capitalised and no mention, is a
// nationality before a craft's noun: a demonym ("A Greek fishing boat")
// or a capitalised word compounded with "flagged", "registered",
// "owned", "operated", "made" or "built" ("The Liberian-flagged tanker",
// "a Panama-flagged carrier", "a Russian-made helicopter"), then made no
// place. A people's name, no mention, says whose the place is in the same
// way: "A Sami fishing camp, 35 km east of X", "a Fulani herders' camp".
func (r *reader) flagModifier(j, b int) bool {
	if j >= b || r.toks[j].kind != tokWord || !r.toks[j].cap {
		return false
	}
	w := r.toks[j].lower
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		switch r.text[r.toks[j].start+i+1 : r.toks[j].end] {
		case "flagged", "registered", "owned", "operated", "made", "built":
		default:
			return false
		}
		if m := r.mentionAt(j, b); m >= 0 {
			if r.mtok[m][1] != j+1 {
				return false
			}
			// "The Panama-flagged bulk carrier": a flag, no place.
			r.mentions[m].Evidence = EvidenceUnlikely
			return true
		}
		return r.at[j] < 0
	}
	return r.at[j] < 0 && (isDemonym(w) || isPeople(w))
}

// maxSceneLead bounds the words of a phrase about a scene's subject
// before its verb (sceneAfter).
const maxSceneLead = 7

// sceneVerbEnd returns the token after the verb of a mishap or an attack
// at token j (see sceneAfter), or j, and whether the mishap happens only
// on water (a scene row whose english is "sea": "sank", « a chaviré »).
func (r *reader) sceneVerbEnd(j, b int, french bool) (int, bool) {
	if e := r.eventRowEnd(j, b, func(ev event) bool { return ev.scene }); e > j {
		return e, r.eventRowEnd(j, b, func(ev event) bool { return ev.scene && ev.english == "sea" }) == e
	}
	k := j
	switch w := r.lowerWord(k, b); {
	case !french && (w == "was" || w == "were"):
		k++
	case french && (w == "a" || w == "ont"):
		k++
		if r.is(k, b, "été") {
			k++
		}
	}
	if k > j && isSceneVerb(r.lowerWord(k, b)) || k == j && !french && isSceneVerb(r.lowerWord(k, b)) {
		return k + 1, false
	}
	return j, false
}

// eventRowAt reports whether a row of events.tsv that keep accepts is
// written at token j.
func (r *reader) eventRowAt(j, b int, keep func(event) bool) bool {
	return r.eventRowEnd(j, b, keep) > j
}

// eventRowEnd returns the token after the longest row of events.tsv of
// either language that keep accepts, written in lower case at token j
// (either apostrophe), or j.
func (r *reader) eventRowEnd(j, b int, keep func(event) bool) int {
	if j < 0 || j >= b {
		return j
	}
	for _, l := range langs().all {
	rows:
		for _, ph := range l.events[apostrophe(r.toks[j].lower)] {
			if !keep(ph.row) {
				continue
			}
			for k, w := range ph.words {
				if j+k >= b || r.toks[j+k].kind != tokWord || apostrophe(r.toks[j+k].lower) != w {
					continue rows
				}
			}
			return j + len(ph.words)
		}
	}
	return j
}

// isSceneVerb reports whether w tells of an attack, a clash or an
// accident on its object or at its scene, in English or French ("attacked
// the village of X", "ont attaqué X", "crashed near X"), unlike the verbs
// of a person's whereabouts that isEventVerb also holds ("met", "born"),
// or of a craft stopped at its scene ("A boat was intercepted 30 km south
// of X").
func isSceneVerb(w string) bool {
	switch w {
	case "attacked", "ambushed", "raided", "stormed", "overran", "shelled", "bombed", "struck", "hit",
		"targeted", "killed", "kidnapped", "abducted", "clashed", "fought", "exploded", "crashed",
		"attaqué", "attaquée", "attaqués", "attaquées", "visé", "visée", "ciblé", "ciblée",
		"bombardé", "bombardée", "pilonné", "pilonnée", "frappé", "frappée", "encerclé", "encerclée",
		"tué", "tués", "enlevé", "enlevés", "explosé",
		"intercepted", "boarded", "rescued":
		return true
	}
	return false
}

// roadAsideStart reads back from token e a road that a place lies on or
// off, between the place's noun and a comma before a distance: "a lay-by
// on the A17", "a farm lane off Route 997", "the checkpoint on U.S.
// Highway 90", "a rest area on the Mitchell Highway", "X, on U.S. 95, 14
// miles west of Y". The words after "on", "off" or "along" are "the",
// capitalised words, numbers and points, one of them a road's code, a road
// noun (roadnouns.tsv) or a number after "U.S."; a road noun in lower
// case may end them after capitalised words, perhaps joined by a dash
// ("on the Narayangadh-Mugling road"). It returns the token
// before that preposition, or -1. French asides are read by
// frenchRoadNumberApposition.
func (r *reader) roadAsideStart(e int, s *sentence) int {
	road := false
	if j := r.milepostStart(e, s); j >= 0 {
		e = j - 1 // "a crash on Interstate 80 near milepost 312, 5 miles west of X"
	}
	for k := e; k > s.a && k >= e-6; k-- {
		t := &r.toks[k]
		switch {
		case k < e && t.kind == tokWord && !t.cap && (t.lower == "on" || t.lower == "off" || t.lower == "along"):
			if !road {
				return -1
			}
			if j := r.milepostStart(k-1, s); j >= 0 {
				return j - 1 // "a crash near mile marker 42 on Interstate 80, 5 miles west of X": the post before the road
			}
			return k - 1
		case t.kind == tokNum || t.lower == "." || t.lower == "the":
		case k == e && t.kind == tokWord && !t.cap && isRoadNoun(t.lower) && k-1 > s.a && r.toks[k-1].cap:
			road = true // "on the Narayangadh-Mugling road": a road named by the towns it joins
		case k < e && isDash(t.lower) && r.toks[k-1].cap && r.toks[k+1].cap:
		case t.kind == tokWord && t.cap:
			if r.roadCodeAt(k) || dashedRoadCode(r.text[t.start:t.end]) || isRoadNoun(t.lower) || t.lower == "interstate" {
				road = true
			}
		default:
			return -1
		}
		if t.kind == tokNum && k > s.a && (isRoadNoun(r.toks[k-1].lower) || r.toks[k-1].lower == "interstate" || r.usBefore(k)) {
			road = true // "Route 997", "Highway 90", "U.S. 95"
		}
	}
	return -1
}

// junctionOfRoadsStart returns the token of "junction", "intersection"
// or "crossroads" that opens "the junction of the A40 and the A4215",
// "the intersection of Route 9 and U.S. 2", ending at token e, or -1:
// each of the two roads a road's number or a capitalised name with a road
// noun, "the" allowed before each.
func (r *reader) junctionOfRoadsStart(e int, s *sentence) int {
	k := r.roadNameStart(e, s)
	if k < 0 || r.lowerWord(k-1, s.b) != "and" {
		return -1
	}
	k = r.roadNameStart(k-2, s)
	if k < 0 || r.lowerWord(k-1, s.b) != "of" {
		return -1
	}
	switch r.lowerWord(k-2, s.b) {
	case "junction", "intersection", "crossroads":
		if r.toks[k-2].cap {
			return -1 // "Junction of X and Y" capitalised is a name of its own
		}
		return k - 2
	}
	return -1
}

// roadNameStart returns the first token of a road's name ending at token
// e, "the A40", "Route 9", "U.S. 82", "the BR-277", "the Newell
// Highway", or -1 when the words ending at e name no road.
func (r *reader) roadNameStart(e int, s *sentence) int {
	road, k := false, e
	for ; k > s.a && k >= e-4; k-- {
		t := &r.toks[k]
		switch {
		case t.kind == tokNum && k > s.a && (isRoadNoun(r.toks[k-1].lower) || r.toks[k-1].lower == "interstate" || r.usBefore(k)):
			road = true
		case t.kind == tokWord && t.cap && (r.roadCodeAt(k) || dashedRoadCode(r.text[t.start:t.end])):
			road = true
		case t.kind == tokWord && isRoadNoun(t.lower) && k == e && k > s.a && r.toks[k-1].cap:
			road = true // "Main Street", "the Newell Highway"
		case t.kind == tokWord && t.cap && k < e: // "New England", "Newell"
		case t.lower == "." && k < e:
		default:
			if !road {
				return -1
			}
			if t.lower == "the" {
				return k
			}
			return k + 1
		}
	}
	return -1
}

// dashedRoadCode reports whether w is a road's number written with a dash
// between its capital letters and its digits: "BR-277", "N-340", "RN-7".
// Only after "on the" before a distance is it read so; elsewhere "F-16" or
// "G-20" is no road.
func dashedRoadCode(w string) bool {
	i := strings.IndexAny(w, "-‑")
	if i <= 0 {
		return false
	}
	l, ld, ok := roadCodeParts(w[:i])
	if !ok || ld > 0 || l > 3 {
		return false
	}
	rest := strings.TrimLeft(w[i:], "-‑")
	_, d, ok := roadCodeParts(rest)
	return ok && d > 0 && d == len(rest)
}

// frenchRoadAsideStart returns the token before « sur » that opens a
// numbered road ending at token e, « sur la RN1 », « sur l'A7 », « sur la
// RD 559 », « sur l'autoroute A9 », « sur la route nationale 9 », « sur
// l'axe Douala-Yaoundé », or -1. A road named only by where it leads
// (« sur la route de Jacmel ») is roadToAsideStart's.
func (r *reader) frenchRoadAsideStart(e int, s *sentence) int {
	road := false
	for k := e; k > s.a && k >= e-6; k-- {
		t := &r.toks[k]
		w, art := elidedRest(t.lower)
		switch {
		case t.kind == tokWord && !t.cap && t.lower == "sur" && k < e:
			if !road {
				return -1
			}
			return k - 1
		case t.kind == tokNum:
		case t.kind == tokWord && (t.lower == "la" || t.lower == "le"):
		case k < e && isDash(t.lower) && r.toks[k-1].cap && r.toks[k+1].cap:
		case t.kind == tokWord && art == 'l' && (isRoadNoun(w) || isFrenchNumberedRoadNoun(w) || frenchRoadCode(r.text[t.start:t.end])):
			road = true // « l'autoroute », « l'axe », « l'A7 »
			if r.lowerWord(k-1, s.b) == "sur" {
				return k - 2
			}
			return -1
		case t.kind == tokWord && art == 0 && (isRoadNoun(w) || isFrenchNumberedRoadNoun(w)):
			road = true // « la route nationale 9 »
		case t.kind == tokWord && t.cap && art == 0:
			if r.roadCodeAt(k) || dashedRoadCode(r.text[t.start:t.end]) {
				road = true // « RN1 », « RD », « N4 »
			}
		case t.kind == tokWord && (w == "nationale" || w == "départementale"):
		default:
			return -1
		}
		if t.kind == tokNum && k > s.a && isFrenchNumberedRoadNoun(r.lowerWord(k-1, s.b)) {
			road = true // « l'autoroute 40 », « la route 132 »
		}
	}
	return -1
}

// frenchRoadCode reports whether w, a token with its article glued on
// (« l'A7 », « l'A75 »), is that article and a road's number.
func frenchRoadCode(w string) bool {
	i := strings.IndexAny(w, "'’")
	if i < 0 {
		return false
	}
	rest := w[i+1:]
	if strings.HasPrefix(w[i:], "’") {
		rest = w[i+len("’"):]
	}
	l, d, ok := roadCodeParts(rest)
	return ok && l > 0 && l <= 3 && d > 0
}

// roadToAsideStart returns the token before a phrase ending at token e
// that puts a place on the road to a town: "on the road to Jacmel", "along
// the highway from Kaya", « sur la route d'Ebolowa », « sur l'axe de
// Dori », « sur la piste du Tibesti », or -1. The town is where the road
// leads, not the place the distance after the phrase measures: « un pont
// sur la route de Jacmel, à 15 km au sud de Léogâne » places the bridge.
func (r *reader) roadToAsideStart(e int, s *sentence) int {
	m := r.mentionEndingAt(e, s.a)
	if m < 0 {
		return -1
	}
	k := r.mtok[m][0]
	b := s.b
	if _, art := elidedRest(r.toks[k].lower); art != 'd' || k > 0 && r.at[k-1] >= 0 {
		switch r.lowerWord(k-1, b) {
		case "to", "from", "towards", "toward", "de", "du", "des", "vers":
			k--
		default:
			return -1
		}
	}
	k-- // the road's noun
	if k <= s.a || r.toks[k].cap {
		return -1
	}
	w, art := elidedRest(r.toks[k].lower)
	if !isRoadNoun(w) {
		return -1
	}
	if art == 0 {
		k--
		if w := r.lowerWord(k, b); w != "the" && w != "la" && w != "le" {
			return -1
		}
	}
	switch r.lowerWord(k-1, b) {
	case "on", "along", "sur":
		return k - 2
	}
	return -1
}

// milepostStart returns the first token of a milepost that ends at token
// e, after a road: "near milepost 312", "at mile marker 45", "at mile
// 12", or -1. The post says where on the road the place is, and the
// distance after it places the place, not the post.
func (r *reader) milepostStart(e int, s *sentence) int {
	if e-2 <= s.a || r.toks[e].kind != tokNum {
		return -1
	}
	k := e - 1
	switch r.toks[k].lower {
	case "milepost", "mile":
	case "marker", "post":
		if r.toks[k-1].lower == "mile" {
			k--
		}
	default:
		return -1
	}
	if w := r.toks[k-1].lower; k-1 > s.a && (w == "near" || w == "at" || w == "by") {
		return k - 1
	}
	return -1
}

// usBefore reports whether "U.S." stands right before token k, as before
// the number of a U.S. route ("on U.S. 95").
func (r *reader) usBefore(k int) bool {
	return k >= 4 && r.toks[k-1].lower == "." && r.toks[k-2].lower == "s" && r.toks[k-3].lower == "." && r.toks[k-4].lower == "u"
}

// overWaterEnd returns the token after a phrase of "over" or "off" and a
// name at token v, perhaps with its article and two lower-case words
// before it ("over the west-central Bay of Bengal", "off Luzon"), or v
// when there is none: it says where an event hangs, between its noun and
// its verb, and the distance after the verb places the event, not the
// name; "the ambush on X occurred 25 km south of Y" (events.tsv place
// rows) places X.
func (r *reader) overWaterEnd(v, b int) int {
	if w := r.lowerWord(v, b); w != "over" && w != "off" {
		return v
	}
	k := v + 1
	if r.is(k, b, "the") {
		k++
	}
	for n := 0; n < 2 && r.lowerWord(k, b) != "" && r.at[k] < 0; n++ {
		k++
	}
	m := r.mentionAt(k, b)
	if m < 0 {
		return v
	}
	return r.mtok[m][1]
}
