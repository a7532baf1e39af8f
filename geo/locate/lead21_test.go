package locate

import "testing"

// TestFarSmallAliasInNamedCountry: a small town found only under an
// alternate name, in a country the document names but more than
// Ranking.StrayKm from every other place, is no reading of the name
// ("traders in Bonfim, across the river in Brazil" by Lethem is not
// Silvânia in Goiás, 2,300 km away); a city so found keeps its entry
// (« Pékin » for Beijing, 2,500 km from Lhasa).
func TestFarSmallAliasInNamedCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Flooding has cut off a ranch 60 km north-east of Lethem. Food is flown from Georgetown, while traders in Bonfim, across the river in Brazil, have offered boats.")
	if p := placeNamed(t, res, "Bonfim"); p.HasPoint {
		t.Errorf("Bonfim placed at %v in %s, want unresolved", p.Point, p.Country)
	}
	res = analyse(t, "Des pèlerins de Lhasa sont partis pour Pékin, en Chine.")
	if p := placeNamed(t, res, "Pékin"); !p.HasPoint || p.Country != "CN" {
		t.Errorf("Pékin: point %v in %q, want Beijing", p.HasPoint, p.Country)
	}
}

// TestDivisionCodes: a code of two capitals that holds a town is the
// first-level division a namesake of the town lies in ("Sion (VS)" is
// Sion in Valais; "Ridgecrest, CA" is California), and never a country no
// namesake lies in ("Bardonecchia (TO)" is in Italy, not Tonga).
func TestDivisionCodes(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "À Sion (VS), la police a fermé le pont. A landslide hit Bardonecchia (TO) on Sunday. Ridgecrest, CA is 20 km from Trona.")
	for name, country := range map[string]string{"Sion": "CH", "VS": "CH", "Bardonecchia": "IT", "Ridgecrest": "US", "CA": "US"} {
		if p := placeNamed(t, res, name); !p.HasPoint || p.Country != country {
			t.Errorf("%s: point %v in %q, want %s", name, p.HasPoint, p.Country, country)
		}
	}
	if p := placeNamed(t, res, "TO"); p.HasPoint {
		t.Errorf("TO placed in %q, want unresolved", p.Country)
	}
}

// TestCycleConfirmsGazetteerFirst: when no place of a cycle can yet be
// placed, a gazetteer place is confirmed first and anchors the others: a
// camp named before the towns measured from it ("Conservators restored
// the camp at Podkosa. Knin lies about 9 km north of Podkosa, and Drniš
// 12 km south of Podkosa") is placed between them, as it is when the
// towns come first.
func TestCycleConfirmsGazetteerFirst(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Conservators restored the camp at Podkosa. Knin lies about 9 km north of Podkosa, and Drniš 12 km south of Podkosa.",
			place: "Podkosa", anchor: "Knin", country: "HR", km: 9, mapped: []string{"Drniš"}},
	})
}

// TestShortNameOfDerived: a short name the text only measures from is
// the longer name of the document, one word longer, that the gazetteer
// lacks too: "Tshipidi Pan, roughly 15 km south of Tsaukwe" measures from
// the derived Tsaukwe Pan.
func TestShortNameOfDerived(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "A borehole was drilled at Tsaukwe Pan, 40 km west of Maun. A second borehole is planned at Tshipidi Pan, roughly 15 km south of Tsaukwe.",
			place: "Tshipidi Pan", anchor: "Maun", country: "BW", km: 42.7},
	})
}
