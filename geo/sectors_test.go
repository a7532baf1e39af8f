package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

// open is a direction with no distance from the point p: azimuth ± half.
func open(p orb.Point, azimuth, half float64) Constraint {
	return Constraint{Anchor: Anchor{Point: &p}, MaxM: math.Inf(1), Bearing: &Sector{Azimuth: azimuth, HalfWidth: half}}
}

func TestSectorsCross(t *testing.T) {
	ruiru, limuru := orb.Point{36.96087, -1.14665}, orb.Point{36.64205, -1.11360}
	lyon, grenoble := orb.Point{4.84671, 45.74846}, orb.Point{5.71479, 45.17869}
	near := Constraint{Anchor: Anchor{Point: &lyon}, MaxM: 25000}
	tests := []struct {
		name string
		cs   []Constraint
		want bool
	}{
		{"west of Ruiru, south-east of Limuru", []Constraint{open(ruiru, 270, 45), open(limuru, 135, 35)}, true},
		{"south and north: no common direction", []Constraint{open(lyon, 180, 22.5), open(grenoble, 0, 22.5)}, true},
		{"east and east: parallel", []Constraint{open(lyon, 90, 45), open(grenoble, 90, 45)}, false},
		{"north and east overlapping at north-east", []Constraint{open(lyon, 0, 45), open(grenoble, 90, 50)}, false},
		{"west and north touching at north-west", []Constraint{open(lyon, 270, 45), open(grenoble, 0, 45)}, false},
		{"west and north at face value", []Constraint{open(lyon, 270, 22.5), open(grenoble, 0, 22.5)}, true},
		{"across north: 350±20 and 30±15", []Constraint{open(lyon, 350, 20), open(grenoble, 30, 15)}, true},
		{"across north: 350±20 and 10±15 share north", []Constraint{open(lyon, 350, 20), open(grenoble, 10, 15)}, false},
		{"one anchor only", []Constraint{open(lyon, 0, 22.5), open(lyon, 180, 22.5)}, false},
		{"one direction", []Constraint{open(lyon, 0, 22.5)}, false},
		{"a direction and a distance", []Constraint{open(lyon, 0, 22.5), near}, false},
		{"a bounded sector does not count", []Constraint{open(lyon, 180, 22.5), {Anchor: Anchor{Point: &grenoble}, MaxM: 5e4, Bearing: &Sector{Azimuth: 0, HalfWidth: 22.5}}}, false},
		{"any direction", []Constraint{open(lyon, 0, 180), open(grenoble, 180, 22.5)}, false},
		{"three sectors, two cross", []Constraint{open(ruiru, 270, 45), open(limuru, 135, 35), open(lyon, 200, 40)}, true},
		{"nothing", nil, false},
	}
	for _, tt := range tests {
		if got := SectorsCross(tt.cs); got != tt.want {
			t.Errorf("%s: SectorsCross = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSolveCrossingSectors checks that two directions that cross at face
// value (±22.5°), read loosely (half) and each cut at a reach, give a
// bounded region whose best point is in both loose sectors, within the
// reach of both anchors.
func TestSolveCrossingSectors(t *testing.T) {
	tests := []struct {
		name string
		a, b orb.Point
		azA  float64 // the subject's direction from a
		azB  float64
		half float64
	}{
		{"west of Ruiru, south-east of Limuru", orb.Point{36.96087, -1.14665}, orb.Point{36.64205, -1.11360}, 270, 135, 40},
		{"south of Lille, east of Amiens", orb.Point{3.05858, 50.63297}, orb.Point{2.3, 49.9}, 180, 90, 45},
		{"north-west of Chennai, north-east of Kanchipuram", orb.Point{80.27847, 13.08784}, orb.Point{79.70006, 12.83515}, 315, 45, 35},
		{"north of Bergen, west of Voss", orb.Point{5.32415, 60.39299}, orb.Point{6.41474, 60.62869}, 0, 270, 45},
	}
	for _, tt := range tests {
		reach := 2 * Distance(tt.a, tt.b)
		if !SectorsCross([]Constraint{open(tt.a, tt.azA, 22.5), open(tt.b, tt.azB, 22.5)}) {
			t.Errorf("%s: the sectors do not cross", tt.name)
			continue
		}
		ca, cb := open(tt.a, tt.azA, tt.half), open(tt.b, tt.azB, tt.half)
		ca.MaxM, cb.MaxM = reach, reach
		r, err := Solve([]Constraint{ca, cb}, Options{})
		if err != nil {
			t.Fatalf("%s: Solve: %v", tt.name, err)
		}
		if !r.Feasible || len(r.Shape) == 0 {
			t.Fatalf("%s: no region", tt.name)
		}
		for i, c := range []Constraint{ca, cb} {
			if az := Azimuth(*c.Anchor.Point, r.Point); math.Abs(AngleDiff(az, c.Bearing.Azimuth)) > c.Bearing.HalfWidth {
				t.Errorf("%s: the point is at %.0f° from anchor %d, want %.0f°±%.0f°", tt.name, az, i, c.Bearing.Azimuth, c.Bearing.HalfWidth)
			}
		}
		if d := math.Max(Distance(tt.a, r.Point), Distance(tt.b, r.Point)); d > reach {
			t.Errorf("%s: the point is %.0f km from an anchor, beyond the reach %.0f km", tt.name, d/1000, reach/1000)
		}
	}
}
