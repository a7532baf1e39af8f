package server

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb/geojson"
)

// TestCountFeatures counts the fixture with a constraint of every verdict:
// what holds, what is contradicted and what was not measured are told
// apart, and nothing unmeasured counts as holding.
func TestCountFeatures(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "unmeasured.geojson"))
	if err != nil {
		t.Fatal(err)
	}
	fc, err := geojson.UnmarshalFeatureCollection(b)
	if err != nil {
		t.Fatal(err)
	}
	got := countFeatures(fc)
	want := counts{Places: 8, Gazetteer: 3, Derived: 3, Unresolved: 2, Regions: 4, Constraints: 5, Holds: 3, Contradicted: 1, NotMeasured: 1}
	if got != want {
		t.Errorf("countFeatures(unmeasured.geojson) = %+v, want %+v", got, want)
	}
}

func TestCatalogTitles(t *testing.T) {
	tests := []struct {
		name string
		doc  Document
		want string
	}{
		{"given", Document{ID: "a", Title: "Battle of Talahandak (2020)", Text: "x"}, "Battle of Talahandak (2020)"},
		{"heading", Document{ID: "b", Text: "= Kidal =\n\nKidal is in Mali."}, "Kidal"},
		{"first line shortened", Document{ID: "c", Title: "Residents of Samersa, a village lying 120km to the north of Kollo, reported the convoy at dawn."}, "Residents of Samersa, a village lying 120km to the north…"},
		{"no title, no text", Document{ID: "d", Text: " "}, "d"},
	}
	for _, tt := range tests {
		cat, err := newCatalog(t.Context(), emptyEngine{}, []Document{tt.doc})
		if err != nil {
			t.Fatal(err)
		}
		if got := cat.byID[tt.doc.ID].summary.Title; got != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, got, tt.want)
		}
	}
}

// emptyEngine finds no place in any text.
type emptyEngine struct{}

func (emptyEngine) Resolve(context.Context, string) (*geojson.FeatureCollection, error) {
	return geojson.NewFeatureCollection(), nil
}

func (emptyEngine) Search(context.Context, string, int) (*geojson.FeatureCollection, error) {
	return geojson.NewFeatureCollection(), nil
}

func (emptyEngine) Basemap(context.Context) (*geojson.FeatureCollection, error) {
	return geojson.NewFeatureCollection(), nil
}
