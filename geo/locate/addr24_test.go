package locate

import "testing"

// TestAddr24DatelineSeat holds the class of French wire datelines that
// open a document with a seat alone before a dash: « Abidjan – La police
// a démantelé … », « Cotonou — Les pluies … ». The reader cannot tell
// such a name from a rubric (« Résumé – Cette étude … ») and leaves it
// bare; a national or provincial capital of seatPop people is taken
// (datelineSeat), a rubric word, a small town or the same seat later in
// the text is not.
func TestAddr24DatelineSeat(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct {
		doc, name, country string // country "" when the name must not be mapped
	}{
		{"Douala – Les eaux du Wouri ont envahi plusieurs quartiers dans la nuit de dimanche.", "Douala", "CM"},
		{"Cotonou — Les douaniers ont saisi trois tonnes de riz au port mardi.", "Cotonou", "BJ"},
		{"Cayenne – Une coupure de courant a privé la ville d'électricité pendant six heures.", "Cayenne", "GF"},
		{"Abidjan - Les transporteurs ont observé une grève de deux jours.", "Abidjan", "CI"},
		{"Résumé – Cette étude porte sur les sols du plateau.", "Résumé", ""},
		{"Espace — Des débris sont retombés dans l'océan.", "Espace", ""},
		{"Les transporteurs ont manifesté. Douala reste calme, ont dit les autorités.", "Douala", ""},
	} {
		got := gazetteerCountry(analyse(t, tc.doc), tc.name)
		if got != tc.country {
			t.Errorf("%q: %s mapped in %q, want %q", tc.doc, tc.name, got, tc.country)
		}
	}
}
