package text

import "testing"

// TestLead29cFrenchFrontedRoad: a road set off by commas between a French
// fronted distance and its clause (« sur la route de Y, », « sur l'axe
// A-B, », « en direction de Y, ») leaves the clause's place measured
// from the fronted phrase's town (frenchFrontedObject).
func TestLead29cFrenchFrontedRoad(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"À 65 km de Tambacounda, sur la route de Kédougou, les équipes de la Croix-Rouge ont distribué des kits au village de Néma-Ba Koulou.", "Néma-Ba Koulou", "Tambacounda"},
		{"À 30 km de Kaya, sur l'axe Kaya-Dori, des hommes armés ont attaqué le village de Zincko.", "Zincko", "Kaya"},
		{"À 40 km de Mopti, en direction de Gao, les soldats ont fouillé le hameau de Kéra.", "Kéra", "Mopti"},
	} {
		if !hasRelation(Read(c.doc), KindDistance, c.subj, c.obj) {
			t.Errorf("Read(%q): no distance of %s from %s", c.doc, c.subj, c.obj)
		}
	}
}
