package gazetteer

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// applicationID marks an SQLite file as a locus gazetteer: the SQLite
// application_id, the big-endian 32-bit integer at offset 68 of the file
// header. It is "LOCG" in ASCII. Other locus files must use other values.
const applicationID = 0x4C4F4347

// formatName is the value of the meta row "format" in every locus
// gazetteer: the second half of the mark, so that a file of another
// program that happens to use the same application_id is still refused.
const formatName = "locus-gazetteer"

// sqliteMagic starts every SQLite 3 database file.
const sqliteMagic = "SQLite format 3\x00"

// mark marks the database being built in tx as a locus gazetteer: the
// header's application_id and the meta row "format". build calls it; the
// mark commits with the rest of the build.
func mark(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
		return fmt.Errorf("gazetteer: marking: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('format', ?)`, formatName); err != nil {
		return fmt.Errorf("gazetteer: marking: %w", err)
	}
	return nil
}

// ErrNotGazetteer is matched (errors.Is) by every *NotGazetteerError.
var ErrNotGazetteer = errors.New("gazetteer: not a locus gazetteer")

// NotGazetteerError reports that a gazetteer path holds something locus did
// not build: a folder, another program's SQLite database or any other file.
// Open refuses such a path before any work and leaves it as it was.
type NotGazetteerError struct {
	Path string // the path as given to Open
	What string // what is there, e.g. "a folder" or "an SQLite database of another program"
}

// Error says what is at the path and that it was left alone.
func (e *NotGazetteerError) Error() string {
	return fmt.Sprintf("gazetteer: %s is not a locus gazetteer: it is %s; it was left as it is", e.Path, e.What)
}

// Is reports whether target is ErrNotGazetteer.
func (e *NotGazetteerError) Is(target error) bool { return target == ErrNotGazetteer }

// openIfCurrent opens path read-only if it is a locus gazetteer built with
// key. It returns nil, false, nil when there is no file at path, and nil,
// true, nil when path is a locus gazetteer built with another key (stale:
// the only kind of file that may be rebuilt). Anything else at path gives a
// *NotGazetteerError; the file is only read, never written.
func openIfCurrent(path, key string) (db *DB, stale bool, err error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	} else if err != nil {
		return nil, false, fmt.Errorf("gazetteer: %w", err)
	}
	if what, err := foreign(path, fi); err != nil || what != "" {
		if err != nil {
			return nil, false, fmt.Errorf("gazetteer: reading %s: %w", path, err)
		}
		return nil, false, &NotGazetteerError{Path: path, What: what}
	}
	// The header carries the mark, so the file is ours to open with SQLite.
	// immutable: a built file is never changed, only replaced by a rename
	// (a new inode), so SQLite may skip locking and change checks on every
	// query.
	s, err := sql.Open("sqlite3", dsn(path, "mode=ro&immutable=1"))
	if err != nil {
		return nil, false, fmt.Errorf("gazetteer: opening %s: %w", path, err)
	}
	var format, build sql.NullString
	err = s.QueryRow(`SELECT (SELECT value FROM meta WHERE key = 'format'), (SELECT value FROM meta WHERE key = 'build')`).Scan(&format, &build)
	if err != nil || format.String != formatName {
		s.Close()
		return nil, false, &NotGazetteerError{Path: path, What: "an SQLite file with locus's application_id but no locus metadata (damaged, or another program's)"}
	}
	if build.String != key {
		s.Close()
		return nil, true, nil
	}
	return &DB{sql: s}, false, nil
}

// foreign returns what is at path, described for a person, when it is not
// a file carrying a locus gazetteer's application_id; "" when it is. It
// reads at most the 100-byte SQLite header.
func foreign(path string, fi fs.FileInfo) (string, error) {
	switch {
	case fi.IsDir():
		return "a folder", nil
	case !fi.Mode().IsRegular():
		return "not a regular file", nil
	case fi.Size() == 0:
		return "an empty file", nil
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := make([]byte, 100)
	n, err := io.ReadFull(f, h)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return "", err
	}
	if n < len(h) || !bytes.HasPrefix(h, []byte(sqliteMagic)) {
		return "a file that is not an SQLite database", nil
	}
	switch id := binary.BigEndian.Uint32(h[68:72]); id {
	case applicationID:
		return "", nil
	case 0:
		return "an SQLite database of another program", nil
	default:
		return fmt.Sprintf("an SQLite database of another program (application_id %#x)", id), nil
	}
}
