package text

import "testing"

// TestCorpusWeatherTourism holds one text of each class of tourism and
// weather writing that a probe of lodge listings, trail notes and storm
// bulletins failed on:
//   - a time of day that opens a bulletin ("At 8 a.m.", "At 15:00 UTC",
//     "At 9 a.m. Japan time,", "At noon,", "On Monday") is stepped over:
//     the storm's name or the nameless event after it is the clause's
//     subject, as if it opened the sentence; a time zone after a clock
//     time (timezones.tsv) is no part of the name after it;
//   - a part of a storm before "of" and its name (stormparts.tsv: "the
//     centre of Tropical Storm Kiko", "the eye of Cyclone Freddy") is
//     where the phrase places the storm;
//   - "the depression" of a bulletin is an event (events.tsv), a nameless
//     place of its own.
func TestCorpusWeatherTourism(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "At 8 a.m. the centre of Tropical Storm Kiko was estimated 240 km east of Virac, Catanduanes.",
			rels: []string{"Tropical Storm Kiko: 240 km east of Virac"}},
		{doc: "At 15:00 UTC the centre of Hurricane Lidia was located about 180 km south-west of Puerto Vallarta, Jalisco.",
			rels: []string{"Hurricane Lidia: 180 km southwest of Puerto Vallarta"}, not: []string{"UTC Hurricane Lidia"}},
		{doc: "At 0300 GMT Hurricane Lidia was located about 180 km south-west of Puerto Vallarta.",
			rels: []string{"Hurricane Lidia: 180 km southwest of Puerto Vallarta"}, not: []string{"GMT Hurricane Lidia"}},
		{doc: "At 9 a.m. Japan time, Typhoon Shanshan was centred 150 km south-west of Kagoshima, moving north.",
			rels: []string{"Typhoon Shanshan: 150 km southwest of Kagoshima"}},
		{doc: "At 4 a.m. AEST Tropical Cyclone Jasper was 450 km east-northeast of Cairns and moving west at 10 km/h.",
			rels: []string{"Tropical Cyclone Jasper: 450 km east-northeast of Cairns"}, not: []string{"AEST Tropical Cyclone Jasper"}},
		{doc: "At 3 p.m. Cat Ba lay 40 km east of Haiphong.",
			rels: []string{"Cat Ba: 40 km east of Haiphong"}},
		{doc: "At noon, Storm Kiko was 240 km east of Virac.",
			rels: []string{"Storm Kiko: 240 km east of Virac"}},
		{doc: "The eye of Cyclone Freddy was 200 km east of Toliara.",
			rels: []string{"Cyclone Freddy: 200 km east of Toliara"}},
		{doc: "At 0830 IST the deep depression was centred 320 km south-east of Paradip.",
			rels: []string{"the deep depression: 320 km southeast of Paradip"}},
		{doc: "At 8 a.m. the lodge was 24 km west of Paradip.",
			rels: []string{"the lodge: 24 km west of Paradip"}},
	})
}

// TestCorpusFrenchLodgings: French listings name a lodge by a kind the
// French descriptors lacked (« le lodge Vinany », « le riad Dar Sabah »,
// « l'écolodge X », « le carbet Maripa »), and a campsite, like a refuge,
// by its own name after « du » or « des » (« le camping du Moulin »):
// each is the subject its distance places, not the river after it.
func TestCorpusFrenchLodgings(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le lodge Vinany se trouve à 25 km à l'est d'Antsirabe, au milieu des rizières.",
			rels: []string{"Vinany: 25 km east of Antsirabe"}},
		{doc: "Le riad Dar Sabah se trouve à 15 km au sud-est de Zagora.",
			rels: []string{"Dar Sabah: 15 km southeast of Zagora"}},
		{doc: "L'écolodge Mandena se trouve à 12 km au nord de Fort-Dauphin.",
			rels: []string{"Mandena: 12 km north of Fort-Dauphin"}},
		{doc: "Le camping du Moulin est installé à 3 km au nord de Bouillon, au bord de la Semois.",
			rels: []string{"Moulin: 3 km north of Bouillon"}, absent: []string{"Semois: 3 km north of Bouillon"}},
	})
}

// TestCorpusGrapeNames: a grape variety or the wine named after it
// (grapes.tsv: "the Brunello vineyards", "Malbec vines") is no place and
// holds none, though a village of Lombardy is called Brunello; a wine
// named after its place ("the Chianti hills") keeps the place.
func TestCorpusGrapeNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Agriturismo Il Poggio lies 6 km south-west of Montalcino, in the heart of the Brunello vineyards.",
			rels: []string{"Agriturismo Il Poggio: 6 km southwest of Montalcino"}, not: []string{"Brunello"},
			absent: []string{"Agriturismo Il Poggio: in Brunello"}},
		{doc: "Growers around Tupungato reported damage to Malbec vines and Cabernet Sauvignon grapes.",
			places: []string{"Tupungato"}, not: []string{"Malbec", "Cabernet Sauvignon"}},
		{doc: "Villa Rosa lies 10 km north of Siena, in the Chianti hills.",
			rels: []string{"Villa Rosa: 10 km north of Siena"}, places: []string{"Chianti"}},
	})
}

// TestCorpusFrenchStormBulletins: a French bulletin places a storm by a
// part of it (lexicon/fr/stormparts.tsv: « le centre du cyclone Tammy »,
// « l'œil de l'ouragan Tammy ») after a label that may run to eight words
// before its colon when it opens with a name that is no place (« Bulletin
// de Météo-France à 17 h : », a bulletin's name: fr/orgwords.tsv) or
// ends with an hour (« Bulletin météo de 10 h : »).
func TestCorpusFrenchStormBulletins(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "L'œil de l'ouragan Tammy se situait à 120 km à l'est de Grand-Bourg.",
			rels: []string{"Tammy: 120 km east of Grand-Bourg"}},
		{doc: "À 17 h, le centre du cyclone Tammy se situait à 120 km à l'est de Grand-Bourg.",
			rels: []string{"Tammy: 120 km east of Grand-Bourg"}},
		{doc: "Bulletin de Météo-France à 17 h : le centre du cyclone Tammy se situait à 120 km à l'est de Grand-Bourg.",
			rels: []string{"Tammy: 120 km east of Grand-Bourg"}, not: []string{"Bulletin de Météo-France"}},
		{doc: "Le centre du cyclone tropical Belal se situait à 450 km au nord-est de Saint-Denis.",
			rels: []string{"Belal: 450 km northeast of Saint-Denis"}},
		{doc: "Bulletin météo de 10 h : le centre du cyclone tropical Belal se situait à 450 km au nord-est de Saint-Denis (La Réunion).",
			rels: []string{"Belal: 450 km northeast of Saint-Denis"}},
		{doc: "Point de situation à 17 h 30 : l'œil de l'ouragan Tammy se trouvait à 120 km à l'est de Grand-Bourg.",
			rels: []string{"Tammy: 120 km east of Grand-Bourg"}},
		{doc: "Le ksar de Tinerkouk-Est est isolé : Timimoun (à 30 km au sud-est) est la ville la plus proche.",
			rels: []string{"Tinerkouk-Est: 30 km northwest of Timimoun"}},
	})
}

// TestCorpusBulletinLabel: a nameless event after a bulletin's label that
// its colon closes ("IMD bulletin, 0830 IST: the deep depression lay
// centred ...") is the place the distance measures, and so is one with a
// phrase of "over" or "off" and a name before its verb ("the deep
// depression over the west-central Bay of Bengal lay centred ...").
func TestCorpusBulletinLabel(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "IMD bulletin, 0830 IST: the deep depression lay centred 320 km south-east of Paradip, Odisha.",
			rels: []string{"the deep depression: 320 km southeast of Paradip"}},
		{doc: "Update, 0900 GMT: the fire was burning 20 km west of Paradip.",
			rels: []string{"the fire: 20 km west of Paradip"}},
		{doc: "IMD bulletin, 0830 IST: the deep depression over the west-central Bay of Bengal lay centred 320 km south-east of Paradip, Odisha.",
			rels: []string{"the deep depression: 320 km southeast of Paradip"}, absent: []string{"Bay of Bengal: 320 km southeast of Paradip"}},
		{doc: "The earthquake off Luzon struck 30 km west of Aparri.",
			rels: []string{"The earthquake: 30 km west of Aparri"}},
	})
}
