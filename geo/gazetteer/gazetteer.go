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
	"sync"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/data"
)

// schemaVersion names the layout and build rules of the database. Change it
// whenever build.go changes what it writes: it is part of the cache key, so
// databases built by older code are rebuilt rather than misread.
const schemaVersion = "locus-gazetteer-4"

// ErrNotFound is returned (wrapped) when no place, country, border or
// division matches.
var ErrNotFound = errors.New("gazetteer: not found")

// Place is one GeoNames place.
type Place struct {
	ID         int64     // GeoNames id
	Name       string    // name as GeoNames gives it, e.g. "Ségou"
	ASCIIName  string    // name in plain ASCII, e.g. "Segou"
	AltNames   []string  // alternate names in any script; nil in Search results, filled by Lookup
	Point      orb.Point // [longitude, latitude], degrees WGS84
	Class      string    // GeoNames feature class, e.g. "P" (populated place)
	Code       string    // GeoNames feature code, e.g. "PPLA2"
	Country    string    // ISO 3166-1 alpha-2 code, e.g. "ML"
	Admin1Code string    // GeoNames admin1 code within Country, e.g. "10"
	Admin1     string    // admin1 name, e.g. "Kidal"; "" when unknown
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

// DefaultPath returns where OpenDefault keeps the database:
// os.UserCacheDir()/locus/gazetteer-<key>.sqlite, where key changes with the
// embedded data and the schema version. It does not create anything.
func DefaultPath() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("gazetteer: no cache directory: %w", err)
	}
	key, err := cacheKey()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "locus", "gazetteer-"+key+".sqlite"), nil
}

// OpenDefault opens the database at DefaultPath, building it first if needed.
func OpenDefault() (*DB, error) {
	path, err := DefaultPath()
	if err != nil {
		return nil, err
	}
	return Open(path)
}

// Open opens the gazetteer at path. When the file is missing, or was built
// from other data or by other build code, it is (re)built from the embedded
// extracts first: in one transaction, into a temporary file in the same
// directory that is then renamed over path, so a reader never sees a partial
// database. Concurrent callers in other processes wait for one build (via a
// lock file path+".lock" where the system supports it). The directory is
// created if needed. The database is opened read-only.
func Open(path string) (*DB, error) {
	key, err := cacheKey()
	if err != nil {
		return nil, err
	}
	return open(path, key, data.Files())
}

// open is Open with the extracts and their key given, so tests can build
// small databases from fixtures.
func open(path, key string, src fs.FS) (*DB, error) {
	if db, err := openIfCurrent(path, key); err != nil || db != nil {
		return db, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	unlock, err := lockFile(path + ".lock")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: locking %s: %w", path, err)
	}
	defer unlock()
	// Another process may have built it while we waited for the lock.
	if db, err := openIfCurrent(path, key); err != nil || db != nil {
		return db, err
	}
	if err := buildFile(path, key, src); err != nil {
		return nil, err
	}
	db, err := openIfCurrent(path, key)
	if err == nil && db == nil {
		err = fmt.Errorf("gazetteer: %s is not current right after building it", path)
	}
	return db, err
}

// openIfCurrent opens path read-only if it exists and was built with key. It
// returns nil, nil when the file is missing or stale.
func openIfCurrent(path, key string) (*DB, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	// immutable: a built file is never changed, only replaced by a rename
	// (a new inode), so SQLite may skip locking and change checks on every
	// query.
	s, err := sql.Open("sqlite3", dsn(path, "mode=ro&immutable=1"))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: opening %s: %w", path, err)
	}
	var got string
	err = s.QueryRow(`SELECT value FROM meta WHERE key = 'build'`).Scan(&got)
	if err != nil || got != key {
		// A file from another build, or not a gazetteer at all: rebuild it.
		s.Close()
		return nil, nil
	}
	return &DB{sql: s}, nil
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

// Meta returns the build metadata stored with the database: "build" (the
// cache key), "places", "countries", "borders" and "admin1" (row counts).
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
