package geo

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"
)

// denseDistance is the reference for DistanceToLine: the smallest geodesic
// distance from p to points sampled every 10 m or less along each
// geodesic segment of l. To stay fast it samples every kilometre first and
// then every 10 m within a kilometre of each segment's sample nearest to
// p, on the segments that may hold the minimum (a 1 km spacing misjudges
// the distance by at most 500 m).
func denseDistance(p orb.Point, l orb.MultiLineString) float64 {
	type seg struct {
		a       orb.Point
		azi, s  float64
		at, min float64
	}
	var segs []seg
	coarse := math.Inf(1)
	for _, ls := range l {
		if len(ls) == 1 {
			ls = orb.LineString{ls[0], ls[0]}
		}
		for i := 0; i+1 < len(ls); i++ {
			s, azi, _ := Inverse(ls[i], ls[i+1])
			sg := seg{a: ls[i], azi: azi, s: s, min: math.Inf(1)}
			n := max(int(math.Ceil(s/1000)), 1)
			for k := 0; k <= n; k++ {
				t := s * float64(k) / float64(n)
				if d := Distance(p, Destination(ls[i], azi, t)); d < sg.min {
					sg.min, sg.at = d, t
				}
			}
			coarse = min(coarse, sg.min)
			segs = append(segs, sg)
		}
	}
	best := math.Inf(1)
	for _, sg := range segs {
		if sg.min > coarse+1000 {
			continue
		}
		lo, hi := max(sg.at-1000, 0), min(sg.at+1000, sg.s)
		n := max(int(math.Ceil((hi-lo)/10)), 1)
		for k := 0; k <= n; k++ {
			best = min(best, Distance(p, Destination(sg.a, sg.azi, lo+(hi-lo)*float64(k)/float64(n))))
		}
	}
	return best
}

// wigglyLine returns a line of n vertices about 280 km long, running
// north-north-west east of Tessalit, with a zigzag of about 300 m, like a
// border traced at 100 m resolution.
func wigglyLine(n int) orb.MultiLineString {
	ls := make(orb.LineString, n)
	for i := range ls {
		t := float64(i) / float64(n-1)
		ls[i] = orb.Point{2.15 - 0.4*t + 0.003*math.Sin(float64(i)*0.7), 19.0 + 2.5*t}
	}
	return orb.MultiLineString{ls}
}

func TestDistanceToLine(t *testing.T) {
	tess := orb.Point{1.01186, 20.20126}
	short := orb.MultiLineString{{{1.5, 20.0}, {1.6, 20.3}, {1.9, 20.35}}}
	cases := []struct {
		name string
		p    orb.Point
		l    orb.MultiLineString
	}{
		{"foot inside a segment", orb.Point{1.4, 20.2}, short},
		{"beyond the first vertex", orb.Point{1.45, 19.8}, short},
		{"near a corner", orb.Point{1.62, 20.36}, short},
		{"on the line", orb.Point{1.55, 20.15}, short},
		{"far away", orb.Point{-3, 15}, short},
		{"long geodesic segment", orb.Point{10, 52}, orb.MultiLineString{{{0, 45}, {20, 50}}}},
		{"another continent", orb.Point{2.35, 48.86}, orb.MultiLineString{{{-10, 5}, {0, 8}, {15, 4}, {30, 10}}, {{40, -20}, {35, 0}}}},
		{"across the antimeridian", orb.Point{179.95, -16.9}, orb.MultiLineString{{{179.8, -17}, {-179.8, -17.1}}}},
		{"two strings and a point", orb.Point{1.2, 20.1}, orb.MultiLineString{{{1.5, 19.0}, {1.6, 19.2}}, {{1.25, 20.12}}}},
		{"wiggly border from tessalit", tess, wigglyLine(2000)},
		{"wiggly border nearby", orb.Point{1.9, 20.0}, wigglyLine(2000)},
	}
	for _, c := range cases {
		got, q := DistanceToLine(c.p, c.l)
		want := denseDistance(c.p, c.l)
		// The reference only overestimates, by at most a few metres.
		if got > want+1e-3 || got < want-10 {
			t.Errorf("%s: DistanceToLine = %.3f m, want %.3f m (-10 m)", c.name, got, want)
		}
		if d := Distance(c.p, q); !near(d, got, 1e-6) {
			t.Errorf("%s: nearest point %v is %.6f m away, want %.6f", c.name, q, d, got)
		}
		if r := denseDistance(q, c.l); r > 10 {
			t.Errorf("%s: nearest point %v lies %.3f m off the line", c.name, q, r)
		}
	}
}

func TestDistanceToLineEmpty(t *testing.T) {
	p := orb.Point{1, 2}
	for _, l := range []orb.MultiLineString{nil, {}, {{}}} {
		if d, q := DistanceToLine(p, l); !math.IsInf(d, 1) || q != p {
			t.Errorf("DistanceToLine(%v) = %v, %v; want +Inf, p", l, d, q)
		}
	}
}

func TestLocalFrameError(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		p := orb.Point{rng.Float64()*360 - 180, rng.Float64()*150 - 75}
		q := Destination(p, rng.Float64()*360, rng.Float64()*2e6)
		if math.Abs(q[1]) > 80 {
			continue
		}
		x, y := newLocalFrame(p).xy(q)
		exact := Distance(p, q)
		if err := math.Abs(math.Hypot(x, y)/exact - 1); err > localFrameError(exact) {
			t.Fatalf("localFrame from %v to %v: relative error %.3g over the bound %.3g", p, q, err, localFrameError(exact))
		}
	}
}

func BenchmarkDistanceToLine(b *testing.B) {
	l := wigglyLine(2000)
	b.ReportAllocs()
	for b.Loop() {
		DistanceToLine(tessalit, l)
	}
}
