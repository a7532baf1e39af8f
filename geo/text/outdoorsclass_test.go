package text

import "testing"

// outdoorsCorpus holds texts of huts, camps, bothies and passes from
// hiking and mountaineering guides and rescue reports, each read as it
// was written before the reader learnt it: "It" opening a sentence after
// one that opened with a hut's name and no verb of place ("X, the last
// camp before the summit, sits at 4,673 m. It lies ..."); a hut named
// before its kind in lower case ("The Gonella refuge on the Miage glacier
// sits ..."); "the lodge" for a name that ends in "Lodge" or for a
// Spanish "Refugio" (kind groups); "the camp" for the name the sentence
// before opened with; « Il » after « Le gîte X, au pied de ..., accueille
// ... »; "It" after a possessor ("Denali's Kahiltna base camp sprawls
// ..."); « le camp d'altitude du X »; "the X camp, a clearing 8 km north
// of Y" and "the X base camp, a moraine ..."; and the Scottish names
// joined by "of" ("the Linn of Dee car park").
var outdoorsCorpus = []example{
	{doc: "Kibo Hut, the last shelter before the crater rim, sits at 4,700 m. It lies about 40 km north of Moshi, a long day's walk from Horombo.",
		rels: []string{"Kibo Hut: 40 km north of Moshi"}},
	{doc: "Lindeman Hut on the Chilkoot Trail sleeps 20 hikers in a log cabin. It lies about 40 km north of Skagway.",
		rels: []string{"Lindeman Hut: 40 km north of Skagway"}},
	{doc: "The Gonella refuge on the Miage glacier sits at 3,071 m. It lies 10 km west of Courmayeur and is open from June to September.",
		rels: []string{"Gonella: 10 km west of Courmayeur"}},
	{doc: "Kelly Lake Lodge is the trailhead for the northern loop. The lodge lies 20 km west of Ely, at the end of a gravel road.",
		rels: []string{"Kelly Lake Lodge: 20 km west of Ely"}},
	{doc: "Tadapani Deurali, the forest camp above the ridge, is reached after a 5-hour walk. The camp lies some 15 km north-west of Baglung.",
		rels: []string{"Tadapani Deurali: 15 km northwest of Baglung"}},
	{doc: "Rangers evacuated the Refugio Grey on Tuesday. The lodge, on the shore of Lake Grey, lies 100 km north-west of Puerto Natales.",
		rels: []string{"Refugio Grey: 100 km northwest of Puerto Natales"}},
	{doc: "Le camp d'altitude du Kazbek se trouve à 9 km au nord-ouest de Stepantsminda. Les cordées partent vers minuit.",
		rels: []string{"Kazbek: 9 km northwest of Stepantsminda"}},
	{doc: "Searchers found the two walkers at the Ulu camp, a riverside clearing 8 km north of Kapit, on Friday morning.",
		rels: []string{"Ulu: 8 km north of Kapit"}},
	{doc: "Searchers reached the climbers at the Pisco base camp, a moraine 20 km east of Yungay, on Monday.",
		rels: []string{"Pisco: 20 km east of Yungay"}},
	{doc: "Le gîte Andohariana, au pied des falaises du Tsaranoro, accueille les randonneurs. Il se trouve à 45 km au sud d'Ambalavao.",
		rels: []string{"Andohariana: 45 km south of Ambalavao"}},
	{doc: "Denali's Kahiltna base camp sprawls across the glacier at 2,200 m. It lies about 80 km north-west of Talkeetna.",
		rels: []string{"Kahiltna: 80 km northwest of Talkeetna"}},
	{doc: "Allow a 3-hour walk from the Linn of Dee car park. The Derry Lodge ruins lie 5 km north of Inverey.",
		not: []string{"Linn"}},
	{doc: "Walkers leave their cars at the Falls of Clyde visitor centre and follow the river south. The path ends 3 km south of New Lanark.",
		not: []string{"Falls"}},
}

// TestOutdoorsCorpus reads outdoorsCorpus.
func TestOutdoorsCorpus(t *testing.T) { checkCorpus(t, outdoorsCorpus) }
