package text

import "testing"

// TestCorpusDirectionFromPlaceBefore: a distance with a direction and no
// object ("40 km to the north") in a text about no place is measured from
// the place the sentence before reached, for a named subject and for a
// nameless one; in a text about a place, a nameless subject is measured
// from that place as a named one was.
func TestCorpusDirectionFromPlaceBefore(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The convoy left Gao at dawn. The camp lies 40 km to the north.", rels: []string{"The camp: 40 km north of Gao"}},
		{doc: "The caravan reached Gao after four days. The village of Tinzar lies 40 km to the east.", rels: []string{"Tinzar: 40 km east of Gao"}},
		{doc: "We stayed two nights in Kidal. Inabag is about 60 km to the north-east.", rels: []string{"Inabag: 60 km northeast of Kidal"}},
		{doc: "Gao is a town on the Niger. A camp lies 40 km to the north.", rels: []string{"A camp: 40 km north of Gao"}},
		{doc: "Nous avons quitté Gao à l'aube. Inabag se trouve à 40 km au nord.", rels: []string{"Inabag: 40 km north of Gao"}},
	})
	for _, doc := range []string{
		"The camp lies 40 km to the north.",                       // guard: nothing before to measure from
		"The caravan reached Gao. A drop of 870 m lies 40 km on.", // guard: no direction
	} {
		if d := Read(doc); len(d.Relations) > 0 {
			t.Errorf("Read(%q): %q, want no relation", doc, readings(d))
		}
	}
}

// TestCorpusTownNamedAfterLandform: a town named after a landform
// ("Mount Hagen", "Lake Placid") is what "the town" stands for when the
// text names no other town; and a kind written before such a name ("the
// town of Mount Hagen", « le refuge du Lac Noir ») is the place's own,
// unless it is an administrative area around it ("the region of Lake
// Chad").
func TestCorpusTownNamedAfterLandform(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We flew into Mount Hagen on Monday. The mission station lies 30 km north of the town.", rels: []string{"The mission station: 30 km north of Mount Hagen"}},
		{doc: "We drove up to Lake Placid for the weekend. The cabin is 8 km east of the village.", rels: []string{"The cabin: 8 km east of Lake Placid"}},
		{doc: "We left Goroka and drove past Mount Wilhelm to Kundiawa. The mission lies 30 km north of the town.", rels: []string{"The mission: 30 km north of Kundiawa"}}, // guard
	})
	for _, tc := range []struct{ doc, name, feature string }{
		{"The town of Mount Hagen lies 30 km north of the camp.", "Mount Hagen", "town"},
		{"Le refuge du Lac Noir se trouve à 6 km au nord de Chamonix.", "Lac Noir", "hut"},
		{"Fishing is banned in the region of Lake Chad.", "Lake Chad", "lake"},                                                           // guard
		{"We climbed Mount Kenya in June.", "Mount Kenya", "mount"},                                                                      // guard
		{"Police rescued two tourists from a hut at Hacienda Collana, a farm 15 km south-east of Puno.", "Hacienda Collana", "hacienda"}, // guard: "a hut at X" is no hut
	} {
		found := false
		for _, m := range Read(tc.doc).Mentions {
			if m.Name == tc.name {
				found = true
				if m.Feature != tc.feature {
					t.Errorf("Read(%q): %s is a %q, want %q", tc.doc, m.Name, m.Feature, tc.feature)
				}
			}
		}
		if !found {
			t.Errorf("Read(%q): no mention %s", tc.doc, tc.name)
		}
	}
}

// TestCorpusUnnamedWorks: a bridge or a truck stop placed without a name
// before a distance is a place (lexicon/en/kindsafter.tsv), and "truck"
// opening such a kind makes no make of the name before it ("the Tinabaw
// truck stop"), as it does alone ("a Toyota truck").
func TestCorpusUnnamedWorks(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Floods washed away a bridge 12 km east of Wajir on Tuesday.", rels: []string{"a bridge: 12 km east of Wajir"}},
		{doc: "Police said the robbery happened at a truck stop 15 km south of Kimberley.", rels: []string{"a truck stop: 15 km south of Kimberley"}},
		{doc: "Traders fled the Tinabaw truck stop, 30 km north of Gao.", rels: []string{"Tinabaw: 30 km north of Gao"}},
		{doc: "Police stopped a Toyota truck near Gao.", not: []string{"Toyota"}}, // guard
	})
}

// TestDepartureCityMeant: a name after a French phrase of where a journey
// starts (travel.tsv, start) names a town (Mention.CityMeant), so that a
// country bearing its capital's name is the capital; with its article
// (« du Mexique ») it stays the country's.
func TestDepartureCityMeant(t *testing.T) {
	checkCityMeant(t, []cityMeantCase{
		{"Le convoi, parti de Djibouti, a traversé le golfe jusqu'à Tadjourah.", "Djibouti", true},
		{"Au départ de Koweït, la route longe la côte.", "Koweït", true},
		{"Les camions partis de Luxembourg sont arrivés à Metz.", "Luxembourg", true},
		{"Au départ du Mexique, les migrants traversent le désert.", "Mexique", false}, // guard
		{"Le convoi venait de Djibouti.", "Djibouti", false},                           // guard
	})
}

// TestCorpusSettlementApposition: an apposition of an inhabited kind
// makes a place of a name an organisation's word opens ("War Dhiigley,
// an informal settlement": "war" is a pond in Somali names), past
// adjectives of makeshift places (adjectives.tsv: informal, makeshift…).
func TestCorpusSettlementApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Drought has pushed households into War Dhiigley, an informal settlement about 15 km north of Baidoa.", rels: []string{"War Dhiigley: 15 km north of Baidoa"}},
		{doc: "Families moved to Bur Hakaba, a makeshift camp 20 km east of Baidoa.", rels: []string{"Bur Hakaba: 20 km east of Baidoa"}},
		{doc: "The Mali War, a long conflict, began in 2012 near Gao.", not: []string{"Mali War"}}, // guard
	})
}

// TestCorpusCampStandsAt: "The camp stands … at X" names X the camp, so
// that a later "of the camp" is X (namedKind, standsAt), even when a
// reversed distance measures from it.
func TestCorpusCampStandsAt(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The new camp for families returning from al-Hol stands in open wheat fields at Khazir Jadid, just west of the checkpoint. Mosul, the nearest city, lies 35 km to the west of the camp.",
			rels: []string{"Mosul: 35 km west of Khazir Jadid"}},
		{doc: "The camp stands at Khazir Jadid. Mosul lies 35 km to the west of the camp.", rels: []string{"Mosul: 35 km west of Khazir Jadid"}},
		{doc: "The camp is at risk of flooding near Mosul. Erbil lies 80 km east of the camp.", absent: []string{"Erbil: 80 km east of Mosul"}}, // guard
	})
}

// TestCorpusOthersPlaced: "those" or "others", perhaps with a participle,
// stand for other things than the subject: a phrase of place after them
// places those, not the subject, and a distance set off after their name
// is the name's ("resembles those found near Altamura, some 19 km north of
// Matera").
func TestCorpusOthersPlaced(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Archaeologists have uncovered a village at Masseria Lama Grande, around 9 km north-east of Matera. The ditched settlement resembles those found near Altamura, some 19 km north of Matera.",
			rels:   []string{"Masseria Lama Grande: 9 km northeast of Matera", "Altamura: 19 km north of Matera"},
			absent: []string{"Masseria Lama Grande: near Altamura", "Masseria Lama Grande: 19 km north of Matera"}},
		{doc: "The new well at Kalo is deeper than others dug near Gao, 40 km to the south.", absent: []string{"Kalo: near Gao"}},
		{doc: "Kalo lies near Gao, 12 km north of Bourem.", rels: []string{"Kalo: near Gao"}}, // guard
	})
}

// TestCorpusFrenchKindAdjectives: a French kind's adjective of war or of
// place (« retranché », « avancé », « isolé ») is read between the kind
// and « de X »: « au sud du camp retranché de Diên Biên Phu ».
func TestCorpusFrenchKindAdjectives(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le point d'appui Isabelle, isolé à sept kilomètres environ au sud du camp retranché de Diên Biên Phu, résista jusqu'au 8 mai 1954.",
			rels: []string{"Isabelle: 7 km south of Diên Biên Phu"}},
		{doc: "Le poste avancé de Kalo se trouve à 20 km au nord du village isolé de Tinzar.", rels: []string{"Kalo: 20 km north of Tinzar"}},
	})
}

// TestCorpusThingNamed: a name in quotation marks after words that give a
// name is a product's or a thing's when the noun named is no kind of place
// (thingNamedBefore).
func TestCorpusThingNamed(t *testing.T) {
	checkCorpus(t, []example{
		{doc: `Their 2019 batch, bottled under the name "Benito Juárez", sold out in Mexico City.`, not: []string{"Benito Juárez"}, places: []string{"Mexico City"}},
		{doc: "Son rhum vieux, baptisé « Pointe-à-Pitre 1848 », est déjà vendu en métropole.", not: []string{"Pointe-à-Pitre"}},
		{doc: `The new cheese, dubbed "Gao", is sold in Bamako.`, not: []string{"Gao"}},
		{doc: `They reached a hamlet called "Tinzar" near Gao.`, places: []string{"Tinzar", "Gao"}}, // guard
	})
}

// TestCorpusLegHeadingAfter: a leg's heading may follow its distance
// ("after about 14 km heading south-east, reached X": trailHeading), the
// place reached may carry its kind after its name ("the Breitmatt farm"),
// "reached" may have the subject of an earlier clause, and a first leg is
// measured from where the journey starts ("From Freiburg …"), not from a
// valley it went up.
func TestCorpusLegHeadingAfter(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "From Freiburg we cycled up the Dreisam valley and, after about 14 km heading south-east, reached the Breitmatt farm, where the Hug family serves ham.",
			rels: []string{"Breitmatt: 14 km southeast of Freiburg"}},
		{doc: "From Gao the convoy drove north and, after 40 km, reached the Tinzar wells.", rels: []string{"Tinzar: 40 km north of Gao"}},
		{doc: "The caravan reached Gao. After a further 40 km heading east, we reached Tinzar.", rels: []string{"Tinzar: 40 km east of Gao"}},
	})
}

// TestCorpusPossessiveAndSubjectApposition: a possessive determiner opens
// a nameless place as "the" does ("Our guesthouse sits … north of Sapa");
// a direction set off after the sentence's own subject ("Baboua, 90 km to
// the west, …", « Le poste de Baboua, à 90 km à l'ouest, … ») places it
// from the place the text is about or reached before, as it does after
// any other name from the subject.
func TestCorpusPossessiveAndSubjectApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Our guesthouse sits on a terraced hillside roughly 6 miles north of Sapa.", rels: []string{"Our guesthouse: 9.66 km north of Sapa"}},
		{doc: "Their camp lies 5 km north of Gao.", rels: []string{"Their camp: 5 km north of Gao"}},
		{doc: "Two tourists were injured when their minibus overturned near Bir Queh, a desert checkpoint about 50 km west of Safaga.", rels: []string{"Bir Queh: 50 km west of Safaga"}}, // guard: not sentence-initial
		{doc: "La mission catholique de Bouar fut fondée en 1928. Le poste de Baboua, à 90 km à l'ouest, sur la route du Cameroun, fut ouvert peu après.", rels: []string{"Baboua: 90 km west of Bouar"}},
		{doc: "The Catholic mission at Bouar was founded in 1928. The post of Baboua, 90 km to the west, on the road to Cameroon, opened soon after.", rels: []string{"Baboua: 90 km west of Bouar"}},
		{doc: "Fighting was reported near Sirte and in Misrata, 250 km to the west.", rels: []string{"Misrata: 250 km west of Sirte"}}, // guard
	})
}

// TestCorpusRiverPartsAndLaterAppositions: "a terrace of the Jordan", "the
// mouth of the Congo" name rivers (riverparts.tsv), not countries; an
// excavation is a kind of place; and a direction set off after a name in
// a sentence that names no place before it measures from the place the
// sentences before reached ("Two bodies were recovered near Chintheche,
// 40 km to the south").
func TestCorpusRiverPartsAndLaterAppositions(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Villagers said the boat capsized near Nkhata Bay. Two bodies were recovered near Chintheche, 40 km to the south.", rels: []string{"Chintheche: 40 km south of Nkhata Bay"}},
		{doc: "The excavation lies 9 km south-east of Jericho.", rels: []string{"The excavation: 9 km southeast of Jericho"}},
		{doc: "Fighting was reported near Sirte and in Misrata, 250 km to the west.", rels: []string{"Misrata: 250 km west of Sirte"}}, // guard
	})
	for _, doc := range []string{"The site lies on a low terrace of the Jordan, 9 km south-east of Jericho.", "The mouth of the Congo is wide."} {
		for _, m := range Read(doc).Mentions {
			if (m.Name == "Jordan" || m.Name == "Congo") && m.Feature != "river" {
				t.Errorf("Read(%q): %s is a %q, want a river", doc, m.Name, m.Feature)
			}
		}
	}
}

// TestCorpusCeluiDe: « Celui de X », « Celle de X » open a sentence with
// the name of the one meant (stopcaps.tsv, frenchClauseSubject): « Deux
// camps ont été attaqués. Celui de Tama, à 40 km au nord de Gao, … ».
func TestCorpusCeluiDe(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Deux camps ont été attaqués. Celui de Tama, à 40 km au nord de Gao, a été détruit.", rels: []string{"Tama: 40 km north of Gao"}},
		{doc: "Deux écoles ont rouvert. Celle de Kalo se trouve à 12 km à l'est de Kayes.", rels: []string{"Kalo: 12 km east of Kayes"}},
	})
}

// TestCorpusLocalKindAnaphor: "the sitio" stands for "Sitio Malipayon",
// whose local kind the reader cut from the name (kindAntecedent), and "the
// <kind>, a <description> 14 km north of Y" places it (theKindApposition).
func TestCorpusLocalKindAnaphor(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Forty families from Sitio Malipayon have been moved to the gym in Guiuan. They had lived in the sitio, a fishing settlement about 14 km north of Guiuan, since 2013.",
			rels: []string{"Malipayon: 14 km north of Guiuan"}},
		{doc: "Families from the village of Kalo moved to Gao. They had lived in the village, a farming settlement about 14 km north of Gao.", rels: []string{"Kalo: 14 km north of Gao"}},
	})
}

// TestCorpusSizeAfterKind: a place's size after its noun ("on half an
// acre", "of 40 hectares") stands between a nameless place and its verb
// or its locating aside (areaPhraseEnd).
func TestCorpusSizeAfterKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A bungalow on half an acre, 4 km east of Mbarara, is for sale.", rels: []string{"A bungalow: 4 km east of Mbarara"}},
		{doc: "A farm of 40 hectares lies 12 km north of Nakuru.", rels: []string{"A farm: 12 km north of Nakuru"}},
		{doc: "A farm of Kalo lies 12 km north of Nakuru.", absent: []string{"A farm: 12 km north of Nakuru"}}, // guard
	})
}

// TestCorpusPlacesIncluded: what a plural noun of places includes are
// places ("Other stations on the line included Barrow Creek and Tennant
// Creek", placesIncluded); what other nouns include is not read so.
func TestCorpusPlacesIncluded(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The telegraph line ran north from Alice Springs. Other stations on the line included Barrow Creek and Tennant Creek.", places: []string{"Barrow Creek", "Tennant Creek"}},
		{doc: "The worst-hit villages include Kalo and Tinzar.", places: []string{"Kalo", "Tinzar"}},
	})
	for _, m := range Read("Speakers included Kenya Moore and Paris Hilton.").Mentions { // guard
		if m.Evidence >= EvidencePreposition {
			t.Errorf("%s is graded %s after \"Speakers included\"", m.Name, m.Evidence)
		}
	}
}

// TestCorpusCoastAndFrame: "30 km up the coast from X" (distance.tsv, from)
// measures from X; a fronted "From X," or « Depuis X, » is what a
// direction with no object measures from (fromFrame).
func TestCorpusCoastAndFrame(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kalo, 30 km up the coast from Mombasa, was flooded.", rels: []string{"Kalo: 30 km from Mombasa"}},
		{doc: "Kalo lies 30 km down the valley from Gao.", rels: []string{"Kalo: 30 km from Gao"}},
		{doc: "From Gao, Kalo is 30 km to the north.", rels: []string{"Kalo: 30 km north of Gao"}},
		{doc: "Depuis Gao, Kalo se trouve à 30 km au nord.", rels: []string{"Kalo: 30 km north of Gao"}},
	})
}

// TestCorpusFarmOfName: « l'ancienne ferme du Try-au-Chêne » names the farm
// Try-au-Chêne; an owner after « du » is a body's name with lower-case
// words or an acronym (frenchOwnerBefore).
func TestCorpusFarmOfName(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La brasserie s'installe dans l'ancienne ferme du Try-au-Chêne, à 4 km au nord de Wavre.", rels: []string{"Try-au-Chêne: 4 km north of Wavre"}},
		{doc: "Des hommes armés ont pillé un entrepôt du Programme alimentaire mondial à 15 km au sud de Bunia.",
			rels: []string{"un entrepôt du Programme alimentaire mondial: 15 km south of Bunia"}}, // guard
	})
}

// TestCorpusAsFarAway: "from as far away as X" reaches a place (asFarAs).
func TestCorpusAsFarAway(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The treatment centre took in patients from as far away as Kenema.", places: []string{"Kenema"}},
		{doc: "Buyers came from as far afield as Kayes and Nioro.", places: []string{"Kayes"}},
	})
}

// TestCorpusFrenchHeights: « sur les hauteurs de X » is near X (near.tsv).
func TestCorpusFrenchHeights(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "L'habitation Morne-Valentin, à une dizaine de kilomètres à l'est de Fort-de-France, est sur les hauteurs du Lamentin.", rels: []string{"Morne-Valentin: near Lamentin"}},
		{doc: "Le gîte se trouve dans les hauteurs de Cilaos.", places: []string{"Cilaos"}},
	})
}

// TestCorpusNumberedSiteAfter: a site's number before an apposition of
// its kind is part of its name ("Nangua 2, a site about 25 km south-west of
// Pemba", campNumberAt); "the provincial capital of Y" after the anchor is
// the anchor's, as "the capital of Y" is (capitalOfAt).
func TestCorpusNumberedSiteAfter(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Families have settled at Nangua 2, a site about 25 km south-west of Pemba.", rels: []string{"Nangua 2: 25 km southwest of Pemba"}},
		{doc: "Families settled at Kalo, a site about 25 km south-west of Pemba, the provincial capital of Cabo Delgado.", rels: []string{"Pemba: in Cabo Delgado"},
			absent: []string{"Kalo: in Cabo Delgado"}},
		{doc: "Gao beat Kidal 2, a result that surprised many.", absent: []string{"Kidal 2"}}, // guard
	})
	for _, m := range Read("Gao beat Kidal 2, a result that surprised many.").Mentions {
		if m.Name == "Kidal 2" {
			t.Errorf("a score after a name made %q", m.Name)
		}
	}
}

// TestCorpusActsOnObject: a subject that "has moved its base to X" or "has
// opened a clinic" acts on another thing, which the clause goes on to
// place; it is no nameless place itself (actsOnObject).
func TestCorpusActsOnObject(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The lion-collaring project has moved its base to Boro Crossing camp, 20 km north of Maun.", rels: []string{"Boro Crossing: 20 km north of Maun"},
			absent: []string{"The lion-collaring project: 20 km north of Maun"}},
		{doc: "The camp has been moved 20 km north of Maun.", rels: []string{"The camp: 20 km north of Maun"}}, // guard
		{doc: "The camp has moved 20 km north of Maun.", rels: []string{"The camp: 20 km north of Maun"}},      // guard
	})
}

// TestCorpusAppositionFor: an indefinite apposition's head may take a
// "for" phrase before its distance ("Labworomor, a camp for displaced
// people roughly 20 km north-east of Gulu"; indefiniteApposition).
func TestCorpusAppositionFor(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Lord's Resistance Army fighters overran Labworomor, a camp for displaced people roughly 20 km north-east of Gulu.", rels: []string{"Labworomor: 20 km northeast of Gulu"}},
	})
}

// TestCorpusTownAfterSite: « La ville » after a sentence about a site and
// its town, which the site is not, stands for the town (townBefore in
// namelessSubject); two towns named there leave it a place of its own.
func TestCorpusTownAfterSite(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un éboulement a fait sept morts sur le site aurifère de Fadougou-Bé, à 25 km à l'ouest de Siguiri. La ville, située à quelque 115 km au nord de Kankan, vit de l'orpaillage.",
			rels: []string{"Siguiri: 115 km north of Kankan"}},
		{doc: "Des hommes armés ont attaqué le village de Kéra et le hameau de Doro. La localité se trouve à 30 km à l'est de Bandiagara.",
			rels: []string{"La localité: 30 km east of Bandiagara"}}, // guard
	})
}

// TestCorpusPluralAgents: a capitalised plural noun of people opening a
// sentence before a plural verb names people, not a place
// (pluralAgents): "Deminers have cleared the last field around X".
func TestCorpusPluralAgents(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Deminers have cleared the last field around Sosnovyi Khutir, a hamlet about 15 km north-west of Izium.", not: []string{"Deminers"},
			rels: []string{"Sosnovyi Khutir: 15 km northwest of Izium"}},
		{doc: "Angers is a city on the Maine.", places: []string{"Angers"}}, // guard: singular verb
	})
}

// cityMeantCase is a text, a name in it and whether the reader must take
// the name for a town (Mention.CityMeant).
type cityMeantCase struct {
	doc, name string
	want      bool
}

// checkCityMeant checks each case's Mention.CityMeant, failing when the
// name is not read at all.
func checkCityMeant(t *testing.T, cases []cityMeantCase) {
	t.Helper()
	for _, tc := range cases {
		found := false
		for _, m := range Read(tc.doc).Mentions {
			if m.Name == tc.name {
				found = true
				if m.CityMeant != tc.want {
					t.Errorf("Read(%q): %s CityMeant = %v, want %v", tc.doc, m.Name, m.CityMeant, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("Read(%q): no mention %s", tc.doc, tc.name)
		}
	}
}
