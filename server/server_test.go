package server_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/paulmach/orb/geojson"

	"github.com/locus-gis/locus/server"
)

// response is what a test reads back from app.Test.
type response struct {
	status int
	header http.Header
	body   []byte
}

// do runs req through app in process and reads the whole response.
func do(t testing.TB, app *fiber.App, req *http.Request) response {
	t.Helper()
	res, err := app.Test(req, 10000)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s %s: read body: %v", req.Method, req.URL, err)
	}
	return response{res.StatusCode, res.Header, b}
}

func get(t testing.TB, app *fiber.App, target string, header ...string) response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return do(t, app, req)
}

func post(t testing.TB, app *fiber.App, target, contentType string, body []byte, header ...string) response {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, target, bytes.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return do(t, app, req)
}

func gzipBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// errorMessage returns the {"error"} message of a JSON error body, failing
// the test when the body is not one.
func errorMessage(t testing.TB, r response) string {
	t.Helper()
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("error Content-Type = %q, want application/json (body %q)", ct, r.body)
	}
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal(r.body, &e); err != nil || e.Error == "" {
		t.Fatalf("error body = %q, want {\"error\": \"...\"}", r.body)
	}
	return e.Error
}

func decodeFC(t testing.TB, b []byte) *geojson.FeatureCollection {
	t.Helper()
	fc, err := geojson.UnmarshalFeatureCollection(b)
	if err != nil {
		t.Fatalf("body is not a FeatureCollection: %v: %.200q", err, b)
	}
	return fc
}

func featureIDs(fc *geojson.FeatureCollection) []string {
	var ids []string
	for _, f := range fc.Features {
		if s, ok := f.ID.(string); ok {
			ids = append(ids, s)
		}
	}
	return ids
}

func TestRoutes(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	seed := readFile(t, "talahandak.txt")
	resolveJSON, _ := json.Marshal(map[string]string{"text": "The road from Kidal to Tessalit."})

	tests := []struct {
		name     string
		req      *http.Request
		wantCode int
		wantType string
		check    func(t *testing.T, r response)
	}{
		{
			name: "page", req: httptest.NewRequest("GET", "/", nil), wantCode: 200, wantType: "text/html; charset=utf-8",
			check: func(t *testing.T, r response) {
				if !bytes.Contains(r.body, []byte(`<div id="map"`)) {
					t.Errorf("GET / has no map element")
				}
			},
		},
		{name: "index.html", req: httptest.NewRequest("GET", "/index.html", nil), wantCode: 200, wantType: "text/html; charset=utf-8"},
		{name: "script", req: httptest.NewRequest("GET", "/app.js", nil), wantCode: 200, wantType: "text/javascript; charset=utf-8"},
		{name: "style", req: httptest.NewRequest("GET", "/app.css", nil), wantCode: 200, wantType: "text/css; charset=utf-8"},
		{name: "leaflet", req: httptest.NewRequest("GET", "/vendor/leaflet/leaflet.js", nil), wantCode: 200, wantType: "text/javascript; charset=utf-8"},
		{name: "leaflet css", req: httptest.NewRequest("GET", "/vendor/leaflet/leaflet.css", nil), wantCode: 200, wantType: "text/css; charset=utf-8"},
		{name: "leaflet image", req: httptest.NewRequest("GET", "/vendor/leaflet/images/layers.png", nil), wantCode: 200, wantType: "image/png"},
		{
			name: "leaflet licence", req: httptest.NewRequest("GET", "/vendor/leaflet/LICENSE", nil), wantCode: 200, wantType: "text/plain; charset=utf-8",
			check: func(t *testing.T, r response) {
				if !bytes.Contains(r.body, []byte("BSD 2-Clause")) {
					t.Errorf("LICENSE does not name BSD 2-Clause: %.80q", r.body)
				}
			},
		},
		{name: "head page", req: httptest.NewRequest("HEAD", "/", nil), wantCode: 200, wantType: "text/html; charset=utf-8"},
		{
			name: "health", req: httptest.NewRequest("GET", "/healthz", nil), wantCode: 200, wantType: "application/json",
			check: func(t *testing.T, r response) {
				var h struct {
					Status    string
					Documents int
				}
				if err := json.Unmarshal(r.body, &h); err != nil || h.Status != "ok" || h.Documents != 2 {
					t.Errorf("GET /healthz = %s, want status ok with 2 documents", r.body)
				}
			},
		},
		{
			name: "all features", req: httptest.NewRequest("GET", "/features.geojson", nil), wantCode: 200, wantType: "application/geo+json",
			check: func(t *testing.T, r response) {
				fc := decodeFC(t, r.body)
				if got, want := len(fc.Features), 11+4; got != want {
					t.Errorf("GET /features.geojson has %d features, want %d", got, want)
				}
				perDoc := map[string]int{}
				for _, f := range fc.Features {
					perDoc[f.Properties.MustString("document", "")]++
				}
				if perDoc["talahandak"] != 11 || perDoc["utf8"] != 4 {
					t.Errorf("features per document = %v, want talahandak:11 utf8:4", perDoc)
				}
			},
		},
		{
			name: "one document's features", req: httptest.NewRequest("GET", "/features.geojson?doc=talahandak", nil), wantCode: 200, wantType: "application/geo+json",
			check: func(t *testing.T, r response) {
				fc := decodeFC(t, r.body)
				got := strings.Join(featureIDs(fc), ",")
				if want := "p1,p2,p3,p4,p5,p6,r-p1,r-p5,c1,c2,c3"; got != want {
					t.Errorf("feature ids = %s, want %s", got, want)
				}
				for _, f := range fc.Features {
					if _, ok := f.Properties["document"]; ok {
						t.Errorf("?doc= feature %v has a document property; want the contract unchanged", f.ID)
					}
				}
			},
		},
		{
			name: "documents", req: httptest.NewRequest("GET", "/api/documents", nil), wantCode: 200, wantType: "application/json",
			check: func(t *testing.T, r response) {
				var list struct {
					Documents []struct {
						ID, Title string
						Bytes     int
						Counts    map[string]int
					}
				}
				if err := json.Unmarshal(r.body, &list); err != nil {
					t.Fatal(err)
				}
				if len(list.Documents) != 2 || list.Documents[0].ID != "talahandak" || list.Documents[1].ID != "utf8" {
					t.Fatalf("documents = %+v, want talahandak then utf8", list.Documents)
				}
				d := list.Documents[0]
				want := map[string]int{"places": 6, "gazetteer": 3, "derived": 2, "unresolved": 1, "regions": 2, "constraints": 3, "contradicted": 0}
				for k, v := range want {
					if d.Counts[k] != v {
						t.Errorf("talahandak counts[%s] = %d, want %d", k, d.Counts[k], v)
					}
				}
				if d.Bytes != len(seed) || d.Title != "Battle of Talahandak (2020)" {
					t.Errorf("talahandak = %d bytes %q, want %d bytes and its title", d.Bytes, d.Title, len(seed))
				}
				if got := list.Documents[1].Counts["contradicted"]; got != 1 {
					t.Errorf("utf8 contradicted = %d, want 1", got)
				}
			},
		},
		{
			name: "document", req: httptest.NewRequest("GET", "/api/documents/talahandak", nil), wantCode: 200, wantType: "application/json",
			check: func(t *testing.T, r response) {
				var d struct {
					ID, Text string
					Features json.RawMessage
				}
				if err := json.Unmarshal(r.body, &d); err != nil {
					t.Fatal(err)
				}
				if d.ID != "talahandak" || d.Text != seed {
					t.Errorf("document id %q text %d bytes, want talahandak and the seed's %d bytes", d.ID, len(d.Text), len(seed))
				}
				if n := len(decodeFC(t, d.Features).Features); n != 11 {
					t.Errorf("document has %d features, want 11", n)
				}
			},
		},
		{
			name: "basemap", req: httptest.NewRequest("GET", "/api/basemap", nil), wantCode: 200, wantType: "application/geo+json",
			check: func(t *testing.T, r response) {
				if n := len(decodeFC(t, r.body).Features); n != 2 {
					t.Errorf("basemap has %d features, want 2", n)
				}
			},
		},
		{
			name: "resolve text", wantCode: 200, wantType: "application/geo+json",
			req: func() *http.Request {
				r := httptest.NewRequest("POST", "/api/resolve", strings.NewReader("Ténenkou and then Tessalit."))
				r.Header.Set("Content-Type", "text/plain; charset=utf-8")
				return r
			}(),
			check: func(t *testing.T, r response) {
				fc := decodeFC(t, r.body)
				if len(fc.Features) != 2 {
					t.Fatalf("resolve gave %d features, want 2", len(fc.Features))
				}
				m := fc.Features[0].Properties["mentions"].([]any)[0].(map[string]any)
				// "Ténenkou and then " is 19 bytes: é takes two.
				if m["start"] != 19.0 || m["end"] != 27.0 {
					t.Errorf("Tessalit mention = %v, want bytes 19 to 27", m)
				}
			},
		},
		{
			name: "resolve json", wantCode: 200, wantType: "application/geo+json",
			req: func() *http.Request {
				r := httptest.NewRequest("POST", "/api/resolve", bytes.NewReader(resolveJSON))
				r.Header.Set("Content-Type", "application/json")
				return r
			}(),
			check: func(t *testing.T, r response) {
				if n := len(decodeFC(t, r.body).Features); n != 2 {
					t.Errorf("resolve gave %d features, want 2 (Tessalit, Kidal)", n)
				}
			},
		},
		{
			name: "resolve gzip body", wantCode: 200, wantType: "application/geo+json",
			req: func() *http.Request {
				r := httptest.NewRequest("POST", "/api/resolve", bytes.NewReader(gzipBytes(t, []byte("Kidal is far from Tessaoua."))))
				r.Header.Set("Content-Type", "text/plain")
				r.Header.Set("Content-Encoding", "gzip")
				return r
			}(),
			check: func(t *testing.T, r response) {
				if n := len(decodeFC(t, r.body).Features); n != 2 {
					t.Errorf("resolve gave %d features, want 2", n)
				}
			},
		},
		{
			name: "places", req: httptest.NewRequest("GET", "/api/places?q=tess", nil), wantCode: 200, wantType: "application/geo+json",
			check: func(t *testing.T, r response) {
				fc := decodeFC(t, r.body)
				if len(fc.Features) != 2 || fc.Features[0].Properties.MustString("name", "") != "Tessalit" {
					t.Errorf("places?q=tess = %s, want Tessalit and Tessaoua", r.body)
				}
			},
		},
		{
			name: "places limit", req: httptest.NewRequest("GET", "/api/places?q=tess&limit=1", nil), wantCode: 200, wantType: "application/geo+json",
			check: func(t *testing.T, r response) {
				if n := len(decodeFC(t, r.body).Features); n != 1 {
					t.Errorf("places limit=1 gave %d features, want 1", n)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, app, tt.req)
			if r.status != tt.wantCode {
				t.Fatalf("%s %s = %d %s, want %d", tt.req.Method, tt.req.URL, r.status, r.body, tt.wantCode)
			}
			if got := r.header.Get("Content-Type"); got != tt.wantType {
				t.Errorf("%s %s Content-Type = %q, want %q", tt.req.Method, tt.req.URL, got, tt.wantType)
			}
			if tt.check != nil {
				tt.check(t, r)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	const mib = 1 << 20
	bomb := gzipBytes(t, bytes.Repeat([]byte("Tessalit "), 16*mib/9)) // 16 MiB inflated, ~50 KiB sent
	utf8JSON := []byte("{\"text\": \"Tessalit \xff\xfe\"}")

	type req struct {
		method, target, contentType string
		body                        []byte
		header                      []string
	}
	tests := []struct {
		name     string
		req      req
		wantCode int
		wantMsg  string // a part of the error message
	}{
		{"gzip bomb", req{"POST", "/api/resolve", "text/plain", bomb, []string{"Content-Encoding", "gzip"}}, 413, "too large"},
		{"corrupt gzip", req{"POST", "/api/resolve", "text/plain", []byte("not gzip at all"), []string{"Content-Encoding", "gzip"}}, 400, "gzip"},
		{"brotli body", req{"POST", "/api/resolve", "text/plain", []byte("\x0b\x02\x80Tessalit\x03"), []string{"Content-Encoding", "br"}}, 415, "Content-Encoding"},
		{"deflate body", req{"POST", "/api/resolve", "text/plain", []byte("x"), []string{"Content-Encoding", "deflate"}}, 415, "Content-Encoding"},
		{"invalid utf-8", req{"POST", "/api/resolve", "text/plain", []byte("Tessalit \xc3\x28 Kidal"), nil}, 400, "UTF-8"},
		{"invalid utf-8 in json", req{"POST", "/api/resolve", "application/json", utf8JSON, nil}, 400, "UTF-8"},
		{"empty body", req{"POST", "/api/resolve", "text/plain", nil, nil}, 400, "empty"},
		{"blank text", req{"POST", "/api/resolve", "text/plain", []byte(" \n\t "), nil}, 400, "empty"},
		{"empty json text", req{"POST", "/api/resolve", "application/json", []byte(`{"text": ""}`), nil}, 400, "empty"},
		{"json without text", req{"POST", "/api/resolve", "application/json", []byte(`{"body": "Tessalit"}`), nil}, 400, "JSON"},
		{"malformed json", req{"POST", "/api/resolve", "application/json", []byte(`{"text": "Tessalit"`), nil}, 400, "JSON"},
		{"two json values", req{"POST", "/api/resolve", "application/json", []byte(`{"text": "a"} {"text": "b"}`), nil}, 400, "JSON"},
		{"nul byte", req{"POST", "/api/resolve", "text/plain", []byte("Tessalit\x00"), nil}, 400, "NUL"},
		{"form content type", req{"POST", "/api/resolve", "application/x-www-form-urlencoded", []byte("text=Tessalit"), nil}, 415, "text/plain"},
		{"no content type", req{"POST", "/api/resolve", "", []byte("Tessalit"), nil}, 415, "text/plain"},
		{"latin-1 charset", req{"POST", "/api/resolve", "text/plain; charset=iso-8859-1", []byte("T\xe9nenkou"), nil}, 415, "UTF-8"},
		{"engine input error", req{"POST", "/api/resolve", "text/plain", []byte(textInputError), nil}, 422, "no sentences"},
		{"engine failure", req{"POST", "/api/resolve", "text/plain", []byte(textFail), nil}, 500, "internal server error"},
		{"engine panic", req{"POST", "/api/resolve", "text/plain", []byte(textPanic), nil}, 500, "internal server error"},
		{"limit -1", req{"GET", "/api/places?q=tess&limit=-1", "", nil, nil}, 400, "limit"},
		{"limit abc", req{"GET", "/api/places?q=tess&limit=abc", "", nil, nil}, 400, "limit"},
		{"limit 0", req{"GET", "/api/places?q=tess&limit=0", "", nil, nil}, 400, "limit"},
		{"limit 101", req{"GET", "/api/places?q=tess&limit=101", "", nil, nil}, 400, "limit"},
		{"limit 1.5", req{"GET", "/api/places?q=tess&limit=1.5", "", nil, nil}, 400, "limit"},
		{"limit overflow", req{"GET", "/api/places?q=tess&limit=99999999999999999999", "", nil, nil}, 400, "limit"},
		{"no q", req{"GET", "/api/places", "", nil, nil}, 400, "q is required"},
		{"blank q", req{"GET", "/api/places?q=%20%20", "", nil, nil}, 400, "q is required"},
		{"long q", req{"GET", "/api/places?q=" + strings.Repeat("a", 201), "", nil, nil}, 400, "too long"},
		{"control q", req{"GET", "/api/places?q=tess%00alit", "", nil, nil}, 400, "control"},
		{"invalid utf-8 q", req{"GET", "/api/places?q=tess%ff", "", nil, nil}, 400, "UTF-8"},
		{"unknown document", req{"GET", "/features.geojson?doc=nope", "", nil, nil}, 404, "no such document"},
		{"unknown document detail", req{"GET", "/api/documents/nope", "", nil, nil}, 404, "no such document"},
		{"unknown route", req{"GET", "/nope", "", nil, nil}, 404, "not found"},
		{"unknown api route", req{"GET", "/api/nope", "", nil, nil}, 404, "not found"},
		{"traversal", req{"GET", "/../../etc/passwd", "", nil, nil}, 404, "not found"},
		{"encoded traversal", req{"GET", "/%2e%2e/%2e%2e/etc/passwd", "", nil, nil}, 404, "not found"},
		{"encoded slash traversal", req{"GET", "/..%2f..%2fetc%2fpasswd", "", nil, nil}, 404, "not found"},
		{"traversal under vendor", req{"GET", "/vendor/leaflet/..%2f..%2f..%2fgo.mod", "", nil, nil}, 404, "not found"},
		{"backslash traversal", req{"GET", "/vendor\\..\\..\\web.go", "", nil, nil}, 404, "not found"},
		{"embedded go source", req{"GET", "/web.go", "", nil, nil}, 404, "not found"},
		{"directory", req{"GET", "/vendor/leaflet/", "", nil, nil}, 404, "not found"},
		{"wrong method", req{"PUT", "/features.geojson", "text/plain", []byte("x"), nil}, 405, "method not allowed"},
		{"delete resolve", req{"DELETE", "/api/resolve", "", nil, nil}, 405, "method not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body io.Reader = http.NoBody
			if tt.req.body != nil {
				body = bytes.NewReader(tt.req.body)
			}
			r := httptest.NewRequest(tt.req.method, "/", body)
			// Set the raw target so httptest does not clean it.
			r.URL = &url.URL{Opaque: tt.req.target}
			r.RequestURI = tt.req.target
			if tt.req.contentType != "" {
				r.Header.Set("Content-Type", tt.req.contentType)
			}
			for i := 0; i+1 < len(tt.req.header); i += 2 {
				r.Header.Set(tt.req.header[i], tt.req.header[i+1])
			}
			res := do(t, app, r)
			if res.status != tt.wantCode {
				t.Fatalf("%s %s = %d %s, want %d", tt.req.method, tt.req.target, res.status, res.body, tt.wantCode)
			}
			msg := errorMessage(t, res)
			if !strings.Contains(msg, tt.wantMsg) {
				t.Errorf("%s %s error = %q, want it to contain %q", tt.req.method, tt.req.target, msg, tt.wantMsg)
			}
			for _, secret := range []string{"hunter2", "secret", "root:", "goroutine"} {
				if bytes.Contains(res.body, []byte(secret)) {
					t.Errorf("%s %s leaks %q: %s", tt.req.method, tt.req.target, secret, res.body)
				}
			}
		})
	}

	// The app keeps serving after a panic.
	if r := get(t, app, "/healthz"); r.status != 200 {
		t.Errorf("GET /healthz after a panic = %d, want 200", r.status)
	}
}

func TestSearchQueryIsData(t *testing.T) {
	app, eng := newFixtureApp(t, server.Config{})
	tests := []struct {
		name, q string
	}{
		{"sql injection", `Tess'; DROP TABLE places; --`},
		{"sql union", `x' UNION SELECT name FROM sqlite_master --`},
		{"fts operators", `tess* OR kidal NEAR/2 "mali"`},
		{"fts column filter", `name:tessalit AND -kidal`},
		{"fts syntax error", `"unbalanced ( quote`},
		{"percent and underscore", `%_%`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := get(t, app, "/api/places?q="+url.QueryEscape(tt.q)+"&limit=5")
			if r.status != 200 {
				t.Fatalf("GET /api/places?q=%q = %d %s, want 200", tt.q, r.status, r.body)
			}
			decodeFC(t, r.body)
			if got := eng.lastQuery(); got != tt.q {
				t.Errorf("engine got q = %q, want it verbatim: %q", got, tt.q)
			}
		})
	}
}

func TestETag(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	for _, target := range []string{"/", "/app.js", "/features.geojson", "/features.geojson?doc=utf8", "/api/documents", "/api/documents/talahandak", "/api/basemap"} {
		t.Run(target, func(t *testing.T) {
			first := get(t, app, target)
			etag := first.header.Get("ETag")
			if first.status != 200 || !strings.HasPrefix(etag, `W/"`) {
				t.Fatalf("GET %s = %d with ETag %q, want 200 with a weak ETag", target, first.status, etag)
			}
			again := get(t, app, target, "If-None-Match", etag)
			if again.status != 304 || len(again.body) != 0 {
				t.Errorf("GET %s If-None-Match: %s = %d with %d bytes, want 304 and no body", target, etag, again.status, len(again.body))
			}
			if got := again.header.Get("ETag"); got != etag {
				t.Errorf("304 ETag = %q, want %q", got, etag)
			}
			listed := get(t, app, target, "If-None-Match", `"other", `+strings.TrimPrefix(etag, "W/"))
			if listed.status != 304 {
				t.Errorf("GET %s with the ETag second in a list = %d, want 304", target, listed.status)
			}
			other := get(t, app, target, "If-None-Match", `W/"something-else"`)
			if other.status != 200 || !bytes.Equal(other.body, first.body) {
				t.Errorf("GET %s with a stale ETag = %d, want 200 and the body", target, other.status)
			}
		})
	}
	a := get(t, app, "/features.geojson?doc=talahandak").header.Get("ETag")
	b := get(t, app, "/features.geojson?doc=utf8").header.Get("ETag")
	if a == b {
		t.Errorf("two documents share the ETag %s", a)
	}
}

func TestGzipResponse(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	for _, target := range []string{"/features.geojson", "/api/basemap", "/api/documents/talahandak", "/vendor/leaflet/leaflet.js", "/app.js"} {
		t.Run(target, func(t *testing.T) {
			plain := get(t, app, target)
			zipped := get(t, app, target, "Accept-Encoding", "gzip")
			if got := zipped.header.Get("Content-Encoding"); got != "gzip" {
				t.Fatalf("GET %s Accept-Encoding: gzip has Content-Encoding %q, want gzip", target, got)
			}
			if !strings.Contains(zipped.header.Get("Vary"), "Accept-Encoding") {
				t.Errorf("GET %s Vary = %q, want Accept-Encoding", target, zipped.header.Get("Vary"))
			}
			zr, err := gzip.NewReader(bytes.NewReader(zipped.body))
			if err != nil {
				t.Fatal(err)
			}
			inflated, err := io.ReadAll(zr)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(inflated, plain.body) {
				t.Errorf("GET %s gzip body inflates to %d bytes, want the %d plain bytes", target, len(inflated), len(plain.body))
			}
			if len(zipped.body) >= len(plain.body) {
				t.Errorf("GET %s gzip is %d bytes, plain %d: want smaller", target, len(zipped.body), len(plain.body))
			}
		})
	}
	// Dynamic answers are compressed by the middleware.
	text := strings.Repeat("From Kidal to Tessalit and on to Ténenkou. ", 40)
	r := post(t, app, "/api/resolve", "text/plain", []byte(text), "Accept-Encoding", "gzip")
	if r.status != 200 || r.header.Get("Content-Encoding") != "gzip" {
		t.Errorf("POST /api/resolve Accept-Encoding: gzip = %d, Content-Encoding %q; want 200 gzip", r.status, r.header.Get("Content-Encoding"))
	}
}

func TestCORS(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	const origin = "https://maps.example.org"
	for _, target := range []string{"/features.geojson", "/features.geojson?doc=talahandak", "/api/documents", "/api/documents/utf8", "/api/places?q=kidal", "/api/basemap",
		"/api", "/conformance", "/collections", "/collections/places", "/collections/places/items", "/collections/places/items/talahandak~p1"} {
		r := get(t, app, target, "Origin", origin)
		if got := r.header.Get("Access-Control-Allow-Origin"); got != "*" {
			t.Errorf("GET %s from %s: Access-Control-Allow-Origin = %q, want *", target, origin, got)
		}
		if got := r.header.Get("Access-Control-Expose-Headers"); !strings.Contains(got, "Etag") && !strings.Contains(got, "ETag") {
			t.Errorf("GET %s: Access-Control-Expose-Headers = %q, want ETag", target, got)
		}
	}
	pre := httptest.NewRequest("OPTIONS", "/features.geojson", nil)
	pre.Header.Set("Origin", origin)
	pre.Header.Set("Access-Control-Request-Method", "GET")
	pre.Header.Set("Access-Control-Request-Headers", "If-None-Match")
	r := do(t, app, pre)
	if r.status != 204 || r.header.Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(r.header.Get("Access-Control-Allow-Methods"), "GET") {
		t.Errorf("preflight = %d %v, want 204 allowing GET from *", r.status, r.header)
	}
	res := post(t, app, "/api/resolve", "text/plain", []byte("Kidal"), "Origin", origin)
	if got := res.header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("POST /api/resolve from %s: Access-Control-Allow-Origin = %q, want none", origin, got)
	}
	// The landing page is an OGC API resource, open like the other GETs;
	// the page's own files are not.
	if got := get(t, app, "/?f=json", "Origin", origin).header.Get("Access-Control-Allow-Origin"); got != "*" {
		t.Errorf("GET /?f=json from %s: Access-Control-Allow-Origin = %q, want *", origin, got)
	}
	if got := get(t, app, "/app.js", "Origin", origin).header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("GET /app.js from %s: Access-Control-Allow-Origin = %q, want none", origin, got)
	}
}

func TestSecurityHeaders(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	want := map[string]string{
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options":        "DENY",
		"Referrer-Policy":        "strict-origin-when-cross-origin",
	}
	for _, target := range []string{"/", "/features.geojson", "/api/places?q=x&limit=abc", "/nope"} {
		r := get(t, app, target)
		for k, v := range want {
			if got := r.header.Get(k); got != v {
				t.Errorf("GET %s %s = %q, want %q", target, k, got, v)
			}
		}
		csp := r.header.Get("Content-Security-Policy")
		for _, part := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "img-src 'self' data: https://tile.openstreetmap.org"} {
			if !strings.Contains(csp, part) {
				t.Errorf("GET %s CSP = %q, want it to contain %q", target, csp, part)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("GET %s CSP = %q allows unsafe-inline or unsafe-eval", target, csp)
		}
	}
}

func TestConfig(t *testing.T) {
	tests := []struct {
		name      string
		cfg       server.Config
		wantLimit int
		wantRead  time.Duration
	}{
		{"defaults", server.Config{}, 1 << 20, server.DefaultReadTimeout},
		{"set", server.Config{BodyLimit: 4096, ReadTimeout: time.Second}, 4096, time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app, _ := newFixtureApp(t, tt.cfg)
			c := app.Config()
			if c.BodyLimit != tt.wantLimit || c.ReadTimeout != tt.wantRead {
				t.Errorf("BodyLimit %d ReadTimeout %v, want %d %v", c.BodyLimit, c.ReadTimeout, tt.wantLimit, tt.wantRead)
			}
			if c.WriteTimeout <= 0 || c.IdleTimeout <= 0 {
				t.Errorf("WriteTimeout %v IdleTimeout %v, want both set", c.WriteTimeout, c.IdleTimeout)
			}
			if c.Prefork {
				t.Errorf("Prefork is on, want off")
			}
		})
	}
	// A smaller limit holds for plain and gzip bodies alike.
	app, _ := newFixtureApp(t, server.Config{BodyLimit: 4096})
	body := bytes.Repeat([]byte("Kidal "), 1000)
	base := startServer(t, app)
	head := fmt.Sprintf("POST /api/resolve HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n", len(body))
	if code, msg := rawPost(t, strings.TrimPrefix(base, "http://"), head, nil); code != 413 || !strings.Contains(msg, "4 KiB") {
		t.Errorf("6000-byte body with a 4096 limit = %d %q, want 413 naming 4 KiB", code, msg)
	}
	if r := post(t, app, "/api/resolve", "text/plain", gzipBytes(t, body), "Content-Encoding", "gzip"); r.status != 413 {
		t.Errorf("6000 bytes gzipped with a 4096 limit = %d, want 413", r.status)
	}
	if r := post(t, app, "/api/resolve", "text/plain", body[:4000], "Content-Encoding", "identity"); r.status != 200 {
		t.Errorf("4000-byte identity body with a 4096 limit = %d %s, want 200", r.status, r.body)
	}
}

func TestNewRejects(t *testing.T) {
	docs := fixtureDocs(t)
	tests := []struct {
		name string
		docs []server.Document
		eng  server.Engine
	}{
		{"repeated id", []server.Document{docs[0], {ID: docs[0].ID, Text: docs[1].Text}}, newFixtureEngine(t)},
		{"id with slash", []server.Document{{ID: "a/b", Text: "Kidal"}}, newFixtureEngine(t)},
		{"id with dots only", []server.Document{{ID: "..", Text: "Kidal"}}, newFixtureEngine(t)},
		{"empty id", []server.Document{{ID: "", Text: "Kidal"}}, newFixtureEngine(t)},
		{"engine fails on a document", []server.Document{{ID: "x", Text: textFail}}, newFixtureEngine(t)},
		{"nil engine", docs, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := server.New(server.Config{}, tt.eng, tt.docs); err == nil {
				t.Errorf("New accepted %s, want an error", tt.name)
			}
		})
	}
	if _, err := server.New(server.Config{}, newFixtureEngine(t), nil); err != nil {
		t.Errorf("New with no documents: %v, want a server that serves the page and /api/resolve", err)
	}
}

// TestPreparedFastPath checks that a plain GET of the prepared GeoJSON,
// answered ahead of the middleware chain, carries the same headers and
// bytes as one that goes through it (a CORS request), and that an unknown
// document still gets the JSON 404.
func TestPreparedFastPath(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	for _, target := range []string{"/features.geojson", "/features.geojson?doc=talahandak", "/api/basemap"} {
		plain := get(t, app, target, "Accept-Encoding", "gzip")
		cors := get(t, app, target, "Accept-Encoding", "gzip", "Origin", "https://example.org")
		if plain.status != 200 || cors.status != 200 || !bytes.Equal(plain.body, cors.body) {
			t.Errorf("GET %s = %d (%d bytes) plain, %d (%d bytes) with Origin; want 200 and the same bytes",
				target, plain.status, len(plain.body), cors.status, len(cors.body))
		}
		for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
			"Cross-Origin-Opener-Policy", "Permissions-Policy", "Etag", "Cache-Control", "Vary", "Content-Type", "Content-Encoding"} {
			if plain.header.Get(h) != cors.header.Get(h) || plain.header.Get(h) == "" {
				t.Errorf("GET %s header %s = %q plain, %q with Origin; want the same, not empty", target, h, plain.header.Get(h), cors.header.Get(h))
			}
		}
		if cors.header.Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("GET %s with Origin: Access-Control-Allow-Origin = %q, want *", target, cors.header.Get("Access-Control-Allow-Origin"))
		}
	}
	r := get(t, app, "/features.geojson?doc=nosuch")
	if r.status != 404 || !strings.Contains(errorMessage(t, r), "no such document") {
		t.Errorf("GET /features.geojson?doc=nosuch = %d %s, want 404 and a JSON error", r.status, r.body)
	}
}
