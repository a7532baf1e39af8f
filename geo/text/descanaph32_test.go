package text

import "testing"

// TestDescanaph32LeadKind: a word of another language that opens a
// landform's name (lexicon/en/leadkinds.tsv: Cerro, Laguna, Gunung,
// Tepe, Phou, Puy…) or ends it (Höyük) says its kind, so a later "the
// hill", "the lake" or « du volcan » measures from it (leadGivesKind).
func TestDescanaph32LeadKind(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"Drilling began at Cerro Chiquihuite, about 30 km east of Oruro. A core shed, Galpón Tacora, stands 3 km south of the hill.", "Galpón Tacora", "Cerro Chiquihuite"},
		{"We hiked to Laguna Pucacocha, roughly 15 km north of Caraz. The herders' huts at Quebrada Llanga lie 1 km west of the lake.", "Quebrada Llanga", "Laguna Pucacocha"},
		{"Survey work resumed at Tepe Yassıhöyük, 12 km south of Kırşehir. The village of Kuruağıl lies 2 km east of the mound.", "Kuruağıl", "Tepe Yassıhöyük"},
		{"Les randonneurs ont gravi le Puy de Montchal, à 6 km à l'ouest de Besse. Le buron de Chaumiane se trouve à 2 km au nord du volcan.", "Chaumiane", "Puy de Montchal"},
		{"Gunung Kendeng Barat erupted on Monday, about 20 km north of Garut. The hamlet of Cipanas Kidul lies 6 km south of the volcano.", "Cipanas Kidul", "Gunung Kendeng Barat"},
	} {
		checkDistance(t, c.doc, c.subj, c.obj)
	}
	// A name of the distance's own sentence is its subject, not the
	// place "the mound" stands for.
	checkNoDistanceFrom(t, "Excavations resumed at Tepe Sarıkaya, 18 km west of Malatya. Ören Höyük lies 3 km north of the mound.", "Ören Höyük")
	// A river's word is in no row: no distance is measured from a line.
	checkNoDistanceFrom(t, "Gao is a town on the Niger. The village of Kalo lies 8 km north of the river.", "Niger")
}

// TestDescanaph32Apposed: the noun of the apposition the text gave a
// place after a comma and an article (lexicon/*/apposeds.tsv: "a row of
// cabins", « une zone de fumerolles », « quelques cases ») stands for it
// when a later distance is measured from "the W" (apposedKind), past an
// era's name in the apposition ("a Bronze Age mound").
func TestDescanaph32Apposed(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"We camped at Tanda Point, a cluster of thatched shelters about 20 km south of Nadi. The reef pass at Vuniwai lies 2 km offshore from the shelters.", "Vuniwai", "Tanda Point"},
		{"Digging continued at Kültepe Sarnıç, an Iron Age mound 9 km east of Niğde. A farm, Eski Ahır, stands 1 km north of the mound.", "Eski Ahır", "Kültepe Sarnıç"},
		{"Les géologues ont étudié Teru-Gaba, une zone de fumerolles située à 40 km au nord de Semera. Un puits, Daba-Ale, a été creusé à 5 km à l'est des fumerolles.", "Daba-Ale", "Teru-Gaba"},
		{"Nous avons dormi à Belo-Kely, quelques cases en bois à 30 km au sud de Morondava. La mangrove d'Antsira se trouve à 4 km à l'ouest des cases.", "Antsira", "Belo-Kely"},
		{"The team reached Kheer Tolgoi, a group of white gers some 40 km west of Dalanzadgad. The spring at Ulaan Bulag is 3 km north of the gers.", "Ulaan Bulag", "Kheer Tolgoi"},
	} {
		checkDistance(t, c.doc, c.subj, c.obj)
	}
	// "the town" keeps its reading: the town named, not a place whose
	// apposition wrote "town".
	checkDistance(t, "Kasese is a market town in western Uganda. Kyambura, a fishing camp, lies 14 km south of the town.", "Kyambura", "Kasese")
	checkDistance(t, "Kasese, a small town of traders, grew up by the railway. Kyambura, a fishing camp, lies 14 km south of the town.", "Kyambura", "Kasese")
	// A noun after a preposition in the apposition is another place's.
	checkNoDistanceFrom(t, "We camped at Tanda Point, a row of tents near a hill 20 km south of Nadi. The farm of Vuniwai lies 2 km east of the hill.", "Tanda Point")
}

// TestDescanaph32Tables: every row of the new tables is read.
func TestDescanaph32Tables(t *testing.T) {
	for w, n := range map[string]string{"cerro": "hill", "laguna": "lake", "gunung": "volcano", "tepe": "mound", "höyük": "mound", "phou": "peak", "puy": "volcano", "jebel": "mountain"} {
		found := false
		for _, k := range lex().leadKinds[w] {
			found = found || k == n
		}
		if !found {
			t.Errorf("leadkinds.tsv: %s gives no %s: %v", w, n, lex().leadKinds[w])
		}
	}
	for _, w := range []string{"a", "an", "some", "une", "des", "quelques"} {
		if !anyHas(setApposeds, w) {
			t.Errorf("apposeds.tsv: %s missing", w)
		}
	}
	if _, ok := lex().leadKinds["río"]; ok {
		t.Errorf("leadkinds.tsv: a river's word has a row")
	}
}
