package text

import (
	"strings"
	"testing"
)

// TestLead29Dedication: the saint or the mystery a building named by its
// lower-case kind is given to ("the church of St. Nicholas", "the
// monastery of Saint John", "the church of the Archangels"), and the name
// after a French noun of a building opening the sentence (« L'église
// Saint-Martin »), are no place and no person's namesake town (Actor),
// and a relation that only puts them in their town is dropped; a distance
// still places the building.
func TestLead29Dedication(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"The village church of St. Nicholas was built in 1864 on the site of an older chapel.", "St. Nicholas"},
		{"The small church of the Archangels at Lekhtagi is first mentioned in a charter of 1140.", "Archangels"},
		{"The wooden church of St Paraskeva in Desești was raised in 1780 by local carpenters.", "St Paraskeva"},
		{"Pilgrims still climb to the monastery of Saint Catherine every August.", "Saint Catherine"},
		{"The parish church of the Assumption was rebuilt after the fire of 1902.", "Assumption"},
		{"L'église Saint-Martin a été restaurée en 1990 grâce aux dons des paroissiens.", "Saint-Martin"},
		{"La chapelle Sainte-Anne domine le bourg depuis le XVe siècle.", "Sainte-Anne"},
	} {
		d := Read(c.doc)
		seen := false
		for _, m := range d.Mentions {
			if m.Name != c.name {
				continue
			}
			seen = true
			if m.Evidence != EvidenceUnlikely || !m.Actor {
				t.Errorf("Read(%q): %s is %v (actor %v), want unlikely and no namesake", c.doc, c.name, m.Evidence, m.Actor)
			}
		}
		for _, r := range d.Relations {
			if r.Kind == KindIn && d.Mentions[r.Subject].Name == c.name {
				t.Errorf("Read(%q): %s is put in %s", c.doc, c.name, d.Mentions[r.Object].Name)
			}
		}
		if !seen {
			t.Errorf("Read(%q): no mention %s", c.doc, c.name)
		}
	}
	for _, c := range []struct{ doc, subj, obj string }{
		{"The church of St George, 5 km north of Kavala, was burnt in 1913.", "St George", "Kavala"},
		{"We walked to the chapel of St. Anne, about 3 km south of Ohrid.", "St. Anne", "Ohrid"},
		{"La chapelle Saint-Roch, à 4 km au nord de Bouillon, date de 1636.", "Saint-Roch", "Bouillon"},
	} {
		if !hasRelation(Read(c.doc), KindDistance, c.subj, c.obj) {
			t.Errorf("Read(%q): no distance of %s from %s", c.doc, c.subj, c.obj)
		}
	}
}

// TestLead29FrenchKindAntecedent: a French noun of a kind taking up a
// place named before stands for the place whose kind is of its group
// (kindgroups.tsv), when the text's subject is a firm: « son permis
// uranifère de Tagharsa … Le gisement se trouve à … », and a firm named
// with its legal form is placed by no phrase (« …, au Niger »).
func TestLead29FrenchKindAntecedent(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"Sahel Mining SA publie une estimation des ressources de son permis aurifère de Kalana Nord, au Mali. Le gisement se trouve à environ 40 km au sud de Kéniéba.", "Kalana Nord", "Kéniéba"},
		{"Atlas Phosphates SARL a obtenu la concession de Tiguent. Le gisement est situé à 25 km au nord d'Akjoujt.", "Tiguent", "Akjoujt"},
		{"Nimba Gold SARL détient le permis de Tokadeh. Le permis se trouve à 30 km au nord de Nzérékoré.", "Tokadeh", "Nzérékoré"},
		{"Luapula Copper plc holds the Mwenda licence. The deposit lies 20 km west of Mansa.", "Mwenda", "Mansa"},
	} {
		d := Read(c.doc)
		if !hasRelation(d, KindDistance, c.subj, c.obj) {
			t.Errorf("Read(%q): no distance of %s from %s", c.doc, c.subj, c.obj)
		}
		for _, r := range d.Relations {
			if n := d.Mentions[r.Subject].Name; n == "Sahel Mining SA" || n == "Atlas Phosphates SARL" {
				t.Errorf("Read(%q): the firm %s is placed by %q", c.doc, n, d.Text[r.Phrase.Start:r.Phrase.End])
			}
		}
	}
}

// TestLead29DedicationsRead reads every word of lexicon/en/dedications.tsv
// that is no ancient god's, capitalised after "the church of": the
// dedication is no place and no namesake town.
func TestLead29DedicationsRead(t *testing.T) {
	for _, w := range []string{"saint", "st", "holy", "all", "archangels", "apostles", "assumption", "annunciation", "ascension", "nativity", "transfiguration", "dormition", "resurrection", "epiphany", "redeemer", "saviour", "trinity", "virgin", "immaculate", "intercession"} {
		if !langs().en.has(setDedications, w) {
			t.Errorf("lexicon/en/dedications.tsv lacks %q", w)
			continue
		}
		name := strings.ToUpper(w[:1]) + w[1:] + " Mary"
		doc := "The old church of " + name + " was rebuilt in 1902."
		for _, m := range Read(doc).Mentions {
			if strings.HasPrefix(m.Name, name[:2]) && (m.Evidence != EvidenceUnlikely || !m.Actor) {
				t.Errorf("Read(%q): %s is %v (actor %v), want no place", doc, m.Name, m.Evidence, m.Actor)
			}
		}
	}
}
