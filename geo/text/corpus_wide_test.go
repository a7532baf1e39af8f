package text

import "testing"

// TestCorpusEncyclopedia: the phrasings of encyclopedia articles on
// villages the world over, in English.
func TestCorpusEncyclopedia(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Deh Now is a village in Kuhpayeh Rural District, in the Central District of Isfahan County, Iran, located 15 km southeast of Nain.", rels: []string{"Deh Now: 15 km southeast of Nain"}},
		{doc: "Kalateh Mir (Persian: کلاته میر; also Romanized as Kalāteh Mīr and Kalateh-ye Mir) is a village 25 km northeast of Sabzevar.", rels: []string{"Kalateh Mir: 25 km northeast of Sabzevar"}, not: []string{"Persian"}},
		{doc: "Pulau Tiga is located 20 km (12 mi) to the north-west of Kota Kinabalu.", rels: []string{"Pulau Tiga: 20 km northwest of Kota Kinabalu"}},
		{doc: "Sadhaura is a village. It is 15 kilometres from Yamunanagar.", rels: []string{"Sadhaura: 15 km from Yamunanagar"}},
		{doc: "Bhimtal is a small town. The village is situated at a distance of 12 km from Nainital.", rels: []string{"Bhimtal: 12 km from Nainital"}},
		{doc: "Kamalpur lies approximately 35 km northeast of the district headquarters Purnia.", rels: []string{"Kamalpur: 35 km northeast of Purnia"}},
		{doc: "Ilora is about 8 km by road from Oyo.", rels: []string{"Ilora: 8 km from Oyo"}},
		{doc: "Ban Kok is situated on the banks of the river Mun, 20 km from Ubon Ratchathani.", rels: []string{"Ban Kok: 20 km from Ubon Ratchathani"}},
		{doc: "Talara is 25 km south-east of the city of Piura and 10 km north of Sullana.", rels: []string{"Talara: 25 km southeast of Piura", "Talara: 10 km north of Sullana"}},
		{doc: "Ocotal, 40 km west of Estelí, is a market town.", rels: []string{"Ocotal: 40 km west of Estelí"}},
		{doc: "Located 12 km north of Tarija, San Lorenzo is a small town.", rels: []string{"San Lorenzo: 12 km north of Tarija"}},
		{doc: "Wick Hollow is 3 miles (4.8 km) northwest of Bedford.", rels: []string{"Wick Hollow: 4.83 km northwest of Bedford"}},
		{doc: "Mfou is situated 7 km away from Yaoundé.", rels: []string{"Mfou: 7 km from Yaoundé"}},
		{doc: "Taltarin is a village in the Rif, 12 km far from Chefchaouen.", rels: []string{"Taltarin: 12 km from Chefchaouen"}},
		// "On the road to Y" after a distance from X: on the road between X and Y.
		{doc: "Mibanda is a small town in Tanzania, 30 km away from Morogoro on the road to Dodoma.",
			rels: []string{"Mibanda: 30 km from Morogoro", "Mibanda: on the road between Morogoro and Dodoma"}},
		{doc: "Sekalé is located about 60 km by road from Kayes, on the way to Bamako.",
			rels: []string{"Sekalé: on the road between Kayes and Bamako"}},
		{doc: "Tirbak est un village du Maroc situé à 5 km d'Azrou sur la route de Midelt.",
			rels: []string{"Tirbak: 5 km from Azrou", "Tirbak: on the road between Azrou and Midelt"}},
		{doc: "Kalo se trouve sur la route de Gao à Ansongo, à 30 km de Gao.",
			rels: []string{"Kalo: on the road between Gao and Ansongo", "Kalo: 30 km from Gao"}},
		// A road named by the places it joins: the subject lies between them.
		{doc: "Kalo lies on the Gao–Ansongo road, 30 km south of Gao.",
			rels: []string{"Kalo: on the road between Gao and Ansongo", "Kalo: 30 km south of Gao"}},
		{doc: "Kalo se trouve sur l'axe Gao–Ansongo, à 30 km au sud de Gao.",
			rels: []string{"Kalo: on the road between Gao and Ansongo", "Kalo: 30 km south of Gao"}},
		{doc: "Kalo se trouve sur la route Gao – Ansongo, à 30 km au sud de Gao.",
			rels: []string{"Kalo: on the road between Gao and Ansongo", "Kalo: 30 km south of Gao"}},
		{doc: "Mbinga Hill is 8 km off the Songea–Mbinga road, 60 km west of Songea.",
			rels:   []string{"Mbinga Hill: on the road between Songea and Mbinga", "Mbinga Hill: 60 km west of Songea"},
			absent: []string{"Mbinga Hill: 8 km from Songea"}},
		{doc: "Kalo lies on the Bobo-Dioulasso road, 30 km from Banfora.", rels: []string{"Kalo: 30 km from Banfora"},
			absent: []string{"Kalo: on the road between Bobo and Dioulasso"}},
		// A month's short form beside a particle is part of a name.
		{doc: "Kalo is 20 km north of Viña del Mar.", rels: []string{"Kalo: 20 km north of Viña del Mar"}},
		{doc: "Kalo lies 15 km south of Mar del Plata.", rels: []string{"Kalo: 15 km south of Mar del Plata"}},
		{doc: "On 12 Mar the village of Kalo, 10 km from Gao, was attacked.", rels: []string{"Kalo: 10 km from Gao"}, not: []string{"Mar"}},
		// Neighbours named with their side lie on that side of the subject.
		{doc: "Bakra is bordered by Mardan to the north and Nowshera to the south.",
			rels: []string{"Bakra: south of Mardan", "Bakra: north of Nowshera"}},
		{doc: "Bakra is bounded on the east by Mardan and on the west by Nowshera.",
			rels: []string{"Bakra: west of Mardan", "Bakra: east of Nowshera"}},
		{doc: "Bakra est une commune. Elle est bordée au nord par Mardan, à l'est par Nowshera.",
			rels: []string{"Bakra: south of Mardan", "Bakra: west of Nowshera"}},
		{doc: "La commune est limitée au nord par Mardan et au sud par Nowshera.",
			absent: []string{"Nowshera: south of Mardan", "Mardan: north of Nowshera"}},
		{doc: "The river is bordered by trees.", absent: []string{"river: north of trees"}},
		// A kind of place with an indefinite article: in a division, or by a town.
		{doc: "Tolbo is a suburb of Ulaanbaatar.", rels: []string{"Tolbo: near Ulaanbaatar"}},
		{doc: "Tolbo is a small village of the Mopti Region.", rels: []string{"Tolbo: in Mopti Region"}},
		{doc: "Tolbo is a village of 500 inhabitants.", absent: []string{"Tolbo: in 500"}},
		{doc: "Pikine est une banlieue de Dakar.", rels: []string{"Pikine: near Dakar"}},
		{doc: "Tolbo est un quartier d'Oulan-Bator.", rels: []string{"Tolbo: near Oulan-Bator"}},
		{doc: "La localité de Tolbo est à 5 km de Gao.", rels: []string{"Tolbo: 5 km from Gao"}},
		// A bracketed height after a name is no distance.
		{doc: "Le village de Doutakal est situé au pied du Mont Memboukem (1635 m), à 5 km de Nkongsamba.",
			rels: []string{"Doutakal: 5 km from Nkongsamba"}, absent: []string{"Mont Memboukem: 1.635 km from Doutakal", "Doutakal: 1.635 km from Mont Memboukem"}},
		{doc: "Ouidlin lies between Bamako (112 miles) and Kayes (205 miles).", rels: []string{"Ouidlin: 180 km from Bamako", "Ouidlin: 330 km from Kayes"}},
		// A French compass word that ends a name is part of it.
		{doc: "Bardaï Sud lies 30 km south of Bardaï, in Chad.", rels: []string{"Bardaï Sud: 30 km south of Bardaï"}},
		{doc: "Kaya est une ville. Elle se trouve au Sud de Gao.", rels: []string{"Kaya: south of Gao"}},
		{doc: "Ouelessebougou is 80 km south of Bamako; the village of Kalanko lies 15 km to its east.",
			rels: []string{"Ouelessebougou: 80 km south of Bamako", "Kalanko: 15 km east of Ouelessebougou"}},
		{doc: "Kati is a town in Mali. The village of Kalanko lies 15 km to its east.", rels: []string{"Kalanko: 15 km east of Kati"}},
		{doc: "Gourma lies 12 km to the north of the town of Fada.", rels: []string{"Gourma: 12 km north of Fada"}},
		{doc: "Bhira is a village. It is situated 14 km west of district headquarters Lakhimpur.", rels: []string{"Bhira: 14 km west of Lakhimpur"}},
		{doc: "San Jacinto is a town and municipality in the Bolívar Department, Colombia, 45 km from Cartagena.", rels: []string{"San Jacinto: 45 km from Cartagena"}},
		{doc: "Kibale is a small village about 6 km from Fort Portal on the road to Kasese.", rels: []string{"Kibale: 6 km from Fort Portal"}},
		{doc: "Kargil is a village and commune in the Ladakh region. It is 23 km (14 mi) from Drass.", rels: []string{"Kargil: 23 km from Drass"}},
		{doc: "The village of Ait Ben Haddou lies 30 km northwest of Ouarzazate, in the High Atlas.", rels: []string{"Ait Ben Haddou: 30 km northwest of Ouarzazate"}},
		{doc: "Tamri is a fishing village on the Atlantic coast, 58 km north of Agadir.", rels: []string{"Tamri: 58 km north of Agadir"}},
		{doc: "Chivay is the capital of the Caylloma Province, located about 160 km north of Arequipa.", rels: []string{"Chivay: 160 km north of Arequipa"}},
		{doc: "Lalibela is a town in northern Ethiopia, some 645 km from Addis Ababa.", rels: []string{"Lalibela: 645 km from Addis Ababa"}},
		{doc: "El Chaltén is a small mountain village in Santa Cruz Province, Argentina, 220 km north-west of El Calafate.", rels: []string{"El Chaltén: 220 km northwest of El Calafate"}},
		{doc: "Tsumeb is a town. It lies 60 km north-east of Otavi, on the B1 road.", rels: []string{"Tsumeb: 60 km northeast of Otavi"}},
		{doc: "Kolonia is situated 5 mi (8 km) south-southwest of Palikir.", rels: []string{"Kolonia: 8.05 km south-southwest of Palikir"}},
		{doc: "Taquile is an island on the Peruvian side of Lake Titicaca, 45 km offshore from the city of Puno.", rels: []string{"Taquile: 45 km from Puno"}},
		{doc: "Bududa is a town. The village lies at the foot of Mount Elgon, about 30 km (19 mi) north-east of Mbale town.", rels: []string{"Bududa: 30 km northeast of Mbale"}},
		{doc: "The village lies at the foot of Mount Elgon, about 30 km north-east of Mbale.", absent: []string{"Mount Elgon: 30 km northeast of Mbale"}},
		{doc: "Paradise Valley is an unincorporated community in Humboldt County, Nevada, 40 miles north of Winnemucca.", rels: []string{"Paradise Valley: 64.4 km north of Winnemucca"}},
	})
}

// TestCorpusEncyclopediaFrench: the same in French.
func TestCorpusEncyclopediaFrench(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Tiakané est un village du département de Pô, situé à 15 km au nord de Tiébélé.", rels: []string{"Tiakané: 15 km north of Tiébélé"}},
		{doc: "Samba est un village. Le village est situé à 12 km de Yako sur la route de Ouahigouya.", rels: []string{"Samba: 12 km from Yako"}},
		{doc: "Ambohidratrimo est une commune de Madagascar située à 25 km au nord-ouest d'Antananarivo.", rels: []string{"Ambohidratrimo: 25 km northwest of Antananarivo"}},
		{doc: "Sidi Bouzid est une commune. La commune est située à 6 km de Gafsa.", rels: []string{"Sidi Bouzid: 6 km from Gafsa"}},
		{doc: "Bodo est une localité. Elle est située à environ 40 km à l'est de Moundou.", rels: []string{"Bodo: 40 km east of Moundou"}},
		{doc: "Tahara se situe à 10 km de Tlemcen.", rels: []string{"Tahara: 10 km from Tlemcen"}},
		{doc: "Le hameau de Kéniéba se trouve à 30 kilomètres au nord-est de la ville de Kita.", rels: []string{"Kéniéba: 30 km northeast of Kita"}},
		{doc: "Dassa est un village situé à 8 km au nord-est du chef-lieu de la commune, Glazoué.", rels: []string{"Dassa: 8 km northeast of Glazoué"}},
		{doc: "Distante de 20 km de Sousse, Msaken est une ville du Sahel tunisien.", rels: []string{"Msaken: 20 km from Sousse"}},
		{doc: "Bandiagara est à une quinzaine de kilomètres de Songho.", rels: []string{"Bandiagara: 15 km from Songho"}},
		{doc: "Goundi est situé à 12 km par la route de Koudougou.", rels: []string{"Goundi: 12 km from Koudougou"}},
		{doc: "Le village de Ségué se trouve à 5 km à vol d'oiseau de Bankass.", rels: []string{"Ségué: 5 km from Bankass"}},
		{doc: "L'oasis de Tinerkouk est située à 70 km au nord de Timimoun.", rels: []string{"Tinerkouk: 70 km north of Timimoun"}},
		{doc: "Le campement de Tin-Essako est situé à 120 km à l'est de Kidal, près de la frontière algérienne.", rels: []string{"Tin-Essako: 120 km east of Kidal"}},
		{doc: "Koro est un bourg situé à 45 km au sud-est de Bankass.", rels: []string{"Koro: 45 km southeast of Bankass"}},
		{doc: "Aïn Sefra est une commune de la wilaya de Naâma, située à 60 km au sud de Mécheria.", rels: []string{"Aïn Sefra: 60 km south of Mécheria"}},
		{doc: "La mine de Sadiola est située à 77 km au sud de Kayes.", rels: []string{"Sadiola: 77 km south of Kayes"}},
		{doc: "Le poste de Tessit est situé à 30 km de la frontière nigérienne.", rels: []string{"Tessit: 30 km from border(nigérienne)"}},
		{doc: "Bokoro est une ville du Tchad, chef-lieu du département du Dababa, située à 250 km à l'est de N'Djaména.", rels: []string{"Bokoro: in Dababa", "Bokoro: 250 km east of N'Djaména"}},
		{doc: "Le site archéologique de Tichitt se trouve à environ 400 km à l'est de Nouakchott.", rels: []string{"Tichitt: 400 km east of Nouakchott"}},
		{doc: "Kona est un village. Le village est situé sur la rive droite du fleuve Niger, à une cinquantaine de kilomètres en aval de Niamey.", rels: []string{"Kona: 50 km from Niamey"}},
		{doc: "Le village est situé sur la rive droite du fleuve Niger, à 50 km en aval de Niamey.", absent: []string{"Niger: 50 km from Niamey"}},
		{doc: "Tiéfora est une commune de la province de la Comoé, dans la région des Cascades au Burkina Faso.", not: []string{"Cascades au Burkina Faso"}},
		{doc: "Tinguélé est situé à l'ouest de Gao, à environ 30 km.", rels: []string{"Tinguélé: 30 km west of Gao"}},
		{doc: "Tafraout est une ville du Maroc, située dans l'Anti-Atlas à environ 100 km au sud-est d'Agadir.", rels: []string{"Tafraout: 100 km southeast of Agadir", "Tafraout: in Anti-Atlas"}},
		{doc: "Kassa est un village de la commune rurale de Kouka. Il est situé à 12 km au nord du chef-lieu.", rels: []string{"Kassa: 12 km north of Kouka"}},
		{doc: "Gomé est un village du département de Bouroum, situé à 9 km du chef-lieu du département.", rels: []string{"Gomé: 9 km from Bouroum"}},
		{doc: "Tangaye est situé à 30 km au sud-est du chef-lieu.", rels: nil, absent: []string{"Tangaye: 30 km southeast of ?"}},
		{doc: "Kolo est situé à 15 km au nord-est de Dosso ainsi qu'à 20 km à l'ouest de Birni.", rels: []string{"Kolo: 15 km northeast of Dosso", "Kolo: 20 km west of Birni"}},
		{doc: "Bourem-Inaly est un village. Il est situé à 25 km en aval de Tombouctou.", rels: []string{"Bourem-Inaly: 25 km from Tombouctou"}},
	})
}

// TestCorpusRoads: a distance after "on the road" is measured along it.
func TestCorpusRoads(t *testing.T) {
	for _, tt := range []struct {
		doc  string
		road bool
	}{
		{"Febou est située sur la route nationale RN3 à 120 km au nord-ouest de Bangui.", true},
		{"Kegon is a hamlet. It is located on Highway 43, approximately 90 kilometres northeast of Grande Prairie.", true},
		{"Tanda lies 40 km north of Bouaké.", false},
		{"Tanda lies on the plain, 40 km north of Bouaké.", false},
	} {
		d := Read(tt.doc)
		if len(d.Relations) == 0 {
			t.Errorf("Read(%q): no relation", tt.doc)
			continue
		}
		if got := d.Relations[len(d.Relations)-1].Road; got != tt.road {
			t.Errorf("Read(%q): Road = %v, want %v", tt.doc, got, tt.road)
		}
	}
}

// TestCorpusQuantities: the ways a distance is written.
func TestCorpusQuantities(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Bala is a village a dozen kilometres north of Kita.", rels: []string{"Bala: 12 km north of Kita"}},
		{doc: "Bala is a village some twenty kilometres north of Kita.", rels: []string{"Bala: 20 km north of Kita"}},
		{doc: "Bala lies less than a kilometre north of Kita.", rels: []string{"Bala: 1 km north of Kita"}},
		{doc: "Bala lies half a mile east of Kita.", rels: []string{"Bala: 0.805 km east of Kita"}},
		{doc: "Bala is 3–4 km south of Kita.", rels: []string{"Bala: 3-4 km south of Kita"}},
		{doc: "Bala is 20 km as the crow flies from Kita.", rels: []string{"Bala: 20 km from Kita"}},
		{doc: "Bala is 20 km north as the crow flies from Kita.", rels: []string{"Bala: 20 km north of Kita"}},
		{doc: "Bala is c. 25 km west of Kita.", rels: []string{"Bala: 25 km west of Kita"}},
		{doc: "Bala is a couple of kilometres west of Kita.", rels: []string{"Bala: 2 km west of Kita"}},
		{doc: "Bala lies 30 kilometres due north of Kita.", rels: []string{"Bala: 30 km north of Kita"}},
		{doc: "Bala is situated about 15 km (9.3 mi) north by road from Kita.", rels: []string{"Bala: 15 km north of Kita"}},
		{doc: "Bala est à quelques kilomètres au nord de Kita.", rels: []string{"Bala: 2-5 km north of Kita"}},
		{doc: "Bala est à environ 2 km au nord-nord-est de Kita.", rels: []string{"Bala: 2 km north-northeast of Kita"}},
	})
}
