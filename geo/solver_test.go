package geo

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"
	"github.com/tidwall/geodesic"
)

// polygonAreaKm2 returns the geodesic area of the lon/lat polygon p in
// square kilometres.
func polygonAreaKm2(p orb.Polygon) float64 {
	total := 0.0
	for _, r := range p {
		poly := geodesic.WGS84.PolygonInit(false)
		for _, q := range r[:len(r)-1] {
			poly.AddPoint(q[1], q[0])
		}
		var area float64
		poly.Compute(false, true, &area, nil)
		total += area // exteriors anticlockwise count positive, holes negative
	}
	return math.Abs(total) / 1e6
}

// outline returns the rings of r's shape as lines.
func outline(r *Region) orb.MultiLineString {
	var l orb.MultiLineString
	for _, poly := range r.Shape {
		for _, ring := range poly {
			l = append(l, orb.LineString(ring))
		}
	}
	return l
}

// checkContainment samples n points around r's shape and checks that the
// points satisfying every constraint (all residuals 0) lie inside it and
// the points breaking one lie outside, except within a band of 1.5 cells
// of the outline, the grid's resolution. It also checks that at least
// minEach points of each kind were drawn, for the test to mean something.
func checkContainment(t *testing.T, name string, r *Region, cs []Constraint, n, minEach int, seed uint64) {
	t.Helper()
	if len(r.Shape) == 0 {
		t.Fatalf("%s: empty shape", name)
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	b := r.Shape.Bound()
	padLon, padLat := 0.3*(b.Max[0]-b.Min[0]), 0.3*(b.Max[1]-b.Min[1])
	lines := outline(r)
	band := 1.5 * r.CellM
	in, out := 0, 0
	for range n {
		p := orb.Point{
			b.Min[0] - padLon + rng.Float64()*(b.Max[0]-b.Min[0]+2*padLon),
			b.Min[1] - padLat + rng.Float64()*(b.Max[1]-b.Min[1]+2*padLat),
		}
		ok := true
		for _, c := range cs {
			if c.Residual(p) > 0 {
				ok = false
				break
			}
		}
		if ok {
			in++
		} else {
			out++
		}
		if ok == r.Contains(p) {
			continue
		}
		if d, _ := DistanceToLine(p, lines); d > band {
			t.Errorf("%s: %v satisfies every constraint: %v, inside the shape: %v, %.0f m from its outline (cell %.0f m)", name, p, ok, !ok, d, r.CellM)
		}
	}
	if in < minEach || out < minEach {
		t.Errorf("%s: %d points satisfy the constraints and %d do not: too few of one kind to test", name, in, out)
	}
}

// checkShape checks the RFC 7946 form of r's shape: closed rings,
// exteriors anticlockwise, holes clockwise, at most 6 decimals.
func checkShape(t *testing.T, name string, r *Region) {
	t.Helper()
	for _, poly := range r.Shape {
		for n, ring := range poly {
			if len(ring) < 4 || ring[0] != ring[len(ring)-1] {
				t.Errorf("%s: ring %d of %d points is not closed", name, n, len(ring))
			}
			want := orb.CCW
			if n > 0 {
				want = orb.CW
			}
			if o := ring.Orientation(); o != want {
				t.Errorf("%s: ring %d has orientation %v, want %v", name, n, o, want)
			}
			for _, p := range ring {
				for _, v := range p {
					if s := v * 1e6; math.Abs(s-math.Round(s)) > 1e-6 {
						t.Fatalf("%s: coordinate %v has more than 6 decimals", name, v)
					}
				}
			}
		}
	}
}

func TestSolveSeed(t *testing.T) {
	// Talahandak: "80 km east of the village of Tessalit".
	o := tessalit
	cs := []Constraint{{Anchor: Anchor{Point: &o}, MinM: 75e3, MaxM: 85e3, NominalM: 80e3, Bearing: &Sector{90, 22.5}}}
	r, err := Solve(cs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, az, _ := Inverse(o, r.Point)
	if s < 75e3 || s > 85e3 || math.Abs(AngleDiff(az, 90)) > 22.5 {
		t.Errorf("Point %v lies %.0f m from Tessalit at %.2f degrees, want 75-85 km at 90 ± 22.5", r.Point, s, az)
	}
	// The sector is symmetric about due east and the likelihood peaks
	// there, so the point must lie close to due east.
	if math.Abs(AngleDiff(az, 90)) > 1 {
		t.Errorf("Point azimuth %.2f, want within a degree of 90", az)
	}
	if !r.Feasible || len(r.Candidates) != 1 || r.Residuals[0] != 0 {
		t.Errorf("Feasible %v, %d candidates, residuals %v; want true, 1, [0]", r.Feasible, len(r.Candidates), r.Residuals)
	}
	// The area of the annular sector: 45/360 of π(85²-75²) km².
	want := math.Pi * (85*85 - 75*75) / 8
	if !near(r.AreaKm2, want, 0.02*want) {
		t.Errorf("AreaKm2 = %.1f, want %.1f within 2%%", r.AreaKm2, want)
	}
	if geodesicArea := polygonAreaKm2(r.Shape[0]); !near(r.AreaKm2, geodesicArea, 0.001*geodesicArea) {
		t.Errorf("AreaKm2 = %.3f, geodesic area of the shape %.3f", r.AreaKm2, geodesicArea)
	}
	checkShape(t, "seed", r)
	checkContainment(t, "seed", r, cs, 600, 12, 1)
}

func TestSolveAnnulus(t *testing.T) {
	o := orb.Point{-8.0, 47.0}
	cs := []Constraint{{Anchor: Anchor{Point: &o}, MinM: 20e3, MaxM: 30e3, NominalM: 25e3}}
	r, err := Solve(cs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Candidates) != 1 || len(r.Shape) != 1 || len(r.Shape[0]) != 2 {
		t.Fatalf("%d candidates, shape %d polygons, first with %d rings; want a ring: 1 polygon, exterior and hole", len(r.Candidates), len(r.Shape), len(r.Shape[0]))
	}
	want := math.Pi * (30*30 - 20*20)
	if !near(r.AreaKm2, want, 0.01*want) {
		t.Errorf("AreaKm2 = %.1f, want %.1f within 1%%", r.AreaKm2, want)
	}
	// The likelihood centroid of a ring is its centre, outside it: the
	// point moves to the nearest allowed cell.
	if s := Distance(o, r.Point); s < 20e3 || s > 30e3 || r.Residuals[0] != 0 {
		t.Errorf("Point %.0f m from the centre, residual %v; want 20-30 km, 0", s, r.Residuals[0])
	}
	if r.Contains(o) {
		t.Error("the ring contains its centre")
	}
	checkShape(t, "annulus", r)
	checkContainment(t, "annulus", r, cs, 600, 12, 2)
}

func TestSolveTwoLenses(t *testing.T) {
	a, b := orb.Point{1.0, 20.0}, orb.Point{1.5, 20.0}
	d := Distance(a, b)
	cs := []Constraint{
		{Anchor: Anchor{Point: &a}, MinM: 0.7*d - 2e3, MaxM: 0.7*d + 2e3, NominalM: 0.7 * d},
		{Anchor: Anchor{Point: &b}, MinM: 0.7*d - 2e3, MaxM: 0.7*d + 2e3, NominalM: 0.7 * d},
	}
	r, err := Solve(cs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Candidates) != 2 || len(r.Shape) != 2 {
		t.Fatalf("%d candidates, %d polygons; want 2 lenses", len(r.Candidates), len(r.Shape))
	}
	north, south := r.Candidates[0].Point, r.Candidates[1].Point
	if north[1] < south[1] {
		north, south = south, north
	}
	if north[1] < 20.1 || south[1] > 19.9 {
		t.Errorf("candidate points %v and %v, want one on each side of the anchors' latitude", north, south)
	}
	sum := 0.0
	for i, c := range r.Candidates {
		sum += c.Weight
		if !near(c.Weight, 0.5, 0.02) {
			t.Errorf("candidate %d weight %.3f, want about 0.5 (symmetric lenses)", i, c.Weight)
		}
		for _, k := range cs {
			if res := k.Residual(c.Point); res != 0 {
				t.Errorf("candidate %d at %v misses a constraint by %.1f m", i, c.Point, res)
			}
		}
	}
	if !near(sum, 1, 1e-9) {
		t.Errorf("weights sum to %v, want 1", sum)
	}
	if r.Point != r.Candidates[0].Point {
		t.Errorf("Point %v, want the first candidate's %v", r.Point, r.Candidates[0].Point)
	}
	checkShape(t, "lenses", r)
	checkContainment(t, "lenses", r, cs, 800, 16, 3)
}

func TestSolveLine(t *testing.T) {
	o := tessalit
	cs := []Constraint{
		{Anchor: Anchor{Point: &o}, MinM: 75e3, MaxM: 85e3, NominalM: 80e3, Bearing: &Sector{90, 22.5}},
		{Anchor: Anchor{Line: wigglyLine(2000)}, MinM: 15e3, MaxM: 25e3, NominalM: 20e3},
	}
	r, err := Solve(cs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Feasible || r.Residuals[0] != 0 || r.Residuals[1] != 0 {
		t.Fatalf("Feasible %v, residuals %v; want true, zeros", r.Feasible, r.Residuals)
	}
	if d, _ := DistanceToLine(r.Point, cs[1].Anchor.Line); !near(d, 20e3, 3e3) {
		t.Errorf("Point %.0f m from the line, want about the nominal 20 km", d)
	}
	checkShape(t, "line", r)
	checkContainment(t, "line", r, cs, 500, 10, 4)
}

func TestSolveArea(t *testing.T) {
	o := orb.Point{10, 10}
	// A country whose border runs north-south through the anchor, with a
	// lake (hole) in it.
	country := orb.MultiPolygon{{
		{{10, 8}, {12, 8}, {12, 12}, {10, 12}, {10, 8}},
		{{10.3, 9.9}, {10.3, 10.1}, {10.5, 10.1}, {10.5, 9.9}, {10.3, 9.9}},
	}}
	cs := []Constraint{
		{Anchor: Anchor{Point: &o}, MaxM: 80e3},
		{Anchor: Anchor{Area: country}},
	}
	r, err := Solve(cs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	half := math.Pi * 80 * 80 / 2
	lake := polygonAreaKm2(country[0][1:2])
	if !near(r.AreaKm2, half-lake, 0.02*half) {
		t.Errorf("AreaKm2 = %.0f, want half the disk less the lake, %.0f", r.AreaKm2, half-lake)
	}
	if len(r.Shape) != 1 || len(r.Shape[0]) != 2 {
		t.Errorf("shape has %d polygons, the first with %d rings; want 1 with the lake as a hole", len(r.Shape), len(r.Shape[0]))
	}
	if r.Contains(orb.Point{10.4, 10}) || !r.Contains(orb.Point{10.2, 10}) || r.Contains(orb.Point{9.8, 10}) {
		t.Error("the lake or the land west of the border is in the region, or the land east of it is not")
	}
	checkShape(t, "area", r)
	checkContainment(t, "area", r, cs, 600, 12, 5)

	// Outside the country by 5 to 20 km.
	cs[1].MinM, cs[1].MaxM = 5e3, 20e3
	r, err = Solve(cs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if lon := r.Point[0]; lon > 10-5e3/111e3 || lon < 10-20e3/111e3 {
		t.Errorf("Point %v, want 5 to 20 km west of the border at longitude 10", r.Point)
	}
	checkContainment(t, "outside the area", r, cs, 600, 12, 6)
}

func TestSolveChained(t *testing.T) {
	o := tessalit
	first := []Constraint{{Anchor: Anchor{Point: &o}, MinM: 75e3, MaxM: 85e3, NominalM: 80e3, Bearing: &Sector{90, 22.5}}}
	village, err := Solve(first, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The wadi: "between two and five kilometres south of the village".
	south := Constraint{MinM: 2e3, MaxM: 5e3, NominalM: 3.5e3, Bearing: &Sector{180, 22.5}}
	fromRegion := south
	fromRegion.Anchor = Anchor{Region: village}
	fromPoint := south
	fromPoint.Anchor = Anchor{Point: &village.Point}
	wadi, err := Solve([]Constraint{fromRegion}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sharp, err := Solve([]Constraint{fromPoint}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The uncertain village spreads the wadi over the whole annular
	// sector, shifted 2 to 5 km south: far more than the few square
	// kilometres south of the village's best point.
	if wadi.AreaKm2 < village.AreaKm2 || wadi.AreaKm2 < 20*sharp.AreaKm2 {
		t.Errorf("chained area %.1f km², village %.1f, from the village's point %.1f; want the chained one larger than both", wadi.AreaKm2, village.AreaKm2, sharp.AreaKm2)
	}
	// Everything allowed from the village's point is allowed from the
	// village.
	rng := rand.New(rand.NewPCG(8, 9))
	for range 300 {
		p := Destination(village.Point, 160+rng.Float64()*40, 2e3+rng.Float64()*3e3)
		if fromPoint.Residual(p) == 0 && !wadi.Contains(p) {
			if d, _ := DistanceToLine(p, outline(wadi)); d > 1.5*wadi.CellM {
				t.Errorf("%v is allowed from the village's point but outside the chained region", p)
			}
		}
	}
	s, az, _ := Inverse(village.Point, wadi.Point)
	if s < 1e3 || s > 6e3 || math.Abs(AngleDiff(az, 180)) > 30 {
		t.Errorf("wadi point %.0f m from the village's at %.0f degrees, want about 3.5 km south", s, az)
	}
	checkShape(t, "chained", wadi)
	checkContainment(t, "chained", wadi, []Constraint{fromRegion}, 400, 8, 10)
}

func TestSolveInfeasible(t *testing.T) {
	a, b := orb.Point{1.0, 20.0}, orb.Point{1.5, 20.0}
	gap := Distance(a, b) - 20e3
	cs := []Constraint{
		{Anchor: Anchor{Point: &a}, MaxM: 10e3},
		{Anchor: Anchor{Point: &b}, MaxM: 10e3},
	}
	r, err := Solve(cs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Feasible || len(r.Shape) != 0 || len(r.Candidates) != 1 || r.Candidates[0].Point != r.Point {
		t.Fatalf("Feasible %v, %d polygons, %d candidates; want false, 0, the compromise alone", r.Feasible, len(r.Shape), len(r.Candidates))
	}
	// Equal tolerances: the compromise lies between the disks and splits
	// the gap.
	if sum := r.Residuals[0] + r.Residuals[1]; !near(sum, gap, 2*r.CellM) {
		t.Errorf("residuals %v sum to %.0f m, want the gap %.0f m", r.Residuals, sum, gap)
	}

	// Between equally tolerant constraints the tie is broken evenly.
	if !near(r.Residuals[0], r.Residuals[1], 2*r.CellM) {
		t.Errorf("residuals %v, want the gap split evenly", r.Residuals)
	}

	// "80 km east of Tessalit" and "within 30 km of it" cannot both hold:
	// the band's tolerance is 5 km, the disk's 15 km, so the compromise
	// keeps to the band and the disk takes the 45 km gap.
	o := tessalit
	cs = []Constraint{
		{Anchor: Anchor{Point: &o}, MinM: 75e3, MaxM: 85e3, NominalM: 80e3, Bearing: &Sector{90, 22.5}},
		{Anchor: Anchor{Point: &o}, MaxM: 30e3},
	}
	r, err = Solve(cs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Feasible {
		t.Fatal("contradictory constraints reported feasible")
	}
	if !near(r.Residuals[0], 0, 2*r.CellM) || !near(r.Residuals[1], 45e3, 2*r.CellM) {
		t.Errorf("residuals %v, want about [0, 45000]", r.Residuals)
	}
}

func TestSolveNarrowBand(t *testing.T) {
	o := tessalit
	// An exact distance and direction, narrower than any cell.
	cs := []Constraint{{Anchor: Anchor{Point: &o}, MinM: 50e3, MaxM: 50e3, Bearing: &Sector{45, 0}}}
	r, err := Solve(cs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Feasible {
		t.Fatal("an exact distance and azimuth reported infeasible")
	}
	if r.Residuals[0] > r.CellM {
		t.Errorf("Point misses the exact position by %.0f m, more than a cell (%.0f m)", r.Residuals[0], r.CellM)
	}
}

func TestSolveOptions(t *testing.T) {
	o := tessalit
	cs := []Constraint{{Anchor: Anchor{Point: &o}, MaxM: 10e3}}
	r, err := Solve(cs, Options{CellM: 250})
	if err != nil {
		t.Fatal(err)
	}
	if r.CellM != 250 {
		t.Errorf("CellM = %v, want the requested 250", r.CellM)
	}
	r, err = Solve(cs, Options{CellM: 10, MaxCells: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if cells := math.Pow(20e3/r.CellM+5, 2); cells > 1000 {
		t.Errorf("CellM = %.0f makes about %.0f cells, want at most MaxCells 1000", r.CellM, cells)
	}
	if want := math.Pi * 100; !near(r.AreaKm2, want, 0.05*want) {
		t.Errorf("coarse grid: AreaKm2 = %.1f, want %.1f", r.AreaKm2, want)
	}
}

func TestSolveErrors(t *testing.T) {
	o := tessalit
	area := orb.MultiPolygon{{{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}}}
	cases := []struct {
		name string
		cs   []Constraint
		want error
	}{
		{"nothing", nil, ErrNoConstraints},
		{"an area alone", []Constraint{{Anchor: Anchor{Area: area}}}, ErrUnbounded},
		{"a line alone", []Constraint{{Anchor: Anchor{Line: wigglyLine(10)}, MaxM: 20e3}}, ErrUnbounded},
		{"open-ended distance", []Constraint{{Anchor: Anchor{Point: &o}, MinM: 5e3, MaxM: math.Inf(1)}}, ErrUnbounded},
		{"invalid", []Constraint{{Anchor: Anchor{Point: &o}, MinM: 5e3, MaxM: 1e3}}, ErrInvalidConstraint},
	}
	for _, c := range cases {
		if _, err := Solve(c.cs, Options{}); !errors.Is(err, c.want) {
			t.Errorf("%s: Solve error %v, want %v", c.name, err, c.want)
		}
	}
}

// Benchmarks: the solver's speed on the cases the resolver meets.

func benchSolve(b *testing.B, cs []Constraint) {
	b.Helper()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Solve(cs, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// A point and a sector: "80 km east of Tessalit".
func BenchmarkSolvePointSector(b *testing.B) {
	o := tessalit
	benchSolve(b, []Constraint{{Anchor: Anchor{Point: &o}, MinM: 75e3, MaxM: 85e3, NominalM: 80e3, Bearing: &Sector{90, 22.5}}})
}

// Two point anchors: "120 km north-west of A and 110 km south-east of B".
func BenchmarkSolveTwoPoints(b *testing.B) {
	target := orb.Point{6.69567, 13.6576}
	a, c := Destination(target, 135, 120e3), Destination(target, 315, 110e3)
	benchSolve(b, []Constraint{
		{Anchor: Anchor{Point: &a}, MinM: 115e3, MaxM: 125e3, NominalM: 120e3, Bearing: &Sector{315, 22.5}},
		{Anchor: Anchor{Point: &c}, MinM: 105e3, MaxM: 115e3, NominalM: 110e3, Bearing: &Sector{135, 22.5}},
	})
}

// A point and a border of 2,000 vertices: "80 km east of Tessalit and 20
// km from the border".
func BenchmarkSolvePointLine(b *testing.B) {
	o := tessalit
	benchSolve(b, []Constraint{
		{Anchor: Anchor{Point: &o}, MinM: 75e3, MaxM: 85e3, NominalM: 80e3, Bearing: &Sector{90, 22.5}},
		{Anchor: Anchor{Line: wigglyLine(2000)}, MinM: 15e3, MaxM: 25e3, NominalM: 20e3},
	})
}

// A chain: "2 to 5 km south of" the region of BenchmarkSolvePointLine.
func BenchmarkSolveChained(b *testing.B) {
	o := tessalit
	village, err := Solve([]Constraint{
		{Anchor: Anchor{Point: &o}, MinM: 75e3, MaxM: 85e3, NominalM: 80e3, Bearing: &Sector{90, 22.5}},
		{Anchor: Anchor{Line: wigglyLine(2000)}, MinM: 15e3, MaxM: 25e3, NominalM: 20e3},
	}, Options{})
	if err != nil {
		b.Fatal(err)
	}
	benchSolve(b, []Constraint{{Anchor: Anchor{Region: village}, MinM: 2e3, MaxM: 5e3, NominalM: 3.5e3, Bearing: &Sector{180, 22.5}}})
}

// Contradictory constraints: the compromise search.
func BenchmarkSolveInfeasible(b *testing.B) {
	o := tessalit
	benchSolve(b, []Constraint{
		{Anchor: Anchor{Point: &o}, MinM: 75e3, MaxM: 85e3, NominalM: 80e3, Bearing: &Sector{90, 22.5}},
		{Anchor: Anchor{Point: &o}, MaxM: 30e3},
	})
}

func TestSolvePlaces(t *testing.T) {
	// Away from the Sahel: across the antimeridian, far north, far south.
	cases := []struct {
		name string
		o    orb.Point
	}{
		{"antimeridian", orb.Point{179.9, -17}},
		{"arctic", orb.Point{25, 70}},
		{"southern", orb.Point{-70, -50}},
	}
	for _, c := range cases {
		o := c.o
		cs := []Constraint{{Anchor: Anchor{Point: &o}, MinM: 40e3, MaxM: 60e3, NominalM: 50e3, Bearing: &Sector{90, 45}}}
		r, err := Solve(cs, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if r.Residuals[0] != 0 {
			t.Errorf("%s: Point misses by %.0f m", c.name, r.Residuals[0])
		}
		want := math.Pi * (60*60 - 40*40) / 4
		if !near(r.AreaKm2, want, 0.02*want) {
			t.Errorf("%s: AreaKm2 = %.0f, want %.0f", c.name, r.AreaKm2, want)
		}
		if p := r.Point; p[0] < -180 || p[0] >= 180 {
			t.Errorf("%s: Point longitude %v out of range", c.name, p[0])
		}
		checkShape(t, c.name, r)
		checkContainment(t, c.name, r, cs, 300, 6, 20)
	}
}

func TestSolveChainOfChains(t *testing.T) {
	o := tessalit
	r1, err := Solve([]Constraint{{Anchor: Anchor{Point: &o}, MinM: 30e3, MaxM: 40e3, Bearing: &Sector{0, 20}}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c2 := Constraint{Anchor: Anchor{Region: r1}, MinM: 10e3, MaxM: 15e3, Bearing: &Sector{90, 20}}
	r2, err := Solve([]Constraint{c2}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Open-ended from a region, bounded by a point.
	c3 := []Constraint{
		{Anchor: Anchor{Region: r2}, MinM: 20e3, MaxM: math.Inf(1)},
		{Anchor: Anchor{Point: &o}, MaxM: 60e3},
	}
	r3, err := Solve(c3, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !r2.Feasible || !r3.Feasible || r3.Residuals[0] != 0 || r3.Residuals[1] != 0 {
		t.Fatalf("feasible %v, %v; residuals %v", r2.Feasible, r3.Feasible, r3.Residuals)
	}
	checkContainment(t, "second link", r2, []Constraint{c2}, 300, 6, 21)
	checkContainment(t, "open-ended link", r3, c3, 300, 6, 22)
}

func TestSolveFarLine(t *testing.T) {
	// Within 10 km of a border 300 km away from the only point anchor's
	// 20 km disk: infeasible, the compromise leans towards the border.
	o := tessalit
	border := orb.MultiLineString{{{4.3, 19}, {4.3, 22}}}
	cs := []Constraint{
		{Anchor: Anchor{Point: &o}, MaxM: 20e3},
		{Anchor: Anchor{Line: border}, MaxM: 10e3},
	}
	r, err := Solve(cs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	gap, _ := DistanceToLine(o, border)
	if r.Feasible {
		t.Fatal("reported feasible")
	}
	if sum := r.Residuals[0] + r.Residuals[1]; !near(sum, gap-30e3, 2*r.CellM) {
		t.Errorf("residuals %v sum to %.0f, want the %.0f m between disk and band", r.Residuals, sum, gap-30e3)
	}
	// The disk's tolerance (10 km) is wider than the band's (5 km): the
	// disk gives way.
	if r.Residuals[1] > 2*r.CellM {
		t.Errorf("residuals %v, want the band kept", r.Residuals)
	}
}

func TestSolveChainedNarrow(t *testing.T) {
	// An exact distance due east of an uncertain place: the band and the
	// sector are narrower than a cell, from every cell of the region.
	o := tessalit
	village, err := Solve([]Constraint{{Anchor: Anchor{Point: &o}, MinM: 20e3, MaxM: 25e3, Bearing: &Sector{0, 10}}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := Constraint{Anchor: Anchor{Region: village}, MinM: 10e3, MaxM: 10e3, Bearing: &Sector{90, 0}}
	r, err := Solve([]Constraint{c}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Feasible || r.Residuals[0] > r.CellM {
		t.Errorf("feasible %v, residual %.0f m (cell %.0f m); want a region within a cell of exact", r.Feasible, r.Residuals[0], r.CellM)
	}
	// The region is the village shifted 10 km east, widened by the band
	// and the sector drawn two cells wide and by the village's cells
	// reaching to their corners.
	if r.AreaKm2 < 0.9*village.AreaKm2 || r.AreaKm2 > 1.5*village.AreaKm2 {
		t.Errorf("AreaKm2 = %.1f, want about the village's %.1f", r.AreaKm2, village.AreaKm2)
	}
}

// TestSolveRandom solves random mixes of constraints around random places
// and checks the region's form and, by sampling, its containment.
func TestSolveRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(30, 31))
	for trial := range 40 {
		o := orb.Point{rng.Float64()*340 - 170, rng.Float64()*120 - 60}
		target := Destination(o, rng.Float64()*360, 20e3+rng.Float64()*150e3)
		var cs []Constraint
		for range 1 + rng.IntN(3) {
			a := Destination(target, rng.Float64()*360, 10e3+rng.Float64()*200e3)
			s, az, _ := Inverse(a, target)
			w := 0.05 + 0.2*rng.Float64()
			c := Constraint{Anchor: Anchor{Point: &a}, MinM: s * (1 - w), MaxM: s * (1 + w), NominalM: s}
			if rng.IntN(2) == 0 {
				c.Bearing = &Sector{az + (rng.Float64()-0.5)*20, 10 + rng.Float64()*60}
			}
			cs = append(cs, c)
		}
		if rng.IntN(3) == 0 {
			// A line passing the target at some distance.
			d := 5e3 + rng.Float64()*40e3
			mid := Destination(target, 90, d)
			line := orb.MultiLineString{{Destination(mid, 0, 100e3), mid, Destination(mid, 170, 100e3)}}
			cs = append(cs, Constraint{Anchor: Anchor{Line: line}, MinM: 0.8 * d, MaxM: 1.2 * d})
		}
		r, err := Solve(cs, Options{})
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		// The target satisfies every constraint by construction.
		if !r.Feasible {
			t.Errorf("trial %d: infeasible, residuals %v", trial, r.Residuals)
			continue
		}
		for i, res := range r.Residuals {
			if res > r.CellM {
				t.Errorf("trial %d: Point misses constraint %d by %.0f m (cell %.0f m)", trial, i, res, r.CellM)
			}
		}
		if !r.Contains(target) {
			if d, _ := DistanceToLine(target, outline(r)); d > 1.5*r.CellM {
				t.Errorf("trial %d: the target lies outside the region, %.0f m from it", trial, d)
			}
		}
		checkShape(t, "random", r)
		checkContainment(t, fmt.Sprint("random ", trial), r, cs, 100, 0, uint64(trial))
	}
}

// TestSolveTooFar checks that distances beyond MaxReachM, and anchors on
// opposite sides of the world, are refused quickly rather than gridded.
func TestSolveTooFar(t *testing.T) {
	gao, auckland := orb.Point{-0.04472, 16.27167}, orb.Point{174.76, -36.85}
	cases := []struct {
		name string
		cs   []Constraint
	}{
		{"10,308 km", []Constraint{{Anchor: Anchor{Point: &gao}, MinM: 9e6, MaxM: 10.308e6, NominalM: 10.308e6}}},
		{"more than 6,000 km", []Constraint{{Anchor: Anchor{Point: &gao}, MinM: 6e6, MaxM: math.Inf(1)}, {Anchor: Anchor{Point: &auckland}, MaxM: 1e5}}},
		{"anchors 18,000 km apart", []Constraint{{Anchor: Anchor{Point: &gao}, MaxM: 3e4}, {Anchor: Anchor{Point: &auckland}, MaxM: 2e4}}},
	}
	for _, c := range cases {
		if _, err := Solve(c.cs, Options{}); !errors.Is(err, ErrTooFar) {
			t.Errorf("%s: Solve error = %v, want ErrTooFar", c.name, err)
		}
	}
}
