package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// near reports whether got is within tol of want.
func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

// Reference values computed with GeographicLib's JavaScript implementation,
// npm geographiclib-geodesic@2.2.0 (Geodesic.WGS84.Inverse and .Direct, run
// with node from ../shared/eval), azimuths there in [-180, 180].
var inverseCases = []struct {
	name            string
	a, b            orb.Point
	s12, azi1, azi2 float64
}{
	{"tessalit east", orb.Point{1.01186, 20.20126}, orb.Point{1.8, 20.2}, 82371.59730683433, 89.96094720623243, 90.2331024639469},
	{"tessalit south-east", orb.Point{1.01186, 20.20126}, orb.Point{1.9, 19.5}, 121164.16830735574, 129.69302817060014, 129.99462420995994},
	{"paris new york", orb.Point{2.3522, 48.8566}, orb.Point{-74.006, 40.7128}, 5852935.2917667655, -68.17391680380197, -126.2759553983158},
	{"across the antimeridian", orb.Point{179.5, 0}, orb.Point{-179.5, 0.5}, 124291.53525436399, 63.58682993706314, 63.591193399579694},
	{"sydney london", orb.Point{151.2093, -33.8688}, orb.Point{-0.1278, 51.5074}, 16989295.770540446, -40.70736698782121, -119.63831429984434},
	{"over the pole", orb.Point{0, 89}, orb.Point{180, 89}, 223387.72982839972, 0, 180},
	{"niamey south", orb.Point{2.1254, 13.5116}, orb.Point{2.3, 13}, 59678.78848493276, 161.49460443590286, 161.53464045827303},
}

func TestInverse(t *testing.T) {
	for _, c := range inverseCases {
		s, a1, a2 := Inverse(c.a, c.b)
		if !near(s, c.s12, 1e-6) || !near(AngleDiff(a1, c.azi1), 0, 1e-9) || !near(AngleDiff(a2, c.azi2), 0, 1e-9) {
			t.Errorf("%s: Inverse = %.9f m, %.12f, %.12f; want %.9f m, %.12f, %.12f", c.name, s, a1, a2, c.s12, c.azi1, c.azi2)
		}
		if a1 < 0 || a1 >= 360 || a2 < 0 || a2 >= 360 {
			t.Errorf("%s: azimuths %v, %v not in [0, 360)", c.name, a1, a2)
		}
		if d := Distance(c.a, c.b); d != s {
			t.Errorf("%s: Distance = %v, want Inverse's %v", c.name, d, s)
		}
		if az := Azimuth(c.a, c.b); az != a1 {
			t.Errorf("%s: Azimuth = %v, want Inverse's %v", c.name, az, a1)
		}
	}
}

func TestDestination(t *testing.T) {
	cases := []struct {
		name   string
		p      orb.Point
		azi, s float64
		want   orb.Point
	}{
		// GeographicLib Direct, as above.
		{"80 km east of tessalit", orb.Point{1.01186, 20.20126}, 90, 80000, orb.Point{1.777306336997988, 20.19959316301821}},
		{"80 km at 97.5 from tessalit", orb.Point{1.01186, 20.20126}, 97.5, 80000, orb.Point{1.7703019355877956, 20.10530239594432}},
		{"150 km south-west of niamey", orb.Point{2.1254, 13.5116}, 225, 150000, orb.Point{1.1494633919690456, 12.550997779770457}},
		{"2000 km north", orb.Point{170, -45}, 10, 2e6, orb.Point{173.44976780280882, -27.190191761504035}},
		{"across the antimeridian", orb.Point{179.9, 0}, 90, 50000, orb.Point{-179.65084235794023, 0}},
	}
	for _, c := range cases {
		got := Destination(c.p, c.azi, c.s)
		// 1e-9 degrees is about 0.1 mm.
		if !near(got[0], c.want[0], 1e-8) || !near(got[1], c.want[1], 1e-9) {
			t.Errorf("%s: Destination = %.12f, want %.12f", c.name, got, c.want)
		}
		if s := Distance(c.p, got); !near(s, c.s, 1e-6) {
			t.Errorf("%s: Distance back = %.9f, want %v", c.name, s, c.s)
		}
	}
}

func TestAngleDiff(t *testing.T) {
	cases := []struct{ a, b, want float64 }{
		{10, 350, 20},
		{350, 10, -20},
		{90, 90, 0},
		{180, 0, 180},
		{0, 180, 180}, // -180 maps to 180
		{-90, 90, 180},
		{720 + 45, 0, 45},
		{-725, 0, -5},
		{359.5, -0.5, 0},
		{1e-12, 0, 1e-12},
	}
	for _, c := range cases {
		if got := AngleDiff(c.a, c.b); !near(got, c.want, 1e-9) {
			t.Errorf("AngleDiff(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	if got := AngleDiff(math.NaN(), 0); !math.IsNaN(got) {
		t.Errorf("AngleDiff(NaN, 0) = %v, want NaN", got)
	}
}

func TestAtan2Deg(t *testing.T) {
	for k := range 3600 {
		a := float64(k)/10 - 180
		for _, r := range []float64{1e-3, 1, 1e6} {
			y, x := r*math.Sin(a*deg), r*math.Cos(a*deg)
			if got := atan2Deg(y, x); math.Abs(AngleDiff(got, a)) > 1e-3 {
				t.Fatalf("atan2Deg at %v degrees = %v", a, got)
			}
		}
	}
}

func TestUnwrapLon(t *testing.T) {
	cases := []struct{ lon, ref, want float64 }{
		{-179, 179, 181},
		{179, -179, -181},
		{10, 0, 10},
		{190, 0, -170},
		{-540, 0, -180},
	}
	for _, c := range cases {
		if got := unwrapLon(c.lon, c.ref); !near(got, c.want, 1e-9) {
			t.Errorf("unwrapLon(%v, %v) = %v, want %v", c.lon, c.ref, got, c.want)
		}
	}
}
