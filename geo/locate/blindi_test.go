package locate

import "testing"

// TestEraIsNoCountry: "the second century AD" maps no Andorra, whose code
// is AD (text: eraMarker); "AD 106" neither.
func TestEraIsNoCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The villa at Khirbet Nuwayjis, 6 km north of Amman, was abandoned in the second century AD. Its bath was rebuilt in AD 106.")
	for _, p := range res.Places {
		if p.Name == "AD" {
			t.Errorf("AD mapped: %+v", p)
		}
	}
}

// TestFacilityQualifiers: a building named after its town may carry a
// qualifier before its kind ("Inverness Regional Hospital"); it is
// placed at the town as "Inverness Museum" is (namedAfterTown).
func TestFacilityQualifiers(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The cairn at Druim Fada lies 5 km west of Dingwall. A walker hurt there was flown to Inverness Regional Hospital.")
	for _, p := range res.Places {
		if p.Name == "Inverness Regional Hospital" && (p.Gazetteer == nil || p.Gazetteer.Country != "GB" || p.Feature != "hospital") {
			t.Errorf("Inverness Regional Hospital: %q %+v; want placed at Inverness", p.Feature, p.Gazetteer)
		}
	}
	for _, c := range []struct{ in, town, kind string }{
		{"Fairbanks Memorial Hospital", "Fairbanks", "hospital"},
		{"Kigali International Airport", "Kigali", "airport"},
		{"Juba Teaching Hospital", "Juba", "hospital"},
		{"Columbia University", "", ""},
		{"Museum", "", ""},
	} {
		if town, kind := namedAfterTown(c.in); town != c.town || kind != c.kind {
			t.Errorf("namedAfterTown(%q) = %q, %q; want %q, %q", c.in, town, kind, c.town, c.kind)
		}
	}
}
