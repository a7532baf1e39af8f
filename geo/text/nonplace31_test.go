package text

import (
	"fmt"
	"strings"
	"testing"
)

// TestNonPlace31Contestant: a name opening its clause right before a verb
// of a contest (contests.tsv: "won", "finished", « remporte ») is an
// athlete's or a side's; a phrase of place later in the clause says where
// they competed, and the name is no subject of it.
func TestNonPlace31Contestant(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kalle Rovanperä won the Rally Poland on Sunday, a fast gravel event around Mikołajki.",
			absent: []string{"Kalle Rovanperä: near Mikołajki"}},
		{doc: "Yazeed Al-Rajhi finished third in the opening stage, a 300-km loop around Yanbu.",
			absent: []string{"Yazeed Al-Rajhi: near Yanbu"}},
		{doc: "Faith Kipyegon has clocked the fastest time of the year on the track outside Eldoret.",
			absent: []string{"Faith Kipyegon: near Eldoret"}},
		{doc: "Kévin Ledanois remporte la quatrième étape, une boucle autour de Banfora.",
			absent: []string{"Kévin Ledanois: near Banfora"}},
		{doc: "Adrien Fourmaux a terminé deuxième de la spéciale tracée autour de Saint-Geniez.",
			absent: []string{"Adrien Fourmaux: near Saint-Geniez"}},
		// a place before another verb still takes the phrase
		{doc: "Nkhotakota lies on the lake shore, about 70 km north of Salima.",
			rels: []string{"Nkhotakota: 70 km north of Salima"}},
	})
	for _, c := range []struct{ lang, doc string }{
		{"en", "Kalle Rovanperä %s the stage, a fast loop around Mikołajki."},
		{"fr", "Kévin Ledanois %s l'étape, une boucle autour de Banfora."},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setContests]) < 8 {
			t.Fatalf("lexicon/%s/contests.tsv: %d rows", c.lang, len(l.sets[setContests]))
		}
		for w := range l.sets[setContests] {
			d := fmt.Sprintf(c.doc, w)
			for _, rel := range Read(d).Relations {
				if rel.Kind == KindNear && rel.Subject == 0 {
					t.Errorf("lexicon/%s/contests.tsv row %q: Read(%q): the contestant is placed", c.lang, w, d)
				}
			}
		}
	}
}

// TestNonPlace31EventWords: a noun of a contest or a show capitalised
// anywhere in a name (orgwords.tsv: "Rally", « Rallye », « Championnat »)
// makes it the event's, though the rest names a land or a town.
func TestNonPlace31EventWords(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Thierry Neuville crashed out of the Rally Italia Sardegna near Olbia.",
			not: []string{"Rally Italia Sardegna"}, places: []string{"Olbia"}},
		{doc: "Crews arrive in Jyväskylä next week for the Secto Rally Finland.",
			not: []string{"Secto Rally Finland"}, places: []string{"Jyväskylä"}},
		{doc: "Tickets for the Notting Hill Carnival sold out in London.",
			not: []string{"Notting Hill Carnival"}},
		{doc: "Le pilote a abandonné au Rallye Dakar Classic près de Yanbu.",
			not: []string{"Rallye Dakar Classic"}},
		{doc: "L'équipe s'est qualifiée pour le Championnat d'Afrique à Kigali.",
			not: []string{"Championnat d'Afrique"}, places: []string{"Kigali"}},
		// a place named after a race keeps its generic
		{doc: "The farm lies in Marathon County, 12 miles west of Wausau.",
			places: []string{"Marathon County"}},
	})
	for _, c := range []struct{ lang, doc, name string }{
		{"en", "Crews left Jyväskylä for the Neste %s Finland.", "Neste %s Finland"},
		{"fr", "Les équipages ont quitté Gap pour le %s Monte-Carlo.", "%s Monte-Carlo"},
	} {
		for _, w := range map[string][]string{"en": {"Rally", "Carnival", "Championships", "Olympics", "Regatta", "Triathlon"},
			"fr": {"Rallye", "Championnat", "Championnats", "Carnaval", "Trophée"}}[c.lang] {
			if !isOrgWord(strings.ToLower(w)) {
				t.Errorf("lexicon/%s/orgwords.tsv: %q missing", c.lang, w)
			}
			d, n := fmt.Sprintf(c.doc, w), fmt.Sprintf(c.name, w)
			if ev := mentionEvidence(d, n); ev > EvidenceUnlikely {
				t.Errorf("Read(%q): %q graded %v, want unlikely", d, n, ev)
			}
		}
	}
}

// TestNonPlace31OrgPlurals: a place's generic in the plural ending a name
// ("Parks", "Railways", "Airports", « Parcs ») names the body that runs
// them, and the words of a civil defence in Spanish and Portuguese
// ("Defensa Civil", "Defesa Civil") an agency.
func TestNonPlace31OrgPlurals(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Rangers from Uganda National Parks arrested two poachers near Kasese.",
			not: []string{"Uganda National Parks"}, places: []string{"Kasese"}},
		{doc: "Engineers from Ethiopian Railways inspected the line at Dire Dawa.",
			not: []string{"Ethiopian Railways"}, places: []string{"Dire Dawa"}},
		{doc: "Staff of Kenya Airports arrived from Wajir on Monday.",
			not: []string{"Kenya Airports"}},
		{doc: "Des agents de Parcs Canada sont arrivés de Rimouski.",
			not: []string{"Parcs Canada"}},
		{doc: "Volunteers from Defensa Civil de Nicaragua reached Bluefields.",
			not: []string{"Defensa Civil de Nicaragua"}, places: []string{"Bluefields"}},
		{doc: "Teams of Defesa Civil de Santa Catarina arrived from Blumenau.",
			not: []string{"Defesa Civil de Santa Catarina"}},
		{doc: "Officers of Protección Civil de Oaxaca came from Juchitán.",
			not: []string{"Protección Civil de Oaxaca"}},
		// one park is a place
		{doc: "The lodge lies in Murchison Falls National Park, 20 km south of Kasese.",
			places: []string{"Murchison Falls National Park"}},
	})
}

// TestNonPlace31PossessedProduct: a make or a model after a person's
// possessive ("Sergei's UAZ", "Maria's old Lada Niva") is what the clause
// is about; the person is no subject of a phrase of place.
func TestNonPlace31PossessedProduct(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Maria's old Lada Niva broke down outside Chisinau.",
			absent: []string{"Maria: near Chisinau"}},
		{doc: "Dmitri's UAZ got stuck in the mud near Tynda.",
			absent: []string{"Dmitri: near Tynda"}},
		{doc: "Abdou's Toyota Land Cruiser 79 was stolen outside Agadez.",
			absent: []string{"Abdou: near Agadez"}},
		// the place after a possessive stays a place
		{doc: "Mali's Kidal region lies far north of Gao.",
			places: []string{"Kidal"}},
	})
}
