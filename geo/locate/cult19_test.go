package locate

import "testing"

// TestStateNamedLikeCountry: a country's name used only as the container
// of a town that has no namesake in that country but one in a
// first-level division of the name elsewhere is the division ("Athens,
// Georgia", "Macon, Georgia": the US state); a town of the country
// ("Batumi, Georgia") keeps the country (divisionHoldingTown).
func TestStateNamedLikeCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct{ doc, name, country string }{
		{"The band played in Athens, Georgia, last year.", "Athens", "US"},
		{"The band played in Athens, Georgia, last year.", "Georgia", "US"},
		{"The book tour will stop in Paris, Texas; Athens, Georgia; and Portland, Maine.", "Athens", "US"},
		{"She lived in Macon, Georgia, for ten years.", "Georgia", "US"},
		{"She lived in Batumi, Georgia, for ten years.", "Georgia", "GE"},
		{"She lived in Batumi, Georgia, for ten years.", "Batumi", "GE"},
	} {
		found := false
		for _, p := range analyse(t, tc.doc).Places {
			if p.Name != tc.name {
				continue
			}
			found = true
			if p.Status != StatusLocated || p.Country != tc.country {
				t.Errorf("%s: %s is %s in %q, want located in %s", tc.doc, p.Name, p.Status, p.Country, tc.country)
			}
		}
		if !found {
			t.Errorf("%s: %s not read", tc.doc, tc.name)
		}
	}
}

// TestQuarterNamedLikeCountry: a name the text gives the kind of a part
// of a town (« au quartier France ») is no country (namesTownPart).
func TestQuarterNamedLikeCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, doc := range []string{
		"Le festival Abissa se tient à Grand-Bassam. Le peuple N'zima célèbre le nouvel an au quartier France.",
		"Le défilé traverse le quartier Maroc avant de rejoindre Grand-Bassam.",
	} {
		for _, p := range analyse(t, doc).Places {
			if p.Feature == "country" {
				t.Errorf("%s: %s is mapped as the country %s", doc, p.Name, p.Country)
			}
		}
	}
}

// TestStatedDivisionOverNearness: a town the text puts in a first-level
// division where the gazetteer holds a namesake is that namesake, though
// nearness to the other places of the text chose one elsewhere ("Paris,
// Texas ... Portland, Maine": not Paris, Maine; dropOutsideStatedDivision).
func TestStatedDivisionOverNearness(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	doc := "The tour will stop in Paris, Texas; Athens, Georgia; and Moscow, Idaho, before ending in Portland, Maine."
	for _, p := range analyse(t, doc).Places {
		if p.Name == "Paris" && (p.Status != StatusLocated || p.Country != "US" || p.Point[1] > 36) {
			t.Errorf("%s: Paris is %s at %v (%s), want Paris, Texas", doc, p.Status, p.Point, p.Note)
		}
	}
}

// TestOceanBeforeCoast: a sea's name before "coast" ("on the Atlantic
// coast of Namibia") is the ocean, no town Atlantic in Iowa (coastName);
// "Atlantic, Iowa" stays the town.
func TestOceanBeforeCoast(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct {
		doc  string
		town bool
	}{
		{"The Crayfish Festival takes place every May in Lüderitz, on the Atlantic coast of Namibia.", false},
		{"The festival is held in Swakopmund, on the Atlantic coast.", false},
		{"He moved to Atlantic, Iowa, in 1990.", true},
	} {
		for _, p := range analyse(t, tc.doc).Places {
			if p.Name == "Atlantic" && (p.Status == StatusLocated) != tc.town {
				t.Errorf("%s: Atlantic is %s in %q", tc.doc, p.Status, p.Country)
			}
		}
	}
}
