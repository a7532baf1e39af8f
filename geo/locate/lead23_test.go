package locate

import (
	"testing"
)

// TestStrayDivisionGivesTownsBack: a town put in a division that the
// gazetteer knows only in another country, far from every other place
// ("San Mariano, Isabela", Isabela a province of the Philippines and a
// municipality of Puerto Rico), is not left unplaced for lying outside
// that country: once the division is given up as a stray, the town takes
// back its namesakes.
func TestStrayDivisionGivesTownsBack(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for doc, town := range map[string]string{
		"The wounded were taken from San Mariano, Isabela, to a hospital in Cauayan City. The battalion's headquarters is in Tuguegarao.":                                                                            "San Mariano",
		"ILAGAN CITY, Isabela — Two soldiers were wounded in a clash with rebels on Sunday, the Army said. The wounded were airlifted to a hospital in Cauayan City. The battalion's headquarters is in Tuguegarao.": "ILAGAN CITY",
	} {
		res := analyse(t, doc)
		if p := placeNamed(t, res, town); !p.HasPoint || p.Country != "PH" {
			t.Errorf("%s: point %v in %q, want placed in PH", town, p.HasPoint, p.Country)
		}
		if p := placeNamed(t, res, "Isabela"); p.Country == "PR" {
			t.Errorf("Isabela put in Puerto Rico")
		}
	}
}
