package locate

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/text"
)

// lookupAdmin2 makes e a second-level division when the gazetteer has one
// of its name ("Calvados", "Jalandhar district", "Bankass Cercle") and
// reports whether it did. The caller has already asked for a first-level
// division, which takes precedence.
func (s *session) lookupAdmin2(e *entity) (bool, error) {
	as, err := s.r.db.Admin2(s.ctx, e.name, "")
	if err != nil && !errors.Is(err, gazetteer.ErrNotFound) {
		return false, err
	}
	if len(as) == 0 {
		return false, nil
	}
	e.admins2 = as
	s.setAdmin2(e, as[0])
	return true, nil
}

// setAdmin2 makes a the division e names, with its view as a region in
// e.admin1 (see entity.admin1).
func (s *session) setAdmin2(e *entity, a gazetteer.Admin2) {
	r := regionOf(a)
	e.admin2, e.admin1 = &a, &r
	e.admins = []gazetteer.Admin1{r}
}

// regionOf is a second-level division seen as a region is placed and
// measured: its own name, seat and hull, in its country and under the code
// of the first-level division that holds it.
func regionOf(a gazetteer.Admin2) gazetteer.Admin1 {
	return gazetteer.Admin1{Country: a.Country, Code: a.Admin1Code, Name: a.Name, Seat: a.Seat, Hull: a.Hull}
}

// parentOf returns the first-level division that holds a, as the document
// context wants it (country and code).
func parentOf(a gazetteer.Admin2) gazetteer.Admin1 {
	return gazetteer.Admin1{Country: a.Country, Code: a.Admin1Code, Name: a.Admin1}
}

// mayBeAdmin2 reports whether e may be a second-level division: the text
// neither measures a distance, a direction or a nearness from it ("15 km
// from Jalandhar": a town of its name is meant, even where the text also
// uses the name as a container, "in Jalandhar district") nor states one
// about it ("Linou is 40 km east of Zungeru": a place to derive, whatever
// division bears its name).
func (s *session) mayBeAdmin2(e *entity) bool {
	for _, ri := range append(e.objectOf[:len(e.objectOf):len(e.objectOf)], e.subjectOf...) {
		if spatial(s.doc.Relations[ri].Kind) {
			return false
		}
	}
	return true
}

// inAdmin2 reports whether c lies in one of the second-level divisions: by
// its admin2 code, or, for a place the data gives no admin2 code (the
// places of Kenya, Mali, Niger), by the first-level division that holds it.
func inAdmin2(c gazetteer.Place, as []gazetteer.Admin2) bool {
	for _, a := range as {
		if c.Country == a.Country && c.Admin1Code == a.Admin1Code && (c.Admin2Code == a.Code || c.Admin2Code == "") {
			return true
		}
	}
	return false
}

// oneCountry2 reports whether the divisions all lie in one country.
func oneCountry2(as []gazetteer.Admin2) bool {
	for _, a := range as {
		if a.Country != as[0].Country {
			return false
		}
	}
	return len(as) > 0
}

// dropForeignDivisions gives up the divisions the text puts in another
// country than every namesake the gazetteer knows: "in Hyderabad
// District, Sindh" is no division of India, and gives the place in it no
// Indian context. It returns the entities given up, for inheritContainers.
func (s *session) dropForeignDivisions() map[*entity]bool {
	dropped := map[*entity]bool{}
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn {
			continue
		}
		sub, obj := s.entityAt(rel.Subject), s.entityAt(rel.Object)
		if sub == nil || obj == nil || sub.admin1 == nil {
			continue
		}
		code := ""
		switch {
		case obj.country != nil:
			code = obj.country.Code
		case obj.admin1 != nil && obj.admin2 == nil && oneCountry(obj.admins):
			code = obj.admin1.Country
		}
		if code == "" || slices.ContainsFunc(sub.admins, func(a gazetteer.Admin1) bool { return a.Country == code }) ||
			slices.ContainsFunc(sub.admins2, func(a gazetteer.Admin2) bool { return a.Country == code }) {
			continue
		}
		in := sub.inCountry
		sub.inCountry = code
		s.dropDivisionOutsideCountry(sub)
		sub.inCountry = in
		dropped[sub] = true
	}
	return dropped
}

// inheritContainers puts a place the text puts in a division given up by
// dropForeignDivisions in what the text puts that division in: a village
// "in Hyderabad District, Sindh" lies in Sindh, which then tells the
// namesakes of the places it is measured from apart.
func (s *session) inheritContainers(dropped map[*entity]bool) {
	if len(dropped) == 0 {
		return
	}
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn {
			continue
		}
		sub, obj := s.entityAt(rel.Subject), s.entityAt(rel.Object)
		if sub == nil || obj == nil || !dropped[obj] {
			continue
		}
		sub.inAdmins = append(sub.inAdmins, obj.inAdmins...)
		if sub.inCountry == "" {
			sub.inCountry = obj.inCountry
		}
	}
}

// containInAdmin2 chooses among the namesakes of every second-level
// division the text names, then makes each division a containment puts a
// place in ("X, Calvados", "in Jalandhar district") that place's division
// and country, and its first-level division and country the document's
// context. A division left among namesakes in several countries sets no
// country.
func (s *session) containInAdmin2() {
	sure := map[*entity]bool{}
	for _, e := range s.ents {
		if e.admin2 != nil {
			chose := len(e.admins2) > 1 && s.chooseAdmin2(e)
			sure[e] = chose || oneCountry2(e.admins2)
			if len(e.admins2) == 1 && e.evidence >= text.EvidencePreposition && !s.buildingNamed(e) {
				// "Militants attacked Mocímboa da Praia and Palma": the
				// one division of its name, named as a place, puts the
				// document in its country. A name many divisions bear
				// ("the Lake province": Lake County in twelve states)
				// says nothing of the country.
				if !s.docCountries[e.admin2.Country] {
					if s.loneDivisionCountry == nil {
						s.loneDivisionCountry = map[string]*entity{}
					}
					s.loneDivisionCountry[e.admin2.Country] = e
				}
				s.docCountries[e.admin2.Country] = true
			}
		}
	}
	for _, rel := range s.doc.Relations {
		if rel.Kind != text.KindIn {
			continue
		}
		sub, obj := s.entityAt(rel.Subject), s.entityAt(rel.Object)
		if sub == nil || obj == nil || obj.admin2 == nil {
			continue
		}
		if !sure[obj] {
			sub.inAdmins2 = append(sub.inAdmins2, obj.admins2...)
			continue
		}
		a := *obj.admin2
		sub.inAdmins2 = append(sub.inAdmins2, a)
		s.docDivisions = append(s.docDivisions, parentOf(a))
		s.docDivisions2 = append(s.docDivisions2, a)
		s.docCountries[a.Country] = true
		if sub.inCountry == "" {
			sub.inCountry = a.Country
		}
	}
}

// chooseAdmin2 picks, among the second-level divisions a name may be
// ("Washington County" in thirty states), the one in a first-level
// division the text puts it in ("Sanhan District of Sanaa Governorate"),
// else in one the document names, else the one that holds a place the
// text puts in it ("Hawthorne, Mineral County, US" is Nevada's Mineral
// County), first in the country the text puts the division in or one the
// document names, else in that country, and reports whether one of these
// chose it; else it keeps the one holding most places.
func (s *session) chooseAdmin2(e *entity) bool {
	pick := func(ok func(a gazetteer.Admin2) bool) bool {
		for _, a := range e.admins2 {
			if ok(a) {
				s.setAdmin2(e, a)
				return true
			}
		}
		return false
	}
	named := func(a gazetteer.Admin2) bool { return a.Country == e.inCountry || s.docCountries[a.Country] }
	holds := func(ok func(a gazetteer.Admin2) bool) bool {
		for _, ri := range e.objectOf {
			rel := s.doc.Relations[ri]
			sub := s.entityAt(rel.Subject)
			if rel.Kind != text.KindIn || sub == nil {
				continue
			}
			for _, c := range sub.cands {
				if c.Admin2Code != "" && pick(func(a gazetteer.Admin2) bool { return ok(a) && inAdmin2(c, []gazetteer.Admin2{a}) }) {
					return true
				}
			}
		}
		return false
	}
	inDoc := func(a gazetteer.Admin2) bool { return s.namesAdmin1(a.Country, a.Admin1Code) }
	inStated := func(a gazetteer.Admin2) bool {
		return inDivision(gazetteer.Place{Country: a.Country, Admin1Code: a.Admin1Code}, e.inAdmins)
	}
	return pick(inStated) || pick(inDoc) || holds(named) || s.pickHoldingTowns(e) ||
		e.inCountry != "" && pick(func(a gazetteer.Admin2) bool { return a.Country == e.inCountry }) ||
		pick(func(a gazetteer.Admin2) bool { return s.docCountries[a.Country] }) ||
		holds(func(gazetteer.Admin2) bool { return true })
}

// pickHoldingTowns makes e, a name several second-level divisions bear,
// the one that holds a namesake of more of the other towns the document
// names than any other does, and reports whether one did: "ABILENE —
// Dickinson County commissioners voted to resurface the road to Solomon"
// is Kansas's Dickinson County, which holds an Abilene and a Solomon,
// not Iowa's, which holds neither.
func (s *session) pickHoldingTowns(e *entity) bool {
	counts := make([]int, len(e.admins2))
	for _, o := range s.ents {
		if o == e || o.admin1 != nil || o.country != nil {
			continue
		}
		for i, a := range e.admins2 {
			if slices.ContainsFunc(o.cands, func(c gazetteer.Place) bool {
				return c.Class == "P" && c.Admin2Code != "" && c.Country == a.Country && c.Admin1Code == a.Admin1Code && c.Admin2Code == a.Code
			}) {
				counts[i]++
			}
		}
	}
	best, tie := -1, false
	for i, n := range counts {
		switch {
		case n == 0:
		case best < 0 || n > counts[best]:
			best, tie = i, false
		case n == counts[best]:
			tie = true
		}
	}
	if best < 0 || tie {
		return false
	}
	s.setAdmin2(e, e.admins2[best])
	return true
}

// namesAdmin1 reports whether the document names the first-level division
// code of country as a place of its own.
func (s *session) namesAdmin1(country, code string) bool {
	for _, e := range s.ents {
		if e.admin1 != nil && e.admin2 == nil && e.admin1.Country == country && e.admin1.Code == code {
			return true
		}
	}
	return false
}

// nearestInAdmin2 is nearestInAdmin1 for a second-level division: a place
// outside the hull of its known places still counts as in it when the
// gazetteer's nearest settlement carries its admin2 code.
func (s *session) nearestInAdmin2(c *Check, a *gazetteer.Admin2) {
	best, bestD, ok := s.nearestSettlement(c.To)
	if !ok {
		return
	}
	if best.Country == a.Country && best.Admin1Code == a.Admin1Code && best.Admin2Code == a.Code {
		c.Satisfied, c.ResidualKm = true, 0
		c.Note = fmt.Sprintf("outside the hull of %s's known places, but its nearest settlement, %s (%.0f km), is in %s", a.Name, best.Name, bestD/1000, a.Name)
		return
	}
	c.Note = fmt.Sprintf("its nearest settlement, %s (%.0f km), is not in %s", best.Name, bestD/1000, a.Name)
}

// buildingNamed reports whether e is a second-level division the
// gazetteer knows by name only, with no place of its own, and the text
// writes every mention of it after "the": "picked up at the Radisson in
// Tromsø", "drinks at the Savoy" name a hotel, not the division of that
// name, which then puts the text in no country; "Militants attacked
// Mocímboa da Praia" still does.
func (s *session) buildingNamed(e *entity) bool {
	if e.admin2 == nil || e.admin2.Point != nil || len(e.mentions) == 0 {
		return false
	}
	for _, sp := range e.mentions {
		if !strings.HasSuffix(s.doc.Text[:sp.Start], "the ") {
			return false
		}
	}
	return true
}
