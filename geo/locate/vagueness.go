package locate

import (
	"math"
	"strings"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/text"
)

// Bounds is how locus reads one stated relation: the distances and the
// compass sector a true position may take. The README's "Vagueness model"
// section explains each rule with its reasons.
type Bounds struct {
	MinKm, MaxKm float64 // allowed distance range in km; MaxKm may be +Inf
	NominalKm    float64 // the value the text states (the middle of a stated range); 0 when none
	HasBearing   bool    // whether the relation states a direction
	Azimuth      float64 // degrees clockwise from north, from the object to the subject
	HalfWidth    float64 // degrees either side of Azimuth
	// Spread reads a "between" relation, a fraction of the distance d(A,B)
	// between its two places: the detour allowed (the way from A by the
	// subject to B at most 1 + Spread times d(A,B)), or for "midway" the
	// distance allowed from the midpoint of A–B. 0 for other relations.
	Spread float64
}

// Vagueness holds the parameters of the vagueness model. The zero value is
// not useful: start from DefaultVagueness.
type Vagueness struct {
	// MinRelative is the smallest half-width of a single stated distance,
	// as a fraction of it (0.05 means 80 km allows at least 76 to 84 km).
	MinRelative float64
	// MinAbsoluteKm is the smallest half-width in km, whatever the number:
	// a gazetteer point stands for a whole village or town, and the place
	// described is no better placed, so "6 km" cannot mean 5.5 to 6.5.
	MinAbsoluteKm float64
	// HedgeFactor widens the half-width of hedged numbers ("about", "some"),
	// also when the approximation comes with a bound: "less than about 10
	// km" is read as "less than 10 km" with the wider half-width
	// (splitHedge).
	HedgeFactor float64
	// ShortfallRelative extends the lower bound of a plain stated distance by
	// this fraction of it, because authors often give road distances, which
	// are longer than the straight line.
	ShortfallRelative float64
	// CoastShortfallRelative replaces ShortfallRelative for a distance
	// to the coast: such a distance is the way to the sea a town knows
	// (its road or river to the beach or the port), not the straight line
	// to the nearest point of the traced coastline, which may lie across
	// a lagoon, a mangrove or a bay, and is often far shorter.
	CoastShortfallRelative float64
	// RoadFactor is the largest ratio of road to straight-line distance
	// assumed when the text says "by road". Mountain roads reach 2: Salta
	// to Cachi is 160 km by road over the Cuesta del Obispo and 85 km in a
	// straight line (1.9), Saint-Louis to Cilaos in Réunion 37 km on a
	// winding road and 17.7 km straight (2.1).
	RoadFactor float64
	// RangeSlack widens a stated range ("between 2 and 5 km") by this
	// fraction of its upper end on each side.
	RangeSlack float64
	// SectorHalfWidth maps a compass resolution (4, 8, 16 or 32 points) to
	// the half-width in degrees of the sector it allows.
	SectorHalfWidth map[int]float64
	// OnwardHalfWidth is the half-width in degrees of the sector a leg
	// that carries on the way the text came allows ("25 km beyond X",
	// "another 6 km on", « 20 km plus loin »; text.Relation.Onward),
	// about the direction in which the text reached X: a track or a road
	// bends, but "beyond" does not turn back.
	OnwardHalfWidth float64
	// NearKm is the largest distance that "near X" or "close to X" allows.
	NearKm float64
	// NeighbourKm is the largest distance from a place to a neighbour its
	// text lists with no side or distance ("Nearby villages include A, B
	// and C", a OneWay text.Relation). Neighbours listed with a distance
	// in the reader's corpus tests lie 6 to 42 km from the place (Tall
	// Qarah, Kfar Roummane, Tamaske, Kalfou, Dioro), farther than "near"
	// allows where the gazetteer holds only the larger towns.
	NeighbourKm float64
	// AroundKm is the radius of "the area around X".
	AroundKm float64
	// OnCoastKm is the largest distance from the coast that "on the
	// coast", "a coastal town" or "au bord de la mer" allows: a town's
	// gazetteer point is its centre, often 1 to 3 km back from the shore;
	// the gazetteer's coast follows land polygons whose 1 km shapes cut
	// corners by up to a kilometre; and a port on an estuary or a lagoon
	// is still said to be on the coast.
	OnCoastKm float64
	// TownMinKm and TownDensity give the extent of a place the gazetteer
	// knows by a point: a disc of at least TownMinKm, or as large as its
	// population at TownDensity people per km² would cover.
	TownMinKm   float64
	TownDensity float64
	// InTownKm is how far a place said to be in a town ("X, Gao" when Gao
	// is no division: its commune or district) may lie from the town's
	// point.
	InTownKm float64
	// InDivisionKm is how far a place said to be in a division that the
	// gazetteer knows only by its seat ("in the Cercle of Niono" with no
	// Niono division recorded: the town of Niono) may lie from the seat's
	// point. Mali's 49 cercles average 25,000 km² and Niger's departments
	// 20,000 km², circles of about 85 km radius, and a seat is seldom at
	// the centre.
	InDivisionKm float64
	// SeatKm is how far a place said to be the capital or seat of a region
	// may lie from the seat the gazetteer records for it.
	SeatKm float64
	// MaxRoundingRelative caps the rounding half-width of a single number
	// as a fraction of it: "100" may be rounded to 50, but it is not read as
	// anything from 75 to 125.
	MaxRoundingRelative float64
	// ContradictionFraction is how far from the face-value reading towards
	// the allowed one (0 the Strict reading, 1 the full allowances) the
	// statements about a place must still hold together for the text not to
	// contradict itself. Below 1, statements that hold only at the very edge
	// of the allowances ("100 km north of Gao" and "100 km east of Gao",
	// which meet only at north-east) are a contradiction; a road distance or
	// a loose compass word, which needs only part of its allowance, is not.
	ContradictionFraction float64
	// AnchorExtent is the fraction of a gazetteer town's radius (TownKm)
	// by which the allowed reading of a distance or direction measured from
	// it is widened: the author measured from somewhere in the town, not
	// from the gazetteer's point, and another source may put its centre
	// elsewhere.
	AnchorExtent float64
	// BetweenDetour is how much longer than the straight line between A and
	// B the way from A by a place said to lie between them to B may be, as
	// a fraction of it: 0.25 allows d(A,X) + d(X,B) <= 1.25 d(A,B), an
	// ellipse with foci A and B. StrictBetweenDetour is the face-value
	// reading.
	BetweenDetour, StrictBetweenDetour float64
	// MidwayFraction is how far from the midpoint of A–B, as a fraction of
	// d(A,B), a place said to lie midway or halfway between A and B may
	// lie; StrictMidwayFraction is the face-value reading.
	MidwayFraction, StrictMidwayFraction float64
	// SettledKm is the width, in km (the standard deviation of a Gaussian
	// kernel), with which the gazetteer's settlements around each point of
	// a ring weigh it, when the text gives a distance from a town and no
	// direction: the place's point goes to the side of the ring where
	// settlements lie (settledSide). 0 turns the rule off and leaves the
	// solver's point, an arbitrary one (the order in which the solver
	// scans its grid decides it). SettledMaxKm is the
	// largest stated distance the rule is applied to; the region is the
	// whole ring either way.
	//
	// Measured by TestMeasureSettledSide (settled_measure_test.go) on
	// texts "Zarbou is a village D km from A." and "Zarbou is a village in
	// Country, D km from A.", with P a random gazetteer place of at most
	// 100,000 people (the same number from each of six continents), A a
	// larger town 5 to 80 km (or 5 to 30 km) from it and D = |PA| rounded
	// to the km, P and every place within 1 km of it left out of the
	// gazetteer. Median error over the stated distance, solver's point ->
	// settled side at 5 km, on three independent draws (of 200, 150 and
	// 100 places per continent: 500 to 1,100 cases per line):
	//
	//	A 5-80 km from P, plain texts   1.44->1.15  1.43->1.10  1.43->0.98
	//	A 5-80 km, the country named    1.34->1.15  1.35->1.03  1.38->0.99
	//	A 5-30 km from P, plain texts   1.41->1.27  1.41->1.24  1.41->1.29
	//	A 5-30 km, the country named    1.34->1.27  1.34->1.24  1.29->1.29
	//
	// (in km, 57.3 -> 43.7 and 22.9 -> 20.1 for the plain texts of the
	// first draw; the mean error falls on every line, by 4 to 21%). A point
	// of a ring drawn at random misses by 1.27 of the radius on average.
	// The gain is largest where a ring crosses the sea or the desert (towns
	// of Oceania, nearly all coastal: 1.55 -> 0.65) and smallest for short
	// rings around a town with villages on every side, where, with the
	// country named, it is within the draws' noise (0 to 7% of the median,
	// 4 to 5% of the mean). Kernels of 3, 8, 12 and 16 km did as
	// well within the samples' noise (1.03 to 1.28 where 5 km gave 1.03 to
	// 1.27); weighting settlements by population, the mode of the weights
	// instead of their median, and heading for the centre of the anchor's
	// division did worse than this rule (tools/ringexp). Within a sector (a distance with
	// a compass direction) a nudge towards settlements gained at most a
	// tenth of the median on 8-point sectors and lost on the mean and on
	// 16-point ones, so the stated direction is kept there.
	SettledKm, SettledMaxKm float64
	// LeagueRelative is the half-width, as a fraction of the distance, of
	// a distance stated in leagues (unit "lea"): the league was 3.9 km in
	// France and up to 5.6 km in Spain, and text.Read counts 4.5.
	LeagueRelative float64
}

// DefaultVagueness is the model locus uses, calibrated on the generated and
// real cases under the project's evaluation set.
func DefaultVagueness() Vagueness {
	return Vagueness{
		MinRelative:            0.05,
		MinAbsoluteKm:          1,
		HedgeFactor:            1.5,
		ShortfallRelative:      0.30,
		CoastShortfallRelative: 0.50,
		RoadFactor:             2.2,
		RangeSlack:             0.05,
		SectorHalfWidth:        map[int]float64{4: 45, 8: 35, 16: 25, 32: 15},
		OnwardHalfWidth:        60,
		NearKm:                 25,
		NeighbourKm:            45,
		AroundKm:               30,
		OnCoastKm:              5,
		MaxRoundingRelative:    0.15,
		ContradictionFraction:  0.75,
		AnchorExtent:           0.5,
		SeatKm:                 10,
		InTownKm:               50,
		InDivisionKm:           90,
		TownMinKm:              2,
		TownDensity:            2000,
		BetweenDetour:          0.25,
		StrictBetweenDetour:    0.10,
		MidwayFraction:         0.20,
		StrictMidwayFraction:   0.10,
		SettledKm:              5,
		SettledMaxKm:           300,
		LeagueRelative:         0.2,
	}
}

// roundingUnitKm returns the rounding step a stated number suggests, in km:
// "80" is rounded to 10, "85" and "15" to 5, "79" to 1. The step in the unit
// as written is the largest of 1, 5, 10, 50 and 100 that divides the number
// and is at most half of it; it is converted to km with factor.
func roundingUnitKm(statedInUnit, factor float64) float64 {
	// Undo the float error of the unit conversion: 35 mi arrives as
	// 56.32704 km and goes back as 34.99999... mi.
	statedInUnit = math.Round(statedInUnit*1000) / 1000
	unit := 1.0
	if statedInUnit != math.Trunc(statedInUnit) {
		// A decimal ("1.5 km") is rounded to its last digit.
		unit = 0.1
		if s := statedInUnit * 10; s != math.Trunc(s) {
			unit = 0.01
		}
		return unit * factor
	}
	for _, u := range []float64{5, 10, 50, 100} {
		if math.Mod(statedInUnit, u) == 0 && u <= statedInUnit/2 {
			unit = u
		}
	}
	return unit * factor
}

// unitFactor returns the km in one unit as text.Read normalises units.
func unitFactor(unit string) float64 {
	switch unit {
	case "mi":
		return 1.609344
	case "nmi":
		return 1.852
	case "m":
		return 0.001
	case "yd":
		return 0.0009144
	case "lea":
		return 4.5
	case "verst":
		return 1.0668
	case "mil":
		return 10
	case "cbl":
		return 0.1852
	default:
		return 1
	}
}

// Distance returns the allowed distance range of a stated relation in km
// and the distance it states. A relation with no distance allows
// [0, +Inf).
func (v Vagueness) Distance(r text.Relation) (minKm, maxKm, nominalKm float64) {
	return v.distance(r, false)
}

// distance reads a stated distance. strict reads it at face value: the
// precision of the number and its hedge, without the allowance for road
// distances written as straight ones. A distance the text says is by road
// is read the same both ways.
func (v Vagueness) distance(r text.Relation, strict bool) (minKm, maxKm, nominalKm float64) {
	if r.MaxKm <= 0 {
		return 0, math.Inf(1), 0
	}
	lo, hi := r.MinKm, r.MaxKm
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo != hi {
		if strict {
			return lo, hi, (lo + hi) / 2
		}
		s := math.Max(v.RangeSlack*hi, v.MinAbsoluteKm)
		return math.Max(0, lo-s), hi + s, (lo + hi) / 2
	}
	d := hi
	f := unitFactor(r.Unit)
	rounding := math.Min(roundingUnitKm(d/f, f)/2, v.MaxRoundingRelative*d)
	half := math.Max(rounding, math.Max(v.MinRelative*d, v.MinAbsoluteKm))
	if r.Unit == "lea" {
		// The league's own length varied by a sixth either side of the
		// 4.5 km text.Read counts it as.
		half = math.Max(half, v.LeagueRelative*d)
	}
	bound, approx := splitHedge(r.Hedge)
	if approx {
		half *= v.HedgeFactor
	}
	lo, hi = d-half, d+half
	short := v.ShortfallRelative
	if r.Border != nil && r.Border.Coast {
		short = v.CoastShortfallRelative
	}
	if !strict {
		lo -= short * d
	}
	switch hedgeBounds[bound] {
	case boundLower:
		lo, hi = d, d*1.25+half
	case boundUpper:
		lo, hi = 0, d+half/2
	case boundNearly:
		lo, hi = d*0.85, d+half/2
	case boundWell:
		lo, hi = d, d*(1+wellOverRelative)+half
	}
	switch hedgeBounds[bound] {
	case boundLower, boundNearly, boundWell:
		// The hedge bounds the number, not the path: "nearly 84 km" may
		// be by road too.
		if !strict {
			lo -= short * d
		}
	}
	if r.Road {
		// A road is longer than the straight line, never shorter.
		lo, hi = d/v.RoadFactor, d+half/2
	}
	return math.Max(0, lo), hi, d
}

// hedgeBound is the side on which a hedge bounds a stated number.
type hedgeBound int

const (
	boundNone   hedgeBound = iota // no bound: the number itself
	boundLower                    // "more than 90 km": at least the number
	boundUpper                    // "less than 10 km": at most the number
	boundNearly                   // "nearly 84 km": a little under the number
	boundWell                     // "well over 100 km": past the number by more than a little
)

// wellOverRelative is how far past its number "well over" may reach, as a
// fraction of the number: "well over 100 km" is 100 to some 175 km.
const wellOverRelative = 0.75

// approximations are the hedges that widen the half-width of a number by
// HedgeFactor ("about 80 km").
var approximations = map[string]bool{
	"about": true, "some": true, "roughly": true, "approximately": true, "around": true,
	"circa": true, "approx": true, "c.": true, "perhaps": true, "maybe": true, "an estimated": true,
}

// hedgeBounds are the hedges that bound a number, with their side.
var hedgeBounds = map[string]hedgeBound{
	"more than": boundLower, "over": boundLower, "at least": boundLower, "just over": boundLower,
	"upwards of": boundLower, "beyond": boundLower, "further than": boundLower, "plus de": boundLower,
	"less than": boundUpper, "under": boundUpper, "up to": boundUpper, "within": boundUpper,
	"at most": boundUpper, "no more than": boundUpper, "just under": boundUpper, "fewer than": boundUpper,
	"nearly": boundNearly, "almost": boundNearly, "close to": boundNearly, "not quite": boundNearly,
	// Bounds the way reporters write them ("a little over 20 km", "a
	// good 10 km", "no less than 30 km", "barely 3 km"): the number is
	// passed, or just reached.
	"a little over": boundLower, "a little more than": boundLower, "slightly more than": boundLower, "slightly over": boundLower,
	"no less than": boundLower, "not less than": boundLower, "a good": boundLower, "fully": boundLower,
	"well over": boundWell, "well under": boundUpper, "not more than": boundUpper,
	"a little under": boundNearly, "a little less than": boundNearly, "slightly less than": boundNearly,
	"little less than": boundNearly, "barely": boundNearly,
	// "30-odd km" is thirty and some: at least the number.
	"odd": boundLower,
}

// splitHedge reads a hedge, in any case, as a bound (a key of hedgeBounds,
// or "") and whether it approximates the number (approximations). A
// combined hedge is both: "less than about" (« à moins d'une dizaine de
// kilomètres », "less than about 10 km") is the bound "less than" of a
// number read as "about", and so is "about less than"; the bound decides
// the side, the approximation widens the half-width. A hedge that is
// neither, or whose parts are not a bound and an approximation, gives ("",
// false): the number is read as written.
func splitHedge(h string) (bound string, approx bool) {
	h = strings.ToLower(strings.TrimSpace(h))
	if approximations[h] {
		return "", true
	}
	if _, ok := hedgeBounds[h]; ok {
		return h, false
	}
	for a := range approximations {
		if b, ok := strings.CutSuffix(h, " "+a); ok && hedgeBounds[b] != boundNone {
			return b, true
		}
		if b, ok := strings.CutPrefix(h, a+" "); ok && hedgeBounds[b] != boundNone {
			return b, true
		}
	}
	return "", false
}

// Bounds returns the full reading of a relation: distance and sector, with
// the allowances real authors need (road distances, loose compass words).
func (v Vagueness) Bounds(r text.Relation) Bounds {
	return v.bounds(r, false)
}

// Strict returns the relation read at face value: the precision of its
// number (80 km is 75 to 85, "about" widens it) and the exact compass
// sector of its direction in an 8-point rose (45° wide; 22.5° on a 16-point
// one), with no allowance for road distances or loose compass words. When
// the Strict readings of a place's relations cannot all hold, the text
// contradicts itself as written, even if the allowances reconcile it.
func (v Vagueness) Strict(r text.Relation) Bounds {
	return v.bounds(r, true)
}

// Between returns the reading a fraction f of the way from the Strict
// reading (f = 0) to the allowed one (f = 1): its distance bounds and its
// sector half-width are interpolated linearly; an unbounded maximum stays
// unbounded. f is clamped to [0, 1].
func (v Vagueness) Between(r text.Relation, f float64) Bounds {
	f = math.Max(0, math.Min(1, f))
	s, l := v.bounds(r, true), v.bounds(r, false)
	b := s
	b.MinKm = s.MinKm + f*(l.MinKm-s.MinKm)
	if !math.IsInf(s.MaxKm, 1) && !math.IsInf(l.MaxKm, 1) {
		b.MaxKm = s.MaxKm + f*(l.MaxKm-s.MaxKm)
	}
	b.HalfWidth = s.HalfWidth + f*(l.HalfWidth-s.HalfWidth)
	b.Spread = s.Spread + f*(l.Spread-s.Spread)
	return b
}

func (v Vagueness) bounds(r text.Relation, strict bool) Bounds {
	var b Bounds
	switch r.Kind {
	case text.KindNear:
		b.MinKm, b.MaxKm = 0, v.NearKm
		if r.OneWay {
			b.MaxKm = v.NeighbourKm
		}
		if r.Border != nil && r.Border.Coast && r.Border.At {
			b.MaxKm = v.OnCoastKm
		}
	case text.KindBetween:
		b.MinKm, b.MaxKm = 0, math.Inf(1)
		switch {
		case r.Midway && strict:
			b.Spread = v.StrictMidwayFraction
		case r.Midway:
			b.Spread = v.MidwayFraction
		case strict:
			b.Spread = v.StrictBetweenDetour
		default:
			b.Spread = v.BetweenDetour
		}
		return b
	default:
		b.MinKm, b.MaxKm, b.NominalKm = v.distance(r, strict)
	}
	if r.Points > 0 {
		b.HasBearing = true
		b.Azimuth = r.Azimuth
		b.HalfWidth = v.sector(r.Points)
		if strict {
			b.HalfWidth = 180 / float64(max(r.Points, 8))
		}
	}
	return b
}

// widenForExtent widens the allowed reading c of a relation measured from a
// gazetteer town of the given population by AnchorExtent of its radius r:
// the distance bounds by r either side, and the sector by the angle r
// subtends at the stated distance (at its lower bound when no distance is
// stated, and not at all when that is 0). The sector never passes 180°.
func (v Vagueness) widenForExtent(c *geo.Constraint, population int64) {
	r := v.AnchorExtent * v.TownKm(population) * 1000
	if r <= 0 {
		return
	}
	c.MinM = math.Max(0, c.MinM-r)
	if !math.IsInf(c.MaxM, 1) && c.MaxM > 0 {
		c.MaxM += r
	}
	if c.Bearing == nil {
		return
	}
	d := c.NominalM
	if d <= 0 {
		d = c.MinM
	}
	if d <= 0 {
		return
	}
	c.Bearing = &geo.Sector{Azimuth: c.Bearing.Azimuth, HalfWidth: math.Min(180, c.Bearing.HalfWidth+math.Atan2(r, d)*180/math.Pi)}
}

// TownKm returns the radius in km of the disc that stands for a gazetteer
// place of the given population: the town's extent, and the room between
// where the gazetteer and another source put its centre.
func (v Vagueness) TownKm(population int64) float64 {
	return math.Max(v.TownMinKm, math.Sqrt(float64(population)/v.TownDensity/math.Pi))
}

func (v Vagueness) sector(points int) float64 {
	if w, ok := v.SectorHalfWidth[points]; ok {
		return w
	}
	// An unknown resolution: half of one compass step, at least.
	return math.Max(180/float64(points), 12)
}
