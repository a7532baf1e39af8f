// Package store keeps the documents saved through locus's API in a SQLite
// file of its own, marked as locus's so that no other file is ever taken
// for it.
package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/mattn/go-sqlite3"
)

// ApplicationID is the SQLite application_id (header offset 68) of a locus
// document store: "locd" in ASCII.
const ApplicationID = 0x6c6f6364

// SchemaVersion is the schema version this package writes; Open migrates an
// older store to it and refuses a newer one.
const SchemaVersion = 1

// BusyTimeout is how long a write waits for another connection (another
// locus process on the same file) to release the database.
const BusyTimeout = 5 * time.Second

// Errors Open, Save and Delete return; test them with errors.Is.
var (
	// ErrNotStore: the file at the path is not a locus document store (or is
	// a directory); it was left untouched.
	ErrNotStore = errors.New("store: not a locus document store")
	// ErrTooNew: the store was written by a newer locus.
	ErrTooNew = errors.New("store: the store's schema is newer than this locus")
	// ErrNotFound: no document has the id.
	ErrNotFound = errors.New("store: no such document")
	// ErrExists: a document already has the id.
	ErrExists = errors.New("store: a document with this id exists")
	// ErrBusy: another connection held the database longer than BusyTimeout.
	ErrBusy = errors.New("store: the database is busy")
)

// Document is one saved document: its text and the FeatureCollection
// locus resolved from it, as JSON.
type Document struct {
	// ID matches [A-Za-z0-9][A-Za-z0-9._-]{0,127}; the server chooses it.
	ID string
	// Title is the document's title as the user gave it or as taken from its first line.
	Title string
	// Text is the UTF-8 document.
	Text string
	// Features is the resolved GeoJSON FeatureCollection, kept so that a
	// restart serves the same features (and feature ids) without resolving again.
	Features []byte
	// Created is when the document was saved (UTC, second precision on reading back).
	Created time.Time
}

// Store is an open document store. Its methods are safe for concurrent
// use; writes go through one connection, one at a time.
type Store struct {
	db   *sql.DB
	path string
}

// migrations[i] takes a store from schema version i to i+1. Each runs in
// the transaction that also records the new version.
var migrations = []string{
	// 0 -> 1
	`PRAGMA application_id = ` + strconv.Itoa(ApplicationID) + `;
	CREATE TABLE locus_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
	INSERT INTO locus_meta (key, value) VALUES ('format', 'locus documents');
	CREATE TABLE documents (
		seq      INTEGER PRIMARY KEY AUTOINCREMENT,
		id       TEXT NOT NULL UNIQUE,
		title    TEXT NOT NULL,
		text     TEXT NOT NULL,
		features TEXT NOT NULL,
		created  TEXT NOT NULL
	);`,
}

// DefaultPath returns the default store file: documents.sqlite in
// $XDG_DATA_HOME/locus, or in ~/.local/share/locus when XDG_DATA_HOME is
// unset or not absolute.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("store: no data directory: %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "locus", "documents.sqlite"), nil
}

// Open opens the store at path, creating it (and its directory) when no
// file is there. A file that is not a locus store, a directory included,
// is refused with ErrNotStore and never written to; a store of a newer
// schema is refused with ErrTooNew; an older one is migrated in one
// transaction.
func Open(path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := checkHeader(abs); errors.Is(err, os.ErrNotExist) {
		if err := create(abs); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, err
	}
	db, err := openDB(abs)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: abs}
	if err := s.migrate(context.Background(), migrations); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Path returns the store's absolute file path.
func (s *Store) Path() string { return s.path }

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// checkHeader reads the first 100 bytes of the file at path, without
// SQLite, and reports ErrNotStore unless they are a SQLite header with
// locus's application_id. A missing file gives an error wrapping
// os.ErrNotExist.
func checkHeader(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return fmt.Errorf("%w: %s is a directory; give the path of a file", ErrNotStore, path)
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%w: %s is not a regular file", ErrNotStore, path)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer f.Close()
	var head [100]byte
	if _, err := io.ReadFull(f, head[:]); err != nil {
		return fmt.Errorf("%w: %s is not a SQLite database (%d bytes); it was left untouched", ErrNotStore, path, fi.Size())
	}
	if string(head[:16]) != "SQLite format 3\x00" {
		return fmt.Errorf("%w: %s is not a SQLite database; it was left untouched", ErrNotStore, path)
	}
	if id := binary.BigEndian.Uint32(head[68:72]); id != ApplicationID {
		return fmt.Errorf("%w: %s is a SQLite database of another application (application_id %#x); it was left untouched", ErrNotStore, path, id)
	}
	return nil
}

// create makes a new, migrated store at path. It builds it under a
// temporary name and links it into place, so that path never holds a
// half-made store and an existing file is never replaced.
func create(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".locus-store-*.tmp")
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	tmpPath := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpPath)
	db, err := openDB(tmpPath)
	if err != nil {
		return err
	}
	s := &Store{db: db, path: tmpPath}
	err = s.migrate(context.Background(), migrations)
	if cerr := db.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("store: %w", cerr)
	}
	if err != nil {
		return err
	}
	if err := os.Link(tmpPath, path); err != nil {
		if errors.Is(err, os.ErrExist) {
			return checkHeader(path)
		}
		return fmt.Errorf("store: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// openDB opens the SQLite file at path with one connection: WAL, a busy
// timeout, and synchronous=FULL so that a commit is on disk (the WAL
// fsync'd) before it returns.
func openDB(path string) (*sql.DB, error) {
	q := url.Values{}
	q.Set("_busy_timeout", strconv.Itoa(int(BusyTimeout/time.Millisecond)))
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", "FULL")
	q.Set("_txlock", "immediate")
	q.Set("_foreign_keys", "1")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return db, nil
}

// version returns the store's schema version: 0 for a database without a
// locus_meta table.
func version(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var n int
	if err := q.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'locus_meta'`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	if n == 0 {
		return 0, nil
	}
	var v string
	err := q.QueryRowContext(ctx, `SELECT value FROM locus_meta WHERE key = 'schema_version'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("%w: its locus_meta table has no schema_version", ErrNotStore)
	}
	if err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	ver, err := strconv.Atoi(v)
	if err != nil || ver < 1 {
		return 0, fmt.Errorf("%w: schema_version %q", ErrNotStore, v)
	}
	return ver, nil
}

// migrate brings the store to len(steps) in one transaction: it reads the
// version, runs the missing steps and records the new version, or changes
// nothing when a step fails. A newer store gives ErrTooNew.
func (s *Store) migrate(ctx context.Context, steps []string) error {
	ver, err := version(ctx, s.db)
	if err != nil {
		return err
	}
	if ver > len(steps) {
		return fmt.Errorf("%w: %s has schema version %d, this locus reads up to %d", ErrTooNew, s.path, ver, len(steps))
	}
	if ver == len(steps) {
		return s.checkApplicationID(ctx)
	}
	if ver > 0 {
		if err := s.checkApplicationID(ctx); err != nil {
			return err
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	defer tx.Rollback()
	// Read the version again inside the write transaction: another
	// process may have migrated the store meanwhile.
	if ver, err = version(ctx, tx); err != nil {
		return err
	}
	for v := ver; v < len(steps); v++ {
		if _, err := tx.ExecContext(ctx, steps[v]); err != nil {
			return fmt.Errorf("store: migrate to schema version %d: %w", v+1, err)
		}
	}
	if ver < len(steps) {
		if _, err := tx.ExecContext(ctx, `INSERT INTO locus_meta (key, value) VALUES ('schema_version', ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.Itoa(len(steps))); err != nil {
			return fmt.Errorf("store: migrate: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	return s.checkApplicationID(ctx)
}

// checkApplicationID reports ErrNotStore unless the open database carries
// locus's application_id.
func (s *Store) checkApplicationID(ctx context.Context) error {
	var id int64
	if err := s.db.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&id); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if uint32(id) != ApplicationID {
		return fmt.Errorf("%w: %s has application_id %#x", ErrNotStore, s.path, uint32(id))
	}
	return nil
}

// Documents returns every saved document in the order they were saved.
func (s *Store) Documents(ctx context.Context) ([]Document, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, title, text, features, created FROM documents ORDER BY seq`)
	if err != nil {
		return nil, wrap(err)
	}
	defer rows.Close()
	var out []Document
	for rows.Next() {
		var d Document
		var features, created string
		if err := rows.Scan(&d.ID, &d.Title, &d.Text, &features, &created); err != nil {
			return nil, wrap(err)
		}
		d.Features = []byte(features)
		d.Created, _ = time.Parse(time.RFC3339, created)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err)
	}
	return out, nil
}

// Save adds d and returns once the transaction is committed and on disk.
// A zero d.Created is set to now. It returns ErrExists when the id is
// taken, ErrBusy when the database stayed locked for BusyTimeout, and the
// context's error when ctx ends first (nothing is saved then).
func (s *Store) Save(ctx context.Context, d Document) error {
	if d.Created.IsZero() {
		d.Created = time.Now()
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO documents (id, title, text, features, created) VALUES (?, ?, ?, ?, ?)`,
		d.ID, d.Title, d.Text, string(d.Features), d.Created.UTC().Format(time.RFC3339))
	var se sqlite3.Error
	if errors.As(err, &se) && se.ExtendedCode == sqlite3.ErrConstraintUnique {
		return fmt.Errorf("%w: %s", ErrExists, d.ID)
	}
	return wrap(err)
}

// Delete removes the document with id, committed and on disk when it
// returns; ErrNotFound when there is none.
func (s *Store) Delete(ctx context.Context, id string) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, id)
	if err != nil {
		return wrap(err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return wrap(err)
	} else if n == 0 {
		return fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	return nil
}

// wrap gives SQLite's busy and locked errors as ErrBusy and adds the
// package prefix to the others; nil stays nil.
func wrap(err error) error {
	if err == nil {
		return nil
	}
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked) {
		return fmt.Errorf("%w: %v", ErrBusy, err)
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return err
	}
	return fmt.Errorf("store: %w", err)
}
