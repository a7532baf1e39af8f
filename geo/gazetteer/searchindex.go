package gazetteer

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"
	"github.com/paulmach/orb/planar"
)

// The name-search index, built by loadSearchIndex after places, divisions
// and countries are loaded. Every place, country and first-level division
// is an entity with a rank: 1 for the most important, then in order of
// importance (see placeImportance). search_name lists every folded name
// of every entity with its rank, main names (alt 0: a place's name and
// ASCII name, a country's English and French names, a division's name)
// apart from other names (alt 1), so the entities a folded name names come
// in rank order from one b-tree range. search_top lists, for every prefix
// that more than heavyPrefix names start with, the topPrefix best ranks
// among the entities with a name starting with it: a search for "s" or
// "san" reads at most topPrefix rows instead of sorting tens of thousands.
// A prefix not in search_top starts at most heavyPrefix names, read from
// search_name and sorted.
const searchSchema = `
CREATE TABLE search_entity (
	rank INTEGER PRIMARY KEY, kind INTEGER NOT NULL, place INTEGER NOT NULL,
	country TEXT NOT NULL, admin1 TEXT NOT NULL, name TEXT NOT NULL, lon REAL NOT NULL, lat REAL NOT NULL);
CREATE TABLE search_name (alt INTEGER NOT NULL, fold TEXT NOT NULL, rank INTEGER NOT NULL, PRIMARY KEY (alt, fold, rank)) WITHOUT ROWID;
CREATE TABLE search_top (alt INTEGER NOT NULL, prefix TEXT NOT NULL, rank INTEGER NOT NULL, PRIMARY KEY (alt, prefix, rank)) WITHOUT ROWID;
`

// Kinds of search entity, as stored in search_entity.kind.
const (
	entityPlace = iota
	entityCountry
	entityAdmin1
)

const (
	// heavyPrefix is the most names a prefix may start and still be
	// answered by sorting them; prefixes of more get a search_top list.
	heavyPrefix = 256
	// topPrefix is how many ranks search_top keeps per prefix: the
	// largest limit Suggest serves.
	topPrefix = 100
)

// Importance bonuses, in the units of log10(population): a national capital
// counts as a town 30 times as populous, a first-level seat as one 3 times
// as populous. A country counts its towns' people with the capital's bonus;
// a division counts its towns' people less half a unit, so a city of the
// same name (New York, Kidal) ranks above its division and a division
// above a much smaller namesake town (Nevada, Missouri).
const (
	bonusCapital = 1.5
	bonusSeat    = 0.5
	bonusCountry = 1.5
	bonusAdmin1  = -0.5
)

// placeImportance is the importance of a town of pop people (0 when
// unknown, counted as 500) with GeoNames feature code code.
func placeImportance(pop int64, code string) float64 {
	s := math.Log10(math.Max(float64(pop), 500))
	switch code {
	case "PPLC":
		s += bonusCapital
	case "PPLG":
		s += bonusCapital / 2
	case "PPLA":
		s += bonusSeat
	}
	return s
}

// searchEntity is one row of search_entity before ranking.
type searchEntity struct {
	kind            int
	place           int64
	country, admin1 string
	name            string
	point           orb.Point
	importance      float64
	folds           [2][]string // main names, other names
}

// stopWords are the words a country or division name is not searched from
// ("of Turkey" is not a name; "Turkey", from "Republic of Turkey", is).
func stopWord(w string) bool {
	switch w {
	case "of", "the", "and", "de", "du", "des", "la", "le", "les", "l", "d", "et", "y", "del":
		return true
	}
	return false
}

// wordSuffixes returns the folded name k and every tail of it that starts
// at a word other than a stop word: "republic of turkey" gives itself and
// "turkey".
func wordSuffixes(k string) []string {
	out := []string{k}
	words := strings.Fields(k)
	for i := 1; i < len(words); i++ {
		if !stopWord(words[i]) {
			out = append(out, strings.Join(words[i:], " "))
		}
	}
	return out
}

// loadSearchIndex builds the search tables from the place, place_name,
// admin1 and country tables already loaded in tx.
func loadSearchIndex(ctx context.Context, tx *sql.Tx, counts map[string]int) error {
	if _, err := tx.ExecContext(ctx, searchSchema); err != nil {
		return fmt.Errorf("gazetteer: search schema: %w", err)
	}
	var ents []*searchEntity
	byPlace := map[int64]*searchEntity{}
	rows, err := tx.QueryContext(ctx, `SELECT id, name, lon, lat, code, country, admin1, population FROM place`)
	if err != nil {
		return fmt.Errorf("gazetteer: search index: %w", err)
	}
	popOf := map[string]float64{} // people in known towns, by country and by "CC.admin1"
	for rows.Next() {
		e := &searchEntity{kind: entityPlace}
		var code string
		var pop int64
		if err := rows.Scan(&e.place, &e.name, &e.point[0], &e.point[1], &code, &e.country, &e.admin1, &pop); err != nil {
			rows.Close()
			return fmt.Errorf("gazetteer: search index: %w", err)
		}
		e.importance = placeImportance(pop, code)
		popOf[e.country] += float64(pop)
		popOf[e.country+"."+e.admin1] += float64(pop)
		ents = append(ents, e)
		byPlace[e.place] = e
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("gazetteer: search index: %w", err)
	}
	rows, err = tx.QueryContext(ctx, `SELECT fold, id, alt FROM place_name`)
	if err != nil {
		return fmt.Errorf("gazetteer: search index: %w", err)
	}
	for rows.Next() {
		var k string
		var id int64
		var alt int
		if err := rows.Scan(&k, &id, &alt); err != nil {
			rows.Close()
			return fmt.Errorf("gazetteer: search index: %w", err)
		}
		if e := byPlace[id]; e != nil {
			alt = min(max(alt, 0), 1)
			e.folds[alt] = append(e.folds[alt], k)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("gazetteer: search index: %w", err)
	}

	// First-level divisions: at their seat, else at the centre of their hull.
	rows, err = tx.QueryContext(ctx, `SELECT a.country, a.code, a.name, p.lon, p.lat, a.hull FROM admin1 a LEFT JOIN place p ON p.id = a.seat`)
	if err != nil {
		return fmt.Errorf("gazetteer: search index: %w", err)
	}
	for rows.Next() {
		e := &searchEntity{kind: entityAdmin1}
		var lon, lat sql.NullFloat64
		var hull []byte
		if err := rows.Scan(&e.country, &e.admin1, &e.name, &lon, &lat, &hull); err != nil {
			rows.Close()
			return fmt.Errorf("gazetteer: search index: %w", err)
		}
		switch {
		case lon.Valid && lat.Valid:
			e.point = orb.Point{lon.Float64, lat.Float64}
		case len(hull) > 0:
			g, err := wkb.Unmarshal(hull)
			if err != nil {
				rows.Close()
				return fmt.Errorf("gazetteer: search index: hull of %s.%s: %w", e.country, e.admin1, err)
			}
			e.point, _ = planar.CentroidArea(g)
		default:
			continue // nowhere to put it on a map
		}
		e.importance = math.Log10(math.Max(popOf[e.country+"."+e.admin1], 500)) + bonusAdmin1
		seen := map[string]bool{"": true}
		for _, k := range []string{Fold(e.name), adminKey(e.name)} {
			for i, s := range wordSuffixes(k) {
				if !seen[s] {
					seen[s] = true
					e.folds[min(i, 1)] = append(e.folds[min(i, 1)], s)
				}
			}
		}
		ents = append(ents, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("gazetteer: search index: %w", err)
	}

	if err := addCountryEntities(ctx, tx, popOf, &ents); err != nil {
		return err
	}

	// Rank: most important first, then by kind and id so a rebuild gives
	// the same ranks.
	sort.SliceStable(ents, func(i, j int) bool {
		a, b := ents[i], ents[j]
		if a.importance != b.importance {
			return a.importance > b.importance
		}
		if a.kind != b.kind {
			return a.kind > b.kind
		}
		if a.place != b.place {
			return a.place < b.place
		}
		return a.country+"."+a.admin1 < b.country+"."+b.admin1
	})
	ins, err := prepare(ctx, tx,
		`INSERT INTO search_entity (rank, kind, place, country, admin1, name, lon, lat) VALUES (?,?,?,?,?,?,?,?)`,
		`INSERT INTO search_name (alt, fold, rank) VALUES (?,?,?)`,
		`INSERT INTO search_top (alt, prefix, rank) VALUES (?,?,?)`)
	if err != nil {
		return err
	}
	defer closeAll(ins)
	var names [2][]rankedName
	for i, e := range ents {
		rank := int32(i + 1)
		if _, err := ins[0].ExecContext(ctx, rank, e.kind, e.place, e.country, e.admin1, e.name, e.point[0], e.point[1]); err != nil {
			return fmt.Errorf("gazetteer: search entity %s: %w", e.name, err)
		}
		for alt, ks := range e.folds {
			for _, k := range ks {
				names[alt] = append(names[alt], rankedName{k, rank})
			}
		}
	}
	byFoldRank := func(a, b rankedName) int {
		if c := strings.Compare(a.fold, b.fold); c != 0 {
			return c
		}
		return int(a.rank) - int(b.rank)
	}
	for alt := range names {
		slices.SortFunc(names[alt], byFoldRank)
		names[alt] = slices.Compact(names[alt])
		for _, n := range names[alt] {
			if _, err := ins[1].ExecContext(ctx, alt, n.fold, n.rank); err != nil {
				return fmt.Errorf("gazetteer: search name %q: %w", n.fold, err)
			}
		}
		tops := heavyPrefixes(names[alt])
		slices.SortFunc(tops, byFoldRank)
		for _, t := range tops {
			if _, err := ins[2].ExecContext(ctx, alt, t.fold, t.rank); err != nil {
				return fmt.Errorf("gazetteer: search prefix %q: %w", t.fold, err)
			}
		}
		counts["search_prefixes"] += len(tops)
	}
	counts["search_entities"] = len(ents)
	counts["search_names"] = len(names[0]) + len(names[1])
	return nil
}

// addCountryEntities appends a search entity per country: its English and
// French common names as main names; its official names, other spellings
// and every name from a later word on as other names (not its codes or
// demonyms); at the centre of its largest polygon, or at its capital when
// that centre falls outside the polygon.
func addCountryEntities(ctx context.Context, tx *sql.Tx, popOf map[string]float64, ents *[]*searchEntity) error {
	capital := map[string]orb.Point{}
	rows, err := tx.QueryContext(ctx, `SELECT country, lon, lat FROM place WHERE code = 'PPLC' ORDER BY population`)
	if err != nil {
		return fmt.Errorf("gazetteer: search index: %w", err)
	}
	for rows.Next() {
		var c string
		var p orb.Point
		if err := rows.Scan(&c, &p[0], &p[1]); err != nil {
			rows.Close()
			return fmt.Errorf("gazetteer: search index: %w", err)
		}
		capital[c] = p // the most populous capital wins
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("gazetteer: search index: %w", err)
	}
	largest := map[string]orb.Polygon{}
	rows, err = tx.QueryContext(ctx, `SELECT code, shape FROM country_poly`)
	if err != nil {
		return fmt.Errorf("gazetteer: search index: %w", err)
	}
	for rows.Next() {
		var c string
		var b []byte
		if err := rows.Scan(&c, &b); err != nil {
			rows.Close()
			return fmt.Errorf("gazetteer: search index: %w", err)
		}
		g, err := wkb.Unmarshal(b)
		if err != nil {
			rows.Close()
			return fmt.Errorf("gazetteer: search index: shape of %s: %w", c, err)
		}
		if p, ok := g.(orb.Polygon); ok && planar.Area(p) > planar.Area(largest[c]) {
			largest[c] = p
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("gazetteer: search index: %w", err)
	}
	byCode := map[string]*searchEntity{}
	rows, err = tx.QueryContext(ctx, `SELECT n.code, c.name, n.fold, n.prio FROM country_name n JOIN country c ON c.code = n.code
		WHERE n.prio IN (?, ?, ?, ?) ORDER BY n.code, n.prio, n.fold`, prioName, prioNameFr, prioOfficial, prioSpelling)
	if err != nil {
		return fmt.Errorf("gazetteer: search index: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var code, name, k string
		var prio int
		if err := rows.Scan(&code, &name, &k, &prio); err != nil {
			return fmt.Errorf("gazetteer: search index: %w", err)
		}
		e := byCode[code]
		if e == nil {
			e = &searchEntity{kind: entityCountry, country: code, name: name}
			e.importance = math.Log10(math.Max(popOf[code], 500)) + bonusCountry
			if poly, ok := largest[code]; ok {
				if c, _ := planar.CentroidArea(poly); planar.PolygonContains(poly, c) {
					e.point = c
				} else if cp, ok := capital[code]; ok {
					e.point = cp
				} else {
					e.point = c
				}
			} else if cp, ok := capital[code]; ok {
				e.point = cp
			} else {
				continue // nowhere to put it on a map
			}
			byCode[code] = e
			*ents = append(*ents, e)
		}
		for i, s := range wordSuffixes(k) {
			alt := 1
			if i == 0 && (prio == prioName || prio == prioNameFr) {
				alt = 0
			}
			if !slices.Contains(e.folds[0], s) && !slices.Contains(e.folds[1], s) {
				e.folds[alt] = append(e.folds[alt], s)
			}
		}
	}
	return rows.Err()
}

// rankedName is one row of search_name or search_top.
type rankedName struct {
	fold string
	rank int32
}

// heavyPrefixes returns the search_top rows for names, sorted by fold then
// rank and without repeats: for every prefix, ending at a character
// boundary, that more than heavyPrefix names start with, the topPrefix
// best distinct ranks among those names.
func heavyPrefixes(names []rankedName) []rankedName {
	var out []rankedName
	var visit func(prefix string, names []rankedName) []int32
	// visit returns the best distinct ranks of names, all of which start
	// with prefix, at most topPrefix of them, and appends the rows of
	// prefix and of its longer heavy prefixes to out.
	visit = func(prefix string, names []rankedName) []int32 {
		if len(names) <= heavyPrefix {
			ranks := make([]int32, len(names))
			for i, n := range names {
				ranks[i] = n.rank
			}
			return bestRanks(ranks)
		}
		var ranks []int32
		d := len(prefix)
		i := 0
		for i < len(names) && len(names[i].fold) == d {
			ranks = append(ranks, names[i].rank) // the prefix itself
			i++
		}
		for i < len(names) {
			_, size := utf8.DecodeRuneInString(names[i].fold[d:])
			child := names[i].fold[:d+size]
			j := i + sort.Search(len(names)-i, func(k int) bool { return !strings.HasPrefix(names[i+k].fold, child) })
			ranks = append(ranks, visit(child, names[i:j])...)
			i = j
		}
		best := bestRanks(ranks)
		if prefix != "" {
			for _, r := range best {
				out = append(out, rankedName{prefix, r})
			}
		}
		return best
	}
	visit("", names)
	return out
}

// bestRanks sorts ranks, drops repeats and keeps the first topPrefix.
func bestRanks(ranks []int32) []int32 {
	slices.Sort(ranks)
	ranks = slices.Compact(ranks)
	if len(ranks) > topPrefix {
		ranks = ranks[:topPrefix]
	}
	return ranks
}
