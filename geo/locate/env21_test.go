package locate

import "testing"

// TestEnv21ContractedBareName: a town written after « du » or « des »
// whose name with the article is only another name of a far namesake is
// still looked up bare: « les pêcheurs du Mont-Dore » near Nouméa are
// those of Mont-Dore in New Caledonia, not of Le Mont-Dore in Auvergne,
// whose alternate name "Le Mont-Dore" alone the gazetteer matched. « au
// nord du Mans » stays Le Mans, which bears the article as its own.
func TestEnv21ContractedBareName(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, name, country string }{
		{"Une fuite d'acide a été détectée à la station de pompage de la Kwé, à 45 km à l'est de Nouméa. Les pêcheurs de Yaté et du Mont-Dore ont été invités à ne pas consommer de poissons.", "Le Mont-Dore", "NC"},
		{"Kalo est à 19 km au nord du Mans.", "Le Mans", "FR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := analyse(t, tt.doc)
			if p := placeNamed(t, res, tt.name); p.Source != SourceGazetteer || p.Country != tt.country {
				t.Errorf("%s: %s is %s in %q, want the gazetteer's in %s", tt.doc, tt.name, p.Source, p.Country, tt.country)
			}
		})
	}
}
