package geo

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"
)

func TestProjectionForward(t *testing.T) {
	// Plane coordinates from the GeographicLib reference of inverseCases:
	// x = s·sin(azi1), y = s·cos(azi1).
	for _, c := range inverseCases[:2] {
		p := NewProjection(c.a)
		x, y := p.Forward(c.b)
		wx, wy := c.s12*math.Sin(c.azi1*deg), c.s12*math.Cos(c.azi1*deg)
		if !near(x, wx, 1e-6) || !near(y, wy, 1e-6) {
			t.Errorf("%s: Forward = (%.6f, %.6f), want (%.6f, %.6f)", c.name, x, y, wx, wy)
		}
	}
}

func TestProjectionRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	centres := []orb.Point{{1.01186, 20.20126}, {0, 0}, {179.9, -10}, {-70, 65}}
	for _, c := range centres {
		p := NewProjection(c)
		if x, y := p.Forward(c); x != 0 || y != 0 {
			t.Errorf("centre %v: Forward(centre) = (%v, %v), want (0, 0)", c, x, y)
		}
		if q := p.Inverse(0, 0); q != c {
			t.Errorf("centre %v: Inverse(0, 0) = %v, want the centre", c, q)
		}
		for range 200 {
			az, s := rng.Float64()*360, rng.Float64()*2e6
			q := Destination(c, az, s)
			x, y := p.Forward(q)
			// Distances and azimuths from the centre are exact.
			if !near(math.Hypot(x, y), s, 1e-6) || !near(AngleDiff(math.Atan2(x, y)/deg, az), 0, 1e-9) {
				t.Fatalf("centre %v: Forward(%v) = (%v, %v), want distance %v at azimuth %v", c, q, x, y, s, az)
			}
			back := p.Inverse(x, y)
			if Distance(back, q) > 1e-6 {
				t.Fatalf("centre %v: Inverse(Forward(%v)) = %v", c, q, back)
			}
			if back[0] < -180 || back[0] >= 180 {
				t.Fatalf("centre %v: Inverse longitude %v out of [-180, 180)", c, back[0])
			}
		}
	}
}

func TestProjectionGamma(t *testing.T) {
	// gamma turns true azimuths at q into plane azimuths: a short step
	// north from q must run in the plane at azimuth gamma, up to the
	// projection's shear, about (ρ/R)²/12 radians (0.006 degrees at 230 km).
	p := NewProjection(orb.Point{1.01186, 20.20126})
	for _, q := range []orb.Point{{1.8, 20.2}, {0.2, 21.1}, {1.2, 19}, {3, 22}} {
		x0, y0, gamma := p.forward(q)
		x1, y1 := p.Forward(Destination(q, 0, 10))
		got := math.Atan2(x1-x0, y1-y0) / deg
		if !near(AngleDiff(got, gamma), 0, 0.02) {
			t.Errorf("%v: north runs at plane azimuth %.5f, gamma %.5f", q, got, gamma)
		}
		lon, lat, g2 := p.inverse(x0, y0)
		if !near(lon, q[0], 1e-9) || !near(lat, q[1], 1e-9) || !near(g2, gamma, 1e-6) {
			t.Errorf("%v: inverse = %v, %v, gamma %v; want gamma %v", q, lon, lat, g2, gamma)
		}
	}
}
