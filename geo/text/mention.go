package text

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// findMentions finds every run of capitalised words that may name a place.
// A run joins capitalised words and lower-case particles between them
// ("Adrar des Ifoghas"); it is cut at months, weekdays, titles and "The", and
// loses a sentence-initial common word ("In Mali" gives "Mali").
func (r *reader) findMentions() {
	r.gradeNames(r.chunkNames())
	r.inOf = make([]int32, len(r.mentions))
	for i := range r.inOf {
		r.inOf[i] = -1
	}
}

// listedNameAt returns the end of a name of lexicon/names.txt starting at
// token i, a name with lower-case words inside that a run of capitalised
// words would cut, the longest first.
func (r *reader) listedNameAt(i, b int) (int, bool) {
next:
	for _, words := range lex().names {
		if i+len(words) > b || words[0] != r.toks[i].lower {
			continue
		}
		for n, w := range words {
			if t := &r.toks[i+n]; t.kind != tokWord || t.lower != w {
				continue next
			}
		}
		return i + len(words), true
	}
	return i, false
}

// inRaceName reports whether the tokens [p, q) of sentence s lie inside
// the name of a race of lexicon/races.txt, its towns joined by dashes
// ("Paris–Roubaix", "Liège–Bastogne–Liège", "Milan–San Remo").
func (r *reader) inRaceName(p, q int, s *sentence) bool {
	for k := max(s.a, p-12); k <= p; k++ {
	next:
		for _, words := range lex().races {
			if k+len(words) < q || k+len(words) > s.b {
				continue
			}
			for n, w := range words {
				t := &r.toks[k+n]
				if w == "-" {
					if t.kind != tokPunct || (t.lower != "-" && t.lower != "–" && t.lower != "—") {
						continue next
					}
				} else if t.kind != tokWord || t.lower != w {
					continue next
				}
			}
			return true
		}
	}
	return false
}

// romanOrdinal reports whether token i is an ordinal written in Roman
// numerals, as French writes centuries and dynasties ("au XIIe siècle",
// "la IVe dynastie", "le Ier siècle"): capital numerals and a lower-case
// ordinal ending. It names no place.
func (r *reader) romanOrdinal(i int) bool {
	w := r.text[r.toks[i].start:r.toks[i].end]
	n := 0
	for n < len(w) && strings.IndexByte("IVX", w[n]) >= 0 {
		n++
	}
	if n == 0 {
		return false
	}
	switch w[n:] {
	case "e", "er", "re", "ère", "ème", "eme", "nd", "nde":
		return true
	}
	return false
}

// nameChunk is a run of tokens [p, q) of sentence s (an index in
// reader.sents) that may name a place, as the chunking stage cuts it and
// before any evidence is weighed; person reports a title before it
// ("General X"). The stages pass a slice of them: chunkNames makes it from
// the tokens and sentences alone, gradeNames turns it into mentions.
type nameChunk struct {
	s, p, q  int
	person   bool
	craft    bool // the name of a ship or an aircraft (craftNameEnd)
	building bool // the own name of a building before « de » and its town (buildingNameDe)
}

// chunkNames is the chunking stage: the runs of capitalised words of every
// sentence, joined by particles, possessives before a kind of spot and
// "St.", names of lexicon/names.txt whole, cut at months, titles, units and
// compass words (splitRun). It reads tokens only, never mentions.
func (r *reader) chunkNames() []nameChunk {
	var out []nameChunk
	for si := range r.sents {
		s := &r.sents[si]
		for i := s.a; i < s.b; {
			t := &r.toks[i]
			if e := r.frenchNumberedSiteEnd(i, s); e > i {
				out = append(out, nameChunk{s: si, p: i, q: e}) // « le puits n° 7 », « le forage F12 »
				i = e
				continue
			}
			if t.kind == tokWord && r.titleCompassAt(i, s) {
				i += 2 // the direction and its preposition
				continue
			}
			if t.kind == tokWord && t.cap && !t.upper && i > s.a && r.toks[i-1].kind == tokWord && r.toks[i-1].cap && !r.toks[i-1].upper && titleLocatedVerb(t.lower) {
				i++ // "Kalinchowk View Resort Located 30 Kms": the verb, in Title Case
				continue
			}
			if t.kind != tokWord || !t.cap || r.romanOrdinal(i) {
				i++
				continue
			}
			if e, ok := r.listedNameAt(i, s.b); ok {
				out = append(out, nameChunk{s: si, p: i, q: e}) // "République démocratique du Congo"
				i = e
				continue
			}
			if (i == s.a || i == s.first) && i+1 < s.b && r.toks[i+1].cap {
				if e, ok := r.listedNameAt(i+1, s.b); ok {
					// « Au Darfour occidental, … »: the capitalised word
					// opening the sentence is no part of the listed name.
					out = append(out, nameChunk{s: si, p: i + 1, q: e})
					i = e
					continue
				}
			}
			if e := r.craftNameEnd(i, s); e > i {
				out = append(out, nameChunk{s: si, p: i, q: e, craft: true}) // "the trawler Ocean Star", "MV Princess of Tasmania"
				i = e
				continue
			}
			j := i + 1
			if e := r.signNumberedEnd(i, s); e > i {
				j = e // "No. 9 Bore": the sign and the number open the name
			}
			for j < s.b {
				u := &r.toks[j]
				if u.kind == tokWord && u.cap {
					if u.upper && !r.toks[j-1].upper && (anyHas(setStateCodes, u.lower) || r.agencyAcronymAt(j, s)) {
						break // "Bourke NSW": a state's code after the town; "the Aceh BPBD": an agency's
					}
					if !u.upper && !r.toks[j-1].upper && titleLocatedVerb(u.lower) {
						break // "Kalinchowk View Resort Located 30 Kms. East": Title Case
					}
					if r.craftNameEnd(j, s) > j {
						break // "The MV Princess of Tasmania", « L'avion Ville de Dakar »: a craft's name
					}
					j++
					continue
				}
				if u.kind == tokWord && isParticle(u.lower) && j+1 < s.b &&
					r.toks[j+1].kind == tokWord && r.toks[j+1].cap && !(j == i+1 && isListedDemonym(r.toks[i].lower)) &&
					!isCatalogueCode(&r.toks[j+1]) && !(u.lower == "as" && r.asParticipleBefore(i, s)) && !r.objectAfterFrenchPlace(i, j) {
					// "known in Kurdish as Girê Spî": after a language
					// alone, the particle is the English word.
					j += 2
					continue
				}
				if r.gaelicArticleAt(j, s) {
					j += 2 // "Loch an Fhithich", "Ras an Naqb"
					continue
				}
				if r.arabicArticleAfterLead(i, j, s) {
					j += 2 // "Jebel en Negueb", "Khirbet et Tannur"
					continue
				}
				if r.auNameAt(i, j, s) {
					j += 2 // « La Combe aux Loups », « Le Pas au Loup »
					continue
				}
				if u.kind == tokWord && j+2 < s.b && isParticlePair(u.lower, r.toks[j+1].lower) &&
					!r.toks[j+1].cap && r.toks[j+2].kind == tokWord && r.toks[j+2].cap && !r.roadCodeAt(j+2) {
					j += 3 // "Villa de la Vega", "San Juan de los Morros", "Bergen van der Zee"
					continue
				}
				if r.nameJoinAt(j, s) {
					j += 2 // "Carver's Gap", "St. John's Wood"
					continue
				}
				if e := r.ofNameEnd(i, j, s); e > j {
					j = e // "Gulf of Carpentaria", "Lake of the Woods"
					continue
				}
				if e := r.dedicationEnd(i, j, s); e > j {
					j = e // "Sanctuary of Our Lady of Fátima"
					continue
				}
				if e := r.ourLadyEnd(i, j, s); e > j {
					j = e // "the basilica of Our Lady of Health"
					continue
				}
				if e, ok := r.numberSignAt(i, j, s); ok {
					j = e // "Dawadawa No. 2": the sign, its point and its number
					if j < s.b && r.toks[j].start > lineEnd(r.text, r.toks[j-1].end) {
						// "Situation Report No. 8\nAttacks were reported": a
						// title's number ends its line, and the run with it.
						break
					}
					continue
				}
				if u.kind == tokNum && (r.numberedNameAt(j, s) || r.farmNumberAt(j, s) || r.campNumberAt(i, j, s) || r.unitNumberAt(i, j, s)) {
					j++ // "Chak 214 JB", "Camp 3", "Kilometre 40"
					if e := r.slashPartEnd(j, s); e > j {
						j = e // "Chak 45/NB-East", "Chak 121/9-L"
					}
					continue
				}
				if r.lowerWellCodeAt(j, s) {
					j++ // "the Bajo Verde x-1 well": the well's number, as Argentina writes it
					continue
				}
				if r.saintPossessiveAt(i, j, s) {
					j++ // "St. John's, Newfoundland", "of St. Mary's."
				}
				break
			}
			out = r.splitRun(out, si, i, j)
			i = j
		}
	}
	return out
}

// agencyAcronymAt reports whether token j, in capitals, closes a run of
// capitalised words in ordinary case as the acronym of an agency that
// serves the place they name, acting or speaking: "the East Java BPBD
// said", "the Texas DPS arrested", "Kelantan JKR officials". The acronym is
// no part of the name, which is the agency's state or town. A kind after
// the acronym keeps it in the name ("the Al-Hol IDP camp", "Hong LGA,
// Adamawa State"), and so does a firm's legal form ("Caspian Steppe Oil
// LLP") or a US state's code ("Washington DC").
func (r *reader) agencyAcronymAt(j int, s *sentence) bool {
	u := &r.toks[j]
	if n := len(u.lower); n < 3 || n > 6 || anyHas(setPostalStates, u.lower) || anyHas(setFirmWords, u.lower) || strings.ContainsFunc(u.lower, func(c rune) bool { return c < 'a' || c > 'z' }) {
		return false
	}
	w := r.lowerWord(j+1, s.b)
	return isSpeechVerb(w) || len(w) > 4 && strings.HasSuffix(w, "ed") || r.lowerWordIn(j+1, s, setTownNouns) || r.lowerWordIn(j+1, s, setTownStaff)
}

// titleLocatedVerb reports whether w is a participle that places its
// subject and, capitalised inside a run of Title Case, ends the name before
// it rather than continuing it: "located", "situated" (a row of verbs.tsv
// flagged lead, in and border that ends in "-ated").
func titleLocatedVerb(w string) bool {
	if !strings.HasSuffix(w, "ated") {
		return false
	}
	for _, l := range langs().all {
		if v, ok := l.verbs[w]; ok && v.lead && v.in && v.border {
			return true
		}
	}
	return false
}

// titleCompassAt reports whether the capitalised compass word at token i,
// after a unit, is the direction of a distance written in Title Case before
// a capitalised preposition ("30 Kms. East From Kathmandu", "12 Km North
// Of Kampala"): no name opens with it.
func (r *reader) titleCompassAt(i int, s *sentence) bool {
	if !isCompassWord(r.toks[i].lower) || i+1 >= s.b || !r.toks[i+1].cap {
		return false
	}
	switch r.toks[i+1].lower {
	case "from", "of":
	default:
		return false
	}
	k := i - 1
	if r.is(k, s.b, ".") {
		k--
	}
	return k >= s.a && r.toks[k].kind == tokWord && isUnitWord(r.toks[k].lower)
}

// auNameAt reports whether « au », « aux » or « à » at token j joins the
// French noun that opens the run begun at i, after its article, elided
// or not, to the capitalised word after it in one name
// (lexicon/fr/auheads.tsv): « La Combe aux Loups », « la Pierre aux Fées
// », « Le Pas au Loup », « l'Anse à Boucan », « Morne à Cabrit », « Île
// à Vache ». After any other word the two names stay apart (« de la
// France aux Maliens », « de Mopti à Gao »), and « Pierre », a first
// name too, is joined by « au » and « aux » only (« Pierre à Lyon »). The
// noun may follow an adjective of auheadadjs.tsv written capitalised in
// the name (« Gros Morne à Cabrit », « la Petite Anse à Galets »).
func (r *reader) auNameAt(i, j int, s *sentence) bool {
	a := r.is(j, s.b, "à")
	if !r.is(j, s.b, "au") && !r.is(j, s.b, "aux") && !a || j+1 >= s.b || r.toks[j+1].kind != tokWord || !r.toks[j+1].cap {
		return false
	}
	h := j - 1
	o := i // the word that opens the name, after its article
	if o < h && isFrenchArticle(r.toks[o].lower) {
		o++
	}
	if o == h-1 && r.toks[o].cap && langs().fr.has(setAuHeadAdjs, r.toks[o].lower) {
		o++ // « Gros Morne à Cabrit », « la Petite Anse à Galets »
	}
	if o != h {
		return false
	}
	w, _ := elidedRest(r.toks[h].lower)
	if a && w == "pierre" {
		return false
	}
	return r.toks[h].cap && langs().fr.has(setAuHeads, w)
}

// maxAsAgentWords bounds the lower-case words between a participle of
// naming and the capitalised name of who uses the name: "known to the
// Warlpiri" takes two.
const maxAsAgentWords = 3

// asParticipleBefore reports whether a participle of naming
// (asparticiples.tsv) stands a few lower-case words before token i, so
// that the capitalised words from i name who uses a name and "as" after
// them gives it, joining no name: "The outstation, known to the Warlpiri
// as Yinapaka Soak," names Yinapaka Soak, not "Warlpiri as Yinapaka Soak".
func (r *reader) asParticipleBefore(i int, s *sentence) bool {
	for k := i - 1; k >= s.a && k >= i-1-maxAsAgentWords; k-- {
		t := &r.toks[k]
		if t.kind != tokWord || t.cap {
			return false
		}
		if anyHas(setAsParticiples, t.lower) {
			return true
		}
	}
	return false
}

// gaelicArticleAt reports whether token j is the article "an" of a
// Gaelic or Arabic name between two capitalised words: "Loch an
// Fhithich", "Baile an Fheirtéaraigh", "Ras an Naqb". "an" is no row of
// lexicon/particles.tsv because English writes it before nouns, and in
// a title capitalised ones ("Rebels Seize an Oil Field"); English puts
// it before a vowel, or an acronym ("an FBI agent"), so only a word that
// opens with another letter and is not all capitals is joined.
func (r *reader) gaelicArticleAt(j int, s *sentence) bool {
	if !r.is(j, s.b, "an") || j+1 >= s.b {
		return false
	}
	u := &r.toks[j+1]
	if u.kind != tokWord || !u.cap || u.upper {
		return false
	}
	first, _ := utf8.DecodeRuneInString(u.lower)
	return !strings.ContainsRune("aeiouyàâäáéèêëíìîïóòôöúùûü", first)
}

// gradeNames is the evidence stage: each chunk, in order, becomes a
// mention graded by what the text says around it, or is dropped as plainly
// no place (emitName).
func (r *reader) gradeNames(chunks []nameChunk) {
	for _, c := range chunks {
		if c.building {
			continue // « le stade Lat-Dior de Thiès »: the stadium's own name, no place
		}
		n := len(r.mentions)
		r.emitName(&r.sents[c.s], c.p, c.q, c.person)
		if n < len(r.mentions) && (r.buildingNameAfter(c.p, c.q, &r.sents[c.s]) || r.dedicationBefore(c.p, &r.sents[c.s]) || r.grantAfter(c.p, c.q, &r.sents[c.s])) {
			if r.buildingNamed == nil {
				r.buildingNamed = map[int]bool{}
			}
			r.buildingNamed[r.mentions[n].Span.Start] = true // « l'église Saint-Dominique », "the church of St. Nicholas", "the San Lorenzo concession"
		}
		if c.craft {
			for m := n; m < len(r.mentions); m++ {
				r.mentions[m].Evidence = EvidenceUnlikely // a ship's or an aircraft's name
				if r.craftNamed == nil {
					r.craftNamed = map[int]bool{}
				}
				r.craftNamed[m] = true
			}
		}
	}
}

// craftNameEnd returns the end of the name of a ship or an aircraft that
// starts at token i of s, or i: capitalised words right after a craft
// noun of events.tsv ("the trawler Ocean Star", "the bulk carrier Ville
// de Marseille", « le chalutier Ville de Saint-Malo », after « de » and
// one lower-case noun: « le navire de pêche Ville de Dakar ») or after a
// ship's prefix ("MV Princess of Tasmania", "HMS Sheffield"), joined by
// "of", "de", "du", "des", "la", "le", "the". Its words name the craft,
// never a place: "the cargo ship Empress of Ireland" maps no Ireland.
func (r *reader) craftNameEnd(i int, s *sentence) int {
	b := s.b
	capWord := func(k int) bool { return k < b && r.toks[k].kind == tokWord && r.toks[k].cap }
	if !capWord(i) || i+1 >= b && !r.craftPrefixAt(i) {
		return i
	}
	craftBefore := func(k int) bool {
		if k < s.a || r.toks[k].kind != tokWord {
			return false
		}
		w, art := elidedRest(r.toks[k].lower)
		return (!r.toks[k].cap || art != 0) && craftNoun(w) != "" // "the tanker", « L'avion »
	}
	start := i
	switch {
	case r.craftPrefixAt(i) && capWord(i+1):
		start = i + 1
	case craftBefore(i - 1):
	case i-3 >= s.a && r.is(i-2, b, "de") && r.toks[i-1].kind == tokWord && !r.toks[i-1].cap && craftBefore(i-3):
		// « le navire de pêche Ville de Dakar »
	default:
		return i
	}
	j := start + 1
	for j < b {
		if capWord(j) {
			j++
			continue
		}
		switch r.toks[j].lower {
		case "of", "de", "du", "des", "la", "le", "the":
			if capWord(j + 1) {
				j += 2
				continue
			}
		}
		break
	}
	return j
}

// craftPrefixAt reports whether token i is a ship's prefix of events.tsv
// written in capitals ("MV", "HMS", "SS").
func (r *reader) craftPrefixAt(i int) bool {
	t := &r.toks[i]
	if t.kind != tokWord || !t.upper {
		return false
	}
	for _, l := range langs().all {
		for _, ph := range l.events[t.lower] {
			if ph.row.prefix && len(ph.words) == 1 {
				return true
			}
		}
	}
	return false
}

// frenchArticleName reports whether the capitalised article at q, opening a
// sentence, is part of the name after it ("Le Caire est à 200 km de
// Louxor", "La Paz"): another capitalised word follows in the run [q, j)
// that is neither a descriptor nor a common word, nor a part word of
// partwords.tsv before a name (« Le Centre ValBio »).
func (r *reader) frenchArticleName(q, j int) bool {
	switch r.toks[q].lower {
	case "le", "la", "les":
	default:
		return false
	}
	if q+1 >= j {
		return false
	}
	next := r.toks[q+1].lower
	if isFrenchPartWord(next) && q+2 < j {
		return false // « Le Centre ValBio se trouve à … »: a centre's name; « Le Centre » alone is a region
	}
	return frenchFeature(next) == "" && !isDescriptorNoun(next) && !isStopCap(next) && !isFeatureWord(next) &&
		!isPeopleOrDemonym(next) && // "Les Peuls et les Dogons", "Les Maliens": a people, not "Les Peuls" as a town
		!isFrenchPeoplePlural(next) // "Les Zindérois", the people of Zinder
}

// frenchPeopleAfterArticle reports whether the one-word name [p, q) is a
// town's people after "les": "Les Zindérois ont accueilli", "les
// Bamakoises" (isFrenchPeoplePlural). Its mention is graded unlikely, so
// that it is neither listed nor the subject of a distance that follows:
// "Les Zindérois ont accueilli les sinistrés de X, à 18 km de Zinder" is
// about X.
func (r *reader) frenchPeopleAfterArticle(p, q int, s *sentence) bool {
	return q-p == 1 && p-1 >= s.a && r.toks[p].cap && r.toks[p-1].lower == "les" &&
		isFrenchPeoplePlural(r.toks[p].lower)
}

// particleNameLead reports whether the capitalised particle at q, opening a
// sentence and a stop word of French ("De", "Du", "Des"), starts the name
// of the run [q, j) because an English verb of place follows the run:
// "De Aar is a town", "Des Moines lies", "De Hoeve van Gerwen is a
// farmstead". French opens sentences with these words ("De Gao, la colonne
// ..."), but never before an English verb.
func (r *reader) particleNameLead(q, j int, s *sentence) bool {
	w := r.toks[q].lower
	if q+1 >= j || !isParticle(w) || !langs().fr.stopCap(w) || langs().en.stopCap(w) {
		return false
	}
	return isCopula(r.lowerWord(r.skipParen(j, s.b), s.b))
}

// afterDateline reports whether token q opens the text after a dateline's
// spaced dash in sentence s ("ALPINE, Texas -- A Brewster County jury"),
// where a capitalised stop word ("A", "The") is no part of a name, as at
// the start of a sentence.
func (r *reader) afterDateline(q int, s *sentence) bool {
	k := q - 1
	if k <= s.a || !isDash(r.toks[k].lower) {
		return false
	}
	for k > s.a && isDash(r.toks[k-1].lower) {
		k-- // "--"
	}
	return k > s.a && r.toks[k].start > r.toks[k-1].end && r.toks[q].start > r.toks[q-1].end
}

// frenchNameLead reports whether the capitalised word at q, opening a
// sentence and common in English ("Had", "Bir", "Sidi" are not French
// words), starts the name of the run [q, j) because a French verb of
// place follows the run, or a pronoun and such a verb opening an insert
// after it: "Had Gharbia est une commune", "Had Kourt se trouve à", "In
// Tahaka – il se trouve à ...". A French stop word ("Le", "Dans") never does.
func (r *reader) frenchNameLead(q, j int, s *sentence) bool {
	if q+1 >= j || langs().fr.stopCap(r.toks[q].lower) {
		return false
	}
	e := r.skipParen(j, s.b)
	if j+1 < s.b && r.toks[j].kind == tokPunct && (isDash(r.toks[j].lower) || r.toks[j].lower == "(") &&
		isFrenchPronoun(r.lowerWord(j+1, s.b)) {
		e = j + 2 // "In Tahaka – il se trouve à 40 km de Gao – ..."
	}
	return isFrenchLocative(r.lowerWord(e, s.b))
}

// placeWordActs reports whether w, a capitalised word that opens sentence
// s on its own, is a common English word that some place bears
// (lexicon/en/placewords.txt.gz: "snow", "rain", "police") and the word
// at token q after it is a verb of action, not a verb of place, a
// preposition or a punctuation mark: "Snow stranded drivers near X",
// "Police said"; a plural before a preposition too ("Farmers near X
// said"). "Hope lies 20 km ...", "Split, a city ..." and "Reading is
// ..." keep their place. A copula before a participle of finding
// (findings) acts too: "Gold was found at X", "Oil was struck 40 km …",
// and so does a modal before a verb of action ("Slaughter will take
// place at a plant outside X") or before "be" and such a participle ("Ore
// would be trucked to a plant near X"). Up to two adverbs (words of
// fillers.tsv that may open a sentence) before the verb are read past:
// "Rain also blocked the road near X", "Hope still lies 20 km ...".
func (r *reader) placeWordActs(w string, q int, s *sentence) bool {
	for n := 0; n < 2 && q+1 < s.b && r.toks[q].kind == tokWord && isFiller(r.toks[q].lower) && isStopCap(r.toks[q].lower) &&
		r.toks[q+1].kind == tokWord && !r.toks[q+1].cap; n++ {
		q++ // "Rain also blocked the highway near X": an adverb before the verb
	}
	v := r.lowerWord(q, s.b)
	found := isCopula(v) && findings[r.lowerWord(q+1, s.b)] || // "Gold was found at Mulga Flat"
		isModal(v) && r.lowerWord(q+1, s.b) == "be" && findings[r.lowerWord(q+2, s.b)] // "Ore would be trucked to …"
	if !isPlaceWord(w) {
		// Neither list holds a word of three letters ("Ore", "Oil",
		// "Tin"): only a participle of finding or carrying makes it a
		// thing, which "Hue", "Van" or "Bar" never are.
		return len(w) == 3 && found
	}
	if found {
		return true
	}
	if isModal(v) {
		// "Slaughter will take place at a plant outside X": a modal
		// before a verb of action acts as that verb does; "Hope will
		// lie under the new reservoir" keeps its place.
		return !isPlaceVerbBase(r.lowerWord(q+1, s.b))
	}
	if v == "" || r.toks[q].kind != tokWord || isCopula(v) || isFrenchLocative(v) || isDescriptorNoun(v) {
		return false
	}
	if isPreposition(v) || isStopCap(v) {
		// "Farmers near X said ...", "Police in Kano said": a plural
		// before a preposition is who or what the sentence is about.
		return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
	}
	return true
}

// findings are the participles that, after a copula, say that a thing
// was found, carried or worked somewhere ("Gold was found at X", "Oil was
// struck near Y", "Ore would be trucked to a plant near Z"), which no
// place is: "Hope was founded in 1850" keeps its place.
var findings = map[string]bool{
	"found": true, "discovered": true, "struck": true, "mined": true, "panned": true, "extracted": true,
	"trucked": true, "hauled": true, "shipped": true, "carted": true, "railed": true, "piped": true, "barged": true,
	"transported": true, "exported": true, "processed": true, "smelted": true, "milled": true, "refined": true,
}

// isFeatureWord reports whether w names a kind of place that may head or
// lead a name ("Région", "Lac").
func isFeatureWord(w string) bool {
	return featureOfHead(w) != "" || featureOfLead(w) != ""
}

// nameJoinAt reports whether the token at j, inside a run of capitalised
// words, joins the words on either side into one name: a possessive before a
// word that names a kind of spot ("Carver's Gap", "Martha's Vineyard"), or
// after "the" a common noun's possessive and one capitalised word ("the
// Devil's Elbow"), or
// the point of an abbreviated "St.", "Ste.", "Mt.", "Ft.", "Pt." or of
// Spanish "Pto.", "Cd.", "Cdad." (Ciudad) and "Gral." (General), as the
// gazetteer expands them, or of the Irish and British "Co." (County,
// a kind word gazetteer.Admin2 reads: "Co. Galway") (AbbreviationForms in geo/gazetteer/spelling.go)
// ("St. John's Wood", "Pt. Pleasant", "Cd. Juárez"), or of a compass
// initial opening a name ("N. Platte"), or the apostrophe of "O'" for
// "of" ("Land O' Lakes").
func (r *reader) nameJoinAt(j int, s *sentence) bool {
	if j+1 >= s.b || j-1 < s.a || r.toks[j+1].kind != tokWord || !r.toks[j+1].cap {
		return false
	}
	switch r.toks[j].kind {
	case tokPoss:
		if isToponymGeneric(r.toks[j+1].lower) {
			return true
		}
		if j+2 < s.b && r.toks[j+2].kind == tokWord && r.toks[j+2].cap && isToponymGeneric(r.toks[j+2].lower) && (j+3 >= s.b || !r.toks[j+3].cap) &&
			isCommonWord(r.toks[j+1].lower) && !isOrgWord(r.toks[j+1].lower) {
			// "Hollister's Gravel Pit", "Dunmore's Sand Quarry": a
			// common word of the kind before the generic; "Lebanon's
			// Beqaa Valley" is a valley's name after its country's.
			return true
		}
		// "the Devil's Elbow", "the Giant's Causeway": after "the", a
		// common noun's possessive and a capitalised word make one name.
		return j-2 >= s.a && r.toks[j-2].lower == "the" && r.toks[j-1].cap && isCommonWord(r.toks[j-1].lower) &&
			(j+2 >= s.b || !r.toks[j+2].cap) && !isOrgWord(r.toks[j+1].lower)
	case tokPunct:
		if r.toks[j].start != r.toks[j-1].end {
			return false
		}
		switch r.toks[j].lower {
		case ".":
			switch r.toks[j-1].lower {
			case "st", "ste", "sta", "sto", "mt", "mte", "ft", "pt", "pto", "cd", "cdad", "gral":
				return true
			case "co":
				return r.toks[j-1].cap // "Co. Galway", "Co. Durham": a county (gazetteer.Admin2)
			case "n", "s", "e", "w":
				// "N. Platte", "S. Paulo": a compass initial opening a
				// run, a space after its point and a word after the
				// space, not "N.E." nor "Jack N. Smith".
				first := j-1 == s.a || !r.toks[j-2].cap || r.toks[j-2].kind != tokWord
				return first && r.toks[j+1].start > r.toks[j].end && len(r.toks[j+1].lower) > 1
			}
		case "'", "’":
			return r.toks[j-1].lower == "o" // "Land O' Lakes"
		}
	}
	return false
}

// ofNameEnd returns the end of an English name whose generic word opens
// it and takes "of" ("Gulf of Carpentaria", "Strait of Hormuz", "Cape of
// Good Hope", "Lake of the Woods"), when the run begun at i is that one
// generic word and the token at j is "of" (or "of the") before a
// capitalised word; else j. The run may be "The" and the generic, as a
// sentence opens. Unlike "the Province of Sindh", whose noun is
// a kind and whose name is Sindh, these generics are part of the name:
// "Gulf" alone is no place, and "Good Hope" a town elsewhere. French
// needs no rule: "de" joins names as a particle ("Golfe de Guinée").
func (r *reader) ofNameEnd(i, j int, s *sentence) int {
	if j == i+2 && r.toks[i].lower == "the" {
		i++ // "The Ness of Brodgar lies …": the article opening a sentence
	}
	if j != i+1 || !isOfGeneric(r.toks[i].lower) || !r.is(j, s.b, "of") {
		return j
	}
	k := j + 1
	if r.is(k, s.b, "the") {
		k++
	}
	if k < s.b && r.toks[k].kind == tokWord && r.toks[k].cap {
		return k + 1
	}
	return j
}

// dedicationEnd returns the end of an English name made of a kind of
// building and its dedication ("Sanctuary of Our Lady of Fátima",
// "Monastery of Saint Mary of Bouro", "Church of the Holy Cross"), when
// the run begun at i is that one kind (lexicon/en/dedicated.tsv) and the
// token at j is "of", perhaps "of the", before a capitalised word that
// opens a dedication (dedications.tsv); else j. The dedication runs on
// over capitalised words and the points of "St.", and over one more "of"
// and the name after it: the whole is the building's name, where "the
// Monastery of Tabbakh" is a monastery named Tabbakh.
func (r *reader) dedicationEnd(i, j int, s *sentence) int {
	en := langs().en
	if j-1 < i || j-1 > i+2 || !en.has(setDedicated, r.toks[j-1].lower) || !r.is(j, s.b, "of") {
		return j // the kind, perhaps after "The" or a word or two ("The Benedictine Abbey")
	}
	k := j + 1
	if r.is(k, s.b, "the") {
		k++
	}
	if k >= s.b || r.toks[k].kind != tokWord || !r.toks[k].cap || !en.has(setDedications, r.toks[k].lower) {
		return j
	}
	caps := func(k int) int {
		for k < s.b && (r.toks[k].kind == tokWord && r.toks[k].cap || r.nameJoinAt(k, s)) {
			if r.toks[k].kind != tokWord {
				k++
			}
			k++
		}
		return k
	}
	k = caps(k)
	if e := k + 1; r.is(k, s.b, "of") && e < s.b && r.toks[e].kind == tokWord && r.toks[e].cap {
		k = caps(e)
	}
	return k
}

// ourLadyEnd returns the end of a dedication that the run begun at i
// makes, when token j is "of" before a capitalised word (perhaps after
// "the"); else j. The run opens with "Our Lady" ("Our Lady of Health",
// "Our Lady of the Snows"), or with a word of dedications.tsv after a
// lower-case kind of dedicated.tsv and "of" ("the monastery of St.
// Gregory of Narek", "the church of Saint Mary of Zion"): the whole is one
// name, the saint's epithet no town.
func (r *reader) ourLadyEnd(i, j int, s *sentence) int {
	en := langs().en
	if !r.is(j, s.b, "of") || j <= i || !en.has(setDedications, r.toks[i].lower) {
		return j
	}
	lady := j == i+2 && r.is(i, s.b, "our") && r.is(i+1, s.b, "lady")
	k := i - 1
	if r.is(k, s.b, "the") {
		k--
	}
	if !lady && !(r.is(k, s.b, "of") && k-1 >= s.a && !r.toks[k-1].cap && en.has(setDedicated, r.toks[k-1].lower)) {
		return j
	}
	k = j + 1
	if r.is(k, s.b, "the") {
		k++
	}
	if k >= s.b || r.toks[k].kind != tokWord || !r.toks[k].cap {
		return j
	}
	for k < s.b && r.toks[k].kind == tokWord && r.toks[k].cap {
		k++
	}
	return k
}

// saintPossessiveAt reports whether the possessive at token j closes the
// saint's name that the run starting at token i makes: "St. John's",
// "St. Mary's", "Saint David's" name towns with the possessive, and it is
// theirs when no noun follows it (a comma, the end of the sentence, a verb
// or a preposition: "35 km south-west of St. John's, Newfoundland", "St.
// Mary's lies ..."). "Saint Lucia's capital" keeps its possessive out.
func (r *reader) saintPossessiveAt(i, j int, s *sentence) bool {
	if j >= s.b || r.toks[j].kind != tokPoss || j-i < 2 {
		return false
	}
	switch r.toks[i].lower {
	case "st", "ste", "saint", "sainte":
	default:
		return false
	}
	if j+1 >= s.b || r.toks[j+1].kind == tokPunct {
		return true
	}
	w := r.toks[j+1].lower
	return r.toks[j+1].kind == tokWord && !r.toks[j+1].cap &&
		(isCopula(w) || isPreposition(w) || w == "and" || w == "or")
}

// feastAt reports whether the name [p, q) is a saint's day: a male
// saint's name after the feminine article « la » (« la Saint-Jean », «
// de la Saint-Martin », « à la Saint-Michel »), where « la fête de » is
// understood. A town is never « la Saint-Martin »; a female saint's name
// after « la » may be a mountain's (« la Sainte-Victoire »).
func (r *reader) feastAt(p, q int, s *sentence) bool {
	if q-p == 2 && r.toks[p].lower == "la" {
		p++ // « La Saint-Jean-Baptiste sera célébrée »
	} else if p-1 < s.a || r.toks[p-1].lower != "la" {
		return false
	}
	w := r.toks[p].lower
	return strings.HasPrefix(w, "saint-") && len(w) > len("saint-")
}

// orgOfBefore reports whether the French name at token p ends the name
// of a body after « de », « du » or « des », or glued to « d' »: a
// capitalised word of orgwords.tsv and one or two lower-case adjectives
// before it (« les Fraternités monastiques de Jérusalem », « la Fondation
// catholique de Lyon »). Without an adjective the run keeps the whole name
// (« la Fondation de Lyon »).
func (r *reader) orgOfBefore(p int, s *sentence) bool {
	k := p - 1
	if _, art := elidedRest(r.toks[p].lower); art == 'd' {
		k = p
	} else if w := r.lowerWord(k, s.b); w != "de" && w != "du" && w != "des" {
		return false
	}
	k--
	n := 0
	for ; n < 2 && r.lowerWord(k, s.b) != "" && (isFrenchAdjective(r.toks[k].lower) || adjectiveEnding(r.toks[k].lower)); n, k = n+1, k-1 {
	}
	// « le Conseil communal de Moudon »: a body of the place's own
	// (a dwellers noun of lists.tsv) leaves the name a place's.
	return n > 0 && k >= s.a && r.toks[k].kind == tokWord && r.toks[k].cap && isOrgWord(r.toks[k].lower) && !isDwellerNoun(r.toks[k].lower)
}

// adjectiveEnding reports whether the French word w ends as an adjective
// of kind does (« monastiques », « catholique », « nationale »,
// « paroissiaux », « chrétienne »), where a verb or a noun seldom does.
func adjectiveEnding(w string) bool {
	for _, e := range []string{"ique", "iques", "ale", "ales", "aux", "ienne", "iennes", "aire", "aires"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// feastName reports whether the name [p, q) is a feast or a holy day,
// no place: its last word is one of lexicon/LANG/feasts.tsv ("at
// Candlemas", "On Maha Shivaratri", « pour Timkat »), or, after "on", a
// comma sets off what the day is, a date or a feast: "on Hidar Tsion, 30
// November", "on Vardavar, the feast of the Transfiguration", "on
// Lamproba, the February festival".
func (r *reader) feastName(p, q int, s *sentence) bool {
	if anyHas(setFeasts, r.toks[q-1].lower) {
		return true
	}
	if !r.is(p-1, s.b, "on") || !r.is(q, s.b, ",") {
		return false
	}
	k := q + 1
	if k+1 < s.b && r.toks[k].kind == tokNum && anyHas(setMonths, r.toks[k+1].lower) ||
		k+1 < s.b && anyHas(setMonths, r.toks[k].lower) && r.toks[k+1].kind == tokNum {
		return true // "on Hidar Tsion, 30 November", "on X, November 30"
	}
	switch r.toks[min(k, s.b-1)].lower {
	case "the", "a", "an":
		k++
	}
	for n := 0; n < 3 && k < s.b && r.toks[k].kind == tokWord; n, k = n+1, k+1 {
		switch r.toks[k].lower {
		case "feast", "festival", "holiday", "fast", "commemoration":
			return true
		}
	}
	return false
}

// likenessBefore reports whether the name at token p follows "of", « de
// » or « d' » after a noun of a likeness (likenesses.tsv): "the statue of
// Benito Juárez", « la statue d'Houphouët-Boigny ». The name is a
// person's.
func (r *reader) likenessBefore(p int, s *sentence) bool {
	k := p - 1
	if _, art := elidedRest(r.toks[p].lower); art != 'd' {
		if !r.is(k, s.b, "of") && !r.is(k, s.b, "de") {
			return false
		}
		k--
	}
	return k >= s.a && r.toks[k].kind == tokWord && !r.toks[k].cap && anyHas(setLikenesses, r.toks[k].lower)
}

// dedicationBefore reports whether the name at token p is the dedication
// of a building that the text names by its kind in lower case: after a
// kind of lexicon/en/dedicated.tsv and "of", perhaps "of the", a name
// that opens a dedication (dedications.tsv): "the wooden church of St
// Paraskeva in Poienile Vinului", "the monastery of Saint John", "the
// small church of the Archangels at Ushkhvanari". The saint or the
// mystery is no place, and the building's place is the town it stands
// in. Capitalised, "the Church of St. Mary" is the building's own name
// (dedicationEnd).
func (r *reader) dedicationBefore(p int, s *sentence) bool {
	k := p - 1
	if r.is(k, s.b, "the") {
		k--
	}
	if !r.is(k, s.b, "of") || k-1 < s.a || r.toks[k-1].kind != tokWord || r.toks[k-1].cap {
		return false
	}
	en := langs().en
	return en.has(setDedicated, r.toks[k-1].lower) && en.has(setDedications, r.toks[p].lower)
}

// devotionBefore reports whether the name at token p is what a church or
// a day is given to, no place: right after a word of
// lexicon/LANG/devotions.tsv and "to" or « à », perhaps with "the", any
// name ("dedicated to Saint Francis of Assisi", "consecrated to
// Brahma"); after one and "of" or « de », a name that opens a dedication
// (dedications.tsv: "the feast of Saint James", "the feast of Our Lady of
// Guadalupe") or follows the lower-case title « saint » (« la fête de
// saint Jacques »).
func (r *reader) devotionBefore(p int, s *sentence) bool {
	if r.is(p-1, s.b, "of") || r.is(p-1, s.b, "de") {
		// "dedicated to Saint Francis of Assisi": the town of the
		// saint's epithet goes with the saint.
		k := p - 2
		for k > s.a && r.toks[k-1].kind == tokWord && r.toks[k-1].cap {
			k--
		}
		if k < p-2 && k >= s.a && r.toks[k].cap && langs().en.has(setDedications, r.toks[k].lower) && r.devotionBefore(k, s) {
			return true
		}
	}
	k, saint := p-1, false
	if w := r.lowerWord(k, s.b); w == "saint" || w == "sainte" {
		k, saint = k-1, true
	}
	if r.is(k, s.b, "the") {
		k--
	}
	if k-1 < s.a || !anyHas(setDevotions, r.toks[k-1].lower) {
		return false
	}
	switch r.toks[k].lower {
	case "to", "à":
		return true
	case "of", "de":
		f := r.toks[p].lower
		return saint || langs().en.has(setDedications, f) || strings.HasPrefix(f, "saint-") || strings.HasPrefix(f, "sainte-") || strings.HasPrefix(f, "notre-dame")
	}
	return false
}

// titleDotBefore reports whether a title shortened with a point stands
// right before token p: « M. Vienne », « Mgr. Lyon », "Mr. Vienne", "Dr.
// Nancy". The name after it is a person's.
func (r *reader) titleDotBefore(p int, s *sentence) bool {
	if p-2 < s.a || !r.is(p-1, s.b, ".") || r.toks[p-1].start != r.toks[p-2].end {
		return false
	}
	t := &r.toks[p-2]
	return t.kind == tokWord && t.cap && (isTitleWord(t.lower) || isCivility(t.lower))
}

// numberedNameAt reports whether the number at token j, inside a run of
// capitalised words, is part of a numbered name: the word before it opens
// such names (lexicon/LANG/numbered.tsv: "Chak 214 JB", "Camp 3",
// "Kilometre 40") and no unit follows it ("Camp 3 km north of ...").
func (r *reader) numberedNameAt(j int, s *sentence) bool {
	if j-1 < s.a || r.toks[j-1].kind != tokWord || !anyHas(setNumbered, r.toks[j-1].lower) {
		return false
	}
	if r.toks[j].start == r.toks[j-1].end || strings.ContainsAny(r.toks[j].lower, ".,") {
		return false // "Camp3" is no name; "Camp 1.5" nor "Camp 1,200"
	}
	return !isUnitWord(r.lowerWord(j+1, s.b))
}

// farmNumberAt reports whether the number at token j, inside a run of
// capitalised words, is a South African farm's number, which the code of
// its registration division follows in capitals: "the farm Doornkloof 391
// JR", "Farm Rietfontein 123 JR" (lexicon/LANG/farmdivisions.tsv). The
// number and the code are part of the farm's name, as the title deeds
// write it.
func (r *reader) farmNumberAt(j int, s *sentence) bool {
	if j-1 < s.a || j+1 >= s.b || r.toks[j-1].kind != tokWord || !r.toks[j-1].cap || r.toks[j].start == r.toks[j-1].end ||
		strings.ContainsAny(r.toks[j].lower, ".,") {
		return false
	}
	c := &r.toks[j+1]
	return c.kind == tokWord && c.start > r.toks[j].end && r.text[c.start:c.end] == strings.ToUpper(c.lower) && anyHas(setFarmDivisions, c.lower)
}

// frenchActionEndings are the endings of the French nouns of an action or
// an event (« prospection », « inondations », « reconnaissance »,
// « recensement ») that open a title before « de » and the land it is
// about.
var frenchActionEndings = []string{"tion", "tions", "sion", "sions", "ance", "ances", "ence", "ences", "ment", "ments"}

// frenchTitleNounEnd returns the token that opens the name after a French
// noun of an action or an event (frenchActionEndings) that opens the
// sentence, capitalised, before « de », « du », « des », « de la » or «
// d' »: « Prospection de la Békaa septentrionale, campagne 2019 », «
// Inondations de la Sirba : bilan », « Recensement du Hoggar ». The noun
// is the title's, no part of the name. A kind of place (« Station de »,
// « Concession de », « Campement de »: descriptors.tsv) keeps its name
// whole. It returns p when none opens the run [p, q).
func (r *reader) frenchTitleNounEnd(p, q int, s *sentence) int {
	if p != s.first || q-p < 2 || r.toks[p].kind != tokWord || !r.toks[p].cap || r.toks[p].upper {
		return p
	}
	w := r.toks[p].lower
	if frenchFeature(w) != "" || isToponymGeneric(w) || !slices.ContainsFunc(frenchActionEndings, func(e string) bool { return strings.HasSuffix(w, e) && len(w) > len(e)+3 }) {
		return p
	}
	k := p + 1
	switch r.toks[k].lower {
	case "de", "du", "des":
		k++
		if r.is(k, s.b, "la") {
			k++
		}
	default:
		if _, art := elidedRest(r.toks[k].lower); art != 'd' {
			return p
		}
	}
	if k >= q || r.toks[k].kind != tokWord || !r.toks[k].cap {
		return p
	}
	return k
}

// demonymPerson reports whether the run [p, q) is a nationality's
// adjective, perhaps after an elided article, before two names or more
// that are no kind, body, nationality or common word: "Kenyan Eliud
// Kipchoge", « L'Érythréen Henok Mulubrhan », « Rwandais Eric
// Manizabayo ». Sports and news reports so name a person; "Kenyan Rift
// Valley" ends in a kind, "Malian Red Cross" holds common words.
func (r *reader) demonymPerson(p, q int) bool {
	if q-p < 3 || r.toks[p].kind != tokWord {
		return false
	}
	w, _ := elidedRest(r.toks[p].lower)
	if !isDemonym(w) && !isFrenchDemonym(w) {
		return false
	}
	for k := p + 1; k < q; k++ {
		t := &r.toks[k]
		if t.kind != tokWord || !t.cap || t.upper || isToponymGeneric(t.lower) || isDescriptorNoun(t.lower) || frenchFeature(t.lower) != "" ||
			isOrgWord(t.lower) || isDemonym(t.lower) || isFrenchDemonym(t.lower) || isCommonWord(t.lower) {
			return false
		}
	}
	return true
}

// recordNumber reports whether the name at token p opens with a noun of a
// record (lexicon/LANG/records.tsv) right before a number sign
// (numbersigns.tsv), in the name or after it: "Suit No.
// PLD/J/214/2019", "Case No. 45/2019", "Flight No. 302". The record is no
// place, where "Dawadawa No. 2" is a town's numbered part.
func (r *reader) recordNumber(p int, s *sentence) bool {
	return p+1 < s.b && r.toks[p].kind == tokWord && anyHas(setRecords, r.toks[p].lower) && r.toks[p+1].kind == tokWord && anyHas(setNumberSigns, r.toks[p+1].lower)
}

// numberSignAt reports whether the run of capitalised words from token i
// to token j ends in a word of numbersigns.tsv after its first word, which
// a point glued to it and a number with no unit after it follow from
// token j: "Dawadawa No. 2", "Asuom No 3". It returns the end of the
// number.
func (r *reader) numberSignAt(i, j int, s *sentence) (int, bool) {
	g := j - 1 // the sign
	if g <= i || j >= s.b || r.toks[g].kind != tokWord || !anyHas(setNumberSigns, r.toks[g].lower) {
		return j, false
	}
	k := j
	if r.is(k, s.b, ".") && r.toks[k].start == r.toks[g].end {
		k++
	}
	if k >= s.b || r.toks[k].kind != tokNum || strings.ContainsAny(r.toks[k].lower, ".,") || isUnitWord(r.lowerWord(k+1, s.b)) {
		return j, false
	}
	return k + 1, true
}

// roadPostOf reports whether a numbered road follows token k after « de
// la », « du », « de l' » or « sur la »: « PK 35 de la RN 1 », « PK 12
// sur la N2 », « kilomètre 40 de l'autoroute 85 ». The kilometre post
// before it is a point of that road, and no place of its own.
func (r *reader) roadPostOf(k int, s *sentence) bool {
	switch r.lowerWord(k, s.b) {
	case "de", "sur":
		k++
		if w, art := elidedRest(r.lowerWord(k, s.b)); art == 'l' && isFrenchNumberedRoadNoun(w) {
			return k+1 < s.b && r.toks[k+1].kind == tokNum // « de l'autoroute 85 »
		}
		if !r.is(k, s.b, "la") && !r.is(k, s.b, "le") {
			return false
		}
	case "du":
	default:
		return false
	}
	k++
	if k >= s.b {
		return false
	}
	if w := r.toks[k].lower; isFrenchNumberedRoadNoun(w) {
		return k+1 < s.b && r.toks[k+1].kind == tokNum
	}
	return r.roadCodeAt(k)
}

// roadCodeAt reports whether token k is a road's code in capitals, with
// its number glued (« N86 », « RD920 ») or after it (« RN 7 », « D 920 »).
func (r *reader) roadCodeAt(k int) bool {
	t := &r.toks[k]
	if t.kind != tokWord || t.start >= t.end {
		return false
	}
	if c := r.text[t.start]; c < 'A' || c > 'Z' {
		return false
	}
	return r.roadNumberWord(k)
}

// unitNumberAt reports whether the number at token j ends the name [i, j)
// as the number of one unit of a facility: a number of one or two digits,
// set apart by spaces, after a name that a kind of facility precedes or
// follows ("the Doel 3 reactor", « le réacteur Doel 3, », "the Olkaria 4
// plant"). The number is part of the name; a unit after it ("Doel 3 km
// north") or a longer number ("Paris 2024") is not.
func (r *reader) unitNumberAt(i, j int, s *sentence) bool {
	n := r.toks[j].lower
	if len(n) > 2 || strings.ContainsAny(n, ".,") || r.toks[j].start == r.toks[j-1].end {
		return false
	}
	if j+1 < s.b && r.toks[j+1].start == r.toks[j].end && !r.is(j+1, s.b, ",") && !r.is(j+1, s.b, ".") {
		return false // "Doel 3rd", "Block 3/4"
	}
	next := r.lowerWord(j+1, s.b)
	if isUnitWord(next) || anyHas(setMeasures, next) {
		return false
	}
	if _, e, ok := phraseAt(r, lex().kindsAfter, j+1, s.b, true); ok && e > j+1 {
		return true // "the Doel 3 reactor"
	}
	if i-1 < s.a || r.toks[i-1].kind != tokWord || r.toks[i-1].cap {
		return false
	}
	if _, e, ok := phraseAt(r, lex().kindsAfter, i-1, s.b, true); ok && e == i {
		return true // "the reactor Doel 3"
	}
	return frenchFeature(r.toks[i-1].lower) != "" // « le réacteur Doel 3 »
}

// campNumberAt reports whether the number at token j ends the name [i, j)
// as the number of one of several camps or sites of that name: the name is
// an apposition to a word of lexicon/LANG/numbered.tsv ("A new tented
// camp, Al-Amal 3, has been set up", « le site, Kaga 2, ») or has one
// after it ("Nangua 2, a site about 25 km …"), the number has one or two
// digits glued to nothing, and a comma or a closing bracket follows it.
func (r *reader) campNumberAt(i, j int, s *sentence) bool {
	n := r.toks[j].lower
	if len(n) > 2 || strings.ContainsAny(n, ".,") || r.toks[j].start == r.toks[j-1].end {
		return false
	}
	if !r.is(j+1, s.b, ",") && !r.is(j+1, s.b, ")") {
		return false
	}
	if i-2 >= s.a && r.is(i-1, s.b, ",") && r.toks[i-2].kind == tokWord && anyHas(setNumbered, r.toks[i-2].lower) {
		return true
	}
	// "settled at Nangua 2, a site about 25 km south-west of Pemba": the
	// apposition after the number names the kind.
	if !r.is(j+1, s.b, ",") || !r.is(j+2, s.b, "a") && !r.is(j+2, s.b, "an") {
		return false
	}
	for k := j + 3; k < s.b && k <= j+5; k++ {
		if w := r.lowerWord(k, s.b); anyHas(setNumbered, w) {
			return true
		} else if w == "" || !isPlainAdjective(w) && !isCompoundModifier(w) {
			return false
		}
	}
	return false
}

// slashPartEnd returns the token after the part that a slash at token j
// joins, with no space on either side, to the number of a numbered name
// before it: "Chak 45/NB-East", "Chak 121/9-L" write the colony's block
// after the slash. It returns j when no such part follows.
func (r *reader) slashPartEnd(j int, s *sentence) int {
	if j+1 >= s.b || !r.is(j, s.b, "/") || r.toks[j].start != r.toks[j-1].end || r.toks[j+1].start != r.toks[j].end {
		return j
	}
	e := j + 1
	// The part is a capitalised word or a number, and the tokens glued to
	// it with no space ("9-L" may be read as a number and a word) go with it.
	if u := &r.toks[e]; !(u.kind == tokNum || u.kind == tokWord && u.cap) {
		return j
	}
	e++
	for e < s.b && r.toks[e].start == r.toks[e-1].end && (r.toks[e].kind == tokWord || r.toks[e].kind == tokNum || r.is(e, s.b, "-")) {
		e++
	}
	if r.is(e-1, s.b, "-") {
		e--
	}
	return e
}

// splitRun cuts the run of capitalised words [i, j) of sentence si at words
// that cannot be part of a place name and appends the pieces to out.
func (r *reader) splitRun(out []nameChunk, si, i, j int) []nameChunk {
	s := &r.sents[si]
	for k := i; k < j-1 && k <= i+2; k++ {
		e := max(r.dedicationEnd(i, k+1, s), r.ourLadyEnd(i, k+1, s))
		if e <= k+1 || e > j {
			continue
		}
		// The name of a dedicated building is whole: "Lady" is no title
		// there, nor "the" a cut ("Church of the Holy Cross"); "The"
		// opening a sentence is no part of it.
		p := i
		if r.toks[p].lower == "the" {
			p++
		}
		out = append(out, nameChunk{s: si, p: p, q: e})
		if e == j {
			return out
		}
		i = e
		break
	}
	if k := r.courtTailStart(i, j, s); k > i {
		j = k // "Derby Crown Court": the town, without the court's words
	}
	if k := r.institutionTailStart(i, j, s); k > i {
		if r.cutInstitution == nil {
			r.cutInstitution = map[int]bool{}
		}
		r.cutInstitution[k] = true
		j = k // "Kisumu County Referral Hospital": the town, without the hospital's words
	}
	if k := r.institutionHeadEnd(i, j, s); k > i {
		if r.headInstitution == nil {
			r.headInstitution = map[int]bool{}
		}
		r.headInstitution[k] = true
		i = k // "Teaching Hospital Turbat": the town, without the hospital's words before it
	}
	if k := r.townBodyTailStart(i, j, s); k > i {
		if r.cutInstitution == nil {
			r.cutInstitution = map[int]bool{}
		}
		r.cutInstitution[k] = true
		j = k // "the Tralee Chamber of Commerce": the town, without the body's words
	}
	if k := r.divisionBodyStart(i, j, s); k > i {
		j = k // "Plateau State Independent Electoral Commission": the state, without its body's words
	}
	p, person := i, false
	for q := i; q < j; q++ {
		w := r.toks[q].lower
		initial := q == s.first || (q > s.a && r.toks[q-1].lower == ":") || r.afterDateline(q, s)
		title := ((isTitleWord(w) || isCivility(w) && r.toks[q].cap) && !(q == i && (r.afterRelation(q, s) || r.inPlaceList(q, s) || r.goneTo(q, s) || j == i+1 && r.titleTown(q, j, s))) && !(q == i+1 && r.ourLadyEnd(i, i+2, s) > i+2) && !(q > p && ezafeEnd(r.toks[q-1].lower)) && !r.kindBeforeParticle(q, j) &&
			!(q == p+1 && anyHas(setTitleLeads, r.toks[p].lower)) && !((q > i || q+1 < j) && r.kindAfterRun(j, s)) && !(q == i && r.landmarkOfTitle(q, s)) && !(q > i && r.establishmentNext(q, j)) && !r.capsBeforeName(q, j)) || (initial && isRoleNoun(w))
		unit := q > s.a && r.toks[q-1].kind == tokNum && isUnitWord(w) || r.timeZoneAt(q, s) // "21 Kilomètres de Dori", "15:00 UTC Hurricane X"
		if rest, art := elidedRest(w); art != 0 && frenchFeature(rest) != "" && !r.elidedNameLead(q, j, rest) {
			unit = true // "L'oasis de Tinerkouk": the descriptor is no part of the name
		}
		// A participle of place alone opening a sentence ("Lying 12 km north
		// of X, ...") is no name; "Sitting Bull" still is one.
		// « Notre bivouac, X, est installé … »: a possessive alone before a
		// lower-case noun is no name; "Notre Dame" still is one.
		stop := initial && (isStopCap(w) || isFrenchPronoun(w) || (isParticipleLead(w) || isFrenchPossessive(w) || r.frenchPresentParticipleAt(q, s)) && q+1 == j || r.hedgedNumberAt(q, s.b)) && !r.frenchArticleName(q, j) &&
			!r.frenchNameLead(q, j, s) && !r.particleNameLead(q, j, s) && !(q+1 < j && r.toks[q+1].kind == tokWord && anyHas(setQualifiers, w)) &&
			!r.saharanInName(q, j, s) && !r.placeMay(q, j, s)
		compass := isFrenchCompass(w) && !r.compassEndsName(p, q, j, s)
		// "Viña del Mar", "Mar del Plata": a month's short form beside a
		// particle is part of a name; so is one between two capitalised
		// words of a run ("Deir Mar Elias Jdid"), where no date stands.
		// One that opens or closes a run is the month ("In March Kidal
		// was calm", "Sep Gao", "Gao March 3").
		// A month's short form that is also a qualifier opening names
		// (qualifiers.tsv: "Mar", the Syriac "Saint", in "Mar Saba",
		// "Mar Elias") opens the name of the capitalised words after it.
		// A short form closing a run with no day after it ends a name:
		// "Qala-e Sher Jan" is a village, "Gao Jan 3" a date.
		shortEnd := q > p && q+1 == j && len(w) <= 3 && w != "may" && !(j < len(r.toks) && r.toks[j].kind == tokNum)
		month := isMonth(w) && !(q > i && isParticle(r.toks[q-1].lower)) && !(q+1 < j && isParticle(r.toks[q+1].lower)) &&
			!(q > p && q+1 < j) && !(q == p && q+1 < j && r.toks[q+1].kind == tokWord && anyHas(setQualifiers, w)) && !shortEnd &&
			!r.placeMay(q, j, s)
		if r.roadNounEndsRun(i, q, j) {
			// "the Kampala–Gulu Highway": Gulu, then the highway's noun.
			return append(out, nameChunk{s: si, p: p, q: q, person: person})
		}
		// "the" inside "Lake of the Woods" (ofNameEnd) stays.
		the := w == "the" && !(q == i+2 && r.toks[q-1].lower == "of")
		// "les Dogons de Bankass", "des Touaregs de Kidal": a people of a
		// town, two names. A singular word only ending like a demonym
		// ("Cagayan de Oro", "-yan") is a name's first word.
		people := q > p && (w == "de" || w == "du" || w == "des") && isPeopleOrDemonym(r.toks[q-1].lower) &&
			(isPeoplePlural(r.toks[q-1].lower) || isDemonymPlural(r.toks[q-1].lower) || isListedDemonym(r.toks[q-1].lower))
		// "Barangay San Isidro": a word of another language that says
		// the kind of the place named after it is no part of the name.
		// "Kebele 07" is a numbered name, whose kind is no cut.
		local := q == p && q+1 < j && (localKindCut(w) || r.slashKindAt(q)) && r.toks[q+1].kind != tokNum
		// "le Niger de Mopti à Tombouctou": « de X à Y » is a way from
		// X to Y, not a name "Niger de Mopti".
		fromTo := q > p && w == "de" && r.wayFromTo(p, q+1, j)
		if rest, art := elidedRest(w); q > p && art == 'd' && rest != "" && r.wayFromTo(p, q, j) {
			// « pris Air Algérie d'Alger à Tamanrasset »: the way starts at
			// the name glued to « d' », no part of the carrier's name.
			out = append(out, nameChunk{s: si, p: p, q: q, person: person})
			p, person = q, false
			continue
		}
		if q == p && r.agencyOfTitle(q, j) {
			out = append(out, nameChunk{s: si, p: q, q: q + 1})
			p = q + 1 // "UNICEF Afghanistan – …": the agency, then its country
			continue
		}
		if k := r.buildingNameDe(p, q, j, s); k > 0 {
			// « le stade Lat-Dior de Thiès »: the building's own name,
			// then its town.
			out = append(out, nameChunk{s: si, p: p, q: q, building: true})
			if r.buildingTown == nil {
				r.buildingTown = map[int]bool{}
			}
			r.buildingTown[k] = true
			p, person = k, false
			q = k - 1 // the loop goes on at the town's name
			continue
		}
		if r.institutionBeforeDe(p, q, j) {
			p = q + 1 // « Le CHU de Toulouse »: neither the article nor the acronym is a name
			continue
		}
		// "Bedouin-run Little Qasr Camp", "rebel-held Kidal": a compound
		// adjective opening the run qualifies the name after it.
		compound := q == p && q+1 < j && isCompoundAdjective(w)
		if month || isWeekday(w) || the || title || unit || stop || compass || people || local || fromTo || compound ||
			isElidedFrenchCompass(w) && !r.compassEndsName(p, q, j, s) || r.frenchAbbrevBeforeDe(q, j) {
			out = append(out, nameChunk{s: si, p: p, q: q, person: person})
			p, person = q+1, title
		}
	}
	return append(out, nameChunk{s: si, p: p, q: j, person: person})
}

// establishmentNext reports whether the title at token q, inside a run of
// capitalised words that ends at j, stands right before a capitalised
// word of establishments.tsv: "Coast General Hospital" is a hospital, not
// a town and a general's name.
func (r *reader) establishmentNext(q, j int) bool {
	if q+1 >= j || q+1 >= len(r.toks) {
		return false // "A PR" closing the text
	}
	t := &r.toks[q+1]
	return t.kind == tokWord && t.cap && langs().en.has(setEstablishments, t.lower)
}

// kindAfterRun reports whether a lower-case kind of place follows the run
// of capitalised words that ends at token j, perhaps after one modifier:
// "the Sheikh Misri refugee camp", "the Sheikh Zayed mosque". A title
// opening such a run is part of the place's name, not a person's.
func (r *reader) kindAfterRun(j int, s *sentence) bool {
	if j >= s.b || r.toks[j].cap {
		return false
	}
	w := r.lowerWord(j, s.b)
	if isDescriptorNoun(w) {
		return true
	}
	if (w == "is" || w == "was") && (r.is(j+1, s.b, "a") || r.is(j+1, s.b, "an")) {
		// "Sheikh Zuweid is a town 20 km west of Rafah": a copula and
		// a kind of place that ends its phrase; "… is a community
		// organiser" goes on with another noun.
		k := j + 2
		for k < s.b && k < j+5 && (isCompoundModifier(r.lowerWord(k, s.b)) || isPlainAdjective(r.lowerWord(k, s.b))) {
			k++
		}
		if !isDescriptorNoun(r.lowerWord(k, s.b)) {
			return false
		}
		next := r.lowerWord(k+1, s.b)
		if h, _ := r.hedgeAt(k+1, s.b); h != "" {
			return true // "… is a town some 20 km …"
		}
		return k+1 >= s.b || r.toks[k+1].kind != tokWord || isPreposition(next) ||
			next == "located" || next == "situated" || next == "lying" || next == "which" || next == "that" || next == "where" || next == "with"
	}
	return (isCompoundModifier(w) || isPlainAdjective(w)) && j+1 < s.b && !r.toks[j+1].cap && isDescriptorNoun(r.lowerWord(j+1, s.b))
}

// wayFromTo reports whether the capitalised words [p, j) after « de »
// start a French way from one place to another: « à » and a capitalised
// word follow them, and a word of travel of lexicon/fr/travel.tsv (go,
// way or bound) stands at most wayFromLook words before h, the first
// token of the run that holds them (« la pirogue descend le Niger de
// Mopti à Tombouctou », « la piste de Zagora à M'Hamid »). The words name
// where the way starts.
func (r *reader) wayFromTo(h, p, j int) bool {
	n := len(r.toks)
	if p >= j || !r.is(j, n, "à") || j+1 >= n || !r.toks[j+1].cap {
		return false
	}
	t := &langs().fr.travel
	for k := h - 1; k >= 0 && k >= h-wayFromLook; k-- {
		if r.toks[k].kind != tokWord {
			return false
		}
		w := r.toks[k].lower
		if t.goes[w] || t.ways[w] || t.bounds[w] {
			return true
		}
	}
	return false
}

// wayFromLook is how many words may stand between a French word of
// travel and the « de » of the way it tells: « descend le Niger de ».
const wayFromLook = 4

// elidedNameLead reports whether the word at q, a French elided article
// before rest, a kind of place, writes that kind capitalised as the first
// word of a name (a row of a nameleads.tsv, or any French kind) with a
// capitalised word after it inside the run that ends at j: "d'Oued Rhiou",
// "l'Oued Zem" name the towns Oued Rhiou and Oued Zem, as « de Oued Zem »
// does, « originaire d'Anse Boileau » the district Anse Boileau, while
// "L'oasis de Tinerkouk" keeps its kind out of the name. A head of lexicon/fr/auheads.tsv so written opens
// the name it joins by « au », « aux » or « à » (auNameAt): « l'Anse à
// Boucan », « l'Île aux Cerfs ».
func (r *reader) elidedNameLead(q, j int, rest string) bool {
	t := &r.toks[q]
	n := len(t.lower) - len(rest)
	if q+1 >= j {
		return false
	}
	joined := q+2 < j && langs().fr.has(setAuHeads, rest) && (r.toks[q+1].lower == "au" || r.toks[q+1].lower == "aux" || r.toks[q+1].lower == "à" && rest != "pierre")
	if !joined && (featureOfLead(rest) == "" && frenchFeature(rest) == "" || !r.toks[q+1].cap) {
		return false // « d'Anse Boileau », « d'Île Rodrigues »: a kind capitalised before a name opens it
	}
	c, _ := decodeAt(r.text, t.start+n)
	return unicode.IsUpper(c)
}

// kindBeforeParticle reports whether the capitalised word at q, a title
// that is also a kind of place ("Col"), opens a name of another language
// with the particle after it: "Col du Galibier", "Col de la Bonette" name a
// pass, not a colonel. The particle must be « du », « de » or « des » and a
// capitalised word must follow it inside the run ending at j.
func (r *reader) kindBeforeParticle(q, j int) bool {
	if !r.toks[q].cap || !isDescriptorNoun(r.toks[q].lower) || q+2 >= j+1 {
		return false
	}
	switch r.toks[q+1].lower {
	case "du", "de", "des":
	default:
		return false
	}
	for k := q + 2; k < j && k <= q+3; k++ {
		if r.toks[k].cap {
			return true
		}
	}
	return false
}

// ezafeEnd reports whether the word w ends with the Persian ezafe written
// with a hyphen ("Qalat-e", "Qala-i", "Deh-ye"), which joins it to the
// next word of the name: a title after it ("Qalat-e Sheikh", "Bagh-e
// Shah") is part of the name.
func ezafeEnd(w string) bool {
	for _, e := range []string{"-e", "-i", "-ye", "-yi"} {
		if len(w) > len(e)+1 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// compassEndsName reports whether the French compass word at q, the last
// of the run [p, j) after a name, is part of that name ("Bardaï Sud",
// "Kivu Nord") rather than a direction ("au Sud de Gao", "Gao Sud de").
func (r *reader) compassEndsName(p, q, j int, s *sentence) bool {
	if q == p && r.divisionCompass(q, s) && (q == j-1 || isElidedFrenchCompass(r.toks[q].lower) && r.toks[q+1].lower == "du") {
		// « la région de l'Est du Cameroun »: the division and its
		// country, one name the resolver reads as the country's division.
		return true
	}
	if q == p || q != j-1 {
		return false
	}
	w, art := elidedRest(r.word(j, s.b))
	return art == 0 && w != "de" && w != "du" && w != "des"
}

// divisionCompass reports whether the French compass word at q, alone in
// its run, names a division after its kind and « du »: « la région du
// Nord » (Cameroon's, Burkina Faso's), « le département du Nord-Est »
// (Haïti's), « la province du Sud », and behind an elided article after
// « de »: « la région de l'Est » (Cameroon's East, Burkina Faso's Est),
// « la province de l'Ouest », and right after its kind, as New Caledonia
// names its provinces: « la province Nord », « la province Sud ». A
// compass word with « de » after it is a direction (« la région du Nord
// de Mopti »). Which division the name is is the resolver's to say, from
// the document's country.
func (r *reader) divisionCompass(q int, s *sentence) bool {
	k := q - 1
	w, art := elidedRest(r.toks[q].lower)
	of := "du"
	if art == 'l' {
		of = "de" // « la région de l'Est », « la province de l'Ouest »
	} else if art != 0 {
		return false
	}
	if k <= s.a || !isFrenchCompass(w) {
		return false
	}
	if r.toks[k].lower == of {
		k--
	} else if art != 0 {
		return false
	}
	if !isAdminFeature(frenchFeature(r.toks[k].lower)) {
		return false
	}
	next := r.word(q+1, s.b)
	if next == "de" || next == "des" {
		return false
	}
	if rest, art := elidedRest(next); art == 'd' && rest != "" {
		return false // « la région du Nord d'Agadez »
	}
	return true
}

// guessedDemonymKind reports whether w, a word taken for a demonym by its
// ending alone (no table lists it), stands before a kind of place at q:
// "the Olkerian post", "at the Olkerian camp near Longido" name a post and a
// camp, as "the Tilemsi valley" names a valley; a listed demonym ("the
// Kenyan camp") says whose camp it is and names none. Up to two modifiers
// kept in the kind (lexicon/en/modifiers.tsv) may stand between: "the
// Huayllacayan hydroelectric plant", "the Olkerian solar farm".
func (r *reader) guessedDemonymKind(w string, q int, s *sentence) bool {
	if isListedDemonym(w) {
		return false
	}
	k := q
	for n := 0; n < 2 && isCompoundModifier(r.lowerWord(k, s.b)); n++ {
		k++
	}
	if k > q {
		_, ok := r.descriptorAfter(k, s.b)
		return ok
	}
	return isDescriptorNoun(r.lowerWord(q, s.b))
}

// spotKindAt reports whether a kind of spot, a work or a site rather than
// a natural feature, starts at token q, perhaps after up to two modifiers
// kept in a kind (lexicon/en/modifiers.tsv): a row of kindsafter.tsv
// without the skip flag ("solar park", "wind farm", "refinery") or a
// descriptor noun with the at flag ("camp", "well"). After a listed
// demonym it says whose work it is, "the Moroccan wind farm, 25 km north
// of X", and the demonym names no place, though a distance places the
// work; "the Arabian Sea" and "the Libyan Desert" are names.
func (r *reader) spotKindAt(q int, s *sentence) bool {
	for n := 0; n < 3; n++ {
		if f, _, ok := phraseAt(r, lex().kindsAfter, q, s.b, true); ok && (isSpotFeature(f) || lex().en[f].at) {
			return true
		}
		if w := r.lowerWord(q, s.b); lex().en[w].at {
			return true
		}
		if !isCompoundModifier(r.lowerWord(q, s.b)) {
			return false
		}
		q++
	}
	return false
}

// demonymKind reports whether the listed demonym w stands right before a
// kind of place in lower case at token q: "Drought dries up Kenyan
// wells", "New dam floods Ethiopian valley", where the demonym says whose
// the place is and names none.
func (r *reader) demonymKind(w string, q int, s *sentence) bool {
	return isListedDemonym(w) && isDescriptorNoun(r.lowerWord(q, s.b))
}

// collectiveOf reports whether the "of" at token k follows "a" or "an"
// and a noun of a number of things (lexicon/en/collectives.tsv): "a
// handful of log cabins", "a cluster of huts", where the kind after "of"
// is what an apposition says its name is.
func (r *reader) collectiveOf(k, b int) bool {
	return r.is(k, b, "of") && langs().en.has(setCollectives, r.lowerWord(k-1, b)) && (r.is(k-2, b, "a") || r.is(k-2, b, "an"))
}

// namedKindAfter reports whether the word before token q is named a kind of
// place right after it ("Zulu is a hamlet", "Fulani, a village"): then a
// word that is usually a people or a demonym is a place name.
func (r *reader) namedKindAfter(q int, s *sentence) bool {
	_, ok := r.descriptorAfter(q, s.b)
	return ok
}

// modifiedKindOf reports whether a kind of place past a lower-case
// modifier starts at token q, right after a people's name: "a Sami
// fishing camp", "a Khanty reindeer camp", "a Maasai cattle market". The
// people says whose the place is and names none, as in "a Sami camp".
func (r *reader) modifiedKindOf(q int, s *sentence) bool {
	w := r.lowerWord(q, s.b)
	return isKindModifier(w) || w != "" && !isDescriptorNoun(w) && r.spotKindAt(q+1, s)
}

// kindOfAfter reports whether the word at q is a kind of place followed by
// "of" and a name: "the Mexican state of Jalisco", "the Honduran department
// of Copán", where the demonym before it says whose state it is; after
// "the", a people's name before it says the same ("the Guna island of
// Ustupu", "the Lenca village of La Campa") and names no place either, even
// when the kind would otherwise end a name ("Mfangano island").
func (r *reader) kindOfAfter(q int, s *sentence) bool {
	return isDescriptorNoun(r.lowerWord(q, s.b)) && r.is(q+1, s.b, "of") && q+2 < s.b && r.toks[q+2].cap
}

// kindAttributive reports whether the kind of place at q only qualifies
// the noun after it: "Vietnamese state media said", "Nigerian state
// television", where the demonym says whose media, and names no state.
func (r *reader) kindAttributive(q int, s *sentence) bool {
	if !isDescriptorNoun(r.lowerWord(q, s.b)) {
		return false
	}
	w := r.lowerWord(q+1, s.b)
	return w != "" && w != "and" && w != "or" && !isPreposition(w) && !isCopula(w)
}

// emitName emits tokens [p, q) as a mention unless they are plainly not a
// place; person reports whether a title came before them.
func (r *reader) emitName(s *sentence, p, q int, person bool) {
	if r.frenchNumberedSiteEnd(p, s) != q {
		for p < q && !r.toks[p].cap {
			p++ // a particle left at the front; « le puits n° 7 » keeps its noun
		}
	}
	if p >= q || q-p == 1 && (isAcronymPlural(r.text[r.toks[p].start:r.toks[p].end]) || isNegation(r.toks[p].lower)) {
		return // "Don't expect ATMs outside Mörön", "NGOs in Gao"
	}
	cut := 0 // bytes of a place suffix cut from the last token ("Karachi-based")
	for k := p; k < q; k++ {
		n := placeSuffixLen(r.toks[k].lower)
		if n == 0 {
			continue
		}
		if k+1 < q {
			// "the Karachi-based Edhi Foundation": the town, then the body
			r.emitName(s, p, k+1, person)
			r.emitName(s, k+1, q, false)
			return
		}
		if k == p && isDemonym(r.toks[k].lower[:len(r.toks[k].lower)-n]) {
			return // "a Kenyan-born runner": a nationality, no place
		}
		cut = n
	}
	if q-p >= 2 && r.isMeasureAfterNumber(p) {
		p++ // "the 140 MW Olkaria VI plant": the unit of the number before is no part of the name
	}
	if q-p >= 2 && lex().townParts.has(r.toks[q-1].lower) {
		q-- // "Lusaka CBD" is a part of Lusaka
	}
	if q-p >= 2 && r.firmPointAt(q, s) {
		q++ // "the Bayne Pallet Co. yard": the point is the name's, and the kind follows
	}
	if q-p >= 2 && isUpperWord(r.text[r.toks[q-1].start:r.toks[q-1].end]) && isCompoundModifier(r.toks[q-1].lower) && isDescriptorNoun(r.lowerWord(q, s.b)) {
		q-- // "the Al-Hol IDP camp": a modifier of the kind, written as an acronym
	}
	if k := r.titleTailAt(p, q); k < q {
		// "SOUTH SUDAN: Jonglei Flash Update No. 4": the area, then the
		// bulletin's own title.
		if q = k; p >= q {
			return
		}
		if q-p >= 2 && p == 0 && isUpperWord(r.text[r.toks[p].start:r.toks[p].end]) && isOrganisationName(r.toks[p].lower) {
			p++ // "WFP Lesotho Country Brief, July:", "UNHCR Chad Operational Update": the agency (organisations.txt), then the area its office covers (agencyOfTitle reads it before a dash)
		}
	}
	if k := r.frenchTitleNounEnd(p, q, s); k > p {
		p = k // « Prospection de la Békaa septentrionale, campagne 2019 »: the work, then its land
	}
	if r.recordNumber(p, s) {
		return // "Suit No. PLD/J/214/2019", "Case No. 45": a numbered record, no place
	}
	if r.alertScaleName(p, q, s) {
		return // "remains at Alert Level 1", "the Aviation Colour Code remains at Orange": a scale and its value
	}
	if r.splitCompassAt(p, q, s) {
		return // "35 km to the North West of Cusco": a direction in two words
	}
	leadKind := ""
	if k, f := r.frenchAdminLead(p, q); k > p {
		// « Région de Tillabéri : … », « Province du Lac », « Département
		// de l'Artibonite »: the capitalised kind of division that heads a
		// label or a heading names the division after it.
		p, leadKind = k, f
	} else if k, f := r.frenchHeadingKindLead(p, q, s); k > p {
		// « Fokontany d'Ambohimanarina, commune d'Antsirabe I : … », «
		// Village de Kalo, commune de Dioro : … »: the first link of a
		// heading of divisions, named by its kind.
		p, leadKind = k, f
	}
	riverBridge := q-p >= 2 && isRiverHead(r.toks[q-1].lower) && r.is(q, s.b, "bridge") && !r.toks[q].cap
	if riverBridge {
		q++ // "near the Makami River bridge": the bridge, a spot, not the river
	}
	first, lastTok := &r.toks[p], &r.toks[q-1]
	if r.isLabel(s, p, q) || r.numberedRoad(q, s.b) || r.letteredRoad(p, q) || r.bracketCredit(p, q) || r.eraMarker(p, q, s) || r.mastheadName(p, s) || r.rubricHead(p, q) {
		// « Ouest-France — Pontivy. »: the paper's name, which a compass
		// word and a country's make no part of France; « Nécrologie – »,
		// "TRAVEL |": a rubric
		return
	}
	if r.bodyOfAt(q-1, s) >= 0 {
		return // "the National Museum of Mongolia": the body's name, before the land it serves
	}
	if r.bodyOfBefore(p, s) {
		skip := elidedLen(r.text[first.start:first.end])
		r.bodies = append(r.bodies, Span{first.start + skip, lastTok.end})
		return
	}
	if r.vehicleAfterThe(p, q, s) || r.hazardTitle(p, q, s) {
		return // "we left Maun in the Land Cruiser", "Floods, Eastern Province": a vehicle, a hazard
	}
	if r.productAfter(q, s) || r.familyAfter(p, q, s) || r.holderBefore(p, q, s) || r.polityName(p, q, s) || r.folkBefore(p, q, s) || r.saintBuildingIn(p, q, s) || r.tongueBefore(p, q, s) || r.namedOfBefore(p, s) || r.namedBefore(p, s) || r.agencySector(p, q, s) || r.agencyField(p, q, s) || r.agencyFor(q, s) || r.shipNameBefore(p, q, s) && r.craftNameEnd(p, s) <= p {
		// "Panama hats", "the Silla dynasty", "the Department of
		// Health", "Tonga fishermen", "Bank
		// of Kigali", « l'accord de Paris », "the wreck of the Star of
		// Scotland", "Santa Bárbara hospital in Sucre": a product, a
		// dynasty, a people, a bank, a treaty, a saint or a ship, no
		// place. A craft's name after its noun or prefix
		// ("the trawler Ocean Star", "HMS Hood") stays, unlikely, for
		// the scene of its mishap (craftNameEnd).
		return
	}
	// A French elided article or preposition is not part of the name:
	// "d'Agadez" names Agadez, "l'Algérie" Algeria.
	skip := elidedLen(r.text[first.start:first.end])
	if q-p == 1 && !r.datelineName(p, q, s) {
		// A dateline ("CULIACAN, Mexico (Reuters) -") names where the
		// report was filed, whatever else its word may be.
		w := first.lower[skip:]
		if utf8.RuneCountInString(w) == 1 || isCompassAbbrev(first) || isCompassWord(w) || r.hyphenedCompassAt(p, s.b) ||
			(isDemonym(w) && !r.afterOf(p, s) && !r.listMemberAfterName(p, s) && !r.placedByDistance(p, q, s) && !r.countryAfterEn(p, q, s) && (!r.namedKindAfter(q, s) && !r.guessedDemonymKind(w, q, s) || r.kindOfAfter(q, s) || r.kindAttributive(q, s) || r.demonymKind(w, q, s))) || isListedDemonym(w) && r.spotKindAt(q, s) || isOrgWord(w) || r.theBodyAt(p, w, s) || anyHas(setDivineNames, w) || isHyphenBorder(r, p, s.b) ||
			(skip > 0 && isFrenchCompass(w) && !r.divisionCompass(p, s)) || isAgency(w) || r.frenchParticipleOpener(p, s) || ((isPeoplePlural(w) || isDemonymPlural(w)) && (!r.namedKindAfter(q, s) || r.modifiedKindOf(q, s)) && !r.peoplePlaced(w, p, q, s)) ||
			r.kindModifier(p, q, s) || (isPeople(w) && r.is(p-1, s.b, "the") && r.kindOfAfter(q, s)) || isNumberWord(w) || isFrenchNumberWord(w) || isRoleNoun(w) && !r.roleWordTown(p, q, s) || (isTitleWord(w) && !r.landmarkOfTitle(p, s) && !r.titleTown(p, q, s)) || isTitleCompound(w) || isDemonymCompound(w) ||
			(isDescriptorNoun(w) && r.is(q, s.b, "of") && q+1 < s.b && r.toks[q+1].cap) ||
			(isDescriptorNoun(w) && r.headquartersAt(q, s.b) > 0) ||
			(isUnitWord(w) && q < s.b && r.toks[q].kind == tokNum) || r.isMeasureAfterNumber(p) ||
			(skip > 0 && first.lower[0] == 'l' && len(w) >= 2 && isUpperWord(r.text[first.start+skip:first.end])) {
			// "the Town of Peace River", "District head quarters X": the
			// descriptor, capitalised, is not a name; nor is a unit before
			// a number, a milestone ("the trailhead at Km 82"). An acronym after
			// the elided article names an organisation, "l'OM" (a
			// football club), "l'ONU", "l'UE", never a country by its
			// code; after « d' » a name in capitals is still a place
			// (« à 40 km d'ANEFIS »).
			return
		}
	}
	if q-p == 1 && p == s.first && r.is(q, s.b, ":") && anyHas(setReplyMarks, r.toks[p].lower) {
		return // "Re: Annapurna Circuit - where to stay?", « TR: inondations »: a reply's or a forward's mark, no place
	}
	if r.speciesAfter(q, s) || r.binomialAfter(p, q, s) || r.rockAfter(q, s) {
		return // "Iceland spar", "a Lapland bunting", "Panthera onca": a species or a mineral, no place
	}
	if r.currencyAfter(q, s) {
		return // "cash in US dollars", "Hong Kong dollars": a currency's name, no place
	}
	if r.currencySignAfter(q, s) || r.unitCodeAt(p, q, s) || r.livestockBreed(p, q, s) || r.cropVariety(q, s) {
		return // "US$3.40", "GH¢ 3,228", "45 kg DM/ha": a currency's or a unit's code, no place
	}
	ev := EvidenceCapitalised
	speaker := false
	actor := false // a role, an office or kinship before the name, a score after it (Mention.Actor)
	// A dateline names the town the report was filed in, never a whole
	// country: "DJIBOUTI, 3 juillet (ADI) –", "KUWAIT, May 3 (Reuters) -"
	// are the capitals that bear their countries' names (Mention.CityMeant).
	dateline := false
	switch {
	case r.glossBefore(p, s):
		ev = EvidenceUnlikely // a translation: `lit. "Red Rock"`
	case r.bracketGloss(p, q, s):
		ev = EvidenceUnlikely // a translation in brackets: "Khar Tolgoi (Black Hill)"
	case r.inLanguageBracket(p, s):
		ev = EvidenceUnlikely // "(en bambara : Kani Bɔnzɔn)": the name in another language
	case r.feastAt(p, q, s) || r.feastName(p, q, s):
		ev = EvidenceUnlikely // « la foire de la Saint-Martin », "at Candlemas": a saint's day, a feast
	case r.orgOfBefore(p, s):
		ev = EvidenceUnlikely // « les Fraternités monastiques de Jérusalem »: a body's name
	case r.devotionBefore(p, s):
		ev = EvidenceUnlikely // "dedicated to Saint Francis of Assisi", "the feast of Saint James": a saint
	case r.thingNamedBefore(p, s):
		ev = EvidenceUnlikely // `a batch bottled under the name "Benito Juárez"`, « son rhum, baptisé « Pointe-à-Pitre 1848 » »
	case r.likenessBefore(p, s):
		ev = EvidenceUnlikely // "the statue of Benito Juárez", « un buste de Senghor »: a person
	case r.creditBefore(p, s):
		ev = EvidenceUnlikely // "Reporting by Sandra Wells", "Text: Sandra Wells", « Texte : Jean Hill »: who wrote it
	case q-p == 2 && kilometrePosts[r.toks[p].lower] && r.roadPostOf(q, s):
		ev = EvidenceUnlikely // « au PK 35 de la RN 1 »: a point of the road, no place
	case person || r.titleDotBefore(p, s) || isRoleNoun(r.lowerWord(p-1, s.b)) || r.animalBefore(p, s) || r.personNamedBefore(p, s) || r.leaderBefore(p, s) || r.letterName(p, q, s) || r.roleBeforeComma(p, q, s) || cut == 0 && r.thingAfter(q, s) || r.roleApposition(q, s.b) ||
		r.companionName(p, q, s) || r.hostSubject(p, q, s):
		// "Our guide, Rado,", "where Okello put us up": a companion of
		// the journey, never a stop of it.
		// "a Hamilton-based helicopter operator": after a place suffix
		// the noun is no make's.
		ev = EvidenceUnlikely
		actor = r.titleDotBefore(p, s) || isRoleNoun(r.lowerWord(p-1, s.b))
	case r.demonymPerson(p, q):
		// "Kenyan Eliud Kipchoge won", « L'Érythréen Henok Mulubrhan
		// s'est imposé »: a nationality before a person's names
		ev, actor = EvidenceUnlikely, true
	case r.scoreAfter(q, s) || r.scoreBefore(p, s) || r.sideBeating(p, q, s) || r.resultSide(p, q, s) || r.lowerWordIn(q, s, setFollowers):
		// "beat Gabon 2-1", « ont battu le Gabon (2-1) », "lost 2-0 to
		// Nkana", "Dublin beat Kerry", "Chelsea fans": a side
		ev, actor = EvidenceUnlikely, true
	case r.lifeAfter(q, s.b) && !r.listAfterPlace(p, s) && !r.placeIntroBefore(p, s):
		ev = EvidenceUnlikely // "Michael Doyle was born in X", « Marie Chabrol naquit à X »: a person
	case r.obituaryHead(p, q, s):
		ev = EvidenceUnlikely // "MARTEL, Rosalie (née Lafferty) passed away": the heading of an obituary, a person
	case r.lifeApposition(p, q, s):
		ev = EvidenceUnlikely // « Victor Chabert, né le 9 novembre 1824 au hameau de X », « Marie Comeau, veuve de »: a person
	case r.orgApposition(p, q, s):
		ev = EvidenceUnlikely // "Funai, Brazil's indigenous affairs agency,": an organisation
	case r.sourceBefore(p, s):
		// "according to Glencore", "selon Andrew Sydney": the source of
		// the report; a capital so named speaks for its government.
		ev, speaker = EvidenceUnlikely, true
	case r.treatyAfter(q, s):
		ev = EvidenceUnlikely // "the Minsk agreements", "the Paris climate accord": a treaty
	case r.goodsBefore(p, s):
		ev = EvidenceUnlikely // « les exportations de Cognac », « une bouteille de Champagne »: a wine, a spirit
	case r.opponentBefore(p, s) || r.sideBeforeMatch(p, q, s):
		ev = EvidenceUnlikely // "the cup final against Valencia", « la finale contre Lyon »: a club
	case r.operatorBefore(p, s):
		ev = EvidenceUnlikely // "operated by Vale", « exploitée par la Comilog »: a firm
	case r.deskStaffName(p, q, s):
		ev = EvidenceUnlikely // "Analysts at Datanálisis", « les analystes de Cenadep »: a firm
	case r.writtenWork(p, q, s):
		ev = EvidenceUnlikely // "first mentioned in Landnámabók", "the Sturlunga saga", « le Cartulaire de Saint-Père »: a written work
	case r.invertedSpeaker(p, q, s):
		// "\"We left Aleppo with nothing,\" said Ahmad, a father of
		// four", « "…", raconte Paul, qui habite … »: the speaker a
		// verb of speech names after the quotation it closes.
		ev = EvidenceUnlikely
	case r.speakerAfter(q, s.b) && !r.placeBeforeSpeech(p, q, s) && !r.personOfTown(p, q, s):
		// "Florence Parly announced", "Moscow denied": a person, or a
		// national capital speaking for its government, which the
		// resolver alone can tell (Mention.Speaker); "Wellington wrote
		// his despatch" is a person's own words; in "Musa Ali of Bauchi
		// said" the speaker is the person the town is of (personOfTown).
		ev, speaker = EvidenceUnlikely, !r.personalSpeech(q, s.b)
	case r.frenchRoleBefore(p, q, s):
		ev = EvidenceUnlikely // "le gouverneur Abdoulaye Maïga", "Le ministre de la Défense, Sadio Camara,"
	case r.frenchPeopleAfterArticle(p, q, s):
		ev = EvidenceUnlikely // "Les Zindérois ont accueilli ..."
	case r.entryName(s, p, q):
		// "TALATAYE: LOCATED 20 KM NORTH OF MENAKA": the subject of an
		// entry, in capitals or not.
	case r.datelineName(p, q, s):
		ev = EvidencePreposition // a dateline names where the report was filed: "BAMAKO, Mali (AP) —"
		dateline = true
		if r.filed < 0 {
			r.filed = len(r.mentions)
		}
	case q-p == 1 && first.upper && len(first.lower) <= 3 && r.postalStateAt(p, s):
		ev = EvidenceContainer // "Ridgecrest, CA", "Paris, TX", "Broken Hill, NSW": a state of the United States or Australia
	case q-p == 1 && first.upper && len(first.lower) >= 2 && r.wellCodeAt(p, s):
		// "the LMS-2 well", « le puits HBN-4 »: a well's code, capitals
		// and the well's number, names the well, no acronym.
	case p == 1 && r.agencyOfTitle(0, q):
		// "WFP GHANA – FLOOD RESPONSE BULLETIN #2": the country an
		// agency's office covers, in capitals as its title, no acronym.
	case q-p == 1 && first.upper && len(first.lower) >= 2:
		ev = EvidenceUnlikely // an acronym: "AQIM", "CIA"
	case q-p == 1 && isCompoundAdjective(first.lower):
		ev = EvidenceUnlikely // "a Roman-era quarry", "a Soviet-built dam"
	case r.agencyOf(q, s):
		ev = EvidenceUnlikely // "The Texas Department of Public Safety", "the Bureau of Land Management"
	case q-p == 2 && !first.upper && isFrenchArticle(first.lower) && len(lastTok.lower) >= 2 && isUpperWord(r.text[lastTok.start:lastTok.end]):
		// an acronym after its article, « Le BNGRC signale », names an
		// agency; a country so written, « la RDC », is still found by
		// its name.
		ev = EvidenceUnlikely
	case r.bylineName(p, s):
		ev = EvidenceUnlikely // "By David Wilson, Science Correspondent": the writer and their post
	case s.heading:
		ev = EvidenceUnlikely
	case (p == s.first || r.afterLeadLabel(p, s)) && q-p == 1:
		// A capitalised word that opens a sentence and is written in
		// lower case elsewhere, or is a common word no place bears:
		// "Insecurity remains high near Gao".
		if _, ok := r.lowerSeen[first.lower]; ok || isCommonWord(first.lower) || r.eventLabel(first.lower, q, s) || r.placeWordActs(first.lower, q, s) || r.pluralAgents(first.lower, q, s) {
			ev = EvidenceUnlikely
			if r.common == nil {
				r.common = map[int]bool{}
			}
			r.common[len(r.mentions)] = true
		}
	}
	if r.grapeName(p, q) {
		// "the Brunello vineyards", "damage to Malbec vines", « les
		// vignes de Carménère »: a grape's or its wine's name, though a
		// village of Lombardy is called Brunello.
		ev = EvidenceUnlikely
	}
	if p > s.a && langs().fr.has(setStormLeads, r.toks[p-1].lower) && !r.toks[p-1].cap {
		// « le cyclone Freddy », « la tempête Ciarán »: a storm's name
		// after its French noun.
		ev = EvidenceUnlikely
	}
	if q-p >= 2 && anyHas(setStormLeads, first.lower) && !isToponymGeneric(lastTok.lower) {
		// "Storm Ciarán made landfall near Brest", "Tropical Storm Daniel":
		// a storm's name, though "Storm Lake" is a town's.
		ev = EvidenceUnlikely
	}
	if r.inRaceName(p, q, s) {
		// "Paris–Nice : la 6e étape", "Liège–Bastogne–Liège se jouera":
		// a race named after the towns it joins (races.txt).
		ev = EvidenceUnlikely
	}
	if q-p >= 2 && anyHas(setRaceLeads, first.lower) && (r.toks[p+1].kind != tokWord || !r.toks[p+1].cap || elidedLen(r.text[r.toks[p+1].start:r.toks[p+1].end]) > 0) {
		// "the Tour de Pologne, Chełm – Zamość", « le Tour du Faso »,
		// "the Giro d'Italia": a race named after the land it crosses.
		ev = EvidenceUnlikely
	}
	if r.eventTitleBefore(p, s) || r.dateNameAfter(q, s) {
		// « le Festival au Désert », "the Festival in the Desert", « le
		// Festival sur le Niger »: the end of an event's title; "the
		// Stade du 26 Mars", « la Place du 4 Août »: a name that
		// commemorates a date, a ground's or a street's.
		ev = EvidenceUnlikely
	}
	for k := p; k < q; k++ {
		if isOrgWord(r.toks[k].lower) && !(k > p && r.toks[k-1].kind == tokPoss && isToponymGeneric(r.toks[k].lower)) && !r.seaBank(k, p, q, s) &&
			!(k < q-1 && (isToponymGeneric(lastTok.lower) && !(lastTok.lower == "church" && r.toks[k].lower != "mission") || lastTok.lower == "base" || lastTok.lower == "airport")) &&
			!r.establishmentAfter(k, q) && !(k == q-2 && r.toks[k].lower == "mission" && lastTok.lower != "church" && r.establishmentEnds(p, q)) && !r.settlementAfter(q, s) && !(k > p && (first.lower == "fort" || first.lower == "camp") && !anyHas(setTreaties, lastTok.lower)) &&
			!(q-p == 2 && r.toks[k].lower == "division" && (isCompassAdjective(first.lower) || r.namedDivision(p, q))) {
			// "Fort Union", "Camp Concord": a fort or a camp opening the
			// name makes the organisation's word after it part of a
			// place's name, unless a treaty's noun ends it ("the Camp
			// David Accords", "the Fort Laramie Treaty").
			// "St. Mary's Mission" is a place's name, "the UN Mission"
			// none; "the Kotna Mission Station" is a station and
			// "Eielson Air Force Base" a base, whose generic
			// (possgenerics.tsv, or a base or an airport) ends the name
			// after the organisation's word, while "the Kenya Police
			// Reserve" is a force. "The Ethiopian Orthodox Tewahedo
			// Church" is a body, a church that is a building being a
			// "Mission Church". "Government Girls Primary School
			// Basti Malook" is a school, whose village follows its kind
			// (establishmentAfter), and "Chivaraidze Mission Hospital"
			// a hospital, whose word right after "Mission" ends the name
			// (establishmentEnds; a church so named is a body's, as
			// above; "Townsville University Hospital" stays the
			// institution the resolver looks up). "War Dhiigley, an informal
			// settlement" is a place: the apposition says so
			// (settlementAfter). "The Western Division" is one of Fiji's
			// four, a division named by its side, where "the 3rd
			// Division" is an army's; "Sylhet Division" is one of
			// Bangladesh's, named by its seat (namedDivision).
			ev = EvidenceUnlikely
		}
	}
	if n := strings.ToLower(r.text[first.start:lastTok.end]); isOrganisationName(n) || isOrganisationName(withoutLeadArticle(n)) || organisationLeads(n) || organisationEnds(n) {
		ev = EvidenceUnlikely // "al-Qaeda in the Islamic Maghreb", "Boko Haram", "Le Hezbollah", "Islamic State Sahel Province", "Cambodian Red Cross"
	}
	if r.serviceDepartment(p, q) {
		ev = EvidenceUnlikely // "the Criminal Investigations Department": a body, no country's department
	}
	if r.clubName(p, q) || r.clubTown(p) {
		ev = EvidenceUnlikely // "Bayern Munich", "Aston Villa", « Le Stade de Reims »: a sports club, no place
	}
	if q-p == 1 && isSeaName(first.lower) && (p > s.a && r.toks[p-1].lower == "the" || isCoastHead(r.lowerWord(q, s.b))) {
		// "on the Atlantic cliffs", "across the Pacific", "Mexico's
		// southern Pacific coast": the ocean, not Atlantic, Iowa (a
		// seaname of lexicon/en/coast.tsv), nor a town the country
		// before it holds.
		ev = EvidenceUnlikely
	}
	period := false
	if n := strings.ToLower(r.text[first.start:lastTok.end]); isPeriodName(n) || isPeriodName(withoutLeadArticle(n)) ||
		isPeriodName(strings.TrimPrefix(n, "a ")) || isPeriodName(strings.TrimPrefix(n, "an ")) {
		// "an Iron Age hillfort", "Ancestral Puebloan granary", "a field
		// of Aksumite stelae": a period or a culture (periods.txt), whatever
		// kind of place the text gives it.
		ev, period = EvidenceUnlikely, true
	}
	if r.commonHeading(p, q, s) || r.capsHeadlineLead(p, q, s) {
		ev = EvidenceUnlikely // "ANALYTICAL BRIEF", "KEY FIGURES", "FLOODS CUT OFF MOUNTAIN VILLAGES IN PERU"
	}
	if r.odonymBefore(p, s) || r.streetNamed(p, s) || r.familyBefore(p, s) || r.streetEnd(p, q) {
		ev = EvidenceUnlikely // « rue de Paris », « rue Saint-Aubert », « la famille Cannes », "Lenin St": a street's or a family's name
	}
	if r.courtNameAt(p, q, s) || r.scopeAfter(p, q, s) {
		ev = EvidenceUnlikely // « La Cour d'appel de Fès », « Le Centre national d'action antimines »: a court, a body
	}
	if r.milepostOf(p, s) {
		ev = EvidenceUnlikely // "at Mile 116.4 of the Mountain Subdivision", "km 112 of the Central Highway": a line
	}
	if r.indefiniteThing(p, q, s) {
		ev = EvidenceUnlikely // "the carcass of a Great Indian Bustard near X", "they found a Toyota near Gao"
	}
	feature := ""
	leadOnly := false // feature is the name's lead word's ("Mount Hagen", "Lac Noir")
	if q-p >= 2 {
		if f := featureOfHead(lastTok.lower); f != "" {
			feature = f
		} else if f := featureOfLead(first.lower); f != "" {
			feature, leadOnly = f, true
		} else if first.lower == "co" && first.cap && !first.upper {
			feature = "county" // "Newport, Co. Mayo": Ireland writes its counties so
		}
		if riverBridge {
			feature = "bridge"
		}
	}
	if feature == "" && strings.HasSuffix(r.text[first.start:lastTok.end], "-ville") {
		feature = "city" // « Djibouti-ville », « Koweït-ville »: the city, as "Kuwait City" is
	}
	if feature != "" && ev > EvidenceUnlikely {
		ev = EvidenceDescriptor
	}
	if leadKind != "" && ev > EvidenceUnlikely {
		if feature == "" {
			feature = leadKind
		}
		ev = max(ev, EvidenceDescriptor)
	} else if f, ok := r.descriptorBefore(p, s.a); ok && !(ev == EvidenceUnlikely && r.ownerAfterOf(p, q, s)) {
		// ("the licence of Adansi Gold Resources": a firm's name after
		// a kind and "of" owns the place, it names none: ownerAfterOf.)
		if feature == "" || leadOnly && kindOverLead(f) && r.is(p-1, s.b, "of") || riverDivision(feature, f, leadOnly) {
			feature = f // "the town of Mount Hagen"; "a hut at Hacienda Collana" is no hut
		}
		ev = max(ev, EvidenceDescriptor)
	} else if f, ok := r.descriptorAfter(q, s.b); ok && !r.frontedNamedKind(p, q, s) {
		if feature == "" || feature == "falls" && f == "waterfall" || riverDivision(feature, f, leadOnly) {
			// "Victoria Falls, the waterfall on the Zambezi": the text
			// says the name is the waterfall's, not its town's
			feature = f
		}
		if ev > EvidenceUnlikely {
			ev = max(ev, EvidenceDescriptor)
		}
	} else if f, ok := r.frenchDescriptorBefore(p, s.a); ok && !(ev == EvidenceUnlikely && isOrgWord(first.lower)) {
		// (« un chantier de la Compagnie des Bois de Mouila »: a firm's
		// name after a kind owns the place, it names none: the kind is
		// the place, frenchFirmOwnerBefore.)
		if feature == "" || leadOnly && kindOverLead(f) && (r.is(p-1, s.b, "de") || r.is(p-1, s.b, "du") || r.is(p-1, s.b, "des")) || riverDivision(feature, f, leadOnly) {
			feature = f // « le refuge du Lac Noir »: a hut named after its lake
		}
		ev = max(ev, EvidenceDescriptor)
	} else if f, ok := r.frenchDescriptorAfter(q, s.b); ok && ev > EvidenceUnlikely && !r.frenchWaterBefore(p, s) {
		// « X, sur la rive nord du Saint-Laurent, est un campement »:
		// the kind after a river's name is the subject's, not the river's.
		if feature == "" {
			feature = f
		}
		ev = max(ev, EvidenceDescriptor)
	}
	if q-p >= 3 && r.toks[q-2].lower == "first" && (r.toks[q-1].lower == "nation" || r.toks[q-1].lower == "nations") {
		// "the traditional territory of the Tr'ondëk Hwëch'in First
		// Nation": a Canadian band and its government, whose lands the
		// gazetteer holds under other names, if at all.
		ev, feature = EvidenceUnlikely, ""
	}
	if q-p >= 2 && r.officeEnds(q) {
		// "the District Veterinary Officer", "the district Returning
		// Officer", "the Regional Commissioner": an office, whatever
		// kind of division qualifies it.
		ev, feature = EvidenceUnlikely, ""
	}
	if feature == "" && ev > EvidenceUnlikely && r.divisionHeadBefore(p, s) {
		feature, ev = "region", max(ev, EvidenceDescriptor) // « le gouverneur du Ouaddaï »
	}
	if feature == "" && ev > EvidenceUnlikely && r.divisionBodyAfter(q, s) {
		feature, ev = "region", max(ev, EvidenceDescriptor) // "Hiiraan regional officials said"
	}
	if r.sampleCode(p, q, s) {
		ev, feature = EvidenceUnlikely, "" // "hole KAL-22-014", "drill hole TWRC019", "trench BFT-07": a drill hole's code
	}
	if r.denominationAt(p, q) {
		// "a monastery of the Ethiopian Orthodox Church": a church
		// body, whatever kind the words before it give
		ev, feature = EvidenceUnlikely, ""
	}
	if w := r.lowerWord(q, s.b); (feature == "road" || feature == "street") && (isNamelessKind(w) || isSpotFeature(w)) {
		feature = w // "Gubio Road camp": a camp named after its road is a point, no road
	}
	if feature == "" && r.waterName(p, q, s) {
		feature = "river" // "a crossing point on the Niger"
	}
	if feature == "" && ev > EvidenceUnlikely && r.seatTown(p, s) {
		feature = "town" // "the airport at Armenia" is Colombia's town, no country
	}
	if feature == "river" {
		r.noteRiver(p, q)
	}
	roadEnd := r.roadEndOf(p, skip, s.a)
	// « descend le Niger de Mopti à Tombouctou », « pris Air Algérie d'Alger à Tamanrasset »
	wayFrom := r.is(p-1, s.b, "de") && r.wayFromTo(p-1, p, q) || skip > 0 && first.lower[0] == 'd' && r.wayFromTo(p, p, q)
	if ev > EvidenceUnlikely && !r.regionQualifier(p, q, s) && (r.placeIntroBefore(p, s) || r.frenchBareA(p, q, s) || r.dwellersOf(p, skip, s.a) || r.dwellersAfter(q, s) || roadEnd || wayFrom || r.roadPairMember(p, q, s) || r.englishPairMember(p, q, s) || r.impactAfter(q, s) || r.seatAfter(p, q, s) || r.courtTail(q, s) > q || r.institutionTail(q, s) || r.institutionHead(p) || r.kinOf(p, s) || r.personOfTown(p, q, s) || r.roadNamedAfter(p, q, s) ||
		cut > 0 || r.regionAfterEn(p, q, s) || r.agencyJurisdiction(p, s) || r.nativeBefore(p, q, s) || r.townNounAfter(p, q, s) || r.peopleOf(p, skip, s) || r.nearestIs(p, s) || r.placedAside(q, s) || r.travelTimeAfter(q, s) || r.routeMember(p, q, s) || r.lodgingAu(p, s) || r.heldAu(p, q, s) || r.bulletinArea(p, q, s) || r.townFacilityBefore(p, s) || r.headingPlace(p, q, s)) {
		ev = max(ev, EvidencePreposition)
	}
	if period || p == s.first && r.heldAfter(q, s) {
		// « La Route du Rock se déroule au fort de X »: what a verb of
		// an event held says is held is an event, no place.
		ev = EvidenceUnlikely
	}
	m := len(r.mentions)
	sp := Span{first.start + skip, lastTok.end - cut}
	r.mentions = append(r.mentions, Mention{Name: r.text[sp.Start:sp.End], Span: sp, Feature: feature, Evidence: ev, RoadEnd: roadEnd, Speaker: speaker && ev == EvidenceUnlikely,
		Emigration: ev > EvidenceUnlikely && r.emigrationBefore(p, s), Flight: ev > EvidenceUnlikely && r.flightBefore(p, s), CityMeant: ev > EvidenceUnlikely && (r.transitBefore(p, s) || r.frenchToTown(p, s) || r.goalBefore(p, s) || r.terminalAfter(q, s) || r.departureBefore(p, s) || r.townFacilityBefore(p, s) || dateline),
		Actor: actor && ev == EvidenceUnlikely, Doubtful: ev > EvidenceUnlikely && feature == "" && r.doubtfulAt(p, q, s)})
	r.mtok = append(r.mtok, [2]int{p, q})
	for k := p; k < q; k++ {
		r.at[k] = int32(m)
	}
}

// numberedRoad reports whether the capitalised name that ends before
// token q names a numbered road: its last word is a road's
// (lexicon/en/roadheads.txt) and a number follows ("West Virginia Route
// 47", "Highway 7", "Interstate 80", "State Route 12A"). A road is no
// place, and the state inside its name no second mention.
func (r *reader) numberedRoad(q, b int) bool {
	if q < 1 || q >= b || !lex().roadHeads.has(r.toks[q-1].lower) {
		return false
	}
	t := &r.toks[q]
	return t.kind == tokNum || t.start < t.end && '0' <= r.text[t.start] && r.text[t.start] <= '9'
}

// letteredRoad reports whether the capitalised name [p, q) names a road
// by a letter: a road's word (lexicon/en/roadheads.txt) before a last
// word of one capital letter ("Route J", "Ruta C", "Highway A"), as
// numberedRoad reads "Route 3".
func (r *reader) letteredRoad(p, q int) bool {
	if q-p < 2 {
		return false
	}
	w := r.toks[q-1].lower
	if utf8.RuneCountInString(w) != 1 || !r.toks[q-1].upper {
		return false
	}
	return lex().roadHeads.has(r.toks[q-2].lower)
}

// afterLeadLabel reports whether token p opens what follows a short label
// and a colon at the start of sentence s, as a headline after its
// country: "BOLIVIA: Floods in Beni Department", "Nigeria: Flash floods
// in Adamawa State". The word then opens the headline as a sentence.
func (r *reader) afterLeadLabel(p int, s *sentence) bool {
	return p-1 > s.first && p-1 <= s.first+3 && r.is(p-1, s.b, ":")
}

// organisationLeads reports whether the lower-cased name n opens with the
// name of an organisation of two words or more that the lexicon lists,
// followed by more words: "islamic state sahel province", "royal
// society of queensland".
func organisationLeads(n string) bool {
	words := 0
	for i := 0; i < len(n); i++ {
		if n[i] != ' ' {
			continue
		}
		if words++; words >= 2 && isOrganisationName(n[:i]) {
			return true
		}
	}
	return false
}

// organisationEnds reports whether the lower-cased name n ends with the
// name of an organisation of two words or more that the lexicon lists,
// after one or two words of the land or the people it serves: "cambodian
// red cross", "kenya red cross", "syrian arab red crescent". A place of
// that name would be no body's.
func organisationEnds(n string) bool {
	words := 0
	for i := len(n) - 1; i > 0; i-- {
		if n[i] != ' ' {
			continue
		}
		if words++; words > 3 {
			return false
		}
		if t := n[i+1:]; strings.IndexByte(t, ' ') >= 0 && isOrganisationName(t) {
			return true
		}
	}
	return false
}

// dateline reports whether the name [p, q) opens a news dateline: it
// opens its sentence, and after it come a comma and a capitalised name
// ("BAMAKO, Mali (AP) —", "GOMA, Democratic Republic of Congo (Reuters)
// -"), perhaps a date ("CULIACAN, Mexico, June 3 (Reuters) -"), or a
// date alone (« OUAGADOUGOU, 6 mai (AFP) - »), an agency in brackets and
// a dash ("BEIRUT (AP) —"), or a dash alone ("MOGADISHU —", "SIEM REAP -").
// strong reports a date or an agency in brackets, which a heading or a
// rubric has not: then the name may be written in ordinary case too («
// Bunia, 12 février (Radio Okapi) - »). An acronym that opens a sentence
// is followed by none of these: "ICRC teams said", "UNAMA documented",
// "MSF, which ...".
func (r *reader) dateline(p, q int, s *sentence) (ok, strong bool) {
	if p != s.first {
		return false, false
	}
	k := q
	if k >= s.b {
		return false, false
	}
	if e := r.courtTail(k, s); e > k && e < s.b && isDash(r.toks[e].lower) {
		return true, true // "WINDHOEK HIGH COURT – A farmer …": the court the report comes from sits in the town
	}
	switch t := &r.toks[k]; {
	case t.lower == ",":
		return r.datelineAfterComma(k, q, s)
	case t.lower == "(":
		// "BEIRUT (AP) —": a short agency in brackets, then a dash. «
		// AGADEZ (Niger), 6 mai (AFP) – », "KANDY (Sri Lanka), June 3
		// (Reuters) -": the country in brackets, then the rest of a
		// dateline after its comma.
		if e := r.bracketClose(k, s.b); e > k && r.is(e+1, s.b, ",") {
			return r.datelineAfterComma(e+1, q, s)
		}
		ok := r.agencyBracket(k, s.b)
		return ok, ok
	default:
		if t.lower == "-" && r.is(k+1, s.b, "-") && r.toks[k+1].start == t.end {
			k++ // "GUILIN -- Tourists were …": a dash typed as two hyphens
		}
		return t.kind == tokPunct && isDash(t.lower) && (k+1 == s.b || r.toks[k+1].cap), false
	}
}

// datelineAfterComma reads the rest of a dateline after the name [p, q)
// from its comma at token k: a date (« OUAGADOUGOU, 6 mai (AFP) - »),
// or a capitalised country or state perhaps with a date, then an agency
// in brackets or a dash ("BAMAKO, Mali (AP) —", "CULIACAN, Mexico, June
// 3 (Reuters) -"). ok and strong are as dateline's.
func (r *reader) datelineAfterComma(k, q int, s *sentence) (ok, strong bool) {
	k++
	if r.is(k, s.b, "le") {
		k++ // « ABIDJAN, le 10 juin 2025 – »
	}
	if e, ok := r.dateAt(k, s.b); ok {
		// « OUAGADOUGOU, 6 mai (AFP) - », "Bunia, 12 février (Radio
		// Okapi) -", "TORONTO, March 4, 2025 /CNW/ -": a date right
		// after the comma.
		switch {
		case r.is(e, s.b, "("):
			return r.agencyBracket(e, s.b), true
		case r.is(e, s.b, "/"):
			return r.slashCredit(e, s.b), true
		}
		// "Mumbai, 4 June 2024: Sahyadri Greenpower Ltd today
		// announced …": a release's colon closes it as a dash does.
		// "Livingstonia, 18th October 1928. My dear Mother, …": a
		// letter's heading, the document's first sentence, ends with
		// its date.
		letter := len(r.sents) > 1 && s.a == r.sents[0].a && r.is(e, s.b, ".") && e+1 == s.b
		return e < s.b && (isDash(r.toks[e].lower) || r.toks[e].lower == ":" || letter), true
	}
	n := 0
	for ; k < s.b && k < q+8 && r.toks[k].kind == tokWord && (r.toks[k].cap || r.toks[k].lower == "of"); k++ {
		n++
	}
	if n == 0 || k >= s.b {
		return false, false
	}
	for k+2 < s.b && r.toks[k].lower == "." && len(r.toks[k-1].lower) == 1 && r.toks[k+1].kind == tokWord && r.toks[k+1].cap && len(r.toks[k+1].lower) == 1 {
		k += 2 // "TRUTH OR CONSEQUENCES, N.M. —", "ALBANY, N.Y. (AP) —": a state's dotted initials
	}
	if r.toks[k].lower == "." && k+1 < s.b && (r.toks[k+1].lower == "(" || isDash(r.toks[k+1].lower)) {
		k++ // "FRESNO, Calif. (AP) —": a state's abbreviation
	}
	if _, date := r.dateAt(k+1, s.b); r.toks[k].lower == "," && date {
		// "CULIACAN, Mexico, June 3 (Reuters) -", "PERTH, Western
		// Australia, 4 March --": a date after the country.
		for k += 2; k < s.b && k < q+13 && r.toks[k].lower != "(" && !isDash(r.toks[k].lower); k++ {
		}
		if k >= s.b {
			return false, false
		}
		strong = true
	}
	if r.toks[k].lower == "(" {
		return true, strong || r.agencyBracket(k, s.b)
	}
	return isDash(r.toks[k].lower), strong
}

// bracketClose returns the closing bracket of the bracket that token k
// opens when it holds one to three capitalised words alone, a country's
// or a state's name ("(Niger)", "(Sri Lanka)"), or -1.
func (r *reader) bracketClose(k, b int) int {
	if !r.is(k, b, "(") {
		return -1
	}
	for e := k + 1; e < b && e <= k+4; e++ {
		switch t := &r.toks[e]; {
		case t.lower == ")":
			if e > k+1 {
				return e
			}
			return -1
		case t.kind != tokWord || !t.cap:
			return -1
		}
	}
	return -1
}

// agencyBracket reports whether token k opens a bracket of one to five
// capitalised words followed by a dash: "(AP) —", "(Radio Okapi) -".
func (r *reader) agencyBracket(k, b int) bool {
	if !r.is(k, b, "(") {
		return false
	}
	for k++; k < b && r.toks[k].lower != ")"; k++ {
		if r.toks[k].kind != tokWord || !r.toks[k].cap {
			return false
		}
	}
	return r.is(k, b, ")") && k+1 < b && isDash(r.toks[k+1].lower)
}

// slashCredit reports whether token k opens a wire service's credit
// between slashes, one to four capitalised words, followed by a dash:
// "/CNW/ -", "/PRNewswire/ --".
func (r *reader) slashCredit(k, b int) bool {
	if !r.is(k, b, "/") {
		return false
	}
	n := 0
	for k++; k < b && r.toks[k].lower != "/"; k++ {
		if n++; r.toks[k].kind != tokWord || !r.toks[k].cap || n > 4 {
			return false
		}
	}
	return n > 0 && r.is(k, b, "/") && k+1 < b && isDash(r.toks[k+1].lower)
}

// dateAt reads, at token k, a day and a month in either order, perhaps
// with a year ("6 mai", "16 août 2021", "June 3", "March 4, 2025", "Jan.
// 12, 2024", "18th October 1928", "October 18th, 1928"), and returns the
// token after it.
func (r *reader) dateAt(k, b int) (int, bool) {
	month := func(k int) int { // the token after a month at k, or k
		if k >= b || !isMonth(r.toks[k].lower) && r.toks[k].lower != "mai" && r.toks[k].lower != "mars" { // left out of fr/months.tsv, being parts of names
			return k
		}
		if r.is(k+1, b, ".") {
			return k + 2 // "Jan. 12"
		}
		return k + 1
	}
	ordinal := func(k int) int { // the token after a day's number at k: "18th", "1st"
		if k+1 < b && r.toks[k+1].start == r.toks[k].end && isOrdinalSuffix(r.toks[k+1].lower) {
			return k + 2
		}
		return k + 1
	}
	switch {
	case k+1 < b && r.toks[k].kind == tokNum && month(ordinal(k)) > ordinal(k):
		k = month(ordinal(k))
	case month(k) > k && month(k) < b && r.toks[month(k)].kind == tokNum:
		k = ordinal(month(k))
	default:
		return k, false
	}
	if k < b && r.toks[k].kind == tokNum {
		k++ // the year
	} else if r.is(k, b, ",") && k+1 < b && r.toks[k+1].kind == tokNum && r.toks[k+1].num >= 1000 {
		k += 2 // "March 4, 2025"
	}
	return k, true
}

// datelineName reports whether the name [p, q) is a dateline's: written
// in capitals, of at least two letters, before any form of dateline; or
// in ordinary case before a date or an agency in brackets, or alone with
// its dash at the document's start (leadDateline). A word of a
// bulletin's title in it (lexicon/en/bulletins.tsv) makes it the title, no dateline:
// "NGO UPDATE — Cusco region", "FIELD BULLETIN — …".
func (r *reader) datelineName(p, q int, s *sentence) bool {
	upper := true
	for k := p; k < q; k++ {
		upper = upper && (r.toks[k].upper || r.toks[k].kind != tokWord)
		if q-p >= 2 && langs().en.has(setBulletins, r.toks[k].lower) {
			// (English words only: the French « point », « note »
			// open towns' names, "POINT FORTIN —")
			return false
		}
	}
	ok, strong := r.dateline(p, q, s)
	return ok && (upper && len(r.toks[p].lower) >= 2 || strong) || r.leadDateline(p, q, s) || r.reportHeading(p, q, s) || r.capsHeading(p, q, s) || r.capsReportTitle(p, q, s) || r.reportTitleHeading(p, q, s)
}

// minCapsHeading is the fewest letters a heading in capitals before a
// colon must have to name a place (capsHeading): shorter ones are a
// cluster's or an agency's acronym ("NFI:", "GBV:", "WFP:").
const minCapsHeading = 4

// capsHeading reports whether the name [p, q), written in capitals, opens
// a line before a colon and a report's sentence (reportSentence), as a
// situation report heads the news of each region or town: "NORTH KIVU:
// Fighting resumed near Rutshuru", « ADAMAOUA : Des éleveurs signalent
// … », « SALAMAT : Le PAM a repris … ». A single common word, a field's
// label, a rubric, a notice's heading, an event or an agency
// ("UPDATE:", "PROTECTION:", « SANTÉ : », « INONDATIONS : », "OCHA:")
// and a name of fewer
// than minCapsHeading letters stay labels, as do words of the document
// written in lower case.
func (r *reader) capsHeading(p, q int, s *sentence) bool {
	if p != s.first || q-p > 4 || !r.is(q, s.b, ":") {
		return false
	}
	if i := r.toks[p].start; lineStart(r.text, i) != i {
		return false
	}
	n := 0
	for k := p; k < q; k++ {
		t := &r.toks[k]
		if t.kind != tokWord || !t.upper {
			return false
		}
		w, _ := elidedRest(t.lower)
		if _, ok := r.lowerSeen[w]; ok || isCommonWord(w) || isAgency(w) || isOrgWord(w) || anyHas(setFieldLabels, w) || anyHas(setRubrics, w) || anyHas(setHeadings, w) || r.eventLabel(w, q, s) {
			return false
		}
		n += utf8.RuneCountInString(t.lower)
	}
	if n < minCapsHeading || isOrganisationName(strings.ToLower(r.text[r.toks[p].start:r.toks[q-1].end])) {
		return false // "OCHA: Floods have displaced …"
	}
	return reportSentence(r.text[r.toks[q].end:lineEnd(r.text, r.toks[q].end)])
}

// reportSentence reports whether line, the rest of a line after a
// heading's colon, opens with a report's sentence rather than a speaker's
// words: a capitalised first word that is no pronoun nor word of assent
// a speaker's reply opens with ("We", "I", "Yes", « Nous », « Oui »:
// speakeropeners.tsv), and at least six words before a full stop. A
// verb the tables lack (« Des éleveurs signalent … ») is common there,
// so none is asked for.
func reportSentence(line string) bool {
	end := strings.Index(line, ". ")
	if end < 0 {
		if line = strings.TrimRight(line, " \t\r"); !strings.HasSuffix(line, ".") {
			return false
		}
		end = len(line) - 1
	}
	words := strings.Fields(line[:end])
	if len(words) < 6 {
		return false
	}
	first := strings.Trim(words[0], ",;«»\"")
	r, _ := utf8.DecodeRuneInString(first)
	return unicode.IsUpper(r) && !anyHas(setSpeakerOpeners, strings.ToLower(first))
}

// leadDateline reports whether the name [p, q), in ordinary case, is the
// whole of the document's first sentence but its closing dash or colon: a
// dateline split off as a name alone ("Manaus - A team …", "Udaipur: A
// leopard …", leadDatelineEnd). A rubric of one common English word
// ("Update - …", "Note: …") names no place, nor does a name with an
// acronym ("OCHA Ethiopia - Flash Update #3"): an agency's office.
func (r *reader) leadDateline(p, q int, s *sentence) bool {
	if r.mastheadPage() && len(r.sents) > 1 && s.a == r.sents[1].a {
		return p == s.first && q+1 == s.b // « Ouest-France — Pontivy. »: the page's town
	}
	if r.mastheadPage() {
		return false // « Ouest-France — Pontivy. »: the paper, no dateline
	}
	if len(r.sents) == 0 || s.a != r.sents[0].a || p != s.first || q+1 != s.b || !isDash(r.toks[q].lower) && r.toks[q].lower != ":" {
		return false
	}
	for k := p; k < q; k++ {
		if r.toks[k].upper && len(r.toks[k].lower) >= 2 {
			return false // "IOM Niger - Situation update": an agency's office heads its report
		}
	}
	if q-p == 1 && len(r.sents) > 1 {
		// « Résumé – Cette étude … », « Espace — Des débris … »: one
		// word before French, a rubric (rubricOpens), as French
		// writes no dateline in ordinary case without a date.
		n := &r.sents[1]
		if w := r.toks[min(n.first, len(r.toks)-1)].lower; n.first < n.b && (isFrenchArticle(w) || isFrenchPossessive(w)) {
			return false
		}
	}
	return q-p > 1 || !isCommonWord(r.toks[p].lower)
}

// mastheadPage reports whether the document opens with a newspaper's
// name, a dash, and the town of its local page alone before a full stop,
// as regional papers head their reports: « Ouest-France — Pontivy. »,
// « Le Nouvelliste (Haïti) — Jacmel. », "The Courier — Tullamore.". The
// first name is the paper's (mastheadName), the second the dateline.
func (r *reader) mastheadPage() bool {
	if len(r.sents) < 3 {
		return false
	}
	s0, s1 := &r.sents[0], &r.sents[1]
	if s0.b-s0.first < 2 || !isDash(r.toks[s0.b-1].lower) || r.toks[s0.first].kind != tokWord || !r.toks[s0.first].cap || r.toks[s0.first].upper {
		return false
	}
	n := s1.b - 1 - s1.first
	if n < 1 || n > 4 || !r.is(s1.b-1, s1.b, ".") {
		return false
	}
	for k := s1.first; k < s1.b-1; k++ {
		if r.toks[k].kind != tokWord || !r.toks[k].cap {
			return false
		}
	}
	return true
}

// mastheadName reports whether the name [p, q) opens a document that
// mastheadPage reads: the newspaper's name, no place, even with its
// city or country in brackets after it (« Le Soleil (Dakar) — »).
func (r *reader) mastheadName(p int, s *sentence) bool {
	return len(r.sents) > 0 && s.a == r.sents[0].a && p == s.first && r.mastheadPage()
}

// reportHeading reports whether the name [p, q), in ordinary case, opens
// the document's first sentence before a colon and a capitalised title
// that a dash splits: the country or region a report is about, heading
// its title as relief and news reports write them ("Myanmar: Rakhine
// State – Humanitarian Update No. 21", "Malawi: Cyclone Freddy – Food
// Security Cluster Update"). A rubric of one common English word
// ("Update: …", "Highlights: …") names no place, nor does a name with an
// acronym, an agency's office.
func (r *reader) reportHeading(p, q int, s *sentence) bool {
	if len(r.sents) == 0 || s.a != r.sents[0].a || p != s.first || !r.is(q, s.b, ":") || q+1 >= s.b || !r.toks[q+1].cap {
		return false
	}
	if !r.headingNameCase(p, q) {
		return false
	}
	if q-p == 1 && isCommonWord(r.toks[p].lower) || r.dashLinks(s) >= 2 {
		// « Itinéraire : Hué – Hoi An – Quy Nhon »: a chain of names
		// after the colon is a route, and the word before it its label.
		return false
	}
	for k := q + 2; k < s.b; k++ {
		if r.is(k, s.b, "–") || r.is(k, s.b, "—") || r.is(k, s.b, "-") && r.toks[k].start > r.toks[k-1].end {
			return true
		}
	}
	return false
}

// capsReportTitle reports whether the name [p, q), written in capitals,
// opens the document before a colon that heads a relief report's title,
// as ReliefWeb and the agencies write the country a report covers:
// "SOUTH SUDAN: Jonglei Flash Update No. 4", "TAJIKISTAN: Gorno-Badakhshan
// – Mudflow Situation Report No. 2", « NIGER : Tillabéri – Note de
// situation », "SOUTH SUDAN: JONGLEI STATE FLOODS". After the colon comes
// a capitalised title whose line holds a spaced dash, a bulletin's word
// (bulletins.tsv) or a hazard (hazards.tsv). A rubric in capitals
// ("UPDATE: …", "BREAKING: …") is a common word, an agency ("UNHCR: …")
// is one of agencies.txt or an acronym of at most three letters, a run of
// acronyms is an agency's and its unit's ("IOM DTM: …", agencyAcronyms), and the
// bound on the name's length keeps a shouted sentence out.
func (r *reader) capsReportTitle(p, q int, s *sentence) bool {
	if len(r.sents) == 0 || s.a != r.sents[0].a || p != s.first || q-p > 4 || !r.is(q, s.b, ":") || q+1 >= s.b || !r.toks[q+1].cap {
		return false
	}
	for k := p; k < q; k++ {
		if t := &r.toks[k]; t.kind == tokWord && !t.upper || t.kind != tokWord && t.lower != "-" {
			return false
		}
	}
	if w := r.toks[p].lower; q-p == 1 && (len(w) <= 3 || isCommonWord(w) || isAgency(w)) || r.agencyAcronyms(p, q) {
		return false
	}
	end := lineEnd(r.text, r.toks[q].end)
	for k := q + 1; k < len(r.toks) && r.toks[k].start < end; k++ {
		w := r.toks[k].lower
		if r.toks[k].kind == tokWord && (anyHas(setBulletins, w) || langs().en.has(setHazards, w)) || isDash(w) && w != "-" || w == "-" && r.toks[k].start > r.toks[k-1].end {
			return true // "SOUTH SUDAN: JONGLEI STATE FLOODS": a hazard names the report's kind too
		}
	}
	return false
}

// agencyAcronyms reports whether the words [p, q) are acronyms of at most
// four letters, one of them an agency's (agencies.txt, organisations.txt):
// "IOM DTM", "UN OCHA", "WFP VAM" head a title as its author, no country.
func (r *reader) agencyAcronyms(p, q int) bool {
	agency := false
	for k := p; k < q; k++ {
		w := r.toks[k].lower
		if r.toks[k].kind != tokWord || len(w) > 4 {
			return false
		}
		agency = agency || isAgency(w) || isOrganisationName(w)
	}
	return agency
}

// reportTitleHeading reports whether the name [p, q), in ordinary case,
// opens the document before a colon that heads a relief report's title,
// as capsReportTitle reads it in capitals: "Mongolia: Dzud Situation
// Report No. 3 (Save the Children, 14 February).", "Jordan: Southern
// Governorates Water Update (October).", « Tchad : Bulletin humanitaire
// », "South Sudan: Jonglei State Floods". The title must name its kind
// (bulletins.tsv, "report", "brief", or a capitalised hazard of
// hazards.tsv),
// for a spaced dash alone follows a label as well in ordinary case
// ("Update: Gao – Kidal road reopened"). A single common word, an
// agency, a field's label, a rubric or a word the document writes in
// lower case too stays a label ("Summary: Situation Report …").
func (r *reader) reportTitleHeading(p, q int, s *sentence) bool {
	if len(r.sents) == 0 || s.a != r.sents[0].a || p != s.first || q-p > 4 || !r.is(q, s.b, ":") || q+1 >= s.b || !r.toks[q+1].cap {
		return false
	}
	if !r.headingNameCase(p, q) {
		return false
	}
	if w := r.toks[p].lower; q-p == 1 {
		if _, ok := r.lowerSeen[w]; ok || len(w) <= 3 || isCommonWord(w) || isAgency(w) || anyHas(setFieldLabels, w) || anyHas(setRubrics, w) {
			return false
		}
	}
	end := r.titleLineEnd()
	for k := q + 1; k < len(r.toks) && r.toks[k].start < end; k++ {
		if w := r.toks[k].lower; r.toks[k].kind == tokWord && (anyHas(setBulletins, w) || isReportWord(w) || (r.toks[k].cap || s.caps) && langs().en.has(setHazards, w)) {
			// "South Sudan: Jonglei State Floods", "SOUTH SUDAN: JONGLEI
			// STATE FLOODS" (which repairCase writes in lower case): a
			// hazard capitalised in the title names the report's kind
			// too; "Nigeria: Flash floods in Adamawa State" is a
			// headline's label.
			return true
		}
	}
	return false
}

// headingNameCase reports whether the name [p, q) is written as a
// heading in ordinary case writes a country or a division before its
// colon: every word capitalised and none in capitals of two letters or
// more ("Myanmar", "Central African Republic"), but for a country's
// letters before a word that is not ("DR Congo": capsBeforeName); a name
// of lexicon/names.txt keeps its lower-case words (« République
// centrafricaine », « République démocratique du Congo »).
func (r *reader) headingNameCase(p, q int) bool {
	if e, ok := r.listedNameAt(p, q); ok && e == q {
		return true
	}
	for k := p; k < q; k++ {
		t := &r.toks[k]
		if t.kind != tokWord || !t.cap || t.upper && len(t.lower) >= 2 && !(k == p && r.capsBeforeName(k, q)) {
			return false
		}
	}
	return true
}

// isReportWord reports whether w, lower-cased, names a report by its
// kind in a title: "Situation Report", "Country Brief". These are no
// bulletin words (bulletins.tsv) alone, which a town's name may hold
// ("Sand Point Ranch" is no title, but neither word is one here).
func isReportWord(w string) bool {
	switch w {
	case "report", "reports", "brief":
		return true
	}
	return false
}

// titleLineEnd returns the byte offset where the document's title line
// ends: at the first full stop followed by a capitalised word within
// bulletinTitleMost tokens, as a title run into its report's first
// paragraph ends ("Mongolia: Dzud Situation Report No. 3 (14 February).
// Night temperatures …"), or at the end of the first line.
func (r *reader) titleLineEnd() int {
	end := lineEnd(r.text, 0)
	for k := 0; k+1 < len(r.toks) && k < bulletinTitleMost && r.toks[k].start < end; k++ {
		if r.toks[k].lower == "." && r.toks[k+1].kind == tokWord && r.toks[k+1].cap {
			return r.toks[k].start
		}
	}
	return end
}

// titleTailAt returns where the title of a bulletin starts inside the
// capitalised run [p, q) on the document's first line, or q when it holds
// none: a run of one or more words of titlewords.tsv and hazards.tsv
// that ends on a bulletin's word (bulletins.tsv, "report"). "Jonglei
// Flash Update No. 4" is the area Jonglei and its title; "Mudflow
// Situation Report No. 2" is a title alone (p); a bulletin's word with
// no such word before it is left ("Sand Point Ranch"). Past the first
// line a name keeps its words: the title of a report is its first line.
func (r *reader) titleTailAt(p, q int) int {
	if q-p < 2 || p >= bulletinTitleMost || r.toks[q-1].end > lineEnd(r.text, 0) {
		return q // past a title's length: prose, and the scan for the line's end stays bounded
	}
	start := -1
	for k := p; k < q; k++ {
		w := r.toks[k].lower
		switch {
		case r.toks[k].kind != tokWord:
			start = -1
		case start >= 0 && (anyHas(setBulletins, w) || isReportWord(w)):
			return start // "Flash Update", "Situation Report": a bulletin's word alone ("Sand Point Ranch") is left
		case anyHas(setTitleWords, w) || anyHas(setHazards, w):
			if start < 0 {
				start = k
			}
		default:
			start = -1
		}
	}
	return q
}

// capsBeforeName reports whether token q, a title's word, is written in
// capitals of two letters or more before a word of the run [q+1, j) that
// is not: "DR Congo" is the country, where a title is written "Dr" or
// "Dr." ("Dr Mukwege"); in a line in capitals every word is.
func (r *reader) capsBeforeName(q, j int) bool {
	t := &r.toks[q]
	return q+1 < j && t.upper && len(t.lower) >= 2 && r.toks[q+1].kind == tokWord && !r.toks[q+1].upper
}

// headingPlace reports whether the name [p, q), in ordinary case, opens
// the document before a colon and a clause with a verb, as a relief or
// news headline names the country or town it is about: "Myanmar: the
// Bawdupa camp, 8 km north of Sittwe, holds 4,000 people", « Birmanie :
// le camp de Thet Kel Pyin … abrite 4 000 personnes », « Mopti : des
// pluies ont repris », « Madagascar : un taxi-brousse s'est renversé ».
// The name is then a place, not a label, graded as a place after a
// preposition is (emitName), so that a division no town is named after
// is found too (« Ituri : dans la nuit du 14 novembre, … »); a single common word
// ("Update:"), a field's label (« Localisation : »), an event
// (« Inondations : »), a rubric (« Justice : », rubrics.tsv) and an
// acronym ("OCHA: …") stay labels, and a chain
// of names after the colon is a route (reportHeading). Later in the
// document the heading must open a brief (briefHeading).
func (r *reader) headingPlace(p, q int, s *sentence) bool {
	if len(r.sents) == 0 || p != s.first || q-p > 4 || !r.is(q, s.b, ":") {
		return false
	}
	if s.a != r.sents[0].a && !r.briefHeading(q, s) {
		return false
	}
	if !r.headingNameCase(p, q) {
		return false
	}
	if w := r.toks[p].lower; q-p == 1 {
		if _, ok := r.lowerSeen[w]; ok || isCommonWord(w) || anyHas(setFieldLabels, w) || anyHas(setRubrics, w) || r.eventLabel(w, q, s) {
			return false
		}
	}
	if r.dashLinks(s) >= 2 {
		return false
	}
	if r.frenchClauseOpens(q+1, s) || r.frenchNominalHeadline(q+1, s) {
		return true // « Nouvelle-Calédonie : les pompiers luttent … », « Tchad : afflux de réfugiés »
	}
	for k := q + 1; k < s.b; k++ {
		if w := r.lowerWord(k, s.b); isFiniteVerb(w) || isMainVerb(w) || isFrenchFiniteVerb(w) || isFrenchAuxiliary(w) {
			return true
		} else if _, ok := frenchReflexive(w, r.lowerWord(k+1, s.b)); ok {
			return true // « un taxi-brousse s'est renversé », « les eaux se retirent »
		}
	}
	return clauseWithVerb(r.text[r.toks[q].end:lineEnd(r.text, r.toks[q].end)])
}

// frenchClauseOpens reports whether token k, right after a heading's
// colon, opens a French clause with its subject: a determiner in lower
// case and a lower-case noun (« Mali : des hommes armés ont … »,
// « Nouvelle-Calédonie : les pompiers luttent … »), whose verb no table
// may hold. A heading so followed says where the brief happened.
func (r *reader) frenchClauseOpens(k int, s *sentence) bool {
	if k+1 >= s.b || r.toks[k].kind != tokWord || r.toks[k].cap || r.toks[k+1].kind != tokWord || r.toks[k+1].cap {
		return false
	}
	switch r.toks[k].lower {
	case "les", "des", "le", "la", "un", "une":
		return true
	}
	return false
}

// frenchNominalHeadline reports whether token k, right after a heading's
// colon, opens a French headline without a verb: a lower-case noun and
// « de », « du », « des » or « d' » (« Tchad : afflux de réfugiés dans
// le Ouaddaï », « Sénégal : campagne de vaccination du bétail »), as a
// wire headline names the country it is about.
func (r *reader) frenchNominalHeadline(k int, s *sentence) bool {
	if k+1 >= s.b || r.toks[k].kind != tokWord || r.toks[k].cap || len(r.toks[k].lower) < 4 || !r.isSpacedColon(k-1) {
		return false
	}
	switch r.lowerWord(k+1, s.b) {
	case "de", "du", "des", "d'":
		return true
	}
	return false
}

// isSpacedColon reports whether token k is a colon with a space before
// it, as French typography writes one (« Tchad : »), where English
// writes "Chad:".
func (r *reader) isSpacedColon(k int) bool {
	t := r.toks[k]
	return t.lower == ":" && t.start > 0 && r.text[t.start-1] == ' '
}

// briefHeading reports whether the colon at q, ending a heading past the
// document's first sentence, opens a brief in a roundup of news: the word
// after it is written in lower case (« Côte d'Ivoire : à Bouaké, les
// transporteurs … », "Guinea: a truck overturned …"). A speaker's label
// in a transcript is followed by a capital ("Moreno: We left at dawn").
func (r *reader) briefHeading(q int, s *sentence) bool {
	return q+1 < s.b && r.toks[q+1].kind == tokWord && !r.toks[q+1].cap
}

// eventLabel reports whether the word w, which opens sentence s and ends
// at token q, is an event noun of events.tsv before a colon, "of" or a
// preposition: the label of a headline that says what happened, not
// where (« Inondations : un village isolé dans le Gard », « Glissement de
// terrain au Pérou : … », "Floods in …"), as "Sénégal : …" says where.
func (r *reader) eventLabel(w string, q int, s *sentence) bool {
	if n := r.lowerWord(q, s.b); !r.is(q, s.b, ":") && !anyHas(setOfWords, n) && !isPreposition(n) {
		return false
	}
	_, ok := eventNoun(w)
	return ok
}

// bylineName reports whether the name at token p stands in a byline: a
// line with no full stop that opens with a capitalised word of
// bylines.tsv ("By", « Par ») and names its writer and their post ("By
// Jane Doe, East Africa Correspondent", « Par Jean Dupont, envoyé
// spécial »). Only a name after a preposition of place there ("By Peter
// Mwale in Lusaka", « correspondant à Hanoï ») names a place.
func (r *reader) bylineName(p int, s *sentence) bool {
	f := s.first
	if f >= p || !r.toks[f].cap || !anyHas(setBylines, r.toks[f].lower) {
		return false
	}
	if end := strings.TrimRight(r.text[s.span.Start:s.span.End], " \t\r\n"); end == "" || strings.ContainsRune(".!?", rune(end[len(end)-1])) {
		return false // "By Tuesday, Beledweyne was under water."
	}
	for j := f + 1; j < p; j++ {
		switch r.word(j, s.b) {
		case "in", "at", "from", "à", "en", "depuis":
			return false
		}
	}
	return true
}

// commonHeading reports whether tokens [p, q) are a heading written in
// capitals of two or more common words no place bears ("ANALYTICAL
// BRIEF", "KEY FIGURES", "SITUATION OVERVIEW") or words of a notice's
// heading (headings.tsv: « AVIS D'APPEL D'OFFRES », « AVIS DE VENTE »,
// the French words the English common list lacks); a dateline ("PORT
// HARCOURT, Nigeria") has a comma after it and is kept. "To", "for" and
// "and" may join the common words ("NOTICE TO PASSENGERS", "CALL FOR
// TENDERS"), where "of" may not ("BAY OF ISLANDS" is a place).
func (r *reader) commonHeading(p, q int, s *sentence) bool {
	if q-p < 2 || r.is(q, s.b, ",") {
		return false
	}
	for k := p; k < q; k++ {
		t := &r.toks[k]
		w, _ := elidedRest(t.lower) // « D'ENQUÊTE PUBLIQUE »: the word after the elided article
		if k > p && k < q-1 && t.upper && (t.lower == "to" || t.lower == "for" || t.lower == "and") {
			continue
		}
		if t.kind != tokWord || !t.upper || !isCommonWord(t.lower) && !anyHas(setHeadings, w) {
			return false
		}
	}
	return true
}

// bracketCredit reports whether the name [p, q) stands alone in brackets,
// perhaps with other credits after a slash, and names a news agency or a
// picture agency (agencies.txt, or credits.tsv, whose names are places'
// or codes elsewhere): "BRUXELLES (Belga) —", "the harbour in Kirkwall
// (PA)", « RABAT (MAP) — », "(PA/AFP)". It credits the report, and is no
// place ("PA" is no Panama).
func (r *reader) bracketCredit(p, q int) bool {
	n := len(r.toks)
	open := p - 1
	for open >= 0 && r.toks[open].lower == "/" || (open > 0 && r.toks[open].kind == tokWord && r.is(open-1, n, "/")) {
		open-- // "(AP/Reuters)": the credits before the slash
	}
	if !r.is(open, n, "(") {
		return false
	}
	close := q
	for close < n && (r.toks[close].lower == "/" || (r.toks[close].kind == tokWord && r.is(close-1, n, "/"))) {
		close++
	}
	if !r.is(close, n, ")") {
		return false
	}
	w := strings.ToLower(r.text[r.toks[p].start:r.toks[q-1].end])
	return isAgency(w) || anyHas(setCredits, w)
}

// capsHeadlineLead reports whether tokens [p, q), two words or more, open
// a headline written wholly in capitals (capsHeadline) and no dateline's
// comma, bracket or dash follows them: "FLOODS CUT OFF MOUNTAIN VILLAGES
// IN PERU". Every word of such a line is capitalised, so a run of them is
// the headline's words, not a name; the words after a preposition ("IN
// PERU") are read as ever, and so is a country before the colon of a
// report's title (reportTitleHeading).
func (r *reader) capsHeadlineLead(p, q int, s *sentence) bool {
	if p != s.first || q-p < 2 || q >= s.b {
		return false
	}
	if t := r.toks[q].lower; t == "," || t == "(" || isDash(t) {
		return false
	}
	if r.is(q, s.b, ":") && r.reportTitleHeading(p, q, s) {
		return false // "SOUTH SUDAN: JONGLEI STATE FLOODS": the country a report's title covers
	}
	return r.capsHeadline(s)
}

// capsHeadline reports whether sentence s is a line of four words or
// more that the input wrote wholly in capitals: a headline ("FLOODS CUT
// OFF MOUNTAIN VILLAGES IN PERU"). repairCase writes its known words in
// lower case, but a word it does not know ("CUT", "OFF") stays
// capitalised, so its runs of capitalised words say nothing of where a
// name starts, and no relation is read in it. A line with a number ("LOCATED
// 20 KM NORTH OF GAO") is a report's, written in capitals, and is read.
func (r *reader) capsHeadline(s *sentence) bool {
	if !s.caps {
		return false
	}
	words := 0
	for k := s.a; k < s.b; k++ {
		switch r.toks[k].kind {
		case tokWord:
			words++
		case tokNum:
			return false // "LOCATED 20 KM NORTH OF GAO": a line of a report in capitals, read as ever
		}
	}
	return words >= 4
}

// markCaps marks the sentences that the input doc, of which m maps the
// offsets, wrote wholly in capitals: letters, none lower-case.
func (r *reader) markCaps(doc string, m *offsetMap) {
	for i := range r.sents {
		sp := m.span(r.sents[i].span)
		if sp.Start < 0 || sp.End > len(doc) || sp.Start >= sp.End {
			continue
		}
		upper := false
		lower := false
		for _, c := range doc[sp.Start:sp.End] {
			if unicode.IsLower(c) {
				lower = true
				break
			}
			if unicode.IsUpper(c) {
				upper = true
			}
		}
		r.sents[i].caps = upper && !lower
	}
}

// inLanguageBracket reports whether the name at p stands inside a bracket
// that gives names in other languages or scripts: "(Arabic: ...)", "(en
// bambara : ...)", "(French pronunciation: ...; Bambara: ...)". Such names
// are spellings of the place before the bracket, not other places.
func (r *reader) inLanguageBracket(p int, s *sentence) bool {
	open := -1
	for k := p - 1; k >= s.a && k > p-maxLook; k-- {
		switch r.toks[k].lower {
		case ")", "]":
			return false
		case "(", "[":
			open = k
		}
		if open >= 0 {
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := open + 1; k < p && k < open+6; k++ {
		w := r.toks[k].lower
		if w == ":" || w == ";" {
			continue
		}
		if isPeople(w) || w == "pronunciation" || w == "prononciation" || w == "romanized" || w == "romanised" ||
			(r.toks[k].cap && isDemonym(w)) || (!r.toks[k].cap && isDemonym(w) && r.is(k-1, s.b, "en")) {
			return true
		}
	}
	return false
}

// glossBefore reports whether the name at p is a translation of another
// name: after "lit.", "literally", "meaning" or "i.e.", perhaps in quotes.
func (r *reader) glossBefore(p int, s *sentence) bool {
	k := p - 1
	// Inside quotes, go back to the opening quote: "lit. "Hill of Ash"".
	for n := 0; n < 6 && k > s.a && r.toks[k].kind == tokWord; n++ {
		k--
	}
	if k < s.a || r.toks[k].kind != tokPunct {
		k = p - 1
	}
	for n := 0; n < 3 && k >= s.a && r.toks[k].kind == tokPunct; n++ {
		switch r.toks[k].lower {
		case "\"", "“", "'", "‘", "«", ".", ":", ",":
			k--
			continue
		}
		break
	}
	switch r.lowerWord(k, s.b) {
	case "lit", "literally", "meaning", "means", "signifying", "translated", "trans", "littéralement", "signifiant":
		return k >= s.a
	}
	return false
}

// afterRelation reports whether token q follows a direction or a unit and
// "of" or "from" ("20 km west of Prince Albert"): a title word there starts
// a place's name, not a person's.
func (r *reader) afterRelation(q int, s *sentence) bool {
	if w := r.lowerWord(q-1, s.b); w != "of" && w != "from" {
		return false
	}
	prev := r.lowerWord(q-2, s.b)
	return q-2 >= s.a && (isCompassWord(prev) || isUnitWord(prev))
}

// splitCompassAt reports whether the name at tokens [p, q) is a compass
// direction written as two capitalised words ("North West", "South East")
// that a distance gives before "of": after a unit ("35 km North West of
// X") or after "to the" that follows one ("35 km to the North West of X").
// "the North West of England", with no distance, stays a name.
func (r *reader) splitCompassAt(p, q int, s *sentence) bool {
	if q-p != 2 || !isCompassWord(r.toks[p].lower) || !isCompassWord(r.toks[q-1].lower) || !r.is(q, s.b, "of") {
		return false
	}
	if _, ok := compassWordLetters(r.toks[p].lower + "-" + r.toks[q-1].lower); !ok {
		return false
	}
	k := p - 1
	if r.is(k, s.b, "the") && r.is(k-1, s.b, "to") {
		k -= 2
	}
	if r.is(k, s.b, ".") {
		k--
	}
	return k >= s.a && r.toks[k].kind == tokWord && isUnitWord(r.toks[k].lower)
}

// postalStateAt reports whether the upper-case word at p is the postal
// code of a state of the United States (postalstates.tsv) or the code of
// a state of Australia (statecodes.tsv) right after a capitalised name
// and a comma, closing its clause: "10 km N of Ridgecrest, CA", "Paris,
// TX, on Friday", "near Broken Hill, NSW, last week", or before a word
// in lower case that goes on the clause ("Ridgecrest, CA is 20 km from
// Trona", "25 mi NE of Flagstaff, AZ off 89").
func (r *reader) postalStateAt(p int, s *sentence) bool {
	if w := r.toks[p].lower; !anyHas(setPostalStates, w) && !anyHas(setStateCodes, w) || p-2 < s.a || !r.is(p-1, s.b, ",") || !r.toks[p-2].cap || r.toks[p-2].upper {
		return false
	}
	return p+1 >= s.b || r.toks[p+1].kind == tokPunct || r.lowerWord(p+1, s.b) != ""
}

// goneTo reports whether token q follows "to" after a verb of a journey
// (the go words of lexicon/en/travel.tsv): "the garrison withdrew to
// Prince Albert", "the column marched to Prince George". A title word
// there starts a town's name; one goes to a person only in other words
// ("surrendered to General Grant").
func (r *reader) goneTo(q int, s *sentence) bool {
	return q-2 >= s.a && r.is(q-1, s.b, "to") && r.toks[q-2].kind == tokWord && langs().en.travel.goes[r.toks[q-2].lower]
}

// alertScaleName reports whether the name at tokens [p, q) is an alert
// scale of a hazard bulletin (scales.tsv: "Alert Level", "Aviation Colour
// Code"; "Level" only before a number), or a colour of scalevalues.tsv
// after "at", "to" or "from" in a sentence that names such a scale before
// it ("The Aviation Colour Code remains at Orange", "raised from Yellow to
// Orange"): neither is a place.
func (r *reader) alertScaleName(p, q int, s *sentence) bool {
	if r.scaleAt(p, q) {
		return true
	}
	if q != p+1 || !anyHas(setScaleValues, r.toks[p].lower) {
		return false
	}
	switch r.lowerWord(p-1, s.b) {
	case "at", "to", "from":
	default:
		return false
	}
	for i := s.a; i < p-1; i++ {
		for j := i + 1; j <= i+3 && j < p-1; j++ {
			if r.scaleAt(i, j) {
				return true
			}
		}
	}
	return false
}

// scaleAt reports whether tokens [i, j) are capitalised words that write
// an alert scale of scales.tsv; "Level" alone only before a number.
func (r *reader) scaleAt(i, j int) bool {
	if j <= i || !scaleLastWords()[r.toks[j-1].lower] {
		return false // most runs end in no scale's last word: no string is built
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		t := &r.toks[k]
		if t.kind != tokWord || !t.cap {
			return false
		}
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(t.lower)
	}
	w := b.String()
	if w == "level" {
		return j < len(r.toks) && r.toks[j].kind == tokNum
	}
	return anyHas(setScales, w)
}

// scaleLastWords holds the last word of every row of scales.tsv ("level",
// "code"), read once.
var scaleLastWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for w := range langs().sets[setScales] {
		out[w[strings.LastIndexByte(w, ' ')+1:]] = true
	}
	return out
})

// titleTown reports whether the one title word at p, ending at q, is a
// town's name: after the "of" or "from" of a distance (afterRelation), or
// after a preposition of place (prepositions.tsv flagged intro) or the
// "as" of "as far away as", with a comma and a capitalised name closing
// the clause after it, as a town's state or country is written ("felt as
// far away as Bishop, California", "in Sultan, Washington"). A person's
// title is followed by the person's name, not by a comma.
func (r *reader) titleTown(p, q int, s *sentence) bool {
	if q != p+1 {
		return false
	}
	if r.afterRelation(p, s) {
		return true
	}
	if w := r.lowerWord(p-1, s.b); p-1 < s.a || !langs().en.preps[w].intro && w != "as" {
		return false
	}
	if !r.is(q, s.b, ",") || q+1 >= s.b || r.toks[q+1].kind != tokWord || !r.toks[q+1].cap {
		return false
	}
	e := q + 2
	for e < s.b && r.toks[e].kind == tokWord && r.toks[e].cap {
		e++ // "New Mexico"
	}
	return e >= s.b || r.toks[e].kind == tokPunct || r.lowerWord(e, s.b) == "and"
}

// inPlaceList reports whether token q opens a later item of a list of
// capitalised names after a preposition of place: "felt in Digos,
// General Santos and Kidapawan", "in Ituzaingó and Presidente Franco". A
// title word there starts a town's name, not a person's.
func (r *reader) inPlaceList(q int, s *sentence) bool {
	k := q - 1
	if k <= s.a || !(r.toks[k].lower == "," || r.toks[k].lower == "and" || r.toks[k].lower == "or" || r.toks[k].lower == "et") {
		return false
	}
	for n := 0; n < 8; n++ {
		k--
		if k < s.a || !r.toks[k].cap || r.toks[k].kind != tokWord {
			return false
		}
		for k > s.a && r.toks[k-1].cap && r.toks[k-1].kind == tokWord {
			k-- // "Coyuca de Benítez" stays one item; so does "San Pedro"
		}
		switch w := r.lowerWord(k-1, s.b); {
		case w == "in" || w == "at" || w == "near" || w == "à" || w == "de" || w == "of":
			return k-1 >= s.a && !isTitleWord(r.toks[k].lower)
		case w == ",":
			k--
		default:
			return false
		}
	}
	return false
}

// listMemberAfterName reports whether the single word at p, which ends
// like a demonym only by a rule of lexicon/en/demonyms.tsv that no list
// names as one ("Ghoryan", "Abovyan", "Gharyan"), follows a list's
// conjunction or comma after a capitalised word that is no demonym, and
// closes its name: nothing or punctuation, a conjunction, a preposition or
// a noun of places follows it ("teams went to Zinda Jan and Ghoryan
// districts", "Herat, Farah and Ghoryan"). A list of names of places goes
// on with one; "Kenya and Ugandan troops" does not, for "troops" follows.
func (r *reader) listMemberAfterName(p int, s *sentence) bool {
	w := r.toks[p].lower
	if p-2 < s.a || isListedDemonym(w) || lex().demonyms.has(w) {
		return false
	}
	if c := r.toks[p-1].lower; c != "," && !isListConjunction(c) {
		return false
	}
	prev := r.toks[p-2]
	if prev.kind != tokWord || !prev.cap || isDemonym(prev.lower) {
		return false
	}
	if p+1 >= s.b {
		return true
	}
	next := r.toks[p+1]
	return next.kind != tokWord || next.cap || isListConjunction(next.lower) || isPreposition(next.lower) || isPlacesNoun(next.lower)
}

// afterOf reports whether the word at p follows "of", "from", "near", «
// de », or an elided « d' » glued to it (« près d'Enghien »), or another
// word that introduces places (a prepositions.tsv row flagged intro:
// "to", "through", "par") with no lower-case noun after it: a place, even
// when its name ends like a demonym ("north of Dalian", "commute to
// Duncan"), unless the lexicon lists it as one.
func (r *reader) afterOf(p int, s *sentence) bool {
	rest, art := elidedRest(r.toks[p].lower)
	if lex().demonyms.has(r.toks[p].lower) || lex().demonyms.has(rest) {
		return false
	}
	if art == 'd' {
		return true // « près d'Enghien », « la route d'Enghien »: as after « de »
	}
	w := r.lowerWord(p-1, s.b)
	switch w {
	case "of", "from", "near", "in", "at", "de", "à":
		return p-1 >= s.a
	}
	// "the provincial capital Popayan", "the town Gharyan": after a kind
	// of place in lower case, a name that closes there (no noun after it,
	// as in "the capital Kenyan police") is the place of that kind, though
	// it ends like a demonym.
	if r.kindBeforeName(p, s) {
		return !(p+1 < s.b && r.toks[p+1].kind == tokWord && !r.toks[p+1].cap && !isListConjunction(r.toks[p+1].lower))
	}
	// "commute to Duncan, Langford and ...", « passent par Gharyan »: after
	// a word that introduces places, a name that closes there (no noun
	// after it, as in "to Lutheran churches") is one.
	return p-1 >= s.a && isPlaceIntro(w) && !(p+1 < s.b && r.toks[p+1].kind == tokWord && !r.toks[p+1].cap && !isListConjunction(r.toks[p+1].lower))
}

// kindBeforeName reports whether the name at p follows "the", at most two
// lower-case words and a kind of place in lower case (descriptors.tsv):
// "the capital Popayan", "the provincial capital Popayan", "the state
// capital Gharyan".
func (r *reader) kindBeforeName(p int, s *sentence) bool {
	if p-2 < s.a || r.toks[p-1].kind != tokWord || r.toks[p-1].cap || !isDescriptorNoun(r.toks[p-1].lower) {
		return false
	}
	for k := p - 2; k >= s.a && k >= p-4; k-- {
		if r.is(k, s.b, "the") {
			return true
		}
		if r.toks[k].kind != tokWord || r.toks[k].cap {
			return false
		}
	}
	return false
}

// countryAfterEn reports whether the capitalised word at p, ending at q,
// follows the French "en" and closes its clause: "à 50 km de Córdoba, en
// Argentine." French names the country as English calls its people, and
// "en" before a name closing a clause takes a country or a region, never
// an adjective (French writes adjectives of nationality in lower case).
func (r *reader) countryAfterEn(p, q int, s *sentence) bool {
	if p-1 < s.a || !r.is(p-1, s.b, "en") || !r.toks[p].cap {
		return false
	}
	if q >= s.b {
		return true
	}
	switch r.toks[q].lower {
	case ".", ",", ";", ":", ")", "!", "?":
		return true
	case "en", "vers", "dès", "depuis", "de", "jusqu'en":
		// « émigra en Argentine en 1857 », « s'établit en Louisiane vers
		// 1765 »: a year closes the clause as a stop does.
		return q+1 < s.b && r.toks[q+1].kind == tokNum
	}
	return false
}

// regionAfterEn reports whether the name at tokens [p, q) follows the
// French "en" and closes its clause (countryAfterEn), and is no French
// word that is also part of names or a size (« en Haut », nameparts.tsv,
// sizes.tsv): « 9 cas de maladie de Lyme en Estrie. », « une épidémie
// sévit en Casamance, ». "en" before such a name takes a country or a
// region, whatever name came before it.
func (r *reader) regionAfterEn(p, q int, s *sentence) bool {
	if !r.countryAfterEn(p, q, s) {
		return false
	}
	w := r.toks[p].lower
	return q-p > 1 || !anyHas(setNameParts, w) && !anyHas(setSizeWords, w) && !isStopCap(w)
}

// landmarkOfTitle reports whether the title word at p names a landmark
// after its kind and « du » (« le banc du Prince », « l'îlot du Roi »,
// « le rocher du Moine »): a kind whose name is its own (descriptors.tsv
// flag own), so the title is the name, not a person's.
func (r *reader) landmarkOfTitle(p int, s *sentence) bool {
	if p-2 < s.a || !r.is(p-1, s.b, "du") {
		return false
	}
	w, art := elidedRest(r.lowerWord(p-2, s.b))
	return (art == 0 || art == 'l') && w != "" && lex().fr[w].own && !isAdminFeature(frenchFeature(w))
}

// seaBank reports whether the organisation word at k is the "Bank" that
// ends the name p..q of a bank of the sea, a shoal that fisheries closures
// and rescue reports place by a distance after a comma ("Tillies Bank, 12
// nautical miles east of Gloucester", "engine failure on Vleesbaai Bank,
// 8 nautical miles south-west of Mossel Bay"): a bank that lends money is
// not placed so.
func (r *reader) seaBank(k, p, q int, s *sentence) bool {
	if k != q-1 || k == p || (r.toks[k].lower != "bank" && r.toks[k].lower != "banks") {
		return false
	}
	return r.is(q, s.b, ",") && r.placedByDistance(p, q, s)
}

// placedByDistance reports whether the single word at p, ending at q, is
// placed by a distance right after it, alone or after a comma or a verb
// of place (verbs.tsv): "Troops cleared Tabucan, 18 km north of Iloilo",
// "Moroyan lies about 20 km south of Cotabato", "Dangkrapan, à 15 km au
// nord de". An adjective of nationality is never what a distance places,
// so a name that only ends like one ("-can", "-ian") is a place there,
// unless the lexicon lists it as a demonym, as in afterOf.
func (r *reader) placedByDistance(p, q int, s *sentence) bool {
	if lex().demonyms.has(r.toks[p].lower) {
		return false
	}
	k := q
	if r.is(k, s.b, ",") || isCopula(r.lowerWord(k, s.b)) {
		k++
	}
	if r.is(k, s.b, "à") {
		k++ // "Dangkrapan, à 15 km"
	}
	qt, ok := r.parseQuantity(k, s.b)
	return ok && qt.unit != ""
}

// kindModifier reports whether the single capitalised word at p, between an
// indefinite article and a descriptor noun, says what kind of place the
// descriptor is ("a Quechua farming community", "an Aymara village"): it
// names a people or style, not a place. After "the" the word names the
// place ("the Tilemsi valley").
func (r *reader) kindModifier(p, q int, s *sentence) bool {
	k := p - 1
	for n := 0; n < 3 && isPlainAdjective(r.lowerWord(k, s.b)); n++ {
		k--
	}
	switch r.lowerWord(k, s.b) {
	case "a", "an", "un", "une":
	default:
		return false
	}
	j := q
	for n := 0; n < 3 && (isPlainAdjective(r.lowerWord(j, s.b)) || isCompoundModifier(r.lowerWord(j, s.b))); n++ {
		j++
	}
	if isDescriptorNoun(r.lowerWord(j, s.b)) {
		return true
	}
	if _, _, ok := phraseAt(r, lex().kindsAfter, j, s.b, true); ok {
		return true // "a Shang burial mound", "an Iron Age hillfort"
	}
	// "a Moche platform mound", "a Nabataean courtyard house": one
	// lower-case noun that qualifies the descriptor noun after it.
	return r.nounQualifierAt(j, s.b) && isDescriptorNoun(r.lowerWord(j+1, s.b))
}

// nounQualifierAt reports whether token j is a lower-case word that may
// qualify a noun after it: no article, preposition, copula, conjunction or
// finite verb ("platform" in "a Moche platform mound").
func (r *reader) nounQualifierAt(j, b int) bool {
	if j >= b || r.toks[j].kind != tokWord || r.toks[j].cap {
		return false
	}
	w := r.toks[j].lower
	switch w {
	case "and", "or", "the", "a", "an", "of", "that", "which", "who":
		return false
	}
	return len(w) > 2 && !isPreposition(w) && !isPlaceIntro(w) && !isCopula(w) && !isFiniteVerb(w) && !isRelativeWord(w)
}

// isLabel reports whether [p, q) is the label of an infobox line or of a
// parenthesis: "- Place: ...", "(Arabic: ...)".
func (r *reader) isLabel(s *sentence, p, q int) bool {
	k := q
	for k < s.b && k < q+2 && r.toks[k].kind == tokNum {
		k++ // "Combatant 1:"
	}
	if !r.is(k, s.b, ":") {
		return false
	}
	if k == q && (r.entryName(s, p, q) || r.leadDateline(p, q, s) || r.reportHeading(p, q, s) || r.headingPlace(p, q, s) || r.capsHeading(p, q, s) || r.capsReportTitle(p, q, s) || r.reportTitleHeading(p, q, s) || r.bulletinArea(p, q, s)) {
		// "Kouréga: village, 60 km SE of Niamey", "Udaipur: A leopard",
		// « Liban – Bekaa : mise à jour »
		return false
	}
	return p == s.first || r.is(p-1, s.b, "(") || r.is(p-1, s.b, "[")
}

// entryBodyAt reports whether the words at token k, after the colon of a
// line that opens with a name, read as a gazetteer entry or a headline
// about that name: a kind of place ("Kouréga: village, 60 km SE of
// Niamey"), a distance ("ANKOBRA JUNCTION: 30 KM WEST OF TAKORADI"), a
// participle of place ("TALATAYE: LOCATED 20 KM NORTH OF MENAKA", "X :
// situé à 20 km"), or "à" and a distance ("X : à 12 km de Y"). The name
// before the colon is then the subject, not a label.
func (r *reader) entryBodyAt(k, b int) bool {
	if k >= b {
		return false
	}
	if r.toks[k].kind == tokNum {
		return isUnitWord(r.lowerWord(k+1, b))
	}
	w := r.lowerWord(k, b)
	switch {
	case w == "a" || w == "an" || w == "un" || w == "une":
		w = r.lowerWord(k+1, b)
		return isDescriptorNoun(w) || isPlainAdjective(w)
	case w == "à" || w == "about" || w == "some" || w == "environ":
		return k+1 < b && r.toks[k+1].kind == tokNum
	}
	return isDescriptorNoun(w) || isParticipleLead(w) || isFrenchLocative(w)
}

// entryName reports whether [p, q) is the name before the colon of a
// gazetteer entry or headline line (entryBodyAt).
func (r *reader) entryName(s *sentence, p, q int) bool {
	if q-p == 1 {
		// "Location: 20 km north of Gao", "Distance: 12 km": a label.
		// « Inondations : un village isolé dans le Gard »: what happened.
		// « Localisation : à 12 km au nord-est de Gao »: a field's label.
		if _, ok := r.lowerSeen[r.toks[p].lower]; ok || isCommonWord(r.toks[p].lower) || anyHas(setFieldLabels, r.toks[p].lower) || r.eventLabel(r.toks[p].lower, q, s) {
			return false
		}
	}
	return p == s.first && (r.is(q, s.b, ":") && r.entryBodyAt(q+1, s.b) || r.headwordEntry(s, p, q))
}

// divisionHeading reports whether the division m, before a colon, heads
// a report rather than an entry about it: the words at token k after the
// colon open with "a" or "an", perhaps adjectives, and a kind of place
// that is no division, which the division cannot be ("Mwanza Region: a
// new dispensary in Igogwe village, ... lies 18 km south-west of
// Misungwi"). The clause after the colon has its own subject.
func (r *reader) divisionHeading(m, k, b int) bool {
	if !isAdminFeature(r.feature(m)) || !r.is(k, b, "a") && !r.is(k, b, "an") {
		return false
	}
	k++
	for n := 0; n < 2 && isPlainAdjective(r.lowerWord(k, b)); n++ {
		k++
	}
	w := r.lowerWord(k, b)
	return isDescriptorNoun(w) && !isAdminFeature(w)
}

// headwordEntry reports whether the name at tokens [p, q), in capitals at
// the start of its sentence, is the headword of a gazetteer's entry: a
// comma and a kind of place follow, in English after "a" or "an" and at
// most two modifiers, perhaps abbreviated ("KNOCKBRAE, a hamlet in the
// par. of Kirkmahoe", "DRUMLAGHAN, a vil. in"), in French at once («
// MONTBRIAND, hameau de la comm. de Naveil »).
func (r *reader) headwordEntry(s *sentence, p, q int) bool {
	if !isUpperWord(r.text[r.toks[p].start:r.toks[q-1].end]) || !r.is(q, s.b, ",") {
		return false
	}
	k := q + 1
	if frenchFeature(r.lowerWord(k, s.b)) != "" {
		return true
	}
	if !r.is(k, s.b, "a") && !r.is(k, s.b, "an") {
		return false
	}
	for n := 0; n < 3; n++ {
		k++
		w := r.lowerWord(k, s.b)
		if w == "" {
			return false
		}
		if isDescriptorNoun(w) || len(w) <= 4 && r.is(k+1, s.b, ".") && r.toks[k+1].start == r.toks[k].end {
			return true
		}
	}
	return false
}

// roleApposition reports whether the name ending before token q is a
// person's, named by the role an apposition gives after it ("Sandra
// Wells, our programme editor,"): "Oleksandr
// Syrskyi, Ukraine's commander-in-chief,", "Sandra Luz Valdovinos, the
// state's top prosecutor", "Aisha Bello, the state Commissioner for
// Health". The role word (isRoleNoun, isTitleWord) ends the apposition or
// comes before "of", "for" or "at", past at most three modifiers: "Dori,
// the chief town of the Séno" is no person, for "chief" qualifies "town".
// A role alone in brackets names a party too: "Emmanuel Choji Bot
// (Defendant)".
func (r *reader) roleApposition(q, b int) bool {
	if r.is(q, b, "(") && q+1 < b && r.toks[q+1].kind == tokWord && isRoleNoun(r.toks[q+1].lower) && r.is(q+2, b, ")") {
		return true // "between Danladi Gyang Pam (Claimant) and …": a party's role in brackets
	}
	if !r.is(q, b, ",") {
		return false
	}
	k := q + 1
	switch {
	case r.is(k, b, "the") || r.is(k, b, "a") || r.is(k, b, "an") || r.is(k, b, "its") || r.is(k, b, "his") || r.is(k, b, "her") || r.is(k, b, "our") || r.is(k, b, "their"):
		k++
	case k+1 < b && r.toks[k].kind == tokWord && r.toks[k].cap && r.toks[k+1].kind == tokPoss:
		k += 2 // "Ukraine's commander-in-chief"
	default:
		return false
	}
	for n := 0; n < 4 && k < b; n, k = n+1, k+1 {
		t := &r.toks[k]
		if t.kind == tokPoss {
			continue // "the state's top prosecutor"
		}
		if t.kind != tokWord || isPreposition(t.lower) || t.lower == "the" || t.lower == "and" {
			return false
		}
		if isRoleNoun(t.lower) || isTitleWord(t.lower) {
			if k+1 >= b || r.toks[k+1].kind == tokPunct {
				return true
			}
			w := r.word(k+1, b)
			return w == "of" || w == "for" || w == "at"
		}
	}
	return false
}

// speakerAfter reports whether a speech verb follows the name ending before
// token q, directly or after a comma ("Florence Parly, announced").
//
// "in Tixtla, said Sandra Luz Valdovinos" names the speaker after the verb,
// and says nothing of Tixtla.
func (r *reader) speakerAfter(q, b int) bool {
	if r.is(q, b, ",") {
		q++
		if q+1 < b && r.toks[q+1].kind == tokWord && r.toks[q+1].cap {
			return false
		}
	}
	if r.is(q+1, b, "(") || isCopula(r.lowerWord(q+1, b)) && r.lowerWord(q+1, b) != "has" && r.lowerWord(q+1, b) != "had" ||
		r.is(q+1, b, ",") && q+2 < b && (r.toks[q+2].kind == tokNum || isFiller(r.lowerWord(q+2, b))) {
		// "The Pinyon Ridge claims (212 lode claims) are located 38
		// miles north of X", "the Tinabaw claims, 30 km north of Gao":
		// a verb of speech before a copula or a distance is the
		// name's noun, and no speaker says anything.
		return false
	}
	if c, k, ok := phraseAt(r, langs().fr.impacts, q, b, true); ok && c == "report" && r.countAt(k, b) {
		return false // « Ménaka signale 300 ménages déplacés »: a count, no speech
	}
	return isSpeechVerb(r.lowerWord(q, b))
}

// personalSpeech reports whether the verb of speech after the name that
// ends before token q (speakerAfter) is followed by a personal pronoun's
// possessive or reflexive, "his", "her", "himself", "herself": "Wellington
// wrote his despatch", "Napier told his officers". A capital speaking for
// its government has no his or her, so the name is a person's.
func (r *reader) personalSpeech(q, b int) bool {
	if r.is(q, b, ",") {
		q++
	}
	switch r.lowerWord(q+1, b) {
	case "his", "her", "himself", "herself":
		return true
	}
	return false
}

// lifeAfter reports whether the name that ends before token q is the
// subject of a verb of a person's life (a row of a lifeverbs.tsv, one or
// two words): "Michael Doyle (1842–1919) was born in X", "Jack Riley grew
// up on X", « Marie Chabrol naquit au hameau de X », « Léopold Diouf est
// né à X ». The years of a life in brackets and one auxiliary ("was",
// "had", « est », « a ») may stand between; a place does none of these
// things, so the name is a person's. A passive with its agent ("Gao was
// attended by thousands", « X fut baptisé par ») is no such verb.
func (r *reader) lifeAfter(q, b int) bool {
	k := r.skipParen(q, b)
	if lifeAuxiliary(r.lowerWord(k, b)) {
		k++
	}
	w := r.lowerWord(k, b)
	if w == "" {
		return false
	}
	if next := r.lowerWord(k+1, b); next == "by" || next == "par" {
		// "The fair at Gao was attended by thousands": a passive with
		// its agent says nothing of the name's life.
		return false
	}
	if anyHas(setLifeVerbs, w) {
		return true
	}
	if !anyHas(setLifeVerbs, w+" "+r.lowerWord(k+1, b)) {
		return false
	}
	switch r.lowerWord(k+2, b) {
	case "around", "round", "along", "alongside", "beside":
		return false // "Derrylea Cross grew up around a forge": a settlement's growth
	}
	return true
}

// lifeApposition reports whether the name from token p to q, opening its
// sentence or a clause after punctuation, is set off by a comma before a
// verb of a person's life (lifeverbs.tsv) or a word of kinship or origin
// (kinnouns.tsv): « Victor Chabert, né le 9 novembre 1824 au hameau de la
// Rivoire », "Patrick Ennis, born 1843 at X", « Marie Comeau, veuve
// d'Isaac Thibodeau », « Les Jaquet, originaires du hameau de X ». A place
// is born to no one, widowed by no one, and comes from nowhere; the name
// is a person's or a family's, and the place follows.
func (r *reader) lifeApposition(p, q int, s *sentence) bool {
	if p > s.a && r.toks[p-1].kind != tokPunct {
		return false
	}
	k := r.skipParen(q, s.b)
	if !r.is(k, s.b, ",") {
		return false
	}
	w := r.lowerWord(k+1, s.b)
	return w != "" && (anyHas(setLifeVerbs, w) || anyHas(setKinNouns, w))
}

// firmPointAt reports whether the token at j is the point of a firm's
// abbreviated legal form ("Co.", "Inc.", "Ltd.", "Corp.", "Bros.") that
// ends a name, written without a space, and a lower-case kind of place
// follows it (isDescriptorNoun, or one noun before a comma): "the Bayne Pallet Co. yard, 8 miles
// south of X", "the Acme Bros. quarry". The point ends no sentence there,
// and the name runs over it to its kind, as "the Bayne Pallet yard" does.
func (r *reader) firmPointAt(j int, s *sentence) bool {
	if j+1 >= s.b || j-1 < s.a || !r.is(j, s.b, ".") || r.toks[j].start != r.toks[j-1].end || !r.toks[j-1].cap {
		return false
	}
	switch r.toks[j-1].lower {
	case "co", "inc", "ltd", "corp", "bros":
	default:
		return false
	}
	t := &r.toks[j+1]
	if t.kind != tokWord || t.cap {
		return false
	}
	// A kind of the lexicon, or one lower-case noun before the comma that
	// sets off the phrase placing it ("Co. yard, about 8 miles south").
	return isDescriptorNoun(t.lower) || r.is(j+2, s.b, ",") && !isPreposition(t.lower) && !isSpeechVerb(t.lower) && !isCopula(t.lower)
}

// denominationAt reports whether the name [p, q) is a church body: its
// last word "Church" or "Churches", every word before it a word of
// denominations.tsv or a demonym ("the Ethiopian Orthodox Church", "the
// Moravian Church", "the Roman Catholic Church"). A body is no building
// and no place; "St Mary's Church" and "Christ Church" stay places.
func (r *reader) denominationAt(p, q int) bool {
	if q-p < 2 {
		return false
	}
	switch r.toks[q-1].lower {
	case "church", "churches":
	default:
		return false
	}
	for k := p; k < q-1; k++ {
		w := r.toks[k].lower
		if r.toks[k].kind != tokWord || !langs().en.has(setDenominations, w) && !isDemonym(w) {
			return false
		}
	}
	return true
}

// orgApposition reports whether the name from token p to q is set off by
// a comma before a description of an organisation: "Funai, Brazil's
// indigenous affairs agency,", "Sonatrach, the state oil company", «
// Funai, l'agence brésilienne des affaires indigènes ». The description
// opens with an article, a possessive determiner or a name's possessive,
// and its head noun, the last of up to six lower-case words in English
// (before a comma, a bracket, a full stop or a word of orgHeadEnds), the
// first after the article in French, is a row of an orgnouns.tsv. A name
// after a preposition of place ("In X, the ministry …") is never one.
func (r *reader) orgApposition(p, q int, s *sentence) bool {
	k := r.skipParen(q, s.b)
	if !r.is(k, s.b, ",") || k+1 >= s.b {
		return false
	}
	switch r.word(p-1, s.b) {
	case "in", "at", "near", "à", "au", "en", "dans":
		// « À Brazzaville, le ministère des Mines a salué … », "In
		// Beijing, the foreign ministry said": a fronted place, then the
		// clause's subject.
		return false
	}
	k++
	t := &r.toks[k]
	if n := elidedLen(t.lower); n > 0 && !t.cap {
		return anyHas(setOrgNouns, t.lower[n:]) // « l'agence brésilienne »
	}
	switch w := t.lower; {
	case !t.cap && (w == "la" || w == "le" || w == "une" || w == "un"):
		return anyHas(setOrgNouns, r.lowerWord(k+1, s.b)) // « la compagnie nationale »
	case !t.cap && (w == "the" || w == "a" || w == "an" || isPossessiveDeterminer(w)):
		k++
	case t.cap && t.kind == tokWord && k+1 < s.b && r.toks[k+1].kind == tokPoss:
		k += 2 // "Brazil's indigenous affairs agency"
	default:
		return false
	}
	head := ""
	for n := 0; k < s.b && n < 6; k, n = k+1, n+1 {
		w := r.lowerWord(k, s.b)
		if w == "" || orgHeadEnds[w] {
			break
		}
		if k+1 < s.b && r.toks[k+1].kind == tokPoss {
			// "Melbourne, the firm's director said": the word before a
			// possessive owns the head, and is none itself.
			k++
			head = ""
			continue
		}
		head = w
	}
	return head != "" && anyHas(setOrgNouns, head) && !isDescriptorNoun(head)
}

// orgHeadEnds are the words after which an English description's head
// noun has come: "the federal agency for indigenous peoples".
var orgHeadEnds = map[string]bool{"of": true, "for": true, "in": true, "that": true, "which": true, "with": true, "based": true, "and": true}

// emigrationBefore reports whether the name at token p follows a verb of
// emigration (a row of an emigration.tsv) and its preposition, "to" or
// « à », « en », « au », « aux », « vers », or "from" or « de », « du »,
// « des » for where the emigrant left, perhaps with an article, and
// with at most four lower-case words between verb and preposition;
// "for" and « pour » name where a ship or a traveller was bound ("sailed
// for Pictou", « partit pour le Wisconsin »):
// "emigrated to New York", "emigrated with his family to Chicago",
// « émigra au Canada », « émigra à l'île Maurice » (the elided article is
// part of the name's token).
func (r *reader) emigrationBefore(p int, s *sentence) bool {
	k := p - 1
	if w := r.lowerWord(k, s.b); w == "the" || w == "la" || w == "le" || w == "les" {
		k--
	}
	switch r.lowerWord(k, s.b) {
	case "to", "for", "à", "en", "au", "aux", "vers", "pour":
	case "from", "de", "du", "des":
		// "emigrated from Eidsvoll to Decorah", « émigra de Vevey au
		// Brésil »: where the emigrant left lies as far from the rest.
	default:
		return false
	}
	for n := 0; n < 5; n++ {
		k--
		if k < s.a {
			return false
		}
		if r.toks[k].kind == tokNum {
			continue // "emigrated in 1846 to Texas", « émigrèrent en 1819 au Brésil »
		}
		if j := r.shipBack(k, s); j < k {
			k = j // "sailed aboard the Limerick to New York": the ship is stepped over
			continue
		}
		if j := r.leftFromBack(k, s); j < k {
			k = j // « partit de Brest pour Montréal »: where the emigrant left is stepped over
			continue
		}
		if r.toks[k].kind != tokWord || r.toks[k].cap {
			return false
		}
		if anyHas(setEmigration, r.toks[k].lower) {
			return true
		}
	}
	return false
}

// flightBefore reports whether the name at token p follows a verb of
// flying (a row of a flights.tsv, perhaps after a reflexive « s' ») and its preposition, "to", "for" or
// "from", or « pour », « vers », « à », « de » or « depuis », perhaps
// with an article, and with at most three lower-case words, numbers, weekdays or months
// between verb and preposition: "flew to Paris", "flew back on Monday to
// London", « s'est envolé pour Paris » (the elided « s' » is read off).
func (r *reader) flightBefore(p int, s *sentence) bool {
	k := p - 1
	if w := r.lowerWord(k, s.b); w == "the" || w == "la" || w == "le" || w == "les" {
		k--
	}
	switch r.lowerWord(k, s.b) {
	case "to", "for", "from", "pour", "vers", "à", "de", "depuis":
	default:
		return false
	}
	for n := 0; n < 4; n++ {
		k--
		if k < s.a {
			return false
		}
		if r.toks[k].kind == tokNum || r.toks[k].kind == tokWord && (anyHas(setWeekdays, r.toks[k].lower) || isMonth(r.toks[k].lower)) {
			continue // "flew back on Monday to London", « s'envola en 1998 pour Paris »
		}
		if r.toks[k].kind != tokWord || r.toks[k].cap {
			return false
		}
		w := r.toks[k].lower
		if rest, ok := strings.CutPrefix(w, "s'"); ok {
			w = rest // « s'envola »
		} else if rest, ok := strings.CutPrefix(w, "s’"); ok {
			w = rest
		}
		if anyHas(setFlights, w) {
			return true
		}
	}
	return false
}

// leftFromBack returns the token of "from", « de », « du » or « des »
// before the run of capitalised words ending at token k ("from
// Eidsvoll", « de Brest »), or k when no such word opens the run.
func (r *reader) leftFromBack(k int, s *sentence) int {
	j := k
	for j >= s.a && r.toks[j].kind == tokWord && r.toks[j].cap {
		j--
	}
	if j == k || j < s.a {
		return k
	}
	switch r.lowerWord(j, s.b) {
	case "from", "de", "du", "des":
		return j
	}
	return k
}

// shipBack returns the token of the word of ships.tsv that opens the
// ship's name ending at token k ("aboard the Limerick", "the steamer City
// of Paris", « le paquebot La Bretagne »), or k when none does: a run of
// capitalised words and "of", « de » or « du », perhaps after an
// article, right after such a word.
func (r *reader) shipBack(k int, s *sentence) int {
	j := k
	for j >= s.a && (r.toks[j].kind == tokWord && r.toks[j].cap || j < k && (r.is(j, s.b, "of") || r.is(j, s.b, "de") || r.is(j, s.b, "du"))) {
		if anyHas(setShips, r.toks[j].lower) {
			return j // "SS Preston"
		}
		j--
	}
	if j == k {
		return k
	}
	switch r.lowerWord(j, s.b) {
	case "the", "le", "la":
		j--
	}
	if j >= s.a && r.toks[j].kind == tokWord && !r.toks[j].cap && anyHas(setShips, r.toks[j].lower) {
		return j
	}
	return k
}

// lifeAuxiliary reports whether w is an auxiliary that may stand between
// a name and a verb of its life: "was born", « est né », « a grandi ».
func lifeAuxiliary(w string) bool {
	switch w {
	case "was", "is", "were", "had", "has", "est", "fut", "a", "était", "avait":
		return true
	}
	return false
}

// sourceBefore reports whether the name at token p follows a phrase that
// makes it the source of a report, one or two words right before it: a
// row of a sources.tsv ("according to", "selon", "d'après", "cité par").
func (r *reader) sourceBefore(p int, s *sentence) bool {
	if p-1 < s.a || r.toks[p-1].kind != tokWord {
		return false
	}
	w := r.toks[p-1].lower
	if anyHas(setSources, w) {
		return true
	}
	return p-2 >= s.a && r.toks[p-2].kind == tokWord && anyHas(setSources, r.toks[p-2].lower+" "+w)
}

// invertedSpeaker reports whether the name at tokens p to q is the speaker
// that a verb of speech names after the quotation it closes, its subject
// put after it: a comma or a quotation mark, the verb, the name, then
// punctuation ("\"…,\" says Paul, who lives …", « », raconte Paul. »).
// A name with more words after it ("said Kingston police") is left alone.
func (r *reader) invertedSpeaker(p, q int, s *sentence) bool {
	if p-2 < s.a || !isSpeechVerb(r.lowerWord(p-1, s.b)) {
		return false
	}
	if w := r.toks[p-2].lower; w != "," && w != "»" && !isQuote(w) {
		return false
	}
	return q >= s.b || r.toks[q].kind != tokWord
}

// placeBeforeSpeech reports whether the name at p, before a speech verb,
// follows a word that introduces places, or is the second of two names
// joined by "and" after one: the speaker is the subject before it
// ("Rohingya refugees arriving in Teknaf told UNHCR", "Survivors who fled
// to Mek'ele and Adigrat said", « Les marchés de Néma et de Timbédra
// signalent »: « et » and « et de » join as "and" does). A person named after a verb of speech
// ("in Tixtla, said X") or before one with no such word ("Florence Parly
// announced") is read as before. A town after a speaker's age ("a
// rancher, 52, of Fort Davis, said") is where the speaker lives. So is a
// town after its dwellers or officials ("Residents of Kidal said", "the
// governor of Gao said"; dwellersOf), and a division [p, q), named by its
// kind, after its country's possessive ("Farmers in Namibia's Karas
// Region say").
func (r *reader) placeBeforeSpeech(p, q int, s *sentence) bool {
	if r.placeIntroBefore(p, s) && p-1 > s.first {
		return true
	}
	if r.dwellersOf(p, 0, s.a) {
		return true
	}
	if p-2 >= s.a && r.toks[p-1].kind == tokPoss && q-p >= 2 && isDescriptorNoun(r.toks[q-1].lower) {
		if m := r.mentionEndingAt(p-2, s.a); m >= 0 && r.mentions[m].Evidence >= EvidencePreposition {
			return true
		}
	}
	if r.is(p-1, s.b, "of") && r.is(p-2, s.b, ",") && p-3 >= s.a && r.toks[p-3].kind == tokNum {
		return true // "The owner, a rancher, 52, of Fort Davis, said": where the speaker lives
	}
	if (r.is(p-1, s.b, "de") || r.is(p-1, s.b, "to")) && isRoadNoun(r.lowerWord(p-2, s.b)) {
		return true // « Des agriculteurs …, sur la route de Cerca-la-Source, dénoncent »: where the road leads
	}
	k := p - 1
	if r.is(k, s.b, "de") && r.is(k-1, s.b, "et") {
		k-- // « Les marchés de Néma et de Timbédra signalent »
	}
	if !r.is(k, s.b, "and") && !r.is(k, s.b, "et") || k-1 < s.a {
		return false
	}
	m := r.at[k-1]
	return m >= 0 && r.mentions[m].Evidence >= EvidencePreposition
}

// roleBeforeComma reports whether the name [p, q) follows a comma after a
// role or a title, which it names: "The Special Representative of the
// Secretary-General, El-Ghassim Wane, condemned", "said the spokesman,
// Moussa Ag", also when the role names its place: "The UN envoy for
// Yemen, Hans Grundberg,", "the governor of Kidal, X,", and in French
// (lexicon/fr/offices.tsv) after a possessive, a people's adjective
// perhaps after the role: « Notre chauffeur, Abakar, », « Notre guide
// touareg, Ahmed ag Alher, ». A place after "the capital of Niger,"
// follows no such word.
func (r *reader) roleBeforeComma(p, q int, s *sentence) bool {
	if !r.is(p-1, s.b, ",") || p-2 < s.a || r.toks[p-2].kind != tokWord {
		return false
	}
	k := p - 2
	if m := r.mentionEndingAt(k, s.a); m >= 0 {
		// "The UN envoy for Yemen, Hans Grundberg,": the role's place.
		k = r.mtok[m][0] - 1
		if r.is(k, s.b, "the") {
			k--
		}
		if w := r.lowerWord(k, s.b); w != "of" && w != "for" {
			return false
		}
		// The name is set off by a second comma and a lower-case word
		// follows: "the mayors of Gao, Kidal, Ménaka and ..." is a list.
		// A name that closes the sentence after a role in the singular
		// is the role's holder too: "said the mayor of Cabudare, Juan
		// Pérez."
		closes := (q >= s.b || r.is(q, s.b, ".")) && !strings.HasSuffix(r.lowerWord(k-1, s.b), "s")
		if !closes && (!r.is(q, s.b, ",") || r.lowerWord(q+1, s.b) == "" || r.is(q+1, s.b, "and") || r.is(q+1, s.b, "or")) {
			return false
		}
		k--
	}
	if k < s.a || r.toks[k].kind != tokWord {
		return false
	}
	w := r.toks[k].lower
	if k-1 >= s.a && !r.toks[k].cap && isPeopleOrDemonym(w) {
		// « Notre guide touareg, Ahmed ag Alher, »: the role's people
		// after it.
		k--
		w = r.toks[k].lower
	}
	if k-1 >= s.a && isFrenchRoleNoun(w) && isFrenchPossessive(r.toks[k-1].lower) {
		return true // « Notre chauffeur, Abakar, »: the writer's companion
	}
	return isRoleNoun(w) || isTitleWord(w) || isTitleCompound(w)
}

// isTitleCompound reports whether w is a hyphenated title whose first
// part is a title or a role: "secretary-general", "director-general",
// "commander-in-chief". Alone it is no place.
func isTitleCompound(w string) bool {
	i := strings.IndexAny(w, "-‐‑")
	return i > 0 && (isTitleWord(w[:i]) || isRoleNoun(w[:i]))
}

// isDemonymCompound reports whether w is a demonym joined to a participle
// by a hyphen, an adjective that names no place: "Kurdish-led forces",
// "Turkish-backed fighters", "French-speaking" (rows compound of
// lexicon/en/demonyms.tsv), or to another listed demonym ("Thai-Dutch").
// A name such as "Saint-Louis" or "Ain-Sefra" opens with no demonym.
func isDemonymCompound(w string) bool {
	i := strings.IndexAny(w, "-‐‑")
	if i <= 0 || !isDemonym(w[:i]) {
		return false
	}
	rest := w[i+len("-"):]
	if i+1 < len(w) && w[i] != '-' {
		_, n := utf8.DecodeRuneInString(w[i:])
		rest = w[i+n:]
	}
	// "a Thai-Dutch couple": two listed demonyms joined name no place.
	return langs().en.demonymCompound(rest) || isListedDemonym(w[:i]) && isListedDemonym(rest)
}

// isHyphenBorder reports whether the word at p is a hyphenated pair of
// countries before a border word ("the Mali-Algeria border"); the border
// phrase reports both countries and no single mention is made.
func isHyphenBorder(r *reader, p, b int) bool {
	t := &r.toks[p]
	if !isBorderWord(r.word(p+1, b)) {
		return false
	}
	for _, c := range t.lower {
		if isHyphen(c) {
			return true
		}
	}
	return false
}

// placeIntroBefore reports whether a word that introduces places ("in",
// "near", "reached") comes before the name at p, perhaps with "the" between;
// capitalised, it opens the sentence ("In Kidal, shops were closed", "À
// Gao, ..."). "on" right before the name introduces an island ("fires on
// Evia"), but not with "the" between ("on the Niger" is a river). "of"
// after "direction" introduces places too ("in the direction of Gabbs").
func (r *reader) placeIntroBefore(p int, s *sentence) bool {
	k := p - 1
	if r.is(k, len(r.toks), "on") && k >= s.a {
		return true // "on Rhodes", "fires on Evia": an island; "on the Niger" is a river's bank
	}
	if r.is(k, len(r.toks), "the") && k > s.a {
		k--
	}
	if (r.is(k, len(r.toks), "pas") || r.is(k, len(r.toks), "jamais")) && k-1 > s.a {
		k-- // « Ne quittez pas Gitega »: the verb's negation
	}
	if k-1 > s.a && r.toks[k].kind == tokWord && !r.toks[k].cap && isFrenchFiller(r.toks[k].lower) && isPlaceIntro(r.lowerWord(k-1, len(r.toks))) {
		k-- // « La campagne couvrira aussi Bafoulabé »: an adverb after the verb
	}
	if k-1 >= s.a && r.is(k, len(r.toks), "of") && (r.is(k-1, len(r.toks), "direction") || r.is(k-1, len(r.toks), "directions")) {
		return true // "in the direction of Goldfield, Gabbs and Manhattan"
	}
	if k-1 >= s.a && r.is(k, len(r.toks), "of") && r.lowerWordIn(k-1, s, setSieges) {
		return true // "the siege of Kut", "the relief of Ladysmith": a town held or taken
	}
	if k-1 >= s.a && r.is(k, len(r.toks), "of") && r.is(k-1, len(r.toks), "out") {
		return true // "we flew in and out of Calama", "operates out of Lokichogio"
	}
	if k-2 >= s.a && r.is(k, len(r.toks), "of") && r.is(k-1, len(r.toks), "way") && r.is(k-2, len(r.toks), "by") {
		return true // "back to London by way of Kashgar": a town the journey passed
	}
	if r.boundFor(p-1, s.a) {
		return true // "the turn-off for Coba", « le bateau pour Gorée »
	}
	if r.placesIncluded(k, s) {
		return true // "Other stations on the line included Barrow Creek and Tennant Creek"
	}
	if r.asFarAs(p, s) {
		return true // "they traded sheep as far west as Marsa Matruh"
	}
	if r.measuredPast(p, s) {
		return true // "an hour past Ranohira", "10 km past Kibwezi"
	}
	if r.seatOfBefore(p, s) {
		return true // « héliporté vers l'hôpital de Foix »
	}
	if r.buildingTown[p] || r.buildingOfBefore(p, s) {
		return true // « au stade Lat-Dior de Thiès »
	}
	if r.originBefore(p, s) {
		return true // « des convois sont partis de Marrakech », « viendront aussi de Kolwezi », « un détour par Murdochville »
	}
	if k == s.first && r.toks[k].kind == tokWord {
		return isPlaceIntro(r.toks[k].lower)
	}
	return k >= s.a && isPlaceIntro(r.lowerWord(k, len(r.toks)))
}

// roleWordTown reports whether the single word [p, q), a noun of a role or
// of kin ("Grandson", "Bishop"), is a town's name: it stands inside its
// sentence after a word that introduces places, and no name, "of" or
// « de » follows it ("depuis Yverdon-les-Bains via Grandson", "drove on
// to Bishop"); "wrote to Bishop Tutu" names a person.
func (r *reader) roleWordTown(p, q int, s *sentence) bool {
	if p <= s.first || !r.placeIntroBefore(p, s) {
		return false
	}
	if q < s.b && r.toks[q].kind == tokWord && (r.toks[q].cap || r.toks[q].lower == "of" || r.toks[q].lower == "de" || strings.HasPrefix(r.toks[q].lower, "d'")) {
		return false
	}
	return true
}

// frenchBareA reports whether the name [p, q) opens its sentence after a
// capital "A" that French writes for « À » when capitals drop their
// accent: « A Goma, le gouverneur a convoqué une réunion ». Only a comma
// and a French article or pronoun after the name say so; "A Goma resident
// said" is English.
func (r *reader) frenchBareA(p, q int, s *sentence) bool {
	if p-1 != s.first || r.text[r.toks[p-1].start:r.toks[p-1].end] != "A" || !r.is(q, s.b, ",") {
		return false
	}
	w, art := elidedRest(r.lowerWord(q+1, s.b))
	return art != 0 || isFrenchArticle(w) || isFrenchPronoun(w)
}

// shareWaterfalls gives every mention of a name ending in "Falls" the
// feature "waterfall" when one of them is said to be the waterfall
// ("Victoria Falls, the waterfall on the Zambezi ... the spray from
// Victoria Falls"): the text names one thing, not a town beside it.
func (r *reader) shareWaterfalls() {
	stated := map[string]bool{}
	for _, m := range r.mentions {
		if m.Feature == "waterfall" {
			stated[m.Name] = true
		}
	}
	for i := range r.mentions {
		if m := &r.mentions[i]; m.Feature == "falls" && stated[m.Name] {
			m.Feature = "waterfall"
		}
	}
}

// listAfterPlace reports whether the name at token p follows "and",
// "or", « et » or « ou » right after a name read as a place ("Delegates
// from Katsina and Zaria attended"): a member of a list of places, which
// a verb of a person's life after it does not make a person.
func (r *reader) listAfterPlace(p int, s *sentence) bool {
	k := p - 1
	switch r.lowerWord(k, s.b) {
	case "and", "or", "et", "ou":
	default:
		return false
	}
	if k-1 < s.a || r.at[k-1] < 0 {
		return false
	}
	return r.mentions[r.at[k-1]].Evidence >= EvidencePreposition
}

// goodsBefore reports whether the name at token p follows « de » or
// « d' » after a French noun of a trade in goods (goods.tsv), or after
// « et de » in a list that opens so: « les exportations de Cognac et de
// Champagne », « une bouteille de Champagne », « de la moutarde de
// Dijon »; or "of" after an English noun of a vessel or a measure of
// goods: "a bottle of Borjomi". The name is a wine's, a water's, a
// spirit's, a cheese's or a craft's, which the resolver does not look up
// as a town.
func (r *reader) goodsBefore(p int, s *sentence) bool {
	k := p - 1
	if r.is(k, s.b, "of") && k-1 >= s.a {
		return langs().en.has(setGoods, r.lowerWord(k-1, s.b)) // "a bottle of Borjomi"
	}
	if r.servedBefore(k, s) {
		return true // "over a cold Saku"
	}
	if _, art := elidedRest(r.toks[p].lower); art != 'd' {
		if !r.is(k, len(r.toks), "de") {
			return false
		}
		k--
	}
	if k-1 >= s.a && r.is(k, s.b, "et") && r.at[k-1] >= 0 {
		// « de Cognac et de Champagne »: the list's first member says
		k = r.mtok[r.at[k-1]][0] - 1
		if _, art := elidedRest(r.toks[k+1].lower); art != 'd' {
			if !r.is(k, len(r.toks), "de") {
				return false
			}
			k--
		}
	}
	if k < s.a || r.toks[k].kind != tokWord {
		return false
	}
	return langs().fr.has(setGoods, r.toks[k].lower)
}

// treatyAfter reports whether a lower-case noun of a treaty
// (treaties.tsv) follows the name that ends at q, right after it or after
// one lower-case word: "the Minsk agreements", "the Oslo accords", "the
// Paris climate accord", "the Dayton peace agreement". The name is the
// town the treaty was signed at, no place of the text.
func (r *reader) treatyAfter(q int, s *sentence) bool {
	if r.lowerWordIn(q, s, setTreaties) {
		return true
	}
	return r.lowerWord(q, s.b) != "" && r.lowerWordIn(q+1, s, setTreaties)
}

// servedBefore reports whether token k is an adjective of a drink as it
// is served (servings.tsv) after "a", "an" or "another": "over a cold
// Saku", "an ice-cold Tusker". The capitalised name after it is a beer's
// or a drink's, named after its brewery's town.
func (r *reader) servedBefore(k int, s *sentence) bool {
	if k-1 < s.a || !langs().en.has(setServings, r.lowerWord(k, s.b)) {
		return false
	}
	switch t := &r.toks[k-1]; t.lower {
	case "a", "an", "another":
		return t.kind == tokWord
	}
	return false
}

// opponentBefore reports whether the name at token p follows "against",
// "versus", "vs" or « contre » with a noun of a game (matches.tsv) among
// the three words before it: "the cup final against Valencia", « la
// finale contre Lyon »; or a verb of playing whose subject is a side
// (sideVerbBefore). The name is the opponent, a club or a team.
func (r *reader) opponentBefore(p int, s *sentence) bool {
	k := p - 1
	switch r.lowerWord(k, s.b) {
	case "against", "versus", "vs", "contre":
	case "on", "faces", "face", "meets", "meet", "plays", "play":
		return r.sideVerbBefore(k, s)
	default:
		return false
	}
	for j := k - 1; j >= s.a && j >= k-3; j-- {
		if r.toks[j].kind == tokWord && anyHas(setMatches, r.toks[j].lower) {
			return true
		}
	}
	return false
}

// sideBeforeMatch reports whether the name [p, q), ending in "Town" or
// "City", is a side whose game follows its possessive: "Athlone Town's
// league game against Longford Town", "Cork City's cup tie". A town's
// league game is its club's; the name is no place of the text.
func (r *reader) sideBeforeMatch(p, q int, s *sentence) bool {
	if q-p < 2 || q >= s.b || r.toks[q].kind != tokPoss {
		return false
	}
	if w := r.toks[q-1].lower; w != "town" && w != "city" {
		return false
	}
	for j := q + 1; j < s.b && j <= q+3; j++ {
		if r.toks[j].kind == tokWord && anyHas(setMatches, r.toks[j].lower) {
			return true
		}
	}
	return false
}

// sideVerbBefore reports whether the verb of playing that ends at token
// k ("faces", "meets", "plays", or the "on" of "takes on") has a sports
// side for its subject: a noun of sides.tsv among the five words before
// it ("the Clare senior hurling panel that takes on Galway in Salthill").
// The name after it is the opponent, a county's or a town's team.
func (r *reader) sideVerbBefore(k int, s *sentence) bool {
	if r.is(k, s.b, "on") {
		if w := r.lowerWord(k-1, s.b); w != "take" && w != "takes" && w != "took" {
			return false
		}
		k--
	}
	for j := k - 1; j >= s.a && j >= k-5; j-- {
		if r.toks[j].kind == tokWord && langs().en.has(setSides, r.toks[j].lower) {
			return true
		}
	}
	return false
}

// odonymBefore reports whether the name at token p follows « de », « d' »,
// « du » or « de la » after the noun of a town's street (odonyms.tsv):
// « rue de Paris », « avenue d'Italie », « boulevard du Havre ». The name
// is the street's, not a place of the text.
func (r *reader) odonymBefore(p int, s *sentence) bool {
	n := len(r.toks)
	k := p - 1
	if _, art := elidedRest(r.toks[p].lower); art != 'd' {
		switch {
		case r.is(k, n, "de") || r.is(k, n, "du") || r.is(k, n, "des"):
			k--
		case r.is(k, n, "la") && r.is(k-1, n, "de"):
			k -= 2
		default:
			return false
		}
	}
	if k < s.a || r.toks[k].kind != tokWord || r.at[k] >= 0 {
		return false
	}
	return anyHas(setOdonyms, r.toks[k].lower)
}

// streetNamed reports whether the name at token p follows, without « de »,
// a lower-case French noun of a street or a bridge (streetnouns.tsv): « la
// rue Saint-Aubert », « le pont Saint-Laurent », « l'avenue Foch ». The
// name is the street's or the bridge's, not a place of the text.
func (r *reader) streetNamed(p int, s *sentence) bool {
	k := p - 1
	if k < s.a || r.toks[k].kind != tokWord || r.toks[k].cap || r.at[k] >= 0 {
		return false
	}
	if _, art := elidedRest(r.toks[p].lower); art == 'd' {
		return false // « l'avenue d'Italie » is odonymBefore's
	}
	return langs().fr.has(setStreetNouns, r.toks[k].lower)
}

// streetEnd reports whether the name [p, q) of two words or more ends
// with a capitalised word of a street (streetends.tsv): "on Lenin St",
// "the hotel on Pushkin Avenue", "Kirov Rd". The name is the street's,
// not a place of the text; "Road", which ends the names of towns and
// stations too ("Abu Road", "Kosti Road"), is not listed.
func (r *reader) streetEnd(p, q int) bool {
	t := &r.toks[q-1]
	return q-p >= 2 && t.kind == tokWord && t.cap && anyHas(setStreetEnds, t.lower)
}

// familyBefore reports whether the name at token p follows a lower-case
// noun of a family (familynouns.tsv): « la famille Cannes remercie les
// pompiers ». The name is the family's, not a place of the text.
func (r *reader) familyBefore(p int, s *sentence) bool {
	k := p - 1
	return k >= s.a && r.toks[k].kind == tokWord && !r.toks[k].cap && anyHas(setFamilyNouns, r.toks[k].lower)
}

// kinOf reports whether the name at token p follows "of" after a person's
// name that a word of kinship opens (kinbefore.tsv), as obituaries and
// notices give where a relative lives: "survived by her son Robert Tweed
// of Helena", "his brother Michael Ennis, of Athlone", "his daughter,
// Ruth, of Delta Junction". The name is that town.
//
// A person's name of two words or more, then a comma, is enough: "John
// Patrick Ennis, of Tullamore, passed away", "Mary Roche (née Carlow),
// of Thurles", « La famille Laval, de Châteaubourg, organise », « Jean
// Le Gall, de Plouay » (a family noun before one word will do).
func (r *reader) kinOf(p int, s *sentence) bool {
	k := p - 1
	_, art := elidedRest(r.toks[p].lower)
	french := art == 'd' && r.toks[p].cap
	if french {
		k = p // « d'Étrelles »: the elided « de » is the name's first token
	}
	if !french && !r.is(k, s.b, "of") && !r.is(k, s.b, "de") || !french && r.toks[k].cap {
		return false
	}
	french = french || r.is(k, s.b, "de")
	j := k - 1
	comma := r.is(j, s.b, ",")
	if comma {
		j--
		if r.is(j, s.b, ")") {
			for j--; j >= s.a && j > k-8 && !r.is(j, s.b, "("); j-- {
			}
			j-- // "Mary Roche (née Carlow), of Thurles"
		}
	}
	if french && !comma {
		return false
	}
	words := 0
	for ; j >= s.a && r.toks[j].kind == tokWord && r.toks[j].cap && words < 4; j-- {
		words++
	}
	if words == 0 {
		return false
	}
	if !french && r.is(j, s.b, ",") && j-1 >= s.a && r.toks[j-1].kind == tokWord && !r.toks[j-1].cap && langs().en.has(setKinBefore, r.toks[j-1].lower) {
		return true // "survived by his daughter, Ruth, of Delta Junction"
	}
	lead := j >= s.a && r.toks[j].kind == tokWord && !r.toks[j].cap
	if french {
		return words >= 2 && r.at[j+1] >= 0 && r.mentions[r.at[j+1]].Evidence <= EvidenceCapitalised || lead && anyHas(setFamilyNouns, r.toks[j].lower)
	}
	return comma && words >= 2 || lead && langs().en.has(setKinBefore, r.toks[j].lower)
}

// personOfTown reports whether the name [p, q) follows "of" after a
// person's name of two to four capitalised words and is followed by the
// person's verb: news and sports reports give where a person is from so,
// "Jessie Olanna of Kotzebue led the race", "Aibek Sadyrov of Bishkek
// won". The name is that town. Only a name of one word is read so: a
// rider's team follows "of" as often, in longer names ("Yerlan
// Dzhaksybekov of Astana Qazaqstan won"). A word of an organisation, a body, a
// title, a kind of place or a generic before "of" ("the Bank of Ghana
// said", "Duke of York", "Gulf of Aden is") makes the whole one name,
// which other rules read, and so does a common word ("Friends of Gaza
// said").
func (r *reader) personOfTown(p, q int, s *sentence) bool {
	k := p - 1
	if q-p != 1 || k <= s.a || !r.is(k, s.b, "of") {
		return false
	}
	words := 0
	for j := k - 1; j >= s.a && r.toks[j].kind == tokWord && r.toks[j].cap && words < 4; j-- {
		w := r.toks[j].lower
		if r.toks[j].upper || isOrgWord(w) || anyHas(setBodies, w) || isTitleWord(w) || isOfGeneric(w) || isDescriptorNoun(w) || isToponymGeneric(w) || isCommonWord(w) || isStopCap(w) {
			return false
		}
		words++
	}
	if words < 2 {
		return false
	}
	v := r.lowerWord(q, s.b)
	return isSpeechVerb(v) || isFiniteVerb(v) || r.mainVerbAt(q, s.b)
}

// roadNamedAfter reports whether the one-word name from token p to q
// stands between "the" and a lower-case road noun (roadnouns.tsv), as a
// road is named after the town it leads to: "use the Busia route", "take
// the Njoro road". The name is that town.
func (r *reader) roadNamedAfter(p, q int, s *sentence) bool {
	if q-p != 1 || !r.is(p-1, s.b, "the") || q >= s.b || r.toks[q].kind != tokWord || r.toks[q].cap {
		return false
	}
	_, ok := langs().en.rules.roadNouns[r.toks[q].lower]
	return ok
}

// productAfter reports whether the word at token q, right after a name, is a
// lower-case noun of namedafter.tsv that makes the name a product's, a
// dynasty's or a meeting's: "Panama hats", "the Silla dynasty", "the Doha
// talks".
func (r *reader) productAfter(q int, s *sentence) bool {
	switch w := r.lowerWord(q+1, s.b); {
	case w == "estate", w == "estates", w == "farm", w == "farms", w == "plantation", w == "plantations", w == "garden", w == "gardens":
		return false // "the Mulindi Kigasa tea estate", "a Kona coffee farm": where the crop grows is a place
	case isDescriptorNoun(w) && q < s.b && langs().en.has(setCrops, r.toks[q].lower):
		// "The Glen Lanka tea factory, 14 km south-east of Kandy": where
		// a crop is worked is a place; "the Edo period temple" is a
		// period's.
		return false
	}
	return q < s.b && r.toks[q].kind == tokWord && !r.toks[q].cap && anyHas(setNamedAfter, r.toks[q].lower)
}

// holderBefore reports whether the name [p, q), two words or more that a
// saint's or a title's word does not open, stands before "'s" and a
// lower-case noun of what a household holds (holdings.tsv): "in the barn
// at Mair Pugh's farm", "at Ann Riley's place near Tok". A name of a
// place has one word before its "'s" ("Cox's Bazar") or a capitalised
// word after it ("Martha's Vineyard", "St John's Wood"); the name is
// then the holder's, a person's. A single name joined to it by "and"
// ("Gwilym and Mair Pugh's farm", "Tom and Ann Riley's place") is a
// holder too.
func (r *reader) holderBefore(p, q int, s *sentence) bool {
	holds := func(p, q int) bool {
		if q-p < 2 || q+1 >= s.b || r.toks[q].kind != tokPoss {
			return false
		}
		t := &r.toks[q+1]
		if t.kind != tokWord || t.cap || !langs().en.has(setHoldings, t.lower) {
			return false
		}
		w := r.toks[p].lower
		return !anyHas(setSaints, w) && !isTitleWord(w)
	}
	if holds(p, q) {
		return true
	}
	if q-p != 1 || !r.is(q, s.b, "and") {
		return false
	}
	e := q + 1
	for e < s.b && r.toks[e].kind == tokWord && r.toks[e].cap {
		e++
	}
	return holds(q+1, e)
}

// familyAfter reports whether the name at tokens [p, q) stands between
// "the" and a noun of a family, which makes it the family's name, no
// place: "The cottage has been in the Hendry family since 1921", "the
// Rossi clan". A family's farm or house named after it is a place all the
// same ("the Hendry family farm"), and "a Gaza family" is one from Gaza.
func (r *reader) familyAfter(p, q int, s *sentence) bool {
	if !r.is(p-1, s.b, "the") || q >= s.b {
		return false
	}
	switch r.toks[q].lower {
	case "family", "families", "clan", "household":
	default:
		return false
	}
	return !isDescriptorNoun(r.lowerWord(q+1, s.b))
}

// polityName reports whether the single word at token p, ending at q,
// is a noun of polities.tsv after an article, capitalised: "the Empire",
// "the Caliphate", « l'Empire songhaï », « le Royaume ». It names a
// state of the past, not a town that has the word for its name.
func (r *reader) polityName(p, q int, s *sentence) bool {
	if q-p != 1 {
		return false
	}
	t := &r.toks[p]
	skip := elidedLen(r.text[t.start:t.end])
	w := t.lower[skip:]
	if !anyHas(setPolities, w) {
		return false
	}
	if skip > 0 {
		return t.lower[0] == 'l'
	}
	switch r.lowerWord(p-1, s.b) {
	case "the", "le", "la":
		return p-1 >= s.a
	}
	return false
}

// folkBefore reports whether the single word at token p, ending at q, is
// a people of lexicon/folknames.txt right before a lower-case noun of its
// members or ways (folknouns.tsv): "Tonga fishermen", "Yao elders", or
// the first or a later member of a list of such words that a noun of
// members closes (folkListNoun): "Kachin, Lisu and Rawang villagers". The
// name is then the people's, not the country's or the town's.
func (r *reader) folkBefore(p, q int, s *sentence) bool {
	if q-p != 1 || !lex().folkNames.has(r.toks[p].lower) {
		return false
	}
	if isDescriptorNoun(r.lowerWord(q, s.b)) && r.is(q+1, s.b, "of") && q+2 < s.b && r.toks[q+2].cap {
		return true // "the Balti village of Hoto Brok": the people's village, named after "of"
	}
	return anyHas(setFolkNouns, r.lowerWord(q, s.b)) || r.folkListNoun(p, s)
}

// folkListNoun reports whether the single capitalised word at token p is
// a member of a list of single capitalised words joined by commas and one
// "and" or "or" that a lower-case noun of a people's members
// (folknouns.tsv) closes, and another member is a people of peoples.txt
// or folknames.txt: "Kachin, Lisu and Rawang villagers", "Shan, Ta'ang and
// Palaung farmers". Every member is then a people, though a state bears
// the name ("Shan State" stays a place). The walk looks at most
// maxFolkList members either way, so a sentence is read in linear time.
func (r *reader) folkListNoun(p int, s *sentence) bool {
	const maxFolkList = 6
	people := func(k int) bool {
		w := r.toks[k].lower
		return isPeople(w) || lex().folkNames.has(w)
	}
	isWord := func(k int) bool {
		return k >= s.a && k < s.b && r.toks[k].kind == tokWord && r.toks[k].cap
	}
	other := false
	// Back to the list's first member: "Kachin, Lisu and Rawang".
	for k, n := p, 0; n < maxFolkList && k-2 >= s.a; n++ {
		j := r.toks[k-1].lower
		if j != "," && j != "and" && j != "or" || !isWord(k-2) {
			break
		}
		k -= 2
		other = other || people(k)
	}
	// On to the noun after the last: every joint a comma, "and" or "or".
	k := p + 1
	for n := 0; n < maxFolkList && k+1 < s.b; n++ {
		j := r.toks[k].lower
		if j != "," && j != "and" && j != "or" || !isWord(k+1) {
			break
		}
		other = other || people(k+1)
		k += 2
	}
	return other && anyHas(setFolkNouns, r.lowerWord(k, s.b))
}

// tongueBefore reports whether the single word at token p, ending at q,
// follows a verb of speaking a language (tongueverbs.tsv), or is the
// next member of a list that one opens: "our porter spoke Balti and
// Urdu", « ils parlent tonga ». The name is a language's, though a town
// bears it (Bălți, in Moldova).
func (r *reader) tongueBefore(p, q int, s *sentence) bool {
	if q-p != 1 || p-1 < s.a {
		return false
	}
	k := p - 1
	if w := r.toks[k].lower; (w == "and" || w == "or" || w == "et" || w == "ou" || w == ",") && k-2 >= s.a && r.toks[k-1].cap {
		k -= 2 // "spoke Balti and Urdu": the list's first member follows the verb
	}
	return anyHas(setTongueVerbs, r.lowerWord(k, s.b))
}

// eraMarker reports whether the name [p, q) is the mark of an era, "AD",
// "BC", "BCE" or "CE" in capitals, after a number or a century ("in the
// first century AD", "in 79 AD") or before a year ("AD 79"): no country
// code (Andorra's is AD).
func (r *reader) eraMarker(p, q int, s *sentence) bool {
	if q-p != 1 || !r.toks[p].upper {
		return false
	}
	switch r.toks[p].lower {
	case "ad", "bc", "bce", "ce":
	default:
		return false
	}
	if p > s.a {
		switch t := &r.toks[p-1]; {
		case t.kind == tokNum, t.lower == "century", t.lower == "centuries", t.lower == "millennium":
			return true
		}
	}
	return q < s.b && r.toks[q].kind == tokNum
}

// indefiniteThing reports whether the name [p, q) heads a noun phrase
// opened by an indefinite article: in English "a" or "an" after a common
// English word ("the carcass of a Great Indian Bustard near X", "they
// found a Toyota near Gao"), or with one or two plain adjectives
// (adjectives.tsv) between ("A rusty Dacia stood in the yard", "in a
// rented Honda:"); in French « un » or « une » (« une Dacia, une Orval »).
// A participle of riding after it (rides.tsv) makes it a vehicle: "in a
// battered Delica driven by his nephew", « un vieux Sprinter prêté par la
// mairie ».
// A place's name takes no indefinite article; a species, a make, a model
// or a product does: "ate a Cheddar from the farm". A name that qualifies a noun after it is kept ("a
// Kidal resident", "a Gao-based group"), and so is a name after a French
// "a", which is « avoir » or a lost accent (« arrivé a Gao »).
func (r *reader) indefiniteThing(p, q int, s *sentence) bool {
	k, adjectives := p-1, 0
	// Before a participle of riding, any word may describe the vehicle
	// ("a borrowed Surf driven by", "an ageing Noah packed with").
	ridden := anyHas(setRides, r.lowerWord(q, s.b))
	adjective := func(j int) bool {
		w := r.toks[j].lower
		if _, art := elidedRest(w); ridden {
			return art == 0 && !isPreposition(w) && !isIndefinite(w) && !r.ownerWord(j) && !isMainVerb(w) && !isFiniteVerb(w)
		}
		return isPlainAdjective(w) || langs().fr.has(setAdjectives, w)
	}
	for adjectives < 2 && k > s.a && r.toks[k].kind == tokWord && !r.toks[k].cap && !isPreposition(r.toks[k].lower) && adjective(k) {
		k, adjectives = k-1, adjectives+1
	}
	if k < s.a || r.toks[k].kind != tokWord {
		return false
	}
	w := r.text[r.toks[k].start:r.toks[k].end]
	if rest, art := elidedRest(r.toks[k].lower); art == 'd' && (rest == "un" || rest == "une") {
		w = rest // « à bord d'une Pajero louée à Bangui »
	}
	// The adjectives are of the article's language: « une commerçante de
	// Gao » has none ("de" is English's only).
	french := strings.EqualFold(w, "un") || strings.EqualFold(w, "une")
	for j := k + 1; j < p && !ridden; j++ {
		if french && !langs().fr.has(setAdjectives, r.toks[j].lower) || !french && !isPlainAdjective(r.toks[j].lower) {
			return false
		}
	}
	switch {
	case w == "un" || w == "une" || w == "Un" || w == "Une":
	case adjectives > 0 && (w == "a" || w == "an" || w == "A" || w == "An"):
	case w == "a" || w == "an":
		// After an English word: French writes "a" for « avoir » after a
		// pronoun (« on a », « il y a ») or a participle that lost its
		// accent's « à ».
		v := r.lowerWord(k-1, s.b)
		if v != "of" && !(len(v) > 3 && strings.HasSuffix(v, "ed")) && (!isCommonWord(v) || isFrenchPronoun(v) || v == "y") {
			return false
		}
	default:
		return false
	}
	if q < s.b && r.toks[q].kind == tokWord && !r.toks[q].cap {
		w := r.toks[q].lower
		return isPlaceIntro(w) || isCopula(w) || isRelativeWord(w) || isFiniteVerb(w) || isMainVerb(w) || isFrenchFiniteVerb(w) ||
			w == "and" || w == "near" || w == "et" || anyHas(setRides, w)
	}
	if q >= s.b {
		return true
	}
	c, _ := utf8.DecodeRuneInString(r.toks[q].lower)
	return r.toks[q].kind == tokPunct && !isHyphen(c)
}

// isAcronymPlural reports whether w is the plural of an acronym: two or
// more capital letters and a lower-case "s" ("ATMs", "NGOs", "IDPs").
// No place is so written.
func isAcronymPlural(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isNegation reports whether the lower-cased token w is a verb with "not"
// glued to it ("don't", "won’t", "isn't"): no name, though it opens a
// sentence in capitals.
func isNegation(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// currencyAfter reports whether the word at token q, right after a name,
// is a currency in lower case (lexicon/en/currencies.tsv): "cash in US
// dollars". The name is part of the currency's.
func (r *reader) currencyAfter(q int, s *sentence) bool {
	return r.lowerWordIn(q, s, setCurrencies)
}

// currencySignAfter reports whether token q, right after a name and
// touching it, is a currency sign (Unicode category Sc): "US$3.40",
// "GH¢ 3,228", "NZ$10", "HK$ 5". The letters before the sign are the
// issuer's code, part of the currency's symbol, no place.
func (r *reader) currencySignAfter(q int, s *sentence) bool {
	if q >= s.b || q == 0 || r.toks[q].kind != tokPunct || r.toks[q].start != r.toks[q-1].end {
		return false
	}
	c, _ := utf8.DecodeRuneInString(r.toks[q].lower)
	return unicode.Is(unicode.Sc, c)
}

// scoreAfter reports whether a match's score follows the name ending at
// token q, perhaps in brackets: "beat Gabon 2-1 in Garoua", « ont battu
// le Gabon (2-1) », "drew with Everton 1–1". The name is a side's, no
// place; two numbers of one or two digits joined by a hyphen, a dash or a
// colon with nothing after them that makes a range of a measure ("2-3
// km").
func (r *reader) scoreAfter(q int, s *sentence) bool {
	if q >= s.b {
		return false
	}
	if t := &r.toks[q]; t.kind != tokNum && !(t.lower == "(" && q+1 < s.b && r.toks[q+1].kind == tokNum) {
		return false // most names: no number follows, and no expression need run
	}
	rest := r.text[r.toks[q-1].end:]
	if len(rest) > 40 {
		rest = rest[:40]
	}
	m := scoreRe.FindStringSubmatch(rest)
	return m != nil && !isUnitWord(strings.ToLower(m[1]))
}

// scoreBefore reports whether the name at token p follows a score and a
// word that names the side it was won or lost against: "lost 2-0 to
// Nkana", "a 3-1 win over Leeds", "went down 1-0 at home to Galway", «
// s'est imposé 2-0 face à Lens », « battu 3-1 par Angers ». The name is
// the opponent, a club or a team named after its town.
func (r *reader) scoreBefore(p int, s *sentence) bool {
	if p-2 < s.a {
		return false
	}
	k := r.toks[p].start
	lo := max(r.toks[s.a].start, k-40)
	m := scoreOpponentRe.FindStringSubmatch(r.text[lo:k])
	return m != nil && (m[1] == "" || anyHas(setMatches, strings.ToLower(m[1]))) // "a 3-1 win over Leeds", not "a 2-3 hour drive to Gao"
}

// scoreOpponentRe matches a score, a noun of its game perhaps, and the
// word of an opponent at the end of the text before a name.
var scoreOpponentRe = regexp.MustCompile(`\d{1,2} ?[-–:] ?\d{1,2}\)?,? (?:(\pL+) )??(?:at home |away )?(?:to|over|against|face à|face au|contre|devant|par) $`)

// sideBeating reports whether the name of tokens p to q stands before or
// after a verb of one side beating another (victories.tsv), perhaps after
// "had", "has" or "have", with a capitalised name on its other side:
// "Dublin beat Kerry by four points", "Leinster edged Munster", "Kerry
// had beaten Dublin in Croke Park". Both are sides, named after their
// county or town; a lower-case word on either side ("rain beat down on
// Galway") leaves the name alone.
func (r *reader) sideBeating(p, q int, s *sentence) bool {
	v := q
	if perfectAux(r.lowerWord(v, s.b)) {
		v++ // "Dublin had beaten Kerry"
	}
	if v+1 < s.b && r.lowerWordIn(v, s, setVictories) && r.toks[v+1].cap && r.toks[v+1].kind == tokWord {
		return true // "Dublin beat Kerry"
	}
	u := p - 2
	if u > s.a && perfectAux(r.lowerWord(u, s.b)) {
		u-- // "Kerry had beaten Dublin"
	}
	return u >= s.a && p-1 > s.a && r.lowerWordIn(p-1, s, setVictories) && r.toks[u].cap && r.toks[u].kind == tokWord
}

// eventTitleBefore reports whether the name at token p ends the title of
// an event: a capitalised noun of eventleads.tsv, then a preposition and
// an article, "au" or "aux" (« le Festival au Désert », « le Festival sur
// le Niger », "the Festival in the Desert", "the Rally on the Nile"). The
// name is part of the title; where the event is held the text says
// apart (« s'est tenu à Ségou »). After "in" or "à" with no article ("the
// Festival in Ségou") the name is the place it is held, and stays one.
func (r *reader) eventTitleBefore(p int, s *sentence) bool {
	k := p - 1
	if k < s.a || r.toks[k].kind != tokWord || r.toks[k].cap {
		return false
	}
	switch r.toks[k].lower {
	case "au", "aux":
	case "le", "la", "les", "l'", "l’", "the":
		k--
		switch r.lowerWord(k, s.b) {
		case "sur", "dans", "on", "in":
		default:
			return false
		}
	default:
		if _, art := elidedRest(r.toks[p].lower); art != 'l' || !r.is(k, s.b, "sur") && !r.is(k, s.b, "dans") {
			return false
		}
	}
	k--
	return k >= s.a && r.toks[k].kind == tokWord && r.toks[k].cap && anyHas(setEventLeads, r.toks[k].lower)
}

// dateNameAfter reports whether « du » or « de », a day's number and a
// month follow the name that ends before token q: "the Stade du 26 Mars",
// « le pont du 4 Août », « l'avenue du 24 Novembre ». The name with the
// date is a ground's, a bridge's or a street's that commemorates the day,
// no place of the map. After a day's number, « mars » and « mai », which
// months.tsv leaves out as parts of names (Champ de Mars, Chiang Mai),
// are months as well.
func (r *reader) dateNameAfter(q int, s *sentence) bool {
	if q+2 >= s.b || r.toks[q].lower != "du" && r.toks[q].lower != "de" || r.toks[q+1].kind != tokNum {
		return false
	}
	w := r.toks[q+2].lower
	return isMonth(w) || w == "mars" || w == "mai"
}

// resultSide reports whether the name of tokens p to q is a side of a
// match's result (results.tsv): after a verb of the result and its
// preposition ("lost to Medeama", "drew with Nkana", « s'est incliné
// devant Lens »), or before them with a capitalised name after ("Zesco
// United lost to Nkana") or a score between ("Asante Kotoko drew 1-1
// with Hearts", "Hearts lost 2-0 to Medeama"). Both are teams named after
// their town, no place; a lower-case word after ("lost to floods") leaves
// the name alone, and so does a passive before the verb ("Alsace was lost
// to Germany"): land is lost to a country, no match.
func (r *reader) resultSide(p, q int, s *sentence) bool {
	if p-2 >= s.a && r.toks[p-2].kind == tokWord && r.toks[p-1].kind == tokWord && anyHas(setResults, r.toks[p-2].lower+" "+r.toks[p-1].lower) {
		switch r.lowerWord(p-3, s.b) {
		case "was", "were", "be", "been", "being", "is", "are", "été":
			return false // "Alsace was lost to Germany in 1871"
		}
		return true // "lost to Medeama", « incliné devant Lens »
	}
	if q+1 >= s.b || r.toks[q].kind != tokWord || r.toks[q].cap {
		return false
	}
	if r.toks[q+1].kind == tokWord && anyHas(setResults, r.toks[q].lower+" "+r.toks[q+1].lower) {
		return q+2 < s.b && r.toks[q+2].cap && r.toks[q+2].kind == tokWord // "Zesco United lost to Nkana"
	}
	if r.toks[q+1].kind != tokNum {
		return false // most names: no score follows the word after them
	}
	rest := r.text[r.toks[q].end:]
	if len(rest) > 40 {
		rest = rest[:40]
	}
	m := scoreRe.FindStringSubmatch(rest)
	return m != nil && anyHas(setResults, r.toks[q].lower+" "+strings.ToLower(m[1])) // "drew 1-1 with"
}

// perfectAux reports whether w is an auxiliary of the perfect before a
// past participle: "had", "has", "have".
func perfectAux(w string) bool {
	return w == "had" || w == "has" || w == "have"
}

// scoreRe matches a score right after a name, and the word after it.
var scoreRe = regexp.MustCompile(`^ \(?\d{1,2} ?[-–:] ?\d{1,2}\)?(?:[ ,.;)]+([\pL]*))?`)

// livestockBreed reports whether the name of tokens p to q is a breed's,
// as farm papers and market reports name breeds after the places they
// came from: right before a lower-case noun of lexicon/en/livestock.tsv
// ("Boran cattle", "Borgou cows", "Tuli crosses"), unless a noun of
// stockyards.tsv or a descriptor follows the animal ("the Garissa cattle
// market") or a preposition precedes the name ("cattle from Borgou", "in
// Kano cattle are"); or, in French, right after a lower-case noun of
// lexicon/fr/livestock.tsv with no « de » between (« les zébus Borgou »,
// « de race Arabe »). The name is then no place of the text.
func (r *reader) livestockBreed(p, q int, s *sentence) bool {
	if w := r.lowerWord(p-1, s.b); p-1 >= s.a && !r.toks[p-1].cap && langs().fr.has(setLivestock, w) {
		return true
	}
	k, comma := p-1, false
	for k > s.a && (r.toks[k].cap && r.toks[k].kind == tokWord || r.is(k, s.b, ",") || r.is(k, s.b, "and") || r.is(k, s.b, "or")) {
		comma = comma || r.is(k, s.b, ",")
		k-- // back over a list of names to the word before it: "from Kenya, Uganda and Tanzania cattle"
	}
	if w := r.lowerWord(k, s.b); k >= s.a && isPreposition(w) && (!comma || w != "of") {
		// A comma after "of" and a name closes a phrase of its own: "25
		// km east of Swift Current, Hereford and Simmental pairs graze".
		return false
	}
	for n := 0; n < 3 && q+1 < s.b; n++ {
		// "Hereford and Simmental cow-calf pairs", "Boran, Sahiwal and
		// Friesian cattle": the breeds of a list share their animal.
		if w := r.toks[q].lower; (w != "and" && w != "or" && w != ",") || !r.toks[q+1].cap {
			break
		}
		q++
		for q < s.b && r.toks[q].kind == tokWord && r.toks[q].cap {
			q++
		}
	}
	w := r.lowerWord(q, s.b)
	if i := strings.IndexAny(w, "-‑"); i > 0 {
		w = w[:i] // "cow-calf pairs"
	}
	if !langs().en.has(setLivestock, w) {
		return false
	}
	// "the Garissa cattle market", "The Juliaca alpaca fibre market":
	// a stockyard or a kind of place within two lower-case words after
	// the animal makes the name the market's town.
	for j := q + 1; j < s.b && j <= q+2 && r.toks[j].kind == tokWord && !r.toks[j].cap; j++ {
		if next := r.toks[j].lower; langs().en.has(setStockyards, next) || isDescriptorNoun(next) {
			return false
		}
	}
	return true
}

// cropVariety reports whether the name that ends before token q is a
// crop variety's: a number follows it and then, within two more lower-case
// words, a crop of lexicon/en/crops.tsv ("Ruiru 11 coffee", "Giza 86
// long-staple cotton", "Jasmine 85 rice"). Breeders name varieties after
// the stations that bred them; the name is then no place of the text.
func (r *reader) cropVariety(q int, s *sentence) bool {
	if q >= s.b || r.toks[q].kind != tokNum {
		return false
	}
	for j := q + 1; j < s.b && j <= q+3; j++ {
		w := r.lowerWord(j, s.b)
		if w == "" {
			return false
		}
		if langs().en.has(setCrops, w) {
			return true
		}
	}
	return false
}

// unitCodeAt reports whether the name of tokens p to q, one word in
// capitals, is part of a unit, as farm and lab reports write a quantity's
// basis: after a unit of measures.tsv that follows a number ("45 kg DM
// per hectare", "120 kg N"), or joined by a slash to the lower-case word
// after it ("12 t DM/ha", "3 kg N/ha"). "DM" (dry matter) is Dominica's
// code and "N" no name, but there it is the unit's.
func (r *reader) unitCodeAt(p, q int, s *sentence) bool {
	if q-p != 1 || !r.toks[p].upper {
		return false
	}
	if p-2 >= s.a && r.isMeasureAfterNumber(p-1) {
		return true
	}
	return q+1 < s.b && r.toks[q].lower == "/" && r.toks[q].start == r.toks[p].end &&
		r.toks[q+1].kind == tokWord && !r.toks[q+1].cap && r.toks[q+1].start == r.toks[q].end
}

// speciesAfter reports whether the word at token q, right after a name,
// is a species or a mineral named after the place, in lower case
// (lexicon/en/species.tsv): "Iceland spar", "a Lapland bunting". The name
// is then the species', no place of the text, not even a country. A kind
// of place right after the species makes it the place's colony or
// reserve, and the name the place's: "the Cape Royds penguin colony".
func (r *reader) speciesAfter(q int, s *sentence) bool {
	return r.lowerWordIn(q, s, setSpecies) && !isDescriptorNoun(r.lowerWord(q+1, s.b))
}

// rockAfter reports whether token q, right after a name, is a lower-case
// noun of a rock or a rock unit (rocks.tsv) with no kind of place after
// it: "Katangan metasediments", "the Karoo sandstones", "Tarkwaian
// conglomerates", "Kalahari sands". The name is a geological unit's or
// an age's, no place of the text; "the Petra sandstone cliffs" and "the
// Tinabaw shale play" (a kind of kindsafter.tsv) keep their place.
func (r *reader) rockAfter(q int, s *sentence) bool {
	return r.lowerWordIn(q, s, setRocks) && !isDescriptorNoun(r.lowerWord(q+1, s.b)) && !r.namedKindAfter(q, s)
}

// animalBefore reports whether the name at token p is an animal's own
// name: right after a lower-case noun of the animal or a word that names
// one (lexicon/LANG/animals.tsv: "the collared lioness Naserian", « la
// louve Vercors », « baptisé Salamat »), or after such a noun and a verb
// of naming of aliasverbs.tsv (« une femelle nommée Marquenterre », "a
// lioness called Nata"), which alone names a place ("a village called
// X").
func (r *reader) animalBefore(p int, s *sentence) bool {
	w := r.lowerWord(p-1, s.b)
	if anyHas(setAnimals, w) {
		return !r.placeKindNamed(p-1, s)
	}
	return p-2 >= s.a && anyHas(setAliasVerbs, w) && anyHas(setAnimals, r.lowerWord(p-2, s.b))
}

// divisionBodyAfter reports whether a lower-case adjective of a division
// (lexicon/en/divisionadjs.tsv) and a noun of its public body or its
// people (divisionbodies.tsv) follow the name that ends before token q:
// "Hiiraan regional officials said", "Kidal regional authorities",
// "Turkana county government". The name is the division's.
func (r *reader) divisionBodyAfter(q int, s *sentence) bool {
	if q+1 >= s.b || r.toks[q].cap || r.toks[q+1].cap || !langs().en.has(setDivisionAdjs, r.toks[q].lower) {
		return false
	}
	return langs().en.has(setDivisionBodies, r.toks[q+1].lower)
}

// letterName reports whether the name [p, q) is a person's in a letter's
// salutation or close, or the close's word itself: a name that a word of
// salutations.tsv opens or follows ("Dear Mum", "Dearest Tom,", « Chère
// Awa »), one joined to such a name by "and" or « et » ("Dear Mum and
// Dad,"), or, in the document's last sentence, a word of closings.tsv
// opening it, a comma and the writer's name ("Love, Sophie", « Bises,
// Awa »).
func (r *reader) letterName(p, q int, s *sentence) bool {
	salutation := func(p int) bool {
		if anyHas(setSalutations, r.toks[p].lower) {
			return true
		}
		return p-1 >= s.a && anyHas(setSalutations, r.toks[p-1].lower)
	}
	if salutation(p) {
		return true
	}
	if w := r.lowerWord(p-1, s.b); (w == "and" || w == "et") && p-2 >= s.a && r.toks[p-2].cap {
		j := p - 2
		for j > s.a && r.toks[j-1].kind == tokWord && r.toks[j-1].cap {
			j--
		}
		if salutation(j) {
			return true
		}
	}
	if len(r.sents) < 2 || s.a != r.sents[len(r.sents)-1].a || !anyHas(setClosings, r.toks[s.first].lower) {
		return false
	}
	if p == s.first {
		return q-p == 1 && r.is(q, s.b, ",") // "Love," itself
	}
	return p == s.first+2 && r.is(s.first+1, s.b, ",")
}

// leaderBefore reports whether the name at token p follows a phrase of
// leading or directing (leaderships.tsv: "under the direction of", "led
// by", « sous la direction de », « dirigée par »), perhaps with its « de »
// elided into the name (« sous la direction d'Anne Roux »): "the fourth
// season, under the direction of Eleni Procopiou". The name is the
// leader's, a person's. The phrase's last two words are looked up first
// (leaderEnds), so most names cost two map reads and no allocation.
func (r *reader) leaderBefore(p int, s *sentence) bool {
	last, k := r.lowerWord(p-1, s.b), p-1
	if rest, art := elidedRest(r.toks[p].lower); art == 'd' && rest != "" {
		last, k = "de", p
	}
	if k-1 < s.a || r.toks[k-1].cap || !leaderEnds()[last][r.lowerWord(k-1, s.b)] {
		return false
	}
	phrase := r.lowerWord(k-1, s.b) + " " + last
	for j := k - 2; j >= s.a && j >= k-5; j-- {
		if anyHas(setLeaderships, phrase) {
			return true
		}
		if r.toks[j].kind != tokWord || r.toks[j].cap {
			return false
		}
		phrase = r.toks[j].lower + " " + phrase
	}
	return anyHas(setLeaderships, phrase)
}

// leaderEnds maps the last word of each phrase of leaderships.tsv to the
// words before it: "of" to "direction", "leadership", …; "by" to "led".
var leaderEnds = sync.OnceValue(func() map[string]map[string]bool {
	ends := map[string]map[string]bool{}
	for ph := range langs().sets[setLeaderships] {
		f := strings.Fields(ph)
		if len(f) < 2 {
			continue
		}
		a, b := f[len(f)-2], f[len(f)-1]
		if ends[b] == nil {
			ends[b] = map[string]bool{}
		}
		ends[b][a] = true
	}
	return ends
})

// personNamedBefore reports whether the name at token p follows a noun of
// a person and a word of naming (lexicon/LANG/namings.tsv, or "known
// as"), perhaps past a comma: "a cheerful man called Gela", "a guide
// named Tashi", "an old trapper known as Blackjack", « un homme nommé
// Abdou ». The nouns are
// those of personnouns.tsv, occupations.tsv, companions.tsv and
// offices.tsv, after an indefinite article ("our guide called it X" is
// the guide's word for a place). The name is the person's, no place.
func (r *reader) personNamedBefore(p int, s *sentence) bool {
	j := p - 1
	if r.lowerWord(j, s.b) == "as" && r.lowerWord(j-1, s.b) == "known" {
		j-- // "known as"
	} else if j <= s.a || !anyHas(setNamings, r.lowerWord(j, s.b)) {
		return false
	}
	if r.is(j-1, s.b, ",") {
		j--
	}
	k := j - 1
	if k < s.a || r.toks[k].cap {
		return false
	}
	w := r.toks[k].lower
	if !anyHas(setPersonNouns, w) && !anyHas(setOccupations, w) && !anyHas(setCompanions, w) && !anyHas(setRoles, w) {
		return false
	}
	// "a guide named Tashi", not "our guide called it Oum Lebbeir": an
	// indefinite article, perhaps past adjectives, opens the person.
	for j := k - 1; j >= s.a && j >= k-3; j-- {
		switch t := &r.toks[j]; {
		case t.kind != tokWord || t.cap && j != s.first:
			return false
		case t.lower == "a" || t.lower == "an" || t.lower == "un" || t.lower == "une":
			return true
		}
	}
	return false
}

// placeKindNamed reports whether the word of naming at token k (« baptisé
// ») follows, right or past a comma, or past an adjective or a complement
// of up to maxKindComplement lower-case words, a kind of place: « Ce
// campement, baptisé Tin-Taborak, … », « un hameau baptisé X », « une
// source chaude baptisée X » name a place, not an animal; an animal's
// noun among those words (« une lionne du parc baptisée X ») names the
// animal. Past a comma, a distance from a place names what the distance
// places: "a camp 60 km west of Coober Pedy, dubbed X", « un campement
// situé à 12 km à l'est d'Agadez, surnommé X ».
func (r *reader) placeKindNamed(k int, s *sentence) bool {
	j := k - 1
	if r.is(j, s.b, ",") {
		j--
		if r.distanceObjectEndsAt(j, s) {
			return true // "a camp 60 km west of Coober Pedy, dubbed X"
		}
	}
	kind := false
	for n := 0; n < maxKindComplement && j >= s.a && !r.toks[j].cap; n, j = n+1, j-1 {
		// « une source chaude baptisée X », « un camp de déplacés
		// baptisé X »: an adjective or a complement may follow the kind.
		w, _ := elidedRest(r.lowerWord(j, s.b))
		if w == "" {
			break
		}
		if anyHas(setAnimals, w) {
			return false
		}
		kind = kind || frenchFeature(w) != "" || isDescriptorNoun(w)
	}
	return kind
}

// distanceObjectEndsAt reports whether token j ends the name a distance
// or a direction is measured from: "60 km west of Coober Pedy", « à 12 km
// d'Agadez », « au nord de Gao ». The name, of up to four capitalised
// words, follows "of", "from" or « de » (perhaps elided in its first
// token) after a compass word or a unit of length.
func (r *reader) distanceObjectEndsAt(j int, s *sentence) bool {
	p := j
	for p > s.a && p > j-3 && r.toks[p-1].cap && r.toks[p-1].kind == tokWord {
		p--
	}
	if p <= s.a || !r.toks[p].cap {
		return false
	}
	q := p - 1 // the word of "of"
	if _, art := elidedRest(r.toks[p].lower); art == 'd' {
		q = p // « d'Agadez »
	} else if w := r.lowerWord(q, s.b); w != "of" && w != "from" && w != "de" && w != "du" {
		return false
	}
	w, _ := elidedRest(r.lowerWord(q-1, s.b))
	if isCompassWord(w) || isCompassTableWord(w) {
		return true
	}
	for _, l := range langs().all {
		if _, ok := l.units.word(w); ok {
			return true
		}
	}
	return false
}

// maxKindComplement bounds the words placeKindNamed reads back from the
// word of naming to the kind: « un camp de déplacés baptisé X » takes
// three.
const maxKindComplement = 3

// binomialAfter reports whether the name at token p, one capitalised word
// of plain letters, is the genus of a Latin binomial whose second word is
// token q, as wildlife and field reports cite species: "Panthera onca
// sightings along the Transpantaneira", "Pandion haliaetus nests were
// checked near Maun". The second word is lower case, of four letters or
// more, all ASCII, ends as Latin epithets do (isLatinEpithet), and is no
// English word (common.txt.gz, placewords.txt.gz; "organises" is one, in
// its American spelling) nor a word of any table
// of either language (a French weekday, "mardi", ends in -i; a kind of
// place, "upazila", in -a; a French number, « deux », in -x; a kind
// written after a name, "tumuli", in -i). A sentence with a French
// article (« le », « des », « l' », « d' ») or « à » is read as French,
// whose words the English lists lack
// (« Tombouctou parmi les villes »), and holds no binomial so read; nor
// does a word an earlier name of the text holds ("In Nsanje District …
// north-east of Nsanje boma"). The name is then the genus, no place.
func (r *reader) binomialAfter(p, q int, s *sentence) bool {
	if q != p+1 || q >= s.b || r.toks[q].kind != tokWord || r.toks[q].cap || !r.toks[p].cap || isUpperWord(r.text[r.toks[p].start:r.toks[p].end]) {
		return false
	}
	w := r.toks[q].lower
	if len(w) < 4 || !isLatinEpithet(w) || !asciiLetters(r.toks[p].lower) {
		return false
	}
	if isCommonWord(w) || isCommonWord(americanSpelling(w)) || isPlaceWord(w) || isDescriptorNoun(w) || isFeatureWord(w) || frenchFeature(w) != "" ||
		isPreposition(w) || isPlaceIntro(w) || isFrenchLocative(w) || inAnyWordSet(w) || isNumberWord(w) || isFrenchNumberWord(w) {
		return false
	}
	if _, _, ok := phraseAt(r, lex().kindsAfter, q, s.b, true); ok {
		return false // "the Tinabaw tumuli", "the Gebel stelae": a kind of place (kindsafter.tsv)
	}
	for k := s.a; k < s.b; k++ {
		t := r.toks[k]
		if t.kind != tokWord {
			continue
		}
		if _, art := elidedRest(t.lower); art != 0 || t.lower == "à" || (!t.cap || k == s.a) && t.lower != "de" && t.lower != "un" && isFrenchArticle(t.lower) {
			return isScholarlyEpithet(w) && !r.namedWord(r.toks[p].lower)
		}
	}
	// "In Nsanje District, … 15 km north-east of Nsanje boma": a word the
	// text has already used in a place's name is no genus.
	return !r.namedWord(r.toks[p].lower)
}

// isScholarlyEpithet reports whether w, lower case, ends as Latin
// epithets do and French words do not: -ae, -ii, -idis, -ensis, -ilis,
// -alis, -aris, -otis, -icus, -atus, -inus, -osus, -orum, -arum, or -um
// after five letters or more ("cholerae", "meningitidis", "myotis",
// "falciparum"). A French sentence, whose words the English lists lack,
// holds a binomial only with such an epithet (« confirmés à Neisseria
// meningitidis », « une colonie de Myotis myotis »); « Tombouctou parmi
// les villes » holds none.
func isScholarlyEpithet(w string) bool {
	if !asciiLetters(w) {
		return false
	}
	for _, e := range []string{"ae", "ii", "idis", "ensis", "ilis", "alis", "aris", "otis", "icus", "atus", "inus", "osus", "orum", "arum"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return len(w) >= 7 && strings.HasSuffix(w, "um")
}

// americanSpelling returns w, lower case, with a British verb ending
// respelt as the list of common English words (common.txt.gz) writes it:
// "organises" is "organizes", "analyses" "analyzes". Other words are
// returned as they are.
func americanSpelling(w string) string {
	for _, e := range [][2]string{{"ises", "izes"}, {"yses", "yzes"}} {
		if stem, ok := strings.CutSuffix(w, e[0]); ok {
			return stem + e[1]
		}
	}
	return w
}

// isLatinEpithet reports whether w, lower case, is all ASCII letters and
// ends as the second word of a Latin binomial does: -us, -um, -is, -ae,
// -i, -a, -es, -o, -x ("onca", "leo", "tigris", "paniscus",
// "lupus", "grevyi", "troglodytes", "ferox").
func isLatinEpithet(w string) bool {
	if !asciiLetters(w) {
		return false
	}
	for _, e := range []string{"us", "um", "is", "ae", "i", "a", "es", "o", "x"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// asciiLetters reports whether w, lower case, is all ASCII letters.
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// inAnyWordSet reports whether w is a row of any word set of any language.
func inAnyWordSet(w string) bool {
	for s := wordSet(0); s < numWordSets; s++ {
		if anyHas(s, w) {
			return true
		}
	}
	return false
}

// seatAfter reports whether the word at token q, right after the name
// [p, q), is a building or a service named after the town that holds it,
// in lower case (lexicon/en/seats.tsv): "Cusco airport is an hour away",
// "Molo police are investigating". The name is that town; a single
// common English word, even one a place bears (placewords.txt.gz), is
// none: "Federal police", "General hospital".
func (r *reader) seatAfter(p, q int, s *sentence) bool {
	return r.lowerWordIn(q, s, setSeats) && !r.commonWordName(p, q)
}

// commonWordName reports whether the name [p, q) is a single common
// English word, even one a place bears (placewords.txt.gz): "Federal
// police", "General hospital", "Security officials" name no town.
func (r *reader) commonWordName(p, q int) bool {
	return q-p == 1 && (isCommonWord(r.toks[p].lower) || isPlaceWord(r.toks[p].lower))
}

// courtTailStart returns the first token of the words that end the run of
// capitalised words [i, j) and name a court's kind (courtTail): "Derby
// Crown Court", "the Mthatha Magistrate's Court", "Ho High Court". The
// words before them name the town where the court sits. It returns -1
// when no such words end the run, or when none but the court's words
// stand before them ("the High Court", "the Federal High Court"), or
// after "and" ("the Punjab and Haryana High Court").
func (r *reader) courtTailStart(i, j int, s *sentence) int {
	if r.is(i-1, s.b, "and") || r.is(i-1, s.b, "&") {
		return -1 // "the Punjab and Haryana High Court": a court of two states
	}
	for k := i + 1; k < j; k++ {
		if anyHas(setCourts, r.toks[k-1].lower) {
			continue
		}
		if e := r.courtTail(k, s); e >= j {
			return k
		}
	}
	return -1
}

// courtTail returns the end of the words from token k that name a court's
// kind: one or more capitalised words of lexicon/LANG/courts.tsv, each
// perhaps with its possessive, then "Court" ("Crown Court", "Magistrates'
// Court", "Chief Magistrate's Court"). It returns -1 when no such words
// stand at k.
func (r *reader) courtTail(k int, s *sentence) int {
	n := 0
	for k < s.b && r.toks[k].kind == tokWord && r.toks[k].cap && anyHas(setCourts, r.toks[k].lower) {
		k, n = k+1, n+1
		if k < s.b && (r.toks[k].kind == tokPoss || r.is(k, s.b, "'") || r.is(k, s.b, "’")) {
			k++ // "Magistrate's", "Magistrates'"
		}
	}
	if n == 0 || !r.is(k, s.b, "court") || !r.toks[k].cap {
		return -1
	}
	return k + 1
}

// lowerWordIn reports whether token q of sentence s is a lower-case
// English word of the set ws.
func (r *reader) lowerWordIn(q int, s *sentence, ws wordSet) bool {
	return q < s.b && r.toks[q].kind == tokWord && !r.toks[q].cap && langs().en.has(ws, r.toks[q].lower)
}

// establishmentAfter reports whether a capitalised word of
// establishments.tsv other than the last stands after token k and before
// q, the end of a name, followed by capitalised words: "Government Girls
// Primary School Basti Malook", "Army Public School Kharian". South Asian
// schools are named so, by their founder, their kind and the village that
// holds them; the organisation's word at k names who runs the school,
// which is a place.
func (r *reader) establishmentAfter(k, q int) bool {
	for j := k + 1; j < q-1; j++ {
		if t := &r.toks[j]; t.kind == tokWord && t.cap && langs().en.has(setEstablishments, t.lower) && r.toks[j+1].cap {
			return true
		}
	}
	return false
}

// namedOfBefore reports whether the name at token p follows "of", « de »,
// « d' » or « du » after a noun of namedof.tsv, capitalised before "of":
// "Bank of Kigali", "the Duke of Edinburgh", "the Army of the
// Tennessee", « l'accord de Paris », « la convention de Lomé ». The name is part of a bank's, a title's or a
// treaty's name, and no place of the text.
func (r *reader) namedOfBefore(p int, s *sentence) bool {
	n := len(r.toks)
	k := p - 1
	ofThe := r.is(k, n, "the") && r.is(k-1, n, "of")
	if ofThe {
		k-- // "the Army of the Tennessee", "the Duke of the Abruzzi"
	}
	of := r.is(k, n, "of")
	if _, art := elidedRest(r.toks[p].lower); art != 'd' {
		switch {
		case of || r.is(k, n, "de") || r.is(k, n, "du") || r.is(k, n, "des"):
			k--
		default:
			return false
		}
	}
	if k < s.a || r.toks[k].kind != tokWord || of && !r.toks[k].cap {
		return false // "the west bank of Gao" is the river's bank by Gao
	}
	w, _ := elidedRest(r.toks[k].lower)
	if ofThe && k-1 >= s.a && langs().en.has(setDedicated, w) {
		return true // "the Cathedral of the Assumption, Thurles": a dedication (dedicated.tsv)
	}
	return anyHas(setNamedOf, w) || of && r.peerBefore(k, s)
}

// peerBefore reports whether the capitalised word at k, right before
// "of", is a peer's own name after a noun of a title (namedof.tsv): "Lord
// Kitchener of Khartoum", "Viscount Montgomery of Alamein", "Baron
// Lugard of Abinger". The town after "of" is part of the peerage's name,
// no place of the text; an office in the title's place ("the Lord Mayor
// of Dublin") speaks for its town and is left alone.
func (r *reader) peerBefore(k int, s *sentence) bool {
	if k-1 < s.a || !r.toks[k-1].cap || r.toks[k-1].kind != tokWord {
		return false
	}
	w := r.toks[k].lower
	return langs().en.has(setNamedOf, r.toks[k-1].lower) && !isRoleNoun(w) && !isTitleWord(w)
}

// bodyOfAt returns the token that opens the name after the capitalised
// noun of a learned or public body at k (lexicon/LANG/bodies.tsv), its
// French adjective and its "of", "of the", « de », « du », « des » or
// elided « d' »: "the National Museum of Mongolia", "the University of the
// Witwatersrand", « le Musée national du Mali », « l'Université
// d'Abomey-Calavi ». It returns -1 when k is no such noun so followed. A
// body in lower case stays the building in its town: « l'université de
// Ouagadougou » (seats.tsv).
func (r *reader) bodyOfAt(k int, s *sentence) int {
	if k < s.a || k >= s.b || r.toks[k].kind != tokWord || !r.toks[k].cap {
		return -1
	}
	if w, _ := elidedRest(r.toks[k].lower); !anyHas(setBodies, w) {
		return -1
	}
	j := k + 1
	if j < s.b && !r.toks[j].cap && langs().fr.has(setAdjectives, r.toks[j].lower) {
		j++ // « le Musée national du Mali »
	}
	if j >= s.b {
		return -1
	}
	switch w := r.toks[j].lower; w {
	case "of", "de", "du", "des":
		j++
		if w == "of" && r.is(j, s.b, "the") {
			j++
		}
	default:
		if _, art := elidedRest(w); art != 'd' {
			return -1
		}
	}
	if j >= s.b || r.toks[j].kind != tokWord || !r.toks[j].cap {
		return -1
	}
	return j
}

// bodyOfBefore reports whether the name at token p is the end of a
// body's name (bodyOfAt): "the National Museum of Mongolia", "the
// University of Pisa". The name is no place of the text; the reader keeps
// its span in Document.Bodies.
func (r *reader) bodyOfBefore(p int, s *sentence) bool {
	for k := p - 1; k >= s.a && k >= p-4; k-- {
		if r.bodyOfAt(k, s) == p {
			return true
		}
	}
	return false
}

// namedBefore reports whether the name at token p comes right after a
// lower-case noun of lexicon/LANG/namedbefore.tsv with no « de » between,
// perhaps elided onto its article: « le virus Zika », « la maladie à virus
// Soudan », « le variant Delta », « l'eau minérale Coyah », « l'espace
// Schengen ». The name is a virus's or a variant's, named after where it
// was first found, a brand's or a treaty's, and no place of the text.
func (r *reader) namedBefore(p int, s *sentence) bool {
	k := p - 1
	if k < s.a || r.toks[k].kind != tokWord || r.toks[k].cap {
		return false
	}
	w, _ := elidedRest(r.toks[k].lower) // « l'espace Schengen »
	return anyHas(setNamedBefore, w)
}

// shipNameBefore reports whether the name at tokens p..q is the end of a
// ship's name: a run of capitalised words and "of", « de » or « du »
// ending at p ("Star of Scotland", "Empress of Ireland"), after a word of
// lexicon/LANG/ships.tsv with an article or « du » between or not ("the
// wreck of the Star of Scotland", "aboard the Empress of Ireland", « le
// paquebot Ville de Marseille », "HMS Hood"), or such a run of more than one
// word before a verb said only of a ship (shipverbs.tsv: "The City of
// Cairo was torpedoed"). A ship's name holds no place of the text.
func (r *reader) shipNameBefore(p, q int, s *sentence) bool {
	n := len(r.toks)
	st := p // the first token of the ship's name
	for k := p - 1; k >= s.a && k >= p-4; k-- {
		w := r.toks[k].lower
		if r.toks[k].kind == tokWord && r.toks[k].cap {
			if anyHas(setShips, w) {
				return true // "HMS Hood", "SS City of Cairo"
			}
			st = k
			continue
		}
		if w == "of" || w == "de" || w == "du" {
			continue
		}
		break
	}
	if !r.toks[st].cap {
		return false
	}
	k := st - 1
	switch r.word(k, n) {
	case "the", "le", "la", "du", "des":
		k--
	}
	if k-1 >= s.a && (r.is(k, n, "of") || r.is(k, n, "de") || r.is(k, n, "du")) {
		if w, _ := elidedRest(r.toks[k-1].lower); w == "wreck" || w == "épave" {
			return true // "the wreck of the Star of Scotland", « l'épave de l'Empress of Ireland »
		}
	}
	if k >= s.a && r.toks[k].kind == tokWord && !r.toks[k].cap && anyHas(setShips, r.toks[k].lower) {
		return true // "the liner City of Benares", « le navire Ocean Viking »
	}
	if st == p {
		return false
	}
	e := q
	for _, w := range []string{"was", "had", "been"} {
		if r.is(e, n, w) {
			e++
		}
	}
	return e < n && r.toks[e].kind == tokWord && anyHas(setShipVerbs, r.toks[e].lower) // "The City of Cairo was torpedoed"
}

// seatTown reports whether the name at token p is the town a building or
// a service stands in, by its preposition: "the airport at Armenia", "the
// hospital at Kasane" (lexicon/en/seats.tsv before "at"). A town, not the
// country or the division it is spelt like. French is left out: « de »
// after « l'hôpital » takes countries without their article too («
// l'université d'Haïti »).
func (r *reader) seatTown(p int, s *sentence) bool {
	return r.is(p-1, len(r.toks), "at") && p-2 >= s.a && r.lowerWordIn(p-2, s, setSeats)
}

// seatOfBefore reports whether the name at token p follows « de », « d' »
// or « du » after a building or service named after the town that holds
// it (seats.tsv): « l'hôpital de Foix », « la mairie de Pontivy », « le
// tribunal d'Évry », perhaps with an adjective between (« la direction
// provinciale d'Errachidia »), or after an institution's acronym (« au
// CHU de Toulouse »). The name is that town.
func (r *reader) seatOfBefore(p int, s *sentence) bool {
	k := p - 1
	if _, art := elidedRest(r.toks[p].lower); art != 'd' {
		if !r.is(k, len(r.toks), "de") && !r.is(k, len(r.toks), "du") {
			return false
		}
		k--
	}
	if k < s.a || r.toks[k].kind != tokWord {
		return false
	}
	if c := r.frenchCourtHead(k, s); c >= 0 {
		// « le tribunal de grande instance de Thiès », « La Cour d'appel
		// de Fès »: the court's kind between its noun and the town.
		if w, _ := elidedRest(r.toks[c].lower); w == "tribunal" || w == "cour" {
			return true
		}
	}
	if r.at[k] >= 0 {
		return false
	}
	if t := &r.toks[k]; len(t.lower) >= 2 && len(t.lower) <= 5 && isUpperWord(r.text[t.start:t.end]) {
		return true // « au CHU de Toulouse »: an institution's acronym (institutionBeforeDe)
	}
	w, _ := elidedRest(r.toks[k].lower)
	if !anyHas(setSeats, w) && isFrenchAdjective(w) && k-1 >= s.a && r.at[k-1] < 0 {
		// « la direction provinciale d'Errachidia », « la protection
		// civile d'Azazga »: an adjective of the service's noun.
		w, _ = elidedRest(r.toks[k-1].lower)
	}
	return anyHas(setSeats, w)
}

// frenchCourtHead returns the token before the words of a French court's
// kind (lexicon/fr/courts.tsv) that end at token k, with the « de », «
// du » or « d' » between them: the court's noun in « le tribunal de
// grande instance », « la cour d'appel », « le tribunal correctionnel ».
// It returns -1 when no such word ends at k.
func (r *reader) frenchCourtHead(k int, s *sentence) int {
	e := k
	for ; k > s.a && k > e-5; k-- {
		w, _ := elidedRest(r.toks[k].lower)
		if r.toks[k].kind != tokWord || !langs().fr.has(setCourts, w) {
			if k < e && (r.toks[k].lower == "de" || r.toks[k].lower == "du") {
				continue
			}
			break
		}
	}
	if k == e {
		return -1
	}
	return k
}

// courtNameAt reports whether the capitalised words [p, q) end with the
// noun of a French court before a word of its kind (lexicon/fr/courts.tsv):
// « La Cour d'appel de Fès », « La Cour européenne des droits de l'homme
// », « le Tribunal correctionnel ». The name is the court's, no place.
func (r *reader) courtNameAt(p, q int, s *sentence) bool {
	if q >= s.b || q-1 < p || r.toks[q].kind != tokWord || r.toks[q].cap {
		return false
	}
	if w := r.toks[q-1].lower; w != "cour" && w != "tribunal" {
		return false
	}
	w, _ := elidedRest(r.toks[q].lower)
	return langs().fr.has(setCourts, w)
}

// scopeAfter reports whether the one capitalised word [p, q), after a
// French article, is followed by a lower-case adjective of an
// institution's reach (lexicon/fr/scopes.tsv): the noun opens a body's
// name, « le Centre national d'action antimines », « l'Office régional
// de mise en valeur agricole », « le Bureau fédéral des enquêtes », no
// place. « Le Centre » alone, the region, stays one.
func (r *reader) scopeAfter(p, q int, s *sentence) bool {
	if q >= s.b || r.toks[q].kind != tokWord || r.toks[q].cap || !langs().fr.has(setScopes, r.toks[q].lower) {
		return false
	}
	if q-p == 2 && isFrenchArticle(r.toks[p].lower) {
		return true // « Le Centre national », the article in the name
	}
	if _, art := elidedRest(r.toks[p].lower); q-p == 1 && art != 0 {
		return true // « l'Office national »
	}
	return q-p == 1 && p > s.a && isFrenchArticle(r.toks[p-1].lower)
}

// asFarAs reports whether the name at token p follows "as far as", perhaps
// with a compass word, "inland", "afield" or "away" after "far": "as far
// west as Marsa Matruh", "sold as far inland as Kayes", "patients from as
// far away as Kenema". The name is where something reaches, a place.
func (r *reader) asFarAs(p int, s *sentence) bool {
	n := len(r.toks)
	k := p - 1
	if !r.is(k, n, "as") || k-2 < s.a {
		return false
	}
	k--
	if w := r.lowerWord(k, n); isCompassWord(w) || w == "inland" || w == "afield" || w == "away" || w == "upriver" || w == "downriver" || w == "upstream" || w == "downstream" {
		k--
	}
	return k-1 >= s.a && r.is(k, n, "far") && r.is(k-1, n, "as")
}

// measuredPast reports whether the name at token p follows "past" after a
// unit of distance or of time, or "just": "the lodge is an hour past
// Ranohira", "10 km past Kibwezi", "just past Voi". A way measured past
// a name passes a place; "dribbled past Messi" passes a player.
func (r *reader) measuredPast(p int, s *sentence) bool {
	n := len(r.toks)
	if p-2 < s.a || !r.is(p-1, n, "past") {
		return false
	}
	w := r.lowerWord(p-2, n)
	return isUnitWord(w) || langs().en.travel.times[w] || w == "just" || w == "shortly"
}

// originBefore reports whether the name at token p follows « de », « d' »
// or « du » after a word of coming or leaving (origins.tsv: « partis de
// Marrakech », « venus de Bafoussam », « en provenance de Kayes »), or
// « par » after a word of a way (passes.tsv: « un détour par
// Murdochville », « passer par Grimisuat »), or after a place of origin
// (« arrivés de Libye par Agadez »). « de » and « par » alone say
// nothing of a place (« le maire de X », « tué par X »); after these words,
// perhaps with up to two fillers between (« viendront aussi de Kolwezi »),
// the name is where someone came from or went through, a town. A means
// of travel may come between too (« arrivent par camion d'Abéché »).
func (r *reader) originBefore(p int, s *sentence) bool {
	n := len(r.toks)
	k := p - 1
	set := setOrigins
	if _, art := elidedRest(r.toks[p].lower); art != 'd' {
		switch {
		case r.is(k, n, "de") || r.is(k, n, "du"):
		case r.is(k, n, "par"):
			set = setPasses
			if m := r.mentionEndingAt(k-1, s.a); m >= 0 && r.originBefore(r.mtok[m][0], s) {
				return true // « venaient du Brésil par Oiapoque »: the way from a place of origin
			}
			if m := r.mentionEndingAt(k-1, s.a); m >= 0 && r.headingFor(r.mtok[m][0], s) {
				return true // « puis route vers Nouakchott par Akjoujt »: the way to a destination
			}
		default:
			return false
		}
		k--
	}
	if r.is(k, n, "et") || r.is(k, n, "ou") {
		return false // « partis de Marrakech et de Taroudant »: the list reads the second
	}
	if set == setOrigins && (k < s.a || k < s.first || r.is(k, n, ":") || r.is(k, n, ",")) && r.toAfter(p, s) {
		return true // « Jour 2 : de Leh à Likir », « De La Paz à Uyuni, ... »: a stage's start
	}
	for j := 0; j < 3 && k >= s.a && r.toks[k].kind == tokWord && r.at[k] < 0; j, k = j+1, k-1 {
		w, _ := elidedRest(r.toks[k].lower)
		if anyHas(set, w) {
			return true
		}
		if (vehicleNoun(w, true) != "" || craftNoun(w) != "") && (set == setOrigins && r.is(k-1, n, "par") || r.is(k-1, n, "en")) {
			k-- // « les vivres arrivent par camion d'Abéché », « retour en train par Sion »: the means of the way
			continue
		}
		if j == 2 || !isFrenchFiller(w) {
			return false // up to two fillers may come between: « viendront aussi de Kolwezi »
		}
	}
	return false
}

// headingFor reports whether the name at token p is where a way heads,
// after « vers », « jusqu'à » or « direction »: « route vers Nouakchott
// par Akjoujt », « jusqu'à Kidal par Anéfis ». « à » alone is left out:
// « tué à Gao par Ahmed » names the killer after « par ».
func (r *reader) headingFor(p int, s *sentence) bool {
	n := len(r.toks)
	if p-1 < s.a {
		return false
	}
	w := r.toks[p-1].lower
	return w == "vers" || w == "jusqu'à" || w == "direction" || w == "à" && r.is(p-2, n, "jusqu'")
}

// objectAfterFrenchPlace reports whether the French article « le », « la
// » or « les » at token j, after a capitalised name that starts at token
// i right after « à », « au » or « aux », opens the verb's object rather
// than joining a name: « a reçu à Bamako le Premier ministre », « a réuni
// à Kandi la Croix-Rouge », « a rencontré à Niamey les Nations unies ».
// French writes the articles inside a town's name with hyphens
// (Saint-Martin-le-Vinoux), so the spaced article there is none of it.
func (r *reader) objectAfterFrenchPlace(i, j int) bool {
	switch r.toks[j].lower {
	case "le", "la", "les":
	default:
		return false
	}
	if i == 0 || r.toks[i-1].kind != tokWord || r.toks[i-1].cap {
		return false
	}
	switch r.toks[i-1].lower {
	case "à", "au", "aux":
		return true
	}
	return false
}

// toAfter reports whether the capitalised name at p is followed, after at
// most three more capitalised words or hyphens of its own, by « à » or «
// jusqu'à » and a capitalised word: « de Leh à Likir », « de La Paz à Uyuni
// », the two ends of a stage of a journey.
func (r *reader) toAfter(p int, s *sentence) bool {
	n := len(r.toks)
	k := p + 1
	for j := 0; j < 3 && k < s.b && (r.toks[k].cap || r.is(k, n, "-")); j++ {
		k++
	}
	if !(r.is(k, n, "à") || r.is(k, n, "jusqu'à")) || k+1 >= s.b {
		return false
	}
	return r.toks[k+1].kind == tokWord && r.toks[k+1].cap
}

// descriptorBefore returns the feature the text gives before the name at p:
// "the village of X", "the small market town of X", "the rural commune
// (municipality) of X", "the massif of the X", "the camp at X", "wadi X", "the
// Malian capital X", "the nation's capital X", "the national capital, X",
// "Mauritania's capital of X", "the capital of Niger, X".
// After a kind flagged bare (descriptors.tsv: "the hospital of Gao") it
// returns "" and true: the name is a place, of no kind the text gives.
func (r *reader) descriptorBefore(p, a int) (string, bool) {
	n := len(r.toks)
	k := p - 1
	if k < a {
		return "", false
	}
	if f, ok := r.localKindBefore(p, a); ok {
		return f, true // "Barangay San Isidro", "Desa Sukamaju"
	}
	via := ""
	switch {
	case r.is(k, n, "of") || r.is(k, n, "at"):
		via = r.toks[k].lower
		k--
	case r.is(k, n, "the") && r.is(k-1, n, "of") && k-1 >= a:
		via = "of"
		k -= 2
	case r.is(k, n, ","):
		// "the national capital, X"; "the capital of Niger, X".
		if r.is(k-1, n, "capital") && k-1 >= a {
			return "capital", true
		}
		if m := r.mentionEndingAt(k-1, a); m >= 0 {
			o := r.mtok[m][0] - 1
			if r.is(o, n, "of") && r.is(o-1, n, "capital") && o-1 >= a {
				return "capital", true
			}
		}
		return "", false
	}
	k = r.skipParenBack(k, a)
	if k < a {
		return "", false
	}
	head := r.lowerWord(k, n)
	if head == "" && via == "of" && r.at[k] < 0 {
		head = r.word(k, n) // "the Town of Peace River"
	}
	if !isDescriptorNoun(head) || via == "" && r.complementOfNoun(k, a) {
		return "", false // « le chef de village Amadou Sow » is a person
	}
	if via == "of" && k-1 >= a && r.at[k-1] >= 0 {
		return "", false // "the Vakaga prefecture of X": X holds it
	}
	if via == "of" && k-1 >= a && (langs().en.has(setSuperlatives, r.lowerWord(k-1, n)) || r.is(k-1, n, "second") || r.is(k-1, n, "third")) {
		// "the largest city of Zimbabwe", "the second city of Zimbabwe":
		// X holds the city, and is none.
		return "", false
	}
	if via == "of" && isPartKind(head) && r.indefiniteBefore(k, a) {
		// "a village of the Bashtanka hromada", "a hamlet of Tân Hòa
		// commune": the settlement lies in X (partOfAt), which is no
		// settlement itself.
		return "", false
	}
	switch {
	case via == "at" && !isAtDescriptor(head):
		return "", false
	case via == "of" && lex().en[head].bare:
		// "the hospital of Gao": a place, the town whose hospital it
		// is, of no kind the text gives.
		return "", true
	case via == "of" && (head == "capital" || head == "seat" || head == "chef-lieu"):
		// "the capital of X" makes X the container; only "Mauritania's
		// capital of X" names X itself.
		if k-1 < a || r.toks[k-1].kind != tokPoss {
			return "", false
		}
	case via == "of" && (head == "area" || head == "zone" || head == "hub" || head == "junction"):
		return "", false
	case via == "" && (head == "area" || head == "zone" || head == "seat" || head == "hub"):
		return "", false
	}
	return r.withModifier(head, k, a), true
}

// openKindWord reports whether token k is a lower-case adjective this reader
// does not list (isOpenAdjective) with a descriptor noun after it, past at
// most two listed adjectives or modifiers: "component" in "a component
// city", "colonial" in "the colonial town", "prefectural" in "the
// prefectural capital".
func (r *reader) openKindWord(k, b int) bool {
	if k >= b || r.toks[k].kind != tokWord || r.toks[k].cap || !isOpenAdjective(r.toks[k].lower) {
		return false
	}
	j := k + 1
	for n := 0; n < 2 && j < b && (isPlainAdjective(r.lowerWord(j, b)) || isCompoundModifier(r.lowerWord(j, b))); n++ {
		if isDescriptorNoun(r.lowerWord(j, b)) {
			return true // "a spa town" read up to "district" in "a district town"
		}
		j++
	}
	if j < b && r.acronymModifier(j) {
		j++ // "the newest IDP settlement"
	}
	return isDescriptorNoun(r.lowerWord(j, b))
}

// withModifier returns head with the compound modifier before token k, if any
// ("market town"), skipping plain adjectives ("small market town").
func (r *reader) withModifier(head string, k, a int) string {
	for j := k - 1; j >= a && j > k-4; j-- {
		w := r.lowerWord(j, len(r.toks))
		switch {
		case isCompoundModifier(w):
			return w + " " + head
		case isPlainAdjective(w):
			continue
		}
		break
	}
	return head
}

// modifiedKindAfter returns the kind of lexicon/en/kindsafter.tsv, or a
// trailing descriptor, written after the name ending before token q past
// one or two lower-case modifiers kept in a kind (modifiers.tsv): "the
// Banfara exploration permit", "the Serra Azul iron ore deposit", "the
// Tsagaan Uul porphyry prospect". The kind is the name's, as in "the
// Banfara permit", and "the permit" later stands for it.
func (r *reader) modifiedKindAfter(q, b int) (string, bool) {
	k := q
	for ; k < b && k < q+2 && r.toks[k].kind == tokWord && !r.toks[k].cap && isKindModifier(r.toks[k].lower); k++ {
	}
	if k == q {
		return "", false
	}
	if f, _, ok := phraseAt(r, lex().kindsAfter, k, b, true); ok {
		return f, true
	}
	if w := r.lowerWord(k, b); isTrailingDescriptor(w) {
		return w, true
	}
	return "", false
}

// descriptorAfter returns the feature the text gives after the name ending
// before token q: "X, a village lying ...", "X, the Malian capital", "X is a
// small town", "X (Arabic: ...) is the capital of ...". A noun of a role
// (roleComplementAt) gives no feature, but still says X is a place: "X is
// the base for the tours".
func (r *reader) descriptorAfter(q, b int) (string, bool) {
	if w := r.lowerWord(q, b); isTrailingDescriptor(w) && !(isRoadNoun(r.lowerWord(q+1, b)) && r.pairDash(q-2, b)) {
		return w, true // "the Tilemsi valley", "the Vakaga prefecture"
	}
	if f, _, ok := phraseAt(r, lex().kindsAfter, q, b, true); ok {
		return f, true // "the X trading centre", "the X barracks"
	}
	if f, ok := r.modifiedKindAfter(q, b); ok {
		return f, true // "the X exploration permit", "the X iron ore deposit"
	}
	k := r.skipParen(q, b)
	appos := r.is(k, b, ",")
	if appos {
		k++
	}
	cop := false
	for n := 0; n < 3 && isCopula(r.lowerWord(k, b)); n++ {
		if r.activeObjectAt(k, b) {
			return "", false // "Suncor built a camp 60 km north of X": the camp is Suncor's work, no kind of Suncor
		}
		k++
		cop = true
	}
	if !appos && !cop {
		return "", false
	}
	for r.is(k, b, "also") || r.is(k, b, "now") || r.is(k, b, "once") || r.is(k, b, "still") {
		k++
	}
	if !r.is(k, b, "a") && !r.is(k, b, "an") && !r.is(k, b, "the") {
		return "", false
	}
	k++
	if r.collectiveOf(k+1, b) {
		k += 2 // "X, a handful of log cabins on the Alaska Highway": the kind is the cabins'
	}
	start := k
	for ; k < b && k < start+4; k++ {
		t := &r.toks[k]
		if t.kind == tokNum || t.kind == tokPoss {
			continue
		}
		if k > start && r.toks[k-1].kind == tokNum && isDash(t.lower) || k-1 > start && r.hyphenAfterNumber(k-2) {
			continue // "X, a 240-hectare tea estate": a size before the kind
		}
		if t.kind != tokWord {
			break
		}
		if t.cap && isDemonym(t.lower) {
			continue
		}
		if t.cap && isPeople(t.lower) && appos && !cop {
			continue // "X, the Ashanti capital": a people's, as "X, the Malian capital" a nation's
		}
		if !t.cap && !isDescriptorNoun(t.lower) && isDescriptorNoun(r.lowerWord(k+1, b)) &&
			(k+2 >= b || r.toks[k+2].kind == tokPunct || appositionGoesOn(r.lowerWord(k+2, b))) {
			continue // "a tea estate", "a yurt camp": a noun that says what the kind is for
		}
		if t.upper && len(t.lower) >= 2 && len(t.lower) <= 5 && isDescriptorNoun(r.lowerWord(k+1, b)) {
			continue // "X, an IDP site", "X, a UN base": an acronym modifies the kind
		}
		if t.cap || !(isPlainAdjective(t.lower) || isCompoundModifier(t.lower)) {
			if cop && k == start && r.openKindWord(k, b) {
				continue // "X is a component city"
			}
			break
		}
	}
	head := r.lowerWord(k, b)
	if !isDescriptorNoun(head) || head == "area" || head == "zone" || head == "seat" {
		return "", false
	}
	if cop && lex().en[head].role && r.roleComplementAt(k+1, b) {
		return "", true // "X is the base for the hike": a place, serving as a base, of no kind the words tell
	}
	if appos && !cop {
		// "Gao, the village chief said": a noun after the descriptor makes
		// it a modifier of something else.
		if next := r.lowerWord(k+1, b); next != "" && !appositionGoesOn(next) {
			return "", false
		}
		// "X, the state's top prosecutor", "X, the state Commissioner for
		// Health": the kind qualifies a role, and says nothing of X.
		if k+1 < b && (r.toks[k+1].kind == tokPoss || r.toks[k+1].kind == tokWord && (isRoleNoun(r.toks[k+1].lower) || isTitleWord(r.toks[k+1].lower))) {
			return "", false
		}
		// "In Lebanon, the hamlet of Beit Kassab is ...": the kind is
		// Beit Kassab's, named right after it; "X, the capital of Y"
		// still says what X is.
		if r.is(k+1, b, "of") && k+2 < b && r.toks[k+2].kind == tokWord && r.toks[k+2].cap && !isSeatNoun(head) {
			return "", false
		}
	}
	return r.withModifier(head, k, start), true
}

// kindAfterEndsAt reports whether token k ends a kind of place of
// lexicon/en/kindsafter.tsv written after a name that ends at or after
// token a: "the X trading centre", "the X barracks", with up to two
// lower-case modifiers or adjectives between ("the X solar complex", "the
// X gas processing plant").
func (r *reader) kindAfterEndsAt(k, a int) bool {
	_, ok := r.kindAfterStart(k, a)
	return ok
}

// kindAfterStart returns the first token of the kind of place that
// kindAfterEndsAt finds ending at token k ("business" of "the X business
// centre"), so that a reader walking back from k steps over the whole
// phrase, whose first words ("business", "growth") are no modifiers.
func (r *reader) kindAfterStart(k, a int) (int, bool) {
	for i := k; i > a && i >= k-2; i-- {
		if _, e, ok := phraseAt(r, lex().kindsAfter, i, len(r.toks), true); ok && e == k+1 {
			j := i - 1
			for n := 0; n < 2 && j > a && !r.toks[j].cap && r.mentionEndingAt(j, a) < 0; n++ {
				if w := r.toks[j].lower; !isCompoundModifier(w) && !isPlainAdjective(w) {
					break
				}
				j--
			}
			return i, r.mentionEndingAt(j, a) >= 0
		}
	}
	return -1, false
}

// kindAfterArticle reports whether token k ends a kind of place of
// lexicon/en/kindsafter.tsv after an article or a possessive, perhaps
// past up to four adjectives and modifiers: "X, the world's largest solar
// plant, lies ...", "X, a hydroelectric dam, ...". Such a phrase is an
// apposition of kind, as one whose head is a descriptor noun.
func (r *reader) kindAfterArticle(k, a int) bool {
	for i := k; i > a && i >= k-2; i-- {
		if _, e, ok := phraseAt(r, lex().kindsAfter, i, len(r.toks), true); ok && e == k+1 {
			j := i - 1
			for n := 0; n < 4 && j > a && r.toks[j].kind == tokWord && !r.toks[j].cap && (isCompoundModifier(r.toks[j].lower) || isPlainAdjective(r.toks[j].lower) || isOpenAdjective(r.toks[j].lower)); n++ {
				j--
			}
			w := r.lowerWord(j, len(r.toks))
			return w == "the" || w == "a" || w == "an" || (j >= a && r.toks[j].kind == tokPoss)
		}
	}
	return false
}

// agencyOf reports whether the name ending before token q ends with the
// head of an agency's name (agencyheads.tsv: "Department", "Bureau",
// "Ministry", "Centre") and "of" or "for" and a capitalised common word
// follow it: "the Texas Department of Public Safety", "the Bureau of Land
// Management", "the Nigeria Centre for Disease Control". A
// division so written names a place after "of" ("the Kayes Region of
// Mali"), which is no common word.
func (r *reader) agencyOf(q int, s *sentence) bool {
	if q-1 < s.a || q+1 >= s.b || !langs().en.has(setAgencyHeads, r.toks[q-1].lower) || !r.is(q, s.b, "of") && !r.is(q, s.b, "for") {
		return false
	}
	t := &r.toks[q+1]
	return t.kind == tokWord && t.cap && isCommonWord(t.lower)
}

// agencyFor reports whether the name ending before token q is an
// agency's name whose field follows "for" (agencyOf): "the Nigeria
// Centre for Disease Control", "the Africa Centres for Disease Control".
// The country at its head is the agency's, no place of the text, and is
// not mapped from it; a town is left for "of" ("the Texas Department of
// Public Safety" still names Texas, unlikely).
func (r *reader) agencyFor(q int, s *sentence) bool {
	return r.is(q, s.b, "for") && r.agencyOf(q, s)
}

// agencySector reports whether the name at tokens [p, q) follows the
// capitalised head of an agency's name (agencyheads.tsv) and "of", and
// each of its words is a common word: "the Department of Health", "the
// Department of Public Works". The name is the agency's field, no place;
// a division so named is no common word ("the Department of Antioquia",
// "the Department of Ouest").
func (r *reader) agencySector(p, q int, s *sentence) bool {
	k := p - 2
	if k < s.a || !r.is(p-1, s.b, "of") || !r.toks[k].cap || !langs().en.has(setAgencyHeads, r.toks[k].lower) {
		return false
	}
	for j := p; j < q; j++ {
		if !isCommonWord(r.toks[j].lower) {
			return false
		}
	}
	return true
}

// agencyField reports whether the name at tokens [p, q) is in the field
// of an organisation's name: capitalised words after "for" (perhaps "for
// the") and the organisation's capitalised head word (orgwords.tsv,
// agencyheads.tsv), joined by "and", "&" or commas, at least one of them a
// common word: "the Alliance for Democracy and Progress", "the Friends for
// Conservation and Development research camp", "the Centre for Research
// and Development". The field is no place; "the Agency for Niamey and
// Dosso" names towns, no common word.
func (r *reader) agencyField(p, q int, s *sentence) bool {
	isJoin := func(j int) bool {
		return r.is(j, s.b, "and") || r.is(j, s.b, "&") || r.is(j, s.b, ",")
	}
	capWord := func(j int) bool {
		return j >= s.a && j < s.b && r.toks[j].kind == tokWord && r.toks[j].cap
	}
	a := p // the field's first word: back over the members joined before the name
	for n := 0; n < 4 && isJoin(a-1) && capWord(a-2); n++ {
		for a -= 2; capWord(a - 1); a-- {
		}
	}
	k := a - 1
	if r.is(k, s.b, "the") {
		k--
	}
	if !r.is(k, s.b, "for") || !capWord(k-1) || !isOrgWord(r.toks[k-1].lower) && !langs().en.has(setAgencyHeads, r.toks[k-1].lower) {
		return false
	}
	common, e := false, a
	for e < s.b {
		switch {
		case capWord(e):
			common = common || isCommonWord(r.toks[e].lower)
			e++
			continue
		case e > a && isJoin(e) && capWord(e+1):
			e++
			continue
		}
		break
	}
	return common && q <= e
}

// divisionHeadBefore reports whether the name at token p follows "of",
// « de » or « du » right after the title of a first-level division's
// head (divisionheads.tsv): "the governor of Kanem", « le gouverneur du
// Ouaddaï », « le wali de Tamanrasset » name the region the governor
// heads. "The governor of the Central Bank" has an article before its
// name, which the title does not reach.
func (r *reader) divisionHeadBefore(p int, s *sentence) bool {
	if p-2 < s.a || !(r.is(p-1, s.b, "of") || r.is(p-1, s.b, "de") || r.is(p-1, s.b, "du")) {
		return false
	}
	t := &r.toks[p-2]
	return t.kind == tokWord && !t.cap && anyHas(setDivisionHeads, t.lower)
}

// agencyJurisdiction reports whether the name at token p follows "of"
// after an agency's field (agencySector): "the Department of Health of
// Cebu". The name is where the agency serves, a place.
func (r *reader) agencyJurisdiction(p int, s *sentence) bool {
	if !r.is(p-1, s.b, "of") {
		return false
	}
	for e := p - 1; e > s.a && e >= p-4; e-- {
		if r.toks[e-1].kind != tokWord || !r.toks[e-1].cap || !isCommonWord(r.toks[e-1].lower) {
			return false
		}
		if r.agencySector(e-1, p-1, s) {
			return true
		}
	}
	return false
}

// localKindCut reports whether the lower-cased w is a word of another
// language that says the kind of the place named after it and is no
// part of that name (lexicon/en/localkinds.tsv, cut): "barangay",
// "desa", "kebele".
func localKindCut(w string) bool {
	return lex().localKinds[w].cut
}

// slashKindAt reports whether token q is the second letter of a local
// kind abbreviated with a slash, glued to it ("T/A Kanduku", Malawi's
// Traditional Authority: a row "t/a" of lexicon/en/localkinds.tsv
// flagged cut). The letters are no part of the name after them.
func (r *reader) slashKindAt(q int) bool {
	if q < 2 || r.toks[q-1].lower != "/" || r.toks[q-1].start != r.toks[q-2].end || r.toks[q].start != r.toks[q-1].end ||
		r.toks[q-2].kind != tokWord || r.toks[q].kind != tokWord {
		return false
	}
	return localKindCut(r.toks[q-2].lower + "/" + r.toks[q].lower)
}

// localKindBefore returns the feature that a capitalised word of
// lexicon/en/localkinds.tsv right before the name at token p gives it
// ("Barangay San Isidro" a barangay, "Desa Sukamaju" a village), the
// word being cut from the name by splitRun.
func (r *reader) localKindBefore(p, a int) (string, bool) {
	k := p - 1
	if k-2 >= a && k+1 < len(r.toks) && r.at[k] < 0 && r.slashKindAt(k) && r.toks[k-2].cap {
		lk := lex().localKinds[r.toks[k-2].lower+"/"+r.toks[k].lower]
		return lk.feature, lk.cut // "T/A Kanduku"
	}
	if k < a || k+1 >= len(r.toks) || r.toks[k].kind != tokWord || !r.toks[k].cap || r.at[k] >= 0 {
		return "", false
	}
	lk := lex().localKinds[r.toks[k].lower]
	return lk.feature, lk.cut
}

// skipLocalKind returns the token after a word of another language
// that says the kind of the place named right after it ("Barangay San
// Isidro lies ..."), or k when token k is no such word.
func (r *reader) skipLocalKind(k, b int) int {
	if m := r.mentionAt(k+1, b); m >= 0 {
		if _, ok := r.localKindBefore(k+1, k); ok {
			return k + 1
		}
	}
	return k
}

// appositionGoesOn reports whether w may follow "X, a village" and keep the
// apposition about X.
func appositionGoesOn(w string) bool {
	if isCopula(w) || isPreposition(w) || isRelativeWord(w) || isFiller(w) || isCompassWord(w) {
		return true
	}
	switch w {
	case "and", "or", "some", "about", "roughly", "approximately", "just", "close", "known",
		"called", "named", "home", "built", "founded", "perched", "nestled", "whose", "with",
		"hosting", "housing", "sheltering", "holding", "serving", "overlooking", "straddling", "bordering",
		"inhabited", "populated":
		// "X, an IDP site hosting some 2,300 households": what the place
		// holds or faces says what X is.
		return true
	}
	return false
}

// roleComplementAt reports whether token k, right after a descriptor
// noun of a role (a row flagged role), opens its complement ("for", "to",
// "of", « de », « du », « des », « pour », « d' ») or ends the clause: "X
// is the base for the hike", "X is the starting point.", « X est le point
// de départ ». A clause's end after a modifier of kind keeps the kind: "X
// is a military base."
func (r *reader) roleComplementAt(k, b int) bool {
	if k >= b || r.toks[k].kind == tokPunct {
		return !isCompoundModifier(r.lowerWord(k-2, b))
	}
	w, art := elidedRest(r.lowerWord(k, b))
	switch {
	case art == 'd':
		return true
	case w == "for" || w == "to" || w == "of" || w == "de" || w == "du" || w == "des" || w == "pour":
		return r.mentionAt(k+1, b) < 0 // "X is the base of Y" may name Y's base
	}
	return false
}

// frenchDescriptorAfter returns the feature, in English, that French text
// gives right after the name ending before token q: "X est une petite
// ville", "X, un village situé …", "X, localité du Mali". A noun after the
// apposition's descriptor other than a complement ("X, la ville chef
// …") makes it no apposition of X.
func (r *reader) frenchDescriptorAfter(q, b int) (string, bool) {
	k := r.skipParen(q, b)
	appos := r.is(k, b, ",")
	if appos {
		k++
	}
	cop := false
	if langs().fr.has(setCopulas, r.lowerWord(k, b)) { // lexicon/fr/copulas.tsv
		k++
		cop = true
	}
	if !appos && !cop {
		return "", false
	}
	definite, article := false, true
	switch r.lowerWord(k, b) {
	case "le", "la":
		definite = true
		k++
	case "un", "une":
		k++
	default:
		article = false
	}
	for n := 0; n < 2 && isFrenchAdjective(r.lowerWord(k, b)); n++ {
		k++
	}
	head, art := elidedRest(r.lowerWord(k, b))
	if head == "cap" && !article && appos {
		return "", false // « Après deux nuits à Ouarzazate, cap au sud »: a heading, no cape
	}
	f := frenchFeature(head)
	j := k + 1
	for n := 0; n < 2 && isFrenchAdjective(r.lowerWord(j, b)); n++ {
		j++ // « le campement villageois d'Enampor »
	}
	if f == "capital" && appos && !cop && art == 0 && r.rulerAfter(k+1, b) {
		return f, true // « Abomey, la capitale du roi Béhanzin, tomba »: a ruler's capital, a town
	}
	if appos && !cop && definite && r.namedByOf(j, b) {
		// « À 12 km de Ouarzazate, la kasbah de Tizgui vous accueille »:
		// the kind names a place of its own, the subject of the clause
		// after the comma, no apposition of the name before it.
		return "", false
	}
	if art != 0 || f == "" || f == "chef-lieu" || f == "capital" || isAdminFeature(f) {
		// "X est un département et une commune rurale": which kind the
		// text means is left to the relations.
		return "", false
	}
	if cop && lex().fr[head].role && r.roleComplementAt(k+1, b) {
		return "", true // « X est le point de départ »: a place, of no kind the words tell
	}
	if appos && !cop {
		// « Jacmel, ville d'art, »: a bare kind before « d' » is an
		// apposition; after an article (« de Kankan, une mine d'or
		// artisanale a été fermée ») it may open the clause's own subject.
		switch next, nart := elidedRest(r.lowerWord(k+1, b)); {
		case k+1 >= b, r.toks[k+1].kind != tokWord, next == "de" || next == "du" || next == "des" || nart == 'd' && !article,
			isFrenchAdjective(next), isFrenchLocative(next) && frenchParticiple(next), next == "à" || next == "au" || next == "dans" ||
				next == "sur" || next == "près" || next == "qui" || next == "où" || next == "et":
		default:
			return "", false
		}
	}
	return f, true
}

// rulerAfter reports whether the words from token k on are « du » or «
// de » and a ruler of lexicon/fr/offices.tsv (« du roi Béhanzin », « du
// sultan Ahmadou ») or « du » and a state of the past of polities.tsv («
// du royaume d'Abomey »): a capital so qualified is a town, where «
// capitale du Mali » is left to the relations.
func (r *reader) rulerAfter(k, b int) bool {
	switch r.lowerWord(k, b) {
	case "du":
		w := r.lowerWord(k+1, b)
		return isFrenchRoleNoun(w) && k+2 < b && r.toks[k+2].cap || langs().fr.has(setPolities, w)
	case "de":
		return isFrenchRoleNoun(r.lowerWord(k+1, b)) && k+2 < b && r.toks[k+2].cap
	}
	return false
}

// participleEndings are the endings of French participles
// (frenchParticiple).
var participleEndings = []string{"é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "ise", "ises", "ant"}

// frenchParticiple reports whether the French verb form w ends as a past
// or present participle does (« situé », « installée », « bâtis », «
// construit », « surplombant »): after « X, un campement » such a word
// describes the kind in apposition, where a verb in the present (« un
// hôtel attend déjà les supporters ») opens a clause of its own.
func frenchParticiple(w string) bool {
	for _, e := range participleEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// frenchParticipleOpener reports whether the one word at token p opens
// its sentence as a French past participle that opens a clause set apart
// by a comma before the subject: « Blessé à la jambe, l'homme a été
// transporté », « Happé par un engin, un conducteur est mort », «
// Grièvement brûlé, … » having its adverb first. The word ends as a
// participle of a verb in -er does, a preposition or an adverb of manner
// follows it, and a comma comes within eight words.
func (r *reader) frenchParticipleOpener(p int, s *sentence) bool {
	if p != s.first || p+1 >= s.b {
		return false
	}
	w := r.toks[p].lower
	if !strings.HasSuffix(w, "é") && !strings.HasSuffix(w, "ée") && !strings.HasSuffix(w, "és") && !strings.HasSuffix(w, "ées") {
		return false
	}
	switch r.toks[p+1].lower {
	case "par", "à", "au", "aux", "dans", "sous", "lors", "grièvement", "gravement", "légèrement", "mortellement", "sérieusement":
	default:
		return false
	}
	for k := p + 2; k < s.b && k <= p+9; k++ {
		if r.is(k, s.b, ",") {
			return true
		}
	}
	return false
}

// namedByOf reports whether a name follows « de », « du », « des » or «
// d' » at token k: « la kasbah de Tizgui », « le village d'Aït Ali », «
// la ferme du Trou-Bernard ».
func (r *reader) namedByOf(k, b int) bool {
	if r.is(k, b, "de") || r.is(k, b, "du") || r.is(k, b, "des") {
		return r.mentionAt(k+1, b) >= 0 || k+1 < b && r.toks[k+1].cap
	}
	if _, art := elidedRest(r.lowerWord(k, b)); art == 'd' || k < b && r.toks[k].cap && strings.HasPrefix(r.toks[k].lower, "d'") {
		return true
	}
	return false
}

// nativeBefore reports whether the name at tokens [p, q) stands between
// "a" or "an", perhaps with an age ("a 23-year-old"), and a noun of a
// person (lexicon/en/natives.tsv): "a Fort Stockton man was convicted",
// "a 23-year-old Dubbo man will face court" name the man's home town, a
// place. Up to two adjectives of nativeadjs.tsv may stand before the name:
// "a rural Boone man", "an elderly Kearney woman".
func (r *reader) nativeBefore(p, q int, s *sentence) bool {
	k := p - 1
	if k > s.a && r.toks[k].start >= r.toks[s.a].start && strings.HasSuffix(strings.ToLower(r.text[r.toks[s.a].start:r.toks[k].end]), "-year-old") {
		// "a 23-year-old Dubbo man": the age between the article and
		// the town.
		for k > s.a && r.toks[k].kind != tokNum {
			k--
		}
		k--
	}
	for n := 0; n < 2 && k > s.a && r.toks[k].kind == tokWord && !r.toks[k].cap && langs().en.has(setNativeAdjs, r.toks[k].lower); n++ {
		k-- // "a rural Boone man", "an elderly Kearney woman"
	}
	if k < s.a || r.toks[k].kind != tokWord || r.toks[k].cap && k != s.first || r.toks[k].lower != "a" && r.toks[k].lower != "an" {
		return false // "A Fort Stockton man" opens a sentence too
	}
	return q < s.b && !r.toks[q].cap && langs().en.has(setNatives, r.toks[q].lower)
}

// clubName reports whether the capitalised name at tokens [p, q), its
// article aside, is a sports club's named after its town: an English
// word of clubleads.tsv opens it before a capitalised word ("Bayern
// Munich", "Inter Milan"), a French one before « de », « du » or an
// elided « d' » (« le Stade de Reims », « l'Olympique de Marseille »), or
// a word of clubtails.tsv closes it after another ("Aston Villa", "Kano
// Pillars", "Orlando Pirates"). The club is no place, and neither is the
// town inside its name.
func (r *reader) clubName(p, q int) bool {
	k := p
	if k+1 < q && (r.toks[k].lower == "the" || isFrenchArticle(r.toks[k].lower)) {
		k++
	}
	if q-k < 2 {
		return false
	}
	if anyHas(setClubTails, r.toks[q-1].lower) {
		return true
	}
	w, _ := elidedRest(r.toks[k].lower)
	if langs().en.has(setClubLeads, w) && r.toks[k+1].cap {
		return true
	}
	if !langs().fr.has(setClubLeads, w) {
		return false
	}
	switch next := r.toks[k+1].lower; next {
	case "de", "du", "des":
		return true
	default:
		_, art := elidedRest(next)
		return art == 'd'
	}
}

// clubTown reports whether the name at token p follows « de », « du » or
// « d' » after a capitalised word that opens a club's name
// (lexicon/fr/clubleads.tsv) read apart from it: « un ancien défenseur des
// Canadiens de Montréal », where « Canadiens » is also a demonym. The town
// is part of the club's name.
func (r *reader) clubTown(p int) bool {
	k := p - 1
	if _, art := elidedRest(r.toks[p].lower); art == 'd' {
		k = p // « des Sénateurs d'Ottawa »: the « d' » is glued to the name
	} else if k < 0 || r.toks[k].lower != "de" && r.toks[k].lower != "du" {
		return false
	}
	j := k - 1
	if j < 0 || r.toks[j].kind != tokWord || !r.toks[j].cap {
		return false
	}
	return langs().fr.has(setClubLeads, r.toks[j].lower)
}

// townNounAfter reports whether the name at tokens [p, q) is a town used
// as a modifier: a lower-case noun of a town's people, officials or
// bodies (lexicon/en/townnouns.tsv) follows it right away, with no
// article before the noun: "Inverness councillors", "Zaria officials
// thanked the club", "a Machakos cooperative". A person has no
// councillors, residents or police, so the name is a place's, as in "the
// officials of Zaria". Nouns of a trade or a staff ("engineers",
// "pilot", "supplier") are left out: a firm named after a town has them
// too ("a Toyota supplier", "an Emirates pilot"); a single common word
// is no town ("Security officials", commonWordName), as seatAfter has it.
// A word of a public service (townservices.tsv) may stand between the
// name and the noun, which may then name the service's staff as well
// (townstaff.tsv): "Kota Kinabalu wildlife officers", "Fraserburgh
// lifeboat crews"; a firm has no wildlife officers.
func (r *reader) townNounAfter(p, q int, s *sentence) bool {
	if r.commonWordName(p, q) {
		return r.placeWordTown(p, q, s)
	}
	if r.lowerWordIn(q, s, setTownNouns) {
		return true
	}
	return r.lowerWordIn(q, s, setTownServices) && (r.lowerWordIn(q+1, s, setTownNouns) || r.lowerWordIn(q+1, s, setTownStaff))
}

// placeWordTown reports whether the one common word at token p, which
// some place bears (placewords.txt.gz: "Hope", "Sale", "Deal", "Wells"),
// stands before a lower-case noun of a town's own people or council
// (lexicon/en/townfolk.tsv): "Hope residents were told to leave", "Sale
// councillors voted", "Deal residents complained". A town has residents
// and councillors, a thing or a trade none; "Grain traders" and "Orange
// growers", with a noun a trade has, and "Security officials", whose
// word no place bears, stay no places.
func (r *reader) placeWordTown(p, q int, s *sentence) bool {
	return q-p == 1 && r.toks[p].cap && isPlaceWord(r.toks[p].lower) && !isCommonWord(r.toks[p].lower) && r.lowerWordIn(q, s, setTownFolk)
}

// peopleOf reports whether the name at token p, after « de » or an
// elided « d' » (skip bytes), follows a people's or a nationality's noun
// after an indefinite article: « un Berbère de Skoura », « des Touaregs
// de Kidal ». The name is where they come from, a place. « Les
// Canadiens de Montréal » is a club.
func (r *reader) peopleOf(p, skip int, s *sentence) bool {
	if skip == 0 && !r.is(p-1, s.b, "de") {
		return false
	}
	k, ok := r.ofNounBefore(p, skip, s.a)
	if !ok || !isPeopleOrDemonym(r.toks[k].lower) {
		return false
	}
	if k-1 < s.a {
		return false
	}
	switch r.toks[k-1].lower {
	case "un", "une", "des":
		return true
	}
	return false
}

// placedAside reports whether the name ending before token q is followed
// by an aside that says where it lies, closed by a comma and the clause's
// finite verb: "Dzaoudzi, on Petite-Terre, is linked to Mamoudzou", «
// Dzaoudzi, sur Petite-Terre, est reliée à Mamoudzou », "Castro, on the
// island of Chiloé, is known for ...". The aside is "on" or « sur », at
// most three lower-case words (« l'île de ») and a capitalised word, no
// day or month. The name is a place.
func (r *reader) placedAside(q int, s *sentence) bool {
	if !r.is(q, s.b, ",") {
		return false
	}
	switch r.lowerWord(q+1, s.b) {
	case "on", "sur":
		// Not "in" or « à »: "Smith, in Geneva, is expected to resign"
		// says where a person is.
	default:
		return false
	}
	k := q + 2
	for n := 0; n < 3 && k < s.b && r.toks[k].kind == tokWord && !r.toks[k].cap; n++ {
		if !asideWord(r.toks[k].lower) {
			return false // "Smith, on behalf of Oxfam, is ..."
		}
		k++
	}
	if k >= s.b || r.toks[k].kind != tokWord || !r.toks[k].cap || anyHas(setWeekdays, r.toks[k].lower) || anyHas(setMonths, r.toks[k].lower) {
		return false // "Smith, on Monday, is ..."
	}
	for e := k + 1; e < s.b && e <= k+6; e++ {
		if r.is(e, s.b, ",") {
			w := r.lowerWord(e+1, s.b)
			return isFiniteVerb(w) || isFrenchFiniteVerb(w)
		}
	}
	return false
}

// asideWord reports whether the lower-case word w may stand between the
// preposition of an aside of place and its name (placedAside): an
// article, "of", « de », or a kind of place ("the island of", « l'île de »).
func asideWord(w string) bool {
	if rest, art := elidedRest(w); art == 'l' && rest != "" {
		w = rest
	}
	switch w {
	case "the", "of", "de", "du", "des", "la", "le", "les":
		return true
	}
	return isDescriptorNoun(w) || frenchFeature(w) != ""
}

// nearestIs reports whether the name at token p follows a copula that
// "the nearest", "the next" or "the closest" and a noun open, or French «
// le plus proche est »: "the next airport is Rovaniemi", "the nearest
// town is X". The name is a place.
func (r *reader) nearestIs(p int, s *sentence) bool {
	k := p - 1
	switch r.lowerWord(k, s.b) {
	case "is", "are", "was", "remains", "est", "reste":
	default:
		return false
	}
	for j := k - 1; j >= s.a && j >= k-4; j-- {
		switch r.lowerWord(j, s.b) {
		case "nearest", "next", "closest":
			return r.is(j-1, s.b, "the")
		case "proche", "proches":
			return r.is(j-1, s.b, "plus")
		}
	}
	return false
}

// dwellersOf reports whether the name at token p, with an elided "d'" of
// skip bytes or after "of" or "de", follows a noun of its dwellers or
// parts: "residents of Mosul", "the streets of Gao", "les habitants de
// Bamako", "la population d'Agadez". Such a name is a place.
//
// A French adjective may stand between the noun and « de »: « le conseil
// municipal de Vire », « les élus communaux de Bulle », « la population
// rurale de Kaya », and so may a people's plural: « les éleveurs sames de
// Kautokeino », « les pêcheurs inuits de Narsaq ».
func (r *reader) dwellersOf(p, skip, a int) bool {
	k, ok := r.ofNounBefore(p, skip, a)
	if !ok {
		return false
	}
	w, _ := elidedRest(r.toks[k].lower) // « un groupe d'habitants de X »
	if !isDwellerNoun(w) && k-1 >= a && r.toks[k-1].kind == tokWord && (isFrenchAdjective(w) || isPeoplePlural(w)) {
		w, _ = elidedRest(r.toks[k-1].lower) // « le conseil municipal de Vire »
	}
	return isDwellerNoun(w)
}

// dwellersAfter reports whether the name ending at token q is the
// possessor of a noun of its people or its parts (a row of a lists.tsv
// with the role dwellers), perhaps after plain adjectives: "Kidal's
// residents", "Tororo's mayor", "Gao's northern outskirts", "Kigali's
// airport". A person has no residents, outskirts or airport, so the name
// is a place's, as in "the residents of Kidal".
func (r *reader) dwellersAfter(q int, s *sentence) bool {
	if q >= s.b || r.toks[q].kind != tokPoss {
		return false
	}
	j := q + 1
	for n := 0; n < 3; n++ {
		if e := r.dirAdjectiveEnd(j, s.b); e > j {
			j = e // "Gao's northern outskirts"
		} else if isPlainAdjective(r.lowerWord(j, s.b)) || isCompoundModifier(r.lowerWord(j, s.b)) {
			j++
		} else {
			break
		}
	}
	return isDwellerNoun(r.lowerWord(j, s.b))
}

// roadEndOf reports whether the name at token p, with an elided "d'" of
// skip bytes or after "de", is where a French road leads: "la route de
// X", "l'axe d'X". Such a name is a place; a distance after it may place
// a point of the road rather than X (frenchNewsObject), so the mention
// says so (Mention.RoadEnd) and X is listed whether it is found or not.
func (r *reader) roadEndOf(p, skip, a int) bool {
	if skip == 0 && !r.is(p-1, len(r.toks), "de") {
		return false
	}
	k, ok := r.ofNounBefore(p, skip, a)
	if !ok {
		return false
	}
	w, _ := elidedRest(r.toks[k].lower)
	return isFrenchRoadNoun(w)
}

// ofNounBefore returns the word before the "of", "de" or elided "d'" that
// leads the name at token p (skip bytes of which are an elided article),
// when there is one at or after token a.
func (r *reader) ofNounBefore(p, skip, a int) (int, bool) {
	k := p - 1
	if skip == 0 {
		if !r.is(k, len(r.toks), "of") && !r.is(k, len(r.toks), "de") {
			return 0, false
		}
		k--
	} else if _, art := elidedRest(r.toks[p].lower); art != 'd' {
		return 0, false
	}
	return k, k >= a && r.toks[k].kind == tokWord
}

// isFrenchCompass reports whether w is a French compass word ("Sud-Ouest",
// "Nord"), which French text capitalises before "de X".
func isFrenchCompass(w string) bool {
	n := 0
	for part := range strings.FieldsFuncSeq(w, isHyphen) {
		switch part {
		case "nord", "sud", "est", "ouest":
			n++
		default:
			return false
		}
	}
	return n > 0
}

// isElidedFrenchCompass reports whether w is a French compass word behind
// an elided article: "à l'Est de Kidal" names Kidal.
func isElidedFrenchCompass(w string) bool {
	rest, art := elidedRest(w)
	return art == 'l' && isFrenchCompass(rest)
}

// frenchAbbrevBeforeDe reports whether token q, inside a run ending before
// j, is a French compass abbreviation followed by "de": "au NO de Bani"
// names Bani, not "NO de Bani".
func (r *reader) frenchAbbrevBeforeDe(q, j int) bool {
	if _, ok := frenchCompassAbbrev(&r.toks[q]); !ok {
		return false
	}
	w := r.word(q+1, j)
	if _, art := elidedRest(w); art == 'd' {
		return true // "à 5 km SE d'Agadez"
	}
	return w == "de" || w == "du" || w == "des"
}

// institutionBeforeDe reports whether token q, opening the run [p, j) or
// after its article, is an acronym of two to five capitals or a
// capitalised French noun of a service named after its town (seats.tsv,
// no learned body of bodies.tsv) followed by « de » or « d' » and a name
// with no article, written in lower case after its capital: « au CHU de
// Toulouse », « le CHR de Liège », « l'IUT de Lannion », « la Croix-Rouge
// de Ngozi », « la Gendarmerie de Kaya » name an institution of the town,
// as « l'hôpital de Sion » does, and the town is the name; « l'Université
// de Ouagadougou » is a body's name (bodyOfAt). A division takes its article (« le
// SDIS de l'Aveyron », « du Var ») and stays in the run; so does a
// heading in capitals (« MONT DE MARSAN »).
func (r *reader) institutionBeforeDe(p, q, j int) bool {
	t := &r.toks[q]
	if q != p && !(q == p+1 && isFrenchArticle(r.toks[p].lower)) {
		return false // « Le CHU de Toulouse recrute »
	}
	acronym := len(t.lower) >= 2 && len(t.lower) <= 5 && isUpperWord(r.text[t.start:t.end])
	if q+2 >= j+1 || t.kind != tokWord || !acronym && !(t.cap && langs().fr.has(setSeats, t.lower) && !anyHas(setBodies, t.lower)) {
		return false
	}
	w := r.word(q+1, j)
	next := q + 2
	if rest, art := elidedRest(w); art == 'd' && rest != "" {
		next = q + 1 // « le CHU d'Amiens »
	} else if w != "de" {
		return false // « le SDIS du Var »: a division takes its article
	}
	if next >= j || !r.toks[next].cap {
		return false
	}
	if _, art := elidedRest(r.toks[next].lower); art == 'l' {
		return false // « le SDIS de l'Aveyron »
	}
	u := r.toks[next]
	return !isUpperWord(r.text[u.start:u.end])
}

// isTrailingDescriptor reports whether a lower-case w right after a name
// gives its kind: "the Tilemsi valley", "the Mopti region"; a row of
// lexicon/en/kindsafter.tsv flagged skip.
func isTrailingDescriptor(w string) bool {
	return lex().trailing[w]
}

// isOpeningQuote reports whether a token is a quotation mark that may
// open a quoted name.
func isOpeningQuote(t string) bool { return t == "«" || t == "\"" || t == "“" }

// frenchPostAt returns the kind of a camp or an armed post that an
// indefinite article opens before « à » at token k, perhaps with one
// qualifier between: « une base terroriste à Kourbélé », « un camp
// militaire à X ». As "a rebel base at X" does in English, the camp stands
// at X and bears its name, so « cette base » later stands for X. Only
// such spots: « une école à Niamey » is a school in the town.
func (r *reader) frenchPostAt(k, a int) (string, bool) {
	n := len(r.toks)
	if !r.is(k, n, "à") || k-2 < a {
		return "", false
	}
	j := k - 1
	if w := r.lowerWord(j, n); w != "" && frenchFeature(w) == "" && !isFrenchFiniteVerb(w) && r.at[j] < 0 {
		j-- // « terroriste », « militaire »
	}
	w := r.lowerWord(j, n)
	switch f := frenchFeature(w); f {
	case "camp", "base", "post", "outpost", "fort", "garrison", "checkpoint":
		if r.is(j-1, n, "un") || r.is(j-1, n, "une") {
			return f, true
		}
	}
	return "", false
}

// frenchDescriptorBefore returns the feature, in English, that French text
// gives before the name at p: "le village de X", "la ville de X", "du
// village d'X", "la commune rurale de X" ("rural commune"), "le chef-lieu
// régional X", "le fleuve X". "le chef-lieu de X" makes X the container, not
// a chef-lieu.
func (r *reader) frenchDescriptorBefore(p, a int) (string, bool) {
	n := len(r.toks)
	k := p - 1
	if k > a && isOpeningQuote(r.toks[k].lower) {
		k-- // « au lieu-dit « Champ des Sorcières » »: the name in quotes
	}
	if f, ok := r.frenchPostAt(k, a); ok {
		return f, true
	}
	via := false
	if _, art := elidedRest(r.toks[p].lower); art == 'd' {
		via = true // "village d'Agadez": the "de" is glued to the name
	} else if r.is(k, n, "de") {
		via = true
		k--
	} else if k-1 >= a && (r.is(k, n, "du") || r.is(k, n, "des") || r.is(k, n, "la") && r.is(k-1, n, "de")) {
		// "le département du Pool", "la région des Savanes", "la
		// province de la Tapoa": a division's name with its article.
		j := k - 1
		if r.is(k, n, "la") {
			j--
		}
		if w, art := elidedRest(r.lowerWord(j, n)); j > a && art == 'd' && w != "" && frenchFeature(w) == "" && r.at[j] < 0 && !r.toks[j].cap {
			j-- // « le camp d'altitude du Fansipan »: a complement of the kind
		}
		if w, art := elidedRest(r.lowerWord(j, n)); j >= a && art == 0 && isAdminFeature(frenchFeature(w)) && !r.indefiniteAt(j-1) {
			return frenchFeature(w), true
		}
		for c := 0; c < 2 && j > a && isFrenchAdjective(r.lowerWord(j, n)); c++ {
			j-- // « le parc national de la Pendjari »
		}
		if w, art := elidedRest(r.lowerWord(j, n)); j >= a && (art == 0 || art == 'l') && lex().fr[w].own {
			// « le piton de la Fournaise », « la cascade du Hérisson »:
			// a landmark's kind whose name is its own (descriptors.tsv
			// flag own) names it with its article too.
			return frenchFeature(w), true
		}
		w, art := elidedRest(r.lowerWord(j, n))
		comma := j - 1 // « , l'auberge du Col »
		if art == 0 && (r.is(j-1, n, "le") || r.is(j-1, n, "la")) {
			comma = j - 2
		}
		e := p
		for e < n && r.toks[e].kind == tokWord && r.toks[e].cap {
			e++
		}
		if comma > a && r.is(comma, n, ",") && (art == 'l' || comma == j-2) && r.is(a, n, "à") && r.toks[k].lower == "du" &&
			frenchFeature(w) != "" && !isAdminFeature(frenchFeature(w)) && !lex().fr[w].bare &&
			(isFrenchLocative(r.word(e, n)) || isMainVerb(r.lowerWord(e, n))) {
			// « À 12 km au sud de Bastogne, la ferme du Trou-Bernard
			// accueille … »: after a fronted distance, the kind opens
			// the clause's subject, named with its article, before its
			// verb (« le village du Mali le plus proche » is Mali's).
			return frenchFeature(w), true
		}
		if c := r.lowerWord(j, n); j-2 >= a && c != "" && frenchFeature(c) == "" && r.is(j-1, n, "de") {
			// « le camp de chasse de la Petite-Nigadoo »: a kind with its
			// complement names the place after it, article and all.
			// « un village de villégiature du Mont-Liban » is a village
			// the name holds, not of its name.
			if w, art := elidedRest(r.lowerWord(j-2, n)); (art == 0 || art == 'l') && frenchFeature(w) != "" && !isAdminFeature(frenchFeature(w)) && !lex().fr[w].bare && !r.indefiniteAt(j-3) {
				return frenchFeature(w), true
			}
		}
		return "", false
	}
	if k < a {
		return "", false
	}
	// "la mine d'or de X", "le camp de réfugiés de X": a complement of
	// the descriptor noun comes between it and "de X".
	if via && k > a && r.at[k] < 0 && !r.toks[k].cap {
		if w, art := elidedRest(r.toks[k].lower); art == 'd' && w != "" && frenchFeature(w) == "" {
			k--
		} else if w, _ := elidedRest(r.toks[k].lower); k-1 > a && r.is(k-1, n, "de") && (frenchFeature(w) == "" || w == "montagne") {
			// (« près de l'île de Gorée »: « l'île » is the descriptor
			// itself, no complement of one; « l'oasis de montagne de
			// Rhelifa »: a bare « montagne » is the complement)
			k -= 2
		}
	}
	mod := ""
	for c := 0; c < 2 && k > a && isFrenchAdjective(r.lowerWord(k, n)); c++ {
		if m := frenchModifier(r.lowerWord(k, n)); m != "" {
			mod = m
		}
		k--
	}
	w, _ := elidedRest(r.lowerWord(k, n))
	f := frenchFeature(w)
	switch {
	case f == "":
		return "", false
	case via && (f == "chef-lieu" || f == "capital"):
		return "", false
	case !via && f != "chef-lieu" && f != "capital" && f != "river" && f != "lake" && f != "wadi" &&
		f != "mountain" && f != "massif" && (!lex().fr[w].own || f == "island"):
		// "la ville Kaya" is rare; "région Centre-Nord" a name. A
		// landmark's kind whose name is its own (descriptors.tsv flag
		// own) names it bare too: « l'anse Couleuvre », « la chapelle
		// Notre-Dame-des-Neiges », « les chutes Montmorency »; an island
		// not (« l'île Maurice » is the country).
		return "", false
	}
	if via && lex().fr[w].bare {
		return "", false // « la chapelle de Séez » is the town's chapel
	}
	if !via && r.complementOfNoun(k, a) {
		// « le guide de montagne Aloïs Perren », « le chef de village
		// Amadou Sow »: the kind completes a noun of a trade or a title,
		// and the name after it is the person's.
		return "", false
	}
	if via && f == "mountain" && k > a && (r.is(k-1, n, "de") || r.is(k-1, n, "en") || r.is(k-1, n, "haute") || r.is(k-1, n, "moyenne")) {
		// « le peloton de gendarmerie de haute montagne de Saint-Pierre
		// », « le secours en montagne de X »: the bare noun tells the
		// kind of work, X is the town the service is based in.
		return "", false
	}
	if via && r.indefiniteAt(k-1) {
		// "X est une commune de La Réunion", "un village de Gao": the
		// place after "de" holds X, it is not of X's kind.
		return "", false
	}
	if !via && (f == "lake" || f == "river") {
		if g, ok := r.frenchSiteOfWater(k, a); ok {
			return g, true
		}
	}
	if mod != "" {
		return mod + " " + f, true
	}
	return f, true
}

// complementOfNoun reports whether the French word at k follows « de »,
// perhaps with an adjective between (« de haute montagne »), after a
// lower-case noun that is no kind of place: the word completes that noun
// (« guide de montagne », « chef de village »), it names no kind of the
// name after it. A kind with its article (« les gauchos de l'estancia X
// ») is the place's.
func (r *reader) complementOfNoun(k, a int) bool {
	n := len(r.toks)
	if _, art := elidedRest(r.toks[k].lower); art != 0 {
		return false // « les gauchos de l'estancia La Pilarica »: the estancia's
	}
	j := k - 1
	if w := r.lowerWord(j, n); j > a && (isFrenchAdjective(w) || w == "haute" || w == "moyenne" || w == "basse") {
		j--
	}
	if j-1 < a || !r.is(j, n, "de") {
		return false
	}
	t := r.toks[j-1]
	w, _ := elidedRest(t.lower)
	return t.kind == tokWord && !t.cap && w != "" && frenchFeature(w) == "" && !isFrenchAdjective(w) && !isFrenchArticle(w)
}

// frenchSiteOfWater returns the kind of the site that French text names
// after a lake or a river, whose kind word is token k: « un camp forestier
// du lac Tessier », « le refuge du lac Blanc », « le camp de pêche de la
// rivière Moisie » name a camp or a refuge, not the water. The site's kind
// must follow an article, past one lower-case word or a complement « de
// X » of it; a division (« la région du lac Tchad ») or a kind of bare
// use (descriptors.tsv flag bare) is no such site.
func (r *reader) frenchSiteOfWater(k, a int) (string, bool) {
	n := len(r.toks)
	j := k - 1
	switch {
	case r.is(j, n, "du"):
		j--
	case r.is(j, n, "la") && r.is(j-1, n, "de"):
		j -= 2
	default:
		return "", false
	}
	for c := 0; c < 2 && j > a; c++ {
		w, art := elidedRest(r.lowerWord(j, n))
		if w == "" || r.toks[j].cap || r.at[j] >= 0 || frenchFeature(w) != "" && art == 0 {
			break
		}
		if r.is(j-1, n, "de") {
			j -= 2 // « camp de pêche »
		} else {
			j-- // « camp forestier »
		}
	}
	if j < a {
		return "", false
	}
	w, art := elidedRest(r.lowerWord(j, n))
	g := frenchFeature(w)
	if g == "" || isAdminFeature(g) || isWaterFeature(g) || lex().fr[w].bare || g == "island" {
		return "", false
	}
	if art != 'l' && !r.is(j-1, n, "le") && !r.is(j-1, n, "la") && !r.indefiniteAt(j-1) {
		return "", false
	}
	return g, true
}

// indefiniteAt reports whether token k is the French indefinite article.
func (r *reader) indefiniteAt(k int) bool {
	return r.is(k, len(r.toks), "un") || r.is(k, len(r.toks), "une")
}

// withoutLeadArticle returns the lower-cased name n without a leading
// definite article of any language's definite.tsv ("hezbollah" for "le
// hezbollah", "the taliban" gives "taliban"): a sentence may open with an
// organisation and its article. An article ending in an apostrophe is
// glued to the name ("l'etat islamique"), any other is followed by a
// space.
func withoutLeadArticle(n string) string {
	for _, l := range langs().all {
		for a := range l.sets[setDefinite] {
			rest, ok := strings.CutPrefix(n, a)
			if !ok {
				continue
			}
			if r, _ := utf8.DecodeLastRuneInString(a); isApostrophe(r) {
				return rest
			}
			if rest, ok := strings.CutPrefix(rest, " "); ok {
				return rest
			}
		}
	}
	return n
}

// placeSuffixLen returns the length in bytes of the hyphen and the word
// of lexicon/LANG/placesuffixes.tsv that end the lower-cased token w, 0
// when none does: "karachi-based" ends in 6 bytes, "-based"; a word of
// the table alone is no suffix. The name before says where something is
// ("the Karachi-based Edhi Foundation", "Nairobi-bound buses").
func placeSuffixLen(w string) int {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || !anyHas(setSuffixes, w[i+1:]) {
		return 0
	}
	return len(w) - i
}

// isCompoundAdjective reports whether the hyphenated word w ends in a
// word that makes it an adjective of time, making, keeping or speech,
// whatever its capitalised first part: "Roman-era", "Ottoman-period",
// "Bronze-age", "Soviet-built", "Chinese-made", "colonial-style",
// "Bedouin-run", "rebel-held", "state-owned", "Quechua-speaking". Such a word opening a noun
// phrase names no place, even before a kind ("a Roman-era quarry"), and
// is no part of a name after it ("Bedouin-run Little Qasr Camp").
func isCompoundAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "era", "period", "age", "style", "built", "made", "dynasty", "century",
		"run", "owned", "operated", "managed", "held", "controlled", "funded", "backed", "led",
		"speaking":
		return true
	}
	return false
}

// isUpperWord reports whether every letter of w is upper-case and w has
// one at least: "OM", "ONU".
func isUpperWord(w string) bool {
	letters := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			if !unicode.IsUpper(c) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// peoplePlaced reports whether the single word w at p, ending at q, a
// people or a language of lexicon/peoples.txt, is a town of that name
// here: written alone (no plural), after a distance and its of-word ("30
// km north of Berber"), before a distance that places it ("Berber, 30
// km south of Atbara") or after a preposition of place of
// prepositions.tsv flagged place ("camped at Berber", "near Kikuyu"), or
// after a lower-case inhabited kind and its "of" ("the present town of
// Kikuyu"). A word after an article, or before a lower-case noun it
// qualifies ("the Kikuyu highlands", "Berber tribes"), stays a people.
func (r *reader) peoplePlaced(w string, p, q int, s *sentence) bool {
	if !isPeople(w) {
		return false
	}
	if n := r.lowerWord(q, s.b); n != "" && !isPreposition(n) && !isCopula(n) && n != "and" && n != "or" {
		return false
	}
	if r.afterRelation(p, s) || r.placedByDistance(p, q, s) {
		return true
	}
	if p-2 >= s.a && r.is(p-1, s.b, "of") && r.toks[p-2].kind == tokWord && !r.toks[p-2].cap && isTownAnaphor(r.toks[p-2].lower) {
		return true // "the town of Kikuyu", "the village of Berber"
	}
	return p-1 >= s.a && langs().en.preps[r.lowerWord(p-1, s.b)].place
}

// waterName reports whether the name at tokens [p, q) of sentence s is a
// river's though the text gives no kind: after "the" and, before that, a
// word of waters.tsv ("a crossing point on the Niger", "Stanley descended
// the Congo", "a bridge over the Senegal"), after "the" when its first
// word is a row of riverleads.tsv ("near the Rio Grande": towns of that
// name take no article), or after "the" alone when the
// text named a river of that name before ("The Jordan River ... The
// Jordan here is only a few metres wide"). A possessive right after the
// name makes it no river ("the Congo's army"), nor, after a word of
// waters.tsv, a lower-case word other than a preposition, a verb of
// place, a word that ends the clause or a hedge that opens a distance
// ("on the Congo some 50 km upstream of X"), a capitalised word, or a
// mark other than a comma, a semicolon, a colon, a closing bracket or a
// full stop: the name qualifies a noun there ("on the Niger border") or
// opens a road's ends ("on the Kampala–Entebbe Road").
func (r *reader) waterName(p, q int, s *sentence) bool {
	if r.riverVerbAfter(p, q, s) {
		return true // "The Limpopo burst its banks", « Le Niger est sorti de son lit »
	}
	if q-p >= 2 && r.toks[q-1].cap && isNamelessKind(r.toks[q-1].lower) {
		return false // "a pasture on the Little Antelope Ranch", "on the Glenbrook Station": the name says its kind
	}
	if q-p >= 2 && r.toks[q-1].kind == tokNum {
		return false // « sur la Cote 108 », "on the Hill 60": a numbered name is no river's
	}
	if r.landEnding(q - 1) {
		return false // "on the Copperbelt", "on the Highveld": a stretch of land
	}
	french := r.frenchWaterBefore(p, s)
	if !french && (p-1 < s.a || r.toks[p-1].lower != "the") {
		return false
	}
	if q < s.b && r.toks[q].kind == tokPoss {
		return false
	}
	if !french && r.rivers[strings.ToLower(r.text[r.toks[p].start:r.toks[q-1].end])] {
		return true
	}
	if q < s.b {
		switch t := &r.toks[q]; {
		case t.kind == tokPunct && !strings.Contains(",;:).!?", t.lower):
			return false // "on the Kampala–Entebbe Road"
		case t.kind == tokWord && t.cap:
			return false
		case french && (t.lower == "de" || t.lower == "depuis" || t.lower == "vers" || t.lower == "jusqu'à" || t.lower == "jusqu’à"):
			// « la pirogue remonte le Niger de Ségou à Bamako »: the
			// way along the river follows it.
		case french && t.lower == "et" && (r.is(q+1, s.b, "du") || r.is(q+1, s.b, "de") && (r.is(q+2, s.b, "la") || elidedLen(r.word(q+2, s.b)) > 0)):
			// « au confluent du Niger et du Bani »: a pair of rivers.
		case r.lowerWord(q, s.b) != "" && !isPreposition(t.lower) && !isCopula(t.lower) && !r.clauseEndAt(langs().en, q, s.b) && len(langs().en.hedges[t.lower]) == 0:
			return false
		}
	}
	if french {
		return true
	}
	if q-p > 1 && langs().en.has(setRiverLeads, r.toks[p].lower) {
		return true // "near the Rio Grande", "along the Rio Negro"
	}
	if p-3 >= s.a && r.toks[p-2].lower == "in" && anyHas(setInWaters, r.lowerWord(p-3, s.b)) {
		return true // "an island in the Orange"
	}
	if p-3 >= s.a && r.toks[p-2].lower == "of" && langs().en.has(setRiverParts, r.lowerWord(p-3, s.b)) {
		return true // "a low terrace of the Jordan", "the banks of the Niger"
	}
	if p-3 >= s.a && r.toks[p-2].lower == "with" && r.lowerWord(p-3, s.b) == "confluence" {
		return true // "near the confluence with the Niger": one river meets another
	}
	return p-2 >= s.a && langs().en.has(setWaters, r.lowerWord(p-2, s.b))
}

// landEnding reports whether the word at token k, the last of a name,
// ends like a stretch of land's name (lexicon/en/landends.tsv: "belt" in
// "Copperbelt", "veld" in "Highveld", "Downs").
func (r *reader) landEnding(k int) bool {
	w := r.toks[k].lower
	for e := range langs().en.sets[setLandEnds] {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// frenchWaterBefore reports whether the name at token p of sentence s
// follows a French article after a word of lexicon/fr/waters.tsv: « au
// bord de la Loire », « au bord de l'Oise », « sur la rive gauche du
// Niger », « la route longe le Niger ». One lower-case word may stand
// between a word of the table and « du » or « de » (« la rive gauche du
// Niger », « le delta intérieur du Niger »), except after « long », a
// water word only in the locution « le long de » (« un long périple du
// Caire » names no river).
func (r *reader) frenchWaterBefore(p int, s *sentence) bool {
	fr := langs().fr
	k := p - 1 // the word before the article
	switch _, art := elidedRest(r.toks[p].lower); {
	case art == 'l':
		if r.is(k, s.b, "de") {
			k--
		}
	case r.is(p-1, s.b, "du"):
		k = p - 2
	case r.is(p-1, s.b, "la") || r.is(p-1, s.b, "le"):
		k = p - 2
		if r.is(k, s.b, "de") {
			k--
		}
	default:
		return false
	}
	if k < s.a {
		return false
	}
	w := r.lowerWord(k, s.b)
	if fr.has(setWaters, w) {
		return true
	}
	if w == "et" && k-1 > s.a && r.toks[k-1].cap && r.toks[k-1].kind == tokWord {
		// « au confluent du Niger et du Bani »: the second river of a
		// pair after a word of water is one too.
		p0 := k - 1
		for p0-1 > s.a && r.toks[p0-1].cap && r.toks[p0-1].kind == tokWord {
			p0--
		}
		return r.frenchWaterBefore(p0, s)
	}
	if w == "" || k-1 < s.a {
		return false
	}
	// « le delta intérieur du Niger », « la rive gauche du Niger »; but
	// « long » is a water word only in the locution « le long de », which
	// takes no word between: « un long périple du Caire » names no river.
	head := r.lowerWord(k-1, s.b)
	return head != "long" && fr.has(setWaters, head)
}

// noteRiver records the name at tokens [p, q), which the text calls a
// river, without the word of its kind ("Jordan" from "Jordan River" or
// "River Jordan"), for waterName.
func (r *reader) noteRiver(p, q int) {
	if q-p >= 2 && featureOfHead(r.toks[q-1].lower) == "river" {
		q--
	} else if q-p >= 2 && featureOfLead(r.toks[p].lower) == "river" {
		p++
	}
	if r.rivers == nil {
		r.rivers = map[string]bool{}
	}
	r.rivers[strings.ToLower(r.text[r.toks[p].start:r.toks[q-1].end])] = true
}

// isMeasureAfterNumber reports whether the word at j is a unit of a size
// other than a length (measures.tsv) right after a number: "a 250 MW
// power plant" names no place, though "MW" spells Malawi's code.
func (r *reader) isMeasureAfterNumber(j int) bool {
	return j > 0 && r.toks[j-1].kind == tokNum && anyHas(setMeasures, r.toks[j].lower)
}

// operatorBefore reports whether the name at token p follows the two words
// of a row of an operators.tsv ("operated by", "owned by", « exploitée
// par »), perhaps with a year between them (« fondé en 1899 par »), and an
// article, or a firm's word and its kind (« la Compagnie forestière »),
// before the name ("exploitée par la Comilog"): the name is the firm or
// agency that runs a facility, not a place.
func (r *reader) operatorBefore(p int, s *sentence) bool {
	k := p - 1
	if k-1 >= s.a && r.toks[k].kind == tokWord && !r.toks[k].cap && isOrgWord(r.toks[k-1].lower) {
		k -= 2 // « fondé par la Compagnie forestière Sangha-Oubangui »: the firm's word and kind
	}
	if k >= s.a && (r.toks[k].lower == "the" || anyHas(setArticles, r.toks[k].lower)) {
		k--
	}
	v := k - 1
	if v-2 >= s.a && r.toks[v].kind == tokNum && (r.toks[v-1].lower == "en" || r.toks[v-1].lower == "in") {
		v -= 2 // « fondé en 1899 par », "founded in 1899 by"
	}
	return v >= s.a && r.toks[k].kind == tokWord && r.toks[v].kind == tokWord &&
		anyHas(setOperators, r.toks[v].lower+" "+r.toks[k].lower)
}

// regionQualifier reports whether the name in tokens [p, q) of sentence s
// stands between "the" and a lower-case noun of a part of a land
// (regionnouns.tsv), as a people's name does: in "in the Batak highlands"
// the preposition introduces the highlands, and says nothing of a place
// named Batak.
func (r *reader) regionQualifier(p, q int, s *sentence) bool {
	return r.is(p-1, s.b, "the") && q < s.b && !r.toks[q].cap && anyHas(setRegionNouns, r.toks[q].lower)
}

// indefiniteBefore reports whether the descriptor noun at token k opens
// with "a" or "an", past at most two adjectives or modifiers: "a village",
// "a small fishing village".
func (r *reader) indefiniteBefore(k, a int) bool {
	for j := k - 1; j >= a && j >= k-3; j-- {
		w := r.lowerWord(j, len(r.toks))
		switch {
		case w == "a" || w == "an":
			return true
		case isPlainAdjective(w) || isCompoundModifier(w):
		default:
			return false
		}
	}
	return false
}

// isRiverHead reports whether w, lower case, is the word that ends a
// river's name ("Makami River", "Rivière Rouge" is read otherwise): a
// lower-case "bridge" after such a name names the bridge that crosses it.
func isRiverHead(w string) bool {
	return w == "river" || w == "creek"
}

// milepostOf reports whether the name at token p follows a mile or
// kilometre post and "of": "at Mile 116.4 of the Mountain Subdivision",
// "at km 112 of the Central Highway", "at kilometre 43 of the Trans-Canada".
// The name is the railway's or the road's the post counts along, a line,
// not the place where the post stands.
func (r *reader) milepostOf(p int, s *sentence) bool {
	k := p - 1
	if r.is(k, s.b, "the") {
		k--
	}
	if k-2 < s.a || !r.is(k, s.b, "of") {
		return false
	}
	if t := &r.toks[k-1]; t.kind != tokNum && !(t.start < t.end && '0' <= r.text[t.start] && r.text[t.start] <= '9') {
		return false
	}
	switch r.toks[k-2].lower {
	case "mile", "milepost", "km", "kilometre", "kilometer", "post", "marker":
		return true
	}
	return false
}

// wellCodeAt reports whether token p, a word in capitals, is a well's
// code: the capitals, a hyphen and the well's number glued ("LMS-2",
// "HBN-4"), right before the English noun of a well or a borehole ("the
// LMS-2 well") or right after the French one (« le puits HBN-4 »), as
// operators and trade reports name their wells. An acronym so numbered
// elsewhere ("COVID-19", "G-20") is none.
func (r *reader) wellCodeAt(p int, s *sentence) bool {
	w := r.toks[p].lower
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 || strings.Trim(w[i+1:], "0123456789") != "" {
		return false
	}
	isWell := func(f string) bool { return f == "well" || f == "borehole" }
	if p+1 < s.b && isDescriptorNoun(r.toks[p+1].lower) && isWell(r.toks[p+1].lower) {
		return true
	}
	prev, _ := elidedRest(r.lowerWord(p-1, s.b))
	return p-1 >= s.a && isWell(frenchFeature(prev))
}

// lowerWellCodeAt reports whether token j, right after a name, is a
// well's number in lower case, one or two letters, a hyphen and digits
// ("x-1", "e-2", as Argentine operators number exploration wells), before
// the noun of a well or a borehole, perhaps after one lower-case word
// ("the Bajo Verde x-1 exploration well"). The number ends the well's
// name.
func (r *reader) lowerWellCodeAt(j int, s *sentence) bool {
	t := &r.toks[j]
	if t.kind != tokWord || t.cap || j == 0 || t.start != r.toks[j-1].end+1 {
		return false
	}
	w := t.lower
	i := strings.IndexByte(w, '-')
	if i < 1 || i > 2 || i == len(w)-1 || strings.Trim(w[:i], "abcdefghijklmnopqrstuvwxyz") != "" || strings.Trim(w[i+1:], "0123456789") != "" {
		return false
	}
	for k := j + 1; k < s.b && k <= j+2; k++ {
		switch r.lowerWord(k, s.b) {
		case "well", "borehole":
			return true
		}
	}
	return false
}

// sampleCode reports whether the name at tokens [p, q) is one code of
// capitals and digits after a noun of a drill hole, a trench, a sample
// or a mining title (lexicon/en/samples.tsv): "Hole KAL-22-014
// intersected 6.2 g/t Au", "in drill hole BZ-24-07", "trench BFT-07
// returned 12 m", "prospecting licence PL 3846". A press release numbers
// its holes and titles so; the code names no place, though "hole" is a
// kind of place ("a water hole").
func (r *reader) sampleCode(p, q int, s *sentence) bool {
	if q-p == 2 && langs().en.has(setSampleNouns, r.toks[p].lower) {
		p++ // "Hole KAL-22-014" opening a sentence
	} else if p == s.a || !langs().en.has(setSampleNouns, r.toks[p-1].lower) {
		return false
	}
	if q-p != 1 || !isCatalogueCode(&r.toks[p]) {
		return false
	}
	// "TWRC019", "BZ-24-07"; or letters and the number after them,
	// "licence PL 3846", "permit EPM 27114"
	return strings.ContainsAny(r.toks[p].lower, "0123456789") || r.toks[p].upper && q < s.b && r.toks[q].kind == tokNum
}

// isCatalogueCode reports whether t is a code of capitals or digits, as
// a museum or a survey numbers its specimens and wells ("GSN-M-22",
// "KNM22"), which no particle joins to a name before it: "stored in
// Windhoek as GSN-M-22" names Windhoek.
func isCatalogueCode(t *token) bool {
	if strings.ContainsAny(t.lower, "0123456789") {
		return true
	}
	return t.upper && utf8.RuneCountInString(t.lower) > 1
}

// frenchAdminLead returns the first token of the name after a capitalised
// French kind of division and its « de », « du », « des », « de la » or
// « d' » at the front of the run [p, q) (« Région de Mopti », « Province
// du Lac », « Département de l'Artibonite »), and the division's kind; p
// and "" when the run opens otherwise.
func (r *reader) frenchAdminLead(p, q int) (int, string) {
	if q-p < 2 || !r.toks[p].cap || r.toks[p].upper {
		return p, ""
	}
	f := frenchFeature(r.toks[p].lower)
	if f == "" || !isAdminFeature(f) || f == "country" {
		return p, "" // « Pays de la Loire », « Pays de Galles » are names whole
	}
	k := r.afterFrenchOf(p+1, q)
	if k < 0 {
		return p, ""
	}
	return k, f
}

// afterFrenchOf returns the token after the « de », « du », « des » or «
// de la » at token k, or k itself when its word has « d' » glued on, in
// the run that ends at token q; -1 when none stands there or nothing of
// the run follows it.
func (r *reader) afterFrenchOf(k, q int) int {
	switch w := r.toks[k].lower; {
	case w == "de" && k+1 < q && r.toks[k+1].lower == "la":
		k += 2
	case w == "de" || w == "du" || w == "des":
		k++
	default:
		if _, art := elidedRest(w); art != 'd' {
			return -1
		}
	}
	if k >= q {
		return -1
	}
	return k
}

// frenchHeadingKindLead is frenchAdminLead for a capitalised French kind
// that is no division (« Village », « Quartier », « Fokontany », «
// Colline ») at the front of the run [p, q) that opens sentence s, when a
// chain of divisions follows the name after a comma (« Fokontany
// d'Ambohimanarina, commune d'Antsirabe I : … », « Colline de Gitamo,
// commune de Ngozi : … »): the run heads a report's chain of units, and
// its kind is no part of the name. Elsewhere « Village de … » may be a
// name whole.
func (r *reader) frenchHeadingKindLead(p, q int, s *sentence) (int, string) {
	if p != s.first || q-p < 2 || !r.toks[p].cap || r.toks[p].upper || !r.is(q, s.b, ",") {
		return p, ""
	}
	f := frenchFeature(r.toks[p].lower)
	if f == "" || isAdminFeature(f) {
		return p, ""
	}
	w, art := elidedRest(r.lowerWord(q+1, s.b))
	if art != 0 || !isAdminFeature(frenchFeature(w)) && !isChainNoun(w) || q+2 >= s.b {
		return p, ""
	}
	if n, art := elidedRest(r.toks[q+2].lower); r.toks[q+2].kind != tokWord || n != "de" && n != "du" && art != 'd' && !isFrenchAdjective(n) {
		return p, "" // « commune de », « commune d'Antsirabe », « commune rurale de »
	}
	k := r.afterFrenchOf(p+1, q)
	if k < 0 {
		return p, ""
	}
	return k, f
}

// placeMay reports whether "May" at token q opens a name of the run that
// ends at token j after a preposition of place no date follows ("at",
// "near", "outside", "above", "towards", "via", "from"), or after "of"
// that ends a compass phrase: "a new IDP site at May Tsebri-Adi", "near
// Mai Aini", "the hills above May Pen", "9 km south-west of May Pen".
// Tigrinya names open so ("May" or "Mai", water), and Jamaica's May Pen;
// "in May Kidal was calm" and "the end of May Kidal" stay dates. A
// dateline in capitals opens so too ("MAY PEN, Clarendon —"), where a
// date is written with its day ("MAY 3").
func (r *reader) placeMay(q, j int, s *sentence) bool {
	if r.toks[q].lower != "may" && r.toks[q].lower != "mai" || q+1 >= j || r.toks[q+1].kind != tokWord {
		return false
	}
	if q == s.first {
		return r.toks[q].upper && r.datelineName(q, j, s)
	}
	switch r.toks[q-1].lower {
	case "at", "near", "outside", "above", "below", "beyond", "towards", "toward", "via", "from":
		return true
	case "of":
		return q >= 2 && (isCompassWord(r.toks[q-2].lower) || isCompassAbbrev(&r.toks[q-2]))
	}
	return false
}

// grapeName reports whether every word of the name [p, q) names a grape
// variety or the wine made of it (grapes.tsv: "Malbec", "Cabernet
// Sauvignon", "Pinot Noir"), one or two words long.
func (r *reader) grapeName(p, q int) bool {
	if q-p < 1 || q-p > 2 {
		return false
	}
	for k := p; k < q; k++ {
		if !anyHas(setGrapes, r.toks[k].lower) {
			return false
		}
	}
	return true
}

// townFacilityBefore reports whether the name at token p follows a noun of a
// part, a facility or an office of a town (townof.tsv), right before it
// or before "of" or « de »: "in downtown Kuwait", "the port of Djibouti",
// « au musée de Djibouti ». A town has a port, streets and a mayor; the
// name is a place's, and a town's (Mention.CityMeant). The noun is lower
// case but to open a sentence: "the Museum of Modern Art" is a name.
func (r *reader) townFacilityBefore(p int, s *sentence) bool {
	k := p - 1
	if r.is(k, s.b, "of") || r.is(k, s.b, "de") {
		k--
	}
	return k >= s.a && r.toks[k].kind == tokWord && (!r.toks[k].cap || k == s.a) && anyHas(setTownFacilities, r.toks[k].lower)
}

// terminalAfter reports whether a lower-case noun of a town's airport or
// station (terminals.tsv) follows the name that ends before token q:
// "Shuttles run to San José and Liberia airports", "Liberia airport" is
// the Costa Rican town's, not the African country's.
func (r *reader) terminalAfter(q int, s *sentence) bool {
	return q < s.b && !r.toks[q].cap && anyHas(setTerminals, r.lowerWord(q, s.b))
}

// timeZoneAt reports whether token q of sentence s is a time zone
// (timezones.tsv), written in capitals, right after a time of day: "15:00
// UTC", "4 a.m. AEST". "At 3 p.m. Cat Ba was calm" keeps its island.
func (r *reader) timeZoneAt(q int, s *sentence) bool {
	t := &r.toks[q]
	return anyHas(setTimeZones, t.lower) && isUpperWord(r.text[t.start:t.end]) && r.clockEndsAt(q-1, s)
}

// clockEndsAt reports whether a time of day ends at token k of sentence
// s: a number ("15:00", "0300") or "a.m." or "p.m." after one ("4 a.m.",
// "2 p.m"), before a time zone that is then no part of the name after it
// ("At 4 a.m. AEST Tropical Cyclone Jasper was ...").
func (r *reader) clockEndsAt(k int, s *sentence) bool {
	if k < s.a || k >= s.b {
		return false
	}
	if r.toks[k].kind == tokNum {
		return true
	}
	if r.is(k, s.b, ".") {
		k--
	}
	return k-3 >= s.a && r.is(k, s.b, "m") && r.is(k-1, s.b, ".") && (r.is(k-2, s.b, "a") || r.is(k-2, s.b, "p")) && r.toks[k-3].kind == tokNum
}

// thingAfter reports whether the word at token q, right after a name, makes
// the name a make or model (isThingNoun: "a Toyota pickup", "two Caracal
// helicopters"), unless it opens a kind of place of
// lexicon/en/kindsafter.tsv ("the Tinabaw truck stop").
func (r *reader) thingAfter(q int, s *sentence) bool {
	if !isThingNoun(r.lowerWord(q, s.b)) {
		return false
	}
	_, _, kind := phraseAt(r, lex().kindsAfter, q, s.b, true)
	return !kind
}

// riverDivision reports whether a division's kind f that the text writes
// next to a name overrides the water's kind, feature, that the name's last
// word gave it: « les régions de l'Upper River et de Central River », "the
// Upper River and Central River regions" are divisions of the Gambia
// named after the river, as many are. A kind from the name's first word
// ("Lake Chad") is left to kindOverLead.
func riverDivision(feature, f string, leadOnly bool) bool {
	return !leadOnly && feature == "river" && isAdminFeature(f)
}

// kindOverLead reports whether the kind f, written before a name whose
// lead word gives it another kind ("the town of Mount Hagen", « le refuge
// du Lac Noir »), is the place's own kind: any located kind that is no
// lead word itself nor an administrative area, which "the region of Lake
// Chad" names around the lake.
func kindOverLead(f string) bool {
	return featureOfLead(f) == "" && !isAdminFeature(f)
}

// settlementAfter reports whether the name that ends before token q is
// followed by an apposition of an inhabited kind (isSettlementKind): "War
// Dhiigley, an informal settlement", "Battle Camp, a village".
func (r *reader) settlementAfter(q int, s *sentence) bool {
	f, ok := r.descriptorAfter(q, s.b)
	return ok && isSettlementKind(f)
}

// thingNamedBefore reports whether the name at token p is written in
// quotation marks right after words that give a name (`bottled under the
// name "Benito Juárez"`, « baptisé « Pointe-à-Pitre 1848 » », "a cheese
// called "Gao""), and the noun they name is no kind of place: a product,
// a batch, a boat or a horse bears it. "a hamlet called "Tinzar"" stays
// a place.
func (r *reader) thingNamedBefore(p int, s *sentence) bool {
	k := p - 1
	if k <= s.a || !isOpeningQuote(r.toks[k].lower) {
		return false
	}
	k--
	switch {
	case r.is(k, s.b, "name") && r.is(k-1, s.b, "the") && r.is(k-2, s.b, "under"):
		k -= 3 // "bottled under the name"
	case (r.is(k, s.b, "de") || r.is(k, s.b, "d'")) && r.is(k-1, s.b, "nom") && r.is(k-2, s.b, "le") && r.is(k-3, s.b, "sous"):
		k -= 4 // « vendu sous le nom de »
	case isNamingWord(r.lowerWord(k, s.b)):
		k--
	default:
		return false
	}
	for n := 0; k >= s.a && n < 4; n++ {
		if w := r.lowerWord(k, s.b); isDescriptorNoun(w) || frenchFeature(w) != "" {
			return false // "a hamlet called "Tinzar""
		}
		k--
	}
	return true
}

// isNamingWord reports whether w, lower case, gives the name after it in
// English or French: "named", "called", "dubbed", "nicknamed", « baptisé »,
// « nommée ».
func isNamingWord(w string) bool {
	switch strings.TrimRight(w, "es") {
	case "named", "called", "dubbed", "nicknamed", "christened", "branded", "labelled", "labeled",
		"baptised", "baptized", "baptisé", "nommé", "appelé", "surnommé", "dénommé", "intitulé":
		return true
	}
	return false
}

// placesIncluded reports whether token k is "include", "includes",
// "included" or "including" after a plural noun of a kind of place within
// includeLook words before it ("Other stations on the line included X",
// "The worst-hit villages include X", "several towns, including X"): what
// it includes are such places.
func (r *reader) placesIncluded(k int, s *sentence) bool {
	switch r.lowerWord(k, s.b) {
	case "include", "includes", "included", "including":
	default:
		return false
	}
	for j := k - 1; j >= s.a && j >= k-includeLook; j-- {
		w := r.word(j, s.b)
		if sg, ok := strings.CutSuffix(w, "s"); ok && len(sg) > 2 && isDescriptorNoun(sg) && !isAdminFeature(sg) {
			return true
		}
	}
	return false
}

// includeLook is how many words before "include" placesIncluded reads for
// the plural noun of places: "Other stations on the telegraph line".
const includeLook = 6

// pluralAgents reports whether w, a capitalised word opening a sentence,
// ends like a plural noun of people (-ers, -ists, -ants, -ents, -ians) and
// the verb after it agrees with a plural ("Deminers have cleared the last
// field around X", "Herders were moving south"): a town takes "has" and
// "is", so such a word names people, whatever word list lacks it.
func (r *reader) pluralAgents(w string, q int, s *sentence) bool {
	switch r.lowerWord(q, s.b) {
	case "have", "are", "were":
	default:
		return false
	}
	for _, suf := range []string{"ers", "ists", "ants", "ents", "ians"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// saharanInName reports whether the capitalised "In" at token q, opening
// sentence s, opens the name of the run [q, j) rather than a preposition:
// the Saharan names "In Salah", "In Gall", "In Tagalt" ("well"), when the
// run is the subject of "is" or "was" and an indefinite kind ("In Salah
// is a town in Algeria"). A preposition before a name needs a clause
// after it ("In Gao, shops were closed"), which "is a" opens no more.
func (r *reader) saharanInName(q, j int, s *sentence) bool {
	if r.toks[q].lower != "in" || j <= q+1 || j+1 >= s.b {
		return false
	}
	if v := r.lowerWord(j, s.b); v != "is" && v != "was" {
		return false
	}
	return isIndefinite(r.lowerWord(j+1, s.b))
}

// arabicArticleAfterLead reports whether the lower-case "en" or "et" at
// token j, right after the word at i that opens the run, is the Arabic
// article assimilated before a capitalised word, as written after a
// lead of Arabic names ("Jebel en Negueb", "Ras en Naqb", "Khirbet et
// Tannur"; a row of titleleads.tsv): French "en" and "et" join no name
// elsewhere ("Ghardaïa en Algérie", "Gao et Kidal").
func (r *reader) arabicArticleAfterLead(i, j int, s *sentence) bool {
	if j != i+1 || j+1 >= s.b || !(r.is(j, s.b, "en") || r.is(j, s.b, "et")) {
		return false
	}
	u := &r.toks[j+1]
	return u.kind == tokWord && u.cap && !u.upper && langs().en.has(setTitleLeads, r.toks[i].lower)
}

// namedDivision reports whether the name at [p, q) is a proper name and
// "Division" ("Sylhet Division", "Rawalpindi Division"), as Bangladesh
// and Pakistan name their divisions after their seats: the first word
// is no common English word, organisation's word or number, and no
// "the", number, ordinal or possessive stands before it, as in "the 82nd
// Airborne Division", "the Hamza Division" (an armed group's unit) or
// "the firm's Sales Division"; the divisions of a country are written
// bare ("across Sylhet Division").
func (r *reader) namedDivision(p, q int) bool {
	if q-p != 2 || r.toks[p+1].lower != "division" {
		return false
	}
	f := r.toks[p]
	if f.kind != tokWord || !f.cap || f.upper || isCommonWord(f.lower) || isPlaceWord(f.lower) || isOrgWord(f.lower) {
		return false
	}
	if p > 0 && r.toks[p-1].lower == "the" {
		return false // "the Hamza Division attacked": an armed group's unit
	}
	for k := p - 1; k >= 0 && k >= p-2; k-- {
		if b := r.toks[k]; b.kind == tokNum || b.kind == tokPoss {
			return false // "the 82nd Panzer Division", "the army's Sylhet Division"
		}
	}
	return true
}

// theBodyAt reports whether the one-word name w at token p is a noun of
// thebodies.tsv right after "the": an institution the text names by its
// common noun, capitalised, "belonged to the Church until the
// Reformation", "sold to the Crown in 1850". A town bears such a word
// as a name ("Church" in Lancashire, "Crown Point") but is not written
// after "the" alone.
func (r *reader) theBodyAt(p int, w string, s *sentence) bool {
	return p > s.a && r.toks[p-1].lower == "the" && langs().en.has(setTheBodies, w)
}

// frontedNamedKind reports whether the name [p, q) is a place a
// preposition fronts at the head of sentence s ("In Sabha,", "Near
// Kidal,") and the apposition after its comma names a place of its own
// with a verb of naming: "In Sabha, an informal site known locally as
// Garat Ammar, …", "Near Kidal, a camp called Tin Hama …". The kind is
// that named place's, the subject of the sentence, not the fronted
// place's.
func (r *reader) frontedNamedKind(p, q int, s *sentence) bool {
	if p-1 != s.first || !r.is(q, s.b, ",") || r.toks[p-1].kind != tokWord {
		return false
	}
	switch r.toks[p-1].lower {
	case "in", "near", "at", "outside", "around", "beyond":
	default:
		return false
	}
	for j := q + 2; j < s.b && j <= q+2+maxFrontedKindWords; j++ {
		t := &r.toks[j]
		if t.kind != tokWord || t.cap {
			return false
		}
		switch t.lower {
		case "called", "named", "dubbed", "nicknamed", "known":
			k := j + 1
			for k < s.b && r.namingAdverbAt(k, s.b) {
				k++ // "known locally as X"
			}
			if t.lower == "known" {
				if !r.is(k, s.b, "as") {
					return false
				}
				k++
			}
			return k < s.b && r.toks[k].kind == tokWord && r.toks[k].cap
		}
	}
	return false
}

// maxFrontedKindWords bounds the words of the kind before its verb of
// naming in frontedNamedKind: "an informal gathering site known as X".
const maxFrontedKindWords = 4

// officeEnds reports whether the name ending before token q ends with a
// capitalised noun of an office (officeends.tsv): "the District
// Veterinary Officer", "the Regional Commissioner", "the County
// Registrar". The name is the office's holder, no place.
func (r *reader) officeEnds(q int) bool {
	t := &r.toks[q-1]
	return t.kind == tokWord && t.cap && !t.upper && anyHas(setOfficeEnds, t.lower)
}

// isOrdinalSuffix reports whether w is the ending of an ordinal number
// written in figures: "st", "nd", "rd", "th" ("1st", "18th"), and the
// French « er » of the first day of a month (« 1er mai »).
func isOrdinalSuffix(w string) bool {
	switch w {
	case "st", "nd", "rd", "th", "er":
		return true
	}
	return false
}
