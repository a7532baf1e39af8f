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
)

// probeCase is one case of a probe set under testdata/probe-*: a text in
// NAME.txt and its truth, in the format of the shared scorer's truth.json
// with the anchor's country added.
type probeCase struct {
	ID     string `json:"id"`
	Target struct {
		Name string  `json:"name"`
		Lat  float64 `json:"lat"`
		Lon  float64 `json:"lon"`
		Real string  `json:"real"`
	} `json:"target"`
	Constraints []struct {
		Anchor  string  `json:"anchor"`
		Km      float64 `json:"km"`
		Dir     float64 `json:"dir"`
		Country string  `json:"country"`
	} `json:"constraints"`
	// Guard marks a case that reads right today and must keep reading
	// right: the place found as named, its anchor the namesake in the
	// stated country, the distance within 15% of the stated one.
	Guard bool `json:"guard"`
}

// probeOutcome is what one probe case read to.
type probeOutcome struct {
	found, anchorRight, within bool
	errKm, anchorKm            float64
	why                        string
}

// readProbe resolves one probe case and measures it as a user would.
func readProbe(t *testing.T, dir string, c probeCase) probeOutcome {
	t.Helper()
	doc := readFile(t, filepath.Join(dir, c.ID+".txt"))
	res := analyse(t, doc)
	var o probeOutcome
	var p, a *Place
	for _, q := range res.Places {
		if p == nil && strings.EqualFold(q.Name, c.Target.Name) {
			p = q
		}
		if a == nil && len(c.Constraints) > 0 && strings.EqualFold(q.Name, c.Constraints[0].Anchor) {
			a = q
		}
	}
	var names []string
	for _, q := range res.Places {
		names = append(names, fmt.Sprintf("%s(%s)", q.Name, q.Source))
	}
	if p == nil || !p.HasPoint {
		o.why = fmt.Sprintf("%s not found among %s", c.Target.Name, strings.Join(names, ", "))
		return o
	}
	o.found = true
	o.errKm = geo.Distance(p.Point, orb.Point{c.Target.Lon, c.Target.Lat}) / 1000
	if len(c.Constraints) == 0 {
		o.anchorRight, o.within = true, true
		return o
	}
	k := c.Constraints[0]
	if a == nil || !a.HasPoint {
		o.why = fmt.Sprintf("anchor %s not mapped among %s", k.Anchor, strings.Join(names, ", "))
		return o
	}
	o.anchorRight = a.Source == SourceGazetteer && a.Country == k.Country
	o.anchorKm = geo.Distance(a.Point, p.Point) / 1000
	o.within = math.Abs(o.anchorKm-k.Km) <= 0.15*k.Km
	if !o.anchorRight {
		o.why = fmt.Sprintf("anchor %s is %s in %q, want %s", k.Anchor, a.Source, a.Country, k.Country)
	} else if !o.within {
		o.why = fmt.Sprintf("%.1f km from %s, stated %.0f km", o.anchorKm, k.Anchor, k.Km)
	}
	return o
}

// TestProbeFrench reads the French probe set (testdata/probe-fr: first
// sentences of encyclopedia articles about real places in the style of
// the shared real-dev set, the subject renamed to a name no place bears,
// the anchors real; the truth is the real subject's gazetteer point) against
// the real gazetteer. It logs the set's figures (found, median error
// against the truth, read right: anchor in the stated country and within
// 15% of the stated distance) and fails when a case marked guard stops
// reading right. truth.json is in the shared scorer's format, so
// `node score.js .../testdata/probe-fr 'locus resolve {}'` scores the set too.
func TestProbeFrench(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	dir := filepath.Join("testdata", "probe-fr")
	raw, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []probeCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	var found, right int
	var errs []float64
	for _, c := range cases {
		o := readProbe(t, dir, c)
		ok := o.found && o.anchorRight && o.within
		if o.found {
			found++
			errs = append(errs, o.errKm)
		}
		if ok {
			right++
		}
		switch {
		case c.Guard && !ok:
			t.Errorf("%s (%s): %s", c.ID, c.Target.Name, o.why)
		case !ok:
			t.Logf("%s (%s): %s", c.ID, c.Target.Name, o.why)
		case o.errKm > 15:
			t.Logf("%s (%s): %.1f km from the truth", c.ID, c.Target.Name, o.errKm)
		}
	}
	slices.Sort(errs)
	med := math.NaN()
	if len(errs) > 0 {
		med = errs[(len(errs)-1)/2]
	}
	t.Logf("probe-fr: %d cases, found %d (%.0f%%), median error %.1f km, read right (anchor namesake, within 15%%) %d (%.0f%%)",
		len(cases), found, 100*float64(found)/float64(len(cases)), med, right, 100*float64(right)/float64(len(cases)))
}
