package text

import (
	"slices"
	"testing"
)

func TestReadFrenchDistances(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"km and intercardinal", "Kouloum est situé à 23 km au sud-est de Dargo.",
			[]relWant{{phrase: "23 km au sud-est de Dargo", kind: KindDistance, subject: "Kouloum", object: "Dargo", min: 23, max: 23, unit: "km", dir: "sud-est", az: 135, points: 8}}},
		{"kilomètres, à l'ouest", "Béla se trouve à 15 kilomètres à l'ouest de Tiyo.",
			[]relWant{{phrase: "15 kilomètres à l'ouest de Tiyo", kind: KindDistance, subject: "Béla", object: "Tiyo", min: 15, max: 15, unit: "km", dir: "ouest", az: 270, points: 4}}},
		{"kilometres unaccented, d' glued", "Sona se situe à 40 kilometres d'Agadez.",
			[]relWant{{phrase: "40 kilometres d'Agadez", kind: KindDistance, subject: "Sona", object: "Agadez", min: 40, max: 40, unit: "km"}}},
		{"mètres", "Le puits de Tinga est situé à 800 mètres au nord de Wara.",
			[]relWant{{phrase: "800 mètres au nord de Wara", kind: KindDistance, subject: "Tinga", object: "Wara", min: 0.8, max: 0.8, unit: "m", dir: "nord", points: 4}}},
		{"decimal comma and spaced thousands", "Kiré est situé à 1,5 km à l'est de Sabou et à 1 200 m de Bolo.",
			[]relWant{
				{phrase: "1,5 km à l'est de Sabou", kind: KindDistance, subject: "Kiré", object: "Sabou", min: 1.5, max: 1.5, unit: "km", dir: "est", az: 90, points: 4},
				{phrase: "1 200 m de Bolo", kind: KindDistance, subject: "Kiré", object: "Bolo", min: 1.2, max: 1.2, unit: "m"},
			}},
		{"number words", "Hamdallaye est situé à vingt-cinq kilomètres au nord de Garo, à quatre-vingt-dix kilomètres de Bara et à cent vingt et un kilomètres de Douna.",
			[]relWant{
				{phrase: "vingt-cinq kilomètres au nord de Garo", kind: KindDistance, subject: "Hamdallaye", object: "Garo", min: 25, max: 25, unit: "km", dir: "nord", points: 4},
				{phrase: "quatre-vingt-dix kilomètres de Bara", kind: KindDistance, subject: "Hamdallaye", object: "Bara", min: 90, max: 90, unit: "km"},
				{phrase: "cent vingt et un kilomètres de Douna", kind: KindDistance, subject: "Hamdallaye", object: "Douna", min: 121, max: 121, unit: "km"},
			}},
		{"ranges", "Tamba est situé entre 2 et 5 km au sud-ouest de Koyo, de 10 à 15 km de Sibi, à 10-15 km au nord de Garo et à 2 ou 3 km de Lora.",
			[]relWant{
				{phrase: "entre 2 et 5 km au sud-ouest de Koyo", kind: KindDistance, subject: "Tamba", object: "Koyo", min: 2, max: 5, unit: "km", dir: "sud-ouest", az: 225, points: 8},
				{phrase: "de 10 à 15 km de Sibi", kind: KindDistance, subject: "Tamba", object: "Sibi", min: 10, max: 15, unit: "km"},
				{phrase: "10-15 km au nord de Garo", kind: KindDistance, subject: "Tamba", object: "Garo", min: 10, max: 15, unit: "km", dir: "nord", points: 4},
				{phrase: "2 ou 3 km de Lora", kind: KindDistance, subject: "Tamba", object: "Lora", min: 2, max: 3, unit: "km"},
			}},
		{"hedges in English", "Wendou se trouve à environ 30 km de Bani, à près de 8 km de Dori, à quelque 40 km de Téra, à plus de 90 km de Gaya, à moins de 5 km de Sébba et à seulement 2 km de Kiré.",
			[]relWant{
				{phrase: "environ 30 km de Bani", kind: KindDistance, subject: "Wendou", object: "Bani", min: 30, max: 30, unit: "km", hedge: "about"},
				{phrase: "près de 8 km de Dori", kind: KindDistance, subject: "Wendou", object: "Dori", min: 8, max: 8, unit: "km", hedge: "nearly"},
				{phrase: "quelque 40 km de Téra", kind: KindDistance, subject: "Wendou", object: "Téra", min: 40, max: 40, unit: "km", hedge: "some"},
				{phrase: "plus de 90 km de Gaya", kind: KindDistance, subject: "Wendou", object: "Gaya", min: 90, max: 90, unit: "km", hedge: "more than"},
				{phrase: "moins de 5 km de Sébba", kind: KindDistance, subject: "Wendou", object: "Sébba", min: 5, max: 5, unit: "km", hedge: "less than"},
				{phrase: "seulement 2 km de Kiré", kind: KindDistance, subject: "Wendou", object: "Kiré", min: 2, max: 2, unit: "km", hedge: "only"},
			}},
		{"more hedges", "Yalgo est à peine à 3 km de Taparko, à une dizaine de kilomètres de Bouroum et à 12 km environ de Gourcy.",
			[]relWant{
				{phrase: "3 km de Taparko", kind: KindDistance, subject: "Yalgo", object: "Taparko", min: 3, max: 3, unit: "km", hedge: "barely"},
				{phrase: "une dizaine de kilomètres de Bouroum", kind: KindDistance, subject: "Yalgo", object: "Bouroum", min: 10, max: 10, unit: "km", hedge: "about"},
				{phrase: "12 km environ de Gourcy", kind: KindDistance, subject: "Yalgo", object: "Gourcy", min: 12, max: 12, unit: "km", hedge: "about"},
			}},
		{"only, distance of, by road", "Dano n'est qu'à 12 km de Bondigui. La ville de Tahoua est située à une distance de 550 km de Niamey par la route.",
			[]relWant{
				{phrase: "12 km de Bondigui", kind: KindDistance, subject: "Dano", object: "Bondigui", min: 12, max: 12, unit: "km", hedge: "only"},
				{phrase: "une distance de 550 km de Niamey par la route", kind: KindDistance, subject: "Tahoua", object: "Niamey", min: 550, max: 550, unit: "km", road: true},
			}},
		{"number missing", "Koala est situé à km au sud-est de Piéla, le chef-lieu du département, et à environ 12 kilomètres au sud-ouest de Bilanga. Le village est également à km au nord de Sidogo.",
			[]relWant{
				{phrase: "km au sud-est de Piéla", kind: KindDirection, subject: "Koala", object: "Piéla", dir: "sud-est", az: 135, points: 8, missing: true},
				{phrase: "environ 12 kilomètres au sud-ouest de Bilanga", kind: KindDistance, subject: "Koala", object: "Bilanga", min: 12, max: 12, unit: "km", hedge: "about", dir: "sud-ouest", az: 225, points: 8},
				{phrase: "km au nord de Sidogo", kind: KindDirection, subject: "Koala", object: "Sidogo", dir: "nord", points: 4, missing: true, anaphor: "Le village"},
			}},
		{"no object is no relation", "Tangaye est situé à 30 km au sud-est du département.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
}

func TestReadFrenchDirections(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"four cardinal points", "Boni est situé à 5 km au nord de Gomo, à 6 km au sud de Kiba, à 7 km à l'est de Loro et à 8 km à l'ouest de Mali-Sud.",
			[]relWant{
				{phrase: "5 km au nord de Gomo", kind: KindDistance, subject: "Boni", object: "Gomo", min: 5, max: 5, unit: "km", dir: "nord", az: 0, points: 4},
				{phrase: "6 km au sud de Kiba", kind: KindDistance, subject: "Boni", object: "Kiba", min: 6, max: 6, unit: "km", dir: "sud", az: 180, points: 4},
				{phrase: "7 km à l'est de Loro", kind: KindDistance, subject: "Boni", object: "Loro", min: 7, max: 7, unit: "km", dir: "est", az: 90, points: 4},
				{phrase: "8 km à l'ouest de Mali-Sud", kind: KindDistance, subject: "Boni", object: "Mali-Sud", min: 8, max: 8, unit: "km", dir: "ouest", az: 270, points: 4},
			}},
		{"capitalised, sixteen points, abbreviation", "Dabo est situé à 12 km au Sud-Est de Kwa, à 9 km au nord-nord-est de Lilo et à 3 km au NO de Bani.",
			[]relWant{
				{phrase: "12 km au Sud-Est de Kwa", kind: KindDistance, subject: "Dabo", object: "Kwa", min: 12, max: 12, unit: "km", dir: "Sud-Est", az: 135, points: 8},
				{phrase: "9 km au nord-nord-est de Lilo", kind: KindDistance, subject: "Dabo", object: "Lilo", min: 9, max: 9, unit: "km", dir: "nord-nord-est", az: 22.5, points: 16},
				{phrase: "3 km au NO de Bani", kind: KindDistance, subject: "Dabo", object: "Bani", min: 3, max: 3, unit: "km", dir: "NO", az: 315, points: 8},
			}},
		{"contractions", "Silmi se trouve à 4 km au sud-ouest du village de Goué, à 6 km à l'ouest des Hauts-Bassins, à 9 km au nord de la commune de Réo et à 2 km à l'est de l'Oudalan.",
			[]relWant{
				{phrase: "4 km au sud-ouest du village de Goué", kind: KindDistance, subject: "Silmi", object: "Goué", min: 4, max: 4, unit: "km", dir: "sud-ouest", az: 225, points: 8},
				{phrase: "6 km à l'ouest des Hauts-Bassins", kind: KindDistance, subject: "Silmi", object: "Hauts-Bassins", min: 6, max: 6, unit: "km", dir: "ouest", az: 270, points: 4},
				{phrase: "9 km au nord de la commune de Réo", kind: KindDistance, subject: "Silmi", object: "Réo", min: 9, max: 9, unit: "km", dir: "nord", points: 4},
				{phrase: "2 km à l'est de l'Oudalan", kind: KindDistance, subject: "Silmi", object: "Oudalan", min: 2, max: 2, unit: "km", dir: "est", az: 90, points: 4},
			}},
		{"direction without distance", "Sona est situé au nord de Kaya et près de Boussouma.",
			[]relWant{
				{phrase: "au nord de Kaya", kind: KindDirection, subject: "Sona", object: "Kaya", dir: "nord", points: 4},
				{phrase: "près de Boussouma", kind: KindNear, subject: "Sona", object: "Boussouma"},
			}},
		{"a direction not after a verb of place", "Très excentré au nord de Kaya, Mertin est un grand village.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
}

func TestReadFrenchSubjects(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"coordination with et, comma and apposition",
			"Kirsi est situé à 12 km au nord de Gomponsom, le chef-lieu du département, et à 3 km de Pilimpikou, à 9 km au sud de Lago et à 20 km de Yako.",
			[]relWant{
				{phrase: "12 km au nord de Gomponsom", kind: KindDistance, subject: "Kirsi", object: "Gomponsom", min: 12, max: 12, unit: "km", dir: "nord", points: 4},
				{phrase: "3 km de Pilimpikou", kind: KindDistance, subject: "Kirsi", object: "Pilimpikou", min: 3, max: 3, unit: "km"},
				{phrase: "9 km au sud de Lago", kind: KindDistance, subject: "Kirsi", object: "Lago", min: 9, max: 9, unit: "km", dir: "sud", az: 180, points: 4},
				{phrase: "20 km de Yako", kind: KindDistance, subject: "Kirsi", object: "Yako", min: 20, max: 20, unit: "km"},
			}},
		{"a participle after a division named with des is the subject's",
			"Sokpa est une ville du Bénin, dans le département des Collines, située à 18 km au nord de Savé.",
			[]relWant{
				{phrase: "ville du Bénin", kind: KindIn, subject: "Sokpa", object: "Bénin"},
				{phrase: "dans le département des Collines", kind: KindIn, subject: "Sokpa", object: "Collines"},
				{phrase: "18 km au nord de Savé", kind: KindDistance, subject: "Sokpa", object: "Savé", min: 18, max: 18, unit: "km", dir: "nord", points: 4},
			}},
		{"news: the object of a noun right before the apposition",
			"Des hommes armés ont incendié le marché de Tibga, à 30 km au sud de Fada. Le contrôle de Kantchari, à 12 km de Diapaga, a été repris.",
			[]relWant{
				{phrase: "30 km au sud de Fada", kind: KindDistance, subject: "Tibga", object: "Fada", min: 30, max: 30, unit: "km", dir: "sud", az: 180, points: 4},
				{phrase: "12 km de Diapaga", kind: KindDistance, subject: "Kantchari", object: "Diapaga", min: 12, max: 12, unit: "km"},
			}},
		{"an organisation with its article opening the sentence is no subject",
			"Le Hamas a revendiqué un tir de roquettes près de Tell Zaatar, à 5 km au nord de Jabalia.",
			[]relWant{
				{phrase: "5 km au nord de Jabalia", kind: KindDistance, subject: "Tell Zaatar", object: "Jabalia", min: 5, max: 5, unit: "km", dir: "nord", points: 4},
			}},
		{"la localité de X",
			"La localité de Sanankoro est située sur la route nationale RN 7, à 40 km à l'est du chef-lieu régional Sikasso.",
			[]relWant{{phrase: "40 km à l'est du chef-lieu régional Sikasso", kind: KindDistance, subject: "Sanankoro", object: "Sikasso", min: 40, max: 40, unit: "km", dir: "est", az: 90, points: 4, road: true}}},
		{"anaphors for the topic",
			"Koro est située à 7 km au nord de Sona. Elle se trouve également à 12 km à l'est de Bilo. Le village est à 4 km au sud de Yéro. Cependant, le village se trouve à 30 km de la ville de Dori.",
			[]relWant{
				{phrase: "7 km au nord de Sona", kind: KindDistance, subject: "Koro", object: "Sona", min: 7, max: 7, unit: "km", dir: "nord", points: 4},
				{phrase: "12 km à l'est de Bilo", kind: KindDistance, subject: "Koro", object: "Bilo", min: 12, max: 12, unit: "km", dir: "est", az: 90, points: 4, anaphor: "Elle"},
				{phrase: "4 km au sud de Yéro", kind: KindDistance, subject: "Koro", object: "Yéro", min: 4, max: 4, unit: "km", dir: "sud", az: 180, points: 4, anaphor: "Le village"},
				{phrase: "30 km de la ville de Dori", kind: KindDistance, subject: "Koro", object: "Dori", min: 30, max: 30, unit: "km", anaphor: "le village"},
			}},
		{"topic from a sentence without a relation",
			"Zam est un village. Il se trouve à 8 km au nord de Mogtédo.",
			[]relWant{{phrase: "8 km au nord de Mogtédo", kind: KindDistance, subject: "Zam", object: "Mogtédo", min: 8, max: 8, unit: "km", dir: "nord", points: 4, anaphor: "Il"}}},
		{"no topic, no subject", "Il est situé à 15 km au sud de Zorgho.", nil},
		{"relative clause and apposition",
			"Tindangou, qui est situé à 5 km au sud de Pama, est un village. Bellogo, un village situé à 12 km au nord de Gorom, compte 500 habitants.",
			[]relWant{
				{phrase: "5 km au sud de Pama", kind: KindDistance, subject: "Tindangou", object: "Pama", min: 5, max: 5, unit: "km", dir: "sud", az: 180, points: 4},
				{phrase: "12 km au nord de Gorom", kind: KindDistance, subject: "Bellogo", object: "Gorom", min: 12, max: 12, unit: "km", dir: "nord", points: 4},
			}},
		{"introductory phrase",
			"Situé au sud du lac de Dem, Kora se trouve à 6 km à l'est de Pensa.",
			[]relWant{
				{phrase: "au sud du lac de Dem", kind: KindDirection, subject: "Kora", object: "Dem", dir: "sud", az: 180, points: 4},
				{phrase: "6 km à l'est de Pensa", kind: KindDistance, subject: "Kora", object: "Pensa", min: 6, max: 6, unit: "km", dir: "est", az: 90, points: 4},
			}},
		{"a comma and a verb go back to the sentence's subject",
			"Niéna, une commune rurale du cercle de Kadiolo, est située à 40 km au sud-ouest de la ville de Sikasso.",
			[]relWant{
				{phrase: "commune rurale du cercle de Kadiolo", kind: KindIn, subject: "Niéna", object: "Kadiolo"},
				{phrase: "40 km au sud-ouest de la ville de Sikasso", kind: KindDistance, subject: "Niéna", object: "Sikasso", min: 40, max: 40, unit: "km", dir: "sud-ouest", az: 225, points: 8},
			}},
		{"an apposition to an object keeps the shared subject",
			"Tiébélé est située à 30 km à l'est de Pô, chef-lieu de la province du Nahouri, et à 5 km de Kampala.",
			[]relWant{
				{phrase: "30 km à l'est de Pô", kind: KindDistance, subject: "Tiébélé", object: "Pô", min: 30, max: 30, unit: "km", dir: "est", az: 90, points: 4},
				{phrase: "chef-lieu de la province du Nahouri", kind: KindIn, subject: "Pô", object: "Nahouri", seat: true},
				{phrase: "5 km de Kampala", kind: KindDistance, subject: "Tiébélé", object: "Kampala", min: 5, max: 5, unit: "km"},
			}},
		{"a town's people is no subject: the dwellers' town after it is",
			"Les Zindérois ont accueilli les sinistrés de Mirriah, à 18 km à l'est de Zinder.",
			[]relWant{
				{phrase: "18 km à l'est de Zinder", kind: KindDistance, subject: "Mirriah", object: "Zinder", min: 18, max: 18, unit: "km", dir: "est", az: 90, points: 4},
			}},
		{"a road between commas is the apposition of the name before it",
			"Un bus est tombé à Kouréma, sur la route de Siguiri, à 40 km au nord de Kankan.",
			[]relWant{
				{phrase: "40 km au nord de Kankan", kind: KindDistance, subject: "Kouréma", object: "Kankan", min: 40, max: 40, unit: "km", dir: "nord", points: 4, road: true},
			}},
		{"a distance after a road with no name before it places no road's end",
			"Un bus est tombé sur la route de Siguiri, à 40 km au nord de Kankan.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
}

func TestReadFrenchObjectsAndBorders(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"the centre of the town the subject is a part of",
			"Ngor-Plage est un quartier de Dakar situé à 12 km au nord-ouest du centre de la ville. Bastos est un quartier de Yaoundé. Il se trouve à 3 km au nord du centre-ville.",
			[]relWant{
				{phrase: "quartier de Dakar", kind: KindNear, subject: "Ngor-Plage", object: "Dakar"},
				{phrase: "12 km au nord-ouest du centre de la ville", kind: KindDistance, subject: "Ngor-Plage", object: "Dakar", min: 12, max: 12, unit: "km", dir: "nord-ouest", az: 315, points: 8},
				{phrase: "quartier de Yaoundé", kind: KindNear, subject: "Bastos", object: "Yaoundé"},
				{phrase: "3 km au nord du centre-ville", kind: KindDistance, subject: "Bastos", object: "Yaoundé", min: 3, max: 3, unit: "km", dir: "nord", points: 4, anaphor: "Il"},
			}},
		{"descriptors before the name, apposition after it",
			"Kalo est situé à 30 km au nord-ouest du centre de Boulsa, la principale ville de la province, et à 50 km de la capitale burkinabè, Ouagadougou.",
			[]relWant{
				{phrase: "30 km au nord-ouest du centre de Boulsa", kind: KindDistance, subject: "Kalo", object: "Boulsa", min: 30, max: 30, unit: "km", dir: "nord-ouest", az: 315, points: 8},
				{phrase: "50 km de la capitale burkinabè, Ouagadougou", kind: KindDistance, subject: "Kalo", object: "Ouagadougou", min: 50, max: 50, unit: "km"},
			}},
		{"borders",
			"Goma est situé à 30 km de la frontière malienne, à 12 km de la frontière avec le Niger et à 50 km au nord de la frontière entre le Bénin et le Togo.",
			[]relWant{
				{phrase: "30 km de la frontière malienne", kind: KindDistance, subject: "Goma", border: []string{"malienne"}, min: 30, max: 30, unit: "km"},
				{phrase: "12 km de la frontière avec le Niger", kind: KindDistance, subject: "Goma", border: []string{"Niger"}, min: 12, max: 12, unit: "km"},
				{phrase: "50 km au nord de la frontière entre le Bénin et le Togo", kind: KindDistance, subject: "Goma", border: []string{"Bénin", "Togo"}, min: 50, max: 50, unit: "km", dir: "nord", points: 4},
			}},
		{"a border said to lie from the subject",
			"Niouma est situé à 20 km au sud de Batié. Le village est traversé par la route nationale 11 menant à la frontière ghanéenne située à 8 km au sud.",
			[]relWant{
				{phrase: "20 km au sud de Batié", kind: KindDistance, subject: "Niouma", object: "Batié", min: 20, max: 20, unit: "km", dir: "sud", az: 180, points: 4},
				{phrase: "la frontière ghanéenne située à 8 km au sud", kind: KindDistance, subject: "Niouma", border: []string{"ghanéenne"}, min: 8, max: 8, unit: "km", dir: "sud", az: 0, points: 4, rev: true, anaphor: "Le village"},
			}},
		{"near the border", "Diapaga est situé près de la frontière avec le Niger.",
			[]relWant{{phrase: "près de la frontière avec le Niger", kind: KindNear, subject: "Diapaga", border: []string{"Niger"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
}

func TestReadFrenchContainment(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"village of a department, in a province",
			"Tiou est un village du département de Solenzo, dans la province des Banwa.",
			[]relWant{
				{phrase: "village du département de Solenzo", kind: KindIn, subject: "Tiou", object: "Solenzo"},
				{phrase: "dans la province des Banwa", kind: KindIn, subject: "Tiou", object: "Banwa"},
			}},
		{"seat of a province", "Boulsa est le chef-lieu de la province du Namentenga.",
			[]relWant{{phrase: "chef-lieu de la province du Namentenga", kind: KindIn, subject: "Boulsa", object: "Namentenga", seat: true}}},
		{"part of a country, then a border", "Gorom-Gorom se trouve dans le nord du Burkina Faso, à 50 km de la frontière du Mali.",
			[]relWant{
				{phrase: "dans le nord du Burkina Faso", kind: KindIn, subject: "Gorom-Gorom", object: "Burkina Faso", dir: "nord", points: 4},
				{phrase: "50 km de la frontière du Mali", kind: KindDistance, subject: "Gorom-Gorom", border: []string{"Mali"}, min: 50, max: 50, unit: "km"},
			}},
		{"a name after de is no container", "La localité de Linga est un gros village.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
}

// TestReadFrenchReal reads sentences from the evaluation set's French
// articles (real-dev), with the names as given there.
func TestReadFrenchReal(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"number missing in the second phrase",
			"Ralinsa est situé à 17 km au sud-est de Pama, le chef-lieu de la province, et à km au sud de Tindangou, village avec lequel il forme un ensemble presque continu.",
			[]relWant{
				{phrase: "17 km au sud-est de Pama", kind: KindDistance, subject: "Ralinsa", object: "Pama", min: 17, max: 17, unit: "km", dir: "sud-est", az: 135, points: 8},
				{phrase: "km au sud de Tindangou", kind: KindDirection, subject: "Ralinsa", object: "Tindangou", dir: "sud", az: 180, points: 4, missing: true},
			}},
		{"regional chef-lieu",
			"La localité de Linel est située sur la route nationale RN 9, à 53 km au sud du chef-lieu régional Bougouni.",
			[]relWant{{phrase: "53 km au sud du chef-lieu régional Bougouni", kind: KindDistance, subject: "Linel", object: "Bougouni", min: 53, max: 53, unit: "km", dir: "sud", az: 180, points: 4, road: true}}},
		{"introductory phrase and a list",
			"Très excentré au sud-est du département, Mertin se situe à 18 km à l'est du centre de Pilimpikou, le chef-lieu du département, à 12 km de Lantaga et à environ 30 km au sud-est de Yako.",
			[]relWant{
				{phrase: "18 km à l'est du centre de Pilimpikou", kind: KindDistance, subject: "Mertin", object: "Pilimpikou", min: 18, max: 18, unit: "km", dir: "est", az: 90, points: 4},
				{phrase: "12 km de Lantaga", kind: KindDistance, subject: "Mertin", object: "Lantaga", min: 12, max: 12, unit: "km"},
				{phrase: "environ 30 km au sud-est de Yako", kind: KindDistance, subject: "Mertin", object: "Yako", min: 30, max: 30, unit: "km", hedge: "about", dir: "sud-est", az: 135, points: 8},
			}},
		{"border south of the village",
			"Namer est situé à environ 20 km au sud de Kampti et à 4 km au nord de Galgouli. Le village est traversé par la route nationale 12 menant à la frontière ivoirienne située à 10 km au sud.",
			[]relWant{
				{phrase: "environ 20 km au sud de Kampti", kind: KindDistance, subject: "Namer", object: "Kampti", min: 20, max: 20, unit: "km", hedge: "about", dir: "sud", az: 180, points: 4},
				{phrase: "4 km au nord de Galgouli", kind: KindDistance, subject: "Namer", object: "Galgouli", min: 4, max: 4, unit: "km", dir: "nord", points: 4},
				{phrase: "la frontière ivoirienne située à 10 km au sud", kind: KindDistance, subject: "Namer", border: []string{"ivoirienne"}, min: 10, max: 10, unit: "km", dir: "sud", az: 0, points: 4, rev: true, anaphor: "Le village"},
			}},
		{"anaphor after a connective, apposition to the object",
			"Isolé à l'extrême nord du département, Merkear se trouve à 21 km au nord-ouest du village de Bellogo, à environ 55 km au nord de Bouroum, le chef-lieu du département, et à plus de 90 km au nord-ouest de Tougouri. Cependant, le village se trouve à seulement 12 km au sud-est de la ville de Gorgadji, située dans la région voisine du Sahel, et de la route nationale 23.",
			[]relWant{
				{phrase: "21 km au nord-ouest du village de Bellogo", kind: KindDistance, subject: "Merkear", object: "Bellogo", min: 21, max: 21, unit: "km", dir: "nord-ouest", az: 315, points: 8},
				{phrase: "environ 55 km au nord de Bouroum", kind: KindDistance, subject: "Merkear", object: "Bouroum", min: 55, max: 55, unit: "km", hedge: "about", dir: "nord", points: 4},
				{phrase: "plus de 90 km au nord-ouest de Tougouri", kind: KindDistance, subject: "Merkear", object: "Tougouri", min: 90, max: 90, unit: "km", hedge: "more than", dir: "nord-ouest", az: 315, points: 8},
				{phrase: "seulement 12 km au sud-est de la ville de Gorgadji", kind: KindDistance, subject: "Merkear", object: "Gorgadji", min: 12, max: 12, unit: "km", hedge: "only", dir: "sud-est", az: 135, points: 8, anaphor: "le village"},
				{phrase: "dans la région voisine du Sahel", kind: KindIn, subject: "Gorgadji", object: "Sahel"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
}

// TestFrenchPeoplePlural reads people endings of lexicon/fr/demonyms.tsv: a
// town's people in the plural, and the words that end so but name none.
func TestFrenchPeoplePlural(t *testing.T) {
	for _, w := range []string{"zindérois", "goundamois", "bamakoises", "kinois", "kairouanais", "dakaroises",
		"africains", "américaines", "tombouctiens", "niaméyennes", "guadeloupéens", "européennes"} {
		if !isFrenchPeoplePlural(w) {
			t.Errorf("isFrenchPeoplePlural(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"bois", "mois", "irois", "marais", "palais", "fontaines",
		"zindérois-sud", "kinoise", "bamako", "agadez", "bains"} {
		if isFrenchPeoplePlural(w) {
			t.Errorf("isFrenchPeoplePlural(%q) = true, want false", w)
		}
	}
}

func TestReadFrenchMentions(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []mentionWant // every mention, in order
	}{
		{"function words, directions and acronyms are not places",
			"Cependant, la RN 9 mène au Sud-Ouest de Gao. Très loin, la piste passe à l'Est de Kidal. Situé au Nord de Tessit, il est isolé. Le village est petit. La piste est longue.",
			[]mentionWant{{"RN", "", EvidenceUnlikely}, {"Gao", "", EvidenceCapitalised}, {"Kidal", "", EvidenceCapitalised}, {"Tessit", "", EvidencePreposition}}},
		{"elided articles are not part of the name",
			"La route mène d'Agadez à l'Algérie, vers l'Est.", // the way from Agadez (wayFromTo)
			[]mentionWant{{"Agadez", "", EvidencePreposition}, {"Algérie", "", EvidencePreposition}}},
		{"French descriptors give the feature in English",
			"Le village de Bani, la ville de Kaya, la commune rurale de Dori, le département de Sebba et le fleuve Niger.",
			[]mentionWant{{"Bani", "village", EvidenceDescriptor}, {"Kaya", "town", EvidenceDescriptor},
				{"Dori", "rural commune", EvidenceDescriptor}, {"Sebba", "department", EvidenceDescriptor},
				{"Niger", "river", EvidenceDescriptor}}},
		{"a town's people after les is no place",
			"Les Zindérois ont fui. Selon la radio, les Kinois et les Bamakoises ont manifesté à Kati.",
			[]mentionWant{{"Zindérois", "", EvidenceUnlikely}, {"Kinois", "", EvidenceUnlikely},
				{"Bamakoises", "", EvidenceUnlikely}, {"Kati", "", EvidencePreposition}}},
		{"the end of a road is a place",
			"Les tirs ont visé la route de Kala, puis l'axe de Tessit.",
			[]mentionWant{{"Kala", "", EvidencePreposition}, {"Tessit", "", EvidencePreposition}}},
		{"a division named with its article gives its kind",
			"Le département du Bam, la région des Cascades, la province de la Tapoa et le village du Sahel.",
			[]mentionWant{{"Bam", "department", EvidenceDescriptor}, {"Cascades", "region", EvidenceDescriptor},
				{"Tapoa", "province", EvidenceDescriptor}, {"Sahel", "", EvidenceCapitalised}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Read(tt.doc)
			checkSpans(t, tt.doc, d)
			var got []mentionWant
			for _, m := range d.Mentions {
				got = append(got, mentionWant{m.Span.Text(tt.doc), m.Feature, m.Evidence})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Read(%q) mentions\n got %v\nwant %v", tt.doc, got, tt.want)
			}
		})
	}
}

// TestFrenchPeopleAfterDescriptor: a people's or nation's adjective
// written after a French descriptor noun ("le village touareg de X", "le
// campement sami de X", "le hameau malien de X") leaves X the place the
// descriptor introduces and the subject of its distance.
func TestFrenchPeopleAfterDescriptor(t *testing.T) {
	for _, doc := range []string{
		"Le village touareg de Tinzar est à 50 km au sud de Gao.",
		"Le campement peul de Tinzar se trouve à 50 km au sud de Gao.",
		"Le campement sami de Tinzar est à 50 km au sud de Gao.",
		"Le hameau malien de Tinzar est situé à 50 km au sud de Gao.",
		"Le petit village touareg de Tinzar est à 50 km au sud de Gao.",
	} {
		r, subj, obj := onlyRelation(t, doc)
		if subj != "Tinzar" || obj != "Gao" || r.MinKm > 50 || r.MaxKm < 50 {
			t.Errorf("Read(%q) = %s->%s, want Tinzar->Gao 50 km", doc, subj, obj)
		}
	}
}
