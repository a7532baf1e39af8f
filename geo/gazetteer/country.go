package gazetteer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"
	"github.com/paulmach/orb/planar"
)

// countryRow is a country without its shape.
type countryRow struct {
	code, code3, name string
	names, demonyms   []string
	area              float64
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// resolveCountry returns the alpha-2 code that key (already folded) names,
// or "" if none. Of several countries sharing a key, the one whose key is of
// the strongest kind wins (code, English name, French name, official name,
// other spelling, demonym), then the largest ("American" is the United
// States, not American Samoa).
func (db *DB) resolveCountry(ctx context.Context, key string) (string, error) {
	var code string
	err := db.sql.QueryRowContext(ctx,
		`SELECT n.code FROM country_name n JOIN country c ON c.code = n.code
		 WHERE n.fold = ? ORDER BY n.prio, c.area DESC, n.code LIMIT 1`, key).Scan(&code)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("gazetteer: country %q: %w", key, err)
	}
	return code, nil
}

// countryRow finds a country by code, name or demonym; see Country.
func (db *DB) countryRow(ctx context.Context, nameOrCode string) (countryRow, error) {
	key := Fold(nameOrCode)
	var code string
	if key != "" {
		// Try the key as written, then without a leading article ("the
		// Gambia", "la Guinée"), then as a plural demonym ("Algerians").
		tries := []string{key}
		for _, art := range []string{"the ", "la ", "le ", "les ", "l "} {
			if rest, ok := strings.CutPrefix(key, art); ok {
				tries = append(tries, rest)
			}
		}
		if rest, ok := strings.CutSuffix(key, "s"); ok && len(rest) > 3 {
			tries = append(tries, rest)
		}
		for _, k := range tries {
			c, err := db.resolveCountry(ctx, k)
			if err != nil {
				return countryRow{}, err
			}
			if c != "" {
				code = c
				break
			}
		}
		for _, k := range tries {
			if code == "" {
				code = otherCountryNames[k]
			}
			if code == "" && len(sharedCountryNames[k]) > 0 {
				code = sharedCountryNames[k][0] // "Korea": the first; see SharedCountryName
			}
		}
	}
	if code == "" {
		return countryRow{}, fmt.Errorf("gazetteer: no country %q: %w", nameOrCode, ErrNotFound)
	}
	var r countryRow
	var names, demonyms string
	err := db.sql.QueryRowContext(ctx,
		`SELECT code, code3, name, names, demonyms, area FROM country WHERE code = ?`, code).
		Scan(&r.code, &r.code3, &r.name, &names, &demonyms, &r.area)
	if err != nil {
		return countryRow{}, fmt.Errorf("gazetteer: country %s: %w", code, err)
	}
	r.names, r.demonyms = splitList(names), splitList(demonyms)
	return r, nil
}

// Country returns the country named by nameOrCode: an ISO alpha-2 or alpha-3
// code, an English or French name (common or official), another usual
// spelling, or an English or French demonym, in any case and with or without
// accents ("DZ", "DZA", "Algeria", "algérie", "Algerian", "Algerians").
// It returns an error wrapping ErrNotFound when nothing matches.
func (db *DB) Country(ctx context.Context, nameOrCode string) (Country, error) {
	r, err := db.countryRow(ctx, nameOrCode)
	if err != nil {
		return Country{}, err
	}
	shape, err := db.shape(ctx, r.code)
	if err != nil {
		return Country{}, err
	}
	return Country{Code: r.code, Code3: r.code3, Name: r.name, Names: r.names, Demonyms: r.demonyms, Area: r.area, Shape: shape}, nil
}

// shape returns the land polygons of the country with alpha-2 code,
// decoding them on first use and sharing them afterwards.
func (db *DB) shape(ctx context.Context, code string) (orb.MultiPolygon, error) {
	db.shapeMu.Lock()
	mp, ok := db.shapeOf[code]
	db.shapeMu.Unlock()
	if ok {
		return mp, nil
	}
	shapes, err := db.shapes(ctx, code)
	if err != nil {
		return nil, err
	}
	db.shapeMu.Lock()
	defer db.shapeMu.Unlock()
	if db.shapeOf == nil {
		db.shapeOf = map[string]orb.MultiPolygon{}
	}
	db.shapeOf[code] = shapes[code]
	return shapes[code], nil
}

// shapes returns the land polygons of one country, or of all countries when
// code is "", by alpha-2 code.
func (db *DB) shapes(ctx context.Context, code string) (map[string]orb.MultiPolygon, error) {
	rows, err := db.sql.QueryContext(ctx,
		`SELECT code, shape FROM country_poly WHERE ?1 = '' OR code = ?1 ORDER BY id`, code)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: country shapes: %w", err)
	}
	defer rows.Close()
	out := map[string]orb.MultiPolygon{}
	for rows.Next() {
		var c string
		var blob []byte
		if err := rows.Scan(&c, &blob); err != nil {
			return nil, fmt.Errorf("gazetteer: country shapes: %w", err)
		}
		g, err := wkb.Unmarshal(blob)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: country %s shape: %w", c, err)
		}
		p, ok := g.(orb.Polygon)
		if !ok {
			return nil, fmt.Errorf("gazetteer: country %s shape has a %s", c, g.GeoJSONType())
		}
		out[c] = append(out[c], p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: country shapes: %w", err)
	}
	return out, nil
}

// Countries returns every country, by alpha-2 code, with its shape. The
// shapes hold about 0.7 million vertices in all.
func (db *DB) Countries(ctx context.Context) ([]Country, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT code, code3, name, names, demonyms, area FROM country ORDER BY code`)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: countries: %w", err)
	}
	var out []Country
	for rows.Next() {
		var c Country
		var names, demonyms string
		if err := rows.Scan(&c.Code, &c.Code3, &c.Name, &names, &demonyms, &c.Area); err != nil {
			rows.Close()
			return nil, fmt.Errorf("gazetteer: countries: %w", err)
		}
		c.Names, c.Demonyms = splitList(names), splitList(demonyms)
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: countries: %w", err)
	}
	shapes, err := db.shapes(ctx, "")
	if err != nil {
		return nil, err
	}
	for i := range out {
		out[i].Shape = shapes[out[i].Code]
	}
	return out, nil
}

// CountryAt returns the alpha-2 code of the country whose land contains p
// ([lon, lat] degrees), or "" when p is at sea or in no country's shape.
// Some shapes overlap: South Africa's covers Lesotho, France's covers French
// Guiana. The polygon with the smallest bounding box wins, which gives the
// enclave or the territory.
// Near a border the two shapes may overlap or leave a gap of up to a few
// hundred metres (or about a kilometre where a 1 km shape is involved); a
// point on a shared edge is given to one of the two countries.
func (db *DB) CountryAt(ctx context.Context, p orb.Point) (string, error) {
	rows, err := db.sql.QueryContext(ctx,
		`SELECT p.code, p.shape FROM country_tree t JOIN country_poly p ON p.id = t.id
		 WHERE t.minx <= ?1 AND t.maxx >= ?1 AND t.miny <= ?2 AND t.maxy >= ?2
		 ORDER BY (t.maxx - t.minx) * (t.maxy - t.miny)`, p[0], p[1])
	if err != nil {
		return "", fmt.Errorf("gazetteer: country at %v: %w", p, err)
	}
	defer rows.Close()
	for rows.Next() {
		var code string
		var blob []byte
		if err := rows.Scan(&code, &blob); err != nil {
			return "", fmt.Errorf("gazetteer: country at %v: %w", p, err)
		}
		g, err := wkb.Unmarshal(blob)
		if err != nil {
			return "", fmt.Errorf("gazetteer: country %s shape: %w", code, err)
		}
		if poly, ok := g.(orb.Polygon); ok && planar.PolygonContains(poly, p) {
			return code, nil
		}
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("gazetteer: country at %v: %w", p, err)
	}
	return "", nil
}
