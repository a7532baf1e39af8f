package locate

import "testing"

// TestFacilityBesideItsTown: a building named after a town the text also
// names ("Mandeville Regional Hospital" beside Mandeville) keeps every
// namesake of that town the anchors cannot tell apart, so that it lies in
// the town the ranking chooses rather than in the last of them.
func TestFacilityBesideItsTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, name, country string }{
		{"A farmer died after his car plunged down a gully near Mandeville on Sunday. He was pronounced dead at the Mandeville Regional Hospital.", "Mandeville Regional Hospital", "JM"},
		{"A farmer died after his car plunged down a gully near Mandeville on Sunday. He was pronounced dead at the Mandeville Regional Hospital.", "Mandeville", "JM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := analyse(t, tt.doc)
			if p := placeNamed(t, res, tt.name); p.Country != tt.country || !p.HasPoint {
				t.Errorf("%s: %s is in %q, want %s", tt.doc, tt.name, p.Country, tt.country)
			}
		})
	}
}
