package locate

import "testing"

// TestCountryNameListedWithForeignTowns: a country's name listed with
// towns of one other country that holds a city of that name is the city
// ("roasters in Armenia and Manizales" in a text on Colombia), while a
// list with another country or with a town of the country itself keeps
// the country (listedTownOfCountryName).
func TestCountryNameListedWithForeignTowns(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct{ doc, name, country, feature string }{
		{"Finca Los Robles, a farm 12 km east of Calarcá, sells coffee to roasters in Armenia and Manizales.", "Armenia", "CO", ""},
		{"Volunteers from Armenia, Pereira and Cali rebuilt the school at La Esperanza, 8 km south of Circasia.", "Armenia", "CO", ""},
		{"Tourists from Armenia and Georgia visited Goris, a town 60 km north of Kapan.", "Armenia", "AM", "country"},
		{"Trucks from Armenia and Tbilisi cross at Bagratashen, 70 km north of Vanadzor.", "Armenia", "AM", "country"},
	} {
		res := analyse(t, tc.doc)
		if p := placeNamed(t, res, tc.name); p.Country != tc.country || p.Feature != tc.feature {
			t.Errorf("%s: %s is %q in %s; want %q in %s", tc.doc, p.Name, p.Feature, p.Country, tc.feature, tc.country)
		}
	}
}

// TestCountryNameListedWithOwnTowns: a country's name that its capital
// bears, listed only with towns of that country, is the capital (« de
// Djibouti et d'Ali Sabieh », "Kuwait, Jahra and Ahmadi", GeoNames'
// "Kuwait City"); listed with another country it stays the country
// (listedCapitalOfCountryName, capitalNamed).
func TestCountryNameListedWithOwnTowns(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct {
		doc, name string
		country   bool
	}{
		{"Les déplacés viennent de Djibouti et d'Ali Sabieh. Le camp de Hol-Hol se trouve à 12 km au nord d'Ali Sabieh.", "Djibouti", false},
		{"Fuel queues formed in Kuwait, Jahra and Ahmadi on Sunday. A depot lies 15 km west of Jahra.", "Kuwait", false},
		{"Les ouvriers viennent de Mexico et de Pachuca. Le ranch San Isidro se trouve à 40 km au nord de Pachuca.", "Mexico", false},
		{"Aid reached Djibouti and Somalia by sea. The Ali Addeh camp lies 10 km south of Ali Sabieh.", "Djibouti", true},
		{"Trucks from Luxembourg and Belgium unload at a depot 6 km south of Mersch.", "Luxembourg", true},
	} {
		res := analyse(t, tc.doc)
		if p := placeNamed(t, res, tc.name); (p.Feature == "country") != tc.country {
			t.Errorf("%s: %s is %q in %s; want the country %v", tc.doc, p.Name, p.Feature, p.Country, tc.country)
		}
	}
}
