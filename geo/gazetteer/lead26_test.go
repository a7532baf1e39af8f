package gazetteer

import "testing"

// TestAdminKeyAutonomous checks that adminKey drops the words of Russian
// and Central Asian division kinds ("Autonomous Region", "Republic",
// "Krai", "Okrug"), which GeoNames leaves off most names: the division is
// found by its own word whichever kind the text writes after it.
func TestAdminKeyAutonomous(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Gorno-Badakhshan Autonomous Region", "Gorno-Badakhshan"},
		{"Tibet Autonomous Region", "Tibet"},
		{"Republic of Tatarstan", "Tatarstan"},
		{"Krasnoyarsk Krai", "Krasnoyarsk"},
		{"Khanty-Mansi Autonomous Okrug", "Khanty-Mansi"},
	} {
		if got, want := adminKey(tt.in), adminKey(tt.want); got != want {
			t.Errorf("adminKey(%q) = %q, want %q", tt.in, got, want)
		}
	}
}
