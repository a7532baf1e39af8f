package server_test

import (
	"strings"
	"testing"

	"github.com/locus-gis/locus/server"
)

// TestBrowserCrossing maps a place given only directions from two towns
// (testdata/crossing.txt, pasted; its GeoJSON is locus's own output) and
// checks that the place's popup tells the reader that it was placed from
// directions alone and that its region is wide, and that both directions
// are in the table as holding.
func TestBrowserCrossing(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	app, _ := newFixtureApp(t, server.Config{})
	base := startServer(t, app)
	b := newBrowser(t, base, 1280, 800)
	text := readFile(t, "crossing.txt")
	b.open("/")
	b.waitFor("the seed's features", `document.querySelector('.locus-id-c3') !== null`)
	b.paste(text)
	fc := decodeFC(t, post(t, app, "/api/resolve", "text/plain; charset=utf-8", []byte(text)).body)
	b.checkDrawn(fc, text)

	var rows [][]string
	b.eval(`[...document.querySelectorAll('#constraints tbody tr')].map(r => [...r.querySelectorAll('td')].map(td => td.textContent))`, &rows)
	holds := 0
	for _, r := range rows {
		if len(r) >= 4 && (r[0] == "west of Ruiru" || r[0] == "southeast of Limuru") && r[3] == "✓ holds" {
			holds++
		}
	}
	if holds != 2 {
		t.Errorf("the table shows %d of the 2 directions holding: %q", holds, rows)
	}
	b.clickPhrase("Fekal")
	var pop string
	b.eval(`document.querySelector('.leaflet-popup-content').textContent`, &pop)
	for _, w := range []string{"derived", "placed from directions alone", "is wide"} {
		if !strings.Contains(pop, w) {
			t.Errorf("Fekal's popup %q lacks %q", pop, w)
		}
	}
	b.screenshot("locus-crossing.png")
}
