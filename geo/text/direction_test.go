package text

import "testing"

func TestCompassAzimuth(t *testing.T) {
	tests := []struct {
		letters string
		az      float64
		points  int
		ok      bool
	}{
		{"N", 0, 4, true}, {"E", 90, 4, true}, {"S", 180, 4, true}, {"W", 270, 4, true},
		{"NE", 45, 8, true}, {"SE", 135, 8, true}, {"SW", 225, 8, true}, {"NW", 315, 8, true},
		{"NNE", 22.5, 16, true}, {"ENE", 67.5, 16, true}, {"ESE", 112.5, 16, true}, {"SSE", 157.5, 16, true},
		{"SSW", 202.5, 16, true}, {"WSW", 247.5, 16, true}, {"WNW", 292.5, 16, true}, {"NNW", 337.5, 16, true},
		{"NbE", 11.25, 32, true}, {"NbW", 348.75, 32, true}, {"NEbN", 33.75, 32, true}, {"SbE", 168.75, 32, true},
		{"EbN", 78.75, 32, true},
		{"EN", 0, 0, false}, {"NN", 0, 0, false}, {"NSE", 0, 0, false}, {"NbS", 0, 0, false}, {"", 0, 0, false},
	}
	for _, tt := range tests {
		az, p, ok := compassAzimuth(tt.letters)
		if ok != tt.ok || p != tt.points || !near(az, tt.az) {
			t.Errorf("compassAzimuth(%q) = %g, %d, %v, want %g, %d, %v", tt.letters, az, p, ok, tt.az, tt.points, tt.ok)
		}
	}
}

func TestDirectionSpellings(t *testing.T) {
	tests := []struct {
		dir    string
		az     float64
		points int
	}{
		{"north-east", 45, 8}, {"northeast", 45, 8}, {"north east", 45, 8}, {"North-East", 45, 8}, {"NE", 45, 8},
		{"N.E.", 45, 8}, {"east-southeast", 112.5, 16}, {"east south-east", 112.5, 16}, {"east-south-east", 112.5, 16},
		{"ESE", 112.5, 16}, {"south by east", 168.75, 32}, {"north-west by west", 303.75, 32}, {"due west", 270, 4},
		{"N", 0, 4}, {"S.S.W.", 202.5, 16}, {"westward", 270, 4},
	}
	for _, tt := range tests {
		doc := "Ber lies 10 km " + tt.dir + " of Gao."
		d := Read(doc)
		if len(d.Relations) != 1 {
			t.Errorf("Read(%q) gave %d relations, want 1", doc, len(d.Relations))
			continue
		}
		r := d.Relations[0]
		want := tt.dir
		if want == "due west" {
			want = "west"
		}
		if r.Direction != want || !near(r.Azimuth, tt.az) || r.Points != tt.points {
			t.Errorf("Read(%q): direction %q, azimuth %g, points %d, want %q, %g, %d", doc, r.Direction, r.Azimuth, r.Points, want, tt.az, tt.points)
		}
	}
}
