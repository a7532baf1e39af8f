package text

import (
	"fmt"
	"strings"
	"testing"
)

// legRel is a distance a text must read: subj measured km from obj.
type legRel struct {
	subj, obj string
	km        float64
}

// distancesOf returns the distances Read finds in doc as "subj from obj
// km" strings.
func distancesOf(doc string) []string {
	d := Read(doc)
	var got []string
	for _, r := range d.Relations {
		if r.Kind == KindDistance && r.Subject >= 0 && r.Object >= 0 {
			got = append(got, fmt.Sprintf("%s from %s %g", d.Mentions[r.Subject].Name, d.Mentions[r.Object].Name, r.MinKm))
		}
	}
	return got
}

// checkLegs reads each document and checks that it reads every distance
// it lists, and no other with the same subject.
func checkLegs(t *testing.T, tests map[string][]legRel) {
	t.Helper()
	for doc, want := range tests {
		got := distancesOf(doc)
		for _, w := range want {
			s := fmt.Sprintf("%s from %s %g", w.subj, w.obj, w.km)
			found := false
			for _, g := range got {
				if g == s {
					found = true
				} else if strings.HasPrefix(g, w.subj+" from ") {
					t.Errorf("Read(%q): %q, want %q", doc, g, s)
				}
			}
			if !found {
				t.Errorf("Read(%q) = %q, want %q", doc, got, s)
			}
		}
	}
}

// TestFrenchSpotKinds reads kinds of spot with no name that a French
// text locates by a distance, as the object of a verb or opening the
// sentence: the spot, named by its words, lies there. A compound kind of
// lexicon/fr/descriptors.tsv ("point d'eau") is read whole.
func TestFrenchSpotKinds(t *testing.T) {
	checkLegs(t, map[string][]legRel{
		"Des hommes armés ont attaqué un point d'eau situé à 12 km au nord de Ménaka.":             {{"un point d'eau", "Ménaka", 12}},
		"Le corps a été retrouvé près d'un puits, à 20 km à l'est de Tahoua.":                      {{"un puits", "Tahoua", 20}},
		"Les éleveurs ont été interceptés à un gué situé à 8 km au sud d'Ansongo.":                 {{"un gué", "Ansongo", 8}},
		"L'armée a installé un poste militaire à 30 km au nord de Bourem.":                         {{"un poste militaire", "Bourem", 30}},
		"Des gendarmes tiennent un poste de contrôle à 5 km au sud de Kaya.":                       {{"un poste de contrôle", "Kaya", 5}},
		"Une mine d'or située à 25 km au sud-ouest de Djibo a été attaquée par des hommes armés.":  {{"Une mine d'or", "Djibo", 25}},
		"Un site d'orpaillage à 40 km à l'est de Dori a été le théâtre d'un éboulement meurtrier.": {{"Un site d'orpaillage", "Dori", 40}},
		"Le col se trouve à 15 km au nord d'Annecy.":                                               {{"Le col", "Annecy", 15}},
		"Les habitants puisent l'eau à un forage situé à 6 km à l'ouest de Tillabéri.":             {{"un forage", "Tillabéri", 6}},
		"Les douaniers ont ouvert un point de passage à 3 km au nord de Kousseri.":                 {{"un point de passage", "Kousseri", 3}},
	})
	// A passive verb after the kind and its own words: the spot is named
	// by those words only.
	checkLegs(t, map[string][]legRel{
		"Un camp a été installé à 10 km au nord de Gao.":                       {{"Un camp", "Gao", 10}},
		"Un nouveau camp de déplacés a été ouvert à 12 km à l'ouest de Djibo.": {{"Un nouveau camp de déplacés", "Djibo", 12}},
		"Une mine d'or artisanale a été découverte à 30 km de Kidal.":          {{"Une mine d'or artisanale", "Kidal", 30}},
	})
	// A spot after a copula is an apposition to the subject: "Kalo est
	// un poste militaire à 30 km de Gao" places Kalo.
	checkLegs(t, map[string][]legRel{
		"Kalo est un poste militaire à 30 km au nord de Gao.": {{"Kalo", "Gao", 30}},
	})
	for w, d := range lex().fr {
		if !strings.Contains(w, " ") {
			continue
		}
		doc := "Des hommes armés ont attaqué un " + w + " situé à 12 km au nord de Ménaka."
		checkLegs(t, map[string][]legRel{doc: {{"un " + w, "Ménaka", 12}}})
		if !isNamelessKind(d.feature) && !isSpotFeature(d.feature) {
			t.Errorf("fr/descriptors.tsv: %q gives %q, no located kind", w, d.feature)
		}
	}
}
