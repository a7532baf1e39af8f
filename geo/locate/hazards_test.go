package locate

import "testing"

// TestHazardTexts reads hazard reports as agencies and newsrooms write
// them: a seismological title ("M 5.3 - 17 km WSW of X, Country"), its
// size never a distance; a vent, a fissure or a storm's eye placed from a
// town; a fire named after a place, whose name maps no place; storms'
// names, which are none.
func TestHazardTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "M 5.3 - 17 km WSW of Ambato, Ecuador\n\nThe earthquake occurred at a depth of 10 km and was felt in Latacunga and Riobamba.",
			place: "M 5.3", anchor: "Ambato", country: "EC", km: 17, mapped: []string{"Latacunga", "Riobamba"}},
		{doc: "M 4.6 - 9 km NE of Amatrice, Italy\n\nINGV recorded the shock at a depth of 8 km.",
			place: "M 4.6", anchor: "Amatrice", country: "IT", km: 9, notPlaces: []string{"INGV"}},
		{doc: "A 5.9-magnitude quake struck 30 km NNE of Tabriz at a depth of 12 km, the USGS said.",
			place: "A 5.9-magnitude quake", anchor: "Tabriz", country: "IR", km: 30, notPlaces: []string{"USGS"}},
		{doc: "The vent lies 6 km north of Larantuka, and villages were evacuated.",
			place: "The vent", anchor: "Larantuka", country: "ID", km: 6},
		{doc: "Forecasters said the eye came ashore about 25 km south of Tampico.",
			place: "the eye", anchor: "Tampico", country: "MX", km: 25},
		{doc: "The Gospers Mountain fire was burning 35 km north of Lithgow, and residents of Bilpin were told to leave.",
			place: "The Gospers Mountain fire", anchor: "Lithgow", country: "AU", km: 35, mapped: []string{"Bilpin"}, notPlaces: []string{"Gospers Mountain"}},
		{doc: "Une fissure s'est ouverte à 2 km au nord de Sainte-Rose, à La Réunion.",
			place: "Une fissure", anchor: "Sainte-Rose", country: "RE", km: 2},
	})
}

// TestPostalStateContainer: a US state's postal code after a town ("X,
// CA", "Paris, TX") is the state when the town has a namesake there, not
// the country of that ISO code; elsewhere the code keeps its country.
func TestPostalStateContainer(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, town, code, country string }{
		{"M 4.5 - 10 km N of Ridgecrest, CA", "Ridgecrest", "CA", "US"},
		{"The quake struck 8 km northeast of Paris, TX, on Friday.", "Paris", "TX", "US"},
		{"She grew up in Springfield, IL.", "Springfield", "IL", "US"},
		{"He was born in Toronto, CA.", "Toronto", "CA", "CA"},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		if p := placeNamed(t, res, tt.town); p.Country != tt.country {
			t.Errorf("%s: %s in %s, want %s", tt.doc, tt.town, p.Country, tt.country)
		}
		if tt.country == "US" {
			if p := placeNamed(t, res, tt.code); p.Country != "US" || p.Feature == "country" {
				t.Errorf("%s: %s is %s %q, want a state of the US", tt.doc, tt.code, p.Country, p.Feature)
			}
		}
	}
}
