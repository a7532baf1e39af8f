package server_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gofiber/fiber/v2"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/locus-gis/locus/server"
)

// Special texts that make fixtureEngine misbehave on purpose.
const (
	textPanic      = "please panic now"
	textInputError = "please blame the input"
	textFail       = "please fail with a secret"
	textSlow       = "please be slow"
)

// errFixtureInput is an engine error that blames the input, as
// geo/locate's ErrInput-like sentinels do.
type errFixtureInput string

func (e errFixtureInput) Error() string    { return string(e) }
func (e errFixtureInput) InputError() bool { return true }

// fixturePlace is a gazetteer entry of fixtureEngine.
type fixturePlace struct {
	name    string
	id      int
	country string
	code    string
	pop     int
	pt      orb.Point
}

var fixturePlaces = []fixturePlace{
	{"Tessalit", 2450173, "ML", "PPLA2", 6000, orb.Point{1.01186, 20.20126}},
	{"Ténenkou", 2450188, "ML", "PPLA2", 11000, orb.Point{-4.9169, 14.4572}},
	{"Kidal", 2455290, "ML", "PPLA", 25617, orb.Point{1.4078, 18.44111}},
	{"Tessaoua", 2439376, "NE", "PPLA2", 35775, orb.Point{7.9767, 13.7574}},
}

// fixtureEngine is a test Engine: it returns the hand-written
// FeatureCollections in testdata/ for the fixture documents and, for any
// other text, a place feature for every fixturePlaces name it contains,
// with byte offsets. It records the search queries it receives.
type fixtureEngine struct {
	byText  map[string][]byte // text -> GeoJSON bytes
	basemap []byte
	release chan struct{} // textSlow waits for it
	started chan struct{} // textSlow signals here once running

	mu      sync.Mutex
	queries []string
}

// fixtureDocs returns the fixture documents, read from testdata/.
func fixtureDocs(t testing.TB) []server.Document {
	t.Helper()
	return []server.Document{
		{ID: "talahandak", Title: "Battle of Talahandak (2020)", Text: readFile(t, "talahandak.txt")},
		{ID: "utf8", Title: "Ténenkou and Tessalit", Text: readFile(t, "utf8.txt")},
	}
}

func readFile(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func newFixtureEngine(t testing.TB) *fixtureEngine {
	t.Helper()
	return &fixtureEngine{
		byText: map[string][]byte{
			readFile(t, "talahandak.txt"): []byte(readFile(t, "talahandak.geojson")),
			readFile(t, "utf8.txt"):       []byte(readFile(t, "utf8.geojson")),
			// Not served: the page maps it when pasted (browser tests).
			readFile(t, "unmeasured.txt"):       []byte(readFile(t, "unmeasured.geojson")),
			readFile(t, "unmeasured-holds.txt"): []byte(readFile(t, "unmeasured-holds.geojson")),
			readFile(t, "between.txt"):          []byte(readFile(t, "between.geojson")),
			readFile(t, "crossing.txt"):         []byte(readFile(t, "crossing.geojson")),
		},
		basemap: []byte(readFile(t, "basemap.geojson")),
		release: make(chan struct{}),
		started: make(chan struct{}, 1),
	}
}

func (e *fixtureEngine) Resolve(ctx context.Context, text string) (*geojson.FeatureCollection, error) {
	if b, ok := e.byText[text]; ok {
		return geojson.UnmarshalFeatureCollection(b)
	}
	switch strings.TrimSpace(text) {
	case textPanic:
		panic("fixture engine: deliberate panic with a secret")
	case textInputError:
		return nil, fmt.Errorf("fixture: %w", errFixtureInput("fixture: the text has no sentences"))
	case textFail:
		return nil, errors.New("fixture: database password is hunter2")
	case textSlow:
		e.started <- struct{}{}
		select {
		case <-e.release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	fc := geojson.NewFeatureCollection()
	n := 0
	for _, p := range fixturePlaces {
		var mentions []any
		for at := 0; ; {
			i := strings.Index(text[at:], p.name)
			if i < 0 {
				break
			}
			start := at + i
			end := start + len(p.name)
			mentions = append(mentions, map[string]any{"start": start, "end": end, "text": p.name})
			at = end
		}
		if mentions == nil {
			continue
		}
		n++
		f := geojson.NewFeature(p.pt)
		f.ID = fmt.Sprintf("p%d", n)
		f.Properties = geojson.Properties{
			"kind": "place", "name": p.name, "source": "gazetteer", "gazetteer_id": p.id,
			"feature": "town", "country": p.country, "mentions": mentions, "status": "located",
		}
		fc.Append(f)
	}
	return fc, nil
}

func (e *fixtureEngine) Search(ctx context.Context, q string, limit int) (*geojson.FeatureCollection, error) {
	e.mu.Lock()
	e.queries = append(e.queries, q)
	e.mu.Unlock()
	fc := geojson.NewFeatureCollection()
	for _, p := range fixturePlaces {
		if len(fc.Features) == limit {
			break
		}
		if !strings.Contains(strings.ToLower(p.name), strings.ToLower(q)) {
			continue
		}
		f := geojson.NewFeature(p.pt)
		f.ID = fmt.Sprintf("geonames:%d", p.id)
		f.Properties = geojson.Properties{
			"name": p.name, "gazetteer_id": p.id, "country": p.country,
			"feature_code": p.code, "population": p.pop,
		}
		fc.Append(f)
	}
	return fc, nil
}

func (e *fixtureEngine) Basemap(ctx context.Context) (*geojson.FeatureCollection, error) {
	return geojson.UnmarshalFeatureCollection(e.basemap)
}

// lastQuery returns the last query Search received.
func (e *fixtureEngine) lastQuery() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.queries) == 0 {
		return ""
	}
	return e.queries[len(e.queries)-1]
}

// newFixtureApp builds an app over a fresh fixtureEngine and the fixture documents.
func newFixtureApp(t testing.TB, cfg server.Config) (*fiber.App, *fixtureEngine) {
	t.Helper()
	eng := newFixtureEngine(t)
	app, err := server.New(cfg, eng, fixtureDocs(t))
	if err != nil {
		t.Fatalf("server.New: %v", err)
	}
	return app, eng
}
