package text

import "testing"

// TestNames34Numbered holds numbered names as field reports write them: a
// camp's zone or a road's milestone capitalised before its number
// ("Omugo Zone 2", "the Km 112 roadblock", "Mile 16"), a sign and a number
// opening a bore's or a shaft's name ("No. 3 Shaft", "Number 12 Well"),
// and a French site numbered after its lower-case noun by a sign or a code
// (« le puits n° 4 », « le forage P7 », « le bloc C-12 »). The number is
// part of the name; a unit after it keeps it a distance.
func TestNames34Numbered(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The new arrivals were settled in Omugo Zone 2, some 20 km north-east of Arua, by the district authorities.",
			rels: []string{"Omugo Zone 2: 20 km northeast of Arua"}},
		{doc: "Gunmen stopped a lorry at the Km 112 roadblock, about 112 km south of Moyale, on Sunday night.",
			rels: []string{"Km 112: 112 km south of Moyale"}},
		{doc: "Soldiers set up a checkpoint at Mile 16, 26 km west of Buea, after the attack.",
			rels: []string{"Mile 16: 26 km west of Buea"}},
		{doc: "Two miners were trapped at No. 3 Shaft, about 14 km east of Kalgoorlie, on Tuesday.",
			rels: []string{"No. 3 Shaft: 14 km east of Kalgoorlie"}},
		{doc: "Stock were moved to Number 12 Well, 30 km south of Wiluna, when the dam ran dry.",
			rels: []string{"Number 12 Well: 30 km south of Wiluna"}},
		{doc: "Les éleveurs se sont repliés vers le puits n° 4, à 35 km à l'est de Tahoua.",
			rels: []string{"puits n° 4: 35 km east of Tahoua"}},
		{doc: "Le forage P7 se trouve à 22 km au sud de Mongo. Le forage P9, à 6 km à l'ouest du forage P7, est à sec.",
			rels: []string{"forage P7: 22 km south of Mongo", "forage P9: 6 km west of forage P7"}},
		{doc: "Une centaine de familles vivent autour du bloc C-12, à 9 km au nord de Kousseri.",
			rels: []string{"bloc C-12: 9 km north of Kousseri"}},
		// unchanged: a unit after the number, a record's number
		{doc: "The camp lies 3 km north of Arua, near the Zone 3 km marker.",
			rels: []string{"The camp: 3 km north of Arua"}},
		{doc: "Le puits se trouve à 4 km au nord de Tahoua.",
			rels: []string{"Le puits: 4 km north of Tahoua"}},
	})
}
