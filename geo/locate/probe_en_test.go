package locate

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
)

// probeCaseEN is one case of testdata/probe-en/truth.json, as its build.js
// writes it (the format of ../shared/eval).
type probeCaseEN struct {
	ID     string `json:"id"`
	Target struct {
		Name string  `json:"name"`
		Lat  float64 `json:"lat"`
		Lon  float64 `json:"lon"`
		Real string  `json:"real"`
	} `json:"target"`
	Constraints []struct {
		Anchor  string   `json:"anchor"`
		Country string   `json:"country"`
		Km      *float64 `json:"km"`
	} `json:"constraints"`
}

// probeLeft are the probe cases that do not read right yet, with why; the
// test checks that each of them still fails one of its checks, so that a
// case that comes right is moved out of this list.
var probeLeft = map[string]string{}

// TestProbeTexts reads the English probe (testdata/probe-en: first
// sentences of encyclopedia articles on villages, towns, oases, mines and
// sites in some seventy countries, the located place renamed) against the
// real gazetteer and checks that each reads right: the located place named
// as written and derived, every anchor of a stated distance taken from the
// namesake in the stated country, and the place within 15% of each stated
// distance from that anchor. Its truth points and the error against them
// are scored by testdata/probe-en/score.js.
func TestProbeTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	dir := filepath.Join("testdata", "probe-en")
	raw, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []probeCaseEN
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 60 {
		t.Fatalf("the probe has %d cases, want at least 60", len(cases))
	}
	for _, c := range cases {
		t.Run(c.ID, func(t *testing.T) {
			doc := readFile(t, filepath.Join(dir, c.ID+".txt"))
			problems := probeProblems(t, doc, c)
			why, left := probeLeft[c.ID]
			switch {
			case left && len(problems) == 0:
				t.Errorf("%s now reads right (listed as left: %s): take it out of probeLeft", c.ID, why)
			case !left:
				for _, p := range problems {
					t.Errorf("%s: %s", strings.TrimSpace(doc), p)
				}
			}
		})
	}
}

// probeProblems returns what is wrong with the reading of one probe case.
func probeProblems(t *testing.T, doc string, c probeCaseEN) []string {
	res := analyse(t, doc)
	var out []string
	var p *Place
	for _, q := range res.Places {
		if q.Name == c.Target.Name {
			p = q
			break
		}
	}
	if p == nil || !p.HasPoint || p.Source != SourceDerived {
		return []string{c.Target.Name + " is not placed as a derived place"}
	}
	for _, k := range c.Constraints {
		if k.Km == nil {
			continue
		}
		var a *Place
		for _, ch := range res.Checks {
			if ch.Subject == p && ch.Object != nil && gazetteer.Fold(ch.Object.Name) == gazetteer.Fold(k.Anchor) {
				a = ch.Object
				break
			}
		}
		if a == nil || !a.HasPoint {
			out = append(out, "nothing measures "+c.Target.Name+" from "+k.Anchor)
			continue
		}
		if a.Country != k.Country {
			out = append(out, k.Anchor+" is taken in "+a.Country+", want "+k.Country)
		}
		if d := geo.Distance(a.Point, p.Point) / 1000; math.Abs(d-*k.Km) > 0.15**k.Km {
			out = append(out, fmt.Sprintf("%s is %.1f km from %s, want %.1f km ± 15%%", c.Target.Name, d, k.Anchor, *k.Km))
		}
	}
	return out
}
