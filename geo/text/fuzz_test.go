package text

import (
	"os"
	"testing"
	"unicode/utf8"
)

// checkSpans fails t when a span of d lies outside the document, is inverted
// or splits a UTF-8 sequence, or when an index is out of range.
func checkSpans(t *testing.T, doc string, d *Document) {
	t.Helper()
	inBounds := func(what string, s Span) {
		t.Helper()
		if s.Start < 0 || s.End > len(doc) || s.Start > s.End {
			t.Fatalf("%s span %v outside document of %d bytes", what, s, len(doc))
		}
		if !onBoundary(doc, s.Start) || !onBoundary(doc, s.End) {
			t.Fatalf("%s span %v splits a UTF-8 sequence", what, s)
		}
	}
	inBounds("title", d.TitleSpan)
	if d.Title != d.TitleSpan.Text(doc) {
		t.Fatalf("Title %q, want text at TitleSpan %q", d.Title, d.TitleSpan.Text(doc))
	}
	for _, s := range d.Sentences {
		inBounds("sentence", s)
	}
	for i, m := range d.Mentions {
		inBounds("mention", m.Span)
		if m.Name != d.Repaired(m.Span) || m.Name == "" {
			// Name is the text read at Span: the document's own, or what
			// the repairs of repair.go made of it (Mention.Name).
			t.Fatalf("mention %d: Name %q, want text read at span %q", i, m.Name, d.Repaired(m.Span))
		}
		if !utf8.ValidString(m.Name) {
			t.Fatalf("mention %d: Name %q is not valid UTF-8", i, m.Name)
		}
		if i > 0 && d.Mentions[i-1].Span.Start >= m.Span.Start {
			t.Fatalf("mention %d out of order", i)
		}
	}
	for i, r := range d.Relations {
		inBounds("phrase", r.Phrase)
		inBounds("anaphor", r.Anaphor)
		if r.Subject < 0 || r.Subject >= len(d.Mentions) {
			t.Fatalf("relation %d: subject %d out of range", i, r.Subject)
		}
		if (r.Object < 0) != (r.Border != nil) || r.Object >= len(d.Mentions) {
			t.Fatalf("relation %d: object %d, border %v", i, r.Object, r.Border)
		}
		if r.Border != nil {
			inBounds("border", r.Border.Span)
		}
		if r.MinKm > r.MaxKm || r.MinKm < 0 || r.MaxKm > maxKm || r.Azimuth < 0 || r.Azimuth >= 360 {
			t.Fatalf("relation %d: km %g-%g azimuth %g", i, r.MinKm, r.MaxKm, r.Azimuth)
		}
	}
}

// onBoundary reports whether offset i does not fall inside a valid UTF-8
// sequence of s.
func onBoundary(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(s[j]) {
			_, w := utf8.DecodeRuneInString(s[j:])
			return j+w <= i
		}
	}
	return true
}

func FuzzRead(f *testing.F) {
	seed, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Add("Zouid, which is located some 120km east of the village of Zag, is 50 km from the Moroccan border.")
	f.Add("Kedouar lies between the capital of Niger, Niamey (600 km to the southwest), and Arlit (200 km to the northeast, 150 km from the Algerian border).")
	f.Add("X is 10–15 km N.E. of Gao (by road), 31 miles (50 km) from the Mali–Algeria border.\n- Place: A, B Region, C")
	f.Add("\xff\xfe12 km\x00 north of \xc3(Gao")
	f.Add("Ralinsa est situé à 17 km au sud-est de Pama, le chef-lieu de la province, et à km au sud de Tindangou. Le village est à 1,5 km à l'ouest de Barga II, à environ 1 500 m d'Agadez, entre deux et cinq kilomètres au NO de l'Oudalan.")
	f.Add("Namer est un village du département de Solenzo, dans le nord du Mali, près de la frontière avec le Niger. Il est traversé par la route menant à la frontière ivoirienne située à 10 km au sud, à quatre-vingt-dix kilomètres de la capitale, Niamey.")
	f.Fuzz(func(t *testing.T, doc string) {
		checkSpans(t, doc, Read(doc))
	})
}
