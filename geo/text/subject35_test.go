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
		{doc: "Tom Riley sank the Emu Plains bore in March 1926, about 40 km north-east of Longreach.",
			rels: []string{"Emu Plains: 40 km northeast of Longreach"}},
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
		{doc: "Les tirailleurs ont érigé le fortin de Dar Tama en mai 1911, à environ 40 km au nord d'Adré.",
			rels: []string{"Dar Tama: 40 km north of Adré"}},
		{doc: "La mission catholique a ouvert le dispensaire de Ndjolé-Bas en mars 1962, à 18 km au sud de Lambaréné.",
			rels: []string{"Ndjolé-Bas: 18 km south of Lambaréné"}},
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

// TestSubject35NamingApposition: an apposition set between commas after
// the clause's opening noun, a kind of place and a word of naming
// ("known locally as", "called", « appelée », « connue sous le nom de »)
// before a name, gives the clause its subject: "A second locus, the rock
// shelter known locally as X, lies 2.5 km west of Y". A person so named is
// none.
func TestSubject35NamingApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A second site, the cave known locally as Bat Hollow, lies about 4 km north of Gympie.",
			rels: []string{"Bat Hollow: 4 km north of Gympie"}},
		{doc: "The third well, an old cistern called Bir Zeitoun, lies 6 km east of Tataouine.",
			rels: []string{"Bir Zeitoun: 6 km east of Tataouine"}},
		{doc: "Another shelter, a stone hut known to shepherds as Koliba Vrh, stands 9 km south-west of Žabljak.",
			rels: []string{"Koliba Vrh: 9 km southwest of Žabljak"}},
		{doc: "Le troisième campement, une oasis appelée Aïn Tilmas, se trouve à 25 km au sud de Tindouf.",
			rels: []string{"Aïn Tilmas: 25 km south of Tindouf"}},
		{doc: "Un autre refuge, une cabane de pierre nommée Pra Long, est situé à 8 km au nord de Bourg-Saint-Maurice.",
			rels: []string{"Pra Long: 8 km north of Bourg-Saint-Maurice"}},
		{doc: "Our guide, a man called Gela, lives 3 km east of Mestia.",
			absent: []string{"Gela: 3 km east of Mestia"}},
	})
}

// TestSubject35OrdinalOpener: an ordinal of lexicon/en/ordinals.tsv after
// an article, opening a sentence, stands for the kind the text counts;
// the name set between commas after it is the clause's subject: "The
// first, Skamnouli, lies about 14 km north-west of Ioannina".
func TestSubject35OrdinalOpener(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Two shelters were recorded. The first, Kotli Bala, lies 11 km north of Muzaffarabad.",
			rels: []string{"Kotli Bala: 11 km north of Muzaffarabad"}},
		{doc: "Three camps were set up. The second, Kambi Nyoka, lies 14 km west of Garissa.",
			rels: []string{"Kambi Nyoka: 14 km west of Garissa"}},
		{doc: "Two wells were dug that year. The latter, Bir Hamra, lies 14 km west of Atar.",
			rels: []string{"Bir Hamra: 14 km west of Atar"}},
	})
}
