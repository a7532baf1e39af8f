package text

import "testing"

// TestLead32NamedSubjectApposition: the subject of a sentence is a kind
// of place that a clause of naming gives a name to ("a dry riverbed that
// residents call X", "a walled enclosure the survey designated X", "at a
// spot linemen named X"), in an apposition that opens the sentence or
// follows its first comma; the verb after the name's comma says where
// that named place lies (namedSubjectApposition).
func TestLead32NamedSubjectApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A third site, a rock shelter that shepherds call Gar Ouzzal, lies about 6 km north of Midelt.",
			rels: []string{"Gar Ouzzal: 6 km north of Midelt"}},
		{doc: "The largest, a walled enclosure the survey designated Tell Kharaba, stands roughly 11 km east of Raqqa.",
			rels: []string{"Tell Kharaba: 11 km east of Raqqa"}},
		{doc: "The relay mast, at a spot linemen named Kop Hill, stands 9 km south of Beitbridge.",
			rels: []string{"Kop Hill: 9 km south of Beitbridge"}},
		{doc: "One more camp, a clearing the rangers call Nyati Flats, lies 15 km west of Kasane.",
			rels: []string{"Nyati Flats: 15 km west of Kasane"}},
	})
}

// TestLead32Weapons: a name right before the noun of a weapon is the
// weapon's make or model, not a place (things.tsv: "rocket", "mortar",
// "howitzer", "grenade"), and the distance in the sentence is the
// village's.
func TestLead32Weapons(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A Katyusha rocket struck Tiné, a village 6 km from Adré.",
			rels: []string{"Tiné: 6 km from Adré"}, not: []string{"Katyusha"}},
		{doc: "Villagers found an unexploded Grad rocket near Nkayi, 30 km north of Kwekwe.",
			not: []string{"Grad"}},
		{doc: "Two Vasilek mortars were seized at Kalo, 12 km east of Gao.",
			rels: []string{"Kalo: 12 km east of Gao"}, not: []string{"Vasilek"}},
	})
}

// TestLead32TownNotBuilding: "of town" and "the town" stand for a town
// named before, never for a hotel, a hospital or a school whose name ends
// with a word of establishments.tsv (establishmentNamed), even when that
// building was the last place named.
func TestLead32TownNotBuilding(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We drove into Tsumeb and checked in at the Minen Hotel. The next day we visited Otjikoto, a sinkhole about 20 km north-west of town.",
			rels: []string{"Otjikoto: 20 km northwest of Tsumeb"}},
		{doc: "We reached Mzuzu at dusk and slept at the Mzoozoozoo Lodge Hotel. In the morning we walked to Lusangazi, a hamlet 9 km south of the town.",
			rels: []string{"Lusangazi: 9 km south of Mzuzu"}},
		{doc: "The convoy stopped in Moundou, where the wounded were taken to the Bebalem Mission Hospital. Next day it reached Bessao, a market village 40 km south of town.",
			rels: []string{"Bessao: 40 km south of Moundou"}},
	})
}
