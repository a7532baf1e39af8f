package locate

import (
	"testing"

	"github.com/locus-gis/locus/geo/gazetteer"
)

// TestBilingualOwnName: a town's own name written in two languages with a
// bare slash ("Biel/Bienne", "Murten/Morat") has both halves for its own
// names (bilingualName); a slash between spaces joins a town and a
// quarter ("Affoltern / Oberdorf"), whose halves are not its name.
func TestBilingualOwnName(t *testing.T) {
	for _, tc := range []struct {
		key, name string
		want      bool
	}{
		{"bienne", "Biel/Bienne", true},
		{"biel", "Biel/Bienne", true},
		{"morat", "Murten/Morat", true},
		{"pliberk", "Bleiburg/Pliberk", true},
		{"oberdorf", "Affoltern / Oberdorf", false},
		{"affoltern", "Affoltern / Oberdorf", false},
		{"biel", "Bielefeld", false},
	} {
		if got := ownName(tc.key, gazetteer.Place{Name: tc.name, ASCIIName: tc.name}); got != tc.want {
			t.Errorf("ownName(%q, %q) = %v, want %v", tc.key, tc.name, got, tc.want)
		}
	}
	if testing.Short() {
		return
	}
	// Beside Morat, Bienne is Biel's own name: the choice does not
	// stay open between it and Vienna.
	res := analyse(t, "The school trip went from Bienne to Morat, and the camp lies 6 km south of Morat.")
	if p := placeNamed(t, res, "Bienne"); p.Country != "CH" || p.Note != "" {
		t.Errorf("Bienne is in %q, note %q; want CH with no note", p.Country, p.Note)
	}
}
