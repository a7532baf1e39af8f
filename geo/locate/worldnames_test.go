package locate

import "testing"

// TestWorldNames reads a blind set of short texts on names and
// namesakes, written before locus was run on them, from every continent
// but the Sahel: apostrophes ("Carver's Hollow", "St. John's",
// "'s-Hertogenbosch", "Coeur d'Alene"), "St."/"Ste"/"San"/"Santa"/"São",
// particles ("de la", "del", "van"), Arabic article forms ("Al-Qamishli",
// "d'el-Qamishli"), diacritics both ways ("Sao Jose dos Campos"),
// parentheses with other scripts or names ("Lviv (Polish: Lwów)",
// "Leghorn (Livorno)"), "X, or Y", "X, also spelled Y", exonyms ("Le
// Caire", "Pékin", "Cologne", "Leghorn"), and namesakes told apart by a
// container ("Paris, Texas", "Hyderabad, Sindh", "Córdoba, Veracruz",
// "Victoria, British Columbia", « Paris, au Texas », « Victoria, en
// Colombie-Britannique »), or by the other places of the document
// (Birmingham after Montgomery and Tuscaloosa, Cambridge between Boston
// and Lowell). The located places are invented; the anchors are real
// towns of the gazetteer.
//
// First run, before any fix: 28 of 43 read right (English 21/29, French
// 7/14). French names of the divisions of other continents
// ("Colombie-Britannique", "Cap-Occidental", "Rhénanie-du-Nord-Westphalie",
// "Haute-Corse") were unknown, so Victoria was Hong Kong's; "Paris, au
// Texas" was Paris, France, the division being read as the measured
// place's; "en Argentine" was dropped as a demonym; "Leghorn (Livorno)"
// made Livorno a district of Suriname; "d'el-Qamishli" and
// "'s-Hertogenbosch" opened no name; « Karmir Gyugh, ou Karmirgyugh, »
// and « aussi orthographié » gave two places; "the Red River" was Red
// River County, Texas; "St. John's, Newfoundland" left the island
// unresolved.
//
// After the fixes: 41 of 43 ("Rangareddy district", which GeoNames
// spells Rangareddi, is a row of admin2Spellings). The failing ones are
// marked with their class.
func TestWorldNames(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// North America.
		{doc: "Kelmarsh Ridge is an unincorporated community 23 km northeast of Paris, Texas, on the road toward the Red River.",
			place: "Kelmarsh Ridge", anchor: "Paris", country: "US", km: 23, mapped: []string{"Texas"}, unplaced: []string{"Red River"}},
		{doc: "Mount Orrin is a small rural settlement 18 km north of Victoria, British Columbia.",
			place: "Mount Orrin", anchor: "Victoria", country: "CA", km: 18, mapped: []string{"British Columbia"}},
		{doc: "Brenholt is an unincorporated community located 12 miles (19 km) southeast of Springfield, Illinois.",
			place: "Brenholt", anchor: "Springfield", country: "US", km: 19, mapped: []string{"Illinois"}},
		{doc: "Carver's Hollow is a fishing settlement 9 miles west of St. John's, Newfoundland.",
			place: "Carver's Hollow", anchor: "St. John's", country: "CA", km: 14.5, mapped: []string{"Newfoundland"}},
		{doc: "Pointe-aux-Loups is a fishing hamlet 15 km east of Ste-Anne-des-Monts, Quebec.",
			place: "Pointe-aux-Loups", anchor: "Ste-Anne-des-Monts", country: "CA", km: 15, mapped: []string{"Quebec"}},
		{doc: "Cold Spring Hollow is a village 10 miles northeast of Athens, Ohio.",
			place: "Cold Spring Hollow", anchor: "Athens", country: "US", km: 16.1, mapped: []string{"Ohio"}},
		{doc: "The convoy drove from Montgomery to Tuscaloosa. Red Ore Gap, its last stop, lies 20 miles south of Birmingham.",
			place: "Red Ore Gap", anchor: "Birmingham", country: "US", km: 32.2, mapped: []string{"Montgomery", "Tuscaloosa"}},
		{doc: "Between Boston and Lowell, the village of Nashoba Glen sits 15 miles northwest of Cambridge.",
			place: "Nashoba Glen", anchor: "Cambridge", country: "US", km: 24.1, mapped: []string{"Boston", "Lowell"}},
		{doc: "Fernan's Landing is a lakeside community 12 km east of Coeur d'Alene, Idaho.",
			place: "Fernan's Landing", anchor: "Coeur d'Alene", country: "US", km: 12, mapped: []string{"Idaho"}},
		{doc: "Saint-Ours-des-Monts est une localité à 20 km à l'ouest de Saint-Jean-sur-Richelieu, au Québec.",
			place: "Saint-Ours-des-Monts", anchor: "Saint-Jean-sur-Richelieu", country: "CA", km: 20, mapped: []string{"Québec"}},
		{doc: "Mont-Carmel-des-Îles est un village situé à 30 km au nord de Victoria, en Colombie-Britannique.",
			place: "Mont-Carmel-des-Îles", anchor: "Victoria", country: "CA", km: 30, mapped: []string{"Colombie-Britannique"}},
		{doc: "Le hameau de Cañada Rucia se trouve à 30 km au sud de Paris, au Texas.",
			place: "Cañada Rucia", anchor: "Paris", country: "US", km: 30, mapped: []string{"Texas"}},
		// Latin America.
		{doc: "The estancia of Las Tunillas lies 65 km west of Córdoba, Argentina, in the foothills of the Sierras Chicas.",
			place: "Las Tunillas", anchor: "Córdoba", country: "AR", km: 65, mapped: []string{"Argentina"}},
		{doc: "Vila Nova do Turvo is a district about 35 km northwest of Sao Jose dos Campos, in the state of São Paulo.",
			place: "Vila Nova do Turvo", anchor: "Sao Jose dos Campos", country: "BR", km: 35, mapped: []string{"São Paulo"}},
		{doc: "Colonia Yapirú is a Mennonite settlement about 80 km north of Santa Cruz de la Sierra, Bolivia.",
			place: "Colonia Yapirú", anchor: "Santa Cruz de la Sierra", country: "BO", km: 80, mapped: []string{"Bolivia"}},
		{doc: "Nuevo Tlacotalpan, or Tlacotalpan Nuevo, is a village 12 km south of Córdoba, Veracruz.",
			place: "Nuevo Tlacotalpan", anchor: "Córdoba", country: "MX", km: 12, mapped: []string{"Veracruz"}},
		{doc: "Rancho de la Cruz del Norte is a hamlet 8 km west of San Miguel de Allende, Guanajuato.",
			place: "Rancho de la Cruz del Norte", anchor: "San Miguel de Allende", country: "MX", km: 8, mapped: []string{"Guanajuato"}},
		{doc: "Colonia Tirolesa Alta est une colonie agricole à 50 km à l'ouest de Córdoba, en Argentine.",
			place: "Colonia Tirolesa Alta", anchor: "Córdoba", country: "AR", km: 50, mapped: []string{"Argentine"}},
		// South and East Asia.
		{doc: "Qorvandi is a village about 40 km south of Hyderabad, Sindh, on the left bank of the Indus.",
			place: "Qorvandi", anchor: "Hyderabad", country: "PK", km: 40, mapped: []string{"Sindh"}, unplaced: []string{"Indus"}},
		{doc: "Kotri Jamali, also spelled Kotri Jamaly, is a village 30 km north of Hyderabad in Sindh province.",
			place: "Kotri Jamali", anchor: "Hyderabad", country: "PK", km: 30, mapped: []string{"Sindh"}},
		{doc: "Ghalpur is a village in Rangareddy district of Telangana, 25 km south of Hyderabad.",
			place: "Ghalpur", anchor: "Hyderabad", country: "IN", km: 25, mapped: []string{"Telangana", "Rangareddy"}},
		{doc: "Ban Nong Khiaw Noi is a village 22 km northeast of Chiang Mai, Thailand.",
			place: "Ban Nong Khiaw Noi", anchor: "Chiang Mai", country: "TH", km: 22, mapped: []string{"Thailand"}},
		{doc: "Sankhu Besi is a village 18 km east of Kathmandu in Bagmati Province, Nepal.",
			place: "Sankhu Besi", anchor: "Kathmandu", country: "NP", km: 18, mapped: []string{"Bagmati Province", "Nepal"}},
		{doc: "Xiaoshanzhuang est un bourg situé à 35 km au nord de Pékin.",
			place: "Xiaoshanzhuang", anchor: "Pékin", country: "CN", km: 35},
		// The Middle East and the Caucasus.
		{doc: "Tel Harbiya is a small Kurdish village 15 km south of Al-Qamishli, near the Turkish border.",
			place: "Tel Harbiya", anchor: "Al-Qamishli", country: "SY", km: 15},
		{doc: "Le village de Tal Hamid, aussi orthographié Tell Hamid, est situé à 20 km à l'ouest d'el-Qamishli.",
			place: "Tal Hamid", anchor: "el-Qamishli", country: "SY", km: 20, notPlaces: []string{"Tell Hamid"}},
		{doc: "Le village de Bir Hamdane se trouve à 40 km au sud-est du Caire.",
			place: "Bir Hamdane", anchor: "Le Caire", country: "EG", km: 40},
		{doc: "Tsveri is a village in the Shida Kartli region of Georgia, 14 km northwest of Gori.",
			place: "Tsveri", anchor: "Gori", country: "GE", km: 14, mapped: []string{"Shida Kartli", "Georgia"}},
		{doc: "Le village de Kvemo Achabeti est situé à 12 km au nord de Gori, en Géorgie.",
			place: "Kvemo Achabeti", anchor: "Gori", country: "GE", km: 12, mapped: []string{"Géorgie"}},
		{doc: "Karmir Gyugh, ou Karmirgyugh, est un village situé à 25 km à l'est de Gyumri, dans la province de Shirak.",
			place: "Karmir Gyugh", anchor: "Gyumri", country: "AM", km: 25, mapped: []string{"Shirak"}, notPlaces: []string{"Karmirgyugh"}},
		// Europe.
		{doc: "Zhovtyanka (Ukrainian: Жовтянка; Polish: Żółtanka) is a village 30 km east of Lviv (Polish: Lwów).",
			place: "Zhovtyanka", anchor: "Lviv", country: "UA", km: 30},
		{doc: "In 1799 the French fleet sheltered at Calafuria, 6 km south of Leghorn (Livorno), on the Tuscan coast.",
			place: "Calafuria", anchor: "Leghorn", country: "IT", km: 6, mapped: []string{"Livorno"}},
		{doc: "Oberbrüchhausen is a village about 25 km northwest of Cologne, in the Rhein-Erft district.",
			place: "Oberbrüchhausen", anchor: "Cologne", country: "DE", km: 25, mapped: []string{"Rhein-Erft"},
			failing: "a third-level division (a German Kreis) the gazetteer does not hold"},
		{doc: "De Hoeve van Gerwen is a farmstead 7 km east of 's-Hertogenbosch.",
			place: "De Hoeve van Gerwen", anchor: "'s-Hertogenbosch", country: "NL", km: 7},
		{doc: "Kerbréhan est un hameau situé à 12 km au nord-est de L'Île-Rousse, en Haute-Corse.",
			place: "Kerbréhan", anchor: "L'Île-Rousse", country: "FR", km: 12, mapped: []string{"Haute-Corse"}},
		{doc: "Sainte-Eulalie-de-Loire est un hameau situé à 15 km au nord de Valence, dans le département de la Drôme.",
			place: "Sainte-Eulalie-de-Loire", anchor: "Valence", country: "FR", km: 15, mapped: []string{"Drôme"}},
		{doc: "Le hameau de Pradelles-Hautes se trouve à 10 km à l'est de Saint-Flour, dans le département du Cantal.",
			place: "Pradelles-Hautes", anchor: "Saint-Flour", country: "FR", km: 10, mapped: []string{"Cantal"}},
		{doc: "Le village de Langenwald est situé à 18 km au sud de Cologne, en Rhénanie-du-Nord-Westphalie.",
			place: "Langenwald", anchor: "Cologne", country: "DE", km: 18, mapped: []string{"Rhénanie-du-Nord-Westphalie"}},
		// Southern Africa and Oceania.
		{doc: "Klein Drakenstein Poort is a farm settlement 11 km east of Paarl in the Western Cape.",
			place: "Klein Drakenstein Poort", anchor: "Paarl", country: "ZA", km: 11, mapped: []string{"Western Cape"}},
		{doc: "Le bourg de Kraaldorp se trouve à 25 km au nord de Stellenbosch, dans la province du Cap-Occidental.",
			place: "Kraaldorp", anchor: "Stellenbosch", country: "ZA", km: 25, mapped: []string{"Cap-Occidental"}},
		{doc: "Tarcutta Springs is a small locality 40 km south of Wagga Wagga, New South Wales.",
			place: "Tarcutta Springs", anchor: "Wagga Wagga", country: "AU", km: 40, mapped: []string{"New South Wales"}},
		{doc: "Mangaroa Pa is a Māori settlement on the Whanganui River, 14 km north of Whanganui.",
			place: "Mangaroa Pa", anchor: "Whanganui", country: "NZ", km: 14, unplaced: []string{"Whanganui River"}},
		{doc: "Like Fremantle and Mandurah, Wattle Brook belongs to greater Perth; it lies 28 km east of Perth.",
			place: "Wattle Brook", anchor: "Perth", country: "AU", km: 28, mapped: []string{"Fremantle", "Mandurah"},
			failing: "a pronoun after a semicolon stands for the subject; towns after \"Like\" are not listed"},
	})
}

// TestWorldNamesSecond reads a second blind set of the same class, written
// after the fixes of TestWorldNames and before locus was run on it: US,
// Latin American, Malaysian and British namesakes told apart by their
// state or country ("St. Petersburg, Florida", "San José, Costa Rica",
// "George Town, Penang", "Perth, Scotland"), abbreviations ("Mt. Vernon",
// "Ft. Worth"), other names in brackets ("Kraków (Cracow)", "Ho Chi Minh
// City (Saigon)", "Tbilisi (Georgian: თბილისი)"), French exonyms
// ("Saint-Pétersbourg", "Londres", "Moscou", "La Nouvelle-Orléans") and
// German towns whose bracket is part of their name.
//
// First run: 22 of 24. "Frankfurt (Oder)" and "Halle (Saale)" read the
// bracket as a container and took Frankfurt am Main and Halle in
// Belgium; the name with its bracket is now looked up first
// (parenQualified): 24 of 24.
func TestWorldNamesSecond(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Pelican Bayou is a neighborhood 14 km north of St. Petersburg, Florida.",
			place: "Pelican Bayou", anchor: "St. Petersburg", country: "US", km: 14, mapped: []string{"Florida"}},
		{doc: "Quebrada Honda Alta lies 25 km east of San José, Costa Rica.",
			place: "Quebrada Honda Alta", anchor: "San José", country: "CR", km: 25, mapped: []string{"Costa Rica"}},
		{doc: "Colonia Barón Sur is a small farming town 40 km south of Santa Rosa, La Pampa.",
			place: "Colonia Barón Sur", anchor: "Santa Rosa", country: "AR", km: 40, mapped: []string{"La Pampa"}},
		{doc: "Hollin Mills is an unincorporated community 8 miles south of Alexandria, Virginia.",
			place: "Hollin Mills", anchor: "Alexandria", country: "US", km: 12.9, mapped: []string{"Virginia"}},
		{doc: "Booßen-Nord is a village 6 km west of Frankfurt (Oder), near the Polish border.",
			place: "Booßen-Nord", anchor: "Frankfurt (Oder)", country: "DE", km: 6},
		{doc: "Dölauer Heide-Ost is a settlement 9 km northwest of Halle (Saale).",
			place: "Dölauer Heide-Ost", anchor: "Halle (Saale)", country: "DE", km: 9},
		{doc: "Le village de Koltushi-Novye se trouve à 25 km à l'est de Saint-Pétersbourg.",
			place: "Koltushi-Novye", anchor: "Saint-Pétersbourg", country: "RU", km: 25},
		{doc: "Le hameau de Little Brampton se trouve à 30 km au nord de Londres.",
			place: "Little Brampton", anchor: "Londres", country: "GB", km: 30},
		{doc: "Tambo Quemado Alto, a village in the Cusco Region of Peru, lies 20 km north of Cusco.",
			place: "Tambo Quemado Alto", anchor: "Cusco", country: "PE", km: 20, mapped: []string{"Cusco Region", "Peru"}},
		{doc: "Mahaicony Creek is a village 40 km east of Georgetown, Guyana.",
			place: "Mahaicony Creek", anchor: "Georgetown", country: "GY", km: 40, mapped: []string{"Guyana"}},
		{doc: "Kampung Sungai Tiram is a fishing village 12 km south of George Town, Penang.",
			place: "Kampung Sungai Tiram", anchor: "George Town", country: "MY", km: 12, mapped: []string{"Penang"}},
		{doc: "Ejido Zaragoza Norte is a settlement 30 km south of Ciudad Juarez, Chihuahua.",
			place: "Ejido Zaragoza Norte", anchor: "Ciudad Juarez", country: "MX", km: 30, mapped: []string{"Chihuahua"}},
		{doc: "Binbrook Flats is a rural community 15 km southeast of Hamilton, Ontario.",
			place: "Binbrook Flats", anchor: "Hamilton", country: "CA", km: 15, mapped: []string{"Ontario"}},
		{doc: "Kinnaird Mains is a farm 10 km east of Perth, Scotland.",
			place: "Kinnaird Mains", anchor: "Perth", country: "GB", km: 10, mapped: []string{"Scotland"}},
		{doc: "Tskneti-Zemo (Georgian: წყნეთი) is a village 9 km west of Tbilisi (Georgian: თბილისი).",
			place: "Tskneti-Zemo", anchor: "Tbilisi", country: "GE", km: 9},
		{doc: "Le village de Bovlei-Noord est situé à 12 km au nord de Wellington, dans la province du Cap-Occidental.",
			place: "Bovlei-Noord", anchor: "Wellington", country: "ZA", km: 12, mapped: []string{"Cap-Occidental"}},
		{doc: "Wola Zabierzowska Górna is a village 15 km east of Kraków (Cracow), in Lesser Poland.",
			place: "Wola Zabierzowska Górna", anchor: "Kraków", country: "PL", km: 15, mapped: []string{"Lesser Poland"}},
		{doc: "Owl Creek Hollow is a community 6 miles north of Mt. Vernon, Ohio.",
			place: "Owl Creek Hollow", anchor: "Mt. Vernon", country: "US", km: 9.7, mapped: []string{"Ohio"}},
		{doc: "Le village de Bogoroditskoye-Nord se trouve à 40 km au sud de Moscou.",
			place: "Bogoroditskoye-Nord", anchor: "Moscou", country: "RU", km: 40},
		{doc: "Bayou Vert est un hameau à 25 km à l'ouest de La Nouvelle-Orléans, en Louisiane.",
			place: "Bayou Vert", anchor: "La Nouvelle-Orléans", country: "US", km: 25, mapped: []string{"Louisiane"}},
		{doc: "Richland Bend is a small community 20 miles west of Ft. Worth, Texas.",
			place: "Richland Bend", anchor: "Ft. Worth", country: "US", km: 32.2, mapped: []string{"Texas"}},
		{doc: "Xã Phú Mỹ Tây is a commune 18 km west of Ho Chi Minh City (Saigon).",
			place: "Xã Phú Mỹ Tây", anchor: "Ho Chi Minh City", country: "VN", km: 18},
		{doc: "Le bourg de Santa Rita do Norte se trouve à 30 km au nord de São Paulo, au Brésil.",
			place: "Santa Rita do Norte", anchor: "São Paulo", country: "BR", km: 30, mapped: []string{"Brésil"}},
		{doc: "Kasba Tadla-Est is a village 15 km east of Béni Mellal (also spelled Beni-Mellal).",
			place: "Kasba Tadla-Est", anchor: "Béni Mellal", country: "MA", km: 15},
	})
}

// TestWorldNamesThird reads a third blind set, written after the fixes of
// TestWorldNamesSecond: provinces, oblasts and counties of Asia, Europe
// and the Americas ("in Kandahar province", "in Kharkiv Oblast", "in
// Esmeralda County, Nevada"), French departments and exonyms
// ("Salonique", "Trois-Rivieres, au Quebec" without accents), namesakes
// told apart by their state ("Middelburg, Mpumalanga", "Santa Fe, New
// Mexico") or by the other places of the document.
//
// First run: 13 of 15. Seville and Málaga after "After" are read as
// capitalised words only, so nothing tells Córdoba, Spain from the
// larger Córdoba in Argentina; "Chak 45/NB-East" is cut at its number.
func TestWorldNamesThird(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Deh-e Kalan is a village in Kandahar province, 35 km west of Kandahar.",
			place: "Deh-e Kalan", anchor: "Kandahar", country: "AF", km: 35},
		{doc: "Qiaotou Xincun is a village in Jiangsu province, about 20 km north of Suzhou.",
			place: "Qiaotou Xincun", anchor: "Suzhou", country: "CN", km: 20, mapped: []string{"Jiangsu"}},
		{doc: "Zelena Dolyna is a village in Kharkiv Oblast, 25 km south of Kharkiv.",
			place: "Zelena Dolyna", anchor: "Kharkiv", country: "UA", km: 25, mapped: []string{"Kharkiv Oblast"}},
		{doc: "Barrio Tagbak Norte is a village 15 km north of Iloilo City, in Iloilo province.",
			place: "Barrio Tagbak Norte", anchor: "Iloilo City", country: "PH", km: 15, mapped: []string{"Iloilo"}},
		{doc: "Le hameau de Lescuroux se trouve à 8 km au sud de Saint-Affrique, dans le département de l'Aveyron.",
			place: "Lescuroux", anchor: "Saint-Affrique", country: "FR", km: 8, mapped: []string{"Aveyron"}},
		{doc: "After Seville and Málaga, the tour reached Cortijo del Alamillo, 30 km south of Córdoba.",
			place: "Cortijo del Alamillo", anchor: "Córdoba", country: "ES", km: 30, mapped: []string{"Seville", "Málaga"},
			failing: "towns listed after \"After\" are capitalised words only, and tell no namesake apart"},
		{doc: "Silver Peak Junction is a ghost town 40 miles southwest of Tonopah, in Esmeralda County, Nevada.",
			place: "Silver Peak Junction", anchor: "Tonopah", country: "US", km: 64.4, mapped: []string{"Nevada"}},
		{doc: "Naujoji Rūdninkai is a village 30 km south of Vilnius (Polish: Wilno).",
			place: "Naujoji Rūdninkai", anchor: "Vilnius", country: "LT", km: 30, notPlaces: []string{"Polish"}},
		{doc: "The mission of San Isidro del Bajo stood 12 leagues — about 50 km — north of Santa Fe, New Mexico.",
			place: "San Isidro del Bajo", anchor: "Santa Fe", country: "US", km: 50, mapped: []string{"New Mexico"}},
		{doc: "Le village de Kounoupitsa-Ano est à 10 km à l'ouest de Salonique, en Grèce.",
			place: "Kounoupitsa-Ano", anchor: "Salonique", country: "GR", km: 10, mapped: []string{"Grèce"}},
		{doc: "Chak 45/NB-East is a village 20 km east of Sargodha, Punjab.",
			place: "Chak 45/NB-East", anchor: "Sargodha", country: "PK", km: 20, mapped: []string{"Punjab"}},
		{doc: "Mpumalanga Heights is a township 18 km northeast of Middelburg, Mpumalanga.",
			place: "Mpumalanga Heights", anchor: "Middelburg", country: "ZA", km: 18, mapped: []string{"Mpumalanga"}},
		{doc: "Le hameau de Pointe-à-Boisvert est à 15 km au nord-est de Trois-Rivieres, au Quebec.",
			place: "Pointe-à-Boisvert", anchor: "Trois-Rivieres", country: "CA", km: 15, mapped: []string{"Quebec"}},
		{doc: "Vale do Sossego is a village 40 km west of Vitoria da Conquista, Bahia.",
			place: "Vale do Sossego", anchor: "Vitoria da Conquista", country: "BR", km: 40, mapped: []string{"Bahia"}},
		{doc: "Rio Claro Abajo lies 22 km south of Santiago de los Caballeros, in the Dominican Republic.",
			place: "Rio Claro Abajo", anchor: "Santiago de los Caballeros", country: "DO", km: 22, mapped: []string{"Dominican Republic"}},
	})
}

// TestWorldNamesFourth reads a fourth blind set: French exonyms of
// European, African and Asian towns ("Aix-la-Chapelle", "Ratisbonne",
// "Anvers", "du Cap", "La Haye", "Mayence", "Bâle"), abbreviated saints
// ("Sta. Cruz, Laguna"), old and local names in brackets ("Bombay (now
// Mumbai)", "Krung Thep (Bangkok)"), and a namesake told apart by what
// it is the capital of.
//
// First run: 14 of 15 and the capital's one wrong. "Saint John's,
// Antigua" takes Antigua for the town in the Canary Islands: the island
// names its country, Antigua and Barbuda, which the gazetteer knows by
// its full name only, and a town of Guatemala bears the short one. The
// state a town is the capital of ("Springfield, the capital of
// Illinois") was looked up as a town (a hamlet of Missouri), and the
// anchor was Springfield, Missouri; it is now a container (container).
func TestWorldNamesFourth(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Le village de Brenig-Hof se trouve à 12 km au sud-ouest d'Aix-la-Chapelle.",
			place: "Brenig-Hof", anchor: "Aix-la-Chapelle", country: "DE", km: 12},
		{doc: "Le hameau de Wörth-Süd est situé à 15 km au nord de Ratisbonne, en Bavière.",
			place: "Wörth-Süd", anchor: "Ratisbonne", country: "DE", km: 15, mapped: []string{"Bavière"}},
		{doc: "Le village de Zoersel-Heide se trouve à 20 km à l'est d'Anvers.",
			place: "Zoersel-Heide", anchor: "Anvers", country: "BE", km: 20},
		{doc: "Le hameau de Kraaifontein-Oos est situé à 25 km au nord-est du Cap, en Afrique du Sud.",
			place: "Kraaifontein-Oos", anchor: "Le Cap", country: "ZA", km: 25, mapped: []string{"Afrique du Sud"}},
		{doc: "Le quartier de Wateringen-Zuid se trouve à 8 km au sud de La Haye.",
			place: "Wateringen-Zuid", anchor: "La Haye", country: "NL", km: 8},
		{doc: "Le village de Badli Khurd est situé à 20 km au nord-ouest de New Delhi.",
			place: "Badli Khurd", anchor: "New Delhi", country: "IN", km: 20},
		{doc: "Sta. Monica Norte is a barangay 10 km north of Sta. Cruz, Laguna.",
			place: "Sta. Monica Norte", anchor: "Sta. Cruz", country: "PH", km: 10, mapped: []string{"Laguna"}},
		{doc: "Ocean Heights is a hamlet 6 km east of Saint John's, Antigua.",
			place: "Ocean Heights", anchor: "Saint John's", country: "AG", km: 6, mapped: []string{"Antigua"},
			failing: "an island that names its country (Antigua and Barbuda) by its short name, which a town elsewhere bears"},
		{doc: "Little Mwanza is a village 30 km west of Mwanza, on Lake Victoria.",
			place: "Little Mwanza", anchor: "Mwanza", country: "TZ", km: 30, unplaced: []string{"Lake Victoria"}},
		{doc: "Le village de Tannenkirch-Haut se trouve à 10 km au sud de Mayence.",
			place: "Tannenkirch-Haut", anchor: "Mayence", country: "DE", km: 10},
		{doc: "Ban Khlong Sip is a village 30 km north of Krung Thep (Bangkok).",
			place: "Ban Khlong Sip", anchor: "Krung Thep", country: "TH", km: 30},
		{doc: "Le hameau de Kirchberg-Ost se trouve à 18 km au nord de Bâle, en Allemagne.",
			place: "Kirchberg-Ost", anchor: "Bâle", country: "CH", km: 18, mapped: []string{"Allemagne"}},
		{doc: "Kalyan Nagar-East is a suburb 25 km northeast of Bombay (now Mumbai).",
			place: "Kalyan Nagar-East", anchor: "Bombay", country: "IN", km: 25},
		{doc: "Kawarau Flats is a locality 20 km east of Queenstown, New Zealand.",
			place: "Kawarau Flats", anchor: "Queenstown", country: "NZ", km: 20, mapped: []string{"New Zealand"}},
		{doc: "Mbeya Juu is a village 15 km north of Mbeya in the Southern Highlands of Tanzania.",
			place: "Mbeya Juu", anchor: "Mbeya", country: "TZ", km: 15, mapped: []string{"Tanzania"}},
		{doc: "Brenholt lies 12 miles southeast of Springfield, the capital of Illinois.",
			place: "Brenholt", anchor: "Springfield", country: "US", km: 19.3, mapped: []string{"Illinois"}},
	})
	res := analyse(t, "Brenholt lies 12 miles southeast of Springfield, the capital of Illinois.")
	if p := placeNamed(t, res, "Springfield"); p.Gazetteer == nil || p.Gazetteer.Admin1Code != "IL" {
		t.Errorf("Springfield is %+v, want the capital of Illinois", p.Gazetteer)
	}
}
