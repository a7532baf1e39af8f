package gazetteer

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// testDB is the full gazetteer, opened once for the whole test binary by
// TestMain from the default path, which under go test is in the temporary
// folder (see DefaultPath; built on the first run, about 10 s).
var testDB *DB

func TestMain(m *testing.M) {
	db, err := OpenDefault()
	if err != nil {
		fmt.Fprintln(os.Stderr, "opening the default gazetteer:", err)
		os.Exit(1)
	}
	testDB = db
	code := m.Run()
	db.Close()
	os.Exit(code)
}

// approx reports whether got is within tol of want.
func approx(got, want, tol float64) bool {
	return math.Abs(got-want) <= tol
}

// miniFS returns the extracts in testdata/mini, gzipped as the real ones are:
// two 1-degree squares side by side (XA west of XB) and four places.
func miniFS(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, name := range []string{"cities500.tsv", "admin1.tsv", "admin2.tsv", "countries.tsv", "countries.geojson"} {
		raw, err := os.ReadFile(filepath.Join("testdata", "mini", name))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(raw)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		fsys[name+".gz"] = &fstest.MapFile{Data: buf.Bytes()}
	}
	return fsys
}

func metaValue(t *testing.T, db *DB, key string) string {
	t.Helper()
	m, err := db.Meta(context.Background())
	if err != nil {
		t.Fatalf("Meta() error: %v", err)
	}
	return m[key]
}

func TestOpenBuildsOnceAndRebuildsStale(t *testing.T) {
	fsys := miniFS(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "g.sqlite")

	db, err := open(path, "k1", fsys)
	if err != nil {
		t.Fatalf("open(missing file) error: %v", err)
	}
	if got := metaValue(t, db, "places"); got != "4" {
		t.Errorf("places after build = %q, want 4", got)
	}
	db.Close()
	first, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}

	db, err = open(path, "k1", fsys)
	if err != nil {
		t.Fatalf("open(current file) error: %v", err)
	}
	db.Close()
	again, _ := os.Stat(path)
	if !os.SameFile(first, again) {
		t.Errorf("open with the same key rebuilt the file, want it reused")
	}

	db, err = open(path, "k2", fsys)
	if err != nil {
		t.Fatalf("open(stale file) error: %v", err)
	}
	if got := metaValue(t, db, "build"); got != "k2" {
		t.Errorf("build key after stale open = %q, want k2", got)
	}
	db.Close()
	rebuilt, _ := os.Stat(path)
	if os.SameFile(first, rebuilt) {
		t.Errorf("open with a new key reused the old file, want a rebuild")
	}

	left, _ := filepath.Glob(filepath.Join(dir, "sub", "*"))
	for _, f := range left {
		if b := filepath.Base(f); b != "g.sqlite" {
			t.Errorf("build left %s behind", b)
		}
	}
}

func TestOpenConcurrent(t *testing.T) {
	fsys := miniFS(t)
	path := filepath.Join(t.TempDir(), "g.sqlite")
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := open(path, "k", fsys)
			if err == nil {
				_, err = db.Lookup(context.Background(), 1)
				db.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("concurrent open %d: %v", i, err)
		}
	}
	if left, _ := os.ReadDir(filepath.Dir(path)); len(left) != 1 {
		t.Errorf("concurrent builds left %d files, want only g.sqlite", len(left))
	}
}

func TestMiniGazetteer(t *testing.T) {
	ctx := context.Background()
	db, err := open(filepath.Join(t.TempDir(), "g.sqlite"), "k", miniFS(t))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer db.Close()

	// The squares share the meridian 1°E from the equator to 1°N: one
	// degree of latitude there is 110,574 m on WGS84.
	b, err := db.Border(ctx, "XB", "Alphaland")
	if err != nil {
		t.Fatalf("Border(XB, Alphaland) error: %v", err)
	}
	if b.A != "XB" || b.B != "XA" || b.Name != "Betaland–Alphaland border" {
		t.Errorf("Border(XB, Alphaland) = %s, %s, %q; want XB, XA, \"Betaland–Alphaland border\"", b.A, b.B, b.Name)
	}
	if !approx(b.Length, 110574, 5) {
		t.Errorf("Border(XB, XA).Length = %.1f m, want 110574 ± 5", b.Length)
	}
	for _, ls := range b.Line {
		for _, p := range ls {
			if !approx(p[0], 1, 1e-9) {
				t.Errorf("border vertex %v is off the shared meridian 1°E", p)
			}
		}
	}

	places, err := db.Search(ctx, "star town", SearchOptions{})
	if err != nil {
		t.Fatalf("Search(star town) error: %v", err)
	}
	if len(places) != 2 || places[0].ID != 4 || places[1].ID != 2 {
		t.Errorf("Search(star town) = %v, want the place named Star Town (4) before the one with it as alternate name (2)", places)
	}
	a, err := db.Admin1(ctx, "Alpha", "Alphalander")
	if err != nil {
		t.Fatalf("Admin1(Alpha, Alphalander) error: %v", err)
	}
	if len(a) != 1 || a[0].Seat == nil || a[0].Seat.ID != 1 || a[0].Name != "Alpha Province" {
		t.Errorf("Admin1(Alpha, Alphalander) = %+v, want Alpha Province with seat 1", a)
	}
	if len(a) == 1 && len(a[0].Hull) != 0 {
		t.Errorf("Admin1(Alpha).Hull = %v, want empty for two places", a[0].Hull)
	}
	for _, tt := range []struct {
		p    [2]float64
		want string
	}{{[2]float64{0.5, 0.5}, "XA"}, {[2]float64{1.5, 0.5}, "XB"}, {[2]float64{3, 0.5}, ""}} {
		got, err := db.CountryAt(ctx, tt.p)
		if err != nil || got != tt.want {
			t.Errorf("CountryAt(%v) = %q, %v; want %q", tt.p, got, err, tt.want)
		}
	}
}

func TestNotFound(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		call func() error
	}{
		{"Lookup(-1)", func() error { _, err := testDB.Lookup(ctx, -1); return err }},
		{"Country(Atlantis)", func() error { _, err := testDB.Country(ctx, "Atlantis"); return err }},
		{"Country(empty)", func() error { _, err := testDB.Country(ctx, ""); return err }},
		{"Border(ML, FR)", func() error { _, err := testDB.Border(ctx, "ML", "FR"); return err }},
		{"Border(ML, XX)", func() error { _, err := testDB.Border(ctx, "ML", "XX"); return err }},
		{"Borders(Atlantis)", func() error { _, err := testDB.Borders(ctx, "Atlantis"); return err }},
		{"Admin1(Nowhere, ML)", func() error { _, err := testDB.Admin1(ctx, "Nowhere", "ML"); return err }},
		{"Admin1(Kidal, DZ)", func() error { _, err := testDB.Admin1(ctx, "Kidal", "DZ"); return err }},
	}
	for _, tt := range tests {
		if err := tt.call(); !errors.Is(err, ErrNotFound) {
			t.Errorf("%s error = %v, want ErrNotFound", tt.name, err)
		}
	}
}

func TestDefaultPath(t *testing.T) {
	p, err := DefaultPath()
	if err != nil {
		t.Fatalf("DefaultPath() error: %v", err)
	}
	base := filepath.Base(p)
	if filepath.Ext(base) != ".sqlite" || len(base) != len("gazetteer-0123456789abcdef.sqlite") {
		t.Errorf("DefaultPath() = %q, want .../gazetteer-<16 hex>.sqlite", p)
	}
	if got := metaValue(t, testDB, "build"); "gazetteer-"+got+".sqlite" != base {
		t.Errorf("default database build key = %q, want the one in its name %q", got, base)
	}
	// Tests never build in the user's cache, only in the temporary folder
	// (unless LOCUS_CACHE_DIR says where, as .ci/run does).
	if os.Getenv("LOCUS_CACHE_DIR") == "" {
		if home, err := os.UserHomeDir(); err == nil && strings.HasPrefix(p, home+string(filepath.Separator)) {
			t.Errorf("DefaultPath() = %q under a test, want it outside the home folder %s", p, home)
		}
		if !strings.HasPrefix(p, os.TempDir()+string(filepath.Separator)) {
			t.Errorf("DefaultPath() = %q under a test, want it in %s", p, os.TempDir())
		}
	}
	dir := t.TempDir()
	t.Setenv("LOCUS_CACHE_DIR", dir)
	if p, err := DefaultPath(); err != nil || filepath.Dir(p) != dir || filepath.Base(p) != base {
		t.Errorf("with LOCUS_CACHE_DIR=%s, DefaultPath() = %q, %v; want %s", dir, p, err, filepath.Join(dir, base))
	}
}
