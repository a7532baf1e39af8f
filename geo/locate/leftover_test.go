package locate

import "testing"

// leftoverCases are short texts of six classes that earlier sets found
// read wrong and left alone, written before locus was run on them; the
// located places are invented, the anchors real towns of the gazetteer.
var leftoverCases = map[string][]textCase{
	// A relative clause after the container ("a village in Niger that
	// lies 60 km south-east of Niamey"): the distance belongs to the
	// subject, not to the country or region the clause follows.
	"relative": {
		{doc: "Tassiga Nord is a village in Niger that lies 60 km south-east of Niamey.",
			place: "Tassiga Nord", anchor: "Niamey", country: "NE", km: 60},
		{doc: "Diamou Ouest is a hamlet in the Kayes Region which is situated 30 km north of Kayes.",
			place: "Diamou Ouest", anchor: "Kayes", country: "ML", km: 30},
		{doc: "Ngorika Juu is a village in Tanzania that lies about 25 km west of Arusha.",
			place: "Ngorika Juu", anchor: "Arusha", country: "TZ", km: 25},
		{doc: "Mbalambala Kati is a settlement in Kenya's Garissa County which is located 40 km north of Garissa.",
			place: "Mbalambala Kati", anchor: "Garissa", country: "KE", km: 40},
		{doc: "Khirbet Umm Adas is a village in the Mafraq Governorate of Jordan that lies 20 km east of Mafraq.",
			place: "Khirbet Umm Adas", anchor: "Mafraq", country: "JO", km: 20},
		{doc: "Boulsa-Nord est un village du Burkina Faso qui se trouve à 20 km au nord de Kaya.",
			place: "Boulsa-Nord", anchor: "Kaya", country: "BF", km: 20},
		{doc: "Tidermène-Est est un village de la région de Ménaka qui est situé à 50 km à l'ouest de Ménaka.",
			place: "Tidermène-Est", anchor: "Ménaka", country: "ML", km: 50},
		{doc: "Kouloumbou-Sud est une commune rurale du Sénégal qui se situe à 30 km au sud de Tambacounda.",
			place: "Kouloumbou-Sud", anchor: "Tambacounda", country: "SN", km: 30},
	},
	// "it" after a dash or an opening parenthesis is the place before it.
	"it-insert": {
		{doc: "Tin Abaw – it lies some 40 km east of Kidal – was attacked on Sunday.",
			place: "Tin Abaw", anchor: "Kidal", country: "ML", km: 40},
		{doc: "Sinkoro Fara (it is some 35 km west of Kankan) was cut off by the rains.",
			place: "Sinkoro Fara", anchor: "Kankan", country: "GN", km: 35},
		{doc: "The village of Kariba Ndogo — it lies 25 km north of Mombasa — was flooded in May.",
			place: "Kariba Ndogo", anchor: "Mombasa", country: "KE", km: 25},
		{doc: "Gidan Bawa (it is about 30 km south of Maradi) has no clinic.",
			place: "Gidan Bawa", anchor: "Maradi", country: "NE", km: 30},
		{doc: "Ban Na Kham – it is 18 km north of Luang Prabang – was cut off by landslides.",
			place: "Ban Na Kham", anchor: "Luang Prabang", country: "LA", km: 18},
		{doc: "In Tahaka-Est – il se trouve à 40 km à l'est de Gao – a été attaqué dimanche.",
			place: "In Tahaka-Est", anchor: "Gao", country: "ML", km: 40},
		{doc: "Le village de Dioura-Sud (il est situé à 25 km au nord de Ségou) a été inondé.",
			place: "Dioura-Sud", anchor: "Ségou", country: "ML", km: 25},
		{doc: "Bossangoa-Est – il se trouve à 15 km à l'est de Bossangoa – a été incendié.",
			place: "Bossangoa-Est", anchor: "Bossangoa", country: "CF", km: 15},
	},
	// Headlines and gazetteer entries: the name before a colon or a dash
	// is the subject, in capitals or not.
	"entry": {
		{doc: "TAKALOTE: LOCATED 20 KM NORTH OF MENAKA",
			place: "Takalote", anchor: "Menaka", country: "ML", km: 20},
		{doc: "Kouréga: village, 60 km SE of Niamey.",
			place: "Kouréga", anchor: "Niamey", country: "NE", km: 60},
		{doc: "Bir Gandouz Ouest — 12 km W of Dakhla.",
			place: "Bir Gandouz Ouest", anchor: "Dakhla", country: "EH", km: 12},
		{doc: "Nyamasheke Hill: hamlet, 15 km north of Kibuye, Rwanda.",
			place: "Nyamasheke Hill", anchor: "Kibuye", country: "RW", km: 15},
		{doc: "ANKOBRA JUNCTION: 30 KM WEST OF TAKORADI",
			place: "Ankobra Junction", anchor: "Takoradi", country: "GH", km: 30},
		{doc: "TIN-HAMMA-EST : SITUÉ À 20 KM AU NORD DE GAO",
			place: "Tin-Hamma-Est", anchor: "Gao", country: "ML", km: 20},
		{doc: "Kalifabougou-Nord : village, à 30 km au nord de Kati.",
			place: "Kalifabougou-Nord", anchor: "Kati", country: "ML", km: 30},
		{doc: "Ndiosmone-Est — à 12 km à l'ouest de Kaolack.",
			place: "Ndiosmone-Est", anchor: "Kaolack", country: "SN", km: 12},
	},
	// Numbered and qualified names are kept whole, unknown or not.
	"whole-name": {
		{doc: "Chak 214 JB is a village in Faisalabad District, 25 km west of Faisalabad.",
			place: "Chak 214 JB", anchor: "Faisalabad", country: "PK", km: 25},
		{doc: "Camp 3 is a refugee settlement 12 km south of Lodwar, Kenya.",
			place: "Camp 3", anchor: "Lodwar", country: "KE", km: 12},
		{doc: "Kilometre 40 is a roadside settlement 40 km north of Nouakchott.",
			place: "Kilometre 40", anchor: "Nouakchott", country: "MR", km: 40},
		{doc: "Little Hadleigh is a hamlet 5 km north of Colchester.",
			place: "Little Hadleigh", anchor: "Colchester", country: "GB", km: 5},
		{doc: "Upper Kabete is a village 15 km north-west of Nairobi.",
			place: "Upper Kabete", anchor: "Nairobi", country: "KE", km: 15},
		{doc: "New Mampong is a farming town 20 km north of Kumasi.",
			place: "New Mampong", anchor: "Kumasi", country: "GH", km: 20},
		{doc: "Ashby Parva Lodge lies 6 km south of Great Yarmouth.",
			place: "Ashby Parva Lodge", anchor: "Great Yarmouth", country: "GB", km: 6},
		{doc: "Kaitoke Valley is a settlement 12 km north of Upper Hutt.",
			place: "Kaitoke Valley", anchor: "Upper Hutt", country: "NZ", km: 12},
		{doc: "Ballyanne is a townland 5 km east of New Ross.",
			place: "Ballyanne", anchor: "New Ross", country: "IE", km: 5},
		{doc: "Petit-Kalifa est un hameau à 10 km au nord de Koulikoro.",
			place: "Petit-Kalifa", anchor: "Koulikoro", country: "ML", km: 10},
		{doc: "Haut-Kabara se trouve à 12 km au nord de Tombouctou.",
			place: "Haut-Kabara", anchor: "Tombouctou", country: "ML", km: 12},
		{doc: "Le hameau de Fond-Petit est à 8 km au sud de Petit-Bourg, en Guadeloupe.",
			place: "Fond-Petit", anchor: "Petit-Bourg", country: "GP", km: 8},
	},
	// A role with a people's adjective is the capital of that people's
	// country; "the regional capital" is the seat of the region named.
	"role-adjective": {
		{doc: "Dialakoroba Sud lies 40 km south of the Malian capital.",
			place: "Dialakoroba Sud", anchor: "Bamako", country: "ML", km: 40},
		{doc: "Kollo Ouest is a village 30 km east of the Nigerien capital.",
			place: "Kollo Ouest", anchor: "Niamey", country: "NE", km: 30},
		{doc: "Saaba Nord, a suburb 12 km east of the Burkinabè capital, was flooded.",
			place: "Saaba Nord", anchor: "Ouagadougou", country: "BF", km: 12},
		{doc: "Nyamata Hill lies 20 km south of the Rwandan capital.",
			place: "Nyamata Hill", anchor: "Kigali", country: "RW", km: 20},
		{doc: "Waterloo Junction lies 20 km east of the Sierra Leonean capital.",
			place: "Waterloo Junction", anchor: "Freetown", country: "SL", km: 20},
		{doc: "Konna Est is a village in the Mopti Region, 25 km north of the regional capital.",
			place: "Konna Est", anchor: "Mopti", country: "ML", km: 25},
		{doc: "Kati-Nord se trouve à 15 km au nord de la capitale malienne.",
			place: "Kati-Nord", anchor: "Bamako", country: "ML", km: 15},
		{doc: "Le village de Tondibiah-Est est situé à 20 km à l'ouest de la capitale nigérienne.",
			place: "Tondibiah-Est", anchor: "Niamey", country: "NE", km: 20},
		{doc: "Le village de Soké-Bougou, dans la région de Ségou, se trouve à 30 km à l'est du chef-lieu régional.",
			place: "Soké-Bougou", anchor: "Ségou", country: "ML", km: 30},
		{doc: "Gounghin-Est est à 10 km à l'est de la capitale burkinabè.",
			place: "Gounghin-Est", anchor: "Ouagadougou", country: "BF", km: 10},
	},
	// French containers: "la province du Séno" is the division of the
	// document's country, never a namesake town abroad.
	"fr-container": {
		{doc: "Le village de Tibou-Nord est situé dans la province du Séno, à 30 km au nord de Dori.",
			place: "Tibou-Nord", anchor: "Dori", country: "BF", km: 30},
		{doc: "Kéniéba-Sud est un village de la région de Kayes, à 40 km au sud de Kayes.",
			place: "Kéniéba-Sud", anchor: "Kayes", country: "ML", km: 40},
		{doc: "Le village d'Aguelhok-Est, dans le cercle de Kidal, se trouve à 60 km au nord de Kidal.",
			place: "Aguelhok-Est", anchor: "Kidal", country: "ML", km: 60},
		{doc: "Dans le département de Zinder, le village de Gouna-Sud se trouve à 25 km au sud de Zinder.",
			place: "Gouna-Sud", anchor: "Zinder", country: "NE", km: 25},
		{doc: "Le hameau de Sabon Birni-Est, dans la région de Tahoua, est situé à 20 km à l'est de Tahoua.",
			place: "Sabon Birni-Est", anchor: "Tahoua", country: "NE", km: 20},
		{doc: "Le village de Bani-Kossi est dans la province du Yatenga, à 15 km au nord de Ouahigouya.",
			place: "Bani-Kossi", anchor: "Ouahigouya", country: "BF", km: 15},
		{doc: "Le village de Médina-Ndiathbé, dans le département de Podor, se trouve à 10 km au sud de Louga.",
			place: "Médina-Ndiathbé", anchor: "Louga", country: "SN", km: 10},
		{doc: "Le village de Sinthiou-Est se trouve dans la région de Matam, à 25 km au sud de Matam.",
			place: "Sinthiou-Est", anchor: "Matam", country: "SN", km: 25},
		{doc: "Le village de Dilly-Est est dans le cercle de Nara, au Mali, à 30 km à l'est de Nioro.",
			place: "Dilly-Est", anchor: "Nioro", country: "ML", km: 30},
		{doc: "Le village de Tamou-Nord se trouve dans le département de Say, à 20 km au sud de Niamey.",
			place: "Tamou-Nord", anchor: "Niamey", country: "NE", km: 20},
	},
	// A second set, written after the fixes above to see whether they
	// hold beyond the texts they were made on: of the first nine here and
	// "Great Ayton lies 10 km south-east of Middlesbrough" (a town of the
	// gazetteer, mapped whole), 8 of 10 read right at once; a compass
	// word closing a name in a line in capitals ("TOUNGA NORD:") and a
	// role followed by its container after a comma ("la capitale
	// régionale, dans la région de Mopti", and the English text added
	// last) were then fixed.
	"second": {
		{doc: "Tiguila is a village in Burkina Faso, which lies 25 km north-east of Ouahigouya.",
			place: "Tiguila", anchor: "Ouahigouya", country: "BF", km: 25},
		{doc: "Bagassi Sud is a village in the Boucle du Mouhoun Region that is located 30 km south of Dédougou.",
			place: "Bagassi Sud", anchor: "Dédougou", country: "BF", km: 30},
		{doc: "Kondoa Juu — it is about 15 km west of Dodoma — has a small market.",
			place: "Kondoa Juu", anchor: "Dodoma", country: "TZ", km: 15},
		{doc: "Old Kasese is a fishing village 12 km south of Kasese.",
			place: "Old Kasese", anchor: "Kasese", country: "UG", km: 12},
		{doc: "TOUNGA NORD: SOME 35 KM SOUTH OF ZINDER",
			place: "Tounga Nord", anchor: "Zinder", country: "NE", km: 35},
		{doc: "Diafarabé-Est se trouve à 25 km au sud de la capitale régionale, dans la région de Mopti.",
			place: "Diafarabé-Est", anchor: "Mopti", country: "ML", km: 25},
		{doc: "Ntoum-Est lies 30 km east of the Gabonese capital.",
			place: "Ntoum-Est", anchor: "Libreville", country: "GA", km: 30},
		{doc: "Koumbia Nord est à 20 km au nord de la capitale guinéenne.",
			place: "Koumbia Nord", anchor: "Conakry", country: "GN", km: 20},
		{doc: "Le village de Kassa-Est, dans la préfecture de Kindia, est à 15 km au nord de Kindia.",
			place: "Kassa-Est", anchor: "Kindia", country: "GN", km: 15},
		{doc: "Diafarabé-Est lies 25 km south of the regional capital, in the Mopti Region.",
			place: "Diafarabé-Est", anchor: "Mopti", country: "ML", km: 25},
	},
}

// TestFrenchContainersAtHome: a division after a French container word
// ("la province du Séno", "le cercle de Nara") is the division of the
// document's country, never a namesake town or division abroad (Seno in
// Aragon, Nara Prefecture); one the gazetteer lacks ("la province du
// Soum") is placed nowhere.
func TestFrenchContainersAtHome(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tt := range []struct{ doc, container, country string }{
		{"Le village de Tibou-Nord est situé dans la province du Séno, à 30 km au nord de Dori.", "Séno", "BF"},
		{"Le village de Tibou-Nord est situé dans la province du Séno.", "Séno", "BF"},
		{"Le village de Bani-Kossi est dans la province du Yatenga, à 15 km au nord de Ouahigouya.", "Yatenga", "BF"},
		{"Le village de Kongoussi-Est se trouve dans la province du Bam.", "Bam", "BF"},
		{"Le village de Dilly-Est est dans le cercle de Nara, au Mali.", "Nara", "ML"},
		{"Le village de Dilly-Est est dans le cercle de Nara, à 30 km au nord de Nioro.", "Nara", "ML"},
		{"Le village de Tamou-Nord se trouve dans le département de Say, à 20 km au sud de Niamey.", "Say", "NE"},
		{"Dans le département de Zinder, le village de Gouna-Sud a été inondé.", "Zinder", "NE"},
		{"Le village de Sara-Est se trouve dans la province du Soum, à 20 km au sud de Djibo.", "Soum", ""},
	} {
		t.Run(tt.container, func(t *testing.T) {
			res := analyse(t, tt.doc)
			p := placeNamed(t, res, tt.container)
			if tt.country == "" {
				if p.HasPoint {
					t.Errorf("%s: %s is placed in %q (%s), want no point", tt.doc, tt.container, p.Country, p.Source)
				}
				return
			}
			if p.Country != tt.country {
				t.Errorf("%s: %s is taken in %q (%s), want %s", tt.doc, tt.container, p.Country, p.Source, tt.country)
			}
		})
	}
}

// TestLeftoverClasses reads the six classes of leftoverCases; see each
// class for what it tests.
func TestLeftoverClasses(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for class, cases := range leftoverCases {
		t.Run(class, func(t *testing.T) { checkTexts(t, cases) })
	}
}
