package locate

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
)

// probeCase is one case of a probe set under testdata/probe-*: a text in
// ID.txt and its truth in truth.json, in the format of the shared scorer
// (../shared/eval) with each anchor's country added.
type probeCase struct {
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
	// Mapped are the gazetteer places a news text lists besides the
	// anchors, each of which must be mapped from the gazetteer;
	// NotPlaces the names that are no place (agencies, peoples), none
	// of which may be a place.
	Mapped    []string `json:"mapped"`
	NotPlaces []string `json:"notPlaces"`
	// Unplaced marks a place the text only puts in its containers ("a
	// village in Y Rural District, in the Central District of Z County,
	// W Province, Iran"): they do not bound it, so it must be reported
	// without a position, or placed within 25 km of the truth.
	Unplaced bool `json:"unplaced"`
}

// probeLeft are the probe cases that do not read right yet, with why; the
// test checks that each of them still fails one of its checks, so that a
// case that comes right is moved out of this list.
var probeLeft = map[string]string{
	"pfr-353": "solver: two anchors 40 and 6 km away; the compromise lies 5.0 km from Loches (truth 5.9 km, 1.7 km off)",
	// stub templates (p301-p350) not read right yet
	"p303": "template rounding: the stub writes 2 km from Orły for the truth's 2.4 km, which is itself outside 15% of 2 km; locus puts it 2.5 km away",
	"p328": "solver: '3 km from Tadepalle' with no direction beside 24 km north-east of Guntur; placed 3.8 km from Tadepalle (truth 3.4 km)",
}

// TestProbes reads the probe sets against the real gazetteer: testdata/
// probe-en (first sentences of English encyclopedia articles on villages,
// towns, oases, mines and sites in some seventy countries) and testdata/
// probe-fr (the same in French, from francophone Africa, France and
// elsewhere, and short French news texts), the located place renamed to a name no place bears, the
// anchors real, the truth the real place's gazetteer point. Each case
// must read right: the located place named as written and derived, every
// anchor of a stated distance taken from the namesake in the stated
// country, the place within 15% of each stated distance from it, every
// place a news text lists mapped and no name that is no place mapped. The
// test logs each set's found share and median error against the truth;
// `node score.js DIR 'locus resolve {}'` from ../shared/eval scores them
// too.
func TestProbes(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, set := range []string{"probe-en", "probe-fr"} {
		dir := filepath.Join("testdata", set)
		raw, err := os.ReadFile(filepath.Join(dir, "truth.json"))
		if err != nil {
			t.Fatal(err)
		}
		var cases []probeCase
		if err := json.Unmarshal(raw, &cases); err != nil {
			t.Fatalf("%s: %v", set, err)
		}
		if len(cases) < 60 {
			t.Fatalf("%s has %d cases, want at least 60", set, len(cases))
		}
		var errs []float64
		for _, c := range cases {
			t.Run(set+"/"+c.ID, func(t *testing.T) {
				doc := readFile(t, filepath.Join(dir, c.ID+".txt"))
				p, problems := probeRead(t, doc, c)
				if p != nil {
					errs = append(errs, geo.Distance(p.Point, orb.Point{c.Target.Lon, c.Target.Lat})/1000)
				}
				checkLeft(t, "probeLeft", probeLeft, c.ID, strings.TrimSpace(doc)+": ", problems)
			})
		}
		slices.Sort(errs)
		med := math.NaN()
		if len(errs) > 0 {
			med = errs[(len(errs)-1)/2]
		}
		t.Logf("%s: %d cases, found %d, median error %.1f km", set, len(cases), len(errs), med)
	}
}

// probeRead resolves one probe case and returns its located place (nil
// when it is not placed as a derived place) and what is wrong with the
// reading.
func probeRead(t *testing.T, doc string, c probeCase) (*Place, []string) {
	res := analyse(t, doc)
	var out []string
	var p *Place
	for _, q := range res.Places {
		if q.Name == c.Target.Name {
			p = q
			break
		}
	}
	if c.Unplaced {
		switch {
		case p == nil:
			return nil, []string{c.Target.Name + " is not reported"}
		case p.HasPoint && geo.Distance(p.Point, orb.Point{c.Target.Lon, c.Target.Lat}) > 25e3:
			return nil, []string{fmt.Sprintf("%s is only contained, yet placed %.0f km from the truth", c.Target.Name, geo.Distance(p.Point, orb.Point{c.Target.Lon, c.Target.Lat})/1000)}
		}
		return nil, nil
	}
	if p == nil || !p.HasPoint || p.Source != SourceDerived {
		return nil, []string{c.Target.Name + " is not placed as a derived place"}
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
	for _, n := range c.Mapped {
		var m *Place
		for _, q := range res.Places {
			if q.Name == n {
				m = q
				break
			}
		}
		if m == nil || m.Source != SourceGazetteer || !m.HasPoint {
			out = append(out, "listed "+n+" is not mapped from the gazetteer")
		}
	}
	for _, q := range res.Places {
		if slices.Contains(c.NotPlaces, q.Name) {
			out = append(out, fmt.Sprintf("%q is no place but is one (%s)", q.Name, q.Source))
		}
	}
	return p, out
}
