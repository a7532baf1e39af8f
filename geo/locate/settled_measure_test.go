package locate

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
)

// This file measures where the point of a place placed by a distance with
// no direction should go (settled.go, Vagueness.SettledKm), on synthetic
// cases drawn from the real gazetteer. It runs only when asked, since it
// reads the whole gazetteer and resolves some thousands of texts (a few
// minutes):
//
//	LOCUS_MEASURE_SETTLED=1 go test ./geo/locate/ -run TestMeasureSettledSide -v
//
// LOCUS_MEASURE_SETTLED=N (a number above 1) draws N cases per continent
// instead of 100.

// measureContinents are the strata of the sample.
var measureContinents = []string{"africa", "asia", "europe", "n-america", "s-america", "oceania"}

// africanCodes are the ISO alpha-2 codes of the African countries and
// territories, which a box cannot tell from Europe's and Asia's.
var africanCodes = strings.Fields("DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH RE YT SH")

// westAsian are the countries north of 35° and west of 45° E counted in
// Asia.
var westAsian = strings.Fields("TR CY GE AM AZ SY IQ IR LB IL JO PS")

// continentOf sorts a place into a continent, roughly: Africa by country,
// the rest by boxes.
func continentOf(p gazetteer.Place) string {
	lon, lat := p.Point[0], p.Point[1]
	switch {
	case slices.Contains(africanCodes, p.Country):
		return "africa"
	case lon > 110 && lat < -10 || lon > 150 || lon < -150:
		return "oceania"
	case lon < -25 && lat >= 13:
		return "n-america"
	case lon < -25:
		return "s-america"
	case lat >= 35 && lon < 45 && !slices.Contains(westAsian, p.Country):
		return "europe"
	}
	return "asia"
}

// ringCase is a synthetic case: the place P the text describes, the town
// A it is measured from and the distance stated, |PA| rounded to the km.
type ringCase struct {
	P, A      gazetteer.Place
	statedKm  int
	continent string
}

// drawRingCases draws n cases per continent: P a populated place of at
// most 100,000 people, uniformly among the continent's, and A one of the
// places 5 to maxKm km from it with more people than P and at least 1,000,
// uniformly.
func drawRingCases(all []gazetteer.Place, n int, seed uint64, maxKm float64) []ringCase {
	byCont := map[string][]int{}
	cells := map[[2]int][]int{}
	for i, p := range all {
		c := continentOf(p)
		byCont[c] = append(byCont[c], i)
		k := [2]int{int(math.Floor(p.Point[0])), int(math.Floor(p.Point[1]))}
		cells[k] = append(cells[k], i)
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	var out []ringCase
	for _, c := range measureContinents {
		got := 0
		for tries := 0; got < n && tries < 100*n; tries++ {
			P := all[byCont[c][rng.IntN(len(byCont[c]))]]
			if P.Population > 100000 {
				continue
			}
			var as []gazetteer.Place
			x0, y0 := int(math.Floor(P.Point[0])), int(math.Floor(P.Point[1]))
			for x := x0 - 2; x <= x0+2; x++ {
				for y := y0 - 1; y <= y0+1; y++ {
					for _, i := range cells[[2]int{x, y}] {
						a := all[i]
						d := geo.Distance(P.Point, a.Point) / 1000
						if d >= 5 && d <= maxKm && a.Population > max(P.Population, 1000) {
							as = append(as, a)
						}
					}
				}
			}
			if len(as) == 0 {
				continue
			}
			slices.SortFunc(as, func(a, b gazetteer.Place) int { return cmp.Compare(a.ID, b.ID) })
			A := as[rng.IntN(len(as))]
			km := int(math.Round(geo.Distance(P.Point, A.Point) / 1000))
			out = append(out, ringCase{P: P, A: A, statedKm: km, continent: c})
			got++
		}
	}
	return out
}

// withoutPlace is the real gazetteer with the place a case describes, and
// every place within 1 km of it, left out of the places it lists by
// position: the text's place is by definition one the gazetteer lacks.
type withoutPlace struct {
	*gazetteer.DB
	p orb.Point
}

func (w withoutPlace) Within(ctx context.Context, b orb.Bound, limit int) ([]gazetteer.Place, error) {
	ps, err := w.DB.Within(ctx, b, limit)
	return slices.DeleteFunc(ps, func(q gazetteer.Place) bool { return geo.Distance(q.Point, w.p) < 1000 }), err
}

func (w withoutPlace) Settlements(ctx context.Context, b orb.Bound, limit int) ([]orb.Point, error) {
	ps, err := w.DB.Settlements(ctx, b, limit)
	return slices.DeleteFunc(ps, func(q orb.Point) bool { return geo.Distance(q, w.p) < 1000 }), err
}

// ringError resolves the case's text with v and returns the error in km of
// the described place's point, or false when the text did not place it
// from A (another namesake of A's name was taken, or nothing was placed).
func ringError(t *testing.T, db *gazetteer.DB, v Vagueness, c ringCase, text string) (float64, bool) {
	res, err := New(withoutPlace{db, c.P.Point}, Options{Vagueness: &v}).Analyse(context.Background(), text)
	if err != nil {
		t.Fatalf("%s: %v", text, err)
	}
	var sub *Place
	fromA := false
	for _, p := range res.Places {
		switch {
		case p.Name == "Zarbou":
			sub = p
		case p.Gazetteer != nil && p.Gazetteer.ID == c.A.ID:
			fromA = true
		}
	}
	if sub == nil || !sub.HasPoint || !fromA {
		return 0, false
	}
	return geo.Distance(sub.Point, c.P.Point) / 1000, true
}

// TestMeasureSettledSide measures the point of a place given by a distance
// with no direction, "Zarbou is a village 28 km from A" and "Zarbou is a
// village in Country, 28 km from A", on cases drawn by drawRingCases:
// the solver's point (SettledKm 0) against the settled side for several
// kernel widths. It prints the median error in km and in units of the
// stated distance, overall, per continent and per range of stated
// distance, and fails when the default rule is worse than the solver's
// point in any sample and form (a median relative error over 1.02 times
// the solver's, or a mean error above it), or does not cut the median by
// a tenth for towns 5 to 80 km apart. The figures are in
// Vagueness.SettledKm's comment.
func TestMeasureSettledSide(t *testing.T) {
	env := os.Getenv("LOCUS_MEASURE_SETTLED")
	if env == "" {
		t.Skip("a measurement: set LOCUS_MEASURE_SETTLED=1 to run it")
	}
	n := 100
	if k, err := strconv.Atoi(env); err == nil && k > 1 {
		n = k
	}
	db := openTestDB(t)
	ctx := context.Background()
	all, err := db.Within(ctx, orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}, 1e6)
	if err != nil {
		t.Fatal(err)
	}
	// Two samples: A 5 to 80 km from P, where most cases are far since
	// there is more room there, and A 5 to 30 km from P, the distances
	// real texts state most ("28 km from La Paz", "15 km from Sanaa").
	samples := []struct {
		name  string
		cases []ringCase
	}{
		{"5-80 km", drawRingCases(all, n, 1, 80)},
		{"5-30 km", drawRingCases(all, n, 2, 30)},
	}
	names := map[string]string{}
	for _, c := range append(slices.Clone(samples[0].cases), samples[1].cases...) {
		if _, ok := names[c.A.Country]; !ok {
			if co, err := db.Country(ctx, c.A.Country); err == nil {
				names[c.A.Country] = co.Name
			}
		}
	}
	rules := []measureRule{{"solver's point (SettledKm 0)", 0}, {"settled, SettledKm 3", 3}, {"settled, SettledKm 5 (default)", 5}, {"settled, SettledKm 8", 8}, {"settled, SettledKm 12", 12}}
	for _, sample := range samples {
		for _, form := range []string{"plain", "country"} {
			measureRingForm(t, db, sample.name, form, sample.cases, names, rules)
		}
	}
}

// measureRule is a setting of the settled side that TestMeasureSettledSide
// measures.
type measureRule struct {
	name string
	km   float64 // Vagueness.SettledKm
}

// measureRingForm measures the rules on cases written in one form, plain
// ("Zarbou is a village 28 km from A.") or naming the country, prints the
// table and fails when the default rule (rules[2]) is worse than the
// solver's point (rules[0]), or, on rings up to 80 km, not clearly better.
func measureRingForm(t *testing.T, db *gazetteer.DB, sample, form string, cases []ringCase, names map[string]string, rules []measureRule) {
	errs := make([]map[string][]float64, len(rules))
	for i := range errs {
		errs[i] = map[string][]float64{}
	}
	dropped := 0
cases:
	for _, c := range cases {
		text := fmt.Sprintf("Zarbou is a village %d km from %s.", c.statedKm, c.A.Name)
		if form == "country" {
			if names[c.A.Country] == "" {
				dropped++
				continue
			}
			text = fmt.Sprintf("Zarbou is a village in %s, %d km from %s.", names[c.A.Country], c.statedKm, c.A.Name)
		}
		got := make([]float64, len(rules))
		for i, ru := range rules {
			v := DefaultVagueness()
			v.SettledKm = ru.km
			e, ok := ringError(t, db, v, c, text)
			if !ok {
				dropped++
				continue cases
			}
			got[i] = e
		}
		for i, e := range got {
			rel := e / float64(c.statedKm)
			errs[i]["all"] = append(errs[i]["all"], e)
			errs[i]["rel"] = append(errs[i]["rel"], rel)
			errs[i][c.continent] = append(errs[i][c.continent], rel)
			errs[i][distanceBin(c.statedKm)] = append(errs[i][distanceBin(c.statedKm)], rel)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "A %s from P, %s texts: %d cases, %d dropped (A not read as the anchor)\n", sample, form, len(errs[0]["all"]), dropped)
	fmt.Fprintf(&b, "%-32s %8s %8s %8s", "rule", "med km", "mean km", "med rel")
	for _, c := range measureContinents {
		fmt.Fprintf(&b, " %9s", c)
	}
	for _, d := range distanceBins {
		fmt.Fprintf(&b, " %7s", d)
	}
	b.WriteString("\n")
	for i, ru := range rules {
		fmt.Fprintf(&b, "%-32s %8.1f %8.1f %8.2f", ru.name, medianOf(errs[i]["all"]), meanOf(errs[i]["all"]), medianOf(errs[i]["rel"]))
		for _, c := range measureContinents {
			fmt.Fprintf(&b, " %9.2f", medianOf(errs[i][c]))
		}
		for _, d := range distanceBins {
			fmt.Fprintf(&b, " %7.2f", medianOf(errs[i][d]))
		}
		b.WriteString("\n")
	}
	t.Log("\n" + b.String())
	// The settled side must never be worse (its median within 2% of the
	// solver's at most, its mean below), and clearly better where the
	// rings are of every length up to 80 km (the median a tenth below).
	gain := 1.02
	if sample == "5-80 km" {
		gain = 0.9
	}
	solver, settled := medianOf(errs[0]["rel"]), medianOf(errs[2]["rel"])
	if !(settled <= gain*solver) || !(meanOf(errs[2]["all"]) < meanOf(errs[0]["all"])) {
		t.Errorf("A %s from P, %s texts: the settled side's median error is %.2f of the stated distance (mean %.1f km), the solver's %.2f (%.1f km): want a median at most %.2f times the solver's and a lower mean",
			sample, form, settled, meanOf(errs[2]["all"]), solver, meanOf(errs[0]["all"]), gain)
	}
}

// distanceBins name the ranges of stated distance the measurement
// reports apart: real texts state short ones most.
var distanceBins = []string{"<15km", "15-30", "30-50", ">=50"}

func distanceBin(km int) string {
	switch {
	case km < 15:
		return distanceBins[0]
	case km < 30:
		return distanceBins[1]
	case km < 50:
		return distanceBins[2]
	}
	return distanceBins[3]
}

func medianOf(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func meanOf(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t / float64(len(xs))
}

// ringAnchors are towns from every continent, some in the most densely
// listed parts of the gazetteer, for BenchmarkResolveRings.
var ringAnchors = []string{"Paris", "Cologne", "Milan", "Kraków", "Lyon", "Birmingham", "Lucknow", "Dhaka", "Osaka", "Chengdu",
	"La Paz", "Caazapá", "Recife", "Puebla", "Columbus", "Nairobi", "Kano", "Mopti", "Antalya", "Perth"}

// ringReport returns a report of about n bytes whose sentences each put a
// different invented village at a distance with no direction from one of
// ringAnchors: the worst case for settledSide, one gazetteer read per
// village (as many villages as the resolver looks names up for).
func ringReport(n int) string {
	syll := []string{"ka", "lo", "mi", "zer", "bou", "ta", "nin", "go", "ru", "sal", "de", "vo"}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		k := i % 390
		name := strings.ToUpper(syll[k%12][:1]) + syll[k%12][1:] + syll[(k/12)%12] + syll[(k/144+k)%12]
		s := fmt.Sprintf("The village of %s lies %d km from %s. ", name, 10+k%60, ringAnchors[k%len(ringAnchors)])
		if b.Len()+len(s) > n {
			break
		}
		b.WriteString(s)
	}
	return b.String()
}

// BenchmarkResolveRings resolves a 1 MiB report of villages given by a
// distance with no direction, with the settled side off (SettledKm 0) and
// on: the cost of settledSide.
func BenchmarkResolveRings(b *testing.B) {
	doc := ringReport(1 << 20)
	for _, km := range []float64{0, DefaultVagueness().SettledKm} {
		b.Run(fmt.Sprintf("SettledKm=%g", km), func(b *testing.B) {
			v := DefaultVagueness()
			v.SettledKm = km
			r := New(openTestDB(b), Options{Vagueness: &v})
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				if _, err := r.Resolve(b.Context(), doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
