package gazetteer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/paulmach/orb"
	"github.com/tidwall/geodesic"
)

// How places are matched, best first.
const (
	matchName   = iota // the folded query equals the folded name or ASCII name
	matchAlt           // it equals a folded alternate name
	matchPrefix        // every word of it starts a word of some name
)

// ftsCandidates caps how many word/prefix matches are ranked, taken by
// feature class and population; "a" alone would otherwise rank thousands.
const ftsCandidates = 500

const placeColumns = `p.id, p.name, p.ascii, p.lon, p.lat, p.class, p.code, p.country, p.admin1, p.population, COALESCE(a.name, '')`

const placeFrom = ` FROM place p LEFT JOIN admin1 a ON a.country = p.country AND a.code = p.admin1 `

type candidate struct {
	Place
	match int
	score float64
}

func scanPlace(sc interface{ Scan(...any) error }) (Place, error) {
	var p Place
	err := sc.Scan(&p.ID, &p.Name, &p.ASCIIName, &p.Point[0], &p.Point[1], &p.Class, &p.Code,
		&p.Country, &p.Admin1Code, &p.Population, &p.Admin1)
	return p, err
}

// Search finds places by name. The query is folded as Fold does (case,
// accents, hyphens, apostrophes and spaces do not matter: "segou" finds
// "Ségou", "Richard Toll" finds "Richard-Toll") and matched, in this order
// of preference, against names, then alternate names, then word by word
// with the last word as a prefix ("Richard T" finds "Richard-Toll").
// Within each kind of match populated places (class P) and divisions
// (class A) come first, then a score: log10 of the population (at least
// 500), less, when opt.Near is set, 3·log10(1 + d/50 km) for the geodesic
// distance d from opt.Near, so a place 50 km away must be about 8 times as
// populous to rank level with one at opt.Near, and one 500 km away 1,300
// times.
//
// The query is never interpreted as SQL or full-text syntax: a query with
// no letter or digit (such as "*") returns no places and no error.
// AltNames is left nil; Lookup fills it.
func (db *DB) Search(ctx context.Context, q string, opt SearchOptions) ([]Place, error) {
	limit := opt.Limit
	if limit <= 0 {
		limit = 10
	}
	key := Fold(q)
	if key == "" {
		return nil, nil
	}
	country := strings.ToUpper(strings.TrimSpace(opt.Country))
	byID := map[int64]*candidate{}
	add := func(rows *sql.Rows) error {
		defer rows.Close()
		for rows.Next() {
			var alt int
			p, err := scanPlace(scannerFunc(func(dest ...any) error {
				return rows.Scan(append(dest, &alt)...)
			}))
			if err != nil {
				return err
			}
			m := matchPrefix
			if alt >= 0 {
				m = matchName
				if alt > 0 {
					m = matchAlt
				}
			}
			if c, ok := byID[p.ID]; !ok || m < c.match {
				byID[p.ID] = &candidate{Place: p, match: m}
			}
		}
		return rows.Err()
	}

	args := []any{key}
	filter := ""
	if country != "" {
		filter = ` AND p.country = ?`
		args = append(args, country)
	}
	rows, err := db.sql.QueryContext(ctx,
		`SELECT `+placeColumns+`, n.alt`+placeFrom+`JOIN place_name n ON n.id = p.id WHERE n.fold = ?`+filter, args...)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: search %q: %w", q, err)
	}
	if err := add(rows); err != nil {
		return nil, fmt.Errorf("gazetteer: search %q: %w", q, err)
	}

	if match := ftsQuery(key); match != "" && !opt.Exact {
		args[0] = match
		args = append(args, ftsCandidates)
		rows, err := db.sql.QueryContext(ctx,
			`SELECT `+placeColumns+`, -1`+placeFrom+
				`WHERE p.id IN (SELECT docid FROM place_fts WHERE place_fts MATCH ?)`+filter+
				` ORDER BY p.class IN ('P', 'A') DESC, p.population DESC LIMIT ?`, args...)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: search %q: %w", q, err)
		}
		if err := add(rows); err != nil {
			return nil, fmt.Errorf("gazetteer: search %q: %w", q, err)
		}
	}

	cands := make([]*candidate, 0, len(byID))
	for _, c := range byID {
		// cities500 holds places of 500 people or more and seats whose
		// population GeoNames does not know (0, as for Tessalit): count
		// those as 500 rather than as empty.
		c.score = math.Log10(math.Max(float64(c.Population), 500))
		if opt.Near != nil {
			var d float64
			geodesic.WGS84.Inverse(opt.Near[1], opt.Near[0], c.Point[1], c.Point[0], &d, nil, nil)
			c.score -= 3 * math.Log10(1+d/50e3)
		}
		cands = append(cands, c)
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.match != b.match {
			return a.match < b.match
		}
		if pa, pb := majorClass(a.Class), majorClass(b.Class); pa != pb {
			return pa
		}
		if a.score != b.score {
			return a.score > b.score
		}
		return a.ID < b.ID
	})
	if len(cands) > limit {
		cands = cands[:limit]
	}
	out := make([]Place, len(cands))
	for i, c := range cands {
		out[i] = c.Place
	}
	return out, nil
}

// scannerFunc adapts a function to the Scan method scanPlace needs.
type scannerFunc func(dest ...any) error

func (f scannerFunc) Scan(dest ...any) error { return f(dest...) }

// majorClass reports whether a GeoNames feature class is a populated place
// (P) or an administrative division (A), the kinds a text usually means.
func majorClass(class string) bool {
	return class == "P" || class == "A"
}

// Lookup returns the place with GeoNames id, AltNames included, or an error
// wrapping ErrNotFound.
func (db *DB) Lookup(ctx context.Context, id int64) (Place, error) {
	var alt string
	p, err := scanPlace(scannerFunc(func(dest ...any) error {
		return db.sql.QueryRowContext(ctx, `SELECT `+placeColumns+`, p.alt`+placeFrom+`WHERE p.id = ?`, id).
			Scan(append(dest, &alt)...)
	}))
	if errors.Is(err, sql.ErrNoRows) {
		return Place{}, fmt.Errorf("gazetteer: no place with id %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Place{}, fmt.Errorf("gazetteer: place %d: %w", id, err)
	}
	if alt != "" {
		p.AltNames = strings.Split(alt, ",")
	}
	return p, nil
}

// Within returns up to limit places inside bound ([lon, lat] degrees,
// edges included), most populous first; limit <= 0 means 100. A bound that
// crosses the antimeridian must be split by the caller.
func (db *DB) Within(ctx context.Context, bound orb.Bound, limit int) ([]Place, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := db.sql.QueryContext(ctx,
		`SELECT `+placeColumns+placeFrom+
			`WHERE p.id IN (SELECT id FROM place_tree WHERE maxx >= ?1 AND minx <= ?3 AND maxy >= ?2 AND miny <= ?4)
			 AND p.lon BETWEEN ?1 AND ?3 AND p.lat BETWEEN ?2 AND ?4
			 ORDER BY p.population DESC, p.id LIMIT ?5`,
		bound.Min[0], bound.Min[1], bound.Max[0], bound.Max[1], limit)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: within %v: %w", bound, err)
	}
	defer rows.Close()
	var out []Place
	for rows.Next() {
		p, err := scanPlace(rows)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: within %v: %w", bound, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: within %v: %w", bound, err)
	}
	return out, nil
}
