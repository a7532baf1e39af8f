package main

import (
	"crypto/rand"
	"database/sql"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	_ "github.com/mattn/go-sqlite3"

	"github.com/locus-gis/locus/data"
	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/locate"
)

func TestFlagsAfterArguments(t *testing.T) {
	for _, args := range [][]string{
		{"places", "Springfield", "--limit", "2"},
		{"places", "--limit", "2", "Springfield"},
		{"places", "--limit=2", "Springfield"},
	} {
		out, _, err := runCmd(t, "", args...)
		if err != nil {
			t.Fatalf("locus %s: %v", strings.Join(args, " "), err)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 3 || !strings.Contains(lines[1], "Springfield") {
			t.Errorf("locus %s printed %d lines, want a header and 2 Springfields:\n%s", strings.Join(args, " "), len(lines), out)
		}
	}
	// A document after which a flag comes.
	out, _, err := runCmd(t, "", "check", seed, "--max-bytes", "100000")
	if err != nil || !strings.Contains(out, "Talahandak") {
		t.Errorf("locus check FILE --max-bytes N: %v\n%s", err, out)
	}
	// "--" ends the flags: what follows is an argument even if it looks like a flag.
	if _, _, err := runCmd(t, "", "resolve", "--", "--limit"); err == nil || !strings.Contains(err.Error(), "cannot read --limit") {
		t.Errorf("locus resolve -- --limit: error %v, want it to read a file named --limit", err)
	}
}

func TestPlacesNoMatch(t *testing.T) {
	out, _, err := runCmd(t, "", "places", "Qqxzyvwk")
	if err != nil {
		t.Fatalf("locus places Qqxzyvwk: %v", err)
	}
	if got := strings.TrimSpace(out); got != `no place matches "Qqxzyvwk"` {
		t.Errorf("locus places Qqxzyvwk = %q, want no place matches \"Qqxzyvwk\"", got)
	}
}

func TestHelpGoesToStdout(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"help"}, {"resolve", "--help"}, {"check", "-h"}, {"places", "--help"},
		{"serve", "--help"}, {"health", "--help"}, {"version", "--help"}, {"places", "Gao", "--help"},
	} {
		out, errOut, err := runCmd(t, "", args...)
		if err != nil && !errors.Is(err, flag.ErrHelp) {
			t.Errorf("locus %s: error %v, want none (exit 0)", strings.Join(args, " "), err)
		}
		if !strings.HasPrefix(out, "usage: locus") || errOut != "" {
			t.Errorf("locus %s: stdout %q, stderr %q; want the usage on stdout only", strings.Join(args, " "), out, errOut)
		}
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		out, _, err := runCmd(t, "", args...)
		if err != nil {
			t.Fatalf("locus %s: %v", args[0], err)
		}
		schema, hash, err := gazetteer.Version()
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"locus ", schema, hash[:16]}
		for _, s := range data.Sources() {
			want = append(want, s.Package, s.Version)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("locus %s lacks %q:\n%s", args[0], w, out)
			}
		}
	}
}

func TestErrorsSpeakPlainly(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"binary stdin", "abc\xff\xfe", []string{"check", "-"}, "standard input is not a text document: it is not valid UTF-8"},
		{"NUL bytes", "Gao\x00", []string{"resolve", "-"}, "standard input is not a text document: it contains NUL bytes"},
		{"oversized stdin", strings.Repeat("x", 200), []string{"resolve", "--max-bytes", "100", "-"}, "standard input is larger than 100 bytes"},
		{"missing file", "", []string{"resolve", "does-not-exist.txt"}, "cannot read does-not-exist.txt: no such file or directory"},
		{"folder as file", "", []string{"check", "."}, "cannot read .: is a directory"},
		{"bad limit", "", []string{"places", "x", "--limit", "0"}, "places: limit must be between 1 and 100, not 0"},
		{"bad address", "", []string{"serve", "--addr", "nonsense"}, `--addr "nonsense" is not an address to listen on`},
	}
	for _, tt := range tests {
		_, _, err := runCmd(t, tt.stdin, tt.args...)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, tt.want) {
			t.Errorf("%s: message %q, want it to say %q", tt.name, msg, tt.want)
		}
		for _, internal := range []string{"locate:", "gazetteer:", "server:", " - "} {
			if strings.Contains(msg, internal) {
				t.Errorf("%s: message %q carries %q", tt.name, msg, internal)
			}
		}
	}
}

func TestPlaceNotesUnderTheTable(t *testing.T) {
	doc := "The rebels retreated to Qwertzabad and later to Kidal."
	out, _, err := runCmd(t, doc, "check", "-")
	if err != nil {
		t.Fatalf("locus check: %v\n%s", err, out)
	}
	_, places, _ := strings.Cut(out, "ID  PLACE")
	lines := strings.Split(strings.TrimSpace(places), "\n")
	var note string
	for _, l := range lines {
		if strings.HasPrefix(l, "note on ") {
			note = l
		} else if len(l) > 100 {
			t.Errorf("a row of the places table is %d characters, want at most 100: %q", len(l), l)
		}
	}
	if !strings.HasPrefix(note, "note on p1 Qwertzabad: not in the gazetteer") {
		t.Errorf("no note on Qwertzabad under the places table:\n%s", out)
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"Tessalit", 10, "Tessalit"},
		{"Tombouctou", 10, "Tombouctou"},
		{"Bamako, Ségou et Mopti", 10, "Bamako,..."},
		{"à l'est de Ségou", 10, "à l'est..."},
		{"éééééééééééé", 5, "éé..."},
	}
	for _, tt := range tests {
		if got := shorten(tt.in, tt.n); got != tt.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// userFiles writes what a user may have at a --db path: their own SQLite
// database, a text file, random bytes and a folder.
func userFiles(t *testing.T, dir string) []string {
	t.Helper()
	db := filepath.Join(dir, "mywork.sqlite")
	s, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('field notes')"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	random := make([]byte, 5000)
	rand.Read(random)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("my notes\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "random.bin"), random, 0o644)
	os.Mkdir(filepath.Join(dir, "folder"), 0o755)
	return []string{db, filepath.Join(dir, "notes.txt"), filepath.Join(dir, "random.bin"), filepath.Join(dir, "folder")}
}

// dirState returns the names and contents of the files in dir.
func dirState(t *testing.T, dir string) map[string]string {
	t.Helper()
	st := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			st[p] = string(b)
		} else if err == nil {
			st[p] = "<folder>"
		}
		return nil
	})
	return st
}

func TestDBRefusesUserFiles(t *testing.T) {
	dir := t.TempDir()
	paths := userFiles(t, dir)
	before := dirState(t, dir)
	wants := []string{"an SQLite database of another program", "not an SQLite database", "not an SQLite database", "a folder"}
	for i, p := range paths {
		for _, args := range [][]string{{"check", "--db", p, "-"}, {"places", "Gao", "--db", p}} {
			_, _, err := runCmd(t, "Gao lies 320 km east of Timbuktu.", args...)
			if err == nil || errors.Is(err, errUsage) || errors.Is(err, errFailed) {
				t.Fatalf("locus %s: error %v, want a refusal (exit 1)", strings.Join(args, " "), err)
			}
			msg := err.Error()
			for _, w := range []string{"--db " + p, "not a locus gazetteer", wants[i], "left it as it is", "new file"} {
				if !strings.Contains(msg, w) {
					t.Errorf("locus %s: message %q lacks %q", strings.Join(args, " "), msg, w)
				}
			}
			if !errors.Is(err, gazetteer.ErrNotGazetteer) {
				t.Errorf("locus %s: error does not wrap ErrNotGazetteer", strings.Join(args, " "))
			}
		}
	}
	after := dirState(t, dir)
	if len(after) != len(before) {
		t.Errorf("the folder holds %d entries after, %d before", len(after), len(before))
	}
	for p, b := range before {
		if after[p] != b {
			t.Errorf("%s changed", p)
		}
	}
}

func TestDBBuildsANewPath(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a whole gazetteer; skipped in -short mode")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "new", "g.sqlite")
	out, errOut, err := runCmd(t, "", "places", "Tessalit", "--db", path)
	if err != nil || !strings.Contains(out, "Tessalit") {
		t.Fatalf("locus places --db NEW: %v\n%s%s", err, out, errOut)
	}
	if !strings.Contains(errOut, "building the gazetteer database "+path) || !strings.Contains(errOut, "built in") {
		t.Errorf("first use said %q, want where it builds and when it is done", errOut)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"g.sqlite"}) {
		t.Errorf("the build left %v, want only g.sqlite", names)
	}
	// The second use reuses it, silently.
	_, errOut, err = runCmd(t, "", "places", "Tessalit", "--db", path)
	if err != nil || errOut != "" {
		t.Errorf("second use: %v, stderr %q; want no error and nothing said", err, errOut)
	}
}

// TestAllowedWords checks the words the check table gives for what a
// containment allows: a bound in km only when there is one.
func TestAllowedWords(t *testing.T) {
	region := &locate.Place{Feature: "region"}
	tests := []struct {
		max  float64
		want string
	}{
		{25, "within 25.0 km of the region's known places, or nearest town in it"},
		{math.Inf(1), "inside"},
		{0, "inside"},
	}
	for _, tt := range tests {
		c := &locate.Check{Relation: "in", Object: region, Allowed: locate.Bounds{MaxKm: tt.max}}
		if got := allowed(c); got != tt.want {
			t.Errorf("allowed(in a region, max %v km) = %q, want %q", tt.max, got, tt.want)
		}
	}
}
