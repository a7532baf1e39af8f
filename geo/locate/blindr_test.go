package locate

import "testing"

// TestNearbyCityOtherName: a bare name the text gives no sign of a place,
// near the document's anchors, is a city known under that name in
// another language (« les clients de Bruxelles » in a report from
// Soignies is Brussels; lookupNearbyNames), as it is a town under its
// own name.
func TestNearbyCityOtherName(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct{ doc, name, country string }{
		{"Le dépôt se trouve à 4 km au nord de Soignies. Les clients de Bruxelles pourront y retirer leurs commandes.", "Bruxelles", "BE"},
		{"Le refuge se trouve à 8 km à l'est de Nyon. Les randonneurs de Genève y montent le dimanche.", "Genève", "CH"},
	} {
		res := analyse(t, tc.doc)
		if p := placeNamed(t, res, tc.name); p.Status == StatusUnresolved || p.Country != tc.country {
			t.Errorf("%s: %s is %s in %q; want placed in %s", tc.doc, p.Name, p.Status, p.Country, tc.country)
		}
	}
}

// TestCountedCodeIsNoCountry: a code in capitals right after a number
// ("between 1 AM and 4 AM", "at 10 PM") is a time, not the country whose
// code it is (countedCode).
func TestCountedCodeIsNoCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Subscribers in Sagada and Banaue may lose service between 1 AM and 4 AM while the new site at Sitio Anabel, 11 km north-west of Bontoc, is switched on.")
	for _, p := range res.Places {
		if p.Name == "AM" {
			t.Errorf("AM mapped as %q in %s", p.Feature, p.Country)
		}
	}
	placeNamed(t, res, "Sagada")
}

// TestBodyNamesCountry: a national body named after its country ("the
// Botswana Predator Conservation Trust") names the document's country
// when nothing else does, and so chooses a namesake ("farmers near
// Nata": Botswana's, not Panama's Natá); the body is still no place
// (bodyCountry).
func TestBodyNamesCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Lions killed six cattle last week. The Botswana Predator Conservation Trust alerted farmers near Nata.")
	if p := placeNamed(t, res, "Nata"); p.Country != "BW" {
		t.Errorf("Nata in %s; want BW", p.Country)
	}
	for _, p := range res.Places {
		if p.Name == "Botswana" || p.Name == "Botswana Predator Conservation Trust" && p.Status != StatusUnresolved {
			t.Errorf("%s mapped (%s)", p.Name, p.Status)
		}
	}
}
