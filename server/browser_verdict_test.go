package server_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/locus-gis/locus/server"
)

// labelBoxes is the JavaScript that lists the open map labels (place names
// and constraint labels) with their screen boxes, and the map's box.
const labelBoxes = `(() => {
	const m = document.getElementById('map').getBoundingClientRect();
	// A closed label fades out before Leaflet removes it: count the visible.
	const labels = [...document.querySelectorAll('.leaflet-tooltip-pane .leaflet-tooltip')].filter(e => +getComputedStyle(e).opacity > 0).map(e => {
		const r = e.getBoundingClientRect();
		return {text: e.textContent, class: e.className, left: r.left, right: r.right, top: r.top, bottom: r.bottom};
	});
	return {map: {left: m.left, right: m.right, top: m.top, bottom: m.bottom}, labels: labels};
})()`

type box struct {
	Text   string  `json:"text"`
	Class  string  `json:"class"`
	Left   float64 `json:"left"`
	Right  float64 `json:"right"`
	Top    float64 `json:"top"`
	Bottom float64 `json:"bottom"`
}

type labelState struct {
	Map    box   `json:"map"`
	Labels []box `json:"labels"`
}

// checkLabels fails when two open labels overlap or one is cut at the
// map's edge, and returns the open labels' texts.
func checkLabels(t *testing.T, b *browser, when string) []string {
	t.Helper()
	var st labelState
	b.eval(labelBoxes, &st)
	var texts []string
	for i, l := range st.Labels {
		texts = append(texts, l.Text)
		if l.Left < st.Map.Left-0.5 || l.Right > st.Map.Right+0.5 || l.Top < st.Map.Top-0.5 || l.Bottom > st.Map.Bottom+0.5 {
			t.Errorf("%s: label %q at x %.0f–%.0f, y %.0f–%.0f is cut by the map's edge (x %.0f–%.0f, y %.0f–%.0f)",
				when, l.Text, l.Left, l.Right, l.Top, l.Bottom, st.Map.Left, st.Map.Right, st.Map.Top, st.Map.Bottom)
		}
		for _, k := range st.Labels[:i] {
			if l.Left < k.Right && k.Left < l.Right && l.Top < k.Bottom && k.Top < l.Bottom {
				t.Errorf("%s: labels %q and %q overlap", when, k.Text, l.Text)
			}
		}
	}
	return texts
}

// TestBrowserVerdicts maps the fixture with a constraint of every verdict
// (testdata/unmeasured.txt, pasted) and checks that the page never
// overstates: the unmeasured constraint reads "not measured" in grey and
// the summary never says "all hold"; contradicted places, known towns'
// extents and containment look as the legend says; labels never overlap.
func TestBrowserVerdicts(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	app, _ := newFixtureApp(t, server.Config{})
	base := startServer(t, app)
	b := newBrowser(t, base, 1280, 800)
	text := readFile(t, "unmeasured.txt")
	// Without zoom animations, which headless Chromium runs only while
	// it paints, the labels are where the view says when it is checked.
	if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
	}); err != nil {
		t.Fatalf("emulate prefers-reduced-motion: %v", err)
	}

	b.open("/")
	b.waitFor("the seed's features", `document.querySelector('.locus-id-c3') !== null`)
	var label string
	b.eval(`document.querySelector('label[for=paste]').textContent`, &label)
	if !strings.Contains(label, "English or French") {
		t.Errorf("the paste box reads %q, want it to name English and French", label)
	}
	// Every measured constraint holds, one was not measured: never "all
	// hold".
	b.paste(readFile(t, "unmeasured-holds.txt"))
	var status string
	b.eval(`document.getElementById('status').textContent`, &status)
	if !strings.HasSuffix(status, "2 constraints (1 holds, 1 not measured).") || strings.Contains(status, "all hold") {
		t.Errorf("status = %q, want it to end \"2 constraints (1 holds, 1 not measured).\" and never say all hold", status)
	}

	b.paste(text)
	b.screenshot("locus-verdicts.png")

	b.eval(`document.getElementById('status').textContent`, &status)
	const want = "8 places (3 derived), 2 not located, 5 constraints (3 hold, 1 contradicted, 1 not measured)."
	if !strings.HasSuffix(status, want) || strings.Contains(status, "all hold") {
		t.Errorf("status = %q, want it to end %q and never say all hold", status, want)
	}
	fc := decodeFC(t, post(t, app, "/api/resolve", "text/plain; charset=utf-8", []byte(text)).body)
	b.checkDrawn(fc, text)

	// The table: each verdict in words; not measured in grey, never green.
	var rows []struct {
		Class string `json:"class"`
		Cell  string `json:"cell"`
		Color string `json:"color"`
	}
	b.eval(`[...document.querySelectorAll('#constraints tbody tr')].map(r => {
		const c = r.querySelector('.ok-cell');
		return {class: r.className, cell: c.textContent, color: getComputedStyle(c).color}; })`, &rows)
	wantCells := []string{"✓ holds", "✓ holds", "– not measured", "✓ holds", "✗ contradicted"}
	if len(rows) != len(wantCells) {
		t.Fatalf("the table has %d rows, want %d", len(rows), len(wantCells))
	}
	green := "rgb(43, 138, 62)"
	for i, r := range rows {
		if r.Cell != wantCells[i] {
			t.Errorf("row %d verdict %q, want %q", i+1, r.Cell, wantCells[i])
		}
		if strings.Contains(r.Cell, "not measured") && (r.Color == green || r.Class != "nm") {
			t.Errorf("row %d (not measured) has class %q and colour %s, want class nm and not green", i+1, r.Class, r.Color)
		}
	}
	var phrase struct {
		Class string `json:"class"`
		Title string `json:"title"`
	}
	b.eval(`(() => { const s = document.querySelector('#text .phrase.relation[data-feature="c3"]'); return {class: s.className, title: s.title}; })()`, &phrase)
	if !strings.Contains(phrase.Class, "nm") || !strings.Contains(phrase.Title, "not measured") {
		t.Errorf("the unmeasured phrase has class %q and title %q, want nm and \"not measured\"", phrase.Class, phrase.Title)
	}

	// Markers and regions: a contradicted place is a hollow red ring; a
	// known town's extent is lighter than a derived region and below it.
	var look struct {
		Contradicted       string `json:"contradicted"`
		ContradictedStroke string `json:"contradictedStroke"`
		Located            string `json:"located"`
		ExtentOpacity      string `json:"extentOpacity"`
		RegionOpacity      string `json:"regionOpacity"`
		Containment        int    `json:"containment"`
		Legend             string `json:"legend"`
	}
	b.eval(`(() => { const q = s => document.querySelector(s);
		return {contradicted: q('.locus-id-p6').getAttribute('class'), contradictedStroke: q('.locus-id-p6').getAttribute('stroke'),
			located: q('.locus-id-p3').getAttribute('class'),
			extentOpacity: q('.locus-id-r-p1').getAttribute('fill-opacity'), regionOpacity: q('.locus-id-r-p3').getAttribute('fill-opacity'),
			containment: document.querySelectorAll('.locus-id-c1').length,
			legend: q('.locus-legend').textContent}; })()`, &look)
	if !strings.Contains(look.Contradicted, "locus-contradicted") || look.ContradictedStroke != "#c92a2a" {
		t.Errorf("contradicted Inabag has class %q, stroke %q; want locus-contradicted in red", look.Contradicted, look.ContradictedStroke)
	}
	if strings.Contains(look.Located, "locus-contradicted") {
		t.Errorf("located Amachach has class %q, want no contradicted marker", look.Located)
	}
	if !(atof(look.ExtentOpacity) < atof(look.RegionOpacity)) {
		t.Errorf("extent fill opacity %s, region %s; want the gazetteer extent lighter", look.ExtentOpacity, look.RegionOpacity)
	}
	if look.Containment != 0 {
		t.Errorf("the containment \"in Mali\" has %d map elements, want none (popup and table only)", look.Containment)
	}
	for _, w := range []string{"Town extent", "Uncertainty region", "contradicted", "not measured"} {
		if !strings.Contains(look.Legend, w) {
			t.Errorf("legend %q lacks %q", look.Legend, w)
		}
	}

	// Containment shows in the place's popup, with its verdict.
	b.clickPhrase("Tessalit")
	var pop string
	b.eval(`document.querySelector('.leaflet-popup-content').textContent`, &pop)
	if !strings.Contains(pop, "in Mali: holds") {
		t.Errorf("Tessalit's popup %q does not say it is in Mali and that this holds", pop)
	}
	b.do("close the popup", chromedp.Click(chromedp.CSS(".leaflet-popup-close-button")))

	// Zoomed out so that three names crowd one spot (Tessalit, Amachach
	// 10 km north of it, "the area around Tessalit" at it): the selected
	// Tessalit keeps its label right of its marker, Amachach goes left of
	// its own, and the area's label, ranked last, is hidden until hovered.
	b.do("zoom to Tessalit", chromedp.Evaluate[chromedp.Void](`location.hash = '#map=7/20.1/1.2'`))
	b.do("settle", chromedp.Sleep(300))
	var hash string
	b.eval(`location.hash`, &hash)
	if !strings.HasPrefix(hash, "#map=7/") {
		t.Fatalf("the view is %q, want zoom 7", hash)
	}
	open := strings.Join(checkLabels(t, b, "zoom 7"), "|")
	if !strings.Contains(open, "Tessalit") || !strings.Contains(open, "Amachach") || strings.Contains(open, "the area around Tessalit") {
		var st labelState
		b.eval(labelBoxes, &st)
		t.Errorf("open labels at zoom 7: %s; want Tessalit and Amachach shown and the area's label hidden (%+v)", open, st)
	}
	b.screenshot("locus-declutter.png")
	b.do("hover the area", chromedp.Evaluate[chromedp.Void](`document.querySelector('.locus-id-p8').dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))`))
	var hovered bool
	b.eval(`[...document.querySelectorAll('.leaflet-tooltip')].some(e => e.textContent === 'the area around Tessalit' && +getComputedStyle(e).opacity > 0)`, &hovered)
	if !hovered {
		t.Error("hovering the area's marker does not show its hidden label")
	}
	b.checkClean(nil)
}

// TestBrowserPhoneLabels checks the page at phone width: a place name near
// the right edge moves left of its marker instead of being cut, labels do
// not overlap, and the scale bar is not under the attribution.
func TestBrowserPhoneLabels(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	app, _ := newFixtureApp(t, server.Config{})
	base := startServer(t, app)
	b := newBrowser(t, base, 390, 844)
	b.do("phone viewport", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait))
	// Tessalit about 20 px from the right edge at zoom 9.
	b.open("/#doc=talahandak&map=9/20.2/0.54")
	b.waitFor("the seed's features", `document.querySelector('.locus-id-c3') !== null`)
	b.do("settle", chromedp.Sleep(800))
	open := checkLabels(t, b, "phone")
	var cls string
	b.eval(`(() => { const e = [...document.querySelectorAll('.leaflet-tooltip')].find(e => e.textContent === 'Tessalit'); return e ? e.className : ''; })()`, &cls)
	if !strings.Contains(cls, "leaflet-tooltip-left") {
		t.Errorf("Tessalit's label near the right edge has class %q, want it left of its marker (open labels %q)", cls, open)
	}
	var r struct {
		Scale       box `json:"scale"`
		Attribution box `json:"attribution"`
	}
	b.eval(`(() => { const f = s => { const r = document.querySelector(s).getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
		return {scale: f('.leaflet-control-scale'), attribution: f('.leaflet-control-attribution')}; })()`, &r)
	s, a := r.Scale, r.Attribution
	if s.Left < a.Right && a.Left < s.Right && s.Top < a.Bottom && a.Top < s.Bottom {
		t.Errorf("the scale bar %+v overlaps the attribution %+v", s, a)
	}
	b.screenshot("locus-phone-labels.png")
	b.checkClean(nil)
}

func atof(s string) float64 {
	var f float64
	fmt.Sscan(s, &f)
	return f
}
