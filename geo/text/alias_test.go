package text

import "testing"

func TestReadAliases(t *testing.T) {
	tests := []struct {
		doc         string
		name, alias string // "" when no alias is expected
	}{
		{"Satin, often referred to as simply Nioro, is a town in the Kayes Region of western Mali.", "Satin", "Nioro"},
		{"Timbuktu (also Tombouctou) lies near the Niger River.", "Timbuktu", "Tombouctou"},
		{"Agadez, also spelled Agades, is the largest city of central Niger.", "Agadez", "Agades"},
		{"Zinder, formerly known as Damagaram, is 240 km from Maradi.", "Zinder", "Damagaram"},
		{"Bamako (French pronunciation: [bamako]) is the capital of Mali.", "", ""},
		{"Gao, Kidal and Timbuktu are in the north.", "", ""},
		{"Trucks go to Gao, also Kidal, every week.", "", ""},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		if tt.name == "" {
			if len(d.Aliases) > 0 {
				a := d.Aliases[0]
				t.Errorf("Read(%q): alias %q = %q, want none", tt.doc, d.Mentions[a.Name].Name, d.Mentions[a.Alias].Name)
			}
			continue
		}
		if len(d.Aliases) != 1 {
			t.Errorf("Read(%q): %d aliases, want 1", tt.doc, len(d.Aliases))
			continue
		}
		a := d.Aliases[0]
		if n, al := d.Mentions[a.Name].Name, d.Mentions[a.Alias].Name; n != tt.name || al != tt.alias {
			t.Errorf("Read(%q): alias %q = %q, want %q = %q", tt.doc, n, al, tt.name, tt.alias)
		}
		if a.Phrase.Start != d.Mentions[a.Name].Span.Start || a.Phrase.End != d.Mentions[a.Alias].Span.End {
			t.Errorf("Read(%q): alias phrase %v does not run from the name to the alias", tt.doc, a.Phrase)
		}
	}
}
