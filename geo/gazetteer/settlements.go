package gazetteer

import (
	"context"
	"fmt"

	"github.com/paulmach/orb"
)

// Settlements returns the positions of the gazetteer's places inside bound
// ([lon, lat] degrees, edges included), at most limit of them (limit <= 0
// means 10,000), in no particular order. Every place of the gazetteer is a
// populated place (GeoNames cities500: a settlement of 500 or more people,
// or a seat), so the positions show where people live. A bound that
// crosses the antimeridian must be split by the caller. It reads the
// places' R-tree alone, which stores coordinates as 32-bit floats: a
// position is exact to about a metre, and some hundred thousand come back
// in a fraction of the time Within takes for a thousand.
func (db *DB) Settlements(ctx context.Context, bound orb.Bound, limit int) ([]orb.Point, error) {
	if limit <= 0 {
		limit = 10000
	}
	rows, err := db.sql.QueryContext(ctx,
		`SELECT minx, maxx, miny, maxy FROM place_tree WHERE maxx >= ?1 AND minx <= ?3 AND maxy >= ?2 AND miny <= ?4 LIMIT ?5`,
		bound.Min[0], bound.Min[1], bound.Max[0], bound.Max[1], limit)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: settlements in %v: %w", bound, err)
	}
	defer rows.Close()
	var out []orb.Point
	for rows.Next() {
		var x0, x1, y0, y1 float64
		if err := rows.Scan(&x0, &x1, &y0, &y1); err != nil {
			return nil, fmt.Errorf("gazetteer: settlements in %v: %w", bound, err)
		}
		p := orb.Point{(x0 + x1) / 2, (y0 + y1) / 2}
		if bound.Contains(p) {
			out = append(out, p)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: settlements in %v: %w", bound, err)
	}
	return out, nil
}
