package locate

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/orb/simplify"
	"golang.org/x/text/unicode/norm"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/text"
)

// Errors a caller can test with errors.Is. Both are the caller's input
// problems: InputError reports true for them.
var (
	ErrTooLarge = inputError("locate: document too large")
	ErrBinary   = inputError("locate: document is not text")
)

// inputError is an error caused by the document itself, not by locus.
type inputError string

func (e inputError) Error() string { return string(e) }

// InputError reports true: the error is the caller's to fix.
func (e inputError) InputError() bool { return true }

// DefaultMaxBytes is the largest document Resolve reads by default: 4 MiB.
const DefaultMaxBytes = 4 << 20

// Options configures a Resolver. The zero value uses the defaults.
type Options struct {
	Vagueness *Vagueness // nil: DefaultVagueness()
	Ranking   *Ranking   // nil: DefaultRanking()
	MaxBytes  int        // largest document in bytes; 0: DefaultMaxBytes
	// MaxNames caps how many distinct names of one document are looked up in
	// the gazetteer (the ones with the strongest place evidence first); 0: 400.
	MaxNames int
}

// Resolver reads documents and places what they mention. It is safe for
// concurrent use when its gazetteer is.
type Resolver struct {
	db  Gazetteer
	v   Vagueness
	k   Ranking
	max int
	mxn int

	// outlineMu guards outlines, the drawing of each country place by
	// alpha-2 code; they are shared, never modified.
	outlineMu sync.Mutex
	outlines  map[string]outline
}

// outline is how a country place is drawn: its shape simplified to 0.02°
// (about 2 km) and a point inside it.
type outline struct {
	shape orb.MultiPolygon
	point orb.Point
}

// outline returns the drawing of a country, computing it on first use.
func (r *Resolver) outline(c *gazetteer.Country) outline {
	r.outlineMu.Lock()
	defer r.outlineMu.Unlock()
	if o, ok := r.outlines[c.Code]; ok {
		return o
	}
	o := outline{simplify.DouglasPeucker(0.02).MultiPolygon(c.Shape.Clone()), representative(c.Shape)}
	if r.outlines == nil {
		r.outlines = map[string]outline{}
	}
	r.outlines[c.Code] = o
	return o
}

// New returns a Resolver over an open gazetteer (a *gazetteer.DB).
func New(db Gazetteer, opt Options) *Resolver {
	r := &Resolver{db: db, v: DefaultVagueness(), k: DefaultRanking(), max: DefaultMaxBytes, mxn: 400}
	if opt.Vagueness != nil {
		r.v = *opt.Vagueness
	}
	if opt.Ranking != nil {
		r.k = *opt.Ranking
	}
	if opt.MaxBytes > 0 {
		r.max = opt.MaxBytes
	}
	if opt.MaxNames > 0 {
		r.mxn = opt.MaxNames
	}
	return r
}

// entity is every mention of one name in a document.
type entity struct {
	key string
	// slot is the entity's key in session.byKey: key, with the kind
	// appended for a long line or a division ("the Turkistan region" is
	// not the town of Turkistan the text measures from).
	slot     string
	name     string
	feature  string
	mentions []text.Span
	aliases  []string // other names the text gives it ("often referred to as Nioro")
	// now holds the names the text says the place bears today
	// ("Thebes (now Luxor)"): the gazetteer's place is one of theirs.
	now      []string
	evidence text.Evidence
	// knownCity reports that the text gives the name no sign of a place
	// but it is a city of the document's countries (lookupKnownCities).
	knownCity bool
	// speaker reports that some mention stands before a verb of speech
	// as its speaker (text.Mention.Speaker: "Moscow denied"): with no
	// better evidence, only a national capital is looked up.
	speaker bool
	// hometown reports that some mention owns an athlete
	// (text.Mention.Hometown: "Badulla's Nuwan Ekanayake won"): only a
	// national capital or a town of the document's countries is looked
	// up (lookupHometowns).
	hometown bool
	// emigration reports that some mention names where someone
	// emigrated to or from (text.Mention.Emigration: "emigrated to New York"):
	// far from every other place by nature, it is no stray.
	emigration bool
	// flight reports that some mention names where someone flew to or
	// from (text.Mention.Flight: "flew to Paris"): a world city of the
	// name is meant rather than a small namesake near the document's
	// other places (worldCityMeant).
	flight bool
	// emigrantTown reports that a mention of emigration names the place
	// with no article before it (« partit pour Montréal », not « pour la
	// Nouvelle-France »): in French a town, which placeish looks up.
	emigrantTown bool
	// cityMeant reports that some mention names a town, not a country
	// bearing its name (text.Mention.CityMeant: "trains from Luxembourg",
	// « vendus à Luxembourg »).
	cityMeant bool
	// actor reports that every mention names a person or a side
	// (text.Mention.Actor: "her daughter Georgia", "beat Gabon 2-1"): no
	// gazetteer lookup.
	actor bool
	// doubtful reports that every mention qualifies a noun of a group or
	// an event, or comes before its initials (text.Mention.Doubtful:
	// "Karakalpak officials", "the Kuomboka ceremony"): mapped where the
	// gazetteer knows it, no unresolved place where it does not. A
	// mention read as unlikely a place ("Yamka fighters burned houses"
	// after "the Yamka and Dinga clans") says nothing against it.
	doubtful bool
	first    int // offset of the first mention, for stable ids

	cands   []gazetteer.Place
	country *gazetteer.Country
	// admin1 is the region the name is: a first-level division, or, when
	// admin2 is set, that second-level division seen as a region
	// (regionOf: its own name, seat and hull under its admin1's code).
	admin1 *gazetteer.Admin1
	// admins are the first-level divisions a container name may be
	// ("Punjab" in India and in Pakistan); admin1 is the one chosen.
	admins []gazetteer.Admin1
	// admin2 is the second-level division the name is ("Calvados",
	// "Bankass Cercle"), one of admins2, its namesakes; nil for others.
	admin2  *gazetteer.Admin2
	admins2 []gazetteer.Admin2
	// alt2 are the second-level divisions that bear the name of a
	// first-level one the name was taken for, among which
	// divisionsNearAnchors may choose.
	alt2 []gazetteer.Admin2
	// part is the compass word of a name that calls a part of its
	// country ("Sud" in "Liban-Sud", "South" in "South Lebanon"), country
	// then being that country (countryPart); "" for others.
	part string
	// compassOpen reports that compassDivisionOfTowns found no division
	// for this name by compass words in the countries of the towns known
	// then, and divisionsOfDocTowns asks again once more towns are.
	compassOpen bool
	chosen      int // index into cands, -1 when none
	// givenUp is the entry of cands that markDerived or confirm gave up
	// because it breaks what the text states about the name, -1 when
	// none: the place falls back on it when the text cannot place it.
	givenUp int

	// spelt holds the countries of the namesakes whose own name the text
	// spells exactly, diacritics and all (exactSpelling), read once by
	// spelledIn; nil until then.
	spelt map[string]bool

	// inAdmins are the divisions the text puts this name in ("X, Sindh"),
	// and inAdmins2 the second-level ones ("X, Calvados").
	inAdmins  []gazetteer.Admin1
	inAdmins2 []gazetteer.Admin2
	// runnerUp is the namesake that came second, more than Ranking.OpenKm
	// from the chosen one, and gap its score below the chosen one's; -1
	// when none came within Ranking.OpenGap.
	runnerUp int
	gap      float64
	// gathered is set when gatherAnchors gave up the best-ranked namesake
	// (then the runner-up) for one near the place's other anchors.
	gathered bool

	// nameless is set when every mention is a descriptor without a name
	// ("The camp", text.Mention.Nameless): no gazetteer holds it.
	nameless bool
	// roadEnd is set when every mention names where a road leads ("la
	// route de X", text.Mention.RoadEnd).
	roadEnd bool
	// role is, for a place the text names only by its role ("the
	// provincial capital", text.Mention.Role), the kind of its container;
	// resolveRoles (role.go) gives it its seat. "" for others.
	role string
	// roleCountry is the nationality adjective of a national capital
	// named by its role ("the Malian capital"; text.Mention.RoleCountry).
	roleCountry string

	// towns are, for a name taken for a division that the text also
	// measures from, or a second-level division that holds another
	// place, the populated places that bear it as their own name: dropStrayDivisions falls back on them when the division lies
	// far from every other place ("in the province of Granada, 25 km
	// east of Granada" is Spain's city, not Nicaragua's department).
	towns []gazetteer.Place
	// abroad are the namesakes dropOutsideCountry gave up for lying out
	// of the country a division the text puts the place in belongs to
	// ("San Mariano, Isabela" and no San Mariano in Puerto Rico):
	// forgetCountryOf gives them back when that division turns out to be
	// a stray namesake itself (Isabela, a province of the Philippines the
	// gazetteer lacks).
	abroad []gazetteer.Place

	subjectOf []int // relation indices
	objectOf  []int
	inCountry string // alpha-2 from "X, Region, Country" or "in Country"
	// short is the name without a trailing settlement word ("Baicheng"
	// for "Baicheng City") when it was looked up too; "" otherwise.
	short string
	// statedKm is, for the place of a position the text states in degrees
	// (addStatedPoints), the precision it is written to, in km; 0 for
	// others.
	statedKm float64
	// note says why a name with gazetteer entries was left unplaced.
	note string
	// strained is set when the vagueness allowances reconcile what the text
	// states about a derived place but its Strict readings cannot all hold.
	strained bool
	// loose is set when what the text states about a derived place holds
	// together only beyond face value, but well within the allowances (a
	// road distance, a loose compass word): no contradiction, but the
	// checks that hold only loosely say so.
	loose bool
	// reachM is, for a derived place placed from directions that cross
	// with no distance (solveCrossing), how far in metres those
	// directions reach; 0 otherwise.
	reachM float64

	place *Place
}

func (e *entity) hasGazetteer() bool { return e.chosen >= 0 && e.chosen < len(e.cands) }

// recordedCountry returns the country (ISO 3166-1 alpha-2) the gazetteer
// records e's chosen town or division in, or "" when e has neither.
func (e *entity) recordedCountry() string {
	switch {
	case e.hasGazetteer():
		return e.cands[e.chosen].Country
	case e.admin2 != nil:
		return e.admin2.Country
	case e.admin1 != nil:
		return e.admin1.Country
	}
	return ""
}

// Analyse reads a document and places everything it names. A document with
// no places gives a Result with no places, not an error. It fails with
// ErrTooLarge or ErrBinary for input it will not read, and with the
// gazetteer's error if a lookup fails.
func (r *Resolver) Analyse(ctx context.Context, doc string) (*Result, error) {
	if len(doc) > r.max {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d bytes; split the document", ErrTooLarge, len(doc), r.max)
	}
	if !utf8.ValidString(doc) {
		return nil, fmt.Errorf("%w: it is not valid UTF-8", ErrBinary)
	}
	if strings.IndexByte(doc, 0) >= 0 {
		return nil, fmt.Errorf("%w: it contains NUL bytes", ErrBinary)
	}
	d := text.Read(doc)
	s := &session{r: r, ctx: ctx, doc: d, byKey: map[string]*entity{}, french: isFrench(doc)}
	if err := s.run(); err != nil {
		return nil, err
	}
	return s.result(), nil
}

// session is the state of one Analyse call.
type session struct {
	r     *Resolver
	ctx   context.Context
	doc   *text.Document
	ents  []*entity
	byKey map[string]*entity
	// apart holds the names namesakesApart kept apart bare before their
	// one container.
	apart []apartName
	ment  []*entity // entity of each mention index
	// docCountries are the countries the document names or implies, alpha-2.
	docCountries map[string]bool
	// loneDivisionCountry maps a country of docCountries to the
	// second-level division whose lone namesake alone put it there
	// (containInAdmin2: "in the Pyrenees"), which dropStrayDivisions may
	// still give up.
	loneDivisionCountry map[string]*entity
	// docDivisions are the first-level divisions the document uses as
	// containers, each in a single country.
	docDivisions []gazetteer.Admin1
	// docDivisions2 are the second-level divisions the document uses as
	// containers and whose namesake it settled ("in Sangamon County").
	docDivisions2 []gazetteer.Admin2
	borders       map[string]*Place // by border key
	// company counts the places chosen at the last chosenByLat by
	// country, and companyOf the country counted for each (inCompany).
	company   map[string]int
	companyOf map[*entity]string
	// roadFrom holds, for the far end of a road the text names from a
	// town (« sur la route de Rosso » from Saint-Louis), the towns the
	// road is named from (Ranking.RoadCountry).
	roadFrom map[*entity][]*entity
	// anchors, while one place is placed (solveOne, usable), holds the
	// country of the towns each place is measured from (anchorCountry),
	// which every border distance of the place asks again; nil otherwise,
	// since choosing namesakes changes it.
	anchors    map[*entity]string
	coastLand  map[*Place]orb.MultiPolygon // the land of each coast's countries (coast.go)
	landlocked map[string]bool             // whether each country looked at has no sea coast (landlockedCountry)
	neighbours map[string][]string         // country code -> the codes across its land borders (coast.go)
	places     []*Place
	checks     []*Check
	measuredAs map[string]*Check // a relation as stated, without its place in the text -> its check (check.go)
	extra      []*Place          // areas made from phrases ("the area around X")
	// pending are the places solve has yet to place or confirm.
	pending map[*entity]bool
	// countries caches gazetteer.Country by the name asked for.
	countries map[string]countryAnswer
	// french reports whether the document reads as French.
	french bool
	// nearBorder remembers, by gazetteer id, whether a place lies near a
	// land border of docBorders, the borders of the countries named.
	nearBorder map[int64]bool
	// docBordersRead reports whether docBorders holds the land borders of
	// docCountries.
	docBordersRead bool
	docBorders     []borderBox
}

type countryAnswer struct {
	c   gazetteer.Country
	err error
}

// country is the gazetteer's Country, asked once per name and session.
func (s *session) country(name string) (gazetteer.Country, error) {
	if a, ok := s.countries[name]; ok {
		return a.c, a.err
	}
	c, err := s.r.db.Country(s.ctx, name)
	if s.countries == nil {
		s.countries = map[string]countryAnswer{}
	}
	s.countries[name] = countryAnswer{c, err}
	return c, err
}

func (s *session) run() error {
	s.group()
	if err := s.lookup(); err != nil {
		return err
	}
	s.joinShortNames()
	s.joinCountyNames()
	s.joinUnheld()
	if err := s.chooseCandidates(); err != nil {
		return err
	}
	if err := s.seatNamedDivisions(); err != nil {
		return err
	}
	s.rejoinApart()
	s.addStatedPoints()
	if err := s.resolveRoles(); err != nil {
		return err
	}
	s.markDerived()
	if err := s.solve(); err != nil {
		return err
	}
	return s.check()
}

// articledNames returns the folded names the document writes with a
// capital French article of their own (« La Trinité », « Le Robert »),
// under which group gathers the same name written after a lower-case or
// contracted article (« de la Trinité », « du Robert »).
func (s *session) articledNames() map[string]bool {
	out := map[string]bool{}
	for _, m := range s.doc.Mentions {
		if hasFrenchArticle(m.Name) {
			out[gazetteer.Fold(m.Name)] = true
		}
	}
	return out
}

// group gathers the mentions of each name into one entity.
func (s *session) group() {
	s.ment = make([]*entity, len(s.doc.Mentions))
	apart := s.namesakesApart()
	articled := s.articledNames()
	for i, m := range s.doc.Mentions {
		k := gazetteer.Fold(m.Name)
		if k == "" {
			continue
		}
		if art, ok := articleAt(s.doc.Text, m.Span.Start, m.Name); ok && !hasFrenchArticle(m.Name) && articled[gazetteer.Fold(art)] {
			k = gazetteer.Fold(art) // « les usagers de la Trinité … à 4 km de La Trinité »: one town
		}
		if c, ok := apart[i]; ok {
			k += "\x00in " + c // "Dublin, Georgia … Dublin, Ireland": two places
		}
		if isLinear(m.Feature) && !namesFeature(m.Name, m.Feature) {
			// "un village du Tchad ... sur la rive du lac Tchad": the lake
			// is not the country.
			k += "\x00" + m.Feature
		}
		slot := k
		if isAdminKind(m.Feature) {
			// "Turnout in Turkistan region … 25 km southeast of
			// Turkistan": the division the kind names, and the town the
			// bare name names, which the gazetteer tells apart.
			slot += "\x00admin"
		}
		e := s.byKey[slot]
		if e == nil {
			e = &entity{key: k, slot: slot, name: m.Name, first: m.Span.Start, chosen: -1, runnerUp: -1, givenUp: -1, nameless: m.Nameless, roadEnd: m.RoadEnd, role: m.Role, roleCountry: m.RoleCountry, actor: m.Actor, doubtful: doubtfulMention(m)}
			s.byKey[slot] = e
			s.ents = append(s.ents, e)
		}
		e.nameless = e.nameless && m.Nameless
		e.roadEnd = e.roadEnd && m.RoadEnd
		if shouted(e.name) && !shouted(m.Name) {
			e.name = m.Name // "MAIDUGURI, Nigeria (Reuters) - ... east of Maiduguri"
		}
		e.mentions = append(e.mentions, m.Span)
		e.speaker = e.speaker || m.Speaker
		e.hometown = e.hometown || m.Hometown
		e.emigration = e.emigration || m.Emigration
		e.flight = e.flight || m.Flight
		e.emigrantTown = e.emigrantTown || m.Emigration && !articleBefore(s.doc.Text, m.Span.Start)
		e.cityMeant = e.cityMeant || m.CityMeant
		e.actor = e.actor && m.Actor
		e.doubtful = e.doubtful && doubtfulMention(m)
		if m.Evidence > e.evidence {
			e.evidence = m.Evidence
		}
		if e.feature == "" {
			e.feature = m.Feature
		}
		s.ment[i] = e
	}
	s.rejoinDivisions()
	for _, a := range s.doc.Aliases {
		if a.Unheld {
			continue // joinUnheld, once the gazetteer has been asked
		}
		e, o := s.entityAt(a.Name), s.entityAt(a.Alias)
		s.merge(e, o)
		if a.Now && e != nil && o != nil && e != o {
			e.now = append(e.now, o.name)
		}
	}
	s.joinInNames()
	for i, rel := range s.doc.Relations {
		if rel.Subject >= 0 && rel.Subject < len(s.ment) && s.ment[rel.Subject] != nil {
			e := s.ment[rel.Subject]
			e.subjectOf = append(e.subjectOf, i)
		}
		if rel.Object >= 0 && rel.Object < len(s.ment) && s.ment[rel.Object] != nil {
			e := s.ment[rel.Object]
			e.objectOf = append(e.objectOf, i)
		}
		if rel.Kind == text.KindBetween && rel.Road && rel.Other >= 0 && rel.Other < len(s.ment) && s.ment[rel.Other] != nil &&
			rel.Object >= 0 && rel.Object < len(s.ment) && s.ment[rel.Object] != nil && s.ment[rel.Object] != s.ment[rel.Other] {
			if s.roadFrom == nil {
				s.roadFrom = map[*entity][]*entity{}
			}
			s.roadFrom[s.ment[rel.Other]] = append(s.roadFrom[s.ment[rel.Other]], s.ment[rel.Object])
		}
	}
}

// namesakesApart tells apart the places a document names alike when it
// writes two of its mentions with different containers right after them
// (containerJoin):
// "James Tucker, of Dublin, Georgia … 12 miles south of Dublin … traveled
// to Dublin, Ireland" names two Dublins. It maps each mention of such a
// name to its container's folded name: its own, or else that of the
// nearest mention before it that has one ("12 miles south of Dublin" is
// Georgia's), or else the first one's. Names written with one container
// only, or always the same one or its abbreviation ("Nev.", "Pa.":
// stateAbbreviations), are one place and absent from the map; a document
// that writes a postal code as a container keeps every name one place.
func (s *session) namesakesApart() map[int]string {
	// Divisions and long lines are kept apart by group already ("the
	// Province of Perugia, Umbria" is no town of Perugia).
	town := func(i int) bool {
		f := s.doc.Mentions[i].Feature
		return !isAdminKind(f) && !isLinear(f)
	}
	own := map[int]string{} // mention -> its comma container
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn || rel.Subject < 0 || rel.Object < 0 || !town(rel.Subject) {
			continue
		}
		a, b := s.doc.Mentions[rel.Subject].Span, s.doc.Mentions[rel.Object].Span
		if a.End <= b.Start && containerJoin[strings.Join(strings.Fields(s.doc.Text[a.End:b.Start]), " ")] {
			c := s.doc.Mentions[rel.Object].Name
			if isPostalCode(c) {
				return nil // "Paris, TX … Paris, Texas": a code the gazetteer alone expands
			}
			if full, ok := stateAbbreviations[c]; ok {
				c = full // "LEBANON, Pa. … Lebanon, Pennsylvania"
			}
			own[rel.Subject] = gazetteer.Fold(c)
		}
	}
	if len(own) == 0 {
		return nil
	}
	byName := map[string][]int{}
	for i, m := range s.doc.Mentions {
		if k := gazetteer.Fold(m.Name); k != "" && town(i) {
			byName[k] = append(byName[k], i)
		}
	}
	out := map[int]string{}
	for _, ms := range byName {
		first, two := "", false
		for _, i := range ms {
			if c, ok := own[i]; ok {
				if first == "" {
					first = c
				}
				// "Tonopah, Nev. … Tonopah, Nevada" is one place.
				two = two || !strings.HasPrefix(c, first) && !strings.HasPrefix(first, c)
			}
		}
		if first == "" {
			continue
		}
		if !two {
			// "… 20 km south-west of Valladolid … a bar in Valladolid,
			// Yucatán": a container given only after the name was
			// written bare may tell a namesake apart. The bare
			// mentions before it stay apart until the namesakes are
			// chosen (rejoinApart).
			if _, ok := own[ms[0]]; ok {
				continue
			}
			for _, i := range ms {
				if _, ok := own[i]; ok {
					break
				}
				out[i] = ""
			}
			for _, i := range ms {
				if _, ok := out[i]; !ok {
					out[i] = first
				}
			}
			s.apart = append(s.apart, apartName{bare: ms[0], contained: ms[slices.IndexFunc(ms, func(i int) bool { _, ok := own[i]; return ok })], container: first})
			continue
		}
		cur := first
		for _, i := range ms { // in the order of the text
			if c, ok := own[i]; ok {
				cur = c
			}
			out[i] = cur
		}
	}
	return out
}

// joinShortNames makes one place of a name the gazetteer does not hold
// and a longer name of the document that opens with its words and that the
// gazetteer does hold: "the walk to Namche Bazaar … 8 km north-east of
// Namche". The short name is the place's; a name with namesakes of its own
// ("Mexico" beside "Mexico City") is left alone. A longer name the
// gazetteer lacks too, one word longer, stands for a short name the text
// only measures from ("a borehole at Tsaukwe Pan … 15 km south of
// Tsaukwe").
func (s *session) joinShortNames() {
	for _, e := range slices.Clone(s.ents) {
		if len(e.cands) > 0 || e.country != nil || e.admin1 != nil || e.admin2 != nil || e.nameless || e.actor || strings.IndexByte(e.key, 0) >= 0 {
			continue
		}
		var long *entity
		for _, o := range s.ents {
			if o == e || !strings.HasPrefix(o.key, e.key+" ") {
				continue
			}
			if len(o.cands) == 0 && (len(e.subjectOf) > 0 || len(e.objectOf) == 0 || strings.IndexByte(o.key[len(e.key)+1:], ' ') >= 0 || o.nameless) {
				// A longer name the gazetteer lacks too stands for the
				// short one only when the short one is measured from and
				// the long one adds one word: "Tshipidi Pan, roughly 15 km
				// south of Tsaukwe" after "Tsaukwe Pan".
				continue
			}
			if long != nil && long.key != o.key {
				long = nil // "Port" beside "Port Said" and "Port Sudan"
				break
			}
			long = o
		}
		if long != nil {
			long.subjectOf = append(long.subjectOf, e.subjectOf...)
			long.objectOf = append(long.objectOf, e.objectOf...)
			s.merge(long, e)
		}
	}
}

// joinUnheld makes one place of a name the gazetteer does not hold and
// the kind noun that the text names a place by in a later clause
// (text.Alias.Unheld): "… suspended the works of Sino-Cam Gold at
// Ndjombé-Kissi. The site, 35 km south of Bertoua, …" places
// Ndjombé-Kissi. A name the gazetteer holds is a known town where the
// news happened, and the kind noun stays a place of its own.
func (s *session) joinUnheld() {
	for _, a := range s.doc.Aliases {
		if !a.Unheld {
			continue
		}
		e, o := s.entityAt(a.Name), s.entityAt(a.Alias)
		if e == nil || o == nil || e == o || !o.nameless || e.nameless {
			continue
		}
		if len(e.cands) > 0 || e.country != nil || e.admin1 != nil || e.admin2 != nil {
			continue
		}
		e.subjectOf = append(e.subjectOf, o.subjectOf...)
		e.objectOf = append(e.objectOf, o.objectOf...)
		s.merge(e, o)
	}
}

// joinCountyNames makes one place of a county named the Irish way ("Co
// Clare", "County Kerry"), found a division, and its bare name written
// after it: "six miles west of Ennis, Co Clare. … returned to Clare in
// 1952" is County Clare again, not Clare in Suffolk. When towns of the
// county's country bear the bare name ("Co Galway … Galway", "Co Antrim
// … Antrim"), the name is the town, as writers use it, and only those
// towns stay its candidates.
func (s *session) joinCountyNames() {
	for _, o := range slices.Clone(s.ents) {
		if o.admin2 == nil || o.admin2.Country == "" {
			continue
		}
		w := strings.Fields(o.key)
		if len(w) < 2 || w[0] != "co" && w[0] != "county" {
			continue
		}
		e := s.byKey[strings.Join(w[1:], " ")]
		if e == nil || e == o || e.country != nil || e.admin1 != nil || e.admin2 != nil || len(e.mentions) == 0 || len(o.mentions) == 0 || e.mentions[0].Start < o.mentions[0].Start {
			continue
		}
		if home := slices.DeleteFunc(slices.Clone(e.cands), func(c gazetteer.Place) bool { return c.Country != o.admin2.Country }); len(home) > 0 {
			e.cands = home // "Co Galway … Galway": the town
			continue
		}
		s.merge(o, e)
	}
}

// apartName is a name written bare before the one container the text
// gives it: its first mention, its first contained mention and the
// container's folded name.
type apartName struct {
	bare, contained int
	container       string
}

// containerJoin holds the words namesakesApart reads between a name and
// the container it is put in right after it: a comma ("Dublin,
// Georgia"), perhaps with a preposition of being in (« Dieppe, en
// Normandie », "Dieppe, in New Brunswick").
var containerJoin = map[string]bool{
	",": true, ", in": true, ", in the": true, ", en": true, ", au": true, ", aux": true,
	", dans le": true, ", dans la": true, ", dans l'": true,
}

// rejoinApart makes one place again of a name's mentions that
// namesakesApart kept apart, bare before its container ("Springfield …
// Springfield, Illinois"), unless the namesakes chosen differ and the
// contained one lies more than Ranking.StrayKm from every other town the
// document names while the bare one lies within it of one ("… 20 km
// south-west of Valladolid on the road to Tordesillas … a bar in
// Valladolid, Yucatán"): without that, the container names the place
// every mention means.
func (s *session) rejoinApart() {
	for _, p := range s.apart {
		a, b := s.entityAt(p.bare), s.entityAt(p.contained)
		if a == nil || b == nil || a == b {
			continue
		}
		if a.chosen >= 0 && b.chosen >= 0 && a.cands[a.chosen].ID != b.cands[b.chosen].ID {
			pa, pb := a.cands[a.chosen].Point, b.cands[b.chosen].Point
			nearA, nearB := false, false
			for _, e := range s.ents {
				if e == a || e == b || e.key == p.container || e.chosen < 0 || e.cands[e.chosen].Class != "P" {
					continue
				}
				q := e.cands[e.chosen].Point
				nearA = nearA || haversineM(pa, q) <= s.r.k.StrayKm*1000
				nearB = nearB || haversineM(pb, q) <= s.r.k.StrayKm*1000
			}
			if nearA && !nearB {
				continue
			}
		}
		// The contained mentions' place, chosen with its container, is
		// the one kept.
		b.subjectOf = append(b.subjectOf, a.subjectOf...)
		b.objectOf = append(b.objectOf, a.objectOf...)
		b.cityMeant = b.cityMeant || a.cityMeant
		b.first = min(a.first, b.first)
		at := slices.Index(s.ents, a)
		s.merge(b, a)
		// The place keeps the bare mentions' rank in the document.
		s.ents = slices.Insert(slices.DeleteFunc(s.ents, func(e *entity) bool { return e == b }), at, b)
	}
}

// joinInNames reads a name, "in" and a name as one place's name when the
// gazetteer holds a place of that whole name: "Gravina in Puglia", "Hall
// in Tirol", "Sankt Johann in Tirol", "Broek in Waterland" (over 150
// Italian, Austrian, German and English towns). The reader took the
// words for a town in its region (text.KindIn); the region's mention
// becomes the town's, and the relation is dropped. A gazetteer error
// leaves the relation as read.
func (s *session) joinInNames() {
	keep := s.doc.Relations[:0]
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn || !s.inName(rel) {
			keep = append(keep, rel)
		}
	}
	s.doc.Relations = keep
}

// inName reports whether rel, a containment, is written "X in Y" and the
// gazetteer holds a place whose own name that is; it then makes X's and
// Y's mentions those of one place so named.
func (s *session) inName(rel text.Relation) bool {
	sub, obj := s.entityAt(rel.Subject), s.entityAt(rel.Object)
	if sub == nil || obj == nil || sub == obj {
		return false
	}
	a, b := s.doc.Mentions[rel.Subject].Span, s.doc.Mentions[rel.Object].Span
	if a.End > b.Start || s.doc.Text[a.End:b.Start] != " in " {
		return false
	}
	name := s.doc.Text[a.Start:b.End]
	cs, err := s.r.db.Named(s.ctx, name)
	if err != nil || !slices.ContainsFunc(cs, func(c gazetteer.Place) bool { return ownName(gazetteer.Fold(name), c) }) {
		return false
	}
	s.merge(sub, obj)
	sub.name = name
	return true
}

// keepNowNamed narrows the namesakes of e to those of the names the text
// says it bears today ("Thebes (now Luxor)", « Thèbes (aujourd'hui
// Louxor) »), when the gazetteer knows one of them: the old name's
// other bearers (Thebes in Greece) are not the place.
func (s *session) keepNowNamed(e *entity) error {
	if len(e.now) == 0 || len(e.cands) == 0 {
		return nil
	}
	ids := map[int64]bool{}
	for _, n := range e.now {
		cs, err := s.r.db.Named(s.ctx, n)
		if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
			return err
		}
		for _, c := range cs {
			ids[c.ID] = true
		}
	}
	if kept := slices.DeleteFunc(slices.Clone(e.cands), func(c gazetteer.Place) bool { return !ids[c.ID] }); len(kept) > 0 {
		e.cands = kept
	}
	return nil
}

// nowCountry returns the country that one of the names the text says e
// bears today names (« l'archipel des Nouvelles-Hébrides (l'actuel
// Vanuatu) », "the Gold Coast (now Ghana)"), and reports whether there
// was one: the old name, which the gazetteer may lack, is that country.
func (s *session) nowCountry(e *entity) (gazetteer.Country, bool) {
	for _, n := range e.now {
		if c, err := s.country(n); err == nil && isCountryName(n, c) {
			return c, true
		}
	}
	return gazetteer.Country{}, false
}

// rejoinDivisions makes the mentions of a name that the text gave the
// kind of a division mentions of the bare name again, as one place,
// unless the gazetteer holds a first-level division of that name, with an
// extent, whose seat is the most populous town of the name. group keeps
// them apart so that the division ("Turnout in Turkistan region") and the
// town the text measures from ("25 km southeast of Turkistan") are two
// places. Joined, they are read as before, with the kind of the first
// mention: « la wilaya d'Alger … à 17 km à l'est d'Alger » is Algiers,
// whose wilaya the data lists only as Algiers; "the province of Granada
// … 25 km east of Granada" finds Nicaragua's department first, whose
// seat is not the largest Granada; "the Austrian state of Styria" has
// Graz for its seat; a division known only by its seat (no extent) would
// be that town twice.
func (s *session) rejoinDivisions() {
	for _, e := range slices.Clone(s.ents) {
		if e.slot == e.key {
			continue
		}
		bare := s.byKey[e.key]
		if bare == nil || bare == e || s.seatTwin(e.name) {
			continue
		}
		if e.first < bare.first {
			s.merge(e, bare)
			e.slot = e.key
			s.byKey[e.key] = e
		} else {
			s.merge(bare, e)
		}
	}
}

// seatTwin reports whether the gazetteer's first-level division called
// name has an extent and a seat that is the most populous town of that
// name.
func (s *session) seatTwin(name string) bool {
	as, err := s.r.db.Admin1(s.ctx, name, "")
	if err != nil || len(as) == 0 {
		return false
	}
	a := as[0]
	if a.Seat == nil || len(a.Hull) == 0 {
		return false
	}
	cs, err := s.r.db.Named(s.ctx, name)
	return err == nil && largestIs(cs, a.Seat.ID)
}

// largestIs reports whether the most populous populated place among cs
// is the place id.
func largestIs(cs []gazetteer.Place, id int64) bool {
	best := -1
	for i, c := range cs {
		if c.Class == "P" && (best < 0 || c.Population > cs[best].Population) {
			best = i
		}
	}
	return best >= 0 && cs[best].ID == id
}

// shouted reports whether name is written in capitals only, as a dateline
// writes it ("MAIDUGURI, Nigeria (Reuters) -"), and has at least two
// letters: the place is better named as the text writes it elsewhere.
func shouted(name string) bool {
	n := 0
	for _, c := range name {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			n++
		}
	}
	return n >= 2
}

// merge makes b's mentions mentions of a, and b's name one of a's aliases:
// the text said they name one place. When a is a place given no name
// and b has one, b's name becomes a's.
func (s *session) merge(a, b *entity) {
	if a == nil || b == nil || a == b {
		return
	}
	for i, e := range s.ment {
		if e == b {
			s.ment[i] = a
		}
	}
	a.mentions = append(a.mentions, b.mentions...)
	sort.Slice(a.mentions, func(i, j int) bool { return a.mentions[i].Start < a.mentions[j].Start })
	a.evidence = max(a.evidence, b.evidence)
	if a.nameless && !b.nameless {
		// "A village 20 km south of Kasese ...; it is called Bukirova":
		// the name the text gives after the fact names the place, and
		// "A village" is no name of it.
		a.name, a.aliases = b.name, append(a.aliases, b.aliases...)
	} else {
		a.aliases = append(append(a.aliases, b.name), b.aliases...)
	}
	a.nameless = a.nameless && b.nameless
	if a.feature == "" {
		a.feature = b.feature
	}
	s.byKey[b.slot] = a
	s.ents = slices.DeleteFunc(s.ents, func(e *entity) bool { return e == b })
}

// linearKinds are the features, as the reader names them, of a river, a
// lake, a road, a desert or a sea's gulf, bay or strait ("le golfe de
// Guinée" is no Guinea), or a landform (mountain, glacier, waterfall,
// cave, gorge, cirque): long lines, waters, wastes and landforms the
// gazetteer does not hold, with the words a place's own name may carry for each
// ("Peace River", "Lake Charles", "Rivière-du-Loup" are towns, so such a
// name is asked of the gazetteer) and the note an unplaced one is listed
// with.
var linearKinds = map[string]struct {
	words []string
	note  string
	// landform: a mountain, glacier, waterfall, cave, gorge or cirque,
	// which is no long line: a place near it says roughly where it is
	// ("at the foot of Mount Kinabalu"), as for any unknown place.
	landform bool
}{
	"river":   {[]string{"river", "rivière", "fleuve"}, "a river: the gazetteer holds settlements, divisions, countries, borders and coasts, not rivers", false},
	"channel": {[]string{"channel"}, "a river: the gazetteer holds settlements, divisions, countries, borders and coasts, not rivers", false},
	"canal":   {[]string{"canal"}, "a canal: the gazetteer holds settlements, divisions, countries, borders and coasts, not canals", false},
	"lake":    {[]string{"lake", "lac", "loch"}, "a lake: the gazetteer holds settlements, divisions, countries, borders and coasts, not lakes", false},
	"lakes":   {[]string{"lake", "lac"}, "a lake: the gazetteer holds settlements, divisions, countries, borders and coasts, not lakes", false},
	"road":    {[]string{"road", "route"}, "a road: the gazetteer holds settlements, divisions, countries, borders and coasts, not roads", false},
	"highway": {[]string{"highway"}, "a road: the gazetteer holds settlements, divisions, countries, borders and coasts, not roads", false},
	"railway": {[]string{"railway"}, "a railway: the gazetteer holds settlements, divisions, countries, borders and coasts, not railways", false},
	"desert":  {[]string{"desert", "désert"}, "a desert: the gazetteer holds settlements, divisions, countries, borders and coasts, not deserts", false},
	"wadi":    {[]string{"wadi", "oued", "wad"}, "a wadi: the gazetteer holds settlements, divisions, countries, borders and coasts, not rivers", false},
	"gulf":    {[]string{"gulf", "golfe"}, "a gulf: the gazetteer holds settlements, divisions, countries, borders and coasts, not seas", false},
	"bay":     {[]string{"bay", "baie"}, "a bay: the gazetteer holds settlements, divisions, countries, borders and coasts, not seas", false},
	"strait":  {[]string{"strait", "détroit"}, "a strait: the gazetteer holds settlements, divisions, countries, borders and coasts, not seas", false},
	// "in the North Sea" is no North Sea, New York: the reader gives the
	// feature only to a name whose last word is "Sea" or "Ocean" set
	// apart ("Southend-on-Sea" has none), and no town is so named.
	"sea":   {nil, "a sea: the gazetteer holds settlements, divisions, countries, borders and coasts, not seas", false},
	"ocean": {nil, "an ocean: the gazetteer holds settlements, divisions, countries, borders and coasts, not seas", false},
	// Landforms: « le mont Nimba » is no Nimba County, « le mont
	// Cameroun » no Cameroon; "Mount Hope" or "Victoria Falls" name towns.
	"mountain": {[]string{"mount", "mont", "montagne"}, "a mountain: the gazetteer holds settlements, divisions, countries, borders and coasts, not mountains", true},
	"mount":    {[]string{"mount", "mont"}, "a mountain: the gazetteer holds settlements, divisions, countries, borders and coasts, not mountains", true},
	"peak":     {[]string{"peak", "pic", "piton", "pico"}, "a mountain: the gazetteer holds settlements, divisions, countries, borders and coasts, not mountains", true},
	"volcano":  {[]string{"volcano", "volcan"}, "a mountain: the gazetteer holds settlements, divisions, countries, borders and coasts, not mountains", true},
	// "19 km east of the summit of Kīlauea" is no Kīlauea town on Kauai,
	// 500 km from the volcano.
	"summit":  {[]string{"mount", "mont", "peak", "pic", "summit"}, "a mountain: the gazetteer holds settlements, divisions, countries, borders and coasts, not mountains", true},
	"glacier": {[]string{"glacier"}, "a glacier: the gazetteer holds settlements, divisions, countries, borders and coasts, not glaciers", true},
	// A name the text calls a waterfall ("Victoria Falls, the waterfall
	// on the Zambezi") is no town, though "falls" ends it; the reader
	// gives a bare "Victoria Falls" the feature "falls", which is asked.
	"waterfall": {[]string{"cascade", "chute"}, "a waterfall: the gazetteer holds settlements, divisions, countries, borders and coasts, not waterfalls", true},
	"falls":     {[]string{"falls", "cascade", "chute"}, "a waterfall: the gazetteer holds settlements, divisions, countries, borders and coasts, not waterfalls", true},
	"cave":      {[]string{"cave", "grotte", "gouffre", "aven"}, "a cave: the gazetteer holds settlements, divisions, countries, borders and coasts, not caves", true},
	"gorge":     {[]string{"gorge", "canyon"}, "a gorge: the gazetteer holds settlements, divisions, countries, borders and coasts, not gorges", true},
	"canyon":    {[]string{"canyon", "gorge"}, "a gorge: the gazetteer holds settlements, divisions, countries, borders and coasts, not gorges", true},
	"cirque":    {[]string{"cirque"}, "a cirque: the gazetteer holds settlements, divisions, countries, borders and coasts, not cirques", true},
	// « l'anse Couleuvre » is no Couleuvre in the Allier, « le morne
	// Rouge » no town: coves and hills are named like the towns of the
	// country. (« la plage de Saint-Tropez » is the town's beach, so a
	// beach is looked up.)
	"cove": {[]string{"cove", "anse", "crique", "calanque"}, "a cove: the gazetteer holds settlements, divisions, countries, borders and coasts, not coves", true},
	"hill": {[]string{"hill", "morne"}, "a hill: the gazetteer holds settlements, divisions, countries, borders and coasts, not hills", true},
	// « le cap Corse » is no Corse in Gloucestershire, « la pointe du Raz »
	// no town: capes and headlands are named after what they face.
	"cape":     {[]string{"cape", "cap"}, "a cape: the gazetteer holds settlements, divisions, countries, borders and coasts, not capes", true},
	"headland": {[]string{"headland", "pointe", "point"}, "a headland: the gazetteer holds settlements, divisions, countries, borders and coasts, not headlands", true},
	// « le col du Dôme » is no Dôme in Ghana, « le col de la Croix-de-Fer »
	// no town: a pass is named after what it crosses or overlooks ("Eagle
	// Pass" names a town, and is asked).
	"col":  {[]string{"col", "pass"}, "a pass: the gazetteer holds settlements, divisions, countries, borders and coasts, not passes", true},
	"pass": {[]string{"pass", "col", "paso", "passo"}, "a pass: the gazetteer holds settlements, divisions, countries, borders and coasts, not passes", true},
	// A chapel named bare is named after its saint (« la chapelle
	// Saint-Martin » is no Saint-Martin, the island): the reader gives
	// the kind to no town (« la chapelle de Séez »).
	"chapel": {[]string{"chapel", "chapelle"}, "a chapel: the gazetteer holds settlements, divisions, countries, borders and coasts, not chapels", true},
	// So is a cemetery (« inhumé au cimetière Saint-Roch » is no
	// Saint-Roch in Indre-et-Loire).
	"cemetery": {[]string{"cemetery", "cimetière"}, "a cemetery: the gazetteer holds settlements, divisions, countries, borders and coasts, not cemeteries", true},
}

// isLongLine reports whether a feature is one of linearKinds other than
// a landform: a line or an expanse a place near it does not place.
func isLongLine(feature string) bool {
	k, ok := linearKinds[feature]
	return ok && !k.landform
}

// isWay reports whether a feature is a road's or a railway's (linearKinds):
// a way named as a whole ("the Okuk Highway", "the Freight Road"), which
// is no settlement and no place to list when nothing places it.
func isWay(feature string) bool {
	switch feature {
	case "road", "highway", "railway":
		return true
	}
	return false
}

// isWorks reports whether a feature is a work of building or extraction
// (a dam, a mine, a quarry, a refinery, a bridge): a place of that kind
// may bear a town's name, never a division's.
func isWorks(feature string) bool {
	switch feature {
	case "dam", "mine", "quarry", "refinery", "sawmill", "depot", "barracks", "plantation", "bridge", "oilfield":
		return true
	}
	return false
}

// isLinear reports whether a feature is a river's, a lake's, a road's, a
// desert's or a landform's (linearKinds), which the gazetteer does not
// hold.
func isLinear(feature string) bool {
	_, ok := linearKinds[feature]
	return ok
}

// namesFeature reports whether a name carries the word for its linear
// feature ("Peace River", "Lake Charles", "Rivière-du-Loup"): towns bear
// such names, so the gazetteer is asked. "the Volga" or "le fleuve Niger"
// (name "Niger") names no town Volga and no country Niger.
func namesFeature(name, feature string) bool {
	n := strings.ToLower(name)
	for _, w := range linearKinds[feature].words {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// bareName reports whether e is a capitalised name the text gives no
// sign of a place and the lookup left unresolved: no country, division or
// candidate, no long line. Such a name is looked up again only where the
// document's other places vouch for it (lookupKnownCities,
// lookupListSiblings, lookupNearbyList). A nil e is none.
func (e *entity) bareName() bool {
	return e != nil && !e.placeish() && e.evidence == text.EvidenceCapitalised && e.unlooked()
}

// unlooked reports whether e is a name, not a long line, that the lookup
// gave no country, first-level division or candidate.
func (e *entity) unlooked() bool {
	return !e.nameless && e.country == nil && e.admin1 == nil && len(e.cands) == 0 && !isLinear(e.feature)
}

// placeish reports whether an entity is worth a gazetteer lookup. A town
// someone emigrated to or from is (« partit pour Montréal », whose
// « pour » alone is no sign of a place); « pour la Nouvelle-France »,
// with its article, names a land the gazetteer may know only as a
// namesake town abroad.
func (e *entity) placeish() bool {
	return e.evidence >= text.EvidencePreposition || len(e.subjectOf) > 0 || len(e.objectOf) > 0 || e.knownCity || e.emigrantTown
}

// doubtfulMention reports whether m leaves its entity doubtful: it is
// Doubtful, or read as unlikely a place, which names no place either.
func doubtfulMention(m text.Mention) bool {
	return m.Doubtful || m.Evidence == text.EvidenceUnlikely
}

// unplacedDoubtful reports whether e is only ever named before a noun of
// a group or an event, or before its initials, or in a dateline's
// brackets, and the text states nothing of it but that it holds the
// place before it: "Karakalpak officials said", "the Kuomboka ceremony",
// "the Disaster Management Centre (DMC)", "Harare (New Ziana) -", or
// that it stands in a place the text names ("Komfo Anokye Teaching
// Hospital, Kumasi").
// Unknown to the gazetteer, it is a people, a feast or a body rather
// than a place the map missed.
func (s *session) unplacedDoubtful(e *entity) bool {
	if !e.doubtful || e.feature != "" {
		return false
	}
	for _, i := range e.subjectOf {
		// "born at Komfo Anokye Teaching Hospital, Kumasi": a building
		// said to stand in a town, which the map shows, is no place it
		// missed; a distance or a direction would place it.
		if s.doc.Relations[i].Kind != text.KindIn {
			return false
		}
	}
	for _, i := range e.objectOf {
		if s.doc.Relations[i].Kind != text.KindIn {
			return false
		}
	}
	return true
}

// articleBefore reports whether the word right before byte offset i of
// text is a definite article: "the", « la », « le », « les ».
func articleBefore(text string, i int) bool {
	f := strings.Fields(text[:min(max(i, 0), len(text))])
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "the", "la", "le", "les":
		return true
	}
	return false
}

// lookup finds the gazetteer candidates of every entity.
func (s *session) lookup() error {
	order := append([]*entity(nil), s.ents...)
	sort.SliceStable(order, func(i, j int) bool { return order[i].evidence > order[j].evidence })
	if len(order) > s.r.mxn {
		order = order[:s.r.mxn]
	}
	s.docCountries = map[string]bool{}
	for _, e := range order {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		if e.nameless || e.role != "" || e.actor {
			// "The village" is no gazetteer's The Village, Oklahoma; roles
			// are read by resolveRoles; "her daughter Georgia" is a person,
			// "beat Gabon 2-1" a side.
			continue
		}
		if isLinear(e.feature) {
			// "on the left bank of the Volga", "au bord du lac Débo": no
			// town Volga, no country Niger. A name that says it ("Peace
			// River", "Lake Charles") may be a town's; if it is none, the
			// note says why it is not placed.
			if !namesFeature(e.name, e.feature) {
				e.note = linearKinds[e.feature].note
				continue
			}
		}
		cname := e.name
		if rest, ok := withoutFrenchArticle(e.name); ok {
			cname = rest // "La Réunion", "la Guinée": the country's name is without its article
		}
		if ok, err := s.postalState(e); err != nil {
			return err
		} else if ok {
			continue // "Ridgecrest, CA": California, not Canada
		}
		if ok, err := s.foreignCode(e); err != nil {
			return err
		} else if ok {
			// "Bardonecchia (TO)": Turin's province, not Tonga.
			e.note = "a code of a division the gazetteer does not hold by its code, not the country so coded: no namesake of the place it holds lies there"
			continue
		}
		if c, ok := s.islandCountry(e); ok {
			e.country = &c // « l'île Maurice », « les îles Salomon »
			s.docCountries[c.Code] = true
			continue
		}
		if c, ok := s.containerIsland(e); ok {
			e.country = &c // "St. John's, Antigua", "San Fernando, Trinidad"
			s.docCountries[c.Code] = true
			continue
		}
		if c, err := s.country(e.name); err == nil && (isCountryName(e.name, c) || isCountryName(cname, c)) && s.countryMeant(e, c) {
			c := c
			e.country = &c
			s.docCountries[c.Code] = true
			continue
		} else if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
			return err
		}
		if c, ok := s.nowCountry(e); ok {
			e.country = &c // « l'archipel des Nouvelles-Hébrides (l'actuel Vanuatu) »
			s.docCountries[c.Code] = true
			continue
		}
		if c, part, ok, err := s.countryPart(e); err != nil {
			return err
		} else if ok {
			c := c
			e.country, e.part = &c, part
			s.docCountries[c.Code] = true
			continue
		}
		if !e.placeish() {
			continue
		}
		if ok, err := s.divisionOfStatedCountry(e); err != nil {
			return err
		} else if ok {
			continue
		}
		dwarfs, err := s.dwarfingDivision(e)
		if err != nil {
			return err
		}
		if isAdminName(e.name, e.feature) || s.container(e) || dwarfs {
			if ok, err := s.lookupAdmin1(e); err != nil {
				return err
			} else if ok && !s.seatlessDivisionTown(e) {
				if dwarfs && oneCountry(e.admins) && !e.emigration {
					// "the largest fire in California history": the
					// state the document is about holds its towns; a
					// state someone emigrated to is not what the
					// document is about ("born … north of Karlstad, and
					// emigrated to Minnesota" is Karlstad in Sweden).
					s.docDivisions = append(s.docDivisions, e.admins...)
				}
				if s.distanceFrom(e) && !isAdminName(e.name, "") {
					// "in the province of Granada, 25 km east of
					// Granada": should the division prove a stray
					// (Nicaragua's), the town is measured from.
					if err := s.keepTowns(e); err != nil {
						return err
					}
				}
				if s.mayBeAdmin2(e) {
					// "le département du Jura": France's, not the Swiss
					// canton, when the text's anchors are in France.
					if e.alt2, err = s.r.db.Admin2(s.ctx, e.name, ""); err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
						return err
					}
				}
				continue
			} else if ok {
				e.admin1, e.admins = nil, nil
			} else if s.mayBeAdmin2(e) {
				if ok, err := s.lookupAdmin2(e); err != nil {
					return err
				} else if ok {
					if s.container(e) && !isAdminName(e.name, "") {
						// "St Mary's Church, Ballina", in a text on
						// Mayo: should Ballina Shire of New South Wales
						// prove a stray, the town holds the church.
						if err := s.keepTowns(e); err != nil {
							return err
						}
					}
					continue
				}
			}
		}
		// The name as first written and its aliases: an invented or
		// unrecorded name may come with one the gazetteer knows.
		seen := map[int64]bool{}
		addNamed := func(n string) error {
			cs, err := s.r.db.Named(s.ctx, n)
			if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
				return err
			}
			for _, c := range cs {
				if !seen[c.ID] {
					seen[c.ID] = true
					e.cands = append(e.cands, c)
				}
			}
			return nil
		}
		names := append([]string{e.name}, e.aliases...)
		if art, ok := contractedArticle(s.doc.Text, e); ok {
			// "au nord du Mans": Le Mans, when the gazetteer knows it.
			if err := addNamed(art); err != nil {
				return err
			}
			if len(e.cands) > 0 {
				bare := e.name
				e.name, names = art, e.aliases
				if !slices.ContainsFunc(e.cands, func(c gazetteer.Place) bool { return primaryMatch(e, c) }) {
					// "les pêcheurs du Mont-Dore": a French town lists
					// "Le Mont-Dore" only as another name, while the
					// Mont-Dore of New Caledonia bears the bare name as
					// its own; both are namesakes.
					names = append([]string{bare}, e.aliases...)
				}
			}
		}
		if q, ok := s.parenQualified(e); ok {
			// "Frankfurt (Oder)", "Halle (Saale)": the name with its
			// parenthesis, when the gazetteer knows it so.
			if err := addNamed(q); err != nil {
				return err
			}
			if len(e.cands) > 0 {
				e.name, names = q, e.aliases
			}
		}
		for _, n := range names {
			if err := addNamed(n); err != nil {
				return err
			}
		}
		if err := s.keepNowNamed(e); err != nil {
			return err
		}
		if !slices.ContainsFunc(e.cands, func(c gazetteer.Place) bool { return primaryMatch(e, c) }) {
			// "Baicheng City" is Baicheng when no place bears the whole
			// name as its own, even if one lists it as an alternate name.
			if short, ok := withoutSettlementWord(e.name); ok {
				e.short = short
				if err := addNamed(short); err != nil {
					return err
				}
			}
		}
		if len(e.cands) == 0 {
			// "Tripoli du Liban", "Saint-Louis du Sénégal": the town, in
			// the country its name adds.
			if town, country, ok := countryQualified(e.name); ok {
				if c, err := s.country(country); err == nil && isCountryName(country, c) {
					cs, err := s.r.db.Named(s.ctx, town)
					if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
						return err
					}
					for _, p := range cs {
						if p.Country == c.Code && !seen[p.ID] {
							seen[p.ID] = true
							e.cands = append(e.cands, p)
						}
					}
					if len(e.cands) > 0 {
						e.inCountry = c.Code
						s.docCountries[c.Code] = true
					} else if as, err := s.r.db.Admin1(s.ctx, town, c.Code); err == nil && len(as) > 0 {
						// « l'Extrême-Nord du Cameroun », « le Centre-Nord du
						// Burkina Faso »: no town, a first-level division of
						// the country.
						a := as[0]
						e.admin1, e.admins = &a, as
						s.docCountries[c.Code] = true
						continue
					} else if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
						return err
					} else if isCompassPart(town) {
						// « la région de l'Est du Mali », where Mali has
						// no division so named: a part of the country.
						e.country, e.part = &c, town
						s.docCountries[c.Code] = true
						continue
					}
				} else if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
					return err
				}
			}
		}
		if len(e.cands) == 0 && namesTownKind(e.feature) && len(e.subjectOf) == 0 {
			// "the northernmost village of Finland": no town Finland, so
			// the kind is the place's in that country, not a name's. A
			// name the text states something of ("a city in Chad, the
			// capital of the Guéra Region") stays what the text says.
			if c, err := s.country(e.name); err == nil && isCountryName(e.name, c) {
				c := c
				e.country = &c
				s.docCountries[c.Code] = true
				continue
			}
		}
		if len(e.cands) == 0 && !e.nameless && (!isLinear(e.feature) || s.namedBayDivision(e)) && !isWorks(e.feature) {
			// "Punjab, Pakistan" with no town of that name: the division.
			// A river or lake the text names ("the Red River") is no
			// division of its name (Red River County, Texas): only a town
			// may bear the name of one. Nor is a work of building ("the
			// Belo Monte dam" in Pará is no municipality of Alagoas).
			if ok, err := s.lookupAdmin1(e); err != nil {
				return err
			} else if !ok && s.mayBeAdmin2(e) {
				// "Shropshire is a county of England": the division.
				if _, err := s.lookupAdmin2(e); err != nil {
					return err
				}
			}
		}
	}
	// "A Palestinian town", "the Mexican state of Jalisco": the country
	// of a demonym before a kind of place is part of the context too.
	for _, sp := range s.doc.Demonyms {
		if c, err := s.country(s.doc.Repaired(sp)); err == nil {
			s.docCountries[c.Code] = true
		}
	}
	// A border names its countries ("the Moroccan border"): they are part
	// of the document's context.
	for _, rel := range s.doc.Relations {
		if rel.Border == nil {
			continue
		}
		for _, n := range rel.Border.Countries {
			if c, err := s.country(n); err == nil {
				s.docCountries[c.Code] = true
			}
		}
	}
	// "..., Lebanese officials said": whose officials speak names the
	// country only when nothing else in the document does.
	if len(s.docCountries) == 0 {
		for _, sp := range s.doc.Voices {
			if c, err := s.country(s.doc.Repaired(sp)); err == nil {
				s.docCountries[c.Code] = true
			}
		}
	}
	// "The Botswana Predator Conservation Trust alerted farmers near
	// Nata": a national body named after its country names the country
	// too, when nothing else in the document does; the body is still no
	// place.
	if len(s.docCountries) == 0 {
		for _, m := range s.doc.Mentions {
			if c, ok := s.bodyCountry(m); ok {
				s.docCountries[c.Code] = true
			}
		}
		// "Dates from the National Museum of Mongolia": the country a
		// learned body serves, likewise.
		for _, sp := range s.doc.Bodies {
			n := s.doc.Repaired(sp)
			if c, err := s.country(n); err == nil && isCountryName(n, c) {
				s.docCountries[c.Code] = true
			}
		}
	}
	// "Merino fleece ... sold for A$14.20/kg": whose currency the text's
	// prices are in, when nothing else says.
	if len(s.docCountries) == 0 {
		for _, c := range s.doc.Currencies {
			s.docCountries[c.Country] = true
		}
	}
	if err := s.divisionsOfDocCountries(); err != nil {
		return err
	}
	if err := s.lookupKnownCities(); err != nil {
		return err
	}
	// A region the gazetteer knows only as a hamlet abroad (« en Beauce »)
	// is no anchor for the names listed beside it; dropped again below
	// once the containers have narrowed the namesakes.
	s.dropHamletRegions()
	if err := s.lookupListSiblings(); err != nil {
		return err
	}
	if err := s.lookupNearbyNames(); err != nil {
		return err
	}
	// "The RSF responded by shelling Kadugli and Dilling" in a report from
	// El Obeid: Dilling, taken for a town near El Obeid only now, vouches
	// for Kadugli, which lies farther off.
	if err := s.lookupListSiblings(); err != nil {
		return err
	}
	if err := s.divisionsOfDocTowns(); err != nil {
		return err
	}
	if err := s.preferDocDivisions(); err != nil {
		return err
	}
	if err := s.emigrationDivisions(); err != nil {
		return err
	}
	s.divisionsNearAnchors()
	if err := s.settleSharedCountryNames(); err != nil {
		return err
	}
	s.dropForeignTownContainers()
	s.containersInStatedCountry()
	// Containment: "X, Kidal Region, Mali" and "in Mali" set X's country.
	dropped := s.dropForeignDivisions()
	s.containerOfMeasured()
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn {
			continue
		}
		sub, obj := s.entityAt(rel.Subject), s.entityAt(rel.Object)
		if sub == nil || obj == nil {
			continue
		}
		switch {
		case obj.country != nil:
			sub.inCountry = obj.country.Code
		case obj.admin2 != nil:
			// Chosen among its namesakes below, once every containment
			// is read: the division and its country become the context.
		case obj.admin1 != nil:
			sub.inAdmins = append(sub.inAdmins, obj.admins...)
			if oneCountry(obj.admins) {
				s.docDivisions = append(s.docDivisions, obj.admins...)
			}
			if sub.inCountry == "" && oneCountry(obj.admins) {
				sub.inCountry = obj.admin1.Country
			}
		}
	}
	if err := s.dottedStates(); err != nil {
		return err
	}
	s.inheritContainers(dropped)
	s.divisionOfAnchors()
	s.containInAdmin2()
	s.dropOutsideCountry()
	s.dropShortOutsideAdmin2()
	s.dropHamletRegions()
	s.dropIslandsAbroad()
	// A division named in several countries is the one in a country the
	// document names, when there is one; else the one that holds a place
	// the text puts in it ("Multan, Punjab" is Pakistan's Punjab); else
	// the one alone to hold a town the document names, which then counts
	// as the document's division.
	for _, e := range s.ents {
		if len(e.admins) < 2 || e.admin2 != nil {
			continue
		}
		if i := slices.IndexFunc(e.admins, func(a gazetteer.Admin1) bool { return s.docCountries[a.Country] }); i >= 0 {
			a := e.admins[i]
			e.admin1 = &a
			continue
		}
		if a, ok := s.holdingDivision(e); ok {
			e.admin1 = &a
			continue
		}
		// "Divers from Gizo … The Western Province government": of the
		// namesakes, the one alone to hold a namesake of a town the
		// document names (Gizo lies in the Solomon Islands' Western
		// Province; no other Western Province holds a Gizo).
		var holding []gazetteer.Admin1
		for _, a := range e.admins {
			if s.holdsDocTown(e, a) {
				holding = append(holding, a)
			}
		}
		if len(holding) == 1 {
			a := holding[0]
			e.admin1 = &a
			s.docDivisions = append(s.docDivisions, a)
		}
	}
	if err := s.lookupAliasCities(); err != nil {
		return err
	}
	return s.lookupSpellings()
}

// dottedStates puts a town in the state or province written after it in
// dotted initials ("Portsmouth, N.H.", "Newport, R.I.", "Victoria, B.C.":
// dottedAbbreviations), as a container the reader read would: the town
// is that division's, not a larger namesake in England or Hong Kong.
func (s *session) dottedStates() error {
	for _, e := range s.ents {
		if len(e.cands) == 0 || e.country != nil || e.admin1 != nil || len(e.inAdmins) > 0 {
			continue
		}
		for _, sp := range e.mentions {
			full, ok := dottedStateAfter(s.doc.Text, sp)
			if !ok {
				continue
			}
			as, err := s.r.db.Admin1(s.ctx, full, "")
			if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
				return err
			}
			if len(as) == 0 {
				continue
			}
			e.inAdmins = append(e.inAdmins, as...)
			if oneCountry(as) {
				s.docDivisions = append(s.docDivisions, as...)
				if e.inCountry == "" {
					e.inCountry = as[0].Country
				}
			}
			break
		}
	}
	return nil
}

// dropForeignTownContainers gives up the towns the gazetteer holds for a
// name the text puts a town in ("Skipton, Yorkshire") when the gazetteer
// knows that name only as towns, the town put in it has namesakes in the
// gazetteer, and no namesake of the one lies in a country of a namesake
// of the other: such a container is a county or a region the gazetteer
// lacks (England's Yorkshire), not the town of Virginia of its name, and
// the town in it is read on its own. A first-level division of the name
// is kept ("Reno, Cairo" stays a check against Cairo), and so is a
// container bearing its own name when the name put in it is known only
// as an alternate name ("Bert … in Yellowknife": Bert is Armenia's Berd
// only by another name).
func (s *session) dropForeignTownContainers() {
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn {
			continue
		}
		sub, o := s.entityAt(rel.Subject), s.entityAt(rel.Object)
		if sub == nil || o == nil || sub == o || len(sub.cands) == 0 || o.country != nil {
			continue
		}
		countries := map[string]bool{}
		for _, c := range sub.cands {
			countries[c.Country] = true
		}
		if o.admin1 != nil || len(o.admins) > 0 || len(o.cands) == 0 ||
			slices.ContainsFunc(o.cands, func(c gazetteer.Place) bool { return c.Class != "P" || countries[c.Country] }) ||
			slices.ContainsFunc(o.admins2, func(a gazetteer.Admin2) bool { return countries[a.Country] }) ||
			o.admin2 != nil && countries[o.admin2.Country] {
			continue
		}
		if !slices.ContainsFunc(sub.cands, func(c gazetteer.Place) bool { return primaryMatch(sub, c) }) &&
			slices.ContainsFunc(o.cands, func(c gazetteer.Place) bool { return primaryMatch(o, c) }) {
			// "Bert passed away … in Yellowknife": a name the gazetteer
			// knows only as another name of somewhere (Armenia's Berd)
			// says less of the country than a town bearing its own name.
			continue
		}
		o.note = fmt.Sprintf("the gazetteer knows %q only as places of other countries than %s's", o.name, sub.name)
		o.cands, o.chosen = nil, -1
		o.admin1, o.admins, o.admin2, o.admins2 = nil, nil, nil, nil
	}
}

// lookupAliasCities adds, to a place the text measures from whose every
// namesake bears its name only as an alternate one, the city (cityPop
// people or more) whose name is spelled like it in another romanisation
// (gazetteer.DB.SpelledLike), when that city is at least spelledOver
// times as populous as the next place so spelled. It looks in the
// namesakes' countries when every namesake has fewer than cityPop
// people: "18 km south of Nikolayev" is Mykolayiv (470,000 people, known
// as "Nikolaev"), not the town of Lviv oblast that GeoNames alone lists
// as "Nikolayev". It looks in the countries the document names when
// every namesake lies outside them: « à 10 km au nord de Djalalabad, en
// Afghanistan » is Jalalabad, not Kyrgyzstan's Jalal-Abad, which GeoNames
// lists as « Djalalabad ». Ranking then weighs the city with the others.
// A transliteration writes a city's name in more ways than GeoNames
// lists, and a text measures from a city rather than from a small or a
// foreign place that happens to carry the spelling.
func (s *session) lookupAliasCities() error {
	docCountries := slices.Sorted(maps.Keys(s.docCountries))
	asked := 0
	for _, e := range s.ents {
		if len(e.cands) == 0 || len(e.objectOf) == 0 || e.country != nil || e.admin1 != nil || e.admin2 != nil || e.note != "" {
			continue
		}
		var countries []string
		aliasOnly, small, abroad := true, true, len(docCountries) > 0
		for _, c := range e.cands {
			aliasOnly = aliasOnly && !primaryMatch(e, c)
			small = small && c.Population < cityPop
			abroad = abroad && !s.docCountries[c.Country]
			if !slices.Contains(countries, c.Country) {
				countries = append(countries, c.Country)
			}
		}
		switch {
		case !aliasOnly:
			continue
		case abroad:
			countries = docCountries
		case !small:
			continue
		}
		if asked++; asked > s.r.mxn {
			break
		}
		ps, err := s.r.db.SpelledLike(s.ctx, e.name, countries)
		if err != nil {
			return err
		}
		ps = slices.DeleteFunc(ps, func(p gazetteer.Place) bool {
			return slices.ContainsFunc(e.cands, func(c gazetteer.Place) bool { return c.ID == p.ID })
		})
		if len(ps) == 0 || ps[0].Population < cityPop || len(ps) > 1 && ps[0].Population < spelledOver*max(ps[1].Population, 500) {
			continue
		}
		e.cands = append(e.cands, ps[0])
	}
	return nil
}

// containerOfMeasured gives a containment read after the place a
// distance is measured from ("360 km west of Ulaanbaatar in Övörkhangai
// Province") to the place measured, when no namesake of the place
// measured from lies in the container: the text cannot mean the capital
// is in a province it is not in, and the sentence's subject is the one
// it places there. A containment that one namesake satisfies stays the
// anchor's, and chooses it ("12 km north of Tripoli in Lebanon").
func (s *session) containerOfMeasured() {
	for i := range s.doc.Relations {
		rel := &s.doc.Relations[i]
		if rel.Kind != text.KindIn || rel.Seat {
			continue
		}
		anchor, obj := s.entityAt(rel.Subject), s.entityAt(rel.Object)
		if anchor == nil || obj == nil || len(anchor.cands) == 0 || anchor.admin1 != nil || anchor.country != nil {
			continue
		}
		in := func(p gazetteer.Place) bool {
			switch {
			case obj.country != nil:
				return p.Country == obj.country.Code
			case obj.admin1 != nil && obj.admin2 == nil:
				return slices.ContainsFunc(obj.admins, func(a gazetteer.Admin1) bool {
					return p.Country == a.Country && p.Admin1Code == a.Code
				})
			}
			return true // a second-level division is chosen later
		}
		if slices.ContainsFunc(anchor.cands, in) {
			continue
		}
		// The distance or direction measured from this very mention.
		k := slices.IndexFunc(anchor.objectOf, func(j int) bool {
			d := s.doc.Relations[j]
			return d.Object == rel.Subject && (d.Kind == text.KindDistance || d.Kind == text.KindDirection) && d.Subject != rel.Subject
		})
		if k < 0 {
			continue
		}
		j := anchor.objectOf[k]
		measured := s.entityAt(s.doc.Relations[j].Subject)
		if measured == nil || measured == anchor {
			continue
		}
		anchor.subjectOf = slices.DeleteFunc(anchor.subjectOf, func(k int) bool { return k == i })
		measured.subjectOf = append(measured.subjectOf, i)
		rel.Subject = s.doc.Relations[j].Subject
	}
}

// anchorDivisionKm is the longest stated distance across which the
// first-level divisions the text puts a place in tell the namesakes of
// the place it is measured from apart (divisionOfAnchors), and
// anchorDivisionSlackKm how far beyond that distance from a division's
// hull (the convex hull of its recorded places, which may fall short of
// its edge) a namesake may lie.
const (
	anchorDivisionKm      = 100
	anchorDivisionSlackKm = 50
)

// divisionOfAnchors keeps, of the namesakes of a place measured from,
// which the text puts in no division or country of its own, those that
// can be the stated distance from the divisions the text puts the
// measured place in: "à 30 km au sud de Paris, au Texas" and "a village in
// Sindh, 30 km north of Hyderabad" say where the anchor lies as much as
// the subject, and Paris is then Paris, Texas, not the larger Paris in
// France, 7,800 km from Texas. Only a distance of at most
// anchorDivisionKm does so, only when one of the divisions has a hull
// (a division without one keeps the namesakes that lie in it); a
// namesake within reach across the division's edge stays and is ranked as
// before. When none is left and the subject is put in one division, every
// namesake lying in another division the gazetteer knows, the anchor is
// given up with a note: "14 km north-east of Juazeiro, Bahia" is measured
// from a Juazeiro the gazetteer lacks, not from Juazeiro do Norte in
// Ceará.
func (s *session) divisionOfAnchors() {
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindDistance || rel.MaxKm <= 0 || rel.MaxKm > anchorDivisionKm {
			continue
		}
		sub, obj := s.entityAt(rel.Subject), s.entityAt(rel.Object)
		if sub == nil || obj == nil || sub == obj || len(sub.inAdmins) == 0 ||
			len(obj.inAdmins) > 0 || obj.inCountry != "" || len(obj.cands) == 0 {
			continue
		}
		// A division without a hull ("Para District" of Suriname, a
		// namesake of Brazil's Pará) keeps the namesakes that lie in it.
		area, _ := divisionHulls(sub.inAdmins)
		if len(area) == 0 {
			continue
		}
		reach := (rel.MaxKm + anchorDivisionSlackKm) * 1000
		var kept []gazetteer.Place
		for _, c := range obj.cands {
			if d, _ := geo.DistanceToArea(c.Point, area); d <= reach || inDivision(c, sub.inAdmins) {
				kept = append(kept, c)
			}
		}
		if len(kept) > 0 {
			obj.cands = kept
			continue
		}
		if div := s.foreignDivisionOf(sub, obj); div != nil {
			// "Estancia San Miguel, across the river in the Chaco about
			// 40 km north-west of Asunción": the city measured from lies
			// in another country than the division the text names, which
			// is a region the gazetteer lacks (Paraguay's Chaco), not
			// Argentina's province.
			a := div.admin1
			if s.loneDivisionCountry[a.Country] == div {
				delete(s.docCountries, a.Country)
			}
			city := slices.MaxFunc(obj.cands, func(x, y gazetteer.Place) int { return cmp.Compare(x.Population, y.Population) })
			div.note = fmt.Sprintf("the gazetteer knows %q only as a division of %s, out of reach of %s, a city of %s the text measures from", div.name, a.Country, city.Name, city.Country)
			s.forgetCountryOf(div, a.Country)
			div.admin1, div.admins, div.admin2, div.admins2 = nil, nil, nil, nil
			continue
		}
		if len(sub.inAdmins) == 1 && !slices.ContainsFunc(obj.cands, func(c gazetteer.Place) bool { return c.Admin1 == "" || inDivision(c, sub.inAdmins) }) {
			// "14 km north-east of Juazeiro, Bahia": the gazetteer's only
			// Juazeiro lies in Ceará, 220 km outside Bahia; the town
			// meant is one it lacks (dropOutsideStatedDivision).
			obj.note = fmt.Sprintf("the gazetteer's %s (%s) lies far outside %s, where the text puts it", obj.cands[0].Name, obj.cands[0].Country, sub.inAdmins[0].Name)
			obj.cands = nil
		}
	}
}

// foreignDivisionOf returns the first-level division the text puts sub
// in, when it is sub's only one, lies in a country the document names by
// it alone, and no namesake of obj, the place sub is measured from, lies
// in that country while one is a city (cityPop): the city is what the
// text means, and the division a namesake of a region the gazetteer
// lacks. It returns nil otherwise.
func (s *session) foreignDivisionOf(sub, obj *entity) *entity {
	if len(sub.inAdmins) != 1 {
		return nil
	}
	a := sub.inAdmins[0]
	if slices.ContainsFunc(obj.cands, func(c gazetteer.Place) bool { return c.Country == a.Country }) ||
		!slices.ContainsFunc(obj.cands, func(c gazetteer.Place) bool { return c.Population >= cityPop }) {
		return nil
	}
	for _, ri := range sub.subjectOf {
		rel := s.doc.Relations[ri]
		div := s.entityAt(rel.Object)
		if rel.Kind != text.KindIn || div == nil || div.admin1 == nil || div.admin2 != nil ||
			div.admin1.Country != a.Country || div.admin1.Code != a.Code {
			continue
		}
		if s.docCountries[a.Country] && s.loneDivisionCountry[a.Country] != div {
			return nil
		}
		return div
	}
	return nil
}

// spelledOver is how many times as populous (counting a place of unknown
// population as 500 people) the first place a skeleton finds must be than
// the second for lookupSpellings to take it.
const spelledOver = 10

// lookupSpellings looks up, under the Skeleton of its name, every place
// the text measures from that no gazetteer place bears the name of
// ("à 20 km au nord-est de Joal-Fadiouth": GeoNames writes Joal-Fadiout),
// among the places of the countries the document names, or else of the
// countries every candidate of another name lies in. It takes the place
// found only when it is the only one, or at least spelledOver times as
// populous as the next: a skeleton is loose, and a wrong town is worse
// than none. A place the text only lists beside known ones (listedOnly) is
// looked up so too. A place the text locates (the subject of a relation) is never
// looked up so, nor one a known place is measured from (measuredFromOnly):
// an unknown village must stay a derived place, not become a namesake
// spelled alike. Nor is a lake, a river or a region.
func (s *session) lookupSpellings() error {
	countries := slices.Sorted(maps.Keys(s.docCountries))
	if len(countries) == 0 {
		seen := map[string]bool{}
		for _, e := range s.ents {
			if len(e.cands) > 0 && oneCountryPlaces(e.cands) && !seen[e.cands[0].Country] {
				seen[e.cands[0].Country] = true
				countries = append(countries, e.cands[0].Country)
			}
		}
	}
	if len(countries) == 0 {
		return nil
	}
	asked := 0
	for _, e := range s.ents {
		if len(e.cands) > 0 || e.country != nil || e.admin1 != nil || e.admin2 != nil || e.nameless || e.roadEnd ||
			e.note != "" || e.feature != "" && !namesTownKind(e.feature) || !s.measuredFromOnly(e) && !s.listedOnly(e) {
			continue
		}
		if asked++; asked > s.r.mxn {
			break
		}
		ps, err := s.r.db.SpelledLike(s.ctx, e.name, countries)
		if err != nil {
			return err
		}
		if len(ps) == 0 || len(ps) > 1 && max(ps[0].Population, 500) < spelledOver*max(ps[1].Population, 500) {
			continue
		}
		if s.spelledAstray(e, ps[0]) {
			continue
		}
		e.cands = ps[:1]
		e.note = fmt.Sprintf("no place of the gazetteer bears the name %q; read as %s (%s), the place of the document's countries whose name is spelled like it in another romanisation", e.name, ps[0].Name, ps[0].Country)
	}
	return nil
}

// spelledNearKm is how near some place the gazetteer knows by the name
// the text writes a place found by its spelling alone must lie
// (spelledAstray).
const spelledNearKm = 300

// spelledAstray reports whether p, the place lookupSpellings found for e
// by its spelling alone, lies more than spelledNearKm from every other
// place of the document that the gazetteer knows by its very name, by at
// most spelledVouchers namesakes: « La Bérarde, sur la commune de
// Saint-Christophe-en-Oisans (Isère) … Bourg-d'Oisans » is no Labarde of
// the Gironde, 500 km away. A spelling is a loose guess that the
// document's own places must bear out; a document whose only other
// places are countries leaves it standing.
func (s *session) spelledAstray(e *entity, p gazetteer.Place) bool {
	seen := false
	for _, o := range s.ents {
		if o == e || len(o.cands) == 0 || len(o.cands) > spelledVouchers || o.note != "" || o.country != nil {
			continue
		}
		seen = true
		for _, c := range o.cands {
			if haversineM(c.Point, p.Point) <= spelledNearKm*1000 {
				return false
			}
		}
	}
	return seen
}

// spelledVouchers is how many namesakes a place of the document may have
// and still vouch for a spelling near one of them (spelledAstray): "Siwa"
// (the oasis and its town) and « Alexandrie » do for « Marsa Matrouh »,
// Mersa Matruh; a name borne across a country does not.
const spelledVouchers = 3

// listedOnly reports whether the text only lists e among places (a
// member of one of text.Document.Lists another member of which the
// gazetteer knows), gives it a sign of a place (placeish: "Smith, Jones
// and Herat were arrested" lists no town Jones) and states nothing else
// about it: "in Kauran Namoda and
// Zurmi, in Zamfara State" names two towns, and GeoNames writes the first
// Kaura Namoda.
func (s *session) listedOnly(e *entity) bool {
	if len(e.subjectOf)+len(e.objectOf) > 0 || !e.placeish() {
		return false
	}
	for _, list := range s.doc.Lists {
		if !slices.ContainsFunc(list, func(m int) bool { return s.entityAt(m) == e }) {
			continue
		}
		if slices.ContainsFunc(list, func(m int) bool {
			o := s.entityAt(m)
			return o != nil && o != e && (len(o.cands) > 0 || o.country != nil || o.admin1 != nil)
		}) {
			return true
		}
	}
	return false
}

// measuredFromOnly reports whether the text only measures from e: e is
// the anchor of a distance or a direction, of no containment ("en
// Kabylie" names a region), and the subject of no relation, and every
// place measured from it is itself unknown to the gazetteer. When a known
// place is measured from e ("Kandahar lies 40 km east of the village of
// Sangisar"), the relation locates e, which is then the unknown place.
func (s *session) measuredFromOnly(e *entity) bool {
	if len(e.subjectOf) > 0 || len(e.objectOf) == 0 {
		return false
	}
	for _, i := range e.objectOf {
		rel := s.doc.Relations[i]
		if rel.Kind != text.KindDistance && rel.Kind != text.KindDirection {
			return false
		}
		if sub := s.entityAt(rel.Subject); sub == nil || len(sub.cands) > 0 || sub.country != nil || sub.admin1 != nil || sub.admin2 != nil {
			return false
		}
	}
	return true
}

// oneCountryPlaces reports whether every place of ps lies in one country.
func oneCountryPlaces(ps []gazetteer.Place) bool {
	for _, p := range ps[1:] {
		if p.Country != ps[0].Country {
			return false
		}
	}
	return len(ps) > 0
}

// cityPop is the population from which a town is a city: a place a text
// names without saying where it is, because its readers know it. Such a
// town in a country the document names is looked up even when the text
// gives no other sign that its name is a place (lookupKnownCities); it
// keeps a name someone emigrated to from the division of that name
// (emigrationDivisions), and a name used alone from a big division
// (dwarfingDivision); it is what "X, <country>" means over a division of
// that name elsewhere in the country (divisionOfStatedCountry); and it is
// never given up as a stray far from the document's other places
// (dropStrayHamlets). Of the 199,568 places in data/cities500.tsv.gz,
// 4,906 have a hundred thousand people or more: below that, namesakes
// abound and a name alone says little.
const cityPop = 100000

// regionalSeatPop is the population from which the seat of a first-level
// division (GeoNames PPLA) is a town a text names in passing in its own
// country, like a city of cityPop: "depuis son entrepôt d'Abéché"
// (74,188) in a bulletin on Chad. Of the 3,461 PPLA in
// data/cities500.tsv.gz, 2,205 reach it.
const regionalSeatPop = 20000

// regionalSeat reports whether c is the seat of a first-level division of
// at least regionalSeatPop people (lookupKnownCities).
func regionalSeat(c gazetteer.Place) bool {
	return c.Code == "PPLA" && c.Population >= regionalSeatPop
}

// lookupKnownCities looks up the names the text gives only capitalised,
// inside a sentence, with nothing else to tell a place from a person or a
// thing ("the Rapid Support Forces took El Geneina", "the governor said
// Cúcuta had received 1,500 families"), and keeps only the cities of at
// least cityPop people, or seats of a first-level division of at least
// regionalSeatPop ("depuis son entrepôt d'Abéché"), in a country the
// document names, that bear the name as their own or spell it alike (romanised: "Urgench" for
// "Urganch"): a long report names such cities in passing. A country the
// document only implies through its towns is not enough: "Darjeeling
// tea" in a text on Pushkar and Bikaner is tea, and "Oroville and
// Paradise" by Chico is left to the list and nearness rules, which see
// California's smaller Paradise too. A
// name that opens a sentence ("Santa Cruz reported 240 dead") is taken
// only for a national capital ("Baku accused Yerevan of provoking the
// clash", a capital speaking for its government), or for the capital of
// a country the document names, however small (« Port-Vila, l'actuelle
// capitale, … » in a text on Vanuatu); any other is as often
// a person, unless it bears the capital's name too ("Tripoli and Sidon
// were spared" in a report on Lebanon: both Tripolis are candidates). A national capital of cityPop people is taken in any
// country: reports name the capital of a party to a conflict they do not
// otherwise name ("Baku" in a report on the Armenian border). A name
// the reader took for a speaker ("Moscow denied", text.Mention.Speaker) is
// taken only for a national capital, as one opening a sentence. A
// first-level division of one country so named ("the Royal Society of Queensland") is taken too when the
// document names no country or names that one ("l'océan Atlantique" in a
// text on Côte d'Ivoire is no department of Benin), and its country
// becomes part of the document's context.
func (s *session) lookupKnownCities() error {
	starts := map[int]bool{}
	for _, sp := range s.doc.Sentences {
		starts[sp.Start] = true
	}
	asked := 0                  // names looked up, at most Options.MaxNames as in lookup
	var implied map[string]bool // the countries of the places found so far, found once
	var hometowns []*entity     // the names that own an athlete, looked up last
	for _, e := range s.ents {
		// A speaker ("Moscow denied any involvement") is taken only for a
		// national capital, speaking for its government.
		speaker := e.evidence == text.EvidenceUnlikely && e.speaker
		hometown := e.evidence == text.EvidenceUnlikely && e.hometown && !e.placeish() && e.unlooked()
		if s.articledUnlikely(e) {
			// « les usagers de la Trinité et du Robert »: a name read as a
			// word or a person's, written with a town's own article.
			if implied == nil {
				implied = s.impliedCountries()
			}
			var err error
			if e.cands, err = s.articledTown(e, implied); err != nil {
				return err
			}
			e.knownCity = len(e.cands) > 0
			continue
		}
		if !e.bareName() && !(speaker && !e.placeish() && e.unlooked()) && !hometown {
			continue // "The Limpopo burst its banks": a river, no province
		}
		if asked++; asked > s.r.mxn {
			break
		}
		if err := s.ctx.Err(); err != nil {
			return err
		}
		if hometown {
			hometowns = append(hometowns, e)
			continue
		}
		opens := slices.ContainsFunc(e.mentions, func(sp text.Span) bool { return starts[sp.Start] })
		as, err := s.r.db.Admin1(s.ctx, e.name, "")
		if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
			return err
		}
		home := false
		if len(as) > 0 && len(s.docCountries) == 0 {
			if home, err = s.namesakeAtHome(e, as[0].Country); err != nil {
				return err
			}
		}
		if len(as) > 0 && implied == nil {
			implied = s.impliedCountries()
		}
		if len(as) > 1 && !oneCountry(as) {
			as = s.docCountryDivisions(as, implied)
		}
		if len(as) > 0 && !speaker {
			// « les camions attendent aux Cayes »: the town of the
			// document's country that bears the article, not the
			// division abroad (Kayes, Mali) the bare name finds.
			if e.cands, err = s.articledTown(e, implied); err != nil {
				return err
			} else if len(e.cands) > 0 {
				e.knownCity = true
				continue
			}
		}
		if (!opens || s.namedDivisionOpens(e, as, implied)) && !speaker && len(as) > 0 && oneCountry(as) && s.divisionInContext(e, as[0], home, implied) {
			// "the Royal Society of Queensland": a division of one
			// country, which the document is then about too.
			a := as[0]
			s.docCountries[a.Country] = true
			if town, ok := s.namesakeTown(e, as); ok {
				// « près de Fribourg », "the caravans of Tombouctou",
				// « après avoir pris Clervaux »: a division named after
				// its town, where the name alone names the town.
				e.cands, e.knownCity = []gazetteer.Place{town}, true
				continue
			}
			e.admin1, e.admins, e.knownCity = &a, as, true
			continue
		}
		cs, err := s.r.db.Named(s.ctx, e.name)
		if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
			return err
		}
		// "Tripoli and Sidon were spared" in a report on Lebanon: a name
		// opening a sentence is taken for a capital abroad, and then a
		// city of the document's countries that bears it is as likely.
		leads := s.datelineLead(e)
		capital := func(c gazetteer.Place) bool {
			return (c.Code == "PPLC" && (c.Population >= cityPop || s.docCountries[c.Country]) || leads && datelineSeat(c)) && c.Class == "P" && primaryMatch(e, c)
		}
		withCapital := opens && !speaker && slices.ContainsFunc(cs, capital)
		for _, c := range cs {
			if c.Class == "P" && (c.Population >= cityPop || capital(c) || regionalSeat(c) && s.docCountries[c.Country]) && ((s.docCountries[c.Country] || capital(c)) && primaryMatch(e, c) || s.docCountries[c.Country] && !primaryMatch(e, c) && romanised(e, c)) &&
				(!opens && !speaker || capital(c) || withCapital) {
				e.cands = append(e.cands, c)
			}
		}
		if len(e.cands) == 0 && !speaker {
			if implied == nil {
				implied = s.impliedCountries()
			}
			for _, c := range cs {
				if formerCityName(e, c) && (s.docCountries[c.Country] || implied[c.Country]) {
					e.cands = append(e.cands, c)
				}
			}
			if len(e.cands) == 0 && len(as) == 0 {
				if e.cands, err = s.articledTown(e, implied); err != nil {
					return err
				}
			}
		}
		e.knownCity = len(e.cands) > 0
	}
	return s.lookupHometowns(hometowns)
}

// docCountryDivisions returns, of as, first-level divisions of one name in
// several countries, those in the countries the document names, or, when
// it names none, in the countries its towns imply (implied), when they
// are all in one country; otherwise as unchanged. « Au cœur de l'Adrar »
// in a text on Atar and Chinguetti is Mauritania's Adrar, not Algeria's
// (nor Algeria's town, which a text on Algeria still finds by the
// division's namesake town).
func (s *session) docCountryDivisions(as []gazetteer.Admin1, implied map[string]bool) []gazetteer.Admin1 {
	in := s.docCountries
	if len(in) == 0 {
		in = implied
	}
	var out []gazetteer.Admin1
	for _, a := range as {
		if in[a.Country] {
			out = append(out, a)
		}
	}
	if !oneCountry(out) {
		return as
	}
	return out
}

// lookupHometowns gives each of es, names that own an athlete
// ("Ratnapura's Dilani Jayasekara won"), the national capital of its own
// name ("Nairobi's Joseph Kamau finished second"), or else the towns of
// its own name, of any size, in the countries the document names or,
// when it names none, in those of the namesakes of its other places
// ("… in Colombo", of Sri Lanka or Brazil; "Eldoret's Faith Chepkoech"
// beside Nairobi's runner): a sports page names the athletes' towns in
// its own country, and a name no such town bears is a nationality or a
// team ("Bahrain's Pello Bilbao finished third"), no place of the text.
func (s *session) lookupHometowns(es []*entity) error {
	named := make([][]gazetteer.Place, len(es))
	for i, e := range es {
		cs, err := s.r.db.Named(s.ctx, e.name)
		if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
			return err
		}
		named[i] = cs
		for _, c := range cs {
			if c.Code == "PPLC" && c.Population >= cityPop && primaryMatch(e, c) {
				e.cands = append(e.cands, c)
			}
		}
	}
	for i, e := range es {
		if len(e.cands) > 0 {
			e.knownCity = true
			continue
		}
		placed := map[string]bool{}
		for _, o := range s.ents {
			if o == e {
				continue
			}
			for _, c := range o.cands {
				placed[c.Country] = true
			}
			if o.admin1 != nil {
				placed[o.admin1.Country] = true
			}
		}
		for _, c := range named[i] {
			in := s.docCountries[c.Country] || len(s.docCountries) == 0 && placed[c.Country]
			if c.Class == "P" && in && primaryMatch(e, c) {
				e.cands = append(e.cands, c)
			}
		}
		e.knownCity = len(e.cands) > 0
	}
	return nil
}

// divisionInContext reports whether a, the one country's first-level
// division that e's bare name finds, is what the name means in this
// document. Its own name is the division when the document names its
// country, or names none and holds no town of the name (home); a name
// spelled otherwise than the division (« Cayes » for Kayes, by
// gazetteer.OwnAdminName's French spellings) is not, when the towns the
// text places imply another country: « de Jérémie à Cayes » is about
// Haiti, not Mali, while "the caravans of Tombouctou" in a text on
// Morocco name Mali's. Its name without the kind of division
// (kindlessAdmin: "Khövsgöl" for Khövsgöl Province) is the division only
// in a document about its country, named or, when the document names
// none, implied by its towns ("Trip notes, Arkhangai … Ulaanbaatar"), or
// when a namesake of another of the document's towns lies in it ("Field
// diary, Khövsgöl … north of Mörön", whose Mörön is also Argentina's
// Morón). A doubtful name (entity.doubtful: "the Yala season" in a text
// on Sri Lanka) is the division only in a document about its country:
// a season, a feast or a people bears a division's name as often as it
// names one. implied holds the countries impliedCountries returns.
func (s *session) divisionInContext(e *entity, a gazetteer.Admin1, home bool, implied map[string]bool) bool {
	known := s.docCountries[a.Country] || len(s.docCountries) == 0 && implied[a.Country] || s.holdsDocTown(e, a)
	if primaryAdmin(e.name, a) {
		respelled := gazetteer.RespelledAdminName(e.name, a.Name)
		return known || len(s.docCountries) == 0 && !home && !(respelled && len(implied) > 0) && !e.doubtful
	}
	return kindlessAdmin(e.name, a) && known
}

// namedDivisionOpens reports whether e, a name that opens a sentence, is
// a first-level division of two words or more of one country whose towns
// the document names ("Ghana Wildlife Society – Upper East waterbird
// count" beside Bolgatanga): a person bears a one-word name more often
// ("Victoria won", "Georgia said"), and a division's name of several
// words seldom.
func (s *session) namedDivisionOpens(e *entity, as []gazetteer.Admin1, implied map[string]bool) bool {
	return len(as) > 0 && oneCountry(as) && strings.IndexByte(e.name, ' ') > 0 && primaryAdmin(e.name, as[0]) && (implied[as[0].Country] || s.holdsDocTown(e, as[0]))
}

// holdsDocTown reports whether a holds a candidate town of a place the
// document names other than e, one that bears that place's name as its
// own.
func (s *session) holdsDocTown(e *entity, a gazetteer.Admin1) bool {
	for _, o := range s.ents {
		if o != e && slices.ContainsFunc(o.cands, func(c gazetteer.Place) bool {
			return c.Class == "P" && c.Country == a.Country && c.Admin1Code == a.Code && primaryMatch(o, c)
		}) {
			return true
		}
	}
	return false
}

// articledTown returns the towns of the countries the document names, or
// else of implied (impliedCountries), whose own name is e's name with the
// French article that a preposition contracted before it (« des Cayes »,
// « aux Cayes » for Les Cayes, « du Cap » for Le Cap): a name written with
// its article is a place's, not a person's, though nothing else in the
// text says so.
func (s *session) articledTown(e *entity, implied map[string]bool) ([]gazetteer.Place, error) {
	art, ok := contractedArticle(s.doc.Text, e)
	if !ok || strings.HasPrefix(art, "The ") {
		return nil, nil
	}
	cs, err := s.r.db.Named(s.ctx, art)
	if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
		return nil, err
	}
	key := gazetteer.Fold(art)
	var out []gazetteer.Place
	for _, c := range cs {
		in := s.docCountries[c.Country] || len(s.docCountries) == 0 && implied[c.Country]
		if c.Class == "P" && in && ownName(key, c) {
			out = append(out, c)
		}
	}
	if len(out) > 0 {
		e.name = art
	}
	return out, nil
}

// articledUnlikely reports whether e is a name the reader took for no
// place (a word, a first name: « Trinité », « Robert », « Possession »)
// that the lookup left unresolved, written after a French article of its
// own in lower case or contracted (« de la Trinité », « du Robert », « à
// la Possession »): a person or a word takes no article there, so the
// town of the document's countries that bears the article
// (articledTown) is meant, even before a verb of speech (« les habitants
// de la Trinité dénoncent »: the dwellers speak). An athlete's town and a
// person named by a role are left to their own rules.
func (s *session) articledUnlikely(e *entity) bool {
	if e.evidence != text.EvidenceUnlikely || e.hometown || e.actor || e.placeish() || !e.unlooked() {
		return false
	}
	art, ok := contractedArticle(s.doc.Text, e)
	return ok && !strings.HasPrefix(art, "The ")
}

// seatPop is the population from which the seat of a country or of a
// first-level division, named alone before a dash opening a document, is
// taken for its dateline (datelineSeat).
const seatPop = 50000

// datelineSeat reports whether c is a seat that wire copy writes as a
// dateline, bare before a dash: a national capital or seat of government
// (Cayenne, Cotonou) or a provincial capital (Abidjan, Douala) of seatPop
// people or more.
func datelineSeat(c gazetteer.Place) bool {
	return (c.Code == "PPLC" || c.Code == "PPLG" || c.Code == "PPLA") && c.Population >= seatPop
}

// datelineLead reports whether e is named first in the document, alone
// before a dash, as French wire copy writes its dateline (« Abidjan – La
// police a démantelé … », « Cayenne — Les pluies … »), which the reader
// cannot tell from a rubric (« Résumé – Cette étude … ») and leaves a
// bare name: the gazetteer's seats tell them apart (datelineSeat).
func (s *session) datelineLead(e *entity) bool {
	if len(s.doc.Sentences) == 0 || len(e.mentions) == 0 || e.mentions[0].Start != s.doc.Sentences[0].Start {
		return false
	}
	f := strings.Fields(s.doc.Text[e.mentions[0].End:min(e.mentions[0].End+8, len(s.doc.Text))])
	return len(f) > 0 && (f[0] == "–" || f[0] == "—" || f[0] == "-" || f[0] == "--")
}

// formerNamePop is the population from which a city is known by its
// former or foreign names as well as its own (formerCityName).
const formerNamePop = 1000000

// formerCityName reports whether c, a city of at least formerNamePop
// people, bears e's name only as one of its other names: "Bombay" for
// Mumbai, "Batavia" for Jakarta, "Rangoon" for Yangon. History and
// travel writing names such a city bare, often opening a sentence
// ("Rangoon, by contrast, was deserted"), where a person rarely bears a
// great city's former name; its own name ("Victoria", "Jackson") is left
// to the rules of lookupKnownCities.
func formerCityName(e *entity, c gazetteer.Place) bool {
	return c.Class == "P" && c.Population >= formerNamePop && !primaryMatch(e, c) && !romanised(e, c)
}

// impliedCountries returns the countries of the document's places found
// so far by what the text says of them (a preposition, a kind, a
// relation), each in one country: the countries the document is about
// when it names none.
func (s *session) impliedCountries() map[string]bool {
	out := map[string]bool{}
	for _, e := range s.ents {
		switch {
		case !e.placeish() || e.knownCity:
		case e.country != nil:
			out[e.country.Code] = true
		case e.admin1 != nil:
			out[e.admin1.Country] = true
		case len(e.cands) > 0 && oneCountryPlaces(e.cands):
			out[e.cands[0].Country] = true
		}
	}
	return out
}

// lookupListSiblings looks up the members of a list the text gives no
// sign of a place (text.Document.Lists) when another member was taken for
// one: a list names things of one kind, so "Bamyan, Chaghcharan and Herat
// all lost power", with Herat taken for Afghanistan's, makes Chaghcharan a
// place too. Such a member takes the populated places bearing its name,
// as their own or as another (Chaghcharan is Fayrōz Kōh's), in the
// countries of the members already taken, of any size (lookupKnownCities
// asks at least cityPop people and the place's own name of a name
// alone).
func (s *session) lookupListSiblings() error {
	asked := 0               // names looked up, at most Options.MaxNames as in lookup
	var anchors *listAnchors // where the text's stated anchors and divisions lie, found once
	for _, list := range s.doc.Lists {
		countries := map[string]bool{}
		loose := map[string]bool{} // every country of the members' candidates
		for _, m := range list {
			e := s.entityAt(m)
			if e != nil && (e.knownCity || e.placeish()) {
				for _, c := range e.cands {
					loose[c.Country] = true
				}
			}
			switch {
			case e == nil:
			case e.country != nil:
				countries[e.country.Code] = true
			case e.admin1 != nil:
				countries[e.admin1.Country] = true
			case len(e.cands) > 0 && (e.knownCity || e.placeish()):
				if oneCountryPlaces(e.cands) {
					countries[e.cands[0].Country] = true
				}
			}
		}
		if err := s.articledSiblings(list, loose, &asked); err != nil {
			return err
		}
		if len(countries) == 0 {
			if anchors == nil {
				anchors = s.findListAnchors(true)
			}
			if err := s.lookupNearbyList(list, anchors, &asked); err != nil {
				return err
			}
			continue
		}
		for _, m := range list {
			e := s.entityAt(m)
			if !e.bareName() {
				continue
			}
			cs, ok, err := s.askNamed(e.name, &asked)
			if err != nil || !ok {
				return err
			}
			for _, c := range cs {
				if c.Class == "P" && countries[c.Country] {
					e.cands = append(e.cands, c)
				}
			}
			e.knownCity = len(e.cands) > 0
		}
	}
	return nil
}

// articledSiblings looks up the members of a list read as no place
// whose article names a town (articledUnlikely: « les usagers de la
// Trinité et du Robert ») among the towns bearing that article as their
// own name in countries, those of the other members' candidates, however
// many: the article and the list vouch for the town, the other members
// for where it lies.
func (s *session) articledSiblings(list []int, countries map[string]bool, asked *int) error {
	if len(countries) == 0 {
		return nil
	}
	for _, m := range list {
		e := s.entityAt(m)
		if e == nil || !s.articledUnlikely(e) {
			continue
		}
		art, _ := contractedArticle(s.doc.Text, e)
		cs, ok, err := s.askNamed(art, asked)
		if err != nil || !ok {
			return err
		}
		key := gazetteer.Fold(art)
		for _, c := range cs {
			if c.Class == "P" && countries[c.Country] && ownName(key, c) {
				e.cands = append(e.cands, c)
			}
		}
		if len(e.cands) > 0 {
			e.name, e.knownCity = art, true
		}
	}
	return nil
}

// askNamed looks up the places that bear name for a pass that asks at most
// Options.MaxNames names, counting them in asked. It reports false, with
// no error, once that many were asked; an error is the context's or the
// gazetteer's (a name no place bears is none).
func (s *session) askNamed(name string, asked *int) ([]gazetteer.Place, bool, error) {
	if *asked++; *asked > s.r.mxn {
		return nil, false, nil
	}
	if err := s.ctx.Err(); err != nil {
		return nil, false, err
	}
	cs, err := s.r.db.Named(s.ctx, name)
	if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
		return nil, false, err
	}
	return cs, true, nil
}

// lookupNearbyNames takes a name the text gives no sign of a place, that
// opens no sentence and stands free of an article or of another name
// (townContext), for the populated place of that name nearest to the
// document's anchors (nearbyNameAnchors) when one lies within nearNameKm
// of them: « le parquet de Rodez » in a report from Millau, «
// des pêcheurs de Saguenay » in one from Chibougamau, "Travis Whitaker,
// 34, of Alpine" in one from Marfa. A person or a firm seldom bears the
// name of a town so near the places the text is about; a name the
// reader found no sign of a name in (a common word, a title, a speaker)
// is never asked. A building the gazetteer lacks that is named after
// a town ("Inverness Museum", namedAfterTown) is placed at the town so
// found, keeping its name and its kind, with a note. The name must be the
// town's own, or one of the other names of a city (cityPop): « les
// clients de Bruxelles » in a report from Soignies is Brussels. It asks
// at most Options.MaxNames names.
func (s *session) lookupNearbyNames() error {
	var anchors *listAnchors
	opens := map[int]bool{}
	for _, sp := range s.doc.Sentences {
		opens[sp.Start] = true
	}
	asked := 0
	for _, e := range s.ents {
		town, facility, opener := "", "", false
		switch {
		case e.bareName() && e.short == "" && len(e.aliases) == 0 && slices.ContainsFunc(e.mentions, func(sp text.Span) bool { return !opens[sp.Start] && s.townContext(sp) }):
			town = e.name
		case e.bareName() && e.short == "" && len(e.aliases) == 0 && slices.ContainsFunc(e.mentions, func(sp text.Span) bool { return opens[sp.Start] && s.lowerAfter(sp) }) && !s.surnameOf(e.name):
			// "Chilliwack has opened its arena to evacuees", "Victoria
			// crews will clear it": a town opening a sentence, taken
			// only for a town of openerTownPop people.
			town, opener = e.name, true
		case e.unlooked() && (e.placeish() || isFacilityName(e.name)):
			// "Finds are held in Inverness Museum": a building named
			// after its town, which the gazetteer does not hold. "The
			// Aberdeen Royal Infirmary received a fisherman" names one
			// with no word of place before it: its own name is one.
			town, facility = namedAfterTown(e.name)
		case townFacilities[e.feature] && !e.nameless && e.country == nil && e.admin1 == nil && len(e.cands) == 0 && len(e.subjectOf) == 0:
			// "Burial afterwards in Clara cemetery": the kind in lower
			// case after the town's name, which no relation places
			// elsewhere ("the Tiwi cemetery, 5 km north of X").
			town, facility = e.name, e.feature
		}
		if town == "" {
			continue
		}
		if anchors == nil {
			anchors = s.nearbyNameAnchors()
		}
		if len(anchors.points) == 0 && facility == "" {
			continue
		}
		cs, ok, err := s.askNamed(town, &asked)
		if err != nil || !ok {
			return err
		}
		key := gazetteer.Fold(town)
		kms := make([]float64, len(cs))
		best, bestKm := -1, nearNameKm
		for i, c := range cs {
			kms[i] = math.Inf(1)
			if c.Class != "P" || !ownName(key, c) && c.Population < aliasTownPop || opener && c.Population < openerTownPop {
				continue // « les clients de Bruxelles »: a city under its name in another language
			}
			for _, a := range anchors.points {
				kms[i] = math.Min(kms[i], geo.Distance(a, c.Point)/1000)
			}
			if kms[i] <= bestKm {
				best, bestKm = i, kms[i]
			}
		}
		if best < 0 && facility != "" {
			// "Flown to Christchurch Hospital, about 160 km to the
			// south-east": the town lies farther from the anchors, where
			// the text puts the building.
			if i := s.facilityTown(e, key, cs); i >= 0 {
				e.cands, e.knownCity = []gazetteer.Place{cs[i]}, true
				e.short, e.feature = town, facility
				e.note = fmt.Sprintf("placed at %s, the town it is named after: the gazetteer holds no %s", cs[i].Name, facility)
			}
			continue
		}
		if best < 0 {
			continue
		}
		// "Mandeville Regional Hospital" beside the town itself: when the
		// anchors are the namesakes of the town (each at no distance), they
		// cannot tell them apart, and the facility keeps all the tied ones
		// for the ranking to choose with the town.
		e.cands, e.knownCity = nil, true
		for i, c := range cs {
			if i == best || kms[i] <= bestKm+tiedNameKm {
				e.cands = append(e.cands, c)
			}
		}
		if facility != "" {
			e.short, e.feature = town, facility
			e.note = fmt.Sprintf("placed at %s, the town it is named after: the gazetteer holds no %s", cs[best].Name, facility)
		}
	}
	return nil
}

// facilityTown returns the index in cs, the places named key, of the town
// a building named after it (namedAfterTown) lies in when no anchor of
// the document lies near one, or -1. A distance the text states between
// the building and a place it names is one to the town: "flown from
// Hokitika to Christchurch Hospital, about 160 km to the south-east" is
// in the Christchurch that lies about 160 km from Hokitika
// (facilityFitKm). Without one, "airlifted to Alice Springs Hospital" in
// a report from Tennant Creek is in the only town of that name in the
// country of the places the text names (anchorCountries), and "flown to
// Kununurra Hospital" with no country named in the only town of that name
// there is. A distance to a place the text leaves unplaced tells nothing.
// Among several towns that fit a distance, the most populous.
func (s *session) facilityTown(e *entity, key string, cs []gazetteer.Place) int {
	best, measured := -1, false
	take := func(i int) {
		if best < 0 || cs[i].Population > cs[best].Population {
			best = i
		}
	}
	for _, ri := range append(append([]int(nil), e.subjectOf...), e.objectOf...) {
		rel := s.doc.Relations[ri]
		if rel.MaxKm <= 0 || rel.Border != nil || rel.Object < 0 || rel.Object >= len(s.ment) {
			continue
		}
		o := s.ment[rel.Object]
		if o == e && rel.Subject >= 0 && rel.Subject < len(s.ment) {
			o = s.ment[rel.Subject]
		}
		if o == nil || o == e || len(o.cands) == 0 {
			continue
		}
		measured = true
		for i, c := range cs {
			if c.Class != "P" || !ownName(key, c) {
				continue
			}
			for _, oc := range o.cands {
				if d := geo.Distance(oc.Point, c.Point) / 1000; oc.Class == "P" && d >= rel.MinKm*(1-facilityFitKm) && d <= rel.MaxKm*(1+facilityFitKm) {
					take(i)
					break
				}
			}
		}
	}
	if best >= 0 || measured || e.evidence < text.EvidencePreposition && len(e.subjectOf)+len(e.objectOf) == 0 {
		return best
	}
	if first, _, _ := strings.Cut(key, " "); facilityQualifiers[key] || saintWords[first] {
		return -1 // "the Royal Hospital", "St Mary's Hospital": no town's
	}
	countries := s.anchorCountries(e)
	n, all := 0, 0
	for i, c := range cs {
		if c.Class != "P" || !ownName(key, c) {
			continue
		}
		all++
		if len(countries) == 0 || countries[c.Country] {
			n++
			best = i
		}
	}
	// With no country named, only a town of a name no other bears:
	// "flown to Kununurra Hospital".
	if n != 1 || len(countries) == 0 && all != 1 {
		return -1
	}
	return best
}

// saintWords open the names of the saints buildings are named after ("St
// Mary's Hospital"), which towns bear too (facilityTown).
var saintWords = map[string]bool{
	"st": true, "st.": true, "saint": true, "sainte": true, "san": true, "santa": true, "santo": true, "sao": true,
}

// facilityFitKm is the share of a stated distance by which a town a
// building is named after may lie nearer or farther than the text says
// (facilityTown).
const facilityFitKm = 0.2

// anchorCountries returns the countries of the places other than skip the
// text names after a word of place or states something of, each of whose
// populated namesakes lies in one country: "Tennant Creek" names
// Australia.
func (s *session) anchorCountries(skip *entity) map[string]bool {
	out := map[string]bool{}
	for code := range s.docCountries {
		out[code] = true
	}
	for _, e := range s.ents {
		if e == skip || e.evidence < text.EvidencePreposition && len(e.subjectOf)+len(e.objectOf) == 0 {
			continue
		}
		country := ""
		for _, c := range e.cands {
			if c.Class != "P" {
				continue
			}
			if country != "" && c.Country != country {
				country = ""
				break
			}
			country = c.Country
		}
		if country != "" {
			out[country] = true
		}
	}
	return out
}

// facilityHeads are the capitalised words that end the name of a building
// named after the town that holds it ("Inverness Museum", "Juba Airport",
// "Kandahar Prison"), by the feature each gives. A university or a
// station is none: "Columbia University" and "Victoria Station" are not
// in towns of those names.
var facilityHeads = map[string]string{
	"airport": "airport", "airfield": "airport", "airstrip": "airport",
	"museum": "museum", "hospital": "hospital", "prison": "prison",
	"stadium": "stadium", "cathedral": "cathedral", "infirmary": "hospital",
}

// townFacilities are the kinds of place a town's name before them, in
// lower case, names after the town that holds them: "Clara cemetery",
// "Ballyboy graveyard" (lookupNearbyNames).
var townFacilities = map[string]bool{"cemetery": true, "graveyard": true}

// facilityQualifiers are the words that may stand between a town's name
// and a facilityHeads word: "Fairbanks Memorial Hospital", "Kigali
// International Airport", "Juba Teaching Hospital".
var facilityQualifiers = map[string]bool{
	"memorial": true, "general": true, "regional": true, "international": true,
	"teaching": true, "referral": true, "central": true, "municipal": true,
	"provincial": true, "district": true, "county": true, "city": true,
	"royal": true, "base": true, "state": true, "university": true,
}

// hospitalOfNoTown reports whether e, which nothing places, names a
// hospital after no town the gazetteer holds: "the injured were taken to
// Kenyatta National Hospital", "the Civil Hospital in Quetta". Named
// after a person or by its rank alone, it is a building where casualties
// went, no place of its own to list; the town it stands in, when the text
// names it, is one (check).
func hospitalOfNoTown(e *entity) bool {
	_, f := namedAfterTown(e.name)
	return f == "hospital" && !e.nameless && len(e.subjectOf) == 0 && len(e.objectOf) == 0
}

// isFacilityName reports whether name is that of a building named after
// a town (namedAfterTown): "Iquitos Regional Hospital".
func isFacilityName(name string) bool {
	town, _ := namedAfterTown(name)
	return town != ""
}

// namedAfterTown splits a name that ends with a word of facilityHeads,
// perhaps after up to two of facilityQualifiers and after a word of
// facilityLeads, into the town's name before them and the facility's
// kind: "Inverness Museum" is "Inverness" and "museum", "Fairbanks
// Memorial Hospital" "Fairbanks" and "hospital", "Royal Darwin Hospital"
// "Darwin" and "hospital".
// It returns empty strings for any other name.
func namedAfterTown(name string) (town, facility string) {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return "", ""
	}
	f, ok := facilityHeads[strings.ToLower(name[i+1:])]
	if !ok || name[i+1] < 'A' || name[i+1] > 'Z' {
		return "", ""
	}
	town = strings.TrimSpace(name[:i])
	for n := 0; n < 2; n++ {
		j := strings.LastIndexByte(town, ' ')
		if j <= 0 || !facilityQualifiers[strings.ToLower(town[j+1:])] {
			break
		}
		town = strings.TrimSpace(town[:j])
	}
	// "Royal Darwin Hospital": a qualifier may open the name too.
	if lead, rest, ok := strings.Cut(town, " "); ok && facilityLeads[strings.ToLower(lead)] {
		town = rest
	}
	return town, f
}

// facilityLeads are the words that may open the name of a building named
// after a town, before the town's name: "Royal Darwin Hospital", "Royal
// Hobart Hospital" (namedAfterTown).
var facilityLeads = map[string]bool{"royal": true}

// openerTownPop is the population from which a town whose bare name opens
// a sentence is taken near the document's anchors (lookupNearbyNames):
// "Chilliwack has opened its arena" in a report from Hope, "Penzance
// coastguard coordinated" in one from Falmouth. A person's surname opens
// sentences too ("Marshall has been charged"); a hamlet of that name
// near the places the text is about is likelier than a town.
const openerTownPop = 10000

// lowerAfter reports whether a word in lower case follows the mention at
// sp, after spaces: a verb or a noun the name is the subject or the
// modifier of ("Chilliwack has opened", "Victoria crews", « Lyon n'est »),
// where a person's first name stands before the rest of the name.
func (s *session) lowerAfter(sp text.Span) bool {
	rest := strings.TrimLeft(s.doc.Text[min(sp.End, len(s.doc.Text)):], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// surnameOf reports whether name stands anywhere in the document right
// after another capitalised word and a space, as a person's surname after
// the first name: "Tom Marshall was arrested ... Marshall has been
// charged" names a person, not the town of Marshall. A word closing a
// sentence before it ("... in the Keys. Key West vets") is no first name.
func (s *session) surnameOf(name string) bool {
	text := s.doc.Text
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], " "+name)
		if j < 0 {
			return false
		}
		k := i + j // the space before the name
		w := strings.LastIndexAny(text[:k], " \n\t(\"'") + 1
		last, _ := utf8.DecodeLastRuneInString(text[w:k])
		if r, _ := utf8.DecodeRuneInString(text[w:k]); w < k && unicode.IsUpper(r) && unicode.IsLetter(last) {
			return true
		}
		i = k + 1
	}
	return false
}

// townContext reports whether the words before the mention at sp leave
// it free to be a town's name for lookupNearbyNames: no article ("A
// Cheddar from a Somerset farm", « le Livarot », « au Domaine du
// Lac-Bleu »: a product, a building) and no capitalised word before "of"
// or « de » (the "Treaty of Waitangi", « les Canadiens de Montréal », «
// l'École française de Rome »: the name is part of another's). « le
// parquet de Rodez » and "a rancher, 52, of Fort Davis" are free.
func (s *session) townContext(sp text.Span) bool {
	before := s.doc.Text[max(0, sp.Start-60):sp.Start]
	words := strings.Fields(before)
	n := len(words)
	if n == 0 {
		return true
	}
	last := strings.ToLower(words[n-1])
	elided := strings.HasSuffix(last, "'") || strings.HasSuffix(last, "’")
	if !elided && !strings.HasSuffix(before, " ") {
		return true // glued to what comes before: "(Rodez)", "Perth-listed"
	}
	switch strings.TrimRight(last, "'’") {
	case "a", "an", "the", "le", "la", "les", "un", "une", "du", "au", "aux", "l":
		return false
	case "of", "de", "d", "des":
		if n > 1 {
			r, _ := utf8.DecodeRuneInString(words[n-2])
			if last == "of" && n > 2 && unicode.IsUpper(r) {
				// "Bríd Kelly of Ennis", "John Smith of Wick": a
				// person's two names before "of", where a treaty or a
				// title has one ("the Treaty of Waitangi").
				w3 := words[n-3]
				r2, _ := utf8.DecodeRuneInString(w3)
				switch strings.ToLower(w3) {
				case "the", "a", "an":
					return false // "The Treaty of Waitangi"
				}
				return unicode.IsUpper(r2) && !strings.ContainsAny(w3[len(w3)-1:], ".,;:!?)")
			}
			return !unicode.IsUpper(r)
		}
	}
	return true
}

// nearbyNameAnchors returns the anchors of lookupNearbyNames: those of a
// list (findListAnchors), and the towns the text names after a word of
// place ("au musée de Bastogne", "in Tataouine") whose name the
// gazetteer gives at most three places.
func (s *session) nearbyNameAnchors() *listAnchors {
	la := s.findListAnchors(false)
	for _, e := range s.ents {
		if e.evidence < text.EvidencePreposition || e.evidence >= text.EvidenceRelation || len(e.subjectOf)+len(e.objectOf) > 0 || len(e.cands) > 3 {
			continue
		}
		for _, c := range e.cands {
			if c.Class == "P" {
				la.points = append(la.points, c.Point)
			}
		}
	}
	return la
}

// nearNameKm is how far, in km, from one of the document's anchors a
// populated place may lie for lookupNearbyNames to take a bare name for
// it: listNearKm, the reach of a list of such names.
const nearNameKm float64 = listNearKm

// tiedNameKm is how much farther, in km, than the nearest a namesake may
// lie from the document's anchors for lookupNearbyNames to keep it too:
// one anchor per namesake of a town the text names puts each at 0 km.
const tiedNameKm float64 = 1

// namesakeTown returns the town after which the one division as holds
// e's name is named: its seat when the seat bears the name, as its own or
// as another of its names (Tombouctou is Timbuktu's French name), or
// else the most populous seat of a lower division, or capital, inside it
// that bears the name as its own (the canton of Clervaux is named after
// Clervaux, a PPLA2 that is no canton's PPLA). ok is false when as holds
// more than one division or no such town.
func (s *session) namesakeTown(e *entity, as []gazetteer.Admin1) (town gazetteer.Place, ok bool) {
	if len(as) != 1 {
		return town, false
	}
	a := as[0]
	cs, err := s.r.db.Named(s.ctx, e.name)
	if err != nil {
		return town, false
	}
	if a.Seat != nil && slices.ContainsFunc(cs, func(c gazetteer.Place) bool { return c.ID == a.Seat.ID }) {
		return *a.Seat, true
	}
	for _, c := range cs {
		if c.Class == "P" && c.Country == a.Country && c.Admin1Code == a.Code && (strings.HasPrefix(c.Code, "PPLA") || c.Code == "PPLC") &&
			primaryMatch(e, c) && (!ok || c.Population > town.Population) {
			town, ok = c, true
		}
	}
	return town, ok
}

// listNearKm is how far, in km, a member of a list the text gives no
// sign of a place may lie from one of the document's anchors for
// lookupNearbyList to take the list for one of places.
const listNearKm = 150

// listAnchors are where a document is about, for lookupNearbyList: the
// positions of the gazetteer places the text states something of, and
// the first-level divisions it names.
type listAnchors struct {
	points []orb.Point
	divs   map[[2]string]bool // country code and admin1 code
}

// findListAnchors returns the anchors of a list: the positions of the
// gazetteer places the text states something of (the subject or object
// of a relation, or a name in a containment such as "Victoria, British
// Columbia") whose name the gazetteer gives at most three places, or
// those of its places in a division the text names, the positions of the
// second-level divisions so named, and the first-level divisions the text
// names with more than a capital letter ("in the province of Perugia",
// "Victoria, British Columbia"). The first-level division of an anchor
// that names one place only counts as named too: "Murmansk ... Kirovsk
// and Apatity lie further south" lists two towns of Murmansk Oblast,
// 150 km away, where the North's towns lie far apart. With notables set,
// a name of many places counts at its few towns of note too
// (notableNamesakes): a list of several names that all lie near one of
// them is good evidence, one bare name is not ("coins of Constantine"
// beside Holt is no town near Holt, Michigan).
func (s *session) findListAnchors(notables bool) *listAnchors {
	la := &listAnchors{divs: map[[2]string]bool{}}
	var anchorDivs [][2]string // the divisions of the anchors that name one place
	for _, e := range s.ents {
		if e.admin1 != nil && !e.knownCity && e.evidence > text.EvidenceCapitalised {
			la.divs[[2]string{e.admin1.Country, e.admin1.Code}] = true
		}
	}
	for _, e := range s.ents {
		if e.evidence < text.EvidenceRelation && len(e.subjectOf)+len(e.objectOf) == 0 {
			if notables && e.evidence >= text.EvidencePreposition {
				// "… west of Saint-Georges, en Beauce": a town named
				// after a preposition, of few towns of note.
				notable := notableNamesakes(e)
				for _, c := range e.cands {
					if notable[c.ID] {
						la.points = append(la.points, c.Point)
					}
				}
			}
			continue
		}
		if e.admin2 != nil && e.admin2.Point != nil {
			la.points = append(la.points, *e.admin2.Point)
		}
		if len(e.cands) == 1 && e.cands[0].Class == "P" && e.cands[0].Admin1Code != "" {
			anchorDivs = append(anchorDivs, [2]string{e.cands[0].Country, e.cands[0].Admin1Code})
		}
		var notable map[int64]bool
		if notables {
			notable = notableNamesakes(e)
		}
		for _, c := range e.cands {
			// A name of many places counts only in the divisions the
			// text names ("Victoria, British Columbia"), or at its few
			// towns of note.
			if c.Class == "P" && (len(e.cands) <= 3 || la.divs[[2]string{c.Country, c.Admin1Code}] || notable[c.ID]) {
				la.points = append(la.points, c.Point)
			}
		}
	}
	for _, d := range anchorDivs {
		la.divs[d] = true
	}
	return la
}

// notableTownPop is the population from which a namesake is a town of
// note for notableNamesakes; a capital or a seat of a first- or
// second-level division is one at any size.
const notableTownPop = 10000

// maxNotable is how many towns of note a name of many places may have
// for notableNamesakes to count them.
const maxNotable = 3

// notableNamesakes returns, for a name of more than three gazetteer
// places, the ids of its towns of note that bear it as their own name
// (a capital, a first- or second-level seat, or a town of
// notableTownPop), when it has at most maxNotable of them; nil
// otherwise. « Saint-Georges » names some forty villages of France by
// another name, but only Grenada's capital and the town of Québec's
// Beauce as their own: a list the text gives beside it (« de
// Beauceville et de Sainte-Marie ») tells which one it means.
func notableNamesakes(e *entity) map[int64]bool {
	if len(e.cands) <= 3 {
		return nil
	}
	var out map[int64]bool
	for _, c := range e.cands {
		if c.Class != "P" || !ownName(e.key, c) {
			continue
		}
		if c.Population < notableTownPop && c.Code != "PPLC" && c.Code != "PPLA" && c.Code != "PPLA2" {
			continue
		}
		if len(out) == maxNotable {
			return nil
		}
		if out == nil {
			out = map[int64]bool{}
		}
		out[c.ID] = true
	}
	return out
}

// near reports whether c lies in a division of la or within listNearKm
// of one of its points.
func (la *listAnchors) near(c gazetteer.Place) bool {
	if la.divs[[2]string{c.Country, c.Admin1Code}] {
		return true
	}
	for _, a := range la.points {
		if geo.Distance(a, c.Point)/1000 <= listNearKm {
			return true
		}
	}
	return false
}

// aliasTownPop is the population from which a town near the document's
// places that a bare name matches by one of its alternate names is taken
// as readily as one named by its own (lookupNearbyList,
// lookupNearbyNames): GeoNames gives Galway its Irish name, Gaillimh, and
// "Galway" as another, and a town of that size is known by the name its
// readers use ("the Galway–Clifden railway"). A smaller place's alternate
// name is more often a person's or a farm's.
const aliasTownPop = 50000

// lookupNearbyList takes a list of names none of which the text gives a
// sign of a place ("The parish takes in both Thomastown and
// Bennettsbridge", "Les marchés de Camp-Perrin, de Torbeck et d'Aquin")
// for one of places when every member names a populated place within
// listNearKm of one of the document's anchors or in a division it names
// (findListAnchors): a list names
// things of one kind, and persons or firms rarely all share their names
// with towns around the places the text is about. Each member keeps only
// those nearby places. asked counts the names looked up, at most
// Options.MaxNames.
func (s *session) lookupNearbyList(list []int, anchors *listAnchors, asked *int) error {
	if len(anchors.points)+len(anchors.divs) == 0 || len(list) < 2 {
		return nil
	}
	found := make(map[*entity][]gazetteer.Place, len(list))
	for _, m := range list {
		e := s.entityAt(m)
		if !e.bareName() {
			return nil // a member taken otherwise, or no place at all, says nothing here
		}
		if _, dup := found[e]; dup {
			continue
		}
		cs, ok, err := s.askNamed(e.name, asked)
		if err != nil || !ok {
			return err
		}
		var near []gazetteer.Place
		for _, c := range cs {
			if c.Class == "P" && (primaryMatch(e, c) || c.Population >= aliasTownPop) && anchors.near(c) {
				near = append(near, c)
			}
		}
		if len(near) == 0 {
			return nil
		}
		found[e] = near
	}
	for e, near := range found {
		e.cands, e.knownCity = near, true
	}
	return nil
}

// primaryAdmin reports whether name is a's own name, folded, and not
// only one of its other names; the French spelling of it counts
// (gazetteer.OwnAdminName: « le gouverneur du Ouaddaï »).
func primaryAdmin(name string, a gazetteer.Admin1) bool {
	return gazetteer.OwnAdminName(name, a.Name)
}

// kindlessAdmin reports whether name is a's own name without the kind of
// division that ends it: "Hela" for Hela Province, "Khövsgöl" for
// Khövsgöl Province, "Southern Highlands" for Southern Highlands
// Province. Reports drop the kind; a name so shortened names the division
// only in a document about its country, which the caller checks.
func kindlessAdmin(name string, a gazetteer.Admin1) bool {
	full, short := gazetteer.Fold(a.Name), gazetteer.Fold(name)
	rest, ok := strings.CutPrefix(full, short+" ")
	return ok && short != "" && isAdminName(rest, "")
}

// preferDocDivisions makes a name whose gazetteer towns all lie outside
// the countries the document names, or those of the towns it measures
// from, a first-level division of one of those countries, when there is
// one of that name: in a report on a fire in Greece, "Crete" is the Greek
// island region, not the town in Illinois. A name the gazetteer holds
// only as another name of its towns is so read in the countries of the
// document's towns too, named or not ("Police in Enga said … Wabag").
func (s *session) preferDocDivisions() error {
	// The countries of the towns the text measures from count too, when
	// every namesake of one lies in one country: "18 km east of
	// Sheberghan ... families displaced from Faryab" is about Afghanistan,
	// and Faryab is its province, not the town in Iran.
	ctx := maps.Clone(s.docCountries)
	for _, e := range s.ents {
		if len(e.cands) > 0 && s.distanceFrom(e) && oneCountryPlaces(e.cands) {
			ctx[e.cands[0].Country] = true
		}
	}
	for _, e := range s.ents {
		if len(ctx) == 0 {
			break
		}
		// "le cercle de Nara, au Mali": the second-level division of a
		// country the document names, not the first-level one abroad
		// (Nara Prefecture) that the name found first.
		if e.admin1 == nil || e.admin2 != nil || len(e.alt2) == 0 ||
			slices.ContainsFunc(e.admins, func(a gazetteer.Admin1) bool { return s.docCountries[a.Country] }) ||
			s.holdsStatedTown(e) {
			continue
		}
		if i := slices.IndexFunc(e.alt2, func(a gazetteer.Admin2) bool { return s.docCountries[a.Country] }); i >= 0 {
			e.admins2 = e.alt2
			s.setAdmin2(e, e.alt2[i])
		}
	}
	for _, e := range s.ents {
		if e.nameless || e.country != nil || e.admin1 != nil || len(e.cands) == 0 {
			continue
		}
		in := ctx
		if !slices.ContainsFunc(e.cands, func(c gazetteer.Place) bool { return primaryMatch(e, c) }) {
			// "Police in Enga said … near Wabag": a name the gazetteer
			// holds only as another name of towns abroad (Enger,
			// Germany) is the division so named in the country of the
			// document's towns (Enga Province, Papua New Guinea).
			in = maps.Clone(ctx)
			maps.Copy(in, s.townCountries(e))
		}
		if len(in) == 0 || slices.ContainsFunc(e.cands, func(c gazetteer.Place) bool { return in[c.Country] }) {
			continue
		}
		as, err := s.r.db.Admin1(s.ctx, e.name, "")
		if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
			return err
		}
		if i := slices.IndexFunc(as, func(a gazetteer.Admin1) bool { return in[a.Country] }); i >= 0 {
			a := as[i]
			e.admin1, e.admins, e.cands = &a, []gazetteer.Admin1{a}, nil
		}
	}
	return nil
}

// townCountries returns the countries of the document's places other
// than e that the gazetteer holds as towns bearing their name as their
// own, all in one country.
func (s *session) townCountries(e *entity) map[string]bool {
	out := map[string]bool{}
	for _, o := range s.ents {
		if o == e || o.nameless || len(o.cands) == 0 {
			continue
		}
		var own []gazetteer.Place
		for _, c := range o.cands {
			if c.Class == "P" && primaryMatch(o, c) {
				own = append(own, c)
			}
		}
		if len(own) > 0 && oneCountryPlaces(own) {
			out[own[0].Country] = true
		}
	}
	return out
}

// emigrationDivisions makes a name someone emigrated to
// (text.Mention.Emigration) the first-level division of that name, when
// the gazetteer holds exactly one and every town of the name has fewer
// than cityPop people: "emigrated with his family to Texas",
// "emigrated in 1878 to Nebraska", "left for Kansas" are the states, not
// the hamlets of Texas in Mexico or Kansas in Oklahoma. Emigrants went to
// states and provinces as often as to towns, and a hamlet is no
// destination a text names alone.
func (s *session) emigrationDivisions() error {
	for _, e := range s.ents {
		if !e.emigration || e.nameless || e.country != nil || e.admin1 != nil || e.admin2 != nil {
			continue
		}
		if slices.ContainsFunc(e.cands, func(c gazetteer.Place) bool { return c.Population >= cityPop }) {
			continue
		}
		as, err := s.r.db.Admin1(s.ctx, e.name, "")
		if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
			return err
		}
		if len(as) == 1 {
			a := as[0]
			e.admin1, e.admins, e.cands = &a, []gazetteer.Admin1{a}, nil
		}
	}
	return nil
}

// divisionsNearAnchors chooses, for a division named in several
// countries or at two levels ("la région des Savanes" in Togo and in Côte
// d'Ivoire, "le département du Jura" in France and the Swiss canton), the
// namesake whose seat lies nearest the towns the text measures from, when
// no country the document names tells them apart and one lies within
// Ranking.StrayKm of those towns and less than half as far as the first
// namesake. The towns are each anchor's namesakes by its own name, when
// the best-ranked is one; an anchor with a namesake in the first division's country says
// nothing against it ("Mérida State ... 31 km northeast of the city of
// Mérida" stays in Venezuela, though the largest Mérida is in Mexico).
func (s *session) divisionsNearAnchors() {
	var anchors []*entity
	for _, e := range s.ents {
		if len(e.cands) > 0 && s.distanceFrom(e) {
			anchors = append(anchors, e)
		}
	}
	if len(anchors) == 0 {
		return
	}
	var pts []orb.Point
	near := func(seat *gazetteer.Place) float64 {
		if seat == nil {
			return math.Inf(1)
		}
		d := math.Inf(1)
		for _, p := range pts {
			d = min(d, geo.Distance(seat.Point, p))
		}
		return d
	}
	for _, e := range s.ents {
		if e.admin1 == nil || e.admin2 != nil || len(e.admins)+len(e.alt2) < 2 ||
			slices.ContainsFunc(e.admins, func(a gazetteer.Admin1) bool { return s.docCountries[a.Country] }) {
			continue
		}
		pts = pts[:0]
		for _, a := range anchors {
			if slices.ContainsFunc(a.cands, func(c gazetteer.Place) bool { return c.Country == e.admin1.Country }) {
				continue
			}
			if i := bestBy(a.cands, func(c gazetteer.Place) float64 { return s.prior(a, c) }); primaryMatch(a, a.cands[i]) {
				pts = append(pts, a.cands[i].Point)
				// Its other namesakes by its own name too: "Neufchâteau,
				// dans la province de Luxembourg" is the Belgian town,
				// though the French one ranks first.
				for j, c := range a.cands {
					if j != i && primaryMatch(a, c) {
						pts = append(pts, c.Point)
					}
				}
			}
		}
		if len(pts) == 0 {
			continue
		}
		first, best, best2 := near(e.admin1.Seat), -1, -1
		d := first
		for i, a := range e.admins {
			if x := near(a.Seat); x < d {
				d, best = x, i
			}
		}
		for i, a := range e.alt2 {
			seat := a.Seat
			if seat == nil && a.Point != nil {
				// "la province de Luxembourg": GeoNames gives the Belgian
				// province no seat; the mean of its places stands for it.
				seat = &gazetteer.Place{Point: *a.Point}
			}
			if x := near(seat); x < d {
				d, best, best2 = x, -1, i
			}
		}
		if d > s.r.k.StrayKm*1000 || d*2 > first {
			continue
		}
		switch {
		case best2 >= 0:
			e.admins2 = e.alt2
			s.setAdmin2(e, e.alt2[best2])
		case best >= 0:
			a := e.admins[best]
			e.admin1, e.admins = &a, []gazetteer.Admin1{a}
		}
	}
}

// bigDivisionKm2 is the area of the hull of its places above which a
// first-level division is big enough that a name the text uses alone
// means it rather than a town of fewer than cityPop people bearing
// its name: "the largest fire in California history" is the state, not
// the town of 4,000 in Missouri; "Florida" the state, not the Cuban town.
const bigDivisionKm2 = 20000

// dwarfingDivision reports whether e, a name in no relation of the text
// and that has no kind, names a first-level division of more than
// bigDivisionKm2 whose seat bears another name, while every populated
// place of e's own name has fewer than cityPop people and none of
// its name is a first-level seat or a capital.
func (s *session) dwarfingDivision(e *entity) (bool, error) {
	if len(e.subjectOf) > 0 || len(e.objectOf) > 0 || e.nameless || e.feature != "" {
		return false, nil
	}
	as, err := s.r.db.Admin1(s.ctx, e.name, "")
	if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
		return false, err
	}
	big := false
	for _, a := range as {
		if gazetteer.Fold(a.Name) != gazetteer.Fold(e.name) || a.Seat != nil && gazetteer.Fold(a.Seat.Name) == gazetteer.Fold(e.name) {
			continue
		}
		if hullArea(a)/1e6 > bigDivisionKm2 {
			big = true
		}
	}
	if !big {
		return false, nil
	}
	cs, err := s.r.db.Named(s.ctx, e.name)
	if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
		return false, err
	}
	for _, c := range cs {
		if c.Class != "P" {
			continue
		}
		if c.Code == "PPLA" || c.Code == "PPLC" || c.Code == "PPLG" {
			return false, nil // "Tombouctou": Timbuktu, the seat
		}
		if ownName(gazetteer.Fold(e.name), c) && c.Population >= cityPop {
			return false, nil // not "Oregon" among a city's alternate names
		}
	}
	return true, nil
}

// holdingDivision returns the division among e's namesakes that holds the
// best-ranked candidate of a place the text puts in e, if any.
func (s *session) holdingDivision(e *entity) (gazetteer.Admin1, bool) {
	for _, ri := range e.objectOf {
		rel := s.doc.Relations[ri]
		if rel.Kind != text.KindIn {
			continue
		}
		sub := s.entityAt(rel.Subject)
		if sub == nil {
			continue
		}
		for _, c := range sub.cands {
			for _, a := range e.admins {
				if inDivision(c, []gazetteer.Admin1{a}) {
					return a, true
				}
			}
		}
	}
	return gazetteer.Admin1{}, false
}

// namedBayDivision reports whether e, a name the reader gave the feature
// "bay" for the word that ends it, is the whole name of a first-level
// division, perhaps with its generic word: "Hawke's Bay" is New
// Zealand's Hawke's Bay Region (the bay itself is Hawke Bay), "Milne
// Bay" a province of Papua New Guinea. A river's or a lake's name stays
// no division's ("the Tana River" is no Tana River County): a region
// takes its name from a bay, and the text means the region more often
// than the sea.
func (s *session) namedBayDivision(e *entity) bool {
	if e.feature != "bay" || !namesFeature(e.name, e.feature) {
		return false
	}
	as, err := s.r.db.Admin1(s.ctx, e.name, "")
	if err != nil || len(as) == 0 {
		return false
	}
	return strings.HasPrefix(gazetteer.Fold(as[0].Name), gazetteer.Fold(e.name))
}

// lookupAdmin1 makes e the first-level division of its name when the
// gazetteer has one (the first of its namesakes for now; the document's
// countries and the places put in it choose later) and reports whether it
// did.
func (s *session) lookupAdmin1(e *entity) (bool, error) {
	name := e.name
	if full, ok := stateAbbreviations[name]; ok && s.container(e) {
		name = full // "Springfield, Ill.": Illinois
	}
	return s.takeAdmin1(e, name, "")
}

// divisionOfStatedCountry makes e a first-level division of the country
// the text puts it in ("the Yukon-Koyukuk Census Area of Alaska, United
// States") when the text measures nothing from it or of it (mayBeAdmin2),
// no town of its name lies in that division and none of its country has
// cityPop people or more, and reports whether it did: a town of
// the name elsewhere in the country (Fort Ashby, West Virginia, which
// GeoNames also calls Alaska) is not what "Alaska, United States" means.
// A town in its own division stays the town ("Kano, Nigeria"), and so
// does a big one ("Washington, United States"). A name the text gives a
// division's kind, or puts places in, is read as a division further on,
// with its seat and namesakes.
func (s *session) divisionOfStatedCountry(e *entity) (bool, error) {
	if isAdminName(e.name, e.feature) || s.container(e) {
		return false, nil
	}
	code := ""
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		if rel.Kind != text.KindIn || rel.Object < 0 {
			continue
		}
		n := s.doc.Mentions[rel.Object].Name
		if c, err := s.country(n); err == nil && isCountryName(n, c) {
			code = c.Code
		}
	}
	if code == "" || !s.mayBeAdmin2(e) {
		return false, nil // "20 km north of Ménaka, Mali" measures from a town
	}
	as, err := s.r.db.Admin1(s.ctx, e.name, code)
	if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
		return false, err
	}
	if len(as) == 0 {
		return false, nil
	}
	cs, err := s.r.db.Named(s.ctx, e.name)
	if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
		return false, err
	}
	for _, c := range cs {
		if c.Class == "P" && c.Country == code && (c.Admin1Code == as[0].Code || c.Population >= cityPop) {
			return false, nil
		}
	}
	a := as[0]
	e.admin1, e.admins = &a, as
	return true, nil
}

// takeAdmin1 makes e the first of the gazetteer's first-level divisions
// called name, in country (alpha-2; "" for any), and the rest its
// namesakes, and reports whether there was one.
func (s *session) takeAdmin1(e *entity, name, country string) (bool, error) {
	as, err := s.r.db.Admin1(s.ctx, name, country)
	if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
		return false, err
	}
	if len(as) == 0 {
		return false, nil
	}
	// Of namesakes in several countries, the largest first, until the
	// document's countries or the places put in it choose: "Cayo Costa,
	// Florida" is in the state, not in the municipality of Puerto Rico.
	slices.SortStableFunc(as, func(x, y gazetteer.Admin1) int {
		if x.Country == y.Country {
			return 0
		}
		return cmp.Compare(hullArea(y), hullArea(x))
	})
	a := as[0]
	e.admin1, e.admins = &a, as
	return true, nil
}

// hullArea returns the area in square metres of the hull of a's places,
// 0 when it has none.
func hullArea(a gazetteer.Admin1) float64 {
	if len(a.Hull) == 0 {
		return 0
	}
	return orbgeo.Area(a.Hull)
}

// postalState makes e the first-level division its code names when the
// text uses it only as the container of a town that has a namesake in
// that division, and reports whether it did: a state of the United States
// after a comma ("M 4.5 - 10 km N of Ridgecrest, CA", "Paris, TX"), a
// Swiss canton in brackets ("Sion (VS)", "Zinal (VS)"). The codes are
// GeoNames' admin1 codes there: the division is the one the gazetteer
// records the namesake in, so no table of codes is needed (the reader's
// lexicon/en/postalstates.tsv only says which codes may stand after a
// town). A namesake in the United States comes first.
func (s *session) postalState(e *entity) (bool, error) {
	if !isPostalCode(e.name) || !s.container(e) {
		return false, nil
	}
	cs, err := s.heldNamesakes(e)
	if err != nil {
		return false, err
	}
	full, country := "", ""
	for _, c := range cs {
		if c.Admin1Code == e.name && c.Admin1 != "" && (country == "" || c.Country == "US" && country != "US") {
			full, country = c.Admin1, c.Country
		}
	}
	if full == "" {
		return false, nil
	}
	return s.takeAdmin1(e, full, country)
}

// foreignCode reports whether e, a code of two capitals that the text
// uses only as a container, holds places whose every namesake lies outside
// the country of that code: "Bardonecchia (TO)" writes Turin's province,
// which the gazetteer holds only by name, after a town of Italy, not
// Tonga. A code no country bears, or a container of no place the
// gazetteer holds, is none.
func (s *session) foreignCode(e *entity) (bool, error) {
	if !isPostalCode(e.name) || !s.container(e) {
		return false, nil
	}
	if _, err := s.country(e.name); err != nil {
		if errors.Is(err, gazetteer.ErrNotFound) {
			return false, nil
		}
		return false, err
	}
	cs, err := s.heldNamesakes(e)
	if err != nil {
		return false, err
	}
	for _, c := range cs {
		if c.Country == e.name {
			return false, nil
		}
	}
	return len(cs) > 0, nil
}

// heldNamesakes returns every namesake the gazetteer holds of the places
// the text puts in e ("Sion" of "Sion (VS)"), in the order of the
// containments and of the gazetteer's answers.
func (s *session) heldNamesakes(e *entity) ([]gazetteer.Place, error) {
	var out []gazetteer.Place
	for _, ri := range e.objectOf {
		rel := s.doc.Relations[ri]
		if rel.Kind != text.KindIn || rel.Subject < 0 {
			continue
		}
		cs, err := s.r.db.Named(s.ctx, s.doc.Mentions[rel.Subject].Name)
		if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
			return nil, err
		}
		out = append(out, cs...)
	}
	return out, nil
}

// isPostalCode reports whether name is written as a two-letter postal
// code: two capital ASCII letters ("CA", "TX").
func isPostalCode(name string) bool {
	return len(name) == 2 && name[0] >= 'A' && name[0] <= 'Z' && name[1] >= 'A' && name[1] <= 'Z'
}

// container reports whether the text uses e only as a container: it is
// the object of a containment ("X, Nevada", "in Sindh") or what a place is
// the capital of ("Springfield, the capital of Illinois"), and of no
// distance, direction or nearness, so a first-level division of that
// name is meant rather than a town ("Nevada" is the state, not the town
// in Missouri; Illinois the state, not the hamlet in Missouri).
func (s *session) container(e *entity) bool {
	in := false
	for _, ri := range e.objectOf {
		rel := s.doc.Relations[ri]
		switch {
		case rel.Kind == text.KindIn && rel.Seat:
			in = true
		case rel.Kind == text.KindIn:
			in = in || !s.otherNameInParens(rel)
		case spatial(rel.Kind):
			return false
		}
	}
	return in
}

// parenQualified returns the name of e with the parenthesis that follows
// it, when the text reads the two as a place and its container: German
// towns are told apart by a river or region in brackets that is part of
// their name ("Frankfurt (Oder)", "Halle (Saale)", "Neustadt (Wied)"),
// which the caller looks up first.
func (s *session) parenQualified(e *entity) (string, bool) {
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		if rel.Kind != text.KindIn || rel.Object < 0 {
			continue
		}
		q := e.name + " (" + s.doc.Mentions[rel.Object].Name + ")"
		if s.doc.Text[rel.Phrase.Start:rel.Phrase.End] == q {
			return q, true
		}
	}
	return "", false
}

// otherNameInParens reports whether a containment read from a name and a
// parenthesis after it ("Leghorn (Livorno)", "Cologne (Köln)") gives the
// place's other name rather than what holds it: the gazetteer holds a
// place that bears both names. The name in the parenthesis is then the
// town, not a division of its name elsewhere (Livorno, a district of
// Suriname).
func (s *session) otherNameInParens(rel text.Relation) bool {
	phrase := s.doc.Text[rel.Phrase.Start:rel.Phrase.End]
	if !strings.Contains(phrase, "(") || rel.Subject < 0 || rel.Object < 0 {
		return false
	}
	sub, err := s.r.db.Named(s.ctx, s.doc.Mentions[rel.Subject].Name)
	if err != nil || len(sub) == 0 {
		return false
	}
	obj, err := s.r.db.Named(s.ctx, s.doc.Mentions[rel.Object].Name)
	if err != nil {
		return false
	}
	for _, a := range sub {
		for _, b := range obj {
			if a.ID == b.ID {
				return true
			}
		}
	}
	return false
}

// countryMeant reports whether e, which bears the name of country c, names
// the country, not a town, a quarter, a division or a code of that name:
// the text gives it no town's kind or a quarter's (namesTownKind,
// namesTownPart), and none of the readings below holds, each of which
// tells what the name means instead. A country with no shape (Vatican
// City, Monaco) is looked up as the town it is; as a country it would
// stand at 0,0 and make every other place of the text look astray.
func (s *session) countryMeant(e *entity, c gazetteer.Country) bool {
	return !namesTownKind(e.feature) && !namesTownPart(e.feature) && len(c.Shape) > 0 &&
		!s.cityOfCountry(e, c) && !s.divisionOfKind(e) && !s.townOfCountryName(e, c) && !s.divisionHoldingTown(e, c) &&
		!s.listedTownOfCountryName(e, c) && !s.listedCapitalOfCountryName(e, c) && !s.codeOfName(e, c) &&
		!s.cityNamedLikeCountry(e, c) && !s.townInNamedCountry(e, c)
}

// cityOfCountry reports whether the text measures from e, a country's
// name, and calls it a town or city ("la ville de Djibouti", "the city of
// Luxembourg") of which the gazetteer holds one of that name in that
// country, or the country's capital bears its name ("à 30 km au nord-est
// de Luxembourg"): the capital is meant, not the whole country, which
// places nothing. So is it where trains or flights run from or to
// ("trains from Luxembourg", text.Mention.CityMeant), or what French puts
// after « à », which takes towns (« vendus à Luxembourg »), when the
// capital bears the country's name.
func (s *session) cityOfCountry(e *entity, c gazetteer.Country) bool {
	if !s.distanceFrom(e) && !e.cityMeant {
		return false
	}
	town := e.feature == "town" || e.feature == "city"
	cs, err := s.r.db.Named(s.ctx, e.name)
	if err != nil {
		return false
	}
	return slices.ContainsFunc(cs, func(p gazetteer.Place) bool {
		return town && p.Country == c.Code && strings.HasPrefix(p.Code, "PPL") && primaryMatch(e, p) || capitalNamed(e, c, p)
	})
}

// capitalNamed reports whether p is the capital of country c and bears
// e's name as its own, or with " City" after it, as GeoNames names
// "Kuwait City", "Mexico City" and "Guatemala City", which their
// countries' names also mean.
func capitalNamed(e *entity, c gazetteer.Country, p gazetteer.Place) bool {
	return p.Country == c.Code && p.Code == "PPLC" && (primaryMatch(e, p) || ownName(gazetteer.Fold(e.name+" City"), p))
}

// townOfCountryName reports whether the text puts e, the name of country
// c, in another country of which the gazetteer holds a town of that name:
// "70 km west of Liberia, Costa Rica" measures from the town of Costa
// Rica, not from the African country; so "Mexico, Missouri" or "Lebanon,
// Pennsylvania" from towns of their states' country.
func (s *session) townOfCountryName(e *entity, c gazetteer.Country) bool {
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		o := s.entityAt(rel.Object)
		if rel.Kind != text.KindIn || o == nil || o == e {
			continue
		}
		code := ""
		if oc, err := s.country(o.name); err == nil && isCountryName(o.name, oc) {
			code = oc.Code
		} else if as, err := s.r.db.Admin1(s.ctx, o.name, ""); err == nil && len(as) > 0 && oneCountry(as) {
			code = as[0].Country
		}
		if code == "" || code == c.Code {
			continue
		}
		cs, err := s.r.db.Named(s.ctx, e.name)
		if err != nil {
			return false
		}
		if slices.ContainsFunc(cs, func(p gazetteer.Place) bool {
			return p.Country == code && p.Class == "P" && primaryMatch(e, p)
		}) {
			return true
		}
	}
	return false
}

// divisionHoldingTown reports whether e, the name of country c, is used
// only as the container of a town ("Athens, Georgia", "Rome, Georgia")
// that has no namesake in c but one in a first-level division of e's name
// in another country: the US state is meant, not the Caucasian republic.
// A town of the country ("Batumi, Georgia") leaves e the country.
func (s *session) divisionHoldingTown(e *entity, c gazetteer.Country) bool {
	if !s.container(e) {
		return false
	}
	as, err := s.r.db.Admin1(s.ctx, e.name, "")
	if err != nil || len(as) == 0 {
		return false
	}
	held := false
	for _, ri := range e.objectOf {
		rel := s.doc.Relations[ri]
		x := s.entityAt(rel.Subject)
		if rel.Kind != text.KindIn || x == nil || x == e {
			continue
		}
		cs, err := s.r.db.Named(s.ctx, x.name)
		if err != nil {
			return false
		}
		for _, p := range cs {
			if p.Class != "P" || !primaryMatch(x, p) {
				continue
			}
			if p.Country == c.Code {
				return false
			}
			held = held || slices.ContainsFunc(as, func(a gazetteer.Admin1) bool {
				return a.Country == p.Country && a.Country != c.Code && a.Code == p.Admin1Code
			})
		}
	}
	return held
}

// listedTownOfCountryName reports whether e, the name of country c, is
// listed with towns of one other country that holds a city (cityPop) of
// e's name: "Backpackers arrive from Armenia and Pereira" in a text on
// Quindío is that department's capital, not the Caucasian republic, for
// Pereira is Colombian and so is a city of 300,000 named Armenia. Every
// other member must bear a populated place's name, the most populous of
// which lies in that country, and none may lie in c; a member that is a
// country itself ("from Armenia and Georgia") leaves e the country.
func (s *session) listedTownOfCountryName(e *entity, c gazetteer.Country) bool {
	for _, list := range s.doc.Lists {
		if !slices.ContainsFunc(list, func(m int) bool { return s.entityAt(m) == e }) {
			continue
		}
		home := ""
		for _, m := range list {
			o := s.entityAt(m)
			if o == nil || o == e {
				continue
			}
			if oc, err := s.country(o.name); err == nil && isCountryName(o.name, oc) {
				home = ""
				break
			}
			cs, err := s.r.db.Named(s.ctx, o.name)
			if err != nil || slices.ContainsFunc(cs, func(p gazetteer.Place) bool { return p.Country == c.Code }) {
				home = ""
				break
			}
			big := mostPopulousCountry(cs)
			if big == "" || home != "" && big != home {
				home = ""
				break
			}
			home = big
		}
		if home == "" {
			continue
		}
		cs, err := s.r.db.Named(s.ctx, e.name)
		if err != nil {
			return false
		}
		if slices.ContainsFunc(cs, func(p gazetteer.Place) bool {
			return p.Country == home && p.Class == "P" && p.Population >= cityPop && primaryMatch(e, p)
		}) {
			return true
		}
	}
	return false
}

// listedCapitalOfCountryName reports whether e, the name of country c
// whose capital bears that name, is listed only with towns of c: « les
// déplacés viennent de Djibouti et d'Ali Sabieh » come from the capital,
// and "queues in Kuwait, Jahra and Ahmadi" are in three towns, for a
// text does not list a country beside one of its own towns. Every other
// member must bear a populated place's name, the most populous of which
// lies in c; a member that is a country ("from Djibouti and Somalia") or
// a town of another country leaves e the country.
func (s *session) listedCapitalOfCountryName(e *entity, c gazetteer.Country) bool {
	for _, list := range s.doc.Lists {
		if !slices.ContainsFunc(list, func(m int) bool { return s.entityAt(m) == e }) {
			continue
		}
		ok := false
		for _, m := range list {
			o := s.entityAt(m)
			if o == nil || o == e {
				continue
			}
			if oc, err := s.country(o.name); err == nil && isCountryName(o.name, oc) {
				ok = false
				break
			}
			cs, err := s.r.db.Named(s.ctx, o.name)
			if ok = err == nil && mostPopulousCountry(cs) == c.Code; !ok {
				break
			}
		}
		if !ok {
			continue
		}
		cs, err := s.r.db.Named(s.ctx, e.name)
		if err != nil {
			return false
		}
		if slices.ContainsFunc(cs, func(p gazetteer.Place) bool { return capitalNamed(e, c, p) }) {
			return true
		}
	}
	return false
}

// mostPopulousCountry returns the country of the most populous populated
// place among cs, or "" when cs holds none.
func mostPopulousCountry(cs []gazetteer.Place) string {
	big := -1
	for i, p := range cs {
		if p.Class == "P" && (big < 0 || p.Population > cs[big].Population) {
			big = i
		}
	}
	if big < 0 {
		return ""
	}
	return cs[big].Country
}

// distanceFrom reports whether the text measures a distance or a
// direction from e.
func (s *session) distanceFrom(e *entity) bool {
	for _, ri := range e.objectOf {
		if k := s.doc.Relations[ri].Kind; k == text.KindDistance || k == text.KindDirection {
			return true
		}
	}
	return false
}

// seatlessDivisionTown reports whether e, which the text names as a
// division ("dans la région de Labé") and measures from ("à 50 km au
// nord-est de Labé"), is a division the gazetteer gives no seat, which
// places nothing, while a town of its own name lies in that division's
// country: the town that gives the division its name is meant. A name
// that says it is a division ("Kidal Region") keeps it.
func (s *session) seatlessDivisionTown(e *entity) bool {
	if isAdminName(e.name, "") || !s.distanceFrom(e) {
		return false
	}
	for _, a := range e.admins {
		if a.Seat != nil {
			return false
		}
	}
	cs, err := s.r.db.Named(s.ctx, e.name)
	if err != nil {
		return false
	}
	return slices.ContainsFunc(cs, func(p gazetteer.Place) bool {
		return strings.HasPrefix(p.Code, "PPL") && primaryMatch(e, p) && slices.ContainsFunc(e.admins, func(a gazetteer.Admin1) bool { return a.Country == p.Country })
	})
}

// oneCountry reports whether the divisions all lie in one country.
func oneCountry(as []gazetteer.Admin1) bool {
	for _, a := range as {
		if a.Country != as[0].Country {
			return false
		}
	}
	return len(as) > 0
}

// inDivision reports whether c lies in one of the divisions.
func inDivision(c gazetteer.Place, as []gazetteer.Admin1) bool {
	for _, a := range as {
		if c.Country == a.Country && c.Admin1Code == a.Code {
			return true
		}
	}
	return false
}

func (s *session) entityAt(mention int) *entity {
	if mention < 0 || mention >= len(s.ment) {
		return nil
	}
	return s.ment[mention]
}

// isCountryName reports whether name is the country's own name (not only a
// demonym: "Algerian" alone is no place).
func isCountryName(name string, c gazetteer.Country) bool {
	k := gazetteer.Fold(name)
	if k == gazetteer.Fold(c.Name) || k == strings.ToLower(c.Code) && len(name) == 2 && name == strings.ToUpper(name) {
		return true
	}
	for _, n := range c.Names {
		// A code among the other spellings ("SE", "IT") is a name only in
		// capitals: "Se trouvant" and "It lies" name no country.
		if gazetteer.Fold(n) == k && (len(n) > 3 || n != strings.ToUpper(n) || name == strings.ToUpper(name)) {
			return true
		}
	}
	return gazetteer.OtherCountryName(name) == c.Code || slices.Contains(gazetteer.SharedCountryName(name), c.Code)
}

// codeOfName reports whether e, a code of two or three capitals that
// the gazetteer reads as country c's, abbreviates another name of the
// text, the initials of its capitalised words: "A Canadian National
// train derailed ... CN crews from Hornepayne" names the railway, not
// China; "Union Pacific ... UP" no country. A name that is itself the
// country ("New Zealand ... NZ") is no other name.
func (s *session) codeOfName(e *entity, c gazetteer.Country) bool {
	n := e.name
	if len(n) < 2 || len(n) > 3 || n != strings.ToUpper(n) {
		return false
	}
	if s.numberedCode(e) {
		return true // "The flight, AR 1755, had departed Esquel": an airline's code
	}
	if s.countedCode(e) {
		return true // "between 1 AM and 4 AM": a time, a unit, no country
	}
	for _, m := range s.doc.Mentions {
		if m.Name == n || isCountryName(m.Name, c) {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(m.Name) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				b.WriteRune(r)
			}
		}
		if b.String() == n {
			return true
		}
	}
	return false
}

// cityNamedLikeCountry reports whether e, in an English text, names
// country c only by one of its other spellings while the gazetteer holds
// a city of a million people or more, in another country, whose own name
// it is: "the bus was travelling from Rio de Janeiro to Salvador" goes to
// Bahia's capital, not to El Salvador. A French text writes the country «
// le Salvador », « au Salvador », and keeps it.
func (s *session) cityNamedLikeCountry(e *entity, c gazetteer.Country) bool {
	k := gazetteer.Fold(e.name)
	if s.french || k == gazetteer.Fold(c.Name) {
		return false
	}
	cs, err := s.r.db.Named(s.ctx, e.name)
	if err != nil {
		return false
	}
	return slices.ContainsFunc(cs, func(p gazetteer.Place) bool {
		return p.Population >= 1000000 && p.Country != c.Code && gazetteer.Fold(p.Name) == k
	})
}

// townInNamedCountry reports whether the text calls e, the name of
// country c, a town (text.Mention.CityMeant: "Shuttles run to San José
// and Liberia airports", "buses to Liberia") and the gazetteer holds a
// populated place of that name in another country the text names by its
// name: in a text on Costa Rica, Liberia is Guanacaste's capital, not the
// African country.
func (s *session) townInNamedCountry(e *entity, c gazetteer.Country) bool {
	if !e.cityMeant {
		return false
	}
	named := map[string]bool{}
	for _, m := range s.doc.Mentions {
		if oc, err := s.country(m.Name); err == nil && oc.Code != c.Code && isCountryName(m.Name, oc) {
			named[oc.Code] = true
		}
	}
	if len(named) == 0 {
		return false
	}
	cs, err := s.r.db.Named(s.ctx, e.name)
	if err != nil {
		return false
	}
	return slices.ContainsFunc(cs, func(p gazetteer.Place) bool {
		return named[p.Country] && p.Class == "P" && primaryMatch(e, p)
	})
}

// numberedCode reports whether every mention of e is followed by a
// space and a number, as the code of a flight or a train is ("AR 1755",
// "IC 62", "ET 302"): the code of an airline or a railway, not a country.
func (s *session) numberedCode(e *entity) bool {
	if len(e.mentions) == 0 {
		return false
	}
	for _, sp := range e.mentions {
		rest := s.doc.Text[sp.End:]
		if len(rest) < 2 || rest[0] != ' ' || rest[1] < '0' || rest[1] > '9' {
			return false
		}
	}
	return true
}

// countedCode reports whether every mention of e comes right after a
// number, perhaps with a space between: "between 1 AM and 4 AM", "at 10
// PM", "a 20 MW plant". A code so written is a time or a unit; a text
// puts no number before a country's code.
func (s *session) countedCode(e *entity) bool {
	if len(e.mentions) == 0 {
		return false
	}
	for _, sp := range e.mentions {
		before := strings.TrimSuffix(s.doc.Text[:sp.Start], " ")
		if before == "" || before[len(before)-1] < '0' || before[len(before)-1] > '9' {
			return false
		}
	}
	return true
}

// bodyCountry returns the country whose name opens m, the name of an
// organisation of two or more capitalised words the reader takes for no
// place ("Kenya Wildlife Service", "Botswana Predator Conservation
// Trust"), and reports whether there is one. A code in capitals is no
// country's name there: "au PK 52 de la RN 2" is a road's milestone.
func (s *session) bodyCountry(m text.Mention) (gazetteer.Country, bool) {
	ws := strings.Fields(m.Name)
	if m.Evidence != text.EvidenceUnlikely || len(ws) < 2 {
		return gazetteer.Country{}, false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || w == strings.ToUpper(w) {
			return gazetteer.Country{}, false // "PK 52", "the UN Mission": no body named after a country
		}
	}
	for n := min(3, len(ws)-1); n >= 1; n-- {
		head := strings.Join(ws[:n], " ")
		if c, err := s.country(head); err == nil && isCountryName(head, c) {
			return c, true
		}
	}
	return gazetteer.Country{}, false
}

// islandCountry returns the country e names when a French text writes it
// after « île » or « îles » and the country's name holds the word: «
// l'île Maurice » is Mauritius (Maurice alone is a town in Louisiana and a
// first name), « les îles Salomon » the Solomon Islands. The reader keeps
// the island word out of the name, so it is read before the mention.
func (s *session) islandCountry(e *entity) (gazetteer.Country, bool) {
	for _, sp := range e.mentions {
		before := strings.ToLower(s.doc.Text[max(0, sp.Start-8):sp.Start])
		for _, w := range []string{"île ", "îles "} {
			if !strings.HasSuffix(before, w) {
				continue
			}
			n := "Î" + w[len("î"):] + e.name
			if c, err := s.country(n); err == nil && isCountryName(n, c) {
				return c, true
			}
		}
	}
	return gazetteer.Country{}, false
}

// containerIsland returns the country e names when the text uses e only
// as a container ("St. John's, Antigua", « Victoria, Mahé ») and e is the
// main island of a state of several islands that the country extract
// does not name (gazetteer.IslandCountry): the towns put in it are that
// state's, not namesakes elsewhere (Newfoundland's St. John's, the
// Canaries' Antigua). Written alone, the name may still be a town's
// ("the colonial streets of Antigua").
func (s *session) containerIsland(e *entity) (gazetteer.Country, bool) {
	code := gazetteer.IslandCountry(e.name)
	if code == "" || !s.container(e) {
		return gazetteer.Country{}, false
	}
	c, err := s.country(code)
	return c, err == nil
}

// countryPart reports whether e names a part of a country by a compass
// word joined to the country's name, as news and French texts write the
// regions they have no other name for: "Liban-Sud", "Sud-Liban",
// "Nord-Mali", "South Lebanon", "Northern Mali". It returns the country and
// the compass word. A country of such a name ("South Sudan", "East
// Timor") was taken before; a first-level division of the name
// ("Northern Ireland", "Western Australia") stays a division; a name the
// text puts in a place ("South Jordan, Utah": a KindIn relation) or calls
// a town is the town.
func (s *session) countryPart(e *entity) (gazetteer.Country, string, bool, error) {
	var none gazetteer.Country
	i := strings.IndexAny(e.name, " -")
	if i < 0 || strings.ContainsAny(e.name[i+1:], " -") || namesTownKind(e.feature) {
		return none, "", false, nil
	}
	a, b := e.name[:i], e.name[i+1:]
	part, rest := a, b
	if !isCompassPart(part) {
		part, rest = b, a
	}
	if !isCompassPart(part) {
		return none, "", false, nil
	}
	c, err := s.country(rest)
	if errors.Is(err, gazetteer.ErrNotFound) || err == nil && !isCountryName(rest, c) {
		return none, "", false, nil
	} else if err != nil {
		return none, "", false, err
	}
	// English joins the compass word to the country's English name
	// ("Central Uganda"); the other spellings hold native and short forms
	// that are also English words: "North Island" is no part of Iceland
	// (Ísland, "Island"), "Northern Thai" no part of Thailand.
	if isEnglishCompassPart(part) && gazetteer.Fold(rest) != gazetteer.Fold(c.Name) && gazetteer.OtherCountryName(rest) != c.Code {
		return none, "", false, nil
	}
	for _, ri := range e.subjectOf {
		if s.doc.Relations[ri].Kind == text.KindIn {
			return none, "", false, nil
		}
	}
	if as, err := s.r.db.Admin1(s.ctx, e.name, ""); err == nil && len(as) > 0 {
		return none, "", false, nil
	} else if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
		return none, "", false, err
	}
	return c, part, true, nil
}

// isCompassPart reports whether w, capitalised in a name, is a compass
// word that names a part of what it is joined to: English "South",
// "Southern", "Central" (isEnglishCompassPart), French "Sud", "Centre".
func isCompassPart(w string) bool {
	switch strings.ToLower(w) {
	case "nord", "sud", "est", "ouest", "centre":
		return true
	}
	return isEnglishCompassPart(w)
}

// isEnglishCompassPart reports whether w is one of the English words of
// isCompassPart.
func isEnglishCompassPart(w string) bool {
	switch strings.ToLower(w) {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central":
		return true
	}
	return false
}

// namesTownPart reports whether the text's descriptor of a name makes it
// a part of a town, which no country is: « au quartier France » in
// Grand-Bassam, "the Morocco neighbourhood".
func namesTownPart(feature string) bool {
	switch feature {
	case "quarter", "neighbourhood", "neighborhood", "suburb":
		return true
	}
	return false
}

// namesTownKind reports whether the text's descriptor of a name makes it a
// town, not the country it is spelt like: "Armenia, the departmental
// capital" is Armenia in Colombia, "the town of Jordan" no country.
func namesTownKind(feature string) bool {
	if i := strings.LastIndexByte(feature, ' '); i >= 0 {
		feature = feature[i+1:]
	}
	switch feature {
	case "village", "town", "city", "capital", "hamlet", "settlement", "commune", "municipality", "seat":
		return true
	}
	return false
}

// divisionOfKind reports whether the text names e with the kind of a
// division below a country ("la province de Luxembourg", "the state of
// Georgia", "le canton de Genève") and the gazetteer holds a first- or
// second-level division of that name: the division is meant, not the
// country that bears the name too.
func (s *session) divisionOfKind(e *entity) bool {
	switch e.feature {
	case "province", "department", "state", "prefecture", "cercle", "governorate", "wilaya", "canton", "county":
	default:
		return false
	}
	if as, err := s.r.db.Admin1(s.ctx, e.name, ""); err == nil && len(as) > 0 {
		return true
	}
	as2, err := s.r.db.Admin2(s.ctx, e.name, "")
	return err == nil && len(as2) > 0
}

// isAdminKind reports whether the reader's feature names a division:
// "region", "province", "wilaya" and the like.
func isAdminKind(feature string) bool {
	switch feature {
	case "region", "province", "department", "state", "prefecture", "district", "cercle", "governorate", "wilaya", "oblast":
		return true
	}
	return false
}

// isAdminName reports whether a name or the kind the text gives it says
// a division is meant: "the Kidal region", "Gao Region".
func isAdminName(name, feature string) bool {
	if isAdminKind(feature) {
		return true
	}
	last := strings.ToLower(name)
	if i := strings.LastIndexByte(last, ' '); i >= 0 {
		last = last[i+1:]
	}
	switch last {
	case "region", "province", "department", "state", "prefecture", "governorate", "district":
		return true
	}
	return false
}

// choicePoints returns the position of every entity's chosen namesake,
// in the order of the entities, with the position (999, 999), on no
// map, for one with none: what nearness scores against, to tell whether
// a stage moved any.
func (s *session) choicePoints() []orb.Point {
	out := make([]orb.Point, len(s.ents))
	for i, e := range s.ents {
		out[i] = orb.Point{999, 999}
		if e.hasGazetteer() {
			out[i] = e.cands[e.chosen].Point
		}
	}
	return out
}

// ascentRounds bounds the rounds of coordinate ascent (ascend). Each
// round scores every name's namesakes against the choices of the round
// before, so a choice that moves a neighbour takes one more round to
// move the names near it. It was two, without a stop when nothing moves.
const ascentRounds = 4

// ascend is coordinate ascent on nearness: every entity that may moves to
// its namesake that scores best, by prior and by nearness to the other
// choices, until no choice changes or ascentRounds have run. Every name
// moves against the choices of the round before, all at once; when a
// round only brings back the choices of the round before it, two names
// of namesakes in two lands are chasing each other ("4 km south of Deal
// ... reported at Dover": Deal in England and Dover in New Jersey, then
// Deal in New Jersey and Dover in England), and the names then move one
// at a time, each against the choices made so far (settleInTurn).
func (s *session) ascend(may func(*entity) bool) {
	var before []int // the choices two rounds back
	for round := 0; round < ascentRounds; round++ {
		was := s.choices()
		pts := s.chosenByLat()
		changed := false
		for _, e := range s.ents {
			if len(e.cands) < 2 || !may(e) {
				continue
			}
			changed = s.chooseNear(e, pts) || changed
		}
		if !changed {
			return
		}
		if before != nil && slices.Equal(before, s.choices()) {
			s.settleInTurn(may)
			return
		}
		before = was
	}
}

// settleInTurn moves every entity that may, one after the other, to its
// namesake that scores best against the choices made so far, the last
// included, until no choice changes or ascentRounds have run: the names
// of a cycle of ascend then settle in one land ("Deal" and "Dover" both
// in Kent).
func (s *session) settleInTurn(may func(*entity) bool) {
	for round := 0; round < ascentRounds; round++ {
		changed := false
		for _, e := range s.ents {
			if len(e.cands) < 2 || !may(e) {
				continue
			}
			changed = s.chooseNear(e, s.chosenByLat()) || changed
		}
		if !changed {
			return
		}
	}
}

// chooseNear moves e to its namesake that scores best, by its prior and
// its nearness to the chosen points pts, and reports whether its choice
// changed.
func (s *session) chooseNear(e *entity, pts []chosenPoint) bool {
	prev := e.chosen
	if s.worldCityMeant(e) {
		// "flew to Paris" from Sherman: the flight went far, so nearness
		// to Sherman says nothing of which Paris.
		e.chosen = bestBy(e.cands, func(c gazetteer.Place) float64 { return s.prior(e, c) })
		return e.chosen != prev
	}
	e.chosen = bestBy(e.cands, func(c gazetteer.Place) float64 {
		return s.prior(e, c) + s.r.k.nearness(e, c.Point, pts)
	})
	return e.chosen != prev
}

// pairPop is the population from which a town that seats no division may
// be moved to by movePairs (pairable).
const pairPop = 10000

// pairable reports whether movePairs may move a name to c: a capital or
// the seat of a first- or second-level division, or a town of pairPop
// people or more. Two hamlets of a common name lie side by side
// somewhere by chance: "Santa Cruz ... Trinidad, in the Beni lowlands"
// is not two villages of Honduras 80 km apart.
func pairable(c gazetteer.Place) bool {
	switch c.Code {
	case "PPLC", "PPLG", "PPLA", "PPLA2":
		return true
	}
	return c.Class == "P" && c.Population >= pairPop
}

// pairTrials bounds the pairs of namesakes movePairs tries in a document:
// each trial re-reads every chosen point.
const pairTrials = 200

// movePairs moves two names at once to namesakes that lie within
// Ranking.NearKm of each other, when each then scores best beside the
// other and no single move got there: "from Concepción to Filadelfia"
// is Paraguay's two towns, 280 km apart, though Chile's Concepción and
// Philadelphia each outrank their Paraguayan namesake alone, and
// coordinate ascent (ascend) moves one name at a time. Only namesakes
// that are pairable and scored within Near and Close of the chosen one
// are tried, the most one neighbour can add, and only for names the
// text puts in no country or division: "Paris, Texas; Athens, Georgia" stay there
// beside "Portland, Maine", though Maine has a Paris and an Athens. It
// reports whether any choice moved.
func (s *session) movePairs() bool {
	k := s.r.k
	type option struct {
		e *entity
		i int
		v [3]float64
	}
	pts := s.chosenByLat()
	var opts []option
	for _, e := range s.ents {
		if len(e.cands) < 2 || !e.hasGazetteer() || e.inCountry != "" || len(e.inAdmins) > 0 || len(e.inAdmins2) > 0 {
			continue // a name the text puts in a country or a division stays where it puts it
		}
		top := s.prior(e, e.cands[e.chosen]) + k.nearness(e, e.cands[e.chosen].Point, pts)
		for i, c := range e.cands {
			if i != e.chosen && pairable(c) && s.prior(e, c)+k.nearness(e, c.Point, pts) > top-(k.Near+k.Close) {
				opts = append(opts, option{e, i, unitVector(c.Point)})
			}
		}
	}
	cosNear := farCos(k.NearKm)
	moved, trials := false, 0
	for a, x := range opts {
		for _, y := range opts[a+1:] {
			if x.e == y.e || x.e.chosen == x.i || y.e.chosen == y.i || x.v[0]*y.v[0]+x.v[1]*y.v[1]+x.v[2]*y.v[2] < cosNear {
				continue
			}
			if geo.Distance(x.e.cands[x.i].Point, y.e.cands[y.i].Point) >= k.NearKm*1000 {
				continue
			}
			if trials++; trials > pairTrials {
				return moved
			}
			wasX, wasY := x.e.chosen, y.e.chosen
			x.e.chosen, y.e.chosen = x.i, y.i
			pts := s.chosenByLat()
			best := func(e *entity) int {
				return bestBy(e.cands, func(c gazetteer.Place) float64 { return s.prior(e, c) + k.nearness(e, c.Point, pts) })
			}
			if best(x.e) == x.i && best(y.e) == y.i {
				moved = true
				continue
			}
			x.e.chosen, y.e.chosen = wasX, wasY
		}
	}
	s.chosenByLat()
	return moved
}

// choices returns every entity's chosen namesake, in the order of the
// entities: what tells a round of ascend that undid the round before.
func (s *session) choices() []int {
	out := make([]int, len(s.ents))
	for i, e := range s.ents {
		out[i] = e.chosen
	}
	return out
}

// chooseCandidates picks, for every name with gazetteer entries, the entry
// the document most likely means: in a country the document names, near the
// other places it names, populous, and a town rather than a hill. A name
// listed with a first-level division may be one too (listedDivisions),
// before strays are judged.
func (s *session) chooseCandidates() error {
	for _, e := range s.ents {
		if len(e.cands) > 0 {
			e.chosen = bestBy(e.cands, func(c gazetteer.Place) float64 { return s.prior(e, c) })
		}
	}
	s.ascend(func(e *entity) bool { return true })
	if s.movePairs() {
		s.ascend(func(e *entity) bool { return true })
	}
	if err := s.listedDivisions(); err != nil {
		return err
	}
	before := s.choicePoints()
	s.gatherAnchors()
	s.settleOpenAnchors()
	confident := s.confidentPoints()
	s.dropStrayAliases(confident)
	if s.dropStrayHamletAnchors() {
		confident = s.confidentPoints()
	}
	s.dropStrayDivisions(confident)
	s.dropStrayHamlets()
	s.listCountryNamesakes()
	s.dropStrayListMembers()
	s.dropStrayLandforms()
	s.dropStrayWaters()
	s.dropStrayAnchors(confident)
	s.dropFarContainers()
	s.dropFarSeatTowns()
	s.dropOutsideStatedDivision()
	s.dropOutsideStatedTown()
	// The namesakes given up as strays, or gathered near the others,
	// leave the rest to settle on what remains: "Hella" dropped in Iraq,
	// "Vík" goes to Iceland with it. When no choice moved, the ascent
	// has settled already, and another round would only cost time (15%
	// of BenchmarkResolveBigReport).
	if !slices.Equal(before, s.choicePoints()) {
		s.ascend(func(e *entity) bool { return e.hasGazetteer() && !e.gathered })
	}
	s.openChoices()
	for _, e := range s.ents {
		if e.hasGazetteer() {
			s.docCountries[e.cands[e.chosen].Country] = s.docCountries[e.cands[e.chosen].Country] || e.inCountry != ""
		}
	}
	return nil
}

// listedDivisions makes a name a first-level division when the text lists
// it with one ("Gu rains were below average in Bakool and Gedo"): a list
// names things of one kind, so a member taken for a town of another
// country than the listed division's, that no relation measures or
// places, is that country's division of its name when the gazetteer has
// one: Somalia's region Gedo, not Ethiopia's town of 7,500 people.
func (s *session) listedDivisions() error {
	for _, list := range s.doc.Lists {
		country := ""
		for _, m := range list {
			if d := s.entityAt(m); d != nil && d.admin1 != nil && d.admin2 == nil && !d.hasGazetteer() {
				country = d.admin1.Country
				break
			}
		}
		if country == "" {
			continue
		}
		for _, m := range list {
			e := s.entityAt(m)
			if e == nil || !e.hasGazetteer() || e.admin1 != nil || len(e.subjectOf)+len(e.objectOf) > 0 {
				continue
			}
			c := e.cands[e.chosen]
			if c.Class != "P" || c.Country == country || s.docCountries[c.Country] {
				continue
			}
			as, err := s.r.db.Admin1(s.ctx, e.name, country)
			if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
				return err
			}
			if len(as) == 0 {
				continue
			}
			a := as[0]
			e.admin1, e.admins = &a, as
			e.cands, e.chosen = nil, -1
		}
	}
	return nil
}

// dropOutsideCountry keeps, of the namesakes of a place the text puts in
// a country ("Cornwall, England"), those in that country or within
// Ranking.StrayKm of a land border of a country the document names (a
// text may put a border town on the wrong side). When none is left, the
// place is not the gazetteer's, and its note says so: a town in Canada
// 4,600 km away is no reading of "Cornwall, England".
func (s *session) dropOutsideCountry() {
	s.dropContainerOutsideCountry()
	for _, e := range s.ents {
		s.dropDivisionOutsideCountry(e)
		if e.inCountry == "" || len(e.cands) == 0 {
			continue
		}
		kept := s.inOrNearCountry(e.cands, e.inCountry)
		if len(kept) == 0 {
			c := e.cands[0]
			e.note = fmt.Sprintf("the gazetteer knows no %q in the country the text names, only far from it (%s, %s)", e.name, c.Name, c.Country)
			e.abroad = e.cands
		}
		e.cands = kept
	}
}

// inOrNearCountry returns, in a new slice, the namesakes of cands in the
// country of code or within Ranking.StrayKm of a land border of a country
// the document names (a text may put a border town on the wrong side).
func (s *session) inOrNearCountry(cands []gazetteer.Place, code string) []gazetteer.Place {
	kept := cands[:0:0]
	for _, c := range cands {
		if c.Country == code || s.nearNamedCountry(c.Point) {
			kept = append(kept, c)
		}
	}
	return kept
}

// containersInStatedCountry puts what the text puts a place in, other
// than a country, in the country the text puts that place in: « dans le
// Gourma, à 50 km au sud de Gossi, au Mali » is Mali's Gourma, not the
// province of Burkina Faso that the name finds. A division with no
// namesake in that country is then left unplaced, before it sets the
// document's context (dropDivisionOutsideCountry); a town is kept to its
// namesakes there by dropOutsideCountry.
func (s *session) containersInStatedCountry() {
	stated := map[*entity]string{}
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn {
			continue
		}
		if sub, obj := s.entityAt(rel.Subject), s.entityAt(rel.Object); sub != nil && obj != nil && obj.country != nil {
			stated[sub] = obj.country.Code
		}
	}
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn {
			continue
		}
		sub, obj := s.entityAt(rel.Subject), s.entityAt(rel.Object)
		if sub == nil || obj == nil || sub == obj || stated[sub] == "" || obj.country != nil || obj.inCountry != "" {
			continue
		}
		obj.inCountry = stated[sub]
		s.dropDivisionOutsideCountry(obj)
	}
}

// dropContainerOutsideCountry keeps, of the namesakes of a town the text
// puts a place in ("Saint-Georges, la principale ville de la Beauce, au
// Québec"), which the text puts in no country of its own, those in the
// country the text puts that place in, or within Ranking.StrayKm of a land
// border of a country the document names: what holds a place in Canada
// lies in Canada, and the village of Beaucé in Brittany is no reading of
// "la Beauce". When none is left, the container is not the gazetteer's,
// and its note says so.
func (s *session) dropContainerOutsideCountry() {
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn {
			continue
		}
		sub, obj := s.entityAt(rel.Subject), s.entityAt(rel.Object)
		if sub == nil || obj == nil || sub == obj || sub.inCountry == "" || obj.inCountry != "" ||
			obj.country != nil || obj.admin1 != nil || len(obj.cands) == 0 {
			continue
		}
		kept := s.inOrNearCountry(obj.cands, sub.inCountry)
		if len(kept) == 0 {
			c := obj.cands[0]
			obj.note = fmt.Sprintf("the gazetteer knows no %q in the country the text puts %s in, only far from it (%s, %s)", obj.name, sub.name, c.Name, c.Country)
		}
		obj.cands = kept
	}
}

// dropShortOutsideAdmin2 keeps, of the namesakes of a place found only by
// its name without a settlement word ("Salem Township" as Salem), those
// in the second-level division the text puts it in: "Salem Township,
// Monroe County, Ohio" is no town of Salem in another county of Ohio.
// The shortened name is a guess that only the division can bear out; when
// no namesake lies in it, the place is not the gazetteer's, and its note
// says so.
func (s *session) dropShortOutsideAdmin2() {
	for _, e := range s.ents {
		if e.short == "" || len(e.inAdmins2) == 0 || len(e.cands) == 0 {
			continue
		}
		kept := slices.DeleteFunc(slices.Clone(e.cands), func(c gazetteer.Place) bool { return !inAdmin2(c, e.inAdmins2) })
		if len(kept) == 0 {
			e.note = fmt.Sprintf("the gazetteer knows no %q, and no %q in the division the text names", e.name, e.short)
		}
		e.cands = kept
	}
}

// islandFeatures are the features, as the reader names them, of an
// island: the gazetteer holds no islands, only the towns named after
// some ("l'île de Gorée" is Gorée, Dakar).
var islandFeatures = map[string]bool{"island": true, "islet": true, "atoll": true}

// dropIslandsAbroad keeps, of the namesakes of a place the text calls an
// island ("sur l'île de Ré", "the island of Gorée"), those in the
// countries the document names or that every namesake of another of its
// places lies in: a town named like the island in another country (Re,
// in Piedmont) is no reading of it. When none is left, the island is not
// the gazetteer's, and its note says so. When the document tells no
// country, the namesakes stay.
func (s *session) dropIslandsAbroad() {
	countries := map[string]bool{}
	for c := range s.docCountries {
		countries[c] = true
	}
	for _, e := range s.ents {
		if !islandFeatures[e.feature] && len(e.cands) > 0 && oneCountryPlaces(e.cands) {
			countries[e.cands[0].Country] = true
		}
	}
	if len(countries) == 0 {
		return
	}
	for _, e := range s.ents {
		if !islandFeatures[e.feature] || len(e.cands) == 0 {
			continue
		}
		kept := e.cands[:0:0]
		for _, c := range e.cands {
			if countries[c.Country] {
				kept = append(kept, c)
			}
		}
		if len(kept) == 0 {
			c := e.cands[0]
			e.note = fmt.Sprintf("an island: the gazetteer holds settlements, not islands, and knows no town %q in the document's countries, only far from them (%s, %s)", e.name, c.Name, c.Country)
		}
		e.cands = kept
	}
}

// regionHamletPop is the population under which a populated place is no
// region's namesake: a region is named after a town of note.
const regionHamletPop = 5000

// dropHamletRegions leaves unplaced a name the text uses only as a region
// containing other places ("Tlapa, a town in the La Montaña region") when
// the gazetteer knows no division of that name and every populated place
// that bears it is a hamlet, no seat of a division and smaller than
// regionHamletPop: a village of 560 in Chiapas is not Guerrero's
// La Montaña, and measuring Tlapa from it would flag a contradiction the
// text does not make. A French text's « en » before a bare name says
// region as plainly, whether or not it holds a place the text names:
// towns take « à », so « Saint-Georges, en Beauce » is in Québec's
// Beauce, not in Beaucé, a Breton village of 1,200 people that would
// draw Saint-Georges to France.
func (s *session) dropHamletRegions() {
	for _, e := range s.ents {
		region := e.feature == "region" && s.container(e) || s.afterFrenchEn(e)
		if !region || e.admin1 != nil || e.country != nil || len(e.cands) == 0 {
			continue
		}
		if slices.ContainsFunc(e.cands, func(c gazetteer.Place) bool {
			return c.Class != "P" || c.Population >= regionHamletPop || strings.HasPrefix(c.Code, "PPLA") || c.Code == "PPLC"
		}) {
			continue
		}
		c := e.cands[0]
		e.note = fmt.Sprintf("the gazetteer knows no region %q, only a hamlet of that name (%s, %s, population %d)", e.name, c.Name, c.Country, c.Population)
		e.cands = nil
	}
}

// afterFrenchEn reports whether a French document writes every mention
// of e right after the preposition « en » with no article (« en Beauce »,
// « en Gaspésie »): the way French names a region, a province, a large
// island or a feminine country, never a town.
func (s *session) afterFrenchEn(e *entity) bool {
	if !s.french || len(e.mentions) == 0 {
		return false
	}
	for _, sp := range e.mentions {
		before := s.doc.Text[max(0, sp.Start-4):sp.Start]
		if !strings.HasSuffix(before, " en ") && !strings.HasSuffix(before, "\nen ") && before != "En " && !strings.HasSuffix(before, " En ") {
			return false
		}
	}
	return true
}

// dropDivisionOutsideCountry keeps, of the divisions e may name, those in
// the country the text puts it in: "Colombia's Catatumbo" is no
// Venezuelan municipality of that name, even across the border, for a
// division lies wholly in its country. With none left, e names no
// division and says so in its note.
func (s *session) dropDivisionOutsideCountry(e *entity) {
	if e.inCountry == "" || e.admin1 == nil {
		return
	}
	if e.admin2 != nil {
		kept := inCountry(e.admins2, e.inCountry, func(a gazetteer.Admin2) string { return a.Country })
		if len(kept) > 0 {
			e.admins2 = kept
			if e.admin2.Country != e.inCountry {
				s.setAdmin2(e, kept[0])
			}
			return
		}
		e.note = fmt.Sprintf("the gazetteer knows no division %q in the country the text names, only %s's", e.name, e.admin2.Country)
		e.admin2, e.admins2, e.admin1, e.admins = nil, nil, nil, nil
		return
	}
	if kept := inCountry(e.admins, e.inCountry, func(a gazetteer.Admin1) string { return a.Country }); len(kept) > 0 {
		e.admins = kept
		if e.admin1.Country != e.inCountry {
			e.admin1 = &kept[0]
		}
		return
	}
	e.note = fmt.Sprintf("the gazetteer knows no division %q in the country the text names, only %s's", e.name, e.admin1.Country)
	e.admin1, e.admins = nil, nil
}

// inCountry returns the divisions of ds whose country (ISO 3166-1
// alpha-2) is code, in their order; nil when none is.
func inCountry[D any](ds []D, code string, country func(D) string) []D {
	var kept []D
	for _, d := range ds {
		if country(d) == code {
			kept = append(kept, d)
		}
	}
	return kept
}

// dropStrayAliases drops a gazetteer entry found only under one of its
// alternate names, and not, for a city of cityPop people or more, as
// another romanisation of its own name (romanised: "Ulaanbaatar" for Ulan
// Bator), when it lies in none of the
// countries the document names
// and more than Ranking.StrayKm from every place the document names by a primary
// name and from every land border of those countries: "Pensa", a village the gazetteer lacks, is then not Penza in
// Russia. In a country the document names, it drops one of fewer than
// cityPop people more than Ranking.StrayKm from every such place
// (farSmallAlias): "Bonfim, across the river in Brazil" by Lethem is not
// Silvânia in Goiás. When another namesake would not be dropped (one bearing the
// name as its own, "Kita" in Mali rather than Quito, which has it among its
// alternate names), the best-ranked of those is taken instead. With
// nothing to judge by (no country named, no other place), the entry stays.
func (s *session) dropStrayAliases(confident []orb.Point) {
	for _, e := range s.ents {
		if !e.hasGazetteer() {
			continue
		}
		c := e.cands[e.chosen]
		if primaryMatch(e, c) || romanised(e, c) && c.Population >= cityPop || len(confident) == 0 && len(s.docCountries) == 0 || e.emigration {
			// "Ulaanbaatar" is Ulan Bator romanised otherwise: a city's
			// own name, however far the one country the text names
			// ("Shares fell 3% in Hong Kong"). A smaller place so spelt
			// may be a village the gazetteer lacks.
			continue
		}
		// A place measured from or placed by a relation is judged by
		// Ranking.StrayKm alone: a dateline far away ("BEIRUT (AP) —")
		// may be the only other place the report names.
		tight := len(e.subjectOf)+len(e.objectOf) == 0
		if s.docCountries[c.Country] {
			// In a country the document names, only a small town
			// beyond Ranking.StrayKm of every other place: "traders in
			// Bonfim, across the river in Brazil", in a text on Lethem,
			// is not Silvânia in Goiás, 2,300 km away, which the
			// gazetteer knows as Bonfim too.
			if !s.farSmallAlias(c, confident) {
				continue
			}
		} else if !s.stray(c.Point, confident) && !(tight && s.strayAliasTown(c, confident)) {
			continue
		}
		if s.keepOthers(e, confident, tight) {
			continue // "Kita": Quito's other name, but a town in Mali's own
		}
		e.note = fmt.Sprintf("the gazetteer knows %q only as another name of %s (%s), far from every other place the document names", e.name, c.Name, c.Country)
		e.chosen = -1
	}
}

// farSmallAlias reports whether c, a namesake found under an alternate
// name, has fewer people than cityPop (or none recorded) and lies more
// than Ranking.StrayKm from every point of confident. With no confident
// point, it is not.
func (s *session) farSmallAlias(c gazetteer.Place, confident []orb.Point) bool {
	if c.Population >= cityPop || len(confident) == 0 {
		return false
	}
	for _, q := range confident {
		if geo.Distance(q, c.Point) <= s.r.k.StrayKm*1000 {
			return false
		}
	}
	return true
}

// strayAliasPop and strayAliasKm bound a small namesake found only under
// one of its alternate names: of fewer than strayAliasPop people (or of
// none recorded), more than strayAliasKm from every place the document
// names by a primary name, it is no reading of the name. Such an entry
// is a hamlet or a quarter that some spelling shares ("Tawila" as Aţ
// Ţawīlah in Yemen, 1,990 km from El Fasher; "Nasir" as Nasir Extension,
// a quarter of Khartoum, in a text on Malakal), while the place the text
// means is one the gazetteer lacks.
const (
	strayAliasPop = 10000
	strayAliasKm  = 500
)

// strayAliasTown reports whether c, a namesake found under an alternate
// name in no country the document names, is small and lies more than
// strayAliasKm from every point of confident. With no confident point,
// it is not.
func (s *session) strayAliasTown(c gazetteer.Place, confident []orb.Point) bool {
	if c.Population >= strayAliasPop || len(confident) == 0 {
		return false
	}
	for _, q := range confident {
		if geo.Distance(q, c.Point) <= strayAliasKm*1000 {
			return false
		}
	}
	return true
}

// keepOthers narrows the namesakes of e to those dropStrayAliases would
// keep (one that bears the name as its own, lies in a country the document
// names or near a place it names, and, when tight, is no strayAliasTown),
// chooses the best-ranked of them and reports whether there was one. The
// stray one is then no candidate at all, not even a runner-up.
func (s *session) keepOthers(e *entity, confident []orb.Point, tight bool) bool {
	var kept []gazetteer.Place
	for i, c := range e.cands {
		named := s.docCountries[c.Country]
		if i != e.chosen && (primaryMatch(e, c) || named && !s.farSmallAlias(c, confident) ||
			!named && !s.stray(c.Point, confident) && !(tight && s.strayAliasTown(c, confident))) {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return false
	}
	pts := s.chosenByLat()
	e.cands = kept
	e.chosen = bestBy(kept, func(c gazetteer.Place) float64 { return s.prior(e, c) + s.r.k.nearness(e, c.Point, pts) })
	return true
}

// strayHamletPop is the population below which a place the text names
// only after a preposition is given up when it lies far from every other
// place: a village that happens to bear the name of an island or a
// landmark the gazetteer lacks.
const strayHamletPop = 1000

// strayTownKm bounds, with cityPop, a larger place so given up: of fewer
// than cityPop people, more than strayTownKm from every one of at
// least two other places the document names ("a spare day in Flores"
// beside Ruteng and Labuan Bajo is the island, not Guatemala's town of
// 20,000 people 16,000 km away).
const (
	strayTownKm = 5000
)

// dropStrayHamlets gives up a gazetteer place of fewer than
// strayHamletPop people, in none of the countries the document names, that
// the text names only after a preposition (no relation, no descriptor) and
// that lies more than Ranking.StrayKm from every other place the document
// names by a primary name: "on Guadalcanal" in a text on Honiara is not
// the hamlet of Guadalcanal in Spain, 15,000 km away. A town of fewer
// than cityPop people is given up too when it lies more than
// strayTownKm from every one of at least two such places (or of one, when
// the document names a country, none of them the town's), and so is
// any such place the text names with its kind: "the Mayo constituency"
// beside Castlebar and Westport is no district seat in Thailand. A name
// whose coast the text measures to (coastOwner) is given up as a hamlet
// is, a town of fewer than cityPop people too: the places on its coast
// lie by it ("the south coast of São Miguel" by Ponta Delgada is no town
// of Brazil). With no other place to judge by, it stays.
func (s *session) dropStrayHamlets() {
	for _, e := range s.ents {
		owner := s.coastOwner(e.name)
		if !e.hasGazetteer() || e.evidence > text.EvidenceDescriptor && !owner || len(e.subjectOf)+len(e.objectOf) > 0 || e.emigration {
			continue
		}
		c := e.cands[e.chosen]
		if c.Population >= cityPop || s.docCountries[c.Country] || s.emigrantTown(c) {
			continue
		}
		others := s.confidentPointsBut(e)
		// A country the document names judges as another place does:
		// "Vanuatu … Port-Vila … la route de Mele" is no Mele of
		// Liguria, 16,000 km from the capital and from Vanuatu.
		far := (len(others) >= 2 || len(others) == 1 && len(s.docCountries) > 0) && !s.nearNamedCountry(c.Point)
		for _, q := range others {
			far = far && geo.Distance(q, c.Point) > strayTownKm*1000
		}
		if (c.Population >= strayHamletPop || e.evidence == text.EvidenceDescriptor) && !far && !owner {
			// A kind the text names ("the Mayo constituency") says the
			// name is a place's, not which one's: only a namesake that
			// far from the rest is given up.
			continue
		}
		if len(others) > 0 && s.stray(c.Point, others) {
			e.note = fmt.Sprintf("the gazetteer's %s (%s) is a small place far from every other place the document names", c.Name, c.Country)
			e.chosen = -1
		}
	}
}

// coastOwner reports whether some relation of the document measures to
// the coast of a place named name, no country ("on the east coast of
// Espiritu Santo"): the name owns a coast, which says it is a place but not
// which, so a namesake far from the rest of the document may be given up
// as one named only after a preposition is (dropStrayHamlets): an island
// the gazetteer lacks is no hamlet of Zacatecas.
func (s *session) coastOwner(name string) bool {
	for _, r := range s.doc.Relations {
		if r.Border == nil || !r.Border.Coast || !slices.Contains(r.Border.Countries, name) {
			continue
		}
		if _, err := s.country(name); err != nil {
			return true
		}
	}
	return false
}

// listCountryNamesakes moves a member of a list (text.Document.Lists)
// that no relation measures or places, taken for a town of one country
// while at least two other members were all taken for places of another,
// to its best-ranked namesake in that other country: "Bahamasair flies
// from Nassau to Freeport, Marsh Harbour and George Town" names George
// Town in Exuma, not the capital of the Cayman Islands. A list names
// places of one kind, and seldom one abroad among them. The namesake
// first chosen stays the runner-up, as for a namesake gathered near the
// other places.
func (s *session) listCountryNamesakes() {
	for _, list := range s.doc.Lists {
		for _, m := range list {
			e := s.entityAt(m)
			if e == nil || !e.hasGazetteer() || len(e.subjectOf)+len(e.objectOf) > 0 || e.country != nil || e.admin1 != nil || e.admin2 != nil {
				continue
			}
			c := e.cands[e.chosen]
			country, others := "", 0
			for _, o := range list {
				x := s.entityAt(o)
				if x == nil || x == e {
					continue
				}
				if !x.hasGazetteer() {
					country = "-"
					break
				}
				if xc := x.cands[x.chosen].Country; country == "" {
					country = xc
				} else if xc != country {
					country = "-"
				}
				others++
			}
			if others < 2 || country == "-" || country == c.Country {
				continue
			}
			best, bestScore := -1, math.Inf(-1)
			for i, p := range e.cands {
				if p.Country != country || p.Class != "P" {
					continue
				}
				if sc := s.prior(e, p); sc > bestScore {
					best, bestScore = i, sc
				}
			}
			if best < 0 {
				continue
			}
			e.runnerUp, e.gap, e.gathered = e.chosen, s.r.k.OpenGap, true
			e.chosen = best
		}
	}
}

// dropStrayListMembers gives up the gazetteer town chosen for a member of a
// list (text.Document.Lists) whose other members were all taken for places
// of one country, when the town lies in another country the document does
// not name, has fewer than cityPop people, lies more than Ranking.StrayKm
// from every other member and every other place the document names, and no
// relation measures or places it: "ballot papers were delivered to
// Copacabana and Achacachi" in a text on Bolivia names no town of Colombia,
// 2,600 km away; the gazetteer lacks the town the text means. A list names
// places of one kind, and seldom so far apart.
func (s *session) dropStrayListMembers() {
	for _, list := range s.doc.Lists {
		for _, m := range list {
			e := s.entityAt(m)
			if e == nil || !e.hasGazetteer() || len(e.subjectOf)+len(e.objectOf) > 0 || e.emigration {
				continue
			}
			c := e.cands[e.chosen]
			if c.Population >= cityPop || s.docCountries[c.Country] {
				continue
			}
			country, far, others := "", true, 0
			for _, o := range list {
				x := s.entityAt(o)
				if o == m || x == nil || x == e {
					continue
				}
				if !x.hasGazetteer() {
					continue
				}
				xc := x.cands[x.chosen]
				if country == "" {
					country = xc.Country
				}
				if xc.Country != country || xc.Country == c.Country {
					country = "-"
				}
				far = far && geo.Distance(xc.Point, c.Point) > s.r.k.StrayKm*1000
				others++
			}
			if others == 0 || country == "-" || !far || !s.stray(c.Point, s.confidentPointsBut(e)) {
				// "… of Ballyknock, 10 km west of Ennis … her sons in
				// Limerick and Boston": another place of the document
				// lies near the town.
				continue
			}
			e.note = fmt.Sprintf("the gazetteer's %s (%s) lies far from the other places the text lists with it, all in %s", c.Name, c.Country, country)
			e.chosen = -1
		}
	}
}

// emigrantTownPop is the population from which a gazetteer town in a
// document that tells of an emigration is kept however far it lies from
// the document's other places (emigrantTown).
const emigrantTownPop = 1000

// emigrantTown reports whether the document tells of an emigration (some
// mention names where someone emigrated to, text.Mention.Emigration) and
// c is a town of at least emigrantTownPop people. A family history or an
// emigrant's letter names the old country and the new one, continents
// apart: "Hendrik de Vries left Winsum in 1952 for New Zealand", "Zelig
// Kaplan was born in Kuršėnai ... and went out to Oudtshoorn", « Les
// Jaquet, originaires de Vevey, émigrèrent au Brésil ». Its towns are
// not strays for lying far from the rest; a hamlet still may be.
func (s *session) emigrantTown(c gazetteer.Place) bool {
	if c.Population < emigrantTownPop {
		return false
	}
	for _, e := range s.ents {
		if e.emigration {
			return true
		}
	}
	return false
}

// strayAnchorKm is the longest stated distance from a place that
// dropStrayAnchors judges: a place measured from at most this far lies
// near the place it locates, which the text's other places and countries
// put in a region.
const strayAnchorKm = 100

// dropStrayAnchors gives up the gazetteer place chosen for a name the
// text only measures short distances from (at most strayAnchorKm), or says
// lies at such distances from places the gazetteer lacks, when
// the document names countries, or at least two other places placed
// ("Herculaneum conservation report … 400 m north-west of the ancient
// town, in Ercolano … Pompei" is no Herculaneum in Missouri), the place
// lies in none of those countries, more than
// Ranking.StrayKm from every other place the document names by a primary
// name and from every land border of those countries: "25 km south-east of
// Dakhla in the desert of Yemen's Hadhramaut, near Tarim" is no distance
// from Dakhla in Western Sahara, 5,900 km away, but from a Dakhla the
// gazetteer lacks. The place measured from is then unplaced, and what
// else the text states of the place it locates is used.
func (s *session) dropStrayAnchors(confident []orb.Point) {
	if len(s.docCountries) == 0 && len(confident) < 2 {
		return
	}
	divs := s.divisionCountries()
	for _, e := range s.ents {
		if !e.hasGazetteer() || len(e.subjectOf)+len(e.objectOf) == 0 {
			continue
		}
		short := true
		for _, i := range e.objectOf {
			rel := s.doc.Relations[i]
			short = short && rel.Kind != text.KindIn && rel.MaxKm > 0 && rel.MaxKm <= strayAnchorKm
		}
		for _, i := range e.subjectOf {
			// "Jebel Shams is … in Oman. Al Hamra lies about 30 km south of
			// it": a place said to lie near one the gazetteer lacks is
			// what that place is measured from.
			rel := s.doc.Relations[i]
			o := s.entityAt(rel.Object)
			short = short && rel.Kind != text.KindIn && rel.MaxKm > 0 && rel.MaxKm <= strayAnchorKm && o != nil && !o.hasGazetteer()
		}
		c := e.cands[e.chosen]
		if !short || s.docCountries[c.Country] || divs[c.Country] || s.emigrantTown(c) || s.sovereignNamed(c.Country) {
			continue
		}
		// Only the place's own point is left out: "McMurdo Station … at
		// McMurdo" names another place at the very same point.
		others := slices.Clone(confident)
		if i := slices.Index(others, c.Point); i >= 0 {
			others = slices.Delete(others, i, i+1)
		}
		for _, i := range e.objectOf {
			// "The farm Welgelegen lay about 20 km north-east of
			// Graaff-Reinet": a place the text measures from this one is
			// no evidence against it; the distance ties the two, and a
			// namesake of the place measured (a Welgelegen in the
			// Netherlands) says nothing of where the town lies.
			if sub := s.entityAt(s.doc.Relations[i].Subject); sub != nil && sub.hasGazetteer() {
				if j := slices.Index(others, sub.cands[sub.chosen].Point); j >= 0 {
					others = slices.Delete(others, j, j+1)
				}
			}
		}
		if len(s.docCountries) == 0 && len(others) < 2 {
			continue
		}
		// With no other place to judge by, the countries named still
		// are: "Militants attacked Mocímboa da Praia and Palma ... 6 km
		// south of Palma" is not Palma de Mallorca.
		if s.stray(c.Point, others) && !s.namedTwice(e, c.ID) {
			if j := s.namesakeInDocCountry(e, others); j >= 0 {
				// "12 km north-east of Bangui, Ilocos Norte,
				// Philippines": the namesake in a country the text
				// names, not the capital far from it.
				e.runnerUp, e.gap, e.gathered = e.chosen, s.r.k.OpenGap, true
				e.chosen = j
				continue
			}
			e.note = fmt.Sprintf("the gazetteer's %s (%s) lies far from every other place and country the document names", c.Name, c.Country)
			e.chosen = -1
		}
	}
}

// sovereignNamed reports whether cc is the state a dependent territory the
// document names belongs to (gazetteer.Sovereign): a text on Guyane that
// ships convicts from Brest names France too, so Brest in France is no
// stray, and is the namesake taken when Belarus's Brest proves one; in
// the ranking it weighs Ranking.SovereignCountry, less than the
// territory itself.
func (s *session) sovereignNamed(cc string) bool {
	for code := range s.docCountries {
		if gazetteer.Sovereign(code) == cc {
			return true
		}
	}
	return false
}

// divisionCountries returns the countries of the first-level divisions
// the document names and the gazetteer holds ("working in Tigray"), alpha-2.
// A town the text measures from in such a country is no stray, whatever
// else the document names: "teams working in Tigray … 18 km north-east
// of Adigrat, where a Grad rocket lay" is Ethiopia's Adigrat, though the
// weapon's name found a division of Slovenia.
func (s *session) divisionCountries() map[string]bool {
	out := map[string]bool{}
	for _, e := range s.ents {
		if e.admin1 != nil && e.country == nil {
			out[e.admin1.Country] = true
		}
	}
	return out
}

// namedTwice reports whether another entity than e took the gazetteer
// place id: the text names that place twice, under two of its names
// ("60 km west of McMurdo Station … stored in a freezer at McMurdo"), so
// it is no stray however far it lies from the rest.
func (s *session) namedTwice(e *entity, id int64) bool {
	for _, o := range s.ents {
		if o != e && o.hasGazetteer() && o.cands[o.chosen].ID == id {
			return true
		}
	}
	return false
}

// namesakeInDocCountry returns the one other candidate of e that lies in
// a country the document names and, when others holds places, is no
// stray from them; when none does, the best-ranked one in the state a
// territory the document names belongs to (sovereignNamed); -1 when none
// or several do.
func (s *session) namesakeInDocCountry(e *entity, others []orb.Point) int {
	found, home := -1, -1
	for j, c := range e.cands {
		if j == e.chosen {
			continue
		}
		if !s.docCountries[c.Country] {
			// The state of a territory the text names lies far from
			// the territory's places by nature (France from Guyane):
			// its namesakes are not judged by them, and the best
			// ranked is taken (Laval in Mayenne, not the hamlet in
			// Isère).
			if s.sovereignNamed(c.Country) && (home < 0 || s.prior(e, c) > s.prior(e, e.cands[home])) {
				home = j
			}
			continue
		}
		if len(others) > 0 && s.stray(c.Point, others) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = j
	}
	if found < 0 {
		return home
	}
	return found
}

// strayLandformKm is how far from every other place the document names a
// settlement may lie and still be read for a name the text gives the kind
// of a landform ("the Langtang valley", "the Cangshan range"): a valley
// or a range a text names beside other places lies near them, and a
// settlement of that name farther away is a namesake, not the landform.
const strayLandformKm = 500

// isLandformKind reports whether the kind a text gives a name is a
// landform the gazetteer does not hold as such: a valley, a range, hills,
// a canyon or a gorge ("the Copper Canyon" of Chihuahua is no town in Texas).
func isLandformKind(feature string) bool {
	switch feature {
	case "valley", "range", "mountains", "hills", "plateau", "plain", "desert", "basin", "massif", "escarpment", "rock", "canyon", "gorge":
		return true
	}
	return false
}

// strayAreaKm is how much farther than a place's stated distance from an
// anchor a settlement may lie from that anchor and still be read for the
// valley, forest or reserve the text puts the place near: half of 300 km,
// the length of a long valley or reserve, which reaches far beyond the
// town or district that bears its name.
const strayAreaKm = 150

// dropStrayLandforms gives up the gazetteer place chosen for a name the
// text gives the kind of a landform (isLandformKind) when it lies more
// than strayLandformKm from every other place the document names by a
// primary name: "the Langtang valley" in a text on Kathmandu is no town
// of Langtang in Nigeria. With no other place to judge by, it stays. It
// gives up too the place chosen for a name of any wide area
// (isAreaKind) that the text puts a place near, when that place's stated
// distance from an anchor cannot bring it within strayAreaKm of it:
// "about 35 km south of Kharkhorin on the edge of the Orkhon valley" is
// not near the district of Orkhon, 290 km from Kharkhorin.
func (s *session) dropStrayLandforms() {
	for _, e := range s.ents {
		if !e.hasGazetteer() || !isAreaKind(e.feature) {
			continue
		}
		c := e.cands[e.chosen]
		if note, ok := s.beyondNearSubjects(e, c); ok {
			e.note = note
			e.chosen = -1
			continue
		}
		if !isLandformKind(e.feature) || s.inStatedAdmin1(e, c) {
			continue
		}
		others := s.confidentPointsBut(e)
		near := slices.ContainsFunc(others, func(q orb.Point) bool { return geo.Distance(q, c.Point) <= strayLandformKm*1000 })
		if len(others) > 0 && !near {
			e.note = fmt.Sprintf("the gazetteer's %s (%s) is a settlement far from every other place the document names, and the text names a %s", c.Name, c.Country, e.feature)
			e.chosen = -1
		}
	}
}

// dropStrayWaters gives up the gazetteer town chosen for a name the text
// calls a lake or a river, whose own name opens with the water's word
// ("Lake George", "Lake of the Woods"), when the text only places things
// on it or names it (no relation measures from it or places it) and it
// lies, in none of the countries the document names, more than
// strayLandformKm from every other place the document names: "on the
// shores of Lake George about 20 km south-east of Kasese" is Uganda's
// lake, not the village of Lake George in New York, 11,000 km away, and
// "on Lake of the Woods" by Kenora no town of Arizona, 2,400 km away. A
// lake the gazetteer lacks is no town; with no other place to judge by,
// the town stays. "Kirkland Lake", whose word comes last, is left alone.
func (s *session) dropStrayWaters() {
	for _, e := range s.ents {
		if !e.hasGazetteer() || !isWaterKind(e.feature) || !waterWordName(e.feature, e.name) || len(e.subjectOf) > 0 {
			continue
		}
		if slices.ContainsFunc(e.objectOf, func(ri int) bool { return s.doc.Relations[ri].Kind != text.KindNear }) {
			continue // "12 km north of Lake Charles" measures from the town
		}
		c := e.cands[e.chosen]
		if s.docCountries[c.Country] || s.inStatedAdmin1(e, c) {
			continue
		}
		others := s.confidentPointsBut(e)
		far := len(others) > 0
		for _, q := range others {
			far = far && geo.Distance(q, c.Point) > strayLandformKm*1000
		}
		if far {
			e.note = fmt.Sprintf("the gazetteer's %s (%s) is a town far from every other place the document names, and the text names a %s", c.Name, c.Country, e.feature)
			e.chosen = -1
		}
	}
}

// isWaterKind reports whether the feature f is a river's or a lake's.
func isWaterKind(f string) bool {
	return f == "lake" || f == "lakes" || f == "river"
}

// waterWordName reports whether the name opens with one of the words
// that linearKinds gives the water kind f ("Lake George", "Lac Kivu"):
// a lake's own name, where "Kirkland Lake" or "Peace River", whose word
// comes last, is as often a town's.
func waterWordName(f, name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	return len(ws) > 1 && slices.Contains(linearKinds[f].words, ws[0])
}

// holdsStatedTown reports whether the text puts in e a town that one of
// e's first-level divisions holds ("Puerto Asís, Putumayo": Colombia's
// Putumayo Department holds Puerto Asís): the division is that one, not
// a second-level division of its name in a country the text names for
// another reason (Ecuador's canton of Putumayo, "on the road to
// Ecuador").
func (s *session) holdsStatedTown(e *entity) bool {
	for _, ri := range e.objectOf {
		rel := s.doc.Relations[ri]
		sub := s.entityAt(rel.Subject)
		if rel.Kind != text.KindIn || sub == nil || sub == e {
			continue
		}
		for _, c := range sub.cands {
			if slices.ContainsFunc(e.admins, func(a gazetteer.Admin1) bool {
				return a.Country == c.Country && a.Code == c.Admin1Code
			}) {
				return true
			}
		}
	}
	return false
}

// inStatedAdmin1 reports whether the text puts e in a first-level
// division that holds the candidate c ("Taos, New Mexico", a KindIn
// relation): the text then names the settlement itself, though it calls
// the name a landform's elsewhere ("the Taos valley").
func (s *session) inStatedAdmin1(e *entity, c gazetteer.Place) bool {
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		o := s.entityAt(rel.Object)
		if rel.Kind == text.KindIn && o != nil && o != e && o.admin1 != nil && o.admin1.Country == c.Country && o.admin1.Code == c.Admin1Code {
			return true
		}
	}
	return false
}

// beyondNearSubjects reports whether c, a namesake of the wide area e,
// lies more than strayAreaKm beyond the stated distance of a place the
// text puts near e from that place's anchor, and says so in a note.
func (s *session) beyondNearSubjects(e *entity, c gazetteer.Place) (string, bool) {
	for _, ri := range e.objectOf {
		rel := s.doc.Relations[ri]
		sub := s.entityAt(rel.Subject)
		if rel.Kind != text.KindNear || sub == nil || sub == e {
			continue
		}
		for _, rj := range sub.subjectOf {
			r2 := s.doc.Relations[rj]
			a := s.entityAt(r2.Object)
			if r2.Kind != text.KindDistance || r2.MaxKm <= 0 || a == nil || a == e || !a.hasGazetteer() {
				continue
			}
			ac := a.cands[a.chosen]
			if d := geo.Distance(ac.Point, c.Point) / 1000; d > r2.MaxKm+strayAreaKm {
				return fmt.Sprintf("the gazetteer's %s (%s) lies %.0f km from %s, and the text puts %s %.0f km from %s and near the %s: it is a namesake of the %s, which the gazetteer lacks",
					c.Name, c.Country, d, a.name, sub.name, r2.MaxKm, a.name, e.feature, e.feature), true
			}
		}
	}
	return "", false
}

// dropStrayHamletAnchors gives up a gazetteer place of fewer than
// strayHamletPop people that the text measures from or to another place,
// when the document names a country or a first-level division, the place
// lies in none of the countries it names, and it lies more than
// Ranking.StrayKm from every other place the document names by a primary
// name, from the seat of every division it names and from every land
// border of its countries: "40 km east of Seghe, in the Western Province of
// the Solomon Islands" is no hamlet Seghe in Italy, and "Old Fort lies 25
// km east of the hamlet" in a text on northern Alberta no Old Fort in
// North Carolina (whose 900 people would otherwise make Alberta the
// stray). The place is then not the gazetteer's: what the text states
// locates it, or it stays unplaced, rather than on the wrong continent.
// It reports whether it gave one up.
func (s *session) dropStrayHamletAnchors() bool {
	var divisions []orb.Point
	for _, o := range s.ents {
		if a := o.admin1; a != nil && o.admin2 == nil && !o.hasGazetteer() {
			switch {
			case a.Seat != nil:
				divisions = append(divisions, a.Seat.Point)
			case len(a.Hull) > 0 && len(a.Hull[0]) > 0:
				divisions = append(divisions, a.Hull[0][0])
			}
		}
	}
	if len(s.docCountries) == 0 && len(divisions) == 0 {
		return false
	}
	dropped := false
	for _, e := range s.ents {
		if !e.hasGazetteer() || len(e.objectOf)+len(e.subjectOf) == 0 {
			continue
		}
		c := e.cands[e.chosen]
		if c.Population >= strayHamletPop || s.docCountries[c.Country] {
			continue
		}
		if others := append(s.confidentPointsBut(e), divisions...); s.stray(c.Point, others) {
			e.note = fmt.Sprintf("the gazetteer's %s (%s) is a small place far from the countries and places the document names", c.Name, c.Country)
			e.chosen = -1
			dropped = true
		}
	}
	return dropped
}

// confidentPoints returns the points of the gazetteer places the document
// names by a primary name: what a namesake found another way is judged
// against.
func (s *session) confidentPoints() []orb.Point {
	return s.confidentPointsBut(nil)
}

// confidentPointsBut returns confidentPoints without the point of except
// (nil for none): the places a gazetteer choice for except is judged
// against.
func (s *session) confidentPointsBut(except *entity) []orb.Point {
	var pts []orb.Point
	for _, e := range s.ents {
		if e != except && e.hasGazetteer() && primaryMatch(e, e.cands[e.chosen]) {
			pts = append(pts, e.cands[e.chosen].Point)
		}
	}
	return pts
}

// stray reports whether p lies more than Ranking.StrayKm from every point
// of confident and from every land border of the countries the document
// names.
func (s *session) stray(p orb.Point, confident []orb.Point) bool {
	if s.nearNamedCountry(p) {
		return false
	}
	for _, q := range confident {
		if geo.Distance(q, p) <= s.r.k.StrayKm*1000 {
			return false
		}
	}
	return true
}

// keepTowns sets e.towns to the populated places that bear e's name as
// their own, for dropStrayDivisions to fall back on should the division
// e is taken for prove a stray.
func (s *session) keepTowns(e *entity) error {
	cs, err := s.r.db.Named(s.ctx, e.name)
	if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
		return err
	}
	for _, c := range cs {
		if c.Class == "P" && primaryMatch(e, c) {
			e.towns = append(e.towns, c)
		}
	}
	return nil
}

// dropStrayDivisions gives up a first-level division that lies in none of
// the countries the document names, more than Ranking.StrayKm from every
// place the document names by a primary name and from every land border of
// those countries: "en Province Nord" in a text on New Caledonia is not the
// Nord region of Burkina Faso, 19,000 km away. The division is judged by its
// seat, or its hull's first corner when it has none, or its country's
// capital when the gazetteer knows it by name only; one whose hull holds a
// place the document names stays however far its seat. With nothing to judge
// by, it stays. So is a second-level division chosen among namesakes in
// several countries none of which the document names, judged by its
// position, and a lone one more than strayTownKm from every one of at least
// two such places ("the Pyrenees" beside Lourdes and Pau). A name the text
// also measures from then takes the towns of its name that are no strays
// (entity.towns).
func (s *session) dropStrayDivisions(confident []orb.Point) {
	if len(confident) == 0 && len(s.docCountries) == 0 {
		return
	}
	for _, e := range s.ents {
		a := e.admin1
		if a == nil || s.docCountries[a.Country] && s.loneDivisionCountry[a.Country] != e || e.emigration {
			continue
		}
		var at orb.Point
		homeTown := false
		switch {
		case e.admin2 != nil && !s.buildingNamed(e):
			// "in southern Trinidad" with every other place in Trinidad
			// and Tobago: not Honduras' municipality of Trinidad.
			if slices.ContainsFunc(e.admins2, func(a gazetteer.Admin2) bool {
				return s.docCountries[a.Country] && s.loneDivisionCountry[a.Country] != e
			}) {
				continue
			}
			if e.admin2.Point == nil {
				// "une localité de la commune de Marigot" beside Jacmel:
				// Saint Lucia's quarter of Marigot, which the gazetteer
				// knows by name only, gives way to the Haitian town of
				// the name 20 km away; with no such town it stays.
				if homeTown = s.homeTown(e, confident); !homeTown {
					continue
				}
				break
			}
			if len(e.admins2) < 2 && !farFromAll(*e.admin2.Point, confident) {
				// "high in the Pyrenees" beside Lourdes and Pau is not
				// Victoria's Pyrenees Shire: a lone namesake is given
				// up only as a town would be (strayTownKm).
				continue
			}
			at = *e.admin2.Point
		case a.Seat != nil:
			// "the Radisson in Tromsø" (buildingNamed) is judged by the
			// seat of Quebec, the first-level division of its namesake.
			at = a.Seat.Point
		case len(a.Hull) > 0 && len(a.Hull[0]) > 0:
			at = a.Hull[0][0]
		default:
			// A division the gazetteer knows by name only is judged by
			// its country's capital: "Forest Department officials" in a
			// text on Almora are not Guernsey's parish of Forest.
			c, err := s.r.db.Capital(s.ctx, a.Country)
			if err != nil {
				continue
			}
			at = c.Point
		}
		if e.admin2 == nil && len(a.Hull) > 0 && slices.ContainsFunc(confident, func(p orb.Point) bool { return planar.PolygonContains(a.Hull, p) }) {
			// "Tern Islet, 14 km off Weipa, … Queensland police said": a
			// place the document names lies inside the division, however
			// far its seat.
			continue
		}
		if homeTown || s.stray(at, confident) {
			if s.loneDivisionCountry[a.Country] == e {
				delete(s.docCountries, a.Country)
			}
			e.note = fmt.Sprintf("the gazetteer knows %q only as a division of %s, far from every other place the document names", e.name, a.Country)
			s.forgetCountryOf(e, a.Country)
			e.admin1, e.admins, e.admin2, e.admins2 = nil, nil, nil, nil
			for _, c := range e.towns {
				if homeTown && nearAny(c.Point, confident, homeTownKm) || !homeTown && !s.stray(c.Point, confident) {
					e.cands = append(e.cands, c)
				}
			}
			if len(e.cands) > 0 {
				e.note = ""
				e.chosen = bestBy(e.cands, func(c gazetteer.Place) float64 { return s.prior(e, c) })
			}
		}
	}
}

// homeTownKm bounds how far from a place the document names a town may
// lie to replace a division of its name that the gazetteer knows by name
// only (homeTown).
const homeTownKm = 300

// homeTown reports whether a town of e's name (entity.towns) lies within
// homeTownKm of a place the document names: the text means it rather than
// a division of that name abroad that has no position to judge.
func (s *session) homeTown(e *entity, confident []orb.Point) bool {
	return slices.ContainsFunc(e.towns, func(c gazetteer.Place) bool { return nearAny(c.Point, confident, homeTownKm) })
}

// nearAny reports whether p lies within km kilometres of one of pts.
func nearAny(p orb.Point, pts []orb.Point, km float64) bool {
	return slices.ContainsFunc(pts, func(q orb.Point) bool { return geo.Distance(q, p) <= km*1000 })
}

// forgetCountryOf takes back what e, a division of country cc now given up
// as a stray, said of the places the text puts in it: they lie in neither
// it nor, by it, in cc ("a croft about 8 km north of Lairg, in Sutherland"
// is not in Australia because Australia has a Sutherland; "St Mary's
// Church, Ballina" is no church of New South Wales once Ballina is the
// town of Mayo).
func (s *session) forgetCountryOf(e *entity, cc string) {
	for _, ri := range e.objectOf {
		rel := s.doc.Relations[ri]
		sub := s.entityAt(rel.Subject)
		if rel.Kind != text.KindIn || sub == nil || sub == e {
			continue
		}
		sub.inAdmins2 = slices.DeleteFunc(sub.inAdmins2, func(a gazetteer.Admin2) bool {
			return slices.ContainsFunc(e.admins2, func(b gazetteer.Admin2) bool {
				return a.Country == b.Country && a.Admin1Code == b.Admin1Code && a.Code == b.Code
			})
		})
		sub.inAdmins = slices.DeleteFunc(sub.inAdmins, func(a gazetteer.Admin1) bool {
			return slices.ContainsFunc(e.admins, func(b gazetteer.Admin1) bool { return a.Country == b.Country && a.Code == b.Code })
		})
		if sub.inCountry == cc {
			sub.inCountry = ""
			if len(sub.cands) == 0 && len(sub.abroad) > 0 {
				sub.cands, sub.abroad, sub.note = sub.abroad, nil, ""
				sub.chosen = bestBy(sub.cands, func(c gazetteer.Place) float64 { return s.prior(sub, c) })
			}
		}
	}
}

// farFromAll reports whether p lies more than strayTownKm from every one
// of at least two points.
func farFromAll(p orb.Point, pts []orb.Point) bool {
	if len(pts) < 2 {
		return false
	}
	for _, q := range pts {
		if geo.Distance(q, p) <= strayTownKm*1000 {
			return false
		}
	}
	return true
}

// anchorReach returns the gazetteer places x is measured from, in the
// order the text first does so, with the farthest the text puts x from
// each, in metres: the least of its relations' bounds. A direction alone
// bounds nothing: it counts as +Inf when directions is set, and is left
// out otherwise.
func (s *session) anchorReach(x *entity, directions bool) ([]*entity, map[*entity]float64) {
	var anchors []*entity
	reach := map[*entity]float64{}
	for _, ri := range x.subjectOf {
		rel := s.doc.Relations[ri]
		o := s.entityAt(rel.Object)
		if !spatial(rel.Kind) || rel.Border != nil || o == nil || o == x || !o.hasGazetteer() {
			continue
		}
		m := s.r.v.Bounds(rel).MaxKm * 1000
		if m <= 0 {
			if !directions {
				continue
			}
			m = math.Inf(1)
		}
		if r, ok := reach[o]; !ok || m < r {
			if !ok {
				anchors = append(anchors, o)
			}
			reach[o] = m
		}
	}
	return anchors, reach
}

// gatherAnchors keeps together the places one place is measured from: a
// namesake more than Ranking.StrayKm from every other anchor of the same
// place, outside the countries the document names and away from their
// borders, gives way to the best-ranked namesake within Ranking.FarKm of
// one of them. "40 km east of Cairo and 50 km north-west of Paducah" is
// Cairo, Illinois, not the larger Cairo in Egypt, 10,000 km away: no
// place lies that near to both. The namesake given up is kept as the
// runner-up, and the note says why.
func (s *session) gatherAnchors() {
	stray := s.r.k.StrayKm * 1000
	for _, x := range s.ents {
		anchors, reach := s.anchorReach(x, true)
		if len(anchors) < 2 {
			continue
		}
		for _, a := range anchors {
			if !a.hasGazetteer() {
				continue
			}
			c := a.cands[a.chosen]
			if s.docCountries[c.Country] || s.nearDocumentBorder(c) {
				continue
			}
			far := true
			for _, b := range anchors {
				if b != a && b.hasGazetteer() {
					far = far && geo.Distance(c.Point, b.cands[b.chosen].Point) > stray
				}
			}
			if !far {
				continue
			}
			// The best-ranked namesake from which x can lie as far as
			// the text says from a and from another anchor at once.
			pts := s.chosenByLat()
			best, bestScore := -1, math.Inf(-1)
			for i, d := range a.cands {
				fits := false
				for _, b := range anchors {
					if b == a || !b.hasGazetteer() {
						continue
					}
					limit := math.Min(reach[a]+reach[b], s.r.k.FarKm*1000)
					fits = fits || geo.Distance(d.Point, b.cands[b.chosen].Point) <= limit
				}
				if sc := s.prior(a, d) + s.r.k.nearness(a, d.Point, pts); fits && sc > bestScore {
					best, bestScore = i, sc
				}
			}
			if best >= 0 && best != a.chosen {
				// The namesake given up stays the runner-up, weighted as
				// a choice left open by Ranking.OpenGap.
				a.runnerUp, a.gap, a.gathered = a.chosen, s.r.k.OpenGap, true
				a.chosen = best
			}
			if best < 0 {
				s.dropUnreconciled(x, a, anchors, reach)
			}
		}
	}
}

// settleOpenAnchors settles, by the place measured from them, the choice
// between two namesakes of an anchor that ranked within Ranking.OpenGap of
// each other: when the place x is stated a bounded distance from anchor a
// and from another anchor b whose choice is firm, and a's chosen namesake
// lies farther from b's than the two distances allow together while a
// namesake close behind it does not, the latter is meant. "20 km au sud
// de Cologne, près de Brühl" is Brühl by Cologne, not the Brühl near
// Mannheim (a seat, 197 km away), which ranked a little higher. The
// namesake given up is kept as the runner-up, as gatherAnchors keeps it.
func (s *session) settleOpenAnchors() {
	k := s.r.k
	for _, x := range s.ents {
		anchors, reach := s.anchorReach(x, false) // a direction alone bounds nothing
		if len(anchors) < 2 {
			continue
		}
		pts := s.chosenByLat()
		for _, a := range anchors {
			if a.gathered || len(a.cands) < 2 {
				continue
			}
			// fits reports whether x can lie within reach of namesake c of
			// a and of some firm other anchor; firm reports whether there
			// is such an anchor at all.
			fits := func(c gazetteer.Place) (ok, firm bool) {
				for _, b := range anchors {
					if b == a || !b.hasGazetteer() || s.openNear(b, pts) {
						continue
					}
					firm = true
					ok = ok || geo.Distance(c.Point, b.cands[b.chosen].Point) <= reach[a]+reach[b]
				}
				return ok, firm
			}
			c := a.cands[a.chosen]
			if ok, firm := fits(c); ok || !firm {
				continue
			}
			score := func(c gazetteer.Place) float64 { return s.prior(a, c) + k.nearness(a, c.Point, pts) }
			top := score(c)
			best, bestScore := -1, math.Inf(-1)
			for i, d := range a.cands {
				if i == a.chosen {
					continue
				}
				if ok, _ := fits(d); ok && top-score(d) < k.OpenGap && score(d) > bestScore {
					best, bestScore = i, score(d)
				}
			}
			if best >= 0 {
				a.runnerUp, a.gap, a.gathered = a.chosen, k.OpenGap, true
				a.chosen = best
			}
		}
	}
}

// openNear reports whether e's choice among its namesakes is open: another
// namesake more than Ranking.OpenKm away scores within Ranking.OpenGap of
// the chosen one (as openChoices later records it).
func (s *session) openNear(e *entity, pts []chosenPoint) bool {
	k := s.r.k
	if len(e.cands) < 2 || e.gathered {
		return false
	}
	score := func(c gazetteer.Place) float64 { return s.prior(e, c) + k.nearness(e, c.Point, pts) }
	top := score(e.cands[e.chosen])
	for i, c := range e.cands {
		if i != e.chosen && geo.Distance(c.Point, e.cands[e.chosen].Point) > k.OpenKm*1000 && top-score(c) < k.OpenGap {
			return true
		}
	}
	return false
}

// dropUnreconciled gives up the gazetteer entry of anchor a of x when no
// namesake of a lets x lie as far as the text says from a and from another
// anchor b at once, and b's entry ranks higher: "on the banks of the
// Ganges, 20 km downstream of Patna" is no town called Ganges in Canada,
// 11,000 km from Patna. The name stays, unresolved, with a note.
func (s *session) dropUnreconciled(x, a *entity, anchors []*entity, reach map[*entity]float64) {
	c := a.cands[a.chosen]
	for _, b := range anchors {
		if b == a || !b.hasGazetteer() {
			continue
		}
		d := b.cands[b.chosen]
		far := geo.Distance(c.Point, d.Point)
		if far <= reach[a]+reach[b] || s.prior(a, c) >= s.prior(b, d) {
			continue
		}
		a.note = fmt.Sprintf("the gazetteer knows %q only far from %s (%s in %s, %.0f km away), farther than the text puts %s from both",
			a.name, b.name, c.Name, c.Country, far/1000, x.name)
		a.chosen = -1
		return
	}
}

// nearNamedCountry reports whether p lies within Ranking.StrayKm of a land
// border of a country the document names: "Beyrouth" in a text that names
// only Syria is Beirut, some 30 km from the Syrian border. A country with
// no land border (an island) counts as near nothing.
func (s *session) nearNamedCountry(p orb.Point) bool {
	return s.nearDocumentBorderKm(p, s.r.k.StrayKm)
}

// nearDocumentBorder reports whether c lies within Ranking.NearBorderKm of
// a land border of a country the document names, remembering the answer
// per gazetteer place. The borders are read once per session, with the
// countries named when first asked.
func (s *session) nearDocumentBorder(c gazetteer.Place) bool {
	if v, ok := s.nearBorder[c.ID]; ok {
		return v
	}
	if s.nearBorder == nil {
		s.nearBorder = map[int64]bool{}
	}
	v := s.nearDocumentBorderKm(c.Point, s.r.k.NearBorderKm)
	s.nearBorder[c.ID] = v
	return v
}

// nearDocumentBorderKm reports whether p lies within km of a land border of
// a country the document names. The borders are read once per session,
// with the countries named when first asked, and a border whose bounding
// box is farther than km is skipped without measuring.
func (s *session) nearDocumentBorderKm(p orb.Point, km float64) bool {
	if !s.docBordersRead {
		s.docBordersRead = true
		for code := range s.docCountries {
			bs, err := s.r.db.Borders(s.ctx, code)
			if err != nil {
				continue
			}
			for _, b := range bs {
				s.docBorders = append(s.docBorders, borderBox{b.Line, b.Line.Bound()})
			}
		}
	}
	// A point of a border within km lies within dLat of p's latitude, where
	// a degree of longitude is shortest at the highest latitude reached.
	dLat := km / minKmPerDegLat
	dLon := dLat / math.Max(math.Cos(math.Min(math.Abs(p[1])+dLat, 90)*math.Pi/180), 0.05)
	for _, b := range s.docBorders {
		if p[0] < b.box.Min[0]-dLon || p[0] > b.box.Max[0]+dLon || p[1] < b.box.Min[1]-dLat || p[1] > b.box.Max[1]+dLat {
			continue
		}
		if d, _ := geo.DistanceToLine(p, b.line); d <= km*1000 {
			return true
		}
	}
	return false
}

// borderBox is a land border with its bounding box, to skip the borders
// far from a point before measuring.
type borderBox struct {
	line orb.MultiLineString
	box  orb.Bound
}

// openChoices records, for every name whose chosen namesake won by less
// than Ranking.OpenGap over one more than Ranking.OpenKm away, that
// runner-up: the choice stays open and the output says so.
func (s *session) openChoices() {
	k := s.r.k
	pts := s.chosenByLat()
	for _, e := range s.ents {
		if !e.hasGazetteer() || len(e.cands) < 2 || e.gathered {
			continue
		}
		score := func(c gazetteer.Place) float64 { return s.prior(e, c) + k.nearness(e, c.Point, pts) }
		best := score(e.cands[e.chosen])
		for i, c := range e.cands {
			if i == e.chosen || geo.Distance(c.Point, e.cands[e.chosen].Point) <= k.OpenKm*1000 {
				continue
			}
			if gap := best - score(c); gap < k.OpenGap && (e.runnerUp < 0 || gap < e.gap) {
				e.runnerUp, e.gap = i, gap
			}
		}
	}
}

// primaryMatch reports whether c's own name or ASCII name is one of e's
// names, rather than only one of its alternate names.
func primaryMatch(e *entity, c gazetteer.Place) bool {
	for _, n := range append([]string{e.name, e.short}, e.aliases...) {
		if n != "" && ownName(gazetteer.Fold(n), c) {
			return true
		}
	}
	return false
}

// bilingualName reports whether key, a folded name, is one half of name,
// a town's own name in two languages joined by a bare slash, as GeoNames
// writes "Biel/Bienne", "Murten/Morat" and "Bleiburg/Pliberk": both are
// the town's own. A slash between spaces joins a town and a quarter
// ("Affoltern / Oberdorf"), and neither half is then the other's name.
func bilingualName(key, name string) bool {
	a, b, ok := strings.Cut(name, "/")
	if !ok || strings.HasSuffix(a, " ") || strings.HasPrefix(b, " ") || strings.Contains(b, "/") {
		return false
	}
	return key == gazetteer.Fold(a) || key == gazetteer.Fold(b)
}

// romanised reports whether e's name is another romanisation of c's own
// name (gazetteer.SpelledAlike), found among c's alternate names:
// "Urgench" for Uzbekistan's "Urganch", "Samarkand" for "Samarqand". A
// person's name that a city lists as an alternate one is seldom also
// spelt like the city's own.
func romanised(e *entity, c gazetteer.Place) bool {
	return gazetteer.SpelledAlike(e.name, c.Name) || gazetteer.SpelledAlike(e.name, c.ASCIIName)
}

// ownName reports whether key, a folded name, is c's primary or ASCII name,
// also with the Arabic article added or dropped: "qamishli" is the own name
// of "Al Qāmishlī", not one of its alternate names.
func ownName(key string, c gazetteer.Place) bool {
	name, ascii := gazetteer.Fold(c.Name), gazetteer.Fold(c.ASCIIName)
	if key == name || key == ascii {
		return true
	}
	if bilingualName(key, c.Name) || bilingualName(key, c.ASCIIName) {
		return true
	}
	for _, f := range gazetteer.ArticleForms(key) {
		if f == name || f == ascii {
			return true
		}
	}
	for _, w := range townPrefixes {
		if rest, ok := strings.CutPrefix(name, w); ok && rest == key {
			return true
		}
	}
	return false
}

// townPrefixes are the folded words of a kind of town that GeoNames puts
// before the name of many of Vietnam's towns, which writers leave out:
// "Thị Trấn Đồng Văn" (township) is Đồng Văn, "Thị Xã Sa Pa" (town) and
// "Thành Phố Hà Giang" (city) are Sa Pa and Hà Giang. "Xã" (commune)
// names a rural commune, not the town, and is left out.
var townPrefixes = []string{"thi tran ", "thi xa ", "thanh pho "}

func bestBy(cs []gazetteer.Place, score func(gazetteer.Place) float64) int {
	best, bestScore := -1, math.Inf(-1)
	for i, c := range cs {
		if sc := score(c); sc > bestScore {
			best, bestScore = i, sc
		}
	}
	return best
}

// worldCityPop is the population from which a town is a world city
// that a flight's end names rather than a small namesake
// (worldCityMeant).
const worldCityPop = 1_000_000

// worldCityMeant reports whether e names where someone flew to or from
// (text.Mention.Flight) and a namesake of e is a world city: a capital
// GeoNames knows under at least Ranking.RenownNames names, or a town of
// at least worldCityPop people. A Texan who "flew to Paris" went to
// France, not to Paris, Texas, however near Sherman the latter lies;
// with no world city among the namesakes ("flew to Hamilton" in New
// Zealand) the document's countries still choose.
func (s *session) worldCityMeant(e *entity) bool {
	if !e.flight {
		return false
	}
	for _, c := range e.cands {
		if c.Class == "P" && (c.Population >= worldCityPop || (c.Code == "PPLC" || c.Code == "PPLG") && c.AltCount >= s.r.k.RenownNames) {
			return true
		}
	}
	return false
}

// prior scores a candidate on what it is and what the text says of its
// name, with the Resolver's Ranking.
func (s *session) prior(e *entity, c gazetteer.Place) float64 {
	own := ownName(e.key, c) || e.short != "" && ownName(gazetteer.Fold(e.short), c)
	if e.emigration || s.worldCityMeant(e) {
		// "He emigrated to Boston": abroad, so the document's own
		// countries and divisions, and their borders, say nothing of
		// which namesake is meant.
		return s.r.k.prior(c, own, e.inCountry != "" && c.Country == e.inCountry, inDivision(c, e.inAdmins) || inAdmin2(c, e.inAdmins2),
			false, false, false, false)
	}
	near := !s.docCountries[c.Country] && s.r.k.NearBorder != 0 && s.nearDocumentBorder(c)
	stated2 := inAdmin2(c, e.inAdmins2)
	sc := s.r.k.prior(c, own, e.inCountry != "" && c.Country == e.inCountry, inDivision(c, e.inAdmins) || stated2,
		inDivision(c, s.docDivisions), s.docCountries[c.Country], near, s.french && francophone[c.Country])
	if !stated2 && c.Admin2Code != "" && inAdmin2(c, s.docDivisions2) {
		sc += s.r.k.DocumentCounty
	}
	if s.r.k.SovereignCountry != 0 && !s.docCountries[c.Country] && s.sovereignNamed(c.Country) {
		sc += s.r.k.SovereignCountry
	}
	if s.r.k.Landlocked != 0 && s.offshoreObject(e) && s.landlockedCountry(c.Country) {
		sc -= s.r.k.Landlocked
	}
	if e.spelledIn(c.Country) {
		sc += s.r.k.ExactSpelling
	}
	if s.inCompany(e, c.Country) {
		sc += s.r.k.Company
	}
	if s.r.k.RoadCountry != 0 && s.roadStartsIn(e, c.Country) {
		sc += s.r.k.RoadCountry
	}
	return sc
}

// roadStartsIn reports whether a road the text leads to e starts from a
// town chosen in country cc (roadFrom, Ranking.RoadCountry).
func (s *session) roadStartsIn(e *entity, cc string) bool {
	for _, o := range s.roadFrom[e] {
		if got, ok := s.companyOf[o]; ok && got == cc {
			return true
		}
	}
	return false
}

// inCompany reports whether country cc holds at least two of the other
// places chosen so far (chosenByLat) and more than half of them
// (Ranking.Company).
func (s *session) inCompany(e *entity, cc string) bool {
	same, others := s.company[cc], len(s.companyOf)
	if own, ok := s.companyOf[e]; ok {
		others--
		if own == cc {
			same--
		}
	}
	return same >= 2 && 2*same > others
}

// spelledIn reports whether a namesake of e in country cc bears as its
// own name the text's spelling with its diacritics (exactSpelling). The
// spelling tells a country's namesakes from another's ("Mörön" is
// Mongolia's, not Cuba's Morón), not which of a country's namesakes is
// meant: Goz Béïda and Goz-Beida in Chad, Juchitán and Juchitán de
// Zaragoza in Mexico, are left to their other merits.
func (e *entity) spelledIn(cc string) bool {
	if e.spelt == nil {
		e.spelt = map[string]bool{}
		for _, c := range e.cands {
			if exactSpelling(e.name, c) {
				e.spelt[c.Country] = true
			}
		}
	}
	return e.spelt[cc]
}

// exactSpelling reports whether name, as the text writes it, holds a
// letter outside ASCII and is the namesake's own name but for case:
// "Mörön" for Mörön, Mongolia, and not for Morón, Cuba.
func exactSpelling(name string, c gazetteer.Place) bool {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return strings.EqualFold(norm.NFC.String(name), norm.NFC.String(c.Name))
		}
	}
	return false
}

// offshoreObject reports whether the text puts something at sea off e
// in so many words ("25 milles nautiques au large de Brest",
// text.Relation.SeaStated). A mishap on water alone ("son épave repose à 9
// km au nord de Dosso, sur le fleuve") may be on a river or a lake of a
// land with no coast.
func (s *session) offshoreObject(e *entity) bool {
	for _, ri := range e.objectOf {
		if rel := s.doc.Relations[ri]; rel.SeaStated && rel.Border == nil {
			return true
		}
	}
	return false
}

// landlockedCountry reports whether the country of alpha-2 code cc has no
// sea coast, as the gazetteer's coasts tell (false when it holds none).
func (s *session) landlockedCountry(cc string) bool {
	if cc == "" {
		return false
	}
	if v, ok := s.landlocked[cc]; ok {
		return v
	}
	v := false
	if cg, ok := s.r.db.(Coasts); ok {
		_, err := cg.Coast(s.ctx, cc)
		v = errors.Is(err, gazetteer.ErrNotFound)
	}
	if s.landlocked == nil {
		s.landlocked = map[string]bool{}
	}
	s.landlocked[cc] = v
	return v
}

// minKmPerDegLat is the shortest meridian degree on WGS84, at the equator:
// two points more than d/minKmPerDegLat degrees of latitude apart are more
// than d km apart.
const minKmPerDegLat = 110.574

// farCos returns the cosine of the angle at the centre of a sphere of the
// mean Earth radius (6,371 km) that spans km plus 1%: the ellipsoid's
// geodesics differ from that sphere's great circles by under 0.6%, so two
// points whose unit vectors have a dot product below farCos(km) are more
// than km apart.
func farCos(km float64) float64 { return math.Cos(km * 1.01 / 6371) }

// chosenPoint is the gazetteer position chosen for an entity, with its unit
// vector on the sphere for a quick first test of distance. For a
// first-level division the document names (e has no gazetteer place), it
// is the division's seat (namedDivisionSeat).
type chosenPoint struct {
	p orb.Point
	v [3]float64
	e *entity
}

func unitVector(p orb.Point) [3]float64 {
	lon, lat := p[0]*math.Pi/180, p[1]*math.Pi/180
	return [3]float64{math.Cos(lat) * math.Cos(lon), math.Cos(lat) * math.Sin(lon), math.Sin(lat)}
}

// chosenByLat returns the chosen gazetteer positions of the entities,
// ordered by latitude, for nearness, with the seats of the first-level
// divisions the document names that no other country's division shares
// a name with (namedDivisionSeat). Divisions count in no country's
// company (Ranking.Company): the document's divisions weigh through
// DocumentDivision already.
func (s *session) chosenByLat() []chosenPoint {
	var out []chosenPoint
	s.company = map[string]int{}
	s.companyOf = map[*entity]string{}
	for _, o := range s.ents {
		if o.hasGazetteer() {
			p := o.cands[o.chosen].Point
			out = append(out, chosenPoint{p, unitVector(p), o})
			cc := o.cands[o.chosen].Country
			s.company[cc]++
			s.companyOf[o] = cc
		} else if p, ok := namedDivisionSeat(o); ok && !s.holdsChosenTown(o) {
			out = append(out, chosenPoint{p, unitVector(p), o})
		}
	}
	slices.SortFunc(out, func(a, b chosenPoint) int { return cmp.Compare(a.p[1], b.p[1]) })
	return out
}

// nearness scores a position by how close it lies to the other places the
// document names (pts, from chosenByLat): k.Near for each within k.NearKm,
// k.Far for each within k.FarKm, measured geodesically. Points outside the
// band of latitude, or whose unit vectors show them too far apart, are not
// measured: for a document naming hundreds of places worldwide this is
// most of them.
func (k Ranking) nearness(self *entity, p orb.Point, pts []chosenPoint) float64 {
	band := k.FarKm / minKmPerDegLat
	i, _ := slices.BinarySearchFunc(pts, p[1]-band, func(c chosenPoint, lat float64) int { return cmp.Compare(c.p[1], lat) })
	v := unitVector(p)
	cosFar := farCos(k.FarKm)
	sc := 0.0
	for ; i < len(pts) && pts[i].p[1] <= p[1]+band; i++ {
		w := pts[i].v
		if pts[i].e == self || v[0]*w[0]+v[1]*w[1]+v[2]*w[2] < cosFar {
			continue
		}
		// A division's seat (namedDivisionSeat) stands for a whole
		// division: within CloseKm of it is no neighbour of it.
		seat := !pts[i].e.hasGazetteer() && pts[i].e.admin1 != nil
		switch d := geo.Distance(p, pts[i].p) / 1000; {
		case d < k.CloseKm && !seat:
			sc += k.Near + k.Close
		case d < k.NearKm:
			sc += k.Near
		case d < k.FarKm:
			sc += k.Far
		}
	}
	return sc
}

// namedDivisionSeat returns the seat of e when e is a first-level
// division and no town, and every division of its name lies in one
// country ("a letter from Margarethe in Asunción": Paraguay's capital
// district), or, for a division with no seat, the point the gazetteer
// gives it; ok is false otherwise. A town named beside it is that
// division's neighbour: "Filadelfia ... Asunción" is the Chaco's
// Filadelfia, not Philadelphia. A division named in two countries
// ("Punjab") tells nothing until chosen, and is left out.
func namedDivisionSeat(e *entity) (orb.Point, bool) {
	if e.admin1 == nil || e.admin2 != nil || e.hasGazetteer() || !oneCountry(e.admins) {
		return orb.Point{}, false
	}
	switch a := e.admin1; {
	case a.Seat != nil:
		return a.Seat.Point, true
	case a.Point != nil:
		return *a.Point, true
	}
	return orb.Point{}, false
}

// holdsChosenTown reports whether the text puts a place with a chosen
// gazetteer entry in e ("Valladolid, Yucatán"): that place stands for
// the division among the points nearness measures, and the division's
// seat would count it twice.
func (s *session) holdsChosenTown(e *entity) bool {
	for _, ri := range e.objectOf {
		rel := s.doc.Relations[ri]
		if sub := s.entityAt(rel.Subject); rel.Kind == text.KindIn && sub != nil && sub != e && sub.hasGazetteer() {
			return true
		}
	}
	return false
}

// settlementWords are the words a text adds after a town's name that the
// gazetteer does not hold: "Gaza City" is Gaza, "Baicheng City" Baicheng,
// « Djibouti-ville » Djibouti.
var settlementWords = []string{"city", "town", "township", "village", "ville"}

// withoutSettlementWord returns name without a trailing word of
// settlementWords, after a space or, in lower case, a hyphen («
// Djibouti-ville », « Koweït-ville »: the city named as its country is),
// and whether there was one with a name left before it. It is tried
// only when no place bears the whole name as its own, so "Mexico City"
// and "Kansas City" keep their own entries.
func withoutSettlementWord(name string) (string, bool) {
	name = strings.TrimSpace(name)
	i := strings.LastIndexAny(name, " -")
	if i <= 0 {
		return "", false
	}
	last := name[i+1:]
	if name[i] == '-' && last != strings.ToLower(last) {
		return "", false // "Sainte-Marie-Ville" is a name of its own
	}
	for _, w := range settlementWords {
		if strings.ToLower(last) == w {
			return strings.TrimSpace(name[:i]), true
		}
	}
	return "", false
}

// settleSharedCountryNames gives a country name that several countries
// bear (gazetteer.SharedCountryName: "Congo", "Korea") the country where
// the document's other places are: "Goma, Congo" is the Democratic
// Republic of the Congo. Each other place with namesakes in those
// countries votes for the country of its most populous one there (Kaesong
// the North Korean city, not a hamlet of that name in the South); the
// country the gazetteer names first stays unless another has more votes.
// The choice holds for every later use of the name in the session.
func (s *session) settleSharedCountryNames() error {
	for _, e := range s.ents {
		if e.country == nil {
			continue
		}
		codes := gazetteer.SharedCountryName(e.name)
		if len(codes) < 2 {
			continue
		}
		votes := map[string]int{}
		for _, o := range s.ents {
			if o == e || o.country != nil {
				continue
			}
			in, pop := "", int64(-1)
			for _, c := range o.cands {
				if slices.Contains(codes, c.Country) && c.Population > pop {
					in, pop = c.Country, c.Population
				}
			}
			if in != "" {
				votes[in]++
			}
		}
		best := e.country.Code
		for _, code := range codes {
			if votes[code] > votes[best] {
				best = code
			}
		}
		if best == e.country.Code {
			continue
		}
		c, err := s.r.db.Country(s.ctx, best)
		if err != nil {
			return err
		}
		delete(s.docCountries, e.country.Code)
		for _, o := range s.ents {
			if o != e && o.country != nil && o.country.Code == e.country.Code {
				s.docCountries[o.country.Code] = true
			}
		}
		e.country = &c
		s.docCountries[c.Code] = true
		if s.countries == nil {
			s.countries = map[string]countryAnswer{}
		}
		s.countries[e.name] = countryAnswer{c, nil}
	}
	return nil
}

// farContainerSlackKm is how far, with 15% of the stated distance, a
// unit's point may lie from where a distance from an anchor puts the place
// it holds and still hold it (dropFarContainers): a commune or a ward
// spans a few kilometres, not tens.
const farContainerSlackKm = 20

// isSmallUnitKind reports whether the kind a text gives a name is a unit
// of the lowest levels, a few villages at most, that holds another place:
// a commune, a ward, a barangay, a kebele.
func isSmallUnitKind(feature string) bool {
	if i := strings.LastIndexByte(feature, ' '); i >= 0 {
		feature = feature[i+1:] // "rural commune"
	}
	switch feature {
	case "commune", "ward", "parish", "barangay", "kebele", "subdistrict", "sub-county", "subcounty",
		"hromada", "village", "hamlet", "fokontany", "union":
		return true
	}
	return false
}

// statedDivisionSlackKm is how far outside the hull of the first-level
// division the text puts a name in ("Juazeiro, Bahia") its chosen
// namesake may lie and still be the place meant: hulls are coarse, and a
// town on a division's edge may be coded in the next one.
const statedDivisionSlackKm = 50

// dropOutsideStatedDivision gives up the namesake chosen for a name the
// text puts in a first-level division ("Juazeiro, Bahia") when it lies in
// none of those divisions, in another division the gazetteer knows, and
// more than statedDivisionSlackKm outside all their hulls: the
// gazetteer's only Juazeiro is Juazeiro do Norte, in Ceará, 207 km
// outside Bahia, and the town meant is one it lacks. The name is then
// unplaced, with a note, rather than placed with its containment flagged.
// A division without a hull judges nothing. When the gazetteer does hold
// namesakes in those divisions, which nearness to the other places
// passed over ("Paris, Texas ... Portland, Maine" chose Paris, Maine,
// 2,359 km outside Texas), the name keeps only those and takes the best
// of them by prior.
func (s *session) dropOutsideStatedDivision() {
	for _, e := range s.ents {
		if !e.hasGazetteer() || len(e.inAdmins) == 0 {
			continue
		}
		c := e.cands[e.chosen]
		if inDivision(c, e.inAdmins) || c.Admin1 == "" {
			// A place whose division the gazetteer does not know by its
			// code (Pleiku, coded for Gia Lai before the provinces
			// merged) is judged by no hull.
			continue
		}
		area, names := divisionHulls(e.inAdmins)
		if len(area) == 0 {
			continue
		}
		if d, _ := geo.DistanceToArea(c.Point, area); d > statedDivisionSlackKm*1000 {
			if kept := slices.DeleteFunc(slices.Clone(e.cands), func(p gazetteer.Place) bool { return !inDivision(p, e.inAdmins) }); len(kept) > 0 {
				// "Paris, Texas ... Portland, Maine": nearness to the
				// other places chose Paris, Maine, but the text puts the
				// town in Texas, where the gazetteer holds a namesake.
				e.cands = kept
				e.chosen = bestBy(kept, func(p gazetteer.Place) float64 { return s.prior(e, p) })
				continue
			}
			e.note = fmt.Sprintf("the gazetteer's %s (%s) lies %.0f km outside %s, where the text puts it", c.Name, c.Country, d/1000, strings.Join(names, " or "))
			e.chosen = -1
		}
	}
}

// statedTownKm is how far from the town the text puts it in a small
// place's chosen namesake may lie and still be the place meant
// (dropOutsideStatedTown): a commune's lieux-dits lie within a few km of
// its seat, a parish's townlands within a few miles of its village.
const statedTownKm = 30

// dropOutsideStatedTown gives up the namesake chosen for a small place (of
// fewer than strayHamletPop people) that the text puts in a town (« au
// lieu-dit La Croix-Blanche, dans la commune de Loudéac », « X, à
// Loudéac ») when it lies more than statedTownKm from that town: the
// gazetteer's La Croix-Blanche, 500 km away in Lot-et-Garonne, is another
// lieu-dit, and the one meant is in Loudéac, where the containment places
// it. A namesake of the place within statedTownKm of the town is kept
// instead when the gazetteer holds one.
func (s *session) dropOutsideStatedTown() {
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn {
			continue
		}
		e, o := s.entityAt(rel.Subject), s.entityAt(rel.Object)
		if e == nil || o == nil || e == o || !e.hasGazetteer() || !o.hasGazetteer() || o.admin1 != nil || o.country != nil {
			continue
		}
		c, town := e.cands[e.chosen], o.cands[o.chosen]
		if town.Class != "P" || c.Population >= strayHamletPop || geo.Distance(c.Point, town.Point) <= statedTownKm*1000 || s.inSeatProvince(o, town, c) {
			continue
		}
		near := func(p gazetteer.Place) bool { return geo.Distance(p.Point, town.Point) <= statedTownKm*1000 }
		if kept := slices.DeleteFunc(slices.Clone(e.cands), func(p gazetteer.Place) bool { return !near(p) }); len(kept) > 0 {
			e.cands = kept
			e.chosen = bestBy(kept, func(p gazetteer.Place) float64 { return s.prior(e, p) })
			continue
		}
		e.note = fmt.Sprintf("the gazetteer's %s (%s) lies %.0f km from %s, where the text puts it", c.Name, c.Country, geo.Distance(c.Point, town.Point)/1000, town.Name)
		e.chosen = -1
	}
}

// provinceKinds are the kinds of first-level division a text gives the
// name of a province's seat when it means the province (« Đồng Văn, Hà
// Giang province »).
var provinceKinds = []string{"province", "region", "state", "governorate", "oblast", "wilaya"}

// inSeatProvince reports whether c, a namesake of a place the text puts
// in o, lies in the province o names though the gazetteer knows o only as
// town, the province's seat: the text calls o a province (provinceKinds),
// town is a seat (PPLA), and c carries town's first-level code or lies
// within Vagueness.InDivisionKm of it. Vietnam's towns carry the codes
// of provinces merged since, which the gazetteer's list of divisions
// lacks: "Hà Giang province" is found only as its seat, 63 km from Đồng
// Văn, and both carry code 50.
func (s *session) inSeatProvince(o *entity, town, c gazetteer.Place) bool {
	if !slices.Contains(provinceKinds, o.feature) || town.Code != "PPLA" || c.Country != town.Country {
		return false
	}
	return c.Admin1Code != "" && c.Admin1Code == town.Admin1Code || geo.Distance(c.Point, town.Point) <= s.r.v.InDivisionKm*1000
}

// divisionHulls returns the hulls of the divisions as, as one area, and
// the names of those that have one; a division without a hull (fewer than
// three places, or across the antimeridian) adds neither.
func divisionHulls(as []gazetteer.Admin1) (orb.MultiPolygon, []string) {
	var area orb.MultiPolygon
	var names []string
	for _, a := range as {
		if len(a.Hull) > 0 {
			area = append(area, a.Hull)
			names = append(names, a.Name)
		}
	}
	return area, names
}

// dropFarContainers gives up the gazetteer point chosen for a name the
// text calls a unit of the lowest levels (isSmallUnitKind) and only says
// holds places the gazetteer lacks, when every such place is measured
// from a gazetteer place and the point lies more than farContainerSlackKm
// and 15% of the distance from where each distance (and its direction)
// puts it: "Ấp X, a
// hamlet of Tân Hòa commune, 28 km west of Long Xuyên" is in no Tân Hòa
// 150 km east of Long Xuyên, but in one the gazetteer lacks. The unit is
// then unplaced, and the distance alone places what it holds.
func (s *session) dropFarContainers() {
	for _, e := range s.ents {
		if !e.hasGazetteer() || len(e.objectOf) == 0 || e.admin1 != nil || e.admin2 != nil || !isSmallUnitKind(e.feature) {
			continue
		}
		c := e.cands[e.chosen]
		far, judged := true, false
		for _, i := range e.objectOf {
			rel := s.doc.Relations[i]
			sub := s.entityAt(rel.Subject)
			if rel.Kind != text.KindIn || sub == nil || sub.hasGazetteer() {
				far = false
				break
			}
			for _, j := range sub.subjectOf {
				d := s.doc.Relations[j]
				o := s.entityAt(d.Object)
				if d.Kind != text.KindDistance || d.MaxKm <= 0 || o == nil || !o.hasGazetteer() {
					continue
				}
				judged = true
				a := o.cands[o.chosen].Point
				slack := farContainerSlackKm + 0.15*d.MaxKm
				off := math.Abs(geo.Distance(c.Point, a)/1000 - (d.MinKm+d.MaxKm)/2)
				if d.Points > 0 && !d.Reversed {
					// "35 km north of Nan": from the point the distance
					// and its direction give.
					off = geo.Distance(c.Point, geo.Destination(a, d.Azimuth, (d.MinKm+d.MaxKm)/2*1000)) / 1000
				}
				if off <= slack {
					far = false
				}
			}
		}
		for _, i := range e.subjectOf {
			if s.doc.Relations[i].Kind != text.KindIn {
				far = false
			}
		}
		if far && judged {
			e.note = fmt.Sprintf("the gazetteer's %s (%s) lies far from where the text places what it holds", c.Name, c.Country)
			e.chosen = -1
		}
	}
}

// dropFarSeatTowns gives up the gazetteer town of fewer than cityPop
// people, in none of the countries the document names, chosen for the
// name a gazetteer place is said to be the capital or seat of, when it
// lies more than Ranking.StrayKm from that place: "Kirkwall, the capital
// of Orkney" names the islands the gazetteer lacks, not Orkney in South
// Africa, 9,900 km away. A capital lies in what it is the capital of.
func (s *session) dropFarSeatTowns() {
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn || !rel.Seat {
			continue
		}
		sub, o := s.entityAt(rel.Subject), s.entityAt(rel.Object)
		if sub == nil || o == nil || sub == o || !sub.hasGazetteer() || !o.hasGazetteer() || o.admin1 != nil || o.admin2 != nil || o.country != nil {
			continue
		}
		c := o.cands[o.chosen]
		if c.Population >= cityPop || s.docCountries[c.Country] {
			continue
		}
		if geo.Distance(sub.cands[sub.chosen].Point, c.Point) > s.r.k.StrayKm*1000 {
			o.note = fmt.Sprintf("the gazetteer's %s (%s) lies far from %s, which the text calls its capital", c.Name, c.Country, sub.name)
			o.chosen = -1
		}
	}
}

// namesakeAtHome reports whether the places the gazetteer already knows
// in the document all lie outside the country cc and the name of e is
// also a town's in one of their countries: "310 people fled Bali for a
// site 12 km west of Bamenda" is about Cameroon, and Bali there
// Cameroon's town, no province of Indonesia. "The caravans of Tombouctou"
// in a text on Morocco stay Mali's, for Morocco has no Tombouctou.
func (s *session) namesakeAtHome(e *entity, cc string) (bool, error) {
	placed := map[string]bool{}
	for _, o := range s.ents {
		for _, c := range o.cands {
			if c.Country == cc {
				return false, nil
			}
			placed[c.Country] = true
		}
	}
	if len(placed) == 0 {
		return false, nil
	}
	cs, err := s.r.db.Named(s.ctx, e.name)
	if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
		return false, err
	}
	return slices.ContainsFunc(cs, func(c gazetteer.Place) bool {
		return c.Class == "P" && placed[c.Country] && primaryMatch(e, c)
	}), nil
}
