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

// TestNames24TownOpensSentence: a town's bare name opening a sentence,
// before a verb or a noun in lower case ("Penrith has sent a rescue
// team", "Vernon crews reached it"), is the town of openerTownPop people
// or more of that name near the places the text measures from
// (lookupNearbyNames), and it helps choose their namesakes (Keswick in
// Cumbria, not Ontario). A name the text also gives after a first name
// ("Tom Marshall ... Marshall has been charged") is a person's.
func TestNames24TownOpensSentence(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tt := range []struct {
		doc     string
		country map[string]string
		not     []string
	}{
		{doc: "The slide buried Ferny Gully, 9 km east of Kamloops. Vernon crews reached it at noon.",
			country: map[string]string{"Kamloops": "CA", "Vernon": "CA"}},
		{doc: "Hikers were stranded at Beacon Hut, 14 km north of Keswick. Penrith has sent a rescue team.",
			country: map[string]string{"Keswick": "GB", "Penrith": "GB"}},
		{doc: "The school at Clonroche Cross lies 8 km west of Enniscorthy. Wexford has offered buses.",
			country: map[string]string{"Enniscorthy": "IE", "Wexford": "IE"}},
		{doc: "Un incendie a détruit la grange des Brûlés, à 10 km au nord de Rodez. Millau a envoyé deux camions.",
			country: map[string]string{"Rodez": "FR", "Millau": "FR"}},
		{doc: "The body was found at Cedar Flat, 6 km north of Longview. Tom Marshall was arrested on Friday. Marshall has been charged with murder.",
			country: map[string]string{"Longview": "US"}, not: []string{"Marshall"}},
	} {
		res := analyse(t, tt.doc)
		for name, cc := range tt.country {
			if p := placeNamed(t, res, name); p.Source != SourceGazetteer || p.Country != cc {
				t.Errorf("%s: %s is %s in %q, want the gazetteer's in %s", tt.doc, name, p.Source, p.Country, cc)
			}
		}
		for _, name := range tt.not {
			for _, p := range res.Places {
				if p.Name == name && p.HasPoint {
					t.Errorf("%s: %s is mapped (%s), want no place", tt.doc, name, p.Source)
				}
			}
		}
	}
}
