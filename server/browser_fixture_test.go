package server_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/locus-gis/locus/server"
)

// TestBrowserFixture drives Chromium through the page over the fixture
// engine, whose answers are known exactly: the seed's features, a
// contradicted constraint and a text with multi-byte characters.
func TestBrowserFixture(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	app, _ := newFixtureApp(t, server.Config{})
	base := startServer(t, app)
	b := newBrowser(t, base, 1280, 800)
	seed := readFile(t, "talahandak.txt")
	utf8Text := readFile(t, "utf8.txt")

	b.open("/")
	b.waitFor("the seed's features", `document.querySelector('.locus-id-c3') !== null`)
	b.checkMapFurniture()
	b.checkDrawn(getFC(t, app, "/features.geojson?doc=talahandak"), seed)
	b.screenshot("locus-fixture-overview.png")

	var status string
	b.eval(`document.getElementById('status').textContent`, &status)
	if want := "6 places (2 derived), 1 not located, 3 constraints (all hold)."; status != want {
		t.Errorf("status = %q, want %q", status, want)
	}
	var pickerHidden bool
	b.eval(`document.getElementById('picker-wrap').hidden`, &pickerHidden)
	if pickerHidden {
		t.Errorf("the document picker is hidden with two documents")
	}

	// Clicking a feature on the map highlights its phrases.
	b.do("click the Tessalit marker", chromedp.Click(chromedp.CSS(".locus-id-p4")))
	b.waitFor("Tessalit's phrases", `document.querySelectorAll('#text .phrase.active').length === 2`)
	var active []string
	b.eval(`[...document.querySelectorAll('#text .phrase.active')].map(s => s.textContent)`, &active)
	if strings.Join(active, ",") != "Tessalit,Tessalit" {
		t.Errorf("after clicking Tessalit's marker the highlighted phrases are %q, want Tessalit twice", active)
	}
	b.do("close the popup", chromedp.KeyEvent("\x1b"))

	// A relation phrase reached with the keyboard opens its constraint.
	b.do("focus a relation phrase", chromedp.Focus(chromedp.CSS(`#text .phrase.relation[data-feature="c2"]`)), chromedp.KeyEvent("\r"))
	b.waitFor("the border-distance popup", `(() => { const p = document.querySelector('.leaflet-popup-content');
		return p !== null && p.textContent.includes('20 km from the Algerian border'); })()`)

	// Clicking Talahandak in the text flies to it and opens its popup.
	if id := b.clickPhrase("Talahandak"); id != "p1" {
		t.Errorf("the Talahandak phrase belongs to %q, want p1", id)
	}
	var hash string
	b.eval(`location.hash`, &hash)
	for _, want := range []string{"doc=talahandak", "sel=p1", "map="} {
		if !strings.Contains(hash, want) {
			t.Errorf("permalink %q lacks %q", hash, want)
		}
	}
	b.screenshot("locus-fixture.png")

	// The download button saves the document's FeatureCollection.
	saved := decodeFC(t, b.download("talahandak.geojson"))
	if got := strings.Join(featureIDs(saved), ","); got != "p1,p2,p3,p4,p5,p6,r-p1,r-p5,c1,c2,c3" {
		t.Errorf("downloaded features %s, want the document's eleven", got)
	}

	// The permalink opens the other document with its constraint selected;
	// its text has é (two bytes) and an emoji (four bytes, two UTF-16 units).
	b.open("/#doc=utf8&sel=c1")
	b.waitFor("the utf8 document", `document.querySelector('.locus-id-c1.bad') !== null`)
	b.waitFor("the contradicted constraint's popup", `(() => { const p = document.querySelector('.leaflet-popup-content');
		return p !== null && p.textContent.includes('contradicted'); })()`)
	b.checkDrawn(getFC(t, app, "/features.geojson?doc=utf8"), utf8Text)
	var okCell string
	b.eval(`document.querySelector('#constraints tbody tr .ok-cell').textContent`, &okCell)
	if okCell != "✗ contradicted" {
		t.Errorf("the contradicted constraint's verdict cell reads %q, want ✗ contradicted", okCell)
	}

	// Pasting a two-sentence document maps it.
	pasted := "Ténenkou 🙂 is a town in Mali. Kidal lies far to the north-east of Ténenkou."
	b.paste(pasted)
	var places int
	b.eval(`document.querySelectorAll('.locus-place').length`, &places)
	if places != 2 {
		t.Errorf("the pasted text shows %d places, want 2 (Ténenkou, Kidal)", places)
	}
	fc := decodeFC(t, post(t, app, "/api/resolve", "text/plain", []byte(pasted)).body)
	b.checkDrawn(fc, pasted)

	// Errors are messages, not a blank map.
	b.do("paste nothing", chromedp.SetValue(chromedp.CSS("#paste"), "   "), chromedp.Click(chromedp.CSS("#paste-go")))
	b.waitFor("the empty-text message", `document.getElementById('error-text').textContent.includes('Paste some text first')`)
	b.do("paste a refused text", chromedp.SetValue(chromedp.CSS("#paste"), textInputError), chromedp.Click(chromedp.CSS("#paste-go")))
	b.waitFor("the server's message", `document.getElementById('error-text').textContent.includes('no sentences (HTTP 422)')`)
	b.eval(`document.querySelectorAll('.locus-place').length`, &places)
	if places != 2 {
		t.Errorf("after a refused paste the map shows %d places, want the previous 2", places)
	}

	b.checkClean(func(m chromedp.ConsoleMessage) bool {
		// The 422 the test provoked on purpose.
		return m.Source == "network" && strings.Contains(m.Text, "422")
	})
}

// TestBrowserPhone checks the page at phone width: the map above the text,
// nothing wider than the screen, the legend folded.
func TestBrowserPhone(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	app, _ := newFixtureApp(t, server.Config{})
	base := startServer(t, app)
	b := newBrowser(t, base, 390, 844)
	b.do("phone viewport", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait))
	b.open("/")
	b.waitFor("the seed's features", `document.querySelector('.locus-id-c3') !== null`)
	var got struct {
		ScrollWidth int  `json:"scrollWidth"`
		Width       int  `json:"width"`
		MapHeight   int  `json:"mapHeight"`
		MapBottom   int  `json:"mapBottom"`
		TextTop     int  `json:"textTop"`
		LegendOpen  bool `json:"legendOpen"`
	}
	b.eval(`(() => { const m = document.getElementById('map').getBoundingClientRect();
		return {scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth,
			mapHeight: Math.round(m.height), mapBottom: Math.round(m.bottom),
			textTop: Math.round(document.getElementById('text').getBoundingClientRect().top),
			legendOpen: !document.querySelector('.locus-legend ul').hidden}; })()`, &got)
	if got.ScrollWidth > got.Width {
		t.Errorf("page is %d px wide on a %d px screen, want no sideways scrolling", got.ScrollWidth, got.Width)
	}
	if got.MapHeight < 250 {
		t.Errorf("map is %d px high on a phone, want at least 250", got.MapHeight)
	}
	if got.TextTop < got.MapBottom {
		t.Errorf("text starts at %d px, above the map's bottom %d px; want the text below the map", got.TextTop, got.MapBottom)
	}
	if got.LegendOpen {
		t.Errorf("the legend is unfolded on a phone, want it folded behind its button")
	}
	b.clickPhrase("Talahandak")
	b.screenshot("locus-phone.png")
	b.checkClean(nil)
}
