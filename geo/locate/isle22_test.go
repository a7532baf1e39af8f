package locate

import "testing"

// TestIslandCoastSide: the side of the coast of an island or a region
// ("the east coast of Espiritu Santo", "the west coast of Gotland") is no
// side of its country's coast, so the whole coast of the country is
// measured to (partCoast): Santo's east coast lies in Vanuatu's west, and
// Gotland's west coast in Sweden's east. The place is located from its
// town and no check is contradicted.
func TestIslandCoastSide(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []textCase{
		{doc: "Turtle Bay Lodge, a small resort on the east coast of Espiritu Santo, lies about 25 km north of Luganville.",
			place: "Turtle Bay Lodge", anchor: "Luganville", country: "VU", km: 25},
		{doc: "Visby, the walled town on the west coast of Gotland, is about 140 km south of Nynäshamn. A fishing camp lies about 30 km south of Visby.",
			place: "A fishing camp", anchor: "Visby", country: "SE", km: 30, mapped: []string{"Nynäshamn"}},
		{doc: "Olbia, on the north-east coast of Sardinia, is the island's main ferry port, with boats from Livorno and Genoa. The Agriturismo Li Licci lies about 15 km south-west of Olbia.",
			place: "Agriturismo Li Licci", anchor: "Olbia", country: "IT", km: 15},
	}
	checkTexts(t, tests)
	for _, tt := range tests {
		for _, c := range analyse(t, tt.doc).Checks {
			if c.Verdict() == VerdictContradicted {
				t.Errorf("%s: %q is contradicted (%s)", tt.doc, c.Phrase, c.Note)
			}
		}
	}
}

// TestCoastOwnerStray: a name whose coast the text measures to, no country
// and missing from the gazetteer as an island, is no small namesake far
// from the rest of the document (coastOwner): "the east coast of Espiritu
// Santo" in a text on Luganville and Port Vila is no hamlet of Zacatecas.
func TestCoastOwnerStray(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Turtle Bay Lodge, a small resort on the east coast of Espiritu Santo, lies about 25 km north of Luganville. Guests fly from Port Vila to Luganville and are met at the airport.",
			place: "Turtle Bay Lodge", anchor: "Luganville", country: "VU", km: 25,
			mapped: []string{"Port Vila"}, unplaced: []string{"Espiritu Santo"}},
	})
}

// TestCoastSideOutOfReach: a side of a country's coasts that no distance
// the text states from a gazetteer town can reach is a side of another of
// its islands (outOfReach), and the whole coast is measured to: the
// north of Mauritius's coasts is Agaléga's, 1,000 km from Port Louis, and
// Nosy Be lies north-east of Madagascar's middle. The town stays the
// gazetteer's and every check holds.
func TestCoastSideOutOfReach(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tt := range []struct{ doc, town, country string }{
		{"Grand Baie, on the north coast of Mauritius, lies about 18 km north-east of Port Louis.", "Grand Baie", "MU"},
		{"Hell-Ville, sur l'île de Nosy Be, au large de la côte nord-ouest de Madagascar, est à environ 35 km d'Ambanja.", "Hell-Ville", "MG"},
	} {
		res := analyse(t, tt.doc)
		if p := placeNamed(t, res, tt.town); p.Source != SourceGazetteer || p.Country != tt.country {
			t.Errorf("%s: %s is %s in %q, want the gazetteer's in %s", tt.doc, tt.town, p.Source, p.Country, tt.country)
		}
		for _, c := range res.Checks {
			if v := c.Verdict(); v != VerdictHolds {
				t.Errorf("%s: %q is %s (%s), want holds", tt.doc, c.Phrase, v, c.Note)
			}
		}
	}
}

// TestCoastOwnerTown: a town of fewer than cityPop people that bears the
// name of an island whose coast the text measures to is given up when it
// lies far from the places on that coast (coastOwner): "the south coast of
// São Miguel" by Ponta Delgada is no town of Brazil, 4,900 km away.
func TestCoastOwnerTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Vila Franca do Campo, on the south coast of São Miguel in the Azores, is about 21 km east of Ponta Delgada. A whale-watching station operates 2 km west of Vila Franca do Campo.",
			place: "A whale-watching station", anchor: "Vila Franca do Campo", country: "PT", km: 2,
			mapped: []string{"Ponta Delgada"}, unplaced: []string{"São Miguel"}},
	})
}

// TestFarSeatTown: the name a gazetteer place is said to be the capital of
// is no small town far from it (dropFarSeatTowns): "Kirkwall, the capital
// of Orkney" names the islands, not Orkney in South Africa; the capital
// keeps its own reading.
func TestFarSeatTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Kirkwall, the capital of Orkney, and Portree, the main town of Skye, are both reached by ferry. A new distillery has opened about 8 km south of Kirkwall.")
	if p := placeNamed(t, res, "Orkney"); p.HasPoint {
		t.Errorf("Orkney placed in %s, want unresolved", p.Country)
	}
	if p := placeNamed(t, res, "Kirkwall"); p.Country != "GB" || p.Source != SourceGazetteer {
		t.Errorf("Kirkwall is %s in %q, want the gazetteer's in GB", p.Source, p.Country)
	}
}

// TestListCountryNamesake: a listed town taken abroad while the other
// members are all of one country is that country's namesake
// (listCountryNamesakes): "from Nassau to Freeport, Marsh Harbour and
// George Town" is George Town in Exuma, not the Caymans' capital.
func TestListCountryNamesake(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Bahamasair flies from Nassau to Freeport, Marsh Harbour and George Town several times a day. Marsh Harbour, on Great Abaco, lies about 170 km north of Nassau.")
	if p := placeNamed(t, res, "George Town"); p.Country != "BS" {
		t.Errorf("George Town is %s in %q, want the Bahamas'", p.Source, p.Country)
	}
}
