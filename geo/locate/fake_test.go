package locate

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/locus-gis/locus/geo/gazetteer"
)

// fakeGazetteer is a Gazetteer held in memory, read from the small
// extracts in testdata/gazetteer: places in the cities500 layout,
// first-level divisions with their seats (and, where admin1.tsv says
// "hull", the bounding box of their places as hull), second-level divisions whose
// hulls are the bounding boxes of their places, and countries whose shapes
// are their bounding boxes. It has no borders. It lets the resolver be tested
// without building the 88 MB gazetteer.
type fakeGazetteer struct {
	places    []gazetteer.Place
	admins    []gazetteer.Admin1
	admins2   []gazetteer.Admin2
	countries []fakeCountry
}

type fakeCountry struct {
	c    gazetteer.Country
	keys []string // folded code, names and demonyms
}

// readTSV calls fn with the fields of every line of a tab-separated file
// after its header.
func readTSV(tb testing.TB, path string, fn func(f []string)) {
	tb.Helper()
	file, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	for n := 0; sc.Scan(); n++ {
		if n > 0 && sc.Text() != "" {
			fn(strings.Split(sc.Text(), "\t"))
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
}

func num(tb testing.TB, s string) float64 {
	tb.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		tb.Fatalf("bad number %q: %v", s, err)
	}
	return v
}

// newFakeGazetteer reads testdata/gazetteer.
func newFakeGazetteer(tb testing.TB) *fakeGazetteer {
	tb.Helper()
	dir := filepath.Join("testdata", "gazetteer")
	g := &fakeGazetteer{}
	readTSV(tb, filepath.Join(dir, "cities.tsv"), func(f []string) {
		p := gazetteer.Place{Name: f[1], ASCIIName: f[2], Class: f[6], Code: f[7], Country: f[8], Admin1Code: f[9]}
		p.ID = int64(num(tb, f[0]))
		if f[3] != "" {
			p.AltNames = strings.Split(f[3], ",")
		}
		p.Point = orb.Point{num(tb, f[5]), num(tb, f[4])}
		p.Population = int64(num(tb, f[10]))
		if len(f) > 11 {
			p.Admin2Code = f[11]
		}
		g.places = append(g.places, p)
	})
	readTSV(tb, filepath.Join(dir, "countries.tsv"), func(f []string) {
		b := strings.Fields(f[4])
		box := orb.Bound{Min: orb.Point{num(tb, b[0]), num(tb, b[1])}, Max: orb.Point{num(tb, b[2]), num(tb, b[3])}}
		c := gazetteer.Country{Code: f[0], Name: f[1], Names: strings.Split(f[2], "|"), Demonyms: strings.Split(f[3], "|"),
			Shape: orb.MultiPolygon{box.ToPolygon()}}
		keys := []string{gazetteer.Fold(c.Code), gazetteer.Fold(c.Name)}
		for _, n := range append(slices.Clone(c.Names), c.Demonyms...) {
			keys = append(keys, gazetteer.Fold(n))
		}
		g.countries = append(g.countries, fakeCountry{c, keys})
	})
	readTSV(tb, filepath.Join(dir, "admin1.tsv"), func(f []string) {
		cc, code, _ := strings.Cut(f[0], ".")
		a := gazetteer.Admin1{Country: cc, Code: code, Name: f[1]}
		for i := range g.places {
			if len(f) > 2 && strconv.FormatInt(g.places[i].ID, 10) == f[2] {
				p := g.places[i]
				a.Seat = &p
			}
		}
		// A row marked "hull" gets, as the gazetteer gives every
		// division, the hull of its places (here their bounding box)
		// when it has three or more; the others are left without one.
		var box orb.Bound
		n := 0
		for _, p := range g.places {
			if len(f) < 4 || f[3] != "hull" {
				break
			}
			if p.Country == cc && p.Admin1Code == code {
				if n == 0 {
					box = p.Point.Bound()
				}
				box = box.Extend(p.Point)
				n++
			}
		}
		if n >= 3 {
			a.Hull = box.ToPolygon()
		}
		g.admins = append(g.admins, a)
	})
	readTSV(tb, filepath.Join(dir, "admin2.tsv"), func(f []string) {
		code := strings.SplitN(f[0], ".", 3)
		a := gazetteer.Admin2{Country: code[0], Admin1Code: code[1], Code: code[2], Name: f[1]}
		var box orb.Bound
		for i, p := range g.places {
			if p.Country == a.Country && p.Admin1Code == a.Admin1Code && p.Admin2Code == a.Code {
				if a.Places == 0 {
					box = p.Point.Bound()
				}
				box = box.Extend(p.Point)
				a.Places++
				if p.Code == "PPLA2" {
					a.Seat = &g.places[i]
				}
			}
		}
		if a.Places >= 3 {
			a.Hull = box.ToPolygon()
		}
		for i, p := range g.places {
			// As the gazetteer does: the town of its admin1 bearing its
			// name is its seat when none of its places is a PPLA2.
			if a.Seat == nil && p.Country == a.Country && p.Admin1Code == a.Admin1Code && gazetteer.Fold(p.Name) == admin2Key(a.Name) {
				a.Seat = &g.places[i]
			}
		}
		if a.Seat != nil {
			a.Point = &a.Seat.Point
		} else if a.Places > 0 {
			c := box.Center()
			a.Point = &c
		}
		g.admins2 = append(g.admins2, a)
	})
	for i := range g.places {
		for _, a := range g.admins {
			if a.Country == g.places[i].Country && a.Code == g.places[i].Admin1Code {
				g.places[i].Admin1 = a.Name
			}
		}
	}
	return g
}

func (g *fakeGazetteer) Named(_ context.Context, name string) ([]gazetteer.Place, error) {
	key := gazetteer.Fold(name)
	if key == "" {
		return nil, nil
	}
	keys := append([]string{key}, gazetteer.ArticleForms(key)...)
	var out []gazetteer.Place
	for _, p := range g.places {
		for _, n := range append([]string{p.Name, p.ASCIIName}, p.AltNames...) {
			if slices.Contains(keys, gazetteer.Fold(n)) {
				q := p
				q.AltNames = nil
				out = append(out, q)
				break
			}
		}
	}
	return out, nil
}

func (g *fakeGazetteer) SpelledLike(_ context.Context, name string, countries []string) ([]gazetteer.Place, error) {
	var out []gazetteer.Place
	for _, p := range g.places {
		if !slices.Contains(countries, p.Country) {
			continue
		}
		for _, n := range append([]string{p.Name, p.ASCIIName}, p.AltNames...) {
			if gazetteer.SpelledAlike(name, n) {
				q := p
				q.AltNames = nil
				out = append(out, q)
				break
			}
		}
	}
	slices.SortStableFunc(out, func(a, b gazetteer.Place) int { return cmp.Compare(b.Population, a.Population) })
	return out, nil
}

func (g *fakeGazetteer) Suggest(ctx context.Context, q string, limit int) ([]gazetteer.Place, error) {
	ps, _ := g.Named(ctx, q)
	if limit > 0 && len(ps) > limit {
		ps = ps[:limit]
	}
	return ps, nil
}

func (g *fakeGazetteer) Country(_ context.Context, name string) (gazetteer.Country, error) {
	key := gazetteer.Fold(name)
	for _, c := range g.countries {
		if slices.Contains(c.keys, key) || gazetteer.OtherCountryName(name) == c.c.Code {
			return c.c, nil
		}
	}
	return gazetteer.Country{}, fmt.Errorf("fake: no country %q: %w", name, gazetteer.ErrNotFound)
}

func (g *fakeGazetteer) Capital(ctx context.Context, country string) (gazetteer.Place, error) {
	c, err := g.Country(ctx, country)
	if err != nil {
		return gazetteer.Place{}, err
	}
	for _, p := range g.places {
		if p.Country == c.Code && p.Code == "PPLC" {
			return p, nil
		}
	}
	return gazetteer.Place{}, fmt.Errorf("fake: no capital of %s: %w", c.Code, gazetteer.ErrNotFound)
}

// adminWords are the generic words a division's name may carry.
var adminWords = []string{" province", " region", " state", " governorate"}

func (g *fakeGazetteer) Admin1(_ context.Context, name, country string) ([]gazetteer.Admin1, error) {
	key := gazetteer.Fold(name)
	for _, w := range adminWords {
		key = strings.TrimSuffix(key, w)
	}
	var out []gazetteer.Admin1
	for _, a := range g.admins {
		if gazetteer.Fold(a.Name) == key && (country == "" || strings.EqualFold(country, a.Country)) {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("fake: no division %q: %w", name, gazetteer.ErrNotFound)
	}
	return out, nil
}

// adminWords2 are the kind words a second-level division's name may
// carry, before or after it.
var adminWords2 = []string{"district", "county", "cercle", "department", "departement"}

// admin2Key is the folded name without a kind word at either end.
func admin2Key(name string) string {
	key := gazetteer.Fold(name)
	for _, w := range adminWords2 {
		key = strings.TrimSuffix(strings.TrimPrefix(key, w+" de "), " "+w)
	}
	return key
}

func (g *fakeGazetteer) Admin2(_ context.Context, name, country string) ([]gazetteer.Admin2, error) {
	var out []gazetteer.Admin2
	for _, a := range g.admins2 {
		if admin2Key(a.Name) == admin2Key(name) && (country == "" || strings.EqualFold(country, a.Country)) {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("fake: no division %q: %w", name, gazetteer.ErrNotFound)
	}
	slices.SortStableFunc(out, func(a, b gazetteer.Admin2) int { return b.Places - a.Places })
	return out, nil
}

func (g *fakeGazetteer) Border(_ context.Context, a, b string) (gazetteer.Border, error) {
	return gazetteer.Border{}, fmt.Errorf("fake: no border %s-%s: %w", a, b, gazetteer.ErrNotFound)
}

func (g *fakeGazetteer) Borders(_ context.Context, country string) ([]gazetteer.Border, error) {
	return nil, fmt.Errorf("fake: no borders of %s: %w", country, gazetteer.ErrNotFound)
}

func (g *fakeGazetteer) Within(_ context.Context, b orb.Bound, limit int) ([]gazetteer.Place, error) {
	var out []gazetteer.Place
	for _, p := range g.places {
		if b.Contains(p.Point) {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b gazetteer.Place) int { return int(b.Population - a.Population) })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func (g *fakeGazetteer) Basemap(context.Context, float64) (*geojson.FeatureCollection, error) {
	return geojson.NewFeatureCollection(), nil
}

var _ Gazetteer = (*fakeGazetteer)(nil)
