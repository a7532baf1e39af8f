package text

import "testing"

// TestGuessedDemonymBeforeKind: a name that only its ending makes a
// demonym ("Olkerian", like "Nigerian") names a place when a kind of place
// follows it ("the Olkerian post, 25 km north-west of Longido"); a
// demonym a table lists ("the Kenyan camp") says whose camp it is.
func TestGuessedDemonymBeforeKind(t *testing.T) {
	checkDistance(t, "Rangers from the Olkerian post, 25 km north-west of Longido, intercepted two pickups.", "Olkerian", "Longido")
	checkDistance(t, "We stayed at the Olkerian camp, 25 km north-west of Longido.", "Olkerian", "Longido")
	noMention(t, "The Kenyan camp near Longido was closed.", "Kenyan", "The Kenyan camp")
	noMention(t, "Troops left the Malian camp, 20 km north of Kidal, and the Bolivian plains.", "Malian", "Bolivian")
	noMention(t, "Olkerian herders met Bavarian police near Longido.", "Olkerian", "Bavarian")
}

// TestCollectiveApposition: "X, a handful of log cabins on the Alaska
// Highway roughly 40 km west of Y": a noun of a number of things between
// "a" and "of" (lexicon/en/collectives.tsv) leaves the kind after it to
// be X's, and the distance places X.
func TestCollectiveApposition(t *testing.T) {
	for _, w := range []string{"handful", "cluster", "scattering", "huddle"} {
		doc := "We stayed at Boreal Crossing Lodge, a " + w + " of log cabins on the Alaska Highway roughly 40 km west of Whitehorse."
		checkDistance(t, doc, "Boreal Crossing Lodge", "Whitehorse")
	}
	checkKinds(t, []struct{ doc, name, feature string }{
		{"Nkomo, a cluster of huts 5 km east of Hwange, was flooded.", "Nkomo", "huts"},
	})
}
