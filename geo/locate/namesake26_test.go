package locate

import (
	"testing"

	"github.com/locus-gis/locus/geo"
	"github.com/paulmach/orb"
)

// namesakeCase is a document, a name it mentions, and where the name's
// namesake meant lies: the country, and a point it lies within km of.
type namesakeCase struct {
	doc, name, country string
	at                 orb.Point // [lon, lat]
	km                 float64
}

// checkNamesakes resolves every case and checks that the name is placed
// in the country, within km of the point.
func checkNamesakes(t *testing.T, tests []namesakeCase) {
	t.Helper()
	for _, tt := range tests {
		p := placeNamed(t, analyse(t, tt.doc), tt.name)
		if !p.HasPoint || p.Country != tt.country {
			t.Errorf("%s: %s placed %v in %q, want %s", tt.doc, tt.name, p.HasPoint, p.Country, tt.country)
			continue
		}
		if d := geo.Distance(p.Point, tt.at) / 1000; d > tt.km {
			t.Errorf("%s: %s at %v (%s), %.0f km from %v, want within %.0f", tt.doc, tt.name, p.Point, p.Feature, d, tt.at, tt.km)
		}
	}
}

// TestNamesake26CityNamedLikeCountry: a country named like its capital,
// after a noun of a town's part, facility or office ("downtown", "the
// port of", « au musée de »), is the capital.
func TestNamesake26CityNamedLikeCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	djibouti, kuwait, panama := orb.Point{43.145, 11.589}, orb.Point{47.978, 29.370}, orb.Point{-79.520, 8.994}
	checkNamesakes(t, []namesakeCase{
		{"Dockers at the port of Djibouti went on strike, and lorries queued back to Ali Sabieh.", "Djibouti", "DJ", djibouti, 15},
		{"Traffic was jammed in downtown Kuwait, while Jahra stayed calm.", "Kuwait", "KW", kuwait, 15},
		{"The streets of Panama flooded overnight and Colón lost power.", "Panama", "PA", panama, 15},
		{"Une exposition de photographies sera présentée au musée de Djibouti en mars.", "Djibouti", "DJ", djibouti, 15},
		{"Les dockers du port de Djibouti ont repris le travail, selon un syndicat de Tadjourah.", "Djibouti", "DJ", djibouti, 15},
		{"Le maire de Panama a inauguré la deuxième ligne du métro.", "Panama", "PA", panama, 15},
	})
}

// TestNamesake26DivisionNearness: a first-level division the document
// names, in one country only, counts among the places a namesake lies
// near: a town named beside it is its neighbour, not a larger namesake
// abroad.
func TestNamesake26DivisionNearness(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	filadelfia := orb.Point{-60.032, -22.339}
	checkNamesakes(t, []namesakeCase{
		{"We spent the week in Filadelfia. On Friday a telegram came from the office in Asunción.", "Filadelfia", "PY", filadelfia, 15},
		{"The cooperative at Filadelfia ships its milk to a dairy in Asunción every week.", "Filadelfia", "PY", filadelfia, 15},
		{"A lorry left Filadelfia at dawn; the driver's wife waited for him in Asunción.", "Filadelfia", "PY", filadelfia, 15},
	})
}

// TestNamesake26PairedNamesakes: two names whose namesakes in one land
// lie near each other move there together, though each alone would stay
// with a larger namesake abroad; two hamlets of common names that happen
// to lie together do not.
func TestNamesake26PairedNamesakes(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	concepcion, filadelfia := orb.Point{-57.432, -23.400}, orb.Point{-60.032, -22.339}
	checkNamesakes(t, []namesakeCase{
		{"The bus from Concepción reached Filadelfia at noon.", "Filadelfia", "PY", filadelfia, 15},
		{"The bus from Concepción reached Filadelfia at noon.", "Concepción", "PY", concepcion, 15},
		{"Cattle from Filadelfia are sold at the auction in Concepción.", "Concepción", "PY", concepcion, 15},
		{"Nurses trained in Concepción now staff the hospital at Filadelfia.", "Filadelfia", "PY", filadelfia, 15},
		// guard: two villages of Honduras named like Bolivia's cities
		{"Our team flew into Santa Cruz and drove on to Trinidad, in the Beni lowlands.", "Trinidad", "BO", orb.Point{-64.900, -14.833}, 15},
		// guard: a name put in a state stays there
		{"The tour stops in Paris, Texas, and Athens, Georgia, before ending in Portland, Maine.", "Athens", "US", orb.Point{-83.378, 33.961}, 30},
	})
}
