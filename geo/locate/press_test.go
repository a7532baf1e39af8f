package locate

import "testing"

// TestRegionalPress reads short items of the French-language regional and
// local press (France, Belgium, Switzerland, Québec, francophone Africa)
// against the real gazetteer. The lieu-dit is placed though an aside
// stands between it and its distance (« sur la commune de Y », « sur la
// RN 88 »); a person named after a civility (« M. Vienne ») maps no town;
// a place « à la sortie de X, à 3 km du centre » is measured from X.
func TestRegionalPress(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Un incendie a détruit une grange au lieu-dit La Borie-Haute, sur la commune de Marcolès, à six kilomètres au nord de Maurs.",
			place: "La Borie-Haute", anchor: "Maurs", country: "FR", km: 6},
		{doc: "Deux voitures se sont percutées au lieu-dit Les Quatre-Routes, sur la RN 122, à 12 km à l'est d'Aurillac. Le conducteur, M. Vienne, a été blessé.",
			place: "Les Quatre-Routes", anchor: "Aurillac", country: "FR", km: 12, notPlaces: []string{"Vienne", "RN"}},
		{doc: "Le car s'est renversé au village de Keur Mbaye Fall, au PK 52 de la RN 2, à 20 km au nord de Louga.",
			place: "Keur Mbaye Fall", anchor: "Louga", country: "SN", km: 20, notPlaces: []string{"PK 52", "PK"}},
		{doc: "Un pont a cédé au quartier de Pitoaré-Bas, à la sortie de Maroua, à environ 4 kilomètres du centre.",
			place: "Pitoaré-Bas", anchor: "Maroua", country: "CM", km: 4},
	})
}
