package text

import "testing"

// TestPolice23RoadBeforeDistance: police reports put a crash or a lay-by
// on a numbered road right before the distance, with no comma between
// ("a crash on State Highway 2 about 15 km north of X"): the road is a
// line no distance places, so the phrase before it is what is measured
// (roadAsideStart), a road's number written with a dash too ("the
// BR-116", "I-25", dashedRoadCode), and a milepost before the road ("near
// mile marker 42 on Interstate 80") with it.
func TestPolice23RoadBeforeDistance(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A man died after a crash on State Highway 2 about 15 km north of Napier on Sunday.",
			rels: []string{"a crash: 15 km north of Napier"}},
		{doc: "The car was found burnt out in a lay-by on the A1 about 5 miles south of Alnwick.",
			rels: []string{"a lay-by: 8.05 km south of Alnwick"}},
		{doc: "Police seized cocaine at a checkpoint on the BR-116 about 20 km south of Feira de Santana.",
			rels: []string{"a checkpoint: 20 km south of Feira de Santana"}},
		{doc: "Troopers responded to a crash near mile marker 42 on Interstate 80, 5 miles west of Rawlins, on Tuesday.",
			rels: []string{"a crash: 8.05 km west of Rawlins"}},
		{doc: "Troopers found a stolen car near mile marker 113 on I-25 about 10 miles north of Pueblo.",
			rels: []string{"a stolen car: 16.1 km north of Pueblo"}},
		{doc: "Officers stopped a van on the A3 motorway about 10 km east of Regensburg and found 12 migrants inside.",
			rels: []string{"a van: 10 km east of Regensburg"}},
	})
}

// TestPolice23ProgressiveSubject: a name opening the sentence before "are"
// or "is" and a participle that places nothing ("Yellowknife RCMP are
// investigating") is no subject a site after the verb is a kind of: the
// site is what the distance places (siteObject, progressiveAt).
func TestPolice23ProgressiveSubject(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Yellowknife RCMP are investigating a fire that destroyed a remote cabin 15 km east of Yellowknife on Sunday.",
			rels: []string{"a remote cabin: 15 km east of Yellowknife"}},
		{doc: "Gwent Police are appealing for witnesses after a break-in at a farmhouse 4 miles north of Abergavenny.",
			rels: []string{"a farmhouse: 6.44 km north of Abergavenny"}},
	})
}

// TestPolice23Spots: the spots of police reports, where a body is found or
// a fight breaks out, are nameless places before a distance: "a sugarcane
// field", "a bar", "a farm shop", "a nightclub" (kindsafter.tsv), « une station-service »,
// « une discothèque » (fr/descriptors.tsv).
func TestPolice23Spots(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The body of a farmer was found in a sugarcane field about 8 km south of Bais on Friday.",
			rels: []string{"a sugarcane field: 8 km south of Bais"}},
		{doc: "Two tourists were stabbed outside a bar about 2 km north of Kuta on Saturday night.",
			rels: []string{"a bar: 2 km north of Kuta"}},
		{doc: "Two men robbed a farm shop about 10 km west of Swellendam on Tuesday.",
			rels: []string{"a farm shop: 10 km west of Swellendam"}},
		{doc: "A brawl broke out at a nightclub 5 km west of Ayia Napa.",
			rels: []string{"a nightclub: 5 km west of Ayia Napa"}},
		{doc: "Un braquage a eu lieu dans une station-service à 3 km au nord de Dinant.",
			rels: []string{"une station-service: 3 km north of Dinant"}},
		{doc: "Une bagarre a éclaté devant une discothèque à 4 km au sud d'Arles.",
			rels: []string{"une discothèque: 4 km south of Arles"}},
	})
}

// TestPolice23FrenchRoad: French faits divers put the scene on a numbered
// road before the distance, « sur la RN 20 », « sur l'A7 », « sur la RD
// 559 », « sur l'autoroute 40 », « sur l'axe Douala-Yaoundé », with a
// comma or none: what stands on the road is measured
// (frenchRoadAsideStart), not the road.
func TestPolice23FrenchRoad(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un accident sur la RN 20 à 8 km au sud d'Étampes a fait un blessé grave.",
			rels: []string{"Un accident: 8 km south of Étampes"}},
		{doc: "Un accident sur l'A7 à 10 km au nord de Montélimar a provoqué un bouchon.",
			rels: []string{"Un accident: 10 km north of Montélimar"}},
		{doc: "Les gendarmes ont contrôlé une discothèque située sur la RD 17, à 3 km à l'est de Carpentras.",
			rels: []string{"une discothèque: 3 km east of Carpentras"}},
		{doc: "Des bandits ont attaqué un car sur l'axe Yaoundé-Bafoussam, à 20 km au nord de Bafia.",
			rels: []string{"un car: 20 km north of Bafia"}},
	})
}

// TestPolice23Junction: "the junction of the A40 and the B4520, 3 km east
// of X" names the spot of a crash by the two roads it joins; the whole
// phrase is the place measured (junctionOfRoadsStart), the roads no
// places of their own.
func TestPolice23Junction(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The crash happened at the junction of the A40 and the B4520, 3 km east of Brecon.",
			rels: []string{"the junction of the A40 and the B4520: 3 km east of Brecon"}},
		{doc: "A cyclist was hurt at the junction of the A30 and the B3254 about 2 miles west of Launceston.",
			rels: []string{"the junction of the A30 and the B3254: 3.22 km west of Launceston"}},
	})
}
