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

// TestChainleg32MidwayApposed: a midway word set off after a name by a
// comma, closing its clause (« à X, à mi-chemin, », "at X, halfway,"),
// puts the name midway between the two ends of the journey the sentence
// or the one before tells, or between the two places of the last
// distance read there.
func TestChainleg32MidwayApposed(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Nous avons passé deux nuits à Ampasy Be, un hameau à 30 km à l'ouest de Tuléar. Au retour, nous avons fait halte à Ankilibe Kely, à mi-chemin, pour déjeuner.",
			rels: []string{"Ampasy Be: 30 km west of Tuléar", "Ankilibe Kely: midway between Ampasy Be and Tuléar"}},
		{doc: "Les éleveurs ont quitté Ménaka pour Anderamboukane. Ils ont campé au puits d'Infoukaretane-Sud, à mi-chemin, pendant trois jours.",
			rels: []string{"Infoukaretane-Sud: midway between Ménaka and Anderamboukane"}},
		{doc: "We spent two nights at Lolgorien Camp, 40 km west of Kilgoris. On the way back we stopped at Nyangusu Hill, halfway, for lunch.",
			rels: []string{"Nyangusu Hill: midway between Lolgorien Camp and Kilgoris"}},
		{doc: "The herders moved from Kidal to Aguelhok. They camped at Tin Essako Well, halfway along the track, for two nights.",
			rels: []string{"Tin Essako Well: midway between Kidal and Aguelhok"}},
		// No journey and no distance before: no midway.
		{doc: "They camped at Tin Essako Well, halfway, for two nights.",
			absent: []string{"Tin Essako Well: midway between ? and ?"}},
		// "halfway up" is no midway between two places.
		{doc: "We spent two nights at Lolgorien Camp, 40 km west of Kilgoris. We then climbed to Nyangusu Hill, halfway up the escarpment.",
			absent: []string{"Nyangusu Hill: midway between Lolgorien Camp and Kilgoris"}},
	})
}

// TestChainleg32KeptWayBeforeVerb: the way a further leg keeps ("along
// the same ridge", "up the same valley") may stand between the leg and
// the verb that names the place reached: "Another 6 km along the same
// ridge is X" measures X from the place the text reached before.
func TestChainleg32KeptWayBeforeVerb(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "From Jumla the trail climbs east and, after about 9 km, you reach Chhuma Bazaar. Another 6 km along the same ridge is Ghurchi Kharka.",
			rels: []string{"Chhuma Bazaar: 9 km east of Jumla", "Ghurchi Kharka: 6 km east of Chhuma Bazaar"}},
		{doc: "From Jumla the trail climbs east and, after about 9 km, you reach Chhuma Bazaar. Another 6 km up the same valley is the herders' camp of Ghurchi Kharka.",
			rels: []string{"Ghurchi Kharka: 6 km east of Chhuma Bazaar"}},
		{doc: "The first camp, Dzong Tsam, lies 12 km north of Lo Manthang. A further 8 km up the same valley is Chhoser Gompa.",
			rels: []string{"Chhoser Gompa: 8 km from Dzong Tsam"}},
	})
	for w := range langs().en.sets[setKeptWays] {
		d := "From Jumla the trail climbs east and, after about 9 km, you reach Chhuma Bazaar. Another 6 km " + w + " the same ridge is Ghurchi Kharka."
		if !hasReading(d, "Ghurchi Kharka: 6 km east of Chhuma Bazaar") {
			t.Errorf("lexicon/en/keptways.tsv row %q: Read(%q): Ghurchi Kharka not measured from Chhuma Bazaar", w, d)
		}
	}
}
