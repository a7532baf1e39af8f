package locate

import (
	"context"
	"fmt"
	"math"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/text"
)

// Settlements is the part of a gazetteer that tells where people live
// (gazetteer.DB does): the positions of its places inside a box, read
// from its spatial index alone. A Gazetteer without it gives them through
// Within, which is slower.
type Settlements interface {
	// Settlements returns the positions of at most limit places inside b
	// (gazetteer.DB.Settlements).
	Settlements(ctx context.Context, b orb.Bound, limit int) ([]orb.Point, error)
}

var _ Settlements = (*gazetteer.DB)(nil)

// settledStepDeg is the azimuth step, in degrees, between the points of a
// ring among which the settled side is chosen: 2.5° is 1.2 km on a 28 km
// ring, finer than the kernel that scores them.
const settledStepDeg = 2.5

// settledLimit caps the settlements read for one ring: the box of a
// 300 km ring around Paris or Cologne holds some 16,000.
const settledLimit = 200000

// settledFloor is the density given to every point of a ring on top of
// the settlements' votes, a ten-thousandth of one settlement at the
// point: a stretch with no settlement stays possible, and it only decides
// between stretches that no settlement reaches.
const settledFloor = 1e-4

// ringOf returns the constraint of cs that places a subject on a ring: the
// only stated distance (NominalM > 0), measured from a point or from a
// place derived before (its best point, centreOf) and with no direction. Other constraints may be containments (areas, regions, lines
// with no stated distance). It reports false when cs holds no such ring.
func ringOf(cs []geo.Constraint) (geo.Constraint, bool) {
	var ring *geo.Constraint
	for i := range cs {
		if cs[i].NominalM <= 0 {
			continue
		}
		if ring != nil {
			return geo.Constraint{}, false
		}
		ring = &cs[i]
	}
	if ring == nil || ring.Bearing != nil {
		return geo.Constraint{}, false
	}
	if _, ok := centreOf(ring.Anchor); !ok {
		return geo.Constraint{}, false
	}
	return *ring, true
}

// settledSide chooses the point of a place that the text puts at a
// distance from a town with no direction: the region is the whole ring (or
// the part of it the text's containments leave), and no side of it is more
// stated than another. Villages and towns lie where other settlements lie
// (along valleys, roads and rivers, not at sea, in the desert or on the
// high mountains), so each point of the ring at the stated distance that
// lies in reg is weighted by the gazetteer's settlements around it (a
// Gaussian kernel of Vagueness.SettledKm), and the point chosen is the
// one with the least expected distance to the place under those weights
// (the median of the weights along the ring, not their mode, which a
// single hamlet can move). It returns the point, the note that says why,
// and false when the rule does not apply: no ring, a ring beyond
// Vagueness.SettledMaxKm, no settlement near the ring, or a gazetteer
// error.
func (s *session) settledSide(cs []geo.Constraint, reg *geo.Region) (orb.Point, string, bool) {
	v := s.r.v
	ring, ok := ringOf(cs)
	if !ok || v.SettledKm <= 0 || ring.NominalM > v.SettledMaxKm*1000 {
		return orb.Point{}, "", false
	}
	o, _ := centreOf(ring.Anchor)
	derived := ring.Anchor.Region != nil
	var pts []orb.Point
	var steps []int // pts[i] lies at azimuth steps[i]·settledStepDeg
	// With the ring from a known place alone, its whole circle at the
	// stated distance lies in the region, well inside the band the region
	// traces; with containments too, or from a derived place, each point
	// is tested.
	alone := len(cs) == 1 && !derived
	in := regionTest(reg)
	for k := 0; float64(k)*settledStepDeg < 360; k++ {
		if q := geo.Destination(o, float64(k)*settledStepDeg, ring.NominalM); alone || in(q) {
			pts, steps = append(pts, q), append(steps, k)
		}
	}
	if len(pts) < 2 {
		return orb.Point{}, "", false
	}
	sigma := v.SettledKm * 1000
	near, err := s.settlementsNear(pts, 3*sigma)
	if err != nil {
		return orb.Point{}, "", false
	}
	dens, counts := settledDensity(o, ring.NominalM, steps, pts, near, sigma)
	total, sum := 0.0, 0
	for i, d := range dens {
		total += d
		sum += counts[i]
	}
	if total == 0 {
		return orb.Point{}, "", false
	}
	best := settledMedian(steps, dens)
	note := fmt.Sprintf(ringNote(ring)+"its point is put on the side where the gazetteer's settlements lie: %d within %.0f km of it, against %.1f on average along the ring",
		counts[best], 3*v.SettledKm, float64(sum)/float64(len(pts)))
	return pts[best], note, true
}

// regionTest returns a test of whether a point lies in reg. The region's
// longitudes may leave [-180, 180] near the antimeridian
// (geo.Region.Shape), so the point is tried a turn either way too.
func regionTest(reg *geo.Region) func(orb.Point) bool {
	box := reg.Shape.Bound()
	return func(q orb.Point) bool {
		for _, dx := range []float64{0, 360, -360} {
			if q := (orb.Point{q[0] + dx, q[1]}); box.Contains(q) && reg.Contains(q) {
				return true
			}
		}
		return false
	}
}

// seaSide chooses the point of a place that the text puts off a town with
// no direction ("30 nautical miles off Lampedusa", « à 20 milles au large
// de Concarneau »: text.Relation.Offshore). The ring's side at sea is
// meant: of the points of the ring that lie in reg, those outside the
// land of the country of the towns it is measured from, and of them the
// middle of the longest stretch, the farthest out to sea. It returns the
// point, the note that says why, and false when the rule does not apply:
// no offshore relation, no ring, no single country, or no point of the
// ring at sea (a lake, or a ring inside an estuary's land), when the
// settled side is tried instead.
func (s *session) seaSide(e *entity, cs []geo.Constraint, reg *geo.Region) (orb.Point, string, bool) {
	ring, ok := ringOf(cs)
	if !ok || !s.offshore(e) {
		return orb.Point{}, "", false
	}
	o, ok := centreOf(ring.Anchor)
	code := s.anchorCountry(e)
	if !ok || code == "" {
		return orb.Point{}, "", false
	}
	c, err := s.country(code)
	if err != nil || len(c.Shape) == 0 {
		return orb.Point{}, "", false
	}
	in := regionTest(reg)
	n := int(360 / settledStepDeg)
	sea := make([]bool, n)
	all := true
	for k := range sea {
		q := geo.Destination(o, float64(k)*settledStepDeg, ring.NominalM)
		sea[k] = in(q) && !planar.MultiPolygonContains(c.Shape, q)
		all = all && sea[k]
	}
	start, length := longestRun(sea)
	if length == 0 || all {
		return orb.Point{}, "", false
	}
	best := (start + length/2) % n
	q := geo.Destination(o, float64(best)*settledStepDeg, ring.NominalM)
	note := fmt.Sprintf(ringNote(ring)+"its point is put at sea, off the land of %s, as the text's word says: the middle of the ring's longest stretch outside it", c.Name)
	return q, note, true
}

// offshore reports whether the text puts e at sea off the place a distance
// measures it from (text.Relation.Offshore).
func (s *session) offshore(e *entity) bool {
	for _, ri := range e.subjectOf {
		if rel := s.doc.Relations[ri]; rel.Offshore && rel.Border == nil && spatial(rel.Kind) {
			return true
		}
	}
	return false
}

// offshoreReachM returns how far, in metres, the text puts e off the land
// of the places it is measured from: the farthest its offshore distances
// allow (text.Relation.Offshore), so that a containment in a country or
// a division reaches that far into its waters; 0 when e is not offshore.
// A place of the sea (marineFeatures: « un haut-fond à 2 milles à l'est du
// François, en Martinique ») is offshore by its kind, and every distance
// of it counts.
func (s *session) offshoreReachM(e *entity) float64 {
	reach := 0.0
	if e == nil {
		return reach
	}
	marine := marineFeatures[e.feature]
	for _, ri := range e.subjectOf {
		rel := s.doc.Relations[ri]
		if !(rel.Offshore || marine && rel.Kind == text.KindDistance && rel.Border == nil) || !spatial(rel.Kind) {
			continue
		}
		if b := s.r.v.Bounds(rel); b.MaxKm*1000 > reach && !math.IsInf(b.MaxKm, 1) {
			reach = b.MaxKm * 1000
		}
	}
	return reach
}

// marineFeatures are the features, as the reader names them, of places
// that lie in the sea off a coast: islets, reefs, shoals, rocks and atolls
// of notices to mariners, which a country or an island holds in its
// waters.
var marineFeatures = map[string]bool{"islet": true, "reef": true, "shoal": true, "rock": true, "atoll": true}

// longestRun returns the start and length of the longest run of true
// values of the circular sequence v (its last value is followed by its
// first); a length of 0 when none is true, len(v) when all are.
func longestRun(v []bool) (start, length int) {
	n := len(v)
	run := 0
	for i := 0; i < 2*n; i++ {
		if !v[i%n] {
			run = 0
			continue
		}
		run++
		if run > length && run <= n {
			start, length = (i-run+1)%n, run
		}
	}
	return start, length
}

// ringNote opens the note of a place that ring, a distance with no
// direction, places: what the region shows and that no side is stated.
func ringNote(ring geo.Constraint) string {
	if ring.Anchor.Region != nil {
		// The region is the ring spread by the anchor's own region: a
		// disc or a band, not a ring.
		return "the text gives its distance but no direction from a place that is itself placed only from the text, " +
			"so it may lie anywhere in its region; it is put on the ring at that distance around that place's point; "
	}
	return "the text gives its distance but no direction, so it may lie anywhere on the ring its region shows; "
}

// settlementsNear returns the positions of the gazetteer's settlements
// within about reachM of any of pts, read once from the box around them.
func (s *session) settlementsNear(pts []orb.Point, reachM float64) ([]orb.Point, error) {
	// Longitudes continue from the first point's, so that a ring across
	// the antimeridian has a box beyond ±180°, not one round the world.
	b := orb.Bound{Min: pts[0], Max: pts[0]}
	for _, p := range pts[1:] {
		b = b.Extend(orb.Point{pts[0][0] + math.Mod(p[0]-pts[0][0]+540, 360) - 180, p[1]})
	}
	dLat := reachM / 111000
	dLon := dLat / math.Max(math.Cos(math.Max(math.Abs(b.Min[1]), math.Abs(b.Max[1]))*math.Pi/180), 0.05)
	b = orb.Bound{Min: orb.Point{b.Min[0] - dLon, b.Min[1] - dLat}, Max: orb.Point{b.Max[0] + dLon, b.Max[1] + dLat}}
	// A box across the antimeridian is read in two halves.
	var boxes []orb.Bound
	switch {
	case b.Min[0] < -180:
		boxes = []orb.Bound{{Min: orb.Point{-180, b.Min[1]}, Max: b.Max}, {Min: orb.Point{b.Min[0] + 360, b.Min[1]}, Max: orb.Point{180, b.Max[1]}}}
	case b.Max[0] > 180:
		boxes = []orb.Bound{{Min: b.Min, Max: orb.Point{180, b.Max[1]}}, {Min: orb.Point{-180, b.Min[1]}, Max: orb.Point{b.Max[0] - 360, b.Max[1]}}}
	default:
		boxes = []orb.Bound{b}
	}
	var out []orb.Point
	for _, bx := range boxes {
		if sg, ok := s.r.db.(Settlements); ok {
			ps, err := sg.Settlements(s.ctx, bx, settledLimit)
			if err != nil {
				return nil, err
			}
			out = append(out, ps...)
			continue
		}
		ps, err := s.r.db.Within(s.ctx, bx, settledLimit)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			out = append(out, p.Point)
		}
	}
	return out, nil
}

// settledDensity returns, for each point pts[i] of a ring of rM metres
// around o, at azimuth steps[i]·settledStepDeg, the sum over the
// settlements near of a Gaussian of their distance with standard deviation sigma metres,
// cut at three sigma, and counts[i], the number of them within that
// reach. A settlement farther than three sigma from the ring (measured on
// the sphere, within 0.5%, with a margin) is skipped, and one near it is
// measured only from the points within the angle it can reach; distances
// are measured in the local plane of each point, true to a fraction of a
// percent at a few sigma.
func settledDensity(o orb.Point, rM float64, steps []int, pts, near []orb.Point, sigma float64) (dens []float64, counts []int) {
	n := int(math.Ceil(360 / settledStepDeg))
	at := make([]int, n) // the index in steps of each azimuth step, or -1
	for k := range at {
		at[k] = -1
	}
	kx, ky := make([]float64, len(steps)), make([]float64, len(steps))
	for i, k := range steps {
		at[k] = i
		kx[i], ky[i] = metresPerDegree(pts[i][1])
	}
	ox, oy := metresPerDegree(o[1])
	cut := 9 * sigma * sigma
	band := 3*sigma + 0.01*rM
	dens, counts = make([]float64, len(steps)), make([]int, len(steps))
	for _, q := range near {
		rho := haversineM(o, q)
		if math.Abs(rho-rM) > band {
			continue
		}
		// A point of the ring within 3σ of q is within the angle Δ of
		// q's azimuth with 2·sqrt(rM·ρ)·sin(Δ/2) <= 3σ; two steps more
		// cover the plane azimuth's error.
		half := n
		if s := 3 * sigma / (2 * math.Sqrt(rM*math.Max(rho, 1))); s < 1 {
			half = int(2*math.Asin(s)*180/math.Pi/settledStepDeg) + 2
		}
		k0 := 0
		if half < n/2 {
			dx := (math.Mod(q[0]-o[0]+540, 360) - 180) * ox
			phi := math.Atan2(dx, (q[1]-o[1])*oy) * 180 / math.Pi
			k0 = int(math.Round(phi / settledStepDeg))
		} else {
			half = n / 2
		}
		for d := -half; d < half || d == half && half < n/2; d++ {
			i := at[((k0+d)%n+n)%n]
			if i < 0 {
				continue
			}
			p := pts[i]
			dx := (math.Mod(q[0]-p[0]+540, 360) - 180) * kx[i]
			dy := (q[1] - p[1]) * ky[i]
			d2 := dx*dx + dy*dy
			if d2 >= cut {
				continue
			}
			dens[i] += math.Exp(-d2 / (2 * sigma * sigma))
			counts[i]++
		}
	}
	return dens, counts
}

// metresPerDegree returns the length in metres of a degree of longitude
// and of latitude at latitude lat on the WGS84 ellipsoid (series to
// within a metre).
func metresPerDegree(lat float64) (lon, lat1 float64) {
	r := lat * math.Pi / 180
	return 111412.84*math.Cos(r) - 93.5*math.Cos(3*r), 111132.954 - 559.822*math.Cos(2*r) + 1.175*math.Cos(4*r)
}

// haversineM returns the great-circle distance in metres between a and b
// on the sphere of the mean Earth radius: within 0.5% of the geodesic.
func haversineM(a, b orb.Point) float64 {
	const r = 6371008.8
	la1, la2 := a[1]*math.Pi/180, b[1]*math.Pi/180
	dla, dlo := la2-la1, (b[0]-a[0])*math.Pi/180
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// settledMedian returns the index of the point of a ring, among points
// at azimuths steps[i]·settledStepDeg from its centre, with the least
// expected distance to the place when it lies at the i-th with
// probability proportional to dens[i] (plus settledFloor): the distance
// between two points of the ring is the chord, 2r·sin(Δ/2) for the
// azimuths' difference Δ.
func settledMedian(steps []int, dens []float64) int {
	n := int(math.Ceil(360 / settledStepDeg))
	chord := make([]float64, n)
	for k := range chord {
		chord[k] = math.Sin(float64(k) * settledStepDeg * math.Pi / 360)
	}
	best, at := math.Inf(1), 0
	for i := range steps {
		e := 0.0
		for j := range steps {
			e += (dens[j] + settledFloor) * chord[(steps[i]-steps[j]+n)%n]
		}
		if e < best {
			best, at = e, i
		}
	}
	return at
}

// moveToPart makes q the Point of reg and of the candidate part holding
// it, which goes first (reg.Point is the first candidate's).
func moveToPart(reg *geo.Region, q orb.Point) {
	reg.Point = q
	for i, c := range reg.Candidates {
		if planar.PolygonContains(c.Shape, q) {
			reg.Candidates[0], reg.Candidates[i] = reg.Candidates[i], reg.Candidates[0]
			break
		}
	}
	if len(reg.Candidates) > 0 {
		reg.Candidates[0].Point = q
	}
}
