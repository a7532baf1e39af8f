package server_test

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	_ "github.com/mattn/go-sqlite3"

	"github.com/locus-gis/locus/server"
)

// requireTool returns the path of a client program the test drives. It
// skips the test when the program is missing, except on CI (CI=true),
// where a missing client is a failure: .ci/run installs it.
func requireTool(t *testing.T, path string) string {
	t.Helper()
	p, err := exec.LookPath(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed; .ci/run installs it on CI", path)
		}
		t.Skipf("%s is not installed", path)
	}
	return p
}

// collectionCounts returns numberMatched of every collection of the live
// server at base, and their sum.
func collectionCounts(t *testing.T, base string) (map[string]int, int) {
	t.Helper()
	var cs struct{ Collections []ogcCollection }
	wireJSON(t, base+"/collections", &cs)
	out := map[string]int{}
	total := 0
	for _, c := range cs.Collections {
		var page ogcPage
		wireJSON(t, base+"/collections/"+c.ID+"/items?limit=1", &page)
		out[c.ID] = page.NumberMatched
		total += page.NumberMatched
	}
	var fc struct{ Features []json.RawMessage }
	wireJSON(t, base+"/features.geojson", &fc)
	if total != len(fc.Features) {
		t.Fatalf("the collections hold %d features, /features.geojson %d", total, len(fc.Features))
	}
	return out, total
}

func wireJSON(t *testing.T, url string, v any) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, res.Status)
	}
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

// TestGDAL reads the live service with GDAL's OGC API – Features driver,
// given the bare server URL, with pages of 2, then copies it into a
// GeoPackage.
func TestGDAL(t *testing.T) {
	ogrinfo := requireTool(t, "ogrinfo")
	ogr2ogr := requireTool(t, "ogr2ogr")
	t.Run("fixture", func(t *testing.T) {
		app, _ := newFixtureApp(t, server.Config{})
		checkGDAL(t, startServer(t, app), ogrinfo, ogr2ogr)
	})
	t.Run("seeds", func(t *testing.T) {
		app, _ := newEngineApp(t)
		checkGDAL(t, startServer(t, app), ogrinfo, ogr2ogr)
	})
}

// checkGDAL reads the service at base with ogrinfo (pages of 2) and copies
// it with ogr2ogr, and checks that both see every feature.
func checkGDAL(t *testing.T, base, ogrinfo, ogr2ogr string) {
	counts, total := collectionCounts(t, base)

	cmd := exec.Command(ogrinfo, "-ro", "-al", "-oo", "PAGE_SIZE=2", "OAPIF:"+base)
	cmd.Env = append(os.Environ(), "GDAL_HTTP_TIMEOUT=30", "CPL_DEBUG=OFF")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("ogrinfo: %v\n%s", err, out)
	}
	if strings.Contains(string(out), "ERROR") {
		t.Errorf("ogrinfo reports errors:\n%s", out)
	}
	read := map[string]int{}
	for _, m := range regexp.MustCompile(`(?m)^OGRFeature\(([^)]+)\):`).FindAllStringSubmatch(string(out), -1) {
		read[m[1]]++
	}
	if len(read) < 3 {
		t.Errorf("ogrinfo read %d layers, want at least 3", len(read))
	}
	for c, n := range counts {
		if read[c] != n {
			t.Errorf("ogrinfo read %d features of %s, numberMatched is %d", read[c], c, n)
		}
	}

	gpkg := filepath.Join(t.TempDir(), "out.gpkg")
	if out, err := exec.Command(ogr2ogr, "-f", "GPKG", gpkg, "OAPIF:"+base).CombinedOutput(); err != nil {
		t.Fatalf("ogr2ogr: %v\n%s", err, out)
	} else if strings.Contains(string(out), "ERROR") {
		t.Errorf("ogr2ogr reports errors:\n%s", out)
	}
	db, err := sql.Open("sqlite3", "file:"+gpkg+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	copied := 0
	for c, n := range counts {
		var got int
		if err := db.QueryRow(fmt.Sprintf(`SELECT count(*) FROM "%s"`, c)).Scan(&got); err != nil {
			t.Errorf("GeoPackage table %s: %v", c, err)
			continue
		}
		copied += got
		if got != n {
			t.Errorf("GeoPackage table %s has %d rows, numberMatched is %d", c, got, n)
		}
	}
	if copied != total {
		t.Errorf("the GeoPackage holds %d features, /features.geojson %d", copied, total)
	}
}

// qgisScript loads each collection named on the command line through
// QGIS's OAPIF provider and prints, as JSON, whether the layer is valid,
// how many features it yields and its WKB type.
const qgisScript = `
import json, os, sys
from qgis.core import QgsApplication, QgsVectorLayer, QgsWkbTypes
app = QgsApplication([], False)
app.initQgis()
out = {}
for name in sys.argv[2:]:
    layer = QgsVectorLayer("url='%s' typename='%s'" % (sys.argv[1], name), name, "OAPIF")
    valid = layer.isValid()
    out[name] = {
        "valid": valid,
        "features": sum(1 for _ in layer.getFeatures()) if valid else -1,
        "geometry": QgsWkbTypes.displayString(layer.wkbType()) if valid else "",
    }
print("RESULT " + json.dumps(out))
sys.stdout.flush()
# QGIS 3.22 can crash while tearing down its providers at exit; the
# result is out, so leave without the teardown.
os._exit(0)
`

// TestQGIS loads every collection of the live service in QGIS (PyQGIS,
// headless) through its OGC API – Features provider, given the bare URL.
func TestQGIS(t *testing.T) {
	python := requireTool(t, "/usr/bin/python3")
	if err := exec.Command(python, "-c", "import qgis.core").Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("python3-qgis is not installed; .ci/run installs it on CI")
		}
		t.Skip("python3-qgis is not installed")
	}
	// The user's own folders, as the environment names them, stay as they
	// were.
	outside := map[string]string{}
	for _, v := range []string{"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"} {
		outside[v] = t.TempDir()
		t.Setenv(v, outside[v])
	}
	t.Run("fixture", func(t *testing.T) {
		app, _ := newFixtureApp(t, server.Config{})
		checkQGIS(t, startServer(t, app), python)
	})
	t.Run("seeds", func(t *testing.T) {
		app, _ := newEngineApp(t)
		checkQGIS(t, startServer(t, app), python)
	})
	for v, d := range outside {
		if entries, _ := os.ReadDir(d); len(entries) > 0 {
			t.Errorf("QGIS wrote %d entries into $%s (%s), the first %s", len(entries), v, d, entries[0].Name())
		}
	}
}

// checkQGIS loads every collection of the service at base in QGIS and
// checks that each is a valid layer of its geometry type with
// numberMatched features.
func checkQGIS(t *testing.T, base, python string) {
	counts, _ := collectionCounts(t, base)
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "load.py")
	if err := os.WriteFile(script, []byte(qgisScript), 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{script, base}
	for c := range counts {
		args = append(args, c)
	}
	cmd := exec.Command(python, args...)
	// QGIS (Qt) writes its settings under XDG_CONFIG_HOME when that is
	// set, else under HOME: both point into the test's folder.
	cmd.Env = append(os.Environ(), "QT_QPA_PLATFORM=offscreen", "XDG_RUNTIME_DIR="+dir, "HOME="+dir,
		"XDG_CONFIG_HOME="+filepath.Join(dir, ".config"), "XDG_CACHE_HOME="+filepath.Join(dir, ".cache"), "XDG_DATA_HOME="+filepath.Join(dir, ".local"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("QGIS: %v\n%s", err, out)
	}
	_, result, ok := strings.Cut(string(out), "RESULT ")
	if !ok {
		t.Fatalf("QGIS printed no result:\n%s", out)
	}
	var got map[string]struct {
		Valid    bool
		Features int
		Geometry string
	}
	if err := json.Unmarshal([]byte(result), &got); err != nil {
		t.Fatalf("QGIS result %q: %v", result, err)
	}
	want := map[string]string{"places": "Point", "areas": "MultiPolygon", "borders": "MultiLineString", "regions": "MultiPolygon", "constraints": "LineString"}
	for c, n := range counts {
		g := got[c]
		if !g.Valid || g.Features != n {
			t.Errorf("QGIS layer %s: valid %v with %d features, want valid with numberMatched %d", c, g.Valid, g.Features, n)
		}
		if w, ok := want[c]; ok && g.Geometry != w {
			t.Errorf("QGIS layer %s has geometry type %s, want %s", c, g.Geometry, w)
		}
	}
}
