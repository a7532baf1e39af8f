package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

func TestDisc(t *testing.T) {
	for _, c := range []struct {
		name   string
		centre orb.Point
		r      float64
	}{
		{"Tessalit, 2 km", tessalit, 2000},
		{"Tessalit, 30 km", tessalit, 30000},
		{"near the antimeridian", orb.Point{179.9, -17}, 50000},
		{"high latitude", orb.Point{25, 78}, 10000},
	} {
		d := Disc(c.centre, c.r)
		if d == nil || len(d.Shape) != 1 || len(d.Shape[0]) != 1 {
			t.Fatalf("%s: Disc = %+v, want one polygon with one ring", c.name, d)
		}
		ring := d.Shape[0][0]
		if len(ring) != discVertices+1 || ring[0] != ring[len(ring)-1] {
			t.Errorf("%s: ring of %d points, closed %v; want %d, closed", c.name, len(ring), ring[0] == ring[len(ring)-1], discVertices+1)
		}
		if planar.Area(ring) <= 0 {
			t.Errorf("%s: ring is clockwise, want counter-clockwise (RFC 7946)", c.name)
		}
		for _, p := range ring {
			// Coordinates are rounded to 6 decimals: up to 0.1 m off.
			if got := Distance(c.centre, p); math.Abs(got-c.r) > 0.2 {
				t.Errorf("%s: vertex %v is %.2f m from the centre, want %.0f", c.name, p, got, c.r)
				break
			}
		}
		// The area of a small geodesic disc is close to pi r^2; the
		// polygon's chords make it 0.13% smaller (72 sides).
		want := math.Pi * c.r * c.r / 1e6 * (discVertices / (2 * math.Pi) * math.Sin(2*math.Pi/discVertices))
		if math.Abs(d.AreaKm2-want)/want > 0.002 {
			t.Errorf("%s: AreaKm2 = %.4f, want %.4f", c.name, d.AreaKm2, want)
		}
		if !d.Contains(c.centre) {
			t.Errorf("%s: the disc does not contain its centre", c.name)
		}
	}
	for _, r := range []float64{0, -1, math.NaN(), 2 * MaxReachM} {
		if d := Disc(tessalit, r); d != nil {
			t.Errorf("Disc(radius %v) = %+v, want nil", r, d)
		}
	}
}
