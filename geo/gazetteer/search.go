package gazetteer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

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

const placeColumns = `p.id, p.name, p.ascii, p.lon, p.lat, p.class, p.code, p.country, p.admin1, p.population, COALESCE(a.name, ''), p.admin2, ` + altCount

// altCount counts the comma-separated alternate names in p.alt in SQL, so
// that every query fills Place.AltCount without reading the names.
const altCount = `(p.alt != '') + length(p.alt) - length(replace(p.alt, ',', ''))`

const placeFrom = ` FROM place p LEFT JOIN admin1 a ON a.country = p.country AND a.code = p.admin1 `

type candidate struct {
	Place
	match int
	score float64
}

func scanPlace(sc interface{ Scan(...any) error }) (Place, error) {
	var p Place
	err := sc.Scan(&p.ID, &p.Name, &p.ASCIIName, &p.Point[0], &p.Point[1], &p.Class, &p.Code,
		&p.Country, &p.Admin1Code, &p.Population, &p.Admin1, &p.Admin2Code, &p.AltCount)
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

// Suggest returns at most limit places, countries and first-level
// divisions (GeoNames admin1) for a search box, best first: first those
// one of whose names (name, ASCII name, alternate name; for a country its
// common, French and official names and other spellings, and each of these
// from a word on, as "Turkey" from "Republic of Turkey"; for a division its
// name with or without "Region", "Province" and the like) folds to the
// query; then those whose main name (a place's name or ASCII name, a
// country's English or French name, a division's name) starts with it;
// then those with another name that starts with it; each group by
// importance: the log10 of the population (at least 500), plus 1.5 for a
// national capital and 0.5 for a first-level seat; a country counts the
// people of its towns plus 1.5, a division those of its towns less 0.5. So
// "Cologne" gives Köln first, "Bombay" Mumbai, "Paris" the French capital,
// "Turkey" Türkiye and "Nevada" the state.
//
// limit <= 0 means 10; above 100 it is 100. Each query reads at most about
// 300 index rows whatever the length of q: prefixes that start many names
// have their best 100 precomputed at build time. The query is folded as
// Fold does and never read as SQL or full-text syntax; a query with no
// letter or digit returns nothing.
//
// A country comes back with ID 0, Class "A", Code "PCLI" and Country set;
// a division with ID 0, Class "A", Code "ADM1", Country, Admin1Code and
// Admin1 set. Population is 0 for both; AltNames is always nil.
func (db *DB) Suggest(ctx context.Context, q string, limit int) ([]Place, error) {
	if limit <= 0 {
		limit = 10
	}
	limit = min(limit, topPrefix)
	key := Fold(q)
	if key == "" {
		return nil, nil
	}
	st, err := db.suggest.get(db.sql)
	if err != nil {
		return nil, err
	}
	ranks, err := st.ranks(ctx, key, limit)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: suggest %q: %w", q, err)
	}
	out := make([]Place, 0, len(ranks))
	for _, r := range ranks {
		p, err := scanSuggestion(st.entity.QueryRowContext(ctx, r))
		if err != nil {
			return nil, fmt.Errorf("gazetteer: suggest %q: %w", q, err)
		}
		out = append(out, p)
	}
	return out, nil
}

// suggestStmts holds Suggest's statements, prepared on first use. Each
// reads one b-tree range in key order and needs no temporary table: SQLite
// builds those in fresh memory for every query, which costs more than the
// lookups themselves.
type suggestStmts struct {
	once   sync.Once
	err    error
	exact  *sql.Stmt // ranks with a name that is ?1, main names then others, each in rank order
	top    *sql.Stmt // the best ranks listed for a prefix
	prefix *sql.Stmt // ranks with a name in a range of folds
	entity *sql.Stmt // the result with a rank
}

// get prepares the statements on first use.
func (s *suggestStmts) get(db *sql.DB) (*suggestStmts, error) {
	s.once.Do(func() {
		prep := func(q string) *sql.Stmt {
			if s.err != nil {
				return nil
			}
			st, err := db.Prepare(q)
			if err != nil {
				s.err = fmt.Errorf("gazetteer: preparing search: %w", err)
			}
			return st
		}
		s.exact = prep(`SELECT rank FROM search_name WHERE alt IN (0, 1) AND fold = ?`)
		s.top = prep(`SELECT rank FROM search_top WHERE alt = ? AND prefix = ? ORDER BY rank LIMIT ?`)
		s.prefix = prep(`SELECT rank FROM search_name WHERE alt = ? AND fold > ? AND fold < ?`)
		s.entity = prep(`SELECT e.kind, e.country, e.admin1, e.name, e.lon, e.lat,
			COALESCE(p.id, 0), COALESCE(p.ascii, ''), COALESCE(p.class, ''), COALESCE(p.code, ''), COALESCE(p.population, 0), COALESCE(a.name, '')
			FROM search_entity e LEFT JOIN place p ON e.kind = 0 AND p.id = e.place
			LEFT JOIN admin1 a ON a.country = e.country AND a.code = e.admin1
			WHERE e.rank = ?`)
	})
	return s, s.err
}

// ranks returns the ranks of the best limit results for the folded key:
// exact names first, then main names that start with key, then other
// names that start with it, each in rank order, without repeats.
func (s *suggestStmts) ranks(ctx context.Context, key string, limit int) ([]int32, error) {
	var ranks []int32
	seen := map[int32]bool{}
	add := func(rs []int32) {
		for _, r := range rs {
			if len(ranks) < limit && !seen[r] {
				seen[r] = true
				ranks = append(ranks, r)
			}
		}
	}
	exact, err := queryRanks(ctx, s.exact, key)
	if err != nil {
		return nil, err
	}
	slices.Sort(exact)
	add(exact)
	for alt := 0; alt <= 1 && len(ranks) < limit; alt++ {
		// A prefix that starts many names has its best ranks listed; any
		// other starts at most heavyPrefix names, sorted here.
		top, err := queryRanks(ctx, s.top, alt, key, limit+len(ranks))
		if err != nil {
			return nil, err
		}
		if len(top) == 0 {
			// "\xff" follows every byte of UTF-8: the range holds exactly
			// the folds that start with key.
			if top, err = queryRanks(ctx, s.prefix, alt, key, key+"\xff"); err != nil {
				return nil, err
			}
			slices.Sort(top)
		}
		add(top)
	}
	return ranks, nil
}

// queryRanks runs st with args and returns the ranks it gives.
func queryRanks(ctx context.Context, st *sql.Stmt, args ...any) ([]int32, error) {
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int32
	for rows.Next() {
		var r int32
		if err := rows.Scan(&r); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// scanSuggestion reads one row of suggestStmts.entity as a Place.
func scanSuggestion(rows interface{ Scan(...any) error }) (Place, error) {
	var kind int
	var p Place
	err := rows.Scan(&kind, &p.Country, &p.Admin1Code, &p.Name, &p.Point[0], &p.Point[1],
		&p.ID, &p.ASCIIName, &p.Class, &p.Code, &p.Population, &p.Admin1)
	switch kind {
	case entityCountry:
		p.Class, p.Code, p.Admin1 = "A", "PCLI", ""
	case entityAdmin1:
		p.Class, p.Code = "A", "ADM1"
	}
	return p, err
}

// Capital returns the national capital of country (an alpha-2 code or
// anything Country accepts): its place of feature code PPLC, the most
// populous when the data gives several (a country with two seats of
// government). A country the data gives no PPLC (or no such country)
// gives an error wrapping ErrNotFound. AltNames is left nil.
func (db *DB) Capital(ctx context.Context, country string) (Place, error) {
	c, err := db.countryRow(ctx, country)
	if err != nil {
		return Place{}, err
	}
	p, err := scanPlace(db.sql.QueryRowContext(ctx,
		`SELECT `+placeColumns+placeFrom+`WHERE p.country = ? AND p.code = 'PPLC' ORDER BY p.population DESC, p.id LIMIT 1`, c.code))
	if errors.Is(err, sql.ErrNoRows) {
		return Place{}, fmt.Errorf("gazetteer: no capital of %s: %w", c.code, ErrNotFound)
	}
	if err != nil {
		return Place{}, fmt.Errorf("gazetteer: capital of %s: %w", c.code, err)
	}
	return p, nil
}
