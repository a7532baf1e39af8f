package locate

import "testing"

// TestSpellingTexts is a blind round of short English and French texts
// whose anchor is a real town of cities500 written the way real pages
// write it, which may not be the spelling the gazetteer holds:
// abbreviations (Ft., Mt., Pt., N., St-, Ste-), German and Scandinavian
// transliterations of umlauts, Slavic and Turkish romanisations, Arabic
// article and vowel forms, Persian and Indian colonial names, Chinese
// postal romanisations, French exonyms, and hyphen, space and apostrophe
// variants. The located places are invented. Written before the code was
// changed for them: 32 of 40 read right at first run (and a 33rd, whose
// anchor the case named "Caire" where the resolver names it "Le Caire",
// as the text's "du Caire" means). The abbreviations written out at
// lookup (gazetteer.AbbreviationForms) and "Pt." and "N." read as part of
// the name bring it to 39 of 40; "Ouaga", a short form GeoNames does not
// list, stays a known failure.
func TestSpellingTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// Abbreviations.
		{doc: "The cattle station of Cedar Glen Draw lies 25 km west of Ft. Worth, Texas.",
			place: "Cedar Glen Draw", anchor: "Ft. Worth", country: "US", km: 25},
		{doc: "Kijura Kasenda is a tea village 18 km south of Ft Portal.",
			place: "Kijura Kasenda", anchor: "Ft Portal", country: "UG", km: 18},
		{doc: "Cole Hollow is an unincorporated community 15 km north of Mt. Vernon, Ohio.",
			place: "Cole Hollow", anchor: "Mt. Vernon", country: "US", km: 15},
		{doc: "Clan fighting burned huts at Kuli Tambulga, 30 km west of Mt Hagen.",
			place: "Kuli Tambulga", anchor: "Mt Hagen", country: "PG", km: 30},
		{doc: "Leon Bend Landing lies 12 km north of Pt. Pleasant, West Virginia.",
			place: "Leon Bend Landing", anchor: "Pt. Pleasant", country: "US", km: 12},
		{doc: "Ogallah Draw is a ranching community 30 km west of N. Platte, Nebraska.",
			place: "Ogallah Draw", anchor: "N. Platte", country: "US", km: 30},
		{doc: "Zell Bottoms lies 10 km south of Ste. Genevieve, Missouri.",
			place: "Zell Bottoms", anchor: "Ste. Genevieve", country: "US", km: 10},
		{doc: "Le village de Ndiawdoun Peulh se trouve à 20 km à l'est de St-Louis, au Sénégal.",
			place: "Ndiawdoun Peulh", anchor: "St-Louis", country: "SN", km: 20},
		{doc: "Le hameau de Cap-Seize-Ouest est situé à 25 km à l'ouest de Ste-Anne-des-Monts.",
			place: "Cap-Seize-Ouest", anchor: "Ste-Anne-des-Monts", country: "CA", km: 25},
		// Umlauts and Scandinavian letters written out.
		{doc: "The hamlet of Ruhmbach Muehle lies 14 km north of Goettingen.",
			place: "Ruhmbach Muehle", anchor: "Goettingen", country: "DE", km: 14},
		{doc: "Kleinholthausen Heide is a farming village 20 km south of Duesseldorf.",
			place: "Kleinholthausen Heide", anchor: "Duesseldorf", country: "DE", km: 20},
		{doc: "Oberlauterbach Nord lies some 30 km north of Muenchen.",
			place: "Oberlauterbach Nord", anchor: "Muenchen", country: "DE", km: 30},
		{doc: "Skogsby Vang is a fishing village 15 km east of Malmoe.",
			place: "Skogsby Vang", anchor: "Malmoe", country: "SE", km: 15},
		{doc: "Kvitnes Fjellgard lies 25 km south of Tromsoe.",
			place: "Kvitnes Fjellgard", anchor: "Tromsoe", country: "NO", km: 25},
		{doc: "Hjortshoj Mark lies 12 km north of Århus.",
			place: "Hjortshoj Mark", anchor: "Århus", country: "DK", km: 12},
		// Slavic and Turkish romanisations.
		{doc: "Pisochyn Khutir is a village 20 km west of Kharkov.",
			place: "Pisochyn Khutir", anchor: "Kharkov", country: "UA", km: 20},
		{doc: "Balovne Nove lies 25 km east of Nikolayev, on the Southern Bug.",
			place: "Balovne Nove", anchor: "Nikolayev", country: "UA", km: 25},
		{doc: "Zymna Voda Dalnia lies 12 km west of Lvov.",
			place: "Zymna Voda Dalnia", anchor: "Lvov", country: "UA", km: 12},
		{doc: "Kvasyliv Novyi is a village 10 km south of Rovno.",
			place: "Kvasyliv Novyi", anchor: "Rovno", country: "UA", km: 10},
		{doc: "The refugee camp of Akcakale Tepe lies 40 km south of Urfa.",
			place: "Akcakale Tepe", anchor: "Urfa", country: "TR", km: 40},
		{doc: "Sadikoglu Koyu is a village 30 km north of Eskisehir.",
			place: "Sadikoglu Koyu", anchor: "Eskisehir", country: "TR", km: 30},
		// Arabic article and vowel forms; Persian.
		{doc: "Al-Jafra Gharbiya lies 10 km east of Deir el-Zour, on the Euphrates.",
			place: "Al-Jafra Gharbiya", anchor: "Deir el-Zour", country: "SY", km: 10},
		{doc: "Tal Hamam Saghir is a village 25 km north of Ar Raqqah.",
			place: "Tal Hamam Saghir", anchor: "Ar Raqqah", country: "SY", km: 25},
		{doc: "Shahrak Dehdadi Bala lies 15 km west of Mazar-i-Sharif.",
			place: "Shahrak Dehdadi Bala", anchor: "Mazar-i-Sharif", country: "AF", km: 15},
		// Indian colonial names and Chinese postal romanisations.
		{doc: "Kalyan Khurd Wadi lies 40 km north-east of Bombay.",
			place: "Kalyan Khurd Wadi", anchor: "Bombay", country: "IN", km: 40},
		{doc: "Khed Shivapur Budruk is a village 25 km south of Poona.",
			place: "Khed Shivapur Budruk", anchor: "Poona", country: "IN", km: 25},
		{doc: "The cantonment of Bithoor Ganj lay 20 km north-west of Cawnpore.",
			place: "Bithoor Ganj", anchor: "Cawnpore", country: "IN", km: 20},
		{doc: "Sarnath Khurd lies 10 km north of Benares.",
			place: "Sarnath Khurd", anchor: "Benares", country: "IN", km: 10},
		{doc: "The mission station of Panyu Dongshan lay 18 km south of Canton.",
			place: "Panyu Dongshan", anchor: "Canton", country: "CN", km: 18},
		{doc: "Tangku Xincun lies 40 km east of Tientsin.",
			place: "Tangku Xincun", anchor: "Tientsin", country: "CN", km: 40},
		// French exonyms.
		{doc: "Le village de Kafr Ghatati Bahri se trouve à 15 km à l'ouest du Caire.",
			place: "Kafr Ghatati Bahri", anchor: "Le Caire", country: "EG", km: 15},
		{doc: "Ouled Fayet Gharbi est une localité située à 20 km au sud-ouest d'Alger.",
			place: "Ouled Fayet Gharbi", anchor: "Alger", country: "DZ", km: 20},
		{doc: "Le hameau de Wijnegem-Bos est situé à 10 km à l'est d'Anvers.",
			place: "Wijnegem-Bos", anchor: "Anvers", country: "BE", km: 10},
		{doc: "Le village de Budenheim-Aue se trouve à 12 km au nord-ouest de Mayence.",
			place: "Budenheim-Aue", anchor: "Mayence", country: "DE", km: 12},
		{doc: "Le hameau de Donaustauf-Sulzbach est situé à 9 km à l'est de Ratisbonne.",
			place: "Donaustauf-Sulzbach", anchor: "Ratisbonne", country: "DE", km: 9},
		// Hyphen, space and apostrophe variants.
		{doc: "Le village de Koubri Yarce se trouve à 25 km au sud-est de Ouaga.",
			place: "Koubri Yarce", anchor: "Ouaga", country: "BF", km: 25,
			failing: "a short form the gazetteer lacks: Ouaga for Ouagadougou"},
		{doc: "Le camp de Kournari Djaména est situé à 30 km au sud de N'Djaména.",
			place: "Kournari Djaména", anchor: "N'Djaména", country: "TD", km: 30},
		{doc: "Gaoui Mandjafa lies 20 km north-east of Ndjamena.",
			place: "Gaoui Mandjafa", anchor: "Ndjamena", country: "TD", km: 20},
		{doc: "Le douar de Sidi Hamadouche Cheraga est situé à 18 km au nord de Sidi-Bel-Abbès.",
			place: "Sidi Hamadouche Cheraga", anchor: "Sidi-Bel-Abbès", country: "DZ", km: 18},
		{doc: "Albu Ajil Sharqi lies 15 km south of Ad-Dawr, on the Tigris.",
			place: "Albu Ajil Sharqi", anchor: "Ad-Dawr", country: "IQ", km: 15},
	})
}

// TestSpellingTextsSecond is a second round of the same classes in smaller
// towns, whose written-out spellings GeoNames lists less often, written
// after the fixes of the first and kept as first read: 10 of 10 read
// right, where the code before those fixes read none of them.
func TestSpellingTextsSecond(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Vallensbaek Mose is a hamlet 10 km west of Koege.",
			place: "Vallensbaek Mose", anchor: "Koege", country: "DK", km: 10},
		{doc: "Nodebo Overdrev lies 8 km north of Hilleroed.",
			place: "Nodebo Overdrev", anchor: "Hilleroed", country: "DK", km: 8},
		{doc: "Kjeller Nordre is a farm 6 km east of Lillestroem.",
			place: "Kjeller Nordre", anchor: "Lillestroem", country: "NO", km: 6},
		{doc: "Tillberga Gard lies 12 km north-east of Vaesteraas.",
			place: "Tillberga Gard", anchor: "Vaesteraas", country: "SE", km: 12},
		{doc: "Klosterlechfeld Sued lies 9 km south of Koenigsbrunn.",
			place: "Klosterlechfeld Sued", anchor: "Koenigsbrunn", country: "DE", km: 9},
		{doc: "Alerce Norte lies 15 km north of Pto. Montt.",
			place: "Alerce Norte", anchor: "Pto. Montt", country: "CL", km: 15},
		{doc: "Cotoca Arriba lies 20 km east of Sta. Cruz, Bolivia.",
			place: "Cotoca Arriba", anchor: "Sta. Cruz", country: "BO", km: 20},
		{doc: "Wellwood Flats lies 12 km south of Ft. Saskatchewan, Alberta.",
			place: "Wellwood Flats", anchor: "Ft. Saskatchewan", country: "CA", km: 12},
		{doc: "Le hameau de Pointe-Fortune-Est se trouve à 15 km à l'est de St-Lazare, au Québec.",
			place: "Pointe-Fortune-Est", anchor: "St-Lazare", country: "CA", km: 15},
		{doc: "Kuprus Bay lies 25 km north of Pt Augusta, South Australia.",
			place: "Kuprus Bay", anchor: "Pt Augusta", country: "AU", km: 25},
	})
}

// TestSpellingTextsCiudad reads Spanish abbreviations of a town's
// leading word that the gazetteer expands ("Cd." and "Cdad." for Ciudad,
// "Gral." for General): the reader neither ends the sentence at their
// point nor splits the name there.
func TestSpellingTextsCiudad(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Rancho Xolotepec lies 20 km south of Cd. Juárez.",
			place: "Rancho Xolotepec", anchor: "Cd. Juárez", country: "MX", km: 20},
		{doc: "Ejido Tlaxicuen is a village 15 km north of Cdad. Obregón, Sonora.",
			place: "Ejido Tlaxicuen", anchor: "Cdad. Obregón", country: "MX", km: 15},
		{doc: "Puesto Quimahue lies 25 km west of Gral. Roca, in Río Negro.",
			place: "Puesto Quimahue", anchor: "Gral. Roca", country: "AR", km: 25},
	})
}

// TestSkeletonTexts: anchors written in a romanisation that neither
// GeoNames' names nor its alternate names hold, in a country the text
// names, are found by their consonant skeleton (gazetteer.SpelledAlike).
// Of 29 such spellings of towns of the Sahel, Syria, Iraq, Afghanistan and
// Pakistan tried at first, 18 were already found under an alternate name;
// the skeleton finds 7 of the other 11. "Linguere", "Kayess", "Kiffah" and
// "Zinda" stay unfound: their skeletons are too short or other towns
// share them, or the letters differ by more than three in ten.
func TestSkeletonTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Kamboura Dessous is a village in Senegal, 20 km north of Ziguenchor.",
			place: "Kamboura Dessous", anchor: "Ziguenchor", country: "SN", km: 20},
		{doc: "Kamboura Dessous is a village in Senegal, 20 km north of Kedugu.",
			place: "Kamboura Dessous", anchor: "Kedugu", country: "SN", km: 20},
		{doc: "Ndiaganiao est une localité du Sénégal, située à 20 km au nord-est de Joal-Fadiouth.",
			place: "Ndiaganiao", anchor: "Joal-Fadiouth", country: "SN", km: 20},
		{doc: "Kamboura Dessous is a village in Mauritania, 20 km north of Nuakchott.",
			place: "Kamboura Dessous", anchor: "Nuakchott", country: "MR", km: 20},
		{doc: "Kamboura Dessous is a village in Niger, 20 km north of Birni-N'Konni.",
			place: "Kamboura Dessous", anchor: "Birni-N'Konni", country: "NE", km: 20},
		{doc: "Kamboura Dessous is a village in Syria, 20 km south of Tal Abiad.",
			place: "Kamboura Dessous", anchor: "Tal Abiad", country: "SY", km: 20},
		{doc: "Kamboura Dessous is a village in Afghanistan, 20 km north of Lashkargah.",
			place: "Kamboura Dessous", anchor: "Lashkargah", country: "AF", km: 20},
	})
}

// TestSkeletonListed: a town the text only lists, beside towns the
// gazetteer knows, is found by its consonant skeleton in their country
// ("Kauran Namoda" is GeoNames' Kaura Namoda); a list of persons is not.
func TestSkeletonListed(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Gunmen killed six people in Kauran Namoda and Zurmi, in Zamfara State.")
	if p := placeNamed(t, res, "Kauran Namoda"); !p.HasPoint || p.Country != "NG" {
		t.Errorf("Kauran Namoda in %q (point %v), want Kaura Namoda in NG", p.Country, p.HasPoint)
	}
	res = analyse(t, "Smith, Jones and Herat were arrested in Kabul.")
	for _, p := range res.Places {
		if p.Name == "Smith" || p.Name == "Jones" {
			if p.HasPoint {
				t.Errorf("%s mapped at %v, want no place", p.Name, p.Point)
			}
		}
	}
}
