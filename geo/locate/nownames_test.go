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
