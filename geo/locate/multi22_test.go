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
