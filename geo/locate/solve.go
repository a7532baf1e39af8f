package locate

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/text"
)

// spatial reports whether a relation constrains where its subject lies.
func spatial(k text.Kind) bool {
	return k == text.KindDistance || k == text.KindDirection || k == text.KindNear || k == text.KindBetween
}

// markDerived decides which names locus must locate from the text: those
// the gazetteer lacks, and those whose gazetteer entries all break what the
// text states about them (an invented or unrecorded place that shares a
// real place's name). An entry that breaks it only by a little
// (Ranking.LooseKm, Ranking.LooseShare) is the place meant, stated loosely:
// it is kept, and check reports the statement it breaks. One given up is
// kept in entity.givenUp for when the text cannot place the name either.
func (s *session) markDerived() {
	for _, e := range s.ents {
		if e.country != nil || e.admin1 != nil {
			continue
		}
		rels := s.anchoredRelations(e)
		if len(rels) == 0 {
			continue
		}
		if len(e.cands) == 0 {
			e.chosen = -1
			continue
		}
		var cs []geo.Constraint
		for _, ri := range rels {
			if c, ok := s.constraintFor(s.doc.Relations[ri], e); ok {
				cs = append(cs, c)
			}
		}
		orig := e.chosen
		if s.keepMeeting(e, cs) || orig < 0 {
			continue
		}
		if s.strayAnchorYields(e, orig, rels) {
			continue // « Sion se trouve à 9 km au sud-ouest du mayen des Crêtes »
		}
		if primaryMatch(e, e.cands[orig]) && s.r.k.looselyHolds(e.cands[orig], cs) {
			e.chosen = orig
		} else {
			e.givenUp = orig
		}
	}
}

// strayAnchorYields gives up, instead of e's namesake, the namesake of
// the one anchor of e's relations (rels) that lies farther than
// yieldKm from every other town the document names, when e's own
// namesake lies within companyKm of one of them: in « Le mayen des Crêtes a
// été restauré par une famille de Sierre. Sion se trouve à 9 km au
// sud-ouest du mayen », the hut matched a Spanish village 850 km away,
// and Sion, 15 km from Sierre, was derived from it. The anchor is then
// located from e, which keeps orig, the namesake it had before
// keepMeeting. It reports whether it gave one up.
func (s *session) strayAnchorYields(e *entity, orig int, rels []int) bool {
	var anchor *entity
	for _, ri := range rels {
		rel := s.doc.Relations[ri]
		o := s.entityAt(rel.Object)
		if rel.Border != nil || o == nil || anchor != nil && o != anchor {
			return false
		}
		anchor = o
	}
	if anchor == nil || !anchor.hasGazetteer() || orig < 0 {
		return false
	}
	pe, pa := e.cands[orig].Point, anchor.cands[anchor.chosen].Point
	near := false
	for _, o := range s.ents {
		if o == e || o == anchor || !o.hasGazetteer() || o.cands[o.chosen].Class != "P" {
			continue
		}
		q := o.cands[o.chosen].Point
		if haversineM(pa, q) <= yieldKm*1000 {
			return false
		}
		near = near || haversineM(pe, q) <= companyKm*1000
	}
	if !near || haversineM(pa, pe) <= yieldKm*1000 {
		return false
	}
	anchor.givenUp, anchor.chosen = anchor.chosen, -1
	e.chosen = orig
	return true
}

// yieldKm and companyKm are strayAnchorYields' distances: an anchor
// farther than yieldKm from every other town of the document is a
// stray when the place measured from it lies within companyKm of one.
const (
	yieldKm   = 500
	companyKm = 100
)

// looselyHolds reports whether c breaks none of cs by more than
// Ranking.LooseKm or Ranking.LooseShare of the constraint's farthest
// allowed distance, whichever is larger.
func (k Ranking) looselyHolds(c gazetteer.Place, cs []geo.Constraint) bool {
	for _, con := range cs {
		slack := k.LooseKm * 1000
		if !math.IsInf(con.MaxM, 1) {
			slack = max(slack, k.LooseShare*con.MaxM)
		}
		if r := con.Residual(c.Point); math.IsNaN(r) || r > slack {
			return false
		}
	}
	return true
}

// fallBack gives e back the gazetteer entry markDerived gave up when the
// text could not place e either, and reports whether it did: a known town
// is better shown where the gazetteer has it, with the statement it breaks
// reported, than not shown at all. So it is when the position derived
// from the text breaks more of what the text states about e than the
// gazetteer's does (breaksMore): "Guatapé is a town in the Antioquia Department,
// roughly 80 km east of Medellín, near the El Peñol rock", with El Peñol
// taken for a town 530 km away, breaks only the nearness at Guatapé and
// the department and the distance where the nearness holds.
func (s *session) fallBack(e *entity) bool {
	if e.givenUp < 0 || e.hasGazetteer() {
		return false
	}
	note := "what the text states about it breaks the gazetteer's position, but places it nowhere else"
	if e.place != nil && e.place.Status != StatusUnresolved {
		if e.place.Status != StatusContradicted || !e.place.HasPoint ||
			s.breaksMore(e, e.cands[e.givenUp].Point, e.place.Point) {
			return false
		}
		note = "what the text states about it breaks the gazetteer's position, but breaks more of it at any position it gives"
	}
	e.chosen, e.givenUp, e.place = e.givenUp, -1, nil
	e.note = note
	return true
}

// breaksMore reports whether gaz, a gazetteer position of e, breaks at
// least as many of the spatial relations of which e is the subject as der,
// the position derived for it, each read loosely (looselyHolds), with the
// division the text puts it in (divisionArea). A relation a long report
// repeats word for word is counted once, so the cost stays linear in the
// number of relations.
func (s *session) breaksMore(e *entity, gaz, der orb.Point) bool {
	type key struct {
		kind         text.Kind
		obj          *entity
		border       *text.BorderRef
		min, max, az float64
		points       int
		road         bool
	}
	var cs []geo.Constraint
	if c, ok := s.divisionArea(e); ok {
		cs = append(cs, c)
	}
	seen := map[key]bool{}
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		if !spatial(rel.Kind) {
			continue
		}
		k := key{rel.Kind, s.entityAt(rel.Object), rel.Border, rel.MinKm, rel.MaxKm, rel.Azimuth, rel.Points, rel.Road}
		if seen[k] {
			continue
		}
		seen[k] = true
		if c, ok := s.constraintFor(rel, e); ok {
			cs = append(cs, c)
		}
	}
	n := 0
	for _, c := range cs {
		one := []geo.Constraint{c}
		if !s.r.k.looselyHolds(gazetteer.Place{Point: gaz}, one) {
			n++
		}
		if !s.r.k.looselyHolds(gazetteer.Place{Point: der}, one) {
			n--
		}
	}
	return n >= 0
}

// keepMeeting chooses the first gazetteer candidate of e, the chosen one
// first, that meets every constraint in cs, and reports whether there was
// one; e has no gazetteer entry when there was none.
func (s *session) keepMeeting(e *entity, cs []geo.Constraint) bool {
	order := append([]int{e.chosen}, seq(len(e.cands), e.chosen)...)
	for _, i := range order {
		if i >= 0 && meets(cs, e.cands[i].Point) {
			if e.chosen < 0 && strings.HasPrefix(e.note, "the gazetteer knows ") {
				// The note said why the entry was given up; the text's
				// statements take it back ("Dalanzadgad", given up as
				// another name of Dalandzadgad far from Hong Kong,
				// lies 520 km from Ulaanbaatar as stated).
				e.note = ""
			}
			e.chosen = i
			return true
		}
	}
	e.chosen = -1
	return false
}

// meets reports whether p satisfies every constraint in cs.
func meets(cs []geo.Constraint, p orb.Point) bool {
	for _, c := range cs {
		if c.Residual(p) > 0 {
			return false
		}
	}
	return true
}

// anchoredRelations returns the spatial relations in which e is the subject
// and the object is a gazetteer place or a border.
func (s *session) anchoredRelations(e *entity) []int {
	var out []int
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		if !spatial(rel.Kind) {
			continue
		}
		if rel.Border != nil {
			out = append(out, ri)
			continue
		}
		if o := s.entityAt(rel.Object); o != nil && o != e && o.hasGazetteer() {
			out = append(out, ri)
		}
	}
	return out
}

// anchorOf returns the solver anchor an entity offers, if it has a position.
func anchorOf(e *entity) (geo.Anchor, bool) {
	switch {
	case e == nil:
	case e.hasGazetteer():
		p := e.cands[e.chosen].Point
		return geo.Anchor{Point: &p}, true
	case e.place != nil && e.place.Region != nil:
		return geo.Anchor{Region: e.place.Region}, true
	case e.admin1 != nil && e.admin1.Seat != nil:
		p := e.admin1.Seat.Point
		return geo.Anchor{Point: &p}, true
	}
	return geo.Anchor{}, false
}

// constraintFor turns a relation into a constraint on the position of
// target, which is the relation's subject or its object. It reports false
// when the other side has no position.
func (s *session) constraintFor(rel text.Relation, target *entity) (geo.Constraint, bool) {
	c, ok := s.constraintWith(rel, target, s.r.v.Bounds(rel))
	if !ok || c.Anchor.Point == nil || rel.Border != nil || !spatial(rel.Kind) || rel.Kind == text.KindBetween {
		return c, ok
	}
	other := s.entityAt(rel.Object)
	if target == other {
		other = s.entityAt(rel.Subject)
	}
	if other != nil && other.hasGazetteer() {
		s.r.v.widenForExtent(&c, other.cands[other.chosen].Population)
	}
	return c, ok
}

// constraintWith is constraintFor with the relation read as b.
func (s *session) constraintWith(rel text.Relation, target *entity, b Bounds) (geo.Constraint, bool) {
	if rel.Kind == text.KindBetween {
		return s.betweenConstraint(rel, target, b)
	}
	if rel.MissingNumber && rel.Kind == text.KindDistance {
		// "lies about km from Y": neither a number nor a direction, so
		// nothing to measure; reading it as 0 km would invent a distance.
		return geo.Constraint{}, false
	}
	c := geo.Constraint{MinM: b.MinKm * 1000, MaxM: b.MaxKm * 1000, NominalM: b.NominalKm * 1000}
	if b.HasBearing {
		c.Bearing = &geo.Sector{Azimuth: b.Azimuth, HalfWidth: b.HalfWidth}
	}
	if rel.Border != nil {
		bp := s.borderFor(rel, target)
		if bp == nil || bp.Geometry == nil {
			return c, false
		}
		c.Anchor = geo.Anchor{Line: bp.Geometry.(orb.MultiLineString)}
		c.Bearing = nil // "150 km south of the border" is a distance to a line
		if b.HasBearing {
			// ... on the side the direction names: within a quarter turn
			// of it as seen from the border's nearest point, since a
			// border winds ("the Chadian border runs 12 km north of X"
			// puts X south of it, not north).
			c.Bearing = &geo.Sector{Azimuth: b.Azimuth, HalfWidth: borderSideDeg}
		}
		return c, true
	}
	sub, obj := s.entityAt(rel.Subject), s.entityAt(rel.Object)
	other := obj
	if target == obj {
		other = sub
		if c.Bearing != nil {
			// The text gives the direction from the object to the subject;
			// seen from the subject it is the opposite one.
			c.Bearing.Azimuth = math.Mod(c.Bearing.Azimuth+180, 360)
		}
	}
	if rel.Onward && c.Bearing == nil && target == sub && sub != obj {
		// "Abra X, a pass 25 km beyond Y" after "Y, 80 km south of Z":
		// on along the way from Z through Y.
		if az, ok := s.onwardAzimuth(sub, obj); ok {
			c.Bearing = &geo.Sector{Azimuth: az, HalfWidth: s.r.v.OnwardHalfWidth}
		}
	}
	if rel.Kind == text.KindIn && rel.Seat && other != nil && other.admin1 != nil && other.admin1.Seat != nil {
		// "the capital of Chad's Lac Region": at the seat the gazetteer
		// records for the region.
		p := other.admin1.Seat.Point
		return geo.Constraint{Anchor: geo.Anchor{Point: &p}, MaxM: s.r.v.SeatKm * 1000}, true
	}
	if other != nil && other.country != nil {
		if rel.Kind == text.KindIn || b.MaxKm == 0 {
			c.Anchor = geo.Anchor{Area: other.country.Shape}
			c.MinM, c.MaxM, c.Bearing = 0, 0, nil
			if rel.Kind == text.KindIn && target == sub {
				// "à 4 km au large de X, au Sénégal": in its waters, off
				// its land (settled.go).
				c.MaxM = s.offshoreReachM(sub)
			}
			return c, true
		}
		return c, false
	}
	a, ok := anchorOf(other)
	if !ok {
		return c, false
	}
	c.Anchor = a
	if rel.Kind == text.KindNear && target == sub && !other.hasGazetteer() && other.admin1 != nil {
		// "washed ashore at Sinalagu, 40 km east of Auki, on the other
		// side of Malaita": near a province is near any part of it, not
		// near its seat; without a hull of its places, any place within
		// a division's reach of the seat (Vagueness.InDivisionKm).
		if len(other.admin1.Hull) > 0 {
			c.Anchor = geo.Anchor{Area: orb.MultiPolygon{other.admin1.Hull}}
		} else {
			c.MaxM = max(c.MaxM, s.r.v.InDivisionKm*1000)
		}
	}
	if rel.Kind == text.KindIn && other.admin1 == nil && math.IsInf(c.MaxM, 1) {
		// "X, Gao" with Gao a town: X is in its commune or district, not
		// anywhere at all.
		c.MaxM = s.r.v.InTownKm * 1000
		if isAdminName(other.name, other.feature) {
			c.MaxM = s.r.v.InDivisionKm * 1000 // "in the Cercle of Niono"
		}
		// « un village de la commune de Tamanrasset, à 110 km au
		// nord-est de Tamanrasset »: the commune reaches as far as the
		// text measures from the town to the place in it.
		c.MaxM = max(c.MaxM, s.divisionReachM(rel, other))
	}
	if rel.Kind == text.KindIn && target == sub && !math.IsInf(c.MaxM, 1) {
		c.MaxM = max(c.MaxM, s.offshoreReachM(sub)) // "30 km au large de X, en Corse-du-Sud"
	}
	return c, true
}

// divisionArea returns the containment of e in a first- or second-level
// division as an area the solve can use: the hull of the division's known
// places, with the slack its check allows. The solve otherwise leaves such
// containment to the check; it is used only when nothing else bounds e.
// It reports false when e is said to lie in no division with a hull.
func (s *session) divisionArea(e *entity) (geo.Constraint, bool) {
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		obj := s.entityAt(rel.Object)
		if rel.Kind != text.KindIn || obj == nil || obj == e {
			continue
		}
		var hull orb.Polygon
		switch {
		case obj.admin2 != nil:
			hull = obj.admin2.Hull
		case obj.admin1 != nil:
			hull = obj.admin1.Hull
		}
		if len(hull) > 0 && len(hull[0]) >= 4 {
			return geo.Constraint{Anchor: geo.Anchor{Area: orb.MultiPolygon{hull}}, MaxM: max(admin1SlackKm*1000, s.offshoreReachM(e), s.divisionReachM(rel, obj))}, true
		}
	}
	return geo.Constraint{}, false
}

// bandOrSector reports whether cs says more than a containment: a band
// along a border or a coast, or a direction from a place. A division alone
// does not locate a place; with one of these it bounds it.
func bandOrSector(cs []geo.Constraint) bool {
	for _, c := range cs {
		if (len(c.Anchor.Line) > 0 && !math.IsInf(c.MaxM, 1)) || c.Bearing != nil {
			return true
		}
	}
	return false
}

// borderSideDeg is the half-width in degrees of the direction allowed
// from a border's nearest point: the side of the border the text names.
const borderSideDeg = 90

// betweenConstraint is constraintWith for a "between A and B" relation
// on its subject: the ellipse of the places whose detour from A to B is at
// most b.Spread of d(A,B) (geo.Foci), or for "midway" the disc of radius
// b.Spread·d(A,B) around the midpoint of A–B. It reports false when target
// is not the subject or A or B has no position or is a country or region
// (whose label point is no end of a way).
func (s *session) betweenConstraint(rel text.Relation, target *entity, b Bounds) (geo.Constraint, bool) {
	f, ok := s.betweenFoci(rel)
	if !ok || target != s.entityAt(rel.Subject) {
		return geo.Constraint{}, false
	}
	ab := geo.Distance(f[0], f[1])
	if rel.Midway {
		return geo.Constraint{Anchor: geo.Anchor{Point: new(f.Midpoint())}, MaxM: b.Spread * ab}, true
	}
	return geo.Constraint{Anchor: geo.Anchor{Foci: &f}, MaxM: b.Spread * ab / 2}, true
}

// onwardAzimuth returns the direction, in degrees clockwise from north, in
// which the text came to obj: from the place another of its distances or
// directions measures obj from ("Y, 80 km south of Z" came south from Z),
// to obj's position. It reports false when no such place, other than sub,
// has a position apart from obj's.
func (s *session) onwardAzimuth(sub, obj *entity) (float64, bool) {
	to, ok := pointOf(obj)
	if !ok {
		return 0, false
	}
	for _, ri := range obj.subjectOf {
		rel := s.doc.Relations[ri]
		if rel.Kind != text.KindDistance && rel.Kind != text.KindDirection || rel.Border != nil || rel.Reversed {
			continue
		}
		from := s.entityAt(rel.Object)
		if from == nil || from == obj || from == sub || from.country != nil {
			continue
		}
		if p, ok := pointOf(from); ok && geo.Distance(p, to) > 1000 {
			return geo.Azimuth(p, to), true
		}
	}
	return 0, false
}

// pointOf returns the point that stands for e's position: its gazetteer
// point or the best point of its derived region.
func pointOf(e *entity) (orb.Point, bool) {
	a, ok := anchorOf(e)
	switch {
	case !ok:
	case a.Point != nil:
		return *a.Point, true
	case a.Region != nil:
		return a.Region.Point, true
	}
	return orb.Point{}, false
}

// betweenFoci returns the positions of the two places of a "between"
// relation, and false when either has none, is a country or a region, or
// they coincide.
func (s *session) betweenFoci(rel text.Relation) (geo.Foci, bool) {
	var f geo.Foci
	for i, m := range [2]int{rel.Object, rel.Other} {
		e := s.entityAt(m)
		if e == nil || e.country != nil || e.admin1 != nil {
			return f, false
		}
		a, ok := anchorOf(e)
		switch {
		case !ok:
			return f, false
		case a.Point != nil:
			f[i] = *a.Point
		case a.Region != nil:
			f[i] = a.Region.Point // a derived end: its best point
		default:
			return f, false
		}
	}
	return f, f[0] != f[1]
}

// borderFor returns the border place a relation measures from, making it
// on first use. A border named by one country ("the Algerian border") is
// that country's border with the subject's country when the text says which
// country the subject lies in, and all of that country's land borders when
// it does not.
func (s *session) borderFor(rel text.Relation, subject *entity) *Place {
	if rel.Border.Coast {
		return s.coastFor(rel, subject) // coast.go
	}
	var codes []string
	for _, n := range rel.Border.Countries {
		c, err := s.country(n)
		if err != nil {
			continue
		}
		codes = append(codes, c.Code)
	}
	if len(codes) == 0 {
		return nil
	}
	if len(codes) == 1 && subject != nil {
		// The subject's own country first: "the Algerian border" of a
		// place in Mali is the Mali–Algeria border. When the text does not
		// say, the country of the town it is measured from stands for it.
		own := subject.inCountry
		if own == "" {
			own = s.anchorCountry(subject)
		}
		if own != "" && own != codes[0] {
			codes = []string{own, codes[0]}
		}
	}
	key := strings.Join(codes, "-")
	if s.borders == nil {
		s.borders = map[string]*Place{}
	}
	if p, ok := s.borders[key]; ok {
		return p
	}
	var bs []gazetteer.Border
	if len(codes) >= 2 {
		if b, err := s.r.db.Border(s.ctx, codes[0], codes[1]); err == nil {
			bs = []gazetteer.Border{b}
		}
	}
	if len(bs) == 0 {
		bs, _ = s.r.db.Borders(s.ctx, codes[0])
	}
	if len(bs) == 0 {
		s.borders[key] = nil
		return nil
	}
	var line orb.MultiLineString
	for _, b := range bs {
		line = append(line, b.Line...)
	}
	name := strings.TrimSpace(s.doc.Repaired(rel.Border.Span))
	if len(bs) == 1 && bs[0].Name != "" {
		name = bs[0].Name
	}
	p := &Place{Name: name, Feature: "border", Source: SourceGazetteer, Status: StatusLocated, Geometry: line}
	s.borders[key] = p
	return p
}

// solve locates every derived place from the constraints on it, anchors
// first: a place measured from another derived place waits for it, so that
// the anchor's uncertainty carries into its region. A gazetteer place
// measured from a derived one waits too, and is kept only if it meets what
// the text states once its anchor is placed: "the wadi of Lintin, 3 to 7 km
// north-west of Samersa" is not the Lintin in Sicily when Samersa is in
// Niger.
func (s *session) solve() error {
	var todo []*entity
	for _, e := range s.ents {
		switch {
		case e.country != nil || e.admin1 != nil:
		case e.hasGazetteer():
			if s.unverified(e) {
				todo = append(todo, e)
			}
		case e.role != "":
			// "the provincial capital" with no province named: the seat
			// is unknown, and the places measured from it say nothing of
			// where it is that the text meant.
		case isLongLine(e.feature) && !s.measuredFromAnchor(e):
			// "on the banks of the Kafue River", "along the Great East
			// Road": the subject lies somewhere along it, so the line is
			// not at the subject's point, and the gazetteer holds no
			// rivers, lakes or roads to place it.
			if e.note == "" {
				e.note = linearKinds[e.feature].note
			}
		case isWay(e.feature) && s.subjectOnlyNear(e):
			// "The Highlands Highway was cut near Kundiawa": the cut was
			// near the town, and the road runs on far beyond it; a road
			// set only near a place is not at that place's point.
			if e.note == "" {
				e.note = linearKinds[e.feature].note
			}
		case islandFeatures[e.feature] && !s.measuredFromAnchor(e) && s.onlyNear(e):
			// "en face de l'île de Gorée": a place near the island is
			// no measure of where the island lies.
			if e.note == "" {
				e.note = "an island: the gazetteer holds settlements, not islands, and the text places it only by a place it is near"
			}
		case len(s.spatialRelations(e)) > 0 || s.measuredFrom(e):
			todo = append(todo, e)
		}
	}
	s.pending = map[*entity]bool{}
	for _, e := range todo {
		s.pending[e] = true
	}
	for len(todo) > 0 {
		if err := s.ctx.Err(); err != nil {
			return err
		}
		// Prefer a place whose anchors all have positions already.
		pick := -1
		for i, e := range todo {
			if s.ready(e, todo) {
				pick = i
				break
			}
		}
		if pick < 0 {
			// A cycle: solve from what is known now, the place with the
			// most relations that can already place it first; with none
			// that can, a gazetteer place first, which its own entry
			// may confirm and which then anchors the others ("the camp
			// at Podkosa … Knin lies 9 km north of Podkosa, and Drniš
			// 12 km south of it").
			pick = 0
			best, gaz := 0, todo[0].hasGazetteer()
			for i, e := range todo {
				if n := s.usable(e); n > best || n == best && !gaz && e.hasGazetteer() {
					pick, best, gaz = i, n, e.hasGazetteer()
				}
			}
		}
		e := todo[pick]
		todo = append(todo[:pick], todo[pick+1:]...)
		delete(s.pending, e)
		if given := e.chosen; given >= 0 {
			if s.confirm(e) {
				continue
			}
			e.givenUp = given
		}
		e.chosen = -1
		s.solveOne(e)
		s.fallBack(e)
	}
	return nil
}

// unverified reports whether a gazetteer place is the subject of a spatial
// relation whose object markDerived could not check it against: a place
// with no gazetteer position.
func (s *session) unverified(e *entity) bool {
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		if !spatial(rel.Kind) || rel.Border != nil {
			continue
		}
		if o := s.entityAt(rel.Object); o != nil && o != e && !o.hasGazetteer() && o.country == nil && o.admin1 == nil && s.placeableWithout(o, e) && !s.bearsOnRing(e, o, rel) && !s.tighterAnchor(e, o, rel) {
			return true
		}
	}
	return false
}

// tighterAnchor reports whether rel, a distance from e, a gazetteer
// place with one namesake, to o, bounds o more tightly than every other
// distance the text states of o: "Parakou se trouve à 12 km au sud de la
// ferme" places the farm, though Djougou, 115 km away, would place it
// too. Then e is one of o's anchors, not a place waiting to be checked
// against where o's looser distances put it: o's region is drawn from
// both, and the check of e reports what the point of o measures.
func (s *session) tighterAnchor(e, o *entity, rel text.Relation) bool {
	if rel.Kind != text.KindDistance || rel.MaxKm <= 0 || len(e.cands) != 1 {
		return false
	}
	for _, ri := range o.subjectOf {
		r := s.doc.Relations[ri]
		if r.Kind == text.KindDistance && r.Border == nil && r.MaxKm > 0 && r.MaxKm <= 2*rel.MaxKm {
			return false
		}
	}
	return true
}

// bearsOnRing reports whether rel, a distance with a direction from e, a
// gazetteer place with one namesake, to o, is what tells on which side of
// a ring o lies: o's own distances all lack a direction ("The nearest town
// is Tiptur, 12 km away. The district headquarters, Tumkur, is 80 km to
// the east."). Then e is no place waiting to be checked against o but one
// of o's anchors, as when the text states nothing else of o; else o would
// be put on the ring's most settled side and e checked loosely against it.
func (s *session) bearsOnRing(e, o *entity, rel text.Relation) bool {
	if rel.Kind != text.KindDistance || rel.Points == 0 || rel.MinKm <= 0 || len(e.cands) != 1 {
		return false
	}
	ring := false
	for _, ri := range o.subjectOf {
		r := s.doc.Relations[ri]
		if !spatial(r.Kind) {
			continue
		}
		if r.Kind != text.KindDistance || r.Points > 0 || r.Border != nil {
			return false
		}
		ring = true
	}
	return ring
}

// placeableWithout reports whether the text states something that may
// place o other than its relations with e: a chain of distances,
// directions or nearness, read either way, that leads from o to a
// gazetteer place other than e. When it states nothing
// else, the relation is inverted ("Tessalit lies 80 km west of Inabag"):
// e, a gazetteer place, is the anchor, and o is placed from it rather than
// e waiting to be checked against o. A direction with no distance places
// nothing alone, so it leads nowhere, but directions from two gazetteer
// places other than e may cross and place o (solveCrossing).
func (s *session) placeableWithout(o, e *entity) bool {
	seen := map[*entity]bool{o: true, e: true}
	queue := []*entity{o}
	var crossing []*entity
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		for _, ri := range append(append([]int(nil), x.subjectOf...), x.objectOf...) {
			rel := s.doc.Relations[ri]
			if !spatial(rel.Kind) || rel.Border != nil {
				continue // a border alone bounds no place: it is a long line
			}
			y := s.entityAt(rel.Object)
			if y == x {
				if rel.OneWay {
					continue // it places the subject, never the object
				}
				y = s.entityAt(rel.Subject)
			}
			if y == nil || seen[y] {
				continue
			}
			if rel.Kind == text.KindDirection {
				if x == o && y.hasGazetteer() && !slices.Contains(crossing, y) {
					crossing = append(crossing, y)
				}
				continue
			}
			if y.hasGazetteer() || y.admin1 != nil && y.admin1.Seat != nil {
				return true
			}
			seen[y] = true
			queue = append(queue, y)
		}
	}
	return len(crossing) >= 2
}

// confirm keeps the first gazetteer candidate of e, the chosen one first,
// that meets every relation in which e is the subject and the object now has
// a position. It reports false, and e is derived, when none does.
func (s *session) confirm(e *entity) bool {
	var cs []geo.Constraint
	for _, ri := range e.subjectOf {
		if rel := s.doc.Relations[ri]; spatial(rel.Kind) {
			if c, ok := s.constraintFor(rel, e); ok {
				cs = append(cs, c)
			}
		}
	}
	if len(cs) == 0 {
		return true
	}
	orig := e.chosen
	if s.keepMeeting(e, cs) {
		return true
	}
	if primaryMatch(e, e.cands[orig]) && s.r.k.looselyHolds(e.cands[orig], cs) {
		e.chosen = orig // stated loosely: check reports what it breaks
		return true
	}
	return false
}

// seq returns 0, 1, ..., n-1 without skip.
func seq(n, skip int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		if i != skip {
			out = append(out, i)
		}
	}
	return out
}

// spatialRelations returns the relations that bound where e lies: those in
// which it is the subject (its anchors and its containment), and those in
// which it is the object and the subject already has a position ("Tessalit
// is 80 km west of X" places X from Tessalit; a derived subject was placed
// from e and cannot place e in turn, nor can a gazetteer subject still
// waiting to be checked against e, nor a OneWay relation: "Nearby villages
// include X" bounds the subject, not X).
func (s *session) spatialRelations(e *entity) []int {
	var out []int
	for _, ri := range e.subjectOf {
		if k := s.doc.Relations[ri].Kind; spatial(k) || k == text.KindIn {
			out = append(out, ri)
		}
	}
	for _, ri := range e.objectOf {
		rel := s.doc.Relations[ri]
		if sub := s.entityAt(rel.Subject); spatial(rel.Kind) && !rel.OneWay && sub != e && sub != nil && s.positioned(sub) {
			out = append(out, ri)
		}
	}
	return out
}

// measuredFrom reports whether e is the object of a spatial relation
// whose subject is not in the gazetteer: once that subject is placed, it
// may place e in turn.
func (s *session) measuredFrom(e *entity) bool {
	for _, ri := range e.objectOf {
		rel := s.doc.Relations[ri]
		if sub := s.entityAt(rel.Subject); spatial(rel.Kind) && !rel.OneWay && sub != nil && sub != e && !sub.hasGazetteer() && sub.country == nil && sub.admin1 == nil {
			return true
		}
	}
	return false
}

// fromCountry reports whether a spatial relation measures e from a
// country named as a whole ("40 km from Mali").
func (s *session) fromCountry(e *entity) bool {
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		if o := s.entityAt(rel.Object); spatial(rel.Kind) && rel.Border == nil && o != nil && o.country != nil {
			return true
		}
	}
	return false
}

// onlyNear reports whether e is the object of a nearness and of no other
// spatial relation: "en face de l'île de Gorée" says no distance and no
// direction from the place near it.
func (s *session) onlyNear(e *entity) bool {
	return s.nearOnly(e.objectOf)
}

// subjectOnlyNear reports whether every spatial relation e is the subject
// of is nearness, and there is one: "the Trans-Labrador Highway was
// closed after a tanker overturned near Churchill Falls".
func (s *session) subjectOnlyNear(e *entity) bool {
	return s.nearOnly(e.subjectOf)
}

// nearOnly reports whether every spatial relation of the document indexed
// by rels is nearness, and there is one.
func (s *session) nearOnly(rels []int) bool {
	near := false
	for _, ri := range rels {
		switch k := s.doc.Relations[ri].Kind; {
		case k == text.KindNear:
			near = true
		case spatial(k):
			return false
		}
	}
	return near
}

// measuredFromAnchor reports whether e is the subject of a spatial
// relation: it is measured from another place; or, a lake or a bay, the
// object of a distance with a direction whose subject is a gazetteer
// place, which says where the water lies from that place ("Kingston,
// Ontario, lies about 25 km south of the bay").
func (s *session) measuredFromAnchor(e *entity) bool {
	for _, ri := range e.subjectOf {
		if spatial(s.doc.Relations[ri].Kind) {
			return true
		}
	}
	if e.feature != "lake" && e.feature != "lakes" && e.feature != "bay" {
		return false
	}
	// "SEPT-ÎLES — ... au camp du lac Matamec, à une trentaine de
	// kilomètres à l'est": a lake, no long line, placed by a distance and
	// a direction from a town is measured from it as when it is the
	// subject ("le lac X, à 30 km à l'est de Y").
	for _, ri := range e.objectOf {
		rel := s.doc.Relations[ri]
		if sub := s.entityAt(rel.Subject); rel.Kind == text.KindDistance && rel.Points > 0 && !rel.OneWay && sub != nil && sub != e && sub.hasGazetteer() {
			return true
		}
	}
	return false
}

// positioned reports whether e has a position that may anchor another place:
// a gazetteer place not waiting to be checked, a division by its seat, or a
// derived place already located (an unknown object placed from a known
// subject may anchor a further unknown). Every place is solved once, from
// places positioned before it, so a derived place never anchors a place it
// was placed from.
func (s *session) positioned(e *entity) bool {
	if s.pending[e] {
		return false
	}
	if e.admin1 != nil && e.admin1.Seat != nil && !e.hasGazetteer() && e.country == nil {
		// "… in the Gambela region. Gambela town lies 45 km east of the
		// extension": a division is measured from its seat, as anchorOf
		// does when the text measures from it.
		return true
	}
	return e.hasGazetteer() || e.place != nil && e.place.Region != nil && e.place.Status != StatusUnresolved
}

// ready reports whether every place e is measured from has a position:
// the objects of its relations, and the subjects of the relations that
// state where it lies as seen from them ("Tessalit lies 80 km west of X").
func (s *session) ready(e *entity, todo []*entity) bool {
	waits := func(other *entity) bool {
		for _, t := range todo {
			if t == other && t != e {
				return true
			}
		}
		return false
	}
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		if waits(s.entityAt(rel.Object)) || rel.Kind == text.KindBetween && waits(s.entityAt(rel.Other)) {
			return false
		}
	}
	for _, ri := range e.objectOf {
		if rel := s.doc.Relations[ri]; spatial(rel.Kind) && !rel.OneWay && waits(s.entityAt(rel.Subject)) {
			return false
		}
	}
	return true
}

// usable counts the relations that could place e now.
func (s *session) usable(e *entity) int {
	s.anchors = map[*entity]string{}
	defer func() { s.anchors = nil }()
	n := 0
	for _, ri := range s.spatialRelations(e) {
		if _, ok := s.constraintFor(s.doc.Relations[ri], e); ok {
			n++
		}
	}
	return n
}

// strictMaxCells is the grid size of the face-value solve, which gives a
// point and a verdict but no region to draw: a coarser grid than the
// region's (geo.DefaultMaxCells) is enough.
const strictMaxCells = 8000

// solveOne locates one derived place.
func (s *session) solveOne(e *entity) {
	s.anchors = map[*entity]string{}
	defer func() { s.anchors = nil }()
	p := s.placeOf(e)
	var cs, firm []geo.Constraint
	for _, ri := range s.spatialRelations(e) {
		rel := s.doc.Relations[ri]
		if c, ok := s.constraintFor(rel, e); ok {
			cs = append(cs, c)
			if !vagueBorder(rel) && !s.vagueArea(rel) {
				firm = append(firm, c)
			}
		}
	}
	if len(firm) == len(cs) {
		firm = nil
	}
	cs = s.onLand(e, cs)
	// With nothing but the country to bound e, "X, localité de la commune
	// de Jacmel" is a containment alone, which places nothing, not a point
	// at Haiti's middle outside the division.
	if in := s.inDivisionCountry(e, cs); len(in) > len(cs) && pointBound(cs) {
		if firm == nil {
			firm = slices.Clip(cs) // the country bounds e loosely: see placeByFirm
		}
		cs = in
	}
	p.Source = SourceDerived
	if (len(cs) == 0 || s.unplacedDoubtful(e)) && !s.measuredFromAnchor(e) {
		// Only a place still unplaced is measured from e: e is what
		// check makes of a name the text does not locate. A doubtful
		// name the text only puts in a town ("Komfo Anokye Teaching
		// Hospital, Kumasi") is a building there, no place to solve.
		e.place = nil
		return
	}
	if len(cs) == 0 {
		p.Source, p.Status = SourceUnresolved, StatusUnresolved
		p.Note = "every place it is measured from is itself unplaced"
		if s.fromCountry(e) {
			p.Note = "it is measured only from a whole country, which does not place it: a distance needs a town or a border"
		} else if s.missingNumber(e) {
			// "lies about km from Y": a distance with neither its number
			// nor a direction; the place is listed, not placed.
			p.Note = "what the text states does not bound it: " + missingNumberBareNote
		} else if end, ok := s.halfBetween(e); ok {
			p.Note = "it lies between two places and one of them, " + end + ", is unplaced, so the stretch between them is unknown"
		}
		return
	}
	cs = uniqueConstraints(cs)
	reg, err := solveFramed(cs, geo.Options{})
	byLine := false
	if errors.Is(err, geo.ErrUnbounded) && boundByLine(cs) {
		reg, err = geo.Solve(cs, geo.Options{})
		byLine = true
	}
	if errors.Is(err, geo.ErrUnbounded) {
		reg, err = s.solveCrossing(e, cs)
	}
	if errors.Is(err, geo.ErrUnbounded) {
		// "in the department of Copán, 12 km from the border with
		// Guatemala": the division, small enough, bounds the band.
		if ac, ok := s.divisionArea(e); ok && bandOrSector(cs) {
			if reg2, err2 := solveFramed(append(slices.Clip(cs), ac), geo.Options{}); err2 == nil {
				reg, err = reg2, nil
			}
		}
	}
	if err != nil {
		p.Source, p.Status = SourceUnresolved, StatusUnresolved
		switch {
		case errors.Is(err, geo.ErrUnbounded) && onlyLines(cs):
			p.Note = "what the text states does not bound it: a band along a border or a coast, even within a country, is a long line, not a place"
		case errors.Is(err, geo.ErrUnbounded):
			p.Note = "what the text states does not bound it (a direction or a containment alone)"
			if s.missingNumber(e) {
				// A direction alone does not place a place ("X lies east
				// of Y" is unresolved too): with its number lost, a
				// distance says no more than its direction.
				p.Note = "what the text states does not bound it: " + missingNumberNote
			}
		case errors.Is(err, errApart):
			p.Note = "what the text states does not bound it (a direction or a containment alone): the sectors of its directions, which would bound it, do not meet each other or what else the text states"
		case errors.Is(err, geo.ErrTooFar):
			p.Note = "a stated distance, or the distance between the places it is measured from, is beyond 5,000 km, which locus does not solve"
		default:
			p.Note = fmt.Sprintf("the solver failed: %v", err)
		}
		if e.note != "" {
			p.Note = e.note + "; " + p.Note
		}
		return
	}
	p.Region = reg
	p.Point, p.HasPoint = reg.Point, true
	p.Status = StatusLocated
	if e.reachM > 0 {
		p.Note = s.bearingsNote(e, e.reachM)
	}
	if s.missingNumber(e) {
		// "X lies km east of A and north of B": the distance whose number
		// is lost is read as its direction alone; say so, so that the
		// distance is seen as not measured rather than as absent.
		p.Note = joinNote(p.Note, missingNumberNote)
	}
	if byLine {
		p.Note = "placed from a direction with no distance and a distance to a border alone: the region is the band along the border inside the direction's sector, and is wide"
	}
	if !reg.Feasible {
		// The compromise may still meet every loose reading within a metre
		// (two sectors that touch along a line): the strict readings then
		// say which statements break.
		p.Status, e.strained = StatusContradicted, true
		s.placeByFirm(e, firm)
		return
	}
	// The allowances reconcile the relations; do they hold as written? If
	// they do, the best point is the one the face-value reading gives: the
	// allowances widen the region so that it holds the truth, but they must
	// not drag the estimate away from what the text states.
	strict := s.onLand(e, s.strictFor(e))
	sr, err := solveFramed(uniqueConstraints(strict), geo.Options{MaxCells: strictMaxCells})
	switch {
	case err != nil:
	case sr.Feasible && reg.Contains(sr.Point):
		reg.Point, p.Point = sr.Point, sr.Point
	case !sr.Feasible:
		// The statements hold only loosely read. Road distances and loose
		// compass words need part of their allowance and are no
		// contradiction; statements that meet only at the edge of the
		// allowances are.
		e.loose = true
		if !s.holdBetween(e, s.r.v.ContradictionFraction) {
			e.strained = true
			p.Status = StatusContradicted
			s.placeByFirm(e, firm)
			return
		}
	}
	onRing := false
	if q, ok := atStatedDistance(cs, p.Point); ok && reg.Contains(q) {
		reg.Point, p.Point, onRing = q, q, true
		if len(reg.Candidates) > 0 {
			reg.Candidates[0].Point = q
		}
	}
	if q, ok := atNearPlace(cs); ok && reg.Contains(q) {
		reg.Point, p.Point = q, q
		if len(reg.Candidates) > 0 {
			reg.Candidates[0].Point = q
		}
	}
	if q, ok := betweenSide(cs); ok && reg.Contains(q) {
		// "entre Kpalimé et Atakpamé, à 18 km de Kpalimé": on the way
		// from the one to the other.
		moveToPart(reg, q)
		p.Point = q
		p.Note = joinNote(p.Note, "the text gives its distance from one of the two places it lies between, and no direction: it is placed on the way from that place to the other")
	} else if q, note, ok := s.seaSide(e, cs, reg); ok {
		// A distance off a town with no direction: the sea side
		// (settled.go).
		moveToPart(reg, q)
		p.Point = q
		p.Note = joinNote(p.Note, note)
	} else if q, note, ok := s.settledSide(cs, reg); ok {
		// A distance with no direction: no side of the ring is stated,
		// the settled one is likeliest (settled.go).
		moveToPart(reg, q)
		p.Point = q
		p.Note = joinNote(p.Note, note)
	} else if ring, ok := ringOf(cs); ok && onRing {
		// No settlement says which side: the point is where the solver's
		// centroid points, one of the ring's points like any other.
		p.Note = joinNote(p.Note, ringNote(ring)+"no settlement of the gazetteer lies near the ring to say which side, so its point is one point of it")
	}
}

// betweenSide returns the point of a place that lies between two places
// and at a distance with no direction from one of them ("entre Kpalimé et
// Atakpamé, à 18 km de Kpalimé", "between Salento and Pereira, 9 km from
// Salento"): at that distance along the geodesic toward the other. The
// ring alone has no side, and the side where settlements lie may be away
// from the other place; the text says the way. It reports false when cs
// holds no such pair: one distance from a point with no bearing, and a
// between whose end lies within a kilometre of that point.
func betweenSide(cs []geo.Constraint) (orb.Point, bool) {
	ring, ok := ringOf(cs)
	if !ok {
		return orb.Point{}, false
	}
	o, ok := centreOf(ring.Anchor)
	if !ok {
		return orb.Point{}, false
	}
	for _, c := range cs {
		f := c.Anchor.Foci
		if f == nil {
			continue
		}
		for i := range f {
			if geo.Distance(o, f[i]) <= 1000 {
				_, az, _ := geo.Inverse(o, f[1-i])
				return geo.Destination(o, az, ring.NominalM), true
			}
		}
	}
	return orb.Point{}, false
}

// inDivisionCountry appends to cs, the constraints on e, that e lies in
// the country of a first- or second-level division the text puts it in,
// when no relation puts it in a country: "dans l'Extrême-Nord du
// Cameroun" is in Cameroon, so "à une trentaine de kilomètres de Mokolo",
// a town near the border, is not read across it in Nigeria. The division
// itself bounds e only through its check (see divisionArea). A direction
// already tells the side, and a stated distance and direction win over the
// country a division implies: "40 km à l'ouest de Dapaong, dans la région
// des Savanes" is read 40 km west, in Ghana, with the containment left to
// the check.
func (s *session) inDivisionCountry(e *entity, cs []geo.Constraint) []geo.Constraint {
	if len(cs) == 0 || slices.ContainsFunc(cs, func(c geo.Constraint) bool { return c.Bearing != nil }) {
		return cs
	}
	code := ""
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		if rel.Kind != text.KindIn {
			continue
		}
		switch o := s.entityAt(rel.Object); {
		case o == nil || o == e:
		case o.country != nil:
			return cs
		case o.admin1 != nil && code == "":
			code = o.admin1.Country
		}
	}
	if code == "" {
		return cs
	}
	c, err := s.country(code)
	if err != nil || len(c.Shape) == 0 {
		return cs
	}
	return append(cs, geo.Constraint{Anchor: geo.Anchor{Area: c.Shape}, MaxM: s.offshoreReachM(e)})
}

// pointBound reports whether one of cs bounds its place within a finite
// distance of a point or a line: a stated distance, a nearness, a town
// the place is in. Areas (a country) and an unbounded direction or
// containment (in a division, whose hull only its check uses) do not.
func pointBound(cs []geo.Constraint) bool {
	for _, c := range cs {
		if len(c.Anchor.Area) == 0 && !math.IsInf(c.MaxM, 1) {
			return true
		}
	}
	return false
}

// vagueBorder reports whether rel says only that its subject lies near a
// land border, with no number: "non loin de la frontière avec le Burkina
// Faso", "near the Malian border". Such a statement is loose in the texts
// locus reads (a place 50 km from a Sahel border is "near" it), and looser
// than a stated distance from a town.
func vagueBorder(rel text.Relation) bool {
	return rel.Kind == text.KindNear && rel.Border != nil && !rel.Border.Coast
}

// vagueArea reports whether rel puts its subject only near a place the
// text names as a wide area (a valley, a plain, a range, a reserve, a
// park, a forest: isAreaKind) and the gazetteer holds as a point or a
// division of its name: "on the edge of the Orkhon valley" is near the
// whole valley, and the gazetteer's Orkhon, a district 290 km from the
// camp's stated anchor, is no measure of where the valley's edge runs.
func (s *session) vagueArea(rel text.Relation) bool {
	if rel.Kind != text.KindNear || rel.Border != nil {
		return false
	}
	o := s.entityAt(rel.Object)
	return o != nil && isAreaKind(o.feature)
}

// isAreaKind reports whether the kind a text gives a name is an area
// wider than a town that the gazetteer does not hold as such: a landform
// (isLandformKind), a forest, a reserve or a park.
func isAreaKind(feature string) bool {
	switch feature {
	case "forest", "reserve", "park":
		return true
	}
	return isLandformKind(feature)
}

// placeByFirm places e, whose statements contradict each other, from firm
// alone: its statements but those that only put it near a land border
// (vagueBorder) or a wide area (vagueArea). When a stated distance and a vague nearness to a border
// cannot both hold ("à 40 km au sud-est de Douentza, non loin de la
// frontière avec le Burkina Faso", 55 km from it), the compromise between
// them moved the place off the stated distance; the distance is what the
// text measured, so the place is put where it says and the nearness is
// reported as failing. firm is nil when e has no such statement; e is left
// as it is when firm alone does not place it.
func (s *session) placeByFirm(e *entity, firm []geo.Constraint) {
	if len(firm) == 0 {
		return
	}
	measured := false
	for _, c := range firm {
		measured = measured || c.NominalM > 0
	}
	if !measured {
		return
	}
	reg, err := solveFramed(uniqueConstraints(s.onLand(e, firm)), geo.Options{})
	if err != nil || !reg.Feasible {
		return
	}
	if q, ok := atStatedDistance(firm, reg.Point); ok && reg.Contains(q) {
		reg.Point = q
		if len(reg.Candidates) > 0 {
			reg.Candidates[0].Point = q
		}
	}
	p := s.placeOf(e)
	p.Region, p.Point = reg, reg.Point
}

// anchorCountry returns the country of the gazetteer towns e is
// measured from, as the object or, inverted, as the subject; "" when
// there is none or they lie in different countries.
func (s *session) anchorCountry(e *entity) string {
	if code, ok := s.anchors[e]; ok {
		return code
	}
	code := s.anchorCountryOf(e)
	if s.anchors != nil {
		s.anchors[e] = code
	}
	return code
}

// anchorCountryOf is anchorCountry, computed.
func (s *session) anchorCountryOf(e *entity) string {
	code := ""
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		if !spatial(rel.Kind) || rel.Border != nil {
			continue
		}
		if o := s.entityAt(rel.Object); o != nil && o != e && o.hasGazetteer() {
			c := o.cands[o.chosen].Country
			if code != "" && c != code {
				return ""
			}
			code = c
		}
	}
	// "Maradi lies 30 km north of X": the town X is measured from is the
	// subject.
	for _, ri := range e.objectOf {
		rel := s.doc.Relations[ri]
		if !spatial(rel.Kind) {
			continue
		}
		if o := s.entityAt(rel.Subject); o != nil && o != e && o.hasGazetteer() {
			c := o.cands[o.chosen].Country
			if code != "" && c != code {
				return ""
			}
			code = c
		}
	}
	return code
}

// boundByLine bounds the directions from points in cs by a border
// distance in cs ("south-east of Francistown, near the border with
// Zimbabwe"): no point farther from the direction's anchor than the
// border's farthest vertex plus the border distance can be near the border,
// so that is the direction's greatest distance, and the band along the
// border inside the sector is the region. It reports whether it bounded
// any.
func boundByLine(cs []geo.Constraint) bool {
	var line orb.MultiLineString
	var maxM float64
	for _, c := range cs {
		if c.Anchor.Line != nil && c.MaxM > 0 && !math.IsInf(c.MaxM, 1) {
			line, maxM = c.Anchor.Line, c.MaxM
			break
		}
	}
	if line == nil {
		return false
	}
	bounded := false
	for i := range cs {
		c := &cs[i]
		if c.Anchor.Point == nil || c.Bearing == nil || !math.IsInf(c.MaxM, 1) {
			continue
		}
		far := 0.0
		for _, ls := range line {
			for _, q := range ls {
				far = math.Max(far, geo.Distance(*c.Anchor.Point, q))
			}
		}
		c.MaxM, bounded = far+maxM, true
	}
	return bounded
}

// missingNumberNote is the note of a place one of whose distances is
// stated without its number: the distance is not measured, its direction
// is.
const missingNumberNote = missingNumberBareNote + " and only its direction is known"

// missingNumberBareNote is the note of a place whose distance is stated
// with neither its number nor a direction ("lies about km from Y"):
// missingNumberNote without the direction.
const missingNumberBareNote = "a distance is given without its number, so it is not measured"

// missingNumber reports whether a relation that bounds e states a unit
// and a direction but no number (text.Relation.MissingNumber).
func (s *session) missingNumber(e *entity) bool {
	for _, ri := range s.spatialRelations(e) {
		if s.doc.Relations[ri].MissingNumber {
			return true
		}
	}
	return false
}

// halfBetween returns the name of the unplaced end of a "between A and
// B" that e is the subject of when its other end has a position: « à
// mi-chemin entre Goma et Rutshuru » with no Rutshuru in the gazetteer
// places nothing, yet Goma is placed.
func (s *session) halfBetween(e *entity) (string, bool) {
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		if rel.Kind != text.KindBetween {
			continue
		}
		a, b := s.entityAt(rel.Object), s.entityAt(rel.Other)
		if a == nil || b == nil {
			continue
		}
		switch pa, pb := s.positioned(a), s.positioned(b); {
		case pa && !pb:
			return b.name, true
		case pb && !pa:
			return a.name, true
		}
	}
	return "", false
}

// holdBetween reports whether some point meets every spatial relation on e
// read a fraction f of the way from face value to the allowed reading (see
// Vagueness.Between).
func (s *session) holdBetween(e *entity, f float64) bool {
	var cs []geo.Constraint
	for _, ri := range s.spatialRelations(e) {
		rel := s.doc.Relations[ri]
		if c, ok := s.constraintWith(rel, e, s.r.v.Between(rel, f)); ok {
			cs = append(cs, c)
		}
	}
	cs = s.onLand(e, cs)
	r, err := solveFramed(reachBearings(cs, testReach(e.reachM)), geo.Options{MaxCells: strictMaxCells})
	return err == nil && r.Feasible
}

// atStatedDistance moves a best point to the distance the text states when
// a single distance from a point bounds it: the solver's point is the
// likelihood-weighted centroid of an annular sector, and the centroid of an
// arc lies inside it (by the factor sin θ/θ for a sector of half-width θ:
// 2.6% short for a strict 8-point sector, 12 mi giving 18.90 km instead of
// 19.31). Nothing in the evaluation sets says authors overstate distances
// (README, "The vagueness model"), so the point goes back out to the stated
// distance along the same azimuth. Places with two or more stated distances
// keep the centroid, which weighs them against each other. A distance
// from a place that is itself derived is measured from that place's best
// point (centreOf): its region, spread by the anchor's own uncertainty,
// has its centroid near the anchor, not at the stated distance. It reports
// false when cs holds no such single distance.
func atStatedDistance(cs []geo.Constraint, p orb.Point) (orb.Point, bool) {
	var one *geo.Constraint
	for i := range cs {
		if cs[i].NominalM <= 0 {
			continue
		}
		if one != nil {
			return p, false
		}
		one = &cs[i]
	}
	if one == nil {
		return p, false
	}
	o, ok := centreOf(one.Anchor)
	if !ok {
		return p, false
	}
	d, az, _ := geo.Inverse(o, p)
	if d == 0 {
		return p, false
	}
	return geo.Destination(o, az, one.NominalM), true
}

// centreOf returns the point a stated distance from a is measured from in
// the face-value reading: a known place's point, or the best point of a
// place derived before (Anchor.Region), which a region with no cells
// stands for anyway. It reports false for lines, areas and foci.
func centreOf(a geo.Anchor) (orb.Point, bool) {
	switch {
	case a.Point != nil:
		return *a.Point, true
	case a.Region != nil:
		return a.Region.Point, true
	}
	return orb.Point{}, false
}

// atNearPlace returns the best point of the one derived place that bounds
// a place only by nearness ("L'attaque a eu lieu à 40 km au nord-est de
// Dori, près du village de X": X is near the attack): the region of such a
// place is the other's region widened by the nearness allowance, whose
// centroid lies inside the annular sector the other was placed in (33 km
// out for a sector of 21.6 to 46.4 km), not where the other was placed.
// Near means close by, so the place takes the other's point. It reports
// false when cs holds a stated distance, a direction, a minimum distance,
// or nearness to anything but a single derived region (a gazetteer point
// is already the centre of its disk).
func atNearPlace(cs []geo.Constraint) (orb.Point, bool) {
	var one *geo.Constraint
	for i := range cs {
		c := &cs[i]
		if c.NominalM > 0 || c.MinM > 0 || c.Bearing != nil {
			return orb.Point{}, false
		}
		if c.Anchor.Region == nil {
			continue
		}
		if one != nil {
			return orb.Point{}, false
		}
		one = c
	}
	if one == nil {
		return orb.Point{}, false
	}
	return one.Anchor.Region.Point, true
}

// placeOf returns the Place of an entity, making it on first use.
func (s *session) placeOf(e *entity) *Place {
	if e.place == nil {
		e.place = &Place{Name: e.name, Feature: e.feature, Mentions: e.mentions}
	}
	return e.place
}

// divisionReachM returns, in metres, the largest distance the text
// states from the division obj that the containment rel puts its subject
// in, or from the division's seat, to that subject; 0 when it states
// none. The gazetteer knows a division by the hull of the few places it
// records in it, and a place the text puts both in the division and so
// far from its seat shows the division reaches that far: "Tybo is a
// ghost town in Nye County, Nevada ... 137 km north-east of Tonopah" (the
// county seat), « un village de la commune de Tamanrasset, à 110 km au
// nord-est de Tamanrasset ».
func (s *session) divisionReachM(rel text.Relation, obj *entity) float64 {
	var seat *gazetteer.Place
	switch {
	case obj.admin2 != nil:
		seat = obj.admin2.Seat
	case obj.admin1 != nil:
		seat = obj.admin1.Seat
	}
	sub := s.entityAt(rel.Subject)
	km := 0.0
	for _, r := range s.doc.Relations {
		if (r.Kind != text.KindDistance && r.Kind != text.KindDirection) || r.MaxKm <= 0 || r.MissingNumber || r.Border != nil {
			continue
		}
		if sub == nil || s.entityAt(r.Subject) != sub {
			continue
		}
		o := s.entityAt(r.Object)
		if o == nil {
			continue
		}
		if o == obj || seat != nil && o.hasGazetteer() && o.cands[o.chosen].ID == seat.ID {
			km = max(km, r.MaxKm)
		}
	}
	return km * 1000
}
