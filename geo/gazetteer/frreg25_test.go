package gazetteer

import "testing"

// TestFrreg25OwnAdminName: a division's name as French writes it is its
// own name: doubled letters, the French names of Sudan's states; a
// generic word or another division's name is not.
func TestFrreg25OwnAdminName(t *testing.T) {
	for _, tc := range []struct {
		name, other string
		want        bool
	}{
		{"Ouaddaï", "Ouadaï", true},
		{"Kanem", "Kanem", true},
		{"Darfour occidental", "Western Darfur", true},
		{"Kordofan méridional", "Southern Kordofan", true},
		{"Darfour oriental", "Western Darfur", false},
		{"Région de Kidal", "Kidal", false},
		{"Kasala", "Kassala", true},
		{"Guéra", "Kanem", false},
	} {
		if got := OwnAdminName(tc.name, tc.other); got != tc.want {
			t.Errorf("OwnAdminName(%q, %q) = %v, want %v", tc.name, tc.other, got, tc.want)
		}
	}
}
