package server_test

import (
	"net/http"
	"testing"

	"github.com/locus-gis/locus/internal/rfc7946"
	"github.com/locus-gis/locus/server"
)

// TestServedGeoJSONFollowsRFC7946 checks every GeoJSON the fixture app
// serves. The fixture basemap has a clockwise ring, 7-decimal coordinates
// and a crs member, so this also shows that the server repairs them.
func TestServedGeoJSONFollowsRFC7946(t *testing.T) {
	if got := rfc7946.Check([]byte(readFile(t, "basemap.geojson"))); len(got) < 3 {
		t.Fatalf("the raw fixture basemap has problems %q, want at least crs, winding and decimals", got)
	}
	app, _ := newFixtureApp(t, server.Config{})
	for _, target := range []string{"/features.geojson", "/features.geojson?doc=talahandak", "/features.geojson?doc=utf8", "/api/basemap", "/api/places?q=te",
		"/collections/places/items", "/collections/areas/items", "/collections/borders/items", "/collections/regions/items",
		"/collections/constraints/items?limit=2", "/collections/regions/items/talahandak~r-p1", "/collections/areas/items/talahandak~p3"} {
		r := get(t, app, target)
		if r.status != http.StatusOK {
			t.Fatalf("GET %s = %d", target, r.status)
		}
		for _, p := range rfc7946.Check(r.body) {
			t.Errorf("GET %s: %s", target, p)
		}
	}
	for _, text := range []string{"From Kidal to Tessalit.", readFile(t, "unmeasured.txt"), readFile(t, "unmeasured-holds.txt")} {
		r := post(t, app, "/api/resolve", "text/plain", []byte(text))
		for _, p := range rfc7946.Check(r.body) {
			t.Errorf("POST /api/resolve %.20q: %s", text, p)
		}
	}
}
