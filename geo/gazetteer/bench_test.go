package gazetteer

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/data"
)

// BenchmarkBuild builds the whole gazetteer from the embedded extracts into
// a fresh file. One build takes about 15 s; run it with -benchtime=1x.
func BenchmarkBuild(b *testing.B) {
	key, err := cacheKey()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		path := filepath.Join(b.TempDir(), "gazetteer.sqlite")
		if err := buildFile(path, key, data.Files()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpen opens the already built default database and closes it:
// what every process pays after the first.
func BenchmarkOpen(b *testing.B) {
	path, err := DefaultPath()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		db, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	near := orb.Point{1.4, 18.4}
	for b.Loop() {
		for _, q := range []string{"Tessalit", "segou", "Kid", "Richard Toll"} {
			if _, err := testDB.Search(ctx, q, SearchOptions{Near: &near}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkCountryAt(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		if _, err := testDB.CountryAt(ctx, orb.Point{1.01186, 20.20126}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBorder(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		if _, err := testDB.Border(ctx, "ML", "DZ"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBasemap(b *testing.B) {
	for _, tol := range []float64{0.01, 0.05} {
		b.Run(map[float64]string{0.01: "0.01deg", 0.05: "0.05deg"}[tol], func(b *testing.B) {
			for b.Loop() {
				if _, err := testDB.Basemap(context.Background(), tol); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// suggestMix is the query mix of scripts/bench-search.sh, by kind.
var suggestMix = map[string][]string{
	"whole":   {"Tessalit", "Cologne", "Bombay", "Paris", "Nevada", "Sindh", "Turkey", "Türkiye", "New York", "Karachi"},
	"prefix3": {"tes", "par", "kid", "bam", "lon", "ber", "mos", "tok", "nia", "mum"},
	"prefix1": {"s", "t", "k", "m", "a", "ab", "be", "ch", "ma", "sa"},
	"common":  {"al", "San", "Santa", "new", "el", "la", "saint", "port"},
}

// BenchmarkSuggest measures Suggest with limit 10 over each kind of query
// a search box sends; ns/op is per query.
func BenchmarkSuggest(b *testing.B) {
	ctx := context.Background()
	for _, kind := range []string{"whole", "prefix3", "prefix1", "common"} {
		qs := suggestMix[kind]
		b.Run(kind, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if _, err := testDB.Suggest(ctx, qs[i%len(qs)], 10); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// namedMix is a mix of names as texts write them: found as written,
// found under another form (an Arabic article, an abbreviation, an umlaut
// written out), and found under none.
var namedMix = []string{"Tessalit", "Springfield", "Qamishli", "Ft. Worth", "Goettingen",
	"St-Louis", "Zorbatin", "Kidal", "San Jose", "Deir ez-Zour"}

// BenchmarkNamed measures Named over namedMix; ns/op is per name.
func BenchmarkNamed(b *testing.B) {
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := testDB.Named(ctx, namedMix[i%len(namedMix)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// spelledMix is a mix of names in another romanisation, each with the
// countries a document would ask about, found and not found.
var spelledMix = []struct {
	name      string
	countries []string
}{
	{"Ziguenchor", []string{"SN", "GM"}},
	{"Nuakchott", []string{"MR"}},
	{"Dayr az-Zawr", []string{"SY", "IQ"}},
	{"Lashkargah", []string{"AF", "PK"}},
	{"Springfeld", []string{"US"}},
	{"Zorbatin", []string{"ML", "NE", "BF"}},
}

// BenchmarkSpelledLike measures SpelledLike over spelledMix; ns/op is per
// name, and the United States, the country with the most places, is in
// the mix.
func BenchmarkSpelledLike(b *testing.B) {
	ctx := context.Background()
	i := 0
	for b.Loop() {
		s := spelledMix[i%len(spelledMix)]
		if _, err := testDB.SpelledLike(ctx, s.name, s.countries); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
