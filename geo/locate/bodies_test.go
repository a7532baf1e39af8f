package locate

import (
	"strings"
	"testing"

	"github.com/locus-gis/locus/geo/gazetteer"
)

// TestBodyCountryHint: the country a learned body serves ("the National
// Museum of Lebanon") is no place of the text, but, when nothing else
// names a country, it says which Tripoli the text means; a body named
// after a town ("the University of Pisa") leaves the town unmapped.
func TestBodyCountryHint(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Curators from the National Museum of Lebanon catalogued finds from a cave at Wadi Jhannam, 10 km east of Tripoli.")
	if p := placeNamed(t, res, "Tripoli"); p.Country != "LB" {
		t.Errorf("Tripoli in %q, want the Lebanese one", p.Country)
	}
	for _, f := range res.Places {
		if f.Name == "Lebanon" || f.Name == "National Museum" {
			t.Errorf("%q is a place of the text, want none: it is a body's name", f.Name)
		}
	}
	res = analyse(t, "A team from the University of Pisa surveyed a tomb 11 km south-west of Aswan.")
	for _, f := range res.Places {
		if f.Name == "Pisa" {
			t.Errorf("Pisa mapped, want none: it names the university")
		}
	}
}

// TestNamesakeOutsideStatedDivision: a name the text puts in a
// first-level division ("Juazeiro, Bahia") whose every namesake lies far
// outside it is a town the gazetteer lacks, not Juazeiro do Norte in
// Ceará, 200 km away: it is left unplaced with a note, and so is what is
// measured from it.
func TestNamesakeOutsideStatedDivision(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Growers in Juazeiro, Bahia, export grapes through Salvador.")
	if p := placeNamed(t, res, "Juazeiro"); p.Status != "unresolved" || !strings.Contains(p.Note, "outside Bahia") {
		t.Errorf("Juazeiro, Bahia: %q (%s), want unresolved, outside Bahia", p.Status, p.Note)
	}
	res = analyse(t, "The packing shed at Lagoa Seca, 9 km east of Juazeiro, Bahia, employs 200 people.")
	if p := placeNamed(t, res, "Lagoa Seca"); p.Source != SourceUnresolved {
		t.Errorf("Lagoa Seca placed from Juazeiro do Norte, want unplaced")
	}
}

// TestCurrencyCountryHint: prices in a currency one country issues say
// which country the text is about when nothing else does: a wool sale in
// A$ is at Hay in New South Wales, not Hay in Iraq.
func TestCurrencyCountryHint(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Wool sale report: Merino fleece from Glenlossie station, 60 km west of Hay, sold for A$14.20/kg clean.")
	if p := placeNamed(t, res, "Hay"); p.Country != "AU" {
		t.Errorf("Hay in %q, want AU", p.Country)
	}
}

// TestExactSpelling: a name written with letters outside ASCII, exactly
// as one namesake's own name, is that namesake when nothing else tells:
// "Mörön" is Mongolia's, not Morón in Cuba or Argentina, which fold to the
// same key; "Moron", in ASCII, earns no namesake the bonus, and within
// one country the spelling picks no namesake.
func TestExactSpelling(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Runners start from the ger camp at Toilogt, 100 km north of Mörön, and pass six checkpoints.")
	if p := placeNamed(t, res, "Mörön"); p.Country != "MN" {
		t.Errorf("Mörön in %q, want MN", p.Country)
	}
	// Within a country the spelling decides nothing: Goz-Beida, the
	// department's seat, not the hamlet GeoNames spells "Goz Béïda".
	res = analyse(t, "Le camp de réfugiés de Djabal-Est, à 8 km au sud de Goz Béïda, accueille 19 000 Soudanais.")
	if p := placeNamed(t, res, "Goz Béïda"); p.Country != "TD" || p.Point[1] > 13 {
		t.Errorf("Goz Béïda at %v in %q, want the seat near 12.2° N in TD", p.Point, p.Country)
	}
	c := gazetteer.Place{Name: "Morón"}
	if exactSpelling("Moron", c) || !exactSpelling("MORÓN", c) || exactSpelling("Mörön", c) {
		t.Errorf("exactSpelling: Moron, MORÓN, Mörön against Morón = %v, %v, %v; want false, true, false",
			exactSpelling("Moron", c), exactSpelling("MORÓN", c), exactSpelling("Mörön", c))
	}
}

// TestCloseNamesake: a namesake beside two places the text names, within
// Ranking.CloseKm, beats a renowned one abroad: Tripoli beside Sparta and
// Kalamata is Arcadia's, not Libya's capital, and Wellington beside
// Dubbo and Orange is the New South Wales town.
func TestCloseNamesake(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct{ doc, name, country string }{
		{"In 1821 the klephts gathered at Xerokambaki, a hamlet 8 km north-east of Sparta, before marching on Tripoli. Their leader had grown up near Kalamata.", "Tripoli", "GR"},
		{"Magistrates in Dubbo and Orange heard the case of a man arrested in Wellington after a chase.", "Wellington", "AU"},
	} {
		if p := placeNamed(t, analyse(t, c.doc), c.name); p.Country != c.country {
			t.Errorf("%s: %s in %q, want %s", c.doc, c.name, p.Country, c.country)
		}
	}
}
