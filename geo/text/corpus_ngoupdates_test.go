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

// TestCorpusAcronymKind: an agency's or a programme's acronym between the
// article and the kind of place (« IDP », « WFP ») leaves the name in
// apposition the subject: "The newest IDP settlement, X, lies ..."
// (acronymModifier).
func TestCorpusAcronymKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The newest IDP settlement, Doonyaale Cusub, lies 6 km west of Baidoa town on the Baidoa–Burhakaba road.",
			rels: []string{"Doonyaale Cusub: 6 km west of Baidoa"}, not: []string{"IDP"}},
		{doc: "A new IDP site, Tawakal Jadid, was opened 8 km south of Dollow.",
			rels: []string{"Tawakal Jadid: 8 km south of Dollow"}},
		{doc: "The largest IDP camp, Kabasa-Bari, is 12 km north of Beledweyne.",
			rels: []string{"Kabasa-Bari: 12 km north of Beledweyne"}},
	})
}

// TestCorpusOpenedAfterContainer: a container that opens an English
// sentence ("In Idlib governorate,") leaves the description after its
// comma the subject's: "a new camp, X, was opened 12 km north of Y"; a
// description of several free words names X too: "The latest
// resettlement site, X, lies ..." (containerOpenerEnd, appositiveName).
func TestCorpusOpenedAfterContainer(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "In Idlib governorate, a new camp, Kafr Aruq, was opened 12 km north of Idlib city.",
			rels: []string{"Kafr Aruq: 12 km north of Idlib"}},
		{doc: "In Borno State, the largest camp, Kusheri Gana, is 11 km south-east of Maiduguri.",
			rels: []string{"Kusheri Gana: 11 km southeast of Maiduguri"}},
		{doc: "Zambézia: the latest resettlement site, Namanjavira-B, lies 22 km east of Quelimane on the N10.",
			rels: []string{"Namanjavira-B: 22 km east of Quelimane"}},
	})
}
