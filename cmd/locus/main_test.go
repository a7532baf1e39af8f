package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"regexp"
	"strings"
	"testing"
)

const seed = "../../seeds/000_687ada2927eb0488.txt"

func runCmd(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

func TestResolveSeed(t *testing.T) {
	out, _, err := runCmd(t, "", "resolve", seed)
	if err != nil {
		t.Fatalf("locus resolve: %v", err)
	}
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal([]byte(out), &fc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if fc.Type != "FeatureCollection" {
		t.Errorf("type %q, want FeatureCollection", fc.Type)
	}
	kinds := map[string]int{}
	for _, f := range fc.Features {
		kinds[f.Properties["kind"].(string)]++
	}
	if kinds["place"] < 6 || kinds["region"] < 2 || kinds["constraint"] < 3 {
		t.Errorf("features by kind %v, want at least 6 places, 2 regions, 3 constraints", kinds)
	}
}

func TestCheckSeed(t *testing.T) {
	out, _, err := runCmd(t, "", "check", seed)
	if err != nil {
		t.Fatalf("locus check on the seed: %v\n%s", err, out)
	}
	for _, want := range []string{"Talahandak", "Ourdjane", "80 km east of the village of Tessalit", "Tessalit"} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "CONTRADICTED") {
		t.Errorf("check output reports a failure:\n%s", out)
	}
}

func TestCheckContradiction(t *testing.T) {
	doc := "Matinou is 50 kilometres east of Sokone. Local sources also place it only 25 kilometers from Kaffrine."
	out, _, err := runCmd(t, doc, "check", "-")
	if !errors.Is(err, errFailed) {
		t.Fatalf("locus check on a contradiction: error %v, want errFailed\n%s", err, out)
	}
	if !strings.Contains(out, "CONTRADICTED") {
		t.Errorf("check output names no failure:\n%s", out)
	}
}

// TestCheckWording checks that the table says what was measured: the
// seed's containment in Kidal Region as a distance from the region's known
// places with its allowance, an unmeasured relation as "not measured", and
// no infinite bound.
func TestCheckWording(t *testing.T) {
	out, _, err := runCmd(t, "", "check", seed)
	if err != nil {
		t.Fatalf("locus check on the seed: %v\n%s", err, out)
	}
	for _, want := range []string{
		"within 25.0 km of the region's known places, or nearest town in it",
		"55.3 km from the region's known places",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check output on the seed lacks %q:\n%s", want, out)
		}
	}
	// "80 km east of Tessalit": the allowed band and bearing as the engine
	// states them (their widths are the vagueness model's, not this
	// table's), with a finite upper bound.
	band := regexp.MustCompile(`80 km east of the village of Tessalit +\d+\.\d–\d+\.\d km, 90°±\d+° +\d+\.\d km at \d+°`)
	if !band.MatchString(out) {
		t.Errorf("check output on the seed lacks the band and bearing of \"80 km east of Tessalit\" (want %v):\n%s", band, out)
	}
	out, _, err = runCmd(t, "The camp of Zarbatou is 30 km north of Qwertyville. Gao is in Mali.", "check", "-")
	if err != nil {
		t.Fatalf("locus check: %v\n%s", err, out)
	}
	line := ""
	for _, l := range strings.Split(out, "\n") {
		if line == "" && strings.Contains(l, "30 km north of Qwertyville") {
			line = l // the row, not the note under the table
		}
	}
	if !strings.HasPrefix(line, "not measured") {
		t.Errorf("the unmeasured relation's row is %q, want it to start with \"not measured\":\n%s", line, out)
	}
	if want := `note on "30 km north of Qwertyville": not measured: Zarbatou has no position`; !strings.Contains(out, want) {
		t.Errorf("check output lacks %q, why the relation is not measured:\n%s", want, out)
	}
	for _, bad := range []string{"Inf", "NaN", "±+"} {
		if strings.Contains(out, bad) {
			t.Errorf("check output holds %q:\n%s", bad, out)
		}
	}
}

func TestPlaces(t *testing.T) {
	out, _, err := runCmd(t, "", "places", "tessalit")
	if err != nil {
		t.Fatalf("locus places: %v", err)
	}
	if !strings.Contains(out, "Tessalit") || !strings.Contains(out, "ML") {
		t.Errorf("places output lacks Tessalit, ML:\n%s", out)
	}
}

func TestBadCommandLines(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  error
	}{
		{"no command", "", nil, errUsage},
		{"unknown command", "", []string{"frobnicate"}, errUsage},
		{"resolve without file", "", []string{"resolve"}, errUsage},
		{"resolve two files", "", []string{"resolve", "a", "b"}, errUsage},
		{"places without query", "", []string{"places"}, errUsage},
		{"places bad limit", "", []string{"places", "--limit", "0", "x"}, errUsage},
		{"help", "", []string{"resolve", "--help"}, flag.ErrHelp},
		{"unknown flag", "", []string{"places", "x", "--frob"}, errUsage},
		{"version with an argument", "", []string{"version", "x"}, errUsage},
		{"serve with an argument", "", []string{"serve", "x"}, errUsage},
		{"serve missing seeds folder", "", []string{"serve", "--seeds", "/nonexistent/locus-seeds"}, errUsage},
		{"serve seeds folder is a file", "", []string{"serve", "--seeds", seed}, errUsage},
	}
	for _, tt := range tests {
		_, _, err := runCmd(t, tt.stdin, tt.args...)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.want)
		}
	}
	if _, _, err := runCmd(t, strings.Repeat("x", 200), "resolve", "--max-bytes", "100", "-"); err == nil || !strings.Contains(err.Error(), "larger than 100 bytes") {
		t.Errorf("oversized stdin: error %v, want a size error", err)
	}
	if _, _, err := runCmd(t, "", "resolve", "does-not-exist.txt"); err == nil {
		t.Errorf("missing file: no error")
	}
}

// TestCheckBetweenWording checks that "between A and B" and "midway" read
// in words: the way by the place against the direct distance, and the
// distance from the midpoint.
func TestCheckBetweenWording(t *testing.T) {
	out, _, err := runCmd(t, "Qalai Tezbin lies on the road between Kabul and Jalalabad. Dak Kala is midway between Kabul and Jalalabad.\n", "check", "-")
	if err != nil {
		t.Fatalf("locus check: %v\n%s", err, out)
	}
	for _, want := range []string{"by way of it ≤ 147.6 km (direct 118.1 km)", "km by way of it", "within 23.6 km of the midpoint", "km from the midpoint"} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
}
