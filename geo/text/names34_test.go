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

// TestNames34FrenchAJoin holds French names of the Creole coasts joined
// by « à » after their capitalised head, elided or not (« l'Anse à
// Galets », « Morne à Chandelle », « la Pointe à Laborde »): the whole is
// the place's name, no head dropped and no second place after « à ».
func TestNames34FrenchAJoin(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le bateau a accosté à l'Anse à Galets, un village situé à 18 km au nord de Petit-Goâve.",
			rels: []string{"Anse à Galets: 18 km north of Petit-Goâve"}, not: []string{"Galets"}},
		{doc: "Les sinistrés de Morne à Chandelle, à 6 km à l'est de Marigot, attendent des bâches.",
			rels: []string{"Morne à Chandelle: 6 km east of Marigot"}},
		{doc: "La Pointe à Laborde se trouve à 7 km au sud de Vieux-Fort.",
			rels: []string{"Pointe à Laborde: 7 km south of Vieux-Fort"}, not: []string{"Laborde"}},
		// unchanged: a first name, a journey
		{doc: "Pierre à Lyon et Marie à Paris ont signé la pétition.",
			not: []string{"Pierre à Lyon"}},
		{doc: "La route va de Mopti à Gao en passant par Douentza.",
			places: []string{"Mopti", "Gao"}},
	})
}

// TestNames34BracketGloss holds a name's translation given in brackets
// after it, bare or in quotes, in English or in French ("Bir Hamra (Red
// Well)", "Ain Zarqa ('Blue Spring')", « Aïn Zarqa (« la Source bleue »)
// »): the translation is no place, and no container of the name before
// it. A region or a country in brackets still contains the town.
func TestNames34BracketGloss(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The herders watered their camels at Bir Hamra (Red Well), 30 km east of Tindouf.",
			rels: []string{"Bir Hamra: 30 km east of Tindouf"}, not: []string{"Red Well"}},
		{doc: "The survey team camped at Tsagaan Chuluu (White Stone Spring), about 25 km north of Altai.",
			rels: []string{"Tsagaan Chuluu: 25 km north of Altai"}, not: []string{"White Stone Spring"}},
		{doc: "We reached Ain Zarqa ('Blue Spring'), a hamlet 12 km south of Jerash.",
			rels: []string{"Ain Zarqa: 12 km south of Jerash"}, not: []string{"Blue Spring"}},
		{doc: "Le campement d'Aïn Zarqa (« la Source bleue »), à 30 km à l'est de Tindouf, a été évacué.",
			rels: []string{"Aïn Zarqa: 30 km east of Tindouf"}, not: []string{"Source"}},
		{doc: "Les nomades ont rejoint Bir Lahmar (Puits rouge), à 40 km au nord de Zouérat.",
			rels: []string{"Bir Lahmar: 40 km north of Zouérat"}, not: []string{"Puits rouge"}},
		// unchanged: a container in brackets
		{doc: "Cholera cases were reported in Goma (North Kivu) and Port Sudan (Red Sea) last week.",
			rels: []string{"Goma: in North Kivu"}},
	})
}
