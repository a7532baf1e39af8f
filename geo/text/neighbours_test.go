package text

import (
	"slices"
	"testing"
)

// TestCorpusNeighbours: lists of the neighbours of the place the text is
// about, each neighbour placed from it (the relation turned round), in
// English and French; every neighbour is a place, with a distance or a
// side or without.
func TestCorpusNeighbours(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Tall Qarah is a village in northern Syria, administratively part of the Aleppo Governorate, north of Aleppo. Nearby localities include Tell Rifaat 7 kilometers to the northwest, Mare' 7 kilometers to the northeast and Nubl 16 kilometers to the west.",
			rels:   []string{"Tall Qarah: 7 km southeast of Tell Rifaat", "Tall Qarah: 7 km southwest of Mare", "Tall Qarah: 16 km east of Nubl"},
			places: []string{"Tell Rifaat", "Mare", "Nubl"}},
		{doc: "Maar Dibsah is a village in northwestern Syria, administratively part of the Idlib Governorate. Nearby localities include Binnish to the north, Saraqib to the southeast, Idlib to the northwest and Ariha to the southwest.",
			rels: []string{"Maar Dibsah: south of Binnish", "Maar Dibsah: northwest of Saraqib", "Maar Dibsah: southeast of Idlib", "Maar Dibsah: northeast of Ariha"}},
		{doc: "Kfar Roummane is a village in the Nabatieh Governorate of southern Lebanon. Nearby towns include Nabatieh (6 km) to the northwest and Marjayoun (7 km) to the northeast.",
			rels: []string{"Kfar Roummane: 6 km southeast of Nabatieh", "Kfar Roummane: 7 km southwest of Marjayoun"}},
		{doc: "Khirbet Karmah is a Palestinian village in the Hebron Governorate. Neighbouring villages are Yatta to the southwest, Bani Na'im to the northeast and Dura to the west.",
			rels: []string{"Khirbet Karmah: northeast of Yatta", "Khirbet Karmah: southwest of Bani Na'im", "Khirbet Karmah: east of Dura"}},
		{doc: "Ol Pejeta is a small trading centre in Laikipia County, Kenya. The nearest town is Nanyuki, 13 km to the southeast, and Nyeri lies further away.",
			rels: []string{"Ol Pejeta: 13 km northwest of Nanyuki"}, places: []string{"Nyeri"}},
		{doc: "Timbolo is a rural locality in Queensland, Australia. Its nearest towns are Longreach, 31 km to the southwest, and Barcaldine, 99 km to the southeast.",
			rels: []string{"Timbolo: 31 km northeast of Longreach", "Timbolo: 99 km northwest of Barcaldine"}},
		{doc: "Olde Hartwell is a ghost town in White Pine County, Nevada. The closest city is Ely (35 km south).",
			rels: []string{"Olde Hartwell: 35 km north of Ely"}},
		{doc: "Kalanga is a village in Zambia. It borders Mumbwa to the north and Kafue to the south.",
			rels: []string{"Kalanga: south of Mumbwa", "Kalanga: north of Kafue"}},
		{doc: "Kalanga is a village in Zambia. Nearby villages include Mumbwa and Kafue.",
			places: []string{"Mumbwa", "Kafue"}},
		// French.
		{doc: "Sibita est un village du département de Gourcy au Burkina Faso. Les localités voisines sont Ouahigouya au nord-ouest, Gourcy au sud-ouest et Yako au sud.",
			rels: []string{"Sibita: southeast of Ouahigouya", "Sibita: northeast of Gourcy", "Sibita: north of Yako"}},
		{doc: "Ndiaffate est une commune rurale du Sénégal. Elle est limitrophe de Kaolack à l'ouest et de Kaffrine à l'est.",
			rels: []string{"Ndiaffate: east of Kaolack", "Ndiaffate: west of Kaffrine"}},
		{doc: "Dioro est une commune rurale du cercle de Ségou au Mali. Les villes les plus proches sont Ségou (26 km au nord-ouest) et Bla.",
			rels: []string{"Dioro: 26 km southeast of Ségou"}, places: []string{"Bla"}},
		{doc: "Bamena est un village de l'Ouest du Cameroun. La ville la plus proche est Bafoussam, à 12 km au sud-ouest.",
			rels: []string{"Bamena: 12 km northeast of Bafoussam"}},
		{doc: "Tamaske est une commune rurale du Niger. Les localités voisines sont Tahoua à 42 km à l'ouest, Keita à 15 km au sud-est et Bouza au sud-est.",
			rels: []string{"Tamaske: 42 km east of Tahoua", "Tamaske: 15 km northwest of Keita", "Tamaske: northwest of Bouza"}},
		{doc: "Kalfou est une localité du Sénégal. Les villages les plus proches sont Kaolack (30 km à l'ouest) et Kaffrine (27 km à l'est).",
			rels: []string{"Kalfou: 30 km east of Kaolack", "Kalfou: 27 km west of Kaffrine"}},
		// Nothing the list is measured from: the brackets are read as before.
		{doc: "Other nearby villages are Kisumu (west of Toravi), Kericho (SE) and Eldoret (N).",
			rels: []string{"Kisumu: west of Toravi"}},
	})
}

// TestNearbyNeighboursOneWay: a list of nearby neighbours with no side or
// distance makes each neighbour the object of a OneWay nearness of the
// place the text is about, in English and French; a list of the nearest
// places, of those across a boundary, or of neighbours with sides makes
// none, and no other relation is OneWay.
func TestNearbyNeighboursOneWay(t *testing.T) {
	tests := []struct {
		doc       string
		subject   string
		neighbors []string // the objects of OneWay nearness, in order
	}{
		{"Kalanga is a village in Zambia. Nearby villages include Mumbwa and Kafue.", "Kalanga", []string{"Mumbwa", "Kafue"}},
		{"Bhagwanpur is a village in Haridwar district. Nearby villages include Roorkee, Manglaur and Jhabrera.", "Bhagwanpur", []string{"Roorkee", "Manglaur", "Jhabrera"}},
		{"Wola Mała is a village in Poland. Neighbouring villages are Łańcut, Albigowa and Markowa.", "Wola Mała", []string{"Łańcut", "Albigowa", "Markowa"}},
		{"Douelle est une commune du Lot. Les communes voisines sont Cahors, Pradines et Mercuès.", "Douelle", []string{"Cahors", "Pradines", "Mercuès"}},
		{"Sibita est un village du Burkina Faso. Ses voisins sont Gourcy et Yako.", "Sibita", []string{"Gourcy", "Yako"}},
		// The nearest places, or those across a boundary, may be far.
		{"Kunda is a village in India. The nearest towns are Lalganj and Pratapgarh.", "Kunda", nil},
		{"Kalanga is a village in Zambia. It borders Mumbwa and Kafue.", "Kalanga", nil},
		{"Bamena est un village du Cameroun. La ville la plus proche est Bafoussam.", "Bamena", nil},
		// Neighbours with sides are read as before.
		{"Maar Dibsah is a village in Syria. Nearby localities include Binnish to the north and Saraqib to the southeast.", "Maar Dibsah", nil},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		checkSpans(t, tt.doc, d)
		var got []string
		for _, rel := range d.Relations {
			if !rel.OneWay {
				continue
			}
			if rel.Kind != KindNear || d.Mentions[rel.Subject].Name != tt.subject {
				t.Errorf("Read(%q): OneWay %q, want nearness of %s", tt.doc, reading(d, rel), tt.subject)
			}
			got = append(got, d.Mentions[rel.Object].Name)
		}
		if !slices.Equal(got, tt.neighbors) {
			t.Errorf("Read(%q): OneWay nearness of %v, want %v", tt.doc, got, tt.neighbors)
		}
	}
}
