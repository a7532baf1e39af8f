package locate

import (
	"strings"
	"testing"
)

// TestFrenchNewsTextsBlind5 is a fifth blind round of French texts,
// written before locus read them: news, situation reports and
// encyclopedia stubs from the Sahel, the Maghreb, Central Africa, Haïti,
// Québec, Belgium, Switzerland, Madagascar and New Caledonia. About half
// probe three classes the earlier rounds showed weak: a town's demonym
// after an article ("les Agadéziens"), a hedge elided into a vague amount
// ("à moins d'une dizaine de kilomètres"), and an unknown place on a road
// ("la route de X", "X, sur la route de Y, à 30 km de Z"); the rest are
// lists, agencies, inverted subjects and namesakes. The located places
// are invented; the anchors are real. At first run 14 of the 22 texts
// read right; after the fixes of their classes (a town's people after
// "les", a hedge elided onto the amount's article, a road set between
// commas after a name) 21 do. The one known failure names its class.
func TestFrenchNewsTextsBlind5(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// A town's demonym after an article.
		{doc: "Les Agadéziens ont accueilli les habitants de Tagaza-Elmeki, à 20 km au nord d'Agadez, chassés par les pluies.",
			place: "Tagaza-Elmeki", anchor: "Agadez", country: "NE", km: 20, notPlaces: []string{"Agadéziens", "Les Agadéziens"}},
		{doc: "Les Bamakois se sont rendus en masse à Sanankoro-Dialakoroba, à 30 km au sud de Bamako, pour les funérailles.",
			place: "Sanankoro-Dialakoroba", anchor: "Bamako", country: "ML", km: 30, notPlaces: []string{"Bamakois", "Les Bamakois"}},
		{doc: "Selon la radio locale, les Tombouctiens ont fui vers Ber-Agouni, à 50 km à l'est de Tombouctou.",
			place: "Ber-Agouni", anchor: "Tombouctou", country: "ML", km: 50, notPlaces: []string{"Tombouctiens", "les Tombouctiens"}},
		{doc: "Les Goundamois et les sinistrés de Tonka-Kessou, à 25 km au sud de Goundam, attendent toujours l'aide promise.",
			place: "Tonka-Kessou", anchor: "Goundam", country: "ML", km: 25, notPlaces: []string{"Goundamois", "Les Goundamois"}},
		{doc: "Les Kairouanais ont rejoint les habitants de Chrarda-Ouest, à 40 km à l'ouest de Kairouan, pour protester contre les coupures d'eau.",
			place: "Chrarda-Ouest", anchor: "Kairouan", country: "TN", km: 40, notPlaces: []string{"Kairouanais", "Les Kairouanais"}},
		{doc: "Les Niaméyennes ont marché jusqu'à Gorou-Bassoré, à 8 km à l'ouest de Niamey, pour réclamer un dispensaire.",
			place: "Gorou-Bassoré", anchor: "Niamey", country: "NE", km: 8, notPlaces: []string{"Niaméyennes", "Les Niaméyennes"}},
		// A hedge elided into a vague amount.
		{doc: "Des tirs ont été entendus à Boni-Koulogo, à plus d'une vingtaine de kilomètres au sud de Mopti, selon des témoins.",
			place: "Boni-Koulogo", anchor: "Mopti", country: "ML", km: 20},
		{doc: "Le camp de Kalembe-Lubuye se trouve à près d'une centaine de km au nord de Kalemie, selon le HCR.",
			place: "Kalembe-Lubuye", anchor: "Kalemie", country: "CD", km: 100, notPlaces: []string{"HCR"}},
		{doc: "Le cyclone a détruit Befandefa-Haut, à plus d'une trentaine de kilomètres au nord de Toliara.",
			place: "Befandefa-Haut", anchor: "Toliara", country: "MG", km: 30},
		{doc: "La tribu de Netchaot-Haut, à moins d'une quinzaine de kilomètres à l'est de Koné, est privée d'eau depuis lundi.",
			place: "Netchaot-Haut", anchor: "Koné", country: "NC", km: 15},
		// An unknown place on a road.
		{doc: "Des glissements de terrain ont bloqué la route de Ngoulou-Kaba, à 20 km au nord de Bafoussam.",
			place: "Ngoulou-Kaba", anchor: "Bafoussam", country: "CM", km: 20,
			failing: "a distance after a road's end (\"la route de X, à 20 km de Y\") places a point of the road, not X, by design (geo/text/french.go, frenchNewsObject); an unknown X is listed unresolved with a note that says so (TestFrenchRoadEndListed)"},
		{doc: "Un bus est tombé dans un ravin à Kouréma-Haut, sur la route de Siguiri, à 40 km au nord-est de Kankan.",
			place: "Kouréma-Haut", anchor: "Kankan", country: "GN", km: 40},
		{doc: "Le village de Morne-Lazard-Haut, sur la route de Hinche, à 15 km au nord de Mirebalais, a été incendié par un gang.",
			place: "Morne-Lazard-Haut", anchor: "Mirebalais", country: "HT", km: 15},
		// Lists, agencies, inverted subjects, namesakes, stubs.
		{doc: "Des renforts sont arrivés à Gao, Ansongo et Bourem, ainsi qu'à Tassiga-Ber, à 30 km au sud d'Ansongo.",
			place: "Tassiga-Ber", anchor: "Ansongo", country: "ML", km: 30, mapped: []string{"Gao", "Bourem"}},
		{doc: "Selon l'AFP, des affrontements ont éclaté jeudi à Ihusi-Bas, à 20 km au nord de Bukavu.",
			place: "Ihusi-Bas", anchor: "Bukavu", country: "CD", km: 20, notPlaces: []string{"AFP"}},
		{doc: "À 12 km au nord de Sousse se trouve Oued Blibane-Plage, où le corps d'un migrant a été retrouvé.",
			place: "Oued Blibane-Plage", anchor: "Sousse", country: "TN", km: 12},
		{doc: "À 25 km à l'ouest de Fianarantsoa se trouve le village d'Ambalakely-Haut, touché par la grêle.",
			place: "Ambalakely-Haut", anchor: "Fianarantsoa", country: "MG", km: 25},
		{doc: "Le village de Gandiol-Taré, à 18 km au sud de Saint-Louis, au Sénégal, est menacé par l'érosion côtière.",
			place: "Gandiol-Taré", anchor: "Saint-Louis", country: "SN", km: 18},
		{doc: "Essert-Dessous est un hameau de Suisse situé à 8 km au sud de Fribourg.",
			place: "Essert-Dessous", anchor: "Fribourg", country: "CH", km: 8},
		{doc: "Sart-Custinne-Haut est un hameau belge situé à 10 km au sud de Dinant, en province de Namur.",
			place: "Sart-Custinne-Haut", anchor: "Dinant", country: "BE", km: 10},
		{doc: "Mbéré-Djohong est un village du Cameroun situé à 40 km à l'est de Ngaoundéré, dans l'Adamaoua.",
			place: "Mbéré-Djohong", anchor: "Ngaoundéré", country: "CM", km: 40},
		{doc: "Les Trifluviens sont invités à éviter Lac-Vlimeux-Nord, à 20 km au nord de Trois-Rivières, a indiqué la Sûreté du Québec.",
			place: "Lac-Vlimeux-Nord", anchor: "Trois-Rivières", country: "CA", km: 20, notPlaces: []string{"Trifluviens", "Les Trifluviens", "Sûreté du Québec"}},
	})
}

// TestFrenchRoadEndListed: where a road leads ("la route de X") is a
// place, listed even when the gazetteer does not hold it, with a note that
// a distance after the road places a point of the road rather than X.
func TestFrenchRoadEndListed(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, doc := range []string{
		"Des glissements de terrain ont bloqué la route de Ngoulou-Kaba, à 20 km au nord de Bafoussam.",
		"Une embuscade a visé un convoi sur la route de Ngoulou-Kaba, à 20 km au nord de Bafoussam.",
	} {
		res := analyse(t, doc)
		p := placeNamed(t, res, "Ngoulou-Kaba")
		if p.Source != SourceUnresolved || !strings.Contains(p.Note, "where a road leads") {
			t.Errorf("%s: Ngoulou-Kaba is %s (%q), want unresolved with a note on the road", doc, p.Source, p.Note)
		}
		if a := placeNamed(t, res, "Bafoussam"); a.Source != SourceGazetteer || a.Country != "CM" {
			t.Errorf("%s: Bafoussam is %s in %q, want the gazetteer's in CM", doc, a.Source, a.Country)
		}
	}
}
