package server

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

func TestFlatProperties(t *testing.T) {
	in := geojson.Properties{
		"kind":        "constraint",
		"stated":      map[string]any{"min_km": 80, "max_km": 80, "unit": "km", "road": false},
		"measured":    map[string]any{"km": 80.1, "bearing_deg": 97},
		"allowed":     map[string]any{"nested": map[string]any{"x": 1}},
		"label_point": []any{1.5, 20.25},
		"mentions":    []any{map[string]any{"start": 0, "end": 3}},
		"stated_unit": "already here",
		"population":  6000,
	}
	got, err := flatProperties(in)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(got)
	var m map[string]any
	json.Unmarshal(b, &m)
	want := map[string]any{
		"stated_min_km":        80.0,
		"stated_road":          false,
		"measured_km":          80.1,
		"measured_bearing_deg": 97.0,
		"allowed_nested_x":     1.0,
		"label_point_lon":      1.5,
		"label_point_lat":      20.25,
		"stated_unit":          "already here",
		"population":           6000.0,
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("flatProperties: %s = %v, want %v", k, m[k], v)
		}
	}
	if _, ok := m["label_point"]; ok {
		t.Error("flatProperties kept label_point as a list")
	}
	if _, ok := m["stated"].(map[string]any); !ok {
		t.Error("flatProperties dropped the nested stated object")
	}
	// Whole measures are written with a decimal point, counts are not.
	for _, frag := range []string{`"stated_min_km":80.0`, `"measured_bearing_deg":97.0`, `"population":6000,`} {
		if !json.Valid(b) || !strings.Contains(string(b), frag) {
			t.Errorf("flatProperties JSON %s lacks %s", b, frag)
		}
	}
}

func TestCollectionOf(t *testing.T) {
	ring := orb.Ring{{0, 0}, {1, 0}, {1, 1}, {0, 0}}
	for _, tt := range []struct {
		name, kind string
		geom       orb.Geometry
		want       string
	}{
		{"town", "place", orb.Point{1, 2}, "places"},
		{"unresolved place", "place", nil, "places"},
		{"country", "place", orb.Polygon{ring}, "areas"},
		{"country in parts", "place", orb.MultiPolygon{{ring}}, "areas"},
		{"border", "place", orb.MultiLineString{{{0, 0}, {1, 1}}}, "borders"},
		{"region", "region", orb.Polygon{ring}, "regions"},
		{"constraint", "constraint", orb.LineString{{0, 0}, {1, 1}}, "constraints"},
		{"unmeasured constraint", "constraint", nil, "constraints"},
	} {
		f := &geojson.Feature{Geometry: tt.geom, Properties: geojson.Properties{"kind": tt.kind}}
		if got := collectionOf(f); got != tt.want {
			t.Errorf("collectionOf(%s) = %s, want %s", tt.name, got, tt.want)
		}
		def := collectionDefByID(collectionOf(f))
		if tt.geom != nil && coerce(tt.geom, def.GeometryType).GeoJSONType() != def.GeometryType {
			t.Errorf("%s: coerced to %s, the collection holds %s", tt.name, coerce(tt.geom, def.GeometryType).GeoJSONType(), def.GeometryType)
		}
	}
}
