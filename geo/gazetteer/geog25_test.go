package gazetteer

import "testing"

// TestSpelledAlikeInitialA: a name that opens with "a" is not spelled like
// one that opens with "i", "o" or "u" (apartInitials): "Aralsk" is Aral's
// Russian name, not Oral's "Uralsk"; the "e" that romanisations write for
// the Arabic article's "a" and an "o" for a "u" still match.
func TestSpelledAlikeInitialA(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Aralsk", "Uralsk", false},
		{"Uralsk", "Aralsk", false},
		{"Abdali", "Obdali", false},
		{"Ashkabad", "Ishkabad", false},
		{"Al Fashir", "El Fasher", true},
		{"Omdurman", "Umdurman", true},
		{"Esfahan", "Isfahan", true},
	}
	for _, tt := range tests {
		if got := SpelledAlike(tt.a, tt.b); got != tt.want {
			t.Errorf("SpelledAlike(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
