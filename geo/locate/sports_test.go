package locate

import "testing"

// TestSportsTexts holds race reports and previews from a probe of sports
// and events writing whose classes were fixed: a stage's length in
// brackets after its two ends ("Stage 14, Pau – Laruns (152 km)") bounds
// the way between them and leaves Laruns the gazetteer's town; a length
// "from X to Y" places Y, not the race ("The Birkebeinerrennet, 54 km
// from Rena to Lillehammer"); an athlete after a country's possessive
// ("Asturias's Pello Bilbao finished third") is no place in that region;
// and a canyon the text names beside its towns is no namesake town far
// away ("the Copper Canyon" of Chihuahua, no town in Texas).
func TestSportsTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Stage 14, Pau – Laruns (152 km), climbs to the Col de Barrancq, 14 km south-east of Oloron-Sainte-Marie.",
			place: "Col de Barrancq", anchor: "Oloron-Sainte-Marie", country: "FR", km: 14, mapped: []string{"Pau", "Laruns"}},
		{doc: "The Birkebeinerrennet, 54 km from Rena to Lillehammer, has its feed station at Kvarstadseter, 20 km north-east of Lillehammer.",
			place: "Kvarstadseter", anchor: "Lillehammer", country: "NO", km: 20, mapped: []string{"Rena"}, notPlaces: []string{"Birkebeinerrennet"}},
		{doc: "The feed zone is at La Collada de Hoces, 11 km south of Pola de Lena. Asturias's Pello Bilbao finished third.",
			place: "La Collada de Hoces", anchor: "Pola de Lena", country: "ES", km: 11, notPlaces: []string{"Pello Bilbao"}},
		{doc: "The Ultra Caballo Blanco is run in the Copper Canyon; its aid station at Guadalupe Coronado lies 14 km south of Urique.",
			place: "Guadalupe Coronado", anchor: "Urique", country: "MX", km: 14, unplaced: []string{"Copper Canyon"}},
	})
}
