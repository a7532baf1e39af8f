package text

import "testing"

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
