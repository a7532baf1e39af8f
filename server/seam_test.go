package server_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/gofiber/fiber/v2"

	"github.com/locus-gis/locus/server"
)

// featuresState is what /features.geojson says about the current set of
// documents, read every way a client may ask for it.
type featuresState struct {
	etag string
	body []byte
}

// checkFeaturesSet reads /features.geojson plainly (the prepared fast
// path), with an Origin (the CORS route), gzipped and with HEAD, checks
// that all agree, that the features belong to exactly the documents of
// /api/documents, and that the OGC collections together hold as many
// features; it returns the ETag and body.
func checkFeaturesSet(t *testing.T, app *fiber.App, when string) featuresState {
	t.Helper()
	plain := get(t, app, "/features.geojson")
	if plain.status != 200 {
		t.Fatalf("%s: GET /features.geojson = %d", when, plain.status)
	}
	st := featuresState{plain.header.Get("ETag"), plain.body}
	cors := get(t, app, "/features.geojson", "Origin", "http://elsewhere.example")
	if cors.header.Get("ETag") != st.etag || !bytes.Equal(cors.body, st.body) || cors.header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("%s: with an Origin, ETag %q (want %q), same body %v, CORS %q", when, cors.header.Get("ETag"), st.etag, bytes.Equal(cors.body, st.body), cors.header.Get("Access-Control-Allow-Origin"))
	}
	gz := get(t, app, "/features.geojson", "Accept-Encoding", "gzip")
	if gz.header.Get("Content-Encoding") != "gzip" || gz.header.Get("ETag") != st.etag {
		t.Errorf("%s: gzip response: Content-Encoding %q, ETag %q, want gzip and %q", when, gz.header.Get("Content-Encoding"), gz.header.Get("ETag"), st.etag)
	} else if zr, err := gzip.NewReader(bytes.NewReader(gz.body)); err != nil {
		t.Errorf("%s: gzip body: %v", when, err)
	} else if b, err := io.ReadAll(zr); err != nil || !bytes.Equal(b, st.body) {
		t.Errorf("%s: the gzip body is not the plain body (%v)", when, err)
	}
	head := do(t, app, httptest.NewRequest(http.MethodHead, "/features.geojson", nil))
	if head.status != 200 || head.header.Get("ETag") != st.etag || len(head.body) != 0 {
		t.Errorf("%s: HEAD = %d, ETag %q, %d body bytes; want 200, %q, none", when, head.status, head.header.Get("ETag"), len(head.body), st.etag)
	}
	for _, h := range [][]string{nil, {"Origin", "http://elsewhere.example"}} {
		r := get(t, app, "/features.geojson", append([]string{"If-None-Match", st.etag}, h...)...)
		if r.status != http.StatusNotModified {
			t.Errorf("%s: If-None-Match of the current ETag %v = %d, want 304", when, h, r.status)
		}
	}

	fc := decodeFC(t, st.body)
	inFeatures := map[string]bool{}
	for _, f := range fc.Features {
		inFeatures[f.Properties.MustString("document", "")] = true
	}
	var listed []string
	for _, d := range listDocuments(t, app) {
		listed = append(listed, d.ID)
	}
	var got []string
	for id := range inFeatures {
		got = append(got, id)
	}
	sort.Strings(got)
	sort.Strings(listed)
	if !slices.Equal(got, listed) {
		t.Errorf("%s: /features.geojson has the documents %v, /api/documents lists %v", when, got, listed)
	}
	var cols struct{ Collections []struct{ ID string } }
	getJSON(t, get(t, app, "/collections"), &cols)
	total := 0
	for _, c := range cols.Collections {
		var page ogcPage
		getJSON(t, get(t, app, "/collections/"+c.ID+"/items?limit=1"), &page)
		total += page.NumberMatched
	}
	if total != len(fc.Features) {
		t.Errorf("%s: the collections hold %d features, /features.geojson %d", when, total, len(fc.Features))
	}
	return st
}

// TestPreparedFeaturesFollowSavedSet checks the seam between the prepared
// /features.geojson (answered ahead of the middleware) and the documents
// saved and deleted through the API: every way of reading it serves the
// current set, the ETag changes with the set, an old ETag is no longer
// answered with 304, and ?doc=ID follows the saved document.
func TestPreparedFeaturesFollowSavedSet(t *testing.T) {
	app, _ := newStoreApp(t, filepath.Join(t.TempDir(), "documents.sqlite"), server.Config{})
	start := checkFeaturesSet(t, app, "at start")

	r := post(t, app, "/api/documents", "application/json", []byte(`{"title": "From Kidal", "text": "From Kidal to Tessaoua."}`))
	if r.status != http.StatusCreated {
		t.Fatalf("POST /api/documents = %d %s", r.status, r.body)
	}
	var sum savedSummary
	if err := json.Unmarshal(r.body, &sum); err != nil {
		t.Fatal(err)
	}
	saved := checkFeaturesSet(t, app, "after a save")
	if saved.etag == start.etag || bytes.Equal(saved.body, start.body) {
		t.Errorf("after a save /features.geojson has the same ETag %q (or body) as before", saved.etag)
	}
	if r := get(t, app, "/features.geojson", "If-None-Match", start.etag); r.status != 200 {
		t.Errorf("after a save, the old ETag is answered %d, want 200 with the new set", r.status)
	}
	doc := get(t, app, "/features.geojson?doc="+sum.ID)
	if doc.status != 200 || len(decodeFC(t, doc.body).Features) == 0 {
		t.Errorf("GET /features.geojson?doc=%s after the save = %d", sum.ID, doc.status)
	}

	if r := deleteReq(t, app, sum.ID); r.status != http.StatusNoContent {
		t.Fatalf("DELETE = %d %s", r.status, r.body)
	}
	gone := checkFeaturesSet(t, app, "after the delete")
	if gone.etag == saved.etag {
		t.Errorf("after a delete /features.geojson keeps the ETag %q", gone.etag)
	}
	if gone.etag != start.etag || !bytes.Equal(gone.body, start.body) {
		t.Errorf("after deleting the only saved document, /features.geojson differs from the start (ETag %q, want %q)", gone.etag, start.etag)
	}
	if r := get(t, app, "/features.geojson", "If-None-Match", saved.etag); r.status != 200 {
		t.Errorf("after a delete, the saved set's ETag is answered %d, want 200", r.status)
	}
	for _, h := range [][]string{nil, {"Origin", "http://elsewhere.example"}} {
		if r := get(t, app, "/features.geojson?doc="+sum.ID, h...); r.status != 404 || errorMessage(t, r) == "" {
			t.Errorf("GET /features.geojson?doc= a deleted document %v = %d, want 404 with a message", h, r.status)
		}
	}
}
