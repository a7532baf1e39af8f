package locate

import "testing"

// TestAnchorInDivisionWithoutHull: a place put in a division that shares
// its name with a division without a hull ("Pará", also Para District of
// Suriname) still tells apart the namesakes of the place it is measured
// from: Altamira is the one in Pará, not the larger one in Mexico.
func TestAnchorInDivisionWithoutHull(t *testing.T) {
	res := analyse(t, "The riverside community of São Raimundo do Iriri lies 60 km upstream of Altamira, on the Xingu river in Pará.")
	if p := placeNamed(t, res, "Altamira"); p.Country != "BR" {
		t.Errorf("Altamira in %s, want BR", p.Country)
	}
}
