package locate

import "testing"

// TestHazardRoleSeats: a role that names a capital with no country in the
// text is the capital of the one country every named place lies in
// ("ANTANANARIVO — ... 10 km east of the capital"); a town's centre with
// no town put in relation is the last town named before it (« à
// Martigues, au lieu-dit X, à 4 km au sud du centre-ville »).
func TestHazardRoleSeats(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "ANTANANARIVO — Le village d'Ambohitrakely-Sud, situé à 10 km à l'est de la capitale, est isolé depuis lundi.",
			place: "Ambohitrakely-Sud", anchor: "Antananarivo", country: "MG", km: 10},
		{doc: "BAMAKO — Floods cut off the hamlet of Sirakoro-Bas, 15 km south of the capital, on Sunday.",
			place: "Sirakoro-Bas", anchor: "Bamako", country: "ML", km: 15},
		{doc: "PORT-AU-PRINCE — À Fondwa-Bas, à une trentaine de kilomètres à l'ouest de la capitale, plusieurs quartiers sont inondés.",
			place: "Fondwa-Bas", anchor: "Port-au-Prince", country: "HT", km: 30},
		{doc: "MARSEILLE — Un feu de forêt s'est déclaré à Martigues, au lieu-dit la Couronne-Vieille, à environ 4 km au sud du centre-ville, a indiqué le SDIS 13.",
			place: "Couronne-Vieille", anchor: "Martigues", country: "FR", km: 4, notPlaces: []string{"SDIS"}},
	})
}
