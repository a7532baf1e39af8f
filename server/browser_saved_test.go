package server_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/locus-gis/locus/server"
)

// TestBrowserSaveAndDelete saves a pasted text from the page, finds it in
// the picker, and deletes it after a confirmation (refused once, then given).
func TestBrowserSaveAndDelete(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	app, st := newStoreApp(t, filepath.Join(t.TempDir(), "documents.sqlite"), server.Config{})
	base := startServer(t, app)
	b := newBrowser(t, base, 1280, 800)
	b.open("/")
	b.waitFor("the first document", `document.querySelector('.locus-id-c3') !== null`)
	var hidden bool
	b.eval(`document.getElementById('delete-doc').hidden`, &hidden)
	if !hidden {
		t.Error("the delete button is offered for a read-only document")
	}

	b.do("save a text", chromedp.SetValue(chromedp.CSS("#paste"), "Kidal report\nFrom Kidal to Tessaoua."), chromedp.Click(chromedp.CSS("#paste-save")))
	b.waitFor("the saved document in the picker", `[...document.querySelectorAll('#doc-picker option')].some(o => o.textContent === 'Kidal report' && o.selected)`)
	b.waitFor("the saved document on the map", `document.getElementById('status').textContent.startsWith('Saved as')`)
	b.screenshot("locus-saved-document.png")
	saved, err := st.Documents(context.Background())
	if err != nil || len(saved) != 1 || saved[0].Title != "Kidal report" {
		t.Fatalf("the store holds %+v, %v; want the saved text", saved, err)
	}
	b.eval(`document.getElementById('delete-doc').hidden`, &hidden)
	if hidden {
		t.Fatal("no delete button for the saved document")
	}

	// Cancelling the confirmation keeps the document.
	b.eval(`(() => { window.confirm = () => false; return true; })()`, &hidden)
	b.do("delete, then cancel", chromedp.Click(chromedp.CSS("#delete-doc")))
	if saved, _ := st.Documents(context.Background()); len(saved) != 1 {
		t.Fatalf("a cancelled deletion deleted: the store holds %d", len(saved))
	}
	b.eval(`(() => { window.confirm = () => true; return true; })()`, &hidden)
	b.do("delete, confirmed", chromedp.Click(chromedp.CSS("#delete-doc")))
	b.waitFor("the document gone from the picker", `![...document.querySelectorAll('#doc-picker option')].some(o => o.textContent === 'Kidal report') && document.getElementById('status').textContent.startsWith('Deleted')`)
	if saved, _ := st.Documents(context.Background()); len(saved) != 0 {
		t.Errorf("after the deletion the store holds %+v", saved)
	}

	// A saved document with an unmeasured constraint: the status after the
	// save still counts the verdicts, never "all hold", and the table says
	// "not measured".
	b.do("save a text with an unmeasured constraint", chromedp.SetValue(chromedp.CSS("#paste"), readFile(t, "unmeasured-holds.txt")), chromedp.Click(chromedp.CSS("#paste-save")))
	b.waitFor("the second saved document shown", `document.getElementById('status').textContent.startsWith('Saved as')`)
	var status, table string
	b.eval(`document.getElementById('status').textContent`, &status)
	if !strings.HasSuffix(status, "2 constraints (1 holds, 1 not measured).") || strings.Contains(status, "all hold") {
		t.Errorf("status after saving = %q, want the verdicts' summary \"2 constraints (1 holds, 1 not measured).\" and never all hold", status)
	}
	b.eval(`document.getElementById('constraints').textContent`, &table)
	if !strings.Contains(table, "not measured") {
		t.Errorf("the constraints table of the saved document lacks \"not measured\": %q", table)
	}
	b.checkClean(nil)
}
