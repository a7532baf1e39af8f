package locate

import (
	"context"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
)

// ringGazetteer is an empty fake gazetteer holding the town of Kelvara at
// (10°E, 20°N) and villages at the given azimuths, 20 km from it.
func ringGazetteer(azimuths ...float64) (*fakeGazetteer, orb.Point) {
	return ringGazetteerAt(orb.Point{10, 20}, azimuths...)
}

// ringGazetteerAt is ringGazetteer with Kelvara at o.
func ringGazetteerAt(o orb.Point, azimuths ...float64) (*fakeGazetteer, orb.Point) {
	g := &fakeGazetteer{places: []gazetteer.Place{{ID: 1, Name: "Kelvara", ASCIIName: "Kelvara", Class: "P", Code: "PPLA",
		Country: "ZZ", Point: o, Population: 40000}}}
	for i, az := range azimuths {
		g.places = append(g.places, gazetteer.Place{ID: int64(100 + i), Name: "Hamlet", ASCIIName: "Hamlet", Class: "P", Code: "PPL",
			Country: "ZZ", Point: geo.Destination(o, az, 20000), Population: 800})
	}
	return g, o
}

// TestSettledSide checks the point of a place given by a distance with no
// direction: on the ring at the stated distance, on the side where the
// gazetteer's settlements lie, with a note that says so, while its region
// stays the whole ring; with no settlement near the ring, the solver's
// point and no such note.
func TestSettledSide(t *testing.T) {
	tests := []struct {
		name     string
		at       orb.Point // Kelvara
		villages []float64 // azimuths of the villages on the ring
		wantAz   float64   // where the point should be; NaN for no rule
	}{
		{"villages to the east", orb.Point{10, 20}, []float64{80, 85, 90, 95, 100, 270}, 90},
		{"villages to the north-west", orb.Point{10, 20}, []float64{300, 310, 315, 320, 330, 150}, 315},
		{"villages across the antimeridian", orb.Point{179.9, -16}, []float64{80, 85, 90, 95, 100, 270}, 90},
		{"villages west of the antimeridian", orb.Point{-179.9, -16}, []float64{260, 265, 270, 275, 280, 90}, 270},
		{"no village", orb.Point{10, 20}, nil, math.NaN()},
	}
	const doc = "Zarbou is a village 20 km from Kelvara."
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, o := ringGazetteerAt(tt.at, tt.villages...)
			res, err := New(g, Options{}).Analyse(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			p := placeNamed(t, res, "Zarbou")
			if !p.HasPoint || p.Region == nil {
				t.Fatalf("Zarbou has no point or no region")
			}
			d, az, _ := geo.Inverse(o, p.Point)
			if math.Abs(d/1000-20) > 0.5 {
				t.Errorf("Zarbou is %.1f km from Kelvara, want 20 ± 0.5", d/1000)
			}
			noted := strings.Contains(p.Note, "settlements lie")
			if math.IsNaN(tt.wantAz) {
				if noted {
					t.Errorf("with no settlement near the ring the note is %q, want no settled side", p.Note)
				}
				return
			}
			if diff := math.Abs(geo.AngleDiff(az, tt.wantAz)); diff > 15 {
				t.Errorf("Zarbou is at %.0f° from Kelvara, want %.0f° ± 15°", az, tt.wantAz)
			}
			if !noted {
				t.Errorf("note = %q, want it to say the side was chosen where settlements lie", p.Note)
			}
			// The region is still the whole ring: the opposite side is in it.
			if back := geo.Destination(o, tt.wantAz+180, 20000); !p.Region.Contains(back) {
				t.Errorf("the region lost the side of the ring opposite the settlements (%v)", back)
			}
			if p.Region.Point != p.Point {
				t.Errorf("region point %v, place point %v: want the same", p.Region.Point, p.Point)
			}
		})
	}
}

// TestSettledSideFromDerived checks a distance with no direction from a
// place that is itself derived: the point is at the stated distance from
// that place's point, not at the centre of the region the two
// uncertainties spread, on the settled side when settlements lie near the
// ring, and the note says which rule chose it.
func TestSettledSideFromDerived(t *testing.T) {
	kelvara := orb.Point{10, 20}
	// Kelvara lies 40 km from the ring around Zarbou, beyond the
	// settlements' reach.
	zarbou := geo.Destination(kelvara, 90, 60000) // where the text puts it
	tests := []struct {
		name     string
		villages []float64 // azimuths from zarbou of villages 20 km from it
		wantAz   float64   // NaN: any side
		wantNote string
	}{
		{"villages to the north", []float64{350, 355, 0, 5, 10}, 0, "settlements lie"},
		{"no village", nil, math.NaN(), "no settlement of the gazetteer lies near the ring"},
	}
	const doc = "Zarbou is a village 60 km east of Kelvara. Tindi is a hamlet 20 km from Zarbou."
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, _ := ringGazetteerAt(kelvara)
			for i, az := range tt.villages {
				g.places = append(g.places, gazetteer.Place{ID: int64(200 + i), Name: "Hamlet", ASCIIName: "Hamlet", Class: "P", Code: "PPL",
					Country: "ZZ", Point: geo.Destination(zarbou, az, 20000), Population: 800})
			}
			res, err := New(g, Options{}).Analyse(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			z, p := placeNamed(t, res, "Zarbou"), placeNamed(t, res, "Tindi")
			if !p.HasPoint || !z.HasPoint {
				t.Fatalf("Tindi or Zarbou has no point")
			}
			d, az, _ := geo.Inverse(z.Point, p.Point)
			if math.Abs(d/1000-20) > 0.5 {
				t.Errorf("Tindi is %.1f km from Zarbou's point, want 20 ± 0.5", d/1000)
			}
			if !math.IsNaN(tt.wantAz) && math.Abs(geo.AngleDiff(az, tt.wantAz)) > 15 {
				t.Errorf("Tindi is at %.0f° from Zarbou, want %.0f° ± 15°", az, tt.wantAz)
			}
			if !strings.Contains(p.Note, "placed only from the text") || !strings.Contains(p.Note, tt.wantNote) {
				t.Errorf("note = %q, want it to say the distance is from a derived place and %q", p.Note, tt.wantNote)
			}
		})
	}
}

// TestSettledSideOff checks that SettledKm 0 leaves the solver's point.
func TestSettledSideOff(t *testing.T) {
	g, _ := ringGazetteer(80, 85, 90, 95, 100)
	v := DefaultVagueness()
	v.SettledKm = 0
	res, err := New(g, Options{Vagueness: &v}).Analyse(context.Background(), "Zarbou is a village 20 km from Kelvara.")
	if err != nil {
		t.Fatal(err)
	}
	if p := placeNamed(t, res, "Zarbou"); strings.Contains(p.Note, "settlements lie") {
		t.Errorf("SettledKm 0: note = %q, want no settled side", p.Note)
	}
}

// TestSettledSideNotForSectors checks that a distance with a direction
// keeps the stated direction, whatever the settlements: the rule is for
// rings only (a nudge within a sector did not pay on the measurement).
func TestSettledSideNotForSectors(t *testing.T) {
	g, o := ringGazetteer(50, 55, 60)
	res, err := New(g, Options{}).Analyse(context.Background(), "Zarbou is a village 20 km north of Kelvara.")
	if err != nil {
		t.Fatal(err)
	}
	p := placeNamed(t, res, "Zarbou")
	if az := geo.Azimuth(o, p.Point); math.Abs(geo.AngleDiff(az, 0)) > 3 {
		t.Errorf("Zarbou is at %.0f° from Kelvara, want due north", az)
	}
}

// TestSettledDensity checks the kernel sums against hand-computed values:
// a settlement on a point counts 1, one at one sigma exp(-1/2), one beyond
// three sigma nothing, one across the ring nothing.
func TestSettledDensity(t *testing.T) {
	o := orb.Point{0, 0}
	east := geo.Destination(o, 90, 20000) // step 36 of 2.5°
	near := []orb.Point{east, geo.Destination(east, 0, 5000), geo.Destination(east, 0, 16000), geo.Destination(o, 270, 20000)}
	dens, counts := settledDensity(o, 20000, []int{36}, []orb.Point{east}, near, 5000)
	if want := 1 + math.Exp(-0.5); math.Abs(dens[0]-want) > 0.01 {
		t.Errorf("density = %.3f, want %.3f", dens[0], want)
	}
	if counts[0] != 2 {
		t.Errorf("within three sigma: %d, want 2", counts[0])
	}
}

// TestSettledSideWorldwide checks, against the real gazetteer, that a
// ring around a town on a coast or at a desert's edge puts the place on
// the settled side: on land in the town's country for a coast (due south
// of Antalya, where the solver's arbitrary point fell, is the sea), and
// within reach of the valley's settlements at a desert's edge (most of a
// ring around Luxor is desert, east and west of the Nile).
func TestSettledSideWorldwide(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	db := openTestDB(t)
	tests := []struct {
		doc, anchor string
		km          float64
		country     string  // the point must lie in it; "" for any
		nearKm      float64 // a settlement other than the anchor within this; 0 for no test
	}{
		{"Zarbou is a village 20 km from Antalya.", "Antalya", 20, "TR", 15},
		{"Zarbou is a village 20 km from Luxor.", "Luxor", 20, "EG", 8},
		{"Zarbou is a village 30 km from Biskra.", "Biskra", 30, "DZ", 15},
		{"Zarbou is a village 25 km from Essaouira.", "Essaouira", 25, "MA", 15},
	}
	for _, tt := range tests {
		t.Run(tt.anchor, func(t *testing.T) {
			res := analyse(t, tt.doc)
			p := placeNamed(t, res, "Zarbou")
			a := placeNamed(t, res, tt.anchor)
			if !p.HasPoint {
				t.Fatalf("%s: Zarbou has no point", tt.doc)
			}
			if d := geo.Distance(a.Point, p.Point) / 1000; math.Abs(d-tt.km) > 1 {
				t.Errorf("%s: Zarbou is %.1f km from %s, want %.0f ± 1", tt.doc, d, tt.anchor, tt.km)
			}
			if code, err := db.CountryAt(context.Background(), p.Point); err != nil || code != tt.country {
				t.Errorf("%s: Zarbou at %v is in %q (%v), want on land in %s", tt.doc, p.Point, code, err, tt.country)
			}
			dLat := tt.nearKm / 111
			dLon := dLat / math.Cos(p.Point[1]*math.Pi/180)
			ps, err := db.Within(context.Background(), orb.Bound{Min: orb.Point{p.Point[0] - dLon, p.Point[1] - dLat}, Max: orb.Point{p.Point[0] + dLon, p.Point[1] + dLat}}, 100)
			if err != nil {
				t.Fatal(err)
			}
			near := false
			for _, q := range ps {
				if q.Name != tt.anchor && geo.Distance(q.Point, p.Point) <= tt.nearKm*1000 {
					near = true
				}
			}
			if !near {
				t.Errorf("%s: Zarbou at %v has no settlement within %.0f km, want the settled side", tt.doc, p.Point, tt.nearKm)
			}
		})
	}
}

// TestSettledDensityWindow checks that the angular window settledDensity
// measures each settlement from gives the sums a measure from every point
// of the ring gives, for short and long rings, in the tropics and the far
// north, and across the antimeridian.
func TestSettledDensityWindow(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tt := range []struct {
		o     orb.Point
		rM    float64
		sigma float64
	}{
		{orb.Point{10, 20}, 5000, 5000},
		{orb.Point{-68.15, -16.5}, 28000, 5000},
		{orb.Point{25, 65}, 80000, 5000},
		{orb.Point{179.9, -17}, 40000, 5000},
		{orb.Point{2.35, 48.85}, 300000, 8000},
	} {
		var steps []int
		var pts []orb.Point
		for k := 0; k < 144; k += 1 + k%3 { // a ring with gaps, as a containment leaves
			steps = append(steps, k)
			pts = append(pts, geo.Destination(tt.o, float64(k)*settledStepDeg, tt.rM))
		}
		var near []orb.Point
		for range 2000 {
			d := tt.rM + (rng.Float64()*2-1)*4*tt.sigma
			near = append(near, geo.Destination(tt.o, rng.Float64()*360, math.Max(d, 0)))
		}
		dens, counts := settledDensity(tt.o, tt.rM, steps, pts, near, tt.sigma)
		for i, p := range pts {
			want, n := 0.0, 0
			for _, q := range near {
				if d := geo.Distance(p, q); d < 3*tt.sigma*0.999 {
					want += math.Exp(-d * d / (2 * tt.sigma * tt.sigma))
					n++
				}
			}
			if math.Abs(dens[i]-want) > 0.005*want+0.01 || math.Abs(float64(counts[i]-n)) > 0.03*float64(n)+1 {
				t.Errorf("ring of %.0f km around %v, azimuth %.1f°: density %.3f, %d within reach; want %.3f, %d",
					tt.rM/1000, tt.o, float64(steps[i])*settledStepDeg, dens[i], counts[i], want, n)
			}
		}
	}
}

// TestSeaSide checks the point of a place the text puts off a town with no
// direction ("off", « au large de »): on the ring, on the side outside the
// land of the town's country (here the land lies west of Kelvara, the sea
// east), whatever side the settlements are on; a place merely "from" the
// town keeps the settled side, and a containment in the country reaches
// into its waters.
func TestSeaSide(t *testing.T) {
	g, o := ringGazetteerAt(orb.Point{10, 20}, 260, 265, 270, 275, 280)
	land := orb.MultiPolygon{{{{8, 18}, {10.01, 18}, {10.01, 22}, {8, 22}, {8, 18}}}}
	g.countries = append(g.countries, fakeCountry{gazetteer.Country{Code: "ZZ", Name: "Zedland", Shape: land}, []string{"zz", "zedland"}})
	for _, tt := range []struct {
		doc    string
		wantAz float64
		sea    bool
	}{
		{"The trawler sank 20 km off Kelvara.", 90, true},
		{"The trawler sank 20 km off Kelvara, in Zedland.", 90, true},
		{"Zarbou is a village 20 km from Kelvara.", 270, false},
	} {
		res, err := New(g, Options{}).Analyse(context.Background(), tt.doc)
		if err != nil {
			t.Fatal(err)
		}
		name := "Zarbou"
		if tt.sea {
			name = "The trawler sank"
		}
		p := placeNamed(t, res, name)
		d, az, _ := geo.Inverse(o, p.Point)
		if math.Abs(d/1000-20) > 0.5 || math.Abs(geo.AngleDiff(az, tt.wantAz)) > 15 {
			t.Errorf("%s: %s is %.1f km at %.0f° from Kelvara, want 20 km at %.0f°", tt.doc, name, d/1000, az, tt.wantAz)
		}
		if got := strings.Contains(p.Note, "put at sea"); got != tt.sea {
			t.Errorf("%s: note %q, want at sea %v", tt.doc, p.Note, tt.sea)
		}
		if p.Status != StatusLocated {
			t.Errorf("%s: status %v, want located", tt.doc, p.Status)
		}
	}
}

// TestLongestRun checks the longest circular run of true values.
func TestLongestRun(t *testing.T) {
	for _, tt := range []struct {
		v             []bool
		start, length int
	}{
		{[]bool{false, false}, 0, 0},
		{[]bool{true, false, true, true, false}, 2, 2},
		{[]bool{true, true, false, false, true}, 4, 3},
		{[]bool{true, true, true}, 0, 3},
	} {
		if s, l := longestRun(tt.v); l != tt.length || l > 0 && s != tt.start {
			t.Errorf("longestRun(%v) = %d, %d, want %d, %d", tt.v, s, l, tt.start, tt.length)
		}
	}
}
