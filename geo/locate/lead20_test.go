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
