package text

import "testing"

// TestCorpusHist23PeopleCapital: in colonial-era accounts a people or a
// kingdom named like a region (peoples.txt: "the Ashanti", "the Zulu") is
// no place, and "X, the Ashanti capital" says what X is, as "X, the
// Malian capital" does with a nation's adjective.
func TestCorpusHist23PeopleCapital(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Ashanti fell back before the column, and on 6 February Kumasi, the Ashanti capital, was burnt.",
			places: []string{"Kumasi"}, not: []string{"Ashanti"}},
		{doc: "Chelmsford's column burnt Ulundi, the Zulu capital, on 4 July 1879.",
			places: []string{"Ulundi"}},
		{doc: "The Matabele watched the column, and Bulawayo, the Matabele capital, was abandoned.",
			places: []string{"Bulawayo"}, not: []string{"Matabele"}},
	})
}

// TestCorpusHist23DateAside: a date with its month between a place and the
// comma of a distance ("reached Ujiji in November 1871, some 200 miles
// west of Tabora") is stepped over: the distance places the place the
// traveller reached, not the traveller.
func TestCorpusHist23DateAside(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Stanley reached Ujiji in November 1871, some 200 miles west of Tabora.",
			rels: []string{"Ujiji: 322 km west of Tabora"}, absent: []string{"Stanley: 322 km west of Tabora"}},
		{doc: "Hiram Bingham reached the ruins of Machu Picchu in July 1911, some 45 miles north-west of Cuzco.",
			rels: []string{"Machu Picchu: 72.4 km northwest of Cuzco"}, absent: []string{"Hiram Bingham: 72.4 km northwest of Cuzco"}},
		{doc: "Barth camped at Kabara on 7 September 1853, some 5 miles south of Timbuctoo.",
			rels: []string{"Kabara: 8.05 km south of Timbuctoo"}},
	})
}

// TestCorpusHist23FrenchPassiveAgent: the agent of a French passive (« fut
// bâti par le régiment de X ») is no subject of the distance set off
// after it; the phrase places the name the sentence opens with.
func TestCorpusHist23FrenchPassiveAgent(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le fort Sainte-Thérèse fut bâti en 1665 par le régiment de Carignan-Salières, à trois lieues au sud du fort Chambly.",
			rels: []string{"Sainte-Thérèse: 13.5 km south of Chambly"}, absent: []string{"Carignan-Salières: 13.5 km south of Chambly"}},
		{doc: "La mission de Tiarei fut fondée en 1856 par les pères de Picpus, à dix kilomètres au nord de Papeete.",
			rels: []string{"Tiarei: 10 km north of Papeete"}},
		{doc: "La route passe par Kayes, à 12 km de Médine.",
			rels: []string{"Kayes: 12 km from Médine"}},
	})
}

// TestCorpusHist23YearBeforeRiver: a year between a place and the river
// stepped over before a distance ("built X in 1799 on the North
// Saskatchewan, some 100 miles south-west of Y") is stepped over too.
func TestCorpusHist23YearBeforeRiver(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Hudson's Bay Company built Rocky Mountain House in 1799 on the North Saskatchewan, some 100 miles south-west of Edmonton.",
			rels: []string{"Rocky Mountain House: 161 km southwest of Edmonton"}},
		{doc: "The Jesuits founded the mission of San Ignacio in 1610 on the Paraná, some 40 miles north-east of Posadas.",
			rels: []string{"San Ignacio: 64.4 km northeast of Posadas"}},
	})
}

// TestCorpusHist23FortOrgWord: a fort or a camp opening a name makes the
// word of an organisation after it part of a place's name ("Fort Union",
// "Camp Concord"), though "union" alone names a body.
func TestCorpusHist23FortOrgWord(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The American Fur Company built Fort Union in 1828, on the Missouri some 22 miles south-west of Williston.",
			rels: []string{"Fort Union: 35.4 km southwest of Williston"}},
		{doc: "The traders moved on to Fort Union, on the Missouri.",
			places: []string{"Fort Union"}},
	})
}

// TestCorpusHist23RulerCapital: « X, la capitale du roi Y » says X is a
// town, a ruler's capital, and Y, after a ruler's title (offices.tsv: «
// roi », « sultan »), a person; « X, la capitale du Mali » is still left
// to the relations.
func TestCorpusHist23RulerCapital(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La colonne prit Cana en octobre. Abomey, la capitale du roi Béhanzin, tomba en novembre.",
			places: []string{"Abomey"}, not: []string{"Béhanzin"}},
		{doc: "Ségou, la capitale du sultan Ahmadou, fut prise en 1890.",
			places: []string{"Ségou"}, not: []string{"Ahmadou"}},
		{doc: "Bamako, la capitale du Mali, est calme.",
			rels: []string{"Bamako: in Mali"}},
	})
}
