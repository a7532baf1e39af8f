package text

import "testing"

// TestKnown33TownBodyTown: an English body or event named after its town,
// with its words after (lexicon/en/townbodies.tsv: "Chamber", "Town
// Council", "Mountain Rescue Team", "Horse Fair", "Races"), leaves the
// town a mention, doubtful, and the body's words none
// (townBodyTailStart).
func TestKnown33TownBodyTown(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Dungarvan Chamber of Commerce has backed the new greenway.",
			places: []string{"Dungarvan"}, not: []string{"Dungarvan Chamber"}},
		{doc: "Members of the Killarney Town Council voted against the car park.",
			places: []string{"Killarney"}, not: []string{"Killarney Town Council", "Town Council"}},
		{doc: "The Patterdale Mountain Rescue Team brought the climber down at dusk.",
			places: []string{"Patterdale"}, not: []string{"Patterdale Mountain Rescue Team", "Mountain Rescue Team"}},
		{doc: "Puck Fair and the Spancilhill Horse Fair draw crowds every August.",
			places: []string{"Spancilhill"}, not: []string{"Spancilhill Horse Fair"}},
		{doc: "Hotels were full for the Galway Races, and trains from Dublin were packed.",
			places: []string{"Galway", "Dublin"}, not: []string{"Galway Races"}},
		{doc: "A talk on the abbey was given to the Whitby Historical Society last night.",
			places: []string{"Whitby"}, not: []string{"Whitby Historical Society"}},
		{doc: "Thousands came to the Edinburgh Jazz Festival despite the rain.",
			places: []string{"Edinburgh"}, not: []string{"Edinburgh Jazz Festival"}},
	})
	for _, c := range []struct{ doc, town string }{
		{"The Dungarvan Chamber of Commerce has backed the new greenway.", "Dungarvan"},
		{"The Patterdale Mountain Rescue Team brought the climber down.", "Patterdale"},
		{"Ballinrobe Town Council met on Monday.", "Ballinrobe"},
	} {
		found := false
		for _, m := range Read(c.doc).Mentions {
			if m.Name == c.town && m.Doubtful && m.Evidence > EvidenceUnlikely {
				found = true
			}
		}
		if !found {
			t.Errorf("Read(%q): no doubtful mention %q; mentions %v", c.doc, c.town, mentionNames(Read(c.doc)))
		}
	}
}

// TestKnown33KeepsBody: a body whose words before its tail are a title's,
// an organisation's, a nationality's, an acronym or a common word, or
// that ends in a bare "Council" or "Festival", gives no town.
func TestKnown33KeepsBody(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"The Norwegian Refugee Council sent tents to the camp.", "Norwegian"},
		{"The Upper Chamber rejected the bill.", "Upper"},
		{"The Kuomboka Festival was postponed by the floods.", "Kuomboka"},
		{"The UN Rescue Team arrived by helicopter.", "UN"},
	} {
		for _, m := range Read(c.doc).Mentions {
			if m.Name == c.name && m.Evidence > EvidenceCapitalised {
				t.Errorf("Read(%q): %q read as a place (%v)", c.doc, c.name, m.Evidence)
			}
		}
	}
}

// TestKnown33LegPair: a pair of names joined by "to" after "the" and
// before a noun of a leg of a way (legnouns.tsv) or a road noun makes the
// first name a place as well as the second.
func TestKnown33LegPair(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We walked the Ohrid to Struga section in a single morning.",
			places: []string{"Ohrid", "Struga"}},
		{doc: "The Sapa to Bac Ha stretch of the loop is the roughest.",
			places: []string{"Sapa", "Bac Ha"}},
		{doc: "Landslides have closed the Manali to Keylong road again.",
			places: []string{"Manali", "Keylong"}},
		{doc: "The Tromsø to Alta leg took us nine hours by bus.",
			places: []string{"Tromsø", "Alta"}},
	})
}

// TestKnown33LegNounsRead reads every row of legnouns.tsv and
// townbodies.tsv in the phrase it makes a town of.
func TestKnown33LegNounsRead(t *testing.T) {
	if n := len(langs().en.sets[setLegNouns]); n < 10 {
		t.Errorf("lexicon/en/legnouns.tsv: %d rows, want at least 10", n)
	}
	if n := len(langs().en.sets[setTownBodies]); n < 20 {
		t.Errorf("lexicon/en/townbodies.tsv: %d rows, want at least 20", n)
	}
	var corpus []example
	for w := range langs().en.sets[setLegNouns] {
		corpus = append(corpus, example{doc: "They finished the Kalo to Bintam " + w + " on Monday.", places: []string{"Kalo", "Bintam"}})
	}
	for w := range langs().en.sets[setTownBodies] {
		corpus = append(corpus, example{doc: "They wrote to the Kalo " + titleWords(w) + " on Monday.",
			places: []string{"Kalo"}, not: []string{"Kalo " + titleWords(w)}})
	}
	checkCorpus(t, corpus)
}

// TestKnown33Flight: a name after a verb of flying (flights.tsv) and
// "to", "for", "from", « pour », « vers » is marked Flight; after a verb
// of another journey, or with no verb of flying, it is not.
func TestKnown33Flight(t *testing.T) {
	for _, c := range []struct {
		doc, name string
		want      bool
	}{
		{"After the final in Tyler she flew to Paris for a month.", "Paris", true},
		{"The minister flew back on Monday to London.", "London", true},
		{"Born in Stratford, he flew from London to Toronto.", "London", true},
		{"Née à Brantford, elle s'est envolée pour Paris en 1998.", "Paris", true},
		{"Le lendemain, il s'envola vers Londres avec sa femme.", "Londres", true},
		{"After the final in Tyler she drove to Paris for a month.", "Paris", false},
		{"Flights to Paris were cancelled.", "Paris", false},
		{"Il est parti à Paris.", "Paris", false},
	} {
		got := false
		for _, m := range Read(c.doc).Mentions {
			if m.Name == c.name {
				got = got || m.Flight
			}
		}
		if got != c.want {
			t.Errorf("Read(%q): %s Flight = %v, want %v", c.doc, c.name, got, c.want)
		}
	}
	if n := len(langs().en.sets[setFlights]) + len(langs().fr.sets[setFlights]); n < 10 {
		t.Errorf("flights.tsv: %d rows in all, want at least 10", n)
	}
	for _, l := range []*language{langs().en, langs().fr} {
		for w := range l.sets[setFlights] {
			doc := "She " + w + " to Paris."
			if l == langs().fr {
				doc = "Elle " + w + " pour Paris."
			}
			if !hasFlight(doc, "Paris") {
				t.Errorf("flights.tsv row %q: Read(%q): Paris not marked Flight", w, doc)
			}
		}
	}
}

// hasFlight reports whether Read(doc) marks a mention name as Flight.
func hasFlight(doc, name string) bool {
	for _, m := range Read(doc).Mentions {
		if m.Name == name && m.Flight {
			return true
		}
	}
	return false
}

// TestKnown33FrenchFeastTown: a French feast, fair or festival named
// after its town, capitalised before « de » or « d' » (seats.tsv: «
// fête », « carnaval », « bénichon », « marché-concours »), leaves the
// town a place and the feast's word none.
func TestKnown33FrenchFeastTown(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Des milliers de visiteurs sont attendus au Carnaval de Binche mardi.",
			places: []string{"Binche"}, not: []string{"Carnaval de Binche", "Carnaval"}},
		{doc: "Il a présenté ses vaches au Marché-Concours de Chaindon.",
			places: []string{"Chaindon"}, not: []string{"Marché-Concours de Chaindon", "Marché-Concours"}},
		{doc: "La Bénichon de Romont attire chaque année les familles de la Glâne.",
			places: []string{"Romont"}, not: []string{"Bénichon de Romont", "Bénichon"}},
		{doc: "Les forains de la Braderie de Lille ont remballé dimanche soir.",
			places: []string{"Lille"}, not: []string{"Braderie de Lille", "Braderie"}},
		{doc: "Le Comptoir de Martigny a fermé ses portes après dix jours.",
			places: []string{"Martigny"}, not: []string{"Comptoir de Martigny", "Comptoir"}},
	})
}
