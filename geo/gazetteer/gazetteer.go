package gazetteer

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/data"
)

// schemaVersion names the layout and build rules of the database. Change it
// whenever build.go changes what it writes: it is part of the cache key, so
// databases built by older code are rebuilt rather than misread.
const schemaVersion = "locus-gazetteer-19"

// ErrNotFound is returned (wrapped) when no place, country, border or
// division matches.
var ErrNotFound = errors.New("gazetteer: not found")

// Place is one GeoNames place.
type Place struct {
	ID         int64     // GeoNames id
	Name       string    // name as GeoNames gives it, e.g. "Ségou"
	ASCIIName  string    // name in plain ASCII, e.g. "Segou"
	AltNames   []string  // alternate names in any script; nil in Search results, filled by Lookup
	AltCount   int       // how many alternate names GeoNames lists (len(AltNames), filled by every query): a place known in many languages is a renowned one
	Point      orb.Point // [longitude, latitude], degrees WGS84
	Class      string    // GeoNames feature class, e.g. "P" (populated place)
	Code       string    // GeoNames feature code, e.g. "PPLA2"
	Country    string    // ISO 3166-1 alpha-2 code, e.g. "ML"
	Admin1Code string    // GeoNames admin1 code within Country, e.g. "10"
	Admin1     string    // admin1 name, e.g. "Kidal"; "" when unknown
	Admin2Code string    // GeoNames admin2 code within Country and Admin1Code, e.g. "14"; "" when the data gives none
	Population int64     // people; 0 when unknown
}

// Country is one country or territory with an ISO 3166-1 code.
type Country struct {
	Code     string           // ISO 3166-1 alpha-2, e.g. "DZ"
	Code3    string           // ISO 3166-1 alpha-3, e.g. "DZA"
	Name     string           // English common name, e.g. "Algeria"
	Names    []string         // other names: official English, French common and official, alternative spellings
	Demonyms []string         // English then French demonyms, e.g. "Algerian", "Algérien", "Algérienne"
	Area     float64          // land area of Shape on WGS84, square kilometres; 0 without a shape
	Shape    orb.MultiPolygon // land polygons, [lon, lat] degrees; empty for the few countries with no shape (Monaco, Vatican City); shared by every caller: clone before changing it
}

// Border is the shared land border of two countries.
type Border struct {
	A, B   string              // ISO alpha-2 codes, in the order asked for
	Name   string              // e.g. "Mali–Algeria border" (en dash), A's name first
	Line   orb.MultiLineString // [lon, lat] degrees, traced along A's or B's polygon
	Length float64             // geodesic length of Line on WGS84, metres
}

// Admin1 is a first-level administrative division (region, province, state).
type Admin1 struct {
	Country string      // ISO alpha-2 code, e.g. "ML"
	Code    string      // GeoNames admin1 code within Country, e.g. "10"
	Name    string      // e.g. "Kidal"
	Seat    *Place      // its PPLA (or capital) place; nil when the data has none
	Hull    orb.Polygon // convex hull of its places, [lon, lat] degrees, counter-clockwise; empty with fewer than 3 places or across the antimeridian
	// Point is, for a division with neither Seat nor Hull, the point of
	// the most populous place that carries its code (DR Congo's Lualaba
	// has no PPLA in the extract, only Kolwezi, a PPLA2); nil otherwise,
	// or when no place carries the code.
	Point *orb.Point
}

// SearchOptions narrow and order Search results.
type SearchOptions struct {
	Limit   int        // most results returned; 0 means 10
	Country string     // ISO alpha-2 code to keep; "" keeps all
	Near    *orb.Point // when set, nearer places rank higher, [lon, lat] degrees
	// Exact keeps only places one of whose names (name, ASCII name or an
	// alternate name) folds to the query, dropping prefix matches: what a
	// resolver wants for a name read in a text, unlike a search box.
	Exact bool
}

// DB is an open gazetteer. It is safe for concurrent use.
type DB struct {
	sql *sql.DB

	// shapeMu guards shapeOf, the country shapes decoded so far by code:
	// a resolver asks for the same few countries again and again, and
	// decoding a large country's shape costs milliseconds. All shapes
	// together hold about 0.7 million vertices (11 MB).
	shapeMu sync.Mutex
	shapeOf map[string]orb.MultiPolygon

	// suggest holds Suggest's statements, prepared on first use.
	suggest suggestStmts
}

// cacheKey returns the key that names databases built from the embedded
// extracts by this version of the build code.
func cacheKey() (string, error) {
	h, err := data.Hash()
	if err != nil {
		return "", fmt.Errorf("gazetteer: hashing data: %w", err)
	}
	sum := sha256.Sum256([]byte(schemaVersion + "\x00" + h))
	return hex.EncodeToString(sum[:8]), nil
}

// Version returns what a database built by this code from the embedded
// extracts depends on: the schema version (e.g. "locus-gazetteer-4") and
// the hex SHA-256 of the extracts (see data.Hash).
func Version() (schema, dataHash string, err error) {
	h, err := data.Hash()
	if err != nil {
		return "", "", fmt.Errorf("gazetteer: hashing data: %w", err)
	}
	return schemaVersion, h, nil
}

// DefaultPath returns where OpenDefault keeps the database:
// DIR/gazetteer-<key>.sqlite, where key changes with the embedded data and
// the schema version. DIR is $LOCUS_CACHE_DIR when that is set; else, in a
// test binary (testing.Testing), os.TempDir()/locus-test-<uid>, so that
// tests never write to the user's home and the test binaries of one
// `go test` run share one build; else os.UserCacheDir()/locus. It does not
// create anything.
func DefaultPath() (string, error) {
	dir, err := defaultDir()
	if err != nil {
		return "", err
	}
	key, err := cacheKey()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "gazetteer-"+key+".sqlite"), nil
}

// defaultDir returns the folder of DefaultPath.
func defaultDir() (string, error) {
	if dir := os.Getenv("LOCUS_CACHE_DIR"); dir != "" {
		return dir, nil
	}
	if testing.Testing() {
		return filepath.Join(os.TempDir(), "locus-test-"+strconv.Itoa(os.Getuid())), nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("gazetteer: no cache directory (set LOCUS_CACHE_DIR): %w", err)
	}
	return filepath.Join(dir, "locus"), nil
}

// OpenDefault opens the database at DefaultPath, building it first if needed.
func OpenDefault() (*DB, error) {
	path, err := DefaultPath()
	if err != nil {
		return nil, err
	}
	return Open(path)
}

// Open opens the gazetteer at path; it is OpenContext with no options.
func Open(path string) (*DB, error) {
	return OpenContext(context.Background(), path, Options{})
}

// OpenContext opens the gazetteer at path, read-only. When the file is
// missing, or is a locus gazetteer built from other data or by other build
// code, it is (re)built from the embedded extracts first: in one
// transaction, into a temporary file in the same directory that is then
// renamed over path, so a reader never sees a partial database. Concurrent
// callers in other processes wait for one build (by a lock on the
// directory where the system supports it). The directory is created if
// needed. Cancelling ctx stops a build while it reads the extracts.
//
// Only a file that carries locus's mark (SQLite application_id "LOCG" and
// the meta row format = "locus-gazetteer", written by every build) is ever
// replaced: anything else at path (a directory, another program's SQLite
// database, any other file) fails with a *NotGazetteerError before any
// work, and is left as it was. No lock or temporary file is left behind.
func OpenContext(ctx context.Context, path string, opt Options) (*DB, error) {
	key, err := cacheKey()
	if err != nil {
		return nil, err
	}
	return openWith(ctx, path, key, data.Files(), opt)
}

// open is Open with the extracts and their key given, so tests can build
// small databases from fixtures.
func open(path, key string, src fs.FS) (*DB, error) {
	return openWith(context.Background(), path, key, src, Options{})
}

// openWith is OpenContext with the extracts and their key given.
func openWith(ctx context.Context, path, key string, src fs.FS, opt Options) (*DB, error) {
	db, stale, err := openIfCurrent(path, key)
	if err != nil || db != nil {
		return db, err
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	unlock, err := lockDir(dir, func() {
		opt.say("waiting for another locus process that is building the gazetteer in %s", dir)
	})
	if err != nil {
		return nil, fmt.Errorf("gazetteer: locking %s: %w", dir, err)
	}
	defer unlock()
	// Another process may have built it, or put something else there,
	// while we waited for the lock.
	if db, stale, err = openIfCurrent(path, key); err != nil || db != nil {
		return db, err
	}
	removeDeadBuilds(path)
	if err := buildReporting(ctx, path, key, src, opt, stale); err != nil {
		return nil, err
	}
	db, _, err = openIfCurrent(path, key)
	if err == nil && db == nil {
		err = fmt.Errorf("gazetteer: %s is not current right after building it", path)
	}
	return db, err
}

// dsn returns a go-sqlite3 URI for path with the given query parameters.
func dsn(path, query string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return "file:" + (&url.URL{Path: abs}).EscapedPath() + "?" + query
}

// Close closes the database.
func (db *DB) Close() error {
	return db.sql.Close()
}

// Meta returns the build metadata stored with the database: "format"
// ("locus-gazetteer", half of the mark), "build" (the cache key),
// "places", "countries", "borders", "admin1" and "admin2" (row counts).
func (db *DB) Meta(ctx context.Context) (map[string]string, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT key, value FROM meta`)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: meta: %w", err)
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, fmt.Errorf("gazetteer: meta: %w", err)
		}
		m[k] = v
	}
	return m, rows.Err()
}
