package locate

import "testing"

// TestNames24NamesakesSettleTogether: two names each borne by towns in
// two lands, where each name's likeliest town alone lies in another land
// than the other's, settle in one land when the text gives no other
// sign: Deal and Dover are both in Kent, not one in England and one in
// New Jersey. Choosing all at once made the two chase each other
// (ascend); they now move one at a time (settleInTurn). Names whose
// first choices already agree keep them.
func TestNames24NamesakesSettleTogether(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tt := range []struct {
		doc     string
		country map[string]string
	}{
		{"A wreck was found 4 km south of Deal. It was reported to the coastguard at Dover.",
			map[string]string{"Deal": "GB", "Dover": "GB"}},
		{"The camp lies 5 km north of Deal, on the road to Dover.",
			map[string]string{"Deal": "GB", "Dover": "GB"}},
		{"The hamlet is 6 km west of Deal; its nearest station is at Dover.",
			map[string]string{"Deal": "GB", "Dover": "GB"}},
		{"The ruined mill stands 6 km west of Hythe. Walkers come from Folkestone.",
			map[string]string{"Hythe": "GB", "Folkestone": "GB"}},
		{"The quarry lies 10 km south of Salem, close to Portland.",
			map[string]string{"Salem": "US", "Portland": "US"}},
	} {
		res := analyse(t, tt.doc)
		for name, cc := range tt.country {
			if p := placeNamed(t, res, name); p.Source != SourceGazetteer || p.Country != cc {
				t.Errorf("%s: %s is %s in %q, want the gazetteer's in %s", tt.doc, name, p.Source, p.Country, cc)
			}
		}
	}
}
