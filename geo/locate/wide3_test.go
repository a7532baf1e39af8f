package locate

import (
	"math"
	"strings"
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestWideTextsThird reads a third blind set of short worldwide texts,
// written before locus was run on them, in the styles of news reports,
// situation reports, travel writing and encyclopedia stubs, on every
// continent. The located places are invented; the anchors are real
// towns of the gazetteer and each stated distance and direction was
// computed on the ellipsoid to fall in the country the text implies.
//
// First run, before any fix: 33 of 40 read right (names 14/15, lists
// 2/3, non-places 6/6, subjects 7/9, containers 3/4, degrade 1/3). St.
// John's lost its possessive and the distance with it; "Van der Merwe's
// Drift" split at the possessive; "The worst-hit village, Chingoni, lies"
// had no subject; a prepositional insert after a fronted distance ("About
// 30 km north-west of Timaru, in the foothills, stands ...") hid the late
// subject; "the outstation of X" was no descriptor, so the inversion lost
// X; two distances that cannot both hold placed the camp at the edge of
// the nearer one (35.6 km for 30, flagged); "lies about km east of"
// read nothing. After the fixes: 38 of 40, the two left in
// TestWideTextsThirdDegrade, which asserts what is kept of them.
func TestWideTextsThird(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []textCase{
		// Names: hyphens, St./Saint, particles, Arabic articles,
		// diacritics both ways, pronunciations, other scripts.
		{doc: "Pen-y-Garth, a hamlet in the hills of north Wales, lies 9 km south-west of Llangollen.",
			place: "Pen-y-Garth", anchor: "Llangollen", country: "GB", km: 9},
		{doc: "St. Brendan's Harbour is an outport on the Avalon Peninsula, some 35 km south-west of St. John's, Newfoundland.",
			place: "St. Brendan's Harbour", anchor: "St. John's", country: "CA", km: 35},
		{doc: "Saint Rosalie Mission stands 40 miles north of Gallup, New Mexico, on the Navajo reservation.",
			place: "Saint Rosalie Mission", anchor: "Gallup", country: "US", km: 64.4, notPlaces: []string{"Navajo"}},
		{doc: "Douar Ouled Ben Salem is a farming village 18 km west of Kairouan.",
			place: "Douar Ouled Ben Salem", anchor: "Kairouan", country: "TN", km: 18},
		{doc: "Aid reached the village of Tal Khanzir, 25 km north-west of al-Hasakah, on Tuesday.",
			place: "Tal Khanzir", anchor: "al-Hasakah", country: "SY", km: 25},
		{doc: "Umm Sidr lies about 60 km north-east of el-Obeid, in North Kordofan.",
			place: "Umm Sidr", anchor: "el-Obeid", country: "SD", km: 60},
		{doc: "Almáskert is a hamlet 20 km south-east of Nyiregyhaza, Hungary.",
			place: "Almáskert", anchor: "Nyiregyhaza", country: "HU", km: 20},
		{doc: "The Thai village of Bản Na Hẹ lies 18 km east of Điện Biên Phủ.",
			place: "Bản Na Hẹ", anchor: "Điện Biên Phủ", country: "VN", km: 18, notPlaces: []string{"Thai"}},
		{doc: "Tlalcoyunca (tlal-koh-YOON-kah) is a hamlet 20 km south of Cuernavaca, Morelos.",
			place: "Tlalcoyunca", anchor: "Cuernavaca", country: "MX", km: 20},
		{doc: "The ger camp of Khustain Tolgoi lies 60 km south-west of Ulaanbaatar (Улаанбаатар).",
			place: "Khustain Tolgoi", anchor: "Ulaanbaatar", country: "MN", km: 60},
		{doc: "Sainte-Rose-des-Monts est un hameau situé à 30 km au sud-est de Rimouski, au Québec.",
			place: "Sainte-Rose-des-Monts", anchor: "Rimouski", country: "CA", km: 30},
		{doc: "Le hameau de Froidefontaine-lez-Ciney se trouve à 8 km au sud de Ciney, en province de Namur.",
			place: "Froidefontaine-lez-Ciney", anchor: "Ciney", country: "BE", km: 8},
		{doc: "Sidi Ali Ben Nasr est une bourgade située à 22 km au sud-ouest de Béja.",
			place: "Sidi Ali Ben Nasr", anchor: "Béja", country: "TN", km: 22},
		{doc: "Le poste d'Oum Tiour-Est se trouve à 70 km à l'est d'El-Oued, près de la frontière tunisienne.",
			place: "Oum Tiour-Est", anchor: "El-Oued", country: "DZ", km: 70},
		{doc: "Le camp de Goz Amir-Nord est situé à 45 km au sud de Goz Beïda, dans l'est du Tchad.",
			place: "Goz Amir-Nord", anchor: "Goz Beïda", country: "TD", km: 45},
		// Lists: every town listed is a place.
		{doc: "Floods have displaced families in Blantyre, Zomba and Mangochi. The worst-hit village, Chingoni, lies 30 km north-east of Zomba.",
			place: "Chingoni", anchor: "Zomba", country: "MW", km: 30, mapped: []string{"Blantyre", "Mangochi"}},
		{doc: "Flooding closed roads between Chaguanas and Couva; the village of Barrackpore East lies 15 km south-east of San Fernando.",
			place: "Barrackpore East", anchor: "San Fernando", country: "TT", km: 15, mapped: []string{"Chaguanas", "Couva"}},
		{doc: "Les habitants d'Antsirabe, de Fianarantsoa et d'Ambositra ont été touchés par le cyclone ; le village d'Ambohimanjaka, à 25 km à l'ouest d'Ambositra, reste isolé.",
			place: "Ambohimanjaka", anchor: "Ambositra", country: "MG", km: 25, mapped: []string{"Antsirabe", "Fianarantsoa"}},
		// Non-places: agencies, demonyms, peoples, languages, groups.
		{doc: "Quechua and Aymara speakers from Puno and Juliaca gather each year at Ccotos Alto, a hamlet 15 km south of Puno.",
			place: "Ccotos Alto", anchor: "Puno", country: "PE", km: 15, mapped: []string{"Juliaca"}, notPlaces: []string{"Quechua", "Aymara"}},
		{doc: "Mortar fire hit a checkpoint 15 km west of Ramadi, Iraqi officials said.",
			place: "a checkpoint", anchor: "Ramadi", country: "IQ", km: 15, notPlaces: []string{"Iraqi"}},
		{doc: "UNHCR and WFP staff reached a displacement site 40 km north of Baidoa, where al-Shabaab fighters had been active.",
			place: "a displacement site", anchor: "Baidoa", country: "SO", km: 40, notPlaces: []string{"UNHCR", "WFP", "al-Shabaab"}},
		{doc: "Congolese troops and MONUSCO peacekeepers retook the mining village of Lwizi, 50 km north-west of Goma, from M23 rebels.",
			place: "Lwizi", anchor: "Goma", country: "CD", km: 50, notPlaces: []string{"Congolese", "MONUSCO", "M23"}},
		{doc: "Selon l'OCHA et la Croix-Rouge haïtienne, le campement de Nan Mango, à 18 km au nord-est des Cayes, accueille 2 000 déplacés.",
			place: "Nan Mango", anchor: "Les Cayes", country: "HT", km: 18, notPlaces: []string{"OCHA", "Croix-Rouge", "Croix-Rouge haïtienne"}},
		{doc: "Des Casques bleus pakistanais ont sécurisé le puits de Kilo-Nord, à 40 km au nord-est de Bunia.",
			place: "Kilo-Nord", anchor: "Bunia", country: "CD", km: 40, notPlaces: []string{"Casques bleus"}},
		// Subjects: descriptor nouns, late subjects, inversions, borders.
		{doc: "The small oasis of Ain Zeitouna Gharbiya lies 30 km west of Siwa, near the Libyan border.",
			place: "Ain Zeitouna Gharbiya", anchor: "Siwa", country: "EG", km: 30},
		{doc: "Dhanpur Bazar is a small market town 25 km north-east of Nepalgunj.",
			place: "Dhanpur Bazar", anchor: "Nepalgunj", country: "NP", km: 25},
		{doc: "The reindeer outpost of Tuora-Kyuel lies 70 km north of Yakutsk.",
			place: "Tuora-Kyuel", anchor: "Yakutsk", country: "RU", km: 70},
		{doc: "About 30 km north-west of Timaru, in the foothills, stands the sheep station of Glenmore Downs.",
			place: "Glenmore Downs", anchor: "Timaru", country: "NZ", km: 30},
		{doc: "Alice Springs lies 75 km east of the outstation of Ulpanyali.",
			place: "Ulpanyali", anchor: "Alice Springs", country: "AU", km: 75},
		{doc: "The estancia of La Pirca lies 40 km west of Mendoza, about 65 km east of the Chilean border.",
			place: "La Pirca", anchor: "Mendoza", country: "AR", km: 40},
		{doc: "À une douzaine de kilomètres au nord-ouest de Fribourg se trouve le hameau de Planchamp-Dessous.",
			place: "Planchamp-Dessous", anchor: "Fribourg", country: "CH", km: 12},
		{doc: "Mokolo se trouve à 45 km au sud-ouest du campement de Djaoudé.",
			place: "Djaoudé", anchor: "Mokolo", country: "CM", km: 45},
		{doc: "Ndiaye Mbaye est un gros bourg agricole à 35 km à l'est de Louga.",
			place: "Ndiaye Mbaye", anchor: "Louga", country: "SN", km: 35},
		// Containers and namesakes.
		{doc: "Van der Merwe's Drift is a farm settlement 30 km east of Upington in South Africa's Northern Cape.",
			place: "Van der Merwe's Drift", anchor: "Upington", country: "ZA", km: 30},
		{doc: "Fern Hollow is a hamlet 15 km west of Portland, Maine.",
			place: "Fern Hollow", anchor: "Portland", country: "US", km: 15},
		{doc: "Mill Bay Landing is 20 km north-west of Victoria, British Columbia.",
			place: "Mill Bay Landing", anchor: "Victoria", country: "CA", km: 20},
		{doc: "Le village de Mouit-Nord est à 15 km au sud de Saint-Louis, au Sénégal.",
			place: "Mouit-Nord", anchor: "Saint-Louis", country: "SN", km: 15},
		// Degrade, never drop: an anchor the gazetteer lacks.
		{doc: "Kopje Kraal is 12 km south of Mpofu Siding and 45 km north of Bulawayo.",
			place: "Kopje Kraal", anchor: "Bulawayo", country: "ZW", km: 45},
	}
	checkTexts(t, tests)
}

// TestWideTextsThirdDegrade: texts that cannot be read whole still give
// what remains, marked. Two stated distances that cannot both hold settle
// at the compromise point, contradicted, with both flagged: the point
// (35.6 km north of Moroto) lies beyond the allowed reading of 30 km
// (18.5 to 33.5 km with the town's extent) as of 90 km, so neither holds
// there and flagging only one would be false. A distance whose number is
// missing ("about km east of Maiduguri", « à km au nord de Bouar») is read
// as its direction alone, with a note saying the number is missing and the
// distance not measured: alone, a direction does not bound a place ("X
// lies east of Y" is unresolved as well), so the place is unresolved with
// that note; crossing another direction, it is placed where the sectors
// cross, as directions alone are, with the same note. With no direction
// either ("about km from Maiduguri", « à km de Bouar») the place is still
// listed, unresolved, with the note, and no distance is invented.
func TestWideTextsThirdDegrade(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		doc, place, anchor, country string
		mapped                      bool    // whether the place gets a point
		bearing                     float64 // degrees from the anchor, for a mapped place
		status                      Status  // of the place
		note                        string  // in the place's note
	}{
		{"Nakapelimoru Camp lies 30 km north of Moroto. Other reports place it 90 km north of Moroto.",
			"Nakapelimoru Camp", "Moroto", "UG", true, 0, StatusContradicted, ""},
		{"The Kawuri Two camp lies about km east of Maiduguri, officials said.",
			"Kawuri Two", "Maiduguri", "NG", false, 0, StatusUnresolved, "without its number"},
		{"Le site de Kaga-Nord est situé à km au nord de Bouar, selon le HCR.",
			"Kaga-Nord", "Bouar", "CF", false, 0, StatusUnresolved, "without its number"},
		{"The Kawuri Two camp lies about km from Maiduguri, officials said.",
			"Kawuri Two", "Maiduguri", "NG", false, 0, StatusUnresolved, "without its number, so it is not measured"},
		{"Le village de Ngam Kossi se trouve à km de Bouar.",
			"Ngam Kossi", "Bouar", "CF", false, 0, StatusUnresolved, "without its number, so it is not measured"},
		{"The Kawuri Two camp lies about km east of Maiduguri and north of Konduga, officials said.",
			"Kawuri Two", "Maiduguri", "NG", true, 90, StatusLocated, "without its number"},
		{"Le camp de Kawuri-Deux est situé à km à l'est de Maiduguri et au nord de Konduga, selon le HCR.",
			"Kawuri-Deux", "Maiduguri", "NG", true, 90, StatusLocated, "without its number"},
	}
	for _, tt := range tests {
		t.Run(tt.place, func(t *testing.T) {
			res := analyse(t, tt.doc)
			p := placeNamed(t, res, tt.place)
			a := placeNamed(t, res, tt.anchor)
			if a.Source != SourceGazetteer || a.Country != tt.country {
				t.Errorf("%s: %s is %s in %q, want the gazetteer's in %s", tt.doc, tt.anchor, a.Source, a.Country, tt.country)
			}
			if p.Status != tt.status || !strings.Contains(p.Note, tt.note) {
				t.Errorf("%s: %s is %s (%q), want %s with a note saying %q", tt.doc, tt.place, p.Status, p.Note, tt.status, tt.note)
			}
			if p.HasPoint != tt.mapped {
				t.Fatalf("%s: %s has a point %v, want %v", tt.doc, tt.place, p.HasPoint, tt.mapped)
			}
			if !tt.mapped {
				return
			}
			if b := geo.Azimuth(a.Point, p.Point); math.Abs(geo.AngleDiff(b, tt.bearing)) > 45 {
				t.Errorf("%s: %s lies at %.0f° from %s, want about %.0f°", tt.doc, tt.place, b, tt.anchor, tt.bearing)
			}
			if tt.status == StatusLocated && (p.Region == nil || !p.Region.Contains(p.Point)) {
				t.Errorf("%s: %s has no region around its point", tt.doc, tt.place)
			}
		})
	}
}

// TestWideTextsThirdSecond is a second blind round of the same kinds in
// other countries, written after the fixes the first round led to and
// kept as first read: 18 of 20 read right. "the Nasa reserve of X" is no
// descriptor ("reserve" is not one, and a people before it is taken for a
// name), and the French missing number of TestWideTextsThirdDegrade.
func TestWideTextsThirdSecond(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []textCase{
		// Names.
		{doc: "Fjellstua is a mountain farm 25 km south-east of Tromso.",
			place: "Fjellstua", anchor: "Tromso", country: "NO", km: 25},
		{doc: "The hamlet of Nowa Wólka lies 18 km south-west of Bialystok.",
			place: "Nowa Wólka", anchor: "Bialystok", country: "PL", km: 18},
		{doc: "Karakuyu Yaylası, a summer pasture, lies 35 km east of Erzurum (Armenian: Karin).",
			place: "Karakuyu Yaylası", anchor: "Erzurum", country: "TR", km: 35, notPlaces: []string{"Armenian"}},
		{doc: "Fighting reached the hamlet of Bayt al-Faqih Sharqi, 15 km east of al-Hudaydah.",
			place: "Bayt al-Faqih Sharqi", anchor: "al-Hudaydah", country: "YE", km: 15},
		{doc: "Aït Ben Moussa est un douar situé à 25 km au nord-ouest de Ouarzazate.",
			place: "Aït Ben Moussa", anchor: "Ouarzazate", country: "MA", km: 25},
		{doc: "Saint-Élie-de-la-Montagne est un hameau à 40 km au nord de Trois-Rivières.",
			place: "Saint-Élie-de-la-Montagne", anchor: "Trois-Rivières", country: "CA", km: 40},
		// Lists and non-places.
		{doc: "Taliban fighters and Afghan police clashed in Kunduz, Taloqan and Khanabad; the village of Deh-e Naw Sufla lies 20 km west of Kunduz.",
			place: "Deh-e Naw Sufla", anchor: "Kunduz", country: "AF", km: 20, mapped: []string{"Taloqan", "Khanabad"}, notPlaces: []string{"Taliban", "Afghan"}},
		{doc: "Indonesian rescuers from BNPB reached Kampung Baru Hilir, a fishing settlement 22 km south of Palu.",
			place: "Kampung Baru Hilir", anchor: "Palu", country: "ID", km: 22, notPlaces: []string{"BNPB", "Indonesian"}},
		{doc: "Afar and Issa herders from Semera and Dubti met at the well of Dobi Ale, 45 km north-west of Semera.",
			place: "Dobi Ale", anchor: "Semera", country: "ET", km: 45, mapped: []string{"Dubti"}, notPlaces: []string{"Afar", "Issa"}},
		{doc: "Les habitants de Tyr, de Nabatieh et de Marjayoun ont fui vers Saïda ; selon la FINUL, le hameau de Deir Mimas Tahta, à 8 km au nord-ouest de Marjayoun, a été bombardé.",
			place: "Deir Mimas Tahta", anchor: "Marjayoun", country: "LB", km: 8, mapped: []string{"Tyr", "Nabatieh", "Saïda"}, notPlaces: []string{"FINUL"}},
		// Subjects.
		{doc: "Some 40 km south-east of Popayán lies the Nasa reserve of Tóez Alto.",
			place: "Tóez Alto", anchor: "Popayán", country: "CO", km: 40, notPlaces: []string{"Nasa"},
			failing: "a reserve named with its people (the Nasa reserve of X) is no descriptor"},
		{doc: "Lodwar lies 45 km south-east of the outpost of Lokiriama Hills.",
			place: "Lokiriama Hills", anchor: "Lodwar", country: "KE", km: 45},
		{doc: "The Wayuu settlement of Jepirachi Arriba lies about 12 km west of the Venezuelan border and 25 km north-east of Maicao.",
			place: "Jepirachi Arriba", anchor: "Maicao", country: "CO", km: 25, notPlaces: []string{"Wayuu"}},
		{doc: "À une vingtaine de kilomètres au sud-est de Parakou se trouve le hameau de Tchatchou-Gah.",
			place: "Tchatchou-Gah", anchor: "Parakou", country: "BJ", km: 20},
		{doc: "Man se trouve à 30 km au nord du campement de Gbêpleu-Sud.",
			place: "Gbêpleu-Sud", anchor: "Man", country: "CI", km: 30},
		// Containers and namesakes.
		{doc: "Kothapur Wadi is a village 30 km north of Aurangabad, Maharashtra.",
			place: "Kothapur Wadi", anchor: "Aurangabad", country: "IN", km: 30},
		{doc: "The barangay of San Isidro Norte lies 15 km east of Laoag, Ilocos Norte.",
			place: "San Isidro Norte", anchor: "Laoag", country: "PH", km: 15},
		{doc: "Le village de Kalia-Bas est à 20 km au nord-est de Kindia, en Guinée.",
			place: "Kalia-Bas", anchor: "Kindia", country: "GN", km: 20},
		// Degrade: an anchor the gazetteer lacks.
		{doc: "Mtakuja Juu lies 14 km west of Kimbiji Crossing and 35 km south of Morogoro.",
			place: "Mtakuja Juu", anchor: "Morogoro", country: "TZ", km: 35},
	}
	checkTexts(t, tests)
}

// TestVoicesChooseNamesake: with no other country named, whose officials
// or sources speak chooses the namesake of the anchor ("..., Lebanese
// officials said": Tripoli in Lebanon, not Libya).
func TestVoicesChooseNamesake(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, anchor, country string }{
		{"The camp lies 12 km west of Tripoli, Lebanese police said.", "Tripoli", "LB"},
		{"A camp lies 12 km north of Tripoli, Libyan officials said.", "Tripoli", "LY"},
		{"A checkpoint 6 km north of Jenin was closed, Palestinian sources said.", "Jenin", "PS"},
		{"A market 8 km south of Valencia was looted, Venezuelan police said.", "Valencia", "VE"},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		if a := placeNamed(t, res, tt.anchor); a.Country != tt.country {
			t.Errorf("%s: %s is taken in %q, want %s", tt.doc, tt.anchor, a.Country, tt.country)
		}
	}
}

// TestInnerArticleAnchors: an anchor whose Arabic article stands inside
// its name is found under the other spellings of that article ("Ras
// al-Ain" is GeoNames' "Ras el Ain", "Jisr el-Shughur" its "Jisr ash
// Shughur").
func TestInnerArticleAnchors(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "The village of Tell Halaf Sharqi is 20 km east of Ras al-Ain.",
			place: "Tell Halaf Sharqi", anchor: "Ras al-Ain", country: "SY", km: 20},
		{doc: "A camp lies 10 km west of Jisr el-Shughur.",
			place: "A camp", anchor: "Jisr el-Shughur", country: "SY", km: 10},
	})
}
