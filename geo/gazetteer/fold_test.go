package gazetteer

import (
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"accents", "Ténenkou", "tenenkou"},
		{"upper case", "TENENKOU", "tenenkou"},
		{"hyphen", "Richard-Toll", "richard toll"},
		{"spaces", "  Richard \t Toll ", "richard toll"},
		{"apostrophe", "N'Djamena", "ndjamena"},
		{"curly apostrophe", "N’Djamena", "ndjamena"},
		{"cedilla", "Città Alfa, Ça", "citta alfa ca"},
		{"sharp s", "Straße", "strasse"},
		{"ligature", "Œuvre Ærø", "oeuvre aero"},
		{"stroke", "Łódź", "lodz"},
		{"diaeresis", "Ghardaïa", "ghardaia"},
		{"other script kept", "Тессалит", "тессалит"},
		{"digits", "Km 5", "km 5"},
		{"only symbols", `*"()-'`, ""},
		{"sql", `"a" OR 1=1 --`, "a or 1 1"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("%s: Fold(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestFTSQuery(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"one word", "Tessalit", `"tessalit*"`},
		{"two words", "Richard-Toll", `"richard" "toll*"`},
		{"operators lose their meaning", `"a" OR 1=1 --`, `"a" "or" "1" "1*"`},
		{"near", "NEAR(", `"near*"`},
		{"star only", "*", ""},
		{"quote only", "'", ""},
		{"many words are cut", "a b c d e f g h i j", `"a" "b" "c" "d" "e" "f" "g" "h*"`},
	}
	for _, tt := range tests {
		got := ftsQuery(Fold(tt.in))
		if got != tt.want {
			t.Errorf("%s: ftsQuery(Fold(%q)) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
		// Whatever the input, the expression is only quoted words.
		for _, w := range strings.Fields(got) {
			if len(w) < 3 || w[0] != '"' || w[len(w)-1] != '"' || strings.Contains(w[1:len(w)-1], `"`) {
				t.Errorf("%s: ftsQuery(Fold(%q)) has unquoted term %q", tt.name, tt.in, w)
			}
		}
	}
}
