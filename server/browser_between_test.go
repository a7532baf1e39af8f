package server_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/locus-gis/locus/server"
)

// TestBrowserBetween maps "between A and B" and "midway between A and B"
// (testdata/between.txt, pasted; its GeoJSON is locus's own output) and
// checks that the page says what was stated and measured in words: both
// places named, the way by the place against the direct distance, the
// distance from the midpoint, each drawn as a line through the place.
func TestBrowserBetween(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	app, _ := newFixtureApp(t, server.Config{})
	base := startServer(t, app)
	b := newBrowser(t, base, 1280, 800)
	text := readFile(t, "between.txt")
	b.open("/")
	b.waitFor("the seed's features", `document.querySelector('.locus-id-c3') !== null`)
	b.paste(text)
	b.screenshot("locus-between.png")
	fc := decodeFC(t, post(t, app, "/api/resolve", "text/plain; charset=utf-8", []byte(text)).body)
	b.checkDrawn(fc, text)

	var rows []struct {
		Phrase   string `json:"phrase"`
		Stated   string `json:"stated"`
		Measured string `json:"measured"`
		Verdict  string `json:"verdict"`
	}
	b.eval(`[...document.querySelectorAll('#constraints tbody tr')].map(r => {
		const c = [...r.querySelectorAll('td')].map(td => td.textContent);
		return {phrase: c[0], stated: c[1], measured: c[2], verdict: c[3]}; })`, &rows)
	want := map[string][2]string{
		"on the road between Kabul and Jalalabad": {"on the road between Kabul and Jalalabad", "by way of it (direct 118 km)"},
		"midway between Kabul and Jalalabad":      {"midway between Kabul and Jalalabad", "from the midpoint"},
	}
	seen := 0
	for _, r := range rows {
		w, ok := want[r.Phrase]
		if !ok {
			continue
		}
		seen++
		if r.Stated != w[0] || !strings.HasSuffix(r.Measured, w[1]) || r.Verdict != "✓ holds" {
			t.Errorf("row %q: stated %q, measured %q, %q; want stated %q, measured ending %q, holds", r.Phrase, r.Stated, r.Measured, r.Verdict, w[0], w[1])
		}
	}
	if seen != len(want) {
		t.Errorf("the table has %d of the %d between rows: %+v", seen, len(want), rows)
	}
	// The popup says what is allowed in the same words.
	b.do("select the between phrase", chromedp.Click(chromedp.CSS(`#text .phrase.relation[data-feature="c1"]`)))
	b.waitFor("the between popup", `document.querySelector('.leaflet-popup-content') !== null`)
	var pop string
	b.eval(`document.querySelector('.leaflet-popup-content').textContent`, &pop)
	for _, w := range []string{"Kabul and Jalalabad", "by way of it ≤ 148 km (direct 118 km)"} {
		if !strings.Contains(pop, w) {
			t.Errorf("the between popup %q lacks %q", pop, w)
		}
	}
	// Each is drawn: a line from Kabul through the place to Jalalabad.
	var drawn int
	b.eval(`document.querySelectorAll('path.locus-id-c1, path.locus-id-c3').length`, &drawn)
	if drawn != 2 {
		t.Errorf("%d of the 2 between constraints are drawn on the map", drawn)
	}
}
