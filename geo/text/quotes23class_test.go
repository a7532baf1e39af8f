package text

import "testing"

// TestCorpusQuotes23: testimonies and reported speech, where the witness's
// own camp, farm or village is placed inside what the witness says, and
// the speaker is no place.
func TestCorpusQuotes23(t *testing.T) {
	checkCorpus(t, []example{
		// A possessive determiner opens the phrase of the witness's own
		// place right before a distance, as an article does, in French
		// (namelessBefore) and English; the possessive stands for no
		// place named before.
		{doc: "« L'eau est montée en une nuit », témoigne un éleveur de Mopti. Son campement, situé à 25 km à l'est de Mopti, a été emporté.",
			rels: []string{"Son campement: 25 km east of Mopti"}},
		{doc: "Un agriculteur de Tahoua a parlé à l'AFP. Son village, à 30 km à l'ouest de Tahoua, a perdu toutes ses récoltes.",
			rels: []string{"Son village: 30 km west of Tahoua"}},
		{doc: "« Nous avons tout perdu », dit un éleveur. Notre ferme, à 12 km au nord de Kayes, a brûlé.",
			rels: []string{"Notre ferme: 12 km north of Kayes"}},
		{doc: "\"The ground shook,\" she said. We were at our olive grove 10 km south of Amatrice when it began.",
			rels: []string{"our olive grove: 10 km south of Amatrice"}},
		{doc: "He told reporters that his farm 8 km west of Mbale was buried.",
			rels: []string{"his farm: 8 km west of Mbale"}},
		// The clause a verb of speech reports after "that" opens with the
		// nameless place, which the distance places rather than the town
		// the witness spoke from.
		{doc: "Speaking by telephone from Goma, an aid worker told AFP that the new camp, 30 km south of Teknaf, now held 40,000 people.",
			rels: []string{"the new camp: 30 km south of Teknaf"}, absent: []string{"Goma: 30 km south of Teknaf"}},
		{doc: "Reached by phone in Goma, a nurse said that the clinic, 10 km north of Sake, was full.",
			rels: []string{"the clinic: 10 km north of Sake"}, absent: []string{"Goma: 10 km north of Sake"}},
		// The speaker a verb of speech names after the quotation it
		// closes is no place, and where a person's clause puts the
		// person is placed.
		{doc: "« J'ai vu les flammes », raconte Paul, qui habite une ferme à 12 km au sud de Chambéry.",
			rels: []string{"une ferme: 12 km south of Chambéry"}, not: []string{"Paul"}},
		{doc: "\"I saw the flames,\" says Paul, who lives on a farm 12 km south of Chambéry.",
			rels: []string{"a farm: 12 km south of Chambéry"}, not: []string{"Paul"}},
		{doc: "Mr Jones, who lives in a camp 12 km south of Gao, saw the flames.",
			rels: []string{"a camp: 12 km south of Gao"}},
		{doc: "\"We left Aleppo with nothing,\" said Ahmad, a father of four.",
			places: []string{"Aleppo"}, not: []string{"Ahmad"}},
	})
}
