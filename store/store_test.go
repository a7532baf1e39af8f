package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "documents.sqlite")
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestSaveReopenDelete(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	docs := []Document{
		{ID: "a", Title: "A", Text: "Gao lies 320 km east of Timbuktu.", Features: []byte(`{"type":"FeatureCollection","features":[]}`)},
		{ID: "b", Title: "Bé", Text: "Ténenkou.", Features: []byte(`{"type":"FeatureCollection","features":[]}`)},
	}
	for _, d := range docs {
		if err := s.Save(ctx, d); err != nil {
			t.Fatalf("Save(%s): %v", d.ID, err)
		}
	}
	if err := s.Save(ctx, docs[0]); !errors.Is(err, ErrExists) {
		t.Errorf("Save of a taken id = %v, want ErrExists", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	got, err := s2.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != "a" || got[1].Title != "Bé" || got[1].Text != "Ténenkou." || string(got[0].Features) != string(docs[0].Features) || got[0].Created.IsZero() {
		t.Errorf("Documents after reopen = %+v, want a then b as saved", got)
	}
	if err := s2.Delete(ctx, "a"); err != nil {
		t.Errorf("Delete(a) = %v", err)
	}
	if err := s2.Delete(ctx, "a"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second Delete(a) = %v, want ErrNotFound", err)
	}
	got, _ = s2.Documents(ctx)
	if len(got) != 1 || got[0].ID != "b" {
		t.Errorf("Documents after delete = %+v, want only b", got)
	}
}

func TestOpenRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	// A SQLite database of another application, such as the gazetteer.
	other := filepath.Join(dir, "other.sqlite")
	db, err := sql.Open("sqlite3", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE places (name TEXT); INSERT INTO places VALUES ('Tessalit')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// A SQLite database with a locus_meta table but not locus's application_id.
	imposter := filepath.Join(dir, "imposter.sqlite")
	db, _ = sql.Open("sqlite3", imposter)
	if _, err := db.Exec(`CREATE TABLE locus_meta (key TEXT, value TEXT); INSERT INTO locus_meta VALUES ('schema_version', '1')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	files := map[string][]byte{
		"notes.txt":   []byte("my notes, not a database\n"),
		"empty":       nil,
		"short.bin":   []byte("SQLite format 3\x00"),
		"random.bin":  bytes.Repeat([]byte{0xff, 0x00, 0x7f}, 2000),
		"header-only": append([]byte("SQLite format 3\x00"), make([]byte, 200)...),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	paths := []string{other, imposter, filepath.Join(dir, "notes.txt"), filepath.Join(dir, "empty"),
		filepath.Join(dir, "short.bin"), filepath.Join(dir, "random.bin"), filepath.Join(dir, "header-only")}
	for _, p := range paths {
		before, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Open(p)
		if !errors.Is(err, ErrNotStore) {
			if s != nil {
				s.Close()
			}
			t.Errorf("Open(%s) = %v, want ErrNotStore", filepath.Base(p), err)
			continue
		}
		after, _ := os.ReadFile(p)
		if !bytes.Equal(before, after) {
			t.Errorf("Open(%s) changed the file", filepath.Base(p))
		}
		for _, suffix := range []string{"-wal", "-shm", "-journal"} {
			if _, err := os.Stat(p + suffix); err == nil {
				t.Errorf("Open(%s) left %s", filepath.Base(p), filepath.Base(p)+suffix)
			}
		}
	}
	if _, err := Open(dir); !errors.Is(err, ErrNotStore) {
		t.Errorf("Open(a directory) = %v, want ErrNotStore", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(paths) {
		t.Errorf("the directory holds %d entries after the refusals, want %d", len(entries), len(paths))
	}
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	if err := s.Save(ctx, Document{ID: "kept", Title: "t", Text: "x", Features: []byte("{}")}); err != nil {
		t.Fatal(err)
	}
	// A step that fails leaves the store at its version, unchanged.
	bad := append(append([]string{}, migrations...), `ALTER TABLE documents ADD COLUMN lang TEXT; SELECT * FROM no_such_table;`)
	if err := s.migrate(ctx, bad); err == nil {
		t.Fatal("migrate with a failing step succeeded")
	}
	if v, _ := version(ctx, s.db); v != SchemaVersion {
		t.Errorf("version after a failed migration = %d, want %d", v, SchemaVersion)
	}
	var n int
	s.db.QueryRow(`SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'lang'`).Scan(&n)
	if n != 0 {
		t.Error("a failed migration left its column behind")
	}
	// A good step migrates and keeps the documents.
	good := append(append([]string{}, migrations...), `ALTER TABLE documents ADD COLUMN lang TEXT;`)
	if err := s.migrate(ctx, good); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if v, _ := version(ctx, s.db); v != SchemaVersion+1 {
		t.Errorf("version after migration = %d, want %d", v, SchemaVersion+1)
	}
	if docs, _ := s.Documents(ctx); len(docs) != 1 {
		t.Errorf("documents after migration = %d, want 1", len(docs))
	}
	s.Close()
	// This package now reads a store newer than it knows: refused.
	before, _ := os.ReadFile(path)
	if _, err := Open(path); !errors.Is(err, ErrTooNew) {
		t.Errorf("Open(newer store) = %v, want ErrTooNew", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("Open(newer store) changed the file")
	}
}

func TestConcurrentSaves(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	// A second Store on the same file, as a second locus process would have.
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := s
			if i%2 == 1 {
				st = s2
			}
			errs <- st.Save(ctx, Document{ID: fmt.Sprintf("d%02d", i), Title: "t", Text: "x", Features: []byte("{}")})
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("Save: %v", err)
		}
	}
	docs, err := s.Documents(ctx)
	if err != nil || len(docs) != 40 {
		t.Errorf("Documents = %d, %v; want 40", len(docs), err)
	}
	var ok string
	if err := s.db.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check = %q, %v", ok, err)
	}
}

func TestSaveHonoursContext(t *testing.T) {
	s, _ := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Save(ctx, Document{ID: "late", Title: "t", Text: "x", Features: []byte("{}")}); !errors.Is(err, context.Canceled) {
		t.Errorf("Save with a cancelled context = %v, want context.Canceled", err)
	}
	if docs, _ := s.Documents(context.Background()); len(docs) != 0 {
		t.Errorf("a cancelled save was stored: %+v", docs)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data/home")
	if p, _ := DefaultPath(); p != "/data/home/locus/documents.sqlite" {
		t.Errorf("DefaultPath() with XDG_DATA_HOME = %q", p)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/ann")
	if p, _ := DefaultPath(); p != "/home/ann/.local/share/locus/documents.sqlite" {
		t.Errorf("DefaultPath() without XDG_DATA_HOME = %q", p)
	}
}
