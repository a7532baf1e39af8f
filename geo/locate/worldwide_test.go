package locate

import (
	"math"
	"slices"
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestWorldwideTexts reads short texts of the kinds real reports are made
// of, from every continent, in English and French, against the real
// gazetteer, and checks that each reads right: the located place named as
// the text names it, placed from the right namesake of its anchor within
// 15% of the stated distance, every listed town mapped from the gazetteer
// and no non-place mapped. The located places are invented; the anchors
// are real towns, some of them with namesakes on other continents.
func TestWorldwideTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []textCase{
		// Names, descriptors and containers.
		{doc: "The hamlet of Brindle Cross lies 14 km north-east of Shrewsbury, Shropshire.",
			place: "Brindle Cross", anchor: "Shrewsbury", country: "GB", km: 14},
		{doc: "Kalomo Farm is a farmstead in Namibia, 35 km south of Otjiwarongo.",
			place: "Kalomo Farm", anchor: "Otjiwarongo", country: "NA", km: 35},
		{doc: "The refugee camp of Khanpur sits 65 km east of Hyderabad, in Sindh.",
			place: "Khanpur", anchor: "Hyderabad", country: "PK", km: 65},
		{doc: "The mining camp of Silver Ridge is 60 km southwest of Tonopah, Nevada.",
			place: "Silver Ridge", anchor: "Tonopah", country: "US", km: 60},
		{doc: "The outpost of Karalee is 40 km east of Perth, Western Australia.",
			place: "Karalee", anchor: "Perth", country: "AU", km: 40},
		{doc: "St. Mary's Well is a small settlement 22 km north of Aberdeen, Scotland.",
			place: "St. Mary's Well", anchor: "Aberdeen", country: "GB", km: 22},
		{doc: "Rakhni Kalan is a village 35 kilometres (22 mi) west of Multan in Punjab, Pakistan.",
			place: "Rakhni Kalan", anchor: "Multan", country: "PK", km: 35},
		{doc: "The ranch of Deer Hollow lies 30 km north of Paris, Texas.",
			place: "Deer Hollow", anchor: "Paris", country: "US", km: 30},
		{doc: "Fairlight is a hamlet 12 miles west of London, Ontario.",
			place: "Fairlight", anchor: "London", country: "CA", km: 19.3},
		{doc: "The estancia of Los Talas is 40 km south of Córdoba, Argentina.",
			place: "Los Talas", anchor: "Córdoba", country: "AR", km: 40},
		{doc: "Halba Jdide is a village in northern Lebanon, 25 km north-east of Tripoli.",
			place: "Halba Jdide", anchor: "Tripoli", country: "LB", km: 25},
		{doc: "Mekoro is a settlement in Botswana's Central District, 40 km east of Serowe.",
			place: "Mekoro", anchor: "Serowe", country: "BW", km: 40},
		{doc: "Kelbu is a village located about 12 km southeast of Gondar in the Amhara Region of Ethiopia.",
			place: "Kelbu", anchor: "Gondar", country: "ET", km: 12},
		{doc: "The farm of Tal Hamo lies 18 km west of Qamishli, near the Turkish border.",
			place: "Tal Hamo", anchor: "Qamishli", country: "SY", km: 18},
		{doc: "The new site at Balukhali lies 3 km south of Kutupalong and 30 km south of Cox's Bazar.",
			place: "Balukhali", anchor: "Cox's Bazar", country: "BD", km: 30, notPlaces: []string{"Cox", "Bazar"}},
		{doc: "Taltarin is a village in the Rif, 12 km far from Chefchaouen.",
			place: "Taltarin", anchor: "Chefchaouen", country: "MA", km: 12},
		// Lists and non-places.
		{doc: "Villagers from Gilgit and Skardu fled to a camp 12 km south of Gilgit, Pakistani officials said.",
			place: "a camp", anchor: "Gilgit", country: "PK", km: 12, mapped: []string{"Skardu"}, notPlaces: []string{"Pakistani"}},
		{doc: "El Fasher and Nyala were shelled; the camp of Abu Zeraiga lies 15 km south of El Fasher.",
			place: "Abu Zeraiga", anchor: "El Fasher", country: "SD", km: 15, mapped: []string{"Nyala"}},
		{doc: "Fighting broke out near the village of Kordo, about 40 km north-west of El Geneina. Residents fled to Adré.",
			place: "Kordo", anchor: "El Geneina", country: "SD", km: 40, mapped: []string{"Adré"}},
		{doc: "Gunmen attacked a small military base 30 km east of Kidal on Monday, Reuters reported.",
			place: "a small military base", anchor: "Kidal", country: "ML", km: 30, notPlaces: []string{"Reuters"}},
		{doc: "The earthquake's epicentre was 25 km south-west of Amizmiz.",
			place: "The earthquake's epicentre", anchor: "Amizmiz", country: "MA", km: 25},
		// Inversions and chains.
		{doc: "Kandahar lies 40 km east of the village of Sangisar.",
			place: "Sangisar", anchor: "Kandahar", country: "AF", km: 40},
		{doc: "Kati is a town in Mali. The village of Kalanko lies 15 km to its east.",
			place: "Kalanko", anchor: "Kati", country: "ML", km: 15},
		// French.
		{doc: "Kalbou est une commune française de la Sarthe, à 19 km au nord du Mans.",
			place: "Kalbou", anchor: "Le Mans", country: "FR", km: 19},
		{doc: "Tamkar est une ville du sud du Niger, située à 21 km à l'est-sud-est de Zinder, la deuxième ville du pays.",
			place: "Tamkar", anchor: "Zinder", country: "NE", km: 21},
		{doc: "Had Tinzar est une ville côtière du nord-ouest du Maroc, située à 40 km au sud-sud-ouest de Tanger.",
			place: "Had Tinzar", anchor: "Tanger", country: "MA", km: 40},
		{doc: "Ayamé-Plage est une ville du sud de la Côte d'Ivoire, située entre la lagune Ébrié et l'océan Atlantique, à 14 km au sud-sud-ouest de Dabou.",
			place: "Ayamé-Plage", anchor: "Dabou", country: "CI", km: 14, notPlaces: []string{"Atlantique"}},
		{doc: "Porte du désert, l'oasis de Tinfou-Sahara est située à une soixantaine de kilomètres au sud de Zagora.",
			place: "Tinfou-Sahara", anchor: "Zagora", country: "MA", km: 60},
		{doc: "Kalbou-sur-Oise est une commune du Val-d'Oise, à 5 km au nord de l'Isle-Adam.",
			place: "Kalbou-sur-Oise", anchor: "L'Isle-Adam", country: "FR", km: 5},
		{doc: "À une trentaine de kilomètres au nord de Tombouctou se trouve le hameau de Tinkar.",
			place: "Tinkar", anchor: "Tombouctou", country: "ML", km: 30},
		{doc: "Le village de Bamnou est situé à 25 km à l'ouest d'Agadez, au Niger.",
			place: "Bamnou", anchor: "Agadez", country: "NE", km: 25},
		{doc: "Le campement de Ndiolène est situé à 20 km au sud-est de Saint-Louis, au Sénégal.",
			place: "Ndiolène", anchor: "Saint-Louis", country: "SN", km: 20},
		{doc: "Le poste de contrôle de Bakassa se trouve à 45 km au nord de Bossangoa, en Centrafrique.",
			place: "Bakassa", anchor: "Bossangoa", country: "CF", km: 45},
		{doc: "Le hameau de Saint-Jean-des-Bois se trouve à 12 km au nord-est de Vire, dans le Calvados.",
			place: "Saint-Jean-des-Bois", anchor: "Vire", country: "FR", km: 12},
		{doc: "Mbalmayo est une ville du Cameroun ; le village de Ngoulmekong se trouve à 12 km au sud-est de Mbalmayo.",
			place: "Ngoulmekong", anchor: "Mbalmayo", country: "CM", km: 12},
		{doc: "Les combats se sont déplacés vers Kalehe, à 60 km au nord de Bukavu, et vers Minova, à 45 km à l'ouest de Goma.",
			place: "Minova", anchor: "Goma", country: "CD", km: 45},
		{doc: "Tirbak est un village du Maroc situé à 5 km d'Azrou sur la route de Midelt.",
			place: "Tirbak", anchor: "Azrou", country: "MA", km: 5},
		{doc: "Sainte-Marie-du-Lac est un village du Québec situé à 25 km au nord de Trois-Rivières.",
			place: "Sainte-Marie-du-Lac", anchor: "Trois-Rivières", country: "CA", km: 25},
		{doc: "Les habitants ont fui vers un campement situé à 8 km au sud de Gao.",
			place: "un campement", anchor: "Gao", country: "ML", km: 8},
		{doc: "Nkoué est un village de Guinée équatoriale, à 20 km de Bata.",
			place: "Nkoué", anchor: "Bata", country: "GQ", km: 20},
		{doc: "Mbanza-Sud est un village de la République démocratique du Congo, à 25 km au sud de Mbanza-Ngungu.",
			place: "Mbanza-Sud", anchor: "Mbanza-Ngungu", country: "CD", km: 25},
		{doc: "Krasnoye is a village in Volgograd Oblast, Russia, situated 40 km north of Volgograd on the left bank of the Volga.",
			place: "Krasnoye", anchor: "Volgograd", country: "RU", km: 40},
		{doc: "Kalo lies on the Gao–Ansongo road, 30 km south of Gao.",
			place: "Kalo", anchor: "Gao", country: "ML", km: 30, mapped: []string{"Ansongo"}},
		{doc: "Bakra is bordered by Mardan to the north and Nowshera to the south, 10 km south of Mardan.",
			place: "Bakra", anchor: "Mardan", country: "PK", km: 10},
		// News reports: agencies, demonyms, lists, mines and camps.
		{doc: "Witnesses told AFP that militants overran the village of Koutougou, some 30 km south of Djibo, in Burkina Faso's Soum province.",
			place: "Koutougou", anchor: "Djibo", country: "BF", km: 30, notPlaces: []string{"AFP"}},
		{doc: "The Ukrainian army said it had retaken Kamianka, a village 12 miles south of Izium in the Kharkiv region.",
			place: "Kamianka", anchor: "Izium", country: "UA", km: 19.3, notPlaces: []string{"Ukrainian"}},
		{doc: "Floodwaters cut off Dadu and Sehwan. A relief camp was set up at Bhan Saeedabad, 20 km west of Sehwan.",
			place: "Bhan Saeedabad", anchor: "Sehwan", country: "PK", km: 20, mapped: []string{"Dadu"}},
		{doc: "The fire started near Carver's Gap, roughly 8 miles north of Bakersville, North Carolina.",
			place: "Carver's Gap", anchor: "Bakersville", country: "US", km: 12.9},
		{doc: "Rebels seized Rubaya, a mining town about 50 km north-west of Goma, the UN said.",
			place: "Rubaya", anchor: "Goma", country: "CD", km: 50, notPlaces: []string{"UN"}},
		{doc: "The attack took place in Mahmoud Kamel, a hamlet 15 kilometers east of Kirkuk, Iraqi police said.",
			place: "Mahmoud Kamel", anchor: "Kirkuk", country: "IQ", km: 15, notPlaces: []string{"Iraqi"}},
		{doc: "Residents of Mosul, Erbil and Kirkuk reported shelling. The IDP camp at Debaga is 40 km south of Erbil.",
			place: "Debaga", anchor: "Erbil", country: "IQ", km: 40, mapped: []string{"Mosul", "Kirkuk"}},
		{doc: "Tamanrasset and In Salah are linked by the N1. The oasis of Arak lies 380 km north of Tamanrasset.",
			place: "Arak", anchor: "Tamanrasset", country: "DZ", km: 380},
		{doc: "Police found the bodies near Pedra Branca, a settlement 60 km north-east of Marabá, in Pará state.",
			place: "Pedra Branca", anchor: "Marabá", country: "BR", km: 60},
		{doc: "Survivors reached Ban Nam Khem, a fishing village 20 km north of Takua Pa in Phang Nga province.",
			place: "Ban Nam Khem", anchor: "Takua Pa", country: "TH", km: 20},
		{doc: "The outbreak began in Meliandou, a village about 10 km from Guéckédou in southern Guinea.",
			place: "Meliandou", anchor: "Guéckédou", country: "GN", km: 10},
		{doc: "Gunmen killed 12 herders at Tudun Wada, 35 km south of Jos, Plateau State, the governor said.",
			place: "Tudun Wada", anchor: "Jos", country: "NG", km: 35},
		{doc: "El-Obeid is the capital of North Kordofan. The village of Um Sumeima lies 60 km north-east of El-Obeid.",
			place: "Um Sumeima", anchor: "El-Obeid", country: "SD", km: 60},
		{doc: "Ongoing clashes were reported in Saint-Marc and in Liancourt, a commune 20 km north of Saint-Marc, Haiti.",
			place: "Liancourt", anchor: "Saint-Marc", country: "HT", km: 20},
		{doc: "The dig site at Tell Qaramel is 25 km north of Aleppo.",
			place: "Tell Qaramel", anchor: "Aleppo", country: "SY", km: 25},
		{doc: "Troops were deployed to Mbau, 30 km north of Beni in North Kivu, after the ADF attack.",
			place: "Mbau", anchor: "Beni", country: "CD", km: 30, notPlaces: []string{"ADF"}},
		{doc: "Selo Polje, a village 18 km south-west of Tuzla in Bosnia and Herzegovina, was evacuated.",
			place: "Selo Polje", anchor: "Tuzla", country: "BA", km: 18},
		{doc: "Nueva Esperanza, a village 45 km south-east of Puerto Maldonado in Peru's Madre de Dios region, was flooded.",
			place: "Nueva Esperanza", anchor: "Puerto Maldonado", country: "PE", km: 45},
		{doc: "Lokichoggio lies 30 km from the South Sudanese border. The camp at Nadapal is 25 km north-west of Lokichoggio.",
			place: "Nadapal", anchor: "Lokichoggio", country: "KE", km: 25},
		{doc: "Les affrontements ont eu lieu à Ménaka et à Inékar, à 45 km à l'ouest de Ménaka, selon l'armée malienne.",
			place: "Inékar", anchor: "Ménaka", country: "ML", km: 45, notPlaces: []string{"malienne"}},
		{doc: "Le site de déplacés de Kanyaruchinya se trouve à 10 km au nord de Goma, au Nord-Kivu.",
			place: "Kanyaruchinya", anchor: "Goma", country: "CD", km: 10},
		{doc: "Selon l'AFP, des hommes armés ont attaqué Solhan, une localité située à 15 km de Sebba, dans le nord-est du Burkina Faso.",
			place: "Solhan", anchor: "Sebba", country: "BF", km: 15, notPlaces: []string{"AFP"}},
		{doc: "La mine d'or de Loulo se trouve à 350 km à l'ouest de Bamako, près de la frontière sénégalaise.",
			place: "Loulo", anchor: "Bamako", country: "ML", km: 350},
		{doc: "Des jihadistes ont attaqué Boulkessi, à la frontière malienne, à 40 km au nord de Djibo.",
			place: "Boulkessi", anchor: "Djibo", country: "BF", km: 40},
		{doc: "Selon des sources locales, l'embuscade a eu lieu près de Tessit, à 150 km au sud-ouest de Ménaka.",
			place: "Tessit", anchor: "Ménaka", country: "ML", km: 150},
		// A city-state's capital named as a town, and a town named like
		// its region.
		{doc: "Le village d'Arta-Wêêma est situé à 35 km à l'ouest de la ville de Djibouti.",
			place: "Arta-Wêêma", anchor: "Djibouti", country: "DJ", km: 35},
		{doc: "Roodt-Hessel is a village 12 km east of the city of Luxembourg.",
			place: "Roodt-Hessel", anchor: "Luxembourg", country: "LU", km: 12},
		{doc: "Tannkoura est un village rattaché à la région de Labé. Il est situé à 40 km au nord de Labé.",
			place: "Tannkoura", anchor: "Labé", country: "GN", km: 40},
		{doc: "Mbanza est le chef-lieu du département du Pool, à 60 km à l'ouest de Brazzaville.",
			place: "Mbanza", anchor: "Brazzaville", country: "CG", km: 60},
		// A territory named with its article, a country's capital that
		// bears its name, a wilaya and a governorate named like their seat.
		{doc: "Petite-Île-Haute est une commune de La Réunion, à 12 km à l'est de Saint-Pierre.",
			place: "Petite-Île-Haute", anchor: "Saint-Pierre", country: "RE", km: 12},
		{doc: "Beaufort-Sûre est un village situé à 25 km au nord de Luxembourg.",
			place: "Beaufort-Sûre", anchor: "Luxembourg", country: "LU", km: 25},
		{doc: "Tiberkanine est une commune de la wilaya d'Adrar, à 90 km au sud d'Adrar.",
			place: "Tiberkanine", anchor: "Adrar", country: "DZ", km: 90},
		{doc: "Tall Hajar est un village du gouvernorat d'Alep, à 70 km à l'est d'Alep.",
			place: "Tall Hajar", anchor: "Alep", country: "SY", km: 70},
		{doc: "Nkolbisson-Est est un quartier de Yaoundé, à 6 km à l'ouest du centre-ville.",
			place: "Nkolbisson-Est", anchor: "Yaoundé", country: "CM", km: 6},
		{doc: "Les habitants de Gao et de Kidal ont fui vers Niamey ; le site de Kalo se trouve à 12 km au sud de Niamey.",
			place: "Kalo", anchor: "Niamey", country: "NE", km: 12, mapped: []string{"Gao", "Kidal"}},
	}
	checkTexts(t, tests)
}

// TestStrayDivision: a division the gazetteer knows only on another
// continent from every other place the text names is given up, with a
// note, rather than mapped there; one near them is kept.
func TestStrayDivision(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	// « la Province Nord » is New Caledonia's North Province, the
	// division of the country the text names (divisionsOfDocCountries).
	res := analyse(t, "Tiwaka est un village de Nouvelle-Calédonie, en Province Nord, à 20 km au sud de Koumac.")
	if p := placeNamed(t, res, "Province Nord"); p.Source != SourceGazetteer || p.Country != "NC" {
		t.Errorf("Province Nord is %s in %q at %v (%q), want New Caledonia's North Province", p.Source, p.Country, p.Point, p.Note)
	}
	if p := placeNamed(t, res, "Tiwaka"); !p.HasPoint || geo.Distance(p.Point, placeNamed(t, res, "Koumac").Point) > 25000 {
		t.Errorf("Tiwaka is not placed about 20 km from Koumac: %+v", p)
	}
	res = analyse(t, "Kalo est un village dans la région des Cascades, à 20 km au sud de Banfora.")
	if p := placeNamed(t, res, "Cascades"); p.Source != SourceGazetteer {
		t.Errorf("the Cascades region of Burkina Faso is %s (%q), want the gazetteer's", p.Source, p.Note)
	}
}

// textCase is a short text and what reading it right means: place is the
// located place as the text names it, anchor the place it is measured
// from, country the anchor's country and km the stated distance.
type textCase struct {
	doc                    string
	place, anchor, country string
	km                     float64
	mapped                 []string // gazetteer places the text lists
	notPlaces              []string // names that are no places
	// unplaced are the names that must have no point if listed at all:
	// rivers and lakes, which the gazetteer does not hold and which lie
	// at no point of the subject.
	unplaced []string
	// failing, when set, names the class of a known failure; the case is
	// skipped with that class as the reason.
	failing string
}

// checkTexts reads each text against the real gazetteer and checks that
// it reads right: the located place named as the text names it, derived
// from the right namesake of its anchor within 15% of the stated distance,
// every listed town mapped from the gazetteer and no non-place mapped.
func checkTexts(t *testing.T, tests []textCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.place, func(t *testing.T) {
			if tt.failing != "" {
				t.Skipf("known failure (%s): %s", tt.failing, tt.doc)
			}
			res := analyse(t, tt.doc)
			p := placeNamed(t, res, tt.place)
			a := placeNamed(t, res, tt.anchor)
			if !p.HasPoint || p.Source != SourceDerived {
				t.Fatalf("%s: %s is %s with no point, want derived", tt.doc, tt.place, p.Source)
			}
			if a.Source != SourceGazetteer || a.Country != tt.country {
				t.Errorf("%s: %s is %s in %q, want the gazetteer's in %s", tt.doc, tt.anchor, a.Source, a.Country, tt.country)
			}
			if d := geo.Distance(a.Point, p.Point) / 1000; math.Abs(d-tt.km) > 0.15*tt.km {
				t.Errorf("%s: %s is %.1f km from %s, want %.1f km ± 15%%", tt.doc, tt.place, d, tt.anchor, tt.km)
			}
			for _, n := range tt.mapped {
				if m := placeNamed(t, res, n); m.Source != SourceGazetteer || !m.HasPoint {
					t.Errorf("%s: listed %s is %s, want mapped from the gazetteer", tt.doc, n, m.Source)
				}
			}
			for _, q := range res.Places {
				if slices.Contains(tt.notPlaces, q.Name) {
					t.Errorf("%s: %q is no place but is one (%s)", tt.doc, q.Name, q.Source)
				}
				if slices.Contains(tt.unplaced, q.Name) && q.HasPoint {
					t.Errorf("%s: %q is placed (%s), want it listed with no point", tt.doc, q.Name, q.Source)
				}
			}
		})
	}
}

// TestDivisionNearAnchors: a division named in several countries, or at
// two levels in two countries, is the one near the towns the text
// measures from when no country the text names tells them apart.
func TestDivisionNearAnchors(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, division, country string }{
		{"Koundjo est un village de la région des Savanes, à 30 km au sud de Dapaong.", "Savanes", "TG"},
		{"Lavans est une commune du département du Jura, à 12 km au nord d'Oyonnax.", "Jura", "FR"},
		{"Porrentruy-Dessus est un village du canton du Jura, à 10 km au nord de Delémont.", "Jura", "CH"},
	}
	for _, tt := range tests {
		t.Run(tt.division+" "+tt.country, func(t *testing.T) {
			res := analyse(t, tt.doc)
			if d := placeNamed(t, res, tt.division); d.Country != tt.country {
				t.Errorf("%s: %s is taken in %q, want %s", tt.doc, tt.division, d.Country, tt.country)
			}
			for _, c := range res.Checks {
				if c.Verdict() == VerdictContradicted {
					t.Errorf("%s: %q is contradicted", tt.doc, c.Phrase)
				}
			}
		})
	}
}
