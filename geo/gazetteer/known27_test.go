package gazetteer

import (
	"slices"
	"testing"
)

// TestKnown27HyphenedPairs: each hyphen of a name gives a key with "and"
// in its place; a name without one gives none.
func TestKnown27HyphenedPairs(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Samegrelo-Zemo Svaneti", []string{"samegrelo and zemo svaneti"}},
		{"Racha-Lechkhumi-Kvemo Svaneti", []string{"racha and lechkhumi kvemo svaneti", "racha lechkhumi and kvemo svaneti"}},
		{"Kvemo Kartli", nil},
		{"Mtskheta-Mtianeti Region", []string{"mtskheta and mtianeti"}},
	} {
		if got := hyphenedPairs(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("hyphenedPairs(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestKnown27OwnAdminNameHyphen: a hyphen written for "and" keeps a
// division's own name; with a generic word it is no own name.
func TestKnown27OwnAdminNameHyphen(t *testing.T) {
	for _, tc := range []struct {
		name, other string
		want        bool
	}{
		{"Samegrelo-Zemo Svaneti", "Samegrelo and Zemo Svaneti", true},
		{"Racha-Lechkhumi-Kvemo Svaneti", "Racha-Lechkhumi and Kvemo Svaneti", true},
		{"Samegrelo-Zemo Svaneti Region", "Samegrelo and Zemo Svaneti", false},
		{"Samegrelo-Svaneti", "Samegrelo and Zemo Svaneti", false},
	} {
		if got := OwnAdminName(tc.name, tc.other); got != tc.want {
			t.Errorf("OwnAdminName(%q, %q) = %v, want %v", tc.name, tc.other, got, tc.want)
		}
	}
}

// TestKnown27RespelledAdminName: only a respelling of letters counts, not
// the name folded alike nor another name.
func TestKnown27RespelledAdminName(t *testing.T) {
	for _, tc := range []struct {
		name, other string
		want        bool
	}{
		{"Cayes", "Kayes", true},
		{"Ouaddaï", "Ouadaï", true},
		{"Tombouctou", "Tombouctou", false},
		{"Kayes", "Kayes", false},
		{"Mopti", "Kayes", false},
	} {
		if got := RespelledAdminName(tc.name, tc.other); got != tc.want {
			t.Errorf("RespelledAdminName(%q, %q) = %v, want %v", tc.name, tc.other, got, tc.want)
		}
	}
}
