package locate

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/text"
)

// admin1SlackKm is how far outside the hull of an admin1's known places a
// place "in" it may lie: the hull of its towns is smaller than the region.
const admin1SlackKm = 25

// countryShoreKm is how far outside a country's simplified shape a
// gazetteer place that the gazetteer records in that country may lie and
// still be "in" it: coastal towns fall outside the shape's coast.
const countryShoreKm = 5

// nearestSearchKm is the half-side in km of the box searched for the
// settlement nearest a place that lies outside an admin1's hull.
const nearestSearchKm = 150

// nearestSearchFarKm is the half-side in km of the box searched when that
// of nearestSearchKm holds no settlement: a mine 290 km north-east of
// Yellowknife has none nearer, and its nearest is still in the
// Northwest Territories.
const nearestSearchFarKm = 500

// check makes the places of every entity worth reporting and measures
// every stated relation.
func (s *session) check() error {
	for _, e := range s.ents {
		switch {
		case e.place != nil:
		case e.country != nil:
			p := s.placeOf(e)
			p.Feature, p.Source, p.Status, p.Country = "country", SourceGazetteer, StatusLocated, e.country.Code
			p.Name = unshout(p.Name, e.country.Name) // "WFP GHANA – …" names Ghana
			o := s.r.outline(e.country)
			p.Geometry, p.Point, p.HasPoint = o.shape, o.point, true
			if e.part != "" {
				// "Liban-Sud": the part has no outline of its own.
				p.Feature = "region"
				p.Note = fmt.Sprintf("a part of %s (%q): the gazetteer has no outline of it, so the country's stands for it", e.country.Name, e.part)
			}
		case e.admin1 != nil:
			p := s.placeOf(e)
			p.Feature, p.Source, p.Status, p.Country = "region", SourceGazetteer, StatusLocated, e.admin1.Country
			p.Name = unshout(p.Name, e.admin1.Name) // "NORTH KIVU: …" names North Kivu
			if len(e.admin1.Hull) > 0 && len(e.admin1.Hull[0]) >= 4 {
				p.Geometry = e.admin1.Hull
				p.Point, p.HasPoint = representative(orb.MultiPolygon{e.admin1.Hull}), true
			}
			if e.admin1.Seat != nil {
				p.Point, p.HasPoint = e.admin1.Seat.Point, true
			} else if !p.HasPoint && e.admin2 != nil && e.admin2.Point != nil {
				p.Point, p.HasPoint = *e.admin2.Point, true
			} else if !p.HasPoint && e.admin1.Point != nil {
				// Too few places for a hull and no seat: its largest place.
				p.Point, p.HasPoint = *e.admin1.Point, true
			}
			switch {
			case !p.HasPoint && e.admin2 != nil:
				p.Note = "a second-level division the gazetteer knows by name only: no place it records carries its code or its name"
			case !p.HasPoint:
				// Vietnam's and Norway's places carry the codes of
				// divisions newer than the list of divisions the data
				// ships.
				p.Note = fmt.Sprintf("a first-level division of %s the gazetteer knows by name only: no place it records carries its code (%s.%s) or is its seat", e.admin1.Country, e.admin1.Country, e.admin1.Code)
			}
		case e.hasGazetteer():
			if !e.placeish() {
				continue
			}
			g := e.cands[e.chosen]
			p := s.placeOf(e)
			p.Source, p.Status, p.Country = SourceGazetteer, StatusLocated, g.Country
			p.Gazetteer = &g
			p.Name = unshout(p.Name, g.Name) // "BAMAKO, Mali (AP) —" names Bamako, "TUGUEGARAO CITY" Tuguegarao City
			p.Point, p.HasPoint = g.Point, true
			if g.Class == "P" && headNamesFeature(p.Name, p.Feature) && ownName(gazetteer.Fold(p.Name), g) {
				p.Feature = "" // "Kirkland Lake", "Walvis Bay": a town, no lake nor bay
			}
			p.Region = geo.Disc(g.Point, s.r.v.TownKm(g.Population)*1000)
			p.Note = e.note
			if e.statedKm > 0 {
				// A position the text states: no gazetteer's.
				p.Source, p.Gazetteer, p.Feature = SourceText, nil, statedFeature
				p.Region = geo.Disc(g.Point, e.statedKm*1000)
			}
			if e.runnerUp >= 0 && e.runnerUp != e.chosen && e.runnerUp < len(e.cands) {
				s.keepRunnerUp(p, e)
			}
		case e.placeish() && !hospitalOfNoTown(e) && !s.unplacedDoubtful(e):
			p := s.placeOf(e)
			p.Source, p.Status = SourceUnresolved, StatusUnresolved
			p.Note = "not in the gazetteer, and the text states nothing that locates it"
			if e.roadEnd {
				// "la route de X, à 30 km de Y": the distance is a point of
				// the road, which the user should not take for X.
				p.Note = "not in the gazetteer, and the text names it only as where a road leads: a distance given there places a point of the road, not it"
			}
			if e.role != "" {
				p.Note = e.note // "the text names no province whose seat it is"
			} else if e.note != "" {
				p.Note = e.note + ", and the text states nothing that locates it"
			}
		}
		if e.place != nil && e.place.Country == "" && e.inCountry != "" {
			e.place.Country = e.inCountry
		}
	}
	for _, rel := range s.doc.Relations {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		s.checkRelation(rel)
	}
	for _, rel := range s.doc.Areas {
		if obj := s.entityAt(rel.Object); obj != nil {
			s.areaAround(rel, obj, s.doc.Text[rel.Phrase.Start:rel.Phrase.End])
		}
	}
	return nil
}

// checkRelation measures one relation and records it as a Check.
func (s *session) checkRelation(rel text.Relation) {
	phrase := s.doc.Text[rel.Phrase.Start:rel.Phrase.End]
	sub, obj := s.entityAt(rel.Subject), s.entityAt(rel.Object)
	if sub == nil || sub.place == nil || (obj == nil && rel.Border == nil) {
		return
	}
	if rel.Kind == text.KindBetween {
		s.checkBetween(rel, sub, obj)
		return
	}
	// A statement repeated word for word about the same places (a long
	// report quotes itself) measures the same: its check is copied, with
	// its own phrase, rather than measured again.
	key := statedKey(rel, sub, obj)
	if prev, ok := s.measuredAs[key]; ok {
		c := *prev
		c.Phrase, c.Span, c.Stated = phrase, rel.Phrase, rel
		s.checks = append(s.checks, &c)
		return
	}
	defer func() {
		if n := len(s.checks); n > 0 && s.checks[n-1].Span == rel.Phrase {
			if s.measuredAs == nil {
				s.measuredAs = map[string]*Check{}
			}
			s.measuredAs[key] = s.checks[n-1]
		}
	}()
	c := &Check{
		ID:       "",
		Subject:  sub.place,
		Relation: relationName(rel),
		Phrase:   phrase,
		Span:     rel.Phrase,
		Stated:   rel,
		Allowed:  s.r.v.Bounds(rel),
	}
	if rel.Border != nil {
		c.Object = s.borderFor(rel, sub)
	} else {
		c.Object = obj.place
	}
	if c.Object == nil || c.Object == c.Subject {
		return
	}
	s.checks = append(s.checks, c)
	con, ok := s.constraintFor(rel, sub)
	if rel.Kind == text.KindIn && rel.Seat && ok && con.Anchor.Point != nil {
		c.Relation, c.Allowed = "seat", Bounds{MaxKm: con.MaxM / 1000}
	} else if rel.Kind == text.KindIn && obj != nil && obj.admin1 != nil {
		// Off its coast, as far into its waters as the text puts the
		// subject off its land (offshoreReachM).
		slack := max(admin1SlackKm*1000, s.offshoreReachM(s.entityAt(rel.Subject)), s.divisionReachM(rel, obj))
		con, ok = geo.Constraint{MaxM: slack}, len(obj.admin1.Hull) > 0 && len(obj.admin1.Hull[0]) >= 4
		con.Anchor.Area = orb.MultiPolygon{obj.admin1.Hull}
		c.Allowed = Bounds{MaxKm: slack / 1000}
	}
	if spatial(rel.Kind) && rel.Border == nil && ok && con.Anchor.Point != nil {
		// The allowed reading as widened for the anchor town's extent.
		c.Allowed.MinKm = con.MinM / 1000
		if c.Allowed.MaxKm > 0 && !math.IsInf(c.Allowed.MaxKm, 1) {
			c.Allowed.MaxKm = con.MaxM / 1000
		}
		if con.Bearing != nil {
			c.Allowed.HalfWidth = con.Bearing.HalfWidth
		}
	}
	if rel.Border != nil && ok {
		// The side of the border, as the constraint allows it.
		c.Allowed.HalfWidth = 0
		if con.Bearing != nil {
			c.Allowed.HalfWidth = con.Bearing.HalfWidth
		}
		c.Allowed.HasBearing = con.Bearing != nil
	}
	if rel.Kind == text.KindIn && !rel.Seat && ok && con.Anchor.Point != nil && !math.IsInf(con.MaxM, 1) {
		c.Allowed = Bounds{MaxKm: con.MaxM / 1000}
	}
	if rel.Kind == text.KindIn && con.Anchor.Area != nil {
		c.Relation = "in"
		c.Allowed = Bounds{MaxKm: con.MaxM / 1000}
	}
	if !ok || !sub.place.HasPoint {
		c.Note = s.unmeasuredNote(rel, sub, obj, c.Object)
		return
	}
	c.constraint = con
	c.To = sub.place.Point
	switch a := con.Anchor; {
	case a.Point != nil:
		c.From = *a.Point
	case a.Region != nil:
		c.From = a.Region.Point
	case a.Line != nil:
		_, c.From = geo.DistanceToLine(c.To, a.Line)
	case a.Area != nil:
		// Containment is measured to the area's nearest point, not its
		// label point: To itself when inside (a 0 km check, drawn as a
		// Point), else the point of the boundary it is outside by.
		_, c.From = geo.DistanceToArea(c.To, a.Area)
	}
	c.measured = true
	d, az, _ := geo.Inverse(c.From, c.To)
	c.MeasuredKm, c.MeasuredBearing = d/1000, az
	if a := con.Anchor; a.Line != nil {
		// The distance to a line is to its nearest point, which From is.
		c.MeasuredKm = d / 1000
	} else if a.Area != nil {
		// The distance to the area, 0 inside, whatever slack the
		// relation allows (Allowed.MaxKm).
		m, _ := geo.DistanceToArea(c.To, a.Area)
		c.MeasuredKm = m / 1000
	}
	c.ResidualKm = con.Residual(c.To) / 1000
	if c.ResidualKm < 0.001 {
		c.ResidualKm = 0
	}
	c.Satisfied = c.ResidualKm == 0
	if !c.Satisfied && rel.Kind == text.KindIn && obj != nil && obj.country != nil && sub.recordedCountry() == obj.country.Code && c.MeasuredKm <= countryShoreKm {
		// "Sainte-Marie (Martinique)": a coastal town the gazetteer
		// records in the country may fall just outside its simplified
		// shape; so may a division's seat ("Pará state, Brazil", whose
		// point is Belém on the shore).
		c.Satisfied, c.ResidualKm = true, 0
	}
	if rel.MissingNumber {
		c.Note = "the text gives no number for this distance; only its direction is measured"
	}
	if c.Satisfied && sub.strained {
		s.checkStrict(c, rel, sub)
	} else if c.Satisfied && sub.loose {
		s.noteLoose(c, rel, sub)
	}
	if !c.Satisfied && rel.Kind == text.KindIn && obj != nil && obj.admin2 != nil {
		s.nearestInAdmin2(c, obj.admin2)
	} else if !c.Satisfied && rel.Kind == text.KindIn && obj != nil && obj.admin1 != nil {
		s.nearestInAdmin1(c, obj.admin1)
	}
	if !c.Satisfied && c.Subject.Status == StatusLocated && c.Subject.Source == SourceDerived {
		c.Subject.Status = StatusContradicted
	}
	if rel.Border != nil && rel.Border.Coast {
		c.Note = joinNote(c.Note, c.Object.Note) // whose coast, and why (coast.go)
	}
}

// statedKey identifies what rel states about the places of sub and obj,
// whatever its place in the text: two relations with the same key measure
// the same.
func statedKey(rel text.Relation, sub, obj *entity) string {
	border := ""
	if b := rel.Border; b != nil {
		border = fmt.Sprintf("%q/%v/%v/%s/%s", b.Countries, b.Coast, b.At, b.Side, b.Sea)
	}
	return fmt.Sprintf("%p|%p|%d|%g|%g|%s|%g|%g|%s|%s|%g|%d|%v|%v|%v|%v|%s",
		sub, obj, rel.Kind, rel.MinKm, rel.MaxKm, rel.Unit, rel.AltMinKm, rel.AltMaxKm, rel.AltUnit,
		rel.Hedge, rel.Azimuth, rel.Points, rel.Road, rel.Reversed, rel.Seat, rel.MissingNumber, border)
}

// unmeasuredNote says why a check could not be measured: which side has
// no position, and why (the place's own note), so that a reader sees what
// is missing rather than a bare "not measured".
func (s *session) unmeasuredNote(rel text.Relation, sub, obj *entity, object *Place) string {
	why := func(p *Place) string {
		if p.Note != "" {
			return fmt.Sprintf("not measured: %s has no position; %s", p.Name, p.Note)
		}
		return fmt.Sprintf("not measured: %s has no position", p.Name)
	}
	switch {
	case !sub.place.HasPoint:
		return why(sub.place)
	case obj != nil && obj.country != nil && rel.Kind != text.KindIn:
		return fmt.Sprintf("not measured: a distance from a whole country (%s) is not measured; only a border or a town is", object.Name)
	case object != nil && !object.HasPoint && object.Geometry == nil:
		return why(object)
	case obj != nil && obj.admin2 != nil && obj.admin2.Places == 0 && rel.Kind == text.KindIn && !rel.Seat:
		return "not measured: no place in the gazetteer carries the code of " + object.Name + ", so it has no extent (its position is that of the town of its name)"
	case obj != nil && obj.admin1 != nil && rel.Kind == text.KindIn && !rel.Seat:
		return "not measured: the gazetteer knows too few places of " + object.Name + " (fewer than 3) to give it an extent"
	}
	return "not measured: " + object.Name + " offers no position to measure from"
}

// checkBetween measures a "between A and B" relation: the way from A by
// the subject to B against 1 + Spread times d(A,B), or for "midway" the
// distance from the midpoint of A–B against Spread times d(A,B).
func (s *session) checkBetween(rel text.Relation, sub, obj *entity) {
	other := s.entityAt(rel.Other)
	if obj == nil || other == nil || obj.place == nil || other.place == nil || obj.place == sub.place || other.place == sub.place {
		return
	}
	c := &Check{
		Subject: sub.place, Object: obj.place, Other: other.place,
		Relation: relationName(rel),
		Phrase:   s.doc.Text[rel.Phrase.Start:rel.Phrase.End],
		Span:     rel.Phrase,
		Stated:   rel,
		Allowed:  s.r.v.Bounds(rel),
	}
	s.checks = append(s.checks, c)
	f, okF := s.betweenFoci(rel)
	con, ok := s.constraintFor(rel, sub)
	if !okF || !ok {
		c.Allowed = Bounds{MinKm: 0, MaxKm: math.Inf(1), Spread: c.Allowed.Spread}
		return // unmeasured: an end has no position
	}
	ab := geo.Distance(f[0], f[1]) / 1000
	if rel.Midway {
		c.Allowed = Bounds{MaxKm: con.MaxM / 1000, Spread: c.Allowed.Spread}
	} else {
		c.Allowed = Bounds{MinKm: ab, MaxKm: ab + 2*con.MaxM/1000, Spread: c.Allowed.Spread}
	}
	if !sub.place.HasPoint {
		return
	}
	c.constraint, c.measured = con, true
	c.From, c.To, c.Via = f[0], sub.place.Point, &f[1]
	if rel.Midway {
		c.MeasuredKm, c.MeasuredBearing, _ = geo.Inverse(f.Midpoint(), c.To)
		c.MeasuredKm /= 1000
	} else {
		c.MeasuredKm = (geo.Distance(f[0], c.To) + geo.Distance(c.To, f[1])) / 1000
	}
	c.ResidualKm = con.Residual(c.To) / 1000
	if c.ResidualKm < 0.001 {
		c.ResidualKm = 0
	}
	c.Satisfied = c.ResidualKm == 0
	if c.Satisfied && sub.strained {
		s.checkStrict(c, rel, sub)
	} else if c.Satisfied && sub.loose {
		s.noteLoose(c, rel, sub)
	}
	if !c.Satisfied && c.Subject.Status == StatusLocated && c.Subject.Source == SourceDerived {
		c.Subject.Status = StatusContradicted
	}
}

// checkStrict fails a check that holds only thanks to the vagueness
// allowances when the relations on its subject cannot all hold as written:
// the text contradicts itself, and this is one of the statements involved.
// The residual is then measured against the Strict reading.
func (s *session) checkStrict(c *Check, rel text.Relation, sub *entity) {
	b := s.r.v.Strict(rel)
	con, ok := s.constraintWith(rel, sub, b)
	if !ok {
		return
	}
	r := con.Residual(c.To) / 1000
	if r < 0.001 {
		return
	}
	c.Satisfied, c.ResidualKm, c.Strict = false, r, &b
	c.Note = "the statements about " + c.Subject.Name + " cannot all hold as written; this one holds only as a loose reading (a road distance or a loose compass word)"
}

// noteLoose notes on a check that holds only thanks to the vagueness
// allowances, when the statements about its subject hold together only so,
// that it holds as a loose reading. The check stays satisfied: a road
// distance or a loose compass word is no contradiction.
func (s *session) noteLoose(c *Check, rel text.Relation, sub *entity) {
	con, ok := s.constraintWith(rel, sub, s.r.v.Strict(rel))
	if !ok || con.Residual(c.To) < 1 {
		return
	}
	c.Note = "holds as a loose reading (a road distance or a loose compass word); the statements about " + c.Subject.Name + " cannot all hold at face value"
}

// nearestInAdmin1 accepts a place outside the hull of an admin1's known
// places when the gazetteer's nearest settlement to it lies in that admin1:
// the hull of the towns of a thinly settled region (a Saharan one, say) can
// fall far short of its boundary, and the gazetteer has no admin1 shapes.
// It records the settlement in c.Note either way.
func (s *session) nearestInAdmin1(c *Check, a *gazetteer.Admin1) {
	best, bestD, ok := s.nearestSettlement(c.To)
	if !ok {
		return
	}
	if best.Country == a.Country && best.Admin1Code == a.Code {
		c.Satisfied, c.ResidualKm = true, 0
		c.Note = fmt.Sprintf("outside the hull of %s's known places, but its nearest settlement, %s (%.0f km), is in %s", a.Name, best.Name, bestD/1000, a.Name)
		return
	}
	c.Note = fmt.Sprintf("its nearest settlement, %s (%.0f km), is in %s, not %s", best.Name, bestD/1000, orDash(best.Admin1), a.Name)
}

// nearestSettlement returns the gazetteer's settlement nearest to p within
// nearestSearchKm, or within nearestSearchFarKm when there is none that
// near, and its distance in metres; false when there is none or
// the search fails.
func (s *session) nearestSettlement(p orb.Point) (gazetteer.Place, float64, bool) {
	var near []gazetteer.Place
	for _, km := range []float64{nearestSearchKm, nearestSearchFarKm} {
		dLat := km / 111.0
		dLon := math.Min(dLat/math.Max(math.Cos(p[1]*math.Pi/180), 0.05), 180)
		b := orb.Bound{Min: orb.Point{p[0] - dLon, p[1] - dLat}, Max: orb.Point{p[0] + dLon, p[1] + dLat}}
		var err error
		if near, err = s.r.db.Within(s.ctx, b, 2000); err != nil {
			return gazetteer.Place{}, 0, false
		}
		if len(near) > 0 {
			break // an empty land (the barrens north-east of Yellowknife) is searched wider
		}
	}
	if len(near) == 0 {
		return gazetteer.Place{}, 0, false
	}
	best, bestD := near[0], math.Inf(1)
	for _, q := range near {
		if d := geo.Distance(p, q.Point); d < bestD {
			best, bestD = q, d
		}
	}
	return best, bestD, true
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// areaAround makes the area a phrase such as "the area around Tessalit"
// names: a disc of the vagueness model's AroundKm around the place.
func (s *session) areaAround(rel text.Relation, obj *entity, phrase string) {
	a, ok := anchorOf(obj)
	if !ok {
		return
	}
	km := s.r.v.AroundKm
	if strings.Contains(strings.ToLower(phrase), "near") {
		km = s.r.v.NearKm
	}
	var reg *geo.Region
	if a.Point != nil {
		reg = geo.Disc(*a.Point, km*1000)
	} else if r, err := geo.Solve([]geo.Constraint{{Anchor: a, MaxM: km * 1000}}, geo.Options{}); err == nil {
		reg = r // around a derived place: its region grown by km
	}
	if reg == nil {
		return
	}
	name := strings.TrimSpace(phrase)
	for _, lead := range []string{"in ", "at ", "on ", "In ", "At ", "On "} {
		name = strings.TrimPrefix(name, lead)
	}
	p := &Place{
		Name: name, Feature: "area", Source: SourceDerived, Status: StatusLocated,
		Mentions: []text.Span{rel.Phrase}, Region: reg, Point: reg.Point, HasPoint: true,
	}
	if obj.place != nil {
		p.Country = obj.place.Country
	}
	s.extra = append(s.extra, p)
}

func relationName(rel text.Relation) string {
	switch {
	case rel.Border != nil && rel.Border.Coast:
		return "coast-distance"
	case rel.Border != nil:
		return "border-distance"
	case rel.Kind == text.KindNear:
		return "near"
	case rel.Kind == text.KindIn:
		return "in"
	case rel.Kind == text.KindBetween && rel.Midway:
		return "midway"
	case rel.Kind == text.KindBetween:
		return "between"
	case rel.Kind == text.KindDirection || rel.MaxKm == 0:
		return "direction"
	}
	return "distance"
}

// result orders the places by first mention and numbers places and checks.
func (s *session) result() *Result {
	var ps []*Place
	seen := map[*Place]bool{}
	add := func(p *Place) {
		if p != nil && !seen[p] {
			seen[p] = true
			ps = append(ps, p)
		}
	}
	unplacedWay := func(p *Place) bool {
		return p != nil && isWay(p.Feature) && !p.HasPoint && p.Geometry == nil
	}
	// "Dear friends at St Andrew's", "the nurses of St. Mary's": a
	// saint's name in the possessive that the gazetteer does not hold (it
	// holds St. John's and St. George's) is a church, a school or a
	// hospital named for its saint, no place of the map.
	unplacedSaints := func(p *Place) bool {
		return p != nil && p.Source != SourceGazetteer && !p.HasPoint && p.Geometry == nil && isSaintsPossessive(p.Name)
	}
	// "The Highlands Highway was cut near Kundiawa": the road is not
	// placed by nearness (subjectOnlyNear), and a check that measures
	// nothing of it says nothing.
	s.checks = slices.DeleteFunc(s.checks, func(c *Check) bool {
		return c.Relation == "near" && unplacedWay(c.Subject)
	})
	held := map[*Place]bool{}
	for _, c := range s.checks {
		held[c.Subject], held[c.Object], held[c.Other] = true, true, true
	}
	for _, e := range s.ents {
		if (unplacedWay(e.place) || unplacedSaints(e.place)) && !held[e.place] {
			// "A landslide has cut the Okuk Highway", "on the Freight
			// Road": a road or a railway the gazetteer does not hold and
			// no stated relation ties to a place is no place of the map,
			// not even an unresolved one.
			continue
		}
		add(e.place)
	}
	for _, c := range s.checks {
		add(c.Object) // borders
	}
	for _, p := range s.extra {
		add(p)
	}
	first := func(p *Place) int {
		if len(p.Mentions) > 0 {
			return p.Mentions[0].Start
		}
		for _, c := range s.checks {
			if c.Object == p {
				return c.Span.Start
			}
		}
		return math.MaxInt
	}
	sort.SliceStable(ps, func(i, j int) bool { return first(ps[i]) < first(ps[j]) })
	for i, p := range ps {
		p.ID = fmt.Sprintf("p%d", i+1)
		if (p.Feature == "border" || p.Feature == "coast") && len(p.Mentions) == 0 {
			for _, c := range s.checks {
				if c.Object == p {
					p.Mentions = append(p.Mentions, c.Stated.Border.Span)
				}
			}
		}
	}
	for i, c := range s.checks {
		c.ID = fmt.Sprintf("c%d", i+1)
	}
	return &Result{Text: s.doc.Text, Title: s.doc.Title, Places: ps, Checks: s.checks}
}

// representative returns a point that stands for an area and lies inside
// it: the centroid of its largest polygon when that falls inside (holes
// included), else the middle of the widest inside stretch of the parallel
// through the centroid. Coordinates are [lon, lat] degrees, treated as
// planar, which is fine for choosing a label point.
func representative(mp orb.MultiPolygon) orb.Point {
	best, bestArea := -1, 0.0
	for i, p := range mp {
		if len(p) == 0 {
			continue
		}
		if a := math.Abs(planar.Area(p[0])); a > bestArea {
			best, bestArea = i, a
		}
	}
	if best < 0 {
		return orb.Point{}
	}
	poly := mp[best]
	c, _ := planar.CentroidArea(poly[0])
	if planar.PolygonContains(poly, c) {
		return c
	}
	// Crossings of every ring with the parallel through c, in order; the
	// stretches between alternate crossings are inside (even-odd rule).
	var xs []float64
	for _, r := range poly {
		for i := 0; i+1 < len(r); i++ {
			a, b := r[i], r[i+1]
			if (a[1] <= c[1]) != (b[1] <= c[1]) {
				xs = append(xs, a[0]+(c[1]-a[1])*(b[0]-a[0])/(b[1]-a[1]))
			}
		}
	}
	sort.Float64s(xs)
	out, width := poly[0][0], -1.0
	for i := 0; i+1 < len(xs); i += 2 {
		if w := xs[i+1] - xs[i]; w > width {
			out, width = orb.Point{(xs[i] + xs[i+1]) / 2, c[1]}, w
		}
	}
	return out
}

// keepRunnerUp says in a gazetteer place's note that another namesake came
// close, and keeps it as the region's second candidate, weighted by
// exp(-gap) against the chosen one's 1 (normalised).
func (s *session) keepRunnerUp(p *Place, e *entity) {
	g, r := e.cands[e.chosen], e.cands[e.runnerUp]
	d := geo.Disc(r.Point, s.r.v.TownKm(r.Population)*1000)
	if p.Region == nil || d == nil {
		return
	}
	w := math.Exp(-e.gap)
	p.Region.Candidates[0].Weight = 1 / (1 + w)
	c := d.Candidates[0]
	c.Weight = w / (1 + w)
	p.Region.Candidates = append(p.Region.Candidates, c)
	p.Region.Shape = append(p.Region.Shape, c.Shape)
	p.Region.AreaKm2 += c.AreaKm2
	where := r.Country
	if r.Admin1 != "" {
		where = r.Admin1 + ", " + r.Country
	}
	p.Note = fmt.Sprintf("the choice of namesake stays open: %s (%s) is also %s in %s, %.0f km away; nothing the document states tells them apart clearly",
		e.name, g.Country, r.Name, where, geo.Distance(g.Point, r.Point)/1000)
	if e.gathered {
		p.Note = fmt.Sprintf("the choice of namesake stays open: %s (%s) is taken because it lies near the other places the text measures from with it; %s in %s, %.0f km away, ranks higher alone",
			e.name, g.Country, r.Name, where, geo.Distance(g.Point, r.Point)/1000)
	}
}

// headNamesFeature reports whether feature is the last word of name, as
// the reader gives a name the kind its head word says ("Kirkland Lake" a
// lake, "Walvis Bay" a bay). A populated place of the gazetteer that
// bears the whole name as its own is a town, and the kind is dropped;
// "Inverness Museum", placed at Inverness, keeps its kind.
func headNamesFeature(name, feature string) bool {
	i := strings.LastIndexAny(name, " -")
	return feature != "" && i >= 0 && strings.EqualFold(name[i+1:], feature)
}

// isSaintsPossessive reports whether name is an English saint's name in
// the possessive, alone: "St Andrew's", "St. Mary's", "Saint Joseph’s".
func isSaintsPossessive(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || strings.Contains(rest, " ") {
		return false
	}
	switch first {
	case "St", "St.", "Saint", "Ste", "Ste.":
	default:
		return false
	}
	return strings.HasSuffix(rest, "'s") || strings.HasSuffix(rest, "’s")
}
