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
// places' R-tree alone, which stores coordinates as 32-bit floats rounded
// outwards: a position is the lower corner of its box, exact to about a
// metre, and a place within a metre outside bound may come back. Some
// thousands come back in the time Within takes for a few hundred.
func (db *DB) Settlements(ctx context.Context, bound orb.Bound, limit int) ([]orb.Point, error) {
	if limit <= 0 {
		limit = 10000
	}
	rows, err := db.sql.QueryContext(ctx,
		`SELECT minx, miny FROM place_tree WHERE maxx >= ?1 AND minx <= ?3 AND maxy >= ?2 AND miny <= ?4 LIMIT ?5`,
		bound.Min[0], bound.Min[1], bound.Max[0], bound.Max[1], limit)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: settlements in %v: %w", bound, err)
	}
	defer rows.Close()
	out := make([]orb.Point, 0, 256)
	for rows.Next() {
		var x, y float64
		if err := rows.Scan(&x, &y); err != nil {
			return nil, fmt.Errorf("gazetteer: settlements in %v: %w", bound, err)
		}
		out = append(out, orb.Point{x, y})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: settlements in %v: %w", bound, err)
	}
	return out, nil
}
