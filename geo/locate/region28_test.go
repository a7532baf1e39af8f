package locate

import "testing"

// TestRegion28CompassDivisionOfDocCountry: a division French names by a
// compass word (« la province du Nord », « la région de l'Est ») is the
// division of the document's country, in GeoNames' English, whether that
// is the noun (Cameroon's "East") or the adjective (Rwanda's, Zambia's
// and Sierra Leone's "Northern Province", "Eastern Province", Ghana's
// "Northern"), and Burkina Faso's own French « Est ».
func TestRegion28CompassDivisionOfDocCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkGazetteerCountries(t, []namedCountry{
		{"Dans la province du Nord, les cultivateurs de Musanze ont perdu leurs récoltes de pommes de terre.", "Nord", "RW"},
		{"Les écoles de la province de l'Ouest ont rouvert lundi à Kibuye et à Cyangugu.", "Ouest", "RW"},
		{"Une épidémie de choléra frappe la province de l'Est : à Chipata, l'hôpital est saturé.", "Est", "ZM"},
		{"À Tamale, chef-lieu de la région du Nord, les prix du maïs ont doublé.", "Nord", "GH"},
		{"La province du Sud manque de semences, à Bo comme à Moyamba.", "Sud", "SL"},
		{"Le paludisme progresse dans la région de l'Est, où l'on compte 300 cas à Bertoua.", "Est", "CM"},
		{"À Fada N'Gourma, dans la région de l'Est, les écoles restent fermées.", "Est", "BF"},
		{"Les réfugiés centrafricains arrivent dans la région de l'Est du Cameroun, à Garoua-Boulaï.", "Est du Cameroun", "CM"},
	})
}

// TestRegion28NamesakeDivisionOfDocCountry: a first-level division named
// bare, whose name several countries' divisions bear, is the one in the
// country the document names or its towns imply: « l'Adrar » in a text on
// Atar is Mauritania's, not Algeria's; "the Amazonas" in a text on
// Chachapoyas is Peru's.
func TestRegion28NamesakeDivisionOfDocCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkGazetteerCountries(t, []namedCountry{
		{"Les dattiers de l'Adrar ont souffert du vent de sable, à Atar comme à Ouadane.", "Adrar", "MR"},
		{"Au cœur de l'Adrar, à Chinguetti, les caravanes reprennent la piste.", "Adrar", "MR"},
		{"Coffee growers across Amazonas say prices paid in Chachapoyas and Bagua Grande have fallen.", "Amazonas", "PE"},
		{"Les cultivateurs du Plateau, à Pobè comme à Kétou, attendent la pluie.", "Plateau", "BJ"},
	})
}

// TestRegion28CapitalAfterGoalVerb: a country bearing its capital's name,
// bare after a French verb of the goal of a journey (« regagner », «
// rejoindre », « rallier »), is the capital; with its article it stays the
// country.
func TestRegion28CapitalAfterGoalVerb(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct {
		doc, name, code string
	}{
		{"Après une halte à Tadjourah, le convoi a pu regagner Djibouti dans la nuit.", "Djibouti", "PPLC"},
		{"Les coureurs ont quitté Clervaux pour rejoindre Luxembourg en fin d'après-midi.", "Luxembourg", "PPLC"},
		{"Partis de Colón à l'aube, les camions devaient rallier Panama avant midi.", "Panama", "PPLC"},
		{"Après la guerre, la famille a pu regagner le Luxembourg par la Belgique.", "Luxembourg", ""},
	} {
		res := analyse(t, tc.doc)
		code := ""
		for _, p := range res.Places {
			if p.Name == tc.name && p.Gazetteer != nil {
				code = p.Gazetteer.Code
			}
		}
		if code != tc.code {
			t.Errorf("%q: %s mapped as %q, want %q", tc.doc, tc.name, code, tc.code)
		}
	}
}
