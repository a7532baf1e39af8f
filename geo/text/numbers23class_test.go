package text

import "testing"

// TestCorpusNumbers23Class holds the classes of the round on distances and
// directions written in unusual ways:
//   - "a half-hour drive", "a quarter of an hour's walk", « une
//     demi-heure de route », « trois quarts d'heure de marche »: a half or
//     a quarter of an hour is a unit of time of a travel time
//     (lexicon/{en,fr}/paces.tsv), read as the bound it gives;
//   - "X, a 40 MW plant 15 km north-east of Y", "X, a 40-bed clinic
//     15 km ...": a size opening an indefinite apposition qualifies its
//     head and leaves the apposition about X (sizeBeforeHead).
func TestCorpusNumbers23Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Pine Inn is a half-hour drive south of Fribourg.",
			rels: []string{"Pine Inn: 0-45 km south of Fribourg"}},
		{doc: "The Pine Inn is a half hour drive south of Fribourg.",
			rels: []string{"Pine Inn: 0-45 km south of Fribourg"}},
		{doc: "The Pine Inn is a quarter-hour walk south of Fribourg.",
			rels: []string{"Pine Inn: 0-1.25 km south of Fribourg"}},
		{doc: "L'auberge des Pins se trouve à une demi-heure de route au sud de Fribourg.",
			rels: []string{"Pins: 0-45 km south of Fribourg"}},
		{doc: "L'auberge des Pins se trouve à trois quarts d'heure de marche au sud de Fribourg.",
			rels: []string{"Pins: 0-3.75 km south of Fribourg"}},
		{doc: "Le gîte des Pins est à un quart d'heure de marche de Fribourg.",
			rels: []string{"Pins: 0-1.25 km from Fribourg"}},
		{doc: "Construction has begun on the Ewaso Solar Farm, a 40 MW plant 15 km north-east of Nanyuki, Kenya.",
			rels: []string{"Ewaso Solar Farm: 15 km northeast of Nanyuki"}},
		{doc: "Work has begun on the Ewaso Hospital, a 40-bed clinic 15 km north-east of Nanyuki.",
			rels: []string{"Ewaso Hospital: 15 km northeast of Nanyuki"}},
		{doc: "Ol Pejeta, a 300-hectare farm some 15 km north-east of Nanyuki, was sold.",
			rels: []string{"Ol Pejeta: 15 km northeast of Nanyuki"}},
	})
}
