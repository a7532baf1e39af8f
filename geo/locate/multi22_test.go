package locate

import "testing"

// TestMulti22StateAbbreviations: the Australian state abbreviations
// "Qld" and "Tas" and the Quebec abbreviation « Qc » after a town's name
// are the town's state (stateAbbreviations): "Clermont, Qld" is the
// Queensland town, not Clermont in France; "Richmond, Tas." the Tasmanian
// one, not Virginia's capital.
func TestMulti22StateAbbreviations(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "The Blair Athol camp lies 25 km north-west of Clermont, Qld.",
			place: "Blair Athol", anchor: "Clermont", country: "AU", km: 25},
		{doc: "The Nubeena farm lies 10 km south of Richmond, Tas.",
			place: "Nubeena", anchor: "Richmond", country: "AU", km: 10},
		{doc: "Le camp de la Baie est à 15 km au nord de Waterloo (Qc).",
			place: "Baie", anchor: "Waterloo", country: "CA", km: 15},
	})
}

// TestMulti22RoadCountry: the far end of a road the text names from a
// town is taken in that town's country when it has a namesake there
// (Ranking.RoadCountry): « sur la route de Rosso » from Saint-Louis is
// Rosso in Senegal, not the larger Rosso across the river in Mauritania.
func TestMulti22RoadCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, town, country string }{
		{"Un accident a fait trois morts à Ndiawdoune, à une quarantaine de kilomètres de Saint-Louis, sur la route de Rosso.", "Rosso", "SN"},
		{"The crash happened at Gandon, about 20 km from Saint-Louis on the road to Rosso.", "Rosso", "SN"},
	}
	for _, tt := range tests {
		t.Run(tt.town+" "+tt.country, func(t *testing.T) {
			res := analyse(t, tt.doc)
			if d := placeNamed(t, res, tt.town); d.Country != tt.country {
				t.Errorf("%s: %s is taken in %q, want %s", tt.doc, tt.town, d.Country, tt.country)
			}
		})
	}
}
