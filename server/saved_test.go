package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/locus-gis/locus/server"
	"github.com/locus-gis/locus/store"
)

// newStoreApp builds a fixture app over the store at path and returns it
// with the store (closed when the test ends).
func newStoreApp(t *testing.T, path string, cfg server.Config) (*fiber.App, *store.Store) {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	cfg.Store = st
	app, err := server.New(cfg, newFixtureEngine(t), fixtureDocs(t))
	if err != nil {
		t.Fatalf("server.New: %v", err)
	}
	return app, st
}

type savedSummary struct {
	ID, Title string
	Bytes     int
	Saved     bool
	Counts    map[string]int
}

func listDocuments(t *testing.T, app *fiber.App) []savedSummary {
	t.Helper()
	var out struct{ Documents []savedSummary }
	getJSON(t, get(t, app, "/api/documents"), &out)
	return out.Documents
}

func itemIDs(t *testing.T, app *fiber.App) []string {
	t.Helper()
	var ids []string
	for _, c := range []string{"places", "areas", "borders", "regions", "constraints"} {
		var page ogcPage
		getJSON(t, get(t, app, "/collections/"+c+"/items?limit=10000"), &page)
		for _, f := range page.Features {
			ids = append(ids, c+"/"+f.ID)
		}
	}
	sort.Strings(ids)
	return ids
}

func deleteReq(t *testing.T, app *fiber.App, id string) response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodDelete, "http://example.com/api/documents/"+id, nil)
	return do(t, app, req)
}

func TestSaveDocument(t *testing.T) {
	path := filepath.Join(t.TempDir(), "documents.sqlite")
	app, _ := newStoreApp(t, path, server.Config{})
	before := itemIDs(t, app)
	etag := get(t, app, "/features.geojson").header.Get("ETag")
	itemsETag := get(t, app, "/collections/places/items").header.Get("ETag")

	r := post(t, app, "/api/documents", "application/json", []byte(`{"title": "From Kidal", "text": "From Kidal to Tessaoua."}`))
	if r.status != http.StatusCreated {
		t.Fatalf("POST /api/documents = %d %s, want 201", r.status, r.body)
	}
	var sum savedSummary
	if err := json.Unmarshal(r.body, &sum); err != nil {
		t.Fatal(err)
	}
	if sum.ID == "" || sum.Title != "From Kidal" || !sum.Saved || sum.Counts["places"] != 2 || sum.Bytes != len("From Kidal to Tessaoua.") {
		t.Errorf("POST /api/documents body = %+v, want id, title From Kidal, saved, 2 places", sum)
	}
	if loc := r.header.Get("Location"); loc != "/api/documents/"+sum.ID {
		t.Errorf("Location = %q, want /api/documents/%s", loc, sum.ID)
	}
	docs := listDocuments(t, app)
	if len(docs) != 3 || docs[2].ID != sum.ID || !docs[2].Saved || docs[0].Saved {
		t.Errorf("/api/documents after the save = %+v", docs)
	}
	if get(t, app, "/api/documents/"+sum.ID).status != 200 {
		t.Error("GET the saved document: not 200")
	}
	if get(t, app, "/features.geojson").header.Get("ETag") == etag || get(t, app, "/collections/places/items").header.Get("ETag") == itemsETag {
		t.Error("the ETags did not change with the set of documents")
	}
	var page ogcPage
	getJSON(t, get(t, app, "/collections/places/items?document="+sum.ID), &page)
	if page.NumberMatched != 2 {
		t.Errorf("the saved document's places in the collection: %d, want 2", page.NumberMatched)
	}
	after := itemIDs(t, app)
	for _, id := range before {
		if !slices.Contains(after, id) {
			t.Errorf("feature %s changed id or vanished when a document was added", id)
		}
	}
	if len(after) != len(before)+2 {
		t.Errorf("%d features after adding 2, had %d", len(after), len(before))
	}

	// text/plain: the title is the first line.
	r = post(t, app, "/api/documents", "text/plain; charset=utf-8", []byte("== Ténenkou ==\nTénenkou is far from Kidal."))
	if r.status != http.StatusCreated {
		t.Fatalf("POST text/plain = %d %s", r.status, r.body)
	}
	json.Unmarshal(r.body, &sum)
	if sum.Title != "Ténenkou" {
		t.Errorf("title from the text = %q, want Ténenkou", sum.Title)
	}
}

func TestSaveDocumentBadInput(t *testing.T) {
	app, _ := newStoreApp(t, filepath.Join(t.TempDir(), "d.sqlite"), server.Config{BodyLimit: 1000})
	for _, tt := range []struct {
		name, ctype, body string
		want              int
	}{
		{"empty", "text/plain", "  \n", 400},
		{"not UTF-8", "text/plain", "Kidal \xff", 400},
		{"NUL", "text/plain", "Kidal\x00", 400},
		{"unknown member", "application/json", `{"text": "Kidal", "author": "x"}`, 400},
		{"no text", "application/json", `{"title": "t"}`, 400},
		{"not an object", "application/json", `["Kidal"]`, 400},
		{"other type", "application/xml", "<text>Kidal</text>", 415},
		{"other charset", "text/plain; charset=latin1", "Kidal", 415},
		{"engine refuses", "text/plain", textInputError, 422},
	} {
		r := post(t, app, "/api/documents", tt.ctype, []byte(tt.body))
		if r.status != tt.want || errorMessage(t, r) == "" {
			t.Errorf("%s: POST /api/documents = %d %s, want %d with a message", tt.name, r.status, r.body, tt.want)
		}
	}
	// Over the body limit, on a real connection (fasthttp refuses it
	// before any handler).
	if status, msg := postWire(t, startServer(t, app)+"/api/documents", []byte(strings.Repeat("Kidal ", 200))); status != 413 || msg == "" {
		t.Errorf("POST /api/documents over the limit = %d %q, want 413 with a message", status, msg)
	}
	if n := len(listDocuments(t, app)); n != 2 {
		t.Errorf("%d documents after refused saves, want the 2 fixtures", n)
	}
}

func TestDeleteDocument(t *testing.T) {
	path := filepath.Join(t.TempDir(), "documents.sqlite")
	app, _ := newStoreApp(t, path, server.Config{})
	r := deleteReq(t, app, "talahandak")
	if r.status != http.StatusMethodNotAllowed || !strings.Contains(errorMessage(t, r), "read-only") || r.header.Get("Allow") == "" {
		t.Errorf("DELETE a start-up document = %d %s (Allow %q), want 405 saying read-only", r.status, r.body, r.header.Get("Allow"))
	}
	if r := deleteReq(t, app, "no-such-doc"); r.status != 404 || errorMessage(t, r) == "" {
		t.Errorf("DELETE an unknown document = %d, want 404", r.status)
	}
	var keep, gone savedSummary
	json.Unmarshal(post(t, app, "/api/documents", "text/plain", []byte("Kidal and Tessalit.")).body, &keep)
	json.Unmarshal(post(t, app, "/api/documents", "text/plain", []byte("Tessaoua.")).body, &gone)
	if r := deleteReq(t, app, gone.ID); r.status != http.StatusNoContent {
		t.Fatalf("DELETE a saved document = %d %s, want 204", r.status, r.body)
	}
	if r := get(t, app, "/api/documents/"+gone.ID); r.status != 404 {
		t.Errorf("GET a deleted document = %d, want 404", r.status)
	}
	var page ogcPage
	getJSON(t, get(t, app, "/collections/places/items?document="+gone.ID), &page)
	if page.NumberMatched != 0 {
		t.Errorf("a deleted document still has %d places", page.NumberMatched)
	}
	ids := itemIDs(t, app)

	// A restart on the same store: the kept document, not the deleted one,
	// with the same feature ids.
	app2, st := newStoreApp(t, path, server.Config{})
	docs := listDocuments(t, app2)
	var got []string
	for _, d := range docs {
		got = append(got, d.ID)
	}
	if want := []string{"talahandak", "utf8", keep.ID}; !slices.Equal(got, want) {
		t.Errorf("documents after a restart = %v, want %v", got, want)
	}
	if again := itemIDs(t, app2); !slices.Equal(again, ids) {
		t.Errorf("feature ids after a restart:\n%v\nwant\n%v", again, ids)
	}
	saved, _ := st.Documents(context.Background())
	if len(saved) != 1 || saved[0].ID != keep.ID {
		t.Errorf("the store holds %+v, want only %s", saved, keep.ID)
	}
}

func TestSaveWithoutStore(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	r := post(t, app, "/api/documents", "text/plain", []byte("Kidal."))
	if r.status != http.StatusMethodNotAllowed || !strings.Contains(errorMessage(t, r), "store") {
		t.Errorf("POST /api/documents without a store = %d %s, want 405 naming the store", r.status, r.body)
	}
}

// blockingStore is a Store whose writes wait for their context to end,
// like a database another process keeps locked.
type blockingStore struct{}

func (blockingStore) Documents(context.Context) ([]store.Document, error) { return nil, nil }
func (blockingStore) Save(ctx context.Context, _ store.Document) error {
	<-ctx.Done()
	return ctx.Err()
}
func (blockingStore) Delete(ctx context.Context, _ string) error {
	<-ctx.Done()
	return ctx.Err()
}

func TestSaveTimeoutIs503(t *testing.T) {
	app, err := server.New(server.Config{Store: blockingStore{}, SaveTimeout: 50 * time.Millisecond}, newFixtureEngine(t), fixtureDocs(t))
	if err != nil {
		t.Fatal(err)
	}
	r := post(t, app, "/api/documents", "text/plain", []byte("Kidal."))
	if r.status != http.StatusServiceUnavailable || !strings.Contains(errorMessage(t, r), "not made") {
		t.Errorf("a save that times out = %d %s, want 503 saying it was not made", r.status, r.body)
	}
	if n := len(listDocuments(t, app)); n != 2 {
		t.Errorf("%d documents after a timed-out save, want 2", n)
	}
}

func TestSaveRefusesOtherSites(t *testing.T) {
	app, st := newStoreApp(t, filepath.Join(t.TempDir(), "d.sqlite"), server.Config{})
	r := post(t, app, "/api/documents", "text/plain", []byte("Kidal."), "Origin", "https://evil.example.org")
	if r.status != http.StatusForbidden || errorMessage(t, r) == "" {
		t.Errorf("POST from another site's page = %d %s, want 403", r.status, r.body)
	}
	r = post(t, app, "/api/documents", "text/plain", []byte("Kidal."), "Origin", "http://example.com")
	if r.status != http.StatusCreated {
		t.Fatalf("POST from the server's own page = %d %s, want 201", r.status, r.body)
	}
	var sum savedSummary
	json.Unmarshal(r.body, &sum)
	req, _ := http.NewRequest(http.MethodDelete, "http://example.com/api/documents/"+sum.ID, nil)
	req.Header.Set("Origin", "https://evil.example.org")
	if r := do(t, app, req); r.status != http.StatusForbidden {
		t.Errorf("DELETE from another site's page = %d, want 403", r.status)
	}
	if docs, _ := st.Documents(context.Background()); len(docs) != 1 {
		t.Errorf("the store holds %d documents, want 1", len(docs))
	}
}

func TestConcurrentSaves(t *testing.T) {
	app, st := newStoreApp(t, filepath.Join(t.TempDir(), "d.sqlite"), server.Config{})
	const n = 12
	ids := make(chan string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := post(t, app, "/api/documents", "application/json", []byte(fmt.Sprintf(`{"title": "t%d", "text": "Kidal %d."}`, i, i)))
			var sum savedSummary
			if r.status != http.StatusCreated || json.Unmarshal(r.body, &sum) != nil {
				t.Errorf("concurrent save %d = %d %s", i, r.status, r.body)
				return
			}
			ids <- sum.ID
		}()
	}
	wg.Wait()
	close(ids)
	listed := listDocuments(t, app)
	stored, _ := st.Documents(context.Background())
	for id := range ids {
		if !slices.ContainsFunc(listed, func(d savedSummary) bool { return d.ID == id }) {
			t.Errorf("saved %s is not listed", id)
		}
	}
	if len(listed) != 2+n || len(stored) != n {
		t.Errorf("%d documents listed and %d stored after %d saves, want %d and %d", len(listed), len(stored), n, 2+n, n)
	}
}

func TestTitleFromText(t *testing.T) {
	long := strings.Repeat("é", 150) // 300 bytes
	for _, tt := range []struct{ in, want string }{
		{"== Battle of Talahandak ==\nText.", "Battle of Talahandak"},
		{"\n\n  Gao lies east.  \nMore.", "Gao lies east."},
		{"Tab\tin\x07title", "Tab in title"},
		{"   \n  ", ""},
		{"====", ""},
		{long, strings.Repeat("é", 100) + "…"},
	} {
		if got := server.TitleFromText(tt.in); got != tt.want {
			t.Errorf("TitleFromText(%.30q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
