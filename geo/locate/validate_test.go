package locate

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb/geojson"

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
