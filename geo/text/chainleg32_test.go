package text

import "testing"

// TestChainleg32CompanionNoStop: a person is never a stop of a journey. A
// name set beside a noun of companions.tsv after a determiner ("our
// guide, Okello,", "Okello, our driver,", « notre chauffeur, Hery, », «
// Faly, notre guide, ») or the subject of a verb of hostverbs.tsv before
// or after a pronoun of the travellers ("where Lokiru put us up", « où
// Tojo nous a hébergés ») is no place: a further leg told after it is
// measured from the town before, not from the person.
func TestChainleg32CompanionNoStop(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We spent two nights in Gulu. Our guide, Okello, then walked us to Pabbo, another 30 km further north.",
			rels: []string{"Pabbo: 30 km north of Gulu"}, not: []string{"Okello"}},
		{doc: "We stayed in Kitgum, where our host, Akena, cooked for us. The next day we pushed on to Padibe, another 25 km further north.",
			rels: []string{"Padibe: 25 km north of Kitgum"}, not: []string{"Akena"}},
		{doc: "We slept at Moroto, where Lokiru put us up. The next day we drove on to Nadunget Camp, another 20 km further east.",
			rels: []string{"Nadunget Camp: 20 km east of Moroto"}, not: []string{"Lokiru"}},
		{doc: "We left Lira at dawn. Ogwang, our driver, took us to Aloi, another 30 km further east.",
			rels: []string{"Aloi: 30 km east of Lira"}, not: []string{"Ogwang"}},
		{doc: "Après une nuit à Fianarantsoa, notre chauffeur, Hery, nous a conduits au hameau d'Ambohimahamasina Kely, 20 km plus loin.",
			rels: []string{"Ambohimahamasina Kely: 20 km from Fianarantsoa"}, not: []string{"Hery"}},
		{doc: "Nous avons dormi deux nuits à Ihosy, où Tojo nous a hébergés. Le lendemain, nous avons marché jusqu'au hameau d'Ankily Bas, 14 km plus loin.",
			rels: []string{"Ankily Bas: 14 km from Ihosy"}, not: []string{"Tojo"}},
		{doc: "Nous avons dormi à Ambositra. Notre hôte, Naivo, nous a logés chez lui. Le lendemain, nous avons gagné le hameau d'Antoetra Kely, 14 km plus loin.",
			rels: []string{"Antoetra Kely: 14 km from Ambositra"}, not: []string{"Naivo"}},
		{doc: "Après deux jours à Tuléar, Faly, notre guide, nous a menés au village d'Ifaty Bas, 20 km plus loin.",
			rels: []string{"Ifaty Bas: 20 km from Tuléar"}, not: []string{"Faly"}},
		// A place beside a companion's noun that is no apposition of a
		// person stays a place.
		{doc: "The delegates flew to Arusha, our host for the week, 80 km south of Namanga.",
			places: []string{"Arusha"}},
		{doc: "Le PAM a ouvert un entrepôt ; un Tebou de Zouar nous guide jusqu'au puits de Kirdimi, à 30 km au nord de Zouar.",
			places: []string{"Zouar"}},
		{doc: "We reached Kasese, where a guide from Bwera drove us to the Nyakalengija trailhead, 22 km north-west of Kasese.",
			places: []string{"Bwera"}},
	})
	for w := range langs().en.sets[setCompanions] {
		d := "We spent two nights in Gulu. Our " + w + ", Okello, then took us to Pabbo, another 30 km further north."
		checkCorpusRow(t, "lexicon/en/companions.tsv", w, d, "Pabbo: 30 km north of Gulu", "Okello")
	}
	for w := range langs().fr.sets[setCompanions] {
		d := "Après une nuit à Fianarantsoa, notre " + w + ", Hery, nous a conduits au hameau d'Ambohimahamasina Kely, 20 km plus loin."
		checkCorpusRow(t, "lexicon/fr/companions.tsv", w, d, "Ambohimahamasina Kely: 20 km from Fianarantsoa", "Hery")
	}
	for w := range langs().en.sets[setHostVerbs] {
		d := "We slept at Moroto, where Lokiru " + w + " us well. The next day we drove on to Nadunget Camp, another 20 km further east."
		checkCorpusRow(t, "lexicon/en/hostverbs.tsv", w, d, "Nadunget Camp: 20 km east of Moroto", "Lokiru")
	}
	for w := range langs().fr.sets[setHostVerbs] {
		d := "Nous avons dormi deux nuits à Ihosy, où Tojo nous " + w + " volontiers. Le lendemain, nous avons marché jusqu'au hameau d'Ankily Bas, 14 km plus loin."
		checkCorpusRow(t, "lexicon/fr/hostverbs.tsv", w, d, "Ankily Bas: 14 km from Ihosy", "Tojo")
	}
}

// checkCorpusRow checks that the word w of the word list file gives the
// document d the reading want, with the name person no place.
func checkCorpusRow(t *testing.T, file, w, d, want, person string) {
	t.Helper()
	if !hasReading(d, want) {
		t.Errorf("%s row %q: Read(%q): no reading %q", file, w, d, want)
	}
	for _, m := range Read(d).Mentions {
		if m.Name == person && m.Evidence > EvidenceUnlikely {
			t.Errorf("%s row %q: Read(%q): %s is a place (%v)", file, w, d, person, m.Evidence)
		}
	}
}

// TestChainleg32HedgeNoFurther: « plus de » before a number is a hedge
// (more than), not the « plus » of a further leg (« 6 km plus au nord »):
// « depuis X, à plus de 150 km » measures nothing from the last place the
// text reached.
func TestChainleg32HedgeNoFurther(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Nous avons dormi au village de Kéré, à 25 km à l'ouest de Bossangoa. Le lendemain, des bouviers arrivent à pied depuis Bozoum, à plus de 150 km.",
			rels: []string{"Kéré: 25 km west of Bossangoa"}, absent: []string{"Bozoum: 150 km from Kéré"}},
		{doc: "Le campement de Tassak se trouve à 30 km au nord d'Abalak. Certains éleveurs y viennent de Tchintabaraden, à un peu plus de 80 km.",
			rels: []string{"Tassak: 30 km north of Abalak"}, absent: []string{"Tchintabaraden: 80 km from Tassak"}},
		{doc: "Les déplacés ont rejoint le site de Koulfo, à 12 km au sud de Mora. D'autres familles arrivent de Kolofata, à plus d'une trentaine de kilomètres.",
			rels: []string{"Koulfo: 12 km south of Mora"}, absent: []string{"Kolofata: 30 km from Koulfo"}},
		// The adverb after the number still makes the leg.
		{doc: "Les déplacés ont rejoint le site de Koulfo, à 12 km au sud de Mora, puis celui de Mémé-Kaïlé, 8 km plus au sud.",
			rels: []string{"Mémé-Kaïlé: 8 km south of Koulfo"}},
	})
}
