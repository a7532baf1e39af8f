package locate

import (
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestNameForms checks end to end that places written in the forms the
// world writes them (particles cut with an apostrophe, Italian elisions,
// an elided French article before "Oued", a division named "X and Y") are
// located from the right anchor at the stated distance.
func TestNameForms(t *testing.T) {
	for _, tt := range []struct {
		doc, located, anchor, country string
		km                            float64
	}{
		{"Ta' Ħżejjeġ is a rural locality in central Malta, 2 km north of Attard, close to the national stadium at Ta' Qali.",
			"Ta' Ħżejjeġ", "Attard", "MT", 2},
		{"Borgo dell'Ortica is a frazione in the Abruzzo region of central Italy. It lies 11 km east of L'Aquila, on the road to San Demetrio ne' Vestini.",
			"Borgo dell'Ortica", "L'Aquila", "IT", 11},
		{"Le village d'Ouled Sidi Mihoub-Djedid se trouve à 12 km au nord d'Oued Rhiou, dans la wilaya de Relizane, en Algérie.",
			"Ouled Sidi Mihoub-Djedid", "Oued Rhiou", "DZ", 12},
		{"Bell's Cove is an abandoned outport on the Avalon Peninsula, about 25 km southwest of St. John's, Newfoundland and Labrador.",
			"Bell's Cove", "St. John's", "CA", 25},
	} {
		res := analyse(t, tt.doc)
		a := placeNamed(t, res, tt.anchor)
		x := placeNamed(t, res, tt.located)
		if a.Country != tt.country || !a.HasPoint || !x.HasPoint {
			t.Errorf("%q: %s in %q (point %v), %s (point %v); want %s", tt.doc, tt.anchor, a.Country, a.HasPoint, tt.located, x.HasPoint, tt.country)
			continue
		}
		if d := geo.Distance(a.Point, x.Point) / 1000; d < tt.km*0.85 || d > tt.km*1.15 {
			t.Errorf("%q: %s lies %.1f km from %s, want %.0f", tt.doc, tt.located, d, tt.anchor, tt.km)
		}
	}
	res := analyse(t, "Bell's Cove is an outport 25 km southwest of St. John's, Newfoundland and Labrador.")
	for _, p := range res.Places {
		if p.Name == "Labrador" {
			t.Errorf("Labrador mapped alone (%s), want Newfoundland and Labrador whole", p.Country)
		}
	}
}

// TestOpenAnchorSettled checks that of two namesakes of an anchor that
// rank close, the one from which the located place can lie as the text
// says from its other anchor is taken: Brühl by Cologne, not Brühl by
// Mannheim.
func TestOpenAnchorSettled(t *testing.T) {
	res := analyse(t, "Le village de Sankt Johann-am-Wald se trouve à 20 km au sud de Cologne (Köln), près de Brühl, en Allemagne.")
	b := placeNamed(t, res, "Brühl")
	if b.Gazetteer == nil || b.Gazetteer.Admin1 != "North Rhine-Westphalia" {
		t.Errorf("Brühl = %+v, want the one in North Rhine-Westphalia", b.Gazetteer)
	}
	for _, ch := range res.Checks {
		if ch.Verdict() != VerdictHolds {
			t.Errorf("check %q is %s, want holds", ch.Phrase, ch.Verdict())
		}
	}
}

// TestVietnamDistrictSeat checks that a Vietnamese district, whose
// first-level code no place of cities500 carries, is drawn at the one town
// of its name.
func TestVietnamDistrictSeat(t *testing.T) {
	res := analyse(t, "Tan Thanh Dong-B is a hamlet 30 km north-west of Ho Chi Minh City, in Cu Chi district, Vietnam.")
	c := placeNamed(t, res, "Cu Chi")
	if !c.HasPoint || geo.Distance(c.Point, [2]float64{106.49325, 10.97333}) > 5000 {
		t.Errorf("Cu Chi = %v %v (%s), want the town of Củ Chi", c.HasPoint, c.Point, c.Note)
	}
}
