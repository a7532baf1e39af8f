package text

import "testing"

func TestFrenchNumbers(t *testing.T) {
	tests := []struct {
		in     string
		lo, hi float64
		hedge  string
	}{
		{"17 km", 17, 17, ""},
		{"1,5 km", 1.5, 1.5, ""},
		{"2 500 m", 2.5, 2.5, ""},
		{"un kilomètre", 1, 1, ""},
		{"dix-sept km", 17, 17, ""},
		{"vingt et un km", 21, 21, ""},
		{"soixante-dix km", 70, 70, ""},
		{"quatre-vingts km", 80, 80, ""},
		{"deux cents km", 200, 200, ""},
		{"mille deux cents km", 1200, 1200, ""},
		{"quelques kilomètres", 2, 5, "a few"},
		{"plusieurs km", 3, 9, "several"},
		{"une quinzaine de km", 15, 15, "about"},
		{"entre deux et cinq kilomètres", 2, 5, ""},
	}
	for _, tt := range tests {
		r := newReader(tt.in)
		a, next, ok := r.frenchAmountAt(0, len(r.toks))
		if !ok || next != len(r.toks) || !near(a.lo, tt.lo) || !near(a.hi, tt.hi) || a.hedge != tt.hedge {
			t.Errorf("frenchAmountAt(%q) = %v-%v %q (next %d of %d, ok %v), want %v-%v %q",
				tt.in, a.lo, a.hi, a.hedge, next, len(r.toks), ok, tt.lo, tt.hi, tt.hedge)
		}
	}
	// An elided article is a number only after a hedge that elides
	// ("plus d'une dizaine de km", elidedHedgeAt).
	for _, in := range []string{"km", "vingt", "dix personnes", "de 10 km", "d'une dizaine de km", "d'un km"} {
		r := newReader(in)
		if a, _, ok := r.frenchAmountAt(0, len(r.toks)); ok {
			t.Errorf("frenchAmountAt(%q) = %v-%v, want none", in, a.lo, a.hi)
		}
	}
}
