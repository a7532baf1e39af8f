package text

import "testing"

// TestElev29HeightParticiple: a participle of place that sets a place at
// its height ("perched at 3,200 m", « perchée à 2 100 m d'altitude », «
// située à 1 450 m ») goes with the height, so the distance after the
// comma is about the name or the kind before the participle; with a verb
// before it ("est perché à") the participle stays the clause's.
func TestElev29HeightParticiple(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Chukhung Ri base camp, perched at 5,100 m, 6 km east of Dingboche, was empty.",
			rels: []string{"Chukhung Ri: 6 km east of Dingboche"}},
		{doc: "Le gîte de Tighza-Haut, situé à 1 450 m d'altitude, à 20 km au sud de Tafraout, compte dix lits.",
			rels: []string{"Tighza-Haut: 20 km south of Tafraout"}},
		{doc: "La cabane de Rossboden, nichée à 2 300 m, à environ 4 km à l'ouest de Saas-Fee, est gardée en été.",
			rels: []string{"Rossboden: 4 km west of Saas-Fee"}},
		{doc: "Nous avons atteint le refuge de Vallonpierre-Haut, perché à 2 270 m d'altitude, à 7 km au nord de Gap.",
			rels: []string{"Vallonpierre-Haut: 7 km north of Gap"}},
		{doc: "Le refuge de Chalance-Sud est perché à 2 100 m, à 9 km à l'est de Gap.",
			rels: []string{"Chalance-Sud: 9 km east of Gap"}},
	})
}

// TestElev29NamelessAtHeight: a nameless kind set at its height before
// the comma of a distance ("a herders' camp at 4,900 metres, 18 km south
// of X", « un refuge perché à 2 100 m d'altitude, à 9 km de Y ») is what
// the distance places.
func TestElev29NamelessAtHeight(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "They slept at a shepherds' hut at 3,200 m, 12 km north of Sorata.",
			rels: []string{"a shepherds' hut: 12 km north of Sorata"}},
		{doc: "They slept at a shepherds' hut perched at 3,200 m, 12 km north of Sorata.",
			rels: []string{"a shepherds' hut: 12 km north of Sorata"}},
		{doc: "The porters pitched a camp at an altitude of 4,300 m, about 9 km west of Huaraz.",
			rels: []string{"a camp: 9 km west of Huaraz"}},
		{doc: "Ils ont dormi dans un refuge perché à 2 100 m d'altitude, à 9 km à l'est de Gap.",
			rels: []string{"un refuge: 9 km east of Gap"}},
		{doc: "Ils ont dormi dans un refuge à 2 100 m d'altitude, à 9 km à l'est de Gap.",
			rels: []string{"un refuge: 9 km east of Gap"}},
		{doc: "Les bergers occupent une cabane à 1 900 m, à 5 km au nord de Barcelonnette.",
			rels: []string{"une cabane: 5 km north of Barcelonnette"}},
	})
}

// TestElev29NamedAtHeight: the name a relative clause gives after such a
// distance names the nameless kind set at its height: "a herders' camp
// at 4,900 metres, 18 km south of X, which they call Y".
func TestElev29NamedAtHeight(t *testing.T) {
	checkNamed(t, []namedCase{
		{doc: "We slept at a shepherds' hut at 3,200 m, 12 km north of Sorata, which the locals call Chuchu Pata.",
			name: "Chuchu Pata", rel: "12 km north of Sorata"},
		{doc: "The guides pitched a camp at about 4,700 metres, some 20 km east of Cusco, which they call Qocha Pampa.",
			name: "Qocha Pampa", rel: "20 km east of Cusco"},
		{doc: "Les bergers occupent une cabane perchée à 1 900 m, à 5 km au nord de Barcelonnette, qu'ils appellent Clot Meyran.",
			name: "Clot Meyran", rel: "5 km north of Barcelonnette"},
	})
}

// TestElev29BracketHeight: a height in brackets after a name (« le col de
// X (2 480 m) », "(5,020 m)", "(4,869 m; 15 km long)") is no distance,
// and the further leg after it ("another 6 km further south", « à 6 km
// plus au sud ») places that name from the last place reached.
func TestElev29BracketHeight(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Elle atteint le refuge de Blanchette, à 9 km à l'est de Briançon. Elle franchit ensuite le col de la Lauzette-Rouge (2 480 m), à 6 km plus au sud.",
			rels: []string{"Lauzette-Rouge: 6 km south of Blanchette"}, absent: []string{"Blanchette: 2.48 km from Lauzette-Rouge"}},
		{doc: "L'itinéraire passe au refuge de Furfande-Bas, à 12 km au sud de Guillestre, puis franchit le col de Malrif-Haut (2 830 m), à 5 km plus à l'est.",
			rels: []string{"Malrif-Haut: 5 km east of Furfande-Bas"}, absent: []string{"Furfande-Bas: 2.83 km from Malrif-Haut"}},
		{doc: "Le sentier rejoint le lac de Clausis-Sud, à 8 km au nord de Barcelonnette. On atteint ensuite le col de Pelouse-Basse (2 610 m ; 400 m de long), à 3 km plus au nord.",
			rels: []string{"Pelouse-Basse: 3 km north of Clausis-Sud"}},
		{doc: "Day 3 reaches Dhungsa Camp, 14 km north of Jomsom. It then crosses Thorla Pass (4,980 m), another 6 km further north.",
			rels: []string{"Thorla Pass: 6 km north of Dhungsa Camp"}},
		{doc: "The route reaches Tingri Kharka, 10 km east of Namche Bazaar, then crosses Renjo Gap (5,020 m; 1 km long), a further 7 km further east.",
			rels: []string{"Renjo Gap: 7 km east of Tingri Kharka"}},
		{doc: "The trail leaves Sorata for Laguna Chillata, 9 km east of Sorata. The party then climbs to Paso Kalachaka (4,980 m), some 4 km further south.",
			rels: []string{"Paso Kalachaka: 4 km south of Laguna Chillata"}},
	})
}

// TestElev29BracketNotLeg: a height bracket before a phrase that is no
// further leg leaves the subject to the walk: the mountain a village
// stands at the foot of is no subject.
func TestElev29BracketNotLeg(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le hameau de Tsarbouk est situé au pied du Mont Kouloung (1 820 m), à 7 km de Bafoussam.",
			rels: []string{"Tsarbouk: 7 km from Bafoussam"}},
		{doc: "Le col de la Lauzette-Rouge (2 480 m) se trouve à 6 km au sud de Briançon.",
			rels: []string{"Lauzette-Rouge: 6 km south of Briançon"}},
		{doc: "Kyzyl-Belsu Pass (3,560 m), 28 km south-east of Karakol, is closed in winter.",
			rels: []string{"Kyzyl-Belsu Pass: 28 km southeast of Karakol"}},
	})
}

// TestElev29HeightNoComma: a height right before the distance with no
// comma between them ("perched at 3,150 m some 9 km north-east of Y",
// "at 4,100 m about 20 km south of Y") goes with the name before it.
func TestElev29HeightNoComma(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Pilgrims climb to the rock church of Debre Qorqor-Tach, perched at 3,150 m some 9 km north-east of Lalibela.",
			rels: []string{"Debre Qorqor-Tach: 9 km northeast of Lalibela"}},
		{doc: "The team camped at Laguna Sirihuani at 4,900 m about 20 km south of Ananea.",
			rels: []string{"Laguna Sirihuani: 20 km south of Ananea"}},
		{doc: "Refugio Plomo Bajo, set at 4,200 metres above sea level roughly 15 km west of Cafayate, sleeps twelve.",
			rels: []string{"Refugio Plomo Bajo: 15 km west of Cafayate"}},
	})
}
