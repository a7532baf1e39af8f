// Package rfc7946 checks GeoJSON text against RFC 7946 as locus promises
// to follow it, including the rules general validators leave out (ring
// winding, at most 6 decimals, no "crs" member). The tests of geo/locate
// and server run it over every output they make; it is deliberately
// written apart from the code that rounds and winds (geo.Round), so a
// defect there is not repeated here.
package rfc7946

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

// Check returns every way the GeoJSON text raw breaks RFC 7946 as
// locus promises to follow it: known types only, no "crs" member, Features
// with "geometry" and "properties" members, positions of 2 or 3 numbers
// within longitude [-180, 180] and latitude [-90, 90] written with at most
// 6 decimals, no edge jumping over the antimeridian (more than 180
// degrees of longitude: RFC 7946 section 3.1.9 asks to cut such
// geometries), LineStrings of 2+ positions, closed Polygon rings of 4+
// positions wound by the right-hand rule (exterior counterclockwise, holes
// clockwise; a ring without area is an error too).
func Check(raw []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return []string{"not JSON: " + err.Error()}
	}
	var c checker
	c.object(v, "$")
	return c.problems
}

type checker struct {
	problems []string
}

func (c *checker) errorf(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

// object checks any GeoJSON object at path.
func (c *checker) object(v any, path string) {
	o, ok := v.(map[string]any)
	if !ok {
		c.errorf("%s: not an object", path)
		return
	}
	if _, ok := o["crs"]; ok {
		c.errorf("%s: has a crs member (removed in RFC 7946)", path)
	}
	if bb, ok := o["bbox"]; ok {
		if a, ok := bb.([]any); !ok || (len(a) != 4 && len(a) != 6) {
			c.errorf("%s.bbox: want 4 or 6 numbers", path)
		}
	}
	switch t, _ := o["type"].(string); t {
	case "FeatureCollection":
		fs, ok := o["features"].([]any)
		if !ok {
			c.errorf("%s: FeatureCollection without a features array", path)
		}
		for i, f := range fs {
			c.object(f, fmt.Sprintf("%s.features[%d]", path, i))
		}
	case "Feature":
		g, hasGeometry := o["geometry"]
		if !hasGeometry {
			c.errorf("%s: Feature without a geometry member", path)
		} else if g != nil {
			c.geometry(g, path+".geometry")
		}
		if p, ok := o["properties"]; !ok {
			c.errorf("%s: Feature without a properties member", path)
		} else if _, isObj := p.(map[string]any); p != nil && !isObj {
			c.errorf("%s.properties: not an object or null", path)
		}
		if id, ok := o["id"]; ok {
			switch id.(type) {
			case string, json.Number:
			default:
				c.errorf("%s.id: not a string or number", path)
			}
		}
	default:
		c.geometry(o, path)
	}
}

// geometry checks a geometry object at path.
func (c *checker) geometry(v any, path string) {
	o, ok := v.(map[string]any)
	if !ok {
		c.errorf("%s: geometry is not an object", path)
		return
	}
	if _, ok := o["crs"]; ok {
		c.errorf("%s: has a crs member (removed in RFC 7946)", path)
	}
	t, _ := o["type"].(string)
	if t == "GeometryCollection" {
		gs, ok := o["geometries"].([]any)
		if !ok {
			c.errorf("%s: GeometryCollection without geometries", path)
		}
		for i, g := range gs {
			c.geometry(g, fmt.Sprintf("%s.geometries[%d]", path, i))
		}
		return
	}
	coords := o["coordinates"]
	switch t {
	case "Point":
		c.position(coords, path)
	case "MultiPoint":
		for i, p := range c.array(coords, path) {
			c.position(p, fmt.Sprintf("%s[%d]", path, i))
		}
	case "LineString":
		c.line(coords, path)
	case "MultiLineString":
		for i, l := range c.array(coords, path) {
			c.line(l, fmt.Sprintf("%s[%d]", path, i))
		}
	case "Polygon":
		c.polygon(coords, path)
	case "MultiPolygon":
		for i, p := range c.array(coords, path) {
			c.polygon(p, fmt.Sprintf("%s[%d]", path, i))
		}
	default:
		c.errorf("%s: unknown type %q", path, t)
	}
}

func (c *checker) array(v any, path string) []any {
	a, ok := v.([]any)
	if !ok {
		c.errorf("%s: coordinates are not an array", path)
	}
	return a
}

// position checks one position and returns it as [lon, lat].
func (c *checker) position(v any, path string) [2]float64 {
	a, ok := v.([]any)
	if !ok || len(a) < 2 || len(a) > 3 {
		c.errorf("%s: a position needs 2 or 3 numbers", path)
		return [2]float64{}
	}
	var out [2]float64
	for i, x := range a {
		n, ok := x.(json.Number)
		if !ok {
			c.errorf("%s[%d]: not a number", path, i)
			continue
		}
		s := n.String()
		if strings.ContainsAny(s, "eE") {
			c.errorf("%s[%d]: %s is in exponent form; want plain decimals", path, i, s)
		}
		if dot := strings.IndexByte(s, '.'); dot >= 0 && len(s)-dot-1 > 6 {
			c.errorf("%s[%d]: %s has more than 6 decimals", path, i, s)
		}
		f, err := n.Float64()
		if err != nil {
			c.errorf("%s[%d]: %v", path, i, err)
			continue
		}
		if i < 2 {
			out[i] = f
		}
	}
	if out[0] < -180 || out[0] > 180 {
		c.errorf("%s: longitude %v outside [-180, 180]", path, out[0])
	}
	if out[1] < -90 || out[1] > 90 {
		c.errorf("%s: latitude %v outside [-90, 90]", path, out[1])
	}
	return out
}

func (c *checker) line(v any, path string) [][2]float64 {
	a := c.array(v, path)
	if len(a) < 2 {
		c.errorf("%s: a line needs 2 or more positions, has %d", path, len(a))
	}
	pts := make([][2]float64, len(a))
	for i, p := range a {
		pts[i] = c.position(p, fmt.Sprintf("%s[%d]", path, i))
		if i > 0 && math.Abs(pts[i][0]-pts[i-1][0]) > 180 && math.Abs(pts[i][0]) != 180 && math.Abs(pts[i-1][0]) != 180 {
			c.errorf("%s[%d]: the edge from longitude %v to %v crosses the antimeridian; RFC 7946 section 3.1.9 wants it cut", path, i, pts[i-1][0], pts[i][0])
		}
	}
	return pts
}

func (c *checker) polygon(v any, path string) {
	rings := c.array(v, path)
	if len(rings) == 0 {
		c.errorf("%s: a polygon needs an exterior ring", path)
	}
	for i, r := range rings {
		rp := fmt.Sprintf("%s[%d]", path, i)
		pts := c.line(r, rp)
		if len(pts) < 4 {
			c.errorf("%s: a ring needs 4 or more positions, has %d", rp, len(pts))
			continue
		}
		if pts[0] != pts[len(pts)-1] {
			c.errorf("%s: ring not closed: %v != %v", rp, pts[0], pts[len(pts)-1])
			continue
		}
		area := signedArea(pts)
		switch {
		case area == 0:
			c.errorf("%s: ring has no area", rp)
		case i == 0 && area < 0:
			c.errorf("%s: exterior ring is clockwise; RFC 7946 wants counterclockwise", rp)
		case i > 0 && area > 0:
			c.errorf("%s: hole is counterclockwise; RFC 7946 wants clockwise", rp)
		}
	}
}

// signedArea is the shoelace area of a closed ring in the lon/lat plane,
// positive when counterclockwise.
func signedArea(r [][2]float64) float64 {
	var a float64
	for i := 0; i+1 < len(r); i++ {
		a += (r[i][0]-r[0][0])*(r[i+1][1]-r[0][1]) - (r[i+1][0]-r[0][0])*(r[i][1]-r[0][1])
	}
	return a / 2
}
