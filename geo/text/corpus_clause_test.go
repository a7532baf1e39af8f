package text

import (
	"slices"
	"testing"
)

// TestCorpusTopicNotContainer: a sentence that opens "X is ..." and goes on
// to place a province or governorate in a country is about X, so "it" and
// "the town" in the next sentence stand for X, not for the container.
func TestCorpusTopicNotContainer(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Korvalu is a town in the Tavush Governorate in Armenia. It lies 30 km north of Dilijan.",
			rels: []string{"Korvalu: 30 km north of Dilijan"}, absent: []string{"Tavush Governorate: 30 km north of Dilijan"}},
		{doc: "Pelmora is the capital of Hessa Province in the west of Ruritania. It is a busy market town, lying 80 km west of Granz.",
			rels: []string{"Pelmora: 80 km west of Granz"}},
		{doc: "Dovrak is the southernmost district of Alta Province in northern Laos. The town lies 45 km south of Luang Namtha.",
			rels: []string{"Dovrak: 45 km south of Luang Namtha"}, not: []string{"The town"}},
		{doc: "Sarvel is a village in the Bekaa District of the Beqaa Governorate. The village is 12 km east of Zahle.",
			rels: []string{"Sarvel: 12 km east of Zahle"}},
		// A place of an administrative kind itself ("a commune") is still
		// what the sentence is about when the last container holds it.
		{doc: "Ratzholz is a commune in the Bas-Rhin department in Grand Est in north-eastern France. It lies 19 km south-east of Sarreguemines.",
			rels: []string{"Ratzholz: 19 km southeast of Sarreguemines"}, absent: []string{"Grand Est: 19 km southeast of Sarreguemines"}},
		{doc: "Kelmenka is a municipality in the Zlín Region in Moravia in the Czech Republic. It lies 6 km north-west of Zlín.",
			rels: []string{"Kelmenka: 6 km northwest of Zlín"}},
		// A name the sentence only puts in a container, of no kind the
		// text gives ("Polhov Gradec" after an en dash), is no topic.
		{doc: "Zgornja Brezovica is a settlement in the Municipality of Dobrova–Polhov Gradec in the Upper Carniola region of Slovenia. It lies 9 km west of Ljubljana.",
			rels: []string{"Zgornja Brezovica: 9 km west of Ljubljana"}, absent: []string{"Polhov Gradec: 9 km west of Ljubljana"}},
		// A province that is itself what the sentence is about stays the topic.
		{doc: "Alta Province is in northern Laos. It lies 200 km north of Vientiane.",
			rels: []string{"Alta Province: 200 km north of Vientiane"}},
	})
}

// TestCorpusParticipleOpener: a sentence that opens with a participle clause
// ("Located in ..., about 120 km north-east of X, the town has ...") states
// where the main clause's subject is, not the last name inside the clause.
func TestCorpusParticipleOpener(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Gembu Selam is a market town in Ethiopia. Located in the Gurage Zone of the Southern Region, about 90 km south-west of Addis Ababa, the town has a weekly market.",
			rels: []string{"Gembu Selam: 90 km southwest of Addis Ababa"}, absent: []string{"Southern Region: 90 km southwest of Addis Ababa"}},
		{doc: "Situated on the plateau of the Atlas, 40 km south of Midelt, the village of Tizi Ourane lies at 2,000 m.",
			rels: []string{"Tizi Ourane: 40 km south of Midelt"}},
		{doc: "Velmir is a town in Albania. Located between the hills and the Mat River, the city lies 25 km north of Tirana.",
			rels: []string{"Velmir: 25 km north of Tirana"}, absent: []string{"Mat River: 25 km north of Tirana"}},
		{doc: "Orsk Dalni is a village in Russia. Built on a terrace above the Ural River, the village is 15 km west of Orsk.",
			rels: []string{"Orsk Dalni: 15 km west of Orsk"}, absent: []string{"Ural River: 15 km west of Orsk"}},
		// Past the opener, a name the main clause places keeps its phrase.
		{doc: "Located in the Sahel, Tinbarka lies 60 km north of Gao.", rels: []string{"Tinbarka: 60 km north of Gao"}},
	})
}

// TestCorpusSeat: "Its headquarters are in the town of X, 70 km ..." names
// the seat X and says where X lies; the headquarters are no place of their
// own.
func TestCorpusSeat(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Garwa is a Local Government Area of Borno State. Its headquarters are in the town of Garwa Kura, 50 km south of Maiduguri.",
			rels: []string{"Garwa Kura: 50 km south of Maiduguri"}, not: []string{"Its headquarters"}},
		{doc: "Tessa is a district of Kenya. Its headquarters are at Tessa Town, 20 km east of Nyeri.",
			rels: []string{"Tessa Town: 20 km east of Nyeri"}, not: []string{"Its headquarters"}},
		// A headquarters with no name after it is still a place.
		{doc: "The rebels set up camp near Gao. Its headquarters are 30 km north of Gao.",
			rels: []string{"Its headquarters: 30 km north of Gao"}},
	})
}

// TestCorpusLandmarkIn: a river, lake or mountain named on the way to a
// containment ("on the east bank of the Tigris in the Saladin Governorate")
// is not what the containment and the distance after it are about.
func TestCorpusLandmarkIn(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Qasr Tarin is a town in Iraq. It stands on the east bank of the Tigris in the Saladin Governorate, 90 km north of Baghdad.",
			rels: []string{"Qasr Tarin: 90 km north of Baghdad", "Qasr Tarin: in Saladin Governorate"}, absent: []string{"Tigris: 90 km north of Baghdad"}},
		{doc: "Urmak lies on the shore of Lake Sevan in Gegharkunik Province, 60 km north-east of Yerevan.",
			rels: []string{"Urmak: 60 km northeast of Yerevan"}, absent: []string{"Lake Sevan: 60 km northeast of Yerevan"}},
		// A town before "in" a province is still that province's town.
		{doc: "Kotri lies 10 km west of Hyderabad in Sindh province.", rels: []string{"Hyderabad: in Sindh"}},
	})
}

// TestCorpusDemonymKind: a demonym before a kind of division and "of" ("the
// Mexican state of Jalisco", "the English county of Norfolk") says whose
// division it is and is no place.
func TestCorpusDemonymKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Tlacomulco is a town in the Mexican state of Jalisco, 50 km west of Guadalajara.",
			rels: []string{"Tlacomulco: 50 km west of Guadalajara"}, not: []string{"Mexican"}},
		{doc: "Corveth is a village in the English county of Norfolk, 14 km north of Norwich.",
			rels: []string{"Corveth: 14 km north of Norwich"}, not: []string{"English"}},
		{doc: "Santa Lucía Arriba is a town in the Honduran department of Copán, 12 km from the border with Guatemala.",
			rels: []string{"Santa Lucía Arriba: in Copán"}, not: []string{"Honduran"}},
		{doc: "Kharadi is a village in the Indian state of Rajasthan, 20 km north of Ajmer.", not: []string{"Indian"}},
		{doc: "Talvera is a village in the Cuban province of Matanzas.", rels: []string{"Talvera: in Matanzas"}, not: []string{"Cuban"}},
		// A demonym that is the name of a kind of place's owner by apposition
		// stays a name ("Zulu is a hamlet").
		{doc: "Zulu is a hamlet roughly 30 kilometers southwest of Tashkent.", rels: []string{"Zulu: 30 km southwest of Tashkent"}},
	})
}

// TestCorpusParticleNames: single-letter particles of Albanian and
// Portuguese names join the words on either side.
func TestCorpusParticleNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Fushë i Madh is a village 20 km north of Tirana.", rels: []string{"Fushë i Madh: 20 km north of Tirana"}, not: []string{"Madh"}},
		{doc: "Kala e Dodës is a village 30 km east of Peshkopi.", rels: []string{"Kala e Dodës: 30 km east of Peshkopi"}},
		// "O'" for "of" inside an American name.
		{doc: "Pasco Pines is a census-designated place in Pasco County, Florida. It lies 7 miles (11 km) north of Land O' Lakes.",
			rels: []string{"Pasco Pines: 11.3 km north of Land O' Lakes"}, not: []string{"Land O"}},
		// Czech, Slovak and German particles of names on a river or a hill.
		{doc: "Belá pod Polianou is a village in Slovakia. It lies in the Varín basin, 11 km east of Žilina.",
			rels: []string{"Belá pod Polianou: 11 km east of Žilina"}, not: []string{"Belá", "Polianou"}},
		{doc: "Horní Lhota nad Orlicí is a village 6 km north of Ústí nad Labem.",
			rels: []string{"Horní Lhota nad Orlicí: 6 km north of Ústí nad Labem"}},
		{doc: "Altdorf ob der Tauber lies 12 km south of Neustadt an der Aisch.",
			rels: []string{"Altdorf ob der Tauber: 12 km south of Neustadt an der Aisch"}},
	})
}

// TestCorpusRoadsAndCentres: a road named by its ends with a capitalised
// noun ("the Kampala–Gulu Highway"), a distance from a town's centre
// ("of Kampala's central business district") and an area placed by its
// seat ("Its seat lies 60 km south of X").
func TestCorpusRoadsAndCentres(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Bukalasa is a town 50 km north of Kampala, along the Kampala–Gulu Highway.",
			rels: []string{"Bukalasa: 50 km north of Kampala", "Bukalasa: on the road between Kampala and Gulu"}, not: []string{"Gulu Highway"}},
		{doc: "Namasuba lies on the Kampala–Entebbe Road, 10 km south of Kampala.",
			rels: []string{"Namasuba: on the road between Kampala and Entebbe"}, not: []string{"Entebbe Road"}},
		{doc: "Kireka is a suburb 9 km east of Kampala's central business district.", rels: []string{"Kireka: 9 km east of Kampala"}},
		{doc: "Ikotun is a district about 20 km north-west of Lagos's city centre.", rels: []string{"Ikotun: 20 km northwest of Lagos"}},
		// A possessive that names something else goes on to the place.
		{doc: "Tindouk lies 30 km east of Mauritania's capital of Nouakchott.", rels: []string{"Tindouk: 30 km east of Nouakchott"}},
		{doc: "Lingshan is a county of Guangxi. Its seat lies 60 km south of Guilin.", rels: []string{"Lingshan: 60 km south of Guilin"}},
		{doc: "Dobra is a gmina of Poland. Its seat is the village of Dobra Wielka, which lies 20 km north of Turek.",
			rels: []string{"Dobra Wielka: 20 km north of Turek"}, absent: []string{"Dobra: 20 km north of Turek"}},
	})
}

// TestCorpusCensusStubs: the phrasing of census-generated village stubs:
// "23 KM towards East from District head quarters X", and the divisions of
// South Asia and the former Soviet Union as kinds of place.
func TestCorpusCensusStubs(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kothur is a village in Telangana. It is located 23 KM towards East from District head quarters Karimnagar.",
			rels: []string{"Kothur: 23 km east of Karimnagar"}, not: []string{"District"}},
		{doc: "Pedda Amberpet is a village. It is located 12 km towards North from Mandal headquarters Nalgonda.",
			rels: []string{"Pedda Amberpet: 12 km north of Nalgonda"}, not: []string{"Mandal"}},
		{doc: "Kotli is a village in Kharian Tehsil of Gujrat District, 15 km north of Gujrat.",
			rels: []string{"Kotli: 15 km north of Gujrat", "Kotli: in Kharian Tehsil"}},
		{doc: "Zelenyi Hai is a village in Poltava Raion of Poltava Oblast, 20 km south of Poltava.",
			rels: []string{"Zelenyi Hai: 20 km south of Poltava", "Zelenyi Hai: in Poltava Raion"}},
	})
}

// TestCorpusGarbledAndAddresses: two particles inside a name, "downtown
// X", a sentence glued to the next by a lost space, "(pop. 56,678)", a
// division opening a three-part address, and demonyms before a kind of
// place reported for the resolver.
func TestCorpusGarbledAndAddresses(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Villa de la Vega is a town 17 km west of Kingston.", rels: []string{"Villa de la Vega: 17 km west of Kingston"}, not: []string{"Vega"}},
		{doc: "San Juan de los Morros lies 100 km south of Caracas.", rels: []string{"San Juan de los Morros: 100 km south of Caracas"}},
		// "sur la" joins no names: two places.
		{doc: "Le village est au pied du mont Blagodat sur la Rivière Ghata.", not: []string{"Blagodat sur la Rivière Ghata"}},
		{doc: "Forestdale is a city 10 miles (16 km) north of downtown Birmingham.", rels: []string{"Forestdale: 16.1 km north of Birmingham"}},
		{doc: "Dhital is a municipality in western Nepal.It is situated 37km west ofPokhara.",
			rels: []string{"Dhital: 37 km west of Pokhara"}, not: []string{"It"}},
		{doc: "Epworth (pop. 56,678) lies 21 km ESE of Harare.", rels: []string{"Epworth: 21 km east-southeast of Harare"}},
		{doc: "Olivet is a city in Jefferson County, Alabama, United States, 10 miles north of Birmingham.",
			rels: []string{"Olivet: in Jefferson County", "Jefferson County: in Alabama", "Alabama: in United States"}},
		// A list of towns is no address.
		{doc: "Convoys left Sévaré, Douentza, Boni and Hombori on Monday.", absent: []string{"Sévaré: in Douentza"}},
	})
}

// TestDemonyms: the nationality adjectives before a kind of place are
// reported; those in brackets or before other nouns are not.
func TestDemonyms(t *testing.T) {
	tests := []struct {
		doc  string
		want []string
	}{
		{"Zorbat is a Palestinian town 2 km east of Bethlehem.", []string{"Palestinian"}},
		{"Tlaco is a town in the Mexican state of Jalisco.", []string{"Mexican"}},
		{"Zorbat is a small Honduran farming village.", []string{"Honduran"}},
		{"Zorbat (Palestinian Arabic: زربات) is a town near Bethlehem.", nil},
		{"Ugandan troops entered Kamuli.", nil},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		var got []string
		for _, sp := range d.Demonyms {
			got = append(got, sp.Text(d.Text))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Read(%q).Demonyms = %q, want %q", tt.doc, got, tt.want)
		}
	}
}
