package gazetteer

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// listDir returns the names in dir, sorted.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// userSQLite writes an SQLite database of another program at path, with
// the given journal mode and application_id.
func userSQLite(t *testing.T, path, journal string, appID int) {
	t.Helper()
	s, err := sql.Open("sqlite3", dsn(path, "_journal_mode="+journal))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, q := range []string{
		"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
		"INSERT INTO notes (body) VALUES ('three weeks of field notes')",
		// A meta table like the gazetteer's must not fool the check.
		"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
		"INSERT INTO meta VALUES ('build', 'k')",
		"PRAGMA application_id = " + strconv.Itoa(appID),
	} {
		if _, err := s.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

func TestOpenRefusesWhatItDidNotBuild(t *testing.T) {
	random := make([]byte, 4096)
	rand.Read(random)
	tests := []struct {
		name string
		make func(t *testing.T, path string)
		what string // in the error message
	}{
		{"user SQLite database", func(t *testing.T, p string) { userSQLite(t, p, "DELETE", 0) }, "SQLite database of another program"},
		{"user SQLite database in WAL mode", func(t *testing.T, p string) { userSQLite(t, p, "WAL", 0) }, "SQLite database of another program"},
		{"SQLite database with another application_id", func(t *testing.T, p string) { userSQLite(t, p, "DELETE", 7) }, "application_id 0x7"},
		{"text file", func(t *testing.T, p string) { os.WriteFile(p, []byte("my notes\n"), 0o600) }, "not an SQLite database"},
		{"random bytes", func(t *testing.T, p string) { os.WriteFile(p, random, 0o644) }, "not an SQLite database"},
		{"empty file", func(t *testing.T, p string) { os.WriteFile(p, nil, 0o644) }, "empty file"},
		{"folder", func(t *testing.T, p string) {
			os.Mkdir(p, 0o755)
			os.WriteFile(filepath.Join(p, "inside.txt"), []byte("kept"), 0o644)
		}, "a folder"},
		{"locus's application_id without locus metadata", func(t *testing.T, p string) {
			userSQLite(t, p, "DELETE", 0)
			s, _ := sql.Open("sqlite3", dsn(p, ""))
			defer s.Close()
			if _, err := s.Exec("PRAGMA application_id = 1280262983"); err != nil {
				t.Fatal(err)
			}
		}, "no locus metadata"},
	}
	fsys := miniFS(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "mywork.sqlite")
			tt.make(t, path)
			before := snapshot(t, path)
			names := listDir(t, dir)

			db, err := open(path, "k", fsys)
			if err == nil {
				db.Close()
				t.Fatalf("open(%s) succeeded, want it refused", tt.name)
			}
			var nge *NotGazetteerError
			if !errors.Is(err, ErrNotGazetteer) || !errors.As(err, &nge) || nge.Path != path {
				t.Errorf("open(%s) error = %v, want a *NotGazetteerError for %s", tt.name, err, path)
			}
			if msg := err.Error(); !strings.Contains(msg, path) || !strings.Contains(msg, tt.what) {
				t.Errorf("open(%s) error = %q, want it to name %s and say %q", tt.name, msg, path, tt.what)
			}
			if after := snapshot(t, path); !bytes.Equal(after, before) {
				t.Errorf("open(%s) changed the file", tt.name)
			}
			if got := listDir(t, dir); !slices.Equal(got, names) {
				t.Errorf("open(%s) left the folder with %v, want %v", tt.name, got, names)
			}
		})
	}
}

// snapshot returns the bytes of the file at path, or of every file in the
// folder at path, with their names.
func snapshot(t *testing.T, path string) []byte {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !fi.IsDir() {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var all []byte
	for _, name := range listDir(t, path) {
		b, _ := os.ReadFile(filepath.Join(path, name))
		all = append(append(append(all, name...), 0), b...)
	}
	return all
}

func TestBuildMarksTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.sqlite")
	db, err := open(path, "k", miniFS(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h := make([]byte, 100)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Read(h)
	f.Close()
	if got := string(h[68:72]); got != "LOCG" {
		t.Errorf("application_id bytes = %q, want LOCG", got)
	}
	if got := metaValue(t, db, "format"); got != "locus-gazetteer" {
		t.Errorf("meta format = %q, want locus-gazetteer", got)
	}
}

func TestOpenReportsProgress(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "g.sqlite")
	var msgs []string
	opt := Options{Progress: func(m string) { msgs = append(msgs, m) }}
	db, err := openWith(context.Background(), path, "k1", miniFS(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if len(msgs) < 2 || !strings.Contains(msgs[0], path) || !strings.Contains(msgs[0], "once") ||
		!strings.Contains(msgs[len(msgs)-1], "built in") {
		t.Errorf("first build said %q, want where it builds, that it happens once, then how long it took", msgs)
	}

	msgs = nil
	db, err = openWith(context.Background(), path, "k1", miniFS(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if len(msgs) != 0 {
		t.Errorf("opening a built database said %q, want nothing", msgs)
	}

	db, err = openWith(context.Background(), path, "k2", miniFS(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if len(msgs) == 0 || !strings.Contains(msgs[0], "rebuilding") {
		t.Errorf("rebuilding a stale database said %q, want it to say rebuilding", msgs)
	}
}

func TestFailedBuildLeavesNothing(t *testing.T) {
	broken := miniFS(t)
	delete(broken, "countries.geojson.gz")
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		src  fstest.MapFS
		want error // matched with errors.Is when not nil
	}{
		{"missing extract", context.Background(), broken, nil},
		{"cancelled", cancelled, miniFS(t), context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "g.sqlite")
			db, err := openWith(tt.ctx, path, "k", tt.src, Options{})
			if err == nil {
				db.Close()
				t.Fatalf("open succeeded, want an error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("open error = %v, want %v", err, tt.want)
			}
			if got := listDir(t, dir); len(got) != 0 {
				t.Errorf("failed build left %v", got)
			}
		})
	}
}

func TestOpenRemovesDeadBuilds(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "g.sqlite")
	// What a build killed halfway leaves, and files that only look alike.
	for _, name := range []string{"g.sqlite.build-123456", "g.sqlite.build-notes", "other.sqlite.build-1"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db, err := open(path, "k", miniFS(t))
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	want := []string{"g.sqlite", "g.sqlite.build-notes", "other.sqlite.build-1"}
	if got := listDir(t, dir); !slices.Equal(got, want) {
		t.Errorf("after a build the folder holds %v, want %v", got, want)
	}
}
