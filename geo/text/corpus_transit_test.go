package text

import "testing"

// TestCorpusTransitUnits: aviation reports write the nautical mile "nm"
// (lower case only: "NM" is New Mexico) and the statute mile in full.
func TestCorpusTransitUnits(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The glider landed out in a field at Brockhurst Farm, 6 nm south-west of Banbury, after losing lift.",
			rels: []string{"Brockhurst Farm: 11.1 km southwest of Banbury"}},
		{doc: "The helicopter was found on Ridgeway Hill, 12 nm north of Kalgoorlie, two days after it went missing.",
			rels: []string{"Ridgeway Hill: 22.2 km north of Kalgoorlie"}},
		{doc: "The wreckage lay on Sand Point Ranch, about 30 statute miles west of Elko, Nevada.",
			rels: []string{"Sand Point Ranch: 48.3 km west of Elko"}},
	})
}

// TestCorpusTransitEnds: the towns a flight, a coach or a train leaves
// from or is bound for are places: "departed Unalakleet", « à destination
// de Beni », « en partance de Goma », « le car reliait Gao à Mopti », and
// the two towns that name a French link right after its noun, even joined
// by a plain hyphen: « la liaison Marrakech-Errachidia », « la ligne
// Dakar-Bamako ».
func TestCorpusTransitEnds(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The airplane had departed Bethel at 10:05 and was cleared for the approach.",
			places: []string{"Bethel"}},
		{doc: "The King Air, departing Kununurra for a medical flight, lost power soon after take-off.",
			places: []string{"Kununurra"}},
		{doc: "L'appareil s'est écrasé peu après son décollage, à destination de Kindu.",
			places: []string{"Kindu"}},
		{doc: "Le vol en partance de Mbuji-Mayi a été retardé de trois heures.",
			places: []string{"Mbuji-Mayi"}},
		{doc: "Le car, qui reliait Kayes à Bamako, s'est renversé dans la nuit.",
			places: []string{"Kayes", "Bamako"}},
		{doc: "Un autocar qui assurait la liaison Agadir-Tiznit a pris feu lundi soir.",
			places: []string{"Agadir", "Tiznit"}},
		{doc: "Les trains de la ligne Kinshasa-Matadi ont repris mardi.",
			places: []string{"Kinshasa", "Matadi"}},
		{doc: "La liaison Saint-Louis reste fermée.",
			places: []string{}, not: []string{"Louis"}},
	})
}

// TestCorpusTransitLevel: « au niveau de » and « à hauteur de » place a
// spot of a road or a line by the village it passes, as « près de » does:
// after a distance with no subject of its own, the village is where the
// distance puts it.
func TestCorpusTransitLevel(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le camion s'est renversé sur la RN3, à 25 km au nord de Kaya, au niveau du village de Tangsèga.",
			rels: []string{"Tangsèga: 25 km north of Kaya"}},
		{doc: "Un minibus a percuté un arbre sur la route nationale 1, à 40 km à l'est de Kankan, à hauteur du village de Sékoura.",
			rels: []string{"Sékoura: 40 km east of Kankan"}},
		{doc: "Le train a déraillé à la hauteur de Kassela, à 55 km de Bamako.",
			rels: []string{"Kassela: 55 km from Bamako"}},
	})
}

// TestCorpusTransitRiverBridge: "the X River bridge" in lower case is the
// bridge, a spot a distance places, not the river, which no distance
// locates: "derailed near the Makami River bridge, about 38 km north-west
// of Capreol".
func TestCorpusTransitRiverBridge(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The freight train derailed at Mile 88.7, near the Makami River bridge, about 38 km north-west of Capreol, Ontario.",
			rels: []string{"Makami River bridge: 38 km northwest of Capreol"}},
		{doc: "A fuel tanker plunged off the Luangwa River bridge, 12 km east of Nyimba, on Tuesday.",
			rels: []string{"Luangwa River bridge: 12 km east of Nyimba"}},
		{doc: "The bus left the road at the Sand Creek bridge, 20 miles south of Lamar, Colorado.",
			rels: []string{"Sand Creek bridge: 32.2 km south of Lamar"}},
	})
}

// TestCorpusTransitOnTheRanch: "on the X Ranch", "on the X Station" is no
// river, though "on the" before a bare name reads one ("on the Niger"):
// the name's last word says its kind, and the distance after it places it.
func TestCorpusTransitOnTheRanch(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The airplane collided with terrain in a pasture on the Little Antelope Ranch, about 22 nm north-east of Winnemucca, Nevada.",
			rels: []string{"Little Antelope Ranch: 40.7 km northeast of Winnemucca"}},
		{doc: "The helicopter came down in a paddock on the Mount Ida Station, 18 km north of Ranfurly.",
			rels: []string{"Mount Ida Station: 18 km north of Ranfurly"}},
	})
}

// TestCorpusTransitMilepost: the name after a mile or kilometre post and
// "of" is the railway or the road the post counts along, no place and no
// subject: "at Mile 116.4 of the Mountain Subdivision, near the X River
// bridge, about 23 km east of Revelstoke" places the bridge.
func TestCorpusTransitMilepost(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The freight train derailed 28 cars at Mile 116.4 of the Mountain Subdivision, near the Illecillewaet River bridge, about 23 km east of Revelstoke.",
			rels: []string{"Illecillewaet River bridge: 23 km east of Revelstoke"}, not: []string{"Mountain Subdivision"}},
		{doc: "Police said the bus left the road at km 112 of the Central Highway, near the hamlet of Pucapampa, 26 km north of Huancayo.",
			rels: []string{"Pucapampa: 26 km north of Huancayo"}, not: []string{"Central Highway"}},
		{doc: "The crash happened at milepost 42 of the Dalton Highway, near Coldfoot Camp, 90 miles north of Fairbanks.",
			not: []string{"Dalton Highway"}},
	})
}

// TestCorpusTransitBetweenStations: the second end of "between X and Y"
// (« entre les gares de X et de Y ») is no subject of the comma phrase
// after it: "derailed between A and B, near the village of C, 25 km east
// of A" places C.
func TestCorpusTransitBetweenStations(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The train derailed on Tuesday between Mokopane and Polokwane, near the village of Mashashane, 25 km south of Polokwane.",
			rels: []string{"Mashashane: 25 km south of Polokwane"}, absent: []string{"Polokwane: near Mashashane"}},
		{doc: "Un train a déraillé mardi soir entre les gares de Ndjolé et de Booué, au PK 248, à hauteur du village d'Alembé-Mission, à 25 km à l'est de Ndjolé.",
			rels: []string{"Alembé-Mission: 25 km east of Ndjolé"}, absent: []string{"Booué: 25 km east of Ndjolé"}},
		{doc: "Le car s'est renversé entre Kaya et Dori, près du village de Bani, à 40 km au nord de Kaya.",
			rels: []string{"Bani: 40 km north of Kaya"}},
	})
}
