package geo

import (
	"math"

	"github.com/paulmach/orb"
)

// latticeStepM is the node spacing of the warps that carry the grid to
// lon/lat and to each anchor's own projection. Their interpolation error
// grows as the square of the spacing: at 20 km it stays under half a metre
// up to 65 degrees of latitude (TestWarpAccuracy), far below any cell.
const latticeStepM = 20e3

// latticeStep returns the node spacing in metres of the warps of a grid
// whose cells are cell metres wide: latticeStepM, or one node per cell for
// cells wider than that. The interpolation error grows as the square of
// the spacing, so at one node per cell it stays under a hundredth of the
// cell (TestWarpAccuracyCoarse), while a continent-wide coarse grid
// no longer measures a node every 20 km (a 10,000 km grid took 825,000
// geodesic inverses, over a second, for 4,800 cells).
func latticeStep(cell float64) float64 { return max(latticeStepM, cell) }

// box is an axis-aligned rectangle of a projection plane, metres.
type box struct{ x0, y0, x1, y1 float64 }

// emptyBox is the identity of union.
var emptyBox = box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}

func (b box) empty() bool { return !(b.x0 <= b.x1 && b.y0 <= b.y1) }
func (b box) w() float64  { return b.x1 - b.x0 }
func (b box) h() float64  { return b.y1 - b.y0 }

func (b box) intersect(c box) box {
	return box{max(b.x0, c.x0), max(b.y0, c.y0), min(b.x1, c.x1), min(b.y1, c.y1)}
}

func (b box) union(c box) box {
	return box{min(b.x0, c.x0), min(b.y0, c.y0), max(b.x1, c.x1), max(b.y1, c.y1)}
}

func (b box) grow(m float64) box { return box{b.x0 - m, b.y0 - m, b.x1 + m, b.y1 + m} }

func (b box) add(x, y float64) box {
	return box{min(b.x0, x), min(b.y0, y), max(b.x1, x), max(b.y1, y)}
}

// sectorBox returns the bounding box of the annular sector of radii a to b
// (b finite) around the origin, between plane azimuths az-h and az+h
// (degrees clockwise from the y axis); h >= 180 is the whole annulus.
func sectorBox(a, b, az, h float64) box {
	if h >= 180 {
		return box{-b, -b, b, b}
	}
	bb := emptyBox
	for _, t := range [2]float64{az - h, az + h} {
		s, c := math.Sincos(t * deg)
		bb = bb.add(a*s, a*c).add(b*s, b*c)
	}
	// The cardinal directions inside the sector reach out to radius b.
	for k := -4; k <= 4; k++ {
		t := float64(k) * 90
		if math.Abs(AngleDiff(t, az)) <= h {
			s, c := math.Sincos(t * deg)
			bb = bb.add(b*math.Round(s), b*math.Round(c))
		}
	}
	return bb
}

// grid is the solver's raster: nx×ny square cells of side cell metres in
// the plane of proj, cell (i, j) centred at (x0+i·cell, y0+j·cell), index
// j·nx+i; rows run west to east and j grows northwards. The outermost ring
// of cells is padding that is never allowed, so traced outlines close.
type grid struct {
	proj   Projection
	x0, y0 float64
	cell   float64
	nx, ny int
	// geo maps the plane to lon (unwrapped around the centre's), lat and
	// gamma (the rotation from true to plane azimuths, degrees); lon and
	// lat are stored as corrections to the spherical projection (sphere),
	// which is far smoother to interpolate than lon/lat themselves.
	geo    warp
	sphere sphericalAEQD
}

// newGrid lays out a grid of cells of side cell over b, with one cell of
// padding, and computes its warp to lon/lat.
func newGrid(proj Projection, b box, cell float64) *grid {
	g := &grid{proj: proj, cell: cell}
	g.nx = int(math.Ceil(b.w()/cell)) + 3
	g.ny = int(math.Ceil(b.h()/cell)) + 3
	cx, cy := (b.x0+b.x1)/2, (b.y0+b.y1)/2
	g.x0 = cx - float64(g.nx-1)/2*cell
	g.y0 = cy - float64(g.ny-1)/2*cell
	x1, y1 := g.x(g.nx-1), g.y(g.ny-1)
	g.sphere = newSphericalAEQD(proj.centre)
	step := latticeStep(cell)
	g.geo = newWarp(g.x0-cell, g.y0-cell, x1+cell, y1+cell, step, step, 3)
	g.geo.fill(func(x, y float64, out []float64) {
		lon, lat, gamma := proj.inverse(x, y)
		slon, slat := g.sphere.inverse(x, y)
		out[0], out[1], out[2] = lon-slon, lat-slat, gamma
	})
	return g
}

// nodeLonLat returns the exact position of node (i, j) of g.geo.
func (g *grid) nodeLonLat(i, j int) orb.Point {
	x, y := g.geo.node(i, j)
	slon, slat := g.sphere.inverse(x, y)
	return orb.Point{slon + g.geo.get(i, j, 0), slat + g.geo.get(i, j, 1)}
}

// sphericalAEQD is the azimuthal equidistant projection of a sphere whose
// radius is the ellipsoid's mean radius of curvature at the centre.
type sphericalAEQD struct {
	lon, sin, cos, r float64
}

func newSphericalAEQD(c orb.Point) sphericalAEQD {
	s, co := math.Sincos(c[1] * deg)
	w := 1 - wgs84E2*s*s
	r := wgs84A * math.Sqrt(1-wgs84E2) / w // sqrt(M·N)
	return sphericalAEQD{lon: c[0], sin: s, cos: co, r: r}
}

// inverse returns the lon (continuous around the centre's) and lat of the
// plane point (x, y).
func (s sphericalAEQD) inverse(x, y float64) (lon, lat float64) {
	rho := math.Hypot(x, y)
	if rho == 0 {
		return s.lon, math.Asin(s.sin) / deg
	}
	sc, cc := math.Sincos(rho / s.r)
	sa, ca := x/rho, y/rho
	sinLat := s.sin*cc + s.cos*sc*ca
	lat = math.Asin(max(min(sinLat, 1), -1))
	lon = s.lon + math.Atan2(sa*sc*s.cos, cc-s.sin*sinLat)/deg
	return lon, lat / deg
}

func (g *grid) x(i int) float64 { return g.x0 + float64(i)*g.cell }
func (g *grid) y(j int) float64 { return g.y0 + float64(j)*g.cell }
func (g *grid) n() int          { return g.nx * g.ny }

// extent returns the box spanned by the cell centres.
func (g *grid) extent() box { return box{g.x0, g.y0, g.x(g.nx - 1), g.y(g.ny - 1)} }

// lonLat returns the point at plane position (x, y), longitude unwrapped
// around the centre's.
func (g *grid) lonLat(x, y float64) orb.Point {
	dlon, dlat := g.geo.at2(x, y)
	lon, lat := g.sphere.inverse(x, y)
	return orb.Point{lon + dlon, lat + dlat}
}

// anchorWarp returns a warp on the grid's lattice from the grid plane to
// the azimuthal equidistant plane centred on o: there the distance from o
// is the length of the vector and the azimuth at o its direction, exactly
// up to the interpolation error.
func (g *grid) anchorWarp(o orb.Point) warp {
	w := g.geo
	w.k = 2
	w.val = make([]float64, w.nu*w.nv*2)
	p := NewProjection(o)
	for j := 0; j < w.nv; j++ {
		for i := 0; i < w.nu; i++ {
			x, y := p.Forward(g.nodeLonLat(i, j))
			w.set(i, j, x, y)
		}
	}
	return w
}

// planeWarp returns a warp over the lon/lat rectangle ll (lon unwrapped
// around the grid centre's) to the grid plane: channels x, y, gamma.
func (g *grid) planeWarp(ll orb.Bound) warp {
	// Degrees per 20 km, generously at the rectangle's highest latitude.
	lat := max(math.Abs(ll.Min[1]), math.Abs(ll.Max[1]))
	stepLat := latticeStepM / 111e3
	stepLon := latticeStepM / (111e3 * max(math.Cos(lat*deg), 0.05))
	w := newWarp(ll.Min[0], ll.Min[1], ll.Max[0], ll.Max[1], stepLon, stepLat, 3)
	w.fill(func(lon, lat float64, out []float64) {
		out[0], out[1], out[2] = g.proj.forward(orb.Point{lon, lat})
	})
	return w
}

// cellSize chooses the cell side in metres for constraints cs over box b:
// fine enough to resolve the narrowest feature the constraints describe
// (a thirtieth of the narrowest distance band or sector chord), at least
// twenty cells across the box, and no more than maxCells cells. A positive
// requested size replaces the first rule.
func cellSize(cs []Constraint, b box, requested float64, maxCells int) float64 {
	span := max(b.w(), b.h(), 1)
	cell := requested
	if !(cell > 0) {
		narrow := math.Inf(1)
		for _, c := range cs {
			if w := c.MaxM - c.MinM; w > 0 && !math.IsInf(w, 1) {
				narrow = min(narrow, w)
			}
			if _, h, ok := c.sector(); ok && !math.IsInf(c.MaxM, 1) {
				if chord := 2 * c.MaxM * math.Sin(min(h, 90)*deg); chord > 0 {
					narrow = min(narrow, chord)
				}
			}
		}
		cell = min(narrow/30, span/20)
	}
	cell = max(cell, math.Sqrt(max(b.w(), 1)*max(b.h(), 1)/float64(maxCells)))
	// The margin of a cell, the padding and the rounding up add five
	// cells per side.
	for (math.Ceil(b.w()/cell)+5)*(math.Ceil(b.h()/cell)+5) > float64(maxCells) {
		cell *= 1.05
	}
	return max(cell, 0.5)
}
