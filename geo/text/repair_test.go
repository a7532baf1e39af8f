package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// mojibake returns s as a page shows UTF-8 read as Windows-1252.
func mojibake(t *testing.T, s string) string {
	t.Helper()
	out, err := charmap.Windows1252.NewDecoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestRepairText checks each filter of the repairs on the text it repairs,
// and that clean text is left as it is, byte for byte.
func TestRepairText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Tindirma est situÃ© Ã  20 km de DirÃ©.", "Tindirma est situé à 20 km de Diré."},
		{"situÃ©e Ã\u00a020 km", "située à20 km"},
		{"Maliâ€™s region â€“ it lies", "Mali’s region – it lies"},
		{"GÃ¶ttingen, KÃ¸benhavn, Å\u0081Ã³dÅº", "Göttingen, København, Łódź"},
		{"45&nbsp;km north of Gao &amp; Kidal", "45 km north of Gao & Kidal"},
		{"situ&eacute; &agrave; 20 km", "situé à 20 km"},
		{"situ&#233; &#xE0; 20 km", "situé à 20 km"},
		{"35 km[2] east of Timbuktu", "35 km east of Timbuktu"},
		{"25 km[2][3] south-west", "25 km south-west"},
		{"60 km[citation needed] north", "60 km north"},
		{"18 km[note 1] au nord", "18 km au nord"},
		{"30 km[a] east", "30 km east"},
		{"Tom\u00adbouctou", "Tombouctou"},
		{"1\u200b20 km east of Mé\u200bnaka", "120 km east of Ménaka"},
		{"20\u00a0km and 12\u202fkm", "20 km and 12 km"},
		{"au sud de Tom-\nbouctou", "au sud de Tombouctou"},
		{"au sud-\nest de Gao", "au sud-est de Gao"},
		{"north-\n  east of Gao", "north-east of Gao"},
	} {
		got, m := repairText(tt.in)
		if got != tt.want {
			t.Errorf("repairText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if m == nil {
			t.Errorf("repairText(%q): no offset map", tt.in)
		}
	}
	for _, clean := range []string{
		"Tindirma est situé à 20 km au sud-est de Diré.",
		"SÃO PAULO",   // a Portuguese capital, no mojibake
		"Ã  la carte", // no mojibake elsewhere: not read as "à"
		"A & B; the [1st] battalion; [sic]; R&D; &c.; &unknown;",
		"a list:\n- first\n- second",
		"Gao-\nAnsongo",
		"pages 12-\n14",
		"",
	} {
		if got, m := repairText(clean); got != clean || m != nil {
			t.Errorf("repairText(%q) = %q (map %v), want it unchanged", clean, got, m != nil)
		}
	}
}

// TestRepairTablesRead checks that the tables of lexicon/repair/ are read
// and that each row repairs what it names.
func TestRepairTablesRead(t *testing.T) {
	tb := repairs()
	if len(tb.entities) < 50 || len(tb.invisible) < 5 || len(tb.citations) < 10 {
		t.Fatalf("repair tables: %d entities, %d invisible, %d citations", len(tb.entities), len(tb.invisible), len(tb.citations))
	}
	for name, rep := range tb.entities {
		got, _ := repairText("a&" + name + ";b")
		if want := "a" + tb.plain([]rune(rep)[0]) + "b"; got != want {
			t.Errorf("&%s; gives %q, want %q", name, got, want)
		}
	}
	for r, rep := range tb.invisible {
		if got, _ := repairText("a" + string(r) + "b"); got != "a"+rep+"b" {
			t.Errorf("%U gives %q, want %q", r, got, "a"+rep+"b")
		}
	}
	for _, mark := range tb.citations {
		words := strings.ReplaceAll(strings.ReplaceAll(strings.Join(mark, " "), "<n>", "12"), "<a>", "b")
		if got, _ := repairText("5 km[" + words + "] east"); got != "5 km east" {
			t.Errorf("[%s] gives %q, want it taken out", words, got)
		}
	}
}

// TestRepairMojibakeLatin repairs every Latin-1 letter and the general
// punctuation written as mojibake.
func TestRepairMojibakeLatin(t *testing.T) {
	var b strings.Builder
	for r := rune(0xC0); r <= 0x17F; r++ {
		if r == 0xD7 || r == 0xF7 {
			continue
		}
		b.WriteRune(r)
		b.WriteByte(' ')
	}
	b.WriteString("’ “ ” – — …")
	clean := b.String()
	// Windows-1252 leaves five bytes undefined; a page that shows them
	// shows the C1 control Latin-1 gives them.
	var latin strings.Builder
	for i := 0; i < len(clean); i++ {
		c := clean[i]
		if r, ok := charmapByte(c); ok {
			latin.WriteRune(r)
		} else {
			latin.WriteRune(rune(c))
		}
	}
	if got, _ := repairText(latin.String()); got != clean {
		t.Errorf("repairText of mojibake:\n got %q\nwant %q", got, clean)
	}
}

// charmapByte decodes the byte c as Windows-1252, false for the five bytes
// it leaves undefined.
func charmapByte(c byte) (rune, bool) {
	r := charmap.Windows1252.DecodeByte(c)
	return r, r != utf8.RuneError
}

// TestRepairOffsets checks that the spans Read returns for a repaired text
// point into the input as given: the mention of "DirÃ©" covers those
// bytes and is named "Diré", and the phrase of the distance covers the
// input from the number to the end of the mojibake name.
func TestRepairOffsets(t *testing.T) {
	clean := "Tindirma est un village du Mali situé à 20 km au sud-est de Diré, sur la rive du fleuve Niger."
	in := mojibake(t, clean)
	d := Read(in)
	if d.Text != in {
		t.Fatalf("Document.Text is not the input")
	}
	dc := Read(clean)
	if len(d.Mentions) != len(dc.Mentions) || len(d.Relations) != len(dc.Relations) {
		t.Fatalf("mojibake read %d mentions %d relations, clean %d %d", len(d.Mentions), len(d.Relations), len(dc.Mentions), len(dc.Relations))
	}
	for i, m := range d.Mentions {
		if m.Name != dc.Mentions[i].Name {
			t.Errorf("mention %d named %q, clean %q", i, m.Name, dc.Mentions[i].Name)
		}
		if got := mojibake(t, m.Name); m.Span.Text(in) != got {
			t.Errorf("mention %q: span %v covers %q, want %q", m.Name, m.Span, m.Span.Text(in), got)
		}
		if got := d.Repaired(m.Span); got != m.Name {
			t.Errorf("Repaired(%v) = %q, want %q", m.Span, got, m.Name)
		}
	}
	for i, r := range d.Relations {
		want := mojibake(t, dc.Relations[i].Phrase.Text(clean))
		if got := r.Phrase.Text(in); got != want {
			t.Errorf("relation %d phrase %q, want %q", i, got, want)
		}
	}
	var dist *Relation
	for i := range d.Relations {
		if d.Relations[i].Kind == KindDistance {
			dist = &d.Relations[i]
		}
	}
	if dist == nil || d.Mentions[dist.Subject].Name != "Tindirma" || d.Mentions[dist.Object].Name != "Diré" || dist.MinKm != 20 {
		t.Fatalf("no distance Tindirma -> Diré 20 km in %+v", d.Relations)
	}
	if got := dist.Phrase.Text(in); got != "20 km au sud-est de DirÃ©" {
		t.Errorf("distance phrase %q", got)
	}
	for i, s := range d.Sentences {
		if s.Start < 0 || s.End > len(in) || !utf8.ValidString(s.Text(in)) {
			t.Errorf("sentence %d %v outside the input or not on rune boundaries", i, s)
		}
	}
}

// TestRepairOffsetsDeleted checks spans around bytes the repairs take out
// or shorten: a soft hyphen inside a name, a reference mark before the
// direction, an entity before the unit, a word cut at a line's end.
func TestRepairOffsetsDeleted(t *testing.T) {
	for _, tt := range []struct {
		in, object, objectText, phrase string
	}{
		{"Kabara est un village situé à 8 km au sud de Tom\u00adbouctou, au Mali.", "Tombouctou", "Tom\u00adbouctou", "8 km au sud de Tom\u00adbouctou"},
		{"Kabara est un village situé à 8 km au sud de Tom-\nbouctou, au Mali.", "Tombouctou", "Tom-\nbouctou", "8 km au sud de Tom-\nbouctou"},
		{"Tinaga is a village in Mali. It lies 35 km[2] east of Timbuktu.", "Timbuktu", "Timbuktu", "35 km[2] east of Timbuktu"},
		{"Intadjedite is a village that lies 45&nbsp;km north-east of Kidal.", "Kidal", "Kidal", "45&nbsp;km north-east of Kidal"},
		{"Amderaboukane lies 1\u200b20 km east of Mé\u200bnaka.", "Ménaka", "Mé\u200bnaka", "1\u200b20 km east of Mé\u200bnaka"},
	} {
		d := Read(tt.in)
		var dist *Relation
		for i := range d.Relations {
			if d.Relations[i].Kind == KindDistance {
				dist = &d.Relations[i]
			}
		}
		if dist == nil {
			t.Errorf("Read(%q): no distance", tt.in)
			continue
		}
		obj := d.Mentions[dist.Object]
		if obj.Name != tt.object || obj.Span.Text(tt.in) != tt.objectText || dist.Phrase.Text(tt.in) != tt.phrase {
			t.Errorf("Read(%q): object %q at %q, phrase %q; want %q at %q, phrase %q",
				tt.in, obj.Name, obj.Span.Text(tt.in), dist.Phrase.Text(tt.in), tt.object, tt.objectText, tt.phrase)
		}
	}
}

// TestOffsetMap checks the two directions of the map on a text with a
// replacement, a deletion and a growth.
func TestOffsetMap(t *testing.T) {
	in := "ab&eacute;cd\u00adef[1]gh"
	got, m := repairText(in)
	if got != "abécdefgh" {
		t.Fatalf("repaired %q", got)
	}
	for _, tt := range []struct {
		read string // a substring of the repaired text
		want string // the input it maps to
	}{
		{"é", "&eacute;"}, {"abé", "ab&eacute;"}, {"écd", "&eacute;cd"}, {"cdef", "cd\u00adef"},
		{"cd", "cd"}, {"ef", "ef"}, {"efgh", "ef[1]gh"}, {"gh", "gh"}, {"abécdefgh", in},
	} {
		i := strings.Index(got, tt.read)
		sp := m.span(Span{i, i + len(tt.read)})
		if sp.Text(in) != tt.want {
			t.Errorf("span of %q maps to %q, want %q", tt.read, sp.Text(in), tt.want)
		}
		if back := m.inverse(sp).Text(got); back != tt.read {
			t.Errorf("inverse of %q gives %q, want %q", tt.want, back, tt.read)
		}
	}
}

// TestRepairCleanUnchanged checks that Read of clean text is what it was:
// the seed reads to the same document with and without the repairs' pass.
func TestRepairCleanUnchanged(t *testing.T) {
	raw := "Tessalit is a town 80 km east of the village of Aguelhok. Le village de Talahandak est situé à 17 km au sud-est de Pama."
	if got, m := repairText(raw); got != raw || m != nil {
		t.Fatalf("clean text repaired to %q", got)
	}
	d := Read(raw)
	if d.rmap != nil || d.read != raw {
		t.Errorf("Read of clean text keeps a map")
	}
}

// TestRepairCase writes lines in capitals and lines with every word
// capitalised as sentences, and leaves headlines and short lines alone.
func TestRepairCase(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"TIN-AOUKER, LOCATED 20 KM NORTH OF GAO, MALI.", "Tin-Aouker, located 20 km north of Gao, Mali."},
		{"TOUNGA NORD: SOME 35 KM SOUTH OF ZINDER", "Tounga Nord: some 35 km south of Zinder"},
		{"ATTACK NEAR KIVU NORD, 20 KM SOUTH OF GOMA", "Attack near Kivu Nord, 20 km south of Goma"},
		{"Mandela Hill Camp Lies 40 Km North Of Garissa, Kenya.", "Mandela Hill Camp lies 40 km north of Garissa, Kenya."},
		{"TINKAR EST SITUÉ À 20 KM AU NORD DE GAO.", "Tinkar est situé à 20 km au nord de Gao."},
		{"First line.\nKIDAL LIES 20 KM EAST OF GAO\nLast line.", "First line.\nKidal lies 20 km east of Gao\nLast line."},
	} {
		if got, _ := repairText(tt.in); got != tt.want {
			t.Errorf("repairText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, clean := range []string{
		"Gao, MALI",                       // too short
		"The UN and AQIM said on Monday.", // lower-case words
		"Gunmen Kill Villagers Near Gao",  // one listed word
		"Mali: The Town Of Kidal",         // one listed word after the first
		"NATO",                            // one word
	} {
		if got, m := repairText(clean); got != clean || m != nil {
			t.Errorf("repairText(%q) = %q, want it unchanged", clean, got)
		}
	}
	d := Read("Mandela Hill Camp Lies 40 Km North Of Garissa, Kenya.")
	if len(d.Relations) == 0 || d.Relations[0].Kind != KindDistance || d.Mentions[d.Relations[0].Subject].Name != "Mandela Hill Camp" {
		t.Errorf("title-case line: relations %+v", d.Relations)
	} else if got := d.Relations[0].Phrase.Text(d.Text); got != "40 Km North Of Garissa" {
		t.Errorf("title-case line: phrase %q", got)
	}
}

// TestLineBreakInSentence reads distances broken across lines as text
// copied from a PDF's narrow columns breaks them, and keeps a line that
// ends a sentence or heads a list apart.
func TestLineBreakInSentence(t *testing.T) {
	for _, tt := range []struct{ doc, subject string }{
		{"Intahaka lies 20 km\nnorth of Gao, Mali.", "Intahaka"},
		{"Le village de Tinkar est situé à\n20 km au nord de Gao.", "Tinkar"},
		{"Tinkar est situé à 20 km\nau nord de Gao.", "Tinkar"},
	} {
		d := Read(tt.doc)
		if len(d.Relations) == 0 || d.Relations[0].Kind != KindDistance || d.Mentions[d.Relations[0].Subject].Name != tt.subject {
			t.Errorf("Read(%q): relations %+v, want a distance of %s", tt.doc, d.Relations, tt.subject)
		}
	}
	for _, doc := range []string{"Places\n- Gao\n- Kidal", "Kidal\n12 km", "The town.\nnorth of it"} {
		if got := len(Read(doc).Sentences); got < 2 {
			t.Errorf("Read(%q): %d sentences, want the lines apart", doc, got)
		}
	}
}

// BenchmarkRepair10MB runs the repairs alone over the 10 MB of
// BenchmarkRead10MB, to be set against that benchmark's time.
func BenchmarkRepair10MB(b *testing.B) {
	seed := seedText(b)
	doc := strings.Repeat(seed+"\n\n", 10<<20/(len(seed)+2))
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		repairText(doc)
	}
}
