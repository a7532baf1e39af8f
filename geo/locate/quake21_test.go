package locate

import "testing"

// TestSpelledAstray: a place the gazetteer lacks is not read, by its
// spelling alone, as a namesake far from every place of the document
// the gazetteer knows by name (« La Bérarde … (Isère) … Bourg-d'Oisans »
// is no Labarde of the Gironde); one near them still is.
func TestSpelledAstray(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "La crue torrentielle du Vénéon a dévasté le hameau de La Bérarde, sur la commune de Saint-Christophe-en-Oisans (Isère). Les 90 personnes présentes ont été héliportées vers Bourg-d'Oisans. Le refuge du Carrelet, à 2 km au sud de La Bérarde, a été fermé.")
	if p := placeNamed(t, res, "La Bérarde"); p.HasPoint && p.Country == "FR" && p.Point[0] < 3 {
		t.Errorf("La Bérarde mapped at %v, want no namesake of the Gironde", p.Point)
	}
	checkTexts(t, []textCase{
		{doc: "Ndiaganiao est une localité du Sénégal, située à 20 km au nord-est de Joal-Fadiouth. Les secours sont venus de Mbour.",
			place: "Ndiaganiao", anchor: "Joal-Fadiouth", country: "SN", km: 20},
	})
}
