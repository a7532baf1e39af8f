package locate

import "testing"

// TestLead32DivisionCountry: a town the text measures from, in the country
// of a first-level division the text names, is no stray however far it
// lies from a country named for another reason (a donor, the home of a
// team): "Deminers from Slovenia, working in Tigray, … 18 km north-east
// of Adigrat" is Ethiopia's Adigrat, and the hamlet is placed from it
// (dropStrayAnchors, divisionCountries).
func TestLead32DivisionCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct{ doc, town, country, derived string }{
		{"Deminers from Slovenia, working in Tigray, cleared Mai Gwahla, a hamlet 18 km north-east of Adigrat.", "Adigrat", "ET", "Mai Gwahla"},
		{"A team funded by Japan and working in Oromia reached Gara Dima, a hamlet 15 km south of Shashemene.", "Shashemene", "ET", "Gara Dima"},
	} {
		res := analyse(t, c.doc)
		if p := placeNamed(t, res, c.town); p.Status != StatusLocated || p.Country != c.country {
			t.Errorf("%q: %s is %s in %q, want located in %s", c.doc, c.town, p.Status, p.Country, c.country)
		}
		if p := placeNamed(t, res, c.derived); p.Status != StatusLocated || p.Source != SourceDerived {
			t.Errorf("%q: %s is %s/%s, want located from %s", c.doc, c.derived, p.Status, p.Source, c.town)
		}
	}
}
