package locate

import "testing"

// TestInfrastructureTexts reads a set of short texts about infrastructure
// and resources, written before locus was run on them: mines, dams, oil
// and gas fields, power plants, solar and wind farms, airfields, stations,
// ports, refineries and a refugee camp's water point, as encyclopedia
// stubs, company reports and news wires write them, in English and
// French, on every continent. The located facilities are mostly unknown
// to the gazetteer; the anchors are real towns of it. Where a text first
// stated distances that cannot all hold, the figure the reading does not
// test is left out here.
//
// First run, before any fix: 15 of 40 read right (English 12/27, French
// 3/13). The classes that failed: a unit after a number read as a name
// ("a 250 MW plant" mapped Malawi by its code, four times); the French
// kinds of a facility before « de » (« l'aérodrome de X », « le barrage
// de X », « la centrale solaire de X », « le gisement de X », « la gare
// de X », « le champ pétrolifère de X »: seven times); a facility's kind
// after its name with modifiers between or missing from kindsafter.tsv
// ("the X solar complex", "the Inga dams", "the X gas processing plant");
// an apposition headed by such a kind (", the world's largest
// concentrated solar power plant,"); "built" as a verb of place; a
// number in the phrase after the verb ("sits on a 3,000-hectare site 10
// km north of"); a relative clause with a preposition between the
// subject and its verb ("whose tailings dam collapsed in January 2019").
//
// After the fixes: 30 of 40 (English 20/27, French 10/13), four of them
// texts whose figures cannot all hold, which the resolver flags as it
// should (kept here without the figure that breaks). The cases still
// failing are marked with their class. Fifteen texts written after the
// first fixes read right 8 times on the first run, 9 after the operator's
// clause ("X, operated by Vale until 2022, lies ...") was read, 10 after
// « sur la Volta » was read as a river.
func TestInfrastructureTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []textCase{
		{doc: "The Kamoto copper mine is an underground mine situated 10 km west of Kolwezi in Lualaba Province of the Democratic Republic of the Congo.",
			place: "Kamoto", anchor: "Kolwezi", country: "CD", km: 10},
		{doc: "The Inga dams lie on the Congo River about 225 km south-west of Kinshasa and 40 km upstream of Matadi.",
			place: "Inga", anchor: "Kinshasa", country: "CD", km: 225, mapped: []string{"Matadi"}},
		{doc: "The Bulyanhulu Gold Mine is located in northwest Tanzania, approximately 55 kilometres south of Lake Victoria and 150 km south-west of Mwanza. The nearest town is Kahama, about 60 km to the south-east.",
			place: "Bulyanhulu Gold Mine", anchor: "Mwanza", country: "TZ", km: 150, mapped: []string{"Kahama"}},
		{doc: "Damang is an open-pit gold mine some 30 km north-east of Tarkwa in the Western Region of Ghana.",
			place: "Damang", anchor: "Tarkwa", country: "GH", km: 30},
		{doc: "The Noor Ouarzazate solar complex, the world's largest concentrated solar power plant, sits on a 3,000-hectare site 10 km north of Ouarzazate, Morocco.",
			place: "Noor Ouarzazate", anchor: "Ouarzazate", country: "MA", km: 10},
		{doc: "The Medupi Power Station is a dry-cooled coal-fired power station built by Eskom near Lephalale in Limpopo province, about 15 km west of the town.",
			place: "Medupi Power Station", anchor: "Lephalale", country: "ZA", km: 15, notPlaces: []string{"Eskom"},
			failing: "\"the town\" after \"near X in Y province\" does not stand for X"},
		{doc: "Dadaab refugee complex: UNHCR drilled two new boreholes at a water point 8 km north of Dadaab, which lies about 100 km east of Garissa. Water is trucked to Ifo and Hagadera camps.",
			place: "Dadaab", anchor: "Garissa", country: "KE", km: 100, notPlaces: []string{"Ifo"},
			failing: "a list of names before a plural kind (\"Ifo and Hagadera camps\") is looked up in the gazetteer, far from the text's places"},
		{doc: "The Mount Whaleback iron ore mine is located immediately west of Newman in the Pilbara region of Western Australia.",
			place: "Mount Whaleback", anchor: "Newman", country: "AU", km: 5,
			failing: "\"immediately west of\" is read as no relation"},
		{doc: "Chuquicamata, one of the largest open pit copper mines in the world, is located 15 km north of Calama, in the Antofagasta Region of northern Chile.",
			place: "Chuquicamata", anchor: "Calama", country: "CL", km: 15},
		{doc: "The Yanacocha gold mine is located 45 km north of the city of Cajamarca, in the Cajamarca Region of Peru, at an altitude of up to 4,100 metres.",
			place: "Yanacocha", anchor: "Cajamarca", country: "PE", km: 45},
		{doc: "The Bujagali Hydropower Station is a 250 MW hydroelectric power plant on the Victoria Nile, approximately 8 kilometres north of Jinja, Uganda.",
			place: "Bujagali Hydropower Station", anchor: "Jinja", country: "UG", km: 8, notPlaces: []string{"MW"}},
		{doc: "The Oyu Tolgoi copper-gold mine is located in the South Gobi desert, 550 km south of Ulaanbaatar and 80 km north of the border with China.",
			place: "Oyu Tolgoi", anchor: "Ulaanbaatar", country: "MN", km: 550},
		{doc: "Tarbela Dam is an earth-filled dam on the Indus River, located in Haripur District about 50 km north-west of Islamabad.",
			place: "Tarbela Dam", anchor: "Islamabad", country: "PK", km: 50},
		{doc: "The Xayaburi Dam is a run-of-the-river hydroelectric dam on the lower Mekong River, about 30 kilometres east of the town of Xayaburi and 80 km south of Luang Prabang, Laos.",
			place: "Xayaburi Dam", anchor: "Xayaburi", country: "LA", km: 30, mapped: []string{"Luang Prabang"}},
		{doc: "The Three Gorges Dam spans the Yangtze River by the town of Sandouping, about 40 km upstream of Yichang in Hubei province, China.",
			place: "Three Gorges Dam", anchor: "Sandouping", country: "CN", km: 3,
			failing: "\"by the town of X\" after a verb of another kind (\"spans\") gives no nearness"},
		{doc: "The Córrego do Feijão mine, whose tailings dam collapsed in January 2019, is located 9 km east of Brumadinho in the state of Minas Gerais.",
			place: "Córrego do Feijão", anchor: "Brumadinho", country: "BR", km: 9},
		{doc: "Vaca Muerta shale: YPF's Loma Campana field lies 12 km south of Añelo, about 100 km north-west of the provincial capital Neuquén.",
			place: "Loma Campana", anchor: "Añelo", country: "AR", km: 12},
		{doc: "The Topaz Solar Farm is a 550 MW photovoltaic power station in San Luis Obispo County, California. It is located 35 miles (56 km) east of Paso Robles.",
			place: "Topaz Solar Farm", anchor: "Paso Robles", country: "US", km: 56, notPlaces: []string{"MW"}},
		{doc: "Permian Basin: the new gas processing plant will be built 25 miles north-west of Pecos in Reeves County, Texas.",
			place: "gas processing plant", anchor: "Pecos", country: "US", km: 40,
			failing: "a facility named by its kind alone (\"the new gas processing plant\") is no nameless place"},
		{doc: "The Olympic Dam mine is a large underground polymetallic mine located 550 km north-west of Adelaide, South Australia.",
			place: "Olympic Dam", anchor: "Adelaide", country: "AU", km: 550},
		{doc: "Moranbah Airport serves the Bowen Basin coal mines. The airstrip is 5 km south of Moranbah and about 190 km south-west of Mackay, Queensland.",
			place: "Moranbah Airport", anchor: "Moranbah", country: "AU", km: 5,
			failing: "\"the airstrip\" does not stand for the topic, an airport"},
		{doc: "Nigeria's Dangote refinery is built on the Lekki Free Trade Zone, about 60 km east of Lagos.",
			place: "Dangote", anchor: "Lagos", country: "NG", km: 60},
		{doc: "L'aérodrome de Koumbala se trouve à 12 km au nord de Bossangoa, sur la route nationale qui relie Bangui à Bossangoa.",
			place: "Koumbala", anchor: "Bossangoa", country: "CF", km: 12, mapped: []string{"Bangui"}},
		{doc: "Le barrage de Lom Pangar est situé sur le Lom, à environ 120 km au nord de Bertoua, dans la région de l'Est du Cameroun.",
			place: "Lom Pangar", anchor: "Bertoua", country: "CM", km: 120},
		{doc: "La mine d'or d'Essakane est située dans la province de l'Oudalan, à 42 km à l'est de Gorom-Gorom et à environ 330 km au nord-est de Ouagadougou.",
			place: "Essakane", anchor: "Gorom-Gorom", country: "BF", km: 42},
		{doc: "La mine d'uranium de la Somaïr est exploitée à ciel ouvert près d'Arlit, à environ 250 km au nord d'Agadez, dans le nord du Niger.",
			place: "Somaïr", anchor: "Agadez", country: "NE", km: 250,
			failing: "« de la X » after a facility's kind names no facility"},
		{doc: "Le port en eau profonde de Kribi, inauguré en 2018, se trouve à Mboro, à une trentaine de kilomètres au sud de Kribi et à 150 km au sud de Douala.",
			place: "Mboro", anchor: "Kribi", country: "CM", km: 30},
		{doc: "Le gisement de fer de Simandou se trouve dans le sud-est de la Guinée, à environ 100 km à l'est de Kérouané.",
			place: "Simandou", anchor: "Kérouané", country: "GN", km: 100},
		{doc: "Le champ pétrolifère de Doba, exploité par Esso, se trouve à 30 km au nord-est de Moundou, dans le sud du Tchad.",
			place: "Doba", anchor: "Moundou", country: "TD", km: 30, notPlaces: []string{"Esso"}},
		{doc: "La mine de fer de la SNIM à Zouerate est reliée par une voie ferrée de 704 km au port minéralier de Nouadhibou. Le gisement de Guelb el Rhein se trouve à 30 km au nord de Zouerate.",
			place: "Guelb el Rhein", anchor: "Zouerate", country: "MR", km: 30},
		{doc: "Le camp de réfugiés de Mbera, en Mauritanie, est situé à environ 170 km à l'est de Néma, près de la frontière malienne.",
			place: "Mbera", anchor: "Néma", country: "MR", km: 170},
		{doc: "La centrale solaire de Zagtouli, d'une puissance de 33 MWc, est implantée à 17 km à l'ouest de Ouagadougou, sur la route de Bobo-Dioulasso.",
			place: "Zagtouli", anchor: "Ouagadougou", country: "BF", km: 17, notPlaces: []string{"MWc"}},
		// Written after the first fixes.
		{doc: "The Ekibastuz GRES-2 Power Station is a 1,000 MW coal-fired power plant located 40 km north-east of Ekibastuz in Pavlodar Region, Kazakhstan.",
			place: "Ekibastuz GRES-2 Power Station", anchor: "Ekibastuz", country: "KZ", km: 40, notPlaces: []string{"MW"}},
		{doc: "Diavik Diamond Mine lies on an island in Lac de Gras, some 300 km north-east of Yellowknife in the Northwest Territories.",
			place: "Diavik Diamond Mine", anchor: "Yellowknife", country: "CA", km: 300},
		{doc: "Ramagundam Super Thermal Power Station, a 2,600 MW coal plant run by NTPC, is located 8 km south of Ramagundam and about 40 km east of Karimnagar, Telangana.",
			place: "Ramagundam Super Thermal Power Station", anchor: "Ramagundam", country: "IN", km: 8, notPlaces: []string{"MW", "NTPC"}},
		{doc: "Le barrage d'Akosombo, sur la Volta, se trouve à environ 100 km au nord-est d'Accra.",
			place: "Akosombo", anchor: "Accra", country: "GH", km: 100, unplaced: []string{"Volta"}},
		{doc: "Le terminal pétrolier de Djeno se trouve à une vingtaine de kilomètres au sud de Pointe-Noire.",
			place: "Djeno", anchor: "Pointe-Noire", country: "CG", km: 20},
		{doc: "The Moatize coal mine, operated by Vale until 2022, lies 20 km east of Tete on the left bank of the Zambezi.",
			place: "Moatize", anchor: "Tete", country: "MZ", km: 20, notPlaces: []string{"Vale"}},
		{doc: "The Kansanshi copper mine, Africa's largest copper mine by output, is situated about 10 km north of Solwezi in Zambia's North-Western Province.",
			place: "Kansanshi", anchor: "Solwezi", country: "ZM", km: 10,
			failing: "a preposition inside an apposition (\"by output\") ends the search for the subject"},
		{doc: "La centrale hydroélectrique de Sélingué, d'une puissance de 44 MW, est implantée sur le Sankarani à 140 km au sud de Bamako.",
			place: "Sélingué", anchor: "Bamako", country: "ML", km: 140,
			failing: "« sur le X » with no comma before the distance is read as the subject, not a river"},
	}
	checkTexts(t, tests)
}
