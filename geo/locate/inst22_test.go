package locate

import "testing"

// TestFacilityTownFarther: a building named after a town (namedAfterTown)
// that lies farther from the places the text names than nearNameKm is
// placed at the town all the same when a distance the text states to it
// fits the town (facilityTown), or, with no distance, when the town is
// the only one of its name in the country of the places the text names,
// or in the world when the text names no country;
// and a name such as "The Aberdeen Royal Infirmary" opening a sentence,
// with no word of place before it, is one too.
func TestFacilityTownFarther(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct {
		doc, name, country string
		lat, lon           float64
	}{
		{"The injured climber was flown from Hokitika to Christchurch Hospital, about 160 km to the south-east.", "Christchurch Hospital", "NZ", -43.53, 172.63},
		{"A child bitten near Katherine was flown to Darwin Hospital, about 270 km to the north-west.", "Darwin Hospital", "AU", -12.46, 130.84},
		// named after its town with nothing else said of it, a hospital
		// leaves the town (text.institutionTailStart)
		{"A stockman from Mulga Downs Station, 120 km north of Tennant Creek, was airlifted to Alice Springs Hospital.", "Alice Springs", "AU", -23.70, 133.88},
		{"A worker injured at Lake Argyle was flown to Kununurra Hospital and then to Broome Hospital, about 730 km to the south-west.", "Kununurra", "AU", -15.78, 128.74},
		{"A worker injured at Lake Argyle was flown to Kununurra Hospital and then to Broome Hospital, about 730 km to the south-west.", "Broome Hospital", "AU", -17.96, 122.24},
		{"Patients from Tennant Creek are flown to Royal Darwin Hospital, about 870 km to the north.", "Royal Darwin Hospital", "AU", -12.46, 130.84},
		{"Townsville University Hospital treated two miners from a camp 40 km west of Charters Towers.", "Townsville University Hospital", "AU", -19.27, 146.81},
		{"The Aberdeen Royal Infirmary received a fisherman rescued 30 km east of Peterhead. Fraserburgh lifeboat crews found him.", "Aberdeen", "GB", 57.14, -2.10},
	} {
		res := analyse(t, c.doc)
		p := placeNamed(t, res, c.name)
		if p.Gazetteer == nil || p.Gazetteer.Country != c.country || !p.HasPoint || abs(p.Point.Lat()-c.lat) > 0.1 || abs(p.Point.Lon()-c.lon) > 0.1 {
			t.Errorf("%q: %s at %v (%+v), want at the town in %s (%.2f, %.2f)", c.doc, c.name, p.Point, p.Gazetteer, c.country, c.lat, c.lon)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
