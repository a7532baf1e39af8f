package locate

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
	"github.com/paulmach/orb/simplify"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/text"
)

// Coasts is the part of a gazetteer that knows the sea coasts
// (gazetteer.DB does). A Gazetteer that does not implement it (the tests'
// fake) leaves every relation to the coast unmeasured.
type Coasts interface {
	// Coast returns the sea coast of a country (gazetteer.DB.Coast), an
	// error wrapping gazetteer.ErrNotFound for a landlocked one.
	Coast(ctx context.Context, country string) (gazetteer.Coast, error)
	// CoastsNear returns the coasts with a part whose box meets b.
	CoastsNear(ctx context.Context, b orb.Bound) ([]gazetteer.Coast, error)
}

var _ Coasts = (*gazetteer.DB)(nil)

// coastNearDeg is how far, in degrees, around the document's located
// places the coasts are looked for when the text says whose coast it is
// in no way: about 200 km, the reach of the distances such texts give
// ("23 km from the coast", "182 km north of Lima").
const coastNearDeg = 2.0

// coastSimplifyDeg is the tolerance, in degrees (about 500 m), within which
// a coast is simplified before it is measured from.
const coastSimplifyDeg = 0.005

// coastFor returns the coast a relation measures from, making it on first
// use. Whose coast it is comes, in this order, from the countries named
// with it ("the coast of Madagascar", "the Kenyan coast"), the country the
// text puts the subject in, the country of the towns it is measured from,
// the countries across a land border the subject is measured from ("à 10
// km de la frontière avec la Thaïlande" puts it in a neighbour of
// Thailand), and last every coast near the document's located places. A
// side ("the east coast") keeps that half of the coast. When no coast is
// found the place has no geometry and its Note says why: a relation to it
// is then reported as not measured.
func (s *session) coastFor(rel text.Relation, subject *entity) *Place {
	p := s.coastLine(rel, subject)
	if p.Geometry == nil || s.coastTown(rel) != nil {
		return p
	}
	extra := s.r.v.Bounds(rel).MaxKm
	if math.IsInf(extra, 1) || extra < 0 {
		return p
	}
	if !s.outOfReach(p, subject, extra) {
		return p
	}
	// "Kosaman, a village on the shore of the sea that gave Aralsk its
	// name, lies 45 km south-west of Aralsk": the only coast the data hold
	// for the country is the Caspian's, 600 km off. The shore the text
	// means is one the data lack (a lake, an inland sea), so it is left
	// unmeasured rather than made to contradict the town's distance.
	return &Place{Name: p.Name, Feature: p.Feature, Source: SourceUnresolved, Status: StatusUnresolved,
		Note: "no sea coast the gazetteer holds lies within reach of the towns the text measures the place from: the shore of a lake or an inland sea the data lack, left unmeasured"}
}

// coastLine returns the coast a relation measures from as coastFor
// describes it, before the coast is checked against the towns the
// subject is measured from.
func (s *session) coastLine(rel text.Relation, subject *entity) *Place {
	if t := s.coastTown(rel); t != nil {
		if p := s.townCoast(rel, t); p.Geometry != nil {
			return p
		}
		// No shore near the town (a namesake inland): the coast is
		// chosen as for any other name.
	}
	if rel.Border.Side != "" && s.partCoast(rel) {
		// "the east coast of Espiritu Santo", "the west coast of Gotland":
		// the side of an island or a region is no side of its country's
		// coast (Santo's east coast lies in Vanuatu's west), so the whole
		// coast of the country is measured to.
		b := *rel.Border
		b.Side = ""
		rel.Border = &b
	}
	codes, how := s.coastCountries(rel, subject)
	key := "coast:" + strings.Join(codes, "-") + ":" + rel.Border.Side
	near, hasNear := s.coastSearchBound(subject)
	if len(codes) == 0 {
		key = fmt.Sprintf("coast:near:%v:%s", near, rel.Border.Side)
	}
	if s.borders == nil {
		s.borders = map[string]*Place{}
	}
	if p, ok := s.borders[key]; ok {
		return p
	}
	p := s.makeCoast(rel, codes, how, near, hasNear)
	if rel.Border.Side != "" && s.outOfReach(p, subject, 0) {
		// "Grand Baie, on the north coast of Mauritius, lies 18 km
		// north-east of Port Louis": the north of the country's coasts is
		// Agaléga's, 1,000 km off; the text means the north of the island
		// it measures from, which the halves of the country's coasts do not
		// give, so the whole coast is measured to.
		b := *rel.Border
		b.Side = ""
		rel.Border = &b
		return s.coastLine(rel, subject)
	}
	s.borders[key] = p
	return p
}

// outOfReach reports whether the coast p lies farther from a gazetteer
// town the text measures subject from than the distance it states, extraKm
// (the distance stated from the coast itself, in kilometres) and
// townCoastKm allow: a side is then one of another island of the country,
// and a whole coast one of another sea than the text means.
func (s *session) outOfReach(p *Place, subject *entity, extraKm float64) bool {
	ml, ok := p.Geometry.(orb.MultiLineString)
	if subject == nil || !ok || len(ml) == 0 {
		return false
	}
	for _, ri := range subject.subjectOf {
		rel := s.doc.Relations[ri]
		if rel.Kind != text.KindDistance || rel.Border != nil {
			continue
		}
		o := s.entityAt(rel.Object)
		if o == nil || o == subject || !o.hasGazetteer() {
			continue
		}
		maxKm := s.r.v.Bounds(rel).MaxKm
		if maxKm <= 0 || math.IsInf(maxKm, 1) {
			continue
		}
		if d, _ := geo.DistanceToLine(o.cands[o.chosen].Point, ml); d > (maxKm+extraKm+townCoastKm)*1000 {
			return true
		}
	}
	return false
}

// partCoast reports whether the coast of rel is written with names, none
// of them a country or a country's adjective: the coast of an island or a
// region ("the north-east coast of Sardinia").
func (s *session) partCoast(rel text.Relation) bool {
	if rel.Border == nil || len(rel.Border.Countries) == 0 {
		return false
	}
	for _, n := range rel.Border.Countries {
		if _, err := s.country(n); err == nil {
			return false
		}
	}
	return true
}

// townCoastKm is how far, in kilometres, beyond the distance the text
// states off the coast of a town the coast it means may run from the
// town: the town's own stretch of coast, not its country's.
const townCoastKm = 15

// coastTown returns the town whose coast a relation means when the text
// puts its subject off the coast of a town ("an island 35 km off the coast
// of Guapí", text.Relation.Offshore): a name written with the coast that
// the document places as a gazetteer settlement, not a country or a
// division. It returns nil when there is none.
func (s *session) coastTown(rel text.Relation) *entity {
	if !rel.Offshore || rel.Border == nil || len(rel.Border.Countries) != 1 {
		return nil
	}
	n := rel.Border.Countries[0]
	for i, m := range s.doc.Mentions {
		if m.Name != n {
			continue
		}
		if e := s.entityAt(i); e != nil && e.hasGazetteer() && e.country == nil && e.admin1 == nil && e.admin2 == nil {
			return e
		}
	}
	return nil
}

// townCoast returns the coast of the town t that a relation measures off:
// the coast of t's country within the stated distance and townCoastKm of
// t, made on first use, with the country's land for the sea side.
func (s *session) townCoast(rel text.Relation, t *entity) *Place {
	return s.coastNear(rel, t.cands[t.chosen], t.name, 0)
}

// coastNear returns the coast of tp's country within the stated distance,
// townCoastKm and extraKm of tp, made on first use (townCoast); name is
// what the text calls the place the coast is near.
func (s *session) coastNear(rel text.Relation, tp gazetteer.Place, name string, extraKm float64) *Place {
	reach := (rel.MaxKm + townCoastKm + extraKm) * 1000
	key := fmt.Sprintf("coast:town:%d:%s:%.0f", tp.ID, name, reach)
	if s.borders == nil {
		s.borders = map[string]*Place{}
	}
	if p, ok := s.borders[key]; ok {
		return p
	}
	phrase := strings.TrimSpace(s.doc.Repaired(rel.Border.Span))
	p := &Place{Name: phrase, Feature: "coast", Source: SourceUnresolved, Status: StatusUnresolved}
	s.borders[key] = p
	cg, ok := s.r.db.(Coasts)
	if !ok {
		p.Note = "the gazetteer in use holds no coasts"
		return p
	}
	c, err := cg.Coast(s.ctx, tp.Country)
	if err != nil {
		p.Note = fmt.Sprintf("no sea coast: %s has none", tp.Country)
		return p
	}
	line := nearLine(c.Line, tp.Point, reach)
	if len(line) == 0 {
		p.Note = fmt.Sprintf("no sea coast of %s lies within %.0f km of %s", strings.TrimSuffix(c.Name, " coast"), reach/1000, name)
		return p
	}
	p.Geometry = simplify.DouglasPeucker(coastSimplifyDeg).MultiLineString(line)
	p.Source, p.Status = SourceGazetteer, StatusLocated
	p.Note = fmt.Sprintf("measured to the sea coast of %s within %.0f km of %s, the place whose coast the text names", strings.TrimSuffix(c.Name, " coast"), reach/1000, name)
	if country, err := s.country(tp.Country); err == nil && len(country.Shape) > 0 {
		if s.coastLand == nil {
			s.coastLand = map[*Place]orb.MultiPolygon{}
		}
		s.coastLand[p] = country.Shape
	}
	return p
}

// nearLine returns the stretches of ml whose vertices lie within r metres
// of o, as new lines. An island smaller than r across (a closed line) is
// left out: the coast a place lies off is the main shore, not the shore
// of the island that may be the place itself. The island the town o
// stands on is kept: "20 km off the coast of Lampedusa" is measured from
// Lampedusa's own shore.
func nearLine(ml orb.MultiLineString, o orb.Point, r float64) orb.MultiLineString {
	var out orb.MultiLineString
	for _, ls := range ml {
		if b := ls.Bound(); len(ls) > 2 && ls[0] == ls[len(ls)-1] && geo.Distance(b.Min, b.Max) < r && !onIsland(ls, o) {
			continue
		}
		out = appendRuns(out, ls, func(q orb.Point) bool { return geo.Distance(o, q) <= r })
	}
	return out
}

// townIslandKm is how far, in kilometres, off an island's shore a town's
// point may lie and still stand on that island (onIsland): the
// gazetteer's point and a simplified shore may disagree by that much.
const townIslandKm = 2

// onIsland reports whether the point o lies on the island whose shore is
// the closed line ls: inside it, or within townIslandKm of it.
func onIsland(ls orb.LineString, o orb.Point) bool {
	if planar.RingContains(orb.Ring(ls), o) {
		return true
	}
	for i := 1; i < len(ls); i++ {
		if geo.Distance(o, ls[i]) <= townIslandKm*1000 {
			return true
		}
	}
	return false
}

// appendRuns appends to out the runs of two or more consecutive points of
// ls that keep accepts.
func appendRuns(out orb.MultiLineString, ls orb.LineString, keep func(orb.Point) bool) orb.MultiLineString {
	var cur orb.LineString
	for _, q := range ls {
		if keep(q) {
			cur = append(cur, q)
			continue
		}
		if len(cur) >= 2 {
			out = append(out, cur)
		}
		cur = nil
	}
	if len(cur) >= 2 {
		out = append(out, cur)
	}
	return out
}

// makeCoast reads the coasts of codes (or, with none, the coasts near the
// document's located places) into a coast place.
func (s *session) makeCoast(rel text.Relation, codes []string, how string, near orb.Bound, hasNear bool) *Place {
	phrase := strings.TrimSpace(s.doc.Repaired(rel.Border.Span))
	p := &Place{Name: phrase, Feature: "coast", Source: SourceGazetteer, Status: StatusLocated}
	cg, ok := s.r.db.(Coasts)
	if !ok {
		p.Source, p.Status = SourceUnresolved, StatusUnresolved
		p.Note = "the gazetteer in use holds no coasts"
		return p
	}
	var coasts []gazetteer.Coast
	var names []string
	if len(codes) > 0 {
		for _, code := range codes {
			c, err := cg.Coast(s.ctx, code)
			if err != nil {
				continue
			}
			coasts = append(coasts, c)
		}
	} else if hasNear {
		coasts, _ = cg.CoastsNear(s.ctx, near.Pad(coastNearDeg))
		how = "the text does not say whose coast it is: every coast within about 200 km of the places it is measured from"
	}
	var line orb.MultiLineString
	var land orb.MultiPolygon
	for _, c := range coasts {
		l := c.Line
		if rel.Border.Side != "" {
			l = coastSide(l, rel.Border.Side)
		}
		if len(l) > 0 {
			line = append(line, l...)
			names = append(names, strings.TrimSuffix(c.Name, " coast"))
			if country, err := s.country(c.Country); err == nil {
				land = append(land, country.Shape...)
			}
		}
	}
	if len(line) == 0 {
		p.Source, p.Status = SourceUnresolved, StatusUnresolved
		switch {
		case len(codes) > 0:
			// The data hold the coasts of the countries that have one, as
			// far as data/ goes: French Polynesia has a coast the data lack.
			p.Note = fmt.Sprintf("no sea coast of %s in the gazetteer: the country is landlocked, or the data lack its coast", strings.Join(codes, ", "))
		default:
			p.Note = "the text does not say whose coast it is, and no coast lies near the places it locates"
		}
		return p
	}
	// A coast drawn to 100 m holds tens of thousands of vertices; the
	// distances the text states to it are whole kilometres, so a line kept
	// within coastSimplifyDeg (about 500 m) of it measures the same and is
	// measured many times faster.
	line = simplify.DouglasPeucker(coastSimplifyDeg).MultiLineString(line.Clone())
	p.Geometry = line
	if len(land) > 0 {
		if s.coastLand == nil {
			s.coastLand = map[*Place]orb.MultiPolygon{}
		}
		s.coastLand[p] = land
	}
	switch {
	case len(names) == 1:
		p.Name = names[0] + " coast"
		if rel.Border.Side != "" {
			p.Name = fmt.Sprintf("%s coast (%s)", names[0], rel.Border.Side)
		}
	case !strings.ContainsAny(phrase, " '’"):
		// "the coastal town of Puttalam", « la ville côtière de »: an
		// adjective is no name of the coasts it measures to.
		p.Name = fmt.Sprintf("coast (%s)", strings.Join(names, ", "))
	}
	p.Note = fmt.Sprintf("measured to the sea coast of %s: %s", strings.Join(names, ", "), how)
	return p
}

// coastCountries returns the alpha-2 codes of the countries whose coast a
// relation means, and how they were chosen, for coastFor; none when the
// text does not say.
func (s *session) coastCountries(rel text.Relation, subject *entity) ([]string, string) {
	var codes []string
	for _, n := range rel.Border.Countries {
		if c, err := s.country(n); err == nil && !slices.Contains(codes, c.Code) {
			codes = append(codes, c.Code)
		}
	}
	if len(codes) > 0 {
		return codes, "the country named with the coast"
	}
	if subject == nil {
		return nil, ""
	}
	if subject.inCountry != "" {
		return []string{subject.inCountry}, "the country the text puts " + subject.name + " in"
	}
	if c := s.anchorCountry(subject); c != "" {
		return []string{c}, "the country of the towns " + subject.name + " is measured from"
	}
	// Across a land border the text measures the subject from: "10 km
	// from the border with Thailand" puts it in a neighbour of Thailand.
	var across []string
	for _, ri := range subject.subjectOf {
		r := s.doc.Relations[ri]
		if r.Border == nil || r.Border.Coast {
			continue
		}
		for _, n := range r.Border.Countries {
			c, err := s.country(n)
			if err != nil {
				continue
			}
			for _, b := range s.neighboursOf(c.Code) {
				if !slices.Contains(across, b) {
					across = append(across, b)
				}
			}
		}
	}
	if len(across) > 0 {
		return across, "the countries across the land border the text measures " + subject.name + " from"
	}
	return nil, ""
}

// neighboursOf returns the codes of the countries across the land borders
// of country code, read once per document.
func (s *session) neighboursOf(code string) []string {
	if n, ok := s.neighbours[code]; ok {
		return n
	}
	var out []string
	bs, _ := s.r.db.Borders(s.ctx, code)
	for _, b := range bs {
		if b.B != code && !slices.Contains(out, b.B) {
			out = append(out, b.B)
		}
	}
	if s.neighbours == nil {
		s.neighbours = map[string][]string{}
	}
	s.neighbours[code] = out
	return out
}

// coastSearchBound returns where to look for a coast the text names no
// country for: the bound of the gazetteer places subject is measured from,
// else of the places the document locates when they lie within
// coastSpanDeg of each other; false when there is neither (a worldwide
// document says nothing of which coast is meant).
func (s *session) coastSearchBound(subject *entity) (orb.Bound, bool) {
	if subject != nil {
		var b orb.Bound
		found := false
		for _, ri := range subject.subjectOf {
			o := s.entityAt(s.doc.Relations[ri].Object)
			if o == nil || !o.hasGazetteer() {
				continue
			}
			p := o.cands[o.chosen].Point
			if !found {
				b, found = p.Bound(), true
			} else {
				b = b.Extend(p)
			}
		}
		if found {
			return b, true
		}
	}
	b, ok := s.locatedBound()
	if !ok || b.Max[0]-b.Min[0] > coastSpanDeg || b.Max[1]-b.Min[1] > coastSpanDeg {
		return orb.Bound{}, false
	}
	return b, true
}

// coastSpanDeg is the widest, in degrees of latitude or longitude, that
// the located places of a document may spread for their bound to say which
// coast a text means when nothing else does.
const coastSpanDeg = 10

// locatedBound returns the bound of the gazetteer places the document
// locates, and false when there is none.
func (s *session) locatedBound() (orb.Bound, bool) {
	var b orb.Bound
	found := false
	for _, e := range s.ents {
		if !e.hasGazetteer() || s.pending[e] {
			continue
		}
		p := e.cands[e.chosen].Point
		if !found {
			b, found = p.Bound(), true
		} else {
			b = b.Extend(p)
		}
	}
	return b, found
}

// coastSide keeps the part of a coast on the side the compass letters name
// ("E" the east coast, "NW" the north-west one): the vertices east of the
// middle of the coast's bounding box for E, north of it for N, and so on.
func coastSide(ml orb.MultiLineString, side string) orb.MultiLineString {
	b := ml.Bound()
	cx, cy := (b.Min[0]+b.Max[0])/2, (b.Min[1]+b.Max[1])/2
	keep := func(p orb.Point) bool {
		ok := true
		for _, l := range side {
			switch l {
			case 'E':
				ok = ok && p[0] >= cx
			case 'W':
				ok = ok && p[0] <= cx
			case 'N':
				ok = ok && p[1] >= cy
			case 'S':
				ok = ok && p[1] <= cy
			}
		}
		return ok
	}
	var out orb.MultiLineString
	for _, ls := range ml {
		out = appendRuns(out, ls, keep)
	}
	return out
}

// lineMeeting bounds a place that only lines bound ("on the coast, 10 km
// from the Thai border"): the solver needs a point or region with a
// finite reach, and two bands along long lines meet only where the lines
// come within the sum of their reaches. It finds those stretches of the
// narrower band's line and returns a disc around the longest of them as
// a constraint to add; false when cs has fewer than two bounded line
// constraints or their lines never come that close. The disc holds all
// of that stretch's part of the region, so it only frames the solve.
func lineMeeting(cs []geo.Constraint) (geo.Constraint, bool) {
	var ls []geo.Constraint
	for _, c := range cs {
		if len(c.Anchor.Line) > 0 && c.MaxM > 0 && !math.IsInf(c.MaxM, 1) {
			ls = append(ls, c)
		}
	}
	if len(ls) < 2 {
		return geo.Constraint{}, false
	}
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].MaxM < ls[j].MaxM })
	a, b := ls[0], ls[1]
	reach := a.MaxM + b.MaxM
	ab, bb := a.Anchor.Line.Bound(), b.Anchor.Line.Bound()
	lat := math.Max(math.Abs(ab.Min[1]), math.Abs(ab.Max[1]))
	pad := reach/(111e3*math.Max(math.Cos(lat*math.Pi/180), 0.2)) + 0.05
	bb = bb.Pad(pad)
	if !ab.Intersects(bb) {
		return geo.Constraint{}, false
	}
	box := orb.Bound{
		Min: orb.Point{math.Max(ab.Min[0], bb.Min[0]), math.Max(ab.Min[1], bb.Min[1])},
		Max: orb.Point{math.Min(ab.Max[0], bb.Max[0]), math.Min(ab.Max[1], bb.Max[1])},
	}
	// Work in the plane of the box's centre: the few hundred kilometres
	// in play distort distances by well under the bands' widths.
	proj := geo.NewProjection(box.Center())
	fwd := func(p orb.Point) planePt {
		x, y := proj.Forward(p)
		return planePt{x, y}
	}
	cell := math.Max(reach, 1000)
	grid := map[[2]int][][2]planePt{}
	key := func(q planePt) [2]int { return [2]int{int(math.Floor(q.x / cell)), int(math.Floor(q.y / cell))} }
	inBox := box.Pad(pad)
	aBox := box.Pad(pad)
	for _, l := range b.Anchor.Line {
		for i := 1; i < len(l); i++ {
			if !inBox.Contains(l[i-1]) && !inBox.Contains(l[i]) {
				continue
			}
			p, q := fwd(l[i-1]), fwd(l[i])
			k0, k1 := key(p), key(q)
			for x := min(k0[0], k1[0]); x <= max(k0[0], k1[0]); x++ {
				for y := min(k0[1], k1[1]); y <= max(k0[1], k1[1]); y++ {
					grid[[2]int{x, y}] = append(grid[[2]int{x, y}], [2]planePt{p, q})
				}
			}
		}
	}
	near := func(v planePt) bool {
		k := key(v)
		for dx := -1; dx <= 1; dx++ {
			for dy := -1; dy <= 1; dy++ {
				for _, s := range grid[[2]int{k[0] + dx, k[1] + dy}] {
					if segDist(v, s[0], s[1]) <= reach {
						return true
					}
				}
			}
		}
		return false
	}
	// Stretches of a's line near b's, as runs of consecutive vertices.
	type stretch struct {
		pts    []orb.Point
		length float64
	}
	var best stretch
	for _, l := range a.Anchor.Line {
		var cur stretch
		flush := func() {
			if len(cur.pts) > 0 && (cur.length > best.length || best.pts == nil) {
				best = cur
			}
			cur = stretch{}
		}
		for i, p := range l {
			if !aBox.Contains(p) || !near(fwd(p)) {
				flush()
				continue
			}
			if len(cur.pts) > 0 && i > 0 {
				cur.length += geo.Distance(l[i-1], p)
			}
			cur.pts = append(cur.pts, p)
		}
		flush()
	}
	if best.pts == nil {
		return geo.Constraint{}, false
	}
	centre := best.pts[len(best.pts)/2]
	r := 0.0
	for _, p := range best.pts {
		r = math.Max(r, geo.Distance(centre, p))
	}
	return geo.Constraint{Anchor: geo.Anchor{Point: &centre}, MaxM: r + a.MaxM + reach}, true
}

// planePt is a point of a projection's plane, metres.
type planePt struct{ x, y float64 }

// segDist returns the distance in plane metres from v to the segment pq.
func segDist(v, p, q planePt) float64 {
	dx, dy := q.x-p.x, q.y-p.y
	t := 0.0
	if l2 := dx*dx + dy*dy; l2 > 0 {
		t = math.Max(0, math.Min(1, ((v.x-p.x)*dx+(v.y-p.y)*dy)/l2))
	}
	return math.Hypot(p.x+t*dx-v.x, p.y+t*dy-v.y)
}

// solveFramed is geo.Solve, with the meeting of two line bands
// (lineMeeting) added as a frame when nothing else bounds cs.
func solveFramed(cs []geo.Constraint, opt geo.Options) (*geo.Region, error) {
	r, err := geo.Solve(cs, opt)
	if errors.Is(err, geo.ErrUnbounded) {
		if f, ok := lineMeeting(cs); ok {
			return geo.Solve(append(slices.Clip(cs), f), opt)
		}
		if f, ok := areaFrame(cs); ok {
			return geo.Solve(append(slices.Clip(cs), f), opt)
		}
	}
	return r, err
}

// maxFrameAreaKm is the largest extent (the diagonal of its bounding box)
// of an area that bounds a place said to lie in it: a first- or
// second-level division ("in the department of Copán, 12 km from the
// border with Guatemala"), not a country, in which a band along a border is
// a long line.
const maxFrameAreaKm = 400

// areaFrame returns a disc that holds the area of a bounded containment in
// cs, with its allowance, when the area is at most maxFrameAreaKm across,
// as a constraint to add: the disc only frames the solve, the containment
// itself still cuts the region. It reports false when cs holds no such
// area.
func areaFrame(cs []geo.Constraint) (geo.Constraint, bool) {
	for _, c := range cs {
		if len(c.Anchor.Area) == 0 || c.MinM > 0 || math.IsInf(c.MaxM, 1) {
			continue
		}
		b := c.Anchor.Area.Bound()
		half := geo.Distance(b.Min, b.Max) / 2
		if 2*half > maxFrameAreaKm*1000 {
			continue
		}
		ctr := b.Center()
		return geo.Constraint{Anchor: geo.Anchor{Point: &ctr}, MaxM: half + c.MaxM + 1000}, true
	}
	return geo.Constraint{}, false
}

// onlyLines reports whether every constraint in cs is measured from a
// line (a border or a coast) or is a containment in an area, and one at
// least from a line: nothing in cs then bounds the place.
func onlyLines(cs []geo.Constraint) bool {
	line := false
	for _, c := range cs {
		switch {
		case len(c.Anchor.Line) > 0:
			line = true
		case len(c.Anchor.Area) == 0:
			return false
		}
	}
	return line
}

// seaMinM is how far, in metres, off the land a place the text puts off
// a coast lies at least.
const seaMinM = 500

// onLand appends to cs, the constraints on e, that e lies on the land of
// the countries whose coast a relation of e measures it from: a band along
// a coast has a sea side, where no town lies ("20 km from the coast" is 20
// km inland). Off a coast (text.Relation.Offshore) e lies on the sea side
// instead, at least seaMinM off the land, and off the coast of a town
// (coastTown) within reach of the town's own stretch of it.
func (s *session) onLand(e *entity, cs []geo.Constraint) []geo.Constraint {
	if len(cs) == 0 {
		return cs
	}
	seen := map[*Place]bool{}
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		if !spatial(rel.Kind) || rel.Border == nil || !rel.Border.Coast {
			continue
		}
		p := s.coastFor(rel, e)
		if land := s.coastLand[p]; len(land) > 0 && !seen[p] {
			seen[p] = true
			c := geo.Constraint{Anchor: geo.Anchor{Area: land}}
			if rel.Offshore {
				// "35 km off the coast of X": at sea, off the land.
				c.MinM, c.MaxM = seaMinM, math.Inf(1)
			}
			cs = append(cs, c)
		}
		if t := s.coastTown(rel); t != nil && s.townCoast(rel, t).Geometry != nil {
			// Off the town's own stretch of coast: near the town.
			o := t.cands[t.chosen].Point
			reach := (rel.MaxKm+townCoastKm)*1000 + s.r.v.Bounds(rel).MaxKm*1000
			cs = append(cs, geo.Constraint{Anchor: geo.Anchor{Point: &o}, MaxM: reach, NominalM: s.r.v.Bounds(rel).NominalKm * 1000})
		}
	}
	return cs
}

// joinNote joins two notes with a semicolon; either may be empty.
func joinNote(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}
