package text

import "testing"

// TestAppleg31KeptWay: a phrase of the way a leg keeps after its distance
// (keptways.tsv and samewords.tsv: "on the same road", "in the same
// direction", « sur la même piste », « dans la même direction ») closes
// the leg's clause, so that the stop named before the comma is measured
// from the place the text reached before it.
func TestAppleg31KeptWay(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le convoi a quitté Kidal pour le puits d'Aghaylal, à 40 km au nord de Kidal. Il a ensuite rejoint le campement d'Inzouzal, 25 km plus au nord sur la même piste.",
			rels: []string{"Aghaylal: 40 km north of Kidal", "Inzouzal: 25 km north of Aghaylal"}},
		{doc: "Les secours ont atteint le hameau de Bélinga, à 20 km au sud de Bertoua. Ils ont ensuite gagné le village de Ndoumbé, 12 km plus au sud par la même route.",
			rels: []string{"Bélinga: 20 km south of Bertoua", "Ndoumbé: 12 km south of Bélinga"}},
		{doc: "Les éleveurs quittent Tahoua pour la mare de Tinkim, à 30 km à l'est de Tahoua. Ils descendent ensuite au puits d'Abalak-Sud, 18 km plus à l'est dans la même direction.",
			rels: []string{"Tinkim: 30 km east of Tahoua", "Abalak-Sud: 18 km east of Tinkim"}},
		{doc: "The patrol left Lodwar for the Kalobeyei water point, 30 km west of Lodwar. It then drove on to Nakitoe, another 15 km further west on the same road.",
			rels: []string{"Nakitoe: 15 km west of Kalobeyei"}},
		{doc: "We camped at Tirich Mir Base, some 20 km north of Chitral. The next day we walked to Shagrom Kot, a further 9 km north along the same track.",
			rels: []string{"Shagrom Kot: 9 km north of Tirich Mir Base"}},
	})
	for _, l := range langs().all {
		if len(l.sets[setKeptWays]) > 0 && len(l.sets[setSameWords]) == 0 {
			t.Errorf("%s: keptways.tsv without samewords.tsv", l.code)
		}
	}
	for w := range langs().fr.sets[setKeptWays] {
		d := "Le convoi a quitté Kidal pour le puits d'Aghaylal, à 40 km au nord de Kidal. Il a ensuite rejoint le campement d'Inzouzal, 25 km plus au nord " + w + " la même piste."
		if !hasReading(d, "Inzouzal: 25 km north of Aghaylal") {
			t.Errorf("lexicon/fr/keptways.tsv row %q: Read(%q): Inzouzal not measured from Aghaylal", w, d)
		}
	}
	for w := range langs().fr.sets[setSameWords] {
		d := "Le convoi a quitté Kidal pour le puits d'Aghaylal, à 40 km au nord de Kidal. Il a ensuite rejoint le campement d'Inzouzal, 25 km plus au nord sur les " + w + " pistes."
		if !hasReading(d, "Inzouzal: 25 km north of Aghaylal") {
			t.Errorf("lexicon/fr/samewords.tsv row %q: Read(%q): Inzouzal not measured from Aghaylal", w, d)
		}
	}
	for w := range langs().en.sets[setKeptWays] {
		d := "We camped at Tirich Mir Base, some 20 km north of Chitral. The next day we walked to Shagrom Kot, a further 9 km north " + w + " the same track."
		if !hasReading(d, "Shagrom Kot: 9 km north of Tirich Mir Base") {
			t.Errorf("lexicon/en/keptways.tsv row %q: Read(%q): Shagrom Kot not measured from Tirich Mir Base", w, d)
		}
	}
}

// TestAppleg31FurtherApposed: an English further leg set off by a comma
// after the name of the stop it reaches ("push on to Y, another 12 km
// further south") measures that stop from the place reached before, not
// the place before from the stop.
func TestAppleg31FurtherApposed(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The first camp, Sary-Tash Jailoo, lies 30 km east of Gulcha; the herders then move on to Kok-Suu Jailoo, another 10 km further east, where the grass lasts.",
			rels: []string{"Kok-Suu Jailoo: 10 km east of Sary-Tash Jailoo"}},
		{doc: "The first camp, Bayan Ovoo, lies 25 km south of Dalanzadgad. The caravan then pushed on to Khermen Tsav, another 40 km further south on the same track.",
			rels: []string{"Khermen Tsav: 40 km south of Bayan Ovoo"}},
		{doc: "The relief team reached Kivuye, 12 km north of Gakenke. It then continued to Rusasa, a further 8 km further north.",
			rels: []string{"Rusasa: 8 km north of Kivuye"}},
	})
}

// TestAppleg31FrenchApposedLeg: a French leg with no direction (« 15 km
// plus loin ») set off after the name of the stop it reaches in the
// sentence that located the stop before (« puis vers le camp de Y, 15 km
// plus loin ») is measured from that stop.
func TestAppleg31FrenchApposedLeg(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les blessés ont été évacués vers le poste de Kéré, à 25 km à l'ouest de Bossangoa, puis vers le village de Bogoro, 15 km plus loin.",
			rels: []string{"Bogoro: 15 km from Kéré"}},
		{doc: "La mission a visité le hameau de Tiébélé-Sud, à 12 km au sud de Pô, puis le campement de Nahouri-Kasséna, 8 km plus loin sur la même piste.",
			rels: []string{"Nahouri-Kasséna: 8 km from Tiébélé-Sud"}},
		{doc: "Les familles ont été transférées vers le site de Dar Sila, à 30 km à l'est de Goz Beïda, puis vers le camp de Koukou-Nord, 20 km plus loin.",
			rels: []string{"Koukou-Nord: 20 km from Dar Sila"}},
	})
}
