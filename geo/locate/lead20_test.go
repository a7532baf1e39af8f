package locate

import (
	"testing"

	"github.com/paulmach/orb/geo"
)

// TestNamesakesApart: a name written with two different containers is two
// places, and a bare mention between them is the one named before it
// ("12 miles south of Dublin" after "Dublin, Georgia"); a name written
// with its container twice is one place.
func TestNamesakesApart(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	doc := "James Tucker, 79, of Dublin, Georgia, passed away Saturday. Born on a farm at Turkey Creek Crossing, about 12 miles south of Dublin, he worked for the railroad in Macon. He once traveled to Dublin, Ireland, with his wife."
	res := analyse(t, doc)
	countries := map[string]bool{}
	for _, p := range res.Places {
		if p.Name == "Dublin" {
			countries[p.Country] = true
		}
	}
	if !countries["US"] || !countries["IE"] || len(countries) != 2 {
		t.Errorf("Dublin, Georgia and Dublin, Ireland: Dublins in %v, want US and IE", countries)
	}
	farm := placeNamed(t, res, "Turkey Creek Crossing")
	var us *Place
	for _, p := range res.Places {
		if p.Name == "Dublin" && p.Country == "US" {
			us = p
		}
	}
	if us == nil || !farm.HasPoint {
		t.Fatalf("no Dublin in the US or no point for the farm")
	}
	if d := geo.Distance(us.Point, farm.Point) / 1000; d < 17 || d > 22 {
		t.Errorf("Turkey Creek Crossing is %.1f km from Dublin, Georgia, want about 19", d)
	}
	// guard: an agency's abbreviation of the state is the same container.
	res = analyse(t, "LEBANON, Pa. — A creamery opened at Quittie Creek Farm, about 8 miles northeast of Lebanon, Pennsylvania.")
	for _, p := range res.Places {
		if p.Name == "Lebanon" || p.Name == "LEBANON" {
			if p.Country != "US" {
				t.Errorf("LEBANON, Pa. … Lebanon, Pennsylvania: a Lebanon in %q", p.Country)
			}
		}
	}
	// guard: the same container twice is one place.
	res = analyse(t, "Tonopah, Nevada, lies on US 95. A ranch 20 km north of Tonopah, Nevada, burned.")
	n := 0
	for _, p := range res.Places {
		if p.Name == "Tonopah" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("Tonopah, Nevada written twice: %d places, want 1", n)
	}
}

// TestNamesakeBareBeforeContainer: a name written bare and only later with
// a container is two places when the contained namesake lies beyond
// Ranking.StrayKm of every other town the document names and the bare
// one near one ("… south-west of Valladolid on the road to Tordesillas …
// a bar in Valladolid, Yucatán"); otherwise the container names every
// mention's place (rejoinApart).
func TestNamesakeBareBeforeContainer(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "At Finca El Carrascal, between 18 and 22 km south-west of Valladolid on the road to Tordesillas, the Alonso family grows verdejo. Their bottles are poured in Madrid and in a bar in Valladolid, Yucatán.")
	countries := map[string]bool{}
	for _, p := range res.Places {
		if p.Name == "Valladolid" {
			countries[p.Country] = true
		}
	}
	if !countries["ES"] || !countries["MX"] {
		t.Errorf("Valladolid … Valladolid, Yucatán: Valladolids in %v, want ES and MX", countries)
	}
	if p := placeNamed(t, res, "Finca El Carrascal"); !p.HasPoint || p.Point[1] < 40 || p.Point[1] > 43 {
		t.Errorf("Finca El Carrascal at %v, want near Valladolid, Spain", p.Point)
	}
	for _, doc := range []string{
		"Police in Portland said a man was arrested. The Portland, Maine, department gave no name. A farm 10 km north of Portland burned.",
		"Police in Springfield said a man was arrested. The Springfield, Illinois, department gave no name.",
	} {
		n, country := 0, ""
		for _, p := range analyse(t, doc).Places {
			if p.Name == "Portland" || p.Name == "Springfield" {
				n, country = n+1, p.Country
			}
		}
		if n != 1 || country != "US" {
			t.Errorf("%q: %d places of the name, want 1 in the US", doc, n)
		}
	}
}

// TestShortNameJoined: a name the gazetteer does not hold that opens a
// longer name of the document the gazetteer holds is that place
// ("Namche" for "Namche Bazaar"), so that a distance from it is measured.
func TestShortNameJoined(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The walk to Namche Bazaar takes two days. Tengboche monastery sits at 3,867 m, about 8 km north-east of Namche.")
	for _, p := range res.Places {
		if p.Name == "Namche" {
			t.Errorf("Namche is a place of its own (%s)", p.Status)
		}
	}
	if p := placeNamed(t, res, "Tengboche"); !p.HasPoint {
		t.Errorf("Tengboche is not placed from Namche Bazaar")
	}
}

// TestStrayAnchorYields: a place measured from a namesake far from every
// other town of the document, while its own namesake lies among them, is
// kept, and the anchor is located from it (strayAnchorYields).
func TestStrayAnchorYields(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Le mayen des Crêtes a été restauré par une famille de Sierre. Sion se trouve à 9 km au sud-ouest du mayen. La clé est à retirer à Martigny.")
	if p := placeNamed(t, res, "Sion"); p.Country != "CH" || p.Status != StatusLocated {
		t.Errorf("Sion: %s in %q, want located in CH", p.Status, p.Country)
	}
	if p := placeNamed(t, res, "Crêtes"); !p.HasPoint || p.Point[0] < 7 || p.Point[0] > 8 {
		t.Errorf("Crêtes at %v, want 9 km north-east of Sion", p.Point)
	}
}

// TestNamesakesApartFrench: containers after a comma and a French
// preposition tell namesakes apart too (« Dieppe, au Nouveau-Brunswick …
// Dieppe, en Normandie »; containerJoin).
func TestNamesakesApartFrench(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Le complexe sportif de Dieppe, au Nouveau-Brunswick, sera construit à Saint-Anselme-Nord, à environ 6 km au nord-est de Dieppe. La ville, voisine de Moncton, est jumelée avec Dieppe, en Normandie.")
	countries := map[string]bool{}
	for _, p := range res.Places {
		if p.Name == "Dieppe" {
			countries[p.Country] = true
		}
	}
	if !countries["CA"] || !countries["FR"] {
		t.Errorf("Dieppe, au Nouveau-Brunswick … Dieppe, en Normandie: Dieppes in %v, want CA and FR", countries)
	}
	if p := placeNamed(t, res, "Saint-Anselme-Nord"); !p.HasPoint || p.Point[0] > -60 {
		t.Errorf("Saint-Anselme-Nord at %v, want in New Brunswick", p.Point)
	}
}

// TestNamedTwiceNoStray: a place the text names under two of its names
// is no stray for lying far from the rest ("60 km west of McMurdo
// Station … a freezer at McMurdo", beside Christchurch; namedTwice).
func TestNamedTwiceNoStray(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The drilling camp at Discovery Ridge, about 60 km west of McMurdo Station, was evacuated. The researchers will return to Christchurch, New Zealand. Cores are stored in a freezer at McMurdo.")
	if p := placeNamed(t, res, "McMurdo Station"); p.Country != "AQ" || !p.HasPoint {
		t.Errorf("McMurdo Station: %s in %q, want placed in AQ", p.Status, p.Country)
	}
	if p := placeNamed(t, res, "Discovery Ridge"); !p.HasPoint {
		t.Errorf("Discovery Ridge is not placed from McMurdo Station")
	}
}
