package locate

import (
	"math"
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestSeatAtTown: "the airport at Armenia" is a town, Colombia's, where
// the document's other places lie, not the country Armenia (the reader
// gives it the kind "town": text seatTown).
func TestSeatAtTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTown(t, "We flew into the airport at Armenia and drove north to Pereira, then on to Manizales.", "Armenia", "CO")
}

// TestRomanisedCityInPassing: a city named in passing, with no sign of a
// place, under another romanisation of its own name ("Urgench" for the
// gazetteer's "Urganch"), in a country the document names
// (lookupKnownCities, romanised). A country the document only implies
// through its towns is not enough: "Darjeeling tea" in a text on Pushkar
// is tea, and Paradise by Oroville is California's (39.76° N), not
// Nevada's of 220,000 people.
func TestRomanisedCityInPassing(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTown(t, "The Silk Road hotel in Khiva, Uzbekistan, runs trips to the desert forts. Others continue to Nukus. The tours include Urgench and its bazaar.", "Urgench", "UZ")
	res := checkTown(t, "The Dixie Fire was burning 10 miles east of Chico. Evacuation orders covered Cohasset and Forest Ranch, and smoke drifted over Oroville and Paradise.", "Paradise", "US")
	if p := placeNamed(t, res, "Paradise"); p.Point[1] < 39 {
		t.Errorf("Paradise at %v; want California's, by Chico", p.Point)
	}
	res = analyse(t, "At the Pushkar fair, traders sell Kashmir shawls, Darjeeling tea and Mysore silk. Herders camp at Kalo Dhani, 9 km west of Pushkar, and many have come from Nagaur and Bikaner.")
	for _, p := range res.Places {
		if p.Name == "Darjeeling" {
			t.Errorf("Darjeeling tea mapped: %+v", p.Gazetteer)
		}
	}
}

// TestNameWithIn: "Hall in Tirol" and "Gravina in Puglia" are towns'
// names, not a town in its region (joinInNames); "Gao in Mali" stays Gao
// in Mali.
func TestNameWithIn(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := checkTown(t, "The Glungezer hut lies 8 km south of Hall in Tirol.", "Hall in Tirol", "AT")
	if p := placeNamed(t, res, "Glungezer"); !p.HasPoint {
		t.Errorf("the hut is not placed: %+v", p)
	}
	checkTown(t, "A second cave was found 6 km from Gravina in Puglia.", "Gravina in Puglia", "IT")
	res = checkTown(t, "The camp is 8 km south of Gao in Mali.", "Gao", "ML")
	if p := placeNamed(t, res, "Mali"); p.Feature != "country" {
		t.Errorf("Mali is %q; want the country", p.Feature)
	}
}

// TestBetweenAtDistanceFromEnd: a place between two towns at a distance
// with no direction from one of them lies on the way to the other
// (betweenSide), not on the side of the ring where settlements are.
func TestBetweenAtDistanceFromEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct{ doc, name, from, to string }{
		{"The Rwemikoma camp lies between Mbarara and Masaka, 20 km from Mbarara.", "Rwemikoma", "Mbarara", "Masaka"},
		{"La plantation de Kouma-Tokpli, située entre Kpalimé et Atakpamé, à 18 km de Kpalimé.", "Kouma-Tokpli", "Kpalimé", "Atakpamé"},
	} {
		res := analyse(t, c.doc)
		p, a, b := placeNamed(t, res, c.name), placeNamed(t, res, c.from), placeNamed(t, res, c.to)
		if !p.HasPoint || !a.HasPoint || !b.HasPoint {
			t.Errorf("%s: unplaced", c.doc)
			continue
		}
		_, want, _ := geo.Inverse(a.Point, b.Point)
		d, az, _ := geo.Inverse(a.Point, p.Point)
		if diff := math.Abs(math.Remainder(az-want, 360)); diff > 5 {
			t.Errorf("%s: %s at %.0f° from %s; want toward %s, %.0f°", c.doc, c.name, az, c.from, c.to, want)
		}
		if math.Abs(d/1000-20) > 3 && c.from == "Mbarara" || math.Abs(d/1000-18) > 3 && c.from == "Kpalimé" {
			t.Errorf("%s: %.1f km from %s", c.doc, d/1000, c.from)
		}
	}
}

// TestSmallCapitalNoBonus: the capital of Saint Pierre and Miquelon,
// known by five names, weighs as a seat, not as a national capital, so
// that one town of Martinique named with it settles Saint-Pierre there
// (Ranking.Capital).
func TestSmallCapitalNoBonus(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTown(t, "La distillerie Depaz, à 2 km au nord de Saint-Pierre, reçoit des visiteurs venus de Fort-de-France.", "Saint-Pierre", "MQ")
}
