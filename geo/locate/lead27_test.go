package locate

import (
	"testing"

	"github.com/paulmach/orb"
)

// TestLead27UnshoutHyphenRune: a name in capitals whose words are parted
// by the Unicode hyphen (U+2010), as word processors write it, is split
// there like at an ASCII hyphen, each word taking its own capital.
func TestLead27UnshoutHyphenRune(t *testing.T) {
	for _, c := range []struct{ name, gaz, want string }{
		{"BOBO\u2010DIOULASSO CENTRE", "Bobo-Dioulasso", "Bobo\u2010Dioulasso Centre"},
		{"PORT\u2010AU\u2010PRINCE SUD", "Port-au-Prince", "Port\u2010au\u2010Prince Sud"},
		{"SAINT\u2010LOUIS NORD", "Saint-Louis", "Saint\u2010Louis Nord"},
		{"ÉVRY\u2010COURCOURONNES", "Évry", "Évry\u2010Courcouronnes"},
	} {
		if got := unshout(c.name, c.gaz); got != c.want {
			t.Errorf("unshout(%q, %q) = %q, want %q", c.name, c.gaz, got, c.want)
		}
	}
}

// TestLead27AliasNotContainerCountry: a name the gazetteer knows only as
// another name of a far place (Armenia's Berd is also "Bert", Sakai in
// Japan "Jie"), put in a town that bears its own name, does not make
// the town foreign: the town is found, and the place measured from it
// placed.
func TestLead27AliasNotContainerCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkNamesakes(t, []namesakeCase{
		{doc: "Bert worked at Stanton Territorial Hospital in Yellowknife for years. His cabin at Whitefish Narrows lies some 60 miles north-west of Yellowknife.",
			name: "Yellowknife", country: "CA", at: orb.Point{-114.372, 62.454}, km: 5},
		{doc: "Bert taught at the Sir John Franklin High School in Yellowknife. The lodge at Prosperous Lake lies some 20 km north-east of Yellowknife.",
			name: "Prosperous Lake", country: "", at: orb.Point{-114.10, 62.58}, km: 5},
		{doc: "Jie worked at Matany Hospital in Kotido for years. The kraal of Lokitelaebu lies some 20 km east of Kotido.",
			name: "Kotido", country: "UG", at: orb.Point{34.133, 2.981}, km: 5},
	})
}

// TestLead27DivisionKindWord: a town measured from, named beside the
// division of its name with that division's kind word ("Kita Cercle"),
// is the division's town: the kind word leaves Mali's cercle alone of
// the divisions that fold to "kita" (Tokyo's Kita-ku too), and Mali is
// the document's country, not Ecuador, whose Quito the gazetteer also
// calls "Kita".
func TestLead27DivisionKindWord(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkNamesakes(t, []namesakeCase{
		{doc: "Tinabaw is a village in Kita Cercle, about 12 km south-west of Kita.",
			name: "Kita", country: "ML", at: orb.Point{-9.4895, 13.0349}, km: 5},
		{doc: "Floods cut the road in Kita Cercle. The camp at Sirakoro lies 30 km north of Kita town.",
			name: "Kita", country: "ML", at: orb.Point{-9.4895, 13.0349}, km: 5},
	})
}

// TestLead27TeamHometown: a town before a team's name after a possessive
// is the team's home town, mapped in the document's country.
func TestLead27TeamHometown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkNamesakes(t, []namesakeCase{
		{doc: "Mansa's Luapula Rangers drew 0-0 with the hosts at the stadium in Kasama on Sunday.",
			name: "Mansa", country: "ZM", at: orb.Point{28.894, -11.200}, km: 5},
	})
}
