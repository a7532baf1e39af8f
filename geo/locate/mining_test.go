package locate

import "testing"

// TestStrayAnchorNamesakeInNamedCountry: a place measured from whose
// best-ranked namesake lies far from every country the text names, while
// another namesake lies in one of them, takes that namesake: "Bangui,
// Ilocos Norte, Philippines" is the Philippine town, not the capital of
// the Central African Republic (dropStrayAnchors, namesakeInDocCountry).
func TestStrayAnchorNamesakeInNamedCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, doc := range []string{
		"The Caparispisan Norte wind farm is located about 10 km north-east of Bangui, Ilocos Norte, Philippines.",
		"Notice of hearing: the Burgos Ridge solar plant lies 8 km south of Bangui in the Philippines.",
	} {
		res := analyse(t, doc)
		if p := placeNamed(t, res, "Bangui"); p.Source != SourceGazetteer || p.Country != "PH" {
			t.Errorf("%s: Bangui is %s in %q, want the gazetteer's in PH", doc, p.Source, p.Country)
		}
	}
}
