package locate

import (
	"context"
	"testing"

	"github.com/paulmach/orb"
)

// TestNamesakes34IslandContainer: a town put in the main island of a
// state of several islands ("St. John's, Antigua", « Victoria, Mahé ») is
// that state's, not a namesake in a country the island's name says
// nothing of; the island's name alone may still be a town's.
func TestNamesakes34IslandContainer(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	stJohns, sanFernando, victoria := orb.Point{-61.843, 17.121}, orb.Point{-61.468, 10.280}, orb.Point{55.455, -4.620}
	antiguaGT := orb.Point{-90.734, 14.561}
	checkNamesakes(t, []namesakeCase{
		{"A squatter camp grew up about 4 km east of St. John's, Antigua, after the hurricane.", "St. John's", "AG", stJohns, 10},
		{"San Fernando, Trinidad, recorded 120 mm of rain in six hours, and a landslide cut the road 8 km south of San Fernando.", "San Fernando", "TT", sanFernando, 10},
		{"Un campement de pêcheurs s'est installé à 3 km au nord de Victoria, Mahé.", "Victoria", "SC", victoria, 10},
		{"We walked from Antigua to Ciudad Vieja, about 6 km south-west of Antigua, in Guatemala.", "Antigua", "GT", antiguaGT, 10},
	})
}

// TestNamesakes34TerritorySovereign: a text on a dependent territory
// names the state it belongs to, so a town of that state measured from
// is no stray however far it lies from the territory, and is the
// namesake taken when a larger one abroad proves one; the territory's
// own towns keep their namesakes there.
func TestNamesakes34TerritorySovereign(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	brest, laval, perth := orb.Point{-4.486, 48.390}, orb.Point{-0.770, 48.072}, orb.Point{-3.431, 56.395}
	saintLouisRE := orb.Point{55.411, -21.286}
	checkNamesakes(t, []namesakeCase{
		{"Before sailing for French Guiana, the convicts were held in a fort about 6 km west of Brest.", "Brest", "FR", brest, 10},
		{"Né dans une ferme à 10 km au sud de Laval, il s'installa en 1962 à Saint-Pierre, à La Réunion.", "Laval", "FR", laval, 10},
		{"Before his posting to Gibraltar, the sergeant grew up on a farm about 10 km north of Perth.", "Perth", "GB", perth, 10},
		{"Un camp a été installé à 5 km au nord de Saint-Louis, à La Réunion.", "Saint-Louis", "RE", saintLouisRE, 10},
	})
}

// TestNamesakes34SovereignRanked: a town of the state a territory the
// document names belongs to, named in passing, outranks a larger
// namesake abroad (Ranking.SovereignCountry), but not the territory's
// own namesake.
func TestNamesakes34SovereignRanked(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	brest, saintLouisRE := orb.Point{-4.486, 48.390}, orb.Point{55.411, -21.286}
	checkNamesakes(t, []namesakeCase{
		{"The first convict ship left Brest for French Guiana in 1852; most prisoners were sent on from Cayenne to Kourou.", "Brest", "FR", brest, 10},
		{"En 1852, la frégate Forte quitta Brest pour la Guyane avec les premiers forçats. Arrivés à Cayenne, beaucoup furent transférés à Kourou.", "Brest", "FR", brest, 10},
		{"Le vol relie Saint-Denis à Paris ; à La Réunion, la route de Saint-Louis était coupée.", "Saint-Louis", "RE", saintLouisRE, 10},
	})
}

// TestNamesakes34RegionAfterEn: a French text writes a region after «
// en » and a town after « à »: a name after « en » that the gazetteer
// knows only as a hamlet abroad is no place to draw the towns around it
// to, and the names listed beside a town of few towns of note tell which
// of them is meant.
func TestNamesakes34RegionAfterEn(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	saintGeorges := orb.Point{-70.665, 46.114}
	checkNamesakes(t, []namesakeCase{
		{"Le corps a été retrouvé dans un boisé à 5 km à l'ouest de Saint-Georges, en Beauce. Les policiers de Beauceville et de Sainte-Marie ont participé aux recherches.", "Saint-Georges", "CA", saintGeorges, 10},
		{"Un incendie a détruit une érablière à 12 km à l'est de Saint-Georges, en Beauce. Les pompiers ont reçu l'aide de ceux de Beauceville et de Sainte-Marie.", "Saint-Georges", "CA", saintGeorges, 10},
	})
	res := analyse(t, "La coopérative, fondée en 1952 à Saint-Georges, en Beauce, compte 300 membres.")
	for _, p := range res.Places {
		if p.Name == "Beauce" && p.HasPoint {
			t.Errorf("« en Beauce » placed at %v (%s), want no hamlet abroad", p.Point, p.Country)
		}
	}
}

// TestNamesakes34DottedState: a state or province written after a town in
// dotted initials ("Portsmouth, N.H.", "Victoria, B.C.") holds the town,
// as the abbreviations of stateAbbreviations do; initials elsewhere ("500
// B.C.") put nothing anywhere.
func TestNamesakes34DottedState(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	db := openTestDB(t)
	for ab, full := range dottedAbbreviations {
		if as, err := db.Admin1(context.Background(), full, ""); err != nil || len(as) == 0 {
			t.Errorf("%s: the gazetteer holds no division %q (%v)", ab, full, err)
		}
	}
	portsmouth, newport, victoria := orb.Point{-70.763, 43.071}, orb.Point{-71.313, 41.490}, orb.Point{-123.352, 48.436}
	charleston, athens := orb.Point{-81.633, 38.350}, orb.Point{23.728, 37.984}
	checkNamesakes(t, []namesakeCase{
		{"A camp lies 10 km north of Portsmouth, N.H., officials said.", "Portsmouth", "US", portsmouth, 10},
		{"The regatta finished 6 km south of Newport, R.I.", "Newport", "US", newport, 10},
		{"A float plane went down 10 km north of Victoria, B.C., near the ferry lane.", "Victoria", "CA", victoria, 10},
		{"Un camp de mineurs se trouvait à 20 km au nord de Charleston, W.Va., en 1921.", "Charleston", "US", charleston, 10},
		{"The temple was built in 500 B.C. near Athens.", "Athens", "GR", athens, 10},
	})
}
