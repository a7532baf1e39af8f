package text

import "testing"

// TestLead26ReportedIt: "it" opening the clause a verb of speech reports
// ("Bold says it is about 90 km …", "the driver told us it is …", "our
// guide said that it was …") stands for the place the sentences before
// named, as "it" opening a sentence does (reportedIt).
func TestLead26ReportedIt(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "By dusk we reached the ger camp at Khar Us. Bold says it is about 60 km north-west of Tosontsengel, though the track winds.",
			rels: []string{"Khar Us: 60 km northwest of Tosontsengel"}},
		{doc: "We stopped for tea at Tsagaan Nuur. The driver told us it is about 40 km east of Khatgal.",
			rels: []string{"Tsagaan Nuur: 40 km east of Khatgal"}},
		{doc: "We camped at Olon Bulag. Our guide said that it was 25 km south of Tosontsengel.",
			rels: []string{"Olon Bulag: 25 km south of Tosontsengel"}},
	})
}

// TestLead26FrontedReflexive: a French distance fronted before a verb of
// place written with its elided pronoun (« s'étend », « s'élève ») places
// the subject after the verb, as « se trouve » does.
func TestLead26FrontedReflexive(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "À quelque 8 km au nord-est de Bastogne s'étend le hameau de Hardigny, qui ne compte plus qu'une dizaine de fermes.",
			rels: []string{"Hardigny: 8 km northeast of Bastogne"}},
		{doc: "À 12 km au sud de Gao s'élève le village de Tinzar.",
			rels: []string{"Tinzar: 12 km south of Gao"}},
		{doc: "Au-delà de Kayes, à 40 km, s'étend la plaine de Diala.",
			rels: []string{"Diala: 40 km from Kayes"}},
	})
}

// TestLead26InsertLead: a phrase set between a fronted distance and its
// verb may open with an adverb of height or distance or a participle of
// position before its preposition (leadOfInsert); the late subject after
// the verb is still the place the distance places.
func TestLead26InsertLead(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "About 20 km east of Mongar, high above the river on a ridge of blue pine, lies the hamlet of Yadi Gonpa.",
			rels: []string{"Yadi Gonpa: 20 km east of Mongar"}},
		{doc: "Some 12 km north of Leh, perched on a spur above the Indus, stands the monastery of Phyang Gompa.",
			rels: []string{"Phyang Gompa: 12 km north of Leh"}},
		{doc: "About 30 km west of Besisahar, tucked into a side valley, lies the village of Ghalegaun.",
			rels: []string{"Ghalegaun: 30 km west of Besisahar"}},
	})
}
