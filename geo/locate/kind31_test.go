package locate

import "testing"

// TestKind31SeatNamedDivision: a South Asian tehsil, taluk, mandal or
// upazila the gazetteer does not hold, named with its kind word ("Ukhia
// Upazila", "Gujar Khan Tehsil"), is drawn at the town whose name it
// bears in a country the document names (seatNamedDivisions), as "X
// District" is drawn at its seat, and stays a place of its own beside
// the town; a tehsil whose stem names no town is left unresolved.
func TestKind31SeatNamedDivision(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct {
		doc, name string
		lat, lon  float64
	}{
		{"Floods displaced 2,000 families in Teknaf Upazila, Cox's Bazar, Bangladesh, on Monday.", "Teknaf Upazila", 20.858, 92.298},
		{"Schools in Bhadarwah Tehsil of Doda district, Jammu and Kashmir, stayed shut after the snowfall.", "Bhadarwah Tehsil", 32.979, 75.717},
		{"The new dairy plant in Chitral Tehsil, Khyber Pakhtunkhwa, Pakistan, opened in May.", "Chitral Tehsil", 35.852, 71.786},
	} {
		res := analyse(t, c.doc)
		p := placeNamed(t, res, c.name)
		if !p.HasPoint || abs(p.Point.Lat()-c.lat) > 0.05 || abs(p.Point.Lon()-c.lon) > 0.05 {
			t.Errorf("%q: %s at %v, want (%.3f, %.3f)", c.doc, c.name, p.Point, c.lat, c.lon)
		}
	}
	doc := "Relief reached Qwertabad Tehsil of Chakwal District, Punjab, Pakistan, on Friday."
	for _, p := range analyse(t, doc).Places {
		if p.Name == "Qwertabad Tehsil" && p.HasPoint {
			t.Errorf("%q: Qwertabad Tehsil drawn at %v, want unresolved", doc, p.Point)
		}
	}
}
