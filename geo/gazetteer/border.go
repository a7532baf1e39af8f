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
	"github.com/tidwall/geodesic"
)

// traceOptions tune how land borders are traced. A border between countries
// A and B is made of the runs of consecutive vertices of one country's rings that lie within a
// tolerance of the other country's rings.
//
// The two shape resolutions need different tolerances. Where both countries
// come from the 100 m data their rings follow the same OpenStreetMap border
// ways to within a few tens of metres. A 1 km shape only keeps some vertices of
// the border, and its edges cut corners by up to about a kilometre, so a
// pair with a 1 km shape is traced along the 1 km rings (whose vertices lie
// on the true border) and tested against the other ring with a wider
// tolerance.
type traceOptions struct {
	fine, coarse float64 // metres: tolerance when both shapes are at 100 m, and otherwise
	minLength    float64 // metres; shorter borders are dropped as coincidences of coast or noise
}

// defaultTrace holds the tolerances measured to work on this data (see
// TestBorderSet): rivers that OpenStreetMap maps as water areas leave a gap
// between the two countries' land, so the fine tolerance is wider than the
// 100 m resolution alone would need.
func defaultTrace() traceOptions {
	return traceOptions{fine: 1000, coarse: 2000, minLength: 2000}
}

// gridCell is the side in degrees of the cells of the segment index.
const gridCell = 0.05

// borderLine is a derived border, a < b.
type borderLine struct {
	a, b string
	line orb.MultiLineString
}

// segment is one edge of a country ring.
type segment struct {
	p, q    orb.Point
	country int32
	hole    bool // the segment is on an inner ring
}

type cell struct{ x, y int32 }

func cellOf(p orb.Point) cell {
	return cell{int32(math.Floor(p[0] / gridCell)), int32(math.Floor(p[1] / gridCell))}
}

// metresPerDegree returns the length in metres of one degree of longitude
// and of latitude on WGS84 at latitude lat (degrees). Over the few hundred
// metres that border tracing compares, this local scale is exact to well
// under a metre, and far cheaper than a geodesic per segment.
func metresPerDegree(lat float64) (kx, ky float64) {
	r := lat * math.Pi / 180
	kx = 111412.84*math.Cos(r) - 93.5*math.Cos(3*r) + 0.118*math.Cos(5*r)
	ky = 111132.92 - 559.82*math.Cos(2*r) + 1.175*math.Cos(4*r) - 0.0023*math.Cos(6*r)
	return kx, ky
}

// segDist returns the distance in metres from v to the segment pq, in the
// local plane at v with kx, ky metres per degree.
func segDist(v, p, q orb.Point, kx, ky float64) float64 {
	ax, ay := (p[0]-v[0])*kx, (p[1]-v[1])*ky
	bx, by := (q[0]-v[0])*kx, (q[1]-v[1])*ky
	dx, dy := bx-ax, by-ay
	t := 0.0
	if l2 := dx*dx + dy*dy; l2 > 0 {
		t = math.Max(0, math.Min(1, -(ax*dx+ay*dy)/l2))
	}
	x, y := ax+t*dx, ay+t*dy
	return math.Hypot(x, y)
}

// tolerance returns the distance within which a vertex of a counts as on
// b's border, and whether a's rings are the ones to trace for the pair: the
// coarser shape is traced, and of two equal ones the first by code.
func (o traceOptions) tolerance(a, b *countryShape) (tol float64, trace bool) {
	if a.resolution == "100m" && b.resolution == "100m" {
		return o.fine, a.code < b.code
	}
	if a.resolution != b.resolution {
		return o.coarse, a.resolution != "100m"
	}
	return o.coarse, a.code < b.code
}

// deriveBorders returns every shared land border between two of the shapes,
// sorted by codes, and the coast of each shape: what remains of its outer
// rings once every vertex within tracing tolerance of another country is
// taken away and every vertex that is not on the sea (see coastRuns and
// seaGrid; a nil sea keeps every such vertex), by shape index.
func deriveBorders(shapes []countryShape, o traceOptions, sea *seaGrid) ([]borderLine, map[int]orb.MultiLineString) {
	var segs []segment
	grid := map[cell][]int32{}
	for ci := range shapes {
		for _, poly := range shapes[ci].shape {
			for ri, ring := range poly {
				for i := 1; i < len(ring); i++ {
					s := segment{p: ring[i-1], q: ring[i], country: int32(ci), hole: ri > 0}
					id := int32(len(segs))
					segs = append(segs, s)
					c0, c1 := cellOf(s.p), cellOf(s.q)
					for x := min(c0.x, c1.x); x <= max(c0.x, c1.x); x++ {
						for y := min(c0.y, c1.y); y <= max(c0.y, c1.y); y++ {
							grid[cell{x, y}] = append(grid[cell{x, y}], id)
						}
					}
				}
			}
		}
	}

	type nearest struct {
		d    float64
		hole bool
	}
	lines := map[[2]int32]orb.MultiLineString{}
	coasts := map[int]orb.MultiLineString{}
	best := map[int32]nearest{}
	for ci := range shapes {
		a := &shapes[ci]
		for _, poly := range a.shape {
			for ri, ring := range poly {
				if len(ring) < 4 {
					continue
				}
				m := len(ring) - 1 // rings are closed: ring[m] == ring[0]
				near := map[int32][]bool{}
				holes := map[int32]int{}  // flagged vertices whose nearest segment of the other country is on a hole
				shared := make([]bool, m) // within tolerance of any other country, traced from this side or not
				for i := 0; i < m; i++ {
					v := ring[i]
					kx, ky := metresPerDegree(v[1])
					dx, dy := o.coarse/kx, o.coarse/ky
					lo, hi := cellOf(orb.Point{v[0] - dx, v[1] - dy}), cellOf(orb.Point{v[0] + dx, v[1] + dy})
					clear(best)
					for x := lo.x; x <= hi.x; x++ {
						for y := lo.y; y <= hi.y; y++ {
							for _, id := range grid[cell{x, y}] {
								s := &segs[id]
								if s.country == int32(ci) {
									continue
								}
								d := segDist(v, s.p, s.q, kx, ky)
								if old, ok := best[s.country]; !ok || d < old.d {
									best[s.country] = nearest{d, s.hole}
								}
							}
						}
					}
					for bi, n := range best {
						tol, trace := o.tolerance(a, &shapes[bi])
						if n.d <= tol {
							shared[i] = true
						}
						if !trace || n.d > tol {
							continue
						}
						f := near[bi]
						if f == nil {
							f = make([]bool, m)
							near[bi] = f
						}
						f[i] = true
						if n.hole {
							holes[bi]++
						}
					}
				}
				for bi, f := range near {
					rs, whole := runs(ring[:m], f, o.minLength/4)
					// A ring that lies whole along the other country is
					// either an enclave, which fills a hole of it, or a
					// polygon both shapes hold (French Guiana in France,
					// Åland in Finland): only the first is a border.
					if whole && 2*holes[bi] < m {
						continue
					}
					key := [2]int32{int32(ci), bi}
					lines[key] = append(lines[key], rs...)
				}
				if ri == 0 {
					if sea != nil {
						seaShore(ring[:m], shared, sea)
					}
					coasts[ci] = append(coasts[ci], coastRuns(ring[:m], shared, o.minLength)...)
				}
			}
		}
	}

	var out []borderLine
	for k, ml := range lines {
		if lineLength(ml) < o.minLength {
			continue
		}
		a, b := shapes[k[0]].code, shapes[k[1]].code
		if a > b {
			a, b = b, a
		}
		out = append(out, borderLine{a: a, b: b, line: ml})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].a != out[j].a {
			return out[i].a < out[j].a
		}
		return out[i].b < out[j].b
	})
	return out, coasts
}

// runs returns the runs of consecutive vertices of the ring pts (not closed:
// the last vertex joins the first) whose flag is set, as line strings at
// least minLength metres long. When every vertex is flagged it returns the
// whole ring, closed, and whole is true.
func runs(pts []orb.Point, flag []bool, minLength float64) (out []orb.LineString, whole bool) {
	m := len(pts)
	start := -1
	for i, f := range flag {
		if !f {
			start = i
			break
		}
	}
	if start < 0 {
		ls := append(orb.LineString{}, pts...)
		return []orb.LineString{append(ls, pts[0])}, true
	}
	var cur orb.LineString
	flush := func() {
		if len(cur) >= 2 && lineStringLength(cur) >= minLength {
			out = append(out, cur)
		}
		cur = nil
	}
	for k := 1; k <= m; k++ {
		i := (start + k) % m
		if flag[i] {
			cur = append(cur, pts[i])
		} else {
			flush()
		}
	}
	flush()
	return out, false
}

// lineStringLength returns the geodesic length of ls on WGS84 in metres.
func lineStringLength(ls orb.LineString) float64 {
	total := 0.0
	for i := 1; i < len(ls); i++ {
		var d float64
		geodesic.WGS84.Inverse(ls[i-1][1], ls[i-1][0], ls[i][1], ls[i][0], &d, nil, nil)
		total += d
	}
	return total
}

// lineLength returns the geodesic length of ml on WGS84 in metres.
func lineLength(ml orb.MultiLineString) float64 {
	total := 0.0
	for _, ls := range ml {
		total += lineStringLength(ls)
	}
	return total
}

// Border returns the shared land border of countries a and b, given as
// alpha-2 codes or anything Country accepts. Border.A and Border.B are the
// alpha-2 codes in the order given. It returns an error wrapping ErrNotFound
// when either country is unknown or they share no land border.
func (db *DB) Border(ctx context.Context, a, b string) (Border, error) {
	ca, err := db.countryRow(ctx, a)
	if err != nil {
		return Border{}, err
	}
	cb, err := db.countryRow(ctx, b)
	if err != nil {
		return Border{}, err
	}
	x, y := ca.code, cb.code
	if x > y {
		x, y = y, x
	}
	var blob []byte
	var length float64
	err = db.sql.QueryRowContext(ctx, `SELECT line, length FROM border WHERE a = ? AND b = ?`, x, y).Scan(&blob, &length)
	if errors.Is(err, sql.ErrNoRows) {
		return Border{}, fmt.Errorf("gazetteer: no land border between %s and %s: %w", ca.code, cb.code, ErrNotFound)
	}
	if err != nil {
		return Border{}, fmt.Errorf("gazetteer: border %s-%s: %w", ca.code, cb.code, err)
	}
	return makeBorder(ca, cb, blob, length)
}

// Borders returns every land border of one country (a code or anything
// Country accepts), longest first, each with A set to that country. A
// country with no land border (an island) gives an empty slice and no error.
func (db *DB) Borders(ctx context.Context, country string) ([]Border, error) {
	c, err := db.countryRow(ctx, country)
	if err != nil {
		return nil, err
	}
	rows, err := db.sql.QueryContext(ctx,
		`SELECT CASE WHEN a = ?1 THEN b ELSE a END, line, length FROM border WHERE a = ?1 OR b = ?1 ORDER BY length DESC`, c.code)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: borders of %s: %w", c.code, err)
	}
	type row struct {
		other  string
		blob   []byte
		length float64
	}
	var found []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.other, &r.blob, &r.length); err != nil {
			rows.Close()
			return nil, fmt.Errorf("gazetteer: borders of %s: %w", c.code, err)
		}
		found = append(found, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: borders of %s: %w", c.code, err)
	}
	out := make([]Border, 0, len(found))
	for _, r := range found {
		other, err := db.countryRow(ctx, r.other)
		if err != nil {
			return nil, err
		}
		b, err := makeBorder(c, other, r.blob, r.length)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

func makeBorder(a, b countryRow, blob []byte, length float64) (Border, error) {
	g, err := wkb.Unmarshal(blob)
	if err != nil {
		return Border{}, fmt.Errorf("gazetteer: border %s-%s: %w", a.code, b.code, err)
	}
	ml, ok := g.(orb.MultiLineString)
	if !ok {
		return Border{}, fmt.Errorf("gazetteer: border %s-%s is a %s", a.code, b.code, g.GeoJSONType())
	}
	return Border{
		A: a.code, B: b.code,
		Name:   a.name + "–" + b.name + " border",
		Line:   ml,
		Length: length,
	}, nil
}
