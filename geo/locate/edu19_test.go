package locate

import "testing"

// TestEducationElectionTexts holds school and election reports from a
// probe of such news whose classes were fixed: a name the text gives a
// kind ("the Mayo constituency") whose only namesakes are small places
// continents away from every other place the text names (a district
// seat in Thailand, a hamlet in Florida) is left unplaced, the county the
// text means being one the gazetteer lacks.
func TestEducationElectionTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Counting for the Mayo constituency got under way in Castlebar on Saturday. At Kilmeena, 8 km north of Westport, turnout was 64 percent.",
			place: "Kilmeena", anchor: "Westport", country: "IE", km: 8, mapped: []string{"Castlebar"}, unplaced: []string{"Mayo"}},
	})
}
