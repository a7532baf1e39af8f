package server

import (
	"reflect"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

func TestNormalize(t *testing.T) {
	// geo.Round's own tests cover every rule; these show that normalize
	// applies it to each feature and leaves its input alone.
	ccw := orb.Ring{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}
	cw := orb.Ring{{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}}
	tests := []struct {
		name string
		in   orb.Geometry
		want orb.Geometry
	}{
		{"nil", nil, nil},
		{"point rounded", orb.Point{1.23456789, -2.0000004}, orb.Point{1.234568, -2}},
		{"cw exterior reversed", orb.Polygon{cw.Clone()}, orb.Polygon{ccw}},
		{"flat ring dropped", orb.Polygon{{{0, 0}, {1, 0}, {2, 0}, {0, 0}}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := orb.Clone(tt.in)
			fc := geojson.NewFeatureCollection()
			fc.Append(&geojson.Feature{Type: "Feature", Geometry: in, Properties: geojson.Properties{}})
			got := normalize(fc).Features[0].Geometry
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("normalize(%v) = %v, want %v", tt.in, got, tt.want)
			}
			if !reflect.DeepEqual(in, tt.in) {
				t.Errorf("normalize changed its input to %v", in)
			}
		})
	}
}

func TestNormalizeDropsCRS(t *testing.T) {
	fc := geojson.NewFeatureCollection()
	fc.ExtraMembers = geojson.Properties{"crs": map[string]any{"type": "name"}, "title": "x"}
	fc.Append(&geojson.Feature{Type: "Feature", Geometry: orb.Point{1, 2}, ExtraMembers: geojson.Properties{"crs": 1}})
	got := normalize(fc)
	if _, ok := got.ExtraMembers["crs"]; ok {
		t.Errorf("collection still has crs: %v", got.ExtraMembers)
	}
	if got.ExtraMembers["title"] != "x" {
		t.Errorf("collection lost its other members: %v", got.ExtraMembers)
	}
	if _, ok := got.Features[0].ExtraMembers["crs"]; ok {
		t.Errorf("feature still has crs: %v", got.Features[0].ExtraMembers)
	}
	if _, ok := fc.ExtraMembers["crs"]; !ok {
		t.Errorf("normalize removed crs from its input")
	}
	if n := len(normalize(nil).Features); n != 0 {
		t.Errorf("normalize(nil) has %d features, want 0", n)
	}
}

func TestAcceptsGzip(t *testing.T) {
	tests := []struct {
		header string
		want   bool
	}{
		{"", false},
		{"gzip", true},
		{"gzip, deflate, br", true},
		{"br;q=1.0, gzip;q=0.8", true},
		{"gzip;q=0", false},
		{"gzip; q=0.000", false},
		{"gzip;q=0.001", true},
		{"*", true},
		{"identity", false},
		{"deflate, br", false},
	}
	for _, tt := range tests {
		if got := acceptsGzip(tt.header); got != tt.want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

func TestEtagMatches(t *testing.T) {
	const tag = `W/"abc"`
	tests := []struct {
		header string
		want   bool
	}{
		{"", false},
		{`W/"abc"`, true},
		{`"abc"`, true},
		{`"x", W/"abc"`, true},
		{`"abcd"`, false},
		{"*", true},
	}
	for _, tt := range tests {
		if got := etagMatches(tt.header, tag); got != tt.want {
			t.Errorf("etagMatches(%q, %q) = %v, want %v", tt.header, tag, got, tt.want)
		}
	}
}
