package locate

import "testing"

// TestStrayDivisionByName: a first-level division the gazetteer knows by
// name only is judged by its country's capital (dropStrayDivisions):
// "Forest Department officials" in a text on Almora are not Guernsey's
// parish of Forest, 7,000 km away.
func TestStrayDivisionByName(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkUnresolved(t, "ALMORA, Uttarakhand (PTI) — Forest Department officials captured a leopard on Friday in Kalsa Khet, a hamlet 18 km SSE of Almora. It will be released near Ranikhet.", "Forest Department")
	checkTown(t, "Kalsa Khet lies in Forest parish, Guernsey, 2 km from St Peter Port.", "St Peter Port", "GG")
}

// TestStrayTown: a town of fewer than cityPop people named only in
// passing, more than strayTownKm from the document's other places, is
// given up (dropStrayHamlets): "a spare day in Flores" beside Ruteng and
// Labuan Bajo is the island, not Guatemala's Flores. With a country named
// it stays.
func TestStrayTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkUnresolved(t, "If you have a spare day in Flores, ride up to Golo Curu, a village 9 km north of Ruteng. We flew in from Labuan Bajo.", "Flores")
	checkTown(t, "We flew from Labuan Bajo to Ruteng, and later to Flores in Guatemala.", "Flores", "GT")
}

// TestTownListInDivision: "Aparri, Gattaran and Amulung in Cagayan" puts
// the three towns in Cagayan, the province that holds them, not the town of
// Cagayan 1,200 km south (text townListBefore).
func TestTownListInDivision(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Typhoon flooding affected the towns of Aparri, Gattaran and Amulung in Cagayan.")
	if p := placeNamed(t, res, "Cagayan"); p.Country != "PH" || p.Gazetteer != nil && p.Gazetteer.Population > 0 && p.Point[1] < 15 {
		t.Errorf("Cagayan is %q at %v (%+v); want the province", p.Feature, p.Point, p.Gazetteer)
	}
	for _, c := range res.Checks {
		if c.Relation == "in" && c.Verdict() != VerdictHolds {
			t.Errorf("%s: %s", c.Phrase, c.Verdict())
		}
	}
}

// TestWorksAndShoreDivisions: "the Belo Monte dam" is no municipality of
// Alagoas the gazetteer knows by name only (isWorks), and "Pará state,
// Brazil" holds though Pará's point, Belém, falls just outside Brazil's
// simplified shore (recordedCountry).
func TestWorksAndShoreDivisions(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := checkUnresolved(t, "Vila Nova do Xingu is a fishing community in Pará state, Brazil, 25 km south of Altamira. Since the Belo Monte dam was built, catches have fallen.", "Belo Monte")
	for _, c := range res.Checks {
		if c.Verdict() != VerdictHolds {
			t.Errorf("%s: %s", c.Phrase, c.Verdict())
		}
	}
}

// checkUnresolved analyses doc and fails the test unless the place name is
// listed with no position (a stray given up, a work of building no
// division bears); it returns the result.
func checkUnresolved(t *testing.T, doc, name string) *Result {
	t.Helper()
	res := analyse(t, doc)
	if p := placeNamed(t, res, name); p.Status != StatusUnresolved {
		t.Errorf("%s: %s is %s %q in %q; want it unresolved", doc, name, p.Status, p.Feature, p.Country)
	}
	return res
}
