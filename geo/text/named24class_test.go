package text

import "testing"

// TestBareOpenerNamesNameless holds the twenty-fourth round's class of
// places named later by a bare apposition: "Troops clashed in a remote
// village about 30 km south of Marawi. The village, Sitio Bangon, has long
// served as a hiding place". A sentence that opens with the kind of a place
// the text placed before without a name, then sets a name between commas
// with no verb of naming, names that place (bareOpener, nameNameless), as
// "The village, called X," does; another kind, a person or a place already
// named takes no alias.
func TestBareOpenerNamesNameless(t *testing.T) {
	tests := []struct {
		doc, nameless, name string // name "" when no alias is wanted
	}{
		{"Gunmen attacked a small farming village about 25 km east of Maiduguri on Tuesday. The village, Kwanar Dala, had been attacked twice before.", "a small farming village", "Kwanar Dala"},
		{"Rangers found the carcasses at a remote camp some 40 km north of Maun. The camp, Xakanaxa Wells, is used by hunters in the dry season.", "a remote camp", "Xakanaxa Wells"},
		{"Les pluies ont isolé un hameau situé à 15 km au sud de Kankan. Le hameau, Koumandou-Bas, n'est plus accessible par la route.", "un hameau", "Koumandou-Bas"},
		{"Un campement peul a été incendié à une trentaine de kilomètres à l'est de Gao. Ce campement, Tin-Hamma, abritait 200 familles.", "Un campement peul", "Tin-Hamma"},
		// Another kind names another place.
		{"Gunmen attacked a small farming village about 25 km east of Maiduguri on Tuesday. The school, Kwanar Dala, had been attacked twice before.", "", ""},
		// A person set between commas after an office is no place.
		{"Gunmen attacked a small farming village about 25 km east of Maiduguri on Tuesday. The mayor, Musa Bello, said ten people died.", "", ""},
	}
	for _, tt := range tests {
		checkAlias(t, tt.doc, tt.nameless, tt.name)
	}
}

// TestCorpusNamed24FrontedCalled holds the twenty-fourth round's class of
// a fronted distance whose place the main clause names with "called" after
// "at a <kind>": "About 60 km north of Mörön he pulled in at a ger camp
// called Burgasan for mutton khuushuur". A travel narrative's fronted
// phrase needs no comma before a personal pronoun that opens the clause
// (frontedSceneAfter), and "at a <kind> called X" sets the scene as "at
// X" does (namedAtScene). A person called X is no place, and a clause
// opened by a noun needs the comma as before.
func TestCorpusNamed24FrontedCalled(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "About 35 km west of Tarija we stopped at a roadside lodge called Bodega Tolomosa for lunch.",
			rels: []string{"Bodega Tolomosa: 35 km west of Tarija"}},
		{doc: "Some 20 miles south of Lhasa, they camped in a nomad settlement named Drokpa Gang for the night.",
			rels: []string{"Drokpa Gang: 32.2 km south of Lhasa"}},
		{doc: "Roughly 15 km east of Ouarzazate she slept at a small kasbah called Dar Tighremt.",
			rels: []string{"Dar Tighremt: 15 km east of Ouarzazate"}},
		// a person called X is no place.
		{doc: "About 30 km east of Tarija we met a guide called Ramiro Quispe.",
			absent: []string{"Ramiro Quispe: 30 km east of Tarija"}},
		// a clause opened by a noun still needs the comma.
		{doc: "About 30 km east of Tarija the road climbs to a pass called Abra Sama.",
			absent: []string{"Abra Sama: 30 km east of Tarija"}},
	})
}
