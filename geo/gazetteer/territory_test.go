package gazetteer

import "testing"

func TestSovereign(t *testing.T) {
	tests := []struct{ code, want string }{
		{"GF", "FR"}, {"RE", "FR"}, {"NC", "FR"}, {"PR", "US"}, {"GL", "DK"},
		{"GI", "GB"}, {"HK", "CN"}, {"AW", "NL"},
		{"FR", ""}, {"CK", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got := Sovereign(tt.code); got != tt.want {
			t.Errorf("Sovereign(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}
