package locate

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/locus-gis/locus/geo/gazetteer"
)

var (
	dbOnce sync.Once
	testDB *gazetteer.DB
	dbErr  error
)

// openTestDB opens the default gazetteer once per test binary, building it
// on first use.
func openTestDB(tb testing.TB) *gazetteer.DB {
	tb.Helper()
	dbOnce.Do(func() { testDB, dbErr = gazetteer.OpenDefault() })
	if dbErr != nil {
		tb.Fatalf("opening the gazetteer: %v", dbErr)
	}
	return testDB
}

func analyseFile(tb testing.TB, path string) *Result {
	return analyse(tb, readFile(tb, path))
}

func analyse(tb testing.TB, doc string) *Result {
	tb.Helper()
	res, err := New(openTestDB(tb), Options{}).Analyse(context.Background(), doc)
	if err != nil {
		tb.Fatalf("Analyse: %v", err)
	}
	return res
}

// placeNamed returns the first place with the given name, failing the test
// when there is none.
func placeNamed(tb testing.TB, res *Result, name string) *Place {
	tb.Helper()
	for _, p := range res.Places {
		if p.Name == name {
			return p
		}
	}
	var names []string
	for _, p := range res.Places {
		names = append(names, p.Name)
	}
	tb.Fatalf("no place named %q among %q", name, names)
	return nil
}

// gazetteerCountry returns the country of the last place named name that
// res maps from the gazetteer, or "" when it maps none.
func gazetteerCountry(res *Result, name string) string {
	got := ""
	for _, p := range res.Places {
		if p.Name == name && p.Source == SourceGazetteer {
			got = p.Country
		}
	}
	return got
}

func readFile(tb testing.TB, path string) string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
