package server_test

import (
	"context"
	"fmt"
	"io"
	"net/http/httptest"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/locus-gis/locus/server"
)

// tessalitEngine knows one place, Tessalit, and finds its first mention.
type tessalitEngine struct{}

func (tessalitEngine) Resolve(_ context.Context, text string) (*geojson.FeatureCollection, error) {
	fc := geojson.NewFeatureCollection()
	if i := strings.Index(text, "Tessalit"); i >= 0 {
		f := geojson.NewFeature(orb.Point{1.01186, 20.20126})
		f.ID = "p1"
		f.Properties = geojson.Properties{"kind": "place", "name": "Tessalit", "source": "gazetteer",
			"mentions": []any{map[string]any{"start": i, "end": i + 8, "text": "Tessalit"}}}
		fc.Append(f)
	}
	return fc, nil
}

func (tessalitEngine) Search(context.Context, string, int) (*geojson.FeatureCollection, error) {
	return geojson.NewFeatureCollection(), nil
}

func (tessalitEngine) Basemap(context.Context) (*geojson.FeatureCollection, error) {
	return geojson.NewFeatureCollection(), nil
}

func ExampleNew() {
	docs := []server.Document{{ID: "north", Title: "Northern Mali", Text: "The village of Tessalit lies in the north."}}
	app, err := server.New(server.Config{}, tessalitEngine{}, docs)
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := app.Test(httptest.NewRequest("GET", "/features.geojson?doc=north", nil))
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := io.ReadAll(res.Body)
	fmt.Println(res.StatusCode, res.Header.Get("Content-Type"))
	fmt.Println(string(body))
	// Output:
	// 200 application/geo+json
	// {"features":[{"id":"p1","type":"Feature","geometry":{"type":"Point","coordinates":[1.01186,20.20126]},"properties":{"kind":"place","mentions":[{"end":23,"start":15,"text":"Tessalit"}],"name":"Tessalit","source":"gazetteer"}}],"type":"FeatureCollection"}
}
