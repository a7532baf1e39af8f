package locate

import "testing"

// TestWater22WorksWithoutName: works of water that fisheries, flood and
// irrigation news places by a distance without a name (a hatchery, a
// weir, a flood barrier, an irrigation scheme, « un déversoir », « une
// marina »: rows of lexicon/en/kindsafter.tsv and lexicon/fr/descriptors.tsv)
// are located places measured from the town.
func TestWater22WorksWithoutName(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "A trout hatchery 10 km south of Taupo, on the shores of Lake Taupo, will double its output. Anglers from Turangi and Rotorua welcomed the news.",
			place: "A trout hatchery", anchor: "Taupo", country: "NZ", km: 10, mapped: []string{"Turangi", "Rotorua"}},
		{doc: "A new flood barrier is planned 5 km south of Emmerich on the Rhine. Low water has again stopped barges at Kaub and Duisburg.",
			place: "A new flood barrier", anchor: "Emmerich", country: "DE", km: 5, mapped: []string{"Kaub", "Duisburg"}},
		{doc: "A new irrigation scheme 30 km north-east of Pakse will water 2,500 hectares of dry-season rice.",
			place: "A new irrigation scheme", anchor: "Pakse", country: "LA", km: 30},
		{doc: "Un nouveau déversoir sera construit à 5 km à l'ouest de Tours, sur la Loire. Les riverains de Saumur et d'Amboise craignent les crues.",
			place: "Un nouveau déversoir", anchor: "Tours", country: "FR", km: 5, mapped: []string{"Saumur", "Amboise"}},
		{doc: "Une nouvelle marina sera aménagée à 15 km à l'est de Trois-Rivières, sur le fleuve Saint-Laurent.",
			place: "Une nouvelle marina", anchor: "Trois-Rivières", country: "CA", km: 15},
	})
}
