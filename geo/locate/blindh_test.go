package locate

import "testing"

// TestDivisionNamedAfterTown: a bare name that names one first-level
// division and a seat of a lower level inside it that bears the name
// (Luxembourg's cantons of Clervaux and Vianden, named after their towns,
// PPLA2) is the town, as a division named after its PPLA is
// (namesakeTown).
func TestDivisionNamedAfterTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTown(t, "Les blindés ne purent avancer qu'après avoir pris Clervaux.", "Clervaux", "LU")
	checkTown(t, "Après la messe, nous avons rejoint Wiltz puis Vianden.", "Vianden", "LU")
}

// checkTown reads doc against the real gazetteer and checks that name is
// placed as a town of the gazetteer in country, not as a division.
func checkTown(t *testing.T, doc, name, country string) *Result {
	t.Helper()
	res := analyse(t, doc)
	if p := placeNamed(t, res, name); p.Feature == "region" || !p.HasPoint || p.Gazetteer == nil || p.Gazetteer.Country != country {
		t.Errorf("%s: %s is %q (point %v, %+v); want the town in %s", doc, name, p.Feature, p.HasPoint, p.Gazetteer, country)
	}
	return res
}

// TestNamesakesSettleAfterStrays: once a stray namesake is given up (Hella
// in Iraq, found under an alternate name), the names near it settle again
// (ascend): Vík is Vík í Mýrdal in Iceland, by Hella and Hvolsvöllur, not
// a Norwegian seat of unrecorded population.
func TestNamesakesSettleAfterStrays(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The Seljavellir camp lies about 15 km north of Hvolsvöllur. After fuel in Hella, we drove on to Vík for the night.")
	for _, p := range res.Places {
		if p.Name == "Vík" && (p.Gazetteer == nil || p.Gazetteer.Country != "IS") {
			t.Errorf("Vík: %+v; want Vík í Mýrdal, Iceland", p.Gazetteer)
		}
	}
}

// TestCityOfCountryAndMinistry: « Djibouti-ville » is the capital named
// as its country is (withoutSettlementWord), and "the Ministry of
// Hydrocarbons in La Paz" names the seat of government, not its
// department: a ministry's portfolio is no place that La Paz contains.
func TestCityOfCountryAndMinistry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTown(t, "Le convoi est arrivé à Djibouti-ville mardi, après Tadjourah.", "Djibouti-ville", "DJ")
	res := checkTown(t, "The accounts will be audited by the Ministry of Hydrocarbons in La Paz.", "La Paz", "BO")
	for _, p := range res.Places {
		if p.Name == "Hydrocarbons" {
			t.Error("Hydrocarbons is a place")
		}
	}
}

// TestFacilityNamedAfterTown: a museum named after a town near the places
// the text is about ("Inverness Museum" in a text measured from
// Dingwall) leaves that town, which the map shows, and no building of
// its own (text.institutionTailStart). A university named after a person
// is no such building.
func TestFacilityNamedAfterTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The cairn at Druim Fada lies 5 km west of Dingwall. Its finds are held in Inverness Museum.")
	found := false
	for _, p := range res.Places {
		if p.Name == "Inverness Museum" {
			t.Errorf("Inverness Museum listed (%s), want the town only", p.Status)
		}
		if p.Name != "Inverness" {
			continue
		}
		found = true
		if p.Gazetteer == nil || p.Gazetteer.Country != "GB" || !p.HasPoint {
			t.Errorf("Inverness: %+v; want the town in GB", p.Gazetteer)
		}
	}
	if !found {
		t.Error("Inverness not mapped")
	}
	res = analyse(t, "Students of Columbia University visited the Kibera slum, 5 km south of Nairobi.")
	for _, p := range res.Places {
		if p.Name == "Columbia University" && p.Gazetteer != nil {
			t.Errorf("Columbia University placed at %+v", p.Gazetteer)
		}
	}
}

// TestTownNamedLikeFeature: a populated place whose name ends with a kind
// of landform or water ("Kirkland Lake", "Walvis Bay") is output as a
// town, not as the lake or the bay its head word names (headNamesFeature).
func TestTownNamedLikeFeature(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The company also holds claims near Kirkland Lake and ships ore from Walvis Bay.")
	for _, p := range res.Places {
		if (p.Name == "Kirkland Lake" || p.Name == "Walvis Bay") && p.Feature != "" {
			t.Errorf("%s: feature %q, want a town", p.Name, p.Feature)
		}
	}
}

// TestRiverWreckNotOffshore: a wreck on a river is no reason to take a
// coastal namesake of its anchor over a landlocked one: only a phrase
// that says "at sea" (« au large de », "off") does (offshoreObject).
func TestRiverWreckNotOffshore(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "La pirogue a coulé en 2019 ; son épave repose à 6 km au sud de Dosso, sur le fleuve.")
	for _, p := range res.Places {
		if p.Name == "Dosso" && (p.Gazetteer == nil || p.Gazetteer.Country != "NE") {
			t.Errorf("Dosso: %+v; want Dosso, Niger", p.Gazetteer)
		}
	}
}
