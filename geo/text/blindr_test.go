package text

import "testing"

// TestCorpusBlindR holds one text of each class that the fifteenth
// session's blind set R, and what set Q still failed on, read wrong at
// their first run, fixed since, written in other words:
//   - "X is about 30 km north of our salt-cooperative warehouse at Y": a
//     short noun phrase of words no table lists, before "at" and a name,
//     is measured from the name (premisesAt);
//   - « la bergerie de Capu à u Sole »: Corsican names join their words
//     with "à u", "à a", "a u" (particles.tsv).
func TestCorpusBlindR(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Tupiza lies some 25 km south of the old tin-smelting plant at Quebrada Honda.",
			rels: []string{"Tupiza: 25 km south of Quebrada Honda"}},
		{doc: "Kalo lies 12 km north of the point where we stopped at Bema.",
			absent: []string{"Kalo: 12 km north of Bema"}},
		{doc: "Le refuge de Bocca a u Saltu se trouve à 6 km à l'est de Calvi.",
			rels: []string{"Bocca a u Saltu: 6 km east of Calvi"}},
	})
}
