package text

import (
	"testing"
)

// TestMirrorTexts reads texts as Wikipedia mirrors and scraped pages
// deliver them, in English and French: mojibake, HTML entities, reference
// marks between a distance and its place, soft hyphens and zero-width
// spaces inside names and numbers, words cut at a line's end, and French
// abbreviated hedges ("ca."). Each must give the distance the clean text
// gives, with the subject and object named as the clean text names them,
// and its phrase must cover the input as given.
func TestMirrorTexts(t *testing.T) {
	type want struct {
		subject, object string
		km              float64
		dir, phrase     string
	}
	for _, tt := range []struct {
		doc  string
		moji bool // the doc is written clean here and given as mojibake
		want want
	}{
		{"Tindirma est un village du Mali situé à 20 km au sud-est de Diré, sur la rive du fleuve Niger.", true,
			want{"Tindirma", "Diré", 20, "sud-est", "20 km au sud-est de DirÃ©"}},
		{"Kouakourou est une localité du Mali située à 35 km au nord-est de Djenné, dans la région de Mopti.", true,
			want{"Kouakourou", "Djenné", 35, "nord-est", "35 km au nord-est de DjennÃ©"}},
		{"Tinabaw is a Tuareg settlement about 30 km north-east of Ménaka – the nearest market town – in the Ménaka Region of Mali.", true,
			want{"Tinabaw", "Ménaka", 30, "north-east", "about 30 km north-east of MÃ©naka"}},
		{"Tinaga is a village in Mali. It lies 35 km[2] east of Timbuktu on the road to Bourem.", false,
			want{"Tinaga", "Timbuktu", 35, "east", "35 km[2] east of Timbuktu"}},
		{"Samanko is a small village in the Koulikoro Region of Mali, located about 25 km[2][3] south-west of Bamako.", false,
			want{"Samanko", "Bamako", 25, "south-west", "about 25 km[2][3] south-west of Bamako"}},
		{"Lokitaung Gorge Camp is a settlement in Kenya, roughly 60 km[citation needed] north of Lodwar in Turkana County.", false,
			want{"Lokitaung Gorge Camp", "Lodwar", 60, "north", "roughly 60 km[citation needed] north of Lodwar"}},
		{"Bouramé est un village du Burkina Faso situé à 18 km[note 1] au nord de Dori, dans la province du Séno.", false,
			want{"Bouramé", "Dori", 18, "nord", "18 km[note 1] au nord de Dori"}},
		{"Tin&nbsp;Essako is a commune in Mali. Nearby, the village of Intadjedite lies 45&nbsp;km north-east of Kidal.", false,
			want{"Intadjedite", "Kidal", 45, "north-east", "45&nbsp;km north-east of Kidal"}},
		{"Kalbaye est un village du Tchad situ&eacute; &agrave; 25 km au nord de Bol, sur la rive du lac Tchad.", false,
			want{"Kalbaye", "Bol", 25, "nord", "25 km au nord de Bol"}},
		{"Tarka est un village du Niger situ&#233; &#224; 50 km au sud de Tahoua.", false,
			want{"Tarka", "Tahoua", 50, "sud", "50 km au sud de Tahoua"}},
		{"Kabara est un village situé à 8 km au sud de Tom\u00adbouctou, au Mali.", false,
			want{"Kabara", "Tombouctou", 8, "sud", "8 km au sud de Tom\u00adbouctou"}},
		{"Amderaboukane lies 1\u200b20 km east of Mé\u200bnaka, close to the border with Niger.", false,
			want{"Amderaboukane", "Ménaka", 120, "east", "1\u200b20 km east of Mé\u200bnaka"}},
		{"Kabara est un village situé à 8 km au sud de Tom-\nbouctou, au Mali, sur le fleuve Niger.", false,
			want{"Kabara", "Tombouctou", 8, "sud", "8 km au sud de Tom-\nbouctou"}},
		{"Kalambaina est un village situé à ca. 30 km à l'ouest de Zinder, au Niger.", false,
			want{"Kalambaina", "Zinder", 30, "ouest", "ca. 30 km à l'ouest de Zinder"}},
	} {
		doc := tt.doc
		if tt.moji {
			doc = mojibake(t, doc)
		}
		d := Read(doc)
		var got *Relation
		for i := range d.Relations {
			if d.Relations[i].Kind == KindDistance {
				got = &d.Relations[i]
				break
			}
		}
		if got == nil {
			t.Errorf("Read(%q): no distance", doc)
			continue
		}
		g := want{d.Mentions[got.Subject].Name, "", got.MinKm, got.Direction, got.Phrase.Text(doc)}
		if got.Object >= 0 {
			g.object = d.Mentions[got.Object].Name
		}
		if g != tt.want {
			t.Errorf("Read(%q):\n got %+v\nwant %+v", doc, g, tt.want)
		}
	}
}
