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
//     subject. When the phrase after the colon is no plain kind and
//     name (« le site de déplacés de X », « le nouveau collège de X »),
//     the sentence's subject is sought past the heading, however many
//     links it has (frenchDivisionHeadingEnd).
//   - "taken from Portion 5 of the farm Doornkloof 391 JR, about 14 km
//     southeast of Bronkhorstspruit": a South African farm's number and
//     the code of its registration division are part of its name
//     (farmNumberAt, lexicon/en/farmdivisions.tsv), and a numbered portion
//     of the farm is a numbered name (lexicon/en/numbered.tsv), so the
//     apposition places the farm.
//   - « Fokontany d'Ambohimanarina, commune d'Antsirabe I : … », «
//     Village de Kalo, commune rurale de Dioro : … »: a capitalised kind
//     that is no division opens a heading of divisions; it is no part of
//     the name, which is the first link of the chain
//     (frenchHeadingKindLead).
//   - "Mwanza Region: a new dispensary in Igogwe village, Bukumbi ward,
//     Misungwi District, lies roughly 18 km southwest of Misungwi town": a
//     division before a colon, then "a" and a kind no division can be, is
//     a heading, not a gazetteer entry about the division
//     (divisionHeading), so the region is not put 18 km from the town;
//     "dispensary", East Africa's rural health post, is a kind of place
//     (lexicon/en/descriptors.tsv, kindsafter.tsv).
//   - "Chitekesa, in T/A Kanduku, Mwanza District": Malawi's Traditional
//     Authority, abbreviated with a slash, is cut from the name as
//     "Barangay" is (slashKindAt, lexicon/en/localkinds.tsv), not read as
//     a place "A Kanduku".
//   - "Hiiraan region, Beledweyne district: the Ceel Jaale site for
//     flood-displaced families is 6 km east of Beledweyne", "Mandera
//     County, Lafey Sub-County: the X borehole, drilled by …, lies": a
//     heading of two or more divisions before a colon is never the
//     subject of the clause after it (divisionHeadingEnd); the region is
//     no longer put 6 km from its own seat.
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
		{doc: "Fokontany d'Ambohimanarina, commune d'Antsirabe I : la nouvelle école est à 6 km au nord d'Antsirabe.",
			places: []string{"Ambohimanarina"}, not: []string{"Fokontany d'Ambohimanarina"},
			absent: []string{"Fokontany d'Ambohimanarina: 6 km north of Antsirabe"}},
		{doc: "Village de Kalo, commune rurale de Dioro : le site de Zanga est à 6 km au nord de Ségou.",
			rels: []string{"Zanga: 6 km north of Ségou"}, places: []string{"Kalo"}, not: []string{"Village de Kalo"}},
		{doc: "Mwanza Region: a new dispensary in Igogwe village, Bukumbi ward, Misungwi District, lies roughly 18 km southwest of Misungwi town.",
			absent: []string{"Mwanza Region: 18 km southwest of Misungwi"}},
		{doc: "Cercle de Gourma-Rharous, commune rurale de Gossi : le site de déplacés de Tin Hama se trouve à 60 km au sud de Gao.",
			rels: []string{"Tin Hama: 60 km south of Gao"}},
		{doc: "Arrondissement de Bouaké, sous-préfecture de Brobo : le nouveau collège de Brobo est à 30 km à l'est de Bouaké.",
			rels: []string{"Brobo: 30 km east of Bouaké"}},
		{doc: "The food distribution point at Chitekesa, in T/A Kanduku, Mwanza District, is about 20 km south of Neno.",
			rels: []string{"Chitekesa: 20 km south of Neno", "Kanduku: in Mwanza District"}, not: []string{"A Kanduku"}},
		{doc: "Hiiraan region, Beledweyne district: the Ceel Jaale site for flood-displaced families is 6 km east of Beledweyne.",
			absent: []string{"Hiiraan: 6 km east of Beledweyne"}},
		{doc: "Mandera County, Lafey Sub-County: the Bulla Hagar borehole, drilled by the county government, lies about 35 km west of Mandera.",
			absent: []string{"Mandera County: 35 km west of Mandera"}},
	})
}
