package text

import (
	"math/rand"
	"os"
	"strings"
	"testing"
)

func TestReadInvalidUTF8(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	docs := []string{
		"\xff\xfe\xfd",
		"Gao\xff is 20 km\xc3 north of Ki\xe2\x82dal.",
		"Ber is 10 km north of G\xc3\xa9\xffo (\xff 5 km to the east\xff).",
		"\x00\x01Gao, Mali\x00.",
		strings.Repeat("\xe2\x80", 100) + "Ségou",
	}
	for n := 0; n < 200; n++ {
		b := make([]byte, rng.Intn(300))
		rng.Read(b)
		docs = append(docs, string(b))
	}
	for _, doc := range docs {
		checkSpans(t, doc, Read(doc))
	}
	// A valid relation survives garbage around it.
	doc := "\xff\xfe Ber is 10 km north of Gao. \xc3"
	d := Read(doc)
	if len(d.Relations) != 1 || d.Mentions[d.Relations[0].Object].Name != "Gao" {
		t.Errorf("Read(%q) relations = %+v, want Ber 10 km north of Gao", doc, d.Relations)
	}
}

func TestReadSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	d := Read(doc)
	checkSpans(t, doc, d)
	if d.Title != "Battle of Talahandak (2020)" {
		t.Errorf("Title = %q, want %q", d.Title, "Battle of Talahandak (2020)")
	}
	want := []relWant{
		{phrase: "Talahandak, Kidal Region", kind: KindIn, subject: "Talahandak", object: "Kidal Region"},
		{phrase: "Kidal Region, Mali", kind: KindIn, subject: "Kidal Region", object: "Mali"},
		{phrase: "Tessalit, Mali", kind: KindIn, subject: "Tessalit", object: "Mali"},
		{phrase: "between two and five kilometres south of the village of Talahandak", kind: KindDistance, subject: "Ourdjane", object: "Talahandak", min: 2, max: 5, unit: "km", dir: "south", az: 180, points: 4},
		{phrase: "80 km east of the village of Tessalit", kind: KindDistance, subject: "Talahandak", object: "Tessalit", min: 80, max: 80, unit: "km", dir: "east", az: 90, points: 4},
		{phrase: "20 km from the Algerian border", kind: KindDistance, subject: "Talahandak", border: []string{"Algerian"}, min: 20, max: 20, unit: "km"},
	}
	checkRelations(t, doc, want)
	for _, m := range d.Mentions {
		if m.Name == "Ourdjane" && (m.Feature != "wadi" || m.Evidence != EvidenceRelation) {
			t.Errorf("mention Ourdjane: feature %q evidence %v, want wadi, relation", m.Feature, m.Evidence)
		}
		switch m.Name {
		case "Operation Barkhane", "AQIM", "Florence Parly", "Wassim Nasr", "Mali War":
			if m.Evidence != EvidenceUnlikely {
				t.Errorf("mention %q: evidence %v, want unlikely", m.Name, m.Evidence)
			}
		case "June", "Infobox", "French", "Minister", "Battle", "Place", "None":
			t.Errorf("%q is a mention, want none", m.Name)
		}
	}
}

func seedText(b *testing.B) string {
	raw, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(raw)
}

func BenchmarkReadSeed(b *testing.B) {
	doc := seedText(b)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Read(doc)
	}
}

// BenchmarkRead10MB reads the seed repeated to 10 MB; with BenchmarkReadSeed
// it shows that time grows linearly with the document.
func BenchmarkRead10MB(b *testing.B) {
	seed := seedText(b)
	doc := strings.Repeat(seed+"\n\n", 10<<20/(len(seed)+2))
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Read(doc)
	}
}
