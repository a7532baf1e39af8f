package locate

import "testing"

// TestStrayAnchorNoCountryNamed: a gazetteer place the text only measures
// a short distance from, far from at least two other places the document
// places, is given up even when the document names no country, and the
// place is then placed from what the text states of it: "Herculaneum
// conservation report … 400 m north-west of the ancient town, in Ercolano
// … 1 km north-west of Pompei" is no Herculaneum in Missouri.
func TestStrayAnchorNoCountryNamed(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Herculaneum conservation report. Work resumed at the Villa of the Papyri, 400 m north-west of the ancient town, in Ercolano. "+
		"The excavation team also surveyed a villa at Civita Giuliana, 1 km north-west of Pompei. Pompei lies 14 km east-south-east of Ercolano.")
	for _, name := range []string{"Herculaneum", "Villa of the Papyri"} {
		p := placeNamed(t, res, name)
		if p.Status != StatusLocated || p.Source == SourceGazetteer || p.Country == "US" {
			t.Errorf("%s is %s from %s in %q; want located by the text near Ercolano", name, p.Status, p.Source, p.Country)
		}
	}
}
