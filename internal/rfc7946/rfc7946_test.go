package rfc7946

import (
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
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
		{"uncut antimeridian", feature(`{"type":"LineString","coordinates":[[179,0],[-179,0]]}`), "antimeridian"},
		{"cut at the antimeridian", feature(`{"type":"MultiLineString","coordinates":[[[179,0],[180,0]],[[-180,0],[-179,0]]]}`), ""},
		{"unknown type", feature(`{"type":"Circle","coordinates":[1,2]}`), "unknown type"},
		{"crs member", `{"type":"FeatureCollection","crs":{"type":"name"},"features":[]}`, "crs"},
		{"no properties", `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null}]}`, "properties"},
		{"no geometry", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":null}]}`, "geometry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check([]byte(tt.doc))
			if tt.want == "" {
				if len(got) != 0 {
					t.Errorf("Check(%s) = %q, want no problems", tt.name, got)
				}
				return
			}
			if len(got) != 1 || !strings.Contains(got[0], tt.want) {
				t.Errorf("Check(%s) = %q, want one problem about %q", tt.name, got, tt.want)
			}
		})
	}
}
