package text

import (
	"strings"
	"testing"
)

// frenchNewsRel is a French news sentence and the distance it must read:
// subj measured from obj, or no distance at all when subj is empty.
type frenchNewsRel struct{ doc, subj, obj string }

// checkFrenchNewsRels reads each sentence and checks its distance.
func checkFrenchNewsRels(t *testing.T, tests []frenchNewsRel) {
	t.Helper()
	for _, tt := range tests {
		d := Read(tt.doc)
		var got []string
		for _, r := range d.Relations {
			if r.Kind != KindDistance || r.Object < 0 || r.Subject < 0 {
				continue
			}
			got = append(got, d.Mentions[r.Subject].Name+" from "+d.Mentions[r.Object].Name)
		}
		want := tt.subj + " from " + tt.obj
		switch {
		case tt.subj == "" && len(got) > 0:
			t.Errorf("%s: read %q, want no distance", tt.doc, got)
		case tt.subj != "" && (len(got) == 0 || got[0] != want):
			t.Errorf("%s: read %q, want %q", tt.doc, got, want)
		}
	}
}

// TestFrenchFrontedDistance: a distance that opens a French news sentence
// before a comma places the place the main clause names by its kind when
// the clause has no place for a subject; a division or a clause that names
// no such place gives no subject.
func TestFrenchFrontedDistance(t *testing.T) {
	checkFrenchNewsRels(t, []frenchNewsRel{
		{"À une cinquantaine de kilomètres de Bambari, des éléments armés de l'UPC ont pillé le village de Ndassima.", "Ndassima", "Bambari"},
		{"À 30 km au nord de Gao, des hommes armés ont attaqué la localité de Tinkar lundi.", "Tinkar", "Gao"},
		{"À 12 km de Djibo, des déplacés ont rejoint le camp de Kalkoum.", "Kalkoum", "Djibo"},
		{"À 30 km au nord de Gao, les habitants de la région de Kidal ont fui.", "", ""},
		{"À 30 km au nord de Gao, des hommes armés ont attaqué un convoi.", "", ""},
		// The clause's own subject still wins.
		{"À 15 km à l'est de Gao, le village de Kalo a été attaqué.", "Kalo", "Gao"},
	})
}

// TestFrenchRoadPairHyphen: French news names a road by the towns it
// joins with a plain hyphen after a road noun ("l'axe Gao-Ansongo"); both
// towns are places and the road is read as with a dash, while a compound
// name ("la route Saint-Louis", "l'axe Kalo-Nord") or a word of three
// parts stays whole, and a hyphenated name elsewhere is never cut.
func TestFrenchRoadPairHyphen(t *testing.T) {
	tests := []struct {
		doc   string
		names []string
	}{
		{"Un convoi est tombé dans une embuscade sur l'axe Gao-Ansongo lundi.", []string{"Gao", "Ansongo"}},
		{"Des bandits ont attaqué un car sur la route Kaya-Dori.", []string{"Kaya", "Dori"}},
		{"Le tronçon Mopti-Gao est coupé par les eaux.", []string{"Mopti", "Gao"}},
		{"Des travaux ont lieu sur la route Saint-Louis depuis lundi.", []string{"Saint-Louis"}},
		{"Sur l'axe Kalo-Nord, des mines ont été posées.", []string{"Kalo-Nord"}},
		{"La route Ouagadougou-Bobo-Dioulasso est fermée.", []string{"Ouagadougou-Bobo-Dioulasso"}},
		{"Les habitants de Bobo-Dioulasso ont fui vers Ouagadougou.", []string{"Bobo-Dioulasso", "Ouagadougou"}},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		var got []string
		for _, m := range d.Mentions {
			if m.Evidence > EvidenceUnlikely {
				got = append(got, m.Name)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.names, "|") {
			t.Errorf("%s: places %q, want %q", tt.doc, got, tt.names)
		}
	}
	// The second town of the road is no subject of what follows it.
	checkFrenchNewsRels(t, []frenchNewsRel{
		{"Un convoi est tombé dans une embuscade sur l'axe Gao-Ansongo, près de Kounsoum, à 45 km au sud de Gao.", "Kounsoum", "Gao"},
		{"Un convoi est tombé dans une embuscade sur l'axe Gao–Ansongo, près de Kounsoum, à 45 km au sud de Gao.", "Kounsoum", "Gao"},
		{"Kalo se trouve sur la route Mopti-Gao, à 30 km de Mopti.", "Kalo", "Mopti"},
	})
}

// TestFrenchBracketedDistance: a French distance in brackets right after a
// name places that name ("le poste de X (à 30 km au sud de Y)"), but not
// a division named with its kind.
func TestFrenchBracketedDistance(t *testing.T) {
	checkFrenchNewsRels(t, []frenchNewsRel{
		{"Des hommes armés ont attaqué le poste de gendarmerie de Kompienbiga (à 30 km au sud de Diapaga), tuant quatre gendarmes.", "Kompienbiga", "Diapaga"},
		{"Les déplacés de Kalo (à 20 km de Gao) ont fui.", "Kalo", "Gao"},
		{"Les habitants de la région de Mopti (à 600 km de Bamako) ont fui.", "", ""},
	})
}

// TestLocalityStandsForNamedSettlement: "la localité" or "the
// settlement" opening a later sentence stands for the one place the text
// named by a kind of settlement ("le village de X"), as "le village" does,
// or, with no kind named and no topic, for the one place the sentence
// before names; with two such places it stays a place of its own.
func TestLocalityStandsForNamedSettlement(t *testing.T) {
	checkFrenchNewsRels(t, []frenchNewsRel{
		{"Des hommes armés ont attaqué lundi le village de Kéra. La localité se trouve à 30 km à l'est de Bandiagara.", "Kéra", "Bandiagara"},
		{"Gunmen attacked the hamlet of Kera on Monday. The settlement lies 30 km east of Bandiagara.", "Kera", "Bandiagara"},
		{"Des hommes armés ont attaqué le village de Kéra et le hameau de Doro. La localité se trouve à 30 km à l'est de Bandiagara.", "La localité", "Bandiagara"},
		// With no kind named, the one place of the sentence before.
		{"Les rebelles affirment contrôler Deir Khabiyeh. La localité se trouve à 25 km au sud de Damas.", "Deir Khabiyeh", "Damas"},
		{"Les rebelles affirment contrôler Kalo et Doro. La localité se trouve à 25 km au sud de Damas.", "La localité", "Damas"},
	})
}

// TestFrenchObjectApposition: in a news clause whose place is an object,
// an apposition "X, une île du lac Tchad située à ..." places X, not the
// lake nor the country; and the second place of "entre A et B" is no
// subject of the phrase after it.
func TestFrenchObjectApposition(t *testing.T) {
	checkFrenchNewsRels(t, []frenchNewsRel{
		{"L'armée a repris le contrôle de Kaïga, une île du lac Tchad située à 25 km à l'ouest de Bol.", "Kaïga", "Bol"},
		{"L'armée a repris le contrôle de Kalo, un village du Tchad situé à 25 km à l'ouest de Bol.", "Kalo", "Bol"},
		{"L'armée a repris le contrôle de la région du Lac, une zone du Tchad située à 25 km de Bol.", "", ""},
		{"Le bus a été intercepté à mi-chemin entre Kaya et Dori, près du village de Yalgo, à environ 50 km au nord de Kaya.", "Yalgo", "Kaya"},
	})
}

// TestFrenchNewsObjects: a name after a time of day ("a attaqué dans la
// nuit X") is the verb's object, not named by a kind of place as "le
// fleuve Niger" is; an apposition of kind with no participle ("le maire
// de X, une commune à 80 km de Y") is about the name before it, though
// that name is an object; a division named with its kind is not.
func TestFrenchNewsObjects(t *testing.T) {
	checkFrenchNewsRels(t, []frenchNewsRel{
		{"Boko Haram a attaqué dans la nuit Amchidé, à 60 km au nord-est de Mora.", "Amchidé", "Mora"},
		{"Les rebelles ont pris dans la matinée Kalo, à 20 km de Gao.", "Kalo", "Gao"},
		{"Des hommes armés ont enlevé le maire de Tin-Aouker, une commune à 80 km au nord-est de Gao.", "Tin-Aouker", "Gao"},
		{"Les habitants du village de Kalo, un hameau à 12 km de Gao, ont fui.", "Kalo", "Gao"},
		{"Les habitants de la région de Mopti, une zone à 600 km de Bamako, ont fui.", "", ""},
		// A generic noun still names what follows it.
		{"Les pêcheurs ont remonté le fleuve Niger, à 20 km de Gao.", "", ""},
	})
}

// TestFrenchTitledPeople: a name right after a French title, or in commas
// after a title and what it is of, is a person's, and a minister's
// portfolio is no place; the town an official is of is one.
func TestFrenchTitledPeople(t *testing.T) {
	tests := []struct {
		doc          string
		people, town []string
	}{
		{"Le ministre de la Défense, Sadio Camara, s'est rendu à Kalo.", []string{"Défense", "Sadio Camara"}, []string{"Kalo"}},
		{"Le porte-parole de l'armée, Souleymane Dembélé, s'est rendu à Gao.", []string{"Souleymane Dembélé"}, []string{"Gao"}},
		{"Le maire de Gao, Kalo Diarra, a fui vers Ansongo.", []string{"Kalo Diarra"}, []string{"Gao", "Ansongo"}},
		{"Le gouverneur Abdoulaye Maïga a visité Gao.", []string{"Abdoulaye Maïga"}, []string{"Gao"}},
		{"Le ministre de l'Intérieur a visité Gao.", []string{"Intérieur"}, []string{"Gao"}},
		{"Selon le préfet de Kouka, les réfugiés sont arrivés.", nil, []string{"Kouka"}},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		ev := map[string]Evidence{}
		for _, m := range d.Mentions {
			ev[m.Name] = m.Evidence
		}
		for _, n := range tt.people {
			if e, ok := ev[n]; ok && e > EvidenceUnlikely {
				t.Errorf("%s: %q is a place (%v), want a person or portfolio", tt.doc, n, e)
			}
		}
		for _, n := range tt.town {
			if e := ev[n]; e < EvidencePreposition {
				t.Errorf("%s: %q has evidence %v, want a place", tt.doc, n, e)
			}
		}
	}
}

// TestFrenchDistanceThenNear: a French distance with no subject before
// ", près de X" places X, as "près de X, à 30 km de Y" does; the end of a
// road ("la route de Dori, à 30 km") and the object of a distance ("à 30
// km de Dori, près de X") are no place the phrase after them describes;
// the scene of « Le convoi a été attaqué » is.
func TestFrenchDistanceThenNear(t *testing.T) {
	checkFrenchNewsRels(t, []frenchNewsRel{
		{"Le convoi a sauté sur une mine sur la route de Dori, à 30 km de Dori, près de Seytenga.", "Seytenga", "Dori"},
		{"Des tirs ont été entendus à 20 km au nord de Gao, près de Kalo.", "Kalo", "Gao"},
		{"Des tirs ont été entendus près de Kalo, à 20 km au nord de Gao.", "Kalo", "Gao"},
		{"Le convoi a été attaqué sur la route de Dori, à 30 km de Kaya.", "Le convoi a été attaqué", "Kaya"},
	})
	d := Read("Le convoi a sauté sur une mine sur la route de Dori, à 30 km de Dori, près de Seytenga.")
	for _, r := range d.Relations {
		if r.Kind == KindNear && d.Mentions[r.Subject].Name == "Dori" {
			t.Errorf("Dori is read near Seytenga: %q", r.Phrase.Text(d.Text))
		}
	}
}
