package gazetteer

import (
	"context"
	"encoding/json"
	"math"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
)

func TestBasemap(t *testing.T) {
	fc, err := testDB.Basemap(context.Background(), 0.01)
	if err != nil {
		t.Fatalf("Basemap(0.01) error: %v", err)
	}
	if len(fc.Features) < 240 {
		t.Errorf("Basemap(0.01) has %d features, want about 247", len(fc.Features))
	}
	vertices := 0
	for _, f := range fc.Features {
		mp, ok := f.Geometry.(orb.MultiPolygon)
		if !ok {
			t.Errorf("feature %v is a %s, want MultiPolygon", f.ID, f.Geometry.GeoJSONType())
			continue
		}
		for _, poly := range mp {
			for i, r := range poly {
				vertices += len(r)
				if len(r) < 4 || r[0] != r[len(r)-1] {
					t.Errorf("%v: ring %d is not closed or has under 4 points", f.ID, i)
				}
				if want := orb.CCW; (i == 0) != (r.Orientation() == want) {
					t.Errorf("%v: ring %d runs the wrong way for RFC 7946", f.ID, i)
				}
				for j, p := range r {
					if p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90 {
						t.Errorf("%v: point %v out of range", f.ID, p)
					}
					if j > 0 && geo.CrossesAntimeridian(r[j-1], p) {
						t.Errorf("%v: edge %v-%v crosses the antimeridian", f.ID, r[j-1], p)
					}
					for _, c := range p {
						if !approx(c*1e6, math.Round(c*1e6), 1e-6) {
							t.Errorf("%v: coordinate %v has more than 6 decimals", f.ID, c)
						}
					}
				}
			}
		}
	}
	b, err := json.Marshal(fc)
	if err != nil {
		t.Fatalf("marshalling the basemap: %v", err)
	}
	t.Logf("Basemap(0.01): %d features, %d vertices, %d bytes of GeoJSON", len(fc.Features), vertices, len(b))
	if len(b) > 8<<20 {
		t.Errorf("Basemap(0.01) is %d bytes of GeoJSON, want under 8 MiB", len(b))
	}
}
