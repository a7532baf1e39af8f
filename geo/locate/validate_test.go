package locate

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/internal/rfc7946"
)

// sampleOutputs resolves every testdata/sample/*.txt document (short
// documents naming places worldwide: Russia and Fiji across the
// antimeridian, Canada's islands, a 0 km relation, French text, unmeasured
// and contradicted constraints) and returns each FeatureCollection as
// `locus resolve` prints it, by file name.
func sampleOutputs(t *testing.T) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "sample", "*.txt"))
	if err != nil || len(paths) < 50 {
		t.Fatalf("testdata/sample has %d documents (%v), want at least 50", len(paths), err)
	}
	r := New(openTestDB(t), Options{})
	out := map[string][]byte{}
	for _, p := range paths {
		res, err := r.Analyse(context.Background(), readFile(t, p))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(res.FeatureCollection()); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out[filepath.Base(p)] = buf.Bytes()
	}
	return out
}

// TestSampleOutputsFollowRFC7946 checks every output on the sample
// documents with the RFC 7946 rules (winding, 6 decimals, no crs, lines of
// 2+ positions, ...) and the contract's verdicts, then with the npm
// validator @placemarkio/check-geojson when node is installed (required
// under CI=true; see tools/geojsoncheck).
func TestSampleOutputsFollowRFC7946(t *testing.T) {
	outs := sampleOutputs(t)
	dir := t.TempDir()
	var files []string
	verdicts := map[Verdict]int{}
	for name, raw := range outs {
		for _, p := range rfc7946.Check(raw) {
			t.Errorf("%s: %s", name, p)
		}
		fc, err := geojson.UnmarshalFeatureCollection(raw)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, f := range fc.Features {
			if KindOf(f) != KindConstraint {
				continue
			}
			v := VerdictOf(f)
			verdicts[v]++
			sat, hasSat := f.Properties[KeySatisfied]
			switch v {
			case VerdictHolds, VerdictContradicted:
				if sat != (v == VerdictHolds) || f.Geometry == nil {
					t.Errorf("%s %v: status %q with satisfied %v and geometry %v", name, f.ID, v, sat, f.Geometry)
				}
			case VerdictNotMeasured:
				if !hasSat || sat != nil || f.Properties[KeyMeasured] != nil || f.Geometry != nil {
					t.Errorf("%s %v: not measured, yet satisfied %v, measured %v, geometry %v", name, f.ID, sat, f.Properties[KeyMeasured], f.Geometry)
				}
			default:
				t.Errorf("%s %v: status %q is not a verdict", name, f.ID, v)
			}
		}
		raw, err = json.Marshal(withoutOutlines(fc))
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, strings.TrimSuffix(name, ".txt")+".geojson")
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	// The sample must exercise every verdict, or this test proves less
	// than it says.
	for _, v := range []Verdict{VerdictHolds, VerdictContradicted, VerdictNotMeasured} {
		if verdicts[v] == 0 {
			t.Errorf("no constraint in the sample is %q", v)
		}
	}
	runCheckGeoJSON(t, files)
}

// TestCountryOutlinesFollowRFC7946 checks the outline of every country in
// the gazetteer as a place feature draws it: after the antimeridian cut,
// the 0.02° simplification and rounding, every ring must still be a ring
// wound by the right-hand rule.
func TestCountryOutlinesFollowRFC7946(t *testing.T) {
	db := openTestDB(t)
	r := New(db, Options{})
	cs, err := db.Countries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 200 {
		t.Fatalf("%d countries, want about 250", len(cs))
	}
	fc := geojson.NewFeatureCollection()
	for i := range cs {
		o := r.outline(&cs[i])
		p := &Place{ID: cs[i].Code, Name: cs[i].Name, Feature: "country", Source: SourceGazetteer, Status: StatusLocated,
			Geometry: o.shape, Point: o.point, HasPoint: true}
		fc.Append(placeFeature("", p))
	}
	raw, err := json.Marshal(fc)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rfc7946.Check(raw) {
		t.Error(p)
	}
	path := filepath.Join(t.TempDir(), "countries.geojson")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	runCheckGeoJSON(t, []string{path})
}

// withoutOutlines returns fc with each country place drawn at its label
// point: the npm validator takes seconds over a large outline, and
// TestCountryOutlinesFollowRFC7946 gives it every outline once.
func withoutOutlines(fc *geojson.FeatureCollection) *geojson.FeatureCollection {
	for _, f := range fc.Features {
		if KindOf(f) != KindPlace || f.Properties["feature"] != "country" {
			continue
		}
		switch lp := f.Properties["label_point"].(type) {
		case orb.Point:
			f.Geometry = lp
		case []any:
			if len(lp) == 2 {
				x, _ := lp[0].(float64)
				y, _ := lp[1].(float64)
				f.Geometry = orb.Point{x, y}
			}
		}
	}
	return fc
}

// runCheckGeoJSON runs tools/geojsoncheck/check.mjs (the npm validator
// @placemarkio/check-geojson) over files. Without node or the installed
// package it skips, or fails under CI=true, where .ci/run installs both.
func runCheckGeoJSON(t *testing.T, files []string) {
	t.Helper()
	tool := filepath.Join("..", "..", "tools", "geojsoncheck")
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(tool, "node_modules", "@placemarkio", "check-geojson", "package.json"))
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the npm GeoJSON validator cannot run under CI: %v (.ci/run installs node and runs npm ci in tools/geojsoncheck)", err)
		}
		t.Skipf("npm GeoJSON validator not run: %v (install node, then npm ci in tools/geojsoncheck)", err)
	}
	cmd := exec.Command(node, append([]string{filepath.Join(tool, "check.mjs")}, files...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Errorf("@placemarkio/check-geojson: %v\n%s%s", err, stdout.String(), stderr.String())
	}
}

// TestGeneratedOutputsFollowRFC7946 resolves documents generated from the
// gazetteer's most populous places in every 15° box of the world (about
// 150 documents, English and French, near the poles and the antimeridian,
// with 0 km relations and containment) and checks every output as
// TestSampleOutputsFollowRFC7946 does.
func TestGeneratedOutputsFollowRFC7946(t *testing.T) {
	if testing.Short() {
		t.Skip("generated GeoJSON check skipped in -short mode")
	}
	db := openTestDB(t)
	ctx := context.Background()
	r := New(db, Options{})
	dir := t.TempDir()
	var files []string
	n := 0
	for lat := -60.0; lat < 80; lat += 15 {
		for lon := -180.0; lon < 180; lon += 15 {
			ps, err := db.Within(ctx, orb.Bound{Min: orb.Point{lon, lat}, Max: orb.Point{lon + 15, lat + 15}}, 2)
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) < 2 {
				continue
			}
			a, b := ps[0], ps[1]
			country := a.Country
			if c, err := db.Country(ctx, a.Country); err == nil {
				country = c.Name
			}
			d := math.Round(geo.Distance(a.Point, b.Point) / 1000)
			var doc string
			switch n % 4 {
			case 0:
				doc = fmt.Sprintf("The camp of Tarvek lies 30 km north-east of %s, and %s is about %.0f km from %s.", a.Name, a.Name, d, b.Name)
			case 1:
				doc = fmt.Sprintf("%s is in %s. The outpost of Merlo is 12 km south of %s, near %s.", a.Name, country, a.Name, b.Name)
			case 2:
				doc = fmt.Sprintf("Le hameau de Vasco se trouve à 25 km à l'ouest de %s, à %.0f km de %s.", a.Name, d, b.Name)
			case 3:
				doc = fmt.Sprintf("The well of Ouzli is 0 km from %s. %s lies %.0f km from %s, in %s.", a.Name, b.Name, d, a.Name, country)
			}
			n++
			res, err := r.Analyse(ctx, doc)
			if err != nil {
				t.Fatalf("%q: %v", doc, err)
			}
			raw, err := json.Marshal(res.FeatureCollection())
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range rfc7946.Check(raw) {
				t.Errorf("%q: %s", doc, p)
			}
			if raw, err = json.Marshal(withoutOutlines(res.FeatureCollection())); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, fmt.Sprintf("gen%03d.geojson", n))
			if err := os.WriteFile(path, raw, 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, path)
		}
	}
	if n < 140 {
		t.Fatalf("generated %d documents, want at least 140", n)
	}
	runCheckGeoJSON(t, files)
}
