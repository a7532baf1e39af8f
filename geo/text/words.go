package text

import (
	"strings"
	"unicode"
)

// The word classes below read the tables of lexicon/ (language.go,
// wordsets.go, wordrules.go, lexicon.go), read once and never written
// after, so that a language is a set of tables rather than branches of
// code; a lookup is a map access or two. Every function takes the
// lower-cased word.

// isStopCap reports whether w, capitalised at the start of a sentence, is an
// ordinary word of any language rather than the start of a name: a row of
// a stopcaps.tsv, or a word that opens "halfway between" or "beyond X".
func isStopCap(w string) bool {
	return anyHas(setStopCaps, w) || elidedOpener(w, stopCapAnywhere) || isMidwayWord(w) || isBeyondWord(w) // "Halfway between A and B lies X"
}

// stopCapAnywhere reports whether w is a row of any language's
// stopcaps.tsv.
func stopCapAnywhere(w string) bool { return anyHas(setStopCaps, w) }

// elidedOpenerMax is the most bytes a conjunction or preposition elided
// before its apostrophe may have ("quoiqu" has six).
const elidedOpenerMax = 8

// elidedOpener reports whether w, lower case, is a conjunction or a
// preposition elided before the word it opens, a row of stopcaps.tsv
// that ends with its apostrophe (has tells which): « Jusqu'au milieu du
// XXe siècle », « Lorsqu'elle arriva », « Puisqu'on … ». Such a word opens
// no name, whatever follows its apostrophe; an elided article or « d' »
// may ("L'Aquila", "D'Entrecasteaux", "N'Djamena") and is no such row.
func elidedOpener(w string, has func(string) bool) bool {
	for i, r := range w {
		if i > elidedOpenerMax {
			return false
		}
		if isApostrophe(r) {
			return i > 0 && has(w[:i]+"'")
		}
	}
	return false
}

// frenchPresentParticiple is the ending of a French present participle,
// and frenchParticipleMin the fewest letters a word so ending must have to
// be read as one ("agissant", "profitant", "craignant"; "Nant" and "Brabant"
// are names).
const (
	frenchPresentParticiple = "ant"
	frenchParticipleMin     = 7
)

// frenchPresentParticipleAt reports whether the capitalised word at token
// q, opening sentence s, is a French present participle before a
// lower-case preposition of its complement: « Agissant sur renseignement,
// les agents ont intercepté … sur la colline de X, à 17 km de Y »,
// « Profitant de la saison sèche, … ». Such a word opens no name; a name
// ending in "-ant" is followed by its verb or another capitalised word
// ("Brabant est une province", "Morant Bay").
func (r *reader) frenchPresentParticipleAt(q int, s *sentence) bool {
	w := r.toks[q].lower
	if len(w) < frenchParticipleMin || !strings.HasSuffix(w, frenchPresentParticiple) {
		return false
	}
	switch r.lowerWord(q+1, s.b) {
	case "sur", "dans", "en", "à", "au", "aux", "avec", "pour", "de", "du", "des", "d'", "par", "vers", "contre", "sous":
		return q+1 < s.b && !r.toks[q+1].cap
	}
	return false
}

// isFrenchPossessive reports whether w is a French possessive determiner
// of the first or second person (« notre », « vos », « ma »), which,
// capitalised at the start of a sentence before a lower-case noun, opens
// no name: « Notre bivouac, Erg Lihoudi Nord, est installé … ».
func isFrenchPossessive(w string) bool {
	switch w {
	case "notre", "nos", "votre", "vos", "mon", "ma", "mes", "ton", "ta", "tes":
		return true
	}
	return false
}

// stopCap reports whether w, capitalised at the start of a sentence, is an
// ordinary word of the language l rather than the start of a name: a row of
// its stopcaps.tsv or of its verbs.tsv, or a participle that opens a
// sentence in any language (isParticipleLead).
func (l *language) stopCap(w string) bool {
	_, verb := l.verbs[w]
	return l.has(setStopCaps, w) || elidedOpener(w, func(p string) bool { return l.has(setStopCaps, p) }) || isParticipleLead(w) || verb
}

// isBeyondWord reports whether w opens "beyond X" in a language, before
// a distance set off after X ("Past Maun, about 50 km ...", "Au-delà de
// Kayes, à 40 km ..."; fronted.go): a capitalised one opens no name.
func isBeyondWord(w string) bool {
	for _, l := range langs().all {
		if l.distance.beyond[w] != nil {
			return true
		}
	}
	return false
}

// isToponymGeneric reports whether w, capitalised after a possessive, makes
// the possessive part of a place's name ("Carver's Gap", "St. John's Wood",
// "Martha's Vineyard") rather than a container ("Chad's Lac Region"): a row
// of lexicon/en/possgenerics.tsv.
func isToponymGeneric(w string) bool {
	return langs().en.has(setPossGenerics, w)
}

// isOfGeneric reports whether w, capitalised and opening a name, is a
// generic of seas, coasts and landforms that English names join to the
// rest with "of": "Gulf of Aden", "Bay of Bengal", "Bight of Benin",
// "Strait of Hormuz", "Straits of Mackinac", "Sea of Azov", "Sound of
// Mull", "Firth of Forth", "Cape of Good Hope", "Isle of Wight", "Lake of
// the Woods", "Mount of Olives": a row of lexicon/en/ofgenerics.tsv.
func isOfGeneric(w string) bool {
	return langs().en.has(setOfGenerics, w)
}

// isParticipleLead reports whether w, opening a sentence, is a participle
// that places the sentence's implicit subject ("Situé sur la côte, à 10 km
// de ...", "Located 20 km north of X."), in English or French: a row of a
// verbs.tsv flagged lead.
func isParticipleLead(w string) bool {
	for _, l := range langs().all {
		if l.verbs[w].lead {
			return true
		}
	}
	return false
}

// isUnitWord reports whether w is a unit of length as a text may capitalise
// it after a number ("21 Kilomètres", "12 Miles"): a row of a units.tsv
// flagged cut.
func isUnitWord(w string) bool {
	for _, l := range langs().all {
		if u, ok := l.units.word(w); ok && u.cut {
			return true
		}
	}
	return false
}

// isMonth reports whether w names a month, in any language: a row of a
// months.tsv.
func isMonth(w string) bool {
	return anyHas(setMonths, w)
}

// isWeekday reports whether w names a day of the week, in the plural too
// ("busy on Fridays"), in any language: a row of a weekdays.tsv.
func isWeekday(w string) bool {
	return anyHas(setWeekdays, w)
}

// isTitleWord reports whether w is a title put before a person's name: a
// row of lexicon/en/titles.tsv.
func isTitleWord(w string) bool {
	return langs().en.has(setTitles, w)
}

// isCivility reports whether w is a French civility put before a person's
// name, with or without its point: « M. Vienne », « Mme Nancy » (a row of
// lexicon/fr/titles.tsv).
func isCivility(w string) bool {
	return langs().fr.has(setTitles, w)
}

// isRoleNoun reports whether w, lower-case before a capitalised name, makes the
// name a person's ("journalist Wassim Nasr"): a row of lexicon/en/roles.tsv.
func isRoleNoun(w string) bool {
	return langs().en.has(setRoles, w)
}

// isSpeechVerb reports whether w, right after a name, makes the name a
// speaker: a row of a speech.tsv.
func isSpeechVerb(w string) bool {
	return anyHas(setSpeechVerbs, w)
}

// isOrgWord reports whether a capitalised w makes its name an organisation,
// unit, outlet or event rather than a place: a row of an orgwords.tsv
// (« La Sûreté du Québec », "Barkhane Force") or a firm's name of a
// firmnames.tsv ("Glencore"), or a compound word for an association
// ("Turistföreningen", orgsuffixes.txt), also after a French
// elided article glued to it (« L'Agence nationale des parcs »).
func isOrgWord(w string) bool {
	if rest, art := elidedRest(w); art != 0 && rest != "" {
		w = rest
	}
	return anyHas(setOrgWords, w) || anyHas(setFirmNames, w) || hasOrgSuffix(w)
}

// hasOrgSuffix reports whether the lower-case w ends like a compound word
// for an association (lexicon/orgsuffixes.txt: "turistföreningen",
// "alpenverein").
func hasOrgSuffix(w string) bool {
	for _, e := range lex().orgSuffixes {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// isParticle reports whether a lower-case w may join two capitalised words in
// one name ("Adrar des Ifoghas", "Ústí nad Labem"): a one-word row of
// lexicon/particles.tsv.
func isParticle(w string) bool {
	return lex().particles[w]
}

// isParticlePair reports whether the lower-case words a and b together
// join two capitalised words in one name ("San Juan de los Morros",
// "Frankfurt an der Oder"): a two-word row of lexicon/particles.tsv.
func isParticlePair(a, b string) bool {
	return lex().particlePairs[[2]string{a, b}]
}

// isDemonym reports whether a single capitalised word w (lower-cased) is a
// nationality or language adjective ("Algerian", "Malian", "French") rather
// than a place: by the rules of lexicon/en/demonyms.tsv, or a word of
// lexicon/demonyms.txt the table does not list as none. Hyphenated words
// are never demonyms here.
func isDemonym(w string) bool {
	is, listed := langs().en.demonym(w)
	return is || !listed && lex().demonyms.has(w)
}

// isListedDemonym reports whether w is a demonym that
// lexicon/en/demonyms.tsv or lexicon/demonyms.txt lists, not one guessed
// from its ending alone ("Cagayan", a province, ends like "Kenyan").
func isListedDemonym(w string) bool {
	is, listed := langs().en.demonym(w)
	return is && listed || !listed && lex().demonyms.has(w)
}

// isDescriptorNoun reports whether w names a kind of place ("village",
// "wadi", "region", "farm") that a text puts before or after a place name:
// a row of lexicon/en/descriptors.tsv.
func isDescriptorNoun(w string) bool {
	_, ok := lex().en[w]
	return ok
}

// isAnaphorNoun reports whether "the w" may stand for the place the text is
// about ("The village is 75 km northeast of ...").
func isAnaphorNoun(w string) bool {
	return lex().en[w].anaphor
}

// isAtDescriptor reports whether "the w at X" names X as a place of kind w
// ("The camp at Linlin").
func isAtDescriptor(w string) bool {
	return lex().en[w].at
}

// isCompoundModifier reports whether w is kept in Mention.Feature before a
// descriptor noun ("market town", "rural commune", "provincial capital"): a
// row of lexicon/en/modifiers.tsv.
func isCompoundModifier(w string) bool {
	return langs().en.has(setModifiers, w)
}

// isKindModifier reports whether w is a modifier kept in a kind
// (isCompoundModifier) or a hyphened pair of them: "copper-zinc",
// "gold-copper", as in "the Storliden copper-zinc deposit".
func isKindModifier(w string) bool {
	if isCompoundModifier(w) {
		return true
	}
	a, b, ok := strings.Cut(w, "-")
	return ok && isCompoundModifier(a) && isCompoundModifier(b)
}

// isPlainAdjective reports whether w may stand between an article and a
// descriptor noun without changing the kind of place ("a small town"): a
// row of lexicon/en/adjectives.tsv.
func isPlainAdjective(w string) bool {
	return langs().en.has(setAdjectives, w)
}

// isOpenAdjective reports whether the lower-case word w may be an adjective
// this reader does not list, standing before a descriptor noun ("a component
// city", "the colonial town", "the prefectural capital"): a word of at least
// three letters (hyphens allowed) that is no listed adjective or modifier,
// descriptor, verb of place, preposition, relative word, filler, compass
// word, number, unit, month or function word. The callers only take it where
// a descriptor noun follows.
func isOpenAdjective(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, c := range w {
		if c != '-' && !unicode.IsLetter(c) {
			return false
		}
	}
	switch w {
	case "and", "or", "but", "nor", "for", "with", "from", "into", "onto", "upon", "has", "had",
		"have", "was", "were", "been", "being", "are", "its", "their", "his", "her", "our", "your",
		"this", "that", "these", "those", "other", "another", "each", "every", "any", "all", "such":
		return false
	}
	return !isPlainAdjective(w) && !isCompoundModifier(w) && !isDescriptorNoun(w) && !isCopula(w) && !isPreposition(w) && !isPlaceIntro(w) &&
		!isRelativeWord(w) && !isFiller(w) && !isCompassWord(w) && !isNumberWord(w) &&
		!isUnitWord(w) && !isMonth(w)
}

// isIndefinite reports whether w is an indefinite article of English or
// French ("a", "an", "un", "une"), which opens a noun phrase that
// describes rather than names.
func isIndefinite(w string) bool {
	switch w {
	case "a", "an", "un", "une":
		return true
	}
	return false
}

// isCopula reports whether w links a place to what is said of it ("is",
// "lies", "located"); such words may sit between a subject and its relation.
// They are the rows of lexicon/en/verbs.tsv.
func isCopula(w string) bool {
	_, ok := langs().en.verbs[w]
	return ok
}

// isMainVerb reports whether w, after a name that opens the main clause
// of a sentence a participle clause opens, makes the name that clause's
// subject ("Located 50 km north of X, Y overlooks the valley"): a row of
// a mainverbs.tsv.
func isMainVerb(w string) bool {
	return anyHas(setMainVerbs, w)
}

// isFiniteVerb reports whether w, right after a comma, returns to the main
// clause ("Zouid, which is ... of Zag, is 50 km ..."): a row of
// lexicon/en/verbs.tsv flagged finite.
func isFiniteVerb(w string) bool {
	return langs().en.verbs[w].finite
}

// isRelativeWord reports whether w opens a relative clause about the nearest
// name before it: a row of a relatives.tsv.
func isRelativeWord(w string) bool {
	return anyHas(setRelatives, w)
}

// isPreposition reports whether w is a preposition that ends the search for
// a relation's subject: a row of a prepositions.tsv flagged stop.
func isPreposition(w string) bool {
	for _, l := range langs().all {
		if l.preps[w].stop {
			return true
		}
	}
	return false
}

// isPlaceIntro reports whether w before a capitalised name is evidence that
// the name is a place ("in Mali", "near Gao", "reached Satin", "vers
// Kidal"): a row of a prepositions.tsv flagged intro.
func isPlaceIntro(w string) bool {
	for _, l := range langs().all {
		if l.preps[w].intro {
			return true
		}
	}
	return false
}

// isFiller reports whether w may sit between a subject and its relation
// without telling which of the two it belongs to (a row of
// lexicon/en/fillers.tsv).
func isFiller(w string) bool {
	return langs().en.has(setFillers, w)
}

// isBorderWord reports whether w is the head of an English border phrase:
// a row of lexicon/en/borders.tsv.
func isBorderWord(w string) bool {
	return langs().en.has(setBorders, w)
}

// featureOfHead returns the feature named by a capitalised word that ends a
// name ("Kidal Region", "Niger River", "Dogon Plateau"), or "": a row of
// lexicon/en/nameheads.tsv, which is its own feature.
func featureOfHead(w string) string {
	if langs().en.has(setNameHeads, w) {
		return w
	}
	return ""
}

// featureOfLead returns the feature named by a capitalised word that starts a
// name ("Lake Télé", "River Niger", "Wadi Ourdjane", "Mont Agou"), or "":
// a row of a nameleads.tsv, which is its own feature.
func featureOfLead(w string) string {
	if anyHas(setNameLeads, w) {
		return w
	}
	return ""
}

// isAdminFeature reports whether a feature names an administrative area, which
// other places are said to lie in.
func isAdminFeature(f string) bool {
	if i := strings.LastIndexByte(f, ' '); i >= 0 {
		f = f[i+1:]
	}
	return lex().admin.has(f)
}

// isThingNoun reports whether w, lower-case right after a capitalised name,
// makes the name a make or model rather than a place ("two Caracal
// helicopters", "a Toyota pickup"): a row of lexicon/en/things.tsv.
func isThingNoun(w string) bool {
	return langs().en.has(setThingNouns, w)
}

// isEventVerb reports whether w, between a name and a relation phrase, makes
// the phrase place an event or a person ("was seen 20 km north of", "was
// killed near") rather than the named place: a row of
// lexicon/en/eventverbs.tsv.
func isEventVerb(w string) bool {
	return langs().en.has(setEventVerbs, w)
}

// isFirstPersonPossessive reports whether w is a possessive determiner of
// the first person in French, « notre », « mon » or « ma »: the writer's
// own place (« Notre mission, à 35 km de X »).
func isFirstPersonPossessive(w string) bool {
	switch w {
	case "notre", "mon", "ma":
		return true
	}
	return false
}
