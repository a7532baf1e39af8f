package gazetteer

import (
	"context"
	"testing"

	"github.com/paulmach/orb"
)

func TestCountry(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"english name", "Algeria", "DZ"},
		{"demonym", "Algerian", "DZ"},
		{"plural demonym", "Algerians", "DZ"},
		{"french name", "algérie", "DZ"},
		{"french name without accent", "ALGERIE", "DZ"},
		{"french demonym", "Algérienne", "DZ"},
		{"alpha-2", "DZ", "DZ"},
		{"alpha-2 lower case", "dz", "DZ"},
		{"alpha-3", "DZA", "DZ"},
		{"official name", "People's Democratic Republic of Algeria", "DZ"},
		{"malian", "Malian", "ML"},
		{"niger not nigeria", "Niger", "NE"},
		{"nigerien", "Nigerien", "NE"},
		{"nigerian", "Nigerian", "NG"},
		{"burkinabe", "Burkinabé", "BF"},
		{"apostrophe", "Côte d'Ivoire", "CI"},
		{"other spelling", "Ivory Coast", "CI"},
		{"article", "the Gambia", "GM"},
		{"shared demonym goes to the largest", "American", "US"},
		{"shared demonym goes to the largest (french)", "French", "FR"},
		{"mauritanian", "Mauritanian", "MR"},
	}
	for _, tt := range tests {
		got, err := testDB.Country(context.Background(), tt.in)
		if err != nil {
			t.Errorf("%s: Country(%q) error: %v", tt.name, tt.in, err)
			continue
		}
		if got.Code != tt.want {
			t.Errorf("%s: Country(%q) = %s (%s), want %s", tt.name, tt.in, got.Code, got.Name, tt.want)
		}
	}
}

func TestCountryFields(t *testing.T) {
	c, err := testDB.Country(context.Background(), "DZ")
	if err != nil {
		t.Fatalf("Country(DZ) error: %v", err)
	}
	if c.Code3 != "DZA" || c.Name != "Algeria" {
		t.Errorf("Country(DZ) = %s %q, want DZA \"Algeria\"", c.Code3, c.Name)
	}
	has := func(list []string, s string) bool {
		for _, x := range list {
			if x == s {
				return true
			}
		}
		return false
	}
	if !has(c.Names, "Algérie") {
		t.Errorf("Country(DZ).Names = %v, want it to hold Algérie", c.Names)
	}
	if !has(c.Demonyms, "Algerian") || !has(c.Demonyms, "Algérien") {
		t.Errorf("Country(DZ).Demonyms = %v, want Algerian and Algérien", c.Demonyms)
	}
	// Algeria's land is about 2.38 million km²; the shape leaves out lakes
	// and salt pans that OpenStreetMap maps as water.
	if c.Area < 2.2e6 || c.Area > 2.45e6 {
		t.Errorf("Country(DZ).Area = %.0f km², want about 2.3 million", c.Area)
	}
	if len(c.Shape) == 0 || !c.Shape.Bound().Contains(orb.Point{3.05, 36.75}) {
		t.Errorf("Country(DZ).Shape bound %v does not hold Algiers", c.Shape.Bound())
	}
}

func TestCountries(t *testing.T) {
	all, err := testDB.Countries(context.Background())
	if err != nil {
		t.Fatalf("Countries() error: %v", err)
	}
	if len(all) != 250 {
		t.Errorf("Countries() = %d countries, want 250", len(all))
	}
	noShape := 0
	for i, c := range all {
		if i > 0 && c.Code <= all[i-1].Code {
			t.Errorf("Countries() not sorted: %s after %s", c.Code, all[i-1].Code)
		}
		if len(c.Shape) == 0 {
			noShape++
		}
	}
	// Monaco, Vatican City and Kosovo's sibling codes aside, every country has land.
	if noShape > 3 {
		t.Errorf("Countries(): %d without a shape, want at most 3", noShape)
	}
}

func TestCountryAt(t *testing.T) {
	tests := []struct {
		name string
		p    orb.Point
		want string
	}{
		{"Tessalit", orb.Point{1.01186, 20.20126}, "ML"},
		{"Bamako", orb.Point{-8.0, 12.65}, "ML"},
		{"Algiers", orb.Point{3.0588, 36.7538}, "DZ"},
		{"Niamey", orb.Point{2.1098, 13.5137}, "NE"},
		{"Maseru, an enclave", orb.Point{27.48, -29.31}, "LS"},
		{"Bloemfontein, around the enclave", orb.Point{26.2, -29.1}, "ZA"},
		{"Paris, 1 km shape", orb.Point{2.35, 48.86}, "FR"},
		{"Gulf of Guinea", orb.Point{0, 0}, ""},
		{"mid Atlantic", orb.Point{-30, 30}, ""},
	}
	for _, tt := range tests {
		got, err := testDB.CountryAt(context.Background(), tt.p)
		if err != nil {
			t.Errorf("%s: CountryAt(%v) error: %v", tt.name, tt.p, err)
			continue
		}
		if got != tt.want {
			t.Errorf("%s: CountryAt(%v) = %q, want %q", tt.name, tt.p, got, tt.want)
		}
	}
}
