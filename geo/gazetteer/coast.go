package gazetteer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"
)

// Coast is the sea coast of one country: the parts of the outer rings of
// its land polygons that no other country shares and that face the sea.
type Coast struct {
	Country string              // ISO alpha-2 code, e.g. "MG"
	Name    string              // e.g. "Madagascar coast"
	Line    orb.MultiLineString // [lon, lat] degrees, along the country's polygon; an island's whole ring is one closed line
	Length  float64             // geodesic length of Line on WGS84, metres
}

// coastRuns returns the coast of one outer ring pts (not closed: the last
// vertex joins the first): the runs of consecutive vertices that are not
// shared, each reaching one shared vertex further at both ends so that
// the coast meets the land border, as line strings at least minLength
// metres long. A ring with no shared vertex is all coast: it is returned
// whole and closed.
func coastRuns(pts []orb.Point, shared []bool, minLength float64) []orb.LineString {
	m := len(pts)
	start := -1
	for i, s := range shared {
		if s {
			start = i
			break
		}
	}
	if start < 0 {
		ls := append(orb.LineString{}, pts...)
		ls = append(ls, pts[0])
		if lineStringLength(ls) < minLength {
			return nil
		}
		return []orb.LineString{ls}
	}
	var out []orb.LineString
	var cur orb.LineString
	for k := 1; k <= m; k++ {
		i := (start + k) % m
		if !shared[i] {
			if cur == nil {
				cur = orb.LineString{pts[(i+m-1)%m]} // the shared vertex before the run
			}
			cur = append(cur, pts[i])
			continue
		}
		if cur != nil {
			cur = append(cur, pts[i])
			if lineStringLength(cur) >= minLength {
				out = append(out, cur)
			}
			cur = nil
		}
	}
	return out
}

// seaShore marks as shared (not coast) every vertex of the outer ring pts
// (not closed) that is not on the sea's shore (seaGrid.onSea), except in a
// stretch off the sea that the ring leaves from the sea and comes back to
// the sea by, with no border between: a bay, lagoon or estuary whose
// mouth is narrower than the grid. A stretch that ends at a border is the
// bank of a river or lake two countries share (the Congo above its
// estuary) or the shore of a lake (Lake Victoria), and no coast.
func seaShore(pts []orb.Point, shared []bool, sea *seaGrid) {
	m := len(pts)
	on := make([]bool, m)
	start := -1
	for i := range pts {
		on[i] = !shared[i] && sea.onSea(pts[i])
		if on[i] && start < 0 {
			start = i
		}
	}
	if start < 0 {
		for i := range shared {
			shared[i] = true // no vertex on the sea: a lake's shore or an island in a lake
		}
		return
	}
	// Walk once round the ring from a vertex on the sea; a stretch off
	// the sea is kept when the next vertex after it is on the sea again.
	var gap []int
	for k := 1; k <= m; k++ {
		i := (start + k) % m
		switch {
		case on[i]:
			gap = gap[:0] // back on the sea: the stretch was a bay
		case shared[i]:
			for _, g := range gap {
				shared[g] = true
			}
			gap = gap[:0]
		default:
			gap = append(gap, i)
		}
	}
	for _, g := range gap {
		shared[g] = true
	}
}

// seaGrid is a raster of the world, land or not, with the water cells
// reached from the open sea marked: it tells a sea coast from the shore of
// a lake or a wide river that two countries' land polygons leave between
// them (Lake Victoria, the Congo at Kinshasa), which are not coasts.
type seaGrid struct {
	cells []uint8 // row-major from (-180, -90); cellLand, cellWater or cellSea
}

const (
	seaCell  = 0.05 // degrees: wide enough to be cheap (26 million cells), narrow enough for the Strait of Gibraltar
	seaCols  = 7200 // 360 / seaCell
	seaRows  = 3600 // 180 / seaCell
	seaReach = 2    // cells: a coast vertex is on the sea when a sea cell lies this close (about 11 km)
)

const (
	cellWater uint8 = iota
	cellLand
	cellSea
)

// seaSeeds are points of open water from which the sea is flooded: the
// ocean, and the seas joined to it by straits narrower than a few cells
// of the grid (the Bosporus, the Kerch Strait, the Danish straits), which
// the raster closes. The Caspian is a sea by name and in OpenStreetMap
// (its shore is tagged as coastline), so it is one too.
var seaSeeds = []orb.Point{
	{-30, 0},      // the Atlantic
	{-150, 0},     // the Pacific
	{80, -10},     // the Indian Ocean
	{34, 43.5},    // the Black Sea
	{36.5, 46},    // the Sea of Azov
	{28, 40.75},   // the Sea of Marmara
	{19, 57},      // the Baltic
	{51, 42},      // the Caspian Sea
	{134, 34.2},   // the Seto Inland Sea
	{12.7, 55.65}, // the Øresund
}

func seaIndex(lon, lat float64) (int, bool) {
	x := int(math.Floor((lon + 180) / seaCell))
	y := int(math.Floor((lat + 90) / seaCell))
	if x == seaCols {
		x = 0
	}
	if x < 0 || x >= seaCols || y < 0 || y >= seaRows {
		return 0, false
	}
	return y*seaCols + x, true
}

// newSeaGrid rasterises the outer rings of every shape (a cell is land when
// its centre is inside one) and floods the sea from seaSeeds through the
// water cells, four-connected, round the antimeridian.
func newSeaGrid(shapes []countryShape) *seaGrid {
	g := &seaGrid{cells: make([]uint8, seaCols*seaRows)}
	var xs []float64
	rows := map[int][]float64{}
	for ci := range shapes {
		for _, poly := range shapes[ci].shape {
			if len(poly) == 0 || len(poly[0]) < 4 {
				continue
			}
			clear(rows)
			ring := poly[0]
			for i := 1; i < len(ring); i++ {
				p, q := ring[i-1], ring[i]
				if p[1] == q[1] {
					continue
				}
				lo, hi := math.Min(p[1], q[1]), math.Max(p[1], q[1])
				// Rows whose centre latitude c satisfies lo <= c < hi.
				y0 := int(math.Ceil((lo+90)/seaCell - 0.5))
				for y := y0; ; y++ {
					c := -90 + (float64(y)+0.5)*seaCell
					if c >= hi {
						break
					}
					if c < lo {
						continue
					}
					t := (c - p[1]) / (q[1] - p[1])
					rows[y] = append(rows[y], p[0]+t*(q[0]-p[0]))
				}
			}
			for y, r := range rows {
				if y < 0 || y >= seaRows {
					continue
				}
				xs = append(xs[:0], r...)
				sort.Float64s(xs)
				for k := 0; k+1 < len(xs); k += 2 {
					// Cells whose centre longitude lies in [xs[k], xs[k+1]).
					x0 := int(math.Ceil((xs[k]+180)/seaCell - 0.5))
					for x := max(x0, 0); x < seaCols; x++ {
						if -180+(float64(x)+0.5)*seaCell >= xs[k+1] {
							break
						}
						g.cells[y*seaCols+x] = cellLand
					}
				}
			}
		}
	}
	var stack []int32
	for _, s := range seaSeeds {
		if i, ok := seaIndex(s[0], s[1]); ok && g.cells[i] == cellWater {
			g.cells[i] = cellSea
			stack = append(stack, int32(i))
		}
	}
	for len(stack) > 0 {
		i := int(stack[len(stack)-1])
		stack = stack[:len(stack)-1]
		x, y := i%seaCols, i/seaCols
		for _, n := range [4]int{
			y*seaCols + (x+1)%seaCols,
			y*seaCols + (x+seaCols-1)%seaCols,
			(y+1)*seaCols + x,
			(y-1)*seaCols + x,
		} {
			if n >= 0 && n < len(g.cells) && g.cells[n] == cellWater {
				g.cells[n] = cellSea
				stack = append(stack, int32(n))
			}
		}
	}
	return g
}

// onSea reports whether p is on the shore of the sea: a sea cell lies
// within seaReach cells of it, and a cell that is not land touches its own
// (an enclave the source draws over its neighbour's land, as San Marino
// in Italy, is a few kilometres from the sea but on no shore).
func (g *seaGrid) onSea(p orb.Point) bool {
	i, ok := seaIndex(p[0], p[1])
	if !ok {
		return false
	}
	x0, y0 := i%seaCols, i/seaCols
	sea, shore := false, false
	for dy := -seaReach; dy <= seaReach; dy++ {
		y := y0 + dy
		if y < 0 || y >= seaRows {
			continue
		}
		for dx := -seaReach; dx <= seaReach; dx++ {
			c := g.cells[y*seaCols+(x0+dx+seaCols)%seaCols]
			sea = sea || c == cellSea
			shore = shore || (c != cellLand && dx >= -1 && dx <= 1 && dy >= -1 && dy <= 1)
		}
	}
	return sea && shore
}

// loadCoasts writes the coasts, one row per line string, with an R-tree of
// their bounds.
func loadCoasts(ctx context.Context, tx *sql.Tx, shapes []countryShape, coasts map[int]orb.MultiLineString, counts map[string]int) error {
	sts, err := prepare(ctx, tx,
		`INSERT INTO coast_part (id, code, line, length) VALUES (?,?,?,?)`,
		`INSERT INTO coast_tree (id, minx, maxx, miny, maxy) VALUES (?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer closeAll(sts)
	idx := make([]int, 0, len(coasts))
	for ci := range coasts {
		idx = append(idx, ci)
	}
	sort.Slice(idx, func(i, j int) bool { return shapes[idx[i]].code < shapes[idx[j]].code })
	id, n := 0, 0
	for _, ci := range idx {
		code := shapes[ci].code
		if len(coasts[ci]) > 0 {
			n++
		}
		for _, ls := range coasts[ci] {
			id++
			blob, err := wkb.Marshal(ls)
			if err != nil {
				return fmt.Errorf("gazetteer: coast of %s: %w", code, err)
			}
			if _, err := sts[0].ExecContext(ctx, id, code, blob, lineStringLength(ls)); err != nil {
				return fmt.Errorf("gazetteer: coast of %s: %w", code, err)
			}
			b := ls.Bound()
			if _, err := sts[1].ExecContext(ctx, id, b.Min[0], b.Max[0], b.Min[1], b.Max[1]); err != nil {
				return fmt.Errorf("gazetteer: coast of %s: %w", code, err)
			}
		}
	}
	counts["coasts"] = n
	counts["coast_parts"] = id
	return nil
}

// Coast returns the sea coast of one country (a code or anything Country
// accepts), its line strings in the order they were traced. The coast is
// derived at build time: the parts of the country's outer rings within
// tracing tolerance (1–2 km) of no other country, on the open sea (lake
// and river shores between countries are not coast). It returns an error
// wrapping ErrNotFound when the country is unknown or has no coast (Mali,
// and every other landlocked country).
func (db *DB) Coast(ctx context.Context, country string) (Coast, error) {
	c, err := db.countryRow(ctx, country)
	if err != nil {
		return Coast{}, err
	}
	co, err := db.coastQuery(ctx, `SELECT code, line, length FROM coast_part WHERE code = ? ORDER BY id`, c.code)
	if err != nil {
		return Coast{}, err
	}
	if len(co) == 0 {
		return Coast{}, fmt.Errorf("gazetteer: %s has no sea coast: %w", c.code, ErrNotFound)
	}
	return co[0], nil
}

// CoastsNear returns the coasts of every country with a part of its coast
// whose bounding box meets b ([lon, lat] degrees; Min[0] > Max[0] is not
// read as crossing the antimeridian), each holding only those parts,
// longest first. No coast near b gives an empty slice and no error.
func (db *DB) CoastsNear(ctx context.Context, b orb.Bound) ([]Coast, error) {
	return db.coastQuery(ctx, `SELECT p.code, p.line, p.length FROM coast_tree t JOIN coast_part p ON p.id = t.id
		WHERE t.maxx >= ? AND t.minx <= ? AND t.maxy >= ? AND t.miny <= ? ORDER BY p.id`,
		b.Min[0], b.Max[0], b.Min[1], b.Max[1])
}

// coastQuery reads rows of (code, line, length) into one Coast per
// country, longest first.
func (db *DB) coastQuery(ctx context.Context, q string, args ...any) ([]Coast, error) {
	rows, err := db.sql.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: coasts: %w", err)
	}
	defer rows.Close()
	by := map[string]*Coast{}
	var order []string
	for rows.Next() {
		var code string
		var blob []byte
		var length float64
		if err := rows.Scan(&code, &blob, &length); err != nil {
			return nil, fmt.Errorf("gazetteer: coasts: %w", err)
		}
		g, err := wkb.Unmarshal(blob)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: coast of %s: %w", code, err)
		}
		ls, ok := g.(orb.LineString)
		if !ok {
			return nil, fmt.Errorf("gazetteer: coast of %s is a %s", code, g.GeoJSONType())
		}
		c := by[code]
		if c == nil {
			c = &Coast{Country: code}
			by[code] = c
			order = append(order, code)
		}
		c.Line = append(c.Line, ls)
		c.Length += length
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: coasts: %w", err)
	}
	rows.Close() // before countryRow, which may need the connection
	out := make([]Coast, 0, len(order))
	for _, code := range order {
		c := by[code]
		if r, err := db.countryRow(ctx, code); err == nil {
			c.Name = r.name + " coast"
		} else if !errors.Is(err, ErrNotFound) {
			return nil, err
		} else {
			c.Name = code + " coast"
		}
		out = append(out, *c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Length > out[j].Length })
	return out, nil
}
