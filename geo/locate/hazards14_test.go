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

// TestHazardBigDivisionNamedAlone: a name in no relation that names a big
// first-level division, whose towns of that name are small and no seat,
// is the division, and its towns are then the ones the text means ("the
// second-largest fire in California history": Greenville and Chester in
// California); of a division's namesakes in several countries, the
// largest is taken when nothing else tells ("Cayo Costa, Florida").
func TestHazardBigDivisionNamedAlone(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "The Dixie Fire destroyed most of Greenville. Crews were building line near Hunt Camp, about 4 miles north of Greenville, while residents of Chester and Westwood were told to leave. It is now the second-largest fire in California history.",
			place: "Hunt Camp", anchor: "Greenville", country: "US", km: 6.4, mapped: []string{"Chester", "Westwood", "California"}, notPlaces: []string{"Dixie Fire"}},
		{doc: "Hurricane Ian made landfall near Cayo Costa, Florida, about 20 miles west of Punta Gorda, the National Hurricane Center said.",
			place: "Cayo Costa", anchor: "Punta Gorda", country: "US", km: 32.2, mapped: []string{"Florida"}},
	})
	for doc, want := range map[string]string{
		"It was the largest wildfire in Oregon history.": "US",
		"He moved to California in 1990.":                "US",
	} {
		res := analyse(t, doc)
		for _, p := range res.Places {
			if p.Country != want || p.Feature != "region" {
				t.Errorf("%s: %s is %s %q, want a state of %s", doc, p.Name, p.Country, p.Feature, want)
			}
		}
	}
}
