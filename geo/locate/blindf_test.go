package locate

import "testing"

// TestNearbyNames: a name the text gives no sign of a place, that opens no
// sentence, is the populated place of that name near the places the text
// is about (lookupNearbyNames): « le parquet de Mende » in a report from
// Millau, "a rancher, 52, of Fort Davis" in one from Marfa, « des guides
// de Chapais » in one from Chibougamau. A namesake far away is not taken.
func TestNearbyNames(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Un randonneur a été retrouvé près de la bergerie de Combe-Nègre, à 6 km au sud de Millau. Le parquet de Mende a ouvert une enquête.",
			place: "Combe-Nègre", anchor: "Millau", country: "FR", km: 6, mapped: []string{"Mende"}},
		{doc: "Deputies found the stolen trailer at the Tres Lomas Ranch, 14 miles south of Marfa. The owner, a rancher, 52, of Fort Davis, said it was taken overnight.",
			place: "Tres Lomas Ranch", anchor: "Marfa", country: "US", km: 22.5, mapped: []string{"Fort Davis"}},
		{doc: "Deux chasseurs se sont égarés près du camp Wachigabau, à 40 km au sud de Chibougamau. Des guides de Chapais ont participé aux recherches.",
			place: "Wachigabau", anchor: "Chibougamau", country: "CA", km: 40, mapped: []string{"Chapais"}},
	})
	for _, tc := range []struct{ doc, name string }{
		{"Un randonneur a été retrouvé près de la bergerie de Combe-Nègre, à 6 km au sud de Millau. Selon Mende Dupont, il faisait nuit.", "Mende"},
		// A product after an article, and a name inside another's.
		{"A Cheddar from a Somerset farm won gold. The dairy at Blackmoor Cross, 6 km west of Wells, ships to Bristol.", "Cheddar"},
		{"Le Camembert et le Livarot ont brillé. La fromagerie des Noës, à 6 km à l'ouest de Vimoutiers, vend aux crémiers de Lisieux.", "Livarot"},
		{"Events marking the Treaty of Waitangi were held. A new marae at Kawakawa Ridge, 10 km south of Paihia, welcomed visitors.", "Waitangi"},
	} {
		res := analyse(t, tc.doc)
		for _, p := range res.Places {
			if p.Name == tc.name && p.Source == SourceGazetteer {
				t.Errorf("%s: %s is mapped as the town: %+v", tc.doc, tc.name, p)
			}
		}
	}
}

// TestEmptyLandNearest: a place the text puts in a first-level division
// and that lies far outside the hull of its known towns, in a land with
// no settlement within nearestSearchKm, still holds when its nearest
// settlement, searched wider, is in that division.
func TestEmptyLandNearest(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Kekuli Lake Mine is a former diamond mine in the Northwest Territories, Canada. It is located about 290 kilometres north-east of Yellowknife.")
	n := 0
	for _, c := range res.Checks {
		if c.Relation == "in" && c.Object != nil && c.Object.Name == "Northwest Territories" {
			n++
			if !c.Satisfied {
				t.Errorf("in the Northwest Territories: not satisfied (%.0f km, %q)", c.ResidualKm, c.Note)
			}
		}
	}
	if n == 0 {
		t.Error("no check of the Northwest Territories")
	}
}

// TestOblastAndCity: "Kupiansk in Kharkiv oblast … evacuated to Kharkiv"
// names two places, the oblast and the city, as "the Turkistan region …
// Turkistan" does (rejoinDivisions keeps them apart: the oblast's seat is
// the most populous Kharkiv).
func TestOblastAndCity(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Drones struck Izium in Kharkiv oblast overnight. Forty residents were evacuated to Kharkiv.")
	var region, city bool
	for _, p := range res.Places {
		if p.Name != "Kharkiv" {
			continue
		}
		switch p.Feature {
		case "region":
			region = true
		default:
			city = city || p.Source == SourceGazetteer && p.HasPoint
		}
	}
	if !region || !city {
		t.Errorf("Kharkiv: region %v, city %v; want both", region, city)
	}
}
