package locate

import "testing"

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
