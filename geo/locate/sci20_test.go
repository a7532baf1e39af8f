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

// TestSummitNoTown: a name the text gives as a summit, "the summit of
// Kīlauea" or "the Kīlauea summit" (text/lexicon/en/kindsafter.tsv), is a
// mountain's, which the gazetteer does not hold: not Kīlauea town on
// Kauai, 500 km from the volcano. A place measured from it is then placed
// by what else the text says of it.
func TestSummitNoTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The Pu'u'ō'ō vent lies 19 km east of the summit of Kīlauea.")
	if p := placeNamed(t, res, "Kīlauea"); p.Source == SourceGazetteer {
		t.Errorf("the summit of Kīlauea is the gazetteer's %s (%s); want no town", p.Name, p.Country)
	}
	res = analyse(t, "A new tiltmeter was installed at Sand Hill, 2 km south-west of the Kīlauea summit, near Volcano, Hawaii.")
	if p := placeNamed(t, res, "Sand Hill"); p.Status != StatusLocated {
		t.Errorf("Sand Hill is %s; want located near Volcano", p.Status)
	}
}
