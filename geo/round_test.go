package geo

import (
	"testing"

	"github.com/paulmach/orb"
)

func TestRound(t *testing.T) {
	ccw := orb.Ring{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}
	cw := orb.Ring{{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}}
	holeCW := orb.Ring{{0.2, 0.2}, {0.2, 0.8}, {0.8, 0.8}, {0.8, 0.2}, {0.2, 0.2}}
	holeCCW := orb.Ring{{0.2, 0.2}, {0.8, 0.2}, {0.8, 0.8}, {0.2, 0.8}, {0.2, 0.2}}
	flat := orb.Ring{{0, 0}, {1, 0}, {2, 0}, {0, 0}}
	tests := []struct {
		name string
		in   orb.Geometry
		want orb.Geometry
	}{
		{"nil", nil, nil},
		{"point rounded", orb.Point{1.23456789, -2.0000004}, orb.Point{1.234568, -2}},
		{"line rounded", orb.LineString{{0.1234564, 0}, {1, 1}}, orb.LineString{{0.123456, 0}, {1, 1}}},
		{"0 km line becomes a point", orb.LineString{{3, 4}, {3.0000001, 4}}, orb.Point{3, 4}},
		{"cw exterior reversed", orb.Polygon{cw}, orb.Polygon{ccw}},
		{"collection rewound", orb.Collection{orb.Polygon{cw}}, orb.Collection{orb.Polygon{ccw}}},
		{"ccw hole reversed", orb.Polygon{ccw, holeCCW}, orb.Polygon{ccw, holeCW}},
		{"flat hole dropped", orb.Polygon{ccw, flat}, orb.Polygon{ccw}},
		{"flat exterior drops the polygon", orb.Polygon{flat, holeCW}, nil},
		{"flat polygon dropped from a multipolygon", orb.MultiPolygon{{flat}, {cw}}, orb.MultiPolygon{{ccw}}},
		{"short line dropped from a multilinestring", orb.MultiLineString{{{1, 1}, {1, 1}}, {{0, 0}, {1, 1}}}, orb.MultiLineString{{{0, 0}, {1, 1}}}},
		{"polygon across the antimeridian cut", orb.Polygon{{{175, -10}, {185, -10}, {185, 10}, {175, 10}, {175, -10}}},
			orb.MultiPolygon{
				{{{175, -10}, {180, -10}, {180, 10}, {175, 10}, {175, -10}}},
				{{{-180, -10}, {-175, -10}, {-175, 10}, {-180, 10}, {-180, -10}}},
			}},
		{"line across the antimeridian cut", orb.LineString{{179, 0}, {-179, 2}}, orb.MultiLineString{{{179, 0}, {180, 1}}, {{-180, 1}, {-179, 2}}}},
	}
	for _, tt := range tests {
		got := Round(orb.Clone(tt.in))
		if tt.want == nil {
			if got != nil {
				t.Errorf("%s: Round(%v) = %v, want nil", tt.name, tt.in, got)
			}
			continue
		}
		if got == nil || !orb.Equal(got, tt.want) {
			t.Errorf("%s: Round(%v) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}
