package text

import "testing"

// TestTownProperOf: "15 kilometers east of the town proper of San
// Mariano" measures from San Mariano, as "the poblacion of" does: a
// Philippine municipality's town proper is the town.
func TestTownProperOf(t *testing.T) {
	checkDistance(t, "Two soldiers were wounded in Sitio Kalabuwan, some 15 kilometers east of the town proper of San Mariano, on Sunday.", "Kalabuwan", "San Mariano")
	checkDistance(t, "The clash took place at Sitio Maglalang, 8 km north of the city proper of Ilagan.", "Maglalang", "Ilagan")
}

// TestNamelessOnHolding: a nameless place on a holding whose name ends
// with its kind ("a remote line camp on the Alder Creek Ranch, about 30
// miles north of Ely") is on the holding, and the distance places the
// holding; a road or a river after "on" still leaves the distance to the
// nameless place before it.
func TestNamelessOnHolding(t *testing.T) {
	checkDistance(t, "A rancher was found dead Wednesday at a remote line camp on the Alder Creek Ranch, about 30 miles north of Ely, the sheriff said.", "Alder Creek Ranch", "Ely")
	checkDistance(t, "Hikers found a tent on the Kaweka Forest Park, 20 km west of Napier.", "Kaweka Forest Park", "Napier")
	checkDistance(t, "A rancher was found dead at a farm on the Omaha Road, about 30 miles north of Garissa.", "a farm", "Garissa")
	checkDistance(t, "A rancher was found dead at a farm on the Tana River, about 30 miles north of Garissa.", "a farm", "Garissa")
}
