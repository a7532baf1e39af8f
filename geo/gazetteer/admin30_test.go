package gazetteer

import "testing"

// TestAdmin30CompassAfter: a French division's name with its compass
// word after it, « du » and all (« le Kivu du Nord », « le Darfour du
// Sud », « l'Équatoria-Central »), is the division GeoNames names with
// the English compass word first, and is its own name
// (OwnAdminName); compass words alone, or a compass word before the
// last, give no such key.
func TestAdmin30CompassAfter(t *testing.T) {
	for _, tt := range []struct{ key, want string }{
		{"kivu nord", "north kivu"},
		{"kordofan sud", "south kordofan"},
		{"equatoria central", "central equatoria"},
		{"equatoria occidentale", "west equatoria"},
		{"ubangi septentrional", "north ubangi"},
		{"nord ouest", ""},
		{"centre nord", ""},
		{"sud kivu", ""},
		{"nord", ""},
	} {
		if got, _ := compassAfter(tt.key); got != tt.want {
			t.Errorf("compassAfter(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
	for _, tt := range []admin1Named{
		{"Kivu du Nord", "", "North Kivu"},
		{"Kivu du Sud", "CD", "South Kivu"},
		{"province du Kivu du Nord", "", "North Kivu"},
		{"Kordofan du Sud", "", "Southern Kordofan"},
		{"Darfour du Nord", "SD", "Northern Darfur"},
		{"Équatoria-Central", "", "Central Equatoria"},
		{"Équatoria occidental", "SS", "Western Equatoria"},
	} {
		checkAdmin1Named(t, tt)
	}
	for _, tt := range []struct {
		name, other string
		want        bool
	}{
		{"Kivu du Nord", "North Kivu", true},
		{"Darfour du Nord", "Northern Darfur", true},
		{"Darfour de l'Ouest", "Western Darfur", true},
		{"Région du Kivu du Nord", "North Kivu", false},
		{"Kivu du Nord", "South Kivu", false},
	} {
		if got := OwnAdminName(tt.name, tt.other); got != tt.want {
			t.Errorf("OwnAdminName(%q, %q) = %v, want %v", tt.name, tt.other, got, tt.want)
		}
	}
}

// TestAdmin30ArticleForms: a division written with an Arabic article
// that GeoNames writes without ("Al Anbar", "al-Anbar governorate"), or
// without one GeoNames writes ("Hudaydah", "Bayda"), is found; only
// the name with the article is the division's own (OwnAdminName), and
// the name as written is asked first ("El Oro" of Ecuador keeps its
// article).
func TestAdmin30ArticleForms(t *testing.T) {
	for _, tt := range []admin1Named{
		{"Al Anbar", "", "Anbar"},
		{"al-Anbar governorate", "IQ", "Anbar"},
		{"Hudaydah", "", "Al Hudaydah"},
		{"Bayda", "YE", "Al Bayda"},
		{"El Oro", "", "El Oro"},
	} {
		checkAdmin1Named(t, tt)
	}
	for _, tt := range []struct {
		name, other string
		want        bool
	}{
		{"Al Anbar", "Anbar", true},
		{"Al-Anbar", "Anbar", true},
		{"El Hasakah", "Al-Hasakah", true},
		{"Ahmadi", "Al Ahmadi", false}, // a surname before a division
	} {
		if got := OwnAdminName(tt.name, tt.other); got != tt.want {
			t.Errorf("OwnAdminName(%q, %q) = %v, want %v", tt.name, tt.other, got, tt.want)
		}
	}
}

// TestAdmin30Romanisations: the divisions of Yemen, Iraq, Syria, Sudan,
// South Sudan and Ethiopia as relief reports romanise them, and the
// French names of foreign divisions, are GeoNames' divisions
// (admin1Spellings).
func TestAdmin30Romanisations(t *testing.T) {
	for _, tt := range []admin1Named{
		{"Hadramawt", "", "Muhafazat Hadramaout"},
		{"Hadhramaut governorate", "", "Muhafazat Hadramaout"},
		{"Hadramout", "YE", "Muhafazat Hadramaout"},
		{"Hodeidah", "", "Al Hudaydah"},
		{"Oromia", "", "Oromiya"},
		{"Oromia Region", "ET", "Oromiya"},
		{"Benishangul-Gumuz", "", "Bīnshangul Gumuz"},
		{"Ninawa", "", "Nineveh"},
		{"Salah al-Din", "", "Salah ad Din"},
		{"Dohuk", "", "Duhok"},
		{"Hasakeh", "", "Al-Hasakah"},
		{"Gedaref", "", "Al Qaḑārif"},
		{"Northern Bahr el Ghazal", "", "Northern Bahr al Ghazal"},
		{"Bahr el Ghazal du Nord", "", "Northern Bahr al Ghazal"},
		{"province de Ninive", "", "Nineveh"},
		{"Baloutchistan", "", "Balochistan"},
		{"Sind", "PK", "Sindh"},
		{"Haut-Nil", "", "Upper Nile"},
	} {
		checkAdmin1Named(t, tt)
	}
}
