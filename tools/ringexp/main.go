// Command ringexp explores rules for the point of a place given by a
// distance from a town, with no direction (a ring) or with a compass
// direction (a sector), outside the resolver: it draws places P from the
// gazetteer (n per continent), a larger town A 5-80 km away (-dmin,
// -dmax), and scores each rule by the distance from P of the point it
// chooses on the circle of radius |PA| rounded to the km around A. The
// settlements that vote are the gazetteer's places less P and any place
// within 1 km of it. It is how the rule in geo/locate/settled.go was
// chosen (the kernel, its width, the median against the mode, no
// population weight, and no nudge within a sector); the resolver's own
// end-to-end figures come from TestMeasureSettledSide in geo/locate.
//
//	go run ./tools/ringexp -n 300               # rings
//	go run ./tools/ringexp -n 300 -mode sector  # 8-point sectors (-points 16)
package main

import (
	"context"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
)

var african = map[string]bool{}

func init() {
	for _, c := range []string{"DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CG", "CD", "CI", "DJ", "EG", "GQ", "ER", "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR", "LY", "MG", "MW", "ML", "MR", "MU", "MA", "MZ", "NA", "NE", "NG", "RW", "ST", "SN", "SC", "SL", "SO", "ZA", "SS", "SD", "TZ", "TG", "TN", "UG", "ZM", "ZW", "EH", "RE", "YT", "SH"} {
		african[c] = true
	}
}

func continent(p gazetteer.Place) string {
	lon, lat := p.Point[0], p.Point[1]
	switch {
	case african[p.Country]:
		return "africa"
	case lon > 110 && lat < -10 || lon > 150 || lon < -150:
		return "oceania"
	case lon < -25 && lat >= 13:
		return "n-america"
	case lon < -25:
		return "s-america"
	case lat >= 35 && lon < 45 && !slices.Contains([]string{"TR", "CY", "GE", "AM", "AZ", "SY", "IQ", "IR", "LB", "IL", "JO", "PS"}, p.Country):
		return "europe"
	}
	return "asia"
}

type index struct {
	cells map[[2]int][]int
	ps    []gazetteer.Place
}

const cellDeg = 0.5

func newIndex(ps []gazetteer.Place) *index {
	ix := &index{cells: map[[2]int][]int{}, ps: ps}
	for i, p := range ps {
		k := [2]int{int(math.Floor(p.Point[0] / cellDeg)), int(math.Floor(p.Point[1] / cellDeg))}
		ix.cells[k] = append(ix.cells[k], i)
	}
	return ix
}

// near returns indices of places within km (approx box) of c.
func (ix *index) near(c orb.Point, km float64) []int {
	dLat := km / 111
	dLon := dLat / math.Max(math.Cos(c[1]*math.Pi/180), 0.05)
	var out []int
	for x := int(math.Floor((c[0] - dLon) / cellDeg)); x <= int(math.Floor((c[0]+dLon)/cellDeg)); x++ {
		for y := int(math.Floor((c[1] - dLat) / cellDeg)); y <= int(math.Floor((c[1]+dLat)/cellDeg)); y++ {
			for _, i := range ix.cells[[2]int{x, y}] {
				p := ix.ps[i].Point
				if math.Abs(p[1]-c[1]) <= dLat && math.Abs(p[0]-c[0]) <= dLon {
					out = append(out, i)
				}
			}
		}
	}
	return out
}

// plane is a local equirectangular plane in km around o.
type plane struct {
	o  orb.Point
	kx float64
}

func newPlane(o orb.Point) plane { return plane{o, 111.32 * math.Cos(o[1]*math.Pi/180)} }
func (p plane) xy(q orb.Point) (float64, float64) {
	return (q[0] - p.o[0]) * p.kx, (q[1] - p.o[1]) * 110.57
}

type casee struct {
	P, A    gazetteer.Place
	r       float64 // km true
	stated  float64
	cont    string
	truthAz float64
}

func main() {
	n := flag.Int("n", 150, "cases per continent")
	seed := flag.Uint64("seed", 1, "seed")
	mode := flag.String("mode", "ring", "ring or sector")
	pts := flag.Int("points", 8, "compass points for sector")
	dmin := flag.Float64("dmin", 5, "min km")
	dmax := flag.Float64("dmax", 80, "max km")
	minPopA := flag.Int64("apop", 1000, "least population of A")
	flag.Parse()
	db, err := gazetteer.OpenDefault()
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	all, err := db.Within(ctx, orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}, 400000)
	if err != nil {
		panic(err)
	}
	var ps []gazetteer.Place
	for _, p := range all {
		if p.Class == "P" {
			ps = append(ps, p)
		}
	}
	fmt.Fprintln(os.Stderr, "places", len(all), "populated", len(ps))
	ix := newIndex(ps)
	rng := rand.New(rand.NewPCG(*seed, 7))
	byCont := map[string][]int{}
	for i, p := range ps {
		byCont[continent(p)] = append(byCont[continent(p)], i)
	}
	conts := []string{"africa", "asia", "europe", "n-america", "s-america", "oceania"}
	var cases []casee
	for _, c := range conts {
		got := 0
		for tries := 0; got < *n && tries < 100**n; tries++ {
			P := ps[byCont[c][rng.IntN(len(byCont[c]))]]
			if P.Population > 100000 {
				continue
			}
			var as []int
			for _, i := range ix.near(P.Point, *dmax) {
				a := ps[i]
				d := geo.Distance(P.Point, a.Point) / 1000
				if d >= *dmin && d <= *dmax && a.Population > max(P.Population, *minPopA) {
					as = append(as, i)
				}
			}
			if len(as) == 0 {
				continue
			}
			A := ps[as[rng.IntN(len(as))]]
			r := geo.Distance(P.Point, A.Point) / 1000
			cases = append(cases, casee{P: P, A: A, r: r, stated: math.Round(r), cont: c, truthAz: geo.Azimuth(A.Point, P.Point)})
			got++
		}
	}
	fmt.Fprintln(os.Stderr, "cases", len(cases))
	type rule struct {
		name string
		az   func(c casee, cand []cand) float64
	}
	rules := []rule{
		{"south (current ring)", func(c casee, _ []cand) float64 { return 180 }},
		{"oracle azimuth", func(c casee, _ []cand) float64 { return c.truthAz }},
	}
	for _, f := range []float64{0.1, 0.2, 0.3} {
		for _, beta := range []float64{1, 2, 4} {
			rules = append(rules, rule{fmt.Sprintf("bayes rel %g beta %g", f, beta), func(c casee, cs []cand) float64 {
				return bayesRule(max(f*c.stated, 2), beta, "gauss")(c, cs)
			}})
		}
	}
	for _, k := range []float64{2, 3, 5, 8, 12, 20} {
		rules = append(rules, rule{fmt.Sprintf("count within %gkm", k), densityRule(k, "count")})
		rules = append(rules, rule{fmt.Sprintf("gauss sigma %gkm", k), densityRule(k, "gauss")})
		rules = append(rules, rule{fmt.Sprintf("gauss sigma %gkm logpop", k), densityRule(k, "gausslog")})
		rules = append(rules, rule{fmt.Sprintf("gauss sigma %gkm sqrtpop", k), densityRule(k, "gausssqrt")})
	}
	for _, k := range []float64{3, 5, 8, 12} {
		for _, beta := range []float64{0.5, 1, 2, 4} {
			rules = append(rules, rule{fmt.Sprintf("bayes gauss %gkm beta %g", k, beta), bayesRule(k, beta, "gauss")})
		}
	}
	rules = append(rules, rule{"toward admin1 centroid", func(c casee, cs []cand) float64 { return c.admin1Az(ps, ix) }})
	if *mode == "sector" {
		rules = rules[:0]
		rules = append(rules, rule{"stated point", sectorRule(8, 0, 1, 35, *pts)})
		rules = append(rules, rule{"oracle azimuth", func(c casee, _ []cand) float64 { return c.truthAz }})
		for _, k := range []float64{5, 8} {
			for _, beta := range []float64{0.5, 1, 2} {
				for _, sd := range []float64{10, 15, 25, 1000} {
					rules = append(rules, rule{fmt.Sprintf("k%g beta %g sd %g", k, beta, sd), sectorRule(k, beta, sd, 35, *pts)})
				}
			}
		}
	}
	errs := make([]map[string][]float64, len(rules))
	for i := range errs {
		errs[i] = map[string][]float64{}
	}
	for _, c := range cases {
		cands := gather(c, ix, 40)
		for i, ru := range rules {
			var az float64
			az = ru.az(c, cands)
			q := geo.Destination(c.A.Point, az, c.stated*1000)
			e := geo.Distance(q, c.P.Point) / 1000
			errs[i][c.cont] = append(errs[i][c.cont], e)
			errs[i]["all"] = append(errs[i]["all"], e)
			errs[i]["rel"] = append(errs[i]["rel"], e/c.r)
			b := "r>50"
			switch {
			case c.r < 15:
				b = "r<15"
			case c.r < 30:
				b = "r<30"
			case c.r < 50:
				b = "r<50"
			}
			errs[i][b] = append(errs[i][b], e/c.r)
		}
	}
	fmt.Printf("%-32s %7s %7s %7s", "rule", "median", "mean", "relmed")
	for _, c := range conts {
		fmt.Printf(" %9s", c)
	}
	bins := []string{"r<15", "r<30", "r<50", "r>50"}
	for _, b := range bins {
		fmt.Printf(" %6s", b)
	}
	fmt.Println()
	for i, ru := range rules {
		fmt.Printf("%-32s %7.1f %7.1f %7.2f", ru.name, median(errs[i]["all"]), mean(errs[i]["all"]), median(errs[i]["rel"]))
		for _, c := range conts {
			fmt.Printf(" %9.1f", median(errs[i][c]))
		}
		for _, b := range bins {
			fmt.Printf(" %6.2f", median(errs[i][b]))
		}
		fmt.Println()
	}
}

// cand is a settlement near the ring, in the plane of A, excluding P.
type cand struct {
	x, y float64
	pop  int64
	adm  string
}

func gather(c casee, ix *index, extra float64) []cand {
	pl := newPlane(c.A.Point)
	px, py := pl.xy(c.P.Point)
	var out []cand
	for _, i := range ix.near(c.A.Point, c.stated+extra) {
		q := ix.ps[i]
		x, y := pl.xy(q.Point)
		if math.Hypot(x-px, y-py) < 1 {
			continue // P itself and anything within 1 km of it
		}
		out = append(out, cand{x, y, q.Population, q.Country + "." + q.Admin1Code})
	}
	return out
}

func densityRule(k float64, kind string) func(c casee, cs []cand) float64 {
	return func(c casee, cs []cand) float64 {
		best, bestAz := math.Inf(-1), 180.0
		for az := 0.0; az < 360; az += 2.5 {
			s := densityAt(c, cs, az, k, kind)
			if s > best {
				best, bestAz = s, az
			}
		}
		return bestAz
	}
}

func densityAt(c casee, cs []cand, az, k float64, kind string) float64 {
	r := c.stated
	x, y := r*math.Sin(az*math.Pi/180), r*math.Cos(az*math.Pi/180)
	s := 0.0
	for _, q := range cs {
		d2 := (q.x-x)*(q.x-x) + (q.y-y)*(q.y-y)
		switch kind {
		case "count":
			if d2 <= k*k {
				s++
			}
		case "gauss":
			s += math.Exp(-d2 / (2 * k * k))
		case "gausslog":
			s += math.Exp(-d2/(2*k*k)) * math.Log10(float64(q.pop)+10)
		case "gausssqrt":
			s += math.Exp(-d2/(2*k*k)) * math.Sqrt(float64(q.pop)+100)
		}
	}
	return s
}

func (c casee) admin1Az(ps []gazetteer.Place, ix *index) float64 {
	var sx, sy, n float64
	pl := newPlane(c.A.Point)
	for _, i := range ix.near(c.A.Point, 400) {
		q := ix.ps[i]
		if q.Country == c.A.Country && q.Admin1Code == c.A.Admin1Code && q.ID != c.P.ID {
			x, y := pl.xy(q.Point)
			sx, sy, n = sx+x, sy+y, n+1
		}
	}
	if n == 0 || sx == 0 && sy == 0 {
		return 180
	}
	return math.Mod(math.Atan2(sx/n, sy/n)*180/math.Pi+360, 360)
}

// sectorRule: posterior density^beta * gaussian(az - stated, sd) over
// the allowed half-width hw, Bayes estimate (absolute loss); density
// kernel sigma k.
func sectorRule(k, beta, sd, hw float64, points int) func(c casee, cs []cand) float64 {
	return func(c casee, cs []cand) float64 {
		step := 360 / float64(points)
		stated := math.Mod(math.Round(c.truthAz/step)*step, 360)
		if beta == 0 {
			return stated
		}
		var azs, w []float64
		for d := -hw; d <= hw; d += 2.5 {
			az := stated + d
			azs = append(azs, az)
			w = append(w, math.Pow(densityAt(c, cs, az, k, "gauss")+1e-3, beta)*math.Exp(-d*d/(2*sd*sd)))
		}
		best, bestAz := math.Inf(1), stated
		for i := range azs {
			e := 0.0
			for j := range azs {
				e += w[j] * math.Abs(math.Sin((azs[i]-azs[j])*math.Pi/360))
			}
			if e < best {
				best, bestAz = e, azs[i]
			}
		}
		return bestAz
	}
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func mean(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t / float64(len(xs))
}

// bayesRule picks the azimuth minimising the expected distance to the
// truth under a posterior on the ring proportional to density^beta.
func bayesRule(k, beta float64, kind string) func(c casee, cs []cand) float64 {
	return func(c casee, cs []cand) float64 {
		const n = 144
		var w [n]float64
		tot := 0.0
		for i := range n {
			w[i] = math.Pow(densityAt(c, cs, float64(i)*2.5, k, kind)+1e-3, beta)
			tot += w[i]
		}
		best, bestAz := math.Inf(1), 180.0
		for i := range n {
			e := 0.0
			for j := range n {
				e += w[j] * math.Abs(math.Sin(float64(i-j)*2.5*math.Pi/360))
			}
			if e < best {
				best, bestAz = e, float64(i)*2.5
			}
		}
		return bestAz
	}
}
