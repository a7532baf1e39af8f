package locate

import "testing"

// TestContainerOfMeasured: a containment written after the place a
// distance is measured from belongs to the place measured when no
// namesake of the first lies in the container, and stays the first's when
// one does.
func TestContainerOfMeasured(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, phrase, subject, country string }{
		// Ulaanbaatar is no town of Övörkhangai: Kharkhorin is.
		{"Kharkhorin lies about 360 km west of Ulaanbaatar in Övörkhangai Province.", "Ulaanbaatar in Övörkhangai Province", "Kharkhorin", "MN"},
		// Kabul is not in Logar; the camp the text places is.
		{"The camp lies about 40 km south of Kabul in Logar Province.", "Kabul in Logar Province", "The camp", "AF"},
		// Lebanon holds a Tripoli: the containment stays the anchor's and
		// chooses it (it is read as the namesake's, not checked).
		{"The camp lies about 12 km north of Tripoli in Lebanon.", "", "", "LB"},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		found := false
		for _, c := range res.Checks {
			if c.Phrase != tt.phrase {
				continue
			}
			found = true
			if c.Subject == nil || c.Subject.Name != tt.subject {
				t.Errorf("%s: %q is about %v, want %s", tt.doc, c.Phrase, c.Subject, tt.subject)
			}
			if v := c.Verdict(); v != VerdictHolds {
				t.Errorf("%s: %q %s (%s)", tt.doc, c.Phrase, v, c.Note)
			}
		}
		if !found && tt.phrase != "" {
			t.Errorf("%s: no check of %q", tt.doc, tt.phrase)
		}
		for _, c := range res.Checks {
			for _, p := range []*Place{c.Subject, c.Object} {
				if p != nil && p.Country != "" && p.Country != tt.country {
					t.Errorf("%s: %s placed in %s, want %s", tt.doc, p.Name, p.Country, tt.country)
				}
			}
		}
	}
}

// TestPolishCountyStubs: the county of an English article on a Polish
// village is found and holds the village, whether GeoNames gives the
// county's seat a PPLA2 or not.
func TestPolishCountyStubs(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, phrase string }{
		{"Dąbrowa is a village in the administrative district of Gmina Kłodzko, within Kłodzko County, Lower Silesian Voivodeship, in south-western Poland. It lies approximately 5 kilometres (3 mi) north-east of Kłodzko and 80 km (50 mi) south of the regional capital Wrocław.",
			"Kłodzko County, Lower Silesian Voivodeship"},
		{"Kamionka is a village in the administrative district of Gmina Sulejów, within Piotrków County, Łódź Voivodeship, in central Poland. It lies approximately 7 kilometres (4 mi) south-east of Sulejów and 59 km (37 mi) south-east of the regional capital Łódź.",
			"Piotrków County, Łódź Voivodeship"},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		found := false
		for _, c := range res.Checks {
			if c.Phrase == tt.phrase {
				found = true
				if v := c.Verdict(); v != VerdictHolds {
					t.Errorf("%q %s (%s)", c.Phrase, v, c.Note)
				}
			}
		}
		if !found {
			t.Errorf("no check of %q", tt.phrase)
		}
	}
}

// TestKindOfCountry: "the northernmost village of Finland" names no town
// Finland: with none in the gazetteer, the name is the country.
func TestKindOfCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Nuorgam is the northernmost village of Finland, about 45 km north-east of Utsjoki on the Norwegian border.")
	if p := placeNamed(t, res, "Finland"); p.Feature != "country" || p.Country != "FI" {
		t.Errorf("Finland is a %q in %q, want the country FI", p.Feature, p.Country)
	}
}

// TestStrayAnchorCountriesOnly: with no other place's point to judge by,
// the country a division names is enough to give up a town measured from
// on another continent.
func TestStrayAnchorCountriesOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Militants attacked Mocímboa da Praia and Palma again on Saturday. The village of Quitunda lies 6 km south of Palma, near the gas project.")
	if p := placeNamed(t, res, "Palma"); p.HasPoint && p.Country != "MZ" {
		t.Errorf("Palma placed in %s, want given up (no Palma of Mozambique in the gazetteer)", p.Country)
	}
	if p := placeNamed(t, res, "Quitunda"); p.HasPoint {
		t.Errorf("Quitunda placed at %v, want unplaced", p.Point)
	}
}
