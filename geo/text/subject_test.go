package text

import "testing"

func TestReadSubjects(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"relative clause then main verb",
			"Tabrichat, which is located some 90km north of the village of Anefis, is 60 km from the Algerian border.",
			[]relWant{
				{phrase: "some 90km north of the village of Anefis", kind: KindDistance, subject: "Tabrichat", object: "Anefis", min: 90, max: 90, unit: "km", hedge: "some", dir: "north", points: 4},
				{phrase: "60 km from the Algerian border", kind: KindDistance, subject: "Tabrichat", border: []string{"Algerian"}, min: 60, max: 60, unit: "km"},
			}},
		{"chain of places",
			"They stopped in the wadi of Inabag, between three and six kilometres north of the village of Amasrakad, which in itself is located 50 km west of the village of Ber, and 35 km from the Mauritanian border.",
			[]relWant{
				{phrase: "between three and six kilometres north of the village of Amasrakad", kind: KindDistance, subject: "Inabag", object: "Amasrakad", min: 3, max: 6, unit: "km", dir: "north", points: 4},
				{phrase: "50 km west of the village of Ber", kind: KindDistance, subject: "Amasrakad", object: "Ber", min: 50, max: 50, unit: "km", dir: "west", az: 270, points: 4},
				{phrase: "35 km from the Mauritanian border", kind: KindDistance, subject: "Amasrakad", border: []string{"Mauritanian"}, min: 35, max: 35, unit: "km"},
			}},
		{"apposition with descriptor",
			"Traders from Inekar, a village lying 40 kilometres to the southwest of Menaka, arrived.",
			[]relWant{{phrase: "40 kilometres to the southwest of Menaka", kind: KindDistance, subject: "Inekar", object: "Menaka", min: 40, max: 40, unit: "km", dir: "southwest", az: 225, points: 8}}},
		{"coordination with and",
			"Clashes broke out in Intillit, which is 70 km south of Gossi and 95 km north-west of Menaka.",
			[]relWant{
				{phrase: "70 km south of Gossi", kind: KindDistance, subject: "Intillit", object: "Gossi", min: 70, max: 70, unit: "km", dir: "south", az: 180, points: 4},
				{phrase: "95 km north-west of Menaka", kind: KindDistance, subject: "Intillit", object: "Menaka", min: 95, max: 95, unit: "km", dir: "north-west", az: 315, points: 8},
			}},
		{"list after a border",
			"The base at Kita sits 15 km from the border with Guinea, 60 km east of Kenieba.",
			[]relWant{
				{phrase: "15 km from the border with Guinea", kind: KindDistance, subject: "Kita", border: []string{"Guinea"}, min: 15, max: 15, unit: "km"},
				{phrase: "60 km east of Kenieba", kind: KindDistance, subject: "Kita", object: "Kenieba", min: 60, max: 60, unit: "km", dir: "east", az: 90, points: 4},
			}},
		{"pronoun in the next sentence",
			"Sofara is 30 km south of Djenné. Officials also place it only 12 kilometres from the Bani river. It is about 60 km from Mopti.",
			[]relWant{
				{phrase: "30 km south of Djenné", kind: KindDistance, subject: "Sofara", object: "Djenné", min: 30, max: 30, unit: "km", dir: "south", az: 180, points: 4},
				{phrase: "only 12 kilometres from the Bani river", kind: KindDistance, subject: "Sofara", object: "Bani", min: 12, max: 12, unit: "km", hedge: "only", anaphor: "it"},
				{phrase: "about 60 km from Mopti", kind: KindDistance, subject: "Sofara", object: "Mopti", min: 60, max: 60, unit: "km", hedge: "about", anaphor: "It"},
			}},
		{"the village stands for the topic",
			"Kona is a small town. The village is 55 km northeast of Mopti.",
			[]relWant{{phrase: "55 km northeast of Mopti", kind: KindDistance, subject: "Kona", object: "Mopti", min: 55, max: 55, unit: "km", dir: "northeast", az: 45, points: 8, anaphor: "The village"}}},
		{"sentence starting with a descriptor",
			"The small market town of Tonka is situated roughly 30 miles north-east of Goundam.",
			[]relWant{{phrase: "roughly 30 miles north-east of Goundam", kind: KindDistance, subject: "Tonka", object: "Goundam", min: 48.28032, max: 48.28032, unit: "mi", hedge: "roughly", dir: "north-east", az: 45, points: 8}}},
		{"river before the distance is not the subject",
			"Bamba is a village. The village lies on the right bank of the Niger River 120 km east of Timbuktu.",
			[]relWant{
				{phrase: "on the right bank of the Niger River", kind: KindNear, subject: "Bamba", object: "Niger River", anaphor: "The village"},
				{phrase: "120 km east of Timbuktu", kind: KindDistance, subject: "Bamba", object: "Timbuktu", min: 120, max: 120, unit: "km", dir: "east", az: 90, points: 4, anaphor: "The village"},
			}},
		{"introductory phrase",
			"Located on the edge of the Tamesna plain, Tchintabaraden lies 150 km north of Tahoua.",
			[]relWant{
				{phrase: "on the edge of the Tamesna plain", kind: KindNear, subject: "Tchintabaraden", object: "Tamesna"},
				{phrase: "150 km north of Tahoua", kind: KindDistance, subject: "Tchintabaraden", object: "Tahoua", min: 150, max: 150, unit: "km", dir: "north", points: 4},
			}},
		{"persons are not subjects",
			"On 3 June, Colonel Diarra, the commander, was seen 20 km north of Gao.", nil},
		{"no subject, no relation",
			"On Monday, shots were heard 20 km north of Gao.", nil},
		{"where an event happened",
			"A patrol was ambushed 20 km north of Gao on Monday.",
			[]relWant{{phrase: "20 km north of Gao", kind: KindDistance, subject: "A patrol was ambushed", object: "Gao", min: 20, max: 20, unit: "km", dir: "north", points: 4}}},
		{"descriptor appositions after a container",
			"Ayorou is a town in the Tillabéri Region of western Niger, 200 km north-west of Niamey.",
			[]relWant{
				{phrase: "in the Tillabéri Region", kind: KindIn, subject: "Ayorou", object: "Tillabéri Region"},
				{phrase: "Tillabéri Region of western Niger", kind: KindIn, subject: "Tillabéri Region", object: "Niger", dir: "western", az: 270, points: 4},
				{phrase: "200 km north-west of Niamey", kind: KindDistance, subject: "Ayorou", object: "Niamey", min: 200, max: 200, unit: "km", dir: "north-west", az: 315, points: 8},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
}

func TestReadParentheses(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"direction from the subject is reversed",
			"Abalak lies on the road between the regional capital Tahoua (150 km to the southwest) and Agadez (250 km to the northeast, 300 km from the Algerian border).",
			[]relWant{
				{phrase: "on the road between the regional capital Tahoua (150 km to the southwest) and Agadez", kind: KindBetween, subject: "Abalak", object: "Tahoua", road: true},
				{phrase: "Tahoua (150 km to the southwest)", kind: KindDistance, subject: "Abalak", object: "Tahoua", min: 150, max: 150, unit: "km", dir: "southwest", az: 45, points: 8, rev: true},
				{phrase: "Agadez (250 km to the northeast, 300 km from the Algerian border)", kind: KindDistance, subject: "Abalak", object: "Agadez", min: 250, max: 250, unit: "km", dir: "northeast", az: 225, points: 8, rev: true},
				{phrase: "300 km from the Algerian border", kind: KindDistance, subject: "Agadez", border: []string{"Algerian"}, min: 300, max: 300, unit: "km"},
			}},
		{"distance only",
			"Kati is a rail stop between Bamako (15 km) and Kita (160 km).",
			[]relWant{
				{phrase: "between Bamako (15 km) and Kita", kind: KindBetween, subject: "Kati", object: "Bamako"},
				{phrase: "Bamako (15 km)", kind: KindDistance, subject: "Kati", object: "Bamako", min: 15, max: 15, unit: "km"},
				{phrase: "Kita (160 km)", kind: KindDistance, subject: "Kati", object: "Kita", min: 160, max: 160, unit: "km"},
			}},
		{"apposition after a comma, with no topic, from the place before",
			"The nearest town to Araouane is Timbuktu, 270 km to the south.",
			[]relWant{{phrase: "Timbuktu, 270 km to the south", kind: KindDistance, subject: "Timbuktu", object: "Araouane", min: 270, max: 270, unit: "km", dir: "south", az: 180, points: 4}}},
		{"apposition after a comma with a topic",
			"Araouane is a village. The nearest town is Timbuktu, 270 km to the south.",
			[]relWant{{phrase: "Timbuktu, 270 km to the south", kind: KindDistance, subject: "Araouane", object: "Timbuktu", min: 270, max: 270, unit: "km", dir: "south", az: 0, points: 4, rev: true}}},
		{"label in parentheses is no relation",
			"Boutilimit (Arabic: بوتلميت) lies 150 km south-east of Nouakchott.",
			[]relWant{{phrase: "150 km south-east of Nouakchott", kind: KindDistance, subject: "Boutilimit", object: "Nouakchott", min: 150, max: 150, unit: "km", dir: "south-east", az: 135, points: 8}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
}

func TestReadBorders(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"adjective", "Tinzaouaten is 5 km from the Algerian border.",
			[]relWant{{phrase: "5 km from the Algerian border", kind: KindDistance, subject: "Tinzaouaten", border: []string{"Algerian"}, min: 5, max: 5, unit: "km"}}},
		{"with a country and a direction", "Ouallam lies 28 km south of the border with Mali.",
			[]relWant{{phrase: "28 km south of the border with Mali", kind: KindDistance, subject: "Ouallam", border: []string{"Mali"}, min: 28, max: 28, unit: "km", dir: "south", az: 180, points: 4}}},
		{"frontier with a conversion", "Djibo is 45 kilometres (28 mi) from the frontier with Mali.",
			[]relWant{{phrase: "45 kilometres (28 mi) from the frontier with Mali", kind: KindDistance, subject: "Djibo", border: []string{"Mali"}, min: 45, max: 45, unit: "km"}}},
		{"two sides with an en dash", "Bordj Badji Mokhtar lies 15 km from the Mali–Algeria border.",
			[]relWant{{phrase: "15 km from the Mali–Algeria border", kind: KindDistance, subject: "Bordj Badji Mokhtar", border: []string{"Mali", "Algeria"}, min: 15, max: 15, unit: "km"}}},
		{"two sides with a hyphen", "Timiaouine lies 10 km north of the Mali-Algeria border.",
			[]relWant{{phrase: "10 km north of the Mali-Algeria border", kind: KindDistance, subject: "Timiaouine", border: []string{"Mali", "Algeria"}, min: 10, max: 10, unit: "km", dir: "north", points: 4}}},
		{"between two countries", "Birao is 60 km west of the border between Sudan and Chad.",
			[]relWant{{phrase: "60 km west of the border between Sudan and Chad", kind: KindDistance, subject: "Birao", border: []string{"Sudan", "Chad"}, min: 60, max: 60, unit: "km", dir: "west", az: 270, points: 4}}},
		{"bare border", "Bosso is 2 or 3 km from the frontier.",
			[]relWant{{phrase: "2 or 3 km from the frontier", kind: KindDistance, subject: "Bosso", min: 2, max: 3, unit: "km"}}},
		{"near the border", "Diffa is a town near the Nigerian border.",
			[]relWant{{phrase: "near the Nigerian border", kind: KindNear, subject: "Diffa", border: []string{"Nigerian"}}}},
		{"border town is not a border", "Gao is 300 km east of the border town of Léré.",
			[]relWant{{phrase: "300 km east of the border town of Léré", kind: KindDistance, subject: "Gao", object: "Léré", min: 300, max: 300, unit: "km", dir: "east", az: 90, points: 4}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
}

func TestReadNearAndDirection(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"near and close to", "Tarkint is near Bourem and close to the Tilemsi valley.",
			[]relWant{
				{phrase: "near Bourem", kind: KindNear, subject: "Tarkint", object: "Bourem"},
				{phrase: "close to the Tilemsi valley", kind: KindNear, subject: "Tarkint", object: "Tilemsi"},
			}},
		{"outskirts and outside", "Sévaré lies on the outskirts of Mopti. Socoura is just outside Mopti.",
			[]relWant{
				{phrase: "on the outskirts of Mopti", kind: KindNear, subject: "Sévaré", object: "Mopti"},
				{phrase: "just outside Mopti", kind: KindNear, subject: "Socoura", object: "Mopti", hedge: "just"},
			}},
		{"area around", "Ber is in the area around Timbuktu.",
			[]relWant{{phrase: "in the area around Timbuktu", kind: KindNear, subject: "Ber", object: "Timbuktu"}}},
		{"direction without distance", "Sadiola lies to the east of the Falémé and north of Kéniéba.",
			[]relWant{
				{phrase: "to the east of the Falémé", kind: KindDirection, subject: "Sadiola", object: "Falémé", dir: "east", az: 90, points: 4},
				{phrase: "north of Kéniéba", kind: KindDirection, subject: "Sadiola", object: "Kéniéba", dir: "north", points: 4},
			}},
		{"a part is not a direction", "Rebels hold the north of Mali. They moved towards the east of Gao.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
}

func TestReadContainment(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"infobox place", "- Place: Talahandak, Kidal Region, Mali\n",
			[]relWant{
				{phrase: "Talahandak, Kidal Region", kind: KindIn, subject: "Talahandak", object: "Kidal Region"},
				{phrase: "Kidal Region, Mali", kind: KindIn, subject: "Kidal Region", object: "Mali"},
			}},
		{"town, country", "Droukdel was seen in the area around Tessalit, Mali, in May.",
			[]relWant{{phrase: "Tessalit, Mali", kind: KindIn, subject: "Tessalit", object: "Mali"}}},
		{"a list is no chain", "Troops entered Gao, Kidal and Timbuktu.", nil},
		{"in with a direction adjective", "Diffa is a town in southeastern Niger.",
			[]relWant{{phrase: "in southeastern Niger", kind: KindIn, subject: "Diffa", object: "Niger", dir: "southeastern", az: 135, points: 8}}},
		{"in the north of", "Tessalit is in the north of Mali.",
			[]relWant{{phrase: "in the north of Mali", kind: KindIn, subject: "Tessalit", object: "Mali", dir: "north", points: 4}}},
		{"rural commune chain", "Tongo is a village in the rural commune of Tondikiwindi, Ouallam Department, Tillabéri Region in southwestern Niger.",
			[]relWant{
				{phrase: "in the rural commune of Tondikiwindi", kind: KindIn, subject: "Tongo", object: "Tondikiwindi"},
				{phrase: "Tondikiwindi, Ouallam Department", kind: KindIn, subject: "Tondikiwindi", object: "Ouallam Department"},
				{phrase: "Ouallam Department, Tillabéri Region", kind: KindIn, subject: "Ouallam Department", object: "Tillabéri Region"},
				{phrase: "Tillabéri Region in southwestern Niger", kind: KindIn, subject: "Tillabéri Region", object: "Niger", dir: "southwestern", az: 225, points: 8},
			}},
		{"possessive region", "Mao is the capital of Chad's Kanem Region.",
			[]relWant{
				{phrase: "capital of Chad's Kanem Region", kind: KindIn, subject: "Mao", object: "Kanem Region", seat: true},
				{phrase: "Chad's Kanem Region", kind: KindIn, subject: "Kanem Region", object: "Chad"},
			}},
		{"capital of, comma", "Trucks run from the capital of Niger, Niamey, every day.",
			[]relWant{{phrase: "Niger, Niamey", kind: KindIn, subject: "Niamey", object: "Niger"}}},
		{"country in parentheses", "Assamakka (Niger) is a border post.",
			[]relWant{{phrase: "Assamakka (Niger)", kind: KindIn, subject: "Assamakka", object: "Niger"}}},
		{"past tense is not placement", "The French army did not know how long Droukdel had been in Mali.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
}

// TestReadOpenAdjectives checks that an adjective no list holds, before a
// descriptor noun, reads like a listed one: in the copula's descriptor ("a
// component city"), the anaphor for the topic ("The colonial town lies")
// and the object ("the prefectural capital X"), and that it takes no word
// that is not before a descriptor.
func TestReadOpenAdjectives(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"copula descriptor", "Pagburnayan is a component city. It is about 70 km south-southwest of Laoag.",
			[]relWant{{phrase: "about 70 km south-southwest of Laoag", kind: KindDistance, subject: "Pagburnayan", object: "Laoag", min: 70, max: 70, unit: "km", hedge: "about", dir: "south-southwest", az: 202.5, points: 16, anaphor: "It"}}},
		{"anaphor for the topic", "Arraial is a municipality in Minas Gerais. The colonial town lies just 9 km from Tiradentes.",
			[]relWant{
				{phrase: "in Minas Gerais", kind: KindIn, subject: "Arraial", object: "Minas Gerais"},
				{phrase: "just 9 km from Tiradentes", kind: KindDistance, subject: "Arraial", object: "Tiradentes", min: 9, max: 9, unit: "km", hedge: "just", anaphor: "The colonial town"},
			}},
		{"object behind two descriptor words", "Kegonzawa is a city in Japan, roughly 30 km northwest of the prefectural capital Utsunomiya.",
			[]relWant{
				{phrase: "in Japan", kind: KindIn, subject: "Kegonzawa", object: "Japan"},
				{phrase: "roughly 30 km northwest of the prefectural capital Utsunomiya", kind: KindDistance, subject: "Kegonzawa", object: "Utsunomiya", min: 30, max: 30, unit: "km", hedge: "roughly", dir: "northwest", az: 315, points: 8},
			}},
		{"no descriptor after the word", "Kegonzawa is a popular destination. It is 30 km north of Nikko.",
			[]relWant{{phrase: "30 km north of Nikko", kind: KindDistance, subject: "Kegonzawa", object: "Nikko", min: 30, max: 30, unit: "km", dir: "north", az: 0, points: 4, anaphor: "It"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
	for _, w := range []string{"colonial", "component", "prefectural", "spa"} {
		if !isOpenAdjective(w) {
			t.Errorf("isOpenAdjective(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"small", "town", "lies", "near", "which", "north", "miles", "and", "its", "of"} {
		if isOpenAdjective(w) {
			t.Errorf("isOpenAdjective(%q) = true, want false", w)
		}
	}
}

// TestReadTheSeat checks that "The county seat lies ..." after a first
// sentence about a county places the county, as "Its seat lies ..." does,
// and that a seat the sentence names is left alone.
func TestReadTheSeat(t *testing.T) {
	checkRelations(t, "Soswae is a county in Jeolla. The county seat lies 19 km north-northeast of Gwangju.",
		[]relWant{
			{phrase: "in Jeolla", kind: KindIn, subject: "Soswae", object: "Jeolla"},
			{phrase: "19 km north-northeast of Gwangju", kind: KindDistance, subject: "Soswae", object: "Gwangju", min: 19, max: 19, unit: "km", dir: "north-northeast", az: 22.5, points: 16, anaphor: "The county seat"},
		})
	d := Read("Soswae is a county in Jeolla. The county seat is Damyang, 19 km north of Gwangju.")
	for _, r := range d.Relations {
		if r.Kind == KindDistance && d.Mentions[r.Subject].Name == "Soswae" {
			t.Errorf("a named seat: %q measured from Soswae", r.Phrase.Text(d.Text))
		}
	}
}

// TestReadEventPlaces: an event told with the place it happened at is
// measured from its anchor through that place: "the ambush on X occurred
// 25 km south of Y" inside a reported clause, and "the market in X, 25 km
// east of Y" when the clause's subject is the event. A region after "in"
// is no such place.
func TestReadEventPlaces(t *testing.T) {
	tests := []struct{ doc, subject, object string }{
		{"Police said the ambush on Kalemwa occurred about 25 km south of Uvira.", "Kalemwa", "Uvira"},
		{"Villagers said the raid on Kapichira Kasitu took place 20 km west of Kasungu.", "Kapichira Kasitu", "Kasungu"},
		{"The attack on the village of Dhadho Yare happened 30 km north of Garissa.", "Dhadho Yare", "Garissa"},
		{"Survivors said the massacre in Tamboura was carried out 22 km south of Djibo.", "Tamboura", "Djibo"},
		{"The army said the raid on Barangay Kasitu took place 18 km north of Iloilo.", "Kasitu", "Iloilo"},
		{"A car bomb hit the checkpoint in Tal Marjan, 20 km west of Mosul.", "Tal Marjan", "Mosul"},
		{"A suicide bomber attacked the market in Gwoza Tashan, 30 km south of Bama.", "Gwoza Tashan", "Bama"},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		found := false
		for _, r := range d.Relations {
			if r.Kind == KindDistance && r.Object >= 0 && d.Mentions[r.Object].Name == tt.object {
				found = true
				if r.Subject < 0 || d.Mentions[r.Subject].Name != tt.subject {
					t.Errorf("Read(%q): the distance from %s is about %+v, want %s", tt.doc, tt.object, r.Subject, tt.subject)
				}
			}
		}
		if !found {
			t.Errorf("Read(%q): no distance from %s in %+v", tt.doc, tt.object, d.Relations)
		}
	}
	// The subject of "in X" is a nameless event, but X is a region: the
	// distance stays the event's.
	d := Read("A car bomb hit a checkpoint in the Nineveh Governorate, 20 km west of Mosul.")
	for _, r := range d.Relations {
		if r.Kind == KindDistance && r.Subject >= 0 && d.Mentions[r.Subject].Name == "Nineveh Governorate" {
			t.Errorf("the governorate is placed 20 km west of Mosul: %+v", d.Relations)
		}
	}
}
