package text

import "testing"

// TestCorpusFrenchAdminLead: a capitalised French kind of division heading
// a label or a phrase (« Région de Tillabéri : », « Province du Lac »,
// « Département de l'Artibonite ») names the division after it, as the
// lower-case kind does (frenchAdminLead).
func TestCorpusFrenchAdminLead(t *testing.T) {
	for _, c := range []struct{ doc, name, feature string }{
		{"Région de Tillabéri : 640 ménages sinistrés à Ayorou.", "Tillabéri", "region"},
		{"Province du Lac. Un nouveau site a été ouvert près de Bol.", "Lac", "province"},
		{"Département de l'Artibonite : 2 070 déplacés à Saint-Marc.", "Artibonite", "department"},
		{"Inondations dans la Région de Mopti : 930 ménages sinistrés.", "Mopti", "region"},
	} {
		d := Read(c.doc)
		ok := false
		for _, m := range d.Mentions {
			if m.Name == c.name && m.Feature == c.feature && m.Evidence >= EvidenceDescriptor {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Read(%q): no %s %q; mentions %v", c.doc, c.feature, c.name, mentionNames(d))
		}
	}
}
