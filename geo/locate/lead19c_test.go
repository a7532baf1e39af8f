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
