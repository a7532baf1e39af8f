package locate

import "testing"

// TestNames25OtherForms holds the classes of the names round: names the
// gazetteer holds under another form. A division written with a doubled
// letter (« le Ouaddaï », GeoNames' Ouadaï: gazetteer singleLetters); a
// town measured from in a romanisation writing "h" for "kh"
// ("Horramabad", Khorramabad: gazetteer withKh); a New Zealand region
// named after a bay ("Hawke's Bay", namedBayDivision); a town GeoNames
// names in another language, known near the document's places by its
// alternate name ("the Galway–Clifden railway": Gaillimh, aliasTownPop);
// a Vietnamese town put in a province the gazetteer knows only as its
// seat (« Đồng Văn, Hà Giang province »: inSeatProvince, townPrefixes).
func TestNames25OtherForms(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct {
		doc     string
		present map[string]string // name: country of its place
	}{
		{"Des pluies torrentielles ont frappé la région du Ouaddaï, autour d'Abéché.",
			map[string]string{"Ouaddaï": "TD"}},
		{"La province du Ouaddaï accueille des réfugiés soudanais près d'Adré.",
			map[string]string{"Ouaddaï": "TD"}},
		{"The Ouaddaï region of Chad hosts more than 400,000 refugees.",
			map[string]string{"Ouaddaï": "TD"}},
		{"An earthquake struck Lorestan, Iran. The hamlet of Kalleh Sar, 20 km north of Horramabad, was badly hit.",
			map[string]string{"Horramabad": "IR"}},
		{"A bus left Tehran for Iran's west and overturned at Dowlatabad Pass, 30 km south-west of Horramabad.",
			map[string]string{"Horramabad": "IR"}},
		{"Orchards across Hawke's Bay were buried in silt, growers near Napier said.",
			map[string]string{"Hawke's Bay": "NZ", "Napier": "NZ"}},
		{"The storm cut power to 30,000 homes in Hawke's Bay and Gisborne.",
			map[string]string{"Hawke's Bay": "NZ"}},
		{"The Galway–Clifden line closed in 1935; its viaduct still stands near Oughterard.",
			map[string]string{"Galway": "IE", "Clifden": "IE"}},
		{"Buses on the Galway–Oughterard road were cancelled after the storm.",
			map[string]string{"Galway": "IE", "Oughterard": "IE"}},
		{"We stayed two nights in Mèo Vạc, Hà Giang province, before the pass.",
			map[string]string{"Mèo Vạc": "VN"}},
		{"The market at Đồng Văn, Hà Giang province, draws Hmong traders every Sunday.",
			map[string]string{"Đồng Văn": "VN"}},
	} {
		res := analyse(t, c.doc)
		for n, cc := range c.present {
			if p := placeNamed(t, res, n); !p.HasPoint || p.Source != SourceGazetteer || p.Country != cc {
				t.Errorf("%q: %s is %s %s in %q (%s), want a place of %s from the gazetteer", c.doc, n, p.Source, p.Status, p.Country, p.Note, cc)
			}
		}
	}
}
