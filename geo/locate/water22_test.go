package locate

import "testing"

// TestWater22WorksWithoutName: works of water that fisheries, flood and
// irrigation news places by a distance without a name (a hatchery, a
// weir, a flood barrier, an irrigation scheme, « un déversoir », « une
// marina », « un périmètre rizicole »: rows of lexicon/en/kindsafter.tsv and lexicon/fr/descriptors.tsv)
// are located places measured from the town.
func TestWater22WorksWithoutName(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "A trout hatchery 10 km south of Taupo, on the shores of Lake Taupo, will double its output. Anglers from Turangi and Rotorua welcomed the news.",
			place: "A trout hatchery", anchor: "Taupo", country: "NZ", km: 10, mapped: []string{"Turangi", "Rotorua"}},
		{doc: "A new flood barrier is planned 5 km south of Emmerich on the Rhine. Low water has again stopped barges at Kaub and Duisburg.",
			place: "A new flood barrier", anchor: "Emmerich", country: "DE", km: 5, mapped: []string{"Kaub", "Duisburg"}},
		{doc: "A new irrigation scheme 30 km north-east of Pakse will water 2,500 hectares of dry-season rice.",
			place: "A new irrigation scheme", anchor: "Pakse", country: "LA", km: 30},
		{doc: "A boatyard 4 km south of Ambleside on the shore of Windermere was flooded after Storm Desmond. Residents of Kendal were also affected.",
			place: "A boatyard", anchor: "Ambleside", country: "GB", km: 4, mapped: []string{"Kendal"}},
		{doc: "Un nouveau déversoir sera construit à 5 km à l'ouest de Tours, sur la Loire. Les riverains de Saumur et d'Amboise craignent les crues.",
			place: "Un nouveau déversoir", anchor: "Tours", country: "FR", km: 5, mapped: []string{"Saumur", "Amboise"}},
		{doc: "Une nouvelle marina sera aménagée à 15 km à l'est de Trois-Rivières, sur le fleuve Saint-Laurent.",
			place: "Une nouvelle marina", anchor: "Trois-Rivières", country: "CA", km: 15},
		{doc: "La digue de Rosso a été renforcée. Un périmètre rizicole à 10 km à l'ouest de Rosso, côté mauritanien, a été inondé. Les agriculteurs de Kaédi suivent la crue.",
			place: "Un périmètre rizicole", anchor: "Rosso", country: "MR", km: 10, mapped: []string{"Kaédi"}},
	})
}

// TestWater22WorkOnWater: the river or lake a nameless work stands on,
// between the work and a distance ("An irrigation weir on the Murray
// River, 15 km east of Mildura", "a new pumping station on the banks of
// the Niger, 12 km east of Ségou", « Un seuil d'irrigation sur la rivière
// Artibonite, à 10 km à l'est de Saint-Marc »), is stepped over
// (waterAsideStart): the distance places the work, and the river stays
// unplaced.
func TestWater22WorkOnWater(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "An irrigation weir on the Murray River, 15 km east of Mildura, will be removed to help native fish. Growers in Mildura and Renmark fear for their water.",
			place: "An irrigation weir", anchor: "Mildura", country: "AU", km: 15, mapped: []string{"Renmark"}, unplaced: []string{"Murray River"}},
		{doc: "The Office du Niger will open a new pumping station on the banks of the Niger, 12 km east of Ségou, in April. Farmers in Niono say the canals are silted.",
			place: "a new pumping station", anchor: "Ségou", country: "ML", km: 12, mapped: []string{"Niono"}},
		{doc: "Un seuil d'irrigation sur la rivière Artibonite, à 10 km à l'est de Saint-Marc, a cédé.",
			place: "Un seuil d'irrigation", anchor: "Saint-Marc", country: "HT", km: 10, unplaced: []string{"Artibonite"}},
		{doc: "Une nouvelle station de pompage sur le fleuve Sénégal, à 20 km à l'est de Richard-Toll, irriguera 5 000 hectares de riz.",
			place: "Une nouvelle station de pompage", anchor: "Richard-Toll", country: "SN", km: 20, unplaced: []string{"Sénégal"}},
	})
}

// TestWater22Tributary: "a tributary of the Niger" (en/riverparts.tsv)
// and « un affluent du Niger » (fr/waters.tsv) name the river, not the
// country: Niger gets no point in texts on Guinea and Mali.
func TestWater22Tributary(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Le barrage de Fomi, sur le Niandan, à 40 km au sud-est de Kouroussa, inondera 40 villages. Les habitants de Kankan craignent pour leurs terres. Le Niandan est un affluent du Niger.",
			place: "Fomi", anchor: "Kouroussa", country: "GN", km: 40, mapped: []string{"Kankan"}, unplaced: []string{"Niger"}},
		{doc: "The Talo dam, 35 km north-west of San, holds enough water for the season. The Bani is a tributary of the Niger, and rice farmers in Mopti and Djenné hope for a good harvest.",
			place: "Talo", anchor: "San", country: "ML", km: 35, mapped: []string{"Mopti", "Djenné"}, unplaced: []string{"Niger"}},
	})
}

// TestWater22LakeShores: "on the shores of Lake X" after a name that is
// not the sentence's subject is stepped over like "on the bank of" is
// (bankPhraseStart), so the distance after it places the landing site,
// and a namesake town of the lake far from the document's towns is
// given up for it.
func TestWater22LakeShores(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Fishermen at Kayanja landing site, on the shores of Lake George about 20 km south-east of Kasese, say catches have halved. Traders from Kasese and Fort Portal buy most of the fish.",
			place: "Kayanja", anchor: "Kasese", country: "UG", km: 20, mapped: []string{"Fort Portal"}, unplaced: []string{"Lake George"}},
		{doc: "Fishermen at Katwe, on the shores of Lake Edward about 35 km south-west of Kasese, reported poor catches.",
			place: "Katwe", anchor: "Kasese", country: "UG", km: 35, unplaced: []string{"Lake Edward"}},
	})
}

// TestWater22StrayWaterTown: a town named like the lake or river the text
// names ("Lake George", New York; "Lake of the Woods", Arizona), far from every other place of the
// document and in none of its countries, is given up for the water when
// nothing measures from it (dropStrayWaters); near the document's towns
// it stays.
func TestWater22StrayWaterTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Fishermen on Lake George near Kasese say catches have halved.")
	if p := placeNamed(t, res, "Lake George"); p.HasPoint {
		t.Errorf("Lake George in a text on Kasese has a point (%s %s)", p.Source, p.Note)
	}
	res = analyse(t, "A flood barrier 6 km west of Kenora, on Lake of the Woods, protected cottages during the storm.")
	if p := placeNamed(t, res, "Lake of the Woods"); p.HasPoint {
		t.Errorf("Lake of the Woods by Kenora has a point (%s %s)", p.Source, p.Note)
	}
	res = analyse(t, "Warren County has closed the public beach at Lake George. Officials in Bolton Landing said a second bloom was found.")
	if p := placeNamed(t, res, "Lake George"); !p.HasPoint {
		t.Errorf("Lake George beside Bolton Landing has no point (%s)", p.Note)
	}
}

// TestWater22AcrossTheRiver: a lower-case aside of water that ends right
// at a distance ("X, across the river about 40 km north-west of Y") is
// stepped over (shoreAsideBefore, waterNouns), and a division of another
// country than the city measured from ("in the Chaco", Argentina's
// province, beside Asunción) is given up as the namesake of a region the
// gazetteer lacks (foreignDivisionOf): the estancia is placed from the
// capital of Paraguay.
func TestWater22AcrossTheRiver(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Floods have cut off Estancia San Miguel, across the river about 40 km north-west of Asunción.",
			place: "Estancia San Miguel", anchor: "Asunción", country: "PY", km: 40},
		{doc: "Floods on the Paraguay River have cut off Estancia San Miguel, across the river in the Chaco about 40 km north-west of Asunción. Ranchers in Villa Hayes and Benjamín Aceval have moved cattle to higher ground.",
			place: "Estancia San Miguel", anchor: "Asunción", country: "PY", km: 40,
			mapped: []string{"Villa Hayes", "Benjamín Aceval"}, unplaced: []string{"Chaco", "Paraguay River"}},
	})
}

// TestWater22Confluence: "near the confluence with the Niger" names the
// river another meets, not the country (waterName): Niger gets no point in
// a text on Lokoja.
func TestWater22Confluence(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Floods on the Benue river cut the road at a pumping station 10 km east of Lokoja, near the confluence with the Niger. Farmers in Onitsha and Makurdi also lost crops.",
			place: "a pumping station", anchor: "Lokoja", country: "NG", km: 10, mapped: []string{"Onitsha", "Makurdi"}, unplaced: []string{"Niger"}},
	})
}
