package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestShortTitle(t *testing.T) {
	long := "Residents of Samersa, a village lying 120km to the north of Kollo, reported the convoy at dawn. The group set up a bivouac."
	tests := []struct {
		name, doc, want string
	}{
		{"heading", "= Battle of Talahandak (2020) =\n\nInfobox\n", "Battle of Talahandak (2020)"},
		{"short first line", "Fighting near Gao\nGao lies 320 km east of Timbuktu.\n", "Fighting near Gao"},
		{"one paragraph", long, "Residents of Samersa, a village lying 120km to the north…"},
		{"first line only", "Gao lies 320 km east of Timbuktu.\nIt is in Mali.", "Gao lies 320 km east of Timbuktu."},
		{"blank lines first", "\n\n  Idtin is near Niamey.  \n", "Idtin is near Niamey."},
		{"french", "Le village d'Aguelhok se trouve à 160 km au nord de Kidal, au Mali, près de la frontière.", "Le village d'Aguelhok se trouve à 160 km au nord de Kidal…"},
		{"one long word", strings.Repeat("é", 80), strings.Repeat("é", 59) + "…"},
		{"blank", " \n\t\n", ""},
		{"not utf-8", "\xff\xfe", ""},
	}
	for _, tt := range tests {
		got := ShortTitle(tt.doc)
		if got != tt.want {
			t.Errorf("%s: ShortTitle(%q) = %q, want %q", tt.name, tt.doc, got, tt.want)
		}
		if n := utf8.RuneCountInString(got); n > MaxTitleRunes {
			t.Errorf("%s: ShortTitle is %d characters, want at most %d", tt.name, n, MaxTitleRunes)
		}
	}
}

// TestTitleInPlaceList: a title word opening a later item of a list of
// names after a preposition of place starts a town's name ("felt in
// Digos, General Santos and Kidapawan"), while a title before a verb of
// speech still names a person.
func TestTitleInPlaceList(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The tremor was felt in Digos, General Santos and Kidapawan.",
			places: []string{"Digos", "General Santos", "Kidapawan"}},
		{doc: "Floods hit homes in Encarnación, Coronel Bogado and San Cosme.",
			places: []string{"Encarnación", "Coronel Bogado", "San Cosme"}},
		{doc: "Relief arrived in Ituzaingó and Presidente Franco on Monday.",
			places: []string{"Ituzaingó", "Presidente Franco"}},
	})
	for _, m := range Read("Talks in Kabul, General Miller said, went well.").Mentions {
		if m.Name == "General Miller" && m.Evidence > EvidenceUnlikely {
			t.Errorf("General Miller read as a place")
		}
	}
}
