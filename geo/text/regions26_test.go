package text

import "testing"

// TestRegions26DivisionCompass: a French compass word alone after a
// division's kind and « du » is the division's name (« la région du
// Nord », « le département du Sud-Est », « la province du Sud »); with
// « de » or « d' » after it, it is a direction from the place named there.
func TestRegions26DivisionCompass(t *testing.T) {
	for _, tc := range []struct{ doc, name, feature string }{
		{"Des pluies diluviennes ont frappé la région du Nord-Ouest, au Cameroun.", "Nord-Ouest", "region"},
		{"Le préfet du département du Sud-Est a ordonné l'évacuation de Jacmel.", "Sud-Est", "department"},
		{"Les élections se tiennent dimanche dans la province du Sud.", "Sud", "province"},
		{"Le choléra progresse dans la région de l'Extrême-Nord et dans la région du Centre.", "Extrême-Nord", "region"},
		{"Le gouverneur de la région du Sud a visité Ebolowa.", "Sud", "region"},
		{"Le camp se trouve dans la région du Nord de Mopti.", "Nord", ""},
		{"Les éleveurs vivent dans la région du Nord d'Agadez.", "Nord", ""},
		{"Il a marché vers le Nord du pays.", "Nord", ""},
	} {
		d := Read(tc.doc)
		got, found := "", false
		for _, m := range d.Mentions {
			if m.Name == tc.name {
				got, found = m.Feature, true
			}
		}
		if tc.feature == "" {
			if found {
				t.Errorf("%q: %s read as a place, want none", tc.doc, tc.name)
			}
			continue
		}
		if got != tc.feature {
			t.Errorf("%q: %s read as %q (found %v), want %q", tc.doc, tc.name, got, found, tc.feature)
		}
	}
}

// TestRegions26FrenchHeading: a name before a colon that opens a French
// brief is its place when a determiner and a lower-case noun follow, even
// when no table holds the verb (« Mali : des éleveurs transhument … »);
// a rubric or an event before the colon is no place.
func TestRegions26FrenchHeading(t *testing.T) {
	for _, tc := range []struct {
		doc, name string
		place     bool
	}{
		{"Guadeloupe : les agriculteurs manifestent devant la préfecture.", "Guadeloupe", true},
		{"Tchad : des éleveurs transhument plus tôt que prévu vers Mongo.", "Tchad", true},
		{"Saint-Pierre-et-Miquelon : un chalutier chavire au large de Miquelon.", "Saint-Pierre-et-Miquelon", true},
		{"Mayotte : la pénurie d'eau inquiète les habitants.", "Mayotte", true},
		{"Santé : les infirmiers grognent à Kara.", "Santé", false},
		{"Inondations : les eaux montent encore à Niamey.", "Inondations", false},
	} {
		d := Read(tc.doc)
		found := false
		for _, m := range d.Mentions {
			found = found || m.Name == tc.name
		}
		if found != tc.place {
			t.Errorf("%q: %s read as a place = %v, want %v", tc.doc, tc.name, found, tc.place)
		}
	}
}
