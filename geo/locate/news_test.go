package locate

import "testing"

// TestNewsTexts reads short English news and field-report texts from every
// continent, of the kinds a journalist or an analyst pastes in and that the
// reader was not written for: travel narratives, a place named after the
// fact, reference anchors ("the district capital, X"), people, agencies and
// armed groups next to places, dates, inverted relations, borders, miles,
// namesakes, lists, headlines and datelines. Each must read right, as in
// TestWorldwideTexts. The located places are invented names no place in the
// gazetteer bears; the anchors are real towns.
func TestNewsTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// Travel narratives.
		{doc: "We drove 40 km north from Mopti to reach Sarakoro, a fishing hamlet on the Niger.",
			place: "Sarakoro", anchor: "Mopti", country: "ML", km: 40},
		{doc: "After a two-hour drive east of Dodoma we reached the village of Kisamvu, some 60 km away.",
			place: "Kisamvu", anchor: "Dodoma", country: "TZ", km: 60},
		{doc: "From Gulu our convoy travelled 35 km north to Paminyai, where 400 families had gathered.",
			place: "Paminyai", anchor: "Gulu", country: "UG", km: 35},
		// Named after the fact.
		{doc: "A village 20 km south of Kasese was hit hardest by the floods; it is called Bukirova.",
			place: "Bukirova", anchor: "Kasese", country: "UG", km: 20},
		{doc: "The settlement, whose name is Ruwandiko, lies 35 km west of Tete.",
			place: "Ruwandiko", anchor: "Tete", country: "MZ", km: 35},
		{doc: "The farm lies 25 km east of Nakuru. It is known as Kiamboru.",
			place: "Kiamboru", anchor: "Nakuru", country: "KE", km: 25},
		// Reference anchors.
		{doc: "The health centre at Pondoleni is 12 km from the district capital, Mangochi.",
			place: "Pondoleni", anchor: "Mangochi", country: "MW", km: 12},
		{doc: "Nakalebo, 30 km from the provincial capital, Kabwe, was cut off by the rains.",
			place: "Nakalebo", anchor: "Kabwe", country: "ZM", km: 30},
		// People, agencies, armed groups, dates.
		{doc: "\"We have no water,\" said Ahmed Ould Sidi, the mayor of Tidjikja. The wells at Agoueinit, 45 km north of Tidjikja, have dried up.",
			place: "Agoueinit", anchor: "Tidjikja", country: "MR", km: 45, notPlaces: []string{"Ahmed Ould Sidi", "Ahmed", "Sidi"}},
		{doc: "UNHCR said 3,000 refugees had arrived in Borota, a village 25 km north of Abéché.",
			place: "Borota", anchor: "Abéché", country: "TD", km: 25, notPlaces: []string{"UNHCR"}},
		{doc: "Médecins Sans Frontières opened a clinic in Tindouma, 50 km east of Bambari, in March.",
			place: "Tindouma", anchor: "Bambari", country: "CF", km: 50, notPlaces: []string{"Médecins Sans Frontières", "Médecins", "March"}},
		{doc: "Fighters of the Wagner Group were seen in Jaduma, about 40 km south of Sirte, on Tuesday.",
			place: "Jaduma", anchor: "Sirte", country: "LY", km: 40, notPlaces: []string{"Wagner Group", "Wagner", "Tuesday"}},
		{doc: "On 14 March 2023 at around 6 am, bandits raided Kafin Dawa, 25 km north of Katsina.",
			place: "Kafin Dawa", anchor: "Katsina", country: "NG", km: 25, notPlaces: []string{"March"}},
		{doc: "Cooperative miners blocked the road at Pampa Khasa, 40 km south of Potosí, on 3 May.",
			place: "Pampa Khasa", anchor: "Potosí", country: "BO", km: 40, notPlaces: []string{"May"}},
		// Inverted relations.
		{doc: "Marsabit lies some 80 km west of Golbanti, a watering point for the herders.",
			place: "Golbanti", anchor: "Marsabit", country: "KE", km: 80},
		{doc: "Tamale is about 50 km south of Sabongu, the chief told reporters.",
			place: "Sabongu", anchor: "Tamale", country: "GH", km: 50},
		// Borders, miles, roads.
		{doc: "Borolle, a settlement 15 km south of the Ethiopian border, is 40 km west of Moyale, Kenya.",
			place: "Borolle", anchor: "Moyale", country: "KE", km: 40},
		{doc: "Kilbride Farm is about 25 miles by road south-west of Bulawayo.",
			place: "Kilbride Farm", anchor: "Bulawayo", country: "ZW", km: 40.2},
		{doc: "Troops moved into Sitkyin, about 20 miles north of Mandalay, according to the BBC.",
			place: "Sitkyin", anchor: "Mandalay", country: "MM", km: 32.2, notPlaces: []string{"BBC"}},
		{doc: "The tornado touched down in Cedar Flats, 10 miles east of Tupelo, Mississippi, at 4:15 p.m. Thursday.",
			place: "Cedar Flats", anchor: "Tupelo", country: "US", km: 16.1, notPlaces: []string{"Thursday"}},
		{doc: "Snow stranded drivers near Pine Hollow Junction, 30 miles north of Flagstaff, Ariz.",
			place: "Pine Hollow Junction", anchor: "Flagstaff", country: "US", km: 48.3, notPlaces: []string{"Snow"}},
		// Namesakes.
		{doc: "The oilfield camp of Dunmore Flats lies 50 miles west of Victoria, Texas.",
			place: "Dunmore Flats", anchor: "Victoria", country: "US", km: 80.5},
		{doc: "In Lebanon, the hamlet of Beit Kassab is 15 km east of Tripoli.",
			place: "Beit Kassab", anchor: "Tripoli", country: "LB", km: 15},
		{doc: "Landslides buried homes in Lomas de Aserrí, 18 km south of San José, Costa Rica.",
			place: "Lomas de Aserrí", anchor: "San José", country: "CR", km: 18},
		{doc: "The estate of Glenmorran lies 20 km north of Perth, Scotland.",
			place: "Glenmorran", anchor: "Perth", country: "GB", km: 20},
		// Lists, headlines, datelines.
		{doc: "Attacks in Gao, Ménaka and Ansongo killed 20 people; the worst was at Inkarouel, 30 km east of Ansongo.",
			place: "Inkarouel", anchor: "Ansongo", country: "ML", km: 30, mapped: []string{"Gao", "Ménaka"}},
		{doc: "Floods cut off Kilimo, 20 km west of Morogoro",
			place: "Kilimo", anchor: "Morogoro", country: "TZ", km: 20},
		{doc: "MAIDUGURI, Nigeria (Reuters) - Boko Haram fighters stormed Kawuri Dala, 40 km east of Maiduguri, residents said on Sunday.",
			place: "Kawuri Dala", anchor: "Maiduguri", country: "NG", km: 40, notPlaces: []string{"Reuters", "Boko Haram", "Sunday"}},
		{doc: "KABUL, Afghanistan (AP) — A roadside bomb killed four soldiers near Qala-i-Sorkh, 30 km south of Ghazni, police said.",
			place: "Qala-i-Sorkh", anchor: "Ghazni", country: "AF", km: 30, notPlaces: []string{"AP"}},
		// Demonyms and storms next to places, all continents.
		{doc: "Rescuers reached Thangpal, a village 45 km north-east of Pokhara, on Friday after the landslide.",
			place: "Thangpal", anchor: "Pokhara", country: "NP", km: 45, notPlaces: []string{"Friday"}},
		{doc: "The boat sank off Tanjung Meru, a fishing village 35 km west of Kupang, Indonesian officials said.",
			place: "Tanjung Meru", anchor: "Kupang", country: "ID", km: 35, notPlaces: []string{"Indonesian"}},
		{doc: "The wildfire reached Vale da Serra, 25 km north of Coimbra, on Sunday evening, Portuguese firefighters said.",
			place: "Vale da Serra", anchor: "Coimbra", country: "PT", km: 25, notPlaces: []string{"Portuguese", "Sunday"}},
		{doc: "Heavy rain flooded Dolni Lipnik, a village 12 km south of Plovdiv.",
			place: "Dolni Lipnik", anchor: "Plovdiv", country: "BG", km: 12},
		{doc: "Polish border guards found migrants in a forest near Wolka Bialska, 15 km east of Białystok.",
			place: "Wolka Bialska", anchor: "Białystok", country: "PL", km: 15, notPlaces: []string{"Polish"}},
		{doc: "The ELN attacked an army patrol near Las Brisas del Tigre, 50 km north of Cúcuta, Colombia's army said.",
			place: "Las Brisas del Tigre", anchor: "Cúcuta", country: "CO", km: 50, notPlaces: []string{"ELN"}},
		{doc: "Cyclone Yasa destroyed Nakorovou, a village 20 km north of Labasa, Fiji's NDMO said.",
			place: "Nakorovou", anchor: "Labasa", country: "FJ", km: 20, notPlaces: []string{"Cyclone Yasa", "Yasa", "NDMO"}},
		{doc: "Bushfire crews were sent to Mulgarra Creek, 45 km west of Dubbo in New South Wales.",
			place: "Mulgarra Creek", anchor: "Dubbo", country: "AU", km: 45},
		{doc: "Israeli strikes hit Khirbet Sarem, 8 km east of Tyre, the Lebanese army said.",
			place: "Khirbet Sarem", anchor: "Tyre", country: "LB", km: 8, notPlaces: []string{"Israeli", "Lebanese"}},
		{doc: "Houthi forces shelled Al-Qutaybah, 20 km north of Taiz, killing three civilians.",
			place: "Al-Qutaybah", anchor: "Taiz", country: "YE", km: 20, notPlaces: []string{"Houthi"}},
		{doc: "A mudflow buried Kyzyl-Bulak, 30 km south of Osh, Kyrgyz officials said.",
			place: "Kyzyl-Bulak", anchor: "Osh", country: "KG", km: 30, notPlaces: []string{"Kyrgyz"}},
	})
}
