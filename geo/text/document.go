package text

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// Span is a half-open range of byte offsets [Start, End) into the UTF-8
// document. Spans produced by Read always lie within the document and start
// and end on rune boundaries (a byte that is not valid UTF-8 counts as a rune
// of its own). The zero Span is empty.
type Span struct{ Start, End int }

// Len returns the length of s in bytes, 0 for an empty or inverted span.
func (s Span) Len() int {
	if s.End < s.Start {
		return 0
	}
	return s.End - s.Start
}

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s == Span{} }

// Text returns the text of doc that s covers, or "" when s does not lie
// within doc.
func (s Span) Text(doc string) string {
	if s.Start < 0 || s.End > len(doc) || s.Start > s.End {
		return ""
	}
	return doc[s.Start:s.End]
}

// Evidence grades how sure the reader is that a mention names a place. Larger
// values are stronger; callers compare with < and >.
type Evidence int

// The grades of Evidence, weakest first.
const (
	// EvidenceUnlikely: capitalised, but it looks like a person (after a title
	// or role noun, before "said"), an organisation or event ("Operation
	// Barkhane", "Mali War"), an acronym, a section heading, or a
	// sentence-initial word the document also uses in lower case.
	EvidenceUnlikely Evidence = iota
	// EvidenceCapitalised: a capitalised name with nothing else said of it.
	EvidenceCapitalised
	// EvidencePreposition: after a word that introduces places ("in", "at",
	// "near", "from", "reached").
	EvidencePreposition
	// EvidenceDescriptor: the text names its kind ("the village of X",
	// "wadi X", "X Region", "X, a small town", "X is a village").
	EvidenceDescriptor
	// EvidenceRelation: the subject or object of a spatial relation.
	EvidenceRelation
	// EvidenceContainer: part of an address-like containment ("X, Kidal
	// Region, Mali", "Chad's Lac Region").
	EvidenceContainer
)

// String returns the name of e without its prefix: "unlikely",
// "capitalised", "preposition", "descriptor", "relation" or "container".
func (e Evidence) String() string {
	switch e {
	case EvidenceUnlikely:
		return "unlikely"
	case EvidenceCapitalised:
		return "capitalised"
	case EvidencePreposition:
		return "preposition"
	case EvidenceDescriptor:
		return "descriptor"
	case EvidenceRelation:
		return "relation"
	case EvidenceContainer:
		return "container"
	}
	return "evidence(?)"
}

// Mention is one occurrence of a name that may be a place. Every occurrence
// gets its own Mention, so one name may appear many times with different
// spans, features and evidence; callers aggregate by Name.
type Mention struct {
	// Name is the name as written, without descriptors or articles:
	// "Talahandak", "Ourdjane" (from "the wadi of Ourdjane"), "Kidal Region",
	// "N'Djamena", "Agadez" (from the French "d'Agadez"). It equals the
	// document text at Span, unless the reader repaired the text there
	// (repair.go: "DirÃ©" is read "Diré", "Tom-\nbouctou" "Tombouctou"):
	// then Name is the repaired name and Span covers the input it was
	// read from; Document.Repaired gives the text read at any span.
	Name string
	// Span is the byte range of Name in the document.
	Span Span
	// Feature is the kind of place the text gives for this occurrence,
	// lower-cased: "village", "town", "wadi", "region", "river", "capital",
	// or a compound kept as written: "market town", "rural commune",
	// "provincial capital". French descriptors are given in English ("la
	// ville de X" gives "town", "la commune rurale de X" "rural commune").
	// "" when the text says nothing. FeatureHead returns the last word.
	Feature string
	// Evidence grades how sure the reader is that this occurrence names a
	// place.
	Evidence Evidence
	// Nameless reports that the text gives this place no name, only a
	// descriptor with an article, as the subject of a located relation
	// ("The camp is 60 km east of Gao", "Une base militaire se trouve à
	// ..."): Name is then those words as written ("The camp"), a later
	// "the camp" is the same place, and no gazetteer holds it.
	Nameless bool
	// RoadEnd reports that this occurrence names where a road leads, "la
	// route de X": a distance after it ("la route de X, à 30 km de Y")
	// places a point of the road, not X, so it locates X only if another
	// phrase does.
	RoadEnd bool
	// Speaker reports that this occurrence, read as unlikely a place,
	// stands before a verb of speech as its speaker with nothing else said
	// of it ("Moscow denied any involvement", "Bamako said"): a person, or
	// a national capital speaking for its government. It is then the
	// subject of no relation; the resolver may still map it as a named
	// national capital.
	Speaker bool
	// Emigration reports that this occurrence names where someone
	// emigrated to or from ("emigrated to New York", "emigrated with his
	// family to South Australia", « émigra au Canada », "emigrated from
	// Eidsvoll";
	// lexicon/LANG/emigration.tsv): a place that by its nature may lie
	// far from every other place the document names, so that distance
	// alone is no reason to give it up.
	Emigration bool
	// Flight reports that this occurrence names where someone flew to or
	// from ("flew to Paris", "flew back from London", « s'est envolé pour
	// Paris »; lexicon/LANG/flights.tsv): a journey by air goes far, so
	// a world city of the name (a renowned capital or a city of a million
	// people) is meant rather than a small namesake near the document's
	// other places.
	Flight bool
	// CityMeant reports that this occurrence names a town: where a
	// public service of transport goes or comes from ("trains from
	// Luxembourg", "flights to Djibouti", « les trains pour Luxembourg »;
	// lexicon/LANG/services.tsv), a town's station or airport ("Liberia
	// airport": lexicon/LANG/terminals.tsv); or a name
	// after the French « à », which takes towns where countries take « au
	// » or « en » (« vendus à Diekirch et à Luxembourg »); or where a
	// journey starts (« le convoi, parti de Djibouti ») or ends, bare
	// after a verb of its goal (« avant de regagner Djibouti », « pour
	// rejoindre Luxembourg »: lexicon/fr/travel.tsv). A country
	// bearing its capital's name is its capital there; a country whose
	// capital bears another name (« à Madagascar ») stays the country.
	CityMeant bool
	// Actor reports that this occurrence, read as unlikely a place, names
	// a person or a side by what stands next to it: a role, an office or
	// a word of kinship before it ("her daughter Georgia", "spokesman
	// Jordan", "Dr. Chad"), a match's score after it ("beat Gabon
	// 2-1"), or a building named after the person or the saint ("the
	// church of St. Nicholas", « l'église Saint-Martin »). The resolver
	// takes it for no country either.
	Actor bool
	// Hometown reports that this occurrence, read as unlikely a place,
	// owns an athlete before a verb of a contest ("Badulla's Nuwan
	// Ekanayake won") or a team ("Mpika's Muchinga Rangers"): the
	// athlete's or the team's town, nationality or team. The resolver
	// maps it only as a national capital or a town of the document's
	// countries.
	Hometown bool
	// Role is set when the text names this place only by its role, the
	// seat of a division or country it names elsewhere ("the provincial
	// capital", "the county seat", "the city centre", "la capitale", "le
	// chef-lieu de la province"; lexicon/LANG/roles.tsv): the kind of
	// place whose seat it is, as an English word: "country" for a
	// national capital, "province", "region", "state", "county",
	// "district", "department", "municipality", "commune" or "cercle" for
	// the seat of a division of that kind, "division" for the seat of any
	// division ("le chef-lieu"), "town" for the town itself (its centre).
	// Name is then the words as written ("the provincial capital"),
	// Feature "seat", and no gazetteer holds the name: the resolver finds
	// the seat from the container. "" for a place the text names.
	Role string
	// Doubtful reports that this occurrence, with no kind, qualifies a
	// noun of a group of people or of an event after it ("Karakalpak
	// officials said", "the Ya'ariba imams", "the Kuomboka ceremony"), or
	// stands before its own initials in brackets ("the Disaster
	// Management Centre (DMC)"): the words of a people, a dynasty, a firm,
	// a feast or an organisation, which a town's name may take too
	// ("Zaria officials"). The resolver maps it where the gazetteer knows
	// the name, and lists it as no unresolved place where it does not,
	// unless the text places it.
	Doubtful bool
	// RoleCountry is, for a national capital named with a nationality
	// adjective ("the Malian capital", "the Sierra Leonean capital", "la
	// capitale malienne"), the adjective as written: the capital is that
	// country's, whatever country the document names. "" otherwise.
	RoleCountry string
}

// FeatureHead returns the last word of m.Feature ("town" for "market town"),
// or "" when the mention has no feature.
func (m Mention) FeatureHead() string {
	if i := strings.LastIndexByte(m.Feature, ' '); i >= 0 {
		return m.Feature[i+1:]
	}
	return m.Feature
}

// Kind is the kind of a spatial relation.
type Kind int

// The kinds of Relation.
const (
	// KindDistance: a stated distance, with or without a direction ("80 km
	// east of X", "30 km from X", "Bamako (112 miles)").
	KindDistance Kind = iota + 1
	// KindDirection: a direction without a distance ("to the east of X").
	KindDirection
	// KindNear: vague nearness ("near X", "close to X", "the area around X",
	// "outside X", "on the left bank of X", "near the border").
	KindNear
	// KindIn: containment: the subject lies in the object ("in the Kidal
	// Region", "X, Kidal Region, Mali", "Chad's Lac Region", "the capital of
	// Y"). Direction, when set, names the part of the object ("in
	// southwestern Niger", "in the north of Mali").
	KindIn
	// KindBetween: the subject lies between Object and Other ("between
	// Kabul and Jalalabad", "on the road between A and B", "midway
	// between A and B", "entre A et B", "à mi-chemin entre A et B").
	KindBetween
)

// String returns "distance", "direction", "near", "in" or "between".
func (k Kind) String() string {
	switch k {
	case KindDistance:
		return "distance"
	case KindDirection:
		return "direction"
	case KindNear:
		return "near"
	case KindIn:
		return "in"
	case KindBetween:
		return "between"
	}
	return "kind(?)"
}

// BorderRef is an international border used as the object of a relation.
type BorderRef struct {
	// Countries are the countries named, as written: adjectives ("Algerian",
	// or the French "ivoirienne"), nouns ("Niger", "Burkina Faso") or both
	// sides ("Mali", "Algeria"). Nil when the text says only "the border".
	Countries []string
	// Span is the byte range of the border phrase ("the Algerian border",
	// "the border with Niger").
	Span Span
	// Coast reports that the object is the sea coast, not a land border
	// ("the coast", "the sea", "the Atlantic coast", "the coast of
	// Madagascar", "la côte Est de Madagascar", "le littoral"; see
	// coast.go). Countries then holds the names and demonyms that may say
	// whose coast it is ("Madagascar", "Peruvian"), as written: not all
	// need be countries.
	Coast bool
	// At reports, for a coast, that the subject lies on it rather than at
	// some distance ("on the coast", "a coastal town", "by the sea", "sur la
	// côte", "au bord de la mer"): the relation is KindNear.
	At bool
	// Side is the part of the coast the text names, as an English compass
	// word: "east" for "the east coast" and "la côte Est"; "" when none.
	Side string
	// Sea is the sea or ocean named with the coast, as written:
	// "Atlantic", "Gulf of Thailand", "golfe de Thaïlande"; "" when none.
	Sea string
}

// Relation is one spatial statement: Subject lies at some distance, in some
// direction, near or inside Object (or a border).
type Relation struct {
	// Kind is the kind of statement.
	Kind Kind
	// Subject is the index in Document.Mentions of the place the statement
	// is about. When the clause names it by a pronoun or a definite
	// description ("it", "the village"), Subject is the mention the reader
	// took it to stand for and Anaphor is the span of those words.
	Subject int
	// Object is the index in Document.Mentions of the reference place, or -1
	// when Border is set.
	Object int
	// Other is, for KindBetween, the index in Document.Mentions of the
	// second place the subject lies between (Object is the first); -1
	// for the other kinds.
	Other int
	// Midway reports, for KindBetween, that the subject lies about
	// halfway ("midway between", "halfway between", "à mi-chemin entre").
	Midway bool
	// Border is the border the distance or nearness is measured to, or nil.
	Border *BorderRef
	// MinKm and MaxKm are the stated distance range in kilometres after unit
	// conversion: equal for a single number, the two ends for "between two
	// and five kilometres" or "10-15 km", 2 and 5 for "a few kilometres", 3
	// and 9 for "several kilometres". Both are 0 when no distance is stated.
	// Hedges do not widen the range; the caller applies Hedge.
	MinKm, MaxKm float64
	// Unit is the unit as written, normalised: "km", "mi", "m", "yd",
	// "nmi", "lea" (a league, 4.5 km, a measure whose length varied), "verst"
	// (1.0668 km), "mil" (the Scandinavian mile of 10 km) or "cbl" (the
	// cable or encablure of mariners, 0.1852 km); "" when no distance is
	// stated.
	Unit string
	// AltMinKm, AltMaxKm and AltUnit hold a second statement of the same
	// distance given in parentheses as a conversion ("31 miles (50 km)": Unit
	// "mi", MinKm 49.89; AltUnit "km", AltMinKm 50). Zero when absent.
	AltMinKm, AltMaxKm float64
	AltUnit            string
	// Hedge is the lower-cased hedge before the number: "about", "some",
	// "roughly", "approximately", "around", "nearly", "almost", "just over",
	// "more than", "less than", "at least", "up to", "within", "only", "a
	// few", "several", ... ; "just" for "just outside X"; "" when none. A
	// French hedge is given by its English equivalent so that code written
	// for English reads it: "environ" gives "about", "plus de" "more than",
	// "moins de" "less than", "près de" "nearly", "seulement" "only".
	Hedge string
	// Pace is, for a distance read from a travel time, the time and the
	// means of travel as written ("4-hour walk", « quatre heures de
	// marche »): MinKm is then 0 and MaxKm the farthest that means goes
	// in that time at its top pace (lexicon/LANG/paces.tsv), Unit "km" and
	// Hedge "within", so the subject lies inside that disc; "" for a
	// stated distance.
	Pace string
	// Road reports whether the distance is by road ("by road", "(by road)",
	// "road distance", "along the road"); for KindBetween, that the subject
	// lies on a road or line between the two ("on the road between").
	Road bool
	// Offshore reports that the subject lies at sea off the object, as
	// "off", "offshore from" and « au large de » say ("30 nautical miles
	// off Lampedusa", "12 km off the coast of X"): with no direction, the
	// side of the ring that is sea is meant, and a distance to a coast is
	// measured on its sea side. Rows flagged sea of
	// lexicon/LANG/distance.tsv; a distance or direction whose subject is
	// the scene of a mishap only on water ("The trawler sank 40 nautical
	// miles north of X", the scene rows of events.tsv marked sea) too.
	Offshore bool
	// SeaStated reports that the phrase itself says the subject is at sea
	// ("off", "offshore from", « au large de »), not only that a mishap
	// on water happened there: a boat may sink on the Niger, a ship only
	// sails off Brest.
	SeaStated bool
	// MissingNumber reports that the text gave a unit and a direction but
	// no number ("à km à l'est de X", "some km north of X", as garbled
	// copies of articles write): Kind is then KindDirection, MinKm and
	// MaxKm are 0, and the distance was not stated, so the resolver can say
	// it was not measured. With no direction either ("à km de X") Kind is
	// KindDistance with no Direction: such a relation places nothing.
	MissingNumber bool
	// Seat reports, for KindIn, that the subject is the capital or seat of
	// the object ("the capital of Chad's Lac Region", "chef-lieu of").
	Seat bool
	// Direction is the direction as written ("north-east", "NNE", "N.E.",
	// "east south-east", "south by east", "southwestern", or the French
	// "sud-est", "Sud-Ouest", "est" for "à l'est"), "" if none.
	Direction string
	// Azimuth is the direction from Object to Subject in degrees clockwise
	// from north, in [0, 360). When the text gives the direction the other
	// way round ("Niamey (600 km to the southwest)" says Niamey lies
	// southwest of the subject) Azimuth is already turned round (45) and
	// Reversed is true. 0 when Points is 0.
	Azimuth float64
	// Points is the finest compass rose the direction belongs to: 4 for a
	// cardinal point ("east"), 8 for an intercardinal ("north-east"), 16
	// ("east-southeast"), 32 ("south by east"); 0 when there is no
	// direction. It says how the direction was written, not how precise the
	// author meant to be.
	Points int
	// Reversed reports whether the text stated the direction from Subject to
	// Object and Azimuth was turned round by 180 degrees.
	Reversed bool
	// OneWay reports, for KindNear, that the relation may place Subject
	// from Object but states nothing that places Object from Subject: a
	// neighbour listed with no side and no distance ("Nearby villages
	// include A, B and C") lies near the subject, but a neighbour the
	// gazetteer lacks is not thereby at the subject's point, any more than
	// the subject's other neighbours are.
	OneWay bool
	// Onward reports, for a KindDistance with no direction, that the
	// subject lies that far on along the way the text came to Object:
	// "25 km beyond X", "another 6 km on", "a further 10 km", « 20 km
	// plus loin », « au-delà de X » (the words of lexicon/LANG/onward.tsv
	// inside Phrase). The way is the one by which the text reached
	// Object; the resolver turns it into a direction when the text
	// placed Object from another place.
	Onward bool
	// Phrase is the byte range of the whole relation phrase ("80 km east of
	// the village of Tessalit"; "Niamey (600 km to the southwest)";
	// "Talahandak, Kidal Region").
	Phrase Span
	// Anaphor is the byte range of the pronoun or definite description that
	// stands for Subject in this clause ("It", "the village"); zero when the
	// clause names the subject.
	Anaphor Span
}

// Document is what Read found in a text.
type Document struct {
	// Text is the document as given to Read. Every Span of the Document
	// points into it, even where the reader read a repaired text (see
	// Repaired).
	Text string
	// Title is the document's title: the text of a first line written as
	// "= Title =", or the first line when it looks like a heading (short, no
	// closing punctuation, followed by more text); "" otherwise.
	Title string
	// TitleSpan is the byte range of Title, zero when Title is "".
	TitleSpan Span
	// Sentences are the byte ranges of the sentences, headings and list
	// items, in order, without surrounding white space.
	Sentences []Span
	// Mentions are the possible place names, ordered by Span.Start.
	Mentions []Mention
	// Relations are the spatial statements found, ordered by Phrase.Start.
	Relations []Relation
	// Areas are vague areas the text names around a place without saying
	// what lies there ("was present in the area around Tessalit", "in the
	// vicinity of Gao"), ordered by Phrase.Start. Each is a KindNear
	// Relation whose Subject is -1.
	Areas []Relation
	// Lists are the lists of names the text coordinates ("Gao, Kidal and
	// Niamey", "Mosul and Erbil, as well as Kirkuk", « Gao et Kidal »),
	// each the indexes in Mentions of its members in order, ordered by
	// their first member. A list names things of one kind: a member the
	// text gives no sign of a place is a place when another member is.
	Lists [][]int
	// Aliases pair mentions that name one place ("Satin, often referred to
	// as simply Nioro"), ordered by the first name's position.
	Aliases []Alias
	// Demonyms are the byte ranges of the nationality adjectives that
	// qualify a kind of place and are no mention ("a Palestinian town",
	// "the Mexican state of Jalisco"), in order: they tell which country
	// the text is about. None inside brackets, where they name languages.
	Demonyms []Span
	// Coordinates are the positions the text states in degrees, each
	// with the place it is stated for, ordered by Span.Start.
	Coordinates []Coordinate
	// Voices are the byte ranges of the nationality adjectives right
	// before those who speak for or live in a place ("Lebanese officials
	// said", "Palestinian sources", "Afghan police"), in order: weaker than
	// Demonyms, they tell which country the text is about only when
	// nothing else does. "Ugandan troops" is no voice: troops serve abroad.
	Voices []Span
	// Bodies are the byte ranges of the names that end a learned or public
	// body's name and are no mention ("the National Museum of Mongolia",
	// "the University of Pisa", « le Musée national du Mali »), in order.
	// Like Voices, a country's name there tells which country the text is
	// about only when nothing else does: the body serves its land, but the
	// text may name it from anywhere.
	Bodies []Span
	// Currencies are the marks of the prices the text gives in a
	// currency one country issues ("A$14.20", "KSh 4,000"), in order.
	// Like Voices, they tell which country the text is about only when
	// nothing else does: a wool sale in A$ is Hay in New South Wales, not
	// in Iraq.
	Currencies []CurrencyMark

	read string     // the text the reader read: Text after the repairs of repair.go
	rmap *offsetMap // maps offsets of read to Text; nil when read is Text
}

// Repaired returns the text the reader read where Text has the span sp:
// Text's own bytes, or, where the repairs of stage 1 changed them
// (mojibake, HTML entities, reference marks, soft hyphens; see
// repair.go), the repaired text ("Diré" for the span of "DirÃ©"). It
// returns "" when sp does not lie within Text.
func (d *Document) Repaired(sp Span) string {
	if d.rmap == nil {
		return sp.Text(d.Text)
	}
	if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
		return ""
	}
	return d.rmap.inverse(sp).Text(d.read)
}

// Read reads doc, an English or French text in UTF-8, into sentences, place
// mentions and spatial relations. It never fails: text it cannot read yields fewer
// mentions and relations, invalid UTF-8 and binary data included. It runs in
// time linear in len(doc) and uses no gazetteer: every capitalised name that
// may be a place is reported with the evidence found for it.
func Read(doc string) *Document {
	read, m := repairText(doc)
	r := newReader(read)
	r.markCaps(doc, m)
	r.findMentions()
	r.markSurnames()
	r.shareWaterfalls()
	r.findContainers()
	r.findAliases()
	r.findRelations()
	r.dropNearScenes()
	r.sortNameless()
	r.findLists()
	sort.SliceStable(r.aliases, func(i, j int) bool {
		return r.mentions[r.aliases[i].Name].Span.Start < r.mentions[r.aliases[j].Name].Span.Start
	})
	r.settle()
	sort.SliceStable(r.rels, func(i, j int) bool { return r.rels[i].Phrase.Start < r.rels[j].Phrase.Start })
	r.rels = uniqueRelations(r.rels)
	r.markOnward()
	d := &Document{
		Text:       doc,
		Mentions:   r.mentions,
		Relations:  r.rels,
		Areas:      r.areas,
		Lists:      r.lists,
		Aliases:    append(r.aliases, r.unheld...),
		Demonyms:   r.findDemonyms(),
		Voices:     r.findVoices(),
		Bodies:     uniqueSpans(r.bodies),
		Currencies: r.findCurrencies(),
	}
	d.Coordinates = r.findCoordinates()
	d.Title, d.TitleSpan = title(read)
	d.Sentences = make([]Span, len(r.sents))
	for i, s := range r.sents {
		d.Sentences[i] = s.span
	}
	d.read, d.rmap = read, m
	d.mapSpans()
	return d
}

// mapSpans maps every span of d from the repaired text the reader read to
// Text, the input.
func (d *Document) mapSpans() {
	m := d.rmap
	if m == nil {
		return
	}
	d.TitleSpan = m.span(d.TitleSpan)
	if d.Title != "" {
		d.Title = d.TitleSpan.Text(d.Text) // a headline in capitals, as the input writes it
	}
	for i := range d.Sentences {
		d.Sentences[i] = m.span(d.Sentences[i])
	}
	for i := range d.Mentions {
		d.Mentions[i].Span = m.span(d.Mentions[i].Span)
	}
	for _, rels := range [][]Relation{d.Relations, d.Areas} {
		for i := range rels {
			rel := &rels[i]
			rel.Phrase = m.span(rel.Phrase)
			rel.Anaphor = m.span(rel.Anaphor)
			if rel.Border != nil {
				b := *rel.Border
				b.Span = m.span(b.Span)
				rel.Border = &b
			}
		}
	}
	for i := range d.Aliases {
		d.Aliases[i].Phrase = m.span(d.Aliases[i].Phrase)
	}
	for i := range d.Coordinates {
		d.Coordinates[i].Span = m.span(d.Coordinates[i].Span)
	}
	for i := range d.Demonyms {
		d.Demonyms[i] = m.span(d.Demonyms[i])
	}
	for i := range d.Voices {
		d.Voices[i] = m.span(d.Voices[i])
	}
	for i := range d.Bodies {
		d.Bodies[i] = m.span(d.Bodies[i])
	}
	for i := range d.Currencies {
		d.Currencies[i].Span = m.span(d.Currencies[i].Span)
	}
}

// uniqueSpans sorts sps by start and drops, in place, a span that repeats
// the one before it.
func uniqueSpans(sps []Span) []Span {
	slices.SortFunc(sps, func(a, b Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
	return slices.Compact(sps)
}

// uniqueRelations drops from rels, in place, a containment that repeats
// one before it (same subject, object and phrase): two rules may read
// "Ulaanbaatar in Övörkhangai Province" alike, and the statement is made
// once. Only containments are compared: a distance the text states twice
// is two statements.
func uniqueRelations(rels []Relation) []Relation {
	type key struct {
		sub, obj int
		phrase   Span
	}
	seen := map[key]bool{}
	out := rels[:0]
	for _, rel := range rels {
		if rel.Kind == KindIn {
			k := key{rel.Subject, rel.Object, rel.Phrase}
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		out = append(out, rel)
	}
	return out
}
