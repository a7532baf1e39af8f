package locate

import (
	"math"
	"testing"
)

// TestTranslitTexts reads news, NGO and travel texts that write known
// towns in transliterations other than the gazetteer's: French
// transcriptions of Persian, Turkic and Chinese names (« Mazar-e Charif »,
// « Ouroumtchi », « Kachgar ») and English spellings GeoNames gives a
// small namesake only ("Nikolayev"). Each locates one place the gazetteer
// lacks from such a town, which must be the town meant and not a namesake
// elsewhere, nor the located place taken for a gazetteer entry.
func TestTranslitTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// French "ch" for English "sh", with the country named.
		{doc: "L'ONG a ouvert une clinique mobile au camp de Sakhi, à 8 km à l'est de Mazar-e Charif, dans le nord de l'Afghanistan.",
			place: "Sakhi", anchor: "Mazar-e Charif", country: "AF", km: 8},
		// « Ouroumtchi » is Ürümqi romanised the French way: a city's
		// own name, not a stray alias, so the farm is not the Baiyang of
		// Chongqing.
		{doc: "La ferme de Baiyang, à 40 km au sud d'Ouroumtchi, élève des chevaux pour le tourisme. Les visiteurs poursuivent souvent vers Kachgar.",
			place: "Baiyang", anchor: "Ouroumtchi", country: "CN", km: 40, mapped: []string{"Kachgar"}},
		// "Nikolayev" is an alternate name of a town of Lviv oblast only;
		// the city of 470,000 is listed as "Nikolaev" (lookupAliasCities).
		{doc: "The Dniprovsky grain terminal, 18 km south of Nikolayev on the Southern Bug estuary, was hit by drones overnight, Ukrainian officials said.",
			place: "Dniprovsky", anchor: "Nikolayev", country: "UA", km: 18},
	})
}

// TestAliasCity: a name GeoNames gives as an alternate one to a small
// town only, or to places outside the country the text names only, is
// the city spelled like it (lookupAliasCities).
func TestAliasCity(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		doc, anchor string
		lat         float64 // the city's latitude, to within 0.1°
	}{
		// Mykolayiv, not Mykolaiv in Lviv oblast (49.53° N).
		{"The Dniprovsky grain terminal, 18 km south of Nikolayev on the Southern Bug estuary, was hit by drones overnight.", "Nikolayev", 46.98},
		// GeoNames lists « Djalalabad » for Kyrgyzstan's Jalal-Abad only;
		// the text names Afghanistan, whose Jalalabad is spelled alike.
		{"Un camp a été ouvert à 10 km au nord de Djalalabad, en Afghanistan.", "Djalalabad", 34.43},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		a := placeNamed(t, res, tt.anchor)
		if a.Source != SourceGazetteer || math.Abs(a.Point.Lat()-tt.lat) > 0.1 {
			t.Errorf("%s: %s is %s at %v, want the city at %.2f° N", tt.doc, tt.anchor, a.Source, a.Point, tt.lat)
		}
	}
}
