package locate

import (
	"math"
	"slices"
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestWorldBlind holds a blind set of short worldwide texts, written after
// the rounds of names, relations, journeys and rivers were merged and run
// once as a new user would: 32 of 35 read right at first (the Buddhist
// monastery, "Goma, Congo" and the Fano case failed). The cases that read
// right then, and the two fixed since, are kept: those that locate an
// unknown place here, those that name only known places in
// TestWorldBlindKnown. A camp near Kakuma, a town cities500 lacks, is left
// out: it places nothing.
func TestWorldBlind(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Quebrada Honda is a small mining camp in the Atacama, about 45 km north-east of Copiapó, Chile.",
			place: "Quebrada Honda", anchor: "Copiapó", country: "CL", km: 45, mapped: []string{"Chile"}},
		{doc: "The hamlet of Lower Tenby Cross lies 6 miles north-west of Carmarthen, Wales.",
			place: "Lower Tenby Cross", anchor: "Carmarthen", country: "GB", km: 9.66},
		{doc: "Nong Khiaw Noi, a Lao village on the Nam Ou, is 30 km north of Luang Prabang.",
			place: "Nong Khiaw Noi", anchor: "Luang Prabang", country: "LA", km: 30},
		{doc: "Le hameau de Montcalmès se trouve à 12 km au sud-ouest de Millau, dans le département de l'Aveyron.",
			place: "Montcalmès", anchor: "Millau", country: "FR", km: 12, mapped: []string{"Aveyron"}},
		{doc: "Kibbutz Ein Harod Bet lies about 10 km west of Beit She'an.",
			place: "Kibbutz Ein Harod Bet", anchor: "Beit She'an", country: "IL", km: 10},
		{doc: "Militants attacked a police post at Dabanga, 25 km south of Kousseri, in Cameroon's Far North region.",
			place: "Dabanga", anchor: "Kousseri", country: "CM", km: 25, mapped: []string{"Cameroon"}},
		{doc: "Springfield lies 12 miles east of the village of Oakridge Hollow. Springfield is the capital of Illinois.",
			place: "Oakridge Hollow", anchor: "Springfield", country: "US", km: 19.3, mapped: []string{"Illinois"}},
		{doc: "À une trentaine de kilomètres à l'est de Sfax se trouve le douar de Bir Ezzit.",
			place: "Bir Ezzit", anchor: "Sfax", country: "TN", km: 30},
		{doc: "The Tajik village of Qizil-Qal'a is located 18 km south of Kulob, near the Afghan border.",
			place: "Qizil-Qal'a", anchor: "Kulob", country: "TJ", km: 18},
		{doc: "Fighting was reported in Mariupol and Berdiansk, as well as in the village of Staromlynivka Druha, 40 km north of Berdiansk.",
			place: "Staromlynivka Druha", anchor: "Berdiansk", country: "UA", km: 40, mapped: []string{"Mariupol"}},
		{doc: "Hacienda La Esperanza is a coffee farm in Colombia, 22 km south of Manizales.",
			place: "Hacienda La Esperanza", anchor: "Manizales", country: "CO", km: 22, mapped: []string{"Colombia"}},
		{doc: "La commune de Saint-Hilaire-du-Bois est située à 9 km au nord de Cholet, en Maine-et-Loire.",
			place: "Saint-Hilaire-du-Bois", anchor: "Cholet", country: "FR", km: 9, mapped: []string{"Maine-et-Loire"}},
		{doc: "Perth, Ontario lies about 80 km south-west of Ottawa. The farm of Glen Tay Mills is 5 km west of Perth.",
			place: "Glen Tay Mills", anchor: "Perth", country: "CA", km: 5, mapped: []string{"Ontario", "Ottawa"}},
		{doc: "The outpost of Tora Ghar sits some 15 miles east of Kandahar, Afghanistan.",
			place: "Tora Ghar", anchor: "Kandahar", country: "AF", km: 24.1, mapped: []string{"Afghanistan"}},
		{doc: "Mbalamba, a Zambian fishing settlement, lies 35 km north of Mansa on the shore of Lake Bangweulu.",
			place: "Mbalamba", anchor: "Mansa", country: "ZM", km: 35},
		{doc: "Le village de Ngor Mbayène se situe à 20 km à l'est de Kaolack, au Sénégal.",
			place: "Ngor Mbayène", anchor: "Kaolack", country: "SN", km: 20, mapped: []string{"Sénégal"}},
		{doc: "Cruz Alta de Minas is a hamlet in the Brazilian state of Minas Gerais, 25 km west of Diamantina.",
			place: "Cruz Alta de Minas", anchor: "Diamantina", country: "BR", km: 25, mapped: []string{"Minas Gerais"}},
		{doc: "Al-Hamra Jadida lies about 20 km north of Raqqa, on the road to Tell Abyad.",
			place: "Al-Hamra Jadida", anchor: "Raqqa", country: "SY", km: 20, mapped: []string{"Tell Abyad"}},
		{doc: "GOMA, Congo (Reuters) - M23 rebels seized the town of Kitshanga Deux, some 80 km north-west of Goma, on Sunday, a local official said.",
			place: "Kitshanga Deux", anchor: "Goma", country: "CD", km: 80, mapped: []string{"Congo"}, notPlaces: []string{"Reuters"}},
		{doc: "Kawanga lies 20 km west of the village of Mpika Hill. Mpika Hill is itself 30 km south of Kasama.",
			place: "Mpika Hill", anchor: "Kasama", country: "ZM", km: 30},
		{doc: "The twin villages of Upper Dulla and Lower Dulla lie respectively 8 and 12 km east of Mardan.",
			place: "Lower Dulla", anchor: "Mardan", country: "PK", km: 12},
		{doc: "Selon l'armée, les jihadistes ont attaqué le poste de Tin-Tabakat, à 60 km au nord de Ménaka, avant de se replier vers la frontière nigérienne.",
			place: "Tin-Tabakat", anchor: "Ménaka", country: "ML", km: 60},
		{doc: "Bakhmut lies about 25 km east of the hamlet of Sukha Balka Nova. The front line runs 10 km west of Bakhmut.",
			place: "Sukha Balka Nova", anchor: "Bakhmut", country: "UA", km: 25},
		{doc: "The village of El Ghar Kebir is 15 km from the Libyan border and 40 km south-east of Ben Gardane, Tunisia.",
			place: "El Ghar Kebir", anchor: "Ben Gardane", country: "TN", km: 40, mapped: []string{"Tunisia"}},
		{doc: "Located 50 km north of Kathmandu, the Buddhist monastery of Ghyang Gompa Thulo overlooks the Trisuli valley.",
			place: "Ghyang Gompa Thulo", anchor: "Kathmandu", country: "NP", km: 50, notPlaces: []string{"Buddhist"}},
		{doc: "Nuevo Progreso del Sur, an ejido in Chiapas, is 35 km south-east of Tuxtla Gutiérrez and 25 km from San Cristóbal de las Casas.",
			place: "Nuevo Progreso del Sur", anchor: "Tuxtla Gutiérrez", country: "MX", km: 35, mapped: []string{"Chiapas", "San Cristóbal de las Casas"}},
		{doc: "From Mandalay the column marched 40 miles north to the village of Kyaukse Ywa Thit, then a further 15 miles to Madaya.",
			place: "Kyaukse Ywa Thit", anchor: "Mandalay", country: "MM", km: 64.4},
		{doc: "The Pashtun village of Shinkai Kalay lies 20 km north of Quetta, in Balochistan.",
			place: "Shinkai Kalay", anchor: "Quetta", country: "PK", km: 20, mapped: []string{"Balochistan"}, notPlaces: []string{"Pashtun"}},
		{doc: "Sidi Bou Othmane Jdid, a douar 25 km north of Marrakesh, was badly hit by the earthquake.",
			place: "Sidi Bou Othmane Jdid", anchor: "Marrakesh", country: "MA", km: 25},
		{doc: "Halfway between Mosul and Erbil lies the Christian town of Bartella Jadida.",
			place: "Bartella Jadida", anchor: "Mosul", country: "IQ", km: 39.1, mapped: []string{"Erbil"}, notPlaces: []string{"Christian"}},
		{doc: "The Ethiopian army said it had retaken Shewa Robit Kebele 7, about 30 km north of Shewa Robit, from Fano militiamen.",
			place: "Shewa Robit Kebele 7", anchor: "Shewa Robit", country: "ET", km: 30, notPlaces: []string{"Fano"},
			failing: "Shewa Robit not in cities500: the kebele and the group noun read right, but nothing places the kebele"},
	})
}

// TestWorldBlindKnown holds the texts of the same blind set that name only
// places the gazetteer holds: each is mapped from the gazetteer, every
// stated check between them holds, and the source of the report is no
// place.
func TestWorldBlindKnown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tt := range []struct {
		doc            string
		mapped, notPlc []string
	}{
		{"Residents of Kharkiv, Sumy and Poltava reported air-raid sirens overnight, according to Ukrinform.", []string{"Kharkiv", "Sumy", "Poltava"}, []string{"Ukrinform"}},
		{"San José de las Lajas, not to be confused with the Costa Rican capital, lies 30 km south-east of Havana.", []string{"San José de las Lajas", "Havana"}, []string{}},
		{"Les habitants de Bouaké, Korhogo et Man ont manifesté samedi. À Katiola, à 55 km au nord de Bouaké, la police a dispersé la foule.", []string{"Bouaké", "Korhogo", "Man", "Katiola"}, []string{}},
	} {
		res := analyse(t, tt.doc)
		for _, n := range tt.mapped {
			if p := placeNamed(t, res, n); p.Source != SourceGazetteer || !p.HasPoint {
				t.Errorf("%s: %s is %s, want mapped from the gazetteer", tt.doc, n, p.Source)
			}
		}
		for _, q := range res.Places {
			if slices.Contains(tt.notPlc, q.Name) {
				t.Errorf("%s: %q is no place but is one", tt.doc, q.Name)
			}
		}
		for _, c := range res.Checks {
			if c.Verdict() != VerdictHolds {
				t.Errorf("%s: %q is %v, want it to hold", tt.doc, c.Phrase, c.Verdict())
			}
		}
	}
}

// TestWorldBlindB holds texts of a second blind set, written before the
// work they test and failing on it, one of each class fixed since: a
// place "22 km to the north" of the place the text is about; "the Rio
// Grande", a river, not a Mexican town; a town said to lie near a place
// the gazetteer lacks, whose namesake lies 2,000 km from the country
// named ("Al Hamra lies about 30 km south of it", with no Al Hamra in
// Oman); a French town whose kind takes adjectives before it ("une
// ancienne ville caravanière de l'Adrar, située à …"), which a
// division known by name only had taken; a town the gazetteer holds, not
// moved 500 km to a namesake of the rock it is near; and road distances on
// mountain roads, twice the straight line, which hold.
func TestWorldBlindB(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Al-Ula is an oasis town in the Medina Province of Saudi Arabia, some 300 km north-west of Medina. The Nabataean site of Hegra lies 22 km to the north.",
			place: "Hegra", anchor: "Al-Ula", country: "SA", km: 22},
		{doc: "Terlingua, a former mining town in Brewster County, Texas, lies about 130 km south of Alpine near the Rio Grande.",
			place: "Terlingua", anchor: "Alpine", country: "US", km: 130, unplaced: []string{"Rio Grande"}},
		{doc: "Jebel Shams is the highest mountain in Oman. The village of Al Hamra lies about 30 km south of it, and Nizwa is 40 km to the south-east.",
			place: "Jebel Shams", anchor: "Nizwa", country: "OM", km: 40},
		{doc: "Ouadane est une ancienne ville caravanière de l'Adrar mauritanien, située à environ 120 km au nord-est de Chinguetti.",
			place: "Ouadane", anchor: "Chinguetti", country: "MR", km: 120},
	})
	t.Run("near a place the gazetteer lacks", func(t *testing.T) {
		doc := "Jebel Shams is the highest mountain in Oman. The village of Al Hamra lies about 30 km south of it, and Nizwa is 40 km to the south-east."
		res := analyse(t, doc)
		p, m := placeNamed(t, res, "Al Hamra"), placeNamed(t, res, "Jebel Shams")
		if p.Source != SourceDerived || !p.HasPoint {
			t.Fatalf("%s: Al Hamra is %s in %q, want derived from Jebel Shams", doc, p.Source, p.Country)
		}
		if d := geo.Distance(m.Point, p.Point) / 1000; math.Abs(d-30) > 4.5 {
			t.Errorf("%s: Al Hamra is %.1f km from Jebel Shams, want 30", doc, d)
		}
	})
	t.Run("a gazetteer town kept where a derived one breaks more", func(t *testing.T) {
		// El Peñol, a rock, is taken for no town 530 km away; and were it
		// one, the town placed near it would break more than Guatapé,
		// where the gazetteer has it, breaks.
		for _, doc := range []string{
			"Guatapé is a town in the Antioquia Department of Colombia, roughly 80 km east of Medellín, near the El Peñol rock.",
			"Guatapé is a town in the Antioquia Department of Colombia, roughly 80 km east of Medellín, near El Peñol.",
		} {
			res := analyse(t, doc)
			g, m := placeNamed(t, res, "Guatapé"), placeNamed(t, res, "Medellín")
			if g.Source != SourceGazetteer || g.Country != "CO" {
				t.Fatalf("%s: Guatapé is %s in %q, want the gazetteer's", doc, g.Source, g.Country)
			}
			if d := geo.Distance(m.Point, g.Point) / 1000; d > 60 {
				t.Errorf("%s: Guatapé is %.0f km from Medellín, want the gazetteer's 44 km", doc, d)
			}
		}
	})
	for _, doc := range []string{
		"Cachi is a town in the Calchaquí Valleys of Salta Province, Argentina, about 160 km south-west of Salta by road.",
		"Cilaos est une commune de La Réunion située au cœur du cirque du même nom, à 37 km au nord de Saint-Louis par une route sinueuse.",
	} {
		t.Run("mountain road", func(t *testing.T) {
			res := analyse(t, doc)
			n := 0
			for _, c := range res.Checks {
				if c.Relation == "distance" {
					n++
					if !c.Stated.Road || c.Verdict() != VerdictHolds {
						t.Errorf("%s: %q is %s (road %v), want a road distance that holds", doc, c.Phrase, c.Verdict(), c.Stated.Road)
					}
				}
			}
			if n != 1 {
				t.Errorf("%s: %d distances, want 1", doc, n)
			}
		})
	}
}

// TestWorldBlindC holds the texts of a third blind set of 40 (26 right at
// first run) that read right after the classes they failed on were fixed:
// "the crossing" and « du site » standing for the place given that kind
// before, a headline label, "Gold was found at X in 1894, …", a kind
// written after a name in an apposition, and an apposition between a name
// and its verb after a fronted adverbial.
func TestWorldBlindC(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Aid agencies have opened a reception point at Wunkur, a river crossing on the road from Kosti, to cope with arrivals fleeing the fighting in Sudan. Malakal, the capital of Upper Nile State, lies some 60 km south of the crossing; families are moved there by barge after registration, UNHCR said on Friday.",
			place: "Wunkur", anchor: "Malakal", country: "SS", km: 60, mapped: []string{"Kosti"}},
		{doc: "Gold was found at Mulga Flat in 1894, some 40 miles north of Coolgardie, and within months the field had a hotel, two stores and several hundred diggers. The rush faded as the richer leases at Kalgoorlie drew men away; by 1900 the township was deserted and its iron buildings carted back to Coolgardie. Stores had come up on the railway from Perth.",
			place: "Mulga Flat", anchor: "Coolgardie", country: "AU", km: 64.4, mapped: []string{"Kalgoorlie", "Perth"}, notPlaces: []string{"Gold"}},
		{doc: "Niger : le site d'orpaillage de Tchintoulous-Sud a été évacué par l'armée jeudi. Arlit se trouve à environ 80 km au sud-est du site. Les orpailleurs, venus pour beaucoup d'Agadez et de Niamey, ont été reconduits vers le sud.",
			place: "Tchintoulous-Sud", anchor: "Arlit", country: "NE", km: 80, mapped: []string{"Niamey"}},
		{doc: "Séisme au Maroc : le douar de Tikht-Imi, à 12 km au sud-ouest d'Amizmiz, dans la province d'Al Haouz, a été presque entièrement rasé. Les blessés ont été transportés à Marrakech, à une cinquantaine de kilomètres au nord-est d'Amizmiz.",
			place: "Tikht-Imi", anchor: "Amizmiz", country: "MA", km: 12, mapped: []string{"Marrakech"}, notPlaces: []string{"Séisme"}},
		{doc: "New arrivals from Somalia are registered at Dagahley-Bulo, a reception centre about 95 km north-east of Garissa, before being allocated plots, the Kenyan refugee department said. The centre lies roughly 80 km from the Somali border.",
			place: "Dagahley-Bulo", anchor: "Garissa", country: "KE", km: 95},
		{doc: "Liban-Sud : une frappe a visé une maison à Khirbet Selm-Sud, à 12 km au sud-est de Tyr, faisant trois blessés. Plus au sud, Naqoura, siège de la FINUL, se trouve à quelque 18 km de Tyr, sur la frontière israélienne.",
			place: "Khirbet Selm-Sud", anchor: "Tyr", country: "LB", km: 12, mapped: []string{"Naqoura"}},
	})
}

// TestWorldBlindD holds texts of a fourth blind set, written before the
// code that reads them (TestCorpusBlindD in geo/text lists the classes).
func TestWorldBlindD(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Codelco said on Wednesday it had begun drilling at Cerro Tuina Sur, a copper prospect 35 km northeast of Calama, in Chile's Antofagasta region. Atacameño communities in San Pedro de Atacama, about 100 km southeast of Calama by road, have raised concerns about water use.",
			place: "Cerro Tuina Sur", anchor: "Calama", country: "CL", km: 35, mapped: []string{"San Pedro de Atacama"}, notPlaces: []string{"Codelco"}},
		{doc: "De Beers has sold the old Rietputs Drift alluvial diamond workings, 30 km northwest of Kimberley, to a local consortium for an undisclosed sum. The buyers, led by Johan Steyn of Bloemfontein, 150 km east-southeast of Kimberley, plan to reprocess old tailings.",
			place: "Rietputs Drift", anchor: "Kimberley", country: "ZA", km: 30, mapped: []string{"Bloemfontein"}, notPlaces: []string{"De Beers"}},
		{doc: "In the winter of 1898 the North-West Mounted Police built a post at Gravel Bar Creek Landing, 40 km south of Dawson City, to check miners coming down the Yukon River. Dawson City, then the largest city west of Winnipeg, lay some 435 km northwest of Whitehorse as the crow flies.",
			place: "Gravel Bar Creek Landing", anchor: "Dawson City", country: "CA", km: 40, mapped: []string{"Whitehorse"}},
		{doc: "Le BNGRC signale 2 300 sinistrés dans la commune rurale d'Ampasimbola-Vohitra, à 40 km au sud d'Antsirabe, où la RN7 est coupée par un éboulement. Les convois à destination de Fianarantsoa sont suspendus.",
			place: "Ampasimbola-Vohitra", anchor: "Antsirabe", country: "MG", km: 40, notPlaces: []string{"Le BNGRC"}},
		{doc: "Zagora, à 160 km par la route au sud-est d'Ouarzazate, est la dernière ville avant les dunes. Mais le véritable joyau se cache à une vingtaine de kilomètres au nord de Zagora : le ksar d'Aït Tiwlal, village de pisé. Hassan, notre guide, raconte que les caravanes de Tombouctou y faisaient halte.",
			place: "Aït Tiwlal", anchor: "Zagora", country: "MA", km: 20, mapped: []string{"Ouarzazate", "Tombouctou"}},
		{doc: "Derrylea Cross, Co. Galway. A small crossroads settlement on the N59, roughly 8 km southeast of Clifden, Derrylea Cross grew up around a forge and a national school opened in 1884. Galway city lies about 70 km to the east-southeast.",
			place: "Derrylea Cross", anchor: "Clifden", country: "IE", km: 8, notPlaces: []string{"Co"}},
		{doc: "Some 8 km west of Urubamba, on a spur above the Sacred Valley, archaeologists from the Ministry of Culture have uncovered an Inca storehouse complex at Qhellopuquio Alto. Ceramics link it to workshops in Cusco, 30 km southeast of Urubamba.",
			place: "Qhellopuquio Alto", anchor: "Urubamba", country: "PE", km: 8, mapped: []string{"Cusco"}},
		{doc: "PARIS, Texas (AP) — Deputies arrested two men Friday after a standoff at a farmhouse in Lone Cedar Crossing, a rural community about 12 miles northeast of Paris. The Texas Department of Public Safety said the suspects were wanted for a string of burglaries in Sulphur Springs, 36 miles to the south, and Clarksville, 29 miles east of Paris.",
			place: "Lone Cedar Crossing", anchor: "Paris", country: "US", km: 19.3, mapped: []string{"Sulphur Springs", "Clarksville"}, notPlaces: []string{"Texas Department"}},
	})
}

// TestDivisionAndTown checks that a division the text names with its kind
// and the town of that name it measures from are two places: the division
// a region, the town a gazetteer point the place measured lies the stated
// distance from.
func TestDivisionAndTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		doc, place, name string
		km               float64
	}{
		{"Turnout in Turkistan region reached 71 percent. In Kosshyrak Auly, a cotton-growing village 25 km southeast of Turkistan, polling stations ran out of ballots.", "Kosshyrak Auly", "Turkistan", 25},
		{"Sidi Bouhadjar-Chergui est un village algérien de la wilaya de Tlemcen, situé à 25 km au nord-est de Tlemcen.", "Sidi Bouhadjar-Chergui", "Tlemcen", 25},
		{"Kalo is a village 35 km north of Chihuahua, in the state of Chihuahua.", "Kalo", "Chihuahua", 35},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := analyse(t, tt.doc)
			var region, town *Place
			for _, q := range res.Places {
				switch {
				case q.Name != tt.name:
				case q.Feature == "region":
					region = q
				case q.Source == SourceGazetteer && q.HasPoint:
					town = q
				}
			}
			if region == nil || town == nil {
				t.Fatalf("%s: %s is not both a division and a town: %+v", tt.doc, tt.name, res.Places)
			}
			p := placeNamed(t, res, tt.place)
			if d := geo.Distance(town.Point, p.Point) / 1000; math.Abs(d-tt.km) > 0.15*tt.km {
				t.Errorf("%s: %s is %.1f km from the town of %s, want %.1f", tt.doc, tt.place, d, tt.name, tt.km)
			}
		})
	}
}
