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
		{"Facility: Mwanza Cold Store\nType: fish processing plant\nLocation: 12 km south of Mwanza, Tanzania\n",
			[]string{"Mwanza Cold Store > Mwanza"}},
		{"Ouvrage : Barrage de Mékrou\nLocalisation : à 45 km au nord de Kandi\n",
			[]string{"Barrage de Mékrou > Kandi"}},
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

// TestSiteListItems: an item of a list of sites opens with the site's
// name, perhaps followed by its kind, before a colon or a dash, and its
// distance is read from its own row's anchor. The numbered items guard
// that each item keeps its own anchor.
func TestSiteListItems(t *testing.T) {
	for _, tt := range []struct {
		doc  string
		want []string
	}{
		{"IDP sites\n- Kalo camp: 12 km NE of Gao, 3,400 IDPs\n- Tassiga site: 25 km south of Ansongo, 1,150 IDPs\n",
			[]string{"Kalo > Gao", "Tassiga > Ansongo"}},
		{"Sites d'orpaillage :\n1. Site de Bougouni Sud — à 8 km au sud de Bougouni\n2. Site de Kayes Est — à 14 km à l'est de Kayes\n3. Site de Kita Nord — à 10 km au nord de Kita\n",
			[]string{"Site de Bougouni Sud > Bougouni", "Site de Kayes Est > Kayes", "Site de Kita Nord > Kita"}},
		{"Facilities:\n1. Rural Health Centre Mirwah — 22 km south of Khairpur\n2. Dispensary Bhan — 9 km north of Sehwan\n",
			[]string{"Rural Health Centre Mirwah > Khairpur", "Dispensary Bhan > Sehwan"}},
	} {
		if got := distancePairs(tt.doc); !slices.Equal(got, tt.want) {
			t.Errorf("Read(%q) distances = %q, want %q", tt.doc, got, tt.want)
		}
	}
}
