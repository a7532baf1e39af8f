package locate

import "testing"

// TestReportTexts reads a blind set of multi-sentence reports of the
// genre locus is made for, written before locus was run on them: wire
// news with datelines (AP, Reuters, AFP), relief situation reports
// (OCHA, ICRC, MSF), ACLED-style event lines, peacekeeping and military
// communiqués, human-rights reports, local newspapers, historical
// accounts (Mesopotamia 1915, Omdurman 1898, Maiwand 1880, Kursk 1943)
// and travel writing, from the Sahel, the Horn, the Great Lakes,
// Mozambique, Nigeria, Sudan, Yemen, Syria, Iraq, Afghanistan, Pakistan,
// Myanmar, the Philippines, Colombia, Mexico, Ukraine, the Caucasus and
// Central Asia. Each locates a place no gazetteer holds from a real town,
// and names other towns, agencies, armed groups, peoples and officials.
//
// First run, on main: 17 of 36 read right (18 once "The outpost", a
// later mention of the outpost the text locates, is counted a place). No number was read as a
// distance; seven non-places were listed (one, "Carteles Unidos", placed
// at Uruapan). The classes: a dateline of one word in capitals lost
// (BAMAKO, MOGADISHU, BEIRUT, BOGOTA: 4); a town before a speech verb
// after a word of place taken for a speaker ("arriving in Teknaf told",
// "fled to Mek'ele and Adigrat said": 2); a small far namesake found by an
// alternate name (Tawila as Aţ Ţawīlah in Yemen, Nasir as a quarter of
// Khartoum: 2); armed groups and panels ("Carteles Unidos", "the Jalisco
// New Generation Cartel", "the UN Panel of Experts"), a person after a
// role and a comma ("the Secretary-General, El-Ghassim Wane,") and a
// demonym compound ("Kurdish-led"); "Democratic Republic of Congo"
// without its article taken for the Republic of the Congo; "the Vorukh
// exclave"; a national capital opening a sentence ("Baku accused
// Yerevan"); "Sitio Tubig Dakula" named with its sub-village word.
//
// After the fixes (geo/text: datelines, placeBeforeSpeech,
// roleBeforeComma, isTitleCompound, isDemonymCompound and rows of the
// word tables; geo/locate: strayAliasTown and national capitals in
// lookupKnownCities): 32 of 36, and 33 once a phrase of where naming a
// river after the kind of an apposition is stepped over ("Egeiga, a
// village on the Nile some six miles north of Omdurman", insert.go). A
// second batch of reports of the fixed classes, written after the fixes,
// reads 12 of 14 (4 on main): a kind outside the tables before a phrase of
// where ("a watering place on the Nile") and a capital before a speech
// verb ("Moscow denied") failed, and read right since "place", "spot" and
// "point" are kinds and a speaker is looked up as a national capital
// (further_test.go), as do the camp "for internally displaced persons" and
// the next stop "a further 450 km to the east"; a fifteenth, whose camp the gazetteer
// turned out to hold (Al-Khokha, mapped right), is left out. The failures
// are marked with their class.
func TestReportTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// The first, blind batch.
		{doc: "BAMAKO, Mali (AP) — Suspected jihadists killed at least 23 civilians in an attack on the village of Tinabaw, some 45 kilometers (28 miles) north of Ansongo, local officials said Tuesday. The assailants arrived on motorcycles and set fire to granaries, according to a statement from the Gao regional governor's office. The Islamic State in the Greater Sahara has carried out repeated attacks in the Ménaka and Gao regions since 2019.",
			place: "Tinabaw", anchor: "Ansongo", country: "ML", km: 45, mapped: []string{"Bamako"}, notPlaces: []string{"Islamic State", "Greater Sahara", "AP"}},
		{doc: "Since 12 March, an estimated 4,800 people have arrived in Djibo from the commune of Tongomayel, fleeing attacks by non-state armed groups. Most new arrivals come from the village of Bellehede Koira, located 38 km north-west of Djibo near the border with Mali. Humanitarian access remains constrained on the road between Djibo and Kaya, where two supply convoys were attacked in February.",
			place: "Bellehede Koira", anchor: "Djibo", country: "BF", km: 38, mapped: []string{"Kaya"}},
		{doc: "On 21 January 2023, JNIM militants ambushed a Nigerien army patrol near Tiloa Bangou, about 25 km south-east of Ouallam (Ouallam, Tillaberi). 7 soldiers were reported killed and 2 vehicles destroyed. Fatalities: 7.",
			place: "Tiloa Bangou", anchor: "Ouallam", country: "NE", km: 25, notPlaces: []string{"JNIM", "Fatalities"}},
		{doc: "Maiduguri (ICRC) – The International Committee of the Red Cross has delivered food and seeds to more than 12,000 people in Kasuwan Gawa, a farming community 60 kilometres west of Maiduguri along the Maiduguri–Damaturu road. \"Families here have been cut off from their fields for three seasons,\" said Yann Bonzon, head of the ICRC delegation in Abuja.",
			place: "Kasuwan Gawa", anchor: "Maiduguri", country: "NG", km: 60, mapped: []string{"Abuja"}, notPlaces: []string{"ICRC", "International Committee of the Red Cross", "Yann Bonzon"}},
		{doc: "Médecins Sans Frontières (MSF) teams in Tawila have treated 140 wounded patients since Sunday, most of them women and children who fled fighting around Zamzam camp. The camp of Goz Tilleh, about 15 km west of El Fasher, has received more than 30,000 new arrivals, according to MSF. \"The situation is catastrophic,\" said Claire Nicolet, MSF emergency coordinator.",
			place: "Goz Tilleh", anchor: "El Fasher", country: "SD", km: 15, notPlaces: []string{"MSF", "Médecins Sans Frontières", "Claire Nicolet"}},
		{doc: "MOGADISHU — AMISOM troops from the Ugandan contingent, working alongside the Somali National Army, repulsed an al-Shabaab attack on their forward operating base at Ceel Jaale Yar, 32 km south-west of Afgooye, on Thursday morning. The attackers used a vehicle-borne IED before storming the perimeter. Eleven militants were killed, the mission said in a statement.",
			place: "Ceel Jaale Yar", anchor: "Afgooye", country: "SO", km: 32, mapped: []string{"Mogadishu"}, notPlaces: []string{"AMISOM", "Somali National Army", "al-Shabaab", "Ugandan"}},
		{doc: "Human Rights Watch interviewed 37 residents of Mai Kadra Tahtay, a farming village roughly 40 kilometers north-west of Axum in central Tigray. Witnesses described how soldiers rounded up men from the village on November 28, 2020. Survivors who fled to Mek'ele and Adigrat said they had seen bodies along the road to Axum.",
			place: "Mai Kadra Tahtay", anchor: "Axum", country: "ET", km: 40, mapped: []string{"Mek'ele", "Adigrat"}, notPlaces: []string{"Human Rights Watch"}},
		{doc: "GOMA, Democratic Republic of Congo (Reuters) - M23 rebels seized the town of Nyanzale Mashariki, some 80 km north of Goma, on Monday after two days of fighting with the Congolese army and allied Wazalendo militias, local sources told Reuters. The advance cut the road between Kanyabayonga and Kitchanga, displacing thousands toward Butembo, a U.N. official said.",
			place: "Nyanzale Mashariki", anchor: "Goma", country: "CD", km: 80, mapped: []string{"Butembo", "Democratic Republic of Congo"}, notPlaces: []string{"M23", "Reuters", "Wazalendo", "Congolese"}},
		{doc: "On 14 May 2022, ISCAP militants attacked the village of Nangololo Sede, approximately 22 km south-west of Mocímboa in Cabo Delgado province, beheading 3 civilians and burning 40 houses. Mozambican and Rwandan forces deployed from Macomia the following day.",
			place: "Nangololo Sede", anchor: "Mocímboa", country: "MZ", km: 22, notPlaces: []string{"ISCAP", "Mozambican", "Rwandan"}},
		{doc: "Gunmen on Sunday night abducted 15 worshippers from a church in Ungwan Kaje, a community about 18 kilometres east of Gusau, the Zamfara State capital. The chairman of the local vigilance group, Salisu Ado Mohammed, told our correspondent that the bandits came on 30 motorcycles. Police spokesman ASP Mohammed Shehu confirmed the incident.",
			place: "Ungwan Kaje", anchor: "Gusau", country: "NG", km: 18, notPlaces: []string{"Salisu Ado Mohammed", "Mohammed Shehu", "ASP"}},
		{doc: "According to the UN Panel of Experts, Houthi forces shelled the Al-Jufainah camp for internally displaced persons, located approximately 5 km south-west of Ma'rib city, on 19 January, killing two children. The camp hosts an estimated 9,000 families displaced from Sirwah and Al Jawf governorate.",
			place: "Al-Jufainah", anchor: "Ma'rib", country: "YE", km: 5, notPlaces: []string{"Houthi", "UN Panel of Experts", "UN Panel"}},
		{doc: "BEIRUT (AP) — A car bomb exploded at a checkpoint near the village of Tal Halaf al-Gharbi, 12 kilometers (7 miles) west of Ras al-Ain, on Saturday, killing at least eight people, the Britain-based Syrian Observatory for Human Rights said. The area is controlled by Turkish-backed opposition fighters who captured it from Kurdish-led forces in October 2019.",
			place: "Tal Halaf al-Gharbi", anchor: "Ras al-Ain", country: "SY", km: 12, mapped: []string{"Beirut"}, notPlaces: []string{"Syrian Observatory for Human Rights", "AP", "Kurdish-led"}},
		{doc: "Islamic State militants attacked an Iraqi army outpost in the Wadi al-Shay area, roughly 40 km south-west of Kirkuk, killing four soldiers, security sources said on Wednesday. The outpost lies on the road between Kirkuk and Tikrit, a corridor where remnants of the group still operate from hideouts in the Hamrin mountains.",
			place: "Wadi al-Shay", anchor: "Kirkuk", country: "IQ", km: 40, mapped: []string{"Tikrit"}, notPlaces: []string{"Islamic State"}},
		{doc: "UNAMA documented an airstrike on 3 July in Dahan-e Ghori Bala, a village approximately 25 km north-west of Kunduz city, which killed 14 civilians including six children. Local elders told the mission that Taliban fighters had been present in the area the previous night before moving towards Imam Sahib district.",
			place: "Dahan-e Ghori Bala", anchor: "Kunduz", country: "AF", km: 25, notPlaces: []string{"UNAMA", "Taliban"}},
		{doc: "Two Frontier Corps personnel were martyred and three others injured when militants attacked a checkpost in Kand Ghar Khel, some 30 kilometres west of Miranshah, North Waziristan, on Tuesday, the ISPR said. Security forces launched a search operation in the area.",
			place: "Kand Ghar Khel", anchor: "Miranshah", country: "PK", km: 30, notPlaces: []string{"Frontier Corps", "ISPR"}},
		{doc: "Junta troops torched more than 200 houses in Kyauk Ka Tone, a village in Sagaing Region's Yinmabin Township about 20 miles (32 km) west of Monywa, residents said. The raid followed clashes with the local People's Defence Force near the Chindwin River on Friday.",
			place: "Kyauk Ka Tone", anchor: "Monywa", country: "MM", km: 32, notPlaces: []string{"People's Defence Force", "Junta"}},
		{doc: "ZAMBOANGA CITY — Soldiers of the Army's 11th Infantry Division clashed with Abu Sayyaf gunmen in Sitio Tubig Dakula, some 15 kilometers south-east of Jolo, on Saturday morning, leaving two soldiers wounded, the military said. Brig. Gen. Ignatius Patrimonio said the group was led by sub-leader Radullan Sahiron.",
			place: "Tubig Dakula", anchor: "Jolo", country: "PH", km: 15, notPlaces: []string{"Abu Sayyaf", "Ignatius Patrimonio", "Radullan Sahiron"}},
		{doc: "BOGOTA (AFP) - Guerrillas of the National Liberation Army (ELN) attacked a military base in the hamlet of Barrancones Alto, around 40 km south-west of Arauca near the Venezuelan border, killing two soldiers, the army said Wednesday. The ELN has stepped up attacks in Arauca department and around Saravena since January.",
			place: "Barrancones Alto", anchor: "Arauca", country: "CO", km: 40, mapped: []string{"Bogotá", "Saravena"}, notPlaces: []string{"ELN", "National Liberation Army", "AFP"}},
		{doc: "Police found the bodies of six men on a dirt road near the ranch of La Tinaja del Carrizal, 25 kilometers north of Apatzingán, Michoacán, state prosecutors said Thursday. The area has been contested for months by the Jalisco New Generation Cartel and Carteles Unidos, which also operate around Uruapan.",
			place: "La Tinaja del Carrizal", anchor: "Apatzingán", country: "MX", km: 25, mapped: []string{"Uruapan"}, notPlaces: []string{"Jalisco New Generation Cartel", "Carteles Unidos"}},
		{doc: "Russian forces shelled the village of Novopavlivka Druha, roughly 15 kilometers north-east of Kupiansk in Kharkiv Oblast, overnight, wounding a 64-year-old woman, Governor Oleh Syniehubov said on Telegram on June 4. Russia has been attempting to push toward the Oskil River and Izium since the start of the year.",
			place: "Novopavlivka Druha", anchor: "Kupiansk", country: "UA", km: 15, mapped: []string{"Izium"}, notPlaces: []string{"Oleh Syniehubov", "Telegram"}},
		{doc: "On 12 July 1943 the 5th Guards Tank Army met the II SS Panzer Corps near the state farm of Oktyabrsky Sovkhoz, about 4 km south-west of Prokhorovka. By nightfall German forces had advanced to within 20 km of Oboyan.",
			place: "Oktyabrsky Sovkhoz", anchor: "Prokhorovka", country: "RU", km: 4, mapped: []string{"Oboyan"}, notPlaces: []string{"II SS Panzer Corps"}},
		{doc: "Armenian and Azerbaijani forces exchanged fire near the village of Sotk Verin, some 12 km east of Vardenis along the border, the Armenian Defence Ministry said on Tuesday. Baku accused Yerevan of provoking the clash.",
			place: "Sotk Verin", anchor: "Vardenis", country: "AM", km: 12, mapped: []string{"Baku", "Yerevan"}, notPlaces: []string{"Armenian Defence Ministry"}},
		{doc: "Chechen police said on Monday they had killed four militants in a forest near the village of Tsentoroi Shkolnyy, 25 km east of Gudermes. Ramzan Kadyrov said the men had been planning attacks in Grozny.",
			place: "Tsentoroi Shkolnyy", anchor: "Gudermes", country: "RU", km: 25, mapped: []string{"Grozny"}, notPlaces: []string{"Ramzan Kadyrov", "Chechen"}},
		{doc: "Kyrgyz and Tajik border guards clashed on 14 September near the water distribution point at Kok-Tash Jany, about 30 km south-west of Batken, with both sides reporting fatalities. Fighting later spread to positions around Isfara and the Vorukh exclave.",
			place: "Kok-Tash Jany", anchor: "Batken", country: "KG", km: 30, mapped: []string{"Isfara", "Vorukh"}, notPlaces: []string{"Kyrgyz", "Tajik"}},
		{doc: "On 22 November 1915 General Townshend's 6th Division attacked the Turkish lines at Ctesiphon, some 25 miles south-east of Baghdad. After heavy losses the force fell back to Kut, which the Ottoman army besieged from December until April 1916.",
			place: "Ctesiphon", anchor: "Baghdad", country: "IQ", km: 40, mapped: []string{"Kut"}, notPlaces: []string{"Townshend", "Turkish", "Ottoman"}},
		{doc: "On 1 September 1898 Kitchener's army camped at Egeiga, a village on the Nile some six miles north of Omdurman, and the following morning the Khalifa's forces attacked across the plain of Kerreri.",
			place: "Egeiga", anchor: "Omdurman", country: "SD", km: 9.7, notPlaces: []string{"Kitchener", "Khalifa"}},
		{doc: "From Agadez we drove north for two days across the Ténéré, stopping at the well of In Tafidet, roughly 150 km north-east of Agadez, where Tuareg herders water their camels. The next stop, Bilma, lies a further 450 km to the east across the dunes.",
			place: "In Tafidet", anchor: "Agadez", country: "NE", km: 150, mapped: []string{"Bilma"}, notPlaces: []string{"Tuareg"}},
		{doc: "In July 1880 the brigade under General Burrows was routed at Maiwand, a village some 50 miles west of Kandahar, by the army of Ayub Khan. The survivors straggled back to Kandahar, which was relieved by Roberts's column from Kabul in August.",
			place: "Maiwand", anchor: "Kandahar", country: "AF", km: 80, mapped: []string{"Kabul"}, notPlaces: []string{"Burrows", "Ayub Khan", "Roberts"}},
		{doc: "On 6 October, a MINUSMA convoy struck an improvised explosive device near the locality of Intahaka Ouest, about 15 km north of Kidal, the Mission said. Two Chadian peacekeepers were killed and four seriously injured. The Special Representative of the Secretary-General, El-Ghassim Wane, strongly condemned the attack.",
			place: "Intahaka Ouest", anchor: "Kidal", country: "ML", km: 15, notPlaces: []string{"MINUSMA", "El-Ghassim Wane", "Chadian", "Secretary-General"}},
		{doc: "Barkhane forces neutralised about fifteen terrorists in the Gourma between 10 and 15 March, the French general staff said. A Mirage 2000 strike hit a motorbike column at the ford of Tin Tabakat, 60 km north-east of Douentza.",
			place: "Tin Tabakat", anchor: "Douentza", country: "ML", km: 60, notPlaces: []string{"Barkhane", "Mirage"},
			failing: "a natural region named like a division of a neighbouring country: the Malian Gourma taken for Gourma Province, Burkina Faso"},
		{doc: "Fighting between SPLA-IO and government forces in the Nasir area has displaced an estimated 10,000 people towards Ulang and the Ethiopian border. In Kuich Dit, a cattle camp around 35 km south-east of Malakal, partners report 3 cholera cases and no functional water point.",
			place: "Kuich Dit", anchor: "Malakal", country: "SS", km: 35, notPlaces: []string{"SPLA-IO"}},
		{doc: "Five Kenya Defence Forces soldiers were killed when their vehicle ran over an IED near Fino Bulla, a village 40 km south-west of Mandera town, on Monday. Police said al-Shabaab militants who crossed from Somalia planted the device on the Mandera–Rhamu road.",
			place: "Fino Bulla", anchor: "Mandera", country: "KE", km: 40, notPlaces: []string{"Kenya Defence Forces", "al-Shabaab"}},
		{doc: "Burundian troops crossed into South Kivu and attacked a RED-Tabara position at Kipupu Haut, about 45 km south-west of Uvira, according to a report by the UN Group of Experts. Refugees later arrived in Rumonge and Bujumbura.",
			place: "Kipupu Haut", anchor: "Uvira", country: "CD", km: 45, mapped: []string{"Rumonge", "Bujumbura"}, notPlaces: []string{"RED-Tabara", "UN Group of Experts", "Burundian"}},
		{doc: "The ICRC and the Syrian Arab Red Crescent delivered water by truck to Tal Sheer Saghir, a village 20 km south of Hasakah, after the Alouk water station stopped pumping for the fourth time this year.",
			place: "Tal Sheer Saghir", anchor: "Hasakah", country: "SY", km: 20, notPlaces: []string{"ICRC", "Syrian Arab Red Crescent"}},
		{doc: "Rohingya refugees arriving in Teknaf told UNHCR they had walked for five days from Kyauk Pyin Siek, a village some 20 km north of Sittwe, before crossing the Naf river into Bangladesh.",
			place: "Kyauk Pyin Siek", anchor: "Sittwe", country: "MM", km: 20, mapped: []string{"Teknaf"}, notPlaces: []string{"UNHCR", "Rohingya"}},
		{doc: "Amnesty International documented a coalition airstrike on a wedding party in Bani Qais al-Ulya, a village about 30 km north of Hajjah, in April 2018, which killed 21 people, among them the bride.",
			place: "Bani Qais al-Ulya", anchor: "Hajjah", country: "YE", km: 30, notPlaces: []string{"Amnesty International"}},
		// The second, written after the fixes to check they generalise batch.
		{doc: "NIAMEY, Niger (AFP) — Jihadists killed 12 soldiers in an ambush near the hamlet of Koutougou Beri, about 35 km north-east of Ouallam, the defence ministry said on Friday. The army said it had killed 20 assailants.",
			place: "Koutougou Beri", anchor: "Ouallam", country: "NE", km: 35, mapped: []string{"Niamey"}},
		{doc: "KABUL (Reuters) - A roadside bomb killed four police officers at a checkpoint in Deh Sabz Payin, roughly 20 km north-east of Kabul, officials said on Sunday.",
			place: "Deh Sabz Payin", anchor: "Kabul", country: "AF", km: 20},
		{doc: "JUBA — Heavy rains have flooded the settlement of Pakur Thok, some 30 km north of Bentiu, leaving 2,000 households without shelter, the International Organization for Migration said.",
			place: "Pakur Thok", anchor: "Bentiu", country: "SS", km: 30, mapped: []string{"Juba"}, notPlaces: []string{"International Organization for Migration"}},
		{doc: "KINSHASA, Democratic Republic of Congo (AP) — ADF rebels killed at least 40 villagers overnight in Mambelenge Centre, about 25 km north of Beni, local officials said Wednesday. Survivors who fled to Butembo and Bunia told reporters the attackers used machetes.",
			place: "Mambelenge Centre", anchor: "Beni", country: "CD", km: 25, mapped: []string{"Kinshasa", "Butembo", "Bunia"}, notPlaces: []string{"ADF", "Congo"}},
		{doc: "Residents in Cox's Bazar told AFP that boats carrying refugees had landed at Shamlapur Ghat Para, about 14 km south-west of Teknaf. Fishermen in Teknaf said the crossing had taken two nights.",
			place: "Shamlapur Ghat Para", anchor: "Teknaf", country: "BD", km: 14, mapped: []string{"Cox's Bazar"}},
		{doc: "Mexican soldiers clashed with gunmen of the Sinaloa Cartel near the ranch of El Guayabo Viejo, some 40 km north-east of Culiacán, the defence ministry said. The Gulf Cartel and Los Zetas were not involved, officials added.",
			place: "El Guayabo Viejo", anchor: "Culiacán", country: "MX", km: 40, notPlaces: []string{"Sinaloa Cartel", "Gulf Cartel"}},
		{doc: "The UN Panel of Experts on Yemen reported that a drone struck a fuel depot at Al-Mahjar al-Ala, 25 km north-east of Aden, in March 2021.",
			place: "Al-Mahjar al-Ala", anchor: "Aden", country: "YE", km: 25, notPlaces: []string{"UN Panel", "UN Panel of Experts", "Yemen Panel"}},
		{doc: "Uzbek border guards reopened the crossing at Chorkesar Bozori, some 15 km west of Batken, which links the Sokh enclave to the rest of Uzbekistan.",
			place: "Chorkesar Bozori", anchor: "Batken", country: "KG", km: 15},
		{doc: "Troops of the Philippine Army's 1st Infantry Division recovered firearms in Sitio Bagong Silang, about 20 km west of Cotabato, after a firefight with Dawlah Islamiyah militants, the military said.",
			place: "Bagong Silang", anchor: "Cotabato", country: "PH", km: 20, notPlaces: []string{"Dawlah Islamiyah"}},
		{doc: "Floodwaters reached Purok Malinawon Tres, a riverside settlement roughly 10 km south of Marawi, on Tuesday, forcing 300 families to evacuate, the Office of Civil Defense said.",
			place: "Malinawon Tres", anchor: "Marawi", country: "PH", km: 10, notPlaces: []string{"Office of Civil Defense"}},
		{doc: "MOGADISHU, Somalia (AP) — Al-Shabaab fighters overran a government base at Bariire Dhexe, 45 km west of Mogadishu, on Monday, a military official told The Associated Press. Fighters who reached Afgooye and Wanlaweyn said they had captured two vehicles.",
			place: "Bariire Dhexe", anchor: "Mogadishu", country: "SO", km: 45, mapped: []string{"Afgooye"}, notPlaces: []string{"Al-Shabaab", "Associated Press"}},
		{doc: "In 1885 the relief column halted at Abu Kru Wells, a watering place on the Nile some 25 miles north-east of Metemma, before pushing on towards Khartoum.",
			place: "Abu Kru Wells", anchor: "Metemma", country: "SD", km: 40, mapped: []string{"Khartoum"}},
		{doc: "Militants attacked a police post at Shinkay Bala, a village in the hills 30 km south-west of Khost, on Friday. The provincial police chief, Abdul Hanan Zadran, said three officers were killed. Kabul blamed the Pakistani Taliban.",
			place: "Shinkay Bala", anchor: "Khost", country: "AF", km: 30, mapped: []string{"Kabul"}, notPlaces: []string{"Abdul Hanan Zadran"}},
		{doc: "Russian-backed separatists shelled the hamlet of Vodiane Druhe, about 10 km north of Mariupol, the Ukrainian-led Joint Forces Operation said. Moscow denied any involvement.",
			place: "Vodiane Druhe", anchor: "Mariupol", country: "UA", km: 10, mapped: []string{"Moscow"}, notPlaces: []string{"Russian-backed", "Ukrainian-led", "Joint Forces Operation"}},
	})
}

// TestReportFarAliases: a small namesake found by an alternate name far
// from every place a report names is no reading of the name, while an
// anchor so found near a far dateline stays.
func TestReportFarAliases(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tt := range []struct{ doc, name string }{
		{"Médecins Sans Frontières (MSF) teams in Tawila have treated 140 wounded patients. The camp of Goz Tilleh, about 15 km west of El Fasher, has received 30,000 new arrivals.", "Tawila"},
		{"Fighting in the Nasir area has displaced 10,000 people. In Kuich Dit, a cattle camp around 35 km south-east of Malakal, partners report 3 cholera cases.", "Nasir"},
	} {
		res := analyse(t, tt.doc)
		if p := placeNamed(t, res, tt.name); p.Source == SourceGazetteer {
			t.Errorf("%s: %s is the gazetteer's %s in %s, want it unresolved", tt.doc, tt.name, p.Gazetteer.Name, p.Country)
		}
	}
	res := analyse(t, "BEIRUT (AP) — A car bomb exploded at a checkpoint near the village of Tal Halaf al-Gharbi, 12 kilometers (7 miles) west of Ras al-Ain, on Saturday.")
	if p := placeNamed(t, res, "Ras al-Ain"); p.Source != SourceGazetteer || p.Country != "SY" {
		t.Errorf("Ras al-Ain is %s in %q, want the gazetteer's in SY", p.Source, p.Country)
	}
}
