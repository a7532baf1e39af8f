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
	// A place with a few namesakes vouches for a spelling near one of
	// them: « Marsa Matrouh » is Mersa Matruh, 290 km from Siwa.
	res = analyse(t, "Au camp de Kalo, à 40 km à l'ouest de l'oasis de Siwa, les bédouins récoltent le sel. Les caravanes repartent vers Marsa Matrouh, puis Alexandrie et Le Caire.")
	if p := placeNamed(t, res, "Marsa Matrouh"); !p.HasPoint || p.Country != "EG" {
		t.Errorf("Marsa Matrouh: point %v in %q, want Mersa Matruh (EG)", p.HasPoint, p.Country)
	}
	checkTexts(t, []textCase{
		{doc: "Ndiaganiao est une localité du Sénégal, située à 20 km au nord-est de Joal-Fadiouth. Les secours sont venus de Mbour.",
			place: "Ndiaganiao", anchor: "Joal-Fadiouth", country: "SN", km: 20},
	})
}

// TestStrayTownOneJudge: a small town in none of the document's
// countries, more than strayTownKm from its only other place and far from
// every country it names, is given up: the country named judges as a
// second place would ("Vanuatu … Port-Vila … la route de Mele" is no Mele
// of Liguria).
func TestStrayTownOneJudge(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Un séisme de magnitude 7,3 a frappé le Vanuatu mardi. L'ambassade de France à Port-Vila a été endommagée. Des glissements de terrain ont coupé la route de Mele.")
	if p := placeNamed(t, res, "Mele"); p.HasPoint && p.Country == "IT" {
		t.Errorf("Mele mapped in %s at %v, want no Italian namesake", p.Country, p.Point)
	}
	if p := placeNamed(t, res, "Port-Vila"); !p.HasPoint || p.Country != "VU" {
		t.Errorf("Port-Vila in %q, want VU", p.Country)
	}
}
