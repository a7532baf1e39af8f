package locate

import (
	"strings"
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestMirrorTextOffsets resolves a French article as a mirror delivers
// it, UTF-8 read as Windows-1252: the place is placed as the clean text
// places it, its anchor is named as the clean text names it, and every
// offset of the output points into the input as given, so that the text
// at a mention's offsets is the mojibake the user sent.
func TestMirrorTextOffsets(t *testing.T) {
	clean := "Tindirma est un village du Mali situé à 20 km au sud-est de Diré, sur la rive du fleuve Niger."
	doc := "Tindirma est un village du Mali situÃ© Ã  20 km au sud-est de DirÃ©, sur la rive du fleuve Niger."
	res, want := analyse(t, doc), analyse(t, clean)
	p, pw := placeNamed(t, res, "Tindirma"), placeNamed(t, want, "Tindirma")
	if !p.HasPoint || geo.Distance(p.Point, pw.Point) > 10 {
		t.Fatalf("Tindirma at %v, the clean text puts it at %v", p.Point, pw.Point)
	}
	dire := placeNamed(t, res, "Diré")
	if len(dire.Mentions) != 1 || dire.Mentions[0].Text(doc) != "DirÃ©" {
		t.Errorf("Diré mentioned at %v, covering %q; want the input's \"DirÃ©\"", dire.Mentions, dire.Mentions[0].Text(doc))
	}
	for _, c := range res.Checks {
		if got := c.Span.Text(doc); got != c.Phrase || !strings.Contains(doc, got) {
			t.Errorf("check %s: span %v covers %q, phrase %q", c.Relation, c.Span, got, c.Phrase)
		}
	}
	for _, f := range res.FeatureCollection().Features {
		ms, _ := f.Properties["mentions"].([]map[string]any)
		for _, m := range ms {
			a, b := m["start"].(int), m["end"].(int)
			if doc[a:b] != m["text"] {
				t.Errorf("feature %v: mention %d-%d is %q in the input, text %q", f.Properties["name"], a, b, doc[a:b], m["text"])
			}
		}
	}
}
