package locate

import (
	"math"
	"testing"

	"github.com/locus-gis/locus/geo"
)

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

// TestRelationForms places, from the text alone, an unknown place stated
// in the forms writers give relations in: chains closed by "itself" or «
// elle-même », "which in turn", a bracket after the anchor that opens its
// clause, a late subject after « se trouve le lac X », « le récif X »,
// "across the Zambezi from X", "the kasbah of X", « du chantier de X ».
// Each must lie within 15% of the stated distance (at least 1 km) and,
// when a side is stated, within 30 degrees of it.
func TestRelationForms(t *testing.T) {
	for _, c := range []struct {
		doc, place, anchor string
		km, az             float64 // az < 0: no side stated
	}{
		{"Le poste de santé de Ngoura-Kambélé, à 12 km à l'ouest de Mbélé-Gare, elle-même à 40 km au nord de Bertoua, a rouvert ses portes lundi.",
			"Mbélé-Gare", "Bertoua", 40, 0},
		{"Le poste de santé de Ngoura-Kambélé, à 12 km à l'ouest de Mbélé-Gare, elle-même à 40 km au nord de Bertoua, a rouvert ses portes lundi.",
			"Ngoura-Kambélé", "Bertoua", 41.8, 343},
		{"The camp at Bir Tawal, 15 km south of Ain Gedid, which in turn lies 40 km west of Faya-Largeau, was resupplied by air.",
			"Ain Gedid", "Faya-Largeau", 40, 270},
		{"Le ksar de Tinerkouk-Est est isolé : Timimoun (à 30 km au sud-est) est la ville la plus proche, et la piste est souvent ensablée.",
			"Tinerkouk-Est", "Timimoun", 30, 315},
		{"À quelque 25 km au nord-ouest de Chibougamau se trouve le camp minier du lac Taché-Nord, ouvert en 1957.",
			"Taché-Nord", "Chibougamau", 25, 315},
		{"Le récif Tabou-Ouest se trouve à 15 milles nautiques au nord-ouest de Nouméa, en Nouvelle-Calédonie.",
			"Tabou-Ouest", "Nouméa", 27.8, 315},
		{"The fishing village of Ngome-Kasaka sits across the Zambezi from Katima Mulilo, and is reached by boat.",
			"Ngome-Kasaka", "Katima Mulilo", 0, -1},
		{"About 12 miles northeast of Ouarzazate lies the kasbah of Aït Kherbouch, a mud-brick fortress restored in 2019.",
			"Aït Kherbouch", "Ouarzazate", 19.3, 45},
		{"Kayes se situe à 35 km à l'ouest du chantier de Sékokoto-Bas, où travaillent quelque 300 ouvriers.",
			"Sékokoto-Bas", "Kayes", 35, 90},
		{"The hot spring at Aek Rangat Hutabarat lies about 5 km north of Tarutung, in the Batak highlands of North Sumatra.",
			"Aek Rangat Hutabarat", "Tarutung", 5, 0},
	} {
		res := analyse(t, c.doc)
		p, a := placeNamed(t, res, c.place), placeNamed(t, res, c.anchor)
		if !p.HasPoint || !a.HasPoint {
			t.Errorf("%q: %s or %s has no point", c.doc, c.place, c.anchor)
			continue
		}
		km := geo.Distance(a.Point, p.Point) / 1000
		if math.Abs(km-c.km) > math.Max(0.15*c.km, 1) {
			t.Errorf("%q: %s %.1f km from %s, want %.1f", c.doc, c.place, km, c.anchor, c.km)
		}
		if az := geo.Azimuth(a.Point, p.Point); c.az >= 0 && math.Abs(geo.AngleDiff(az, c.az)) > 30 {
			t.Errorf("%q: %s at %.0f° from %s, want %.0f°", c.doc, c.place, az, c.anchor, c.az)
		}
	}
	res := analyse(t, "The hot spring at Aek Rangat Hutabarat lies about 5 km north of Tarutung, in the Batak highlands of North Sumatra.")
	for _, p := range res.Places {
		if p.Name == "Batak" && p.HasPoint {
			t.Errorf("Batak mapped at %v: the highlands' qualifier is no place", p.Point)
		}
	}
}
