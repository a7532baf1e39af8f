package locate

import "testing"

// TestLead33DoubtfulDivision: a name the text gives only as a season's, a
// feast's or a people's (a doubtful name: "the end of the Yala season")
// is a first-level division of one country only in a document about
// that country (divisionInContext). In a report on Sri Lanka it is no
// province of Thailand, which would make the document about Thailand;
// in one that names Thailand it is.
func TestLead33DoubtfulDivision(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct {
		doc, name, country string // country "" wants name mapped nowhere
	}{
		{"The permit covered an allotment at Kuda Wewa, 3 km west of Anuradhapura, until the end of the Yala season.", "Yala", ""},
		{"Farmers at Galkulama, 12 km south of Anuradhapura, cleared their tanks before the Yala season began.", "Yala", ""},
		{"Pattani, Thailand: the Yala festival drew crowds to Betong, 140 km south of Pattani.", "Yala", "TH"},
	} {
		res := analyse(t, c.doc)
		got := gazetteerCountry(res, c.name)
		if got != c.country {
			t.Errorf("%q: %s mapped in %q, want %q", c.doc, c.name, got, c.country)
		}
	}
}
