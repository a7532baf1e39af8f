package text

import "testing"

// TestCorpusBlindF holds one text of each class a sixth blind set of short
// worldwide texts failed on at first run, written in other words:
//   - an indefinite apposition with a capitalised qualifier ("a small
//     Ottoman blockhouse"), a number after "of" ("a settlement of 2,300
//     households"), an "in" phrase after its head ("a village in the
//     highlands of Papua New Guinea"), or opened by a preposition of where
//     ("on a terrace"), still describes the name before its comma;
//   - « celui-ci » stands for the last place named with its kind when the
//     text is about no place (latterPlace);
//   - "respectively" at the end of the clause shares out numbers that a
//     comma opens ("X and Y, 15 and 25 km north of Z respectively").
func TestCorpusBlindF(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Raiders burned the granary at Tell Abu Sarha, a small Mamluk caravanserai about 25 km north-east of Hama.",
			rels: []string{"Tell Abu Sarha: 25 km northeast of Hama"}},
		{doc: "Water trucking reached Dhaqaxley, a settlement of 1,200 displaced families 18 km from the town of Gaalkacyo, on Tuesday.",
			rels: []string{"Dhaqaxley: 18 km from Gaalkacyo"}},
		{doc: "Mudslides cut off Kemarenga, a hamlet in the hills of the Eastern Highlands about 30 kilometres east of Goroka, officials said.",
			rels: []string{"Kemarenga: 30 km east of Goroka"}},
		{doc: "Surveyors mapped a fort at Qasr Bint Amran, on a ridge roughly 12 kilometres south-west of Karak.",
			rels: []string{"Qasr Bint Amran: 12 km southwest of Karak"}},
		{doc: "La coopérative exploite un verger à Tafraout-n'Ouaddi. Celui-ci se trouve à 9 km du douar d'Aït Baha, lui-même à 40 km au sud d'Agadir.",
			rels: []string{"Tafraout-n'Ouaddi: 9 km from Aït Baha", "Aït Baha: 40 km south of Agadir"}},
		{doc: "Heavy rain flooded Nkolbewa and Mbalgong, 12 and 20 km west of Ebolowa respectively.",
			rels: []string{"Nkolbewa: 12 km west of Ebolowa", "Mbalgong: 20 km west of Ebolowa"}},
		{doc: "Storms hit Ban Na Kham and Ban Huai Sai, 6 km and 11 km north of Loei respectively.",
			rels: []string{"Ban Na Kham: 6 km north of Loei", "Ban Huai Sai: 11 km north of Loei"}},
	})
}
