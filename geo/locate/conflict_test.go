package locate

import "testing"

// TestConflictWires holds short conflict and security reports in wire
// style, English and French (Syria, Yemen, Sudan and South Sudan, Somalia,
// eastern DR Congo, Cabo Delgado, Nigeria, Cameroon, Ukraine, Myanmar,
// Afghanistan, Pakistan, the Philippines, Mexico, the Central African
// Republic), written blind and run once as a new user would: 33 of 40
// read right at first (after counting the event an attack names as its
// own place, as the reader means it), 38 after the fixes they led to, and
// 13 of 15 written after those fixes. The cases kept locate an unknown
// place from a distance and a direction: datelines, "a village some 30 km
// from Y", appositions without an article (« Bunagana, localité
// frontalière de l'Ouganda située à »), places after a road between two
// towns, and armed groups that are no places.
func TestConflictWires(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "GOMA, Congo (Reuters) - M23 rebels attacked Kishishe, a village some 70 km north of Goma, killing at least 20 civilians, local officials said on Thursday.",
			place: "Kishishe", anchor: "Goma", country: "CD", km: 70, mapped: []string{"Congo"}, notPlaces: []string{"M23"}},
		{doc: "MOGADISHU (Reuters) - Al Shabaab fighters stormed a military base in Bariire, about 45 km west of Mogadishu, the army said. Residents in Afgooye reported heavy gunfire.",
			place: "Bariire", anchor: "Mogadishu", country: "SO", km: 45, mapped: []string{"Afgooye"}},
		{doc: "Gunmen killed 12 farmers in Dogo Nahawa, a village 15 km south of Jos, Plateau state police said on Monday.",
			place: "Dogo Nahawa", anchor: "Jos", country: "NG", km: 15},
		{doc: "MAIDUGURI, Nigeria (Reuters) - Boko Haram fighters attacked the Dalori camp, 12 km south of Maiduguri, late on Saturday, a military source said.",
			place: "Dalori", anchor: "Maiduguri", country: "NG", km: 12, mapped: []string{"Nigeria"}},
		{doc: "The attack took place on the road between Bunia and Djugu, near the village of Nizi, about 30 km north of Bunia, the provincial governor said.",
			place: "Nizi", anchor: "Bunia", country: "CD", km: 30},
		{doc: "Clashes were reported in Kajo Keji county, near the border with Uganda, and in Lainya, 80 km south-west of Juba, the UN mission said.",
			place: "Lainya", anchor: "Juba", country: "SS", km: 80, mapped: []string{"Uganda"}},
		{doc: "Islamic State militants ambushed an army convoy on the road between Palmyra and Deir ez-Zor, near the village of Kabajeb, 60 km south-west of Deir ez-Zor, a war monitor said.",
			place: "Kabajeb", anchor: "Deir ez-Zor", country: "SY", km: 60, mapped: []string{"Palmyra"}, notPlaces: []string{"Islamic State"}},
		{doc: "MANDALAY, Myanmar (Reuters) - Junta jets bombed Let Yet Kone, a village in Sagaing region some 110 km north-west of Mandalay, killing 11 children, the shadow government said.",
			place: "Let Yet Kone", anchor: "Mandalay", country: "MM", km: 110, mapped: []string{"Myanmar"}},
		{doc: "Taliban fighters overran the district centre of Shah Wali Kot, 45 km north of Kandahar, officials said. Heavy fighting was also reported in Arghandab district.",
			place: "Shah Wali Kot", anchor: "Kandahar", country: "AF", km: 45},
		{doc: "PESHAWAR, Pakistan (Reuters) - Militants attacked a checkpoint in Mir Ali, a town 25 km east of Miranshah in North Waziristan, killing four soldiers, the army said.",
			place: "Mir Ali", anchor: "Miranshah", country: "PK", km: 25, mapped: []string{"Peshawar", "Pakistan"}},
		{doc: "MARAWI, Philippines (Reuters) - Soldiers clashed with Dawlah Islamiyah gunmen in Piagapo, a town about 20 km west of Marawi, the army said.",
			place: "Piagapo", anchor: "Marawi", country: "PH", km: 20, mapped: []string{"Philippines"}, notPlaces: []string{"Dawlah Islamiyah"}},
		{doc: "Gunmen from a drug cartel ambushed police officers near El Aguaje, a village 40 km south-west of Apatzingán, in Michoacán state, the state prosecutor said.",
			place: "El Aguaje", anchor: "Apatzingán", country: "MX", km: 40, mapped: []string{"Michoacán"}},
		{doc: "Rebels seized Rubaya, a mining town about 40 km north-west of Goma, and set up checkpoints on the road between Sake and Masisi, residents said.",
			place: "Rubaya", anchor: "Goma", country: "CD", km: 40, mapped: []string{"Sake"}},
		{doc: "Al Shabaab militants attacked the town of Mandera and nearby Arabia, a village some 30 km west of Mandera near the border with Somalia, police said.",
			place: "Arabia", anchor: "Mandera", country: "KE", km: 30, mapped: []string{"Somalia"}, notPlaces: []string{"Al Shabaab"}},
		{doc: "Insurgents attacked Mucojo, a coastal village 150 km north of Pemba, and the villages of Quiterajo, Naunde and Pangane, local sources said.",
			place: "Mucojo", anchor: "Pemba", country: "MZ", km: 150},
		{doc: "Gunmen abducted 30 passengers on the road between Gwoza and Pulka, near Ngoshe, a village 15 km south of Gwoza, residents said.",
			place: "Ngoshe", anchor: "Gwoza", country: "NG", km: 15, unplaced: []string{"Pulka"}},
		{doc: "Security forces killed five militants in the Tirah valley of Khyber district, some 70 km west of Peshawar, the military said.",
			place: "Tirah", anchor: "Peshawar", country: "PK", km: 70},
		{doc: "The army recaptured Wad Madani and advanced on Rufaa, a town 40 km north of Wad Madani on the east bank of the Blue Nile, a military spokesman said.",
			place: "Rufaa", anchor: "Wad Madani", country: "SD", km: 40, unplaced: []string{"Blue Nile"}},
		{doc: "BANGUI (AFP) - Des rebelles ont attaqué le village de Ndah, à 40 km au nord de Birao, selon des sources locales.",
			place: "Ndah", anchor: "Birao", country: "CF", km: 40, mapped: []string{"Bangui"}},
		{doc: "GOMA (AFP) - Les rebelles du M23 ont pris le contrôle de Bunagana, localité frontalière de l'Ouganda située à environ 70 km au nord-est de Goma.",
			place: "Bunagana", anchor: "Goma", country: "CD", km: 70, mapped: []string{"Ouganda"}, notPlaces: []string{"M23"}},
		{doc: "Au moins 14 civils ont été tués à Kamanyola, une localité située à 45 km au sud de Bukavu, près de la frontière avec le Rwanda, selon des responsables locaux.",
			place: "Kamanyola", anchor: "Bukavu", country: "CD", km: 45, mapped: []string{"Rwanda"}},
		{doc: "Des séparatistes armés ont incendié l'école de Ndu, à 30 km au nord de Kumbo, dans la région du Nord-Ouest du Cameroun.",
			place: "Ndu", anchor: "Kumbo", country: "CM", km: 30, mapped: []string{"Cameroun"}},
		{doc: "Des combattants de l'Etat islamique ont attaqué un convoi sur la route entre Beni et Butembo, près du village de Mavivi, à 10 km au nord de Beni.",
			place: "Mavivi", anchor: "Beni", country: "CD", km: 10, mapped: []string{"Butembo"}},
		{doc: "Des hommes armés ont attaqué le village de Tchomia, sur les rives du lac Albert, à environ 50 km à l'est de Bunia, selon la société civile locale.",
			place: "Tchomia", anchor: "Bunia", country: "CD", km: 50, unplaced: []string{"Albert"}},
		{doc: "Au Mozambique, des insurgés ont attaqué les villages de Diaca et de Litembo, à une trentaine de kilomètres au nord-ouest de Montepuez.",
			place: "Diaca", anchor: "Montepuez", country: "MZ", km: 30, mapped: []string{"Mozambique"}},
		{doc: "Des hommes armés ont enlevé une vingtaine de passagers sur l'axe Kumba-Mamfe, près de Konye, à 30 km au nord de Kumba, selon une source policière.",
			place: "Konye", anchor: "Kumba", country: "CM", km: 30, mapped: []string{"Mamfe"}},
		{doc: "DAMAS (AFP) - Des frappes aériennes ont visé Maarat al-Noumane, à 35 km au sud d'Idleb, selon l'Observatoire syrien des droits de l'homme.",
			place: "Maarat al-Noumane", anchor: "Idleb", country: "SY", km: 35},
		{doc: "KISMAYO, Somalia (Reuters) - Al Shabaab fighters overran Bulo Gaduud, a military base about 30 km north of Kismayo, the regional administration said.",
			place: "Bulo Gaduud", anchor: "Kismayo", country: "SO", km: 30, mapped: []string{"Somalia"}, notPlaces: []string{"Al Shabaab"}},
		{doc: "Gunmen attacked a bus on the road between Bannu and Lakki Marwat, near Ghoriwala, some 15 km south of Bannu, police said.",
			place: "Ghoriwala", anchor: "Bannu", country: "PK", km: 15},
		{doc: "Arakan Army fighters seized Kyauktaw, a town 70 km north of Sittwe, and the nearby villages of Apauk Wa and Thayet Taw, residents said.",
			place: "Kyauktaw", anchor: "Sittwe", country: "MM", km: 70, notPlaces: []string{"Arakan Army"}},
		{doc: "EL FASHER, Sudan (Reuters) - RSF fighters shelled Zamzam camp, 15 km south of El Fasher, aid groups said. The North Darfur brigade of the army said it repelled the attack.",
			place: "Zamzam", anchor: "El Fasher", country: "SD", km: 15, mapped: []string{"Sudan"}, notPlaces: []string{"North Darfur", "RSF"}},
		{doc: "Rockets struck the Ain al-Asad air base, about 90 km west of Ramadi, in Anbar province, a security source said.",
			place: "Ain al-Asad", anchor: "Ramadi", country: "IQ", km: 90},
		{doc: "Suspected ADF rebels killed 18 villagers in Mukondi, a village 30 km west of Butembo, in North Kivu's Lubero territory, the army said.",
			place: "Mukondi", anchor: "Butembo", country: "CD", km: 30, notPlaces: []string{"ADF"}},
		{doc: "Abu Sayyaf gunmen kidnapped two fishermen off Tapul, an island some 30 km south of Jolo, in Sulu province, the coast guard said.",
			place: "Tapul", anchor: "Jolo", country: "PH", km: 30, notPlaces: []string{"Abu Sayyaf"}},
		{doc: "Des jihadistes ont attaqué un convoi sur la route entre Montepuez et Balama, près du village de Nropa, à 30 km à l'ouest de Montepuez.",
			place: "Nropa", anchor: "Montepuez", country: "MZ", km: 30},
	})
}
