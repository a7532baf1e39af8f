package text

import "testing"

// TestLead30FrenchAdjectiveKindObject: an adjective before a French kind
// noun that is the object of a distance keeps it the place of that kind
// named before (frenchKindObjectAt): « à 8 km au sud du nouveau site », «
// de l'ancien camp », « du petit village »; the site named in apposition
// to « un nouveau site » is that site, not one named before it
// (kindOpensBefore).
func TestLead30FrenchAdjectiveKindObject(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"Pour désengorger le site d'Adré, le HCR a ouvert un nouveau site, Hadjer-Tamourt, à environ 60 km au nord-est d'Abéché. Un point d'eau a été installé au ouaddi Goz-Tiraye, à 8 km au sud du nouveau site.", "Goz-Tiraye", "Hadjer-Tamourt"},
		{"Les réfugiés vivaient au camp de Mentao, à 7 km de Djibo. Le puits de Tin-Amor se trouve à 5 km à l'ouest de l'ancien camp.", "Tin-Amor", "Mentao"},
		{"Nous avons dormi au village de Koundou, à 12 km de Kita. Le hameau de Sirakoro est à 3 km au nord du petit village.", "Sirakoro", "Koundou"},
	} {
		if !hasRelation(Read(c.doc), KindDistance, c.subj, c.obj) {
			t.Errorf("Read(%q): no distance of %s from %s", c.doc, c.subj, c.obj)
		}
	}
}
