package gazetteer

import "testing"

// TestRegions26HardC: a hard c is written k, a soft one kept.
func TestRegions26HardC(t *testing.T) {
	for _, tc := range []struct{ key, want string }{
		{"atacora", "atakora"},
		{"kouilou", "kouilou"},
		{"cuanza norte", "kuanza norte"},
		{"vincent", "vincent"},
	} {
		if got := hardC(tc.key); got != tc.want {
			t.Errorf("hardC(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}

// TestRegions26EnglishCompass: a key of French compass words (and
// "centre") is written in English; any other word leaves none.
func TestRegions26EnglishCompass(t *testing.T) {
	for _, tc := range []struct {
		key, want string
		ok        bool
	}{
		{"nord", "north", true},
		{"nord ouest", "north west", true},
		{"sud est", "south east", true},
		{"centre nord", "centre north", true},
		{"centre", "", false},
		{"nord kivu", "", false},
	} {
		got, ok := englishCompass(tc.key)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("englishCompass(%q) = %q, %v, want %q, %v", tc.key, got, ok, tc.want, tc.ok)
		}
	}
}
