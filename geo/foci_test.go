package geo

import (
	"errors"
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// kabulJalalabad are two towns about 118 km apart, nearly east–west.
var kabulJalalabad = Foci{{69.17233, 34.52813}, {70.45153, 34.42647}}

func TestFociDetour(t *testing.T) {
	f := kabulJalalabad
	base := Distance(f[0], f[1])
	_, az, _ := Inverse(f[0], f[1])
	beyond := Destination(f[1], az, 10e3) // 10 km past Jalalabad, on the line
	off := Destination(f.Midpoint(), az+90, 20e3)
	cases := []struct {
		name string
		p    orb.Point
		want float64 // metres
		tol  float64
	}{
		{"focus", f[0], 0, 1},
		{"midpoint", f.Midpoint(), 0, 1},
		{"beyond an end", beyond, 10e3, 20},
		// 20 km off the midpoint: 2·sqrt(59² + 20²) − 118 = 6.6 km of way
		// more, half of it 3.3 km.
		{"off the middle", off, (2*math.Hypot(base/2, 20e3) - base) / 2, 100},
	}
	for _, c := range cases {
		if got := f.Detour(c.p); math.Abs(got-c.want) > c.tol {
			t.Errorf("%s: Detour = %.0f m, want %.0f ± %.0f", c.name, got, c.want, c.tol)
		}
	}
	c := Constraint{Anchor: Anchor{Foci: &f}, MaxM: 5e3}
	if r := c.Residual(beyond); math.Abs(r-5e3) > 20 {
		t.Errorf("Residual 10 km beyond the end with 5 km allowed = %.0f m, want 5000", r)
	}
	if r := c.Residual(off); r != 0 {
		t.Errorf("Residual 20 km off the middle with 5 km allowed = %.0f m, want 0 (detour 3.3 km)", r)
	}
}

func TestFociValidate(t *testing.T) {
	f := kabulJalalabad
	if err := (Constraint{Anchor: Anchor{Foci: &f}, MaxM: 5e3}).Validate(); err != nil {
		t.Errorf("foci: %v", err)
	}
	bad := []Constraint{
		{Anchor: Anchor{Foci: &f}, MaxM: 5e3, Bearing: &Sector{90, 10}},
		{Anchor: Anchor{Foci: &Foci{{0, 95}, {1, 1}}}, MaxM: 5e3},
		{Anchor: Anchor{Foci: &f, Point: &f[0]}, MaxM: 5e3},
	}
	for i, c := range bad {
		if err := c.Validate(); !errors.Is(err, ErrInvalidConstraint) {
			t.Errorf("case %d: Validate = %v, want ErrInvalidConstraint", i, err)
		}
	}
}

func TestSolveFoci(t *testing.T) {
	f := kabulJalalabad
	base := Distance(f[0], f[1])
	// dA + dB <= 1.25·|AB|: a detour of at most an eighth of |AB|.
	between := Constraint{Anchor: Anchor{Foci: &f}, MaxM: 0.125 * base}
	r, err := Solve([]Constraint{between}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Feasible {
		t.Fatal("between alone: not feasible")
	}
	if d := Distance(r.Point, f.Midpoint()); d > 2e3 {
		t.Errorf("between alone: best point %.1f km from the midpoint, want within 2 km", d/1000)
	}
	// The ellipse: semi-major 59 + 14.7 km, semi-minor sqrt(73.7² − 59²) = 44 km.
	_, az, _ := Inverse(f[0], f[1])
	for _, c := range []struct {
		name string
		p    orb.Point
		in   bool
	}{
		{"10 km past an end", Destination(f[1], az, 10e3), true},
		{"20 km past an end", Destination(f[1], az, 20e3), false},
		{"40 km off the middle", Destination(f.Midpoint(), az+90, 40e3), true},
		{"50 km off the middle", Destination(f.Midpoint(), az+90, 50e3), false},
	} {
		if got := r.Contains(c.p); got != c.in {
			t.Errorf("between alone: Contains(%s) = %v, want %v", c.name, got, c.in)
		}
	}
	// With "40 km from Jalalabad" the place sits near the line, 40 km from
	// its end.
	from := Constraint{Anchor: Anchor{Point: &f[1]}, MinM: 36e3, MaxM: 44e3, NominalM: 40e3}
	r, err = Solve([]Constraint{between, from}, Options{})
	if err != nil || !r.Feasible {
		t.Fatalf("between and 40 km from B: %v, feasible %v", err, r != nil && r.Feasible)
	}
	on := Destination(f[1], az+180, 40e3)
	if d := Distance(r.Point, on); d > 8e3 {
		t.Errorf("between and 40 km from B: best point %.1f km from the point on the line, want within 8 km", d/1000)
	}
}
