package locate

import "testing"

// TestRouteDistances reads distances stated along a route as trip
// reports, race reports and road news write them, against the real
// gazetteer: a leg that carries on the way the text came ("25 km beyond
// X", "another 8 km on", « 20 km plus loin »), which goes on in the
// direction the text reached X from, so the place lies the sum of the
// legs from the first town; a distance along a road named by a name of
// its own or by its two ends ("22 km along the Kiira Highway from A
// towards B", "along the road from A to B"); a distance from the finish
// or the start of a stage the text names by its ends ("18 km from the
// finish", « à 15 km de l'arrivée », "60 km into the stage"); and a
// fronted distance before the clause in which travellers reach the place
// ("Some 30 km short of X, we camped at Y"). The located places are
// invented; the anchors are real towns.
func TestRouteDistances(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// Onward legs: the sum of the legs from the first town.
		{doc: "We spent the first night at Wila Khollu, some 60 km south of Oruro by the track. The pass of Abra Chunchu lies roughly 20 km beyond Wila Khollu.",
			place: "Abra Chunchu", anchor: "Oruro", country: "BO", km: 80},
		{doc: "The herders' camp of Kayimbi Lukanga lies about 40 km west of Ndola. The fishing village of Chibuluma Nsonga is a further 15 km on.",
			place: "Chibuluma Nsonga", anchor: "Ndola", country: "ZM", km: 55},
		{doc: "Le premier bivouac se trouve à Tin Aghlal, à 50 km au nord de Kidal. Le puits d'Inamelane Ouest se trouve 25 km plus loin.",
			place: "Inamelane Ouest", anchor: "Kidal", country: "ML", km: 75},
		{doc: "Our guide says Chalani Pheri, where we camp tonight, is about 30 km north-east of Maun. Ngami Tsodilo, the next waterhole, is another 20 km on, past a dry pan.",
			place: "Ngami Tsodilo", anchor: "Maun", country: "BW", km: 50},
		// A road named by its own name or by its two ends.
		{doc: "A lorry overturned at Rwentobo Nyakashaka, about 25 km along the Kabale road from Mbarara towards Kabale, on Monday.",
			place: "Rwentobo Nyakashaka", anchor: "Mbarara", country: "UG", km: 25},
		{doc: "The checkpoint at Kouroussa Balandou stands 30 km along the road from Kindia to Mamou.",
			place: "Kouroussa Balandou", anchor: "Kindia", country: "GN", km: 30},
		// The finish or the start of a stage.
		{doc: "Stage three of the Tour du Cameroun ran from Maroua to Mokolo. The winning move went at Mayo Ouldémé, 12 km from the finish.",
			place: "Mayo Ouldémé", anchor: "Mokolo", country: "CM", km: 12},
		{doc: "La troisième étape, entre Parakou et Djougou, s'est jouée à Bassila Kpéssou, à une vingtaine de kilomètres de l'arrivée.",
			place: "Bassila Kpéssou", anchor: "Djougou", country: "BJ", km: 20},
		{doc: "Sunday's stage of the Niger Rally ran from Tahoua to Agadez. The leader punctured at Tegguiddan Adrar, 70 km into the stage.",
			place: "Tegguiddan Adrar", anchor: "Tahoua", country: "NE", km: 70},
		{doc: "Sunday's stage of the Niger Rally ran from Tahoua to Agadez. The leader punctured at the Tegguiddan Adrar well, 70 km into the stage.",
			place: "Tegguiddan Adrar", anchor: "Tahoua", country: "NE", km: 70,
			failing: "the X well, a kind after the name, before a distance from a stage's end named earlier: no subject"},
		// A fronted distance before the travellers' clause.
		{doc: "We left Tessalit heading south. Some 40 km short of Kidal, we camped at the well of Anefis Tinzawaten.",
			place: "Anefis Tinzawaten", anchor: "Kidal", country: "ML", km: 40},
	})
}
