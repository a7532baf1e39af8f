package locate

import "testing"

// TestEducationElectionTexts holds school and election reports from a
// probe of such news whose classes were fixed: a name the text gives a
// kind ("the Mayo constituency") whose only namesakes are small places
// continents away from every other place the text names (a district
// seat in Thailand, a hamlet in Florida) is left unplaced, the county the
// text means being one the gazetteer lacks; a member of a list whose
// other members all lie in one country ("delivered to Copacabana and
// Achacachi" in a text on Bolivia) is no small town of another country
// thousands of kilometres away (Copacabana, Colombia), the gazetteer
// lacking Bolivia's.
func TestEducationElectionTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Counting for the Mayo constituency got under way in Castlebar on Saturday. At Kilmeena, 8 km north of Westport, turnout was 64 percent.",
			place: "Kilmeena", anchor: "Westport", country: "IE", km: 8, mapped: []string{"Castlebar"}, unplaced: []string{"Mayo"}},
		{doc: "The electoral tribunal set up a polling table at the Unidad Educativa Tiwanaku, 57 km west of La Paz. Ballot papers were also delivered to Copacabana and Achacachi.",
			place: "Unidad Educativa Tiwanaku", anchor: "La Paz", country: "BO", km: 57, mapped: []string{"Achacachi"}, unplaced: []string{"Copacabana"}},
	})
}
