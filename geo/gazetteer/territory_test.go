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

func TestIslandCountry(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Antigua", "AG"}, {"ANTIGUA", "AG"}, {"Trinidad", "TT"}, {"St. Kitts", "KN"},
		{"Saint Kitts", "KN"}, {"Mahé", "SC"}, {"São Tomé", "ST"}, {"Viti Levu", "FJ"},
		// Smaller islands, islands of large countries, first-level
		// divisions the gazetteer holds, and plain towns.
		{"Nevis", ""}, {"Vanua Levu", ""}, {"North Island", ""}, {"Luzon", ""},
		{"Tobago", ""}, {"Guadalcanal", ""}, {"Antigua Guatemala", ""}, {"Victoria", ""},
	}
	for _, tt := range tests {
		if got := IslandCountry(tt.name); got != tt.want {
			t.Errorf("IslandCountry(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
