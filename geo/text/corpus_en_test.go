package text

import "testing"

// TestCorpusNames: names with apostrophes, Saint, hyphens, particles, Arabic
// articles, diacritics and parentheses of pronunciations, scripts and other
// names.
func TestCorpusNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Morrow Hollow lies 12 km north of Carver's Gap.", rels: []string{"Morrow Hollow: 12 km north of Carver's Gap"}},
		// What a phrase is measured from is a place even when what it is
		// about goes untold.
		{doc: "The quake struck at a depth of 10 km, with its epicentre about 70 km (43 miles) south-west of Marrakesh.",
			places: []string{"Marrakesh"}},
		{doc: "The new site at Balukhali lies 3 km south of Kutupalong and 30 km south of Cox's Bazar.",
			rels: []string{"Balukhali: 30 km south of Cox's Bazar"}, not: []string{"Cox", "Bazar"}},
		{doc: "The hamlet of Pell End is 3 km west of St. John's Wood.", rels: []string{"Pell End: 3 km west of St. John's Wood"}},
		{doc: "Tonopah, Nevada is 200 miles north of Las Vegas.", rels: []string{"Tonopah: 322 km north of Las Vegas", "Tonopah: in Nevada"}},
		{doc: "Kotri lies 10 km west of Hyderabad in Sindh province.", rels: []string{"Kotri: 10 km west of Hyderabad", "Hyderabad: in Sindh"}},
		{doc: "Kotri lies 10 km west of Hyderabad, Sindh.", rels: []string{"Kotri: 10 km west of Hyderabad", "Hyderabad: in Sindh"}},
		{doc: "Chatham is a village 10 miles from Springfield, Illinois.", rels: []string{"Chatham: 16.1 km from Springfield", "Springfield: in Illinois"}},
		{doc: "Rimsby is a village 8 km south of St Ives.", rels: []string{"Rimsby: 8 km south of St Ives"}},
		{doc: "Leon Bend lies 12 km north of Pt. Pleasant, West Virginia.", rels: []string{"Leon Bend: 12 km north of Pt. Pleasant", "Pt. Pleasant: in West Virginia"}},
		{doc: "Cusipata lies 20 km east of Sta. Cruz.", rels: []string{"Cusipata: 20 km east of Sta. Cruz"}},
		{doc: "Samalayuca lies 20 km south of Cd. Juárez.", rels: []string{"Samalayuca: 20 km south of Cd. Juárez"}},
		{doc: "Esperanza lies 15 km north of Cdad. Obregón.", rels: []string{"Esperanza: 15 km north of Cdad. Obregón"}},
		{doc: "Cervantes lies 25 km west of Gral. Roca, Río Negro.", rels: []string{"Cervantes: 25 km west of Gral. Roca"}},
		{doc: "Ogallah Draw is 30 km west of N. Platte, Nebraska.", rels: []string{"Ogallah Draw: 30 km west of N. Platte", "N. Platte: in Nebraska"}},
		{doc: "A report by Jack N. Smith puts Ogallah Draw 30 km west of Platte.", not: []string{"N. Smith"}},
		{doc: "Brévanne is a hamlet 6 km east of Sainte-Foy-la-Grande.", rels: []string{"Brévanne: 6 km east of Sainte-Foy-la-Grande"}},
		{doc: "Tell Hamra is a village 20 km east of Al-Qamishli.", rels: []string{"Tell Hamra: 20 km east of Al-Qamishli"}},
		{doc: "Ain Kurr lies 14 km south of el-Hasakah, near the Turkish border.", rels: []string{"Ain Kurr: 14 km south of el-Hasakah"}},
		{doc: "Bir Ould Saleh is a well 40 km north of Ould Yenge.", rels: []string{"Bir Ould Saleh: 40 km north of Ould Yenge"}},
		{doc: "The hamlet of Dar es Salam lies 5 km west of Ould Yenge.", rels: []string{"Dar es Salam: 5 km west of Ould Yenge"}},
		{doc: "Bordj Badji Mokhtar lies 15 km north of In ag Ahmed.", rels: []string{"Bordj Badji Mokhtar: 15 km north of In ag Ahmed"}},
		{doc: "Wick is a village 6 miles from Stratford upon Avon.", rels: []string{"Wick: 9.66 km from Stratford upon Avon"}},
		{doc: "Kafr Zeid (Arabic: كفر زيد) is a village 9 km west of Homs.", rels: []string{"Kafr Zeid: 9 km west of Homs"}, not: []string{"Arabic"}},
		{doc: "Doubala (French pronunciation: [du.ba.la]; Bambara: Dubala) is a village 30 km east of Ségou.", rels: []string{"Doubala: 30 km east of Ségou"}, not: []string{"Bambara", "French"}},
		{doc: "Tizgui or Tizguit (Berber: ⵜⵉⵣⴳⵉ) is an oasis 25 km south of Erfoud.", rels: []string{"Tizgui: 25 km south of Erfoud"}},
		{doc: "Ndoumbé (also spelt Ndumbe, N'Doumbé or Ndoumbay) is a village 18 km north of Kaolack.", rels: []string{"Ndoumbé: 18 km north of Kaolack"}},
		{doc: "Tell Kira, lit. \"Hill of Pots\", is a mound 4 km north of Aleppo.", rels: []string{"Tell Kira: 4 km north of Aleppo"}, not: []string{"Hill", "Pots"}},
		{doc: "Wiang Nuea (/wiaŋ/, from Thai: เวียง (listen), Northern Thai: ᩅ᩠ᨿᨦ (listen)), sometimes written as Wiangnua, is a town 30 km north of Lampang.", rels: []string{"Wiang Nuea: 30 km north of Lampang"}},
		{doc: "Kalbu, lit. \"Red Rock\", is a hamlet 7 km south of Zinder.", rels: []string{"Kalbu: 7 km south of Zinder"}, not: []string{"Red Rock"}},
	})
}

// TestCorpusLists: every member of a list of places is a place.
func TestCorpusLists(t *testing.T) {
	checkCorpus(t, []example{
		// A phrase after a list that shares it out holds for every member.
		{doc: "Gunmen attacked Kalo and Bema, both about 30 km south of Gao.",
			rels: []string{"Kalo: 30 km south of Gao", "Bema: 30 km south of Gao"}},
		{doc: "The villages of Kalo and Bema, 10 km east of Mopti, were flooded.",
			rels: []string{"Kalo: 10 km east of Mopti", "Bema: 10 km east of Mopti"}},
		{doc: "Kalo et Bema, toutes deux à 30 km au sud de Gao, ont été attaquées.",
			rels: []string{"Kalo: 30 km south of Gao", "Bema: 30 km south of Gao"}},
		{doc: "Fighters left Kalo and reached Bema, 30 km south of Gao.",
			rels: []string{"Bema: 30 km south of Gao"}, absent: []string{"Kalo: 30 km south of Gao"}},
		// A capitalised preposition that opens the sentence introduces a place.
		{doc: "In Gao, shops were closed. À Kidal, les boutiques sont fermées.", places: []string{"Gao", "Kidal"}},
		{doc: "Residents of Mosul, Erbil and Kirkuk reported shelling.", places: []string{"Mosul", "Erbil", "Kirkuk"}},
		{doc: "El Fasher and Nyala were shelled; the camp of Abu Zeraiga lies 15 km south of El Fasher.",
			places: []string{"El Fasher", "Nyala", "Abu Zeraiga"}},
		{doc: "We visited Gao, Kidal and Niamey.", places: []string{"Gao", "Kidal", "Niamey"}},
		{doc: "Convoys left Sévaré, Douentza, Boni and Hombori on Monday.", places: []string{"Sévaré", "Douentza", "Boni", "Hombori"}},
		{doc: "Markets reopened in Tahoua, Maradi, and Zinder.", places: []string{"Tahoua", "Maradi", "Zinder"}},
		{doc: "Les habitants de Dori, Djibo et Gorom-Gorom ont fui.", places: []string{"Dori", "Djibo", "Gorom-Gorom"}},
		{doc: "Fighting near Kidal, Aguelhok and Tessalit left ten dead.", places: []string{"Kidal", "Aguelhok", "Tessalit"}},
		{doc: "Mosul and Erbil in northern Iraq were shelled.", rels: []string{"Mosul: in Iraq", "Erbil: in Iraq"}},
		{doc: "Bala, Kita and Kayes are towns in western Mali.", rels: []string{"Bala: in Mali", "Kita: in Mali", "Kayes: in Mali"}},
		{doc: "Several towns, including Gao, Kidal and Ménaka, were attacked.", places: []string{"Gao", "Kidal", "Ménaka"}},
		{doc: "Villages such as Boni, Hombori and Gossi lack water.", places: []string{"Boni", "Hombori", "Gossi"}},
		{doc: "Aid reached Bunia, Beni or Butembo every week.", places: []string{"Bunia", "Beni", "Butembo"}},
		// The last member named by its kind.
		{doc: "Les pluies ont inondé Kaya, Barsalogho et le village de Dablo.", places: []string{"Kaya", "Barsalogho", "Dablo"}},
		{doc: "Floods hit Beira, Dondo and the town of Nhamatanda.", places: []string{"Beira", "Dondo", "Nhamatanda"}},
	})
}

// TestCorpusNonPlaces: agencies, demonyms, peoples, languages and
// organisations are not places.
func TestCorpusNonPlaces(t *testing.T) {
	checkCorpus(t, []example{
		// A common word opening a sentence is no place; a town's name
		// that is also a word is one.
		{doc: "Insecurity remains high near Gao.", places: []string{"Gao"}, not: []string{"Insecurity"}},
		{doc: "Cholera spread 20 km south of Kano.", places: []string{"Kano"}, not: []string{"Cholera"}},
		{doc: "Banditry is rife around Dansadau, a village 90 km west of Gusau.",
			rels: []string{"Dansadau: 90 km west of Gusau"}, not: []string{"Banditry"}},
		{doc: "Reading lies 60 km west of London.", rels: []string{"Reading: 60 km west of London"}},
		{doc: "Huaccapata is a Quechua farming community 25 km east of Cusco.", rels: []string{"Huaccapata: 25 km east of Cusco"}, not: []string{"Quechua"}},
		{doc: "Zulu is a hamlet roughly 30 kilometers southwest of Tashkent.", rels: []string{"Zulu: 30 km southwest of Tashkent"}},
		{doc: "The Zulu are a people of South Africa, 20 km east of Durban.", absent: []string{"Zulu: 20 km east of Durban"}},
		{doc: "Reuters reported that Bardai lies 60 km north of Zouar.", rels: []string{"Bardai: 60 km north of Zouar"}, not: []string{"Reuters"}},
		{doc: "AFP said the camp at Inamora is 30 km west of Ménaka.", not: []string{"AFP"}},
		{doc: "Ugandan troops entered Kamuli, 40 km north of Jinja.", rels: []string{"Kamuli: 40 km north of Jinja"}, not: []string{"Ugandan"}},
		{doc: "Pakistani officials said Darband is 15 km east of Kohat.", not: []string{"Pakistani"}},
		{doc: "Fighters of al-Qaeda in the Islamic Maghreb attacked Talataye, 60 km north of Ansongo.", not: []string{"Islamic Maghreb"}},
		{doc: "Al-Qaeda in the Islamic Maghreb claimed an attack near Ménaka.", not: []string{"Al-Qaeda", "Islamic Maghreb"}},
		{doc: "Boko Haram fighters raided Gwoza, 20 km from the Cameroonian border.", rels: []string{"Gwoza: 20 km from border(Cameroonian)"}, not: []string{"Boko Haram"}},
		{doc: "Sonkoro is an Aymara village 12 km south of Puno.", rels: []string{"Sonkoro: 12 km south of Puno"}, not: []string{"Aymara"}},
		{doc: "Ouled Taleb is a Tuareg camp 20 km west of Kidal.", rels: []string{"Ouled Taleb: 20 km west of Kidal"}, not: []string{"Tuareg"}},
	})
}

// TestCorpusSubjects: the descriptor nouns that introduce the located place,
// late subjects, inverted relations and borders with a direction.
func TestCorpusSubjects(t *testing.T) {
	checkCorpus(t, []example{
		// A name given in apposition to the kind that opens the sentence.
		{doc: "The village, called Bir Ghbalou, sits 25 km north of Bouira, Algeria.", rels: []string{"Bir Ghbalou: 25 km north of Bouira"}},
		{doc: "The camp, known as Kalo, is 25 km north of Bouira.", rels: []string{"Kalo: 25 km north of Bouira"}},
		{doc: "The village, Kalo said, is 25 km north of Bouira.", absent: []string{"Kalo: 25 km north of Bouira"}},
		{doc: "Cortijo del Pino is a farm in Spain, 18 km north of Écija.", rels: []string{"Cortijo del Pino: 18 km north of Écija"}},
		{doc: "Hoeve Lindt is a farmstead in the Netherlands, 5 km east of Zwolle.", rels: []string{"Hoeve Lindt: 5 km east of Zwolle"}},
		{doc: "Kamara is a mining camp in Guinea, about 40 km south of Siguiri.", rels: []string{"Kamara: 40 km south of Siguiri"}},
		{doc: "Tenkar is an outpost in Chad 70 km north of Faya.", rels: []string{"Tenkar: 70 km north of Faya"}},
		{doc: "Gallo is a market town in Nigeria, 30 km east of Kano.", rels: []string{"Gallo: 30 km east of Kano"}},
		{doc: "Dambe is a settlement in Ghana, 12 km west of Tamale.", rels: []string{"Dambe: 12 km west of Tamale"}},
		{doc: "Pokrovo is a rural locality in Russia, 40 km north of Tver.", rels: []string{"Pokrovo: 40 km north of Tver"}},
		{doc: "Meadow Farm is a hamlet in Kent. The hamlet is 4 km south of Ashford.", rels: []string{"Meadow Farm: 4 km south of Ashford"}},
		{doc: "Zelino is a small town. The community lies 9 km northeast of Tetovo.", rels: []string{"Zelino: 9 km northeast of Tetovo"}},
		{doc: "Brosteni is a village. The commune is located 30 km (19 mi) southwest of the county seat, Suceava.", rels: []string{"Brosteni: 30 km southwest of Suceava"}},
		{doc: "Approximately 35 kilometres (22 mi) southeast of Bandung, Cikajang sits on a high plain.", rels: []string{"Cikajang: 35 km southeast of Bandung"}, not: []string{"Approximately"}},
		{doc: "About 20 km west of Kayes, the village of Diamou lies on the river.", rels: []string{"Diamou: 20 km west of Kayes"}},
		// The reader keeps "Tessalit lies 80 km west of Inabag" as written
		// (the same statement as "Inabag lies 80 km east of Tessalit"); the
		// resolver, which knows which of the two the gazetteer holds,
		// places the other.
		{doc: "Tessalit lies 80 km west of Inabag.", rels: []string{"Tessalit: 80 km west of Inabag"}},
		{doc: "Aney is a village. The Chadian border runs 12 km east of Aney.", rels: []string{"Aney: 12 km west of border(Chadian)"}},
		{doc: "Sakal is a camp. The border with Niger lies 30 km north of Sakal.", rels: []string{"Sakal: 30 km south of border(Niger)"}},
		{doc: "Lerabe is a camp 60 km east of the Mauritanian border.", rels: []string{"Lerabe: 60 km east of border(Mauritanian)"}},
		{doc: "Kinta is a village. It is approximately 50 kilometres (31 mi), by road, south of Arua.", rels: []string{"Kinta: 50 km south of Arua"}},
		{doc: "Bwera is a small town. The town lies about 40 kilometres (25 mi), north of Kasese.", rels: []string{"Bwera: 40 km north of Kasese"}},
		{doc: "Tanaf is a village in Ziguinchor Region of Senegal.[1][2] It lies about 12km from Goudomp.", rels: []string{"Tanaf: 12 km from Goudomp"}, not: []string{"It"}},
		{doc: "Reno Flat is a ghost town in Esmeralda County in the southwest part of the US state of Nevada, approximately 20 mi (32 km) east of the town of Tonopah.", rels: []string{"Reno Flat: 32.2 km east of Tonopah", "Reno Flat: in Esmeralda County", "Esmeralda County: in Nevada"}},
		{doc: "Pinecreek is a hamlet in Alberta, Canada, located approximately 30 kilometres west of Red Deer, Alberta.", rels: []string{"Pinecreek: 30 km west of Red Deer"}},
		{doc: "Otorohanga is a small town in the Waikato of New Zealand. It is on a plain beside the Waipa River, 50 km south of Hamilton.", rels: []string{"Otorohanga: 50 km south of Hamilton"}},
		{doc: "Vadu is a village. The commune is located in the south of Tulcea County, 30 km (19 mi) east of the county seat, the port city of Tulcea.", rels: []string{"Vadu: 30 km east of Tulcea"}},
		{doc: "Bala is a village. The nearest town is Kita, 12 km away.", rels: []string{"Bala: 12 km from Kita"}},
		{doc: "Bala is a village. Kita, the nearest town, is 15 km to the south.", rels: []string{"Bala: 15 km north of Kita"}},
		{doc: "Bala is a village. Its nearest neighbour is Kita, 8 km to the east.", rels: []string{"Bala: 8 km west of Kita"}},
		{doc: "Tamga is a village. About 10 km inland from Lake Issyk-Kul, it is the seat of its district.", rels: []string{"Tamga: 10 km from Lake Issyk-Kul"}},
		{doc: "Kegon is a hamlet. It is located approximately 100 kilometres (62 mi) northeast of the Town of Peace River.", rels: []string{"Kegon: 100 km northeast of Peace River"}, not: []string{"Town"}},
		{doc: "Bala is a village. It is 40 km from the district headquarters at Kita.", rels: []string{"Bala: 40 km from Kita"}},
		{doc: "Bala is a village. Its distance from Kita is 20 km.", rels: []string{"Bala: 20 km from Kita"}},
		{doc: "The distance between Bala and Kita is 30 km.", rels: []string{"Bala: 30 km from Kita"}},
		{doc: "Bala is a village. Kita is the nearest town at a distance of 12 km.", rels: []string{"Bala: 12 km from Kita"}},
		{doc: "Bala is located km north of Kita.", rels: []string{"Bala: ? km north of Kita"}},
		{doc: "Bala is a village 12 km north of Kita.", rels: []string{"Bala: 12 km north of Kita"}, absent: []string{"Bala: ? km north of Kita"}},
		{doc: "About 20 km north of Gao is the small oasis of Bara.", rels: []string{"Bara: 20 km north of Gao"}},
		{doc: "Twenty kilometres north of Gao, the camp of Bara was attacked.", rels: []string{"Bara: 20 km north of Gao"}},
		{doc: "Twenty-five kilometres north of Gao lies the village of Bara.", rels: []string{"Bara: 25 km north of Gao"}},
		{doc: "Nearby towns are Ruiru (east of Juja) and Thika.", rels: []string{"Ruiru: east of Juja"}},
		{doc: "Kiambu is a town. Other nearby towns are Ruiru (NE), Limuru (NW) and Kabete (SW).", rels: []string{"Kiambu: southwest of Ruiru", "Kiambu: southeast of Limuru"}, absent: []string{"Ruiru: southeast of Limuru"}},
		{doc: "Fighting was reported near Sirte and in Misrata, 250 km to the west.", rels: []string{"Misrata: 250 km west of Sirte"}},
		{doc: "There was shelling in Mosul and in Erbil (80 km to the east).", rels: []string{"Erbil: 80 km east of Mosul"}},
		{doc: "Ankaso is a village. There were floods in Tahoua and Konni, 250 km to the south.", rels: []string{"Ankaso: 250 km north of Konni"}, absent: []string{"Konni: 250 km south of Tahoua"}},
		{doc: "Other nearby villages are Kisumu (west of Toravi), Kericho (SE) and Eldoret (N).", rels: []string{"Kisumu: west of Toravi", "Toravi: northwest of Kericho", "Toravi: south of Eldoret"}, absent: []string{"Kisumu: northwest of Kericho"}},
		{doc: "Zangi is a village. Located 12 km north of Dosso, near the river.", rels: []string{"Zangi: 12 km north of Dosso"}},
		{doc: "Lelu is a small town. It lies 28 km from the city ofKigoma.", rels: []string{"Lelu: 28 km from Kigoma"}},
	})
}

// TestCorpusBetween: a place between two others, on the road between them,
// or midway, with what else the sentence states; number ranges, borders and
// distances between two places stay what they were.
func TestCorpusBetween(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Sarobi lies on the road between Kabul and Jalalabad.", rels: []string{"Sarobi: on the road between Kabul and Jalalabad"}},
		{doc: "Diamou is situated between Bamako and Kayes, about 120 km from Kayes.",
			rels: []string{"Diamou: between Bamako and Kayes", "Diamou: 120 km from Kayes"}},
		{doc: "The hamlet of Ouro Mbaye is midway between Podor and Matam.", rels: []string{"Ouro Mbaye: midway between Podor and Matam"}},
		{doc: "Kalbo lies halfway between the town of Dori and the village of Seytenga.", rels: []string{"Kalbo: midway between Dori and Seytenga"}},
		{doc: "Tamou is a village on the main highway between Niamey and Say.", rels: []string{"Tamou: on the road between Niamey and Say"}},
		{doc: "Injil is a market town between Herat (40 km) and Islam Qala.",
			rels: []string{"Injil: between Herat and Islam Qala", "Injil: 40 km from Herat"}},
		{doc: "Akor is the largest stop between Gao and Kidal.", rels: []string{"Akor: between Gao and Kidal"}},
		{doc: "The town of Qalai Tezbin is the centre of Tezbin District, between Kabul and Jalalabad.",
			rels: []string{"Qalai Tezbin: between Kabul and Jalalabad"}, absent: []string{"Tezbin District: between Kabul and Jalalabad"}},
		{doc: "The village of Kolda is a market in the Casamance, 20 km from Ziguinchor.", rels: []string{"Kolda: 20 km from Ziguinchor"}},
		{doc: "Tinel is between 60 and 65 kilometres north of Dosso.", rels: []string{"Tinel: 60-65 km north of Dosso"}, absent: []string{"Tinel: between 60 and Dosso"}},
		{doc: "The distance between Gao and Kidal is 300 km.", rels: []string{"Gao: 300 km from Kidal"}, absent: []string{"Gao: between Gao and Kidal"}},
		{doc: "Tessit lies near the border between Mali and Niger.", absent: []string{"Tessit: between Mali and Niger"}},
		{doc: "Fighting between Gao and Ansongo left ten dead.", absent: []string{"Fighting: between Gao and Ansongo"}},
		{doc: "Halfway between Gao and Kidal lies the village of Tabrichat.", rels: []string{"Tabrichat: midway between Gao and Kidal"}, not: []string{"Halfway"}},
		{doc: "Tabrichat is a hamlet. The village, located between Gao and Kidal, has a market.", rels: []string{"Tabrichat: between Gao and Kidal"}},
		{doc: "Tabrichat, between Gao and Kidal, was attacked on Monday.", rels: []string{"Tabrichat: between Gao and Kidal"}},
		{doc: "Trucks travel between Gao and Kidal every week.", absent: []string{"Trucks: between Gao and Kidal"}},
		{doc: "Tabrichat lies on the road from Gao to Kidal.", rels: []string{"Tabrichat: on the road between Gao and Kidal"}},
		{doc: "Tabrichat lies near the road between Gao and Kidal.", rels: []string{"Tabrichat: on the road between Gao and Kidal"}},
		{doc: "Tabrichat is a hamlet. It was cut off when rebels mined the road between Gao and Kidal.", absent: []string{"Tabrichat: on the road between Gao and Kidal"}},
	})
}

// TestCorpusLinear: a road named by the town it leads to ("along the
// Mumbwa road") is the road to that town, not the town; a numbered road
// is no mention; a part of a town ("Lusaka CBD", "Muscat's old town") is
// measured from the town.
func TestCorpusLinear(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Lusaka West is a farming area located approximately 25 km west of Lusaka CBD along the Mumbwa road.",
			rels:   []string{"Lusaka West: 25 km west of Lusaka", "Lusaka West: on the road between Lusaka and Mumbwa"},
			absent: []string{"Lusaka West: near Mumbwa"}, not: []string{"Lusaka CBD"}},
		{doc: "Pleasant Grove is an unincorporated community in Wood County. It lies along West Virginia Route 47, 7 miles (11 km) east of the city of Parkersburg.",
			rels: []string{"Pleasant Grove: 11.3 km east of Parkersburg"}, not: []string{"West Virginia Route", "West Virginia"}},
		{doc: "Dry Creek Station is a ghost town along Interstate 80, 30 miles (48 km) east of Winnemucca.",
			rels: []string{"Dry Creek Station: 48.3 km east of Winnemucca"}, not: []string{"Interstate"}},
		{doc: "Al-Hamra Gardens is a district 6 km west of Muscat's old town.",
			rels: []string{"Al-Hamra Gardens: 6 km west of Muscat"}},
	})
}
