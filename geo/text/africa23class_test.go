package text

import "testing"

// TestCorpusAfrica23Class holds the classes of the twenty-third round's
// African local administrative vocabulary: NGO reports and local news that
// open with the chain of units a place lies in, then locate it.
//   - « Département de Diffa, commune rurale de Chétimari : le site de X
//     se trouve à 15 km à l'ouest de Diffa »: a heading of divisions too
//     long to be split off as a dateline ends with a colon, and the place
//     named by its kind after the colon opens its clause
//     (frenchClauseOpensAt); the divisions are containers, not the
//     subject.
//   - "taken from Portion 5 of the farm Doornkloof 391 JR, about 14 km
//     southeast of Bronkhorstspruit": a South African farm's number and
//     the code of its registration division are part of its name
//     (farmNumberAt, lexicon/en/farmdivisions.tsv), and a numbered portion
//     of the farm is a numbered name (lexicon/en/numbered.tsv), so the
//     apposition places the farm.
func TestCorpusAfrica23Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Département de Diffa, commune rurale de Chétimari : le site de Garin Wazam se trouve à 15 km à l'ouest de Diffa.",
			rels: []string{"Garin Wazam: 15 km west of Diffa"}},
		{doc: "Chefferie de Bwisha, territoire de Rutshuru : le centre de santé de Kisharo est situé à 70 km au nord de Goma.",
			rels: []string{"Kisharo: 70 km north of Goma"}},
		{doc: "Le territoire de Fizi, groupement de Basimunyaka : la localité de Mboko se trouve à 60 km au sud d'Uvira.",
			rels: []string{"Mboko: 60 km south of Uvira"}, absent: []string{"Fizi: 60 km south of Uvira"}},
		{doc: "Région de Tillabéri, département de Ouallam, commune rurale de Tondikiwindi : le site de Mangaïzé est à 40 km au nord de Ouallam.",
			rels: []string{"Mangaïzé: 40 km north of Ouallam"}},
		{doc: "Cattle were taken from Portion 5 of the farm Doornkloof 391 JR, about 14 km southeast of Bronkhorstspruit.",
			rels: []string{"Doornkloof 391 JR: 14 km southeast of Bronkhorstspruit"}, not: []string{"JR", "Portion"}},
		{doc: "The farm Leeuwkop 92 IR lies 9 km north of Sandton.",
			rels: []string{"Leeuwkop 92 IR: 9 km north of Sandton"}},
	})
}
