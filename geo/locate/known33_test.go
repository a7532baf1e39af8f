package locate

import (
	"testing"

	"github.com/paulmach/orb"
)

// TestKnown33FlightWorldCity: where someone flew to or from
// (text.Mention.Flight) is the world city of the name, not a small
// namesake near the document's other places; with no world city among
// the namesakes, or after a verb of another journey, the nearby namesake
// stays.
func TestKnown33FlightWorldCity(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	paris, london, parisTX := orb.Point{2.349, 48.853}, orb.Point{-0.126, 51.509}, orb.Point{-95.556, 33.661}
	checkNamesakes(t, []namesakeCase{
		{"Raised in Denison and Sherman, the pianist flew to Paris last spring to study at the Conservatoire.", "Paris", "FR", paris, 25},
		{"Born in Stratford and schooled in Sarnia, she flew to London in 1953 to see the coronation.", "London", "GB", london, 25},
		{"Né à Brantford, le peintre s'est envolé pour Paris en 1998 et n'est jamais revenu à Hamilton.", "Paris", "FR", paris, 25},
		{"From Sherman we drove to Paris and on to Denison the same day.", "Paris", "US", parisTX, 25},
	})
}
