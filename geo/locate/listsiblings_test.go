package locate

import "testing"

// TestListSiblings: a list names things of one kind, so when one member is
// taken for a place, a member the text gives no other sign of a place is
// looked up in that member's country, at any size and under any of its
// names; a list none of whose members is a place maps nothing, and a name
// with no namesake in that country stays out.
func TestListSiblings(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkMapped(t, false, []mappedCase{
		{"Bamyan, Chaghcharan and Herat all lost power during the storm.", map[string]string{"Chaghcharan": "AF", "Herat": "AF"}, nil},
		{"The storm hit Herat, Chaghcharan and Qala-i-Naw.", map[string]string{"Herat": "AF", "Chaghcharan": "AF", "Qala-i-Naw": "AF"}, nil},
		{"Oruro and Potosí, in the Bolivian highlands, were cut off by blockades.", map[string]string{"Oruro": "BO", "Potosí": "BO"}, nil},
		{"Smith, Jones and Herat were arrested.", nil, []string{"Smith", "Jones"}},
		{"Aldo, Bruno and Carla were arrested.", nil, []string{"Aldo", "Bruno", "Carla"}},
	})
}

// mappedCase is a text with the places it must map, each in its country,
// and the names it must not map.
type mappedCase struct {
	doc     string
	want    map[string]string // place -> its country
	wantNot []string
}

// checkMapped reads each text against the real gazetteer and checks that
// every place of want is placed (a point or a shape) in its country and
// that no name of wantNot is: with listedOK such a name may still be
// listed with no position ("The Limpopo", a river), without it it must
// not be listed at all ("Smith, Jones and Herat were arrested").
func checkMapped(t *testing.T, listedOK bool, tests []mappedCase) {
	t.Helper()
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		for name, country := range tt.want {
			p := placeNamed(t, res, name)
			if !p.HasPoint && p.Geometry == nil || p.Country != country {
				t.Errorf("%s: %s in %q (point %v), want placed in %s", tt.doc, name, p.Country, p.HasPoint, country)
			}
		}
		for _, p := range res.Places {
			for _, n := range tt.wantNot {
				if p.Name == n && (!listedOK || p.HasPoint || p.Geometry != nil) {
					t.Errorf("%s: %s is mapped (%s, %s)", tt.doc, n, p.Source, p.Country)
				}
			}
		}
	}
}
