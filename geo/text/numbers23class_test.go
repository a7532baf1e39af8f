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
//     head and leaves the apposition about X (sizeBeforeHead);
//   - "18 km bearing 045° from X", "12 nautical miles on a bearing of 230
//     degrees from X", "18 km from X, bearing 045°": a bearing in
//     degrees is a direction (bearingAt);
//   - "18 km from Socorro, New Mexico, bearing 045°", "15 miles from
//     Tonopah, Nevada, to the north": a direction set after the object
//     follows its containers (containerChainEnd);
//   - « L'auberge du Moulin se trouve à 20 km au sud de X »: an inn's name
//     may follow « du » at the head of a sentence (fr/descriptors.tsv flag
//     own), as a refuge's and a gîte's did;
//   - "some 7 km, as the crow flies, south-east of X", « à 12 km, à vol
//     d'oiseau, au nord de X »: the straight line set off by commas is
//     skipped with them (crowFliesAt);
//   - "15 km in a north-easterly direction from X", "15 km from X in a
//     southerly direction": a compass word with "-erly" in "in a …
//     direction" is a direction, as a bearing is (courseAt);
//   - « à 15 km de Ségou, direction nord-est »: « direction » alone before
//     a compass word after the object gives the direction, as « en
//     direction du » does (lexicon/fr/distance.tsv heading).
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
		{doc: "The Cibola array sits 18 km bearing 045° from Socorro.",
			rels: []string{"Cibola: 18 km northeast of Socorro"}},
		{doc: "Almirante Reef lies 12 nautical miles on a bearing of 230 degrees from Cabo Frio.",
			rels: []string{"Almirante Reef: 22.2 km southwest of Cabo Frio"}},
		{doc: "The Cibola array sits 18 km from Socorro, bearing 045.",
			rels: []string{"Cibola: 18 km northeast of Socorro"}},
		{doc: "The Cibola radio array sits 18 km from Socorro, New Mexico, bearing 045°.",
			rels: []string{"Cibola: 18 km northeast of Socorro"}},
		{doc: "Redstone Ranch lies 15 miles from Tonopah, Nevada, to the north.",
			rels: []string{"Redstone Ranch: 24.1 km north of Tonopah"}},
		{doc: "Redstone Ranch lies 15 miles from Tonopah, Nevada, and Goldfield.",
			rels: []string{"Redstone Ranch: 24.1 km from Tonopah"}},
		{doc: "L'auberge du Moulin se trouve à 20 km au sud de Fribourg.",
			rels: []string{"Moulin: 20 km south of Fribourg"}},
		{doc: "L'auberge du Grand-Pré se trouve à une demi-heure de route au sud de Fribourg, en Suisse.",
			rels: []string{"Grand-Pré: 0-45 km south of Fribourg"}},
		{doc: "The Tiwi Ridge wind farm will be built some 7 km, as the crow flies, south-east of Queanbeyan.",
			rels: []string{"Tiwi Ridge: 7 km southeast of Queanbeyan"}},
		{doc: "Le refuge des Pins se trouve à 12 km, à vol d'oiseau, au nord de Chamonix.",
			rels: []string{"Pins: 12 km north of Chamonix"}},
		{doc: "Tiwi Ridge lies some 7 km, as the crow flies, from Queanbeyan.",
			rels: []string{"Tiwi Ridge: 7 km from Queanbeyan"}},
		{doc: "Kalo Farm lies 15 km in a north-easterly direction from Nakuru.",
			rels: []string{"Kalo Farm: 15 km northeast of Nakuru"}},
		{doc: "Kalo Farm lies 15 km from Nakuru, Kenya, in a southerly direction.",
			rels: []string{"Kalo Farm: 15 km south of Nakuru"}},
		{doc: "La ferme de Kalo se trouve à 15 km de Ségou, direction nord-est.",
			rels: []string{"Kalo: 15 km northeast of Ségou"}},
		{doc: "Le camp de Kalo est à 15 km de Ségou direction sud.",
			rels: []string{"Kalo: 15 km south of Ségou"}},
		{doc: "Kalo Farm lies an eight-mile drive north of Nakuru.",
			rels: []string{"Kalo Farm: 12.9 km north of Nakuru"}},
		{doc: "Kalo Farm, a five-kilometre walk north of Nakuru, is open.",
			rels: []string{"Kalo Farm: 5 km north of Nakuru"}},
		{doc: "Kalo Farm lies a half-mile north of Nakuru.",
			rels: []string{"Kalo Farm: 0.805 km north of Nakuru"}},
		{doc: "Kalo Farm lies a quarter-mile north of Nakuru.",
			rels: []string{"Kalo Farm: 0.402 km north of Nakuru"}},
		{doc: "Kalo Farm lies north of Nakuru, past the three-mile marker.",
			rels: []string{"Kalo Farm: north of Nakuru"}},
		{doc: "Kalo Farm lies 15 km north-northeast (NNE) of Nakuru.",
			rels: []string{"Kalo Farm: 15 km north-northeast of Nakuru"}},
		{doc: "Kalo Farm lies 15 km east (ENE) of Nakuru.",
			rels: []string{"Kalo Farm: 15 km east-northeast of Nakuru"}},
		{doc: "La ferme de Kalo se trouve à 15 km au nord-est (NE) de Ségou.",
			rels: []string{"Kalo: 15 km northeast of Ségou"}},
		{doc: "Kalo Farm lies a few hundred metres north of Nakuru.",
			rels: []string{"Kalo Farm: 0.2-0.5 km north of Nakuru"}},
		{doc: "Kalo Farm lies several hundred yards north of Nakuru.",
			rels: []string{"Kalo Farm: 0.274-0.823 km north of Nakuru"}},
		{doc: "La ferme de Kalo se trouve à quelques centaines de mètres au nord de Ségou.",
			rels: []string{"Kalo: 0.2-0.5 km north of Ségou"}},
		{doc: "A few hundred people live in Kalo, 5 km north of Nakuru.",
			rels: []string{"Kalo: 5 km north of Nakuru"}},
	})
}
