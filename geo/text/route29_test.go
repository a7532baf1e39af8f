package text

import "testing"

// TestRoute29FrontedRoadReach: a distance from a town set off before the
// clause, perhaps with the road it is measured along ("on the Bamako
// road", "on the road to Manali", "on the Gao–Ansongo road"), and a clause
// in which travellers named by a noun stop at a place (travel.tsv, halt)
// or a way leads to it (wayreach.go): the place lies that far from the
// town.
func TestRoute29FrontedRoadReach(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Some 30 km out of Kayes on the Bamako road, the lorries stopped at Dioumara-Koro.",
			rels: []string{"Dioumara-Koro: 30 km from Kayes"}},
		{doc: "About 20 km out of Leh on the road to Manali, a dirt track leads down to Shey Gompa.",
			rels: []string{"Shey Gompa: 20 km from Leh"}},
		{doc: "Fifteen kilometres out of Moyale, on the Marsabit road, our convoy reached Godoma Wells.",
			rels: []string{"Godoma Wells: 15 km from Moyale"}},
		{doc: "On the Gao–Ansongo road, 25 km out of Gao, the trucks halted at Tacharane.",
			rels: []string{"Tacharane: 25 km from Gao"}},
		{doc: "About 12 km north-west of Nizwa a graded track climbs into the foothills to Wadi Tanuf.",
			rels: []string{"Wadi Tanuf: 12 km northwest of Nizwa"}},
	})
}

// TestRoute29TurnOffLeads: a way named by a noun of travel.tsv's bound
// role right before a distance, and a verb that leads it to a place ("A
// turn-off 5 km past X leads to Y"): the place lies that far from X,
// where the way leaves the road.
func TestRoute29TurnOffLeads(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A turn-off 5 km past Nanyuki leads to Lewa Downs.",
			rels: []string{"Lewa Downs: 5 km from Nanyuki"}},
		{doc: "The track 12 km south of Kidal leads east to Tin-Essako.",
			rels: []string{"Tin-Essako: 12 km south of Kidal"}},
		{doc: "A signposted turning 8 km out of Chivay climbs up a dirt road to Sibayo Bajo, a village of stone houses.",
			rels: []string{"Sibayo Bajo: 8 km from Chivay"}},
	})
}

// TestRoute29PassedAfter: a way from a town that passes a place after a
// distance with no object ("The road from X to Y passes Z after some 40
// km"): Z lies that far from X, on the road to Y when the way names it.
func TestRoute29PassedAfter(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The road from Toliara to Morondava passes Manombo Sud after some 40 km.",
			rels: []string{"Manombo Sud: 40 km from Toliara", "Manombo Sud: on the road between Toliara and Morondava"}},
		{doc: "The track out of Atar passes through Ain Ehel Taya after about 25 km and then drops into the valley.",
			rels: []string{"Ain Ehel Taya: 25 km from Atar"}},
		{doc: "The old caravan route from Agadez to Bilma reached the well of Tazolé after 90 km.",
			rels: []string{"Tazolé: 90 km from Agadez", "Tazolé: on the road between Agadez and Bilma"}},
		{doc: "The piste from Atar to Chinguetti was cut in 1950. The piste crosses the oasis of Tenlaba after some 40 km.",
			rels: []string{"Tenlaba: 40 km from Atar"}},
		{doc: "A camel track from Bilma to Fachi was once the salt road. The track reached the well of Agadem after 60 km.",
			rels: []string{"Agadem: 60 km from Bilma"}},
		{doc: "The pipeline from Agadez crosses Tazolé after 90 km.",
			absent: []string{"Tazolé: 90 km from Agadez"}},
	})
}

// TestRoute29PostAfterPlace: a kilometre post after the place it locates,
// ending its clause, on a road the sentence named before by its ends (« La
// piste qui mène de X à Y traverse Z au kilomètre 40 »): Z lies that far
// by road from X, on the road between X and Y.
func TestRoute29PostAfterPlace(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La piste qui mène de Mopti à Djenné traverse Sofara au kilomètre 30.",
			rels: []string{"Sofara: 30 km from Mopti", "Sofara: on the road between Mopti and Djenné"}},
		{doc: "La route qui va de Kayes à Bafoulabé passe par Dioubéba au kilomètre 38.",
			rels: []string{"Dioubéba: 38 km from Kayes", "Dioubéba: on the road between Kayes and Bafoulabé"}},
		{doc: "The road from Arusha to Moshi passes Tengeru Camp at km 15.",
			rels: []string{"Tengeru Camp: 15 km from Arusha", "Tengeru Camp: on the road between Arusha and Moshi"}},
		{doc: "Sur la route de Tahoua à Agadez, on rencontre le puits d'Intoukane au kilomètre 65.",
			rels: []string{"Intoukane: 65 km from Tahoua", "Intoukane: on the road between Tahoua and Agadez"}},
	})
}

// TestRoute29FlightCityMeant: a name after a verb of flight and "to",
// perhaps with "back" between (services.tsv, travel.tsv back), names the
// town whose airport the flight lands at (Mention.CityMeant): a country
// bearing its capital's name is the capital.
func TestRoute29FlightCityMeant(t *testing.T) {
	checkCityMeant(t, []cityMeantCase{
		{"After the assessment the team flew back to Djibouti.", "Djibouti", true},
		{"On Friday the delegation flew to Luxembourg for the talks.", "Luxembourg", true},
		{"We took the morning flight back to Panama.", "Panama", true},
		{"The team drove back to Djibouti.", "Djibouti", false},          // guard: no public service
		{"Many fled back to Djibouti after the war.", "Djibouti", false}, // guard
	})
}

// TestRoute29KindComplement: a French kind of place with its complement
// after « de » (« village de pêcheurs », « camp de réfugiés ») before the
// name's « de » or « d' » is read as the object or the place reached.
func TestRoute29KindComplement(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Depuis Toliara, nous avons roulé 27 km vers le nord jusqu'au village de pêcheurs d'Ambolimailaka.",
			rels: []string{"Ambolimailaka: 27 km north of Toliara"}},
		{doc: "Tanambao se trouve à 12 km du village de pêcheurs d'Ambila.",
			rels: []string{"Tanambao: 12 km from Ambila"}},
		{doc: "Depuis Abéché, ils ont roulé 30 km vers l'est jusqu'au camp de réfugiés de Goz Amer.",
			rels: []string{"Goz Amer: 30 km east of Abéché"}},
	})
}
