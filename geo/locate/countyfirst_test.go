package locate

import "testing"

// TestCountyFirst: "County Dublin" and "Co. Antrim", the county before its
// name, are Irish or Northern Irish. A county elsewhere whose seat bears
// the name (Laurens County, Georgia, seated at Dublin) is no reading of
// it, and a county GeoNames no longer holds (County Dublin, split in 1994)
// is its town. Police forces named by a word of their own are no places.
// A Welsh county GeoNames writes in Welsh ("Sir Powys"), or an Irish one
// in Irish ("Uíbh Fhailí"), is found by its English name.
func TestCountyFirst(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Gardaí are searching farmland near Ballyboghil, County Dublin, about 8 km west of Rush.",
			place: "Ballyboghil", anchor: "Rush", country: "IE", km: 8, notPlaces: []string{"Gardaí"}},
		{doc: "A farmer was injured at Drumaroad, Co. Down, some 10 km south-west of Downpatrick, the PSNI said.",
			place: "Drumaroad", anchor: "Downpatrick", country: "GB", km: 10},
		{doc: "The former chapel at Pen-y-bont, 4 miles north of Newtown, Powys, sold for £92,000 to a couple from Shrewsbury.",
			place: "Pen-y-bont", anchor: "Newtown", country: "GB", km: 6.44, mapped: []string{"Powys", "Shrewsbury"}},
		{doc: "A barn burned at Cloncant, Co. Offaly, some 6 km south-west of Kilcormac; a second fire was reported near Ballyjamesduff, Co. Cavan.",
			place: "Cloncant", anchor: "Kilcormac", country: "IE", km: 6, mapped: []string{"Co. Offaly", "Co. Cavan"}},
		{doc: "The Carabinieri found the stolen lorry at Masseria Pozzillo, some 12 km south of Matera.",
			place: "Masseria Pozzillo", anchor: "Matera", country: "IT", km: 12, notPlaces: []string{"Carabinieri"}},
	})
}
