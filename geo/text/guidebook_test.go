package text

import "testing"

// TestCorpusGuidebookTimes: guidebooks and trip reports place the next
// stop by the time it takes to reach, with or without a means of travel:
// the subject of such a time is a place the reader travels to, even where
// the time itself bounds nothing (pace.go, travelTimeAfter).
func TestCorpusGuidebookTimes(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We spent two nights in Cajamarca. Trujillo is four hours west, on the coast.",
			places: []string{"Trujillo"}},
		{doc: "After the penguins we drove on. Oamaru is an hour further, and the bakery there is famous.",
			places: []string{"Oamaru"}},
		{doc: "Stay the night in Thanjavur. Kumbakonam est à une heure de Thanjavur en bus.",
			places: []string{"Kumbakonam"}},
		{doc: "Le passage de frontière se fait à Rasuwagadhi. Gyirong, côté tibétain, est à deux heures de Rasuwagadhi.",
			places: []string{"Gyirong"}},
		{doc: "The road is good now. Kabale is only a three-hour drive, so leave after lunch.",
			places: []string{"Kabale"}},
		{doc: "On a dormi à Kandy. Nuwara Eliya est une heure plus loin par la route des plantations.",
			places: []string{"Nuwara Eliya"}},
		{doc: "Tokyo is another 90 minutes by shinkansen.",
			places: []string{"Tokyo"}},
		{doc: "We stayed two nights in Hpa-An. Mawlamyine is further south, on the estuary.",
			places: []string{"Mawlamyine"}},
		{doc: "Jujuy was lovely. Humahuaca is a long way north, past the painted hills.",
			places: []string{"Humahuaca"}},
	})
	// A person late by some hours is no place.
	for _, doc := range []string{"Smith is two hours late again.", "Ramirez is three days older than his cousin."} {
		d := Read(doc)
		for _, m := range d.Mentions {
			if m.Evidence >= EvidencePreposition {
				t.Errorf("Read(%q): %q graded %v, want below preposition", doc, m.Name, m.Evidence)
			}
		}
	}
}

// TestCorpusGuidebookRoutes: the stops of a route as trip reports write
// it, joined by arrows, by dashes after a colon or a word of travel, or
// as the start of a leg "X to Y" opening the sentence; and « Ensuite X »,
// where the adverb opening the sentence is no part of the name.
func TestCorpusGuidebookRoutes(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We rode Luang Namtha → Muang Sing → Xieng Kok over three days.",
			places: []string{"Luang Namtha", "Muang Sing", "Xieng Kok"}},
		{doc: "Itinéraire : Ségou – Djenné – Mopti, en bâché.",
			places: []string{"Ségou", "Djenné", "Mopti"}},
		{doc: "Day 6: Oamaru to Dunedin along the coast road.",
			places: []string{"Oamaru", "Dunedin"}},
		{doc: "Arusha to Moshi takes an hour and a half by dala-dala.",
			places: []string{"Arusha", "Moshi"}},
		{doc: "We took the night bus Hué – Hanoï and slept most of the way.",
			places: []string{"Hué", "Hanoï"}},
		{doc: "Jour 2 : Ushuaia – Tolhuin, par la route 3.",
			places: []string{"Ushuaia", "Tolhuin"}},
		{doc: "On longe la côte jusqu'à Mbour. Ensuite Joal, puis Fadiouth par le pont de bois.",
			places: []string{"Joal", "Fadiouth"}, not: []string{"Ensuite Joal"}},
	})
	// A score or a pair of people opening a sentence is no route.
	for _, doc := range []string{"Real Sociedad – Osasuna ended 2-1.", "In 1920 the Harding – Coolidge ticket won easily."} {
		d := Read(doc)
		for _, m := range d.Mentions {
			if m.Name != "Real Sociedad" && m.Evidence >= EvidencePreposition {
				t.Errorf("Read(%q): %q graded %v, want below preposition", doc, m.Name, m.Evidence)
			}
		}
	}
}

// TestCorpusGuidebookLodgings: where a trip report slept or ate, a
// teahouse, hostel, bungalow, yurt or hotel named and placed by a
// distance; in French after « Notre hôtel, » with or without an article
// of the name's own.
func TestCorpusGuidebookLodgings(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Lunch was at the Dawa Sherpa teahouse, 6 km north of Lukla.",
			rels: []string{"Dawa Sherpa: 6 km north of Lukla"}},
		{doc: "We slept at the Blue Gecko hostel, 2 km east of Kampot.",
			rels: []string{"Blue Gecko: 2 km east of Kampot"}},
		{doc: "Our bungalow, Sea Breeze, is 3 km south of Kep.",
			rels: []string{"Sea Breeze: 3 km south of Kep"}},
		{doc: "Nous avons dormi à la yourte Son Kul Ordo, à 9 km au sud de Kochkor.",
			rels: []string{"Son Kul Ordo: 9 km south of Kochkor"}},
		{doc: "Notre hôtel, Kasbah Amridil, est à 3 km à l'ouest de Skoura.",
			rels: []string{"Kasbah Amridil: 3 km west of Skoura"}},
		{doc: "Notre gîte, le Clos des Aulnes, est à 5 km au nord de Bellac.",
			rels: []string{"Clos des Aulnes: 5 km north of Bellac"}},
	})
}

// TestLodgingsRead reads every row of lexicon/fr/lodgings.tsv: after a
// verb of a night's stay, « au » and a name is where one slept, and a
// distance after a comma places it.
func TestLodgingsRead(t *testing.T) {
	fr := langs().fr
	if len(fr.sets[setLodgings]) < 10 {
		t.Fatalf("lodgings.tsv: too few rows")
	}
	for w := range fr.sets[setLodgings] {
		doc := "Le soir, on " + w + " au Tizi Nord, à 6 km au sud de Kalo."
		checkCorpus(t, []example{{doc: doc, rels: []string{"Tizi Nord: 6 km south of Kalo"}}})
	}
	checkCorpus(t, []example{
		{doc: "Nous avons dormi au Dar Zitouna, à 12 km à l'ouest de Mahdia, dans une oliveraie.",
			rels: []string{"Dar Zitouna: 12 km west of Mahdia"}},
	})
	// « au » after any other verb is still no sign of a place.
	d := Read("On a pensé au Petit Prince tout le long de la piste.")
	for _, m := range d.Mentions {
		if m.Evidence >= EvidencePreposition {
			t.Errorf("%q graded %v, want below preposition", m.Name, m.Evidence)
		}
	}
}

// TestServicesRead reads every row of each services.tsv: a public
// service of transport before "from" or "to" and a name marks the name
// as where it runs (Mention.CityMeant).
func TestServicesRead(t *testing.T) {
	for _, l := range []*language{langs().en, langs().fr} {
		if len(l.sets[setServices]) < 8 {
			t.Fatalf("lexicon/%s/services.tsv: too few rows", l.code)
		}
		to := "to"
		if l == langs().fr {
			to = "pour"
		}
		for w := range l.sets[setServices] {
			doc := "The " + w + " " + to + " Kalo leave at noon."
			d := Read(doc)
			ok := false
			for _, m := range d.Mentions {
				ok = ok || m.Name == "Kalo" && m.CityMeant
			}
			if !ok {
				t.Errorf("Read(%q): Kalo is no transit mention", doc)
			}
		}
	}
	d := Read("The road to Kalo is closed.")
	for _, m := range d.Mentions {
		if m.CityMeant {
			t.Errorf("Read(%q): %q is a transit mention", d.Text, m.Name)
		}
	}
}

// TestCorpusGuidebookFoods: a food or a drink named after where it comes
// from names no place of the trip ("Hida beef", "Kampot pepper", « du thé
// Darjeeling »); the town named for itself still is one, and so is an
// estate or a farm of the crop ("the Kalo Hills tea estate").
func TestCorpusGuidebookFoods(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "In Matsusaka we finally tried Kobe beef at a counter bar.", places: []string{"Matsusaka"}, not: []string{"Kobe"}},
		{doc: "Breakfast was Ceylon tea and hoppers in Ella.", places: []string{"Ella"}, not: []string{"Ceylon"}},
		{doc: "Le matin, du thé Assam et des parathas à Jodhpur.", places: []string{"Jodhpur"}, not: []string{"Assam"}},
		{doc: "We bought Dijon mustard at the market in Beaune.", places: []string{"Beaune"}, not: []string{"Dijon"}},
		// A plantation of the crop is a place.
		{doc: "The Kalo Hills tea estate, 12 km north of Munnar, takes visitors.", rels: []string{"Kalo Hills: 12 km north of Munnar"}},
	})
}
