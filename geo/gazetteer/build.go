package gazetteer

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"context"
	"database/sql"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"
	"github.com/paulmach/orb/geojson"
	"github.com/tidwall/geodesic"
)

// schema creates every table. Indexes on bulk-loaded tables are made after
// the load (see indexes), which is several times faster.
const schema = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
	id INTEGER PRIMARY KEY, name TEXT NOT NULL, ascii TEXT NOT NULL, alt TEXT NOT NULL,
	lon REAL NOT NULL, lat REAL NOT NULL, class TEXT NOT NULL, code TEXT NOT NULL,
	country TEXT NOT NULL, admin1 TEXT NOT NULL, population INTEGER NOT NULL, admin2 TEXT NOT NULL);
CREATE TABLE place_name (fold TEXT NOT NULL, id INTEGER NOT NULL, alt INTEGER NOT NULL, PRIMARY KEY (fold, id)) WITHOUT ROWID;
CREATE TABLE place_skeleton (skel TEXT NOT NULL, country TEXT NOT NULL, id INTEGER NOT NULL, letters TEXT NOT NULL, PRIMARY KEY (skel, country, id, letters)) WITHOUT ROWID;
CREATE VIRTUAL TABLE place_fts USING fts4(content="", names);
CREATE VIRTUAL TABLE place_tree USING rtree(id, minx, maxx, miny, maxy);
CREATE TABLE country (
	code TEXT PRIMARY KEY, code3 TEXT NOT NULL, name TEXT NOT NULL, names TEXT NOT NULL,
	demonyms TEXT NOT NULL, resolution TEXT NOT NULL, area REAL NOT NULL);
CREATE TABLE country_name (fold TEXT NOT NULL, code TEXT NOT NULL, prio INTEGER NOT NULL);
CREATE TABLE country_poly (id INTEGER PRIMARY KEY, code TEXT NOT NULL, shape BLOB NOT NULL);
CREATE VIRTUAL TABLE country_tree USING rtree(id, minx, maxx, miny, maxy);
CREATE TABLE border (a TEXT NOT NULL, b TEXT NOT NULL, line BLOB NOT NULL, length REAL NOT NULL, PRIMARY KEY (a, b));
CREATE TABLE coast_part (id INTEGER PRIMARY KEY, code TEXT NOT NULL, line BLOB NOT NULL, length REAL NOT NULL);
CREATE VIRTUAL TABLE coast_tree USING rtree(id, minx, maxx, miny, maxy);
CREATE TABLE admin1 (
	country TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, seat INTEGER, hull BLOB,
	PRIMARY KEY (country, code));
CREATE TABLE admin1_name (fold TEXT NOT NULL, country TEXT NOT NULL, code TEXT NOT NULL, prio INTEGER NOT NULL);
CREATE TABLE admin1_skeleton (skel TEXT NOT NULL, country TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY (skel, country, code)) WITHOUT ROWID;
`

const indexes = `
CREATE INDEX country_name_fold ON country_name (fold);
CREATE INDEX country_poly_code ON country_poly (code);
CREATE INDEX border_b ON border (b);
CREATE INDEX coast_part_code ON coast_part (code);
CREATE INDEX admin1_name_fold ON admin1_name (fold);
CREATE INDEX place_admin1 ON place (country, admin1);
`

// Country name kinds, in the order Country prefers them when a key names
// more than one country.
const (
	prioCode = iota
	prioName
	prioNameFr
	prioOfficial
	prioSpelling
	prioDemonym
)

// buildFile builds a fresh database from the extracts in src into a
// temporary file next to path and renames it over path.
func buildFile(path, key string, src fs.FS) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".build-*")
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	name := tmp.Name()
	tmp.Close()
	defer func() {
		if err != nil {
			os.Remove(name)
		}
	}()
	// No journal and no fsync while building: the file is private until the
	// rename, and a failed build is thrown away.
	s, err := sql.Open("sqlite3", dsn(name, "_journal_mode=OFF&_synchronous=OFF"))
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	s.SetMaxOpenConns(1)
	err = build(context.Background(), s, key, src)
	if cerr := s.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("gazetteer: closing new database: %w", cerr)
	}
	if err != nil {
		return err
	}
	if err := os.Chmod(name, 0o644); err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	if err := os.Rename(name, path); err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	return nil
}

// build loads every table in one transaction. The land borders and the
// coasts are derived on a second goroutine while places are loaded.
func build(ctx context.Context, s *sql.DB, key string, src fs.FS) error {
	names, err := readCountryNames(src)
	if err != nil {
		return err
	}
	// Reading the shapes and tracing the borders is CPU work that needs no
	// database: it runs while the places load.
	type result struct {
		shapes  []countryShape
		borders []borderLine
		coasts  map[int]orb.MultiLineString
		err     error
	}
	done := make(chan result, 1)
	go func() {
		shapes, err := readShapes(src)
		if err != nil {
			done <- result{err: err}
			return
		}
		setAreas(shapes)
		borders, coasts := deriveBorders(shapes, defaultTrace(), newSeaGrid(shapes))
		done <- result{shapes: shapes, borders: borders, coasts: coasts}
	}()

	tx, err := s.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, schema); err != nil {
		return fmt.Errorf("gazetteer: schema: %w", err)
	}
	if err := mark(ctx, tx); err != nil {
		return err
	}
	counts := map[string]int{}
	divs2 := admin2Places{}
	seats := seatNames{}
	divs, err := loadPlaces(ctx, tx, src, divs2, seats, counts)
	if err != nil {
		return err
	}
	if err := dropStaleAdmin1(ctx, tx, src, divs, divs2); err != nil {
		return err
	}
	if err := loadAdmin1(ctx, tx, src, divs, seats, counts); err != nil {
		return err
	}
	if err := loadAdmin2(ctx, tx, src, divs2, counts); err != nil {
		return err
	}
	r := <-done
	if r.err != nil {
		return r.err
	}
	if err := loadCountries(ctx, tx, names, r.shapes, counts); err != nil {
		return err
	}
	if err := loadBorders(ctx, tx, r.borders, counts); err != nil {
		return err
	}
	if err := loadCoasts(ctx, tx, r.shapes, r.coasts, counts); err != nil {
		return err
	}
	if err := loadSearchIndex(ctx, tx, counts); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, indexes); err != nil {
		return fmt.Errorf("gazetteer: indexes: %w", err)
	}
	meta := map[string]string{"build": key}
	for k, v := range counts {
		meta[k] = strconv.Itoa(v)
	}
	for k, v := range meta {
		if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)`, k, v); err != nil {
			return fmt.Errorf("gazetteer: meta: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("gazetteer: commit: %w", err)
	}
	return nil
}

// eachRow calls fn with the fields of every row after the header of the
// gzipped TSV file name in src.
func eachRow(src fs.FS, name string, fn func(f []string) error) error {
	f, err := src.Open(name)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		if err := fn(strings.Split(sc.Text(), "\t")); err != nil {
			return fmt.Errorf("gazetteer: %s line %d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	return nil
}

// divPlaces gathers, per admin1 division ("ML.10"), what loadAdmin1 needs.
type divPlaces struct {
	points   []orb.Point
	seat     int64 // id of the PPLA or PPLC place, 0 if none
	rank     int   // 1 for PPLA, 2 for PPLC; lower wins
	seatPop  int64
	seatKeys []string // folded names of the seat
}

// altSpelling is the alt of a place_name row that no name of GeoNames
// folds to but a spelling of one does: with its umlauts written out
// (FoldUmlauts: "goettingen" for Göttingen) or its abbreviations
// (AbbreviationForms: "saint helens" for St Helens). Named and Search read
// it as an alternate name.
const altSpelling = 2

// placeName is one row of place_name.
type placeName struct {
	fold string
	id   int64
	alt  int
}

// seatNames are the first-level seats (PPLA) of each country by folded
// name (country + "\x00" + key), for the divisions no place carries the
// code of (seatByName); a name two seats of a country bear maps to id -1.
type seatNames map[string]seatRef

// seatRef is a first-level seat: its id.
type seatRef struct {
	id int64
}

// add records place id, of feature code, named by the keys, in country.
func (s seatNames) add(country, code string, id int64, keys ...string) {
	if code != "PPLA" {
		return
	}
	for _, k := range slices.Compact(keys) {
		key := country + "\x00" + k
		if r, dup := s[key]; dup && r.id != id {
			s[key] = seatRef{id: -1}
			continue
		}
		s[key] = seatRef{id}
	}
}

// loadPlaces loads cities500 and returns its places gathered by admin1
// division; it gathers them by admin2 division into divs2, and the
// first-level seats by name into seats.
func loadPlaces(ctx context.Context, tx *sql.Tx, src fs.FS, divs2 admin2Places, seats seatNames, counts map[string]int) (map[string]*divPlaces, error) {
	ins, err := prepare(ctx, tx,
		`INSERT INTO place (id, name, ascii, alt, lon, lat, class, code, country, admin1, population, admin2) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
		`INSERT INTO place_fts (docid, names) VALUES (?,?)`,
		`INSERT INTO place_tree (id, minx, maxx, miny, maxy) VALUES (?,?,?,?,?)`,
		`INSERT INTO place_name (fold, id, alt) VALUES (?,?,?)`,
		`INSERT OR IGNORE INTO place_skeleton (skel, country, id, letters) VALUES (?,?,?,?)`)
	if err != nil {
		return nil, err
	}
	defer closeAll(ins)
	divs := map[string]*divPlaces{}
	var names []placeName
	var skels []placeSkeleton
	n := 0
	seen := map[string]bool{}
	var words []string
	err = eachRow(src, "cities500.tsv.gz", func(f []string) error {
		if len(f) != 12 {
			return fmt.Errorf("%d fields, want 12", len(f))
		}
		id, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return err
		}
		lat, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			return err
		}
		lon, err := strconv.ParseFloat(f[5], 64)
		if err != nil {
			return err
		}
		pop, _ := strconv.ParseInt(f[10], 10, 64) // blank means unknown: 0
		name, ascii, alt := f[1], f[2], f[3]
		class, code, country, a1 := f[6], f[7], f[8], f[9]
		a2 := f[11]
		if _, err := ins[0].ExecContext(ctx, id, name, ascii, alt, lon, lat, class, code, country, a1, pop, a2); err != nil {
			return err
		}
		divs2.add(country, a1, a2, id, orb.Point{lon, lat}, code, pop)
		seats.add(country, code, id, Fold(name), Fold(ascii))
		clear(seen)
		words = words[:0]
		addKey := func(k string, isAlt int) {
			if k == "" || seen[k] {
				return
			}
			seen[k] = true
			words = append(words, k)
			names = append(names, placeName{k, id, isAlt})
		}
		addKey(Fold(name), 0)
		addKey(Fold(ascii), 0)
		spelt := []string{name} // the names as GeoNames writes them, for FoldUmlauts
		if alt != "" {
			for _, a := range strings.Split(alt, ",") {
				if !isCode(a) {
					addKey(Fold(a), 1)
					spelt = append(spelt, a)
				}
			}
		}
		// The same names with umlauts and abbreviations written out, after
		// every real name so that a real one keeps its own alt.
		for _, k := range words[:len(words):len(words)] {
			for _, f := range AbbreviationForms(k) {
				addKey(f, altSpelling)
			}
		}
		for _, a := range spelt {
			addKey(FoldUmlauts(a), altSpelling)
		}
		skels = appendSkeletons(skels, id, country, name, ascii, alt)
		if _, err := ins[1].ExecContext(ctx, id, strings.Join(words, " , ")); err != nil {
			return err
		}
		if _, err := ins[2].ExecContext(ctx, id, lon, lon, lat, lat); err != nil {
			return err
		}
		if a1 != "" {
			k := country + "." + a1
			d := divs[k]
			if d == nil {
				d = &divPlaces{}
				divs[k] = d
			}
			d.points = append(d.points, orb.Point{lon, lat})
			rank := 0
			switch code {
			case "PPLA":
				rank = 1
			case "PPLC":
				rank = 2
			}
			if rank > 0 && (d.seat == 0 || rank < d.rank || rank == d.rank && pop > d.seatPop) {
				d.seat, d.rank, d.seatPop = id, rank, pop
				d.seatKeys = []string{Fold(name), Fold(ascii)}
			}
		}
		n++
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Inserting in key order keeps the WITHOUT ROWID b-tree appends cheap.
	sort.Slice(names, func(i, j int) bool {
		if names[i].fold != names[j].fold {
			return names[i].fold < names[j].fold
		}
		return names[i].id < names[j].id
	})
	for _, pn := range names {
		if _, err := ins[3].ExecContext(ctx, pn.fold, pn.id, pn.alt); err != nil {
			return nil, fmt.Errorf("gazetteer: place name %q: %w", pn.fold, err)
		}
	}
	slices.SortFunc(skels, func(a, b placeSkeleton) int {
		return cmp.Or(cmp.Compare(a.skel, b.skel), cmp.Compare(a.country, b.country),
			cmp.Compare(a.id, b.id), cmp.Compare(a.letters, b.letters))
	})
	for _, s := range skels {
		if _, err := ins[4].ExecContext(ctx, s.skel, s.country, s.id, s.letters); err != nil {
			return nil, fmt.Errorf("gazetteer: place skeleton %q: %w", s.skel, err)
		}
	}
	counts["places"] = n
	counts["place_names"] = len(names)
	counts["place_skeletons"] = len(skels)
	return divs, nil
}

// placeSkeleton is one row of place_skeleton: a name of place id, of
// country (alpha-2), by its Skeleton, with its letters (letters), which
// SpelledLike compares with the name asked.
type placeSkeleton struct {
	skel, country string
	id            int64
	letters       string
}

// appendSkeletons appends a row for each of the place's names (its name,
// its ASCII name and each alternate name) whose Skeleton is not empty.
// Rows repeated within a place are dropped when inserted.
func appendSkeletons(rows []placeSkeleton, id int64, country, name, ascii, alt string) []placeSkeleton {
	names := []string{name, ascii}
	if alt != "" {
		names = append(names, strings.Split(alt, ",")...)
	}
	for _, n := range names {
		if k := Skeleton(n); k != "" {
			rows = append(rows, placeSkeleton{k, country, id, letters(n)})
		}
	}
	return rows
}

// isCode reports whether an alternate name is an airport or similar code
// ("ZAG", "LFPG") rather than a name: two to four capital ASCII letters.
// GeoNames lists such codes among the alternate names; kept, they would make
// a village called Zag a name of Zagreb.
func isCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// adminWord reports whether w (folded) is one of the generic words that
// Admin1 ignores in division names, so "Kidal Region", "Région de Kidal" and
// "Kidal" are the same key.
func adminWord(w string) bool {
	switch w {
	case "region", "regions", "regione", "province", "provincia", "provinces",
		"department", "departement", "departamento", "state", "governorate",
		"gouvernorat", "prefecture", "district", "county", "oblast", "wilaya",
		"canton", "cantons", "cantone",
		// "Gorno-Badakhshan Autonomous Region", "Republic of Tatarstan",
		// "Krasnoyarsk Krai", "Khanty-Mansi Autonomous Okrug": GeoNames
		// names most of these by their own word alone
		"autonomous", "republic", "krai", "kray", "okrug",
		"of", "the", "de", "du", "des":
		return true
	}
	return false
}

// adminKey returns the folded name with generic division words removed, or
// the whole folded name if nothing else is left. An elided article or
// preposition that opens a word ("l'Analamanga", "Canton d'Argovie") is
// removed with it, as "de" is: "Région de l'Analamanga" and
// "Analamanga" are the same key.
func adminKey(name string) string {
	k := Fold(unelide(name))
	var kept []string
	for _, w := range strings.Fields(k) {
		if !adminWord(w) {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		return k
	}
	for i, w := range kept[:len(kept)-1] {
		if base, ok := compassAdjectives[w]; ok {
			kept[i] = base
		}
	}
	return strings.Join(kept, " ")
}

// compassAdjectives are the compass adjectives a division's name may open
// with where another source writes the noun: GeoNames' "Southern Darfur"
// is Wikipedia's "South Darfur". adminKey writes the noun for an adjective
// before another word ("southern darfur" gives "south darfur"); alone
// ("Northern Region") the word is kept.
var compassAdjectives = map[string]string{
	"northern": "north", "southern": "south", "eastern": "east", "western": "west",
	"northeastern": "northeast", "northwestern": "northwest", "southeastern": "southeast", "southwestern": "southwest",
}

// unelide removes from name the elided "l'" and "d'" (either apostrophe,
// either case) that open a word followed by a letter: "Région de
// l'Analamanga" gives "Région de Analamanga".
func unelide(name string) string {
	if !strings.ContainsAny(name, "'’") {
		return name
	}
	f := strings.Fields(name)
	for i, w := range f {
		for _, p := range []string{"l'", "l’", "d'", "d’", "L'", "L’", "D'", "D’"} {
			if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
				f[i] = rest
				break
			}
		}
	}
	return strings.Join(f, " ")
}

// seatByName returns, for a division of country called name that no
// place carries the code of (or too few to give it an extent, and none
// its seat), its seat by name: Vietnam's places carry
// codes newer than the list of divisions the data ships ("Lao Cai" is
// VN.15 there, and no place has code 15), but the provincial seat Lào Cai
// bears the province's name. The division gets the seat's point and no
// hull: which places lie in it the data does not say, so a containment in
// it stays unmeasured rather than judged by the wrong towns. It returns
// nil when no single first-level seat of the country bears the name.
func seatByName(country, name string, seats seatNames) *divPlaces {
	r, ok := seats[country+"\x00"+adminKey(name)]
	if !ok || r.id < 0 {
		return nil
	}
	return &divPlaces{seat: r.id, rank: 1}
}

// staleAdmin1Share is the share of a country's places whose admin1 code
// no row of admin1.tsv bears from which the country's codes are taken to
// follow another scheme than the table's, and are dropped.
const staleAdmin1Share = 0.5

// dropStaleAdmin1 forgets the first- and second-level division codes of
// the places of every country most of whose places (staleAdmin1Share)
// carry an admin1 code that admin1.tsv lacks: the table then follows a
// newer scheme than cities500, and the codes the two share name other
// divisions. Viet Nam's 2025 table numbers 34 merged provinces, while
// its places keep the 63 old codes: 52 is Gia Lai in the table and Hà
// Tĩnh for the places, so Hà Tĩnh's towns made Gia Lai's hull, 490 km
// from Pleiku, and every "Pleiku, Gia Lai" read as a contradiction. Such
// places are left in no division (a division then has no hull, and a
// containment stays unmeasured), which is the truth of what the data
// can tell. Norway's 2024 counties, a third of its places, keep theirs:
// the codes both schemes use there name the same counties.
func dropStaleAdmin1(ctx context.Context, tx *sql.Tx, src fs.FS, divs map[string]*divPlaces, divs2 admin2Places) error {
	known := map[string]bool{}
	err := eachRow(src, "admin1.tsv.gz", func(f []string) error {
		known[f[0]] = true
		return nil
	})
	if err != nil {
		return err
	}
	all, unknown := map[string]int{}, map[string]int{}
	for k, d := range divs {
		country, _, _ := strings.Cut(k, ".")
		all[country] += len(d.points)
		if !known[k] {
			unknown[country] += len(d.points)
		}
	}
	for country, n := range unknown {
		if float64(n) <= staleAdmin1Share*float64(all[country]) {
			continue
		}
		for k := range divs {
			if strings.HasPrefix(k, country+".") {
				delete(divs, k)
			}
		}
		for k := range divs2 {
			if strings.HasPrefix(k, country+".") {
				delete(divs2, k)
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE place SET admin1 = '', admin2 = '' WHERE country = ?`, country); err != nil {
			return fmt.Errorf("gazetteer: stale admin1 codes of %s: %w", country, err)
		}
	}
	return nil
}

func loadAdmin1(ctx context.Context, tx *sql.Tx, src fs.FS, divs map[string]*divPlaces, seats seatNames, counts map[string]int) error {
	ins, err := prepare(ctx, tx,
		`INSERT INTO admin1 (country, code, name, seat, hull) VALUES (?,?,?,?,?)`,
		`INSERT INTO admin1_name (fold, country, code, prio) VALUES (?,?,?,?)`,
		`INSERT OR IGNORE INTO admin1_skeleton (skel, country, code) VALUES (?,?,?)`)
	if err != nil {
		return err
	}
	defer closeAll(ins)
	n := 0
	err = eachRow(src, "admin1.tsv.gz", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("%d fields, want 2", len(f))
		}
		country, code, ok := strings.Cut(f[0], ".")
		if !ok {
			return fmt.Errorf("admin1 code %q has no dot", f[0])
		}
		var seat any
		var hull []byte
		keys := map[string]int{adminKey(f[1]): 0}
		d := divs[f[0]]
		if d == nil || d.seat == 0 && len(d.points) < 3 {
			if sd := seatByName(country, f[1], seats); sd != nil {
				d = sd
			}
		}
		if d != nil {
			if d.seat != 0 {
				seat = d.seat
				for _, k := range d.seatKeys {
					if _, dup := keys[k]; !dup && k != "" {
						keys[k] = 1
					}
				}
			}
			if h := convexHull(d.points); len(h) > 0 {
				b, err := wkb.Marshal(h)
				if err != nil {
					return err
				}
				hull = b
			}
		}
		if _, err := ins[0].ExecContext(ctx, country, code, f[1], seat, hull); err != nil {
			return err
		}
		for k, prio := range keys {
			if _, err := ins[1].ExecContext(ctx, k, country, code, prio); err != nil {
				return err
			}
		}
		for _, sk := range adminSkeletons(adminKey(f[1])) {
			if _, err := ins[2].ExecContext(ctx, sk, country, code); err != nil {
				return err
			}
		}
		n++
		return nil
	})
	counts["admin1"] = n
	return err
}

// countryNames is one row of countries.tsv.gz.
type countryNames struct {
	code, code3, name, official, nameFr, officialFr string
	spellings, demonymsEn, demonymsFr               []string
	neighbours                                      []string // alpha-3 codes of land neighbours, as world-countries lists them
}

func readCountryNames(src fs.FS) ([]countryNames, error) {
	var out []countryNames
	list := func(s string) []string {
		if s == "" {
			return nil
		}
		return strings.Split(s, "|")
	}
	err := eachRow(src, "countries.tsv.gz", func(f []string) error {
		if len(f) != 10 {
			return fmt.Errorf("%d fields, want 10", len(f))
		}
		out = append(out, countryNames{
			code: f[0], code3: f[1], name: f[2], official: f[3], nameFr: f[4], officialFr: f[5],
			spellings: list(f[6]), demonymsEn: list(f[7]), demonymsFr: list(f[8]),
			neighbours: list(f[9]),
		})
		return nil
	})
	return out, err
}

// countryShape is one country's land polygons from countries.geojson.gz.
type countryShape struct {
	code       string // alpha-2
	resolution string // "100m" or "1km"
	shape      orb.MultiPolygon
	area       float64 // square kilometres, set by setAreas
}

// setAreas sets the geodesic area of every shape on WGS84.
func setAreas(shapes []countryShape) {
	for i := range shapes {
		total := 0.0
		for _, poly := range shapes[i].shape {
			for ri, r := range poly {
				a := ringArea(r)
				if ri > 0 {
					a = -a
				}
				total += a
			}
		}
		shapes[i].area = total / 1e6
	}
}

// ringArea returns the geodesic area of r on WGS84 in square metres,
// whatever its orientation.
func ringArea(r orb.Ring) float64 {
	p := geodesic.WGS84.PolygonInit(false)
	n := len(r)
	if n > 1 && r[0] == r[n-1] {
		n--
	}
	for _, pt := range r[:n] {
		p.AddPoint(pt[1], pt[0])
	}
	var area float64
	// sign=true: a signed area rather than the rest of the Earth when the
	// ring runs the other way.
	p.Compute(false, true, &area, nil)
	return math.Abs(area)
}

func readShapes(src fs.FS) ([]countryShape, error) {
	f, err := src.Open("countries.geojson.gz")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: countries.geojson.gz: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: countries.geojson.gz: %w", err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(b)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: countries.geojson.gz: %w", err)
	}
	var out []countryShape
	for _, ft := range fc.Features {
		code := ft.Properties.MustString("iso_a2", "")
		if code == "" {
			continue
		}
		var mp orb.MultiPolygon
		switch g := ft.Geometry.(type) {
		case orb.MultiPolygon:
			mp = g
		case orb.Polygon:
			mp = orb.MultiPolygon{g}
		default:
			return nil, fmt.Errorf("gazetteer: countries.geojson.gz: %s has a %s", code, ft.Geometry.GeoJSONType())
		}
		out = append(out, countryShape{code: code, resolution: ft.Properties.MustString("resolution", ""), shape: mp})
	}
	return out, nil
}

func loadCountries(ctx context.Context, tx *sql.Tx, names []countryNames, shapes []countryShape, counts map[string]int) error {
	ins, err := prepare(ctx, tx,
		`INSERT INTO country (code, code3, name, names, demonyms, resolution, area) VALUES (?,?,?,?,?,?,?)`,
		`INSERT INTO country_name (fold, code, prio) VALUES (?,?,?)`,
		`INSERT INTO country_poly (id, code, shape) VALUES (?,?,?)`,
		`INSERT INTO country_tree (id, minx, maxx, miny, maxy) VALUES (?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer closeAll(ins)
	byCode := map[string]*countryShape{}
	for i := range shapes {
		byCode[shapes[i].code] = &shapes[i]
	}
	polyID := 0
	for _, c := range names {
		res, area := "", 0.0
		if s := byCode[c.code]; s != nil {
			res, area = s.resolution, s.area
			for _, p := range s.shape {
				polyID++
				b, err := wkb.Marshal(p)
				if err != nil {
					return fmt.Errorf("gazetteer: %s shape: %w", c.code, err)
				}
				if _, err := ins[2].ExecContext(ctx, polyID, c.code, b); err != nil {
					return fmt.Errorf("gazetteer: %s shape: %w", c.code, err)
				}
				bb := p.Bound()
				if _, err := ins[3].ExecContext(ctx, polyID, bb.Min[0], bb.Max[0], bb.Min[1], bb.Max[1]); err != nil {
					return fmt.Errorf("gazetteer: %s shape: %w", c.code, err)
				}
			}
		}
		other := uniqueNonEmpty(append([]string{c.official, c.nameFr, c.officialFr}, c.spellings...), c.name)
		demonyms := uniqueNonEmpty(append(append([]string{}, c.demonymsEn...), c.demonymsFr...), "")
		if _, err := ins[0].ExecContext(ctx, c.code, c.code3, c.name, strings.Join(other, "|"), strings.Join(demonyms, "|"), res, area); err != nil {
			return fmt.Errorf("gazetteer: country %s: %w", c.code, err)
		}
		keys := map[string]int{}
		key := func(s string, prio int) {
			if k := Fold(s); k != "" {
				if old, ok := keys[k]; !ok || prio < old {
					keys[k] = prio
				}
			}
		}
		key(c.code, prioCode)
		key(c.code3, prioCode)
		key(c.name, prioName)
		key(c.nameFr, prioNameFr)
		key(c.official, prioOfficial)
		key(c.officialFr, prioOfficial)
		for _, s := range c.spellings {
			key(s, prioSpelling)
		}
		for _, s := range demonyms {
			key(s, prioDemonym)
		}
		for k, prio := range keys {
			if _, err := ins[1].ExecContext(ctx, k, c.code, prio); err != nil {
				return fmt.Errorf("gazetteer: country %s: %w", c.code, err)
			}
		}
	}
	counts["countries"] = len(names)
	return nil
}

func loadBorders(ctx context.Context, tx *sql.Tx, borders []borderLine, counts map[string]int) error {
	ins, err := prepare(ctx, tx, `INSERT INTO border (a, b, line, length) VALUES (?,?,?,?)`)
	if err != nil {
		return err
	}
	defer closeAll(ins)
	for _, b := range borders {
		w, err := wkb.Marshal(b.line)
		if err != nil {
			return fmt.Errorf("gazetteer: border %s-%s: %w", b.a, b.b, err)
		}
		if _, err := ins[0].ExecContext(ctx, b.a, b.b, w, lineLength(b.line)); err != nil {
			return fmt.Errorf("gazetteer: border %s-%s: %w", b.a, b.b, err)
		}
	}
	counts["borders"] = len(borders)
	return nil
}

// uniqueNonEmpty returns the non-empty strings of xs in order, without
// repeats and without skip.
func uniqueNonEmpty(xs []string, skip string) []string {
	var out []string
	seen := map[string]bool{skip: true, "": true}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func prepare(ctx context.Context, tx *sql.Tx, queries ...string) ([]*sql.Stmt, error) {
	var out []*sql.Stmt
	for _, q := range queries {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			closeAll(out)
			return nil, fmt.Errorf("gazetteer: preparing %q: %w", q, err)
		}
		out = append(out, st)
	}
	return out, nil
}

func closeAll(sts []*sql.Stmt) {
	for _, st := range sts {
		st.Close()
	}
}
