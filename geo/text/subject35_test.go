package text

import "testing"

// TestSubject35ReflexiveAfterObject: a reflexive pronoun of
// lexicon/en/reflexives.tsv after the object of a verb of building,
// digging or founding stresses the actor's own doing; a distance after it
// and a comma, perhaps past a year, places the object, never the actor
// ("he built the roadhouse himself in 1968, about 35 miles north-west of
// Tok").
func TestSubject35ReflexiveAfterObject(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Old Tom Riley dug the Kangaroo Flat bore himself in 1926, about 40 km north-east of Winton.",
			rels: []string{"Kangaroo Flat: 40 km northeast of Winton"}, absent: []string{"Tom Riley: 40 km northeast of Winton"}},
		{doc: "Martha Kelly drilled the Moose Creek well herself, some 20 miles south of Tok, and lived there until 1961.",
			rels: []string{"Moose Creek: 32.2 km south of Tok"}, absent: []string{"Martha Kelly: 32.2 km south of Tok"}},
		{doc: "The Archuleta brothers raised the chapel of San Isidro themselves in 1887, 12 km west of Taos.",
			rels: []string{"San Isidro: 12 km west of Taos"}},
	})
	for w := range langs().en.sets[setReflexives] {
		d := "Jack Sweeney built the Willow Draw roadhouse " + w + " in 1931, about 28 miles north of Elko."
		if !hasReading(d, "Willow Draw: 45.1 km north of Elko") {
			t.Errorf("lexicon/en/reflexives.tsv row %q: Read(%q): no reading of Willow Draw", w, d)
		}
	}
}

// TestSubject35FrenchYearAfterObject: the French object of a verb of
// setting up, digging or building, named after its kind, takes the
// distance set off by a comma after it even past the year it was done in
// (lexicon/fr/yearleads.tsv), and a subject that set it up with a
// definite object is an actor, no place: « Les ingénieurs de la Sodecoton
// ont installé la station de pompage de X en 2009, à 15 km de Garoua ».
func TestSubject35FrenchYearAfterObject(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La coopérative a ouvert le moulin de Tafraout Ouzrou en 2012, à 20 km au sud de Tiznit.",
			rels: []string{"Tafraout Ouzrou: 20 km south of Tiznit"}},
		{doc: "Les soldats de la Légion ont bâti le poste de Bir Oum Grein en juin 1958, à environ 60 km à l'est de Zouérat.",
			rels: []string{"Bir Oum Grein: 60 km east of Zouérat"}},
		{doc: "Les ouvriers de la Sogea ont installé la station de pompage de Kabala Sud en 2018, à 12 km au nord de Koulikoro.",
			rels: []string{"Kabala Sud: 12 km north of Koulikoro"}, absent: []string{"Sogea: 12 km north of Koulikoro"}},
		{doc: "L'association Terre Verte a creusé le puits de Tin Aouker en 2016, à une trentaine de kilomètres au nord-ouest d'Ansongo.",
			rels: []string{"Tin Aouker: 30 km northwest of Ansongo"}},
	})
	for w := range langs().fr.sets[setYearLeads] {
		d := "Le service a creusé le forage de Saré Demba Wouri " + w + " 2015, à quelque 35 km au nord-ouest de Tambacounda."
		if !hasReading(d, "Saré Demba Wouri: 35 km northwest of Tambacounda") {
			t.Errorf("lexicon/fr/yearleads.tsv row %q: Read(%q): no reading of Saré Demba Wouri", w, d)
		}
	}
}
