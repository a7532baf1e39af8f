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
