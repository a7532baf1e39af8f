package text

import "testing"

// TestCorpusDivisionChain holds the classes a set of texts that name
// places with the words of their own countries for divisions and
// settlements failed on:
//   - a distance after a chain of divisions, each joined to the one
//     before by "of", "in" or a comma, is about the place the chain
//     starts from, not the last division (divisionChainHead): "X, a
//     village in Kebele 04 of Y woreda, 22 km east of Z", "X, a hamlet in
//     Tambon Y, Amphoe Z, 9 km ...", "X village, Y parish, Z sub-county,
//     25 km ...", "X, in the municipio of Y, 35 km ...";
//   - the kinds of division of many countries written after a name
//     (hromada, constituency, sub-county, parish, ward, powiat) and the
//     words before it (Amphoe, Kecamatan) are divisions;
//   - "a village of X hromada" makes X no village (indefiniteBefore);
//   - the French chain « le douar X, commune rurale d'A, province de B,
//     à 45 km » (frenchDivisionChainHead);
//   - « l'arrondissement de X, à 40 km de Y », a division named for its
//     seat that a verb takes as its object, is placed by the distance
//     (frenchCommuneObject);
//   - "the poblacion of X" is the town X measured from;
//   - "X in Barangay Y", "X in Tambon Y": a name right before "in" and a
//     division named by its local word lies in it (inAt).
func TestCorpusDivisionChain(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The clinic serves Burka Dhintu, a village in Kebele 11 of Babile woreda, 30 km east of Harar.",
			rels: []string{"Burka Dhintu: 30 km east of Harar"}, absent: []string{"Babile: 30 km east of Harar"}},
		{doc: "Mudslides hit Ban Huai Sai Noi, a hamlet in Tambon Pa Tueng, Amphoe Mae Chan, 12 km north of Mae Chan.",
			rels: []string{"Ban Huai Sai Noi: 12 km north of Mae Chan"}, absent: []string{"Pa Tueng: 12 km north of Mae Chan"}},
		{doc: "Cattle raiders struck Lokiriama Juu, a village of Loima constituency in Turkana County, 45 km west of Lodwar.",
			rels: []string{"Lokiriama Juu: 45 km west of Lodwar"}, absent: []string{"Turkana County: 45 km west of Lodwar"}},
		{doc: "A borehole was drilled in Kigando village, Bukomero parish, Kiboga sub-county, 18 km south of Kiboga.",
			rels: []string{"Kigando: 18 km south of Kiboga"}},
		{doc: "Gunmen attacked Unguwan Rimi Sabo, a village in Kauru ward of Kauru LGA, 30 km north of Kafanchan.",
			rels: []string{"Unguwan Rimi Sabo: 30 km north of Kafanchan"}, absent: []string{"Kauru LGA: 30 km north of Kafanchan"}},
		{doc: "Drones hit Stepove Druhe, a village of the Ochakiv hromada in Mykolaiv raion, 25 km south of Mykolaiv.",
			rels: []string{"Stepove Druhe: 25 km south of Mykolaiv"}, absent: []string{"Ochakiv: 25 km south of Mykolaiv"}},
		{doc: "Families from Ejido Santa Lucía Tres, in the municipio of Palenque, 20 km south of Palenque, fled the fighting.",
			rels: []string{"Ejido Santa Lucía Tres: 20 km south of Palenque"}},
		{doc: "The dam at Ban Nong Waeng Noi in Tambon Phon, Amphoe Phon, 6 km east of Phon, is nearly empty.",
			rels: []string{"Ban Nong Waeng Noi: 6 km east of Phon"}},
		{doc: "Residents of Sitio Lanao in Barangay San Isidro, about 6 km west of Ormoc, were moved to schools.",
			rels: []string{"Lanao: 6 km west of Ormoc"}, absent: []string{"San Isidro: 6 km west of Ormoc"}},
		{doc: "Floodwaters reached Sitio Lanao in Barangay Cogon, 5 km north of Ormoc.",
			rels: []string{"Lanao: in Cogon", "Lanao: 5 km north of Ormoc"}},
		{doc: "The dam at Ban Nong Waeng in Tambon Phon is nearly empty.",
			rels: []string{"Ban Nong Waeng: in Phon"}},
		{doc: "A boulder crushed two homes in Sitio Bagong Buhay, 5 km north of the poblacion of Kapalong.",
			rels: []string{"Bagong Buhay: 5 km north of Kapalong"}},
		{doc: "Qasr Tarin is a town in Iraq. It stands on the east bank of the Tigris in the Saladin Governorate, 90 km north of Baghdad.",
			absent: []string{"Tigris: 90 km north of Baghdad"}},
		{doc: "Le séisme a détruit le douar Tizi Ouadou, commune rurale d'Ouirgane, province d'Al Haouz, à 60 km au sud de Marrakech.",
			rels: []string{"Tizi Ouadou: 60 km south of Marrakech"}, absent: []string{"Al Haouz: 60 km south of Marrakech"}},
		{doc: "Les habitants de Koundé-Gare, dans l'arrondissement de Tchaourou, département du Borgou, à 30 km au sud de Parakou, ont fui.",
			rels: []string{"Koundé-Gare: 30 km south of Parakou"}, absent: []string{"Tchaourou: 30 km south of Parakou"}},
		{doc: "Les pluies ont inondé l'arrondissement de Sè-Houéyogbé, à 25 km au nord de Comè.",
			rels: []string{"Sè-Houéyogbé: 25 km north of Comè"}},
	})
}

// TestDivisionOfKind checks that "a village of X hromada", "a hamlet of X
// commune" give X the kind of the word after it, not the settlement's.
func TestDivisionOfKind(t *testing.T) {
	for _, c := range []struct{ doc, name, feature string }{
		{"Stepove is a village of the Ochakiv hromada.", "Ochakiv", "hromada"},
		{"Lokiriama is a village of Loima constituency.", "Loima", "constituency"},
		{"Tân Phú is a hamlet of Tân Hòa commune.", "Tân Hòa", "commune"},
	} {
		for _, m := range Read(c.doc).Mentions {
			if m.Name == c.name && m.Feature != c.feature {
				t.Errorf("Read(%q): %s is a %q, want %q", c.doc, m.Name, m.Feature, c.feature)
			}
		}
	}
}

// TestServiceOfTown checks that a service named after its town with an
// adjective between (« la direction provinciale d'Errachidia », « la
// protection civile d'Azazga ») and a delegation from a town name the town
// as a place.
func TestServiceOfTown(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La direction provinciale de Tinghir a lancé un programme.", places: []string{"Tinghir"}},
		{doc: "Les services de la protection civile d'Akbou sont intervenus.", places: []string{"Akbou"}},
		{doc: "Une délégation de Mamou était présente.", places: []string{"Mamou"}},
	})
}
