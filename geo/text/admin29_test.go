package text

import "testing"

// TestAdmin29OkinaOpensName: a name whose first letter is a Polynesian
// ʻokina (U+02BB) or an Arabic half ring (U+02BF) before a capital, which
// Unicode counts letters, is capitalised by the letter after the mark and
// read as a name ("ʻEua", "ʻUiha", « ʻOhonua », "ʿAmran"); a lower-case
// word the mark opens ("the ʻava ceremony") stays a common word.
func TestAdmin29OkinaOpensName(t *testing.T) {
	for _, tc := range []struct {
		name, doc, want string
	}{
		{"island after a verb", "The ferry from Nukuʻalofa reaches ʻEua in about two hours.", "ʻEua"},
		{"island after on", "Cyclone damage was worst on ʻUiha, in the Haʻapai group.", "ʻUiha"},
		{"town after of, Hawaiian", "The hula school moved from Kailua to ʻAiea in 1998.", "ʻAiea"},
		{"French, after de", "Les pêcheurs de ʻOhonua vendent leur poisson au marché du samedi.", "ʻOhonua"},
		{"French, after à", "Le ferry arrive à ʻEua en fin de matinée.", "ʻEua"},
		{"Arabic half ring", "Fighting was reported near ʿAmran on Tuesday.", "ʿAmran"},
	} {
		m, ok := mentionNamed(tc.doc, tc.want)
		if !ok || m.Evidence <= EvidenceUnlikely {
			t.Errorf("%s: Read(%q) has no mention %q", tc.name, tc.doc, tc.want)
		}
	}
	for _, doc := range []string{
		"The chiefs shared the ʻava ceremony with the visitors from Neiafu.",
		"Les anciens ont préparé le ʻava pour les visiteurs de Neiafu.",
	} {
		for _, m := range Read(doc).Mentions {
			if m.Name == "ʻava" && m.Evidence > EvidenceUnlikely {
				t.Errorf("Read(%q): %q graded %v, want a common word", doc, m.Name, m.Evidence)
			}
		}
	}
}

// TestAdmin29CompassRightAfterKind: a French division named by a compass
// word written right after its kind, as New Caledonia names its
// provinces (« la province Nord », « la province Sud ») and some writers
// Cameroon's or Burkina Faso's regions (« la région Est »), is a name, as
// « la province du Nord » is; with « de » after it (« la région Nord de
// Mopti ») it is a part of a place, and without a kind before it a
// direction.
func TestAdmin29CompassRightAfterKind(t *testing.T) {
	for _, tc := range []struct {
		name, doc, want string
	}{
		{"province, sentence start", "La province Sud a voté son budget mardi à Nouméa.", "Sud"},
		{"province, after de", "Les élus de la province Nord se sont réunis à Koné.", "Nord"},
		{"region, after dans", "Dans la région Est, les routes restent coupées, selon le gouverneur.", "Est"},
		{"province, before a comma", "Le président de la province Nord, Paul Néaoutyine, a inauguré le dispensaire.", "Nord"},
	} {
		m, ok := mentionNamed(tc.doc, tc.want)
		if !ok || m.Evidence <= EvidenceUnlikely {
			t.Errorf("%s: Read(%q) has no mention %q", tc.name, tc.doc, tc.want)
		}
	}
	for _, tc := range []struct{ doc, name string }{
		{"Le camp se trouve à 20 km au Nord de Koné.", "Nord"},
		{"La région Nord de Mopti est aride.", "Nord"},
	} {
		for _, m := range Read(tc.doc).Mentions {
			if m.Name == tc.name && m.Evidence > EvidenceUnlikely {
				t.Errorf("Read(%q): %q graded %v, want no division", tc.doc, m.Name, m.Evidence)
			}
		}
	}
}
