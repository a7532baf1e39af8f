package locate

import "testing"

// TestNowNamedAlias: an old name with the name the place bears today in
// brackets ("Thebes (now Luxor)", « Thèbes (aujourd'hui Louxor) ») is
// the modern name's town, not another bearer of the old name (Thebes in
// Greece): keepNowNamed.
func TestNowNamedAlias(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct{ doc, name, country string }{
		{"The Coptic monastery of Deir el-Bakhit lies about 5 km northwest of Thebes (now Luxor), at the edge of the desert.", "Thebes", "EG"},
		{"Le monastère copte de Deir el-Bakhit se trouve à environ 5 km au nord-ouest de Thèbes (aujourd'hui Louxor).", "Thèbes", "EG"},
		{"The fort of Bordj Ras el-Aïn stood about 40 km southwest of Cirta (modern Constantine).", "Cirta", "DZ"},
	} {
		res := analyse(t, c.doc)
		found := false
		for _, p := range res.Places {
			if p.Name == c.name {
				found = true
				if p.Gazetteer == nil || p.Gazetteer.Country != c.country {
					t.Errorf("%q: %s placed %+v; want in %s", c.doc, c.name, p.Gazetteer, c.country)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not mapped", c.doc, c.name)
		}
	}
}

// TestShapelessCountryIsTown: a country the data gives no shape (the
// Vatican, Monaco) is placed as its town, not at 0,0, where it made the
// text's other places look astray ("three miles north of Viterbo" was
// left unplaced).
func TestShapelessCountryIsTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "The abandoned village of Castel Ripoli stands three miles north of Viterbo. Its tombs were excavated for the museums of the Vatican.")
	for _, p := range res.Places {
		switch p.Name {
		case "Vatican":
			if p.Gazetteer == nil || p.Gazetteer.Point[1] == 0 {
				t.Errorf("Vatican placed %+v; want Vatican City", p.Gazetteer)
			}
		case "Viterbo":
			if p.Gazetteer == nil || p.Gazetteer.Country != "IT" {
				t.Errorf("Viterbo placed %+v; want in IT", p.Gazetteer)
			}
		}
	}
}
