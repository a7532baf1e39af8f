package text

import "testing"

// distanceSubjects returns the names of the subjects of the distances
// Read finds in doc.
func distanceSubjects(doc string) []string {
	d := Read(doc)
	var got []string
	for _, rel := range d.Relations {
		if rel.Kind == KindDistance && rel.Subject >= 0 {
			got = append(got, d.Mentions[rel.Subject].Name)
		}
	}
	return got
}

// TestFr25FrontedNamedKind: a distance that opens the sentence places the
// indefinite kind of place after its comma, or after an inverted verb of
// place, that a naming word gives a name (« un campement baptisé X »,
// « un puits que les éleveurs appellent X », "a camp called X"). With no
// naming word, or a person named, nothing is placed so.
func TestFr25FrontedNamedKind(t *testing.T) {
	tests := []struct {
		doc, subject string // subject "" when no distance subject may be read
	}{
		{"À 30 km au sud de Kayes, un hameau baptisé Diamou-Peulh a été inondé.", "Diamou-Peulh"},
		{"À une dizaine de kilomètres d'Agadez, un campement que les Touaregs appellent In Taroualt sert de halte.", "In Taroualt"},
		{"À 12 km à l'ouest de Dapaong, un marché appelé Nano-Kpendjal se tient le mercredi.", "Nano-Kpendjal"},
		{"À 6 km au nord de Dinant, un lieu-dit appelé le Bois-Thirion garde une chapelle.", "Bois-Thirion"},
		{"À 25 km au sud de Gafsa se trouve une oasis nommée Aïn Sidi Ahmed.", "Aïn Sidi Ahmed"},
		{"About 14 km north of Kiffa, a well called Bir Toueila serves the herds.", "Bir Toueila"},
		{"Some 20 km east of Maun, a camp named Xakanaxa Lodge opened in May.", "Xakanaxa Lodge"},
		{"À 30 km au sud de Kayes, des éleveurs ont retrouvé leurs bêtes.", ""},
		{"À 30 km au sud de Kayes, un homme appelé Moussa a été arrêté.", ""},
	}
	for _, tt := range tests {
		got := distanceSubjects(tt.doc)
		if tt.subject == "" && len(got) > 0 || tt.subject != "" && (len(got) != 1 || got[0] != tt.subject) {
			t.Errorf("Read(%q): distance subjects %q, want %q", tt.doc, got, tt.subject)
		}
	}
}

// TestFr25NamedKindComplement: a kind of place with an adjective or a
// complement before the naming word still names a place (« une source
// chaude baptisée X », « un camp de déplacés baptisé X »); an animal's
// noun among those words names an animal (« une lionne du parc baptisée
// X »).
func TestFr25NamedKindComplement(t *testing.T) {
	tests := []struct {
		doc, name string
		place     bool
	}{
		{"Près de Roseau, une source chaude baptisée Bassin Zabitan attire les baigneurs.", "Bassin Zabitan", true},
		{"Un camp de déplacés baptisé Kashuga-Sud accueille 900 familles près de Goma.", "Kashuga-Sud", true},
		{"Une mare temporaire baptisée Ndiael-Bas sert aux troupeaux près de Matam.", "Ndiael-Bas", true},
		{"Une lionne du parc baptisée Salamat a été vue près de Kédougou.", "Salamat", false},
		{"Une jument de course baptisée Volga a gagné à Vincennes.", "Volga", false},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		found := false
		for _, m := range d.Mentions {
			if m.Name == tt.name {
				found = true
				if (m.Evidence > EvidenceUnlikely) != tt.place {
					t.Errorf("Read(%q): %s evidence %v, want place %v", tt.doc, tt.name, m.Evidence, tt.place)
				}
			}
		}
		if !found && tt.place {
			t.Errorf("Read(%q): no mention %s", tt.doc, tt.name)
		}
	}
}

// TestFr25NowNameEvidence: the name a place bears today, in brackets
// after a word of nownames.tsv, is a place's name however little else
// the text says of it: « le Dahomey (l'actuel Bénin) », "the Gold Coast
// (now Ghana)".
func TestFr25NowNameEvidence(t *testing.T) {
	for _, tt := range []struct{ doc, name string }{
		{"L'archipel des Nouvelles-Hébrides (l'actuel Vanuatu) était un condominium.", "Vanuatu"},
		{"Le royaume du Dahomey (l'actuel Bénin) fut conquis en 1894.", "Bénin"},
		{"La colonie de Fort-Lamy (aujourd'hui N'Djamena) comptait 2 000 habitants.", "N'Djamena"},
		{"The Gold Coast (now Ghana) exported cocoa.", "Ghana"},
	} {
		d := Read(tt.doc)
		ok := false
		for _, m := range d.Mentions {
			if m.Name == tt.name && m.Evidence >= EvidenceDescriptor {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Read(%q): %s not read as a place's name", tt.doc, tt.name)
		}
	}
}

// TestFr25ComeFrom: the « vous » and « nous » of a guide or a diary
// coming from a town name it as a place (origins.tsv): « Si vous venez de
// La Paz », « nous venons de Kayes ».
func TestFr25ComeFrom(t *testing.T) {
	for _, tt := range []struct{ doc, name string }{
		{"Si vous venez de Ouarzazate, la route franchit le col.", "Ouarzazate"},
		{"Si vous arrivez de Gafsa, la route longe le chott.", "Gafsa"},
		{"Nous venons de Kayes avec deux camions.", "Kayes"},
		{"Si vous venez de La Paz, prenez le bus de nuit.", "La Paz"},
	} {
		d := Read(tt.doc)
		ok := false
		for _, m := range d.Mentions {
			if m.Name == tt.name && m.Evidence >= EvidencePreposition {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Read(%q): %s not read after a verb of coming", tt.doc, tt.name)
		}
	}
}
