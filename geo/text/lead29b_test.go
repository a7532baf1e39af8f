package text

import "testing"

// TestLead29bSideRoad: a way that leaves the road on one side, "to the
// left" or "on the right", still leads to the place its clause names
// after a fronted distance (sideEnd).
func TestLead29bSideRoad(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"About 45 km after Gondar, a rough side road to the left leads to Ambaras Kidane, a church on a ridge.", "Ambaras Kidane", "Gondar"},
		{"Some 12 km out of Karakol, a dirt track on the right climbs to Kok-Jaiyk, a summer pasture.", "Kok-Jaiyk", "Karakol"},
		{"Twenty kilometres out of Nouakchott, a sandy track to the right leads down to Tiguent Plage.", "Tiguent Plage", "Nouakchott"},
	} {
		if !hasRelation(Read(c.doc), KindDistance, c.subj, c.obj) {
			t.Errorf("Read(%q): no distance of %s from %s", c.doc, c.subj, c.obj)
		}
	}
}
