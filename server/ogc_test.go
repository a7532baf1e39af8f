package server_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/locus-gis/locus/server"
)

type ogcLink struct {
	Href, Rel, Type, Title string
}

type ogcCollection struct {
	ID, Title, Description, ItemType string
	Extent                           struct {
		Spatial struct {
			BBox [][]float64
		}
	}
	Links []ogcLink
}

type ogcPage struct {
	Type           string
	NumberMatched  int
	NumberReturned int
	Links          []ogcLink
	Features       []struct {
		Type       string
		ID         string
		Geometry   *struct{ Type string }
		Properties map[string]any
		Links      []ogcLink
	}
}

func linkByRel(links []ogcLink, rel string) *ogcLink {
	for i := range links {
		if links[i].Rel == rel {
			return &links[i]
		}
	}
	return nil
}

// localPath returns the path and query of an absolute link, for app.Test.
func localPath(t *testing.T, href string) string {
	t.Helper()
	u, err := url.Parse(href)
	if err != nil || u.Scheme == "" || u.Host == "" {
		t.Fatalf("link %q is not an absolute URL", href)
	}
	return u.RequestURI()
}

func getJSON(t *testing.T, r response, v any) {
	t.Helper()
	if r.status != http.StatusOK {
		t.Fatalf("status %d, want 200: %s", r.status, r.body)
	}
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("not JSON: %v: %.200s", err, r.body)
	}
}

func TestLandingPage(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	for _, tt := range []struct {
		name, target, accept, wantType string
	}{
		{"JSON client", "/", "application/json", "application/json"},
		{"f=json", "/?f=json", "", "application/json"},
		{"GDAL-like", "/", "application/json, */*;q=0.5", "application/json"},
		{"browser", "/", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html; charset=utf-8"},
		{"curl", "/", "*/*", "text/html; charset=utf-8"},
		{"no Accept", "/", "", "text/html; charset=utf-8"},
		{"f=html", "/?f=html", "application/json", "text/html; charset=utf-8"},
	} {
		r := get(t, app, tt.target, "Accept", tt.accept)
		if r.status != 200 || r.header.Get("Content-Type") != tt.wantType {
			t.Errorf("%s: GET %s = %d %q, want 200 %q", tt.name, tt.target, r.status, r.header.Get("Content-Type"), tt.wantType)
		}
		// Vary lists Accept itself ("Accept-Encoding" is another header):
		// a cache must not give the page to QGIS or the JSON to a browser.
		if vary := varyFields(r.header); !slices.Contains(vary, "accept") || !slices.Contains(vary, "accept-encoding") {
			t.Errorf("%s: Vary = %q, want Accept and Accept-Encoding", tt.name, r.header.Values("Vary"))
		}
	}
	var landing struct {
		Title string
		Links []ogcLink
	}
	getJSON(t, get(t, app, "/", "Accept", "application/json"), &landing)
	want := map[string]string{
		"self":         "application/json",
		"alternate":    "text/html",
		"service-desc": "application/vnd.oai.openapi+json;version=3.0",
		"service-doc":  "text/html",
		"conformance":  "application/json",
		"data":         "application/json",
	}
	for rel, typ := range want {
		l := linkByRel(landing.Links, rel)
		if l == nil || l.Type != typ {
			t.Errorf("landing link %s = %+v, want type %s", rel, l, typ)
			continue
		}
		if r := get(t, app, localPath(t, l.Href), "Accept", typ); r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), strings.Split(typ, ";")[0]) {
			t.Errorf("landing link %s: GET %s = %d %q, want 200 %s", rel, l.Href, r.status, r.header.Get("Content-Type"), typ)
		}
	}
	if r := get(t, app, "/?f=xml"); r.status != 400 || errorMessage(t, r) == "" {
		t.Errorf("GET /?f=xml = %d %s, want 400 with a message", r.status, r.body)
	}
}

func TestConformance(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	var c struct{ ConformsTo []string }
	getJSON(t, get(t, app, "/conformance"), &c)
	for _, want := range []string{"core", "geojson", "oas30"} {
		if !slices.Contains(c.ConformsTo, "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/"+want) {
			t.Errorf("conformsTo %v lacks %s", c.ConformsTo, want)
		}
	}
	if slices.Contains(c.ConformsTo, "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html") {
		t.Error("conformsTo claims html, which the items routes do not serve")
	}
}

func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	r := get(t, app, "/api")
	if ct := r.header.Get("Content-Type"); ct != "application/vnd.oai.openapi+json;version=3.0" {
		t.Errorf("GET /api Content-Type = %q", ct)
	}
	var spec struct {
		OpenAPI string
		Paths   map[string]map[string]struct {
			Parameters []struct {
				Name   string
				Schema struct {
					Minimum, Maximum, Default *float64
				}
			}
		}
	}
	getJSON(t, r, &spec)
	if !strings.HasPrefix(spec.OpenAPI, "3.0") {
		t.Errorf("openapi = %q, want 3.0.x", spec.OpenAPI)
	}
	param := regexp.MustCompile(`\{[^}]*\}`)
	described := map[string]bool{}
	for p, ops := range spec.Paths {
		for m := range ops {
			described[strings.ToUpper(m)+" "+param.ReplaceAllString(p, "{}")] = true
		}
	}
	colon := regexp.MustCompile(`:[a-z]+`)
	for _, rt := range app.GetRoutes(true) {
		if rt.Method == "HEAD" || rt.Method == "OPTIONS" || rt.Path == "/*" || rt.Method == "USE" {
			continue
		}
		key := rt.Method + " " + colon.ReplaceAllString(rt.Path, "{}")
		if !described[key] {
			t.Errorf("route %s %s is not in /api", rt.Method, rt.Path)
		}
	}
	var limit bool
	for _, p := range spec.Paths["/collections/{collectionId}/items"]["get"].Parameters {
		if p.Name == "limit" {
			limit = true
			s := p.Schema
			if s.Minimum == nil || *s.Minimum != 1 || s.Default == nil || *s.Default != 100 || s.Maximum == nil || *s.Maximum < 10000 {
				t.Errorf("limit schema = %+v, want minimum 1, default 100, maximum ≥ 10000", s)
			}
		}
	}
	if !limit {
		t.Error("the items path has no inline limit parameter")
	}
	if r := get(t, app, "/api?f=html"); r.status != 200 || !strings.Contains(string(r.body), "/collections/{collectionId}/items") {
		t.Errorf("GET /api?f=html = %d, want the HTML documentation", r.status)
	}
}

// allFeatures returns every feature of /features.geojson as "document~id".
func allFeatures(t *testing.T, r response) []string {
	t.Helper()
	fc := decodeFC(t, r.body)
	var out []string
	for _, f := range fc.Features {
		out = append(out, f.Properties.MustString("document", "")+"~"+f.ID.(string))
	}
	sort.Strings(out)
	return out
}

func TestCollectionsPartitionTheFeatures(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	var cs struct {
		Links       []ogcLink
		Collections []ogcCollection
	}
	getJSON(t, get(t, app, "/collections"), &cs)
	if len(cs.Collections) < 3 {
		t.Fatalf("%d collections, want at least 3", len(cs.Collections))
	}
	if linkByRel(cs.Links, "self") == nil {
		t.Error("/collections has no self link")
	}
	nullable := map[string]bool{"places": true, "constraints": true}
	var seen []string
	for _, c := range cs.Collections {
		if strings.Contains(c.ID, ".") || c.ID == "" || c.Title == "" || c.Description == "" {
			t.Errorf("collection %+v: want an id without dots, a title and a description", c)
		}
		if len(c.Extent.Spatial.BBox) != 1 || len(c.Extent.Spatial.BBox[0]) != 4 {
			t.Errorf("collection %s: extent.spatial.bbox = %v, want [[minx, miny, maxx, maxy]]", c.ID, c.Extent.Spatial.BBox)
		}
		items := linkByRel(c.Links, "items")
		if items == nil || items.Type != "application/geo+json" {
			t.Errorf("collection %s: items link %+v, want type application/geo+json", c.ID, items)
			continue
		}
		var one ogcCollection
		getJSON(t, get(t, app, "/collections/"+c.ID), &one)
		if one.ID != c.ID || linkByRel(one.Links, "self") == nil {
			t.Errorf("GET /collections/%s = %+v", c.ID, one)
		}
		var page ogcPage
		getJSON(t, get(t, app, localPath(t, items.Href)+"?limit=10000"), &page)
		if page.NumberMatched != len(page.Features) || page.NumberReturned != len(page.Features) {
			t.Errorf("collection %s: numberMatched %d, numberReturned %d, %d features", c.ID, page.NumberMatched, page.NumberReturned, len(page.Features))
		}
		types := map[string]bool{}
		keys := ""
		for _, f := range page.Features {
			seen = append(seen, f.ID)
			if f.Geometry == nil {
				if !nullable[c.ID] {
					t.Errorf("collection %s: feature %s has no geometry", c.ID, f.ID)
				}
			} else {
				types[f.Geometry.Type] = true
			}
			var names []string
			for k := range f.Properties {
				names = append(names, k)
			}
			sort.Strings(names)
			if k := strings.Join(names, ","); keys == "" {
				keys = k
			} else if k != keys {
				t.Errorf("collection %s: feature %s has properties %s, another has %s; want the same columns", c.ID, f.ID, k, keys)
			}
		}
		if len(types) > 1 {
			t.Errorf("collection %s mixes geometry types %v", c.ID, types)
		}
		if len(page.Features) == 0 {
			t.Errorf("collection %s is empty with the fixture documents", c.ID)
		}
	}
	sort.Strings(seen)
	want := allFeatures(t, get(t, app, "/features.geojson"))
	if strings.Join(seen, " ") != strings.Join(want, " ") {
		t.Errorf("the collections hold\n%v\nwant every feature of /features.geojson once:\n%v", seen, want)
	}
}

func TestItemsFlatProperties(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	var page ogcPage
	getJSON(t, get(t, app, "/collections/constraints/items?document=talahandak"), &page)
	if len(page.Features) == 0 {
		t.Fatal("no constraints")
	}
	for _, f := range page.Features {
		p := f.Properties
		stated, _ := p["stated"].(map[string]any)
		measured, _ := p["measured"].(map[string]any)
		if stated == nil || measured == nil {
			t.Errorf("%s: the nested stated and measured objects are gone: %v", f.ID, p)
			continue
		}
		if p["measured_km"] != measured["km"] {
			t.Errorf("%s: measured_km = %v, want measured.km %v", f.ID, p["measured_km"], measured["km"])
		}
		for k, v := range stated {
			if _, nested := v.(map[string]any); nested {
				continue
			}
			if _, list := v.([]any); !list && p["stated_"+k] != v {
				t.Errorf("%s: stated_%s = %v, want %v", f.ID, k, p["stated_"+k], v)
			}
		}
		if p["document"] != "talahandak" || p["local_id"] == nil || f.ID != "talahandak~"+p["local_id"].(string) {
			t.Errorf("%s: document %v local_id %v", f.ID, p["document"], p["local_id"])
		}
	}
	// Whole measures are written as reals so that a client typing its
	// columns from the first page makes them real columns.
	r := get(t, app, "/collections/constraints/items")
	if !strings.Contains(string(r.body), `_km":`) || regexp.MustCompile(`"measured_km":\d+[,}]`).Match(r.body) {
		t.Errorf("measured_km written as an integer somewhere: %.300s", r.body)
	}
}

func TestItemsPaging(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	for _, coll := range []string{"places", "constraints"} {
		var all ogcPage
		getJSON(t, get(t, app, "/collections/"+coll+"/items"), &all)
		target := "/collections/" + coll + "/items?limit=2"
		var ids []string
		pages := 0
		for target != "" {
			var page ogcPage
			r := get(t, app, target)
			getJSON(t, r, &page)
			if r.header.Get("Content-Type") != "application/geo+json" {
				t.Errorf("GET %s Content-Type %q", target, r.header.Get("Content-Type"))
			}
			pages++
			if page.NumberMatched != all.NumberMatched || page.NumberReturned != len(page.Features) || len(page.Features) > 2 {
				t.Errorf("GET %s: numberMatched %d numberReturned %d with %d features, want %d matched, at most 2", target, page.NumberMatched, page.NumberReturned, len(page.Features), all.NumberMatched)
			}
			if self := linkByRel(page.Links, "self"); self == nil || localPath(t, self.Href) != target {
				t.Errorf("GET %s: self link %+v", target, self)
			}
			if alt := linkByRel(page.Links, "alternate"); alt == nil || alt.Type != "application/json" {
				t.Errorf("GET %s: alternate link %+v, want application/json", target, alt)
			}
			for _, f := range page.Features {
				ids = append(ids, f.ID)
			}
			target = ""
			if next := linkByRel(page.Links, "next"); next != nil {
				if next.Type != "application/geo+json" {
					t.Errorf("next link type %q", next.Type)
				}
				target = localPath(t, next.Href)
			} else if len(ids) != all.NumberMatched {
				t.Errorf("%s: no next link after %d of %d features", coll, len(ids), all.NumberMatched)
			}
			if pages > 100 {
				t.Fatal("paging does not end")
			}
		}
		var want []string
		for _, f := range all.Features {
			want = append(want, f.ID)
		}
		if strings.Join(ids, " ") != strings.Join(want, " ") {
			t.Errorf("%s paged by 2: %v, want %v", coll, ids, want)
		}
		if wantPages := (all.NumberMatched + 1) / 2; pages != max(wantPages, 1) {
			t.Errorf("%s: %d pages of 2 for %d features", coll, pages, all.NumberMatched)
		}
	}
	// Past the end: an empty page without a next link.
	var page ogcPage
	getJSON(t, get(t, app, "/collections/places/items?offset=1000"), &page)
	if page.NumberReturned != 0 || len(page.Features) != 0 || linkByRel(page.Links, "next") != nil || page.NumberMatched == 0 {
		t.Errorf("offset past the end: %+v", page)
	}
	// A limit over the maximum is clamped.
	getJSON(t, get(t, app, "/collections/places/items?limit=1000000"), &page)
	if self := linkByRel(page.Links, "self"); self == nil || !strings.Contains(self.Href, "limit=10000") || strings.Contains(self.Href, "limit=1000000") {
		t.Errorf("limit=1000000: self link %+v, want limit=10000", self)
	}
	// f=json gives application/json.
	if r := get(t, app, "/collections/places/items?f=json"); r.status != 200 || r.header.Get("Content-Type") != "application/json" {
		t.Errorf("f=json: %d %q", r.status, r.header.Get("Content-Type"))
	}
}

func TestItemsBBoxAndDocument(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	count := func(target string) (int, []string) {
		var page ogcPage
		getJSON(t, get(t, app, target), &page)
		var ids []string
		for _, f := range page.Features {
			if f.Geometry == nil && strings.Contains(target, "bbox") {
				t.Errorf("GET %s returned %s, which has no geometry", target, f.ID)
			}
			ids = append(ids, f.ID)
		}
		if page.NumberMatched != len(ids) {
			t.Errorf("GET %s: numberMatched %d for %d features", target, page.NumberMatched, len(ids))
		}
		return len(ids), ids
	}
	all, _ := count("/collections/places/items")
	for _, tt := range []struct {
		name, bbox string
		want       func(n int) bool
	}{
		{"the Pacific", "-170,-10,-160,10", func(n int) bool { return n == 0 }},
		{"across the antimeridian, far from Mali", "170,-60,-170,60", func(n int) bool { return n == 0 }},
		{"around Tessalit only", "0.9,20.1,1.1,20.3", func(n int) bool { return n >= 1 && n < all }},
		{"the world", "-180,-90,180,90", func(n int) bool { return n > 0 && n < all }}, // not the unresolved place
		{"with heights", "-180,-90,-100,180,90,100", func(n int) bool { return n > 0 }},
	} {
		if n, ids := count("/collections/places/items?bbox=" + tt.bbox); !tt.want(n) {
			t.Errorf("bbox %s (%s): %d features %v of %d", tt.bbox, tt.name, n, ids, all)
		}
	}
	if _, ids := count("/collections/places/items?bbox=0.9,20.1,1.1,20.3"); !slices.Contains(ids, "talahandak~p4") {
		t.Errorf("bbox around Tessalit: %v, want talahandak~p4 (Tessalit)", ids)
	}
	n, ids := count("/collections/places/items?document=utf8")
	for _, id := range ids {
		if !strings.HasPrefix(id, "utf8~") {
			t.Errorf("document=utf8 returned %s", id)
		}
	}
	if n == 0 || n >= all {
		t.Errorf("document=utf8: %d of %d places", n, all)
	}
	for _, dt := range []string{"2020-01-01T00:00:00Z", "2020-01-01", "2020-01-01T00:00:00Z/..", "../2021-01-01", "2019-01-01/2020-12-31T23:59:59%2B01:00"} {
		if n, _ := count("/collections/places/items?datetime=" + dt); n != 0 {
			t.Errorf("datetime=%s: %d features, want none (no feature carries a time)", dt, n)
		}
	}
	if n, _ := count("/collections/places/items?document=no-such-document"); n != 0 {
		t.Errorf("document=no-such-document: %d features", n)
	}
}

func TestItemsBadParameters(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	for _, q := range []string{
		"limit=0", "limit=-1", "limit=abc", "limit=1.5", "limit=", "offset=-1", "offset=x",
		"bbox=1,2,3", "bbox=a,b,c,d", "bbox=1,2,3,4,5", "bbox=0,-91,1,0", "bbox=0,10,1,5", "bbox=-181,0,0,1", "bbox=NaN,0,1,1",
		"foo=bar", "datetime=yesterday", "datetime=../..", "datetime=2020-13-01", "f=xml", "f=html", "limit=1&limit=2", "document=../etc", "bbox-crs=EPSG:4326",
	} {
		r := get(t, app, "/collections/places/items?"+q)
		if r.status != 400 || !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") || errorMessage(t, r) == "" {
			t.Errorf("GET items?%s = %d %q %s, want 400 with a JSON message", q, r.status, r.header.Get("Content-Type"), r.body)
		}
	}
	for _, target := range []string{"/collections?foo=1", "/collections/places?f=csv", "/conformance?x=1", "/api?f=yaml", "/collections/places/items/talahandak~p1?f=kml"} {
		if r := get(t, app, target); r.status != 400 || errorMessage(t, r) == "" {
			t.Errorf("GET %s = %d, want 400 with a message", target, r.status)
		}
	}
	for _, target := range []string{"/collections/nope", "/collections/nope/items", "/collections/places/items/nope", "/collections/places/items/talahandak~c1", "/collections/places.json"} {
		if r := get(t, app, target); r.status != 404 || errorMessage(t, r) == "" {
			t.Errorf("GET %s = %d, want 404 with a message", target, r.status)
		}
	}
}

func TestItem(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	var page ogcPage
	getJSON(t, get(t, app, "/collections/constraints/items"), &page)
	for _, f := range page.Features {
		var one struct {
			Type, ID   string
			Properties map[string]any
			Links      []ogcLink
		}
		r := get(t, app, "/collections/constraints/items/"+url.PathEscape(f.ID))
		getJSON(t, r, &one)
		if one.Type != "Feature" || one.ID != f.ID || one.Properties["local_id"] != f.Properties["local_id"] {
			t.Errorf("GET item %s = %+v", f.ID, one)
		}
		if r.header.Get("Content-Type") != "application/geo+json" {
			t.Errorf("GET item %s Content-Type %q", f.ID, r.header.Get("Content-Type"))
		}
		for _, rel := range []string{"self", "alternate", "collection"} {
			l := linkByRel(one.Links, rel)
			if l == nil {
				t.Errorf("item %s has no %s link", f.ID, rel)
				continue
			}
			if r := get(t, app, localPath(t, l.Href)); r.status != 200 {
				t.Errorf("item %s: %s link %s = %d", f.ID, rel, l.Href, r.status)
			}
		}
	}
}

func TestOGCCachingAndHead(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	for _, target := range []string{"/?f=json", "/", "/api", "/api?f=html", "/conformance", "/collections", "/collections/regions",
		"/collections/regions/items", "/collections/regions/items?limit=1&offset=1", "/collections/regions/items/talahandak~r-p1"} {
		r := get(t, app, target)
		etag := r.header.Get("ETag")
		if r.status != 200 || etag == "" || r.header.Get("Cache-Control") == "" {
			t.Errorf("GET %s = %d, ETag %q, Cache-Control %q; want 200 with both", target, r.status, etag, r.header.Get("Cache-Control"))
			continue
		}
		if again := get(t, app, target, "If-None-Match", etag); again.status != 304 {
			t.Errorf("GET %s If-None-Match its ETag = %d, want 304", target, again.status)
		}
		head := do(t, app, mustRequest(t, "HEAD", target))
		if head.status != 200 || len(head.body) != 0 || head.header.Get("ETag") != etag {
			t.Errorf("HEAD %s = %d, %d bytes, ETag %q; want 200, empty, %q", target, head.status, len(head.body), head.header.Get("ETag"), etag)
		}
	}
}

func mustRequest(t *testing.T, method, target string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(method, "http://example.com"+target, nil)
	if err != nil {
		t.Fatal(err)
	}
	return req
}

// varyFields returns the header names the Vary headers of h list, in
// lower case.
func varyFields(h http.Header) []string {
	var out []string
	for _, v := range h.Values("Vary") {
		for _, f := range strings.Split(v, ",") {
			if f = strings.ToLower(strings.TrimSpace(f)); f != "" {
				out = append(out, f)
			}
		}
	}
	return out
}
