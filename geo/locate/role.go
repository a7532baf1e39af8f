package locate

import (
	"errors"
	"fmt"
	"strings"

	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/text"
)

// Places named only by their role (text.Mention.Role): "the provincial
// capital", "the county seat", "the city centre", "la capitale". Such a
// place is the seat of a container the document names: the national
// capital of its country, the seat of its division of the kind the role
// names, or the town itself for a town's centre. resolveRoles finds that
// container among the places already chosen and gives the role the
// gazetteer's seat as its one candidate, under the seat's own name; when
// the document names no such container, or the gazetteer records no seat
// for it, the role stays unresolved with a note that says which.

// roleTownKinds are the features that make a named place the town a
// town's centre belongs to ("the municipality of Maastricht", "the city
// of Kraków", "la commune d'Arles").
var roleTownKinds = map[string]bool{"municipality": true, "city": true, "town": true, "commune": true}

// roleDivisionLevels says, for a role's container kind, which levels of
// division the text may name without the kind word and still be taken
// for that container ("a village in Kedah ... the state capital"): 1 for
// first-level, 2 for second-level divisions. A kind not listed is taken
// only from a place the text calls so.
var roleDivisionLevels = map[string][2]bool{
	"state":       {true, false},
	"province":    {true, true},
	"region":      {true, true},
	"department":  {true, true},
	"district":    {false, true},
	"county":      {false, true},
	"cercle":      {false, true},
	"governorate": {true, false},
	"wilaya":      {true, false},
	"division":    {true, true},
}

// resolveRoles gives every place named by its role the gazetteer place of
// its seat, after the containers have been chosen.
func (s *session) resolveRoles() error {
	for _, e := range append([]*entity(nil), s.ents...) {
		if e.role == "" {
			continue
		}
		c := s.roleContainer(e)
		if e.roleCountry != "" {
			// "the Malian capital": the country of the adjective.
			c = nil
			if k, err := s.country(e.roleCountry); err == nil {
				c = &entity{name: k.Name, country: &k}
			}
		}
		if c == nil {
			e.note = fmt.Sprintf("named only by its role (%q): the text names no %s whose %s it is", e.name, roleKindWord(e.role), roleSeatWord(e.role))
			continue
		}
		seat, err := s.seatOf(c, e.role)
		if err != nil {
			return err
		}
		if seat == nil {
			e.note = fmt.Sprintf("named only by its role (%q), the %s of %s: the gazetteer records none", e.name, roleSeatWord(e.role), c.name)
			continue
		}
		phrase := e.name
		e.cands, e.chosen, e.name, e.nameless = []gazetteer.Place{*seat}, 0, seat.Name, false
		e.note = fmt.Sprintf("named only by its role (%q): the %s of %s", phrase, roleSeatWord(e.role), c.name)
		for _, o := range s.ents {
			if o != e && o.role == "" && o.hasGazetteer() && o.cands[o.chosen].ID == seat.ID {
				// "the regional capital ... Kayes": the text names the
				// seat too; the role is one more mention of it.
				s.merge(o, e)
				o.aliases = o.aliases[:len(o.aliases)-1]
				break
			}
		}
	}
	return nil
}

// roleKindWord is how a note names the container kind of a role.
func roleKindWord(kind string) string {
	switch kind {
	case "division":
		return "division"
	case "town":
		return "town or municipality"
	}
	return kind
}

// roleSeatWord is how a note names what a role is of its container.
func roleSeatWord(kind string) string {
	switch kind {
	case "country":
		return "capital"
	case "town":
		return "centre"
	}
	return "seat"
}

// roleContainer returns the place whose seat the role e names: of the
// places the text calls by the role's kind ("Nong Khai Province", "the
// municipality of Maastricht"), the nearest before the role (else after
// it); failing that, the nearest country for a national capital (else
// the one country of every place the document names), division
// of a level the kind allows (roleDivisionLevels), or, for a town's
// centre, town the text puts a place in or by ("a suburb of Bolton"),
// else the last town named before it. Nil when the text names none.
func (s *session) roleContainer(e *entity) *entity {
	at := e.first
	var best, bestAfter *entity
	bestPos, afterPos := -1, -1
	consider := func(ok func(c *entity) bool) *entity {
		best, bestAfter, bestPos, afterPos = nil, nil, -1, -1
		for _, c := range s.ents {
			if c == e || c.role != "" || c.nameless || !ok(c) {
				continue
			}
			for _, m := range c.mentions {
				switch {
				case m.Start < at && m.Start > bestPos:
					best, bestPos = c, m.Start
				case m.Start > at && (afterPos < 0 || m.Start < afterPos):
					bestAfter, afterPos = c, m.Start
				}
			}
		}
		if best != nil {
			return best
		}
		return bestAfter
	}
	kind := e.role
	if kind == "country" {
		if c := consider(func(c *entity) bool { return c.country != nil && c.part == "" }); c != nil {
			return c
		}
		return s.onlyCountry()
	}
	named := func(c *entity) bool {
		h := c.feature
		if i := strings.LastIndexByte(h, ' '); i >= 0 {
			h = h[i+1:]
		}
		if kind == "town" {
			return roleTownKinds[h] && (c.hasGazetteer() || c.admin1 != nil || c.admin2 != nil)
		}
		if h != kind && !(kind == "division" && h != "" && roleDivisionLevels[h] != [2]bool{}) {
			return false
		}
		return c.admin1 != nil || c.admin2 != nil || (c.hasGazetteer() && c.cands[c.chosen].Class == "P") || kindStem(c.name, kind) != ""
	}
	if c := consider(named); c != nil {
		return c
	}
	if kind == "town" {
		if c := consider(func(c *entity) bool {
			if !c.hasGazetteer() || c.cands[c.chosen].Class != "P" {
				return false
			}
			for _, ri := range c.objectOf {
				if k := s.doc.Relations[ri].Kind; k == text.KindIn || k == text.KindNear {
					return true
				}
			}
			return false
		}); c != nil {
			return c
		}
		// « Un feu s'est déclaré à Martigues, au lieu-dit X, à 4 km au
		// sud du centre-ville »: the last town named before the role.
		consider(func(c *entity) bool { return c.hasGazetteer() && c.cands[c.chosen].Class == "P" })
		return best
	}
	lv, ok := roleDivisionLevels[kind]
	if !ok {
		return nil
	}
	if c := consider(func(c *entity) bool {
		switch {
		case c.admin2 != nil:
			return lv[1]
		case c.admin1 != nil:
			return lv[0]
		}
		return false
	}); c != nil {
		return c
	}
	return s.onlySeatTown(e, lv)
}

// onlySeatTown returns the one town the document names that the gazetteer
// records as the seat of a division of a level lv allows (PPLA for the
// first level, PPLA2 for the second), when the text names no division of
// the role's kind: "Health officials in Tamale … 15 km north-west of the
// regional capital" is Tamale, a regional seat, and not a guess. Nil when
// the text names no such town, or more than one, or the role is a
// country's.
func (s *session) onlySeatTown(e *entity, lv [2]bool) *entity {
	var only *entity
	for _, c := range s.ents {
		if c == e || c.role != "" || c.nameless || !c.hasGazetteer() {
			continue
		}
		p := c.cands[c.chosen]
		if p.Class != "P" || !(lv[0] && p.Code == "PPLA" || lv[1] && p.Code == "PPLA2") {
			continue
		}
		if only != nil && only.cands[only.chosen].ID != p.ID {
			return nil
		}
		only = c
	}
	return only
}

// onlyCountry returns the country every place the document names from
// the gazetteer lies in, when there is one and the text names no country:
// "ANTANANARIVO — ... 10 km east of the capital" is Madagascar's capital.
// Nil when the places lie in several countries or there are none.
func (s *session) onlyCountry() *entity {
	code := ""
	for _, c := range s.ents {
		if c.role != "" || c.nameless || !c.hasGazetteer() {
			continue
		}
		switch k := c.cands[c.chosen].Country; {
		case k == "":
		case code == "":
			code = k
		case k != code:
			return nil
		}
	}
	if code == "" {
		return nil
	}
	k, err := s.country(code)
	if err != nil {
		return nil
	}
	return &entity{name: k.Name, country: &k}
}

// seatOf returns the gazetteer place of the seat of c for a role of kind:
// a country's capital, a division's seat, a town itself; nil when the
// gazetteer records none.
func (s *session) seatOf(c *entity, kind string) (*gazetteer.Place, error) {
	switch {
	case c.country != nil:
		p, err := s.r.db.Capital(s.ctx, c.country.Code)
		if err != nil {
			if errors.Is(err, gazetteer.ErrNotFound) {
				return nil, nil
			}
			return nil, err
		}
		return &p, nil
	case c.admin2 != nil:
		return c.admin2.Seat, nil
	case c.admin1 != nil:
		return c.admin1.Seat, nil
	case c.hasGazetteer() && c.cands[c.chosen].Class == "P":
		p := c.cands[c.chosen]
		return &p, nil
	case !c.hasGazetteer() && kindStem(c.name, kind) != "":
		return s.stemTown(kindStem(c.name, kind))
	}
	return nil, nil
}

// kindStem returns the name a division bears before its kind word when
// the gazetteer knows no such division ("Sarishabari Upazila", "Talagang
// Tehsil" give "Sarishabari", "Talagang"; "Satkhira Sadar Upazila" gives
// "Satkhira"), and "" when name does not end
// in the kind word or has nothing before it.
func kindStem(name, kind string) string {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || kind == "" || !strings.EqualFold(name[i+1:], kind) {
		return ""
	}
	stem := strings.TrimSpace(name[:i])
	if j := strings.LastIndexByte(stem, ' '); j > 0 && strings.EqualFold(stem[j+1:], "sadar") {
		// "Satkhira Sadar Upazila": the sadar (headquarters) sub-district
		// of a district is named after the district's town.
		stem = stem[:j]
	}
	return stem
}

// stemTown returns the most populous settlement the gazetteer names name
// in a country of the places the document names (its towns, countries
// and divisions): a South Asian tehsil,
// taluk, mandal or upazila the gazetteer does not hold has its seat in
// the town whose name it bears ("8 km west of the upazila headquarters"
// after "Sarishabari Upazila" is 8 km west of Sarishabari). Nil when there
// is none.
func (s *session) stemTown(name string) (*gazetteer.Place, error) {
	countries := map[string]bool{}
	for _, o := range s.ents {
		switch {
		case o.country != nil:
			countries[o.country.Code] = true
		case o.hasGazetteer():
			countries[o.cands[o.chosen].Country] = true
		case o.admin2 != nil:
			countries[o.admin2.Country] = true // "of Doda district"
		case o.admin1 != nil:
			countries[o.admin1.Country] = true // "Jammu and Kashmir"
		}
	}
	cs, err := s.r.db.Named(s.ctx, name)
	if err != nil {
		if errors.Is(err, gazetteer.ErrNotFound) {
			return nil, nil
		}
		return nil, err
	}
	var best *gazetteer.Place
	for i, c := range cs {
		if c.Class != "P" || !countries[c.Country] || !ownName(gazetteer.Fold(name), c) {
			continue
		}
		if best == nil || c.Population > best.Population {
			best = &cs[i]
		}
	}
	return best, nil
}

// seatNamedKinds are the South Asian sub-districts that bear the name of
// their seat town and that the gazetteer does not hold: a tehsil, taluk,
// taluka, mandal or upazila.
var seatNamedKinds = map[string]bool{"tehsil": true, "taluk": true, "taluka": true, "mandal": true, "upazila": true}

// seatNamedDivisions draws a sub-district of seatNamedKinds that the
// gazetteer found nothing for at the town whose name it bears, in a
// country of the places the document names (stemTown): "Teknaf Upazila"
// is drawn at Teknaf, "Bhadarwah Tehsil" at Bhadarwah, as "Kasese
// District" is drawn at the district's seat. It stays a place of its own,
// apart from the town the text may also name; a name the text gives no
// such kind, or whose stem names no town there, is left as it was.
func (s *session) seatNamedDivisions() error {
	for _, e := range s.ents {
		if !seatNamedKinds[e.feature] || len(e.cands) > 0 || e.admin1 != nil || e.admin2 != nil ||
			e.country != nil || e.role != "" || e.nameless || e.actor {
			continue
		}
		stem := kindStem(e.name, e.feature)
		if stem == "" {
			continue
		}
		town, err := s.stemTown(stem)
		if err != nil {
			return err
		}
		if town == nil {
			continue
		}
		e.cands, e.chosen = []gazetteer.Place{*town}, 0
		e.note = fmt.Sprintf("a %s the gazetteer does not hold, drawn at %s, the town whose name it bears", e.feature, town.Name)
	}
	return nil
}
