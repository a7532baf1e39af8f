package locate

import (
	"errors"
	"slices"
	"strings"

	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/text"
)

// divisionsOfDocCountries makes each name the text gives a division's kind
// the division of that name in a country the document names, when the
// gazetteer found it no division there: « la région du Nord » in a text on
// Cameroon is its North Region, not Burkina Faso's Nord; "Xieng Khouang
// province" in a text on Laos is GeoNames' Xiangkhoang, found by its
// consonants only within a country (gazetteer.Admin1); « la Province
// Nord » of New Caledonia its North Province. A division of a document's
// country already found, or one the text puts in a country, is kept.
func (s *session) divisionsOfDocCountries() error {
	codes := make([]string, 0, len(s.docCountries))
	for c := range s.docCountries {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, e := range s.ents {
		if len(codes) == 0 && e.admin1 != nil && gazetteer.FrenchCompassName(e.name) {
			if err := s.compassDivisionOfTowns(e); err != nil {
				return err
			}
			continue
		}
		if e.nameless || e.role != "" || e.actor || e.country != nil || e.admin2 != nil {
			continue
		}
		in := codes
		if e.inCountry != "" {
			in = []string{e.inCountry} // "Xieng Khouang province, Laos"
		}
		if s.bareUnfound(e) {
			if err := s.spelledDivision(e, in); err != nil {
				return err
			}
			continue
		}
		if e.admin1 == nil && (!isAdminKind(e.feature) && !kindLeads(e.name) || len(e.cands) > 0 || s.holdsMeasured(e)) {
			// "the Kidal region" of a town the gazetteer knows;
			// "the Texas Department of Public Safety", a division by its
			// name alone, which the lookup gave up.
			continue
		}
		if e.admin1 != nil && !isAdminName(e.name, e.feature) && !kindLeads(e.name) {
			continue
		}
		if slices.ContainsFunc(e.admins, func(a gazetteer.Admin1) bool { return slices.Contains(in, a.Country) }) {
			continue
		}
		found, err := s.admin1In(e.name, in)
		if err != nil {
			return err
		}
		if len(found) == 0 {
			continue
		}
		a := found[0]
		e.admin1, e.admins = &a, found
	}
	return nil
}

// bareUnfound reports whether e is a name the text gives as a place's
// (after a preposition: "we drove across Xieng Khouang"), with no kind,
// that the gazetteer holds as no town and no division, and of which the
// text states nothing that would locate an unrecorded place.
func (s *session) bareUnfound(e *entity) bool {
	return e.admin1 == nil && len(e.cands) == 0 && e.feature == "" && e.placeish() &&
		len(e.subjectOf) == 0 && !e.knownCity && !kindLeads(e.name) && !isAdminName(e.name, "")
}

// spelledDivision makes e, a bare name no lookup found (bareUnfound), the
// one first-level division so named in a country of in, or, when in is
// empty, of the countries the document's towns imply
// (impliedCountries): within a country the gazetteer finds a division
// spelled otherwise by its consonants ("Xieng Khouang" is GeoNames'
// Xiangkhoang), which it cannot among the divisions of the world.
func (s *session) spelledDivision(e *entity, in []string) error {
	if len(in) == 0 {
		for c := range s.impliedCountries() {
			in = append(in, c)
		}
		slices.Sort(in)
	}
	found, err := s.admin1In(e.name, in)
	if err != nil || len(found) != 1 {
		return err
	}
	e.admin1, e.admins = &found[0], found
	return nil
}

// admin1In returns the first-level divisions called name in the countries
// in (ISO codes), in their order; none is no error.
func (s *session) admin1In(name string, in []string) ([]gazetteer.Admin1, error) {
	var found []gazetteer.Admin1
	for _, c := range in {
		as, err := s.r.db.Admin1(s.ctx, name, c)
		if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
			return nil, err
		}
		found = append(found, as...)
	}
	return found, nil
}

// compassDivisionOfTowns makes e, a division named by French compass
// words in a text that names no country, the division so named in the
// country of the towns the text names (« à 25 km au nord de Kumbo, dans
// la région du Nord-Ouest » is Cameroon's North-West, not Haïti's
// Nord-Ouest), and gives it up when none of their countries has one: the
// name alone says no country.
func (s *session) compassDivisionOfTowns(e *entity) error {
	var in []string
	for _, o := range s.ents {
		if o == e || o.admin1 != nil {
			continue
		}
		for _, c := range o.cands {
			if strings.HasPrefix(c.Code, "PPL") && !slices.Contains(in, c.Country) {
				in = append(in, c.Country)
			}
		}
	}
	if slices.ContainsFunc(e.admins, func(a gazetteer.Admin1) bool { return slices.Contains(in, a.Country) }) {
		return nil
	}
	found, err := s.admin1In(e.name, in)
	if err != nil {
		return err
	}
	if len(found) != 1 {
		e.admin1, e.admins = nil, nil
		e.note = "a division named by compass words alone, in no country the text names or holds its towns in"
		e.compassOpen = true
		return nil
	}
	e.admin1, e.admins = &found[0], found
	return nil
}

// divisionsOfDocTowns asks again, once the towns the text names only in
// passing are found (lookupKnownCities, lookupListSiblings,
// lookupNearbyNames), which division two kinds of names are: a division
// named by compass words that compassDivisionOfTowns left open (« une
// épidémie frappe la province de l'Est, notamment Chipata et Petauke »
// is Zambia's Eastern Province), and a bare name that the gazetteer
// knows as divisions of several countries, or as towns abroad only, when
// one of those divisions lies in a country the document's other places
// are in, and only in one (« au cœur de l'Adrar » in a text on Chinguetti
// is Mauritania's Adrar, not Algeria's region nor its town).
func (s *session) divisionsOfDocTowns() error {
	var placed map[string]int // the countries of the places, each with how many hold it, counted once
	for _, e := range s.ents {
		if e.compassOpen {
			if err := s.compassDivisionOfTowns(e); err != nil {
				return err
			}
			e.compassOpen = false
			if e.admin1 != nil {
				e.note = ""
			}
			continue
		}
		if e.nameless || e.role != "" || e.actor || e.speaker || e.country != nil || e.admin1 != nil || e.admin2 != nil ||
			e.evidence < text.EvidenceCapitalised || isLinear(e.feature) || e.feature != "" && !isAdminKind(e.feature) {
			continue
		}
		if placed == nil && len(s.docCountries) == 0 {
			placed = s.placesCountries()
		}
		in := s.otherPlacesCountries(e, placed)
		if len(in) == 0 || slices.ContainsFunc(e.cands, func(c gazetteer.Place) bool { return in[c.Country] }) {
			continue
		}
		as, err := s.r.db.Admin1(s.ctx, e.name, "")
		if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
			return err
		}
		var here []gazetteer.Admin1
		for _, a := range as {
			if in[a.Country] && primaryAdmin(e.name, a) {
				here = append(here, a)
			}
		}
		if len(here) != 1 || len(here) == len(as) && len(e.cands) == 0 {
			continue // one country's division alone is lookupKnownCities' to take
		}
		e.cands, e.chosen = nil, -1
		e.admin1, e.admins = &here[0], here
	}
	return nil
}

// otherPlacesCountries returns the countries the document names, or,
// when it names none, the countries of its places other than e
// (placesCountries counted them, e among them): a country, a division, or
// a name whose namesakes all lie in one country.
func (s *session) otherPlacesCountries(e *entity, placed map[string]int) map[string]bool {
	if len(s.docCountries) > 0 {
		return s.docCountries
	}
	own, _ := placeCountry(e)
	out := map[string]bool{}
	for c, n := range placed {
		if c != own || n > 1 {
			out[c] = true
		}
	}
	return out
}

// placesCountries counts, for each country, the document's places found in
// it alone (placeCountry). It reads every entity once, so that
// divisionsOfDocTowns stays linear in their number.
func (s *session) placesCountries() map[string]int {
	out := map[string]int{}
	for _, o := range s.ents {
		if c, ok := placeCountry(o); ok {
			out[c]++
		}
	}
	return out
}

// placeCountry returns the one country a place of the document is found
// in: a country, a division of one country, or a name whose namesakes all
// lie in one country; false for an actor, a name no sign makes a place,
// or one found in several countries or none.
func placeCountry(o *entity) (string, bool) {
	switch {
	case o.actor || !o.placeish() && !o.knownCity:
	case o.country != nil:
		return o.country.Code, true
	case o.admin1 != nil && oneCountry(o.admins):
		return o.admin1.Country, true
	case len(o.cands) > 0 && oneCountryPlaces(o.cands):
		return o.cands[0].Country, true
	}
	return "", false
}

// holdsMeasured reports whether the text puts in e a place it measures
// a distance to: a division found only by its consonants may hold too few
// places for its hull to reach that place ("Shalambood Dheer ... in the
// Lower Shabelle region ... 30 km northwest of Mogadishu"), so it is left
// as the lookup left it.
func (s *session) holdsMeasured(e *entity) bool {
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn || s.entityAt(rel.Object) != e {
			continue
		}
		if sub := s.entityAt(rel.Subject); sub != nil && slices.ContainsFunc(sub.subjectOf, func(ri int) bool {
			return s.doc.Relations[ri].Kind == text.KindDistance
		}) {
			return true
		}
	}
	return false
}

// kindLeads reports whether name opens with the kind of a division, as
// French writes some ("Province Nord", "Région Sud").
func kindLeads(name string) bool {
	first, _, ok := strings.Cut(gazetteer.Fold(name), " ")
	return ok && isAdminKind(frenchAdminKinds[first])
}

// frenchAdminKinds maps the folded French kind words that may open a
// division's name to the English kind.
var frenchAdminKinds = map[string]string{"province": "province", "region": "region", "departement": "department"}
