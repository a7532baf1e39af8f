package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/locus-gis/locus/server"
)

// checkRFC7946 returns every way the GeoJSON text raw breaks RFC 7946 as
// locus promises to follow it: known types only, no "crs" member, Features
// with "geometry" and "properties" members, positions of 2 or 3 numbers
// within longitude [-180, 180] and latitude [-90, 90] written with at most
// 6 decimals, LineStrings of 2+ positions, closed Polygon rings of 4+
// positions wound by the right-hand rule (exterior counterclockwise, holes
// clockwise; a ring without area is an error too).
func checkRFC7946(raw []byte) []string {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return []string{"not JSON: " + err.Error()}
	}
	var c rfcChecker
	c.object(v, "$")
	return c.problems
}

type rfcChecker struct {
	problems []string
}

func (c *rfcChecker) errorf(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

// object checks any GeoJSON object at path.
func (c *rfcChecker) object(v any, path string) {
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
func (c *rfcChecker) geometry(v any, path string) {
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

func (c *rfcChecker) array(v any, path string) []any {
	a, ok := v.([]any)
	if !ok {
		c.errorf("%s: coordinates are not an array", path)
	}
	return a
}

// position checks one position and returns it as [lon, lat].
func (c *rfcChecker) position(v any, path string) [2]float64 {
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

func (c *rfcChecker) line(v any, path string) [][2]float64 {
	a := c.array(v, path)
	if len(a) < 2 {
		c.errorf("%s: a line needs 2 or more positions, has %d", path, len(a))
	}
	pts := make([][2]float64, len(a))
	for i, p := range a {
		pts[i] = c.position(p, fmt.Sprintf("%s[%d]", path, i))
	}
	return pts
}

func (c *rfcChecker) polygon(v any, path string) {
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

func TestCheckRFC7946(t *testing.T) {
	const (
		ccw  = `[[0,0],[1,0],[1,1],[0,1],[0,0]]`
		cw   = `[[0,0],[0,1],[1,1],[1,0],[0,0]]`
		hole = `[[0.2,0.2],[0.2,0.8],[0.8,0.8],[0.8,0.2],[0.2,0.2]]`
	)
	feature := func(geom string) string {
		return `{"type":"FeatureCollection","features":[{"type":"Feature","id":"p1","geometry":` + geom + `,"properties":{}}]}`
	}
	tests := []struct {
		name, doc string
		want      string // a part of the one expected problem; "" for none
	}{
		{"valid polygon with hole", feature(`{"type":"Polygon","coordinates":[` + ccw + `,` + hole + `]}`), ""},
		{"valid null geometry", feature(`null`), ""},
		{"valid multiline", feature(`{"type":"MultiLineString","coordinates":[[[1.123456,2],[3,4]]]}`), ""},
		{"clockwise exterior", feature(`{"type":"Polygon","coordinates":[` + cw + `]}`), "exterior ring is clockwise"},
		{"counterclockwise hole", feature(`{"type":"Polygon","coordinates":[` + ccw + `,[[0.2,0.2],[0.8,0.2],[0.8,0.8],[0.2,0.8],[0.2,0.2]]]}`), "hole is counterclockwise"},
		{"clockwise in multipolygon", feature(`{"type":"MultiPolygon","coordinates":[[` + ccw + `],[` + cw + `]]}`), "exterior ring is clockwise"},
		{"open ring", feature(`{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0.5]]]}`), "not closed"},
		{"short ring", feature(`{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}`), "4 or more"},
		{"flat ring", feature(`{"type":"Polygon","coordinates":[[[0,0],[1,0],[2,0],[0,0]]]}`), "no area"},
		{"seven decimals", feature(`{"type":"Point","coordinates":[1.1234567,2]}`), "more than 6 decimals"},
		{"exponent", feature(`{"type":"Point","coordinates":[1e-7,2]}`), "exponent"},
		{"longitude range", feature(`{"type":"Point","coordinates":[181,2]}`), "longitude"},
		{"latitude range", feature(`{"type":"Point","coordinates":[1,-91]}`), "latitude"},
		{"one-number position", feature(`{"type":"Point","coordinates":[1]}`), "2 or 3 numbers"},
		{"one-position line", feature(`{"type":"LineString","coordinates":[[1,2]]}`), "2 or more positions"},
		{"unknown type", feature(`{"type":"Circle","coordinates":[1,2]}`), "unknown type"},
		{"crs member", `{"type":"FeatureCollection","crs":{"type":"name"},"features":[]}`, "crs"},
		{"no properties", `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null}]}`, "properties"},
		{"no geometry", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":null}]}`, "geometry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkRFC7946([]byte(tt.doc))
			if tt.want == "" {
				if len(got) != 0 {
					t.Errorf("checkRFC7946(%s) = %q, want no problems", tt.name, got)
				}
				return
			}
			if len(got) != 1 || !strings.Contains(got[0], tt.want) {
				t.Errorf("checkRFC7946(%s) = %q, want one problem about %q", tt.name, got, tt.want)
			}
		})
	}
}

// TestServedGeoJSONFollowsRFC7946 checks every GeoJSON the fixture app
// serves. The fixture basemap has a clockwise ring, 7-decimal coordinates
// and a crs member, so this also shows that the server repairs them.
func TestServedGeoJSONFollowsRFC7946(t *testing.T) {
	if got := checkRFC7946([]byte(readFile(t, "basemap.geojson"))); len(got) < 3 {
		t.Fatalf("the raw fixture basemap has problems %q, want at least crs, winding and decimals", got)
	}
	app, _ := newFixtureApp(t, server.Config{})
	for _, target := range []string{"/features.geojson", "/features.geojson?doc=talahandak", "/features.geojson?doc=utf8", "/api/basemap", "/api/places?q=te",
		"/collections/places/items", "/collections/areas/items", "/collections/borders/items", "/collections/regions/items",
		"/collections/constraints/items?limit=2", "/collections/regions/items/talahandak~r-p1", "/collections/areas/items/talahandak~p3"} {
		r := get(t, app, target)
		if r.status != http.StatusOK {
			t.Fatalf("GET %s = %d", target, r.status)
		}
		for _, p := range checkRFC7946(r.body) {
			t.Errorf("GET %s: %s", target, p)
		}
	}
	r := post(t, app, "/api/resolve", "text/plain", []byte("From Kidal to Tessalit."))
	for _, p := range checkRFC7946(r.body) {
		t.Errorf("POST /api/resolve: %s", p)
	}
}
