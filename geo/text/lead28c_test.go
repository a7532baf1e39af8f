package text

import "testing"

// TestLead28FrenchPresentParticiple: a French present participle opening a
// sentence before the preposition of its complement (« Agissant sur »,
// « Profitant de », « Craignant des ») opens no name, so the distance
// after it places the named hill or camp; a name ending in "-ant" before
// its verb or another capitalised word stays a name.
func TestLead28FrenchPresentParticiple(t *testing.T) {
	for _, c := range []struct{ doc, not, subj, obj string }{
		{"Agissant sur renseignement, les agents ont intercepté un camion sur la colline de Rugomero, à 17 km à l'est de Ngozi.", "Agissant", "Rugomero", "Ngozi"},
		{"Profitant de la saison sèche, les éleveurs ont rejoint Tin Amzi, un campement à 30 km au nord d'Atar.", "Profitant", "Tin Amzi", "Atar"},
		{"Constatant des pertes, les bergers ont gagné le puits de Tin Rhar, à 25 km au sud de Ménaka.", "Constatant", "Tin Rhar", "Ménaka"},
	} {
		d := Read(c.doc)
		if ev := mentionEvidence(c.doc, c.not); ev >= 0 {
			t.Errorf("Read(%q): %s is %v, want no mention", c.doc, c.not, ev)
		}
		if !hasRelation(d, KindDistance, c.subj, c.obj) {
			t.Errorf("Read(%q): no distance of %s from %s", c.doc, c.subj, c.obj)
		}
	}
	for _, c := range []struct{ doc, name string }{
		{"Brabant est une province de Belgique.", "Brabant"},
		{"Morant Bay est une ville de la Jamaïque.", "Morant Bay"},
	} {
		if ev := mentionEvidence(c.doc, c.name); ev < 0 {
			t.Errorf("Read(%q): %s not read", c.doc, c.name)
		}
	}
}

// TestLead28FrenchLegHeading: a French further leg after the name it
// places (« X, 12 km plus loin ») may give its own heading (« vers l'est
// », « vers le nord ») and the way it follows to the clause's end (« sur
// la même piste »): X lies that far, in that direction, from the last
// place reached.
func TestLead28FrenchLegHeading(t *testing.T) {
	for _, c := range []struct{ tail, dir string }{
		{"12 km plus loin vers l'est.", "est"},
		{"12 km plus loin vers le nord sur la même piste.", "nord"},
		{"12 km plus loin vers le sud-ouest par la route.", "sud-ouest"},
	} {
		doc := "L'équipe a rejoint le site de Goz Mardié, à environ 70 km à l'est d'Abéché. Une seconde halte a eu lieu au forage de Kouchta Bir, " + c.tail
		d := Read(doc)
		found := false
		for _, r := range d.Relations {
			if r.Kind == KindDistance && r.Subject >= 0 && r.Object >= 0 && d.Mentions[r.Subject].Name == "Kouchta Bir" && d.Mentions[r.Object].Name == "Goz Mardié" {
				found = true
				if r.Direction != c.dir || r.MinKm != 12 {
					t.Errorf("Read(%q): %v km %q, want 12 km %q", doc, r.MinKm, r.Direction, c.dir)
				}
			}
		}
		if !found {
			t.Errorf("Read(%q): Kouchta Bir not placed from Goz Mardié", doc)
		}
	}
}
