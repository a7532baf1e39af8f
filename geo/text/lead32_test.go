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

// TestLead32PlacedAt: a noun phrase an earlier sentence opened with and
// set up at a named place ("The base camp will be set up at X") stands,
// repeated with its article as a distance's object, for that place
// (placedAtBefore); a division it was set up in is no such place.
func TestLead32PlacedAt(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The base camp will be set up at Kamoto, 45 km south-west of Kolwezi. A fly camp, Mukuba, will open 9 km north of the base camp.",
			rels: []string{"Mukuba: 9 km north of Kamoto"}},
		{doc: "The field hospital was built at Bwera, near the border. The mobile clinic of Kyarumba operates 12 km north of the field hospital.",
			rels: []string{"Kyarumba: 12 km north of Bwera"}},
		{doc: "The drill rig now stands at Tuina, 20 km east of Calama. A water bore, Pozo Seco, lies 4 km south of the drill rig.",
			rels: []string{"Pozo Seco: 4 km south of Tuina"}},
	})
	checkNoDistanceFrom(t, "The new camp will be set up in Kasese District. The village of Bwera lies 9 km west of the new camp.", "Kasese District")
}

// TestLead32FurtherDownstream: a further leg closed by its way alone, set
// off after a name ("Awas Laya, 12 km further downstream, …"), places that
// name from the last place the text reached, as "Y, 7 km further north"
// does (wayOnlyEnd, furtherApposed).
func TestLead32FurtherDownstream(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We reached Dakban Tingni, 45 km east of Siuna. The settlement of Awas Laya, 12 km further downstream, has not been contacted.",
			rels: []string{"Awas Laya: 12 km from Dakban Tingni"}},
		{doc: "We camped at Kalo, 20 km north of Gao. Bamba, 8 km further upstream, has a school.",
			rels: []string{"Bamba: 8 km from Kalo"}},
		{doc: "The boat stopped at Kanyakan, 30 km south of Bor; Mangala, 15 km farther downstream, was flooded.",
			rels: []string{"Mangala: 15 km from Kanyakan"}},
	})
}
