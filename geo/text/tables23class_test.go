package text

import (
	"slices"
	"testing"
)

// distancePairs returns "subject > object" for every distance the reader
// finds in doc, in order.
func distancePairs(doc string) []string {
	d := Read(doc)
	var out []string
	for _, r := range d.Relations {
		if r.Kind == KindDistance && r.Subject >= 0 && r.Object >= 0 {
			out = append(out, d.Mentions[r.Subject].Name+" > "+d.Mentions[r.Object].Name)
		}
	}
	return out
}

// TestRecordLocationField: the location field of a record, an infobox or
// a form ("Location:", « Localisation : », « Adresse : ») places the place
// the record names in an earlier line of the same block ("Name:", a kind
// of place as the label), passing over other fields; its label is no
// place, and a label of a division or of another place ("Country:",
// "Nearest town:") names no record.
func TestRecordLocationField(t *testing.T) {
	for _, tt := range []struct {
		doc  string
		want []string
	}{
		{"Name: Greenhill Farm\nType: dairy farm\nLocation: 6 miles north-west of Ballarat, Victoria\nOwner: Greenhill Pastoral Pty Ltd\n",
			[]string{"Greenhill Farm > Ballarat"}},
		{"Project: Nasia Irrigation Scheme\nLocation: 25 km north-west of Tamale\nNearest town: Savelugu (18 km)\n",
			[]string{"Nasia Irrigation Scheme > Tamale", "Nasia Irrigation Scheme > Savelugu"}},
		{"Archaeological site record\nSite name: Tell Abu Salim\nCountry: Jordan\nLocation: 14 km south-east of Madaba\n",
			[]string{"Tell Abu Salim > Madaba"}},
		{"Site : Camp de Kalo\nLocalisation : à 12 km au nord-est de Gao\nVille la plus proche : Gao\n",
			[]string{"Camp de Kalo > Gao"}},
		{"Station météo : Les Hauts de Cilaos\nLocalisation : à 4 km au nord de Cilaos, La Réunion\n",
			[]string{"Les Hauts de Cilaos > Cilaos"}},
		{"Ferme : Domaine des Trois Chênes\nAdresse : à 5 km au nord de Sherbrooke, Québec\n",
			[]string{"Domaine des Trois Chênes > Sherbrooke"}},
		// A blank line ends the record; another place's label names none.
		{"Name: Greenhill Farm\n\nLocation: 6 miles north-west of Ballarat\n", nil},
		{"Nearest town: Savelugu\nLocation: 25 km north-west of Tamale\n", nil},
		{"Country: Jordan\nLocation: 14 km south-east of Madaba\n", nil},
	} {
		if got := distancePairs(tt.doc); !slices.Equal(got, tt.want) {
			t.Errorf("Read(%q) distances = %q, want %q", tt.doc, got, tt.want)
		}
	}
	for _, doc := range []string{"Localisation : à 12 km au nord-est de Gao", "Adresse : à 5 km au nord de Sherbrooke"} {
		for _, m := range Read(doc).Mentions {
			if m.Name == "Localisation" || m.Name == "Adresse" {
				t.Errorf("Read(%q): the label %q is a place", doc, m.Name)
			}
		}
	}
}
