package locate

import (
	"strings"
	"testing"

	"github.com/locus-gis/locus/geo"
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
		"ILAGAN CITY, Isabela — Two soldiers were wounded in a clash with rebels on Sunday, the Army said. The wounded were airlifted to a hospital in Cauayan City. The battalion's headquarters is in Tuguegarao.": "Ilagan City",
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

// TestCoastAdjectiveNoName: "the coastal town of Puttalam" measures the
// town to the coast; when the text does not say whose coast it is and
// several lie near, the coast is named by the countries it belongs to,
// not by the adjective.
func TestCoastAdjectiveNoName(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Kandegama is a village in the Kurunegala District of North Western Province, Sri Lanka. It is located 11 km south-west of Kurunegala, on the old road to Colombo. The nearest towns are Kurunegala and Kandy; the coastal town of Puttalam lies further to the north-west.")
	for _, p := range res.Places {
		if p.Feature == "coast" && !strings.HasPrefix(p.Name, "coast (") && !strings.HasSuffix(p.Name, " coast") {
			t.Errorf("coast named %q", p.Name)
		}
	}
}

// TestTighterAnchor: "Parakou se trouve à 12 km au sud de la ferme" places
// the farm, though its distance from Djougou, 115 km away, would place it
// too: a town with one namesake that bounds a place more tightly than its
// other distances is one of its anchors, not a place checked against where
// the looser distance puts it (which drew the farm 42 km from Parakou and
// reported the 12 km as holding).
func TestTighterAnchor(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "PARAKOU – La ferme avicole Sèwanou, lancée en 2021 par un jeune ingénieur agronome, produit désormais 12 000 œufs par jour. Parakou se trouve à 12 km au sud de la ferme, qui emploie une trentaine de jeunes. Les œufs sont vendus à Djougou, à quelque 115 km à l'ouest, et jusqu'à Cotonou.")
	farm, parakou := placeNamed(t, res, "Sèwanou"), placeNamed(t, res, "Parakou")
	if !farm.HasPoint || !parakou.HasPoint {
		t.Fatalf("Sèwanou or Parakou unplaced")
	}
	if km := geo.Distance(farm.Point, parakou.Point) / 1000; km < 8 || km > 15 {
		t.Errorf("Sèwanou is %.1f km from Parakou, want about 12", km)
	}
}
