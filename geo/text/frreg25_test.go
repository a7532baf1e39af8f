package text

import "testing"

// TestFrreg25DivisionHead: a name right after the title of a division's
// head and "of", « du » or « de » (« le gouverneur du Ouaddaï », "the
// governor of Kanem") is read as a region; with an article before the
// name ("the governor of the Central Bank") it is not.
func TestFrreg25DivisionHead(t *testing.T) {
	for _, tc := range []struct{ doc, name, feature string }{
		{"Le gouverneur du Guéra a visité les sinistrés lundi.", "Guéra", "region"},
		{"Selon le gouverneur de Kidal, les routes sont coupées.", "Kidal", "region"},
		{"La gouverneure du Logone Oriental a reçu les délégués.", "Logone Oriental", "region"},
		{"Le wali de Tamanrasset a inauguré la route.", "Tamanrasset", "region"},
		{"The governor of Kanem appealed for food aid.", "Kanem", "region"},
		{"Two governors of Kordofan met in Khartoum.", "Kordofan", "region"},
		{"The governor of the Central Bank spoke in Lagos.", "Lagos", ""},
		{"Le maire de Mopti a reçu les délégués.", "Mopti", ""},
	} {
		d := Read(tc.doc)
		found := false
		for _, m := range d.Mentions {
			if m.Name == tc.name {
				found = true
				if m.Feature != tc.feature {
					t.Errorf("%q: %s read as %q, want %q", tc.doc, tc.name, m.Feature, tc.feature)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %s", tc.doc, tc.name)
		}
	}
}

// TestFrreg25ListedAfterOpener: a name of lexicon/names.txt with
// lower-case words is read whole after the capitalised word opening the
// sentence (« Au Darfour occidental, … »), as it is inside one.
func TestFrreg25ListedAfterOpener(t *testing.T) {
	for _, tc := range []struct{ doc, name string }{
		{"Au Darfour occidental, les combats ont repris autour de Geneina.", "Darfour occidental"},
		{"En Guinée équatoriale, le scrutin s'est tenu dimanche.", "Guinée équatoriale"},
		{"In Bosnia and Herzegovina, the floods hit Doboj.", "Bosnia and Herzegovina"},
		{"Les pluies ont coupé les routes dans le Kordofan méridional.", "Kordofan méridional"},
		{"Les combats ont repris au Darfour oriental près de Ed Daein.", "Darfour oriental"},
	} {
		d := Read(tc.doc)
		found := false
		for _, m := range d.Mentions {
			found = found || m.Name == tc.name
		}
		if !found {
			t.Errorf("%q: no mention %q", tc.doc, tc.name)
		}
	}
}
