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
