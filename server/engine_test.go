package server_test

import (
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gofiber/fiber/v2"
	"github.com/paulmach/orb/geojson"

	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/locate"
	"github.com/locus-gis/locus/internal/rfc7946"
	"github.com/locus-gis/locus/server"
)

// The tests in this file run the server over the real engine: the
// gazetteer built from data/ (cached on disk by gazetteer.OpenDefault) and
// geo/locate's Resolver, with the seed documents of ../seeds.

// The real engine is what cmd/locus serves.
var _ server.Engine = (*locate.Resolver)(nil)

// seedDocs reads every ../seeds/*.txt as a document named by its file name.
func seedDocs(t testing.TB) []server.Document {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seeds in ../seeds: %v", err)
	}
	sort.Strings(paths)
	var docs []server.Document
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		title := strings.Trim(strings.SplitN(string(b), "\n", 2)[0], "= ")
		docs = append(docs, server.Document{ID: id, Title: title, Text: string(b)})
	}
	return docs
}

// newEngineApp builds the app over the real engine and the seeds.
func newEngineApp(t testing.TB) (*fiber.App, []server.Document) {
	t.Helper()
	db, err := gazetteer.OpenDefault()
	if err != nil {
		t.Fatalf("gazetteer: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	docs := seedDocs(t)
	app, err := server.New(server.Config{}, locate.New(db, locate.Options{}), docs)
	if err != nil {
		t.Fatalf("server.New over the real engine: %v", err)
	}
	return app, docs
}

// placeByName returns the first place feature of fc named name.
func placeByName(fc *geojson.FeatureCollection, name string) *geojson.Feature {
	for _, f := range fc.Features {
		if f.Properties.MustString("kind", "") == "place" && f.Properties.MustString("name", "") == name {
			return f
		}
	}
	return nil
}

func TestEngineGeoJSONFollowsRFC7946(t *testing.T) {
	app, docs := newEngineApp(t)
	targets := []string{"/features.geojson", "/api/basemap", "/api/places?q=Tessalit", "/api/places?q=ten&limit=100"}
	for _, d := range docs {
		targets = append(targets, "/features.geojson?doc="+url.QueryEscape(d.ID))
	}
	for _, target := range targets {
		r := get(t, app, target)
		if r.status != 200 {
			t.Errorf("GET %s = %d %s", target, r.status, r.body)
			continue
		}
		problems := rfc7946.Check(r.body)
		for i, p := range problems {
			if i == 10 {
				t.Errorf("GET %s: ... and %d more", target, len(problems)-10)
				break
			}
			t.Errorf("GET %s: %s", target, p)
		}
	}
	evals, _ := filepath.Glob(filepath.Join("..", "..", "shared", "eval", "dev", "*.txt"))
	for _, p := range evals {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		r := post(t, app, "/api/resolve", "text/plain; charset=utf-8", b)
		if r.status != 200 {
			t.Errorf("POST /api/resolve %s = %d %s", filepath.Base(p), r.status, r.body)
			continue
		}
		for _, p2 := range rfc7946.Check(r.body) {
			t.Errorf("POST /api/resolve %s: %s", filepath.Base(p), p2)
		}
	}
}

func TestEngineSearchHostileQueries(t *testing.T) {
	app, _ := newEngineApp(t)
	for _, q := range []string{
		`Tess'; DROP TABLE places; --`,
		`x' UNION SELECT name FROM sqlite_master --`,
		`tess* OR kidal NEAR/2 "mali"`,
		`name:tessalit AND -kidal`,
		`"unbalanced ( quote`,
		`%_%`,
		`*`,
		`NEAR(a b)`,
		`^tess`,
	} {
		r := get(t, app, "/api/places?q="+url.QueryEscape(q)+"&limit=5")
		if r.status != 200 {
			t.Errorf("GET /api/places?q=%q = %d %s, want 200 and a FeatureCollection", q, r.status, r.body)
			continue
		}
		decodeFC(t, r.body)
	}
	fc := getFC(t, app, "/api/places?q=Tessalit&limit=3")
	if len(fc.Features) == 0 || fc.Features[0].Properties.MustString("name", "") != "Tessalit" {
		t.Errorf("GET /api/places?q=Tessalit = %v, want Tessalit first", featureIDs(fc))
	}
}

// TestBrowserSeed drives Chromium through the page over the real engine
// and the seed: the map, the seed's places, Talahandak's region and its
// constraint lines, the Talahandak phrase opening its popup, and a pasted
// two-sentence document mapped.
func TestBrowserSeed(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	if chromiumPath() == "" {
		newBrowser(t, "", 0, 0) // skips, saying why
	}
	app, docs := newEngineApp(t)
	seed := docs[0]
	fc := getFC(t, app, "/features.geojson?doc="+url.QueryEscape(seed.ID))

	tala := placeByName(fc, "Talahandak")
	if tala == nil || tala.Geometry == nil || tala.Properties.MustString("source", "") != "derived" {
		t.Fatalf("the engine gives Talahandak as %v, want a derived place with a geometry", tala)
	}
	for _, name := range []string{"Tessalit", "Ourdjane"} {
		if f := placeByName(fc, name); f == nil || f.Geometry == nil {
			t.Errorf("the engine does not locate %s", name)
		}
	}
	talaID := tala.ID.(string)
	var talaConstraints []string
	for _, f := range fc.Features {
		// Containment ("in Kidal Region") is listed, not drawn.
		if f.Properties.MustString("kind", "") == "constraint" && f.Properties.MustString("subject", "") == talaID &&
			f.Properties.MustString("relation", "") != "in" {
			talaConstraints = append(talaConstraints, f.ID.(string))
		}
	}
	if len(talaConstraints) < 2 {
		t.Errorf("Talahandak has constraints %v, want the distance from Tessalit and the border distance", talaConstraints)
	}

	base := startServer(t, app)
	b := newBrowser(t, base, 1280, 800)
	b.open("/#doc=" + url.QueryEscape(seed.ID))
	b.waitFor("Talahandak's region", `document.querySelector('.locus-id-r-`+talaID+`') !== null`)
	b.checkMapFurniture()
	b.checkDrawn(fc, seed.Text)
	for _, id := range talaConstraints {
		var n int
		b.eval(`document.querySelectorAll('path.locus-constraint.locus-id-`+id+`').length`, &n)
		if n != 1 {
			t.Errorf("constraint line %s of Talahandak drawn %d times, want 1", id, n)
		}
	}
	b.screenshot("locus-seed-overview.png")

	if id := b.clickPhrase("Talahandak"); id != talaID {
		t.Errorf("the Talahandak phrase selects %s, want %s", id, talaID)
	}
	b.screenshot("locus-shot.png")

	pasted := "Ténenkou is a town in the Mopti Region of Mali. Talahandak lies 80 km east of Tessalit."
	b.paste(pasted)
	pfc := decodeFC(t, post(t, app, "/api/resolve", "text/plain; charset=utf-8", []byte(pasted)).body)
	b.checkDrawn(pfc, pasted)
	var places int
	b.eval(`document.querySelectorAll('.locus-place').length`, &places)
	if places < 2 {
		t.Errorf("the pasted document shows %d places, want Tessalit and Talahandak at least", places)
	}
	b.screenshot("locus-seed-pasted.png")
	b.checkClean(nil)
}
