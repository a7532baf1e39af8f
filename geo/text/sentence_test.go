package text

import (
	"slices"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"points, questions and exclamations", "Gao is large. Is Kidal? Yes! It is.", []string{"Gao is large.", "Is Kidal?", "Yes!", "It is."}},
		{"km. before a lower-case word", "It is 20 km. north of Gao. Then it ends.", []string{"It is 20 km. north of Gao.", "Then it ends."}},
		{"km. before a compass abbreviation", "It is 20 km. N.E. of Gao. Then it ends.", []string{"It is 20 km. N.E. of Gao.", "Then it ends."}},
		{"km. ending a sentence", "The road is 20 km. The town is small.", []string{"The road is 20 km.", "The town is small."}},
		{"decimals and initials", "It is 1.5 km from A. B. Traoré's farm. Mr. Diallo agrees.", []string{"It is 1.5 km from A. B. Traoré's farm.", "Mr. Diallo agrees."}},
		{"closing quotes", `He said "go." Then he left.`, []string{`He said "go."`, "Then he left."}},
		{"headings and list items", "= Title =\n\nInfobox\n- Place: Gao\n- Date: 2020\n== History ==\nGao is old",
			[]string{"= Title =", "Infobox", "- Place: Gao", "- Date: 2020", "== History ==", "Gao is old"}},
		{"hard-wrapped prose is joined", "The village of Talahandak lies some eighty kilometres\neast of Tessalit. Next one.",
			[]string{"The village of Talahandak lies some eighty kilometres\neast of Tessalit.", "Next one."}},
		{"empty", "  \n\n ", nil},
		// A headline over a paragraph at least twice its length ends
		// where its line does, though it has no full stop; a wrapped
		// paragraph's first line, no shorter than the next, does not.
		{"headline over a paragraph", "Ituri : au moins 15 morts dans une attaque contre le site de Tsupu\nCe site, qui abrite environ 6 000 personnes, se trouve à 45 km au nord-est de Bunia, en territoire de Djugu, selon la société civile.",
			[]string{"Ituri : au moins 15 morts dans une attaque contre le site de Tsupu", "Ce site, qui abrite environ 6 000 personnes, se trouve à 45 km au nord-est de Bunia, en territoire de Djugu, selon la société civile."}},
		{"headline after a blank line", "Note.\n\nNiger – Note de situation, région d'Agadez\nUne équipe mobile s'est rendue le 4 juin au puits de Tadek, à environ 60 km au nord-ouest d'Agadez.",
			[]string{"Note.", "Niger – Note de situation, région d'Agadez", "Une équipe mobile s'est rendue le 4 juin au puits de Tadek, à environ 60 km au nord-ouest d'Agadez."}},
		{"wrapped first line before a name", "The village of Talahandak lies some eighty kilometres east of\nTessalit, the main town of the area, and twenty from the border.",
			[]string{"The village of Talahandak lies some eighty kilometres east of\nTessalit, the main town of the area, and twenty from the border."}},
		// A name ending in one capital letter (« le parc W », "Zone B")
		// ends a sentence when a word that only opens one follows ("Les",
		// "The"); an initial before a name does not.
		{"one-letter name before Les", "Un poste a été attaqué près du parc W. Les assaillants venaient du nord.",
			[]string{"Un poste a été attaqué près du parc W.", "Les assaillants venaient du nord."}},
		{"one-letter name before The", "Gunmen were seen in Zone B. The convoy turned back.",
			[]string{"Gunmen were seen in Zone B.", "The convoy turned back."}},
		{"initial before Le", "Le député J. Le Pen a visité Gao.", []string{"Le député J. Le Pen a visité Gao."}},
		{"initials before a possessive name", "It is near A. B. Traoré's farm.", []string{"It is near A. B. Traoré's farm."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Read(tt.doc)
			var got []string
			for _, s := range d.Sentences {
				got = append(got, s.Text(tt.doc))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Read(%q).Sentences = %q, want %q", tt.doc, got, tt.want)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, doc, want string
	}{
		{"wiki heading", "= Battle of Talahandak (2020) =\n\nText.", "Battle of Talahandak (2020)"},
		{"plain heading line", "Tessalit\n\nTessalit is a town.", "Tessalit"},
		{"first line is a sentence", "Tessalit is a town.\nIt is old.", ""},
		{"single line", "Tessalit", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Read(tt.doc)
			if d.Title != tt.want || d.TitleSpan.Text(tt.doc) != tt.want {
				t.Errorf("Read(%q).Title = %q (span %q), want %q", tt.doc, d.Title, d.TitleSpan.Text(tt.doc), tt.want)
			}
		})
	}
}

func TestSpanText(t *testing.T) {
	doc := "Gao"
	tests := []struct {
		s    Span
		want string
		n    int
	}{
		{Span{0, 3}, "Gao", 3}, {Span{1, 2}, "a", 1}, {Span{2, 1}, "", 0}, {Span{-1, 2}, "", 3}, {Span{0, 9}, "", 9},
	}
	for _, tt := range tests {
		if got := tt.s.Text(doc); got != tt.want {
			t.Errorf("%v.Text(%q) = %q, want %q", tt.s, doc, got, tt.want)
		}
		if got := tt.s.Len(); got != tt.n {
			t.Errorf("%v.Len() = %d, want %d", tt.s, got, tt.n)
		}
	}
}
