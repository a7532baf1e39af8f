package locate

import (
	"encoding/json"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/internal/rfc7946"
)

// betweenCheck returns the one check of res whose relation is rel.
func betweenCheck(t *testing.T, res *Result, rel string) *Check {
	t.Helper()
	for _, c := range res.Checks {
		if c.Relation == rel {
			return c
		}
	}
	t.Fatalf("no %q check among %d", rel, len(res.Checks))
	return nil
}

// TestBetween checks that "between A and B" places a derived place inside
// the ellipse d(A,X) + d(X,B) <= 1.25 d(A,B), reports it as a measured
// check drawn A–X–B, and writes RFC 7946 GeoJSON.
func TestBetween(t *testing.T) {
	res := analyse(t, "Qalai Tezbin lies on the road between Kabul and Jalalabad.")
	p, kabul, jbad := placeNamed(t, res, "Qalai Tezbin"), placeNamed(t, res, "Kabul"), placeNamed(t, res, "Jalalabad")
	if p.Source != SourceDerived || p.Status != StatusLocated {
		t.Fatalf("Qalai Tezbin: %s %s, want derived and located", p.Source, p.Status)
	}
	ab := geo.Distance(kabul.Point, jbad.Point) / 1000
	via := (geo.Distance(kabul.Point, p.Point) + geo.Distance(p.Point, jbad.Point)) / 1000
	if via > 1.25*ab {
		t.Errorf("Kabul–Qalai Tezbin–Jalalabad = %.1f km, want at most 1.25 × %.1f km", via, ab)
	}
	c := betweenCheck(t, res, "between")
	if c.Verdict() != VerdictHolds || c.Other != jbad || c.Object != kabul {
		t.Errorf("between check: %s, object %s, other %v; want holds, Kabul, Jalalabad", c.Verdict(), c.Object.Name, c.Other)
	}
	if c.MeasuredKm < ab-0.1 || c.MeasuredKm > c.Allowed.MaxKm || c.Allowed.MinKm < ab-0.1 {
		t.Errorf("between check: measured %.1f km, allowed %.1f–%.1f km, want within and at least %.1f", c.MeasuredKm, c.Allowed.MinKm, c.Allowed.MaxKm, ab)
	}
	fc := res.FeatureCollection()
	for _, f := range fc.Features {
		if f.ID == c.ID {
			if ls, ok := f.Geometry.(orb.LineString); !ok || len(ls) != 3 {
				t.Errorf("between check geometry = %v, want a LineString Kabul, Qalai Tezbin, Jalalabad", f.Geometry)
			}
			if f.Properties["other"] != jbad.ID {
				t.Errorf("between check other = %v, want %s", f.Properties["other"], jbad.ID)
			}
		}
	}
	raw, err := json.Marshal(fc)
	if err != nil {
		t.Fatal(err)
	}
	if errs := rfc7946.Check(raw); len(errs) > 0 {
		t.Errorf("not RFC 7946: %v", errs)
	}
}

// TestMidway checks that "midway between A and B" with a distance from one
// end holds near the midpoint, and that a distance no point between them
// can have is flagged.
func TestMidway(t *testing.T) {
	res := analyse(t, "Qalai Tezbin lies midway between Kabul and Jalalabad, 60 km from Kabul.")
	c := betweenCheck(t, res, "midway")
	if c.Verdict() != VerdictHolds {
		t.Errorf("midway check: %s, off by %.1f km", c.Verdict(), c.ResidualKm)
	}
	if c.MeasuredKm > c.Allowed.MaxKm || c.Allowed.MaxKm > 0.21*geo.Distance(c.From, *c.Via)/1000 {
		t.Errorf("midway check: %.1f km from the midpoint, allowed %.1f km", c.MeasuredKm, c.Allowed.MaxKm)
	}
	res = analyse(t, "Qalai Tezbin lies between Kabul and Jalalabad, 300 km from Kabul.")
	if p := placeNamed(t, res, "Qalai Tezbin"); p.Status != StatusContradicted {
		t.Errorf("between Kabul and Jalalabad, 300 km from Kabul: %s, want contradicted", p.Status)
	}
}
