package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/gofiber/fiber/v2"
	"github.com/paulmach/orb/geojson"
)

// chromiumPath returns the Chromium to drive: $LOCUS_CHROMIUM, else the
// first of Debian's chromium and its usual other names found on PATH.
func chromiumPath() string {
	if p := os.Getenv("LOCUS_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// missingTool skips the test for want of an external tool (a browser, a
// GIS client), saying why; under CI (CI=true, set by .ci/run) it fails it
// instead, so that a green CI run means every such test ran.
func missingTool(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal("CI=true and " + why)
		return
	}
	t.Skip(why)
}

// cspProbe runs in the page before its own scripts (DevTools injects it,
// so the page's CSP does not apply to it) and records every CSP violation
// the page causes.
const cspProbe = `window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber);
});`

// browser is one headless Chromium tab on a locus server.
type browser struct {
	t    *testing.T
	ctx  context.Context
	base string

	mu       sync.Mutex
	messages []chromedp.ConsoleMessage
}

// newBrowser starts Chromium with a fresh profile, opens a tab of the given
// size and starts recording its console. Without Chromium it skips the
// test, or fails it under CI (see missingTool).
func newBrowser(t *testing.T, base string, width, height int) *browser {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		missingTool(t, "no Chromium found (looked for $LOCUS_CHROMIUM, /usr/bin/chromium, chromium, chromium-browser, google-chrome): "+
			"install Debian's chromium with apt-get install --no-install-recommends chromium to run the browser test")
	}
	// Everything Chromium writes goes under the test's temporary folder,
	// removed when the test ends: its profile, and what it would put in
	// the home folder (~/.config/chromium, ~/.cache) and the temporary
	// folder (org.chromium.Chromium.*).
	home := t.TempDir()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.Env("HOME="+home, "TMPDIR="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
			"XDG_CACHE_HOME="+filepath.Join(home, ".cache"), "XDG_DATA_HOME="+filepath.Join(home, ".local")),
		chromedp.ExecPath(path),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-features", "Translate,MediaRouter,OptimizationHints,AutofillServerCommunication"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.UserDataDir(filepath.Join(home, "profile")),
		chromedp.WindowSize(width, height),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(actx)
	t.Cleanup(cancelTab)

	b := &browser{t: t, ctx: ctx, base: base}
	// The first action starts the browser; it must not run under a timeout.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspProbe}); err != nil {
		t.Fatalf("start Chromium %s: %v", path, err)
	}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.messages = append(b.messages, m)
			b.mu.Unlock()
		}
	}()
	return b
}

// do runs actions with a time limit, failing the test on error.
func (b *browser) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression and decodes its JSON value into v.
func (b *browser) eval(expr string, v any) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](expr))
	if err != nil {
		b.t.Fatalf("evaluate %s: %v", expr, err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		b.t.Fatalf("evaluate %s: decode %s: %v", expr, raw, err)
	}
}

// waitFor waits until the JavaScript expression is truthy.
func (b *browser) waitFor(what, expr string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 40*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		var status, errText string
		b.eval(`document.getElementById('status').textContent`, &status)
		b.eval(`document.getElementById('error').hidden ? '' : document.getElementById('error-text').textContent`, &errText)
		b.t.Fatalf("waiting for %s (%s): %v; status %q, error %q", what, expr, err, status, errText)
	}
}

// open loads the page at path (with its hash) from a blank tab, so that a
// change of hash alone is a full load too.
func (b *browser) open(path string) {
	b.t.Helper()
	b.do("open "+path, chromedp.Navigate("about:blank"), chromedp.Navigate(b.base+path), chromedp.WaitVisible(chromedp.CSS(".leaflet-container")))
}

// screenshot writes a PNG of the viewport under the test's temporary
// directory, and also to $LOCUS_SCREENSHOT_DIR when that is set.
func (b *browser) screenshot(name string) string {
	b.t.Helper()
	// Let popups finish fading in.
	time.Sleep(400 * time.Millisecond)
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		b.t.Fatalf("screenshot: %v", err)
	}
	if len(png) < 8 || string(png[1:4]) != "PNG" {
		b.t.Fatalf("screenshot is not a PNG (%d bytes)", len(png))
	}
	path := filepath.Join(b.t.TempDir(), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	if dir := os.Getenv("LOCUS_SCREENSHOT_DIR"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			b.t.Errorf("copy screenshot: %v", err)
		}
	}
	b.t.Logf("screenshot %s (%d bytes)", path, len(png))
	return path
}

// checkClean fails the test on any console error, uncaught exception,
// security message or CSP violation the page caused. allowed reports
// whether a console error was expected (such as a 4xx the test provoked).
func (b *browser) checkClean(allowed func(chromedp.ConsoleMessage) bool) {
	b.t.Helper()
	var csp []string
	b.eval(`window.__csp || []`, &csp)
	for _, v := range csp {
		b.t.Errorf("CSP violation: %s", v)
	}
	// Give the console events of the last actions time to arrive.
	time.Sleep(200 * time.Millisecond)
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, m := range b.messages {
		bad := m.Type == chromedp.ConsoleError || m.IsException() || m.Source == "security" ||
			strings.Contains(m.Text, "Content Security Policy")
		switch {
		case bad && allowed != nil && allowed(m):
			b.t.Logf("expected console message: %s %s (%s)", m.Type, m.Text, m.URL)
		case bad:
			b.t.Errorf("console %s from %q: %s (%s:%d)", m.Type, m.Source, m.Text, m.URL, m.Line)
		case m.Type == chromedp.ConsoleWarning:
			b.t.Logf("console warning: %s", m.Text)
		}
	}
}

// phrase is a highlighted phrase of the text panel.
type phrase struct {
	Feature string `json:"feature"`
	Kind    string `json:"kind"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Clipped bool   `json:"clipped"`
}

// phrases returns every highlighted phrase of the text panel.
func (b *browser) phrases() []phrase {
	b.t.Helper()
	var ps []phrase
	b.eval(`[...document.querySelectorAll('#text .phrase')].map(s => ({
		feature: s.dataset.feature, kind: s.classList.contains('relation') ? 'relation' : 'place',
		start: +s.dataset.start, end: +s.dataset.end, text: s.textContent, clipped: s.dataset.clipped === 'true'}))`, &ps)
	return ps
}

// checkDrawn checks that the page shows fc for text: an SVG element for
// every feature with a geometry (regions in their lower pane), every
// mention and relation phrase highlighted over exactly its bytes, and a
// table row for every constraint.
func (b *browser) checkDrawn(fc *geojson.FeatureCollection, text string) {
	b.t.Helper()
	wantPhrases := 0
	wantRows := 0
	for _, f := range fc.Features {
		id, _ := f.ID.(string)
		kind := f.Properties.MustString("kind", "")
		switch kind {
		case "place":
			if ms, ok := f.Properties["mentions"].([]any); ok {
				wantPhrases += len(ms)
			}
		case "constraint":
			wantPhrases++
			wantRows++
		}
		if f.Geometry == nil {
			continue
		}
		// Containment ("in Mali") is listed, not drawn: no element.
		drawn := 1
		if kind == "constraint" && f.Properties.MustString("relation", "") == "in" {
			drawn = 0
		}
		var got struct {
			Count int    `json:"count"`
			Pane  string `json:"pane"`
			Class string `json:"class"`
		}
		b.eval(fmt.Sprintf(`(() => { const e = document.querySelectorAll(%q);
			const p = e.length ? e[0].closest('.leaflet-pane') : null;
			return {count: e.length, pane: p ? p.className : '', class: e.length ? e[0].getAttribute('class') : ''}; })()`,
			".locus-id-"+id), &got)
		if got.Count != drawn {
			b.t.Errorf("feature %s (%s %s) has %d map elements, want %d", id, kind, f.Properties.MustString("name", ""), got.Count, drawn)
			continue
		}
		if drawn == 0 {
			continue
		}
		switch kind {
		case "region":
			// A known town's extent lies in its own pane, below the
			// derived places' uncertainty regions.
			pane := "leaflet-regions-pane"
			if strings.Contains(got.Class, "locus-extent") {
				pane = "leaflet-extents-pane"
			}
			if !strings.Contains(got.Pane, pane) {
				b.t.Errorf("region %s (class %q) is in pane %q, want %s", id, got.Class, got.Pane, pane)
			}
		case "constraint":
			want := map[string]string{"holds": "ok", "contradicted": "bad"}[f.Properties.MustString("status", "")]
			if want == "" {
				want = "nm"
			}
			if !strings.Contains(" "+got.Class+" ", " "+want+" ") {
				b.t.Errorf("constraint %s has class %q, want %q (status %v)", id, got.Class, want, f.Properties["status"])
			}
		}
	}
	var zs []string
	b.eval(`['extents', 'regions', 'places'].map(p => getComputedStyle(document.querySelector('.leaflet-' + p + '-pane')).zIndex)`, &zs)
	if len(zs) != 3 || !(atoi(zs[0]) < atoi(zs[1]) && atoi(zs[1]) < atoi(zs[2])) {
		b.t.Errorf("pane z-indexes extents/regions/places = %v, want extents below regions below places", zs)
	}

	ps := b.phrases()
	if len(ps) != wantPhrases {
		b.t.Errorf("text has %d highlighted phrases, want %d (mentions and relation phrases)", len(ps), wantPhrases)
	}
	for _, p := range ps {
		if p.Start < 0 || p.End > len(text) || p.Start >= p.End {
			b.t.Errorf("phrase %+v: offsets outside the text", p)
			continue
		}
		if !p.Clipped && p.Text != text[p.Start:p.End] {
			b.t.Errorf("phrase of %s at bytes %d-%d shows %q, want %q", p.Feature, p.Start, p.End, p.Text, text[p.Start:p.End])
		}
	}
	var rows int
	b.eval(`document.querySelectorAll('#constraints tbody tr').length`, &rows)
	if rows != wantRows {
		b.t.Errorf("constraints table has %d rows, want %d", rows, wantRows)
	}
}

// checkMapFurniture checks the basemap, attribution, scale and legend.
func (b *browser) checkMapFurniture() {
	b.t.Helper()
	b.waitFor("the offline basemap", `document.querySelector('.leaflet-basemap-pane canvas') !== null`)
	var got struct {
		Attribution string `json:"attribution"`
		Scale       string `json:"scale"`
		Legend      string `json:"legend"`
		Layers      string `json:"layers"`
	}
	b.eval(`({attribution: document.querySelector('.leaflet-control-attribution').textContent,
		scale: document.querySelector('.leaflet-control-scale-line').textContent,
		legend: document.querySelector('.locus-legend').textContent,
		layers: document.querySelector('.leaflet-control-layers').textContent})`, &got)
	for _, want := range []string{"GeoNames", "CC BY 4.0", "OpenStreetMap contributors", "ODbL"} {
		if !strings.Contains(got.Attribution, want) {
			b.t.Errorf("attribution %q lacks %q", got.Attribution, want)
		}
	}
	if !strings.HasSuffix(strings.TrimSpace(got.Scale), "km") && !strings.HasSuffix(strings.TrimSpace(got.Scale), " m") {
		b.t.Errorf("scale bar reads %q, want a metric length", got.Scale)
	}
	for _, want := range []string{"gazetteer", "derived", "Uncertainty region", "Constraint holds", "contradicted"} {
		if !strings.Contains(got.Legend, want) {
			b.t.Errorf("legend %q lacks %q", got.Legend, want)
		}
	}
	for _, want := range []string{"Countries (offline)", "OpenStreetMap tiles"} {
		if !strings.Contains(got.Layers, want) {
			b.t.Errorf("layer control %q lacks %q", got.Layers, want)
		}
	}
}

// clickPhrase clicks the first place phrase reading name in the text and
// waits for the map popup naming it.
func (b *browser) clickPhrase(name string) string {
	b.t.Helper()
	var id string
	b.eval(fmt.Sprintf(`(() => { const s = [...document.querySelectorAll('#text .phrase.place')].find(s => s.textContent === %q);
		return s ? s.dataset.feature : ''; })()`, name), &id)
	if id == "" {
		b.t.Fatalf("no highlighted phrase %q in the text", name)
	}
	b.do("click "+name, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#text .phrase.place[data-feature=%q]`, id))))
	b.waitFor("the popup of "+name, fmt.Sprintf(`(() => { const h = document.querySelector('.leaflet-popup-content h3');
		return h !== null && h.textContent === %q; })()`, name))
	var active int
	b.eval(fmt.Sprintf(`document.querySelectorAll('#text .phrase.active[data-feature=%q]').length`, id), &active)
	if active == 0 {
		b.t.Errorf("clicking %q highlighted none of its phrases", name)
	}
	return id
}

// download clicks the page's download button and returns the file Chromium saved.
func (b *browser) download(name string) []byte {
	b.t.Helper()
	dir := b.t.TempDir()
	if _, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		b.t.Fatalf("allow downloads: %v", err)
	}
	b.do("click download", chromedp.Click(chromedp.CSS("#download")))
	path := filepath.Join(dir, name)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if data, err := os.ReadFile(path); err == nil && len(data) > 0 {
			return data
		}
	}
	entries, _ := os.ReadDir(dir)
	b.t.Fatalf("no %s downloaded within 10 s; the folder holds %v", name, entries)
	return nil
}

// paste maps text through the paste box and waits for the result.
func (b *browser) paste(text string) {
	b.t.Helper()
	b.do("paste", chromedp.SetValue(chromedp.CSS("#paste"), text), chromedp.Click(chromedp.CSS("#paste-go")))
	b.waitFor("the pasted text to be mapped", `document.getElementById('status').textContent.startsWith('Mapped')`)
}

func atoi(s string) int {
	var n int
	fmt.Sscan(s, &n)
	return n
}

// getFC fetches a FeatureCollection from app in process.
func getFC(t *testing.T, app *fiber.App, target string) *geojson.FeatureCollection {
	t.Helper()
	r := get(t, app, target)
	if r.status != 200 {
		t.Fatalf("GET %s = %d", target, r.status)
	}
	return decodeFC(t, r.body)
}

// recordTB records what missingTool asks of a test.
type recordTB struct {
	testing.TB
	failed, skipped bool
}

func (r *recordTB) Helper()        {}
func (r *recordTB) Fatal(...any)   { r.failed = true }
func (r *recordTB) Skip(...any)    { r.skipped = true }
func (r *recordTB) Name() string   { return "recordTB" }
func (r *recordTB) Cleanup(func()) {}

func TestMissingToolFailsUnderCI(t *testing.T) {
	for _, tt := range []struct {
		ci                 string
		wantFail, wantSkip bool
	}{
		{"true", true, false},
		{"", false, true},
		{"false", false, true},
	} {
		t.Setenv("CI", tt.ci)
		r := &recordTB{TB: t}
		missingTool(r, "no such tool")
		if r.failed != tt.wantFail || r.skipped != tt.wantSkip {
			t.Errorf("CI=%q: missingTool failed %v, skipped %v; want failed %v, skipped %v", tt.ci, r.failed, r.skipped, tt.wantFail, tt.wantSkip)
		}
	}
}
