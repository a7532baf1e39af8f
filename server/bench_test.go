package server_test

import (
	"net/http/httptest"
	"testing"

	"github.com/locus-gis/locus/server"
)

// BenchmarkFeatures measures GET /features.geojson?doc=talahandak in
// process, served from the bytes New prepared.
func BenchmarkFeatures(b *testing.B) {
	app, _ := newFixtureApp(b, server.Config{})
	for b.Loop() {
		res, err := app.Test(httptest.NewRequest("GET", "/features.geojson?doc=talahandak", nil))
		if err != nil || res.StatusCode != 200 {
			b.Fatalf("GET /features.geojson = %v %v", res, err)
		}
		res.Body.Close()
	}
}
