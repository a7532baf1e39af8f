package locate

import "testing"

// TestKinds22StrayDivisionCountry: a place the text puts in a division
// that the gazetteer knows only far away, which is given up as a stray,
// takes no country from it: the croft 8 km north of Lairg "in
// Sutherland" is not in Australia, whose Sutherland the gazetteer holds.
func TestKinds22StrayDivisionCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct{ doc, name, stray string }{
		{"Morag MacLeod keeps six Highland cows on a croft about 8 km north of Lairg, in Sutherland. Her son sells the lambs in Dingwall.", "a croft", "AU"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := analyse(t, tt.doc)
			if p := placeNamed(t, res, tt.name); !p.HasPoint || p.Country == tt.stray {
				t.Errorf("%s: %s is in %q (point %v), want a point and no country %s", tt.doc, tt.name, p.Country, p.HasPoint, tt.stray)
			}
		})
	}
}
