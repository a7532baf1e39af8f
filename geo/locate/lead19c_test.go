package locate

import "testing"

// TestDivisionSubjectBySeat: a division the text says lies at a distance
// from an unknown place anchors it by its seat, as it does when the text
// measures from it: "… in the Gambela region. Gambela town lies about 45
// km east of the extension" places Okugo Extension 45 km west of Gambela
// (positioned).
func TestDivisionSubjectBySeat(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "UNHCR opened a new site, Okugo Extension, in the Gambela region. Gambela town lies about 45 km east of the extension.")
	if p := placeNamed(t, res, "Okugo Extension"); p.Status != StatusLocated {
		t.Errorf("Okugo Extension is %s (%s), want located", p.Status, p.Note)
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

// TestBayMeasuredFromTown: a bay a gazetteer town is stated to lie at a
// distance and direction from is placed from that town, as a lake is
// (measuredFromAnchor): "Kingston, Ontario, lies about 25 km south of the
// bay" places Loughborough Bay 25 km north of Kingston.
func TestBayMeasuredFromTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The cottage at Loughborough Bay is old. Kingston, Ontario, lies about 25 km south of the bay.")
	if p := placeNamed(t, res, "Loughborough Bay"); p.Status != StatusLocated {
		t.Errorf("Loughborough Bay is %s (%s), want located", p.Status, p.Note)
	}
}
