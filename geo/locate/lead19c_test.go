package locate

import "testing"

// TestPlacedFromSubject: an unknown place a text states a known place lies
// at a distance from is placed from it (positioned, measuredFromAnchor):
//   - a division by its seat, as when the text measures from it: "… in the
//     Gambela region. Gambela town lies about 45 km east of the extension"
//     places Okugo Extension 45 km west of Gambela;
//   - a bay, as a lake: "Kingston, Ontario, lies about 25 km south of the
//     bay" places Loughborough Bay 25 km north of Kingston.
func TestPlacedFromSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct{ doc, name string }{
		{"UNHCR opened a new site, Okugo Extension, in the Gambela region. Gambela town lies about 45 km east of the extension.", "Okugo Extension"},
		{"The cottage at Loughborough Bay is old. Kingston, Ontario, lies about 25 km south of the bay.", "Loughborough Bay"},
	} {
		if p := placeNamed(t, analyse(t, tc.doc), tc.name); p.Status != StatusLocated {
			t.Errorf("%s: %s is %s (%s), want located", tc.doc, p.Name, p.Status, p.Note)
		}
	}
}

// TestListMemberNearOtherPlaces: a list member far from its siblings is
// kept when another place of the document lies near it: "… of
// Ballyknock, 10 km west of Ennis … her sons in Limerick and Boston,
// Massachusetts" is Ireland's Limerick (dropStrayListMembers), while
// "Sama and Koro" in a text on Mali is no town of Spain.
func TestListMemberNearOtherPlaces(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Bridie McMahon, of Ballyknock, a townland about 10 km west of Ennis, died on Sunday. She is missed by her sons in Limerick and Boston, Massachusetts.")
	if p := placeNamed(t, res, "Limerick"); p.Country != "IE" || p.Status != StatusLocated {
		t.Errorf("Limerick is %s in %q (%s), want located in IE", p.Status, p.Country, p.Note)
	}
	res = analyse(t, "Deux villages, Sama et Koro, ont été incendiés près de Bankass.")
	if p := placeNamed(t, res, "Sama"); p.Country == "ES" {
		t.Errorf("Sama beside Koro and Bankass is Spain's") // guard: edu19's class
	}
}
