package text

import "testing"

// TestFacility28BuildingDe: a French building that bears a name of its own
// before « de » and its town (lexicon/fr/buildings.tsv, an institution's
// acronym, or a capitalised building noun inside the name) names the town
// after « de », and its own name is no place (buildingNameDe). A person's
// name of one word before « de » stays whole: « l'aéroport Charles de
// Gaulle ».
func TestFacility28BuildingDe(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La finale s'est jouée au stade Amadou-Barry de Guédiawaye devant une foule nombreuse.",
			places: []string{"Guédiawaye"}, not: []string{"Amadou-Barry", "Amadou-Barry de Guédiawaye"}},
		{doc: "Le blessé a été évacué vers l'hôpital régional Heinrich-Lübke de Diourbel dans la nuit.",
			places: []string{"Diourbel"}, not: []string{"Heinrich-Lübke de Diourbel"}},
		{doc: "Les deux enfants sont soignés à l'hôpital universitaire Justinien du Cap-Haïtien.",
			places: []string{"Cap-Haïtien"}, not: []string{"Justinien"}},
		{doc: "Trois patients ont été transférés au CHU Gabriel-Touré de Bamako mardi.",
			places: []string{"Bamako"}, not: []string{"CHU Gabriel-Touré de Bamako"}},
		{doc: "La prière a été dirigée par l'imam de la Grande Mosquée de Touba.",
			places: []string{"Touba"}, not: []string{"Grande Mosquée de Touba"}},
		{doc: "Elle a enseigné dix ans au lycée Blaise-Diagne d'Abidjan avant sa retraite.",
			places: []string{"Abidjan"}, not: []string{"Blaise-Diagne"}},
		{doc: "Les passagers ont été bloqués à l'aéroport Charles de Gaulle pendant six heures.",
			not: []string{"Gaulle"}},
	})
}

// TestFacility28BuildingOf: « de » and a name with no article after a
// building noun and an adjective name the building's town
// (buildingOfBefore).
func TestFacility28BuildingOf(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les élèves du lycée technique de Kaolack ont remporté le concours.",
			places: []string{"Kaolack"}},
		{doc: "Les fidèles se sont rassemblés devant la mosquée centrale de Maradi.",
			places: []string{"Maradi"}},
		{doc: "Le match aura lieu au stade municipal de Kindia dimanche.",
			places: []string{"Kindia"}},
	})
}

// TestFacility28BuildingName: the capitalised name right after a French
// building noun, perhaps with an adjective, is the building's own, no
// place (buildingNameAfter), unless a relation places it.
func TestFacility28BuildingName(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les obsèques auront lieu en l'église Sainte-Thérèse, suivies de l'inhumation au cimetière Bel-Air.",
			not: []string{"Sainte-Thérèse", "Bel-Air"}},
		{doc: "Les commerçants du marché Sandaga ont fermé boutique lundi à Dakar.",
			places: []string{"Dakar"}, not: []string{"Sandaga"}},
		{doc: "L'école nationale Toussaint-Louverture sert d'abri provisoire aux sinistrés de Jacmel.",
			places: []string{"Jacmel"}, not: []string{"Toussaint-Louverture"}},
		{doc: "La chapelle Saint-Gildas se trouve à 3 km au nord de Pontivy.",
			rels: []string{"Saint-Gildas: 3 km north of Pontivy"}},
	})
}

// TestFacility28Tongues: a language named after "in", "spoke" or "into"
// (lexicon/peoples.txt) is no place.
func TestFacility28Tongues(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Warnings were broadcast in Bislama and English across Tafea Province.",
			not: []string{"Bislama"}},
		{doc: "Health workers in Tacloban gave the advice in Waray and Cebuano.",
			places: []string{"Tacloban"}, not: []string{"Waray", "Cebuano"}},
		{doc: "The guide in Agadir spoke Tachelhit, Darija and some French.",
			places: []string{"Agadir"}, not: []string{"Tachelhit", "Darija"}},
		{doc: "Radio Tetun carried the notice in Tetum from Dili.",
			not: []string{"Tetum"}},
	})
}

// TestFacility28Doubtful: a hotel or a hospital named with its kind
// before its own name (lexicon/en/buildingleads.tsv), and a cemetery, a
// funeral home or a bus station named with its kind after
// (establishments.tsv), are doubtful: the gazetteer confirms them or they
// are no place the map missed.
func TestFacility28Doubtful(t *testing.T) {
	for _, tc := range []struct{ doc, name string }{
		{"We checked into Hotel Casa Colonial in Granada after dark.", "Hotel Casa Colonial"},
		{"Our last two nights were spent at Riad Yasmine in Fes.", "Riad Yasmine"},
		{"She was transferred to Ysbyty Glan Clwyd on Monday.", "Ysbyty Glan Clwyd"},
		{"The injured were taken to Hospital San Rafael in Tegucigalpa.", "Hospital San Rafael"},
		{"Burial will follow in Rahan Cemetery after Mass.", "Rahan Cemetery"},
		{"Reposing at Gilligan Funeral Home on Thursday evening.", "Gilligan Funeral Home"},
		{"The coach left from Agadir Bus Station at noon.", "Agadir Bus Station"},
	} {
		d := Read(tc.doc)
		found := false
		for _, m := range d.Mentions {
			if m.Name != tc.name {
				continue
			}
			found = true
			if !m.Doubtful && m.Evidence > EvidenceUnlikely {
				t.Errorf("Read(%q): %q is doubtful %v, evidence %v; want doubtful or unlikely", tc.doc, tc.name, m.Doubtful, m.Evidence)
			}
		}
		if !found {
			t.Errorf("Read(%q): no mention %q", tc.doc, tc.name)
		}
	}
}
