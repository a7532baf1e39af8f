package text

import (
	"fmt"
	"os"
	"testing"
)

// Debug helper: copy into geo/text/, run, DELETE before commit.
// DOC="text" or DOCF=file go test -count=1 -v -run TestDbgQuick ./geo/text/ | grep "^[MR]"
func TestDbgQuick(t *testing.T) {
	doc := os.Getenv("DOC")
	if f := os.Getenv("DOCF"); f != "" {
		b, _ := os.ReadFile(f)
		doc = string(b)
	}
	if doc == "" {
		t.Skip()
	}
	d := Read(doc)
	for i, m := range d.Mentions {
		fmt.Printf("M %d %q feat=%q ev=%v\n", i, m.Name, m.Feature, m)
	}
	for _, r := range d.Relations {
		o := "border"
		if r.Object >= 0 {
			o = d.Mentions[r.Object].Name
		}
		fmt.Printf("R %v %s -> %s : %q %.1f-%.1f\n", r.Kind, d.Mentions[r.Subject].Name, o, doc[r.Phrase.Start:r.Phrase.End], r.MinKm, r.MaxKm)
	}
}
