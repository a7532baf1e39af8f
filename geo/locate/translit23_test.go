package locate

import "testing"

// TestTranslitTexts reads news, NGO and travel texts that write known
// towns in transliterations other than the gazetteer's: French
// transcriptions of Persian, Turkic and Chinese names (« Mazar-e Charif »,
// « Ouroumtchi », « Kachgar »). Each locates one place the gazetteer
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
	})
}
