package locate

import "testing"

// TestVill23SubdistrictSeat: in village stubs of South Asia, the Middle
// East and North Africa the seat of the sub-district or governorate the
// text names stands for its town: "the mandal headquarters", "the tehsil
// headquarters", "the taluk headquarters", "the upazila headquarters",
// "the governorate capital" (lexicon/en/roles.tsv); a tehsil or upazila
// the gazetteer does not hold ("Talagang Tehsil", "Sarishabari Upazila")
// has its seat in the town whose name it bears (stemTown), a sadar
// (headquarters) upazila in the district's town ("Satkhira Sadar
// Upazila" in Satkhira, not the Kalikapur of India); « le chef-lieu
// de la daïra » is the daïra's seat, not the wilaya's named after it
// (bareSeatAt); « le centre de la commune » is the commune's town
// (lexicon/fr/roles.tsv). The villages are invented; the point is where the stated
// distance from the seat puts them.
func TestVill23SubdistrictSeat(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct {
		doc, name string
		lat, lon  float64
	}{
		{"Chinna Gudem is a village in Jangaon mandal of Jangaon district, Telangana, India. It is located 18 km north of the mandal headquarters.", "Chinna Gudem", 17.888, 79.152},
		{"Dhok Pathan is a village in Talagang Tehsil of Chakwal District, Punjab, Pakistan. It lies 22 km north of the tehsil headquarters.", "Dhok Pathan", 33.126, 72.416},
		{"Honnavalli is a village in Tiptur taluk of Tumkur district, Karnataka. It is 12 km east of the taluk headquarters.", "Honnavalli", 13.256, 76.588},
		{"Char Gopalpur is a village in Sarishabari Upazila of Jamalpur District, Bangladesh. It is 8 km west of the upazila headquarters.", "Char Gopalpur", 24.751, 89.752},
		{"Kalikapur is a village in Satkhira Sadar Upazila of Satkhira District in the Khulna Division of Bangladesh. It is 9 km south of the upazila headquarters.", "Kalikapur", 22.627, 89.072},
		{"Bani Hammad is a village in Ibb Governorate, Yemen. It lies 30 km north of the governorate capital.", "Bani Hammad", 14.237, 44.183},
		{"Douar El Kherba est un village de la daïra d'Aïn Oussera, wilaya de Djelfa. Il est situé à 20 km au sud du chef-lieu de la daïra.", "Douar El Kherba", 35.271, 2.906},
		{"Tizi est un village de la commune de Tafraout, situé à 15 km au nord-est du centre de la commune.", "Tizi", 29.820, -8.865},
		{"Tizi est un village de la commune rurale de Tafraout, dans la province de Tiznit, au Maroc. Il est situé à 12 km au nord du chef-lieu de la commune.", "Tizi", 29.832, -8.975},
	} {
		res := analyse(t, c.doc)
		p := placeNamed(t, res, c.name)
		if !p.HasPoint || abs(p.Point.Lat()-c.lat) > 0.03 || abs(p.Point.Lon()-c.lon) > 0.03 {
			t.Errorf("%q: %s at %v, want (%.3f, %.3f)", c.doc, c.name, p.Point, c.lat, c.lon)
		}
	}
}

// TestVill23RingSide: a village the text puts at a distance from a town
// with no direction lies on the side of that ring where a second town,
// stated at a distance and in a direction from it, puts it ("The nearest
// town is Tiptur, 12 km away. The district headquarters, Tumkur, is 80 km
// to the east." is 12 km west of Tiptur), not on the ring's most settled
// side with Tumkur only checked against it (bearsOnRing).
func TestVill23RingSide(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	doc := "Honnavalli is a village in Tiptur taluk of Tumkur district, Karnataka, India. The nearest town is Tiptur, 12 km away. The district headquarters, Tumkur, is 80 km to the east."
	p := placeNamed(t, analyse(t, doc), "Honnavalli")
	if !p.HasPoint || abs(p.Point.Lat()-13.246) > 0.03 || abs(p.Point.Lon()-76.376) > 0.03 {
		t.Errorf("Honnavalli at %v, want (13.246, 76.376), 12 km west of Tiptur", p.Point)
	}
}
